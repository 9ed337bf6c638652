//! The top of the workspace: the menu bar and the screens' tabs. Menu items come from the
//! action table, each with its shortcut beside it.

use std::path::PathBuf;

use egui::{RichText, ThemePreference};

use crate::i18n::{Arg, Language, tr, tr_args};
use crate::notes::{NotesStore, SaveState};
use crate::ui::actions::Action;
use crate::ui::theme::{Palette, size};
use crate::ui::{Command, Screen};

/// What the menu bar and the tabs show.
#[expect(
    clippy::struct_excessive_bools,
    reason = "a read-only view of independent settings and panel states"
)]
pub struct TopBar<'a> {
    /// Interface language.
    pub lang: Language,
    /// The screen shown.
    pub screen: Screen,
    /// Light, dark or the system's.
    pub theme: ThemePreference,
    /// Tables instead of charts.
    pub table: bool,
    /// Recently opened datasets.
    pub recent: &'a [PathBuf],
    /// The presenter view option.
    pub presenter_view: bool,
    /// The dark projector option.
    pub projector_dark: bool,
    /// Whether N may show the speaker notes on a single screen.
    pub notes_on_wall: bool,
    /// Whether the pack is exported in Kazakh and Russian.
    pub pack_kk_ru: bool,
    /// Whether the slide list is open.
    pub slides_open: bool,
    /// Whether the findings panel is open.
    pub findings_open: bool,
    /// How many findings the dataset has.
    pub findings: usize,
    /// The region's name.
    pub region: &'a str,
    /// The notes, for their save state.
    pub notes: &'a NotesStore,
    /// Whether the menu bar takes the keyboard (after F10): otherwise Tab passes it by and
    /// goes from the tabs through the screen.
    pub keyboard: bool,
}

/// The id of the first menu (File), which F10 gives the keyboard to.
pub fn first_menu_id() -> egui::Id {
    egui::Id::unique("menu-file")
}

/// A button of the menu bar: reached by Tab only while the bar has the keyboard.
fn bar_button<'a>(text: impl egui::IntoAtoms<'a>, keyboard: bool) -> egui::Button<'a> {
    let button = egui::Button::new(text);
    if keyboard {
        button
    } else {
        button.sense(egui::Sense::CLICK)
    }
}

/// A menu of the bar.
fn bar_menu(
    ui: &mut egui::Ui,
    text: String,
    keyboard: bool,
    add: impl FnOnce(&mut egui::Ui),
) -> egui::Response {
    egui::containers::menu::MenuButton::from_button(bar_button(text, keyboard).frame(false))
        .ui(ui, add)
        .0
}

/// The menu bar: File, View, Present, Language, Help; the region; the findings badge and the
/// notes' save state on the right. Says whether one of its widgets has the keyboard.
pub fn top_bar_ui(ui: &mut egui::Ui, s: &TopBar<'_>, commands: &mut Vec<Command>) -> bool {
    let lang = s.lang;
    let kb = s.keyboard;
    let mut focused = false;
    let before = commands.len();
    egui::MenuBar::new().ui(ui, |ui| {
        let file = ui
            .push_id(first_menu_id(), |ui| {
                bar_menu(ui, tr(lang, "menu-file"), kb, |ui| {
                    file_menu_ui(ui, s, commands);
                })
            })
            .inner;
        ui.data_mut(|d| d.insert_temp(first_menu_id(), file.id));
        focused |= file.has_focus();
        let view = bar_menu(ui, tr(lang, "menu-view"), kb, |ui| {
            for (choice, key) in [
                (ThemePreference::System, "theme-system"),
                (ThemePreference::Light, "theme-light"),
                (ThemePreference::Dark, "theme-dark"),
            ] {
                if ui.radio(s.theme == choice, tr(lang, key)).clicked() {
                    commands.push(Command::SetTheme(choice));
                }
            }
            ui.separator();
            ui.label(tr(lang, "zoom-hint"));
        });
        focused |= view.has_focus();
        let present = bar_menu(ui, tr(lang, "menu-present"), kb, |ui| {
            present_menu_ui(ui, s, commands);
        });
        focused |= present.has_focus();
        let language = bar_menu(ui, tr(lang, "menu-language"), kb, |ui| {
            for language in Language::ALL {
                if ui.radio(lang == language, language.native_name()).clicked() {
                    commands.push(Command::SetLanguage(language));
                }
            }
        });
        focused |= language.has_focus();
        let help = ui
            .add(bar_button(tr(lang, Action::Help.label_key()), kb).frame(false))
            .on_hover_text(Action::Help.shortcut_text(ui.ctx()));
        if help.clicked() {
            commands.push(Action::Help.command(s.table));
        }
        focused |= help.has_focus();
        ui.separator();
        ui.label(RichText::new(s.region).strong());
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            save_indicator_ui(ui, s);
            ui.separator();
            let warnings = s.findings;
            let palette = Palette::current(ui);
            let text = if warnings == 0 {
                RichText::new(tr(lang, "findings-ok")).color(palette.ok)
            } else {
                RichText::new(tr_args(
                    lang,
                    "findings-badge",
                    &[
                        ("n", Arg::Number(warnings as f64)),
                        ("count", Arg::Text(&warnings.to_string())),
                    ],
                ))
                .color(palette.warning)
            };
            let mut badge = egui::Button::selectable(s.findings_open, text);
            if !kb {
                badge = badge.sense(egui::Sense::CLICK);
            }
            let badge = ui.add(badge).on_hover_text(tr(lang, "findings-title"));
            if badge.clicked() {
                commands.push(Command::ToggleFindings);
            }
            focused |= badge.has_focus();
        });
    });
    // A menu item chosen with Enter or Space closes the menu, as a click does.
    let by_keys = ui.input(|i| i.key_pressed(egui::Key::Enter) || i.key_pressed(egui::Key::Space));
    if commands.len() > before && by_keys {
        egui::Popup::close_all(ui.ctx());
    }
    focused
}

/// A menu item for `action`, with its shortcut beside it; enabled or not.
fn action_item(
    ui: &mut egui::Ui,
    action: Action,
    enabled: bool,
    s: &TopBar<'_>,
    commands: &mut Vec<Command>,
) {
    let button = egui::Button::new(tr(s.lang, action.label_key()))
        .shortcut_text(action.shortcut_text(ui.ctx()));
    if ui.add_enabled(enabled, button).clicked() {
        commands.push(action.command(s.table));
    }
}

fn file_menu_ui(ui: &mut egui::Ui, s: &TopBar<'_>, commands: &mut Vec<Command>) {
    let lang = s.lang;
    action_item(ui, Action::New, true, s, commands);
    action_item(ui, Action::Open, true, s, commands);
    action_item(ui, Action::OpenEmbedded, true, s, commands);
    ui.menu_button(tr(lang, "menu-recent"), |ui| {
        if s.recent.is_empty() {
            ui.label(tr(lang, "menu-recent-empty"));
        }
        for path in s.recent {
            if ui.button(path.display().to_string()).clicked() {
                commands.push(Command::OpenDataset(path.clone()));
            }
        }
    });
    action_item(ui, Action::Reload, true, s, commands);
    ui.separator();
    action_item(ui, Action::Export, true, s, commands);
    let mut paired = s.pack_kk_ru;
    if ui
        .checkbox(&mut paired, tr(lang, "menu-pack-kk-ru"))
        .on_hover_text(tr(lang, "menu-pack-kk-ru-hint"))
        .changed()
    {
        commands.push(Command::SetPackKkRu(paired));
    }
    let chart_screen = matches!(
        s.screen,
        Screen::Districts | Screen::Centres | Screen::Corruption
    );
    action_item(ui, Action::SaveChart, chart_screen, s, commands);
    ui.separator();
    action_item(ui, Action::SaveNotes, true, s, commands);
    action_item(ui, Action::SaveNotesAs, true, s, commands);
    ui.separator();
    let editing = s.screen == Screen::Edit;
    action_item(ui, Action::Undo, editing, s, commands);
    action_item(ui, Action::Redo, editing, s, commands);
    ui.separator();
    action_item(ui, Action::Quit, true, s, commands);
}

fn present_menu_ui(ui: &mut egui::Ui, s: &TopBar<'_>, commands: &mut Vec<Command>) {
    let lang = s.lang;
    action_item(ui, Action::Present, true, s, commands);
    action_item(ui, Action::PresentFromScreen, true, s, commands);
    action_item(ui, Action::Rehearse, true, s, commands);
    ui.separator();
    action_item(ui, Action::ArrangeSlides, true, s, commands);
    ui.separator();
    let mut presenter_view = s.presenter_view;
    if ui
        .checkbox(&mut presenter_view, tr(lang, "presenter-view-option"))
        .changed()
    {
        commands.push(Command::SetPresenterView(presenter_view));
    }
    for (dark, key) in [(false, "projector-light"), (true, "projector-dark")] {
        if ui.radio(s.projector_dark == dark, tr(lang, key)).clicked() {
            commands.push(Command::SetProjectorDark(dark));
        }
    }
    ui.separator();
    let mut show_status = s.notes.slide_plan().show_status;
    if ui
        .checkbox(&mut show_status, tr(lang, "slides-show-status"))
        .changed()
    {
        commands.push(Command::SetShowStatus(show_status));
    }
    let mut on_wall = s.notes_on_wall;
    if ui
        .checkbox(&mut on_wall, tr(lang, "present-notes-on-wall"))
        .on_hover_text(tr(lang, "present-notes-on-wall-hint"))
        .changed()
    {
        commands.push(Command::SetNotesOnWall(on_wall));
    }
}

fn save_indicator_ui(ui: &mut egui::Ui, s: &TopBar<'_>) {
    let lang = s.lang;
    let palette = Palette::current(ui);
    match s.notes.state() {
        SaveState::Saved => {
            ui.label(RichText::new(tr(lang, "notes-saved")).color(palette.ok))
                .on_hover_text(s.notes.path().display().to_string());
        }
        SaveState::Pending => {
            ui.label(RichText::new(tr(lang, "notes-pending")).color(palette.muted));
        }
        SaveState::Failed(reason) => {
            ui.label(RichText::new(tr(lang, "notes-failed")).color(palette.error))
                .on_hover_text(reason);
        }
    }
}

/// The screens' tabs, and the Slides and Start presenting buttons at the right. They are
/// made in the order they are read, left to right, so Tab goes through the tabs first.
pub fn tabs_ui(ui: &mut egui::Ui, s: &TopBar<'_>, commands: &mut Vec<Command>) {
    let lang = s.lang;
    let width_id = egui::Id::unique("tab-buttons-width");
    // The buttons' width as of the last frame: the tabs take the rest, and wrap.
    let buttons = ui.data(|d| d.get_temp::<f32>(width_id)).unwrap_or(260.0);
    ui.horizontal(|ui| {
        let spacing = ui.spacing().item_spacing.x;
        let tabs_width = (ui.available_width() - buttons - spacing).max(120.0);
        let tabs = egui::Layout::left_to_right(egui::Align::Center).with_main_wrap(true);
        ui.allocate_ui_with_layout(egui::vec2(tabs_width, 0.0), tabs, |ui| {
            for screen in Screen::ALL {
                let text = RichText::new(tr(lang, screen.label_key())).size(size::BODY + 1.0);
                let response = ui
                    .selectable_label(s.screen == screen, text)
                    .on_hover_text(Action::Show(screen).shortcut_text(ui.ctx()));
                if response.clicked() {
                    commands.push(Command::SetScreen(screen));
                }
            }
        });
        ui.add_space((ui.available_width() - buttons).max(0.0));
        let start = ui.cursor().left();
        if ui
            .selectable_label(s.slides_open, tr(lang, "slides-title"))
            .clicked()
        {
            commands.push(Command::ToggleSlidesPanel);
        }
        let present = ui
            .button(RichText::new(tr(lang, "present-start")).strong())
            .on_hover_text(tr(lang, "present-from-screen-hint"));
        if present.clicked() {
            commands.push(Command::StartPresentation { from_screen: false });
        }
        let width = present.rect.right() - start;
        if (width - buttons).abs() > 0.5 {
            ui.data_mut(|d| d.insert_temp(width_id, width));
            ui.ctx().request_discard("the tab buttons were measured");
        }
    });
    ui.separator();
}
