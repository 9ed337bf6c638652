//! Dates that may be known only to the year or the month.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A date written `2017`, `2017-11` or `2017-11-24`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PartialDate {
    /// Year, 1000–9999.
    pub year: i32,
    /// Month, 1–12, where known.
    pub month: Option<u8>,
    /// Day of the month, where known (only with a month).
    pub day: Option<u8>,
}

/// What is wrong with a date string.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateProblem {
    /// Not written YYYY, YYYY-MM or YYYY-MM-DD.
    Form,
    /// A year before 1000.
    Year,
    /// A month outside 1–12.
    Month(u32),
    /// A day the month does not have: 31 February, 29 February of a common year.
    Day {
        /// The day as written.
        day: u32,
        /// The month, 1–12.
        month: u8,
        /// The year.
        year: i32,
    },
}

/// Why a date string was refused.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("“{text}” is not a date: {}", describe(self.problem))]
pub struct DateError {
    /// The string as written.
    pub text: String,
    /// What is wrong with it.
    pub problem: DateProblem,
}

const MONTHS: [&str; 12] = [
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

fn describe(problem: DateProblem) -> String {
    match problem {
        DateProblem::Form => "write it as 2017, 2017-11 or 2017-11-24".to_owned(),
        DateProblem::Year => "the year must have four digits, from 1000".to_owned(),
        DateProblem::Month(m) => format!("there is no month {m}: months go from 01 to 12"),
        DateProblem::Day { day, month, year } => {
            let name = MONTHS
                .get(usize::from(month).saturating_sub(1))
                .unwrap_or(&"");
            if month == 2 && day == 29 {
                format!("29 February does not exist in {year}")
            } else {
                format!("{day} {name} does not exist")
            }
        }
    }
}

impl FromStr for PartialDate {
    type Err = DateError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let err = |problem| DateError {
            text: text.to_owned(),
            problem,
        };
        let mut parts = text.split('-');
        let number = |part: Option<&str>, digits: usize| -> Result<Option<u32>, DateError> {
            match part {
                None => Ok(None),
                Some(p) if p.len() == digits && p.bytes().all(|b| b.is_ascii_digit()) => {
                    p.parse().map(Some).map_err(|_| err(DateProblem::Form))
                }
                Some(_) => Err(err(DateProblem::Form)),
            }
        };
        let year = number(parts.next(), 4)?.ok_or_else(|| err(DateProblem::Form))?;
        let month = number(parts.next(), 2)?;
        let day = number(parts.next(), 2)?;
        if parts.next().is_some() {
            return Err(err(DateProblem::Form));
        }
        if year < 1000 {
            return Err(err(DateProblem::Year));
        }
        let year = i32::try_from(year).map_err(|_| err(DateProblem::Year))?;
        let month = match month {
            Some(m @ 1..=12) => Some(m as u8),
            Some(m) => return Err(err(DateProblem::Month(m))),
            None => None,
        };
        let day = match (month, day) {
            (_, None) => None,
            (Some(m), Some(d)) if day_exists(year, m, d) => Some(d as u8),
            (Some(month), Some(day)) => {
                return Err(err(DateProblem::Day { day, month, year }));
            }
            (None, Some(_)) => return Err(err(DateProblem::Form)),
        };
        Ok(Self { year, month, day })
    }
}

impl PartialDate {
    /// A date as people type it: `2017-12-31` (or `2017-12`, `2017`), and the day-first forms of
    /// Russian and Kazakh paperwork, `31.12.2017` (ДД.ММ.ГГГГ), `31/12/2017`, `1.2.2018`,
    /// `12.2017`. Surrounding spaces are ignored.
    ///
    /// # Errors
    /// When it is none of these, or names a day that does not exist (the reason, as for
    /// [`FromStr`]).
    pub fn parse_typed(text: &str) -> Result<Self, DateError> {
        let trimmed = text.trim();
        let Some(sep) = trimmed.chars().find(|c| matches!(c, '.' | '/')) else {
            return trimmed.parse();
        };
        let parts: Vec<&str> = trimmed.split(sep).collect();
        let ok = parts
            .iter()
            .all(|p| !p.is_empty() && p.len() <= 4 && p.bytes().all(|b| b.is_ascii_digit()));
        let iso = match (ok, parts.as_slice()) {
            (true, [day, month, year]) if day.len() <= 2 && month.len() <= 2 && year.len() == 4 => {
                format!("{year}-{month:0>2}-{day:0>2}")
            }
            (true, [month, year]) if month.len() <= 2 && year.len() == 4 => {
                format!("{year}-{month:0>2}")
            }
            _ => {
                return Err(DateError {
                    text: trimmed.to_owned(),
                    problem: DateProblem::Form,
                });
            }
        };
        iso.parse().map_err(|e: DateError| DateError {
            text: trimmed.to_owned(),
            ..e
        })
    }
}

/// Whether `year-month-day` is a day of the proleptic Gregorian calendar (2016-02-29 is,
/// 2017-02-29 is not).
fn day_exists(year: i32, month: u8, day: u32) -> bool {
    match (i16::try_from(year), i8::try_from(month), i8::try_from(day)) {
        (Ok(year), Ok(month), Ok(day)) => jiff::civil::Date::new(year, month, day).is_ok(),
        _ => false,
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(month) = self.month {
            write!(f, "-{month:02}")?;
            if let Some(day) = self.day {
                write!(f, "-{day:02}")?;
            }
        }
        Ok(())
    }
}

impl Serialize for PartialDate {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for PartialDate {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_each_precision() {
        let d: PartialDate = "2017".parse().unwrap();
        assert_eq!((d.year, d.month, d.day), (2017, None, None));
        let d: PartialDate = "2017-11".parse().unwrap();
        assert_eq!((d.year, d.month, d.day), (2017, Some(11), None));
        let d: PartialDate = "2016-02-29".parse().unwrap();
        assert_eq!((d.year, d.month, d.day), (2016, Some(2), Some(29)));
        assert_eq!(d.to_string(), "2016-02-29");
    }

    #[test]
    fn reads_dates_as_people_type_them() {
        let d = |t: &str| PartialDate::parse_typed(t).map(|d| d.to_string());
        assert_eq!(d("31.12.2017").as_deref(), Ok("2017-12-31"));
        assert_eq!(d(" 1.2.2018 ").as_deref(), Ok("2018-02-01"));
        assert_eq!(d("31/12/2017").as_deref(), Ok("2017-12-31"));
        assert_eq!(d("12.2017").as_deref(), Ok("2017-12"));
        assert_eq!(d("2017-12-31").as_deref(), Ok("2017-12-31"));
        let bad = PartialDate::parse_typed("31.02.2017").unwrap_err();
        assert_eq!(bad.text, "31.02.2017");
        assert!(matches!(bad.problem, DateProblem::Day { day: 31, .. }));
        for wrong in [
            "31.12.17",
            "2017.12.31",
            "31..2017",
            "a.b.2017",
            "31.12.2017.1",
        ] {
            assert!(PartialDate::parse_typed(wrong).is_err(), "{wrong}");
        }
    }

    #[test]
    fn refuses_impossible_dates() {
        for bad in [
            "",
            "17",
            "2017-13",
            "2017-00",
            "2017-02-29",
            "2017-04-31",
            "2017-1-5",
            "2017-11-24-1",
            "20x7",
            "+2017",
            "2017-11-",
            "0999",
        ] {
            assert!(bad.parse::<PartialDate>().is_err(), "{bad} accepted");
        }
    }

    #[test]
    fn february_29_exists_only_in_leap_years() {
        for leap in ["2016-02-29", "2000-02-29", "2400-02-29", "1996-02-29"] {
            assert!(leap.parse::<PartialDate>().is_ok(), "{leap} refused");
        }
        for common in [
            "2017-02-29",
            "1900-02-29",
            "2100-02-29",
            "2016-02-30",
            "2017-02-30",
        ] {
            assert!(common.parse::<PartialDate>().is_err(), "{common} accepted");
        }
        for last in ["2017-01-31", "2017-02-28", "2017-04-30", "2017-12-31"] {
            assert!(last.parse::<PartialDate>().is_ok(), "{last} refused");
        }
        for past in [
            "2017-01-32",
            "2017-06-31",
            "2017-09-31",
            "2017-11-31",
            "2017-12-00",
        ] {
            assert!(past.parse::<PartialDate>().is_err(), "{past} accepted");
        }
    }

    #[test]
    fn says_what_is_wrong_in_words() {
        let message = |s: &str| s.parse::<PartialDate>().unwrap_err().to_string();
        assert_eq!(
            message("2017-02-31"),
            "“2017-02-31” is not a date: 31 February does not exist"
        );
        assert_eq!(
            message("2017-02-29"),
            "“2017-02-29” is not a date: 29 February does not exist in 2017"
        );
        assert!(message("2017-13").contains("there is no month 13"));
        assert!(message("24.11.2017").contains("write it as 2017, 2017-11 or 2017-11-24"));
    }

    #[test]
    fn orders_chronologically() {
        let a: PartialDate = "2017-10".parse().unwrap();
        let b: PartialDate = "2017-11-01".parse().unwrap();
        assert!(a < b);
    }
}
