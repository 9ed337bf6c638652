//! Notices floating over the bottom of the screen: a dataset that could not be opened, notes
//! that could not be saved or read, how an export or a save went. They never push the screen
//! down, and each has a button that closes it.

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

/// The messages' place: a column over the bottom right of `rect` (the screen under the tabs),
/// above everything but the dialogs.
pub fn overlay(ctx: &egui::Context, rect: egui::Rect, add: impl FnOnce(&mut egui::Ui)) {
    let width = (rect.width() - 32.0).clamp(200.0, 620.0);
    egui::Area::new(egui::Id::unique("banners"))
        .order(egui::Order::Middle)
        .pivot(egui::Align2::RIGHT_BOTTOM)
        .fixed_pos(rect.right_bottom() - egui::vec2(16.0, 12.0))
        .constrain_to(rect)
        .show(ctx, |ui| {
            ui.set_width(width);
            ui.spacing_mut().item_spacing.y = 8.0;
            add(ui);
        });
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
}

/// A failed save of the notes, or a notes file that could not be read.
/// A failure the user closed (`seen`) shows again only when another one comes.
pub fn notes_notice_ui(
    ui: &mut egui::Ui,
    notes: &NotesStore,
    seen: Option<&str>,
    lang: Language,
    commands: &mut Vec<Command>,
) {
    let palette = Palette::current(ui);
    let failed = matches!(notes.state(), SaveState::Failed(r) if Some(r.as_str()) != seen);
    let notice = notes.notice();
    if !failed && notice.is_none() {
        return;
    }
    banner(ui, palette.warning, |ui| {
        if let SaveState::Failed(reason) = notes.state()
            && failed
        {
            ui.label(RichText::new(tr(lang, "notes-failed-explained")).strong());
            ui.label(RichText::new(reason).monospace());
            ui.horizontal(|ui| {
                if ui.button(tr(lang, "notes-retry")).clicked() {
                    commands.push(Command::SaveNotes);
                }
                if ui.button(tr(lang, "menu-save-notes-as")).clicked() {
                    commands.push(Command::SaveNotesAs);
                }
                if ui.button(tr(lang, "close")).clicked() {
                    commands.push(Command::DismissNotesFailure);
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
}
