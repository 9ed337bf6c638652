//! Unsaved work kept through a crash: the edited dataset (and notes that could not be saved)
//! written to a recovery file beside the notes, atomically, a second after the last change;
//! offered back when the same briefing opens next; removed once nothing is unsaved.
//!
//! `NAME.ron`'s recovery file is `NAME.recovery.ron` beside its notes; the built-in dataset's
//! is in the app's data folder. When the briefing's folder cannot be written (the reason notes
//! may fail to save), the file goes to the data folder's `recovery/` instead, named after the
//! briefing and a hash of its path.

use std::path::PathBuf;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};

use crate::app::AppPaths;
use crate::app::document::DatasetSource;
use crate::notes::NotesFile;

/// How long after the last change the recovery file is written.
pub const DELAY: Duration = Duration::from_secs(1);

/// The recovery file's format version.
const FORMAT: u32 = 1;

/// What a recovery file holds.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename = "Recovery")]
pub struct RecoveryFile {
    /// Format version.
    pub format: u32,
    /// The briefing the edits belong to, as shown to the user.
    pub dataset: String,
    /// When it was written, seconds since 1970 (UTC).
    pub saved_unix_secs: u64,
    /// The edited dataset as a save would write it; `None` when only notes are kept.
    #[serde(default)]
    pub text: Option<String>,
    /// Notes that could not be saved in their own file.
    #[serde(default)]
    pub notes: Option<NotesFile>,
}

/// Where the recovery file of `source` goes: beside its notes, and the fallback in the data
/// folder.
pub fn paths(app: &AppPaths, source: &DatasetSource) -> [PathBuf; 2] {
    let notes = source.notes_path(app);
    let name = notes
        .file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    let stem = name.strip_suffix(".notes.ron").unwrap_or(&name).to_owned();
    let beside = notes.with_file_name(format!("{stem}.recovery.ron"));
    let key = crate::model::sha256_hex(notes.to_string_lossy().as_bytes());
    let fallback = app
        .data_dir
        .join("recovery")
        .join(format!("{stem}-{}.recovery.ron", &key[..12]));
    [beside, fallback]
}

/// Reads the newest readable recovery file of `source`, with its path.
pub fn find(app: &AppPaths, source: &DatasetSource) -> Option<(PathBuf, RecoveryFile)> {
    paths(app, source)
        .into_iter()
        .filter_map(|path| {
            let text = std::fs::read_to_string(&path).ok()?;
            let file: RecoveryFile = ron::from_str(&text).ok()?;
            (file.format == FORMAT && (file.text.is_some() || file.notes.is_some()))
                .then_some((path, file))
        })
        .max_by_key(|(_, file)| file.saved_unix_secs)
}

/// Writes the recovery file (beside the notes, else in the data folder); the path written.
///
/// # Errors
/// When neither place can be written.
pub fn write(
    app: &AppPaths,
    source: &DatasetSource,
    dataset: &str,
    text: Option<String>,
    notes: Option<NotesFile>,
) -> std::io::Result<PathBuf> {
    let file = RecoveryFile {
        format: FORMAT,
        dataset: dataset.to_owned(),
        saved_unix_secs: SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_secs()),
        text,
        notes,
    };
    let bytes = ron::ser::to_string_pretty(&file, ron::ser::PrettyConfig::default())
        .map_err(std::io::Error::other)?;
    let [beside, fallback] = paths(app, source);
    if crate::fs::write_atomic(&beside, bytes.as_bytes()).is_ok() {
        // One recovery file at a time: an older one in the other place is stale now.
        let _ = std::fs::remove_file(&fallback);
        return Ok(beside);
    }
    if let Some(dir) = fallback.parent() {
        std::fs::create_dir_all(dir)?;
    }
    crate::fs::write_atomic(&fallback, bytes.as_bytes())?;
    Ok(fallback)
}

/// Removes the recovery files of `source`, wherever they are.
pub fn remove(app: &AppPaths, source: &DatasetSource) {
    for path in paths(app, source) {
        let _ = std::fs::remove_file(path);
    }
}

/// When the recovery file is written: a second after the last change to unsaved work, and
/// removed once nothing is unsaved.
#[derive(Debug, Default)]
pub struct Schedule {
    /// The unsaved work as last seen (a count of changes), `None` when nothing is unsaved.
    seen: Option<u64>,
    /// When the next write is due.
    due: Option<Instant>,
    /// Whether a recovery file of ours is on disk.
    pub written: bool,
}

/// What the schedule says to do now.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// Nothing now; ask again after this long, if at all.
    Wait(Option<Duration>),
    /// Write the recovery file.
    Write,
    /// Nothing is unsaved any more: remove the recovery file.
    Remove,
}

impl Schedule {
    /// Given the unsaved work now (`None`: nothing unsaved, else a count that changes with
    /// every change), says what to do.
    pub fn step(&mut self, unsaved: Option<u64>, now: Instant) -> Step {
        if unsaved != self.seen {
            self.seen = unsaved;
            self.due = unsaved.map(|_| now + DELAY);
        }
        match (unsaved, self.due) {
            (None, _) if self.written => {
                self.written = false;
                Step::Remove
            }
            (Some(_), Some(due)) if now >= due => {
                self.due = None;
                self.written = true;
                Step::Write
            }
            (Some(_), Some(due)) => Step::Wait(Some(due - now)),
            _ => Step::Wait(None),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    fn app(dir: &Path) -> AppPaths {
        AppPaths {
            data_dir: dir.join("data"),
        }
    }

    #[test]
    fn the_file_is_written_a_second_after_the_last_change_and_removed_once_saved() {
        let mut s = Schedule::default();
        let t = Instant::now();
        assert_eq!(s.step(None, t), Step::Wait(None));
        assert_eq!(s.step(Some(1), t), Step::Wait(Some(DELAY)));
        // Another change restarts the second.
        let later = t + Duration::from_millis(800);
        assert_eq!(s.step(Some(2), later), Step::Wait(Some(DELAY)));
        assert!(matches!(s.step(Some(2), t + DELAY), Step::Wait(Some(_))));
        assert_eq!(s.step(Some(2), later + DELAY), Step::Write);
        assert_eq!(s.step(Some(2), later + DELAY * 3), Step::Wait(None));
        assert_eq!(s.step(None, later + DELAY * 4), Step::Remove);
        assert_eq!(s.step(None, later + DELAY * 5), Step::Wait(None));
    }

    #[test]
    fn nothing_is_removed_that_was_never_written() {
        let mut s = Schedule::default();
        let t = Instant::now();
        assert_eq!(s.step(Some(1), t), Step::Wait(Some(DELAY)));
        assert_eq!(s.step(None, t), Step::Wait(None));
    }

    #[test]
    fn a_recovery_file_is_written_beside_the_notes_and_read_back() {
        let dir = tempfile::tempdir().unwrap();
        let app = app(dir.path());
        let source = DatasetSource::File(dir.path().join("region.ron"));
        let path = write(&app, &source, "region.ron", Some("(x)".into()), None).unwrap();
        assert_eq!(path, dir.path().join("region.recovery.ron"));
        let (found, file) = find(&app, &source).unwrap();
        assert_eq!(found, path);
        assert_eq!(file.text.as_deref(), Some("(x)"));
        assert_eq!(file.dataset, "region.ron");
        remove(&app, &source);
        assert!(find(&app, &source).is_none());
    }

    #[test]
    fn a_folder_that_cannot_be_written_sends_it_to_the_data_folder() {
        let dir = tempfile::tempdir().unwrap();
        let app = app(dir.path());
        // A "folder" that is a file cannot hold anything.
        let blocked = dir.path().join("blocked");
        std::fs::write(&blocked, "").unwrap();
        let source = DatasetSource::File(blocked.join("region.ron"));
        let path = write(&app, &source, "region.ron", Some("(y)".into()), None).unwrap();
        assert!(path.starts_with(app.data_dir.join("recovery")), "{path:?}");
        assert_eq!(find(&app, &source).unwrap().1.text.as_deref(), Some("(y)"));
        // Another briefing's recovery is not this one's.
        let other = DatasetSource::File(blocked.join("other.ron"));
        assert!(find(&app, &other).is_none());
    }

    #[test]
    fn the_built_in_dataset_keeps_its_recovery_in_the_data_folder() {
        let dir = tempfile::tempdir().unwrap();
        let app = app(dir.path());
        std::fs::create_dir_all(&app.data_dir).unwrap();
        let path = write(
            &app,
            &DatasetSource::Embedded,
            "x",
            Some("(z)".into()),
            None,
        )
        .unwrap();
        assert_eq!(path, app.data_dir.join("akmola-2017.recovery.ron"));
    }

    #[test]
    fn an_unreadable_or_empty_recovery_file_is_not_offered() {
        let dir = tempfile::tempdir().unwrap();
        let app = app(dir.path());
        let source = DatasetSource::File(dir.path().join("region.ron"));
        let [beside, _] = paths(&app, &source);
        std::fs::write(&beside, "not ron at all").unwrap();
        assert!(find(&app, &source).is_none());
        std::fs::write(
            &beside,
            "Recovery(format: 1, dataset: \"x\", saved_unix_secs: 1)",
        )
        .unwrap();
        assert!(find(&app, &source).is_none(), "nothing in it to recover");
    }
}
