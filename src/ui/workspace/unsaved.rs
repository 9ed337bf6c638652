//! The two questions about unsaved work: "save the edits before leaving?" (on quitting,
//! closing the window, opening another briefing, starting a new one) and "put back the work a
//! crash left unsaved?" (when a briefing with a recovery file opens).

use egui::RichText;

use crate::i18n::{Arg, Language, tr, tr_args};
use crate::ui::Command;
use crate::ui::theme::{Palette, size};

/// The answer to "save the edits before leaving?".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Answer {
    /// Save, then go on.
    Save,
    /// Go on without saving.
    Discard,
    /// Stay.
    Cancel,
}

/// The answer to "put back the unsaved work?".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Recovery {
    /// Put it back (as unsaved edits).
    Restore,
    /// Remove the recovery file.
    Remove,
    /// Decide later: the file stays and is offered next time.
    Later,
}

/// What is about to happen to the unsaved work.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Leaving {
    /// The app closes.
    Quit,
    /// Another briefing (or the same one read again) replaces it.
    Open,
    /// A new briefing is started.
    New,
}

/// What the question says.
pub struct Question<'a> {
    /// The briefing's name as shown (its file name).
    pub name: &'a str,
    /// What happens next.
    pub leaving: Leaving,
    /// Whether the dataset has unsaved edits.
    pub edits: bool,
    /// Why the notes could not be saved, if they could not.
    pub notes_failure: Option<&'a str>,
    /// The interface language.
    pub lang: Language,
}

/// Asks whether to save before leaving. Enter saves (the Save button has the focus), Esc
/// cancels, and so does a click outside.
pub fn unsaved_dialog_ui(ctx: &egui::Context, q: &Question<'_>, commands: &mut Vec<Command>) {
    let lang = q.lang;
    let response = egui::Modal::new(egui::Id::unique("unsaved")).show(ctx, |ui| {
        ui.set_max_width(520.0);
        let title_key = match q.leaving {
            Leaving::Quit => "unsaved-title-quit",
            Leaving::Open => "unsaved-title-open",
            Leaving::New => "unsaved-title-new",
        };
        ui.label(RichText::new(tr_args(lang, title_key, &[("name", Arg::Text(q.name))])).heading());
        ui.add_space(6.0);
        if q.edits {
            ui.label(tr(lang, "unsaved-edits"));
        }
        if let Some(reason) = q.notes_failure {
            let palette = Palette::current(ui);
            ui.label(RichText::new(tr(lang, "unsaved-notes")).color(palette.warning));
            ui.label(RichText::new(reason).monospace().size(size::SMALL));
        }
        ui.add_space(10.0);
        ui.horizontal(|ui| {
            let save_key = if q.edits {
                "unsaved-save"
            } else {
                "menu-save-notes-as"
            };
            let save = ui.button(RichText::new(tr(lang, save_key)).strong());
            let discard = ui.button(tr(lang, "unsaved-discard"));
            let cancel = ui.button(tr(lang, "unsaved-cancel"));
            if !save.has_focus() && !discard.has_focus() && !cancel.has_focus() {
                save.request_focus();
            }
            if save.clicked() {
                commands.push(Command::Unsaved(Answer::Save));
            } else if discard.clicked() {
                commands.push(Command::Unsaved(Answer::Discard));
            } else if cancel.clicked() {
                commands.push(Command::Unsaved(Answer::Cancel));
            }
        });
    });
    if response.should_close() && !commands.iter().any(|c| matches!(c, Command::Unsaved(_))) {
        commands.push(Command::Unsaved(Answer::Cancel));
    }
}

/// Offers back the work a recovery file kept: `name` of the briefing, `when` it was written.
pub fn recovery_dialog_ui(
    ctx: &egui::Context,
    name: &str,
    when: &str,
    lang: Language,
    commands: &mut Vec<Command>,
) {
    let response = egui::Modal::new(egui::Id::unique("recovery")).show(ctx, |ui| {
        ui.set_max_width(520.0);
        ui.label(RichText::new(tr(lang, "recovery-title")).heading());
        ui.add_space(6.0);
        ui.label(tr_args(
            lang,
            "recovery-text",
            &[("name", Arg::Text(name)), ("when", Arg::Text(when))],
        ));
        ui.add_space(10.0);
        ui.horizontal(|ui| {
            let restore = ui.button(RichText::new(tr(lang, "recovery-restore")).strong());
            let remove = ui.button(tr(lang, "recovery-remove"));
            let later = ui.button(tr(lang, "recovery-later"));
            if !restore.has_focus() && !remove.has_focus() && !later.has_focus() {
                restore.request_focus();
            }
            if restore.clicked() {
                commands.push(Command::Recover(Recovery::Restore));
            } else if remove.clicked() {
                commands.push(Command::Recover(Recovery::Remove));
            } else if later.clicked() {
                commands.push(Command::Recover(Recovery::Later));
            }
        });
    });
    if response.should_close() && !commands.iter().any(|c| matches!(c, Command::Recover(_))) {
        commands.push(Command::Recover(Recovery::Later));
    }
}
