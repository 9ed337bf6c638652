//! The slide list beside the workspace: a small picture of each slide, show or hide it, move
//! it, and what the presenter says on it (the speaker notes, saved with the notes).

use egui::{RichText, Ui};

use super::Command;
use super::slide::{SlideFrame, slide_ui};
use super::theme::Palette;
use crate::i18n::{Arg, Language, tr, tr_args};
use crate::notes::NotesStore;
use crate::view_model::{Briefing, SlideView};

/// Width of a slide's picture in the list, in points (16:9).
const THUMB_WIDTH: f32 = 192.0;

/// Draws the slide list in the preparer's order.
pub fn slides_panel_ui(
    ui: &mut Ui,
    briefing: &Briefing,
    notes: &NotesStore,
    (lang, projector): (Language, Palette),
    commands: &mut Vec<Command>,
) {
    let plan = notes.slide_plan();
    let palette = Palette::current(ui);
    ui.label(RichText::new(tr(lang, "slides-hint")).color(palette.muted));
    ui.add_space(4.0);
    if briefing.slides.is_empty() {
        ui.label(tr(lang, "slides-none"));
        return;
    }
    let arranged = plan.arrange(&briefing.slide_keys());
    let last = arranged.len().saturating_sub(1);
    let count = arranged.iter().filter(|a| a.visible).count();
    let mut number = 0;
    for (position, entry) in arranged.iter().enumerate() {
        let Some(slide) = briefing.slides.get(entry.index) else {
            continue;
        };
        ui.add_space(6.0);
        let frame = SlideFrame {
            briefing,
            notes,
            lang,
            palette: projector,
            number: number + usize::from(entry.visible),
            count,
            surface: "thumbnail",
        };
        thumbnail_ui(ui, slide, &frame, position);
        ui.horizontal(|ui| {
            // The buttons first, from the right; the title takes what is left and is cut short
            // (whole on hover) rather than running under them.
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                if ui
                    .add_enabled(position < last, egui::Button::new(tr(lang, "slides-later")))
                    .clicked()
                {
                    commands.push(Command::MoveSlide {
                        key: slide.key.clone(),
                        delta: 1,
                    });
                }
                if ui
                    .add_enabled(position > 0, egui::Button::new(tr(lang, "slides-earlier")))
                    .clicked()
                {
                    commands.push(Command::MoveSlide {
                        key: slide.key.clone(),
                        delta: -1,
                    });
                }
                ui.with_layout(egui::Layout::left_to_right(egui::Align::Center), |ui| {
                    ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Truncate);
                    let shown_number = if entry.visible {
                        number += 1;
                        number.to_string()
                    } else {
                        "–".to_owned()
                    };
                    ui.label(RichText::new(format!("{shown_number:>2}")).monospace());
                    let mut visible = entry.visible;
                    let text = if visible {
                        RichText::new(&slide.title)
                    } else {
                        RichText::new(&slide.title)
                            .color(palette.muted)
                            .strikethrough()
                    };
                    if ui
                        .checkbox(&mut visible, text)
                        .on_hover_text(format!("{} — {}", slide.title, tr(lang, "slides-visible")))
                        .changed()
                    {
                        commands.push(Command::SetSlideVisible {
                            key: slide.key.clone(),
                            visible,
                        });
                    }
                });
            });
        });
        speaker_note_ui(ui, slide, plan.speaker_note(&slide.key), lang, commands);
    }
    ui.add_space(8.0);
    ui.horizontal(|ui| {
        if ui.button(tr(lang, "present-start")).clicked() {
            commands.push(Command::StartPresentation { from_screen: false });
        }
        if !plan.is_default() && ui.button(tr(lang, "slides-reset")).clicked() {
            commands.push(Command::ResetSlides);
        }
    });
}

/// The slide as the wall shows it, small; named for assistive technology.
fn thumbnail_ui(ui: &mut Ui, slide: &SlideView, frame: &SlideFrame<'_>, position: usize) {
    let lang = frame.lang;
    let (rect, picture) = ui.allocate_exact_size(
        egui::vec2(THUMB_WIDTH, THUMB_WIDTH * 9.0 / 16.0),
        egui::Sense::hover(),
    );
    picture.widget_info(|| {
        egui::WidgetInfo::labeled(
            egui::Role::Image,
            true,
            tr_args(
                lang,
                "slides-thumbnail",
                &[
                    ("n", Arg::Text(&(position + 1).to_string())),
                    ("title", Arg::Text(&slide.title)),
                ],
            ),
        )
    });
    if ui.is_rect_visible(rect) {
        slide_ui(ui, rect, slide, frame);
        let stroke = egui::Stroke::new(1.0, Palette::current(ui).card_stroke);
        ui.painter()
            .rect_stroke(rect, 0.0, stroke, egui::StrokeKind::Outside);
    }
}

/// What the presenter says on the slide, typed under it.
fn speaker_note_ui(
    ui: &mut Ui,
    slide: &SlideView,
    said: &str,
    lang: Language,
    commands: &mut Vec<Command>,
) {
    let mut said = said.to_owned();
    let response = ui
        .add(
            egui::TextEdit::multiline(&mut said)
                .id_salt(("speaker-note", &slide.key))
                .desired_rows(1)
                .desired_width(f32::INFINITY)
                .hint_text(tr(lang, "speaker-notes-hint")),
        )
        .accessible_name(format!("{}: {}", tr(lang, "speaker-notes"), slide.title));
    if response.changed() {
        commands.push(Command::SetSpeakerNote {
            key: slide.key.clone(),
            text: said,
        });
    }
}
