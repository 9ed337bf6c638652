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

    /// A number with every digit it has, grouped and with the language's decimal mark, as an
    /// editor shows a value ("2,5", "850 000", "0,125"): nothing rounded, so it reads back as
    /// the same number with [`Self::parse`].
    pub fn exact(self, value: f64) -> String {
        if !value.is_finite() {
            return "—".to_owned();
        }
        // Rust writes the shortest digits that read back as the same number, never with an
        // exponent.
        let plain = format!("{}", value.abs());
        let (int, frac) = plain.split_once('.').unwrap_or((&plain, ""));
        let mut out = String::with_capacity(plain.len() + int.len() / 3 * 2 + 4);
        if value < 0.0 {
            out.push('−');
        }
        for (i, c) in int.chars().enumerate() {
            if i > 0 && (int.len() - i) % 3 == 0 {
                out.push(self.group);
            }
            out.push(c);
        }
        if !frac.is_empty() {
            out.push(self.decimal);
            out.push_str(frac);
        }
        out
    }

    /// A number as people type it: with a decimal comma or point ("2,5", "2.5"), digits
    /// grouped by spaces of any kind or by the language's group mark ("850 000", "850,000" in
    /// English), a minus or a dash, and a trailing "%" or "₸". `None` when it is not a number.
    pub fn parse(self, text: &str) -> Option<f64> {
        let trimmed = text.trim().trim_end_matches(['%', '₸']);
        let cleaned: String = trimmed
            .chars()
            .filter(|c| !c.is_whitespace())
            .map(|c| if c == '−' { '-' } else { c })
            .collect();
        let commas = cleaned.matches(',').count();
        let points = cleaned.matches('.').count();
        let (group, decimal) = match (commas, points) {
            (0, 0) => (None, None),
            // Both: the last one is the decimal mark ("1,234.5", "1.234,5").
            (_, _) if commas > 0 && points > 0 => {
                let last_comma = cleaned.rfind(',')?;
                let last_point = cleaned.rfind('.')?;
                if last_comma > last_point {
                    (Some('.'), Some(','))
                } else {
                    (Some(','), Some('.'))
                }
            }
            // One mark used more than once groups digits ("4,000,000").
            (n, 0) if n > 1 => (Some(','), None),
            (0, n) if n > 1 => (Some('.'), None),
            // Once: a decimal mark, unless it is this language's group mark before three
            // digits ("850,000" in English; "2,5" is two and a half in every language).
            (_, _) => {
                let mark = if commas > 0 { ',' } else { '.' };
                let after = cleaned.rsplit(mark).next().unwrap_or("");
                if mark == self.group && after.len() == 3 {
                    (Some(mark), None)
                } else {
                    (None, Some(mark))
                }
            }
        };
        let (int, frac) = match decimal {
            Some(d) => {
                let (int, frac) = cleaned.rsplit_once(d)?;
                if frac.contains(d) || group.is_some_and(|g| frac.contains(g)) {
                    return None;
                }
                (int, Some(frac))
            }
            None => (cleaned.as_str(), None),
        };
        let int = match group {
            Some(g) => {
                let mut parts = int.split(g);
                let first = parts.next().unwrap_or("");
                let mut digits = first.to_owned();
                for part in parts {
                    // A group mark stands before exactly three digits.
                    if part.len() != 3 || first.trim_start_matches(['-', '+']).is_empty() {
                        return None;
                    }
                    digits.push_str(part);
                }
                digits
            }
            None => int.to_owned(),
        };
        let joined = match frac {
            Some(frac) => format!("{int}.{frac}"),
            None => int,
        };
        // Only digits, one point and a leading sign: no "inf", "NaN" or "1e5".
        let body = joined.strip_prefix(['-', '+']).unwrap_or(&joined);
        if body.is_empty() || !body.chars().all(|c| c.is_ascii_digit() || c == '.') {
            return None;
        }
        joined.parse::<f64>().ok().filter(|v| v.is_finite())
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
    fn an_editor_shows_every_digit_the_languages_way_and_reads_it_back() {
        let ru = Language::Ru.numbers();
        let en = Language::En.numbers();
        assert_eq!(ru.exact(2.5), "2,5");
        assert_eq!(ru.exact(850_000.0), "850\u{a0}000");
        assert_eq!(Language::Kk.numbers().exact(850_000.0), "850\u{a0}000");
        assert_eq!(en.exact(850_000.0), "850,000");
        assert_eq!(en.exact(2.5), "2.5");
        assert_eq!(ru.exact(0.125), "0,125");
        assert_eq!(ru.exact(-1234.5), "−1\u{a0}234,5");
        assert_eq!(ru.exact(140.0), "140");
        for lang in [Language::Ru, Language::Kk, Language::En] {
            let f = lang.numbers();
            for v in [
                0.0,
                2.5,
                850_000.0,
                4_000_000.0,
                0.125,
                -1234.5,
                27_404.0,
                1e15,
            ] {
                assert_eq!(f.parse(&f.exact(v)), Some(v), "{lang}: {v}");
            }
        }
    }

    #[test]
    fn typing_takes_either_decimal_mark_and_spaces_between_groups() {
        let ru = Language::Ru.numbers();
        let en = Language::En.numbers();
        for f in [ru, en] {
            assert_eq!(f.parse("2,5"), Some(2.5));
            assert_eq!(f.parse("2.5"), Some(2.5));
            assert_eq!(f.parse("850 000"), Some(850_000.0));
            assert_eq!(f.parse("850\u{a0}000"), Some(850_000.0));
            assert_eq!(f.parse("850\u{202f}000"), Some(850_000.0));
            assert_eq!(f.parse(" 65 % "), Some(65.0));
            assert_eq!(f.parse("−3"), Some(-3.0));
            assert_eq!(f.parse("4,000,000"), Some(4_000_000.0));
            assert_eq!(f.parse("1 234,5"), Some(1234.5));
            assert_eq!(f.parse("1,234.5"), Some(1234.5));
            for slip in [
                "27404x", "inf", "NaN", "1e5", "", ",", "1,2,3", "2,5.1,0", "-",
            ] {
                assert_eq!(f.parse(slip), None, "{slip:?}");
            }
        }
        // One comma before three digits groups them in English and is a decimal mark in
        // Russian, as each writes numbers.
        assert_eq!(en.parse("850,000"), Some(850_000.0));
        assert_eq!(ru.parse("850,000"), Some(850.0));
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
