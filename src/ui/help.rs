//! The F1 overlay listing the keyboard shortcuts: the workspace's, the editor's, and the
//! presentation's. Each line wraps within the window; none is cut off.

use egui::{Align, KeyboardShortcut, Label, Layout, Modifiers, RichText, Ui};

use super::Screen;
use super::actions::Action;
use crate::i18n::{Language, tr};

/// How wide the list of keys is, in points (it fits a 1024-point-wide screen with room).
pub const HELP_WIDTH: f32 = 560.0;

/// One line of the list: the keys as this platform writes them, and the message key of what
/// they do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HelpRow {
    /// "Ctrl+O", "Ctrl+1 … Ctrl+5".
    pub keys: String,
    /// What they do (a message key).
    pub what: &'static str,
}

/// A part of the list under its heading (none for the first).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HelpGroup {
    /// The heading's message key.
    pub heading: Option<&'static str>,
    /// Its lines.
    pub rows: Vec<HelpRow>,
}

/// The editor's actions, in the order the list gives them.
const EDITOR_ACTIONS: [&[Action]; 3] = [
    &[Action::Show(Screen::Edit)],
    &[Action::Undo],
    &[Action::Redo, Action::RedoY],
];

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

/// Several shortcuts for one thing: two side by side ("Ctrl+Shift+Z / Ctrl+Y"), a run of more
/// as its ends ("Ctrl+1 … Ctrl+5").
fn joined(keys: &[String]) -> String {
    match keys {
        [] => String::new(),
        [one] => one.clone(),
        [a, b] => format!("{a} / {b}"),
        [first, .., last] => format!("{first} … {last}"),
    }
}

/// The lines of the list, in its order.
pub fn help_groups(ctx: &egui::Context) -> Vec<HelpGroup> {
    // The workspace's actions; consecutive ones described alike share a line.
    let mut general: Vec<(Vec<String>, &'static str)> = Vec::new();
    for action in Action::ALL.into_iter().filter(|a| !a.in_editor()) {
        let Some(what) = action.help_key() else {
            continue;
        };
        let keys = action.shortcut_text(ctx);
        match general.last_mut() {
            Some((all, last)) if *last == what => all.push(keys),
            _ => general.push((vec![keys], what)),
        }
    }
    let mut rows: Vec<HelpRow> = general
        .into_iter()
        .map(|(keys, what)| HelpRow {
            keys: joined(&keys),
            what,
        })
        .collect();
    rows.extend([
        HelpRow {
            keys: "Ctrl + / Ctrl − / Ctrl+0".to_owned(),
            what: "shortcut-zoom",
        },
        HelpRow {
            keys: "Esc".to_owned(),
            what: "shortcut-close",
        },
        HelpRow {
            keys: "F10".to_owned(),
            what: "shortcut-menu-bar",
        },
        HelpRow {
            keys: "Tab / Shift+Tab".to_owned(),
            what: "shortcut-next-widget",
        },
    ]);
    let mut editor: Vec<HelpRow> = EDITOR_ACTIONS
        .iter()
        .filter_map(|actions| {
            let keys: Vec<String> = actions.iter().map(|a| a.shortcut_text(ctx)).collect();
            Some(HelpRow {
                keys: joined(&keys),
                what: actions.first()?.help_key()?,
            })
        })
        .collect();
    let command = |key| ctx.format_shortcut(&KeyboardShortcut::new(Modifiers::COMMAND, key));
    editor.extend([
        HelpRow {
            keys: command(egui::Key::V),
            what: "shortcut-paste-table",
        },
        HelpRow {
            keys: command(egui::Key::C),
            what: "shortcut-copy-table",
        },
        HelpRow {
            keys: Action::SaveNotes.shortcut_text(ctx),
            what: "shortcut-save-dataset",
        },
        HelpRow {
            keys: "Tab / Shift+Tab".to_owned(),
            what: "shortcut-next-field",
        },
    ]);
    let presenting = PRESENTING
        .iter()
        .map(|(keys, what)| HelpRow {
            keys: (*keys).to_owned(),
            what,
        })
        .collect();
    vec![
        HelpGroup {
            heading: None,
            rows,
        },
        HelpGroup {
            heading: Some("help-editing"),
            rows: editor,
        },
        HelpGroup {
            heading: Some("help-presenting"),
            rows: presenting,
        },
    ]
}

/// Draws the shortcut list: the keys in a column as wide as the widest of them (at most two
/// fifths of the width), what they do beside them, both wrapped rather than cut.
pub fn help_ui(ui: &mut Ui, lang: Language) {
    let groups = help_groups(ui.ctx());
    let font = egui::TextStyle::Monospace.resolve(ui.style());
    let color = ui.visuals().text_color();
    let widest = groups
        .iter()
        .flat_map(|g| &g.rows)
        .map(|row| {
            ui.fonts_mut(|f| {
                f.layout_no_wrap(row.keys.clone(), font.clone(), color)
                    .size()
                    .x
            })
        })
        .fold(0.0, f32::max);
    let keys_width = widest.min(ui.available_width() * 0.4).ceil();
    let stripe = ui.visuals().faint_bg_color;
    for group in &groups {
        if let Some(heading) = group.heading {
            ui.add_space(10.0);
            ui.label(RichText::new(tr(lang, heading)).strong());
        }
        for (i, row) in group.rows.iter().enumerate() {
            let fill = if i % 2 == 1 {
                stripe
            } else {
                egui::Color32::TRANSPARENT
            };
            egui::Frame::new()
                .fill(fill)
                .inner_margin(egui::Margin::symmetric(4, 3))
                .show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    ui.horizontal_top(|ui| {
                        let size = egui::vec2(keys_width, 0.0);
                        ui.allocate_ui_with_layout(size, Layout::top_down(Align::Min), |ui| {
                            ui.set_width(keys_width);
                            let keys = RichText::new(&row.keys).monospace().strong();
                            ui.add(Label::new(keys).wrap());
                        });
                        ui.add_space(16.0);
                        ui.add(Label::new(tr(lang, row.what)).wrap());
                    });
                });
        }
    }
    ui.add_space(6.0);
    ui.label(tr(lang, "help-drop"));
}

/// The F1 window: the list scrolls inside it, and the window always fits the screen with its
/// button.
pub fn help_window_ui(ctx: &egui::Context, lang: Language, commands: &mut Vec<super::Command>) {
    use super::Command;
    let height = (ctx.content_rect().height() - 170.0).max(160.0);
    let response = egui::Modal::new(egui::Id::unique("help")).show(ctx, |ui| {
        ui.set_max_width(HELP_WIDTH);
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shortcuts_for_one_thing_share_a_line() {
        let ctx = egui::Context::default();
        let groups = help_groups(&ctx);
        let rows: Vec<&HelpRow> = groups.iter().flat_map(|g| &g.rows).collect();
        let keys = |what: &str| {
            rows.iter()
                .find(|r| r.what == what)
                .map(|r| r.keys.clone())
                .unwrap_or_default()
        };
        assert_eq!(keys("shortcut-screens"), "Ctrl+1 … Ctrl+5");
        assert_eq!(keys("shortcut-edit"), "Ctrl+6");
        assert_eq!(keys("shortcut-undo"), "Ctrl+Z");
        assert_eq!(keys("shortcut-redo"), "Ctrl+Shift+Z / Ctrl+Y");
        assert_eq!(keys("shortcut-paste-table"), "Ctrl+V");
        assert_eq!(keys("shortcut-save-dataset"), "Ctrl+S");
        // Every action with a shortcut is listed once.
        for action in Action::ALL {
            if let Some(what) = action.help_key() {
                assert_eq!(
                    rows.iter().filter(|r| r.what == what).count(),
                    1,
                    "{action:?}"
                );
            }
        }
    }
}
