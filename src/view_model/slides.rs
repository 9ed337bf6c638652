//! The slides of the presentation, derived from the briefing, and how the preparer arranged
//! them (order and visibility, saved with the notes).

use super::{Briefing, FigureView};
use crate::i18n::{Arg, Language, tr, tr_args};
use crate::model::FigureKey;
use crate::notes::SlidePlan;

/// What a slide shows.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum SlideKind {
    /// Region, meeting, date, as-of date.
    Title,
    /// The regional figures that have no chart of their own (services).
    KeyFigures,
    /// The districts compared on the chosen metric.
    Districts,
    /// Centre rental status.
    Centres,
    /// Corruption cases for the region: crimes, persons prosecuted, managers.
    Corruption,
    /// Corruption crimes per district.
    CorruptionDistricts,
    /// One recommendation (by id) with its evidence and status.
    Recommendation(String),
}

impl SlideKind {
    /// The stable name the slide plan stores.
    pub fn key(&self) -> String {
        match self {
            Self::Title => "title".to_owned(),
            Self::KeyFigures => "key-figures".to_owned(),
            Self::Districts => "districts".to_owned(),
            Self::Centres => "centres".to_owned(),
            Self::Corruption => "corruption".to_owned(),
            Self::CorruptionDistricts => "corruption-districts".to_owned(),
            Self::Recommendation(id) => format!("recommendation:{id}"),
        }
    }
}

/// A slide in the list: what it shows and its name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SlideView {
    /// What it shows.
    pub kind: SlideKind,
    /// [`SlideKind::key`], computed once.
    pub key: String,
    /// Its name in lists and in the presenter view ("Рекомендация 3").
    pub title: String,
    /// The small print under it: sources, the illustrative mark's meaning.
    pub footer: Vec<String>,
}

/// A slide in the preparer's order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ArrangedSlide {
    /// Index into [`Briefing::slides`].
    pub index: usize,
    /// Whether it is shown when presenting.
    pub visible: bool,
}

/// Whether a regional figure is shown on a chart slide of its own.
fn has_chart_slide(key: Option<FigureKey>) -> bool {
    matches!(
        key,
        Some(
            FigureKey::CentresTotal
                | FigureKey::CentresRented
                | FigureKey::CorruptionCrimes
                | FigureKey::CorruptionPersons
                | FigureKey::CorruptionManagers
        )
    )
}

impl Briefing {
    /// The figures on the key-figures slide: those without a chart slide of their own.
    pub fn key_figure_tiles(&self) -> impl Iterator<Item = &FigureView> {
        self.tiles.iter().filter(|t| !has_chart_slide(t.key))
    }

    /// A recommendation by id.
    pub fn recommendation(&self, id: &str) -> Option<&super::RecommendationView> {
        self.recommendations.iter().find(|r| r.id == id)
    }
}

/// Every slide that has something to show, in the default order.
pub(crate) fn slides(b: &Briefing, lang: Language) -> Vec<SlideView> {
    let mut kinds: Vec<(SlideKind, String)> = Vec::new();
    let h = &b.header;
    if !h.title.is_empty() || !h.region.is_empty() {
        let title = if h.title.is_empty() {
            &h.region
        } else {
            &h.title
        };
        kinds.push((SlideKind::Title, title.clone()));
    }
    if b.key_figure_tiles().next().is_some() {
        kinds.push((SlideKind::KeyFigures, tr(lang, "key-figures")));
    }
    if let Some(series) = &b.districts {
        kinds.push((SlideKind::Districts, series.title.clone()));
    }
    if !b.rental.rows.is_empty() || !b.rental.split_text.is_empty() {
        kinds.push((SlideKind::Centres, tr(lang, "centres-title")));
    }
    if b.corruption.regional.iter().any(Option::is_some) {
        kinds.push((SlideKind::Corruption, tr(lang, "corruption-title")));
    }
    // With the districts slide on crimes already, a second chart of the same would repeat it.
    let districts_show_crimes = b
        .districts
        .as_ref()
        .is_some_and(|s| s.metric == super::DistrictMetric::Crimes);
    if !b.corruption.rows.is_empty() && !districts_show_crimes {
        kinds.push((
            SlideKind::CorruptionDistricts,
            tr(lang, "slide-corruption-districts"),
        ));
    }
    for r in &b.recommendations {
        let title = tr_args(
            lang,
            "slide-recommendation",
            &[("n", Arg::Text(&r.number.to_string()))],
        );
        kinds.push((SlideKind::Recommendation(r.id.clone()), title));
    }
    kinds
        .into_iter()
        .map(|(kind, title)| SlideView {
            key: kind.key(),
            footer: footer(b, &kind, lang),
            kind,
            title,
        })
        .collect()
}

/// The small print under a slide.
fn footer(b: &Briefing, kind: &SlideKind, lang: Language) -> Vec<String> {
    let illustrative = |yes: bool| yes.then(|| b.illustrative_note.clone());
    let lines: Vec<Option<String>> = match kind {
        SlideKind::Title => vec![
            b.sources
                .first()
                .map(|s| format!("{}: {}", tr(lang, "sources-label"), s.short)),
        ],
        SlideKind::KeyFigures => vec![
            illustrative(b.key_figure_tiles().any(|t| t.illustrative)),
            Some(source_lines(b.key_figure_tiles())),
        ],
        // The source line of a chart marks an illustrative source itself ("(* …)").
        SlideKind::Districts => b.districts.as_ref().map_or_else(Vec::new, |s| {
            vec![Some(s.missing_text.clone()), Some(s.footer.clone())]
        }),
        SlideKind::Centres => vec![Some(b.rental.footer.clone())],
        SlideKind::Corruption => {
            let regional: Vec<&FigureView> = b.corruption.regional.iter().flatten().collect();
            vec![
                illustrative(regional.iter().any(|f| f.illustrative)),
                Some(source_lines(regional.into_iter())),
            ]
        }
        SlideKind::CorruptionDistricts => vec![Some(b.corruption.footer.clone())],
        SlideKind::Recommendation(_) => Vec::new(),
    };
    lines
        .into_iter()
        .flatten()
        .filter(|l| !l.is_empty())
        .collect()
}

/// The figures' source lines, each once.
fn source_lines<'a>(figures: impl Iterator<Item = &'a FigureView>) -> String {
    let mut sources: Vec<&str> = Vec::new();
    for figure in figures {
        if !sources.contains(&figure.source_text.as_str()) {
            sources.push(&figure.source_text);
        }
    }
    sources.join("; ")
}

/// The slides in the preparer's order, each marked shown or hidden. Slides the plan does not
/// name (new in the dataset) go after the slide that precedes them by default.
pub fn arrange(slides: &[SlideView], plan: &SlidePlan) -> Vec<ArrangedSlide> {
    let position = |key: &str| slides.iter().position(|s| s.key == key);
    let mut order: Vec<usize> = Vec::with_capacity(slides.len());
    for key in &plan.order {
        if let Some(i) = position(key)
            && !order.contains(&i)
        {
            order.push(i);
        }
    }
    for i in 0..slides.len() {
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
            let slide = slides.get(index)?;
            Some(ArrangedSlide {
                index,
                visible: !plan.hidden.contains(&slide.key),
            })
        })
        .collect()
}

/// The plan with the slide `key` moved `delta` places (negative: earlier).
pub fn move_slide(slides: &[SlideView], plan: &SlidePlan, key: &str, delta: isize) -> SlidePlan {
    let arranged = arrange(slides, plan);
    let mut keys: Vec<String> = arranged
        .iter()
        .filter_map(|a| slides.get(a.index).map(|s| s.key.clone()))
        .collect();
    if let Some(from) = keys.iter().position(|k| k == key) {
        let to = from
            .saturating_add_signed(delta)
            .min(keys.len().saturating_sub(1));
        let moved = keys.remove(from);
        keys.insert(to, moved);
    }
    // Keys of slides this dataset lacks keep their place in the saved order.
    for (i, old) in plan.order.iter().enumerate() {
        if !keys.contains(old) {
            keys.insert(i.min(keys.len()), old.clone());
        }
    }
    SlidePlan {
        order: keys,
        hidden: plan.hidden.clone(),
    }
}

/// The plan with the slide `key` shown or hidden.
pub fn set_visible(plan: &SlidePlan, key: &str, visible: bool) -> SlidePlan {
    let mut plan = plan.clone();
    if visible {
        plan.hidden.remove(key);
    } else {
        plan.hidden.insert(key.to_owned());
    }
    plan
}

/// The slides shown when presenting, in order: indices into [`Briefing::slides`].
pub fn deck(slides: &[SlideView], plan: &SlidePlan) -> Vec<usize> {
    arrange(slides, plan)
        .into_iter()
        .filter(|a| a.visible)
        .map(|a| a.index)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn views(keys: &[&str]) -> Vec<SlideView> {
        keys.iter()
            .map(|k| SlideView {
                kind: SlideKind::Recommendation((*k).to_owned()),
                key: (*k).to_owned(),
                title: (*k).to_owned(),
                footer: Vec::new(),
            })
            .collect()
    }

    fn keys(slides: &[SlideView], arranged: &[ArrangedSlide]) -> Vec<String> {
        arranged
            .iter()
            .map(|a| slides[a.index].key.clone())
            .collect()
    }

    #[test]
    fn the_default_plan_keeps_the_default_order() {
        let s = views(&["a", "b", "c"]);
        let arranged = arrange(&s, &SlidePlan::default());
        assert_eq!(keys(&s, &arranged), ["a", "b", "c"]);
        assert!(arranged.iter().all(|a| a.visible));
    }

    #[test]
    fn moving_and_hiding_change_the_deck() {
        let s = views(&["a", "b", "c", "d"]);
        let plan = move_slide(&s, &SlidePlan::default(), "c", -2);
        assert_eq!(keys(&s, &arrange(&s, &plan)), ["c", "a", "b", "d"]);
        let plan = set_visible(&plan, "a", false);
        assert_eq!(deck(&s, &plan), [2, 1, 3]);
        let plan = move_slide(&s, &plan, "c", 10);
        assert_eq!(keys(&s, &arrange(&s, &plan)), ["a", "b", "d", "c"]);
        let plan = set_visible(&plan, "a", true);
        assert_eq!(deck(&s, &plan), [0, 1, 3, 2]);
    }

    #[test]
    fn a_new_slide_goes_after_its_default_predecessor() {
        let s = views(&["a", "b", "c", "d"]);
        let plan = SlidePlan {
            order: vec!["d".into(), "a".into(), "c".into()],
            ..SlidePlan::default()
        };
        // "b" was not in the saved order: it follows "a".
        assert_eq!(keys(&s, &arrange(&s, &plan)), ["d", "a", "b", "c"]);
    }

    #[test]
    fn keys_of_missing_slides_survive_a_move() {
        let s = views(&["a", "b"]);
        let plan = SlidePlan {
            order: vec!["gone".into(), "b".into(), "a".into()],
            hidden: ["gone".to_owned()].into(),
        };
        let moved = move_slide(&s, &plan, "a", -1);
        assert!(moved.order.contains(&"gone".to_owned()));
        assert_eq!(keys(&s, &arrange(&s, &moved)), ["a", "b"]);
        assert!(moved.hidden.contains("gone"));
    }

    #[test]
    fn duplicate_keys_in_a_plan_are_ignored() {
        let s = views(&["a", "b", "c"]);
        let plan = SlidePlan {
            order: vec!["c".into(), "b".into(), "c".into()],
            ..SlidePlan::default()
        };
        // "a" has no default predecessor, so it goes first.
        assert_eq!(keys(&s, &arrange(&s, &plan)), ["a", "c", "b"]);
    }
}
