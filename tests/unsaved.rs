//! Unsaved work is never lost without asking: quitting, opening another briefing or starting a
//! new one asks (save / don't save / cancel); the title marks unsaved work; undoing back to the
//! saved state leaves nothing unsaved; a recovery file keeps the edits through a crash and is
//! offered back on the next start. (The same path through the real window, with the real
//! close button and kill -9, is `.ci/window`.)

mod harness;

use std::path::{Path, PathBuf};
use std::time::Duration;

use briefdesk::BriefDeskApp;
use briefdesk::ui::editor::{EditCommand, Section};
use briefdesk::ui::{Command, Screen};
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;

fn harness(data_dir: &Path, start: Option<PathBuf>) -> Harness<'static, BriefDeskApp> {
    harness::app(data_dir, start, egui::vec2(1280.0, 800.0))
}

/// A briefing file as the app writes it (no comments to ask about).
fn briefing_file(dir: &Path) -> PathBuf {
    let dataset = briefdesk::model::embedded().expect("embedded").dataset;
    let file = dir.join("brief.ron");
    std::fs::write(
        &file,
        briefdesk::model::to_ron(&dataset).expect("written as RON"),
    )
    .expect("write");
    file
}

/// Types into Kokshetau's name in the districts table.
fn edit_a_name(harness: &mut Harness<'_, BriefDeskApp>, text: &str) {
    harness
        .state_mut()
        .push(Command::Edit(EditCommand::Section(Section::Districts)));
    harness.run();
    assert_eq!(harness.state().screen(), Screen::Edit);
    harness.get_by_label("Название, kokshetau").focus();
    harness.run();
    harness.key_press(Key::End);
    harness.get_by_label("Название, kokshetau").type_text(text);
    harness.run();
    // The field gives the keyboard back, as a click elsewhere would.
    harness.key_press(Key::Escape);
    harness.run();
}

fn kokshetau(harness: &Harness<'_, BriefDeskApp>) -> String {
    harness
        .state()
        .briefing()
        .district_names
        .iter()
        .find(|(id, _)| id == "kokshetau")
        .map(|(_, n)| n.clone())
        .unwrap_or_default()
}

fn settle(harness: &mut Harness<'_, BriefDeskApp>, wait: Duration) {
    std::thread::sleep(wait);
    for _ in 0..4 {
        harness.step();
    }
}

#[test]
fn quitting_with_unsaved_edits_asks_and_cancel_keeps_them() {
    let dir = tempfile::tempdir().expect("dir");
    let file = briefing_file(dir.path());
    let mut harness = harness(dir.path(), Some(file.clone()));
    assert_eq!(harness.state().window_title(), "brief.ron — BriefDesk");
    edit_a_name(&mut harness, " X");
    assert!(harness.state().has_unsaved_work());
    assert_eq!(harness.state().window_title(), "*brief.ron — BriefDesk");

    harness.key_press_modifiers(Modifiers::COMMAND, Key::Q);
    harness.run();
    assert!(harness.state().asking_about_unsaved(), "Ctrl+Q asks");
    harness.get_by_label("Не сохранять");
    harness.get_by_label("Отмена");

    // Esc cancels: nothing is lost, nothing written.
    harness.key_press(Key::Escape);
    harness.run();
    assert!(!harness.state().asking_about_unsaved());
    assert!(harness.state().has_unsaved_work());
    assert_eq!(kokshetau(&harness), "г. Кокшетау X");
    assert!(
        !std::fs::read_to_string(&file)
            .expect("read")
            .contains("Кокшетау X")
    );
}

#[test]
fn enter_in_the_question_saves_before_going_on() {
    let dir = tempfile::tempdir().expect("dir");
    let file = briefing_file(dir.path());
    let mut harness = harness(dir.path(), Some(file.clone()));
    edit_a_name(&mut harness, " Y");
    harness.state_mut().push(Command::OpenEmbedded);
    harness.run();
    assert!(
        harness.state().asking_about_unsaved(),
        "opening another asks"
    );
    // The Save button has the keyboard: Enter saves, then the other briefing opens.
    harness.key_press(Key::Enter);
    harness.run();
    assert!(!harness.state().asking_about_unsaved());
    assert!(
        std::fs::read_to_string(&file)
            .expect("read")
            .contains("г. Кокшетау Y")
    );
    assert_eq!(
        harness.state().dataset_name(),
        briefdesk::model::EMBEDDED_NAME
    );
    assert!(!harness.state().has_unsaved_work());
}

#[test]
fn dont_save_opens_the_other_briefing_and_removes_the_recovery_file() {
    let dir = tempfile::tempdir().expect("dir");
    let file = briefing_file(dir.path());
    let recovery = dir.path().join("brief.recovery.ron");
    let mut harness = harness(dir.path(), Some(file.clone()));
    edit_a_name(&mut harness, " Z");
    settle(&mut harness, Duration::from_millis(1100));
    assert!(recovery.is_file(), "a second after the edit, it is kept");
    harness.state_mut().push(Command::OpenEmbedded);
    harness.run();
    harness.get_by_label("Не сохранять").click();
    harness.run();
    assert_eq!(
        harness.state().dataset_name(),
        briefdesk::model::EMBEDDED_NAME
    );
    assert!(!recovery.exists(), "given up: no recovery file to offer");
    assert!(
        !std::fs::read_to_string(&file)
            .expect("read")
            .contains("Кокшетау Z")
    );
}

#[test]
fn a_crash_leaves_a_recovery_file_that_the_next_start_offers_back() {
    let dir = tempfile::tempdir().expect("dir");
    let file = briefing_file(dir.path());
    let recovery = dir.path().join("brief.recovery.ron");
    {
        let mut harness = harness(dir.path(), Some(file.clone()));
        edit_a_name(&mut harness, " (после сбоя)");
        settle(&mut harness, Duration::from_millis(1100));
        assert!(recovery.is_file());
        // Dropped without quitting: as a crash or kill leaves it.
    }
    let mut harness = harness(dir.path(), Some(file.clone()));
    harness.run();
    assert!(
        harness.state().offering_recovery(),
        "the next start offers it"
    );
    harness.get_by_label("Удалить копию");
    assert_eq!(
        kokshetau(&harness),
        "г. Кокшетау",
        "nothing restored unasked"
    );
    // Restore has the keyboard.
    harness.key_press(Key::Enter);
    harness.run();
    assert!(!harness.state().offering_recovery());
    assert_eq!(kokshetau(&harness), "г. Кокшетау (после сбоя)");
    assert!(
        harness.state().has_unsaved_work(),
        "restored as unsaved edits"
    );
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    settle(&mut harness, Duration::from_millis(50));
    assert!(
        std::fs::read_to_string(&file)
            .expect("read")
            .contains("(после сбоя)")
    );
    assert!(!recovery.exists(), "saved: the recovery file goes");
}

#[test]
fn undoing_back_to_the_saved_state_leaves_nothing_unsaved() {
    let dir = tempfile::tempdir().expect("dir");
    let file = briefing_file(dir.path());
    let mut harness = harness(dir.path(), Some(file));
    edit_a_name(&mut harness, " W");
    assert!(harness.state().has_unsaved_work());
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(kokshetau(&harness), "г. Кокшетау");
    assert!(
        !harness.state().has_unsaved_work(),
        "back where it was saved"
    );
    assert_eq!(harness.state().window_title(), "brief.ron — BriefDesk");
    // Quitting now asks nothing.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Q);
    harness.run();
    assert!(!harness.state().asking_about_unsaved());
}

#[test]
fn a_file_read_by_another_program_is_not_reloaded() {
    let dir = tempfile::tempdir().expect("dir");
    let file = briefing_file(dir.path());
    let mut harness = harness(dir.path(), Some(file.clone()));
    edit_a_name(&mut harness, " V");
    // Another program reads the file, and touches it without changing it.
    for _ in 0..5 {
        let _ = std::fs::read(&file).expect("read");
    }
    let same = std::fs::read(&file).expect("read");
    std::fs::write(&file, same).expect("rewrite");
    settle(&mut harness, Duration::from_millis(600));
    // No conflict is raised and the edits stay.
    assert!(harness.query_by_label("Оставить мои правки").is_none());
    assert_eq!(kokshetau(&harness), "г. Кокшетау V");
    assert!(harness.state().has_unsaved_work());
}

#[test]
fn notes_that_could_not_be_saved_are_asked_about_and_kept_for_recovery() {
    use briefdesk::notes::NoteEdit;
    use briefdesk::ui::file_prompt::FilePurpose;
    let dir = tempfile::tempdir().expect("dir");
    let file = briefing_file(dir.path());
    let mut harness = harness(dir.path(), Some(file));
    // A place no notes can be written to (a "folder" that is a file, whoever runs this).
    let blocked = dir.path().join("blocked");
    std::fs::write(&blocked, "").expect("write");
    harness.state_mut().push(Command::FileChosen(
        FilePurpose::SaveNotesAs,
        blocked.join("notes.ron"),
    ));
    harness.state_mut().push(Command::EditNote {
        id: "r1".into(),
        edit: NoteEdit::SetText("Решение: проверить аренду".into()),
    });
    harness.run();
    settle(&mut harness, Duration::from_millis(1100));
    settle(&mut harness, Duration::from_millis(1100));
    assert!(
        harness.state().has_unsaved_work(),
        "the notes failed to save"
    );
    assert_eq!(harness.state().window_title(), "*brief.ron — BriefDesk");
    let (_, kept) = std::fs::read_dir(dir.path())
        .expect("list")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.to_string_lossy().ends_with(".recovery.ron"))
        .map(|p| (p.clone(), std::fs::read_to_string(p).expect("read")))
        .next()
        .expect("a recovery file with the notes");
    assert!(kept.contains("Решение: проверить аренду"), "{kept}");

    harness.key_press_modifiers(Modifiers::COMMAND, Key::Q);
    harness.run();
    assert!(harness.state().asking_about_unsaved());
    // The dialog offers another place (as the message under it does), or to go without them.
    assert_eq!(
        harness
            .query_all_by_label("Сохранить заметки в другое место…")
            .count(),
        2
    );
    harness.get_by_label("Не сохранять");
}

#[test]
fn reading_the_file_again_asks_only_about_edits() {
    let dir = tempfile::tempdir().expect("dir");
    let file = briefing_file(dir.path());
    let mut harness = harness(dir.path(), Some(file));
    edit_a_name(&mut harness, " R");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::R);
    harness.run();
    assert!(harness.state().asking_about_unsaved());
    harness.get_by_label("Сохранить правки в «brief.ron», прежде чем перечитать файл?");
    harness.get_by_label("Не сохранять").click();
    harness.run();
    assert_eq!(
        kokshetau(&harness),
        "г. Кокшетау",
        "read again as the file has it"
    );
    assert!(!harness.state().has_unsaved_work());
}
