//! The open dataset: opening, reloading, deriving the briefing, following evidence.

use std::path::PathBuf;

use crate::app::watcher::Watcher;
use crate::app::{AppPaths, BriefDeskApp};
use crate::i18n::{Language, tr};
use crate::model::{self, ChartKind, LoadError, Loaded};
use crate::notes::NotesStore;
use crate::ui::Screen;
use crate::ui::workspace::Problem;
use crate::view_model::{Briefing, EvidenceTarget};

/// Where the open dataset came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DatasetSource {
    /// Built into the binary.
    Embedded,
    /// A file.
    File(PathBuf),
}

impl DatasetSource {
    pub(super) fn notes_path(&self, paths: &AppPaths) -> PathBuf {
        match self {
            Self::Embedded => paths.notes_for(None),
            Self::File(path) => paths.notes_for(Some(path)),
        }
    }

    pub(super) fn load(&self) -> Result<Loaded, LoadError> {
        match self {
            Self::Embedded => model::embedded(),
            Self::File(path) => model::load(path),
        }
    }
}

/// The open dataset: where it came from, as read, and derived.
pub(super) struct Document {
    pub source: DatasetSource,
    pub loaded: Loaded,
    pub briefing: Briefing,
    /// Counts the datasets opened, so that another one starts with fresh scroll positions.
    pub generation: u64,
    /// The SHA-256 of the file's bytes as this app last read or wrote them: the watcher's
    /// events reload only a file whose content differs from it.
    pub disk_hash: Option<String>,
}

impl BriefDeskApp {
    /// Opens a dataset; on failure keeps the current one (and its notes) and shows why.
    pub(super) fn open(&mut self, source: DatasetSource) {
        match source.load() {
            Err(error) => self.problem = Some(Problem::Load(error)),
            Ok(loaded) if loaded.has_errors() => {
                self.problem = Some(Problem::Invalid {
                    file: loaded.name.clone(),
                    findings: loaded.findings,
                    dataset: Box::new(loaded.dataset),
                });
            }
            Ok(loaded) => {
                let disk_hash = match &source {
                    DatasetSource::File(path) => {
                        // What a save cut short by a crash left beside the file and its notes.
                        crate::fs::remove_stale_temporaries(path);
                        crate::fs::remove_stale_temporaries(&crate::notes::sidecar_path(path));
                        std::fs::read(path).ok().map(|b| model::sha256_hex(&b))
                    }
                    DatasetSource::Embedded => None,
                };
                let another = self.doc.source != source;
                if another {
                    self.forget_recovery();
                }
                let notes_path = source.notes_path(&self.paths);
                if notes_path != self.notes.path() {
                    self.notes.save();
                    self.notes = NotesStore::open(notes_path, &loaded.name);
                    self.highlight = None;
                }
                self.problem = None;
                if let DatasetSource::File(path) = &source {
                    self.settings.remember(path);
                    if self.watcher.as_ref().is_none() || self.doc.source != source {
                        self.watcher = Watcher::new(path, &self.ctx);
                    }
                } else {
                    self.settings.last_dataset = None;
                    self.watcher = None;
                }
                let briefing =
                    Briefing::from_dataset(&loaded.dataset, &self.settings.view_settings());
                // The edits and their history belonged to the dataset that was open.
                self.reset_editing();
                // Another dataset starts at its overview, at the top, nothing highlighted; the
                // same one read again keeps the screen where it was.
                if another {
                    self.settings.screen = Screen::Overview;
                    self.highlight = None;
                }
                self.doc = Document {
                    source,
                    loaded,
                    briefing,
                    generation: self.doc.generation + u64::from(another),
                    disk_hash,
                };
                self.refresh_deck();
                if another {
                    self.look_for_recovery();
                }
            }
        }
    }

    /// Derives the briefing again after a setting that shapes it changed.
    pub(super) fn rebuild(&mut self) {
        self.doc.briefing =
            Briefing::from_dataset(&self.doc.loaded.dataset, &self.settings.view_settings());
        self.refresh_deck();
    }

    /// The dataset's file name without its extension, for suggested output names.
    pub(super) fn dataset_stem(&self) -> String {
        match &self.doc.source {
            DatasetSource::Embedded => "akmola-2017".to_owned(),
            DatasetSource::File(path) => path.file_stem().map_or_else(
                || "briefing".to_owned(),
                |s| s.to_string_lossy().into_owned(),
            ),
        }
    }

    /// The open dataset as people call it: its path, or "the built-in dataset".
    pub(super) fn source_name(&self, lang: Language) -> String {
        match &self.doc.source {
            DatasetSource::Embedded => tr(lang, "embedded-dataset"),
            DatasetSource::File(path) => path.display().to_string(),
        }
    }

    /// The open briefing's file name, or "the built-in dataset".
    pub(super) fn short_name(&self, lang: Language) -> String {
        match &self.doc.source {
            DatasetSource::File(path) => path.file_name().map_or_else(
                || path.display().to_string(),
                |n| n.to_string_lossy().into_owned(),
            ),
            DatasetSource::Embedded => tr(lang, "embedded-dataset"),
        }
    }

    /// Shows the screen a piece of evidence is on (and its district highlighted).
    pub(super) fn show_evidence(&mut self, target: EvidenceTarget) {
        use crate::model::FigureKey;
        self.settings.screen = match target {
            EvidenceTarget::Figure(key) => match key {
                FigureKey::CorruptionCrimes
                | FigureKey::CorruptionPersons
                | FigureKey::CorruptionManagers => Screen::Corruption,
                FigureKey::CentresTotal
                | FigureKey::CentresRented
                | FigureKey::CentresBuiltRecently => Screen::Centres,
                _ => Screen::Overview,
            },
            EvidenceTarget::Chart(ChartKind::Districts) => Screen::Districts,
            EvidenceTarget::Chart(ChartKind::Centres) => Screen::Centres,
            EvidenceTarget::Chart(ChartKind::Corruption) => Screen::Corruption,
            EvidenceTarget::District(id) => {
                self.highlight = Some(id);
                Screen::Districts
            }
            EvidenceTarget::Centre(id) => {
                self.highlight = self
                    .doc
                    .loaded
                    .dataset
                    .centres
                    .iter()
                    .find(|c| c.id == id)
                    .map(|c| c.district.clone());
                Screen::Centres
            }
        };
    }
}

/// A dataset with nothing in it (shown if the built-in one ever failed to load).
pub(super) fn empty_dataset() -> model::Dataset {
    model::new_dataset()
}
