//! Editing the open dataset: applying the editor's changes with undo and redo, checking the
//! dataset again as it changes, and saving it — atomically, the previous version kept as
//! `NAME.ron.bak`, comments in a hand-written file warned of, and the app's own save not
//! taken for a change made outside.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::app::BriefDeskApp;
use crate::app::document::DatasetSource;
use crate::edit::History;
use crate::i18n::{Language, tr};
use crate::model::{self, Dataset};
use crate::ui::Command;
use crate::ui::editor::{
    EditCommand, EditorStatus, EditorView, ImportDecision, ImportDraft, editor_ui,
    import_preview_ui,
};
use crate::ui::file_prompt::FilePurpose;

/// The charts follow the typing at most this often (a large dataset takes milliseconds to
/// derive; the typing itself must not wait for it).
const REBUILD_EVERY: Duration = Duration::from_millis(150);

/// A message of the editor.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EditNotice {
    /// Saved to this file.
    Saved(PathBuf),
    /// Saved, but the dataset has errors: a draft.
    SavedDraft(PathBuf, usize),
    /// Saving failed.
    Failed(String),
    /// The file has comments a save would lose: save anyway, or save a copy.
    Comments(PathBuf),
    /// The file changed outside while there are unsaved edits.
    Conflict(PathBuf),
    /// Kept beside the file: what was not taken.
    KeptBeside(PathBuf),
    /// This many rows were copied to the clipboard.
    Copied(usize),
}

/// The editor's state in the app.
#[derive(Default)]
pub struct Editing {
    /// Undo and redo.
    pub history: History,
    /// The dataset as of the last recorded step (the state before the next edit).
    snapshot: Option<Dataset>,
    /// Edits not saved yet: the dataset differs from the one last read or saved.
    pub dirty: bool,
    /// The dataset as last read or saved (taken on the first edit), so that undoing back to
    /// it, or typing a change away again, leaves nothing unsaved.
    saved: Option<Dataset>,
    /// Counts the changes to the dataset, for the recovery file's schedule.
    pub revision: u64,
    /// The section and the language of the texts.
    pub view: EditorView,
    /// When the charts were last derived, and whether an edit waits for it.
    rebuild_due: Option<Instant>,
    /// Saving over the file's comments was agreed to.
    comments_agreed: bool,
    /// The message shown.
    pub notice: Option<EditNotice>,
    /// Cells pasted or imported, waiting in the preview.
    import: Option<ImportDraft>,
    /// The clipboard was asked for: its cells go to the preview.
    pub paste_requested: bool,
    /// File → New briefing, being filled in.
    pub new_form: Option<crate::ui::editor::NewBriefingForm>,
}

impl BriefDeskApp {
    /// The editor screen.
    pub(super) fn editor_screen_ui(
        &mut self,
        ui: &mut egui::Ui,
        lang: Language,
        commands: &mut Vec<Command>,
    ) {
        let file = match &self.doc.source {
            DatasetSource::File(p) => Some(p.display().to_string()),
            DatasetSource::Embedded => None,
        };
        let status = EditorStatus {
            dirty: self.editing.dirty,
            can_undo: self.editing.history.can_undo(),
            can_redo: self.editing.history.can_redo(),
            file: file.as_deref(),
        };
        if self.editing.snapshot.is_none() {
            self.editing.snapshot = Some(self.doc.loaded.dataset.clone());
        }
        self.take_pasted_cells(ui.ctx());
        self.take_copy(ui.ctx());
        if let Some(draft) = &mut self.editing.import {
            match import_preview_ui(ui.ctx(), draft, &self.doc.loaded.dataset, lang) {
                Some(ImportDecision::Apply(dataset)) => {
                    self.editing.import = None;
                    self.replace_dataset(*dataset, "import");
                }
                Some(ImportDecision::Cancel) => self.editing.import = None,
                None => {}
            }
        }
        let edited = editor_ui(
            ui,
            &mut self.editing.view,
            &mut self.doc.loaded.dataset,
            &self.doc.loaded.findings,
            &status,
            lang,
            commands,
        );
        // Parts the editor opened to show their fields and nobody filled stay absent.
        self.doc.loaded.dataset.prune_empty();
        if let Some(field) = edited.field {
            let now = Instant::now();
            let after = self.doc.loaded.dataset.clone();
            if let Some(before) = self.editing.snapshot.replace(after) {
                if edited.structural {
                    self.editing.history.seal();
                }
                if self.editing.saved.is_none() {
                    self.editing.saved = Some(before.clone());
                }
                self.editing.history.record(before, &field, now);
                if edited.structural {
                    self.editing.history.seal();
                }
            }
            self.mark_changed();
            self.doc.loaded.findings = model::validate(&self.doc.loaded.dataset);
            self.editing.rebuild_due.get_or_insert(now + REBUILD_EVERY);
        }
        if let Some(due) = self.editing.rebuild_due {
            let now = Instant::now();
            if now >= due {
                self.editing.rebuild_due = None;
                self.rebuild();
            } else {
                ui.ctx().request_repaint_after(due - now);
            }
        }
    }

    /// The form of File → New briefing, over whatever screen is shown.
    pub(super) fn new_briefing_form_ui(
        &mut self,
        ctx: &egui::Context,
        commands: &mut Vec<Command>,
    ) {
        let lang = self.settings.language;
        let name = self.doc.briefing.header.title.clone();
        if let Some(form) = &mut self.editing.new_form {
            let open = crate::ui::editor::new_briefing_ui(ctx, form, &name, lang, commands);
            if !open
                && !commands
                    .iter()
                    .any(|c| matches!(c, Command::Edit(EditCommand::CreateBriefing(_))))
            {
                self.editing.new_form = None;
            }
        }
    }

    /// Creates the briefing of the form in `path` (asked for when `None`), and opens it in the
    /// editor.
    pub(super) fn create_briefing(&mut self, path: Option<PathBuf>) {
        let Some(path) = path else {
            // The form stays open while the file is chosen; cancelling goes back to it.
            if self
                .editing
                .new_form
                .as_ref()
                .is_some_and(|f| f.spec(self.settings.language).is_some())
            {
                self.ask_file(FilePurpose::NewBriefing, "briefing.ron");
            }
            return;
        };
        let Some(form) = self.editing.new_form.take() else {
            return;
        };
        let Some(spec) = form.spec(self.settings.language) else {
            return;
        };
        let template = form.copy.then_some(&self.doc.loaded.dataset);
        let dataset = model::new_briefing(&spec, template);
        let written = model::to_ron(&dataset)
            .map_err(std::io::Error::other)
            .and_then(|text| {
                crate::fs::backup(&path)?;
                crate::fs::write_atomic(&path, text.as_bytes())
            });
        if let Err(e) = written {
            self.editing.notice = Some(EditNotice::Failed(format!("{}: {e}", path.display())));
            return;
        }
        self.open(DatasetSource::File(path.clone()));
        // Its texts are edited in its own language first.
        self.editing.view.text_lang.clone_from(&spec.language);
        self.settings.screen = crate::ui::Screen::Edit;
        self.editing.notice = Some(EditNotice::Saved(path));
    }

    /// Cells pasted while a table is shown and no text field has the keyboard (in a field,
    /// a paste goes into the field as usual).
    fn take_pasted_cells(&mut self, ctx: &egui::Context) {
        if self.editing.view.section.table().is_none() {
            return;
        }
        let typing = ctx.egui_wants_keyboard_input() && !self.editing.paste_requested;
        if typing {
            return;
        }
        let pasted = ctx.input(|i| {
            i.events.iter().find_map(|e| match e {
                egui::Event::Paste(text) => Some(text.clone()),
                _ => None,
            })
        });
        if let Some(text) = pasted {
            self.editing.paste_requested = false;
            self.preview_cells(&text);
        }
    }

    /// Ctrl+C while a table is shown and no text field has the keyboard copies the table (in a
    /// field, it copies the field's selection as usual).
    fn take_copy(&mut self, ctx: &egui::Context) {
        if self.editing.view.section.table().is_none() || ctx.egui_wants_keyboard_input() {
            return;
        }
        if ctx.input(|i| i.events.iter().any(|e| matches!(e, egui::Event::Copy))) {
            self.copy_table();
        }
    }

    /// Puts the table shown on the clipboard as tab-separated cells, the header first.
    pub(super) fn copy_table(&mut self) {
        let Some(target) = self.editing.view.section.table() else {
            return;
        };
        let lang = self.settings.language;
        let text = crate::export::tsv::table(&self.doc.loaded.dataset, target, lang);
        let rows = text.lines().count().saturating_sub(1);
        self.ctx.copy_text(text);
        self.editing.notice = Some(EditNotice::Copied(rows));
    }

    /// Opens the preview of cells copied from a spreadsheet, for the table shown.
    pub(super) fn preview_cells(&mut self, text: &str) {
        let Some(target) = self.editing.view.section.table() else {
            return;
        };
        let lang = self.settings.language;
        match crate::import::from_tsv(text) {
            Ok(grid) => {
                self.editing.import =
                    Some(ImportDraft::new(tr(lang, "import-clipboard"), grid, target));
            }
            Err(e) => self.editing.notice = Some(EditNotice::Failed(e.to_string())),
        }
    }

    /// Asks for a spreadsheet or CSV file and opens its preview for the table shown.
    pub(super) fn import_dialog(&mut self) {
        if self.editing.view.section.table().is_some() {
            self.ask_file(FilePurpose::Import, "");
        }
    }

    /// Reads a spreadsheet or CSV file and opens its preview for the table shown.
    pub(super) fn import_file(&mut self, path: &std::path::Path) {
        let Some(target) = self.editing.view.section.table() else {
            return;
        };
        let origin = path
            .file_name()
            .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
        match crate::import::from_file(path, None) {
            Ok(grid) => self.editing.import = Some(ImportDraft::new(origin, grid, target)),
            Err(e) => {
                self.editing.notice = Some(EditNotice::Failed(format!("{origin}: {e}")));
            }
        }
    }

    /// Puts a whole new version of the dataset in place as one step of the history.
    pub(super) fn replace_dataset(&mut self, dataset: Dataset, what: &str) {
        let before = std::mem::replace(&mut self.doc.loaded.dataset, dataset);
        if self.editing.saved.is_none() {
            self.editing.saved = Some(before.clone());
        }
        self.editing.history.seal();
        self.editing.history.record(before, what, Instant::now());
        self.editing.history.seal();
        self.editing.snapshot = Some(self.doc.loaded.dataset.clone());
        self.mark_changed();
        self.doc.loaded.findings = model::validate(&self.doc.loaded.dataset);
        self.rebuild();
    }

    /// The dataset changed: it is unsaved unless it is back to what was last read or saved.
    fn mark_changed(&mut self) {
        self.editing.revision += 1;
        self.editing.dirty = self
            .editing
            .saved
            .as_ref()
            .is_none_or(|saved| *saved != self.doc.loaded.dataset);
    }

    /// Undo (`forward` false) or redo one step.
    pub(super) fn step_history(&mut self, forward: bool) {
        let dataset = &mut self.doc.loaded.dataset;
        let moved = if forward {
            self.editing.history.redo(dataset)
        } else {
            self.editing.history.undo(dataset)
        };
        if moved {
            self.editing.snapshot = Some(self.doc.loaded.dataset.clone());
            self.mark_changed();
            self.doc.loaded.findings = model::validate(&self.doc.loaded.dataset);
            self.rebuild();
        }
    }

    /// Saves the notes, and the dataset when it was edited (the built-in one asks where).
    pub(super) fn save_dataset(&mut self) {
        self.notes.save();
        if !self.editing.dirty {
            return;
        }
        match self.doc.source.clone() {
            DatasetSource::File(path) => {
                if model::has_comments(&self.doc.loaded.text) && !self.editing.comments_agreed {
                    self.editing.notice = Some(EditNotice::Comments(path));
                } else {
                    self.save_to(&path);
                }
            }
            DatasetSource::Embedded => self.save_as_dialog(),
        }
    }

    /// Asks where to save the dataset, then saves it there.
    pub(super) fn save_as_dialog(&mut self) {
        let name = format!("{}.ron", self.dataset_stem());
        self.ask_file(FilePurpose::SaveAs, &name);
    }

    /// Saves over a file with comments, as agreed.
    pub(super) fn save_discarding_comments(&mut self) {
        self.editing.comments_agreed = true;
        self.editing.notice = None;
        if let DatasetSource::File(path) = self.doc.source.clone() {
            self.save_to(&path);
        }
    }

    /// Writes the dataset to `path`: the file that was there is kept as `NAME.ron.bak`, the
    /// new one written atomically. The dataset then comes from that file.
    pub(super) fn save_to(&mut self, path: &Path) {
        let text = match model::to_ron(&self.doc.loaded.dataset) {
            Ok(text) => text,
            Err(e) => {
                self.editing.notice = Some(EditNotice::Failed(format!("{}: {e}", path.display())));
                return;
            }
        };
        let result =
            crate::fs::backup(path).and_then(|()| crate::fs::write_atomic(path, text.as_bytes()));
        if let Err(e) = result {
            self.editing.notice = Some(EditNotice::Failed(format!("{}: {e}", path.display())));
            return;
        }
        self.doc.disk_hash = Some(model::sha256_hex(text.as_bytes()));
        self.editing.dirty = false;
        self.editing.saved = Some(self.doc.loaded.dataset.clone());
        self.doc.loaded.text = text.into();
        self.doc.loaded.name = path.display().to_string();
        let errors = self
            .doc
            .loaded
            .findings
            .iter()
            .filter(|f| f.is_error())
            .count();
        self.editing.notice = Some(if errors > 0 {
            EditNotice::SavedDraft(path.to_path_buf(), errors)
        } else {
            EditNotice::Saved(path.to_path_buf())
        });
        if self.doc.source != DatasetSource::File(path.to_path_buf()) {
            // Saved as a new file: it is the open dataset now, its notes beside it.
            self.doc.source = DatasetSource::File(path.to_path_buf());
            self.settings.remember(path);
            self.watcher = crate::app::watcher::Watcher::new(path, &self.ctx);
            let notes_path = self.doc.source.notes_path(&self.paths);
            self.notes.save_to(notes_path);
        }
    }

    /// The watched file changed: content the app already has (its own save, a file touched
    /// or rewritten unchanged) is ignored; with unsaved edits the user is asked which version
    /// to keep; otherwise the file is read again.
    pub(super) fn file_changed(&mut self) {
        let DatasetSource::File(path) = self.doc.source.clone() else {
            return;
        };
        let on_disk = std::fs::read(&path).ok().map(|b| model::sha256_hex(&b));
        if on_disk == self.doc.disk_hash {
            return;
        }
        // Asked once per content: the same bytes seen again are not a new change.
        self.doc.disk_hash = on_disk;
        if self.editing.dirty {
            self.editing.notice = Some(EditNotice::Conflict(path));
        } else {
            self.commands.push(Command::Reload);
        }
    }

    /// After a conflict: keep the edits; the outside version is copied beside the file.
    pub(super) fn keep_edits(&mut self) {
        if let DatasetSource::File(path) = self.doc.source.clone() {
            let beside = beside(&path, "outside");
            self.editing.notice = Some(match std::fs::copy(&path, &beside) {
                Ok(_) => EditNotice::KeptBeside(beside),
                Err(e) => EditNotice::Failed(format!("{}: {e}", beside.display())),
            });
        }
    }

    /// After a conflict: take the outside version; the edits are written beside the file.
    pub(super) fn take_outside_version(&mut self) {
        if let DatasetSource::File(path) = self.doc.source.clone() {
            let beside = beside(&path, "edited");
            let written = model::to_ron(&self.doc.loaded.dataset)
                .map_err(std::io::Error::other)
                .and_then(|text| crate::fs::write_atomic(&beside, text.as_bytes()));
            match written {
                Ok(()) => {
                    self.editing.dirty = false;
                    self.open(DatasetSource::File(path));
                    self.editing.notice = Some(EditNotice::KeptBeside(beside));
                }
                Err(e) => {
                    self.editing.notice =
                        Some(EditNotice::Failed(format!("{}: {e}", beside.display())));
                }
            }
        }
    }

    /// Forgets the editing of the dataset that was open (another one was opened).
    pub(super) fn reset_editing(&mut self) {
        let view = std::mem::take(&mut self.editing.view);
        self.editing = Editing {
            view,
            ..Editing::default()
        };
    }
}

/// `NAME.ron` → `NAME.WHAT.ron`, beside it.
fn beside(path: &Path, what: &str) -> PathBuf {
    let stem = path.file_stem().map_or_else(
        || "briefing".to_owned(),
        |s| s.to_string_lossy().into_owned(),
    );
    path.with_file_name(format!("{stem}.{what}.ron"))
}

/// The editor's message, with its choices and a button to close it.
pub(super) fn notice_ui(
    ui: &mut egui::Ui,
    notice: &EditNotice,
    lang: Language,
    commands: &mut Vec<Command>,
) {
    use crate::i18n::{Arg, tr_args};
    use crate::ui::theme::Palette;
    let palette = Palette::current(ui);
    let path_arg =
        |key: &str, p: &Path| tr_args(lang, key, &[("path", Arg::Text(&p.display().to_string()))]);
    let (color, text) = match notice {
        EditNotice::Saved(p) => (palette.ok, path_arg("edit-saved-to", p)),
        EditNotice::SavedDraft(p, n) => (
            palette.warning,
            tr_args(
                lang,
                "edit-saved-draft",
                &[
                    ("path", Arg::Text(&p.display().to_string())),
                    ("n", Arg::Number(*n as f64)),
                ],
            ),
        ),
        EditNotice::Failed(reason) => (
            palette.error,
            tr_args(lang, "edit-save-failed", &[("reason", Arg::Text(reason))]),
        ),
        EditNotice::Comments(p) => (palette.warning, path_arg("edit-comments", p)),
        EditNotice::Conflict(p) => (palette.warning, path_arg("edit-conflict", p)),
        EditNotice::KeptBeside(p) => (palette.ok, path_arg("edit-kept-beside", p)),
        EditNotice::Copied(n) => (
            palette.ok,
            tr_args(lang, "copy-table-done", &[("n", Arg::Number(*n as f64))]),
        ),
    };
    crate::ui::widgets::banner(ui, color, |ui| {
        ui.label(text);
        ui.horizontal(|ui| {
            match notice {
                EditNotice::Comments(_) => {
                    if ui.button(tr(lang, "edit-save-anyway")).clicked() {
                        commands.push(Command::Edit(EditCommand::SaveDiscardingComments));
                    }
                    if ui.button(tr(lang, "edit-save-copy")).clicked() {
                        commands.push(Command::Edit(EditCommand::SaveAs));
                    }
                }
                EditNotice::Conflict(_) => {
                    if ui.button(tr(lang, "edit-keep-mine")).clicked() {
                        commands.push(Command::Edit(EditCommand::KeepEdits));
                    }
                    if ui.button(tr(lang, "edit-take-theirs")).clicked() {
                        commands.push(Command::Edit(EditCommand::TakeOutsideVersion));
                    }
                }
                EditNotice::Saved(_)
                | EditNotice::SavedDraft(..)
                | EditNotice::Failed(_)
                | EditNotice::KeptBeside(_)
                | EditNotice::Copied(_) => {}
            }
            if ui.button(tr(lang, "close")).clicked() {
                commands.push(Command::Edit(EditCommand::DismissNotice));
            }
        });
    });
}
