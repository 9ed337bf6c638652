//! Property tests: the loader refuses or accepts any input, but never panics or hangs.

use briefdesk::model;
use proptest::prelude::*;

const AKMOLA: &str = include_str!("../assets/datasets/akmola-2017.ron");

/// A char boundary at or before `i`.
fn boundary(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn random_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        let _ = model::load_bytes(&bytes, "random.ron");
    }

    #[test]
    fn random_ron_like_text(text in "[\\[\\](){}:,\"'a-zA-Z0-9_ #!/*\\n.-]{0,400}") {
        let _ = model::load_text(&text, "ronish.ron");
    }

    #[test]
    fn truncated_dataset(cut in 0usize..AKMOLA.len()) {
        let cut = boundary(AKMOLA, cut);
        let result = model::load_text(&AKMOLA[..cut], "cut.ron");
        // Only the whole file (or all but trailing whitespace) can load.
        if cut + 2 < AKMOLA.trim_end().len() {
            prop_assert!(result.is_err());
        }
    }

    #[test]
    fn mutated_dataset(at in 0usize..AKMOLA.len(), len in 0usize..16, insert in "[\\[\\](){}:,\"a-z0-9-]{0,8}") {
        let start = boundary(AKMOLA, at);
        let end = boundary(AKMOLA, start + len);
        let text = format!("{}{}{}", &AKMOLA[..start], insert, &AKMOLA[end..]);
        if let Ok(loaded) = model::load_text(&text, "mutated.ron") {
            // Whatever loads must also derive without panicking.
            let _ = briefdesk::view_model::Briefing::from_dataset(&loaded.dataset, &briefdesk::view_model::Settings::default());
            for finding in &loaded.findings {
                prop_assert!(!finding.message().is_empty());
            }
        }
    }
}
