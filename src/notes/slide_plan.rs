//! How the preparer arranged the slides: their order, which are hidden, what the presenter
//! says on each (speaker notes), and whether the recommendations' status shows on the wall.
//! Saved with the notes.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

/// The slides' order and visibility. Slides are named by their key (`title`, `districts`,
/// `recommendation:r3` …); keys the dataset no longer has are kept, so a slide that comes back
/// keeps its place.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct SlidePlan {
    /// Slide keys in the chosen order; slides not listed keep their default place.
    pub order: Vec<String>,
    /// Keys of the hidden slides.
    pub hidden: BTreeSet<String>,
    /// What the presenter says on each slide, by key: shown to the presenter, never on the
    /// wall.
    pub speaker_notes: BTreeMap<String, String>,
    /// Whether a recommendation's slide shows its status, owner and due date (off: the wall
    /// shows the recommendation and its evidence only).
    pub show_status: bool,
}

/// A slide in the preparer's order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ArrangedSlide {
    /// Index into the default list of slides.
    pub index: usize,
    /// Whether it is shown when presenting.
    pub visible: bool,
}

impl SlidePlan {
    /// Whether nothing was changed from the default.
    pub fn is_default(&self) -> bool {
        self.order.is_empty()
            && self.hidden.is_empty()
            && self.speaker_notes.values().all(|n| n.trim().is_empty())
            && !self.show_status
    }

    /// The slides (named by `keys`, in the default order) in the preparer's order, each marked
    /// shown or hidden. Slides the plan does not name (new in the dataset) go after the slide
    /// that precedes them by default.
    pub fn arrange<K: AsRef<str>>(&self, keys: &[K]) -> Vec<ArrangedSlide> {
        let position = |key: &str| keys.iter().position(|k| k.as_ref() == key);
        let mut order: Vec<usize> = Vec::with_capacity(keys.len());
        for key in &self.order {
            if let Some(i) = position(key)
                && !order.contains(&i)
            {
                order.push(i);
            }
        }
        for i in 0..keys.len() {
            if order.contains(&i) {
                continue;
            }
            // After the nearest slide that comes before it by default, or first.
            let at = (0..i)
                .rev()
                .find_map(|before| order.iter().position(|&o| o == before))
                .map_or(0, |p| p + 1);
            order.insert(at, i);
        }
        order
            .into_iter()
            .filter_map(|index| {
                let key = keys.get(index)?;
                Some(ArrangedSlide {
                    index,
                    visible: !self.hidden.contains(key.as_ref()),
                })
            })
            .collect()
    }

    /// The slides shown when presenting, in order: indices into `keys`.
    pub fn deck<K: AsRef<str>>(&self, keys: &[K]) -> Vec<usize> {
        self.arrange(keys)
            .into_iter()
            .filter(|a| a.visible)
            .map(|a| a.index)
            .collect()
    }

    /// The plan with the slide `key` moved `delta` places (negative: earlier).
    #[must_use]
    pub fn moved<K: AsRef<str>>(&self, keys: &[K], key: &str, delta: isize) -> Self {
        let mut ordered: Vec<String> = self
            .arrange(keys)
            .iter()
            .filter_map(|a| keys.get(a.index).map(|k| k.as_ref().to_owned()))
            .collect();
        if let Some(from) = ordered.iter().position(|k| k == key) {
            let to = from
                .saturating_add_signed(delta)
                .min(ordered.len().saturating_sub(1));
            let moved = ordered.remove(from);
            ordered.insert(to, moved);
        }
        // Keys of slides this dataset lacks keep their place in the saved order.
        for (i, old) in self.order.iter().enumerate() {
            if !ordered.contains(old) {
                ordered.insert(i.min(ordered.len()), old.clone());
            }
        }
        Self {
            order: ordered,
            ..self.clone()
        }
    }

    /// The plan with `text` as what the presenter says on slide `key`.
    #[must_use]
    pub fn with_speaker_note(&self, key: &str, text: &str) -> Self {
        let mut plan = self.clone();
        if text.trim().is_empty() {
            plan.speaker_notes.remove(key);
        } else {
            plan.speaker_notes.insert(key.to_owned(), text.to_owned());
        }
        plan
    }

    /// What the presenter says on slide `key` ("" when nothing).
    pub fn speaker_note(&self, key: &str) -> &str {
        self.speaker_notes.get(key).map_or("", String::as_str)
    }

    /// The plan with the slide `key` shown or hidden.
    #[must_use]
    pub fn with_visible(&self, key: &str, visible: bool) -> Self {
        let mut plan = self.clone();
        if visible {
            plan.hidden.remove(key);
        } else {
            plan.hidden.insert(key.to_owned());
        }
        plan
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(all: &[&str], arranged: &[ArrangedSlide]) -> Vec<String> {
        arranged.iter().map(|a| all[a.index].to_owned()).collect()
    }

    #[test]
    fn the_default_plan_keeps_the_default_order() {
        let s = ["a", "b", "c"];
        let arranged = SlidePlan::default().arrange(&s);
        assert_eq!(keys(&s, &arranged), ["a", "b", "c"]);
        assert!(arranged.iter().all(|a| a.visible));
    }

    #[test]
    fn moving_and_hiding_change_the_deck() {
        let s = ["a", "b", "c", "d"];
        let plan = SlidePlan::default().moved(&s, "c", -2);
        assert_eq!(keys(&s, &plan.arrange(&s)), ["c", "a", "b", "d"]);
        let plan = plan.with_visible("a", false);
        assert_eq!(plan.deck(&s), [2, 1, 3]);
        let plan = plan.moved(&s, "c", 10);
        assert_eq!(keys(&s, &plan.arrange(&s)), ["a", "b", "d", "c"]);
        let plan = plan.with_visible("a", true);
        assert_eq!(plan.deck(&s), [0, 1, 3, 2]);
    }

    #[test]
    fn a_new_slide_goes_after_its_default_predecessor() {
        let s = ["a", "b", "c", "d"];
        let plan = SlidePlan {
            order: vec!["d".into(), "a".into(), "c".into()],
            ..SlidePlan::default()
        };
        // "b" was not in the saved order: it follows "a".
        assert_eq!(keys(&s, &plan.arrange(&s)), ["d", "a", "b", "c"]);
    }

    #[test]
    fn keys_of_missing_slides_survive_a_move() {
        let s = ["a", "b"];
        let plan = SlidePlan {
            order: vec!["gone".into(), "b".into(), "a".into()],
            hidden: ["gone".to_owned()].into(),
            ..SlidePlan::default()
        };
        let moved = plan.moved(&s, "a", -1);
        assert!(moved.order.contains(&"gone".to_owned()));
        assert_eq!(keys(&s, &moved.arrange(&s)), ["a", "b"]);
        assert!(moved.hidden.contains("gone"));
    }

    #[test]
    fn duplicate_keys_in_a_plan_are_ignored() {
        let s = ["a", "b", "c"];
        let plan = SlidePlan {
            order: vec!["c".into(), "b".into(), "c".into()],
            ..SlidePlan::default()
        };
        // "a" has no default predecessor, so it goes first.
        assert_eq!(keys(&s, &plan.arrange(&s)), ["a", "c", "b"]);
    }
}
