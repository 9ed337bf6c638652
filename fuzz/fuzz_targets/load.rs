//! Any bytes: the loader returns a dataset or an error, and a loaded dataset derives a view-model.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    if let Ok(loaded) = briefdesk::model::load_bytes(bytes, "fuzz.ron") {
        let _ = briefdesk::view_model::Briefing::from_dataset(
            &loaded.dataset,
            &briefdesk::view_model::Settings::default(),
        );
    }
});
