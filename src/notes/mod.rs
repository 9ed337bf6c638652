//! The user's notes under each recommendation, kept in a sidecar file and saved atomically.
//!
//! The dataset file is never rewritten: notes for `NAME.ron` live in `NAME.notes.ron` beside it
//! (for the embedded dataset, in the platform's data folder), keyed by recommendation id.

mod slide_plan;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};

pub use slide_plan::{ArrangedSlide, SlidePlan};

/// How long after the last keystroke notes are saved.
pub const AUTOSAVE_DELAY: Duration = Duration::from_secs(1);

/// The notes file format version.
pub const NOTES_FORMAT: u32 = 1;

/// Where a recommendation stands.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Status {
    /// Not started.
    #[default]
    Open,
    /// Being worked on.
    InProgress,
    /// Carried out.
    Done,
    /// Decided against.
    Dropped,
}

impl Status {
    /// Every status, in menu order.
    pub const ALL: [Self; 4] = [Self::Open, Self::InProgress, Self::Done, Self::Dropped];

    /// Message key of its name.
    pub fn label_key(self) -> &'static str {
        match self {
            Self::Open => "status-open",
            Self::InProgress => "status-in-progress",
            Self::Done => "status-done",
            Self::Dropped => "status-dropped",
        }
    }
}

/// The user's note on one recommendation.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Note {
    /// Free text, several lines.
    pub text: String,
    /// Where it stands.
    pub status: Status,
    /// Who is responsible.
    pub owner: String,
    /// Due date as typed (`2017-12-31` is expected; anything typed is kept).
    pub due: String,
    /// When it was last changed, seconds since 1970 (UTC).
    pub updated_unix_secs: u64,
}

impl Note {
    /// Whether nothing has been written.
    pub fn is_blank(&self) -> bool {
        self.text.trim().is_empty()
            && self.status == Status::Open
            && self.owner.trim().is_empty()
            && self.due.trim().is_empty()
    }
}

/// A change to one field of a note. Views send these, never a whole note, so an edit made in
/// one place (the presenter view) is not undone by a stale copy held in another.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NoteEdit {
    /// The free text.
    SetText(String),
    /// Where it stands.
    SetStatus(Status),
    /// Who is responsible.
    SetOwner(String),
    /// The due date as typed.
    SetDue(String),
}

impl NoteEdit {
    /// Makes the change on `note`.
    pub fn apply_to(self, note: &mut Note) {
        match self {
            Self::SetText(text) => note.text = text,
            Self::SetStatus(status) => note.status = status,
            Self::SetOwner(owner) => note.owner = owner,
            Self::SetDue(due) => note.due = due,
        }
    }
}

/// The sidecar file's content.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename = "Notes", default)]
pub struct NotesFile {
    /// Format version.
    pub format: u32,
    /// File name of the dataset these notes belong to.
    pub dataset: String,
    /// Notes by recommendation id; kept even when the recommendation leaves the dataset.
    pub notes: BTreeMap<String, Note>,
    /// The slides' order and visibility.
    #[serde(skip_serializing_if = "SlidePlan::is_default")]
    pub slides: SlidePlan,
}

/// Where the notes stand with respect to the disk.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveState {
    /// Everything is on disk.
    Saved,
    /// Changes wait for the autosave.
    Pending,
    /// The last save failed; the notes are kept in memory.
    Failed(String),
}

/// A problem with the sidecar that the user must hear about.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NotesNotice {
    /// The sidecar could not be read and was renamed, not overwritten.
    SetAside {
        /// The sidecar.
        path: PathBuf,
        /// Where it was moved.
        moved_to: PathBuf,
        /// Why it could not be read.
        reason: String,
    },
    /// The sidecar could not be read and could not be moved either; saving is off for it.
    Unreadable {
        /// The sidecar.
        path: PathBuf,
        /// Why.
        reason: String,
    },
}

/// The notes of one dataset, with autosave.
#[derive(Debug)]
pub struct NotesStore {
    path: PathBuf,
    file: NotesFile,
    state: SaveState,
    last_edit: Option<Instant>,
    /// Saving to `path` is refused because an unreadable file there could not be moved.
    blocked: bool,
    notice: Option<NotesNotice>,
    /// Counts the changes made, for the recovery file's schedule.
    changes: u64,
}

/// The sidecar path for a dataset file: `NAME.ron` → `NAME.notes.ron`.
pub fn sidecar_path(dataset: &Path) -> PathBuf {
    let stem = dataset
        .file_stem()
        .map_or_else(|| "dataset".into(), |s| s.to_string_lossy().into_owned());
    dataset.with_file_name(format!("{stem}.notes.ron"))
}

fn now_unix_secs() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

impl NotesStore {
    /// Opens the notes at `path` (a missing file means no notes yet). A file that cannot be
    /// read is renamed aside and reported through [`Self::notice`].
    pub fn open(path: PathBuf, dataset_name: &str) -> Self {
        let mut store = Self {
            file: NotesFile {
                format: NOTES_FORMAT,
                dataset: dataset_name.to_owned(),
                notes: BTreeMap::new(),
                slides: SlidePlan::default(),
            },
            path,
            state: SaveState::Saved,
            last_edit: None,
            blocked: false,
            notice: None,
            changes: 0,
        };
        match std::fs::read(&store.path) {
            Ok(bytes) => match parse_notes(&bytes) {
                Ok(file) => {
                    store.file.notes = file.notes;
                    store.file.slides = file.slides;
                }
                Err(reason) => store.set_aside(reason),
            },
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => store.set_aside(e.to_string()),
        }
        store
    }

    fn set_aside(&mut self, reason: String) {
        let stamp = now_unix_secs();
        let moved_to = self
            .path
            .with_file_name(format!("{}.unreadable-{stamp}", file_name(&self.path)));
        self.notice = Some(match std::fs::rename(&self.path, &moved_to) {
            Ok(()) => NotesNotice::SetAside {
                path: self.path.clone(),
                moved_to,
                reason,
            },
            Err(e) => {
                self.blocked = true;
                NotesNotice::Unreadable {
                    path: self.path.clone(),
                    reason: format!("{reason}; it could not be moved aside either: {e}"),
                }
            }
        });
    }

    /// Where the notes are saved.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The note for a recommendation, if any was written.
    pub fn note(&self, id: &str) -> Option<&Note> {
        self.file.notes.get(id)
    }

    /// Every note, by recommendation id.
    pub fn notes(&self) -> &BTreeMap<String, Note> {
        &self.file.notes
    }

    /// Notes whose recommendation is not among `ids` (kept, shown as orphaned).
    pub fn orphans<'a>(&'a self, ids: &[&str]) -> Vec<(&'a str, &'a Note)> {
        self.file
            .notes
            .iter()
            .filter(|(id, note)| !ids.contains(&id.as_str()) && !note.is_blank())
            .map(|(id, note)| (id.as_str(), note))
            .collect()
    }

    /// Changes a note through `edit`, and schedules a save.
    pub fn edit(&mut self, id: &str, edit: impl FnOnce(&mut Note)) {
        let note = self.file.notes.entry(id.to_owned()).or_default();
        let before = note.clone();
        edit(note);
        if *note != before {
            note.updated_unix_secs = now_unix_secs();
            self.changes += 1;
            self.state = SaveState::Pending;
            self.last_edit = Some(Instant::now());
        }
    }

    /// Changes one field of the note on recommendation `id`, and schedules a save.
    pub fn apply(&mut self, id: &str, edit: NoteEdit) {
        self.edit(id, |note| edit.apply_to(note));
    }

    /// How the slides are arranged.
    pub fn slide_plan(&self) -> &SlidePlan {
        &self.file.slides
    }

    /// Arranges the slides anew, and schedules a save.
    pub fn set_slide_plan(&mut self, plan: SlidePlan) {
        if plan != self.file.slides {
            self.file.slides = plan;
            self.changes += 1;
            self.state = SaveState::Pending;
            self.last_edit = Some(Instant::now());
        }
    }

    /// Everything in the notes file, as it would be saved.
    pub fn file(&self) -> &NotesFile {
        &self.file
    }

    /// Puts back notes kept in a recovery file (their notes and slide plan replace these), and
    /// schedules a save.
    pub fn restore(&mut self, file: NotesFile) {
        self.file.notes = file.notes;
        self.file.slides = file.slides;
        self.changes += 1;
        self.state = SaveState::Pending;
        self.last_edit = Some(Instant::now());
    }

    /// How many changes were made since the notes were opened.
    pub fn changes(&self) -> u64 {
        self.changes
    }

    /// The save state.
    pub fn state(&self) -> &SaveState {
        &self.state
    }

    /// Whether there are changes not yet on disk.
    pub fn has_unsaved(&self) -> bool {
        self.state != SaveState::Saved
    }

    /// A problem with the sidecar to tell the user about, once.
    pub fn notice(&self) -> Option<&NotesNotice> {
        self.notice.as_ref()
    }

    /// Forgets the notice after the user has seen it.
    pub fn dismiss_notice(&mut self) {
        self.notice = None;
    }

    /// When the autosave is due, if changes are pending.
    pub fn autosave_due(&self) -> Option<Instant> {
        match self.state {
            SaveState::Pending => self.last_edit.map(|t| t + AUTOSAVE_DELAY),
            _ => None,
        }
    }

    /// Saves if changes are pending and the last edit is [`AUTOSAVE_DELAY`] old.
    pub fn autosave(&mut self, now: Instant) {
        if self.autosave_due().is_some_and(|due| now >= due) {
            self.save();
        }
    }

    /// Saves now if anything is unsaved (including after a failed save).
    pub fn save(&mut self) {
        if self.state == SaveState::Saved {
            return;
        }
        if self.blocked {
            self.state = SaveState::Failed(format!(
                "{}: an unreadable notes file is in the way; choose another place to save",
                self.path.display()
            ));
            return;
        }
        let text = match ron::ser::to_string_pretty(&self.file, ron::ser::PrettyConfig::default()) {
            Ok(text) => text,
            Err(e) => {
                self.state = SaveState::Failed(e.to_string());
                return;
            }
        };
        if let Some(dir) = self.path.parent().filter(|d| !d.as_os_str().is_empty())
            && let Err(e) = std::fs::create_dir_all(dir)
        {
            self.state = SaveState::Failed(format!("{}: {e}", dir.display()));
            return;
        }
        self.state = match crate::fs::write_atomic(&self.path, text.as_bytes()) {
            Ok(()) => SaveState::Saved,
            Err(e) => SaveState::Failed(format!("{}: {e}", self.path.display())),
        };
    }

    /// Saves to a new place from now on (after a failed save, say), keeping every note.
    pub fn save_to(&mut self, path: PathBuf) {
        self.path = path;
        self.blocked = false;
        self.state = SaveState::Pending;
        self.save();
    }
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map_or_else(|| "notes".into(), |n| n.to_string_lossy().into_owned())
}

/// Reads a notes file without touching it (for exports). A missing file means no notes.
///
/// # Errors
/// When the file exists but cannot be read or parsed; the reason, in words.
pub fn read_notes(path: &Path) -> Result<NotesFile, String> {
    match std::fs::read(path) {
        Ok(bytes) => parse_notes(&bytes),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(NotesFile::default()),
        Err(e) => Err(e.to_string()),
    }
}

fn parse_notes(bytes: &[u8]) -> Result<NotesFile, String> {
    let text = std::str::from_utf8(bytes).map_err(|e| format!("not UTF-8 text: {e}"))?;
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let file: NotesFile = ron::Options::default()
        .with_recursion_limit(32)
        .from_str(text)
        .map_err(|e| format!("{}:{}: {}", e.span.start.line, e.span.start.col, e.code))?;
    if file.format > NOTES_FORMAT {
        return Err(format!(
            "notes format {} is newer than this build reads ({NOTES_FORMAT})",
            file.format
        ));
    }
    Ok(file)
}

#[cfg(test)]
mod tests;
