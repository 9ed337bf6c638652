//! The workspace: the menu bar and the tabs, the screen shown, the side panels, the floating
//! messages and the dialogs over them.

use crate::app::BriefDeskApp;
use crate::app::editing;
use crate::i18n::{Language, tr};
use crate::ui::centres_screen::centres_ui;
use crate::ui::corruption_screen::corruption_ui;
use crate::ui::districts_screen::{ChartView, districts_ui};
use crate::ui::findings_panel::findings_ui;
use crate::ui::help::help_window_ui;
use crate::ui::overview::overview_ui;
use crate::ui::recommendations_screen::recommendations_ui;
use crate::ui::slides_panel::slides_panel_ui;
use crate::ui::theme::{self, size};
use crate::ui::workspace::banners;
use crate::ui::workspace::menus::{self, TopBar};
use crate::ui::workspace::status_bar::status_bar_ui;
use crate::ui::{Command, Screen};

impl BriefDeskApp {
    fn top_bar(&self, lang: Language) -> TopBar<'_> {
        TopBar {
            lang,
            screen: self.settings.screen,
            theme: self.settings.theme,
            table: self.settings.table,
            recent: &self.settings.recent,
            presenter_view: self.settings.presenter_view,
            projector_dark: self.settings.projector_dark,
            notes_on_wall: self.settings.notes_on_wall,
            pack_kk_ru: self.settings.pack_kk_ru,
            keyboard: self.focus_trail.menu_bar,
            slides_open: self.slides_open,
            findings_open: self.findings_open,
            findings: self.doc.loaded.findings.len(),
            region: &self.doc.briefing.header.region,
            notes: &self.notes,
        }
    }

    /// The workspace: menus, tabs, the screen, side panels.
    pub(super) fn workspace_ui(
        &mut self,
        ui: &mut egui::Ui,
        ctx: &egui::Context,
        lang: Language,
        commands: &mut Vec<Command>,
    ) {
        let bar_focused = egui::Panel::top("top-bar")
            .show(ui, |ui| {
                menus::top_bar_ui(ui, &self.top_bar(lang), commands)
            })
            .inner;
        // The bar keeps the keyboard while it or one of its menus has it.
        if self.focus_trail.menu_bar && !bar_focused && !egui::Popup::is_any_open(ctx) {
            self.focus_trail.menu_bar = false;
        }
        let source_name = self.source_name(lang);
        egui::Panel::bottom("status-bar")
            .show(ui, |ui| status_bar_ui(ui, &source_name, &self.doc.briefing));
        if self.findings_open {
            egui::Panel::right("findings")
                .default_size(360.0)
                .resizable(true)
                .show(ui, |ui| {
                    ui.horizontal(|ui| {
                        ui.heading(tr(lang, "findings-title"));
                        if ui.button("×").on_hover_text(tr(lang, "close")).clicked() {
                            commands.push(Command::ToggleFindings);
                        }
                    });
                    egui::ScrollArea::vertical().show(ui, |ui| {
                        let doc = &self.doc.loaded;
                        findings_ui(ui, &doc.name, &doc.findings, Some(&doc.dataset), lang);
                    });
                });
        }
        if self.slides_open {
            egui::Panel::right("slides")
                .default_size(380.0)
                .resizable(true)
                .show(ui, |ui| {
                    ui.horizontal(|ui| {
                        ui.heading(tr(lang, "slides-title"));
                        if ui.button("×").on_hover_text(tr(lang, "close")).clicked() {
                            commands.push(Command::ToggleSlidesPanel);
                        }
                    });
                    egui::ScrollArea::vertical().show(ui, |ui| {
                        let palette = theme::Palette::projector(self.settings.projector_dark);
                        slides_panel_ui(
                            ui,
                            &self.doc.briefing,
                            &self.notes,
                            (lang, palette),
                            commands,
                        );
                    });
                });
        }
        let central = egui::CentralPanel::default().show(ui, |ui| {
            menus::tabs_ui(ui, &self.top_bar(lang), commands);
            if self.settings.screen == Screen::Edit {
                self.editor_screen_ui(ui, lang, commands);
                return;
            }
            egui::ScrollArea::vertical()
                .id_salt((self.settings.screen, self.doc.generation))
                .auto_shrink([false, false])
                .show(ui, |ui| {
                    egui::Frame::new()
                        .inner_margin(egui::Margin::symmetric(size::MARGIN as i8, 8))
                        .show(ui, |ui| {
                            self.screen_ui(ui, lang, commands);
                        });
                });
        });
        // Messages float over the bottom of the screen: they never move what is under the
        // pointer or the text being typed, and each can be closed.
        banners::overlay(ctx, central.response.rect, |ui| {
            if let Some(problem) = &self.problem {
                banners::problem_ui(ui, problem, &source_name, lang, commands);
            }
            let seen = self.leave.notes_failure_seen.as_deref();
            banners::notes_notice_ui(ui, &self.notes, seen, lang, commands);
            if let Some(notice) = &self.export_notice {
                banners::export_notice_ui(ui, notice, lang, commands);
            }
            if let Some(notice) = &self.editing.notice {
                editing::notice_ui(ui, notice, lang, commands);
            }
        });
        self.new_briefing_form_ui(ctx, commands);
        if let Some(prompt) = &mut self.files.prompt {
            crate::ui::file_prompt::file_prompt_ui(ctx, prompt, lang, commands);
        }
        if self.help_open {
            help_window_ui(ctx, lang, commands);
        }
        if ctx.input(|i| !i.raw.hovered_files.is_empty()) {
            drop_overlay(ctx, lang);
        }
    }

    fn screen_ui(&self, ui: &mut egui::Ui, lang: Language, commands: &mut Vec<Command>) {
        let briefing = &self.doc.briefing;
        let view = ChartView {
            sort: self.settings.sort,
            highlight: self.highlight.as_deref(),
            table: self.settings.table,
        };
        match self.settings.screen {
            Screen::Overview => overview_ui(ui, briefing, lang),
            Screen::Districts => districts_ui(ui, briefing, &view, lang, commands),
            Screen::Centres => centres_ui(ui, briefing, &view, lang, commands),
            Screen::Corruption => corruption_ui(ui, briefing, &view, lang, commands),
            Screen::Recommendations => {
                recommendations_ui(ui, briefing, &self.notes, lang, commands);
            }
            // Drawn by the workspace itself, outside the scrolling area.
            Screen::Edit => {}
        }
    }
}

fn drop_overlay(ctx: &egui::Context, lang: Language) {
    let screen = ctx.content_rect();
    let painter = ctx.layer_painter(egui::LayerId::new(
        egui::Order::Foreground,
        egui::Id::unique("drop"),
    ));
    painter.rect_filled(screen, 0.0, egui::Color32::from_black_alpha(160));
    painter.text(
        screen.center(),
        egui::Align2::CENTER_CENTER,
        tr(lang, "drop-to-open"),
        theme::font(size::HEADING),
        egui::Color32::WHITE,
    );
}

/// A window larger than its screen (the first run's size on a 1366×768 laptop, or a size
/// remembered from a larger screen) is made to fit, with room for the desktop's panels, and
/// centred. Whether the screen's size was known (else it is tried again next frame).
fn fit_to_monitor(ctx: &egui::Context) -> bool {
    let (monitor, outer, inner) = ctx.input(|i| {
        let v = i.viewport();
        (v.monitor_size, v.outer_rect, v.inner_rect)
    });
    let (Some(monitor), Some(outer), Some(inner)) = (monitor, outer, inner) else {
        return false;
    };
    if monitor.x < 200.0 || monitor.y < 200.0 {
        return false;
    }
    // The title bar and frame, and a panel of the desktop's (taskbar, top bar).
    let chrome = outer.size() - inner.size();
    let room = monitor - chrome - egui::vec2(0.0, 48.0);
    if outer.width() <= monitor.x && outer.bottom() <= monitor.y - 24.0 && outer.top() >= 0.0 {
        return true;
    }
    let size = inner.size().min(room);
    ctx.send_viewport_cmd(egui::ViewportCommand::InnerSize(size));
    let left = ((monitor.x - size.x - chrome.x) / 2.0).max(0.0);
    let top = ((monitor.y - size.y - chrome.y - 48.0) / 2.0).max(0.0);
    ctx.send_viewport_cmd(egui::ViewportCommand::OuterPosition(egui::pos2(left, top)));
    true
}

/// Fitting the window to its screen, once the screen's size is known.
#[derive(Debug, Default)]
pub(super) struct WindowFit {
    done: bool,
}

impl WindowFit {
    /// Fits the window on the first frame that knows the screen's size.
    pub(super) fn once(&mut self, ctx: &egui::Context) {
        if !self.done {
            self.done = fit_to_monitor(ctx);
        }
    }
}
