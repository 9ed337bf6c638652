//! Interface languages, translations (Fluent) and locale-aware number and date formatting.
//! A leaf: it knows nothing of the dataset; [`crate::wording`] joins the two.
//!
//! All interface text lives in `assets/i18n/*.ftl`. Numbers are formatted here, once, for the
//! chosen language: `4 000 000`, `2,4`, `65 %` in Russian and Kazakh; `4,000,000`, `2.4`, `65%`
//! in English.

mod collate;
mod date;
mod number;

use std::collections::HashMap;
use std::fmt;
use std::sync::LazyLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use serde::{Deserialize, Serialize};

pub use collate::{collate, collation_key};
pub use date::{
    DateParts, date_samples, format_date, format_day_month, format_elapsed, format_period,
    format_span,
};
pub use number::{NumberFormat, kk_ablative};

/// An interface language.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
pub enum Language {
    /// Russian, the default.
    #[default]
    Ru,
    /// Kazakh.
    Kk,
    /// English.
    En,
}

impl Language {
    /// Every language, in menu order.
    pub const ALL: [Self; 3] = [Self::Ru, Self::Kk, Self::En];

    /// The language code (`ru`, `kk`, `en`).
    pub fn code(self) -> &'static str {
        match self {
            Self::Ru => "ru",
            Self::Kk => "kk",
            Self::En => "en",
        }
    }

    /// The language's own name for itself.
    pub fn native_name(self) -> &'static str {
        match self {
            Self::Ru => "Русский",
            Self::Kk => "Қазақша",
            Self::En => "English",
        }
    }

    /// Parses a language code.
    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(code))
    }

    /// How numbers are written in this language.
    pub fn numbers(self) -> NumberFormat {
        NumberFormat::for_language(self)
    }

    fn source(self) -> &'static str {
        match self {
            Self::Ru => include_str!("../../assets/i18n/ru.ftl"),
            Self::Kk => include_str!("../../assets/i18n/kk.ftl"),
            Self::En => include_str!("../../assets/i18n/en.ftl"),
        }
    }
}

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl std::str::FromStr for Language {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::from_code(s).ok_or_else(|| format!("unknown language `{s}`: use ru, kk or en"))
    }
}

type Bundle = FluentBundle<FluentResource>;

/// The three bundles, parsed once on first use.
static BUNDLES: LazyLock<HashMap<Language, Bundle>> = LazyLock::new(|| {
    Language::ALL
        .into_iter()
        .map(|lang| (lang, bundle(lang)))
        .collect()
});

fn bundle(lang: Language) -> Bundle {
    let id = lang.code().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Bidi isolation marks would show as boxes in the interface; all our text is left-to-right.
    bundle.set_use_isolating(false);
    // A syntax error in a translation file is caught by the tests; the entries before it still load.
    let resource = FluentResource::try_new(lang.source().to_owned()).unwrap_or_else(|(r, _)| r);
    let _ = bundle.add_resource(resource);
    bundle
}

/// Text for `key` in `lang`, with no arguments. A missing key shows as the key itself.
pub fn tr(lang: Language, key: &str) -> String {
    tr_args(lang, key, &[])
}

/// An argument value for a translated message.
#[derive(Clone, Debug)]
pub enum Arg<'a> {
    /// Text, inserted as is (already formatted numbers go here).
    Text(&'a str),
    /// A number, used for plural selection (`{ $n -> [one] … }`).
    Number(f64),
}

/// Whether `lang` has a message `key` (for the optional variants of a message).
pub fn has_message(lang: Language, key: &str) -> bool {
    BUNDLES
        .get(&lang)
        .is_some_and(|b| b.get_message(key).is_some())
}

/// Text for `key` in `lang` with named arguments.
pub fn tr_args(lang: Language, key: &str, args: &[(&str, Arg<'_>)]) -> String {
    let Some(bundle) = BUNDLES.get(&lang) else {
        return key.to_owned();
    };
    let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) else {
        return key.to_owned();
    };
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        let value = match value {
            Arg::Text(text) => FluentValue::from(*text),
            Arg::Number(n) => FluentValue::from(*n),
        };
        fluent_args.set(*name, value);
    }
    let mut errors = Vec::new();
    bundle
        .format_pattern(pattern, Some(&fluent_args), &mut errors)
        .into_owned()
}

/// A translated message with holes, formatted once and filled many times: for messages without
/// plural choices that are repeated for every row of a large dataset.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Template {
    parts: Vec<TemplatePart>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum TemplatePart {
    Text(String),
    Hole(usize),
}

/// Marks hole `i` while the message is formatted (a private-use character, never in our text).
fn hole(i: usize) -> String {
    format!("\u{E000}{i}\u{E001}")
}

/// The message `key` with its named arguments `names` left as holes.
pub fn template(lang: Language, key: &str, names: &[&str]) -> Template {
    let holes: Vec<String> = (0..names.len()).map(hole).collect();
    let args: Vec<(&str, Arg<'_>)> = names
        .iter()
        .zip(&holes)
        .map(|(n, h)| (*n, Arg::Text(h)))
        .collect();
    let text = tr_args(lang, key, &args);
    let mut parts = Vec::new();
    let mut rest = text.as_str();
    while let Some(start) = rest.find('\u{E000}') {
        let (before, after) = rest.split_at(start);
        if !before.is_empty() {
            parts.push(TemplatePart::Text(before.to_owned()));
        }
        let after = &after['\u{E000}'.len_utf8()..];
        let Some(end) = after.find('\u{E001}') else {
            rest = after;
            continue;
        };
        if let Ok(i) = after[..end].parse() {
            parts.push(TemplatePart::Hole(i));
        }
        rest = &after[end + '\u{E001}'.len_utf8()..];
    }
    if !rest.is_empty() {
        parts.push(TemplatePart::Text(rest.to_owned()));
    }
    Template { parts }
}

impl Template {
    /// The message with `values` in its holes, in the order the names were given.
    pub fn fill(&self, values: &[&str]) -> String {
        let mut out = String::new();
        for part in &self.parts {
            match part {
                TemplatePart::Text(text) => out.push_str(text),
                TemplatePart::Hole(i) => out.push_str(values.get(*i).copied().unwrap_or("")),
            }
        }
        out
    }
}

/// Every message key defined for `lang`, sorted.
pub fn keys(lang: Language) -> Vec<String> {
    let mut keys: Vec<String> = fluent_syntax_keys(lang.source());
    keys.sort();
    keys
}

fn fluent_syntax_keys(source: &str) -> Vec<String> {
    // Messages only: terms (`-name = …`) cannot be looked up from the interface. A file with
    // syntax errors still lists the messages that parsed; `translation_files_parse_cleanly`
    // reports the errors.
    let resource =
        fluent_syntax::parser::parse_runtime(source).unwrap_or_else(|(partial, _)| partial);
    resource
        .body
        .into_iter()
        .filter_map(|entry| match entry {
            fluent_syntax::ast::Entry::Message(message) => Some(message.id.name.to_owned()),
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_has_every_key() {
        let ru = keys(Language::Ru);
        assert!(ru.len() > 20, "too few keys: {}", ru.len());
        for lang in [Language::Kk, Language::En] {
            let other = keys(lang);
            let missing: Vec<_> = ru.iter().filter(|k| !other.contains(k)).collect();
            let extra: Vec<_> = other.iter().filter(|k| !ru.contains(k)).collect();
            assert!(missing.is_empty(), "{lang} lacks {missing:?}");
            assert!(extra.is_empty(), "{lang} has keys Russian lacks: {extra:?}");
        }
    }

    #[test]
    fn translation_files_parse_cleanly() {
        for lang in Language::ALL {
            if let Err((_, errors)) = FluentResource::try_new(lang.source().to_owned()) {
                panic!("{lang}.ftl: {errors:?}");
            }
            let mut bundle = FluentBundle::new_concurrent(vec![lang.code().parse().unwrap()]);
            bundle.set_use_isolating(false);
            let resource = FluentResource::try_new(lang.source().to_owned()).unwrap();
            bundle.add_resource(resource).unwrap();
            for key in keys(lang) {
                let message = bundle.get_message(&key).unwrap();
                assert!(message.value().is_some(), "{lang}: {key} has no value");
            }
        }
    }

    #[test]
    fn templates_fill_like_the_message() {
        for lang in Language::ALL {
            let t = template(
                lang,
                "rental-tooltip",
                &["name", "owned", "rented", "total"],
            );
            let filled = t.fill(&["Ақкөл", "1", "2", "3"]);
            let direct = tr_args(
                lang,
                "rental-tooltip",
                &[
                    ("name", Arg::Text("Ақкөл")),
                    ("owned", Arg::Text("1")),
                    ("rented", Arg::Text("2")),
                    ("total", Arg::Text("3")),
                ],
            );
            assert_eq!(filled, direct);
        }
    }

    #[test]
    fn missing_key_shows_the_key() {
        assert_eq!(tr(Language::En, "no-such-key"), "no-such-key");
    }

    #[test]
    fn russian_plurals_follow_the_number() {
        let n = |v: f64| {
            tr_args(
                Language::Ru,
                "count-centres",
                &[("n", Arg::Number(v)), ("value", Arg::Text(&v.to_string()))],
            )
        };
        assert_eq!(n(1.0), "1 ЦОН");
        assert_eq!(n(3.0), "3 ЦОНа");
        assert_eq!(n(11.0), "11 ЦОНов");
        assert_eq!(n(23.0), "23 ЦОНа");
    }

    /// Plural forms are chosen by `$n`, the one argument passed as a number; every other
    /// argument arrives as formatted text ("4 000 000"), on which a selector always falls to
    /// its default form ("3 текстов").
    #[test]
    fn every_plural_choice_follows_the_number_n() {
        for lang in Language::ALL {
            let source = lang.source();
            let mut rest = source;
            while let Some(start) = rest.find("{ $") {
                let after = &rest[start + 3..];
                let name_len = after
                    .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == '-'))
                    .unwrap_or(after.len());
                let (name, tail) = after.split_at(name_len);
                if tail.trim_start().starts_with("->") {
                    let line = source[..source.len() - rest.len() + start].lines().count();
                    assert_eq!(name, "n", "{lang}.ftl:{line}: a choice on ${name}");
                }
                rest = tail;
            }
        }
    }

    #[test]
    fn counted_words_agree_with_the_number() {
        let missing = |lang: Language, n: f64| {
            let count = lang.numbers().integer(n);
            tr_args(
                lang,
                "finding-translation-missing",
                &[
                    ("count", Arg::Text(&count)),
                    ("lang", Arg::Text("kk")),
                    ("own", Arg::Text("ru")),
                    ("n", Arg::Number(n)),
                ],
            )
        };
        for (n, start) in [
            (1.0, "1 текст не имеет"),
            (3.0, "3 текста не имеют"),
            (22.0, "22 текста не имеют"),
            (5.0, "5 текстов не имеют"),
            (11.0, "11 текстов не имеют"),
            (21.0, "21 текст не имеет"),
        ] {
            let text = missing(Language::Ru, n);
            assert!(text.starts_with(start), "{text}");
        }
        assert!(missing(Language::En, 1.0).starts_with("1 text has"));
        assert!(missing(Language::En, 3.0).starts_with("3 texts have"));
        assert!(missing(Language::Kk, 3.0).starts_with("3 мәтіннің"));
        let chars = |lang: Language, n: f64| {
            let count = lang.numbers().integer(n);
            tr_args(
                lang,
                "note-show-all",
                &[("count", Arg::Text(&count)), ("n", Arg::Number(n))],
            )
        };
        assert!(chars(Language::Ru, 3.0).ends_with("(3 знака)"));
        assert!(chars(Language::Ru, 5_000.0).ends_with("(5\u{a0}000 знаков)"));
        assert!(chars(Language::En, 1.0).ends_with("(1 character)"));
        assert!(chars(Language::Kk, 3.0).ends_with("(3 таңба)"));
        let listed = tr_args(
            Language::Ru,
            "rental-mismatch",
            &[
                ("listed", Arg::Text("3")),
                ("n", Arg::Number(3.0)),
                ("listed_rented", Arg::Text("1")),
                ("total", Arg::Text("23")),
                ("rented", Arg::Text("11")),
            ],
        );
        assert!(listed.starts_with("В списке 3 ЦОНа, из них"), "{listed}");
    }
}
