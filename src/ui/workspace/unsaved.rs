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
    /// Another briefing replaces it.
    Open,
    /// The same briefing is read again from its file.
    Reload,
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
            Leaving::Reload => "unsaved-title-reload",
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
        let save_key = if q.edits {
            "unsaved-save"
        } else {
            "menu-save-notes-as"
        };
        let keys = [save_key, "unsaved-discard", "unsaved-cancel"];
        let answers = [Answer::Save, Answer::Discard, Answer::Cancel];
        if let Some(i) = choices_ui(ui, &keys.map(|k| tr(lang, k))) {
            commands.push(Command::Unsaved(answers[i]));
        }
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
        let keys = ["recovery-restore", "recovery-remove", "recovery-later"];
        let answers = [Recovery::Restore, Recovery::Remove, Recovery::Later];
        if let Some(i) = choices_ui(ui, &keys.map(|k| tr(lang, k))) {
            commands.push(Command::Recover(answers[i]));
        }
    });
    if response.should_close() && !commands.iter().any(|c| matches!(c, Command::Recover(_))) {
        commands.push(Command::Recover(Recovery::Later));
    }
}

/// A dialog's buttons in a row, the first in bold with the keyboard (Enter chooses it unless
/// Tab moved on); which one was clicked.
fn choices_ui(ui: &mut egui::Ui, labels: &[String]) -> Option<usize> {
    ui.horizontal(|ui| {
        let buttons: Vec<egui::Response> = labels
            .iter()
            .enumerate()
            .map(|(i, label)| {
                let text = RichText::new(label);
                ui.button(if i == 0 { text.strong() } else { text })
            })
            .collect();
        if let Some(first) = buttons.first()
            && !buttons.iter().any(egui::Response::has_focus)
        {
            first.request_focus();
        }
        buttons.iter().position(egui::Response::clicked)
    })
    .inner
}
