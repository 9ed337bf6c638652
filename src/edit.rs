//! Editing a dataset: the undo and redo history, and what an edit changes. No egui here: the
//! editor screens change the dataset in place and report each change with the field it was
//! in, and the history keeps the states before.

use std::time::{Duration, Instant};

use crate::model::Dataset;

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
