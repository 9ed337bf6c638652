//! The app in a headless window, for the tests that drive it: the light theme, a data folder
//! of the test's own, and a window of the given size.

use std::path::{Path, PathBuf};

use briefdesk::{AppPaths, AppSettings, BriefDeskApp};
use egui_kittest::Harness;

/// The app opening `start` (the built-in briefing when `None`), its own files in `data_dir`.
pub fn app(
    data_dir: &Path,
    start: Option<PathBuf>,
    size: egui::Vec2,
) -> Harness<'static, BriefDeskApp> {
    let paths = AppPaths {
        data_dir: data_dir.to_path_buf(),
    };
    let settings = AppSettings {
        theme: egui::ThemePreference::Light,
        ..AppSettings::default()
    };
    Harness::builder()
        .with_size(size)
        .build_eframe(move |cc| BriefDeskApp::with_settings(&cc.egui_ctx, settings, start, paths))
}
