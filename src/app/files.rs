//! Choosing files: the desktop's file dialog where there is one, else a prompt for the path.
//!
//! rfd answers "nothing chosen" both when the person cancels and when the desktop has no
//! dialog to show (no xdg-desktop-portal and no zenity). The two are told apart by time and by
//! what is installed: a dialog that came back empty within a quarter of a second, with no
//! zenity on the `PATH`, was never shown, and from then on the prompt is used at once.
//! `BRIEFDESK_FILE_DIALOG=none` asks for the prompt from the start.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::app::BriefDeskApp;
use crate::app::document::DatasetSource;
use crate::i18n::tr;
use crate::ui::file_prompt::{FilePrompt, FilePurpose};

/// Faster than anyone cancels a dialog they saw.
const NEVER_SHOWN: Duration = Duration::from_millis(250);

/// Whether the desktop's file dialog is there.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Dialog {
    /// Not tried yet.
    #[default]
    Unknown,
    /// It has shown a dialog.
    Works,
    /// There is none: paths are typed.
    Missing,
}

impl Dialog {
    /// What the environment says before anything is tried.
    pub fn from_env() -> Self {
        match std::env::var("BRIEFDESK_FILE_DIALOG").as_deref() {
            Ok("none") => Self::Missing,
            _ => Self::Unknown,
        }
    }
}

/// The choosing of files.
#[derive(Debug, Default)]
pub struct Files {
    /// Whether there is a dialog.
    pub dialog: Dialog,
    /// The path prompt, while it is open.
    pub prompt: Option<FilePrompt>,
}

/// Whether `program` is an executable file in a folder of the `PATH`.
fn on_path(program: &str) -> bool {
    std::env::var_os("PATH")
        .is_some_and(|paths| std::env::split_paths(&paths).any(|d| d.join(program).is_file()))
}

impl BriefDeskApp {
    /// Says whether the desktop has a file dialog; without one, every file is chosen by typing
    /// its path (for desktops known to have none; `BRIEFDESK_FILE_DIALOG=none` does the same).
    pub fn set_file_dialog(&mut self, available: bool) {
        self.files.dialog = if available {
            Dialog::Unknown
        } else {
            Dialog::Missing
        };
    }

    /// The path prompt, while it is open.
    pub fn file_prompt(&self) -> Option<&FilePrompt> {
        self.files.prompt.as_ref()
    }

    /// Asks for a file for `purpose`, suggesting `name` (in the documents folder, or beside the
    /// open file); what the file is for happens once it is chosen.
    pub(super) fn ask_file(&mut self, purpose: FilePurpose, name: &str) {
        let folder = self.suggested_folder();
        if self.files.dialog != Dialog::Missing {
            let started = Instant::now();
            if let Some(path) = self.native_dialog(purpose, &folder, name) {
                self.files.dialog = Dialog::Works;
                self.file_chosen(purpose, path);
                return;
            }
            let never_shown = started.elapsed() < NEVER_SHOWN && !on_path("zenity");
            if self.files.dialog == Dialog::Works || !never_shown {
                return;
            }
            self.files.dialog = Dialog::Missing;
        }
        let start = if purpose.writes() {
            folder.join(name)
        } else {
            folder
        };
        self.files.prompt = Some(FilePrompt::new(purpose, &start));
    }

    /// The desktop's dialog; `None` when cancelled or when there is none.
    fn native_dialog(&self, purpose: FilePurpose, folder: &Path, name: &str) -> Option<PathBuf> {
        let lang = self.settings.language;
        let mut dialog = rfd::FileDialog::new()
            .set_title(tr(lang, purpose.title_key()))
            .set_directory(folder);
        dialog = match purpose {
            FilePurpose::Export => dialog
                .add_filter("PDF", &["pdf"])
                .add_filter(tr(lang, "export-format-word"), &["docx"])
                .add_filter("HTML", &["html"])
                .add_filter("Markdown", &["md"]),
            FilePurpose::Import => dialog.add_filter("Excel, Calc, CSV", purpose.extensions()),
            FilePurpose::SaveChart => dialog.add_filter("PNG", &["png"]),
            FilePurpose::Open
            | FilePurpose::SaveAs
            | FilePurpose::SaveNotesAs
            | FilePurpose::NewBriefing => dialog.add_filter("BriefDesk (RON)", &["ron"]),
        };
        if purpose.writes() {
            dialog.set_file_name(name).save_file()
        } else {
            dialog.pick_file()
        }
    }

    /// The folder a choice starts in: the open file's, else the documents folder.
    fn suggested_folder(&self) -> PathBuf {
        match &self.doc.source {
            DatasetSource::File(p) => p
                .parent()
                .filter(|d| d.is_dir())
                .map_or_else(crate::fs::documents_dir, Path::to_path_buf),
            DatasetSource::Embedded => crate::fs::documents_dir(),
        }
    }

    /// Does what the file was chosen for.
    pub(super) fn file_chosen(&mut self, purpose: FilePurpose, path: PathBuf) {
        self.files.prompt = None;
        match purpose {
            FilePurpose::Open => self.leave_for(crate::app::leaving::Pending::Open(
                DatasetSource::File(path),
            )),
            FilePurpose::Import => self.import_file(&path),
            FilePurpose::Export => self.export_to(path),
            FilePurpose::SaveChart => self.save_chart(path),
            FilePurpose::SaveAs => self.save_to(&path),
            FilePurpose::SaveNotesAs => {
                self.notes.save_to(path.clone());
                if *self.notes.state() == crate::notes::SaveState::Saved {
                    self.export_notice = Some(crate::app::ExportNotice::Saved(path));
                }
            }
            FilePurpose::NewBriefing => self.create_briefing(Some(path)),
        }
    }
}
