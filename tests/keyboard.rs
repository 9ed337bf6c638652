//! The workspace from the keyboard: Tab goes through the tabs first (the menu bar is reached
//! with F10), Tab after Esc goes on from where Esc left off, and a drop-down answers the
//! arrows and Enter. (The same in the real window: `.ci/window` and the README.)

mod harness;

use std::path::Path;

use briefdesk::BriefDeskApp;
use briefdesk::notes::Status;
use briefdesk::ui::Command;
use briefdesk::ui::Screen;
use egui::Key;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};

fn harness(data_dir: &Path) -> Harness<'static, BriefDeskApp> {
    harness::app(data_dir, None, egui::vec2(1366.0, 768.0))
}

fn has_keyboard(node: &egui_kittest::kittest::AccessKitNode<'_>) -> bool {
    node.is_focused()
}

/// The name of the widget that has the keyboard.
fn focused(harness: &Harness<'_, BriefDeskApp>) -> Option<String> {
    harness
        .query_by(has_keyboard)
        .and_then(|node| node.accesskit_node().label())
}

fn press(harness: &mut Harness<'_, BriefDeskApp>, key: Key) {
    harness.key_press(key);
    harness.run();
}

#[test]
fn tab_goes_through_the_tabs_first_and_f10_reaches_the_menus() {
    let dir = tempfile::tempdir().expect("dir");
    let mut harness = harness(dir.path());
    harness.run();
    press(&mut harness, Key::Tab);
    assert_eq!(focused(&harness).as_deref(), Some("Обзор"), "the first tab");
    for _ in 0..5 {
        press(&mut harness, Key::Tab);
    }
    assert_eq!(focused(&harness).as_deref(), Some("Правка"), "the last tab");
    press(&mut harness, Key::F10);
    assert_eq!(
        focused(&harness).as_deref(),
        Some("Файл"),
        "F10: the menu bar"
    );
    press(&mut harness, Key::Tab);
    assert_eq!(focused(&harness).as_deref(), Some("Вид"));
    press(&mut harness, Key::F10);
    assert_eq!(focused(&harness), None, "F10 again leaves the bar");
    press(&mut harness, Key::Tab);
    assert_eq!(
        focused(&harness).as_deref(),
        Some("Обзор"),
        "the bar is out of the order"
    );
}

#[test]
fn tab_after_esc_goes_on_from_where_esc_left_off() {
    let dir = tempfile::tempdir().expect("dir");
    let mut harness = harness(dir.path());
    harness
        .state_mut()
        .push(Command::SetScreen(Screen::Recommendations));
    harness.run();
    harness.get_by_label("Заметка к рекомендации 1").focus();
    harness.run();
    press(&mut harness, Key::Escape);
    assert_eq!(focused(&harness), None);
    press(&mut harness, Key::Tab);
    let next = focused(&harness).unwrap_or_default();
    assert!(
        next.starts_with("Статус"),
        "the field after the note, not the top: {next:?}"
    );
}

#[test]
fn a_status_answers_the_arrows_and_enter_and_its_list_closes_after_a_choice() {
    let dir = tempfile::tempdir().expect("dir");
    let mut harness = harness(dir.path());
    harness
        .state_mut()
        .push(Command::SetScreen(Screen::Recommendations));
    harness.run();
    let status = |h: &Harness<'_, BriefDeskApp>| h.state().notes().note("r1").map(|n| n.status);
    harness
        .query_all_by_label("Статус:")
        .next()
        .expect("the first status")
        .focus();
    harness.run();
    // On the closed list, ↓ changes the value.
    press(&mut harness, Key::ArrowDown);
    assert_eq!(status(&harness), Some(Status::InProgress));
    // Enter opens the list; ↓ ↓ move; Enter chooses and closes it.
    press(&mut harness, Key::Enter);
    assert!(
        harness.query_by_label("Снята").is_some(),
        "the list is open"
    );
    press(&mut harness, Key::ArrowDown);
    press(&mut harness, Key::ArrowDown);
    press(&mut harness, Key::Enter);
    assert_eq!(status(&harness), Some(Status::Dropped));
    assert!(
        harness.query_by_label("Открыта").is_none(),
        "the list closed"
    );
    // Esc closes an open list and leaves the value as it was.
    press(&mut harness, Key::Enter);
    press(&mut harness, Key::ArrowUp);
    press(&mut harness, Key::Escape);
    assert_eq!(status(&harness), Some(Status::Dropped));
    assert!(harness.query_by_label("Открыта").is_none(), "closed");
}
