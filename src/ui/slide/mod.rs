//! One slide, drawn to fill a rectangle: the same code draws the wall, the presenter's previews
//! and `briefdesk slides`. Every size is a fraction of the slide's height: the title is 8 % of
//! it, the smallest text 1/30, and text grows to fill the room it has. Nothing is shown only on
//! hover, and nothing internal (a status, an ISO date, "said by") reaches the wall unless the
//! presenter asks for it.

mod cards;
mod charts;

use egui::emath::GuiRounding as _;
use egui::{Align, Layout, Rect, RichText, Ui, UiBuilder, vec2};

use super::theme::{self, Palette};
use crate::i18n::Language;
use crate::notes::NotesStore;
use crate::view_model::{Briefing, SlideKind, SlideView};

/// The smallest text on a slide, as a fraction of its height.
pub const MIN_TEXT_FRACTION: f32 = 1.0 / 30.0;

/// A slide title, as a fraction of the slide's height.
pub const TITLE_FRACTION: f32 = 0.08;

/// Line height of slide text, as a multiple of its size (PT Sans' own is 1.29: too loose for a
/// slide that must hold twenty districts).
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
    /// The smallest text: sources, slide number.
    pub small: f32,
    /// The slide's height.
    height: f32,
}

impl SlideScale {
    /// The scale of a slide `height` points high.
    pub fn of(height: f32) -> Self {
        Self {
            small: height * MIN_TEXT_FRACTION,
            height,
        }
    }

    /// Body text: subtitles, labels, attributions.
    pub fn body(self) -> f32 {
        self.small * 1.3
    }

    /// Slide titles: 8 % of the slide.
    pub fn title(self) -> f32 {
        (self.height * TITLE_FRACTION).max(self.small * 1.5)
    }

    /// Large values.
    pub fn display(self) -> f32 {
        self.small * 3.4
    }
}

/// What a slide is drawn with.
pub struct SlideFrame<'a> {
    /// The derived briefing.
    pub briefing: &'a Briefing,
    /// The notes (a recommendation's status, the slide plan's choices).
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

/// The largest size from `max` down to `min` at which `content` fits `width` in at most
/// `lines` lines (and at `min` when nothing larger does).
fn fitted_size(
    ui: &Ui,
    content: &str,
    bold: bool,
    (min, max): (f32, f32),
    width: f32,
    lines: usize,
) -> f32 {
    let mut size = max;
    while size > min {
        let font = if bold {
            theme::bold(size)
        } else {
            theme::font(size)
        };
        let galley = ui.painter().layout(
            content.to_owned(),
            font,
            egui::Color32::WHITE,
            width.max(1.0),
        );
        let height = galley.rows.len() as f32 * size * LINE_HEIGHT;
        if galley.rows.len() <= lines && galley.size().x <= width + 0.5 && height > 0.0 {
            return size;
        }
        size = (size * 0.94).max(min);
        if size <= min {
            break;
        }
    }
    min
}

/// Whether every word of `content` fits `width` at `size` (so no word is broken across
/// lines).
fn words_fit(ui: &Ui, content: &str, bold: bool, size: f32, width: f32) -> bool {
    let font = if bold {
        theme::bold(size)
    } else {
        theme::font(size)
    };
    content.split_whitespace().all(|word| {
        ui.painter()
            .layout_no_wrap(word.to_owned(), font.clone(), egui::Color32::WHITE)
            .size()
            .x
            <= width
    })
}

/// The largest of `sizes` (largest first) at which `content` fits `width` without breaking a
/// word and within `height`; the last one otherwise.
fn size_for(ui: &Ui, content: &str, bold: bool, sizes: &[f32], width: f32, height: f32) -> f32 {
    sizes
        .iter()
        .copied()
        .find(|s| {
            words_fit(ui, content, bold, *s, width)
                && line_count(ui, content, bold, *s, width) as f32 * s * LINE_HEIGHT <= height
        })
        .or_else(|| sizes.last().copied())
        .unwrap_or(12.0)
}

/// How many lines `content` takes at `size` in `width`.
fn line_count(ui: &Ui, content: &str, bold: bool, size: f32, width: f32) -> usize {
    let font = if bold {
        theme::bold(size)
    } else {
        theme::font(size)
    };
    ui.painter()
        .layout(
            content.to_owned(),
            font,
            egui::Color32::WHITE,
            width.max(1.0),
        )
        .rows
        .len()
}

/// Draws `slide` filling `rect`.
pub fn slide_ui(ui: &mut Ui, rect: Rect, slide: &SlideView, frame: &SlideFrame<'_>) {
    let scale = SlideScale::of(rect.height());
    let u = scale.small;
    let palette = &frame.palette;
    ui.painter().rect_filled(rect, 0.0, palette.background);
    let inner = Rect::from_min_max(
        rect.min + vec2(u * 1.5, u * 0.9),
        rect.max - vec2(u * 1.5, u * 0.5),
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
        .map(|line| line_count(ui, line, false, u, footer_width) as f32 * u * LINE_HEIGHT)
        .sum::<f32>()
        .max(u * LINE_HEIGHT);
    let footer_rect = Rect::from_min_max(
        egui::pos2(inner.left(), inner.bottom() - footer_height),
        inner.max,
    );
    let body_rect = Rect::from_min_max(
        inner.min,
        egui::pos2(inner.right(), footer_rect.top() - u * 0.5),
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
        SlideKind::Title => cards::title_slide_ui(ui, b, frame, scale),
        SlideKind::KeyFigures => {
            let subtitle = b.header.as_of.as_deref().unwrap_or_default();
            heading_ui(ui, &slide.title, subtitle, scale, &frame.palette);
            let tiles: Vec<_> = b.key_figure_tiles().collect();
            cards::tiles_ui(ui, &tiles, scale, &frame.palette);
        }
        SlideKind::Districts => {
            charts::chart_slide_ui(ui, slide, b.charts().districts.as_ref(), frame, scale);
        }
        SlideKind::Centres => {
            charts::chart_slide_ui(ui, slide, b.charts().centres.as_ref(), frame, scale);
        }
        SlideKind::Corruption => charts::callouts_slide_ui(ui, slide, frame, scale),
        SlideKind::CorruptionDistricts => {
            let spec = b.charts().crimes_districts.as_ref();
            charts::chart_slide_ui(ui, slide, spec, frame, scale);
        }
        SlideKind::Recommendation(id) => cards::recommendation_slide_ui(ui, id, frame, scale),
    }
}

/// A slide's title, as large as 8 % of the slide, and the line under it. A chart slide keeps
/// its title to one line where a slightly smaller size allows, to leave the rows their room.
fn heading_ui(ui: &mut Ui, title: &str, subtitle: &str, scale: SlideScale, palette: &Palette) {
    heading_lines_ui(ui, title, subtitle, scale, palette, 2);
}

/// [`heading_ui`] with the most lines the title may take at full size.
fn heading_lines_ui(
    ui: &mut Ui,
    title: &str,
    subtitle: &str,
    scale: SlideScale,
    palette: &Palette,
    lines: usize,
) {
    let width = ui.available_width();
    let one_line = fitted_size(
        ui,
        title,
        true,
        (scale.title() * 0.85, scale.title()),
        width,
        1,
    );
    let size = if lines == 1 && line_count(ui, title, true, one_line, width) == 1 {
        one_line
    } else {
        fitted_size(
            ui,
            title,
            true,
            (scale.title() * 0.7, scale.title()),
            width,
            2,
        )
    };
    ui.label(bold_text(title, size));
    if !subtitle.is_empty() {
        ui.label(text(subtitle, scale.body()).color(palette.muted));
    }
    ui.add_space((scale.small * 0.4).round());
}
