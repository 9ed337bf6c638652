//! Editing a dataset: the undo and redo history, and what an edit changes. No egui here: the
//! editor screens change the dataset in place and report each change with the field it was
//! in, and the history keeps the states before.

use std::time::{Duration, Instant};

use crate::model::{Dataset, Evidence};

/// Typing into one field within this long of the last keystroke is one step of the history.
const COALESCE: Duration = Duration::from_millis(1_500);

/// The most steps kept (the oldest go first).
const LIMIT: usize = 200;

/// The states of a dataset before each edit, and after each undo.
#[derive(Debug, Default)]
pub struct History {
    undo: Vec<Dataset>,
    redo: Vec<Dataset>,
    /// The field last typed into, and when: keystrokes there join the same step.
    last: Option<(String, Instant)>,
}

impl History {
    /// Records that `before` was changed in the field `field` (a path such as
    /// `districts[3].name.kk`). Typing on in the same field soon after joins the same step.
    pub fn record(&mut self, before: Dataset, field: &str, now: Instant) {
        let joins = self
            .last
            .as_ref()
            .is_some_and(|(f, at)| f == field && now.duration_since(*at) < COALESCE);
        if !joins || self.undo.is_empty() {
            self.undo.push(before);
            if self.undo.len() > LIMIT {
                self.undo.remove(0);
            }
        }
        self.redo.clear();
        self.last = Some((field.to_owned(), now));
    }

    /// Ends the step being typed: the next edit is a step of its own.
    pub fn seal(&mut self) {
        self.last = None;
    }

    /// Goes back one step: `current` becomes the state before the last edit. `false` when
    /// there is nothing to undo.
    pub fn undo(&mut self, current: &mut Dataset) -> bool {
        let Some(before) = self.undo.pop() else {
            return false;
        };
        self.redo.push(std::mem::replace(current, before));
        self.last = None;
        true
    }

    /// Goes forward one step again. `false` when there is nothing to redo.
    pub fn redo(&mut self, current: &mut Dataset) -> bool {
        let Some(after) = self.redo.pop() else {
            return false;
        };
        self.undo.push(std::mem::replace(current, after));
        self.last = None;
        true
    }

    /// Whether there is a step to undo.
    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    /// Whether there is a step to redo.
    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// Forgets every step (another dataset was opened).
    pub fn clear(&mut self) {
        *self = Self::default();
    }
}

/// What refers to a district: the parts that go with it when it is deleted, and the places
/// left without a district. Names are in the language asked for.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DistrictLinks {
    /// The centres in the district.
    pub centres: Vec<String>,
    /// Its rows of case counts.
    pub case_rows: usize,
    /// Its rows of services.
    pub service_rows: usize,
    /// Recommendations' evidence naming the district or one of its centres.
    pub evidence: usize,
    /// The places in it: they stay, without a district.
    pub places: Vec<String>,
}

impl DistrictLinks {
    /// Whether nothing refers to the district.
    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }
}

/// The id of the district at `index` when deleting it takes other parts with it: no other
/// district has that id (a duplicate id leaves its references to the other one).
fn linked_id(d: &Dataset, index: usize) -> Option<&str> {
    let id = d.districts.get(index)?.id.as_str();
    let shared = d
        .districts
        .iter()
        .enumerate()
        .any(|(i, x)| i != index && x.id == id);
    (!shared).then_some(id)
}

/// What refers to the district at `index`, named in `lang`.
pub fn district_links(d: &Dataset, index: usize, lang: &str) -> DistrictLinks {
    let Some(id) = linked_id(d, index) else {
        return DistrictLinks::default();
    };
    let own = d.language();
    let centres: Vec<&str> = d
        .centres
        .iter()
        .filter(|c| c.district == id)
        .map(|c| c.id.as_str())
        .collect();
    DistrictLinks {
        centres: d
            .centres
            .iter()
            .filter(|c| c.district == id)
            .map(|c| c.name.get(lang, own).text.to_owned())
            .collect(),
        case_rows: d
            .corruption
            .iter()
            .flat_map(|c| &c.per_district)
            .filter(|r| r.district == id)
            .count(),
        service_rows: d
            .services
            .iter()
            .flat_map(|s| &s.per_district)
            .filter(|r| r.district == id)
            .count(),
        evidence: d
            .recommendations
            .iter()
            .flat_map(|r| &r.evidence)
            .filter(|e| names(e, id, &centres))
            .count(),
        places: d
            .places
            .iter()
            .filter(|p| p.district.as_deref() == Some(id))
            .map(|p| p.name.get(lang, own).text.to_owned())
            .collect(),
    }
}

/// Whether `e` names the district `id` or one of `centres`.
fn names(e: &Evidence, id: &str, centres: &[&str]) -> bool {
    match e {
        Evidence::District(d) => d == id,
        Evidence::Centre(c) => centres.contains(&c.as_str()),
        Evidence::Figure(_) | Evidence::Chart(_) => false,
    }
}

/// Deletes the district at `index` with what goes with it (see [`district_links`]): its
/// centres, its rows of case counts and services, and the evidence naming it or its centres;
/// its places stay, without a district. Nothing is left pointing at it.
pub fn remove_district(d: &mut Dataset, index: usize) {
    if index >= d.districts.len() {
        return;
    }
    if let Some(id) = linked_id(d, index).map(str::to_owned) {
        let centres: Vec<String> = d
            .centres
            .iter()
            .filter(|c| c.district == id)
            .map(|c| c.id.clone())
            .collect();
        let centre_ids: Vec<&str> = centres.iter().map(String::as_str).collect();
        for r in &mut d.recommendations {
            r.evidence.retain(|e| !names(e, &id, &centre_ids));
        }
        d.centres.retain(|c| c.district != id);
        if let Some(c) = &mut d.corruption {
            c.per_district.retain(|r| r.district != id);
        }
        if let Some(s) = &mut d.services {
            s.per_district.retain(|r| r.district != id);
        }
        for p in &mut d.places {
            if p.district.as_deref() == Some(id.as_str()) {
                p.district = None;
            }
        }
    }
    d.districts.remove(index);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{self, Text};

    fn dataset() -> Dataset {
        model::load_text("Briefing(format: 2, title: \"a\", region: \"r\")", "t.ron")
            .expect("a minimal dataset")
            .dataset
    }

    #[test]
    fn typing_in_one_field_is_one_step_and_undo_redo_walk_the_steps() {
        let mut history = History::default();
        let mut d = dataset();
        let t0 = Instant::now();
        for (i, title) in ["ab", "abc", "abcd"].into_iter().enumerate() {
            let before = d.clone();
            d.title = Text::from(title);
            history.record(before, "title", t0 + Duration::from_millis(200 * i as u64));
        }
        let before = d.clone();
        d.region = Text::from("r2");
        history.record(before, "region", t0 + Duration::from_millis(700));
        assert!(history.undo(&mut d));
        assert_eq!(d.region, Text::from("r"));
        assert_eq!(d.title, Text::from("abcd"));
        assert!(history.undo(&mut d));
        assert_eq!(d.title, Text::from("a"), "the typing was one step");
        assert!(!history.undo(&mut d));
        assert!(history.redo(&mut d));
        assert_eq!(d.title, Text::from("abcd"));
        assert!(history.redo(&mut d));
        assert_eq!(d.region, Text::from("r2"));
        assert!(!history.redo(&mut d));
    }

    #[test]
    fn a_district_goes_with_what_refers_to_it_and_its_places_stay() {
        let mut d = model::embedded().expect("embedded").dataset;
        let index = d
            .districts
            .iter()
            .position(|x| x.id == "akkol")
            .expect("Akkol");
        let links = district_links(&d, index, "ru");
        assert_eq!(links.centres, ["ЦОН Аккольского района"]);
        assert_eq!((links.case_rows, links.places.len()), (1, 1));
        assert_eq!(links.places, ["Акколь"]);
        let places = d.places.len();
        remove_district(&mut d, index);
        assert!(d.districts.iter().all(|x| x.id != "akkol"));
        assert!(d.centres.iter().all(|c| c.district != "akkol"));
        assert_eq!(d.places.len(), places, "the places stay");
        // Nothing refers to a district that is not there.
        let loaded = model::load_text(&model::to_ron(&d).expect("written as RON"), "t.ron")
            .expect("reads back");
        assert!(
            loaded.findings.iter().all(|f| !f.is_error()),
            "{:?}",
            loaded.findings
        );
        // A district named in a recommendation's evidence: the evidence goes with it.
        let index = d
            .districts
            .iter()
            .position(|x| x.id == "astrakhan")
            .expect("Astrakhan");
        assert!(district_links(&d, index, "ru").evidence >= 1);
        remove_district(&mut d, index);
        assert!(
            d.recommendations
                .iter()
                .flat_map(|r| &r.evidence)
                .all(|e| *e != Evidence::District("astrakhan".to_owned()))
        );
        // A district with nothing referring to it has no links.
        d.districts.push(d.districts[0].clone());
        d.districts.last_mut().expect("added").id = "new".to_owned();
        assert!(district_links(&d, d.districts.len() - 1, "ru").is_empty());
    }

    #[test]
    fn a_pause_or_a_new_edit_after_undo_starts_a_new_step() {
        let mut history = History::default();
        let mut d = dataset();
        let t0 = Instant::now();
        let before = d.clone();
        d.title = Text::from("x");
        history.record(before, "title", t0);
        let before = d.clone();
        d.title = Text::from("xy");
        history.record(before, "title", t0 + Duration::from_secs(5));
        assert!(history.undo(&mut d));
        assert_eq!(d.title, Text::from("x"));
        let before = d.clone();
        d.title = Text::from("xz");
        history.record(before, "title", t0 + Duration::from_secs(6));
        assert!(!history.can_redo(), "a new edit drops what was undone");
        assert!(history.undo(&mut d));
        assert_eq!(d.title, Text::from("x"));
    }
}
