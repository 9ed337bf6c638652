//! Recommendations with the evidence they rest on.

use super::Context;
use super::figures::FigureView;
use crate::i18n::tr;
use crate::model::{ChartKind, Evidence, FigureKey};

/// Where a piece of evidence leads when clicked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EvidenceTarget {
    /// A regional figure (shown on the overview).
    Figure(FigureKey),
    /// A chart.
    Chart(ChartKind),
    /// A district (highlighted on the districts chart).
    District(String),
    /// A centre (on the centres chart).
    Centre(String),
}

/// One piece of evidence, labelled.
#[derive(Clone, Debug, PartialEq)]
pub struct EvidenceView {
    /// "ЭЦП: около 80 000", "График: аренда ЦОН".
    pub label: String,
    /// Where it leads.
    pub target: EvidenceTarget,
    /// The figure itself, when the evidence is a figure: its value with the qualifier, its
    /// period and source (a slide shows these, not the label).
    pub figure: Option<FigureView>,
}

/// A recommendation ready to show.
#[derive(Clone, Debug, PartialEq)]
pub struct RecommendationView {
    /// Stable id (notes are keyed by it).
    pub id: String,
    /// Its number in the list, from 1.
    pub number: usize,
    /// The text.
    pub text: String,
    /// Who made it: name and role.
    pub by: Option<String>,
    /// Topic.
    pub topic: Option<String>,
    /// The evidence.
    pub evidence: Vec<EvidenceView>,
}

fn chart_label_key(chart: ChartKind) -> &'static str {
    match chart {
        ChartKind::Districts => "chart-districts",
        ChartKind::Centres => "chart-centres",
        ChartKind::Corruption => "chart-corruption",
    }
}

pub(crate) fn recommendations(ctx: &Context<'_>, tiles: &[FigureView]) -> Vec<RecommendationView> {
    let lang = ctx.lang;
    let d = ctx.dataset;
    d.recommendations
        .iter()
        .enumerate()
        .map(|(i, rec)| {
            let evidence = rec
                .evidence
                .iter()
                .filter_map(|e| match e {
                    Evidence::Figure(key) => {
                        let key = FigureKey::parse(key)?;
                        let tile = tiles.iter().find(|t| t.key == Some(key))?;
                        Some(EvidenceView {
                            label: format!("{}: {}", tile.label, tile.text),
                            target: EvidenceTarget::Figure(key),
                            figure: Some(tile.clone()),
                        })
                    }
                    Evidence::Chart(chart) => Some(EvidenceView {
                        label: format!(
                            "{}: {}",
                            tr(lang, "chart-label"),
                            tr(lang, chart_label_key(*chart))
                        ),
                        target: EvidenceTarget::Chart(*chart),
                        figure: None,
                    }),
                    Evidence::District(id) => {
                        let index = *ctx.district_index.get(id.as_str())?;
                        Some(EvidenceView {
                            label: ctx.district_name(index),
                            target: EvidenceTarget::District(id.clone()),
                            figure: None,
                        })
                    }
                    Evidence::Centre(id) => {
                        let centre = d.centres.iter().find(|c| &c.id == id)?;
                        Some(EvidenceView {
                            label: ctx.text(&centre.name),
                            target: EvidenceTarget::Centre(id.clone()),
                            figure: None,
                        })
                    }
                })
                .collect();
            RecommendationView {
                id: rec.id.clone(),
                number: i + 1,
                text: ctx.text(&rec.text),
                by: rec.by.as_deref().map(|id| super::person_line(ctx, id)),
                topic: ctx.text_opt(rec.topic.as_ref()),
                evidence,
            }
        })
        .collect()
}
