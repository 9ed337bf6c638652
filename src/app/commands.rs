//! Applying what the user asked for: one `match` over every [`Command`], with no catch-all arm,
//! so a command nobody handles does not compile. And the keymap, from the action table.

use egui::{Key, Modifiers};

use crate::app::BriefDeskApp;
use crate::app::document::DatasetSource;
use crate::app::leaving::Pending;
use crate::app::presenting::audience_viewport;
use crate::ui::Command;
use crate::ui::actions;
use crate::ui::editor::EditCommand;
use crate::ui::file_prompt::FilePurpose;
use crate::ui::presentation::{Presentation, Screens};

impl BriefDeskApp {
    /// Applies one command.
    pub fn apply(&mut self, command: Command) {
        match command {
            Command::OpenDialog => self.ask_file(FilePurpose::Open, ""),
            Command::FileChosen(purpose, path) => self.file_chosen(purpose, path),
            Command::CloseFilePrompt => self.files.prompt = None,
            Command::OpenDataset(path) => self.leave_for(Pending::Open(DatasetSource::File(path))),
            Command::OpenEmbedded => self.leave_for(Pending::Open(DatasetSource::Embedded)),
            Command::Reload => self.leave_for(Pending::Open(self.doc.source.clone())),
            Command::SetScreen(screen) => self.settings.screen = screen,
            Command::SetLanguage(language) => {
                self.settings.language = language;
                self.rebuild();
            }
            Command::SetTheme(theme) => {
                self.settings.theme = theme;
                self.ctx.set_theme(theme);
            }
            Command::SetMetric(metric) => {
                self.settings.metric = metric;
                self.rebuild();
            }
            Command::SetSort(sort) => {
                self.settings.sort = sort;
                self.rebuild();
            }
            Command::Highlight(district) => self.highlight = district,
            Command::SetTableView(table) => self.settings.table = table,
            Command::EditNote { id, edit } => self.notes.apply(&id, edit),
            Command::SaveNotes => self.notes.save(),
            Command::SaveNotesAs => self.save_notes_as(),
            Command::ShowEvidence(target) => self.show_evidence(target),
            Command::ToggleHelp => self.help_open = !self.help_open,
            Command::ToggleFindings => self.findings_open = !self.findings_open,
            Command::DismissProblem => self.problem = None,
            Command::DismissNotesNotice => self.notes.dismiss_notice(),
            Command::Quit => self.leave_for(Pending::Quit),
            Command::Unsaved(answer) => self.answer_unsaved(answer),
            Command::Recover(answer) => self.answer_recovery(answer),
            Command::DismissNotesFailure => {
                if let crate::notes::SaveState::Failed(reason) = self.notes.state() {
                    self.leave.notes_failure_seen = Some(reason.clone());
                }
            }
            Command::StartPresentation { from_screen } => {
                let screens = if self.settings.presenter_view {
                    Screens::Two
                } else {
                    Screens::One
                };
                self.start_presentation(from_screen, screens);
            }
            Command::Rehearse => self.start_presentation(false, Screens::Rehearsal),
            Command::StopPresentation => self.stop_presentation(),
            Command::Slide(step) => {
                if let Some(p) = &mut self.presentation {
                    p.go(step, &self.doc.briefing);
                }
            }
            Command::Blank(blank) => {
                if let Some(p) = &mut self.presentation {
                    p.set_blank(blank);
                }
            }
            Command::ToggleFullscreen => self.toggle_fullscreen(),
            Command::TogglePresenterNotes => {
                // On one screen the notes would show on the wall (a mirrored laptop shows the
                // room what the laptop shows): only when the presenter has asked for that.
                if let Some(p) = &mut self.presentation
                    && (p.screens() != Screens::One
                        || p.notes_open()
                        || self.settings.notes_on_wall)
                {
                    p.toggle_notes();
                }
            }
            Command::ToggleSlidesPanel => self.slides_open = !self.slides_open,
            Command::SetSlideVisible { key, visible } => {
                let plan = self.notes.slide_plan().with_visible(&key, visible);
                self.set_slide_plan(plan);
            }
            Command::MoveSlide { key, delta } => {
                let keys = self.doc.briefing.slide_keys();
                let plan = self.notes.slide_plan().moved(&keys, &key, delta);
                self.set_slide_plan(plan);
            }
            Command::ResetSlides => self.reset_slides(),
            Command::SetSpeakerNote { key, text } => {
                let plan = self.notes.slide_plan().with_speaker_note(&key, &text);
                self.set_slide_plan(plan);
            }
            Command::SetShowStatus(on) => self.set_show_status(on),
            Command::SetNotesOnWall(on) => self.settings.notes_on_wall = on,
            Command::SetPackKkRu(on) => self.settings.pack_kk_ru = on,
            Command::SetPresenterView(on) => self.settings.presenter_view = on,
            Command::SetProjectorDark(dark) => self.settings.projector_dark = dark,
            Command::ExportDialog => self.export_dialog(),
            Command::ExportTo(path) => self.export_to(path),
            Command::SaveChartDialog => self.save_chart_dialog(),
            Command::SaveChartTo(path) => self.save_chart(path),
            Command::DismissExportNotice => self.export_notice = None,
            Command::Edit(edit) => self.apply_edit(edit),
        }
    }

    /// Applies one of the editor's commands.
    fn apply_edit(&mut self, command: EditCommand) {
        match command {
            EditCommand::NewBriefingDialog => self.leave_for(Pending::New),
            EditCommand::CreateBriefing(path) => self.create_briefing(path),
            EditCommand::Undo => self.step_history(false),
            EditCommand::Redo => self.step_history(true),
            EditCommand::Save => self.save_dataset(),
            EditCommand::SaveAs => self.save_as_dialog(),
            EditCommand::SaveTo(path) => self.save_to(&path),
            EditCommand::SaveDiscardingComments => self.save_discarding_comments(),
            EditCommand::KeepEdits => self.keep_edits(),
            EditCommand::TakeOutsideVersion => self.take_outside_version(),
            EditCommand::DismissNotice => self.editing.notice = None,
            EditCommand::PasteTable => {
                self.editing.paste_requested = true;
                self.ctx
                    .send_viewport_cmd(egui::ViewportCommand::RequestPaste);
            }
            EditCommand::ImportTableDialog => self.import_dialog(),
            EditCommand::CopyTable => self.copy_table(),
            EditCommand::PreviewCells(text) => self.preview_cells(&text),
            EditCommand::Section(section) => {
                self.settings.screen = crate::ui::Screen::Edit;
                self.editing.view.section = section;
            }
        }
    }

    pub(super) fn save_notes_as(&mut self) {
        let name = self
            .notes
            .path()
            .file_name()
            .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
        self.ask_file(FilePurpose::SaveNotesAs, &name);
    }

    fn toggle_fullscreen(&self) {
        let viewport = match self.presentation.as_ref().map(Presentation::screens) {
            Some(Screens::Two) => audience_viewport(),
            _ => egui::ViewportId::ROOT,
        };
        let fullscreen = self
            .ctx
            .input_for(viewport, |i| i.viewport().fullscreen.unwrap_or(false));
        self.ctx
            .send_viewport_cmd_to(viewport, egui::ViewportCommand::Fullscreen(!fullscreen));
    }

    /// The keys of this frame as commands: the presentation's own keys while presenting, else
    /// the action table's shortcuts, Esc for the open overlay, and dropped files.
    pub(super) fn keymap(&mut self, ctx: &egui::Context) {
        if let Some(p) = &mut self.presentation {
            let pushed = p.handle_keys(ctx);
            self.commands.extend(pushed);
            return;
        }
        let table = self.settings.table;
        let pressed = actions::pressed(ctx, self.settings.screen == crate::ui::Screen::Edit);
        self.commands
            .extend(pressed.into_iter().map(|a| a.command(table)));
        // F10 gives the keyboard to the menu bar, as on the desktop; F10 again gives it back.
        if ctx.input_mut(|i| i.consume_key(Modifiers::NONE, Key::F10)) {
            self.focus_trail.menu_bar = !self.focus_trail.menu_bar;
            if self.focus_trail.menu_bar {
                let first = ctx
                    .data(|d| d.get_temp::<egui::Id>(crate::ui::workspace::menus::first_menu_id()));
                if let Some(id) = first {
                    ctx.memory_mut(|m| m.request_focus(id));
                }
            } else {
                ctx.memory_mut(|m| {
                    if let Some(id) = m.focused() {
                        m.surrender_focus(id);
                    }
                });
            }
        }
        let overlay = self.help_open || self.findings_open;
        if overlay && ctx.input_mut(|i| i.consume_key(Modifiers::NONE, Key::Escape)) {
            self.help_open = false;
            self.findings_open = false;
        }
        let dropped: Vec<Command> = ctx.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| Command::OpenDataset(f.path().to_path_buf()))
                .collect()
        });
        self.commands.extend(dropped);
    }
}
