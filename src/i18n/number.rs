//! Number formatting per language.

use std::fmt::Write as _;

use super::Language;

/// No-break space: keeps "4 000 000" and "65 %" on one line.
const NBSP: char = '\u{00A0}';

/// How one language writes numbers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NumberFormat {
    group: char,
    decimal: char,
    percent_space: bool,
}

impl NumberFormat {
    /// The format for a language.
    pub fn for_language(lang: Language) -> Self {
        match lang {
            Language::Ru | Language::Kk => Self {
                group: NBSP,
                decimal: ',',
                percent_space: true,
            },
            Language::En => Self {
                group: ',',
                decimal: '.',
                percent_space: false,
            },
        }
    }

    /// A number with up to `decimals` decimals, trailing zeros dropped: `4 000 000`, `2,4`.
    pub fn number(self, value: f64, decimals: usize) -> String {
        if !value.is_finite() {
            return "—".to_owned();
        }
        let decimals = decimals.min(6);
        let scale = 10_i64.pow(decimals as u32);
        // Exact for every value a briefing holds (well below 2^53 / 10^6).
        let scaled = (value.abs() * scale as f64).round();
        if scaled >= 9.0e15 {
            return format!("{value:e}");
        }
        let scaled = scaled as i64;
        let (int, mut frac) = (scaled / scale, scaled % scale);
        let mut frac_digits = decimals;
        while frac_digits > 0 && frac % 10 == 0 {
            frac /= 10;
            frac_digits -= 1;
        }
        let digits = int.to_string();
        let mut out = String::with_capacity(digits.len() + digits.len() / 3 * 2 + frac_digits + 4);
        if value < 0.0 && scaled != 0 {
            out.push('−');
        }
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 {
                out.push(self.group);
            }
            out.push(c);
        }
        if frac_digits > 0 {
            out.push(self.decimal);
            let _ = write!(out, "{frac:0frac_digits$}");
        }
        out
    }

    /// A whole number: `4 000 000`.
    pub fn integer(self, value: f64) -> String {
        self.number(value, 0)
    }

    /// A per-cent share: `65 %` or `65%`.
    pub fn percent(self, value: f64, decimals: usize) -> String {
        let number = self.number(value, decimals);
        if self.percent_space {
            format!("{number}{NBSP}%")
        } else {
            format!("{number}%")
        }
    }
}

/// The Kazakh ablative suffix (-нан/-нен/-дан/-ден/-тан/-тен) for a whole number as spoken,
/// as in "140-тан астам" ("more than 140"). It follows the last word of the number's name.
pub fn kk_ablative(value: u64) -> &'static str {
    // Suffix of the last spoken word: units, then tens, then hundreds, thousands, millions…
    const UNITS: [&str; 10] = [
        "", "ден", "ден", "тен", "тен", "тен", "дан", "ден", "ден", "дан",
    ];
    const TENS: [&str; 10] = [
        "", "нан", "дан", "дан", "тан", "ден", "тан", "тен", "нен", "нан",
    ];
    if value == 0 {
        return "ден"; // нөлден
    }
    let units = (value % 10) as usize;
    if units != 0 {
        return UNITS.get(units).copied().unwrap_or("ден");
    }
    let tens = ((value / 10) % 10) as usize;
    if tens != 0 {
        return TENS.get(tens).copied().unwrap_or("нан");
    }
    if !(value / 100).is_multiple_of(10) {
        return "ден"; // жүзден
    }
    if !(value / 1000).is_multiple_of(1000) {
        return "нан"; // мыңнан
    }
    if !(value / 1_000_000).is_multiple_of(1000) {
        return "нан"; // миллионнан
    }
    "нан" // миллиардтан would be "тан"; such counts do not occur here
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_and_decimals_follow_the_language() {
        let ru = Language::Ru.numbers();
        let en = Language::En.numbers();
        assert_eq!(ru.integer(4_000_000.0), "4\u{a0}000\u{a0}000");
        assert_eq!(en.integer(4_000_000.0), "4,000,000");
        assert_eq!(ru.number(2.4, 1), "2,4");
        assert_eq!(en.number(2.4, 1), "2.4");
        assert_eq!(ru.percent(65.0, 0), "65\u{a0}%");
        assert_eq!(en.percent(65.0, 0), "65%");
        assert_eq!(ru.integer(140.0), "140");
        assert_eq!(ru.integer(1000.0), "1\u{a0}000");
        assert_eq!(ru.number(47.826, 1), "47,8");
        assert_eq!(ru.number(3.0, 1), "3");
        assert_eq!(ru.number(-2.5, 1), "−2,5");
        assert_eq!(ru.number(-0.01, 1), "0");
        assert_eq!(ru.number(f64::NAN, 1), "—");
    }

    #[test]
    fn kazakh_ablative_follows_the_last_word() {
        assert_eq!(kk_ablative(140), "тан"); // жүз қырықтан
        assert_eq!(kk_ablative(4_000_000), "нан"); // төрт миллионнан
        assert_eq!(kk_ablative(80_000), "нан"); // сексен мыңнан
        assert_eq!(kk_ablative(23), "тен"); // жиырма үштен
        assert_eq!(kk_ablative(50), "ден"); // елуден
        assert_eq!(kk_ablative(100), "ден"); // жүзден
        assert_eq!(kk_ablative(6), "дан"); // алтыдан
        assert_eq!(kk_ablative(10), "нан"); // оннан
    }
}
