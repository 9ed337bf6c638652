//! Slides of words and figures: the title slide, the key figures, and each recommendation with
//! its evidence shown as the figures themselves (value, qualifier, period, source) and, where
//! it names a chart, the chart's first rows.

use egui::emath::GuiRounding as _;
use egui::{Align, Layout, Rect, Ui, UiBuilder, vec2};

use super::{
    LINE_HEIGHT, SlideFrame, SlideScale, bold_text, fitted_size, line_count, size_for, text,
};
use crate::i18n::{Arg, tr, tr_args};
use crate::model::ChartKind;
use crate::notes::Status;
use crate::ui::charts::{ChartLook, bar_chart_ui};
use crate::ui::theme::Palette;
use crate::view_model::{Briefing, ChartSpec, EvidenceTarget, FigureView, RecommendationView};

pub(super) fn title_slide_ui(ui: &mut Ui, b: &Briefing, frame: &SlideFrame<'_>, scale: SlideScale) {
    let h = &b.header;
    let palette = &frame.palette;
    let lines: Vec<&str> = [
        h.meeting_title.as_deref(),
        h.meeting_when_where.as_deref(),
        h.chair.as_deref(),
    ]
    .into_iter()
    .flatten()
    .collect();
    // The largest sizes at which the whole block fits above the footer.
    let width = ui.available_width();
    let room = ui.available_height();
    let u = scale.small;
    let block = |f: f32| {
        let title = fitted_size(
            ui,
            &h.title,
            true,
            (scale.title() * f, scale.display() * 0.8 * f),
            width,
            3,
        );
        let title_h = line_count(ui, &h.title, true, title, width) as f32 * title * LINE_HEIGHT;
        let body = scale.body() * 1.1 * f;
        let lines_h: f32 = lines
            .iter()
            .chain(std::iter::once(&b.chart_subtitle.as_str()))
            .map(|l| line_count(ui, l, false, body, width) as f32 * body * LINE_HEIGHT)
            .sum();
        (title, body, title_h + lines_h + u * 4.5)
    };
    let (title_size, body_size, needed) = [1.0, 0.9, 0.8, 0.7, 0.6]
        .into_iter()
        .map(block)
        .find(|(_, _, needed)| *needed <= room)
        .unwrap_or_else(|| block(0.6));
    ui.add_space(((room - needed) * 0.35).max(0.0).round());
    let (accent, _) = ui.allocate_exact_size(
        vec2(scale.small * 3.0, scale.small * 0.25).round_ui(),
        egui::Sense::hover(),
    );
    ui.painter().rect_filled(accent, 0.0, palette.bar);
    ui.add_space((scale.small * 0.6).round());
    if !h.region.is_empty() {
        ui.label(bold_text(&h.region, scale.body() * 1.2).color(palette.muted));
        ui.add_space((scale.small * 0.3).round());
    }
    ui.label(bold_text(&h.title, title_size));
    ui.add_space((u * 0.9).round());
    for line in lines {
        ui.label(text(line, body_size));
    }
    if !b.chart_subtitle.is_empty() {
        ui.add_space((u * 0.5).round());
        ui.label(text(&b.chart_subtitle, body_size * 0.92).color(palette.muted));
    }
}

/// Key figures as large values under their labels, in a grid that fills the slide.
pub(super) fn tiles_ui(ui: &mut Ui, tiles: &[&FigureView], scale: SlideScale, palette: &Palette) {
    let area = ui.available_rect_before_wrap();
    // Three across on a wide wall; two (and more rows) on a 4:3 one, so the values stay large.
    let columns = if tiles.len() <= 4 || area.width() / area.height() < 1.9 {
        2
    } else {
        3
    };
    let rows = tiles.len().div_ceil(columns).max(1);
    // The sources are in the slide's footer; each card keeps its own period.
    let cards: Vec<Card<'_>> = tiles
        .iter()
        .map(|t| Card {
            small: t.when.iter().map(String::as_str).collect(),
            ..Card::of_figure(t)
        })
        .collect();
    // Cards no taller than their figures need; a short grid sits a little above the middle.
    let height = area.height().min(scale.small * 11.0 * rows as f32);
    let area = Rect::from_min_size(
        area.min + vec2(0.0, ((area.height() - height) * 0.3).round()),
        vec2(area.width(), height),
    );
    cards_grid_ui(ui, area, &cards, (columns, rows), scale, palette);
}

/// What one card shows: a large value, what it is, and its small print.
struct Card<'a> {
    value: &'a str,
    label: &'a str,
    small: Vec<&'a str>,
    illustrative: bool,
    /// A name in the value's place (a centre): sized on its own, not with the figures.
    named: bool,
}

impl<'a> Card<'a> {
    fn of_figure(f: &'a FigureView) -> Self {
        let mut small: Vec<&str> = f.when.iter().map(String::as_str).collect();
        small.push(&f.source_text);
        Self {
            value: &f.text,
            label: &f.label,
            small,
            illustrative: f.illustrative,
            named: false,
        }
    }
}

/// Cards in a grid over `area`: each value as large as its card allows on one line.
fn cards_grid_ui(
    ui: &mut Ui,
    area: Rect,
    cards: &[Card<'_>],
    (columns, rows): (usize, usize),
    scale: SlideScale,
    palette: &Palette,
) {
    let u = scale.small;
    let gap = u * 0.8;
    let width = (area.width() - gap * (columns as f32 - 1.0)) / columns as f32;
    let height = ((area.height() - gap * (rows as f32 - 1.0)) / rows as f32).max(u * 4.0);
    // One value size for the figures of the grid (the longest decides), so that they compare.
    let room = width - u * 1.4;
    let largest = (scale.display() * 1.2).min(height * 0.34);
    let fit = |value: &str| fitted_size(ui, value, true, (u, largest), room, 1);
    let value_size = cards
        .iter()
        .filter(|c| !c.named)
        .map(|c| fit(c.value))
        .fold(largest, f32::min);
    // One label size too: the card with the least room under its value decides, and the
    // label stays smaller than the value.
    let inner_height = height - u * 1.4;
    let label_size = cards
        .iter()
        .map(|card| {
            let small: f32 = card
                .small
                .iter()
                .map(|l| line_count(ui, l, false, u, room) as f32 * u * LINE_HEIGHT + u * 0.12)
                .sum();
            let value = if card.named {
                u * 1.3 * LINE_HEIGHT * 2.0
            } else {
                value_size * LINE_HEIGHT
            };
            let left = inner_height - value - small - u * 0.5;
            let top = (scale.body() * 1.2).min(value_size * 0.7).max(u);
            let sizes = [top, top * 0.9, top * 0.8, u * 1.1, u];
            size_for(ui, card.label, false, &sizes, room, left)
        })
        .fold(scale.body() * 1.2, f32::min);
    for (i, card) in cards.iter().enumerate() {
        let (row, column) = (i / columns, i % columns);
        let min = area.min + vec2(column as f32 * (width + gap), row as f32 * (height + gap));
        let rect = Rect::from_min_size(min, vec2(width, height));
        ui.painter().rect(
            rect,
            u * 0.3,
            palette.card,
            egui::Stroke::new(1.0, palette.card_stroke),
            egui::StrokeKind::Inside,
        );
        let mut inner = ui.new_child(
            UiBuilder::new()
                .id_salt(("card", i))
                .max_rect(rect.shrink(u * 0.7).round_ui())
                .layout(Layout::top_down(Align::Min)),
        );
        inner.spacing_mut().item_spacing = vec2(u * 0.3, u * 0.12).round();
        let value_color = if card.illustrative {
            palette.warning
        } else {
            palette.text
        };
        let size = if card.named {
            size_for(
                &inner,
                card.value,
                true,
                &[scale.body() * 1.3, scale.body(), u * 1.1],
                room,
                height * 0.4,
            )
        } else {
            value_size
        };
        let wrap = if card.named {
            egui::TextWrapMode::Wrap
        } else {
            egui::TextWrapMode::Extend
        };
        inner.add(egui::Label::new(bold_text(card.value, size).color(value_color)).wrap_mode(wrap));
        inner.label(text(card.label, label_size));
        for line in &card.small {
            inner.label(text(*line, u).color(palette.muted));
        }
    }
    ui.advance_cursor_after_rect(Rect::from_min_size(
        area.min.round_ui(),
        vec2(area.width(), rows as f32 * (height + gap) - gap),
    ));
}

/// A recommendation: its words as large as they fit, who made it, and its evidence as the
/// figures themselves. Its status, owner and due date only when the presenter has switched them
/// on for the deck.
pub(super) fn recommendation_slide_ui(
    ui: &mut Ui,
    id: &str,
    frame: &SlideFrame<'_>,
    scale: SlideScale,
) {
    let Some(rec) = frame.briefing.recommendation(id) else {
        return;
    };
    let lang = frame.lang;
    let palette = &frame.palette;
    let u = scale.small;
    let count = frame.briefing.recommendations.len();
    let mut kicker = tr_args(
        lang,
        "slide-recommendation-of",
        &[
            ("n", Arg::Text(&rec.number.to_string())),
            ("count", Arg::Text(&count.to_string())),
        ],
    );
    if let Some(topic) = &rec.topic {
        kicker = format!("{kicker} · {topic}");
    }
    ui.label(text(kicker, scale.body()).color(palette.muted));
    ui.add_space((u * 0.3).round());
    let area = ui.available_rect_before_wrap();
    let width = area.width();
    // A slide holds a recommendation of a few sentences; a longer one is cut (it is whole on
    // the Recommendations screen and in the pack).
    let words = crate::wording::folded(&rec.text, 600).0;
    // The words take at most a third of the slide when there is evidence, all of it when not.
    let share = if rec.evidence.is_empty() { 0.8 } else { 0.36 };
    let size = [1.0, 0.9, 0.8, 0.72, 0.64, 0.56, 0.5]
        .into_iter()
        .map(|f| scale.title() * f)
        .find(|s| {
            line_count(ui, &words, true, *s, width) as f32 * s * LINE_HEIGHT
                <= area.height() * share
        })
        .unwrap_or(scale.body());
    ui.label(bold_text(words.as_ref(), size));
    if let Some(by) = &rec.by {
        ui.label(text(format!("— {by}"), scale.body()).color(palette.muted));
    }
    let plan = frame.notes.slide_plan();
    let status_room = if plan.show_status { u * 2.2 } else { 0.0 };
    ui.add_space((u * 0.8).round());
    let evidence = ui.available_rect_before_wrap();
    let evidence = Rect::from_min_max(
        evidence.min,
        egui::pos2(evidence.right(), evidence.bottom() - status_room),
    );
    evidence_ui(ui, evidence, rec, frame, scale);
    if plan.show_status {
        status_ui(ui, id, frame, scale);
    }
}

/// One card of evidence.
struct Fact {
    value: String,
    label: String,
    small: Vec<String>,
    illustrative: bool,
    named: bool,
}

impl Fact {
    fn named(name: &str) -> Self {
        Self {
            value: name.to_owned(),
            label: String::new(),
            small: Vec::new(),
            illustrative: false,
            named: true,
        }
    }
}

/// What a recommendation's evidence shows: cards for its figures, districts and centres, and
/// the charts it names (but not one that would only repeat the cards).
fn evidence_parts<'b>(
    rec: &RecommendationView,
    b: &'b Briefing,
) -> (Vec<Fact>, Vec<&'b ChartSpec>) {
    let mut facts: Vec<Fact> = Vec::new();
    let mut charts: Vec<&ChartSpec> = Vec::new();
    for e in &rec.evidence {
        match &e.target {
            EvidenceTarget::Figure(_) => {
                if let Some(f) = &e.figure {
                    // The sources are in the slide's footer.
                    let small: Vec<String> = f.when.iter().cloned().collect();
                    facts.push(Fact {
                        value: f.text.clone(),
                        label: f.label.clone(),
                        small,
                        illustrative: f.illustrative,
                        named: false,
                    });
                }
            }
            EvidenceTarget::District(id) => {
                let row = b
                    .charts()
                    .districts
                    .as_ref()
                    .and_then(|s| s.rows.iter().find(|r| &r.key == id).map(|r| (s, r)));
                if let Some((spec, row)) = row {
                    let value = row
                        .bars
                        .first()
                        .map(|b| b.end_label.clone())
                        .unwrap_or_default();
                    facts.push(Fact {
                        value,
                        label: row.name.clone(),
                        small: vec![spec.title.clone()],
                        illustrative: spec.illustrative,
                        named: false,
                    });
                } else {
                    facts.push(Fact::named(&e.label));
                }
            }
            EvidenceTarget::Centre(_) => {
                let rise = b.rental.rent_rises.iter().find(|r| r.centre == e.label);
                match rise {
                    Some(r) => facts.push(Fact {
                        value: e.label.clone(),
                        label: r.text.clone(),
                        small: vec![r.district.clone()],
                        illustrative: r.illustrative,
                        named: true,
                    }),
                    None => facts.push(Fact::named(&e.label)),
                }
            }
            EvidenceTarget::Chart(kind) => {
                let spec = match kind {
                    ChartKind::Districts => b.charts().districts.as_ref(),
                    ChartKind::Centres => b.charts().centres.as_ref(),
                    ChartKind::Corruption => b.charts().corruption.as_ref(),
                };
                // A chart of the same figures the cards show would only repeat them.
                let repeats = *kind == ChartKind::Corruption
                    && b.corruption.regional.iter().flatten().all(|f| {
                        rec.evidence
                            .iter()
                            .any(|e| e.figure.as_ref().is_some_and(|g| g.key == f.key))
                    });
                if let Some(spec) = spec.filter(|_| !repeats) {
                    charts.push(spec);
                }
            }
        }
    }
    (facts, charts)
}

/// The evidence: figures, districts and centres as cards; a chart as its first rows.
fn evidence_ui(
    ui: &mut Ui,
    area: Rect,
    rec: &RecommendationView,
    frame: &SlideFrame<'_>,
    scale: SlideScale,
) {
    let lang = frame.lang;
    let (facts, charts) = evidence_parts(rec, frame.briefing);
    let u = scale.small;
    // A chart goes under one row of cards; with more cards than a row holds, the cards carry
    // the evidence alone (the chart is a slide of its own).
    let chart = charts.first().copied().filter(|_| facts.len() <= 4);
    if !facts.is_empty() {
        let cards: Vec<Card<'_>> = facts
            .iter()
            .map(|f| Card {
                value: &f.value,
                label: &f.label,
                small: f.small.iter().map(String::as_str).collect(),
                illustrative: f.illustrative,
                named: f.named,
            })
            .collect();
        let columns = if cards.len() <= 4 {
            cards.len()
        } else {
            cards.len().div_ceil(2)
        };
        let rows = cards.len().div_ceil(columns);
        // The cards fill the room the words left (half of it when a chart follows), no taller
        // than a card needs.
        let room = if chart.is_some() {
            area.height() * 0.5
        } else {
            area.height()
        };
        let height = (room / rows as f32).min(u * 13.0) * rows as f32;
        // Spare room goes above the cards as well as below, so the slide is not top-heavy.
        let spare = if chart.is_some() {
            0.0
        } else {
            (room - height) * 0.25
        };
        let grid = Rect::from_min_size(area.min + vec2(0.0, spare), vec2(area.width(), height));
        cards_grid_ui(ui, grid, &cards, (columns, rows), scale, &frame.palette);
    }
    if let Some(spec) = chart {
        ui.add_space((u * 0.6).round());
        mini_chart_ui(ui, spec, frame, scale, lang);
    }
}

/// A chart's first rows, as many as the room below the cards holds at a readable size.
fn mini_chart_ui(
    ui: &mut Ui,
    spec: &ChartSpec,
    frame: &SlideFrame<'_>,
    scale: SlideScale,
    lang: crate::i18n::Language,
) {
    let u = scale.small;
    let room = ui.available_height() - u * 1.6;
    let row_height = u * 1.5;
    let fit = ((room - 8.0) / row_height).floor().max(0.0) as usize;
    let shown = fit.min(spec.rows.len()).min(6);
    if shown < 3 {
        return;
    }
    let caption = if shown < spec.rows.len() {
        tr_args(
            lang,
            "slide-first-rows",
            &[
                ("title", Arg::Text(&spec.title)),
                ("shown", Arg::Text(&shown.to_string())),
                ("total", Arg::Text(&spec.rows.len().to_string())),
            ],
        )
    } else {
        spec.title.clone()
    };
    ui.label(bold_text(caption, scale.body()));
    let plot_id = format!("{}-evidence-{}", frame.surface, spec.id);
    let look = ChartLook {
        id: &plot_id,
        rows: shown,
        max_value: spec.max_of_first(shown),
        highlight: None,
        bar_height: row_height / 1.3,
        label_size: u,
        row_gap: 0.3,
        legend: false,
        clickable: false,
        max_name_width: Some(ui.available_width() * 0.36),
        palette: frame.palette,
    };
    bar_chart_ui(ui, spec, &look);
}

/// The status, owner and due date, in the language's words.
fn status_ui(ui: &mut Ui, id: &str, frame: &SlideFrame<'_>, scale: SlideScale) {
    let lang = frame.lang;
    let palette = &frame.palette;
    let note = frame.notes.note(id).cloned().unwrap_or_default();
    let mut status = format!(
        "{} {}",
        tr(lang, "status-label"),
        tr(lang, note.status.label_key())
    );
    if !note.owner.trim().is_empty() {
        status = format!(
            "{status}   ·   {} {}",
            tr(lang, "owner-label"),
            note.owner.trim()
        );
    }
    if !note.due.trim().is_empty() {
        status = format!(
            "{status}   ·   {} {}",
            tr(lang, "due-label"),
            crate::wording::long_date(&note.due, lang)
        );
    }
    let status_color = match note.status {
        Status::Done => palette.ok,
        Status::Dropped => palette.muted,
        Status::Open | Status::InProgress => palette.text,
    };
    ui.add_space((scale.small * 0.5).round());
    ui.label(bold_text(status, scale.body()).color(status_color));
}
