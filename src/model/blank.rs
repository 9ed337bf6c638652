//! A new, empty briefing: what File → New and `briefdesk import` into a missing file start
//! from.

use std::collections::BTreeMap;

use super::{DEFAULT_LANGUAGE, Dataset, FORMAT_VERSION, Text};

/// A dataset of the current format with nothing in it yet, its texts in Russian.
pub fn new_dataset() -> Dataset {
    Dataset {
        format: FORMAT_VERSION,
        title: Text::default(),
        region: Text::default(),
        region_names: BTreeMap::new(),
        language: Some(DEFAULT_LANGUAGE.to_owned()),
        translations: Vec::new(),
        period: None,
        as_of: None,
        meeting: None,
        people: Vec::new(),
        places: Vec::new(),
        sources: Vec::new(),
        districts: Vec::new(),
        centres: Vec::new(),
        centre_totals: None,
        services: None,
        corruption: None,
        statements: Vec::new(),
        recommendations: Vec::new(),
    }
}
