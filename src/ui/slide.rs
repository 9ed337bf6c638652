//! One slide, drawn to fill a rectangle: the same code draws the wall, the presenter's previews
//! and the screenshots. Every size is a fraction of the slide's height, so the smallest text is
//! 1/30 of it at any window size, and nothing is shown only on hover.

use egui::emath::GuiRounding as _;
use egui::{Align, Layout, Rect, RichText, Ui, UiBuilder, vec2};

use super::charts::{ChartLook, bar_chart_ui, legend_ui};
use super::theme::{self, Palette};
use crate::i18n::{Arg, Language, tr, tr_args};
use crate::notes::{NotesStore, Status};
use crate::view_model::{Briefing, ChartSpec, FigureView, SlideKind, SlideView};

/// The smallest text on a slide, as a fraction of its height.
pub const MIN_TEXT_FRACTION: f32 = 1.0 / 30.0;

/// Line height of slide text, as a multiple of its size (PT Sans' own is 1.29: too loose for a
/// slide that must hold nineteen districts).
const LINE_HEIGHT: f32 = 1.17;

/// Slide text at `points` in the regular face, with the slide's line height.
fn text(content: impl Into<String>, points: f32) -> RichText {
    RichText::new(content)
        .size(points)
        .line_height(Some(points * LINE_HEIGHT))
}

/// Slide text at `points` in the bold face.
fn bold_text(content: impl Into<String>, points: f32) -> RichText {
    RichText::new(content)
        .font(theme::bold(points))
        .line_height(Some(points * LINE_HEIGHT))
}

/// Type sizes of a slide, from its height.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SlideScale {
    /// The smallest text: sources, slide number, names and values in charts.
    pub small: f32,
}

impl SlideScale {
    /// The scale of a slide `height` points high.
    pub fn of(height: f32) -> Self {
        Self {
            small: (height * MIN_TEXT_FRACTION).max(4.0),
        }
    }

    /// Body text: subtitles, evidence, status.
    pub fn body(self) -> f32 {
        self.small * 1.15
    }

    /// Slide titles.
    pub fn title(self) -> f32 {
        self.small * 1.4
    }

    /// Large values and the title slide's region.
    pub fn display(self) -> f32 {
        self.small * 2.4
    }
}

/// What a slide is drawn with.
pub struct SlideFrame<'a> {
    /// The derived briefing.
    pub briefing: &'a Briefing,
    /// The notes (for a recommendation's status).
    pub notes: &'a NotesStore,
    /// Interface language.
    pub lang: Language,
    /// Projector colours.
    pub palette: Palette,
    /// The slide's number in the deck, from 1.
    pub number: usize,
    /// How many slides the deck has.
    pub count: usize,
    /// Keeps widget ids apart when one window draws several slides.
    pub surface: &'static str,
}

/// Draws `slide` filling `rect`.
pub fn slide_ui(ui: &mut Ui, rect: Rect, slide: &SlideView, frame: &SlideFrame<'_>) {
    let scale = SlideScale::of(rect.height());
    let u = scale.small;
    let palette = &frame.palette;
    ui.painter().rect_filled(rect, 0.0, palette.background);
    let inner = Rect::from_min_max(
        rect.min + vec2(u * 1.4, u * 0.45),
        rect.max - vec2(u * 1.4, u * 0.45),
    );
    let footer = &slide.footer;
    let number = format!("{} / {}", frame.number, frame.count);
    let number_width = ui
        .painter()
        .layout_no_wrap(number.clone(), theme::font(u), palette.muted.into())
        .size()
        .x;
    let footer_width = (inner.width() - number_width - u).max(u * 4.0);
    let footer_height = footer
        .iter()
        .map(|line| {
            let lines = ui
                .painter()
                .layout(
                    line.clone(),
                    theme::font(u),
                    palette.muted.into(),
                    footer_width,
                )
                .rows
                .len();
            lines as f32 * u * LINE_HEIGHT
        })
        .sum::<f32>()
        .max(u * LINE_HEIGHT);
    let footer_rect = Rect::from_min_max(
        egui::pos2(inner.left(), inner.bottom() - footer_height),
        inner.max,
    );
    let body_rect = Rect::from_min_max(
        inner.min,
        egui::pos2(inner.right(), footer_rect.top() - u * 0.3),
    );

    let mut child = ui.new_child(
        UiBuilder::new()
            .id_salt((frame.surface, &slide.key))
            .max_rect(body_rect.round_ui())
            .layout(Layout::top_down(Align::Min)),
    );
    child.set_clip_rect(rect.intersect(ui.clip_rect()));
    {
        let visuals = child.visuals_mut();
        visuals.override_text_color = Some(palette.text.into());
        visuals.widgets.noninteractive.fg_stroke.color = palette.text.into();
    }
    child.spacing_mut().item_spacing = vec2(u * 0.4, u * 0.15).round();
    body_ui(&mut child, slide, frame, scale);

    let mut foot = ui.new_child(
        UiBuilder::new()
            .id_salt((frame.surface, "footer"))
            .max_rect(footer_rect.round_ui())
            .layout(Layout::top_down(Align::Min)),
    );
    foot.spacing_mut().item_spacing = vec2(0.0, 0.0);
    foot.set_width(footer_width);
    for line in footer {
        foot.label(text(line, u).color(palette.muted));
    }
    let number_rect = Rect::from_min_max(
        egui::pos2(
            footer_rect.right() - number_width - 2.0,
            footer_rect.bottom() - u * 1.25,
        ),
        footer_rect.max,
    );
    ui.new_child(
        UiBuilder::new()
            .id_salt((frame.surface, "number"))
            .max_rect(number_rect.round_ui())
            .layout(Layout::right_to_left(Align::Max)),
    )
    .label(text(number, u).color(palette.muted));
}

fn body_ui(ui: &mut Ui, slide: &SlideView, frame: &SlideFrame<'_>, scale: SlideScale) {
    let b = frame.briefing;
    match &slide.kind {
        SlideKind::Title => title_slide_ui(ui, b, frame, scale),
        SlideKind::KeyFigures => {
            let subtitle = b.header.as_of.as_deref().unwrap_or_default();
            heading_ui(ui, &slide.title, subtitle, scale, &frame.palette);
            let tiles: Vec<&FigureView> = b.key_figure_tiles().collect();
            tiles_ui(ui, &tiles, scale, &frame.palette);
        }
        SlideKind::Districts => chart_slide_ui(ui, b.charts().districts.as_ref(), frame, scale),
        SlideKind::Centres => {
            let Some(spec) = &b.charts().centres else {
                return;
            };
            heading_ui(ui, &spec.title, &spec.subtitle, scale, &frame.palette);
            if let Some(mismatch) = &b.rental.mismatch {
                ui.label(text(mismatch, scale.small).color(frame.palette.warning));
            }
            slide_chart_ui(ui, frame, spec, scale);
        }
        SlideKind::Corruption => chart_slide_ui(ui, b.charts().corruption.as_ref(), frame, scale),
        SlideKind::CorruptionDistricts => {
            chart_slide_ui(ui, b.charts().crimes_districts.as_ref(), frame, scale);
        }
        SlideKind::Recommendation(id) => recommendation_slide_ui(ui, id, frame, scale),
    }
}

/// A chart slide: the chart's title and subtitle, then the chart.
fn chart_slide_ui(
    ui: &mut Ui,
    spec: Option<&ChartSpec>,
    frame: &SlideFrame<'_>,
    scale: SlideScale,
) {
    let Some(spec) = spec else {
        return;
    };
    heading_ui(ui, &spec.title, &spec.subtitle, scale, &frame.palette);
    slide_chart_ui(ui, frame, spec, scale);
}

/// A slide's title and the line under it.
fn heading_ui(ui: &mut Ui, title: &str, subtitle: &str, scale: SlideScale, palette: &Palette) {
    ui.label(bold_text(title, scale.title()));
    if !subtitle.is_empty() {
        ui.label(text(subtitle, scale.small).color(palette.muted));
    }
    ui.add_space((scale.small * 0.1).round());
}

/// Rows closer than this (in units of the smallest text) would crowd their labels.
const MIN_ROW_FRACTION: f32 = 1.05;

/// The chart of a slide, fitted to the room left: as many rows as fit with text at the
/// smallest size; the rest are counted under the chart.
fn slide_chart_ui(ui: &mut Ui, frame: &SlideFrame<'_>, spec: &ChartSpec, scale: SlideScale) {
    let u = scale.small;
    // One line above the chart: the regional figure, then the legend.
    let legend = spec.legend && (spec.series.len() > 1 || spec.reference.is_some());
    if spec.info.is_some() || legend {
        ui.horizontal_wrapped(|ui| {
            if let Some(info) = &spec.info {
                ui.label(text(info, u));
                ui.add_space(u.round());
            }
            if legend {
                legend_ui(ui, &spec.series, spec.reference.as_ref(), &frame.palette, u);
            }
        });
    }
    let total = spec.total_rows;
    if spec.rows.is_empty() {
        return;
    }
    let room = ui.available_height() - u * 0.3;
    // A row must hold its text; below that, rows are left out rather than squeezed.
    let min_row = u * MIN_ROW_FRACTION;
    let overflow_height = u * 1.3;
    let fit = (room / min_row).floor().max(1.0) as usize;
    let shown = if total > fit {
        ((room - overflow_height) / min_row).floor().max(1.0) as usize
    } else {
        total
    };
    let shown = shown.min(spec.rows.len());
    let overflow = total > shown;
    let room = room - if overflow { overflow_height } else { 0.0 };
    // The plot adds a few points of its own around the rows.
    let row_height = ((room - 8.0) / shown.max(1) as f32).min(u * 3.2);
    let gap = 0.22;
    let bar_height = row_height / (1.0 + gap);
    let label_size = if shown <= 4 { scale.title() } else { u };
    let plot_id = format!("{}-{}", frame.surface, spec.id);
    let look = ChartLook {
        id: &plot_id,
        rows: shown,
        max_value: spec.max_of_first(shown),
        highlight: None,
        bar_height,
        label_size,
        row_gap: gap,
        legend: false,
        clickable: false,
        palette: frame.palette,
    };
    bar_chart_ui(ui, spec, &look);
    if overflow {
        ui.label(
            text(
                tr_args(
                    frame.lang,
                    "slide-overflow",
                    &[
                        ("shown", Arg::Text(&shown.to_string())),
                        ("total", Arg::Text(&total.to_string())),
                    ],
                ),
                u,
            )
            .color(frame.palette.muted),
        );
    }
}

fn title_slide_ui(ui: &mut Ui, b: &Briefing, frame: &SlideFrame<'_>, scale: SlideScale) {
    let h = &b.header;
    let palette = &frame.palette;
    ui.add_space((ui.available_height() * 0.14).round());
    let (accent, _) = ui.allocate_exact_size(
        vec2(scale.small * 3.0, scale.small * 0.22).round_ui(),
        egui::Sense::hover(),
    );
    ui.painter().rect_filled(accent, 0.0, palette.bar);
    ui.add_space((scale.small * 0.5).round());
    if !h.region.is_empty() {
        ui.label(bold_text(&h.region, scale.small * 1.3).color(palette.muted));
        ui.add_space((scale.small * 0.3).round());
    }
    ui.label(bold_text(&h.title, scale.display()));
    ui.add_space((scale.small * 0.8).round());
    for line in [
        h.meeting_title.as_deref(),
        h.meeting_when_where.as_deref(),
        h.chair.as_deref(),
    ]
    .into_iter()
    .flatten()
    {
        ui.label(text(line, scale.body()));
    }
    if !b.chart_subtitle.is_empty() {
        ui.add_space((scale.small * 0.5).round());
        ui.label(text(&b.chart_subtitle, scale.body()).color(palette.muted));
    }
}

/// Key figures as large values under their labels, in a grid that fills the slide.
fn tiles_ui(ui: &mut Ui, tiles: &[&FigureView], scale: SlideScale, palette: &Palette) {
    let u = scale.small;
    let columns = if tiles.len() <= 4 { 2 } else { 3 };
    let gap = u * 0.8;
    let width = (ui.available_width() - gap * (columns as f32 - 1.0)) / columns as f32;
    let rows = tiles.len().div_ceil(columns).max(1);
    let height = ((ui.available_height() - gap * (rows as f32 - 1.0)) / rows as f32).max(u * 4.0);
    let top_left = ui.cursor().min;
    for (i, tile) in tiles.iter().enumerate() {
        let (row, column) = (i / columns, i % columns);
        let min = top_left + vec2(column as f32 * (width + gap), row as f32 * (height + gap));
        let rect = Rect::from_min_size(min, vec2(width, height));
        ui.painter().rect(
            rect,
            u * 0.3,
            palette.card,
            egui::Stroke::new(1.0, palette.card_stroke),
            egui::StrokeKind::Inside,
        );
        let mut tile_ui = ui.new_child(
            UiBuilder::new()
                .id_salt(("tile", i))
                .max_rect(rect.shrink(u * 0.6).round_ui())
                .layout(Layout::top_down(Align::Min)),
        );
        let value_color = if tile.illustrative {
            palette.warning
        } else {
            palette.text
        };
        // The value is never broken across lines: a long one gets a smaller size instead.
        let room = rect.width() - u * 1.2;
        let natural = ui
            .painter()
            .layout_no_wrap(
                tile.text.clone(),
                theme::bold(scale.display()),
                value_color.into(),
            )
            .size()
            .x;
        let value_size = if natural > room {
            (scale.display() * room / natural).max(u)
        } else {
            scale.display()
        };
        tile_ui.add(
            egui::Label::new(bold_text(&tile.text, value_size).color(value_color))
                .wrap_mode(egui::TextWrapMode::Extend),
        );
        tile_ui.label(text(&tile.label, scale.small).color(palette.muted));
        // Each figure's own period: the tiles do not share one.
        if let Some(when) = &tile.when {
            tile_ui.label(text(when, scale.small).color(palette.muted));
        }
    }
    ui.advance_cursor_after_rect(Rect::from_min_size(
        top_left.round_ui(),
        vec2(ui.available_width(), rows as f32 * (height + gap) - gap),
    ));
}

fn recommendation_slide_ui(ui: &mut Ui, id: &str, frame: &SlideFrame<'_>, scale: SlideScale) {
    let Some(rec) = frame.briefing.recommendation(id) else {
        return;
    };
    let lang = frame.lang;
    let palette = &frame.palette;
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
    ui.add_space((scale.small * 0.3).round());
    ui.label(bold_text(&rec.text, scale.small * 1.6));
    if let Some(by) = &rec.by {
        ui.label(text(format!("{}: {by}", tr(lang, "said-by")), scale.body()).color(palette.muted));
    }
    if !rec.evidence.is_empty() {
        ui.add_space((scale.small * 0.6).round());
        ui.label(bold_text(tr(lang, "evidence"), scale.body()));
        for evidence in &rec.evidence {
            ui.label(text(format!("•  {}", evidence.label), scale.body()));
        }
    }
    ui.add_space((scale.small * 0.6).round());
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
    ui.label(bold_text(status, scale.body()).color(status_color));
}
