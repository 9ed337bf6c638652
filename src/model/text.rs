//! Human text in one language or several: `"…"` or `{"ru": "…", "kk": "…", "en": "…"}`.

use std::collections::BTreeMap;
use std::fmt;

use serde::de::{MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// The languages a briefing can be read in, by code, in the order a file lists them.
pub const TEXT_LANGUAGES: [&str; 3] = ["ru", "kk", "en"];

/// A text a reader sees: a plain string in the dataset's `language`, or one string per language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Text {
    /// One string, in the dataset's language.
    Plain(String),
    /// One string per language code.
    Languages(BTreeMap<String, String>),
}

/// A text picked for a language: the string, and the language it is really in when that is
/// not the one asked for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Localized<'a> {
    /// The string.
    pub text: &'a str,
    /// `Some(code)` when the text is not in the language asked for, but in `code`.
    pub fallback: Option<&'a str>,
}

impl Default for Text {
    fn default() -> Self {
        Self::Plain(String::new())
    }
}

impl From<&str> for Text {
    fn from(text: &str) -> Self {
        Self::Plain(text.to_owned())
    }
}

impl From<String> for Text {
    fn from(text: String) -> Self {
        Self::Plain(text)
    }
}

impl Text {
    /// The text in `lang`; failing that in `own` (the dataset's language); failing that the
    /// first one given. `own` is the language of a plain string.
    pub fn get<'a>(&'a self, lang: &str, own: &'a str) -> Localized<'a> {
        match self {
            Self::Plain(text) => Localized {
                text,
                fallback: (lang != own).then_some(own),
            },
            Self::Languages(map) => {
                if let Some(text) = map.get(lang) {
                    return Localized {
                        text,
                        fallback: None,
                    };
                }
                let (code, text) = map
                    .get_key_value(own)
                    .or_else(|| map.iter().next())
                    .map_or(("", ""), |(k, v)| (k.as_str(), v.as_str()));
                Localized {
                    text,
                    fallback: Some(code),
                }
            }
        }
    }

    /// Whether the text is given in `lang` (a plain string is in `own`).
    pub fn has(&self, lang: &str, own: &str) -> bool {
        match self {
            Self::Plain(_) => lang == own,
            Self::Languages(map) => map.contains_key(lang),
        }
    }

    /// The text in the dataset's own language (or the first given), for ids and messages.
    pub fn own<'a>(&'a self, own: &'a str) -> &'a str {
        self.get(own, own).text
    }

    /// Every string given, with its language code (`own` for a plain string).
    pub fn entries<'a>(&'a self, own: &'a str) -> Vec<(&'a str, &'a str)> {
        match self {
            Self::Plain(text) => vec![(own, text.as_str())],
            Self::Languages(map) => map.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect(),
        }
    }

    /// Whether every string given is empty or blank.
    pub fn is_blank(&self) -> bool {
        match self {
            Self::Plain(text) => text.trim().is_empty(),
            Self::Languages(map) => map.values().all(|v| v.trim().is_empty()),
        }
    }

    /// The text given in exactly `lang` (a plain string is in `own`), without falling back.
    pub fn exact<'a>(&'a self, lang: &str, own: &str) -> Option<&'a str> {
        match self {
            Self::Plain(text) => (lang == own).then_some(text.as_str()),
            Self::Languages(map) => map.get(lang).map(String::as_str),
        }
    }

    /// Sets the text in `lang` as an editor does: an emptied translation is removed (so the
    /// reader sees the marked fallback, and `check` counts it), and a text left in `own` alone
    /// becomes a plain string again.
    pub fn set(&mut self, own: &str, lang: &str, text: String) {
        if lang == own
            && let Self::Plain(plain) = self
        {
            *plain = text;
            return;
        }
        if text.is_empty() && lang != own {
            if let Self::Languages(map) = self {
                map.remove(lang);
            }
        } else {
            self.insert(own, lang, text);
        }
        if let Self::Languages(map) = self
            && map.len() == 1
            && let Some(plain) = map.remove(own)
        {
            *self = Self::Plain(plain);
        }
    }

    /// The same text in a dataset whose own language is `to` rather than `from`: a plain
    /// string (in `from`) becomes `{from: …}`, and a text given in `to` alone becomes plain.
    #[must_use]
    pub fn relabelled(self, from: &str, to: &str) -> Self {
        match self {
            Self::Plain(text) if from != to => {
                Self::Languages(std::iter::once((from.to_owned(), text)).collect())
            }
            Self::Languages(mut map) if map.len() == 1 && map.contains_key(to) => {
                Self::Plain(map.remove(to).unwrap_or_default())
            }
            other => other,
        }
    }

    /// Adds (or replaces) the text in `lang`, turning a plain string into a map.
    pub fn insert(&mut self, own: &str, lang: &str, text: String) {
        if let Self::Plain(plain) = self {
            let mut map = BTreeMap::new();
            map.insert(own.to_owned(), std::mem::take(plain));
            *self = Self::Languages(map);
        }
        if let Self::Languages(map) = self {
            map.insert(lang.to_owned(), text);
        }
    }
}

impl Serialize for Text {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Plain(text) => serializer.serialize_str(text),
            // The shown languages first, in their order (ru, kk, en), then any others.
            Self::Languages(map) => {
                use serde::ser::SerializeMap as _;
                let mut out = serializer.serialize_map(Some(map.len()))?;
                let known = TEXT_LANGUAGES.iter().filter_map(|l| map.get_key_value(*l));
                let others = map
                    .iter()
                    .filter(|(k, _)| !TEXT_LANGUAGES.contains(&k.as_str()));
                for (k, v) in known.chain(others) {
                    out.serialize_entry(k, v)?;
                }
                out.end()
            }
        }
    }
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(TextVisitor)
    }
}

struct TextVisitor;

impl<'de> Visitor<'de> for TextVisitor {
    type Value = Text;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(r#"a text: "…" or {"ru": "…", "kk": "…", "en": "…"}"#)
    }

    fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<Text, E> {
        Ok(Text::Plain(text.to_owned()))
    }

    fn visit_string<E: serde::de::Error>(self, text: String) -> Result<Text, E> {
        Ok(Text::Plain(text))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut access: A) -> Result<Text, A::Error> {
        let mut map = BTreeMap::new();
        while let Some((code, text)) = access.next_entry::<String, String>()? {
            if map.insert(code.clone(), text).is_some() {
                return Err(serde::de::Error::custom(format!(
                    "the language \"{code}\" is given twice"
                )));
            }
        }
        Ok(Text::Languages(map))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(s: &str) -> Text {
        ron::from_str(s).unwrap()
    }

    #[test]
    fn a_plain_string_is_in_the_dataset_language() {
        let t = parse(r#""Акколь""#);
        assert_eq!(t.get("ru", "ru").fallback, None);
        let kk = t.get("kk", "ru");
        assert_eq!((kk.text, kk.fallback), ("Акколь", Some("ru")));
    }

    #[test]
    fn a_map_gives_each_language_and_falls_back_to_the_own_one() {
        let t = parse(r#"{"ru": "Акколь", "kk": "Ақкөл"}"#);
        assert_eq!(t.get("kk", "ru").text, "Ақкөл");
        assert_eq!(t.get("kk", "ru").fallback, None);
        let en = t.get("en", "ru");
        assert_eq!((en.text, en.fallback), ("Акколь", Some("ru")));
        // Without the own language, the first one given.
        let t = parse(r#"{"kk": "Ақкөл"}"#);
        assert_eq!(t.get("en", "ru").fallback, Some("kk"));
    }

    #[test]
    fn a_language_given_twice_is_refused() {
        assert!(ron::from_str::<Text>(r#"{"ru": "a", "ru": "b"}"#).is_err());
        assert!(ron::from_str::<Text>("12").is_err());
    }

    #[test]
    fn writes_back_what_it_read_in_the_order_of_the_languages() {
        for s in [r#""x""#, r#"{"ru":"x","kk":"z","en":"y"}"#] {
            assert_eq!(ron::to_string(&parse(s)).unwrap(), s);
        }
        assert_eq!(
            ron::to_string(&parse(r#"{"en":"y","de":"w","ru":"x"}"#)).unwrap(),
            r#"{"ru":"x","en":"y","de":"w"}"#
        );
    }

    #[test]
    fn a_text_moved_to_another_own_language_keeps_saying_which_it_is_in() {
        let plain = Text::from("Акколь");
        assert_eq!(plain.clone().relabelled("ru", "ru"), plain);
        let moved = plain.relabelled("ru", "kk");
        assert_eq!(moved.get("kk", "kk").fallback, Some("ru"));
        assert_eq!(moved.get("ru", "kk").text, "Акколь");
        assert_eq!(
            parse(r#"{"kk": "Ақкөл"}"#).relabelled("ru", "kk"),
            Text::from("Ақкөл")
        );
        let both = parse(r#"{"ru": "Акколь", "kk": "Ақкөл"}"#);
        assert_eq!(both.clone().relabelled("ru", "kk"), both);
    }

    #[test]
    fn an_editor_sets_and_clears_translations() {
        let mut t = Text::from("Акколь");
        t.set("ru", "kk", "Ақкөл".to_owned());
        assert_eq!(t.exact("kk", "ru"), Some("Ақкөл"));
        assert_eq!(t.exact("ru", "ru"), Some("Акколь"));
        t.set("ru", "ru", "Акколь!".to_owned());
        assert_eq!(t.get("ru", "ru").text, "Акколь!");
        // Emptying the translation removes it: the text is plain again.
        t.set("ru", "kk", String::new());
        assert_eq!(t, Text::from("Акколь!"));
        assert_eq!(t.exact("kk", "ru"), None);
        // The own language may be emptied; it stays (empty) and `check` says so.
        t.set("ru", "ru", String::new());
        assert_eq!(t, Text::from(""));
    }
}
