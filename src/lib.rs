//! BriefDesk: prepare and present meeting briefings from a RON dataset.
//!
//! Data flows one way: [`model`] (file format, loading, validation) → [`view_model`] (pure,
//! derived, chart-ready data) → the screens. [`i18n`] holds the interface languages and number
//! formats both use.

pub mod app;
pub mod cli;
pub mod edit;
pub mod export;
pub mod fs;
pub mod i18n;
pub mod import;
pub mod model;
pub mod notes;
pub mod plain;
pub mod style;
pub mod ui;
pub mod view_model;
pub mod wording;

pub use app::{AppPaths, AppSettings, BriefDeskApp};
