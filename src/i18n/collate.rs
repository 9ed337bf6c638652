//! Ordering names the way the language orders them: Kazakh puts ә after а, ғ after г, і after
//! ы; code points would put every Kazakh letter after я.

use std::cmp::Ordering;
use std::sync::OnceLock;

use icu_collator::options::CollatorOptions;
use icu_collator::{Collator, CollatorBorrowed};

use super::Language;

type Cell = OnceLock<Option<CollatorBorrowed<'static>>>;

fn collator(lang: Language) -> Option<&'static CollatorBorrowed<'static>> {
    static RU: Cell = OnceLock::new();
    static KK: Cell = OnceLock::new();
    static EN: Cell = OnceLock::new();
    let cell = match lang {
        Language::Ru => &RU,
        Language::Kk => &KK,
        Language::En => &EN,
    };
    cell.get_or_init(|| {
        let locale = icu_locale_core::Locale::try_from_str(lang.code()).ok()?;
        Collator::try_new((&locale).into(), CollatorOptions::default()).ok()
    })
    .as_ref()
}

/// A key that orders `text` as `lang`'s alphabet does, for sorting many names at once: compare
/// keys byte by byte.
pub fn collation_key(lang: Language, text: &str) -> Vec<u8> {
    let mut key = Vec::new();
    match collator(lang) {
        Some(c) => {
            let _ = c.write_sort_key_to(text, &mut key);
        }
        None => key.extend(text.to_lowercase().bytes()),
    }
    key
}

/// Compares two names as `lang`'s alphabet orders them.
pub fn collate(lang: Language, a: &str, b: &str) -> Ordering {
    match collator(lang) {
        Some(c) => c.compare(a, b),
        None => a.to_lowercase().cmp(&b.to_lowercase()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const KAZAKH: &str =
        "а ә б в г ғ д е ё ж з и й к қ л м н ң о ө п р с т у ұ ү ф х һ ц ч ш щ ъ ы і ь э ю я";

    #[test]
    fn kazakh_letters_sort_in_the_kazakh_alphabet() {
        let letters: Vec<&str> = KAZAKH.split(' ').collect();
        let mut shuffled = letters.clone();
        shuffled.reverse();
        shuffled.sort_by(|a, b| collate(Language::Kk, a, b));
        assert_eq!(shuffled, letters);
        let mut by_key = letters.clone();
        by_key.reverse();
        by_key.sort_by_key(|l| collation_key(Language::Kk, l));
        assert_eq!(by_key, letters);
    }

    #[test]
    fn kazakh_district_names_are_not_sorted_by_code_point() {
        let mut names = vec![
            "Ерейментау",
            "Әлихан",
            "Ақкөл",
            "Атбасар",
            "Қорғалжын",
            "Зеренді",
        ];
        names.sort_by(|a, b| collate(Language::Kk, a, b));
        assert_eq!(
            names,
            [
                "Ақкөл",
                "Атбасар",
                "Әлихан",
                "Ерейментау",
                "Зеренді",
                "Қорғалжын"
            ]
        );
    }

    #[test]
    fn case_does_not_separate_names() {
        assert_eq!(collate(Language::En, "akkol", "Astana"), Ordering::Less);
        assert_eq!(collate(Language::Ru, "ёлки", "Жана"), Ordering::Less);
    }
}
