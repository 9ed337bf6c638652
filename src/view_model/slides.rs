//! The slides of the presentation, derived from the briefing, and how the preparer arranged
//! them (order and visibility, saved with the notes).

use super::{Briefing, FigureView};
use crate::i18n::{Arg, Language, tr, tr_args};
use crate::model::FigureKey;

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
    /// Which part of a long chart it shows, from 1 (a chart too long for one slide goes on
    /// over consecutive slides rather than thinning its bars).
    pub page: usize,
    /// How many slides its chart takes (1 for every other slide).
    pub pages: usize,
    /// The chart rows it shows.
    pub rows: std::ops::Range<usize>,
}

/// A chart of single (or stacked) bars keeps to one slide up to this many rows: that many
/// still have names at the smallest slide text on a 4:3 wall under a two-line title.
pub const ONE_SLIDE_ROWS: usize = 15;
/// Rows per slide of a longer chart of single bars.
pub const PAGE_ROWS: usize = 15;
/// The same for charts with several bars a row (three measures per district).
pub const ONE_SLIDE_GROUPED_ROWS: usize = 10;

/// How `total` rows go over slides: the ranges of rows, as even as they can be.
pub fn pages(total: usize, grouped: bool) -> Vec<std::ops::Range<usize>> {
    let (limit, per) = if grouped {
        (ONE_SLIDE_GROUPED_ROWS, ONE_SLIDE_GROUPED_ROWS)
    } else {
        (ONE_SLIDE_ROWS, PAGE_ROWS)
    };
    if total <= limit {
        return std::iter::once(0..total).collect();
    }
    let count = total.div_ceil(per);
    let base = total / count;
    let extra = total % count;
    let mut start = 0;
    (0..count)
        .map(|i| {
            let len = base + usize::from(i < extra);
            let range = start..start + len;
            start += len;
            range
        })
        .collect()
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
    let mut slides = Vec::new();
    for (kind, title) in kinds {
        let (rows, grouped) = match kind {
            SlideKind::Districts => (b.districts.as_ref().map_or(0, |s| s.bars.len()), false),
            SlideKind::Centres => (b.rental.rows.len(), false),
            SlideKind::CorruptionDistricts => (b.corruption.rows.len(), false),
            _ => (0, false),
        };
        let parts = pages(rows.min(super::CHART_ROW_LIMIT), grouped);
        let count = parts.len();
        for (i, range) in parts.into_iter().enumerate() {
            let page = i + 1;
            let key = if page == 1 {
                kind.key()
            } else {
                format!("{}:{page}", kind.key())
            };
            let title = if count > 1 {
                format!("{title} ({page}/{count})")
            } else {
                title.clone()
            };
            slides.push(SlideView {
                key,
                footer: footer(b, &kind, lang),
                kind: kind.clone(),
                title,
                page,
                pages: count,
                rows: range,
            });
        }
    }
    slides
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
        // The evidence's figures show on the slide; their sources go under it, as on the rest.
        SlideKind::Recommendation(id) => {
            let figures: Vec<&FigureView> = b
                .recommendation(id)
                .map(|r| {
                    r.evidence
                        .iter()
                        .filter_map(|e| e.figure.as_ref())
                        .collect()
                })
                .unwrap_or_default();
            vec![
                illustrative(figures.iter().any(|f| f.illustrative)),
                (!figures.is_empty()).then(|| source_lines(figures.into_iter())),
            ]
        }
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

impl Briefing {
    /// The slides' keys, in the default order (what a [`crate::notes::SlidePlan`] arranges).
    pub fn slide_keys(&self) -> Vec<&str> {
        self.slides.iter().map(|s| s.key.as_str()).collect()
    }
}
