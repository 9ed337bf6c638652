//! Notices across the top of a screen: a dataset that could not be opened, notes that could
//! not be saved or read, how an export went.

use std::path::PathBuf;

use egui::RichText;

use crate::i18n::{Arg, Language, tr, tr_args};
use crate::model::{Finding, LoadError};
use crate::notes::{NotesNotice, NotesStore, SaveState};
use crate::ui::Command;
use crate::ui::findings_panel::{findings_ui, load_error_ui};
use crate::ui::theme::{Palette, size};
use crate::ui::widgets::banner;

/// A dataset that could not be opened; the previous one stays open.
#[derive(Clone, Debug)]
pub enum Problem {
    /// It could not be read or parsed.
    Load(LoadError),
    /// It has errors.
    Invalid {
        /// File name.
        file: String,
        /// All findings (errors and warnings).
        findings: Vec<Finding>,
        /// What was read (its parts name the findings' places).
        dataset: Box<crate::model::Dataset>,
    },
}

/// How the last export went, shown until closed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ExportNotice {
    /// Written to this file.
    Saved(PathBuf),
    /// Not written, and why.
    Failed(String),
}

/// Why the last dataset could not be opened; `kept` names the one still open.
pub fn problem_ui(
    ui: &mut egui::Ui,
    problem: &Problem,
    kept: &str,
    lang: Language,
    commands: &mut Vec<Command>,
) {
    let palette = Palette::current(ui);
    banner(ui, palette.error, |ui| {
        ui.horizontal(|ui| {
            ui.label(
                RichText::new(tr(lang, "problem-title"))
                    .color(palette.error)
                    .strong(),
            );
            if ui.button(tr(lang, "close")).clicked() {
                commands.push(Command::DismissProblem);
            }
        });
        ui.label(tr_args(lang, "problem-kept", &[("name", Arg::Text(kept))]));
        egui::ScrollArea::both()
            .max_height(220.0)
            .id_salt("problem")
            .show(ui, |ui| match problem {
                Problem::Load(error) => load_error_ui(ui, &error.report(lang)),
                Problem::Invalid {
                    file,
                    findings,
                    dataset,
                } => {
                    findings_ui(ui, file, findings, Some(dataset), lang);
                }
            });
    });
    ui.add_space(6.0);
}

/// A failed save of the notes, or a notes file that could not be read.
pub fn notes_notice_ui(
    ui: &mut egui::Ui,
    notes: &NotesStore,
    lang: Language,
    commands: &mut Vec<Command>,
) {
    let palette = Palette::current(ui);
    let failed = matches!(notes.state(), SaveState::Failed(_));
    let notice = notes.notice();
    if !failed && notice.is_none() {
        return;
    }
    banner(ui, palette.warning, |ui| {
        if let SaveState::Failed(reason) = notes.state() {
            ui.label(RichText::new(tr(lang, "notes-failed-explained")).strong());
            ui.label(RichText::new(reason).monospace());
            ui.horizontal(|ui| {
                if ui.button(tr(lang, "notes-retry")).clicked() {
                    commands.push(Command::SaveNotes);
                }
                if ui.button(tr(lang, "menu-save-notes-as")).clicked() {
                    commands.push(Command::SaveNotesAs);
                }
            });
        }
        match notice {
            Some(NotesNotice::SetAside {
                path,
                moved_to,
                reason,
            }) => {
                ui.label(tr_args(
                    lang,
                    "notes-set-aside",
                    &[
                        ("path", Arg::Text(&path.display().to_string())),
                        ("moved", Arg::Text(&moved_to.display().to_string())),
                    ],
                ));
                ui.label(RichText::new(reason).monospace().size(size::SMALL));
            }
            Some(NotesNotice::Unreadable { path, reason }) => {
                ui.label(tr_args(
                    lang,
                    "notes-unreadable",
                    &[("path", Arg::Text(&path.display().to_string()))],
                ));
                ui.label(RichText::new(reason).monospace().size(size::SMALL));
            }
            None => {}
        }
        if notice.is_some() && ui.button(tr(lang, "close")).clicked() {
            commands.push(Command::DismissNotesNotice);
        }
    });
    ui.add_space(6.0);
}

/// How the last export went.
pub fn export_notice_ui(
    ui: &mut egui::Ui,
    notice: &ExportNotice,
    lang: Language,
    commands: &mut Vec<Command>,
) {
    let palette = Palette::current(ui);
    let (color, text) = match notice {
        ExportNotice::Saved(path) => (
            palette.ok,
            tr_args(
                lang,
                "export-done",
                &[("path", Arg::Text(&path.display().to_string()))],
            ),
        ),
        ExportNotice::Failed(reason) => (
            palette.error,
            tr_args(lang, "export-failed", &[("reason", Arg::Text(reason))]),
        ),
    };
    banner(ui, color, |ui| {
        ui.horizontal(|ui| {
            ui.label(text);
            if ui.button(tr(lang, "close")).clicked() {
                commands.push(Command::DismissExportNotice);
            }
        });
    });
    ui.add_space(6.0);
}
