//! The F1 overlay listing the keyboard shortcuts.

use egui::{RichText, Ui};

use super::actions::Action;
use crate::i18n::{Language, tr};

/// Keys the window itself handles, beside the actions' own (message keys).
const WINDOW_KEYS: [(&str, &str); 2] = [
    ("Ctrl + / Ctrl − / Ctrl+0", "shortcut-zoom"),
    ("Esc", "shortcut-close"),
];

/// The actions' shortcuts as rows: keys as this platform writes them, and the message key of
/// what they do. Consecutive actions described alike share a row ("Ctrl+1 … Ctrl+5").
pub fn action_rows(ctx: &egui::Context) -> Vec<(String, &'static str)> {
    let mut rows: Vec<(String, String, &'static str)> = Vec::new();
    for action in Action::ALL {
        let Some(what) = action.help_key() else {
            continue;
        };
        let keys = action.shortcut_text(ctx);
        match rows.last_mut() {
            Some((_, last, key)) if *key == what => *last = keys,
            _ => rows.push((keys.clone(), keys, what)),
        }
    }
    rows.into_iter()
        .map(|(first, last, what)| {
            let keys = if first == last {
                first
            } else {
                format!("{first} … {last}")
            };
            (keys, what)
        })
        .collect()
}

/// The keys while presenting (clickers send these).
pub const PRESENTING: [(&str, &str); 8] = [
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
    egui::Grid::new("shortcuts")
        .num_columns(2)
        .spacing([24.0, 8.0])
        .striped(true)
        .show(ui, |ui| {
            let rows = action_rows(ui.ctx());
            let window = WINDOW_KEYS.iter().map(|(k, w)| ((*k).to_owned(), *w));
            for (keys, what) in rows.into_iter().chain(window) {
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

/// The F1 window: the list scrolls inside it, and the window always fits the screen with its
/// button.
pub fn help_window_ui(ctx: &egui::Context, lang: Language, commands: &mut Vec<super::Command>) {
    use super::Command;
    let height = (ctx.content_rect().height() - 170.0).max(160.0);
    let response = egui::Modal::new(egui::Id::unique("help")).show(ctx, |ui| {
        ui.set_max_width(560.0);
        ui.label(RichText::new(tr(lang, "help-title")).heading());
        ui.add_space(6.0);
        egui::ScrollArea::vertical()
            .max_height(height)
            .show(ui, |ui| help_ui(ui, lang));
        ui.add_space(6.0);
        if ui.button(tr(lang, "close")).clicked() {
            commands.push(Command::ToggleHelp);
        }
    });
    if response.should_close() && !commands.contains(&Command::ToggleHelp) {
        commands.push(Command::ToggleHelp);
    }
}
