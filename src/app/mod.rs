//! The application: its state, and the frame that draws it and applies what was asked.
//!
//! The work is split by responsibility: [`settings`] (what is remembered), [`document`] (the
//! open dataset), [`watcher`] (reloading a changed file), [`workspace`] (the frame around the
//! screens), [`leaving`] and [`recovery`] (unsaved work), [`commands`] (applying every
//! [`Command`], and the keymap), [`presenting`] and [`export_actions`].

mod commands;
mod document;
mod editing;
mod export_actions;
mod files;
mod leaving;
mod presenting;
mod recovery;
mod settings;
pub mod shots;
mod watcher;
mod workspace;

use std::path::PathBuf;
use std::time::Instant;

pub use crate::ui::workspace::{ExportNotice, Problem};
pub use settings::{AppPaths, AppSettings, RECENT_LIMIT};

use crate::model::{self, EMBEDDED_NAME, Loaded};
use crate::notes::NotesStore;
use crate::ui::presentation::Presentation;
use crate::ui::theme;
use crate::ui::{Command, Screen};
use crate::view_model::Briefing;
use document::{DatasetSource, Document, empty_dataset};
use watcher::Watcher;

/// The BriefDesk application.
pub struct BriefDeskApp {
    settings: AppSettings,
    paths: AppPaths,
    doc: Document,
    /// The one owner of every note: views read it and send field-level edits.
    notes: NotesStore,
    problem: Option<Problem>,
    highlight: Option<String>,
    help_open: bool,
    findings_open: bool,
    presentation: Option<Presentation>,
    slides_open: bool,
    export_notice: Option<ExportNotice>,
    commands: Vec<Command>,
    watcher: Option<Watcher>,
    /// The editor: undo and redo, unsaved edits, its messages.
    editing: editing::Editing,
    /// The file dialog, or the path prompt where there is none.
    files: files::Files,
    /// Unsaved work on leaving, the window's title, the recovery file.
    leave: leaving::Leave,
    /// The window checked against the screen it opened on.
    fit: workspace::WindowFit,
    /// Where the keyboard was, so Tab after Esc goes on from there.
    focus_trail: crate::ui::focus::FocusTrail,
    ctx: egui::Context,
}

impl BriefDeskApp {
    /// Creates the app from eframe's creation context: restores settings, opens `start` (or the
    /// last dataset, or the embedded one).
    pub fn new(cc: &eframe::CreationContext<'_>, start: Option<PathBuf>, paths: AppPaths) -> Self {
        let settings: AppSettings = cc
            .storage
            .and_then(|s| eframe::get_value(s, eframe::APP_KEY))
            .unwrap_or_default();
        let start = start.or_else(|| settings.last_dataset.clone().filter(|p| p.exists()));
        Self::with_settings(&cc.egui_ctx, settings, start, paths)
    }

    /// Creates the app with given settings (used by [`Self::new`] and by tests).
    pub fn with_settings(
        ctx: &egui::Context,
        settings: AppSettings,
        start: Option<PathBuf>,
        paths: AppPaths,
    ) -> Self {
        theme::apply(ctx);
        ctx.set_zoom_factor(settings.zoom.clamp(0.5, 3.0));
        ctx.set_theme(settings.theme);
        // The embedded dataset is checked by the tests; if it ever failed, an empty briefing
        // with the error shown is better than no window.
        let embedded = model::embedded().unwrap_or_else(|e| Loaded {
            name: e.file.clone(),
            dataset: empty_dataset(),
            findings: Vec::new(),
            text: "".into(),
        });
        let briefing = Briefing::from_dataset(&embedded.dataset, &settings.view_settings());
        let source = DatasetSource::Embedded;
        let notes = NotesStore::open(source.notes_path(&paths), EMBEDDED_NAME);
        let mut app = Self {
            settings,
            paths,
            doc: Document {
                source,
                loaded: embedded,
                briefing,
                generation: 0,
                disk_hash: None,
            },
            notes,
            problem: None,
            highlight: None,
            help_open: false,
            findings_open: false,
            presentation: None,
            slides_open: false,
            export_notice: None,
            commands: Vec::new(),
            watcher: None,
            editing: editing::Editing::default(),
            files: files::Files {
                dialog: files::Dialog::from_env(),
                prompt: None,
            },
            leave: leaving::Leave::default(),
            fit: workspace::WindowFit::default(),
            focus_trail: crate::ui::focus::FocusTrail::default(),
            ctx: ctx.clone(),
        };
        if let Some(path) = start {
            // The screen left last time is where the app opens again.
            let screen = app.settings.screen;
            app.open(DatasetSource::File(path));
            app.settings.screen = screen;
        }
        if app.doc.source == DatasetSource::Embedded {
            app.look_for_recovery();
        }
        app
    }

    /// The district highlighted on the charts, if any.
    pub fn highlight(&self) -> Option<&str> {
        self.highlight.as_deref()
    }

    /// The screen shown.
    pub fn screen(&self) -> Screen {
        self.settings.screen
    }

    /// The settings that are remembered.
    pub fn settings(&self) -> &AppSettings {
        &self.settings
    }

    /// The derived briefing on screen.
    pub fn briefing(&self) -> &Briefing {
        &self.doc.briefing
    }

    /// The open dataset's name as shown in messages.
    pub fn dataset_name(&self) -> &str {
        &self.doc.loaded.name
    }

    /// What `check` says of the open dataset as it is now (edits included).
    pub fn findings(&self) -> &[model::Finding] {
        &self.doc.loaded.findings
    }

    /// The notes of the open dataset.
    pub fn notes(&self) -> &NotesStore {
        &self.notes
    }

    /// Why the last dataset could not be opened, if it could not.
    pub fn problem(&self) -> Option<&Problem> {
        self.problem.as_ref()
    }

    /// The presentation in progress, if any.
    pub fn presentation(&self) -> Option<&Presentation> {
        self.presentation.as_ref()
    }

    /// How the last export went.
    pub fn export_notice(&self) -> Option<&ExportNotice> {
        self.export_notice.as_ref()
    }

    /// Queues a command as if a widget had emitted it.
    pub fn push(&mut self, command: Command) {
        self.commands.push(command);
    }

    /// Saves pending notes now (on exit, or before another dataset's notes are opened).
    pub fn flush_notes(&mut self) {
        self.notes.save();
    }

    /// Reloads a watched file that changed, and saves the notes when their autosave is due.
    fn watch(&mut self, ctx: &egui::Context) {
        let now = Instant::now();
        match self.watcher.as_ref().map(|w| w.take_change(now)) {
            Some(Ok(true)) => self.file_changed(),
            Some(Err(wait)) => ctx.request_repaint_after(wait),
            Some(Ok(false)) | None => {}
        }
        self.notes.autosave(now);
        if let Some(due) = self.notes.autosave_due() {
            ctx.request_repaint_after(due.saturating_duration_since(now));
        }
        self.guard(ctx, now);
        self.fit.once(ctx);
    }

    /// Draws the whole workspace and applies what the user asked for.
    pub fn show(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        self.focus_trail.begin(&ctx);
        self.keymap(&ctx);
        self.watch(&ctx);
        let lang = self.settings.language;
        let mut commands = std::mem::take(&mut self.commands);

        if self.presentation.is_some() {
            self.presentation_ui(ui, lang, &mut commands);
        } else {
            self.workspace_ui(ui, &ctx, lang, &mut commands);
        }
        self.unsaved_ui(&ctx, &mut commands);
        crate::ui::focus::focus_ring(&ctx);
        self.focus_trail.end(&ctx);
        commands.append(&mut self.commands);
        if !commands.is_empty() {
            // The state changed after this frame was laid out: draw it again.
            ctx.request_repaint();
        }
        for command in commands {
            self.apply(command);
        }
    }
}

impl eframe::App for BriefDeskApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.show(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        self.settings.zoom = self.ctx.zoom_factor();
        eframe::set_value(storage, eframe::APP_KEY, &self.settings);
        self.notes.save();
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        // Quitting waits for the notes: the save is synchronous.
        self.notes.save();
    }
}
