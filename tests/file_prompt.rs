//! Where the desktop has no file dialog, Open, Export, Save As and New ask for a path instead,
//! and the file is written where it says.

mod harness;

use std::path::{Path, PathBuf};

use briefdesk::BriefDeskApp;
use briefdesk::ui::editor::EditCommand;
use briefdesk::ui::{Command, Screen};
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;

const AKMOLA: &str = include_str!("../assets/datasets/akmola-2017.ron");

fn harness(data_dir: &Path, start: Option<PathBuf>) -> Harness<'static, BriefDeskApp> {
    let mut harness = harness::app(data_dir, start, egui::vec2(1024.0, 768.0));
    harness.state_mut().set_file_dialog(false);
    harness
}

/// Replaces the prompt's path with `path`.
fn type_path(harness: &mut Harness<'_, BriefDeskApp>, path: &str) {
    harness.get_by_label("Путь к файлу").focus();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.run();
    harness.get_by_label("Путь к файлу").type_text(path);
    harness.run();
}

#[test]
fn open_by_typing_a_folder_and_clicking_the_file_then_export_beside_it() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let file = dir.path().join("akmola.ron");
    std::fs::write(&file, AKMOLA).expect("write");
    std::fs::write(dir.path().join("table.csv"), "a;b").expect("write");
    let mut harness = harness(dir.path(), None);

    harness.state_mut().push(Command::OpenDialog);
    harness.run();
    assert!(harness.state().file_prompt().is_some(), "the prompt opens");
    assert!(
        harness
            .query_by_label_contains("нет окна выбора файлов")
            .is_some(),
        "and says why"
    );
    // A folder lists its datasets (not the table); a file that is not there cannot be opened.
    type_path(&mut harness, &format!("{}/", dir.path().display()));
    assert!(harness.query_by_label("table.csv").is_none());
    type_path(
        &mut harness,
        &format!("{}/missing.ron", dir.path().display()),
    );
    assert!(harness.query_by_label("Такого файла нет.").is_some());
    type_path(&mut harness, &format!("{}/", dir.path().display()));
    harness.get_by_label("akmola.ron").click();
    harness.run();
    harness.get_by_label("Открыть").click();
    harness.run();
    assert!(harness.state().file_prompt().is_none());
    assert_eq!(PathBuf::from(harness.state().dataset_name()), file);

    // Export starts beside the open file with a suggested name; the path is shown after.
    harness.state_mut().push(Command::ExportDialog);
    harness.run();
    let suggested = harness
        .state()
        .file_prompt()
        .map(|p| p.path.clone())
        .expect("the prompt");
    assert_eq!(
        PathBuf::from(&suggested),
        dir.path().join("akmola.pdf"),
        "beside the open file"
    );
    harness.get_by_label("Сохранить").click();
    harness.run();
    let pdf = dir.path().join("akmola.pdf");
    assert!(pdf.is_file(), "the pack is written");
    assert!(
        harness
            .query_by_label_contains(&pdf.display().to_string())
            .is_some(),
        "and its path shown"
    );

    // With File → "Pack in Kazakh and Russian", the same export has both, Kazakh first.
    harness.state_mut().push(Command::SetPackKkRu(true));
    harness.state_mut().push(Command::ExportDialog);
    harness.run();
    type_path(
        &mut harness,
        &dir.path().join("both.md").display().to_string(),
    );
    harness.get_by_label("Сохранить").click();
    harness.run();
    let both = std::fs::read_to_string(dir.path().join("both.md")).expect("the pack");
    let kk = both.find("## Қысқаша").expect("Kazakh");
    let ru = both.find("## Кратко").expect("Russian");
    assert!(kk < ru, "Kazakh first");
}

#[test]
fn save_as_and_new_write_where_the_path_says_and_cancel_changes_nothing() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let mut harness = harness(dir.path(), None);

    // The built-in briefing, edited, is saved by a typed path.
    harness.state_mut().push(Command::Edit(EditCommand::SaveAs));
    harness.run();
    let copy = dir.path().join("copy.ron");
    type_path(&mut harness, &copy.display().to_string());
    harness.get_by_label("Сохранить").click();
    harness.run();
    assert!(copy.is_file(), "saved");
    assert!(briefdesk::model::load(&copy).is_ok(), "and it reads back");

    // A folder that is not there is said, and nothing is written.
    harness.state_mut().push(Command::Edit(EditCommand::SaveAs));
    harness.run();
    type_path(
        &mut harness,
        &format!("{}/nowhere/x.ron", dir.path().display()),
    );
    assert!(harness.query_by_label("Такой папки нет.").is_some());
    harness.get_by_label("Отмена").click();
    harness.run();
    assert!(harness.state().file_prompt().is_none());
    assert!(!dir.path().join("nowhere").exists());

    // File → New: the form, then the path; the new briefing opens in the editor.
    harness
        .state_mut()
        .push(Command::Edit(EditCommand::NewBriefingDialog));
    harness.run();
    harness
        .state_mut()
        .push(Command::Edit(EditCommand::CreateBriefing(None)));
    harness.run();
    let made = dir.path().join("next.ron");
    type_path(&mut harness, &made.display().to_string());
    harness.key_press(Key::Enter);
    harness.run();
    assert!(made.is_file(), "the new briefing is on disk");
    assert_eq!(PathBuf::from(harness.state().dataset_name()), made);
    assert_eq!(harness.state().screen(), Screen::Edit);
}

#[test]
fn export_offers_its_formats_and_the_choice_changes_the_extension() {
    use egui::accesskit::Toggled;
    use egui_kittest::kittest::NodeT as _;
    let dir = tempfile::tempdir().expect("a temporary folder");
    let file = dir.path().join("akmola.ron");
    std::fs::write(&file, AKMOLA).expect("write");
    let mut harness = harness(dir.path(), Some(file));
    harness.state_mut().push(Command::ExportDialog);
    harness.run();
    let path = |h: &Harness<'_, BriefDeskApp>| {
        h.state()
            .file_prompt()
            .map(|p| PathBuf::from(&p.path))
            .expect("the prompt")
    };
    let chosen = |h: &Harness<'_, BriefDeskApp>, name: &str| {
        h.get_by_label(name).accesskit_node().toggled() == Some(Toggled::True)
    };
    assert_eq!(path(&harness), dir.path().join("akmola.pdf"));
    assert!(chosen(&harness, "PDF (.pdf)"));
    // Word chosen: the suggested file is a .docx, and that is what is written.
    harness.get_by_label("Документ Word (.docx)").click();
    harness.run();
    assert_eq!(path(&harness), dir.path().join("akmola.docx"));
    assert!(chosen(&harness, "Документ Word (.docx)"));
    assert!(!chosen(&harness, "PDF (.pdf)"));
    harness.get_by_label("Сохранить").click();
    harness.run();
    let docx = std::fs::read(dir.path().join("akmola.docx")).expect("the Word file");
    assert!(docx.starts_with(b"PK"), "a Word document is a zip package");

    // A typed extension still chooses the format; only a folder typed takes the suggested name.
    harness.state_mut().push(Command::ExportDialog);
    harness.run();
    type_path(
        &mut harness,
        &dir.path().join("pack.html").display().to_string(),
    );
    assert!(chosen(&harness, "HTML (.html)"));
    type_path(&mut harness, &format!("{}/", dir.path().display()));
    harness.get_by_label("Markdown (.md)").click();
    harness.run();
    assert_eq!(path(&harness), dir.path().join("akmola.md"));
}
