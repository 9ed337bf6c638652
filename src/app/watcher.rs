//! Watches the open dataset file and says when it has settled after a change.
//!
//! Only events that can change what the file holds count: its data written, the file created,
//! renamed onto or away, removed. Opening, reading and closing it unwritten (another program
//! reading the briefing, or this app reading it back) and metadata changes (access times,
//! permissions) are not changes; the app then compares the content's hash with the last it read
//! or wrote, so a save that wrote the same bytes reloads nothing either.

use std::ffi::OsString;
use std::path::Path;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use notify::event::{AccessKind, AccessMode, EventKind, ModifyKind};
use notify::{RecommendedWatcher, RecursiveMode, Watcher as _};

/// How long the file must be quiet before it is read again: editors write in several steps.
const SETTLE: Duration = Duration::from_millis(250);

/// Whether an event of this kind can change the file's content.
pub fn changes_content(kind: EventKind) -> bool {
    match kind {
        EventKind::Modify(ModifyKind::Metadata(_))
        | EventKind::Access(
            AccessKind::Any
            | AccessKind::Read
            | AccessKind::Open(_)
            | AccessKind::Other
            | AccessKind::Close(
                AccessMode::Any | AccessMode::Read | AccessMode::Execute | AccessMode::Other,
            ),
        )
        | EventKind::Any
        | EventKind::Other => false,
        EventKind::Create(_)
        | EventKind::Remove(_)
        | EventKind::Modify(_)
        | EventKind::Access(AccessKind::Close(AccessMode::Write)) => true,
    }
}

/// Watches one file (through its folder: editors often save by writing a new file and
/// renaming it over the old one).
pub struct Watcher {
    _watcher: RecommendedWatcher,
    /// When the last event that may have changed the file arrived, not yet reported.
    last_change: Arc<Mutex<Option<Instant>>>,
}

impl Watcher {
    /// Starts watching `path`; a change repaints `ctx` once it has settled. `None` when the
    /// folder cannot be watched (the app then works without reloading by itself).
    pub fn new(path: &Path, ctx: &egui::Context) -> Option<Self> {
        let last_change = Arc::new(Mutex::new(None));
        let shared = Arc::clone(&last_change);
        let ctx = ctx.clone();
        let name: OsString = path.file_name()?.to_owned();
        let mut watcher =
            notify::recommended_watcher(move |result: notify::Result<notify::Event>| {
                let Ok(event) = result else {
                    return;
                };
                let ours = event
                    .paths
                    .iter()
                    .any(|p| p.file_name() == Some(name.as_os_str()));
                if ours && changes_content(event.kind) {
                    *shared.lock().unwrap_or_else(PoisonError::into_inner) = Some(Instant::now());
                    ctx.request_repaint_after(SETTLE);
                }
            })
            .ok()?;
        let dir = path
            .parent()
            .filter(|d| !d.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        watcher.watch(dir, RecursiveMode::NonRecursive).ok()?;
        Some(Self {
            _watcher: watcher,
            last_change,
        })
    }

    /// Whether the file changed and has been quiet for a moment since; `Err(wait)` when a
    /// change is still settling and should be asked about again after `wait`.
    pub fn take_change(&self, now: Instant) -> Result<bool, Duration> {
        let mut last = self
            .last_change
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        match *last {
            None => Ok(false),
            Some(at) if now.saturating_duration_since(at) >= SETTLE => {
                *last = None;
                Ok(true)
            }
            Some(at) => Err(SETTLE.saturating_sub(now.saturating_duration_since(at))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use notify::event::{CreateKind, DataChange, MetadataKind, RemoveKind, RenameMode};

    #[test]
    fn reading_the_file_is_not_a_change() {
        for kind in [
            EventKind::Access(AccessKind::Open(AccessMode::Any)),
            EventKind::Access(AccessKind::Open(AccessMode::Read)),
            EventKind::Access(AccessKind::Close(AccessMode::Read)),
            EventKind::Access(AccessKind::Read),
            EventKind::Access(AccessKind::Any),
            EventKind::Modify(ModifyKind::Metadata(MetadataKind::AccessTime)),
            EventKind::Modify(ModifyKind::Metadata(MetadataKind::Permissions)),
            EventKind::Modify(ModifyKind::Metadata(MetadataKind::Any)),
            EventKind::Any,
            EventKind::Other,
        ] {
            assert!(!changes_content(kind), "{kind:?} is not a change");
        }
    }

    #[test]
    fn writing_creating_renaming_and_removing_are_changes() {
        for kind in [
            EventKind::Modify(ModifyKind::Data(DataChange::Content)),
            EventKind::Modify(ModifyKind::Data(DataChange::Any)),
            EventKind::Modify(ModifyKind::Any),
            EventKind::Modify(ModifyKind::Name(RenameMode::To)),
            EventKind::Modify(ModifyKind::Name(RenameMode::From)),
            EventKind::Modify(ModifyKind::Name(RenameMode::Both)),
            EventKind::Create(CreateKind::File),
            EventKind::Remove(RemoveKind::File),
            EventKind::Access(AccessKind::Close(AccessMode::Write)),
        ] {
            assert!(changes_content(kind), "{kind:?} is a change");
        }
    }

    #[test]
    fn a_real_read_is_not_reported_and_a_real_write_is_after_it_settles() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("b.ron");
        std::fs::write(&path, "x").unwrap();
        let ctx = egui::Context::default();
        let watcher = Watcher::new(&path, &ctx).unwrap();
        // Reading it, as `cat` or the app's own reload does.
        for _ in 0..5 {
            let _ = std::fs::read(&path).unwrap();
        }
        std::thread::sleep(Duration::from_millis(400));
        assert_eq!(watcher.take_change(Instant::now()), Ok(false));
        std::fs::write(&path, "y").unwrap();
        // Events arrive from the watcher's thread: wait for one, within reason.
        let mut reported = false;
        for _ in 0..40 {
            std::thread::sleep(Duration::from_millis(50));
            if watcher.take_change(Instant::now()) == Ok(true) {
                reported = true;
                break;
            }
        }
        assert!(reported, "a write is reported");
        std::thread::sleep(Duration::from_millis(400));
        assert_eq!(watcher.take_change(Instant::now()), Ok(false), "once");
    }
}
