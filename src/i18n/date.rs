//! Dates written out per language.

use super::Language;

/// A calendar date as far as it is known: a year, perhaps a month, perhaps a day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DateParts {
    /// Year.
    pub year: i32,
    /// Month, 1–12.
    pub month: Option<u8>,
    /// Day of the month (only with a month).
    pub day: Option<u8>,
}

const RU_NOMINATIVE: [&str; 12] = [
    "январь",
    "февраль",
    "март",
    "апрель",
    "май",
    "июнь",
    "июль",
    "август",
    "сентябрь",
    "октябрь",
    "ноябрь",
    "декабрь",
];
const RU_GENITIVE: [&str; 12] = [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
];
const KK: [&str; 12] = [
    "қаңтар",
    "ақпан",
    "наурыз",
    "сәуір",
    "мамыр",
    "маусым",
    "шілде",
    "тамыз",
    "қыркүйек",
    "қазан",
    "қараша",
    "желтоқсан",
];
const EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A date as people write it: "24 ноября 2017", "ноябрь 2017", "2017 жылғы қараша", "November 2017".
pub fn format_date(date: impl Into<DateParts>, lang: Language) -> String {
    let date = date.into();
    let year = date.year;
    let Some(month) = date.month.and_then(|m| usize::from(m).checked_sub(1)) else {
        return year.to_string();
    };
    let pick = |names: &[&'static str; 12]| names.get(month).copied().unwrap_or("");
    match (lang, date.day) {
        (Language::Ru, None) => format!("{} {year}", pick(&RU_NOMINATIVE)),
        (Language::Ru, Some(day)) => format!("{day} {} {year}", pick(&RU_GENITIVE)),
        (Language::Kk, None) => format!("{year} жылғы {}", pick(&KK)),
        (Language::Kk, Some(day)) => format!("{year} жылғы {day} {}", pick(&KK)),
        (Language::En, None) => format!("{} {year}", pick(&EN)),
        (Language::En, Some(day)) => format!("{day} {} {year}", pick(&EN)),
    }
}

/// A span of dates: "январь 2017 – октябрь 2017".
pub fn format_span(
    start: impl Into<DateParts>,
    end: impl Into<DateParts>,
    lang: Language,
) -> String {
    format!("{} – {}", format_date(start, lang), format_date(end, lang))
}

/// Time spent presenting: "4:07", or "1:04:07" past an hour.
pub fn format_elapsed(elapsed: std::time::Duration) -> String {
    let secs = elapsed.as_secs();
    let (hours, minutes, seconds) = (secs / 3600, secs / 60 % 60, secs % 60);
    if hours > 0 {
        format!("{hours}:{minutes:02}:{seconds:02}")
    } else {
        format!("{minutes}:{seconds:02}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_elapsed_time() {
        use std::time::Duration;
        assert_eq!(format_elapsed(Duration::from_secs(0)), "0:00");
        assert_eq!(format_elapsed(Duration::from_secs(247)), "4:07");
        assert_eq!(format_elapsed(Duration::from_secs(3847)), "1:04:07");
    }

    fn d(s: &str) -> DateParts {
        let mut parts = s.split('-').map(|p| p.parse::<u8>().ok());
        let year = s.split('-').next().and_then(|y| y.parse().ok()).unwrap();
        parts.next();
        DateParts {
            year,
            month: parts.next().flatten(),
            day: parts.next().flatten(),
        }
    }

    #[test]
    fn writes_dates_per_language() {
        assert_eq!(format_date(d("2017-11"), Language::Ru), "ноябрь 2017");
        assert_eq!(format_date(d("2017-11-24"), Language::Ru), "24 ноября 2017");
        assert_eq!(format_date(d("2017-11"), Language::Kk), "2017 жылғы қараша");
        assert_eq!(format_date(d("2024-03-14"), Language::En), "14 March 2024");
        assert_eq!(format_date(d("2017"), Language::En), "2017");
    }
}
