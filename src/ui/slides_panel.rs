//! The slide list beside the workspace: show or hide each slide, move it, start from it.

use egui::{RichText, Ui};

use super::Command;
use super::theme::Palette;
use crate::i18n::{Language, tr};
use crate::notes::SlidePlan;
use crate::view_model::Briefing;

/// Draws the slide list in the preparer's order.
pub fn slides_panel_ui(
    ui: &mut Ui,
    briefing: &Briefing,
    plan: &SlidePlan,
    lang: Language,
    commands: &mut Vec<Command>,
) {
    let palette = Palette::current(ui);
    ui.label(RichText::new(tr(lang, "slides-hint")).color(palette.muted));
    ui.add_space(4.0);
    if briefing.slides.is_empty() {
        ui.label(tr(lang, "slides-none"));
        return;
    }
    let arranged = plan.arrange(&briefing.slide_keys());
    let last = arranged.len().saturating_sub(1);
    let mut number = 0;
    for (position, entry) in arranged.iter().enumerate() {
        let Some(slide) = briefing.slides.get(entry.index) else {
            continue;
        };
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
