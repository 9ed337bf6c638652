//! Choosing a file by its path, where the desktop has no file dialog (a minimal Linux desktop
//! without xdg-desktop-portal or zenity): the path to type, prefilled with the documents folder
//! and a suggested name, the folder's entries to click, and what will happen to the file.

use std::path::{Path, PathBuf};

use egui::{RichText, TextEdit};

use crate::export::ExportFormat;
use crate::fs::{Entry, LISTING_LIMIT, listing};
use crate::i18n::{Language, tr};
use crate::ui::Command;
use crate::ui::theme::{Palette, size};

/// What a file is chosen for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FilePurpose {
    /// Open a dataset.
    Open,
    /// Read a spreadsheet into the table shown in the editor.
    Import,
    /// Export the briefing pack (PDF, Word, HTML or Markdown, by the extension).
    Export,
    /// Save the chart on screen as a PNG.
    SaveChart,
    /// Save the dataset under another name.
    SaveAs,
    /// Save the notes under another name.
    SaveNotesAs,
    /// Write a new briefing.
    NewBriefing,
}

impl FilePurpose {
    /// The prompt's title (the menu item's words).
    pub fn title_key(self) -> &'static str {
        match self {
            Self::Open => "menu-open",
            Self::Import => "import-file",
            Self::Export => "menu-export",
            Self::SaveChart => "menu-save-chart",
            Self::SaveAs => "edit-save-as",
            Self::SaveNotesAs => "menu-save-notes-as",
            Self::NewBriefing => "new-title",
        }
    }

    /// Whether the file is written (else it is read and must exist).
    pub fn writes(self) -> bool {
        !matches!(self, Self::Open | Self::Import)
    }

    /// The extensions the file may have, lower case, without the dot.
    pub fn extensions(self) -> &'static [&'static str] {
        match self {
            Self::Open | Self::SaveAs | Self::SaveNotesAs | Self::NewBriefing => &["ron"],
            Self::Import => &["xlsx", "xls", "ods", "csv", "tsv", "txt"],
            Self::Export => &["pdf", "docx", "html", "md"],
            Self::SaveChart => &["png"],
        }
    }
}

/// The prompt's state: the path as typed, and the listing of its folder.
#[derive(Clone, Debug)]
pub struct FilePrompt {
    /// What the file is for.
    pub purpose: FilePurpose,
    /// The path as typed.
    pub path: String,
    /// The name suggested, without its extension (for a format chosen once only a folder is
    /// left in the path).
    stem: String,
    /// The folder listed, and its entries (read again when the typed folder changes).
    listed: Option<(PathBuf, Vec<Entry>)>,
    /// The keyboard was put in the path field.
    started: bool,
}

impl FilePrompt {
    /// A prompt starting at `path` (a folder and a suggested name, or a folder alone).
    pub fn new(purpose: FilePurpose, path: &Path) -> Self {
        let stem = if purpose.writes() {
            path.file_stem()
                .map_or_else(String::new, |s| s.to_string_lossy().into_owned())
        } else {
            String::new()
        };
        let mut path = path.display().to_string();
        if !purpose.writes() && !path.ends_with(std::path::MAIN_SEPARATOR) {
            path.push(std::path::MAIN_SEPARATOR);
        }
        Self {
            purpose,
            path,
            stem,
            listed: None,
            started: false,
        }
    }

    /// The export format the path's extension names, if any.
    pub fn format(&self) -> Option<ExportFormat> {
        ExportFormat::from_path(Path::new(self.path.trim()))
    }

    /// Gives the file typed the extension of `format` (the suggested name, when only a folder
    /// is typed).
    pub fn set_format(&mut self, format: ExportFormat) {
        let typed = self.path.trim();
        let file = if typed.is_empty() || typed.ends_with(std::path::MAIN_SEPARATOR) {
            let stem = if self.stem.is_empty() {
                "briefing"
            } else {
                &self.stem
            };
            PathBuf::from(typed).join(stem)
        } else {
            PathBuf::from(typed)
        };
        // "akmola.pdf" → "akmola.docx"; an extension that names no format ("v1.2") stays part
        // of the name.
        let file = if ExportFormat::from_path(&file).is_some() {
            file.with_extension(format.extension())
        } else {
            let mut name = file.into_os_string();
            name.push(".");
            name.push(format.extension());
            PathBuf::from(name)
        };
        self.path = file.display().to_string();
    }

    /// The folder of the path typed: the path itself when it ends with a separator.
    fn folder(&self) -> PathBuf {
        let typed = Path::new(self.path.trim());
        if self.path.ends_with(std::path::MAIN_SEPARATOR) || typed.is_dir() {
            typed.to_path_buf()
        } else {
            typed.parent().map(Path::to_path_buf).unwrap_or_default()
        }
    }

    /// What is wrong with the path typed, as a message key, or `None` when it will do.
    fn problem(&self) -> Option<&'static str> {
        let typed = Path::new(self.path.trim());
        if self.path.trim().is_empty() || self.path.ends_with(std::path::MAIN_SEPARATOR) {
            return Some("file-prompt-need-name");
        }
        if typed.is_dir() {
            return Some("file-prompt-is-folder");
        }
        if self.purpose.writes() {
            let parent = typed.parent().filter(|p| !p.as_os_str().is_empty());
            if parent.is_some_and(|p| !p.is_dir()) {
                return Some("file-prompt-no-folder");
            }
            None
        } else if typed.is_file() {
            None
        } else {
            Some("file-prompt-no-file")
        }
    }
}

/// Draws the prompt over everything; sends [`Command::FileChosen`] or
/// [`Command::CloseFilePrompt`].
pub fn file_prompt_ui(
    ctx: &egui::Context,
    prompt: &mut FilePrompt,
    lang: Language,
    commands: &mut Vec<Command>,
) {
    let folder = prompt.folder();
    if prompt.listed.as_ref().is_none_or(|(f, _)| *f != folder) {
        let entries = listing(&folder, prompt.purpose.extensions());
        prompt.listed = Some((folder, entries));
    }
    let modal = egui::Modal::new(egui::Id::unique("file-prompt")).show(ctx, |ui| {
        let palette = Palette::current(ui);
        ui.set_width(560.0);
        let title = tr(lang, prompt.purpose.title_key());
        ui.heading(title.trim_end_matches(['…', '.']));
        ui.label(tr(lang, "file-prompt-no-dialog"));
        ui.add_space(6.0);
        let label = ui.label(RichText::new(tr(lang, "file-prompt-path")).strong());
        let edit = ui
            .add(
                TextEdit::singleline(&mut prompt.path)
                    .id_salt("file-prompt-path")
                    .desired_width(f32::INFINITY)
                    .margin(egui::vec2(6.0, 4.0)),
            )
            .labelled_by(label.id);
        // The prompt opens with the keyboard in the path: Enter takes it.
        if !prompt.started {
            edit.request_focus();
            prompt.started = true;
        }
        let entered = edit.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        if prompt.purpose == FilePurpose::Export {
            formats_ui(ui, prompt, lang);
        }
        ui.add_space(4.0);
        entries_ui(ui, prompt, lang);
        let problem = prompt.problem();
        let exists = Path::new(prompt.path.trim()).is_file();
        if problem == Some("file-prompt-need-name") {
            // Nothing typed wrong yet: the folder is listed, a name is all that is missing.
            ui.weak(tr(lang, "file-prompt-need-name"));
        } else if let Some(key) = problem {
            ui.label(RichText::new(tr(lang, key)).color(palette.warning));
        } else if prompt.purpose.writes() && exists {
            ui.label(RichText::new(tr(lang, "file-prompt-replaces")).color(palette.warning));
        }
        ui.add_space(6.0);
        ui.horizontal(|ui| {
            let accept = tr(
                lang,
                if prompt.purpose.writes() {
                    "file-prompt-save"
                } else {
                    "file-prompt-open"
                },
            );
            let ok = ui.add_enabled(problem.is_none(), egui::Button::new(accept));
            if (ok.clicked() || (entered && problem.is_none())) && problem.is_none() {
                let path = PathBuf::from(prompt.path.trim());
                commands.push(Command::FileChosen(prompt.purpose, path));
            }
            if ui.button(tr(lang, "file-prompt-cancel")).clicked() {
                commands.push(Command::CloseFilePrompt);
            }
        });
    });
    if modal.should_close() {
        commands.push(Command::CloseFilePrompt);
    }
}

/// The formats of the pack, one of them chosen: the one the path's extension names. Choosing
/// another changes the extension; typing one chooses it.
fn formats_ui(ui: &mut egui::Ui, prompt: &mut FilePrompt, lang: Language) {
    let chosen = prompt.format();
    ui.horizontal_wrapped(|ui| {
        ui.label(tr(lang, "file-prompt-format"));
        for format in ExportFormat::ALL {
            let name = match format {
                ExportFormat::Pdf => "PDF".to_owned(),
                ExportFormat::Docx => tr(lang, "export-format-word"),
                ExportFormat::Html => "HTML".to_owned(),
                ExportFormat::Markdown => "Markdown".to_owned(),
            };
            let label = format!("{name} (.{})", format.extension());
            if ui.selectable_label(chosen == Some(format), label).clicked() {
                prompt.set_format(format);
            }
        }
    });
}

/// The typed folder's subfolders and files: a click on a folder goes into it, on a file
/// takes its name.
fn entries_ui(ui: &mut egui::Ui, prompt: &mut FilePrompt, lang: Language) {
    let Some((folder, entries)) = prompt.listed.clone() else {
        return;
    };
    ui.label(
        RichText::new(folder.display().to_string())
            .weak()
            .size(size::SMALL),
    );
    egui::ScrollArea::vertical()
        .max_height(220.0)
        .auto_shrink([false, true])
        .show(ui, |ui| {
            if let Some(parent) = folder.parent()
                && ui.selectable_label(false, "../").clicked()
            {
                prompt.path = with_separator(parent);
            }
            if entries.is_empty() {
                ui.weak(tr(lang, "file-prompt-empty"));
            }
            for entry in &entries {
                let shown = if entry.is_dir {
                    format!("{}/", entry.name)
                } else {
                    entry.name.clone()
                };
                if ui.selectable_label(false, shown).clicked() {
                    let path = folder.join(&entry.name);
                    prompt.path = if entry.is_dir {
                        with_separator(&path)
                    } else {
                        path.display().to_string()
                    };
                }
            }
            if entries.len() == LISTING_LIMIT {
                ui.weak(tr(lang, "file-prompt-more"));
            }
        });
}

/// A folder's path ending with the separator, so the prompt lists it.
fn with_separator(folder: &Path) -> String {
    let mut s = folder.display().to_string();
    if !s.ends_with(std::path::MAIN_SEPARATOR) {
        s.push(std::path::MAIN_SEPARATOR);
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_format_chosen_sets_the_extension_of_the_file_typed() {
        let mut prompt = FilePrompt::new(FilePurpose::Export, Path::new("/docs/akmola.pdf"));
        assert_eq!(prompt.format(), Some(ExportFormat::Pdf));
        prompt.set_format(ExportFormat::Docx);
        assert_eq!(prompt.path, "/docs/akmola.docx");
        assert_eq!(prompt.format(), Some(ExportFormat::Docx));
        prompt.path = "/docs/report v1.2".to_owned();
        assert_eq!(prompt.format(), None);
        prompt.set_format(ExportFormat::Html);
        assert_eq!(prompt.path, "/docs/report v1.2.html");
        prompt.path = "/docs/".to_owned();
        prompt.set_format(ExportFormat::Markdown);
        assert_eq!(prompt.path, "/docs/akmola.md");
    }
}
