//! Watches the open dataset file and says when it has settled after a change.

use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use notify_debouncer_mini::notify::{RecommendedWatcher, RecursiveMode};
use notify_debouncer_mini::{DebounceEventResult, Debouncer, new_debouncer};

/// How long the file must be quiet before it is read again: editors write in several steps.
const SETTLE: Duration = Duration::from_millis(250);

/// Watches one file (through its folder: editors often save by writing a new file and
/// renaming it over the old one).
pub struct Watcher {
    _debouncer: Debouncer<RecommendedWatcher>,
    changed: Arc<AtomicBool>,
}

impl Watcher {
    /// Starts watching `path`; a settled change repaints `ctx`. `None` when the folder cannot
    /// be watched (the app then works without reloading by itself).
    pub fn new(path: &Path, ctx: &egui::Context) -> Option<Self> {
        let changed = Arc::new(AtomicBool::new(false));
        let flag = Arc::clone(&changed);
        let ctx = ctx.clone();
        let name = path.file_name()?.to_owned();
        let mut debouncer = new_debouncer(SETTLE, move |result: DebounceEventResult| {
            let Ok(events) = result else {
                return;
            };
            if events
                .iter()
                .any(|e| e.path.file_name() == Some(name.as_os_str()))
            {
                flag.store(true, Ordering::Release);
                ctx.request_repaint();
            }
        })
        .ok()?;
        let dir = path
            .parent()
            .filter(|d| !d.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        debouncer
            .watcher()
            .watch(dir, RecursiveMode::NonRecursive)
            .ok()?;
        Some(Self {
            _debouncer: debouncer,
            changed,
        })
    }

    /// Whether the file changed since the last call.
    pub fn take_change(&self) -> bool {
        self.changed.swap(false, Ordering::AcqRel)
    }
}
