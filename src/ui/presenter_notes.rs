//! The presenter's notes beside the slide: what to say on it (kept with the notes, never on
//! the wall unless asked for), the note on a recommendation, and the full names a chart slide
//! shortens.

use egui::{RichText, Ui, vec2};

use super::Command;
use super::presentation::{Presentation, Stage};
use super::theme::{self, size};
use crate::i18n::tr;
use crate::notes::NoteEdit;
use crate::view_model::SlideKind;

impl Stage<'_> {
    /// What the presenter says on the current slide, editable in large type; on a
    /// recommendation's slide, the note on the recommendation under it; on a chart whose names
    /// the wall shortens, the full names.
    pub(crate) fn note_ui(&self, ui: &mut Ui, p: &Presentation, commands: &mut Vec<Command>) {
        let lang = self.lang;
        let Some(slide) = p.current().and_then(|i| self.briefing.slides.get(i)) else {
            return;
        };
        let recommendation = match &slide.kind {
            SlideKind::Recommendation(id) => Some(id.clone()),
            _ => None,
        };
        let height = ui.available_height();
        let speaker_height = if recommendation.is_some() {
            height * 0.5
        } else {
            height
        };
        let mut said = self.notes.slide_plan().speaker_note(&slide.key).to_owned();
        let label = ui.label(RichText::new(tr(lang, "speaker-notes")).strong());
        let response = egui::ScrollArea::vertical()
            .id_salt(("speaker-notes", &slide.key))
            .max_height(speaker_height - 30.0)
            .show(ui, |ui| {
                ui.add(
                    egui::TextEdit::multiline(&mut said)
                        .id_salt(("speaker-notes-text", &slide.key))
                        .font(theme::font(size::HEADING + 4.0))
                        .hint_text(tr(lang, "speaker-notes-hint"))
                        .desired_width(f32::INFINITY)
                        .min_size(vec2(0.0, (speaker_height - 40.0).max(60.0))),
                )
                .labelled_by(label.id)
            })
            .inner;
        if response.changed() {
            commands.push(Command::SetSpeakerNote {
                key: slide.key.clone(),
                text: said,
            });
        }
        let full_names = self.long_names(slide);
        if !full_names.is_empty() {
            ui.label(RichText::new(tr(lang, "present-full-names")).strong());
            ui.label(RichText::new(full_names.join(" · ")).size(size::BODY));
        }
        let Some(id) = recommendation else {
            return;
        };
        // The note as the store holds it now: edits made on the Recommendations screen show
        // here, and this view sends only the text it changed.
        let label = ui.label(RichText::new(tr(lang, "present-decision")).strong());
        let held = self.notes.note(&id).map_or("", |n| n.text.as_str());
        let (preview, folded) = crate::wording::folded(held, crate::wording::FOLD_AT);
        if folded {
            // Megabytes of note are edited on the Recommendations screen, not here.
            ui.label(RichText::new(crate::wording::folded(&preview, 2_000).0).size(size::BODY));
            return;
        }
        let mut text = held.to_owned();
        let response = egui::ScrollArea::vertical()
            .id_salt("presenter-note")
            .show(ui, |ui| {
                ui.add(
                    egui::TextEdit::multiline(&mut text)
                        .id_salt(("presenter-note-text", &id))
                        .font(theme::font(size::HEADING))
                        .desired_width(f32::INFINITY)
                        .min_size(vec2(0.0, ui.available_height().max(60.0))),
                )
                .labelled_by(label.id)
            })
            .inner;
        if response.changed() {
            commands.push(Command::EditNote {
                id,
                edit: NoteEdit::SetText(text),
            });
        }
    }

    /// The names on a chart slide long enough for the wall to shorten them.
    fn long_names(&self, slide: &crate::view_model::SlideView) -> Vec<String> {
        let charts = self.briefing.charts();
        let spec = match slide.kind {
            SlideKind::Districts => charts.districts.as_ref(),
            SlideKind::Centres => charts.centres.as_ref(),
            SlideKind::CorruptionDistricts => charts.crimes_districts.as_ref(),
            _ => None,
        };
        spec.map(|s| {
            s.rows
                .iter()
                .skip(slide.rows.start)
                .take(slide.rows.len())
                .filter(|r| r.name.chars().count() > LONG_NAME)
                .map(|r| r.name.clone())
                .collect()
        })
        .unwrap_or_default()
    }
}

/// A name longer than this many characters may be shortened on the wall.
const LONG_NAME: usize = 32;
