//! The F1 overlay listing the keyboard shortcuts.

use egui::{RichText, Ui};

use crate::i18n::{Language, tr};

/// The shortcuts and what they do (message keys).
pub const SHORTCUTS: [(&str, &str); 10] = [
    ("Ctrl+O", "shortcut-open"),
    ("Ctrl+S", "shortcut-save"),
    ("Ctrl+E", "shortcut-export"),
    ("Ctrl+R", "shortcut-reload"),
    ("Ctrl+1 … Ctrl+5", "shortcut-screens"),
    ("Ctrl+T", "shortcut-table"),
    ("Ctrl + / Ctrl − / Ctrl+0", "shortcut-zoom"),
    ("F1", "shortcut-help"),
    ("Esc", "shortcut-close"),
    ("Ctrl+Q", "shortcut-quit"),
];

/// The keys while presenting (clickers send these).
pub const PRESENTING: [(&str, &str); 10] = [
    ("F5 / Shift+F5", "shortcut-present"),
    ("Alt+F5", "present-rehearse"),
    ("→ ↓ PageDown Space Enter", "shortcut-next"),
    ("← ↑ PageUp Backspace", "shortcut-previous"),
    ("Home / End", "shortcut-first-last"),
    ("12 Enter", "shortcut-go-to"),
    ("B  .  /  W", "shortcut-blank"),
    ("N", "shortcut-notes"),
    ("F11", "shortcut-fullscreen"),
    ("Esc", "shortcut-stop"),
];

/// Draws the shortcut list.
pub fn help_ui(ui: &mut Ui, lang: Language) {
    ui.label(RichText::new(tr(lang, "help-title")).heading());
    ui.add_space(6.0);
    egui::Grid::new("shortcuts")
        .num_columns(2)
        .spacing([24.0, 8.0])
        .striped(true)
        .show(ui, |ui| {
            for (keys, what) in SHORTCUTS {
                ui.label(RichText::new(keys).monospace().strong());
                ui.label(tr(lang, what));
                ui.end_row();
            }
        });
    ui.add_space(10.0);
    ui.label(RichText::new(tr(lang, "help-presenting")).strong());
    egui::Grid::new("presenting-keys")
        .num_columns(2)
        .spacing([24.0, 8.0])
        .striped(true)
        .show(ui, |ui| {
            for (keys, what) in PRESENTING {
                ui.label(RichText::new(keys).monospace().strong());
                ui.label(tr(lang, what));
                ui.end_row();
            }
        });
    ui.add_space(6.0);
    ui.label(tr(lang, "help-drop"));
}
