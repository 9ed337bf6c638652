//! Presenting: the deck on the wall, driven from the keyboard or a clicker, and the presenter
//! view on the laptop (current and next slide, the note, the time).

use std::time::{Duration, Instant};

use egui::emath::GuiRounding as _;
use egui::{Event, Key, Rect, RichText, Ui, vec2};

use super::Command;
use super::slide::{SlideFrame, slide_ui};
use super::theme::{self, Palette, size};
use crate::i18n::{Arg, Language, format_elapsed, tr, tr_args};
use crate::notes::NotesStore;
use crate::view_model::Briefing;

/// A blanked wall.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Blank {
    /// All black (B or .).
    Black,
    /// All white (W).
    White,
}

/// A move through the deck.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SlideStep {
    /// The next slide (stays on the last).
    Next,
    /// The previous slide (stays on the first).
    Previous,
    /// The first slide.
    First,
    /// The last slide.
    Last,
    /// The slide with this number, from 1 (ignored when there is none).
    Number(usize),
}

/// Where the audience sees the slides.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screens {
    /// The slide fills this window; the notes are on a toggle (N).
    One,
    /// The slide fills a second window on the second screen; this window is the presenter view.
    Two,
    /// Rehearsal: the presenter view alone, no audience window (Alt+F5).
    Rehearsal,
}

/// The audience window's frame on which its screen is checked.
const AUDIENCE_CHECK_FRAME: u32 = 3;

/// Most digits a typed slide number keeps.
const MAX_TYPED_DIGITS: usize = 4;

/// A presentation in progress (runtime only; nothing here is saved).
#[derive(Debug)]
pub struct Presentation {
    /// The shown slides in order: indices into [`Briefing::slides`].
    deck: Vec<usize>,
    /// Position in `deck`.
    position: usize,
    /// The key of the current slide, to find it again after the deck changes.
    current_key: String,
    /// Digits typed before Enter.
    typed: String,
    blank: Option<Blank>,
    started: Instant,
    screens: Screens,
    notes_open: bool,
    /// Frames the audience window has drawn (it is checked for its screen after a few).
    audience_frames: u32,
    /// Whether the main window was fullscreen before, to restore it after.
    was_fullscreen: bool,
}

impl Presentation {
    /// Starts at `position` of `deck`.
    pub fn start(
        deck: Vec<usize>,
        position: usize,
        briefing: &Briefing,
        screens: Screens,
        was_fullscreen: bool,
    ) -> Self {
        let position = position.min(deck.len().saturating_sub(1));
        let mut p = Self {
            deck,
            position,
            current_key: String::new(),
            typed: String::new(),
            blank: None,
            started: Instant::now(),
            screens,
            notes_open: false,
            audience_frames: 0,
            was_fullscreen,
        };
        p.remember_key(briefing);
        p
    }

    fn remember_key(&mut self, briefing: &Briefing) {
        self.current_key = self
            .current()
            .and_then(|i| briefing.slides.get(i))
            .map(|s| s.key.clone())
            .unwrap_or_default();
    }

    /// The shown slides, as indices into [`Briefing::slides`].
    pub fn deck(&self) -> &[usize] {
        &self.deck
    }

    /// The position in the deck, from 0.
    pub fn position(&self) -> usize {
        self.position
    }

    /// The current slide (index into [`Briefing::slides`]).
    pub fn current(&self) -> Option<usize> {
        self.deck.get(self.position).copied()
    }

    /// The slide after the current one.
    pub fn next(&self) -> Option<usize> {
        self.deck.get(self.position + 1).copied()
    }

    /// The digits typed so far.
    pub fn typed(&self) -> &str {
        &self.typed
    }

    /// Whether the wall is blanked, and how.
    pub fn blank(&self) -> Option<Blank> {
        self.blank
    }

    /// One screen or two.
    pub fn screens(&self) -> Screens {
        self.screens
    }

    /// Whether the notes show (one screen).
    pub fn notes_open(&self) -> bool {
        self.notes_open
    }

    /// Whether the main window was fullscreen before the presentation.
    pub fn was_fullscreen(&self) -> bool {
        self.was_fullscreen
    }

    /// Moves through the deck.
    pub fn go(&mut self, step: SlideStep, briefing: &Briefing) {
        let last = self.deck.len().saturating_sub(1);
        self.position = match step {
            SlideStep::Next => (self.position + 1).min(last),
            SlideStep::Previous => self.position.saturating_sub(1),
            SlideStep::First => 0,
            SlideStep::Last => last,
            SlideStep::Number(n) if (1..=self.deck.len()).contains(&n) => n - 1,
            SlideStep::Number(_) => self.position,
        };
        self.typed.clear();
        self.blank = None;
        self.remember_key(briefing);
    }

    /// Blanks the wall, or shows the slide again.
    pub fn set_blank(&mut self, blank: Option<Blank>) {
        self.blank = blank;
    }

    /// Shows or hides the notes under the slide (one screen).
    pub fn toggle_notes(&mut self) {
        self.notes_open = !self.notes_open;
    }

    /// Presents on this screen from now on (no second screen was found).
    pub fn fall_back_to_one_screen(&mut self) {
        self.screens = Screens::One;
    }

    /// Takes a new deck (after a reload or a change of plan), staying on the same slide if it
    /// is still shown.
    pub fn set_deck(&mut self, deck: Vec<usize>, briefing: &Briefing) {
        let found = deck.iter().position(|&i| {
            briefing
                .slides
                .get(i)
                .is_some_and(|s| s.key == self.current_key)
        });
        self.deck = deck;
        self.position = found.unwrap_or(self.position.min(self.deck.len().saturating_sub(1)));
        self.remember_key(briefing);
    }

    /// Time since the start, as "12:04" or "1:02:09".
    pub fn elapsed_text(&self) -> String {
        format_elapsed(self.started.elapsed())
    }

    /// Turns the keys pressed this frame into commands, in the order they came. Keys typed into
    /// a focused text field are left to it.
    pub fn handle_keys(&mut self, ctx: &egui::Context) -> Vec<Command> {
        let mut commands = Vec::new();
        if ctx.egui_wants_keyboard_input() {
            return commands;
        }
        let keys: Vec<Key> = ctx.input_mut(|i| {
            let keys = i
                .events
                .iter()
                .filter_map(|e| match e {
                    Event::Key {
                        key,
                        pressed: true,
                        modifiers,
                        ..
                    } if !modifiers.ctrl && !modifiers.alt && !modifiers.command => Some(*key),
                    _ => None,
                })
                .collect();
            i.events.retain(|e| !matches!(e, Event::Key { .. }));
            keys
        });
        for key in keys {
            self.key(key, &mut commands);
        }
        commands
    }

    fn key(&mut self, key: Key, commands: &mut Vec<Command>) {
        if key == Key::Escape {
            commands.push(Command::StopPresentation);
            return;
        }
        if self.blank.is_some() {
            // Any key brings the slide back, and does nothing else.
            commands.push(Command::Blank(None));
            return;
        }
        if let Some(digit) = digit(key) {
            if self.typed.len() < MAX_TYPED_DIGITS {
                self.typed.push(digit);
            }
            return;
        }
        let command = match key {
            Key::Enter if !self.typed.is_empty() => {
                let n = self.typed.parse().unwrap_or(0);
                Command::Slide(SlideStep::Number(n))
            }
            Key::Backspace if !self.typed.is_empty() => {
                self.typed.pop();
                return;
            }
            Key::ArrowRight | Key::ArrowDown | Key::PageDown | Key::Space | Key::Enter => {
                Command::Slide(SlideStep::Next)
            }
            Key::ArrowLeft | Key::ArrowUp | Key::PageUp | Key::Backspace => {
                Command::Slide(SlideStep::Previous)
            }
            Key::Home => Command::Slide(SlideStep::First),
            Key::End => Command::Slide(SlideStep::Last),
            Key::B | Key::Period => Command::Blank(Some(Blank::Black)),
            Key::W | Key::Comma => Command::Blank(Some(Blank::White)),
            Key::F11 => Command::ToggleFullscreen,
            Key::N => Command::TogglePresenterNotes,
            _ => return,
        };
        self.typed.clear();
        commands.push(command);
    }

    /// Counts a frame of the audience window. On its third frame (once the window exists) it
    /// is checked, once: true if it did not go fullscreen on a second screen because there is
    /// none. Later changes (F11) are the presenter's own.
    pub fn audience_lacks_a_screen(&mut self, fullscreen: Option<bool>) -> bool {
        self.audience_frames = self.audience_frames.saturating_add(1);
        self.audience_frames == AUDIENCE_CHECK_FRAME && fullscreen != Some(true)
    }
}

fn digit(key: Key) -> Option<char> {
    let digits = [
        Key::Num0,
        Key::Num1,
        Key::Num2,
        Key::Num3,
        Key::Num4,
        Key::Num5,
        Key::Num6,
        Key::Num7,
        Key::Num8,
        Key::Num9,
    ];
    let n = digits.iter().position(|&d| d == key)?;
    char::from_digit(u32::try_from(n).ok()?, 10)
}

/// Seconds without a move after which the pointer hides over the wall.
const POINTER_HIDES_AFTER: f32 = 1.0;

/// What the slides are drawn with.
pub struct Stage<'a> {
    /// The derived briefing.
    pub briefing: &'a Briefing,
    /// The notes.
    pub notes: &'a NotesStore,
    /// Interface language.
    pub lang: Language,
    /// Projector colours.
    pub palette: Palette,
}

impl Stage<'_> {
    fn frame(&self, p: &Presentation, position: usize, surface: &'static str) -> SlideFrame<'_> {
        SlideFrame {
            briefing: self.briefing,
            notes: self.notes,
            lang: self.lang,
            palette: self.palette,
            number: position + 1,
            count: p.deck.len(),
            surface,
        }
    }

    /// The slide at deck position `position` filling `rect`, or the blank wall.
    fn slide_at(
        &self,
        ui: &mut Ui,
        rect: Rect,
        p: &Presentation,
        position: usize,
        surface: &'static str,
    ) {
        let Some(slide) = p
            .deck
            .get(position)
            .and_then(|&i| self.briefing.slides.get(i))
        else {
            ui.painter().rect_filled(rect, 0.0, self.palette.background);
            return;
        };
        slide_ui(ui, rect, slide, &self.frame(p, position, surface));
    }

    /// The wall: the current slide filling `ui`, or black, or white. A click moves on; a
    /// right click goes back.
    pub fn wall_ui(&self, ui: &mut Ui, p: &Presentation, commands: &mut Vec<Command>) {
        let rect = ui.max_rect();
        match p.blank {
            Some(Blank::Black) => {
                ui.painter().rect_filled(rect, 0.0, egui::Color32::BLACK);
            }
            Some(Blank::White) => {
                ui.painter().rect_filled(rect, 0.0, egui::Color32::WHITE);
            }
            None => self.slide_at(ui, rect, p, p.position, "wall"),
        }
        // A slide number being typed shows only to the presenter, never on the wall; the
        // pointer hides after a second without moving, as in PowerPoint.
        let idle = ui.input(|i| i.pointer.time_since_last_movement());
        if idle >= POINTER_HIDES_AFTER {
            ui.ctx().set_cursor_icon(egui::CursorIcon::None);
        } else {
            ui.ctx()
                .request_repaint_after(Duration::from_secs_f32(POINTER_HIDES_AFTER - idle + 0.05));
        }
        let (clicked, right_clicked) = ui.input(|i| {
            let inside = i
                .pointer
                .interact_pos()
                .is_some_and(|pos| rect.contains(pos));
            (
                inside && i.pointer.primary_clicked(),
                inside && i.pointer.secondary_clicked(),
            )
        });
        if clicked {
            commands.push(match p.blank {
                Some(_) => Command::Blank(None),
                None => Command::Slide(SlideStep::Next),
            });
        } else if right_clicked {
            commands.push(Command::Slide(SlideStep::Previous));
        }
    }

    /// One screen: the slide, with the notes panel under it when N is pressed.
    pub fn one_screen_ui(&self, ui: &mut Ui, p: &mut Presentation, commands: &mut Vec<Command>) {
        if p.notes_open {
            egui::Panel::bottom("presenter-notes")
                .exact_size(ui.max_rect().height() * 0.32)
                .show(ui, |ui| {
                    ui.horizontal(|ui| {
                        self.status_ui(ui, p, commands);
                    });
                    ui.separator();
                    self.note_ui(ui, p, commands);
                });
            // The timer and the clock in the notes move on their own.
            ui.ctx().request_repaint_after(Duration::from_secs(1));
        }
        egui::CentralPanel::default()
            .frame(egui::Frame::NONE)
            .show(ui, |ui| self.wall_ui(ui, p, commands));
    }

    /// The presenter view: the current slide as the wall shows it, the next one, the note of
    /// the current recommendation in large type, the time.
    pub fn presenter_ui(
        &self,
        ui: &mut Ui,
        p: &mut Presentation,
        wall_aspect: f32,
        commands: &mut Vec<Command>,
    ) {
        let lang = self.lang;
        egui::Panel::top("presenter-bar").show(ui, |ui| {
            ui.horizontal(|ui| {
                self.status_ui(ui, p, commands);
                ui.separator();
                if ui.button(tr(lang, "present-previous")).clicked() {
                    commands.push(Command::Slide(SlideStep::Previous));
                }
                if ui.button(tr(lang, "present-next")).clicked() {
                    commands.push(Command::Slide(SlideStep::Next));
                }
                let black = p.blank == Some(Blank::Black);
                if ui
                    .selectable_label(black, tr(lang, "present-black"))
                    .clicked()
                {
                    commands.push(Command::Blank((!black).then_some(Blank::Black)));
                }
                if ui.button(tr(lang, "present-stop")).clicked() {
                    commands.push(Command::StopPresentation);
                }
            });
        });
        egui::CentralPanel::default().show(ui, |ui| {
            let area = ui.available_rect_before_wrap();
            let gap = 16.0;
            let left_width = (area.width() - gap) * 0.62;
            // Left: the slide as the wall shows it, the note under it.
            let current = fit_aspect(
                Rect::from_min_size(area.min, vec2(left_width, area.height() * 0.62)),
                wall_aspect,
            );
            self.preview_ui(ui, current, p, p.position, "current");
            let below = Rect::from_min_max(
                egui::pos2(area.left(), current.bottom() + gap),
                egui::pos2(area.left() + left_width, area.bottom()),
            );
            let mut note_column = column(ui, below, "presenter-note-column");
            self.note_ui(&mut note_column, p, commands);

            // Right: what comes next, and the time.
            let right = Rect::from_min_max(
                egui::pos2(area.left() + left_width + gap, area.top()),
                area.max,
            );
            let mut side = column(ui, right, "presenter-side");
            let next_title = p
                .next()
                .and_then(|i| self.briefing.slides.get(i))
                .map_or_else(|| tr(lang, "present-end"), |s| s.title.clone());
            side.label(
                RichText::new(format!("{}: {next_title}", tr(lang, "present-next-slide")))
                    .size(size::BODY + 2.0),
            );
            let next_rect = fit_aspect(
                Rect::from_min_size(
                    side.cursor().min,
                    vec2(right.width(), right.height() * 0.45),
                ),
                wall_aspect,
            );
            if p.next().is_some() {
                self.preview_ui(&mut side, next_rect, p, p.position + 1, "next");
            }
            side.advance_cursor_after_rect(next_rect);
            side.add_space(24.0);
            let muted = Palette::current(&side).muted;
            side.label(RichText::new(tr(lang, "present-elapsed")).color(muted));
            side.label(RichText::new(p.elapsed_text()).font(theme::bold(size::TILE_VALUE * 1.6)));
            side.add_space(8.0);
            side.label(RichText::new(tr(lang, "present-clock")).color(muted));
            side.label(
                RichText::new(clock_text())
                    .font(theme::bold(size::TILE_VALUE))
                    .color(muted),
            );
        });
        // The clock and the timer move on their own.
        ui.ctx().request_repaint_after(Duration::from_secs(1));
    }

    fn preview_ui(
        &self,
        ui: &mut Ui,
        rect: Rect,
        p: &Presentation,
        position: usize,
        surface: &'static str,
    ) {
        let stroke = egui::Stroke::new(1.0, ui.visuals().widgets.noninteractive.bg_stroke.color);
        if position == p.position && p.blank.is_some() {
            let fill = if p.blank == Some(Blank::White) {
                egui::Color32::WHITE
            } else {
                egui::Color32::BLACK
            };
            ui.painter().rect_filled(rect, 0.0, fill);
        } else {
            self.slide_at(ui, rect, p, position, surface);
        }
        ui.painter()
            .rect_stroke(rect, 0.0, stroke, egui::StrokeKind::Outside);
    }

    /// "Slide 3 of 12", what was typed, elapsed time and the clock.
    fn status_ui(&self, ui: &mut Ui, p: &Presentation, commands: &mut Vec<Command>) {
        let lang = self.lang;
        ui.label(
            RichText::new(tr_args(
                lang,
                "present-position",
                &[
                    ("n", Arg::Text(&(p.position + 1).to_string())),
                    ("count", Arg::Text(&p.deck.len().to_string())),
                ],
            ))
            .strong(),
        );
        if !p.typed.is_empty() {
            ui.label(RichText::new(format!("№ {}", p.typed)).strong());
        }
        if p.blank.is_some() {
            ui.label(tr(lang, "present-blanked"));
        }
        if p.screens == Screens::One {
            // The presenter view shows the time large in a column of its own.
            ui.separator();
            ui.label(
                RichText::new(format!(
                    "{} {}",
                    tr(lang, "present-elapsed"),
                    p.elapsed_text()
                ))
                .font(theme::bold(size::BODY + 4.0)),
            );
            ui.label(
                RichText::new(clock_text())
                    .font(theme::bold(size::BODY + 4.0))
                    .color(Palette::current(ui).muted),
            );
        }
        if p.screens == Screens::One
            && ui
                .button(tr(lang, "present-hide-notes"))
                .on_hover_text("N")
                .clicked()
        {
            commands.push(Command::TogglePresenterNotes);
        }
    }
}

/// A top-down column filling `rect`.
fn column(ui: &mut Ui, rect: Rect, salt: &'static str) -> Ui {
    ui.new_child(
        egui::UiBuilder::new()
            .id_salt(salt)
            .max_rect(rect.round_ui())
            .layout(egui::Layout::top_down(egui::Align::Min)),
    )
}

/// The largest rectangle of `aspect` (width / height) inside `rect`, at its top left.
pub fn fit_aspect(rect: Rect, aspect: f32) -> Rect {
    let aspect = if aspect.is_finite() && aspect > 0.1 {
        aspect
    } else {
        16.0 / 9.0
    };
    let width = rect.width().min(rect.height() * aspect);
    Rect::from_min_size(rect.min, vec2(width, width / aspect))
}

/// The local time of day, "10:42".
fn clock_text() -> String {
    jiff::Zoned::now().strftime("%H:%M").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fit_aspect_keeps_the_shape() {
        let r = fit_aspect(
            Rect::from_min_size(egui::Pos2::ZERO, vec2(800.0, 800.0)),
            4.0 / 3.0,
        );
        assert!((r.width() - 800.0).abs() < 0.01 && (r.height() - 600.0).abs() < 0.01);
        let r = fit_aspect(
            Rect::from_min_size(egui::Pos2::ZERO, vec2(1000.0, 300.0)),
            2.0,
        );
        assert!((r.width() - 600.0).abs() < 0.01 && (r.height() - 300.0).abs() < 0.01);
    }

    #[test]
    fn digits_map_to_characters() {
        assert_eq!(digit(Key::Num0), Some('0'));
        assert_eq!(digit(Key::Num7), Some('7'));
        assert_eq!(digit(Key::A), None);
    }
}
