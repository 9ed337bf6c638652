//! What is remembered between runs, and where the app keeps its own files.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::i18n::Language;
use crate::notes;
use crate::ui::Screen;
use crate::view_model::{DistrictMetric, DistrictSort, Settings};

/// How many recent files the File menu keeps.
pub const RECENT_LIMIT: usize = 8;

/// What is remembered between runs (with eframe's storage). Runtime state stays out.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
#[expect(
    clippy::struct_excessive_bools,
    reason = "independent switches of the View and Show menus, each remembered on its own"
)]
pub struct AppSettings {
    /// Interface language.
    pub language: Language,
    /// Light, dark or system.
    pub theme: egui::ThemePreference,
    /// Interface zoom (Ctrl +/−/0).
    pub zoom: f32,
    /// The dataset open when the app was closed (`None`: the embedded one).
    pub last_dataset: Option<PathBuf>,
    /// Recently opened datasets, newest first.
    pub recent: Vec<PathBuf>,
    /// The screen shown.
    pub screen: Screen,
    /// The districts metric.
    pub metric: DistrictMetric,
    /// The districts order.
    pub sort: DistrictSort,
    /// Tables instead of charts.
    pub table: bool,
    /// Use the presenter view when a second screen is connected.
    pub presenter_view: bool,
    /// Dark projector theme (a light wall is the default: projectors wash out dark ones).
    pub projector_dark: bool,
    /// Whether N shows the speaker notes in one-window mode, where the one screen may be the
    /// wall (a mirrored laptop): off unless asked for.
    pub notes_on_wall: bool,
    /// Whether File → Export writes the pack in Kazakh and Russian, paired section by section.
    pub pack_kk_ru: bool,
}

impl Default for AppSettings {
    fn default() -> Self {
        Self {
            language: Language::default(),
            theme: egui::ThemePreference::System,
            zoom: 1.0,
            last_dataset: None,
            recent: Vec::new(),
            screen: Screen::default(),
            metric: DistrictMetric::default(),
            sort: DistrictSort::default(),
            table: false,
            presenter_view: true,
            projector_dark: false,
            notes_on_wall: false,
            pack_kk_ru: false,
        }
    }
}

/// Where the app keeps files of its own.
#[derive(Clone, Debug)]
pub struct AppPaths {
    /// Notes for the embedded dataset go here.
    pub data_dir: PathBuf,
}

impl AppPaths {
    /// The platform's data folder (e.g. `~/.local/share/briefdesk`).
    pub fn platform() -> Self {
        let data_dir = directories::ProjectDirs::from("kz", "BriefDesk", "briefdesk").map_or_else(
            || PathBuf::from(".briefdesk"),
            |d| d.data_dir().to_path_buf(),
        );
        Self { data_dir }
    }

    /// Where the notes of a dataset file live (`None`: the embedded dataset).
    pub fn notes_for(&self, dataset: Option<&Path>) -> PathBuf {
        match dataset {
            None => self.data_dir.join("akmola-2017.notes.ron"),
            Some(path) => notes::sidecar_path(path),
        }
    }
}

impl AppSettings {
    /// The choices the view-model is built with.
    pub fn view_settings(&self) -> Settings {
        Settings {
            language: self.language,
            district_sort: self.sort,
            metric: self.metric,
        }
    }

    /// Puts `path` first among the recent files, and remembers it as the last one open.
    pub fn remember(&mut self, path: &Path) {
        let path = path.canonicalize().unwrap_or_else(|_| path.to_path_buf());
        self.recent.retain(|p| p != &path);
        self.recent.insert(0, path.clone());
        self.recent.truncate(RECENT_LIMIT);
        self.last_dataset = Some(path);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::style::Palette;

    #[test]
    fn the_projector_defaults_to_a_light_wall() {
        let settings = AppSettings::default();
        assert!(!settings.projector_dark);
        let wall = Palette::projector(settings.projector_dark).background;
        assert!(wall.luminance() > 0.9, "{wall:?}");
        assert!(Palette::projector(true).background.luminance() < 0.05);
    }

    #[test]
    fn settings_saved_by_an_earlier_version_still_load() {
        let old = "(language: Kk, theme: Dark, zoom: 1.2, screen: Centres)";
        let settings: AppSettings = ron::from_str(old).unwrap();
        assert_eq!(settings.theme, egui::ThemePreference::Dark);
        assert_eq!(settings.language, Language::Kk);
        assert!(
            settings.presenter_view,
            "missing fields take their defaults"
        );
    }

    #[test]
    fn recent_files_are_kept_newest_first_without_repeats() {
        let mut settings = AppSettings::default();
        for i in 0..12 {
            settings.remember(Path::new(&format!("/nowhere/{i}.ron")));
        }
        settings.remember(Path::new("/nowhere/5.ron"));
        assert_eq!(settings.recent.len(), RECENT_LIMIT);
        assert_eq!(settings.recent[0], Path::new("/nowhere/5.ron"));
        assert_eq!(settings.recent[1], Path::new("/nowhere/11.ron"));
    }
}
