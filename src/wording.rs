//! Text that needs both the dataset's model and the languages: figures with their qualifier,
//! and what validation found. [`crate::i18n`] knows nothing of the model; the model knows
//! nothing of languages; this module joins them.

use crate::i18n::{Arg, DateParts, Language, kk_ablative, tr, tr_args};
use crate::model::{
    DateError, DateProblem, Expected, FORMAT_OLDEST, FORMAT_VERSION, FigureUnit, Finding,
    FindingArg, LoadError, LoadErrorKind, MAX_NESTING, PartialDate, Qualifier,
};

impl From<PartialDate> for DateParts {
    fn from(d: PartialDate) -> Self {
        Self {
            year: d.year,
            month: d.month,
            day: d.day,
        }
    }
}

/// Formats `value` in `unit` with `qualifier` for `lang`: "более 140", "140-тан астам".
pub fn qualified(lang: Language, value: f64, qualifier: Qualifier, unit: FigureUnit) -> String {
    let numbers = lang.numbers();
    let bare = match unit {
        FigureUnit::Count => numbers.integer(value),
        FigureUnit::Percent => numbers.percent(value, 1),
        FigureUnit::Factor => tr_args(
            lang,
            "factor",
            &[
                ("value", Arg::Text(&numbers.number(value, 2))),
                ("n", Arg::Number(value)),
            ],
        ),
    };
    let key = match qualifier {
        Qualifier::Exact => return bare,
        Qualifier::MoreThan => "qualified-more-than",
        Qualifier::AtLeast => "qualified-at-least",
        Qualifier::About => "qualified-about",
        Qualifier::LessThan => "qualified-less-than",
        Qualifier::AtMost => "qualified-at-most",
    };
    let suffix = if value.is_finite() && value >= 0.0 {
        kk_ablative(value.round() as u64)
    } else {
        ""
    };
    tr_args(
        lang,
        key,
        &[("value", Arg::Text(&bare)), ("suffix", Arg::Text(suffix))],
    )
}

/// A share computed from figures, with the qualifier it inherits, rounded to whole per cent
/// towards its bound so that it stays true: 7 of 19 is "37 %", more than 7 of 19 is
/// "более 36 %" (36,8 % rounded up would claim more than the figures say).
pub fn qualified_percent(lang: Language, pct: f64, qualifier: Qualifier) -> String {
    let rounded = if qualifier.is_lower_bound() {
        pct.floor()
    } else if qualifier.is_upper_bound() {
        pct.ceil()
    } else {
        pct.round()
    };
    qualified(lang, rounded, qualifier, FigureUnit::Percent)
}

impl Finding {
    /// What is wrong, in `lang`.
    pub fn text(&self, lang: Language) -> String {
        self.text_as(lang, self.key)
    }

    /// The finding's arguments in the message `key` (a variant of its own message).
    pub fn text_as(&self, lang: Language, key: &str) -> String {
        let numbers = lang.numbers();
        let values: Vec<(&str, String)> = self
            .args
            .iter()
            .map(|(name, arg)| {
                let text = match arg {
                    FindingArg::Text(text) => text.clone(),
                    FindingArg::Number(v) => numbers.number(*v, 2),
                    FindingArg::Qualified(v, q) => qualified(lang, *v, *q, FigureUnit::Count),
                    FindingArg::Message(key) => tr(lang, key),
                };
                (*name, text)
            })
            .collect();
        let mut args: Vec<(&str, Arg<'_>)> =
            values.iter().map(|(n, v)| (*n, Arg::Text(v))).collect();
        // The first number also drives plural forms (`$n`).
        if let Some(n) = self.args.iter().find_map(|(_, a)| match a {
            FindingArg::Number(v) => Some(*v),
            _ => None,
        }) {
            args.push(("n", Arg::Number(n)));
        }
        let mut text = tr_args(lang, key, &args);
        if let Some(name) = &self.suggestion {
            text.push_str(&tr_args(
                lang,
                "finding-did-you-mean",
                &[("name", Arg::Text(name))],
            ));
        }
        text
    }

    /// What is wrong, in English (for the command line and logs).
    pub fn message(&self) -> String {
        self.text(Language::En)
    }

    /// The compiler-style line `FILE:LINE:COLUMN: SEVERITY: MESSAGE` (`FILE: …` without a position).
    pub fn line(&self, file: &str) -> String {
        match self.position {
            Some(p) => format!(
                "{file}:{p}: {}: {} [{}]",
                self.severity,
                self.message(),
                self.path
            ),
            None => format!(
                "{file}: {}: {} [{}]",
                self.severity,
                self.message(),
                self.path
            ),
        }
    }
}

/// English words of the value kinds the reader names ("a string", "i64"), in the interface
/// language's words where they are known.
fn value_kind(lang: Language, expected: &str) -> String {
    let e = expected.to_lowercase();
    let key = if e.contains("string") || e.contains("text") {
        Expected::Text.key()
    } else if e.contains("float") || e.contains("f64") || e.contains("f32") {
        Expected::Number.key()
    } else if e.contains("integer") || e.starts_with('i') || e.starts_with('u') {
        Expected::Integer.key()
    } else if e.contains("bool") {
        Expected::Boolean.key()
    } else if e.contains("sequence") || e.contains("array") {
        Expected::List.key()
    } else if e.contains("map") {
        Expected::Map.key()
    } else {
        return expected.to_owned();
    };
    tr(lang, key)
}

impl LoadError {
    /// What went wrong, in `lang`, for people: "31 февраля 2017 не существует", not
    /// "expected YYYY-MM-DD".
    pub fn message(&self, lang: Language) -> String {
        let t = |key: &str, args: &[(&str, &str)]| {
            let args: Vec<(&str, Arg<'_>)> = args.iter().map(|(k, v)| (*k, Arg::Text(v))).collect();
            tr_args(lang, key, &args)
        };
        let mut text = match &self.kind {
            LoadErrorKind::NotFound => t("load-not-found", &[]),
            LoadErrorKind::IsDirectory => t("load-is-directory", &[]),
            LoadErrorKind::Unreadable(reason) => t("load-unreadable", &[("reason", reason)]),
            LoadErrorKind::TooLarge { bytes, limit } => {
                let mb = |b: u64| lang.numbers().number(b as f64 / 1_048_576.0, 1);
                t(
                    "load-too-large",
                    &[("size", &mb(*bytes)), ("limit", &mb(*limit))],
                )
            }
            LoadErrorKind::Empty => t("load-empty", &[]),
            LoadErrorKind::NotUtf8 => t("load-not-utf8", &[]),
            LoadErrorKind::NotADataset { found } => t("load-not-a-dataset", &[("found", found)]),
            LoadErrorKind::FormatTooNew { found } => t(
                "load-format-too-new",
                &[("found", found), ("max", &FORMAT_VERSION.to_string())],
            ),
            LoadErrorKind::FormatUnknown { found } => t(
                "load-format-unknown",
                &[
                    ("found", found),
                    ("min", &FORMAT_OLDEST.to_string()),
                    ("max", &FORMAT_VERSION.to_string()),
                ],
            ),
            LoadErrorKind::TooDeep => t("load-too-deep", &[("max", &MAX_NESTING.to_string())]),
            LoadErrorKind::Truncated => t("load-truncated", &[]),
            LoadErrorKind::UnknownField {
                found,
                outer,
                expected,
            } => t(
                "load-unknown-field",
                &[
                    ("found", found),
                    ("outer", outer),
                    ("expected", &expected.join(", ")),
                ],
            ),
            LoadErrorKind::UnknownVariant {
                found, expected, ..
            } => t(
                "load-unknown-value",
                &[("found", found), ("expected", &expected.join(", "))],
            ),
            LoadErrorKind::MissingField { field, .. } => {
                t("load-missing-field", &[("field", field)])
            }
            LoadErrorKind::BadDate(e) => date_message(lang, e),
            LoadErrorKind::Expected(what) => t("load-expected", &[("what", &tr(lang, what.key()))]),
            LoadErrorKind::WrongType { expected, .. } => {
                t("load-expected", &[("what", &value_kind(lang, expected))])
            }
            LoadErrorKind::DuplicateField { field } => {
                t("load-duplicate-field", &[("field", field)])
            }
            LoadErrorKind::NumberTooLarge => t("load-number-too-large", &[]),
            LoadErrorKind::UnexpectedChar(c) => {
                t("load-unexpected-char", &[("char", &c.to_string())])
            }
            LoadErrorKind::TrailingText => t("load-trailing", &[]),
            LoadErrorKind::Syntax(message) => t("load-syntax", &[("message", message)]),
        };
        if let Some(name) = &self.suggestion {
            text.push_str(&t("finding-did-you-mean", &[("name", name)]));
        }
        text
    }

    /// The whole report in `lang`: file, line and column, what went wrong, the line quoted.
    pub fn report(&self, lang: Language) -> String {
        let mut out = match self.position {
            Some(p) => format!(
                "{}, {}",
                self.file,
                tr_args(
                    lang,
                    "load-position",
                    &[
                        ("line", Arg::Text(&p.line.to_string())),
                        ("column", Arg::Text(&p.column.to_string())),
                    ],
                )
            ),
            None => self.file.clone(),
        };
        out.push_str(": ");
        out.push_str(&self.message(lang));
        if let Some(line) = &self.line_text {
            out.push_str("\n    ");
            out.push_str(line.trim());
        }
        out
    }
}

/// How many characters, ending at a word, every one of `names` starts with (0 for one name).
pub fn shared_start<'a>(names: impl Iterator<Item = &'a str>) -> usize {
    let names: Vec<Vec<char>> = names.map(|n| n.chars().collect()).collect();
    let Some((first, rest)) = names.split_first() else {
        return 0;
    };
    if rest.is_empty() {
        return 0;
    }
    let same = (0..first.len())
        .take_while(|&i| rest.iter().all(|n| n.get(i) == first.get(i)))
        .count();
    // Back to the end of a whole word.
    first[..same]
        .iter()
        .rposition(|c| c.is_whitespace())
        .map_or(0, |space| space + 1)
}

/// `name` as it fits in `max` points, as `width` measures text: whole; or without the first `shared`
/// characters that every name of the chart starts with ("…№ 9 ауылдық округі"); or its start
/// and end around "…" (the end tells apart "… ауылдық округі" from "… ауданы").
pub fn shortened(name: &str, shared: usize, max: f32, width: impl Fn(&str) -> f32) -> String {
    if width(name) <= max {
        return name.to_owned();
    }
    let name = if shared > 0 {
        let rest: String = name.chars().skip(shared).collect();
        let cut = format!("…{rest}");
        if width(&cut) <= max {
            return cut;
        }
        cut
    } else {
        name.to_owned()
    };
    let chars: Vec<char> = name.chars().collect();
    // The most characters kept, split two to one between the start and the end.
    let mut keep = chars.len().saturating_sub(1);
    while keep > 2 {
        let head = keep * 2 / 3;
        let tail = keep - head;
        let text: String = chars[..head]
            .iter()
            .collect::<String>()
            .trim_end()
            .to_owned()
            + "…"
            + chars[chars.len() - tail..]
                .iter()
                .collect::<String>()
                .trim_start();
        if width(&text) <= max {
            return text;
        }
        keep -= 1;
    }
    chars.first().map_or_else(String::new, |c| format!("{c}…"))
}

/// Texts longer than this many characters are shown folded until asked for whole: laying out
/// megabytes of text every frame would freeze the window.
pub const FOLD_AT: usize = 20_000;

/// A position as it reads after a name and a comma: "Малик Мурзалин, аким Акмолинской
/// области". In Russian and English its first letter goes lower case unless it starts an
/// abbreviation ("НАО …"); a Kazakh position starts with the organisation's proper name
/// ("Ақмола облысының әкімі") and stays as written.
pub fn role_after_comma(role: &str, lang: Language) -> String {
    let mut chars = role.chars();
    let (Some(first), Some(second)) = (chars.next(), chars.next()) else {
        return role.to_owned();
    };
    if lang == Language::Kk || !first.is_uppercase() || !second.is_lowercase() {
        return role.to_owned();
    }
    first.to_lowercase().chain(role.chars().skip(1)).collect()
}

/// Text set for print: a hyphen between spaces becomes a dash, held to the word before it
/// by a non-breaking space ("65% из них — в электронном формате").
pub fn typeset(text: &str) -> String {
    text.replace(" - ", "\u{a0}— ")
        .replace(" – ", "\u{a0}— ")
        .replace(" — ", "\u{a0}— ")
}

/// `text` cut to at most `max` characters at the end of a word, with "…", when it is longer;
/// and whether it was cut.
pub fn folded(text: &str, max: usize) -> (std::borrow::Cow<'_, str>, bool) {
    match text.char_indices().nth(max) {
        None => (std::borrow::Cow::Borrowed(text), false),
        Some((end, _)) => {
            let head = &text[..end];
            let head = head
                .rfind(char::is_whitespace)
                .filter(|&i| i > end / 2)
                .map_or(head, |i| &head[..i]);
            (
                std::borrow::Cow::Owned(format!("{}…", head.trim_end())),
                true,
            )
        }
    }
}

/// A date kept as typed (a due date) as the language writes it out: "31 декабря 2017",
/// "2017 жылғы 31 желтоқсан", "31 December 2017"; what does not read is given back as it is.
pub fn long_date(stored: &str, lang: Language) -> String {
    match crate::model::PartialDate::parse_typed(stored) {
        Ok(d) => crate::i18n::format_date(d, lang),
        Err(_) => stored.trim().to_owned(),
    }
}

/// Why a date was refused, in `lang`: "«31.02.2017» — не дата: 31 февраля 2017 года не
/// существует".
pub fn date_message(lang: Language, e: &DateError) -> String {
    let text = Arg::Text(&e.text);
    match e.problem {
        DateProblem::Form => tr_args(lang, "load-date-form", &[("text", text)]),
        DateProblem::Year => tr_args(lang, "load-date-year", &[("text", text)]),
        DateProblem::Month(m) => tr_args(
            lang,
            "load-date-month",
            &[("text", text), ("month", Arg::Text(&m.to_string()))],
        ),
        DateProblem::Day { day, month, year } => {
            // The day and month written out as the language writes a date, then the year.
            let date = crate::i18n::format_day_month(day, month, lang);
            tr_args(
                lang,
                "load-date-day",
                &[
                    ("text", text),
                    ("date", Arg::Text(&date)),
                    ("year", Arg::Text(&year.to_string())),
                ],
            )
        }
    }
}

/// A cell an import could not use, in `lang`: "row 3, “Crimes”: “many” is not a number".
pub fn import_problem(lang: Language, p: &crate::import::Problem) -> String {
    let text = tr_args(
        lang,
        p.key,
        &[
            ("row", Arg::Text(&p.row.to_string())),
            ("column", Arg::Text(&tr(lang, p.field.label_key()))),
            ("value", Arg::Text(&p.value)),
        ],
    );
    match &p.near {
        Some(near) => format!(
            "{text}. {}",
            tr_args(lang, "import-did-you-mean", &[("near", Arg::Text(near))])
        ),
        None => text,
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_long_text_is_folded_at_a_word() {
        let (short, cut) = super::folded("один два три", 100);
        assert_eq!((short.as_ref(), cut), ("один два три", false));
        let (head, cut) = super::folded("один два три четыре", 10);
        assert_eq!((head.as_ref(), cut), ("один два…", true));
    }
}
