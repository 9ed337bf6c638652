//! The preparer's editor, driven headless: typing into a table, undo and redo, saving (with the
//! previous version kept and comments warned of) and reading the file back.

mod harness;

use std::path::{Path, PathBuf};

use briefdesk::ui::editor::{EditCommand, Section};
use briefdesk::ui::{Command, Screen};
use briefdesk::{AppPaths, AppSettings, BriefDeskApp};
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;

const AKMOLA: &str = include_str!("../assets/datasets/akmola-2017.ron");

fn harness(data_dir: &Path, start: Option<PathBuf>) -> Harness<'static, BriefDeskApp> {
    harness::app(data_dir, start, egui::vec2(1280.0, 800.0))
}

fn kokshetau_name(harness: &Harness<'_, BriefDeskApp>) -> String {
    harness
        .state()
        .briefing()
        .district_names
        .iter()
        .find(|(id, _)| id == "kokshetau")
        .map(|(_, n)| n.clone())
        .unwrap_or_default()
}

#[test]
fn typing_into_the_districts_table_undo_redo_save_and_read_back() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let file = dir.path().join("akmola.ron");
    std::fs::write(&file, AKMOLA).expect("write");
    let mut harness = harness(dir.path(), Some(file.clone()));
    harness
        .state_mut()
        .push(Command::Edit(EditCommand::Section(Section::Districts)));
    harness.run();
    assert_eq!(harness.state().screen(), Screen::Edit);

    // Typing into the name of Kokshetau: the charts follow.
    harness.get_by_label("Название, kokshetau").focus();
    harness.run();
    harness.key_press(Key::End);
    harness
        .get_by_label("Название, kokshetau")
        .type_text(" (центр)");
    harness.run();
    std::thread::sleep(std::time::Duration::from_millis(200));
    harness.run();
    assert_eq!(kokshetau_name(&harness), "г. Кокшетау (центр)");

    // Undo takes the whole typing back; redo brings it again.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(kokshetau_name(&harness), "г. Кокшетау");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Y);
    harness.run();
    assert_eq!(kokshetau_name(&harness), "г. Кокшетау (центр)");

    // Saving over a file with comments asks first; then the file is written, the old kept.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    assert_eq!(
        std::fs::read_to_string(&file).expect("read"),
        AKMOLA,
        "not yet"
    );
    harness.get_by_label("Сохранить без комментариев").click();
    harness.run();
    let written = std::fs::read_to_string(&file).expect("read");
    assert!(
        written.contains("\"ru\": \"г. Кокшетау (центр)\""),
        "{written}"
    );
    let backup = dir.path().join("akmola.ron.bak");
    assert_eq!(std::fs::read_to_string(backup).expect("the backup"), AKMOLA);

    // Read back by a new app: the same dataset, the edit in it.
    let mut again = harness_reopened(dir.path(), &file);
    again.run();
    assert_eq!(kokshetau_name(&again), "г. Кокшетау (центр)");
    let loaded = briefdesk::model::load(&file).expect("loads");
    assert!(loaded.findings.iter().all(|f| !f.is_error()));
}

fn harness_reopened(dir: &Path, file: &Path) -> Harness<'static, BriefDeskApp> {
    harness(dir, Some(file.to_path_buf()))
}

#[test]
fn a_number_being_typed_is_kept_until_it_is_one_and_errors_never_block() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let file = dir.path().join("akmola.ron");
    std::fs::write(&file, AKMOLA).expect("write");
    let mut harness = harness(dir.path(), Some(file));
    harness
        .state_mut()
        .push(Command::Edit(EditCommand::Section(Section::Districts)));
    harness.run();
    // A population typed with a letter in it stays on screen and the dataset keeps its value.
    harness.get_by_label("Население, arshaly").focus();
    harness.run();
    harness.key_press(Key::End);
    harness.get_by_label("Население, arshaly").type_text("x");
    harness.run();
    assert_eq!(
        harness
            .get_by_label("Население, arshaly")
            .value()
            .as_deref(),
        Some("27\u{a0}404x"),
        "what was typed stays"
    );
    let population = |h: &Harness<'_, BriefDeskApp>| {
        h.state()
            .briefing()
            .district_details
            .iter()
            .find(|d| d.id == "arshaly")
            .map(|d| d.facts.join(" "))
            .unwrap_or_default()
    };
    assert!(
        population(&harness).contains("27\u{a0}404"),
        "{}",
        population(&harness)
    );
    // An id made a duplicate is an error shown beside the table, and typing goes on.
    harness.get_by_label("Код, stepnogorsk").focus();
    harness.run();
    harness.key_press(Key::End);
    for _ in 0.."stepnogorsk".len() {
        harness.key_press(Key::Backspace);
    }
    harness.run();
    // The cell is named after the row's id, empty now.
    harness.get_by_label("Код, ").type_text("kokshetau");
    harness.run();
    assert!(
        harness
            .state()
            .findings()
            .iter()
            .any(briefdesk::model::Finding::is_error),
        "a duplicate id is an error"
    );
}

/// The text field named `label` (a form's heading may carry the same words).
fn field<'h>(harness: &'h Harness<'_, BriefDeskApp>, label: &'h str) -> egui_kittest::Node<'h> {
    harness
        .query_all_by(|n| {
            n.role() == egui::accesskit::Role::TextInput && n.label().as_deref() == Some(label)
        })
        .next()
        .unwrap_or_else(|| panic!("no field {label:?}"))
}

/// Replaces what the field `label` holds with `text`, typed.
fn retype(harness: &mut Harness<'_, BriefDeskApp>, label: &str, text: &str) {
    field(harness, label).focus();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.run();
    field(harness, label).type_text(text);
    harness.run();
}

#[test]
fn numbers_read_the_interface_languages_way_and_take_either_decimal_mark() {
    use briefdesk::model::FigureKey;
    let dir = tempfile::tempdir().expect("a temporary folder");
    let mut harness = harness(dir.path(), None);
    harness
        .state_mut()
        .push(Command::Edit(EditCommand::Section(Section::Figures)));
    harness.run();
    let paper = "Бумажные госуслуги: сокращение к прошлому году";
    let delivered = "Госуслуг оказано с начала года";
    let value = |h: &Harness<'_, BriefDeskApp>, label: &str| field(h, label).value();
    assert_eq!(value(&harness, paper).as_deref(), Some("2,4"));
    assert_eq!(
        value(&harness, delivered).as_deref(),
        Some("4\u{a0}000\u{a0}000")
    );
    let tile = |h: &Harness<'_, BriefDeskApp>, key: FigureKey| {
        h.state()
            .briefing()
            .tile(key)
            .map(|t| t.text.clone())
            .unwrap_or_default()
    };
    let settle = |h: &mut Harness<'_, BriefDeskApp>| {
        std::thread::sleep(std::time::Duration::from_millis(200));
        h.run();
    };
    // A point or a comma for the decimals, spaces between the groups.
    retype(&mut harness, paper, "2.5");
    settle(&mut harness);
    assert!(tile(&harness, FigureKey::ServicesPaperReduction).contains("2,5"));
    retype(&mut harness, paper, "2,6");
    settle(&mut harness);
    assert!(tile(&harness, FigureKey::ServicesPaperReduction).contains("2,6"));
    retype(&mut harness, delivered, "4 500 000");
    settle(&mut harness);
    assert!(
        tile(&harness, FigureKey::ServicesDelivered).contains("4\u{a0}500\u{a0}000"),
        "{}",
        tile(&harness, FigureKey::ServicesDelivered)
    );
    harness.key_press(Key::Tab);
    harness.run();
    assert_eq!(value(&harness, paper).as_deref(), Some("2,6"));
    // In English, the English way.
    harness
        .state_mut()
        .push(Command::SetLanguage(briefdesk::i18n::Language::En));
    harness.run();
    assert_eq!(
        value(&harness, "Paper services: reduction against last year").as_deref(),
        Some("2.6")
    );
    assert_eq!(
        value(&harness, "Public services delivered this year").as_deref(),
        Some("4,500,000")
    );
}

#[test]
fn cells_pasted_from_a_spreadsheet_are_previewed_then_applied_and_undone() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let file = dir.path().join("akmola.ron");
    std::fs::write(&file, AKMOLA).expect("write");
    let mut harness = harness(dir.path(), Some(file));
    harness
        .state_mut()
        .push(Command::Edit(EditCommand::Section(Section::Districts)));
    harness.run();
    // Ctrl+V outside any text field: the cells as Excel puts them on the clipboard.
    harness.event(egui::Event::Paste(
        "Район\tНаселение\tГод\r\nАршалынский район\t28 100\t2021\r\nНовый район\t1 000\t2022\r\n"
            .to_owned(),
    ));
    harness.run();
    assert!(
        harness.query_by_label("Применить (2)").is_some(),
        "the preview waits for a decision"
    );
    let population = |h: &Harness<'_, BriefDeskApp>| {
        h.state()
            .briefing()
            .district_details
            .iter()
            .find(|d| d.id == "arshaly")
            .map(|d| d.facts.join(" "))
            .unwrap_or_default()
    };
    assert!(
        population(&harness).contains("27\u{a0}404"),
        "nothing changed yet"
    );
    harness.get_by_label("Применить (2)").click();
    harness.run();
    assert!(
        population(&harness).contains("28\u{a0}100"),
        "{}",
        population(&harness)
    );
    assert_eq!(harness.state().briefing().district_names.len(), 20);
    // One step of the history.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert!(population(&harness).contains("27\u{a0}404"));
    assert_eq!(harness.state().briefing().district_names.len(), 19);
}

#[test]
fn file_new_makes_a_briefing_on_disk_from_the_open_ones_structure() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let mut harness = harness(dir.path(), None);
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::N);
    harness.run();
    harness.get_by_label("Регион").focus();
    harness.run();
    harness
        .get_by_label("Регион")
        .type_text("Акмолинская область");
    harness.run();
    harness.get_by_label("Совещание").focus();
    harness.run();
    harness
        .get_by_label("Совещание")
        .type_text("Совещание по госуслугам");
    harness.run();
    harness
        .get_by_label("Копия открытого: районы и ЦОНы без цифр (Противодействие коррупции и госуслуги: Акмолинская область, ноябрь 2017)")
        .click();
    harness.run();
    let file = dir.path().join("new.ron");
    harness
        .state_mut()
        .push(Command::Edit(EditCommand::CreateBriefing(Some(
            file.clone(),
        ))));
    harness.run();
    assert_eq!(harness.state().screen(), Screen::Edit);
    let loaded = briefdesk::model::load(&file).expect("the new briefing is on disk");
    assert_eq!(loaded.dataset.districts.len(), 19);
    assert!(loaded.dataset.corruption.is_none());
    assert_eq!(
        harness.state().briefing().header.title,
        "Совещание по госуслугам: Акмолинская область"
    );
}

#[test]
fn every_part_of_the_editor_draws_with_named_fields() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let mut harness = harness(dir.path(), None);
    harness.run();
    // kittest checks that every widget has an accessible name on every frame.
    for section in Section::ALL {
        harness
            .state_mut()
            .push(Command::Edit(EditCommand::Section(section)));
        harness.run();
    }
    harness
        .state_mut()
        .push(Command::Edit(EditCommand::Section(Section::Places)));
    harness.run();
    assert!(harness.query_by_label("Название, akkol-town").is_some());
    harness
        .state_mut()
        .push(Command::Edit(EditCommand::Section(Section::Statements)));
    harness.run();
    assert_eq!(
        harness
            .get_by_label("Заявление, electronic-share-national")
            .value()
            .as_deref(),
        Some("Доля электронных госуслуг выше среднереспубликанской и лучшая по стране")
    );
}

#[test]
fn looking_at_every_part_changes_nothing() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let mut harness = harness(dir.path(), None);
    harness.run();
    let before = harness.state().briefing().header.clone();
    let empty = dir.path().join("empty.ron");
    std::fs::write(&empty, "Briefing(format: 2, title: \"t\", region: \"r\")").expect("write");
    harness
        .state_mut()
        .push(Command::OpenDataset(empty.clone()));
    harness.run();
    for section in Section::ALL {
        harness
            .state_mut()
            .push(Command::Edit(EditCommand::Section(section)));
        harness.run();
    }
    // Nothing was edited: saving writes nothing, and the dataset has no empty parts.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    assert_eq!(
        std::fs::read_to_string(&empty).expect("read"),
        "Briefing(format: 2, title: \"t\", region: \"r\")"
    );
    assert_ne!(harness.state().briefing().header, before);
    assert!(harness.state().findings().iter().all(|f| !f.is_error()));
}

/// Steps the app until `done`, for changes that arrive from the file watcher.
fn run_until(
    harness: &mut Harness<'_, BriefDeskApp>,
    done: impl Fn(&Harness<'_, BriefDeskApp>) -> bool,
) -> bool {
    let start = std::time::Instant::now();
    while start.elapsed() < std::time::Duration::from_secs(10) {
        harness.step();
        if done(harness) {
            return true;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    false
}

#[test]
fn the_apps_own_save_is_not_an_outside_change_and_an_outside_change_loses_nothing() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let file = dir.path().join("akmola.ron");
    // No comments: the save goes through at once.
    let plain = briefdesk::model::to_ron(&briefdesk::model::embedded().expect("embedded").dataset)
        .expect("written as RON");
    std::fs::write(&file, &plain).expect("write");
    let mut harness = harness(dir.path(), Some(file.clone()));
    harness
        .state_mut()
        .push(Command::Edit(EditCommand::Section(Section::Districts)));
    harness.run();
    harness.get_by_label("Название, akkol").focus();
    harness.run();
    harness.key_press(Key::End);
    harness.get_by_label("Название, akkol").type_text("!");
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run_steps(2);
    assert!(
        std::fs::read_to_string(&file)
            .expect("read")
            .contains("Аккольский район!")
    );
    // An edit not saved yet while the watcher reports the app's own save: it is recognised,
    // so nothing asks which version to keep.
    harness.get_by_label("Название, arshaly").focus();
    harness.run_steps(2);
    harness.key_press(Key::End);
    harness.get_by_label("Название, arshaly").type_text("?");
    // The watcher's report of the save may arrive any time now and ask for frames of its
    // own: step rather than wait for the window to settle.
    harness.run_steps(2);
    let start = std::time::Instant::now();
    while start.elapsed() < std::time::Duration::from_millis(1_200) {
        harness.step();
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    assert!(harness.query_by_label("Оставить мои правки").is_none());

    // The file changed by another program.
    let outside = plain.replacen("Есильский район", "Есильский район (извне)", 1);
    std::fs::write(&file, &outside).expect("write");
    assert!(
        run_until(&mut harness, |h| h
            .query_by_label("Оставить мои правки")
            .is_some()),
        "the app asks which version to keep"
    );
    // The message floats over the screen; it takes its place once its size is known.
    harness.run_steps(2);
    harness.get_by_label("Оставить мои правки").click();
    // Closing the question and re-reading the file take a few frames, more on a busy machine:
    // step a fixed number rather than wait for the window to settle.
    harness.run_steps(8);
    // The outside version is kept beside the file; the edits stay in the app.
    let beside = std::fs::read_to_string(dir.path().join("akmola.outside.ron")).expect("beside");
    assert!(beside.contains("Есильский район (извне)"));
    assert!(
        harness
            .state()
            .briefing()
            .district_names
            .iter()
            .any(|(_, n)| n == "Аршалынский район?")
    );
}

#[test]
fn a_figure_gets_its_own_period_and_its_tile_says_so() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let mut harness = harness(dir.path(), None);
    harness
        .state_mut()
        .push(Command::Edit(EditCommand::Section(Section::Figures)));
    harness.run();
    // The number of centres is counted as of a date; given a period, its tile says so.
    for (label, date) in [
        ("ЦОНов в области, Период с", "2017-01"),
        ("ЦОНов в области, Период по", "2017-10"),
    ] {
        harness
            .query_all_by_label(label)
            .next()
            .expect("the period fields")
            .focus();
        harness.run();
        // The end starts as the start (a period of one month until it is typed): replace it.
        harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
        harness.run();
        harness
            .query_all_by_label(label)
            .next()
            .expect("the period fields")
            .type_text(date);
        harness.run();
    }
    std::thread::sleep(std::time::Duration::from_millis(200));
    harness.run();
    let when = harness
        .state()
        .briefing()
        .tile(briefdesk::model::FigureKey::CentresTotal)
        .and_then(|t| t.when.clone());
    assert_eq!(when.as_deref(), Some("10 месяцев 2017 года"));
}

#[test]
fn sources_and_people_are_chosen_from_lists_and_rows_get_their_own_period() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let file = dir.path().join("akmola.ron");
    std::fs::write(&file, AKMOLA).expect("write");
    let mut harness = harness(dir.path(), Some(file.clone()));

    // The chair and the participants are people of the briefing, chosen, not typed.
    harness
        .state_mut()
        .push(Command::Edit(EditCommand::Section(Section::Briefing)));
    harness.run();
    harness.get_by_label("Участники: Олжас Бектенов").click();
    harness.run();

    // A key figure's source is one of the briefing's sources.
    harness
        .state_mut()
        .push(Command::Edit(EditCommand::Section(Section::Figures)));
    harness.run();
    // The form is long and this figure is below the fold: the clicks go the way an assistive
    // technology sends them.
    harness
        .get_by_label("ЦОНов в области, Источник")
        .click_accesskit();
    harness.run();
    harness
        .get_by_label_contains("Русская Википедия: карточки районов")
        .click_accesskit();
    harness.run();

    // A row of case counts gets its own period.
    harness
        .state_mut()
        .push(Command::Edit(EditCommand::Section(Section::Cases)));
    harness.run();
    for (label, date) in [
        ("Период, stepnogorsk с", "2017-01"),
        ("Период, stepnogorsk по", "2017-09"),
    ] {
        harness.get_by_label(label).focus();
        harness.run();
        harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
        harness.run();
        harness.get_by_label(label).type_text(date);
        harness.run();
    }
    harness.get_by_label("Преступления, stepnogorsk").focus();
    harness.run();

    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    harness.get_by_label("Сохранить без комментариев").click();
    harness.run();
    let saved = briefdesk::model::load(&file)
        .expect("the saved file loads")
        .dataset;
    let meeting = saved.meeting.as_ref().expect("the meeting");
    assert!(
        !meeting.participants.iter().any(|p| p == "bektenov"),
        "switched off: {:?}",
        meeting.participants
    );
    assert_eq!(meeting.chair.as_deref(), Some("murzalin"));
    let total = saved
        .centre_totals
        .as_ref()
        .and_then(|t| t.centres.as_ref())
        .expect("the number of centres");
    assert_eq!(total.source.as_deref(), Some("wikipedia-population"));
    let row = saved
        .corruption
        .as_ref()
        .and_then(|c| c.per_district.iter().find(|r| r.district == "stepnogorsk"))
        .expect("the row");
    let period = row.period.as_ref().expect("its own period");
    assert_eq!(
        (period.start.to_string(), period.end.to_string()),
        ("2017-01".to_owned(), "2017-09".to_owned())
    );
}

/// Every text on screen: labels and values.
fn all_text(harness: &Harness<'_, BriefDeskApp>) -> Vec<String> {
    let texts = std::cell::RefCell::new(Vec::new());
    let _ = harness
        .query_all_by(|n| {
            texts
                .borrow_mut()
                .extend(n.label().into_iter().chain(n.value()));
            false
        })
        .count();
    texts.into_inner()
}

#[test]
fn every_label_of_the_editor_is_in_words_in_each_language() {
    use briefdesk::model::FigureKey;
    let dir = tempfile::tempdir().expect("a temporary folder");
    let mut harness = harness(dir.path(), None);
    harness.run();
    let internal: Vec<&str> = FigureKey::ALL
        .iter()
        .flat_map(|k| [k.as_str(), k.field_path()])
        .collect();
    for lang in briefdesk::i18n::Language::ALL {
        harness.state_mut().push(Command::SetLanguage(lang));
        for section in Section::ALL {
            harness
                .state_mut()
                .push(Command::Edit(EditCommand::Section(section)));
            harness.run();
            for text in all_text(&harness) {
                assert!(
                    !text.contains("{$") && !text.contains("{ $"),
                    "{lang} {section:?}: a placeholder in {text:?}"
                );
                assert!(
                    !internal.iter().any(|k| text.contains(k)),
                    "{lang} {section:?}: an internal key in {text:?}"
                );
            }
        }
    }
    // The number of years is the briefing's, typed beside the figure.
    harness
        .state_mut()
        .push(Command::SetLanguage(briefdesk::i18n::Language::Ru));
    harness
        .state_mut()
        .push(Command::Edit(EditCommand::Section(Section::Figures)));
    harness.run();
    assert!(
        all_text(&harness)
            .iter()
            .any(|t| t == "Зданий ЦОНов построено за 10 лет"),
        "{:#?}",
        all_text(&harness)
    );
    retype(
        &mut harness,
        "Зданий ЦОНов построено за 10 лет, За сколько лет:",
        "3",
    );
    assert!(
        all_text(&harness)
            .iter()
            .any(|t| t == "Зданий ЦОНов построено за 3 года")
    );
}

#[test]
fn the_list_of_parts_counts_rows_and_marks_findings_apart() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let file = dir.path().join("akmola.ron");
    std::fs::write(&file, AKMOLA).expect("write");
    let mut harness = harness(dir.path(), Some(file));
    harness
        .state_mut()
        .push(Command::Edit(EditCommand::Section(Section::Districts)));
    harness.run();
    let sources = briefdesk::model::load_text(AKMOLA, "akmola.ron")
        .expect("loads")
        .dataset
        .sources
        .len();
    // The rows are the count; the one warning (an illustrative source) is a mark of its own.
    assert!(harness.query_by_label("Районы (19)").is_some());
    assert!(
        harness
            .query_by_label(&format!("Источники ({sources})"))
            .is_some()
    );
    assert!(in_the_list(&harness, "1 предупреждение"));
    assert!(!in_the_list(&harness, "1 ошибка"));
    // An id made a duplicate: an error beside the districts, their count unchanged.
    field(&harness, "Код, stepnogorsk").focus();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.run();
    field(&harness, "Код, stepnogorsk").type_text("kokshetau");
    harness.run();
    assert!(in_the_list(&harness, "1 ошибка"));
    assert!(harness.query_by_label("Районы (19)").is_some());
}

/// Whether something named `name` is in the list of parts at the left.
fn in_the_list(harness: &Harness<'_, BriefDeskApp>, name: &str) -> bool {
    harness
        .query_all_by_label(name)
        .any(|n| n.rect().right() <= 240.0)
}

#[test]
fn deleting_a_district_says_what_goes_with_it_and_is_one_step() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let file = dir.path().join("akmola.ron");
    std::fs::write(&file, AKMOLA).expect("write");
    let mut harness = harness(dir.path(), Some(file.clone()));
    harness
        .state_mut()
        .push(Command::Edit(EditCommand::Section(Section::Districts)));
    harness.run();
    let districts = |h: &Harness<'_, BriefDeskApp>| h.state().briefing().district_names.len();
    let centres = |h: &Harness<'_, BriefDeskApp>| {
        h.state()
            .briefing()
            .district_details
            .iter()
            .find(|d| d.id == "akkol")
            .map_or(0, |d| d.centres.len())
    };
    assert_eq!((districts(&harness), centres(&harness)), (19, 1));
    // Akkol has a centre, a row of case counts and a town: the editor asks first.
    harness.get_by_label("Удалить строку, akkol").click();
    harness.run();
    let shown = all_text(&harness);
    for words in [
        "Удалить район «Аккольский район»?",
        "• 1 ЦОН: «ЦОН Аккольского района»",
        "• 1 строка преступлений по районам",
        "Останутся, но без района: «Акколь»",
    ] {
        assert!(shown.iter().any(|t| t == words), "{words}: {shown:#?}");
    }
    assert_eq!(districts(&harness), 19, "nothing deleted yet");
    harness.get_by_label("Отмена").click();
    harness.run();
    assert_eq!(districts(&harness), 19, "cancelled");
    assert!(harness.query_by_label("Удалить вместе с ними").is_none());

    harness.get_by_label("Удалить строку, akkol").click();
    harness.run();
    harness.get_by_label("Удалить вместе с ними").click();
    harness.run();
    std::thread::sleep(std::time::Duration::from_millis(200));
    harness.run();
    assert_eq!(districts(&harness), 18);
    // One step back brings the district and its centre, one forward takes them again.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!((districts(&harness), centres(&harness)), (19, 1));
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Y);
    harness.run();
    assert_eq!(districts(&harness), 18);
    // Saved, nothing refers to the district that is gone.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    harness.get_by_label("Сохранить без комментариев").click();
    // The watcher's report of the save may ask for frames of its own: step, do not settle.
    harness.run_steps(2);
    let saved = briefdesk::model::load(&file).expect("the saved file loads");
    assert!(
        saved.findings.iter().all(|f| !f.is_error()),
        "{:?}",
        saved.findings
    );
    assert!(saved.dataset.centres.iter().all(|c| c.district != "akkol"));
    let town = saved.dataset.places.iter().find(|p| p.id == "akkol-town");
    assert_eq!(
        town.map(|p| p.district.clone()),
        Some(None),
        "the town stays"
    );
}

#[test]
fn a_new_briefing_made_in_kazakh_is_kazakh_first_without_marks() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let paths = AppPaths {
        data_dir: dir.path().to_path_buf(),
    };
    let settings = AppSettings {
        theme: egui::ThemePreference::Light,
        language: briefdesk::i18n::Language::Kk,
        ..AppSettings::default()
    };
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .build_eframe(move |cc| BriefDeskApp::with_settings(&cc.egui_ctx, settings, None, paths));
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::N);
    harness.run();
    retype(&mut harness, "Өңір", "Қарағанды облысы");
    retype(
        &mut harness,
        "Кеңес",
        "Мемлекеттік қызметтер жөніндегі кеңес",
    );
    // The other languages are there, folded, and may be left empty.
    harness.get_by_label("Басқа тілдер (міндетті емес)").click();
    harness.run();
    retype(&mut harness, "Өңір (Русский)", "Карагандинская область");
    let file = dir.path().join("karaganda.ron");
    harness
        .state_mut()
        .push(Command::Edit(EditCommand::CreateBriefing(Some(
            file.clone(),
        ))));
    harness.run();

    let loaded = briefdesk::model::load(&file).expect("the new briefing is on disk");
    let d = &loaded.dataset;
    assert_eq!(d.language(), "kk");
    assert_eq!(d.region.exact("kk", "kk"), Some("Қарағанды облысы"));
    assert_eq!(d.region.exact("ru", "kk"), Some("Карагандинская область"));
    assert!(
        !loaded.findings.iter().any(|f| {
            f.key == "finding-translation-missing"
                && f.args.iter().any(|(n, a)| {
                    *n == "lang" && *a == briefdesk::model::FindingArg::Text("kk".to_owned())
                })
        }),
        "nothing is missing in the language it is in: {:?}",
        loaded.findings
    );
    // In the app: in Kazakh, without a «[ru]» anywhere, and edited in Kazakh.
    assert_eq!(
        harness.state().briefing().header.title,
        "Мемлекеттік қызметтер жөніндегі кеңес: Қарағанды облысы"
    );
    assert_eq!(harness.state().screen(), Screen::Edit);
    let shown = all_text(&harness);
    assert!(!shown.iter().any(|t| t.contains("[ru]")), "{shown:#?}");
    assert_eq!(
        field(&harness, "Өңір").value().as_deref(),
        Some("Қарағанды облысы")
    );
}
