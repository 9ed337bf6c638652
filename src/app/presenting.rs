//! Presenting: starting and stopping, the deck after a change of plan, the wall and the
//! presenter view in their windows.

use crate::app::BriefDeskApp;
use crate::i18n::Language;
use crate::notes::SlidePlan;
use crate::ui::presentation::{Presentation, Screens, Stage};
use crate::ui::theme::Palette;
use crate::ui::{Command, Screen};
use crate::view_model::SlideKind;

impl BriefDeskApp {
    /// After the dataset or the slide plan changed: the presentation takes the new deck.
    pub(super) fn refresh_deck(&mut self) {
        if let Some(p) = &mut self.presentation {
            let deck = self
                .notes
                .slide_plan()
                .deck(&self.doc.briefing.slide_keys());
            p.set_deck(deck, &self.doc.briefing);
        }
    }

    /// The slides back in their default order, every one shown; what the presenter wrote on
    /// them stays.
    pub(super) fn reset_slides(&mut self) {
        let plan = SlidePlan {
            order: Vec::new(),
            hidden: std::collections::BTreeSet::new(),
            ..self.notes.slide_plan().clone()
        };
        self.set_slide_plan(plan);
    }

    /// Whether recommendation slides show their status, owner and due date.
    pub(super) fn set_show_status(&mut self, on: bool) {
        let plan = SlidePlan {
            show_status: on,
            ..self.notes.slide_plan().clone()
        };
        self.set_slide_plan(plan);
    }

    pub(super) fn set_slide_plan(&mut self, plan: SlidePlan) {
        self.notes.set_slide_plan(plan);
        self.refresh_deck();
    }

    pub(super) fn start_presentation(&mut self, from_screen: bool, screens: Screens) {
        let briefing = &self.doc.briefing;
        let deck = self.notes.slide_plan().deck(&briefing.slide_keys());
        if deck.is_empty() {
            // Nothing to show: the slide list says why (no data, or every slide hidden).
            self.slides_open = true;
            return;
        }
        let position = if from_screen {
            let screen = self.settings.screen;
            deck.iter()
                .position(|&i| {
                    briefing
                        .slides
                        .get(i)
                        .is_some_and(|s| slide_matches_screen(&s.kind, screen))
                })
                .unwrap_or(0)
        } else {
            0
        };
        let was_fullscreen = self.ctx.input(|i| i.viewport().fullscreen.unwrap_or(false));
        if screens == Screens::One {
            self.ctx
                .send_viewport_cmd(egui::ViewportCommand::Fullscreen(true));
        }
        self.help_open = false;
        self.presentation = Some(Presentation::start(
            deck,
            position,
            briefing,
            screens,
            was_fullscreen,
        ));
    }

    pub(super) fn stop_presentation(&mut self) {
        if let Some(p) = self.presentation.take()
            && p.screens() == Screens::One
        {
            self.ctx
                .send_viewport_cmd(egui::ViewportCommand::Fullscreen(p.was_fullscreen()));
        }
        self.notes.save();
    }

    /// While presenting: the wall (one screen), or the presenter view here and the wall in a
    /// second window on the second screen.
    pub(super) fn presentation_ui(
        &mut self,
        ui: &mut egui::Ui,
        lang: Language,
        commands: &mut Vec<Command>,
    ) {
        let Some(p) = self.presentation.as_mut() else {
            return;
        };
        let stage = Stage {
            briefing: &self.doc.briefing,
            notes: &self.notes,
            lang,
            palette: Palette::projector(self.settings.projector_dark),
        };
        match p.screens() {
            Screens::One => {
                stage.one_screen_ui(ui, p, commands);
                return;
            }
            Screens::Rehearsal => {
                stage.presenter_ui(ui, p, 16.0 / 9.0, commands);
                return;
            }
            Screens::Two => {}
        }
        let ctx = ui.ctx().clone();
        let mut no_second_screen = false;
        let mut wall_aspect = 16.0 / 9.0;
        let builder = egui::ViewportBuilder::default()
            .with_title(format!("BriefDesk — {}", stage.briefing.header.region))
            .with_inner_size([1280.0, 720.0])
            .with_monitor(1);
        ctx.show_viewport_immediate(audience_viewport(), builder, |ui, class| {
            if class == egui::ViewportClass::EmbeddedWindow {
                // This backend cannot open a second window: present here instead.
                no_second_screen = true;
                return;
            }
            let wall_ctx = ui.ctx().clone();
            commands.extend(p.handle_keys(&wall_ctx));
            if p.audience_lacks_a_screen(wall_ctx.input(|i| i.viewport().fullscreen)) {
                no_second_screen = true;
            }
            if wall_ctx.input(|i| i.viewport().close_requested()) {
                commands.push(Command::StopPresentation);
            }
            wall_aspect = wall_ctx.content_rect().aspect_ratio();
            egui::CentralPanel::default()
                .frame(egui::Frame::NONE)
                .show(ui, |ui| stage.wall_ui(ui, p, commands));
        });
        if no_second_screen {
            p.fall_back_to_one_screen();
            ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(true));
            ctx.request_repaint();
        } else {
            stage.presenter_ui(ui, p, wall_aspect, commands);
        }
    }
}

/// The second window, on the projector.
pub(super) fn audience_viewport() -> egui::ViewportId {
    egui::ViewportId::from_hash_of("briefdesk-audience")
}

/// Whether a slide shows what a workspace screen shows (Shift+F5 starts there).
fn slide_matches_screen(kind: &SlideKind, screen: Screen) -> bool {
    match screen {
        Screen::Overview => matches!(kind, SlideKind::KeyFigures),
        Screen::Districts => matches!(kind, SlideKind::Districts),
        Screen::Centres => matches!(kind, SlideKind::Centres),
        Screen::Corruption => {
            matches!(kind, SlideKind::Corruption | SlideKind::CorruptionDistricts)
        }
        Screen::Recommendations => matches!(kind, SlideKind::Recommendation(_)),
        Screen::Edit => false,
    }
}
