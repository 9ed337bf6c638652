//! Recommendations: each with its evidence and an editable note, status, owner and due date.

use std::collections::HashMap;

use egui::{RichText, Ui};

use super::theme::{Palette, size};
use super::widgets::card;
use super::{Command, NoteEdit};
use crate::i18n::{Arg, Language, tr, tr_args};
use crate::model::PartialDate;
use crate::notes::{Note, NotesStore, Status};
use crate::view_model::{Briefing, RecommendationView};

/// The recommendations screen. Keeps the notes being typed, so editing never waits for a save.
#[derive(Debug, Default)]
pub struct RecommendationsScreen {
    drafts: HashMap<String, Note>,
}

impl RecommendationsScreen {
    /// Forgets the drafts (after other notes were opened).
    pub fn reset(&mut self) {
        self.drafts.clear();
    }

    /// Draws every recommendation and, below them, notes whose recommendation has left the dataset.
    pub fn ui(
        &mut self,
        ui: &mut Ui,
        briefing: &Briefing,
        notes: &NotesStore,
        lang: Language,
        commands: &mut Vec<Command>,
    ) {
        if briefing.recommendations.is_empty() {
            ui.label(tr(lang, "no-recommendations"));
        }
        for rec in &briefing.recommendations {
            let draft = self
                .drafts
                .entry(rec.id.clone())
                .or_insert_with(|| notes.note(&rec.id).cloned().unwrap_or_default());
            recommendation_ui(ui, rec, draft, lang, commands);
            ui.add_space(8.0);
        }
        let ids: Vec<&str> = briefing
            .recommendations
            .iter()
            .map(|r| r.id.as_str())
            .collect();
        let orphans = notes.orphans(&ids);
        if !orphans.is_empty() {
            let palette = Palette::current(ui);
            ui.add_space(8.0);
            ui.label(
                RichText::new(tr(lang, "orphaned-notes"))
                    .size(size::CHART_TITLE)
                    .strong(),
            );
            ui.label(RichText::new(tr(lang, "orphaned-notes-explained")).color(palette.muted));
            for (id, note) in orphans {
                card(ui, |ui| {
                    ui.set_width(ui.available_width());
                    ui.label(RichText::new(id).strong());
                    ui.label(&note.text);
                    ui.label(RichText::new(tr(lang, note.status.label_key())).color(palette.muted));
                });
            }
        }
    }
}

fn recommendation_ui(
    ui: &mut Ui,
    rec: &RecommendationView,
    draft: &mut Note,
    lang: Language,
    commands: &mut Vec<Command>,
) {
    let palette = Palette::current(ui);
    card(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.horizontal_wrapped(|ui| {
            ui.label(
                RichText::new(format!("{}.", rec.number))
                    .size(size::CHART_TITLE)
                    .strong(),
            );
            ui.add(
                egui::Label::new(RichText::new(&rec.text).size(size::BODY + 2.0).strong()).wrap(),
            );
        });
        let mut by = Vec::new();
        by.extend(rec.by.as_deref());
        by.extend(rec.topic.as_deref());
        if !by.is_empty() {
            ui.label(RichText::new(by.join(" · ")).color(palette.muted));
        }
        if !rec.evidence.is_empty() {
            ui.horizontal_wrapped(|ui| {
                ui.label(RichText::new(tr(lang, "evidence")).color(palette.muted));
                for evidence in &rec.evidence {
                    if ui
                        .link(&evidence.label)
                        .on_hover_text(tr(lang, "evidence-open"))
                        .clicked()
                    {
                        commands.push(Command::ShowEvidence(evidence.target.clone()));
                    }
                }
            });
        }
        ui.add_space(4.0);
        let before = draft.clone();
        let note_label = tr_args(
            lang,
            "note-label",
            &[("n", Arg::Text(&rec.number.to_string()))],
        );
        let label = ui.label(RichText::new(&note_label).strong());
        ui.add(
            egui::TextEdit::multiline(&mut draft.text)
                .desired_rows(3)
                .desired_width(f32::INFINITY)
                .hint_text(tr(lang, "note-hint")),
        )
        .labelled_by(label.id);
        ui.horizontal_wrapped(|ui| {
            let label = ui.label(tr(lang, "status-label"));
            egui::ComboBox::from_id_salt(("status", &rec.id))
                .selected_text(tr(lang, draft.status.label_key()))
                .show_ui(ui, |ui| {
                    for status in Status::ALL {
                        ui.selectable_value(
                            &mut draft.status,
                            status,
                            tr(lang, status.label_key()),
                        );
                    }
                })
                .response
                .labelled_by(label.id);
            let label = ui.label(tr(lang, "owner-label"));
            ui.add(egui::TextEdit::singleline(&mut draft.owner).desired_width(180.0))
                .labelled_by(label.id);
            let label = ui.label(tr(lang, "due-label"));
            ui.add(
                egui::TextEdit::singleline(&mut draft.due)
                    .desired_width(110.0)
                    .hint_text(tr(lang, "due-hint")),
            )
            .labelled_by(label.id);
            if !draft.due.trim().is_empty() && draft.due.trim().parse::<PartialDate>().is_err() {
                ui.label(RichText::new(tr(lang, "due-invalid")).color(palette.warning));
            }
        });
        if *draft != before {
            commands.push(Command::EditNote {
                id: rec.id.clone(),
                edit: NoteEdit::Replace(draft.clone()),
            });
        }
    });
}
