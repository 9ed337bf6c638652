//! Recommendations: each with its evidence and an editable note, status, owner and due date.

use egui::{RichText, Ui};

use super::Command;
use super::date_field::date_field;
use super::theme::{Palette, size};
use super::widgets::card;
use crate::i18n::{Arg, Language, tr, tr_args};
use crate::notes::{Note, NoteEdit, NotesStore, Status};
use crate::view_model::{Briefing, RecommendationView};

/// Draws every recommendation and, below them, notes whose recommendation has left the
/// dataset. Each field shows the note as the store holds it now and sends a field-level edit.
pub fn recommendations_ui(
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
        let note = notes.note(&rec.id).cloned().unwrap_or_default();
        recommendation_ui(ui, rec, note, lang, commands);
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

fn recommendation_ui(
    ui: &mut Ui,
    rec: &RecommendationView,
    mut note: Note,
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
                egui::Label::new(
                    RichText::new(crate::wording::folded(&rec.text, 3_000).0)
                        .size(size::BODY + 2.0)
                        .strong(),
                )
                .wrap(),
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
        let before = note.clone();
        let note_label = tr_args(
            lang,
            "note-label",
            &[("n", Arg::Text(&rec.number.to_string()))],
        );
        let label = ui.label(RichText::new(&note_label).strong());
        note_text_ui(ui, rec, &mut note.text, label.id, lang);
        ui.horizontal_wrapped(|ui| {
            let label = ui.label(tr(lang, "status-label"));
            let statuses: Vec<(Status, String)> = Status::ALL
                .into_iter()
                .map(|s| (s, tr(lang, s.label_key())))
                .collect();
            crate::ui::focus::choice(ui, ("status", &rec.id), &mut note.status, &statuses, None)
                .labelled_by(label.id);
            let label = ui.label(tr(lang, "owner-label"));
            ui.add(egui::TextEdit::singleline(&mut note.owner).desired_width(180.0))
                .labelled_by(label.id);
            let label = tr(lang, "due-label");
            ui.label(&label);
            let name = format!("{} {}", label.trim_end_matches(':'), rec.number);
            let salt = format!("due-{}", rec.id);
            if let Some(due) = date_field(ui, &salt, &name, &note.due, lang) {
                note.due = due;
            }
        });
        let edits = [
            (note.text != before.text).then_some(NoteEdit::SetText(note.text)),
            (note.status != before.status).then_some(NoteEdit::SetStatus(note.status)),
            (note.owner != before.owner).then_some(NoteEdit::SetOwner(note.owner)),
            (note.due != before.due).then_some(NoteEdit::SetDue(note.due)),
        ];
        for edit in edits.into_iter().flatten() {
            commands.push(Command::EditNote {
                id: rec.id.clone(),
                edit,
            });
        }
    });
}

/// A note's text: a field to type in; a note of megabytes shown folded until asked for whole
/// (laying it out every frame would freeze the window).
fn note_text_ui(
    ui: &mut Ui,
    rec: &RecommendationView,
    text: &mut String,
    label: egui::Id,
    lang: Language,
) {
    let palette = Palette::current(ui);
    let whole_key = ui.scope_id().with(("whole-note", &rec.id));
    let whole = ui.data(|d| d.get_temp::<bool>(whole_key)).unwrap_or(false);
    let (preview, folded) = crate::wording::folded(text, crate::wording::FOLD_AT);
    if folded && !whole {
        ui.label(RichText::new(crate::wording::folded(&preview, 800).0).color(palette.muted));
        let chars = text.chars().count() as f64;
        let count = lang.numbers().integer(chars);
        let args = [("count", Arg::Text(&count)), ("n", Arg::Number(chars))];
        if ui.button(tr_args(lang, "note-show-all", &args)).clicked() {
            ui.data_mut(|d| d.insert_temp(whole_key, true));
        }
    } else {
        ui.add(
            egui::TextEdit::multiline(text)
                .desired_rows(3)
                .desired_width(f32::INFINITY)
                .hint_text(tr(lang, "note-hint")),
        )
        .labelled_by(label);
    }
}
