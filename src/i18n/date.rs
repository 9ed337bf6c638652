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

/// Every month's long date with two-digit days and years, for sizing a field that must hold
/// any date the language writes ("28 сентября 2028", "2028 жылғы 28 қыркүйек").
pub fn date_samples(lang: Language) -> Vec<String> {
    (1..=12)
        .flat_map(|month| {
            [(28, 2028), (30, 2030), (31, 2031)].map(|(day, year)| {
                format_date(
                    DateParts {
                        year,
                        month: Some(month),
                        day: Some(day),
                    },
                    lang,
                )
            })
        })
        .collect()
}

/// A day of a month as the language writes it in a date: "31 февраля", "31 ақпан",
/// "31 February".
pub fn format_day_month(day: u32, month: u8, lang: Language) -> String {
    let index = usize::from(month).saturating_sub(1);
    let name = match lang {
        Language::Ru => RU_GENITIVE.get(index),
        Language::Kk => KK.get(index),
        Language::En => EN.get(index),
    };
    format!("{day} {}", name.copied().unwrap_or(""))
}

/// A span of dates: "январь 2017 – октябрь 2017".
pub fn format_span(
    start: impl Into<DateParts>,
    end: impl Into<DateParts>,
    lang: Language,
) -> String {
    format!("{} – {}", format_date(start, lang), format_date(end, lang))
}

/// A period as people name it, made from its first and last month or year:
/// "10 месяцев 2017 года", "2017 жылғы 10 ай", "January–October 2017"; "июль–октябрь 2017";
/// "2013–2023 годы"; otherwise the two dates with a dash.
pub fn format_period(
    start: impl Into<DateParts>,
    end: impl Into<DateParts>,
    lang: Language,
) -> String {
    let (start, end) = (start.into(), end.into());
    if start == end {
        return format_date(start, lang);
    }
    let whole_months = start.day.is_none_or(|d| d == 1) && end.day.is_none();
    match (start.month, end.month) {
        (None, None) => {
            let years = format!("{}–{}", start.year, end.year);
            match lang {
                Language::Ru => format!("{years} годы"),
                Language::Kk => format!("{years} жылдар"),
                Language::En => years,
            }
        }
        (Some(first), Some(last)) if whole_months && start.year == end.year && first <= last => {
            let year = start.year;
            let month = |names: &[&'static str; 12], m: u8| {
                names
                    .get(usize::from(m).saturating_sub(1))
                    .copied()
                    .unwrap_or("")
            };
            let months = last - first + 1;
            match (lang, first) {
                (_, 1) if last == 12 => format_date(
                    DateParts {
                        year,
                        month: None,
                        day: None,
                    },
                    lang,
                ),
                (Language::Ru, 1) => {
                    let word = match (months % 10, months % 100) {
                        (1, m) if m != 11 => "месяц",
                        (2..=4, m) if !(12..=14).contains(&m) => "месяца",
                        _ => "месяцев",
                    };
                    format!("{months} {word} {year} года")
                }
                (Language::Kk, 1) => format!("{year} жылғы {months} ай"),
                (Language::Ru, _) => format!(
                    "{}–{} {year}",
                    month(&RU_NOMINATIVE, first),
                    month(&RU_NOMINATIVE, last)
                ),
                (Language::Kk, _) => {
                    format!("{year} жылғы {}–{}", month(&KK, first), month(&KK, last))
                }
                (Language::En, _) => format!("{}–{} {year}", month(&EN, first), month(&EN, last)),
            }
        }
        _ => format_span(start, end, lang),
    }
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

    #[test]
    fn names_periods_per_language() {
        let ten = |lang| format_period(d("2017-01"), d("2017-10"), lang);
        assert_eq!(ten(Language::Ru), "10 месяцев 2017 года");
        assert_eq!(ten(Language::Kk), "2017 жылғы 10 ай");
        assert_eq!(ten(Language::En), "January–October 2017");
        assert_eq!(
            format_period(d("2017-01"), d("2017-03"), Language::Ru),
            "3 месяца 2017 года"
        );
        assert_eq!(
            format_period(d("2017-01"), d("2017-01"), Language::Ru),
            "январь 2017"
        );
        assert_eq!(
            format_period(d("2017-07"), d("2017-10"), Language::Kk),
            "2017 жылғы шілде–қазан"
        );
        assert_eq!(
            format_period(d("2013"), d("2023"), Language::Ru),
            "2013–2023 годы"
        );
        assert_eq!(
            format_period(d("2017-01"), d("2017-12"), Language::En),
            "2017"
        );
        assert_eq!(
            format_period(d("2016-11"), d("2017-10"), Language::En),
            "November 2016 – October 2017"
        );
    }
}
