//! Leaving unsaved work: quitting, closing the window, opening another briefing or starting a
//! new one asks first (save / don't save / cancel); the window's title marks unsaved work; a
//! recovery file keeps the work through a crash and is offered back on the next start.

use std::path::PathBuf;
use std::time::Instant;

use crate::app::BriefDeskApp;
use crate::app::document::DatasetSource;
use crate::app::recovery::{self, RecoveryFile, Step};
use crate::i18n::{DateParts, Language, format_date};
use crate::model;
use crate::notes::SaveState;
use crate::ui::Command;
use crate::ui::workspace::unsaved::{
    Answer, Leaving, Question, Recovery, recovery_dialog_ui, unsaved_dialog_ui,
};

/// What waits for the answer about unsaved work.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Pending {
    /// Close the app.
    Quit,
    /// Open this briefing (or read the open one again).
    Open(DatasetSource),
    /// Start a new briefing.
    New,
}

impl Pending {
    fn leaving(&self, open: &DatasetSource) -> Leaving {
        match self {
            Self::Quit => Leaving::Quit,
            Self::Open(source) if source == open => Leaving::Reload,
            Self::Open(_) => Leaving::Open,
            Self::New => Leaving::New,
        }
    }
}

/// The state of leaving: the question asked, what waits for a save to finish, the recovery
/// file's schedule and the offer of one found.
#[derive(Debug, Default)]
pub struct Leave {
    /// Asked now: save before this?
    pub asking: Option<Pending>,
    /// Saving was chosen, and this goes on once nothing is unsaved.
    after_save: Option<Pending>,
    /// The quit was agreed to: the next close request is let through.
    quit_agreed: bool,
    /// The title last given to the window.
    title: String,
    /// When the recovery file is written.
    schedule: recovery::Schedule,
    /// A recovery file found for the briefing that opened, offered back.
    pub offer: Option<(PathBuf, RecoveryFile)>,
    /// The notes' failure the user closed the message of (shown again for another).
    pub notes_failure_seen: Option<String>,
}

impl BriefDeskApp {
    /// Whether quitting now would lose work: unsaved edits, or notes that could not be saved.
    pub fn has_unsaved_work(&self) -> bool {
        self.editing.dirty || self.notes_failure().is_some()
    }

    fn notes_failure(&self) -> Option<&str> {
        match self.notes.state() {
            SaveState::Failed(reason) => Some(reason),
            SaveState::Saved | SaveState::Pending => None,
        }
    }

    /// Whether the app is asking what to do with unsaved work.
    pub fn asking_about_unsaved(&self) -> bool {
        self.leave.asking.is_some()
    }

    /// Whether a recovery file is being offered back.
    pub fn offering_recovery(&self) -> bool {
        self.leave.offer.is_some()
    }

    /// Does `pending` now, or first asks about the work it would lose. Reading the open
    /// briefing again keeps its notes, so only its edits are asked about.
    pub(super) fn leave_for(&mut self, pending: Pending) {
        let loses = match &pending {
            Pending::Open(source) if *source == self.doc.source => self.editing.dirty,
            Pending::Open(_) | Pending::Quit | Pending::New => self.has_unsaved_work(),
        };
        if loses {
            self.leave.asking = Some(pending);
        } else {
            self.carry_out(pending);
        }
    }

    fn carry_out(&mut self, pending: Pending) {
        match pending {
            Pending::Quit => {
                self.leave.quit_agreed = true;
                // Nothing unsaved is wanted any more: no recovery file to offer next time.
                recovery::remove(&self.paths, &self.doc.source);
                self.ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
            Pending::Open(source) => self.open(source),
            Pending::New => {
                self.editing.new_form = Some(crate::ui::editor::NewBriefingForm::default());
            }
        }
    }

    /// The answer about unsaved work.
    pub(super) fn answer_unsaved(&mut self, answer: Answer) {
        let Some(pending) = self.leave.asking.take() else {
            return;
        };
        match answer {
            Answer::Cancel => self.leave.after_save = None,
            Answer::Discard => self.carry_out(pending),
            Answer::Save => {
                if self.editing.dirty {
                    self.save_dataset();
                } else {
                    self.save_notes_as();
                }
                if self.has_unsaved_work() {
                    self.leave.after_save = Some(pending);
                } else {
                    self.carry_out(pending);
                }
            }
        }
    }

    /// A save chosen before leaving goes on through a file prompt or the comments question;
    /// once nothing is unsaved, what waited goes on. A save that failed or was cancelled
    /// drops it (its message says why).
    fn follow_save(&mut self) {
        let Some(pending) = self.leave.after_save.take() else {
            return;
        };
        if !self.has_unsaved_work() {
            self.carry_out(pending);
        } else if self.files.prompt.is_some()
            || matches!(
                self.editing.notice,
                Some(crate::app::editing::EditNotice::Comments(_))
            )
        {
            self.leave.after_save = Some(pending);
        }
    }

    /// Once a frame: a close of the window with unsaved work is held for the question; the
    /// title follows the briefing and its unsaved mark; the recovery file is kept up to date.
    pub(super) fn guard(&mut self, ctx: &egui::Context, now: Instant) {
        let closing = ctx.input(|i| i.viewport().close_requested());
        if closing && !self.leave.quit_agreed && self.has_unsaved_work() {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.leave.asking = Some(Pending::Quit);
        }
        self.follow_save();
        let title = self.window_title();
        if title != self.leave.title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.leave.title = title;
        }
        self.keep_recovery(ctx, now);
    }

    /// "akmola.ron — BriefDesk", with "*" before the name while there is unsaved work.
    pub fn window_title(&self) -> String {
        let lang = self.settings.language;
        let name = self.short_name(lang);
        let mark = if self.has_unsaved_work() { "*" } else { "" };
        format!("{mark}{name} — BriefDesk")
    }

    fn keep_recovery(&mut self, ctx: &egui::Context, now: Instant) {
        let unsaved = self
            .has_unsaved_work()
            .then(|| self.editing.revision.wrapping_add(self.notes.changes()));
        match self.leave.schedule.step(unsaved, now) {
            Step::Wait(Some(wait)) => ctx.request_repaint_after(wait),
            Step::Wait(None) => {}
            Step::Remove => recovery::remove(&self.paths, &self.doc.source),
            Step::Write => {
                let text = self
                    .editing
                    .dirty
                    .then(|| model::to_ron(&self.doc.loaded.dataset).ok())
                    .flatten();
                let notes = self.notes_failure().map(|_| self.notes.file().clone());
                let name = self.doc.loaded.name.clone();
                if let Err(e) = recovery::write(&self.paths, &self.doc.source, &name, text, notes) {
                    // Nowhere to keep it: the work is still in memory and the title says so.
                    eprintln!("briefdesk: the recovery file could not be written: {e}");
                }
            }
        }
    }

    /// Another briefing is about to replace the open one, whose unsaved work was saved or
    /// given up: its recovery file goes, and the schedule starts afresh for the next one.
    pub(super) fn forget_recovery(&mut self) {
        if self.leave.schedule.written {
            recovery::remove(&self.paths, &self.doc.source);
        }
        self.leave.schedule = recovery::Schedule::default();
        self.leave.offer = None;
    }

    /// Looks for a recovery file of the briefing that just opened.
    pub(super) fn look_for_recovery(&mut self) {
        self.leave.offer = recovery::find(&self.paths, &self.doc.source);
    }

    /// The answer about a recovery file.
    pub(super) fn answer_recovery(&mut self, answer: Recovery) {
        let Some((_, file)) = self.leave.offer.take() else {
            return;
        };
        match answer {
            Recovery::Later => {}
            Recovery::Remove => recovery::remove(&self.paths, &self.doc.source),
            Recovery::Restore => {
                // The file is this session's now: it goes once the work is saved or given up.
                self.leave.schedule.written = true;
                if let Some(notes) = file.notes {
                    self.notes.restore(notes);
                }
                if let Some(text) = file.text {
                    match model::load_text(&text, &self.doc.loaded.name) {
                        Ok(loaded) => self.replace_dataset(loaded.dataset, "recovery"),
                        Err(e) => {
                            self.editing.notice =
                                Some(crate::app::editing::EditNotice::Failed(e.to_string()));
                        }
                    }
                }
            }
        }
    }

    /// The questions about unsaved work, over whatever is shown.
    pub(super) fn unsaved_ui(&self, ctx: &egui::Context, commands: &mut Vec<Command>) {
        let lang = self.settings.language;
        if let Some(pending) = &self.leave.asking {
            let name = self.short_name(lang);
            let question = Question {
                name: &name,
                leaving: pending.leaving(&self.doc.source),
                edits: self.editing.dirty,
                notes_failure: self.notes_failure(),
                lang,
            };
            unsaved_dialog_ui(ctx, &question, commands);
        } else if let Some((_, file)) = &self.leave.offer {
            let name = self.short_name(lang);
            recovery_dialog_ui(
                ctx,
                &name,
                &when(file.saved_unix_secs, lang),
                lang,
                commands,
            );
        }
    }
}

/// When a recovery file was written, in the interface language: "7 декабря 2026, 22:50".
fn when(unix_secs: u64, lang: Language) -> String {
    let Ok(stamp) = jiff::Timestamp::from_second(unix_secs.try_into().unwrap_or(i64::MAX)) else {
        return String::new();
    };
    let local = stamp.to_zoned(jiff::tz::TimeZone::system());
    let date = format_date(
        DateParts {
            year: i32::from(local.year()),
            month: u8::try_from(local.month()).ok(),
            day: u8::try_from(local.day()).ok(),
        },
        lang,
    );
    format!("{date}, {:02}:{:02}", local.hour(), local.minute())
}
