//! The frame of the workspace around the screens: menus and tabs, notices, the status bar.

pub mod banners;
pub mod menus;
pub mod status_bar;
pub mod unsaved;

pub use banners::{ExportNotice, Problem};
