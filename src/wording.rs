//! Text that needs both the dataset's model and the languages: figures with their qualifier,
//! and what validation found. [`crate::i18n`] knows nothing of the model; the model knows
//! nothing of languages; this module joins them.

use crate::i18n::{Arg, DateParts, Language, kk_ablative, tr, tr_args};
use crate::model::{FigureUnit, Finding, FindingArg, PartialDate, Qualifier};

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
        let mut text = tr_args(lang, self.key, &args);
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
