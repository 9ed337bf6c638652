//! Every character the app can show, from the bundled datasets and the translations, has a
//! glyph in the faces it is drawn with: PT Sans, or the symbols face behind it.

use skrifa::MetadataProvider;
use skrifa::raw::FontRef;

use briefdesk::style::{BOLD_FONT, REGULAR_FONT, SYMBOLS_BOLD_FONT, SYMBOLS_FONT};

fn missing(faces: &[&[u8]], text: &str) -> Vec<char> {
    let maps: Vec<_> = faces
        .iter()
        .map(|data| FontRef::new(data).expect("a font").charmap())
        .collect();
    let mut missing: Vec<char> = text
        .chars()
        .filter(|c| !c.is_control())
        .filter(|c| maps.iter().all(|m| m.map(*c).is_none()))
        .collect();
    missing.sort_unstable();
    missing.dedup();
    missing
}

fn bundled_texts() -> Vec<(String, String)> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut texts = Vec::new();
    for dir in ["assets/datasets", "assets/i18n", "tests/fixtures"] {
        for entry in std::fs::read_dir(root.join(dir)).expect("a bundled folder") {
            let path = entry.expect("an entry").path();
            if let Ok(text) = std::fs::read_to_string(&path) {
                texts.push((path.display().to_string(), text));
            }
        }
    }
    assert!(texts.len() >= 6, "datasets and translations found");
    texts
}

#[test]
fn every_character_of_the_datasets_and_translations_has_a_glyph() {
    for (name, text) in bundled_texts() {
        for (faces, weight) in [
            (&[REGULAR_FONT, SYMBOLS_FONT], "regular"),
            (&[BOLD_FONT, SYMBOLS_BOLD_FONT], "bold"),
        ] {
            let missing = missing(faces, &text);
            assert!(
                missing.is_empty(),
                "{name} ({weight}): no glyph for {missing:?}"
            );
        }
    }
}

#[test]
fn pt_sans_alone_lacks_the_tenge_sign_and_the_symbols_face_has_it() {
    assert_eq!(missing(&[REGULAR_FONT], "₸"), vec!['₸']);
    assert!(missing(&[REGULAR_FONT, SYMBOLS_FONT], "₸ ← → ≈ ≤ ≥").is_empty());
    assert!(missing(&[BOLD_FONT, SYMBOLS_BOLD_FONT], "₸").is_empty());
    // Every Kazakh letter is in PT Sans itself.
    let kazakh =
        "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюяАӘБВГҒДЕЁЖЗИЙКҚЛМНҢОӨПРСТУҰҮФХҺЦЧШЩЪЫІЬЭЮЯ";
    assert!(missing(&[REGULAR_FONT], kazakh).is_empty());
    assert!(missing(&[BOLD_FONT], kazakh).is_empty());
}
