//! The actions of the workspace as data: each has its label, its shortcut and what it asks the
//! app to do. The keymap, the menus (with the shortcut beside each item), the tooltips and the
//! F1 list are all drawn from [`Action::ALL`], so they cannot disagree.

use egui::{Key, KeyboardShortcut, Modifiers};

use super::editor::EditCommand;
use super::{Command, Screen};

/// Something the user can ask for from a menu or a key.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    /// Make a new briefing.
    New,
    /// Open a dataset file.
    Open,
    /// Open the built-in dataset.
    OpenEmbedded,
    /// Read the dataset again.
    Reload,
    /// Export the briefing pack.
    Export,
    /// Save the chart on screen as a picture.
    SaveChart,
    /// Save the notes now, and the dataset if it was edited.
    SaveNotes,
    /// Redo (before undo: Ctrl+Shift+Z must win over Ctrl+Z).
    Redo,
    /// Redo, the other key.
    RedoY,
    /// Undo the last edit.
    Undo,
    /// Save the notes somewhere else.
    SaveNotesAs,
    /// Leave.
    Quit,
    /// Show a screen.
    Show(Screen),
    /// Chart or table.
    ToggleTable,
    /// Rehearse in the presenter view (listed before F5: Alt+F5 must win over F5).
    Rehearse,
    /// Present from the slide of the current screen (before F5, for the same reason).
    PresentFromScreen,
    /// Present from the first slide.
    Present,
    /// Show or hide the slide list.
    ArrangeSlides,
    /// The list of keys.
    Help,
}

impl Action {
    /// Every action, in the order the keymap tries them.
    pub const ALL: [Self; 24] = [
        Self::New,
        Self::Open,
        Self::OpenEmbedded,
        Self::Reload,
        Self::Export,
        Self::SaveChart,
        Self::SaveNotes,
        Self::Redo,
        Self::RedoY,
        Self::Undo,
        Self::SaveNotesAs,
        Self::Quit,
        Self::Show(Screen::Overview),
        Self::Show(Screen::Districts),
        Self::Show(Screen::Centres),
        Self::Show(Screen::Corruption),
        Self::Show(Screen::Recommendations),
        Self::Show(Screen::Edit),
        Self::ToggleTable,
        Self::Rehearse,
        Self::PresentFromScreen,
        Self::Present,
        Self::ArrangeSlides,
        Self::Help,
    ];

    /// Message key of its name in menus.
    pub fn label_key(self) -> &'static str {
        match self {
            Self::New => "menu-new",
            Self::Open => "menu-open",
            Self::OpenEmbedded => "menu-open-embedded",
            Self::Reload => "menu-reload",
            Self::Export => "menu-export",
            Self::SaveChart => "menu-save-chart",
            Self::SaveNotes => "menu-save",
            Self::Redo | Self::RedoY => "edit-redo",
            Self::Undo => "edit-undo",
            Self::SaveNotesAs => "menu-save-notes-as",
            Self::Quit => "menu-quit",
            Self::Show(screen) => screen.label_key(),
            Self::ToggleTable => "shortcut-table",
            Self::Rehearse => "present-rehearse",
            Self::PresentFromScreen => "present-from-screen",
            Self::Present => "present-from-start",
            Self::ArrangeSlides => "slides-arrange",
            Self::Help => "menu-help",
        }
    }

    /// Message key of what it does, for the list of keys (actions with a shortcut only).
    pub fn help_key(self) -> Option<&'static str> {
        Some(match self {
            Self::New => "menu-new",
            Self::Open => "shortcut-open",
            Self::SaveNotes => "shortcut-save",
            Self::Undo => "shortcut-undo",
            Self::Redo | Self::RedoY => "shortcut-redo",
            Self::Export => "shortcut-export",
            Self::Reload => "shortcut-reload",
            Self::Quit => "shortcut-quit",
            Self::Show(Screen::Edit) => "shortcut-edit",
            Self::Show(_) => "shortcut-screens",
            Self::ToggleTable => "shortcut-table",
            Self::Rehearse => "present-rehearse",
            Self::PresentFromScreen => "present-from-screen",
            Self::Present => "present-from-start",
            Self::Help => "shortcut-help",
            Self::OpenEmbedded | Self::SaveChart | Self::SaveNotesAs | Self::ArrangeSlides => {
                return None;
            }
        })
    }

    /// Whether the list of keys gives it with the editor's keys.
    pub fn in_editor(self) -> bool {
        matches!(
            self,
            Self::Undo | Self::Redo | Self::RedoY | Self::Show(Screen::Edit)
        )
    }

    /// Its keyboard shortcut (Ctrl stands for Cmd on macOS).
    pub fn shortcut(self) -> Option<KeyboardShortcut> {
        let command = |key| Some(KeyboardShortcut::new(Modifiers::COMMAND, key));
        match self {
            Self::New => command(Key::N),
            Self::Open => command(Key::O),
            Self::SaveNotes => command(Key::S),
            Self::Undo => command(Key::Z),
            Self::Redo => Some(KeyboardShortcut::new(
                Modifiers::COMMAND | Modifiers::SHIFT,
                Key::Z,
            )),
            Self::RedoY => command(Key::Y),
            Self::Export => command(Key::E),
            Self::Reload => command(Key::R),
            Self::Quit => command(Key::Q),
            Self::ToggleTable => command(Key::T),
            Self::Show(screen) => command(match screen {
                Screen::Overview => Key::Num1,
                Screen::Districts => Key::Num2,
                Screen::Centres => Key::Num3,
                Screen::Corruption => Key::Num4,
                Screen::Recommendations => Key::Num5,
                Screen::Edit => Key::Num6,
            }),
            Self::Rehearse => Some(KeyboardShortcut::new(Modifiers::ALT, Key::F5)),
            Self::PresentFromScreen => Some(KeyboardShortcut::new(Modifiers::SHIFT, Key::F5)),
            Self::Present => Some(KeyboardShortcut::new(Modifiers::NONE, Key::F5)),
            Self::Help => Some(KeyboardShortcut::new(Modifiers::NONE, Key::F1)),
            Self::OpenEmbedded | Self::SaveChart | Self::SaveNotesAs | Self::ArrangeSlides => None,
        }
    }

    /// What the app is asked to do; `table` is whether tables show now.
    pub fn command(self, table: bool) -> Command {
        match self {
            Self::New => Command::Edit(EditCommand::NewBriefingDialog),
            Self::Open => Command::OpenDialog,
            Self::OpenEmbedded => Command::OpenEmbedded,
            Self::Reload => Command::Reload,
            Self::Export => Command::ExportDialog,
            Self::SaveChart => Command::SaveChartDialog,
            Self::SaveNotes => Command::Edit(EditCommand::Save),
            Self::Undo => Command::Edit(EditCommand::Undo),
            Self::Redo | Self::RedoY => Command::Edit(EditCommand::Redo),
            Self::SaveNotesAs => Command::SaveNotesAs,
            Self::Quit => Command::Quit,
            Self::Show(screen) => Command::SetScreen(screen),
            Self::ToggleTable => Command::SetTableView(!table),
            Self::Rehearse => Command::Rehearse,
            Self::PresentFromScreen => Command::StartPresentation { from_screen: true },
            Self::Present => Command::StartPresentation { from_screen: false },
            Self::ArrangeSlides => Command::ToggleSlidesPanel,
            Self::Help => Command::ToggleHelp,
        }
    }

    /// The shortcut as this platform writes it ("Ctrl+O", "⌘O"), or "".
    pub fn shortcut_text(self, ctx: &egui::Context) -> String {
        self.shortcut()
            .map(|s| ctx.format_shortcut(&s))
            .unwrap_or_default()
    }
}

/// The actions whose shortcuts were pressed this frame, consumed so no widget sees them too.
/// Undo and redo of the dataset count only in the editor (`editing`): elsewhere the keys stay
/// with the text field being typed in.
pub fn pressed(ctx: &egui::Context, editing: bool) -> Vec<Action> {
    ctx.input_mut(|i| {
        Action::ALL
            .into_iter()
            .filter(|a| editing || !matches!(a, Action::Undo | Action::Redo | Action::RedoY))
            .filter(|a| a.shortcut().is_some_and(|s| i.consume_shortcut(&s)))
            .collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_two_actions_share_a_shortcut() {
        let shortcuts: Vec<KeyboardShortcut> =
            Action::ALL.iter().filter_map(|a| a.shortcut()).collect();
        for (i, a) in shortcuts.iter().enumerate() {
            assert!(!shortcuts[i + 1..].contains(a), "{a:?} is used twice");
        }
    }

    #[test]
    fn every_action_with_a_shortcut_is_in_the_list_of_keys() {
        for action in Action::ALL {
            assert_eq!(
                action.shortcut().is_some(),
                action.help_key().is_some(),
                "{action:?}"
            );
        }
    }
}
