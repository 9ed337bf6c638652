//! The workspace, driven headless through its accessibility tree (no GPU, no window).

mod harness;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use briefdesk::app::Problem;
use briefdesk::i18n::Language;
use briefdesk::ui::{Command, Screen};
use briefdesk::{AppPaths, AppSettings, BriefDeskApp};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;

const AKMOLA: &str = include_str!("../assets/datasets/akmola-2017.ron");

fn harness(data_dir: &Path, start: Option<PathBuf>) -> Harness<'static, BriefDeskApp> {
    harness::app(data_dir, start, egui::vec2(1280.0, 900.0))
}

/// Whether some text on screen is exactly `text` (a label and its text run both carry it).
fn has_value(harness: &Harness<'_, BriefDeskApp>, text: &str) -> bool {
    harness.query_all_by_value(text).next().is_some()
}

/// Whether some text on screen contains `needle` (labels carry their text as a value).
fn shows_text(harness: &Harness<'_, BriefDeskApp>, needle: &str) -> bool {
    harness
        .query_all_by(|node| {
            node.value().is_some_and(|v| v.contains(needle))
                || node.label().is_some_and(|l| l.contains(needle))
        })
        .next()
        .is_some()
}

/// Steps the app until `done` holds or `timeout` passes (for file events and autosave).
fn run_until(
    harness: &mut Harness<'_, BriefDeskApp>,
    timeout: Duration,
    done: impl Fn(&BriefDeskApp) -> bool,
) -> bool {
    let start = Instant::now();
    while start.elapsed() < timeout {
        harness.step();
        if done(harness.state()) {
            return true;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    false
}

#[test]
fn each_screen_shows_its_chart_title_and_a_district() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = harness(dir.path(), None);
    harness.run();
    assert!(
        has_value(&harness, "Ключевые показатели"),
        "missing: {}",
        "Ключевые показатели"
    );
    assert!(
        has_value(&harness, "более\u{a0}140"),
        "missing: {}",
        "более 140"
    );

    for (tab, title) in [
        ("Районы", "Коррупционные преступления по районам"),
        ("ЦОНы", "Помещения ЦОН: свои и арендуемые"),
        ("Коррупция", "Коррупционные преступления"),
    ] {
        harness.get_by_label(tab).click();
        harness.run();
        assert!(has_value(&harness, title), "missing: {title}");
        // Every district row is a named widget: name and the printed value.
        harness.get_by_label_contains("г. Кокшетау: ");
        harness.get_by_label_contains("Астраханский район: ");
    }
    assert_eq!(harness.state().screen(), Screen::Corruption);
    harness.get_by_label("г. Кокшетау: 38* / 12* / 10*");

    harness.get_by_label("Рекомендации").click();
    harness.run();
    assert!(shows_text(&harness, "Усилить разъяснительную работу"));
    harness.get_by_label("Заметка к рекомендации 1");
}

#[test]
fn the_districts_chart_follows_the_metric_and_the_highlight() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = harness(dir.path(), None);
    harness
        .state_mut()
        .push(Command::SetScreen(Screen::Districts));
    harness.state_mut().push(Command::SetMetric(
        briefdesk::view_model::DistrictMetric::Population,
    ));
    harness.run();
    assert!(
        has_value(&harness, "Население районов"),
        "missing: {}",
        "Население районов"
    );
    harness.get_by_label("Астраханский район: 23\u{a0}615");
    assert!(shows_text(&harness, "Нет данных: "));

    harness
        .get_by_label("Астраханский район: 23\u{a0}615")
        .click();
    harness.run();
    assert!(has_value(&harness, "Выделить:"), "missing: {}", "Выделить:");
    assert!(
        has_value(&harness, "Астраханский район"),
        "the highlight picker names the district"
    );
}

#[test]
fn keyboard_shortcuts_switch_screens_and_open_help() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = harness(dir.path(), None);
    harness.run();
    for (key, screen) in [
        (egui::Key::Num3, Screen::Centres),
        (egui::Key::Num5, Screen::Recommendations),
        (egui::Key::Num1, Screen::Overview),
    ] {
        harness.key_press_modifiers(egui::Modifiers::COMMAND, key);
        harness.run();
        assert_eq!(harness.state().screen(), screen);
    }
    harness.key_press(egui::Key::F1);
    harness.run();
    assert!(has_value(&harness, "Клавиши"), "missing: {}", "Клавиши");
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert!(!has_value(&harness, "Клавиши"));
}

#[test]
fn typing_a_note_autosaves_it_to_the_sidecar() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = harness(dir.path(), None);
    harness
        .state_mut()
        .push(Command::SetScreen(Screen::Recommendations));
    harness.run();
    let note = harness.get_by_label("Заметка к рекомендации 3");
    note.click();
    harness.run();
    harness
        .get_by_label("Заметка к рекомендации 3")
        .type_text("Семинары по ЭЦП в Ақкөл");
    harness.run();
    let sidecar = dir.path().join("akmola-2017.notes.ron");
    assert!(!sidecar.exists(), "not saved before the autosave delay");
    assert!(
        has_value(&harness, "Сохранение…"),
        "missing: {}",
        "Сохранение…"
    );
    let saved = run_until(&mut harness, Duration::from_secs(5), |app| {
        !app.notes().has_unsaved()
    });
    assert!(saved, "autosave did not happen");
    let text = std::fs::read_to_string(&sidecar).unwrap();
    assert!(text.contains("Семинары по ЭЦП в Ақкөл"), "{text}");
    assert!(text.contains("\"r3\""), "{text}");
    harness.run();
    assert!(
        has_value(&harness, "Заметки сохранены"),
        "missing: {}",
        "Заметки сохранены"
    );

    // A new app on the same folder shows the note again.
    let mut again = self::harness(dir.path(), None);
    again
        .state_mut()
        .push(Command::SetScreen(Screen::Recommendations));
    again.run();
    assert!(
        has_value(&again, "Семинары по ЭЦП в Ақкөл"),
        "missing: {}",
        "Семинары по ЭЦП в Ақкөл"
    );
}

#[test]
fn a_bad_dataset_shows_the_error_and_keeps_the_previous_data_and_notes() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = harness(dir.path(), None);
    harness.run();
    harness
        .state_mut()
        .push(Command::SetScreen(Screen::Recommendations));
    harness.run();
    harness.get_by_label("Заметка к рекомендации 1").click();
    harness.run();
    harness
        .get_by_label("Заметка к рекомендации 1")
        .type_text("не потерять");
    harness.run();

    let bad = dir.path().join("bad.ron");
    std::fs::write(
        &bad,
        AKMOLA.replacen("premises: Rented", "premises: Rentd", 1),
    )
    .unwrap();
    harness.state_mut().push(Command::OpenDataset(bad.clone()));
    harness.run();
    assert!(
        has_value(&harness, "Набор данных не открыт"),
        "missing: {}",
        "Набор данных не открыт"
    );
    // In the interface language, with the suggestion.
    assert!(shows_text(&harness, "значения «Rentd» нет"));
    assert!(shows_text(&harness, "Rented`?"));
    let Some(Problem::Load(error)) = harness.state().problem() else {
        panic!("expected a load error");
    };
    assert!(error.position.is_some());
    assert_eq!(
        harness.state().dataset_name(),
        briefdesk::model::EMBEDDED_NAME
    );
    assert!(
        has_value(&harness, "не потерять"),
        "missing: {}",
        "не потерять"
    );

    // Errors found by validation are refused the same way.
    let invalid = dir.path().join("invalid.ron");
    std::fs::write(
        &invalid,
        AKMOLA.replacen("district: \"astrakhan\"", "district: \"astrakan\"", 1),
    )
    .unwrap();
    harness.state_mut().push(Command::OpenDataset(invalid));
    harness.run();
    assert!(shows_text(
        &harness,
        "Неизвестный район «astrakan»; возможно, имелось в виду «astrakhan»?"
    ));
    assert_eq!(
        harness.state().dataset_name(),
        briefdesk::model::EMBEDDED_NAME
    );
    assert!(
        has_value(&harness, "не потерять"),
        "missing: {}",
        "не потерять"
    );
}

#[test]
fn switching_language_changes_the_labels() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = harness(dir.path(), None);
    harness.run();
    harness.get_by_label("Язык").click();
    harness.run();
    harness.get_by_label("English").click();
    harness.run();
    assert_eq!(harness.state().settings().language, Language::En);
    assert!(
        has_value(&harness, "Key figures"),
        "missing: {}",
        "Key figures"
    );
    assert!(
        has_value(&harness, "more than\u{a0}140"),
        "missing: {}",
        "more than 140"
    );
    harness.get_by_label("Districts").click();
    harness.run();
    assert!(
        has_value(&harness, "Corruption crimes by district"),
        "missing: {}",
        "Corruption crimes by district"
    );
    harness.get_by_label_contains("Kokshetau: ");

    harness.get_by_label("Language").click();
    harness.run();
    harness.get_by_label("Қазақша").click();
    harness.run();
    assert!(
        has_value(&harness, "Аудандар бойынша сыбайлас жемқорлық қылмыстары"),
        "missing: {}",
        "Аудандар бойынша сыбайлас жемқорлық қылмыстары"
    );
    harness.get_by_label_contains("Көкшетау қ.: ");
}

#[test]
fn a_dataset_file_is_watched_and_reloaded_keeping_screen_and_notes() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("briefing.ron");
    std::fs::write(&file, AKMOLA).unwrap();
    std::fs::write(
        dir.path().join("briefing.notes.ron"),
        "Notes(format: 1, notes: {\"r1\": (text: \"из файла\"), \"gone\": (text: \"старая заметка\")})",
    )
    .unwrap();
    let mut harness = harness(dir.path(), Some(file.clone()));
    harness
        .state_mut()
        .push(Command::SetScreen(Screen::Recommendations));
    harness.run();
    assert!(has_value(&harness, "из файла"), "missing: {}", "из файла");
    // A note whose recommendation is not in the dataset is kept and shown.
    assert!(
        has_value(&harness, "Заметки без рекомендации"),
        "missing: {}",
        "Заметки без рекомендации"
    );
    assert!(
        has_value(&harness, "старая заметка"),
        "missing: {}",
        "старая заметка"
    );

    std::fs::write(
        &file,
        AKMOLA.replacen(
            "Усилить разъяснительную работу",
            "УСИЛИТЬ разъяснительную работу",
            1,
        ),
    )
    .unwrap();
    let reloaded = run_until(&mut harness, Duration::from_secs(10), |app| {
        app.briefing()
            .recommendations
            .first()
            .is_some_and(|r| r.text.starts_with("УСИЛИТЬ"))
    });
    assert!(reloaded, "the change on disk was not picked up");
    harness.run();
    assert_eq!(harness.state().screen(), Screen::Recommendations);
    assert!(has_value(&harness, "из файла"), "missing: {}", "из файла");
}

#[test]
fn the_pack_and_the_chart_are_saved_from_the_app() {
    use briefdesk::app::ExportNotice;
    let dir = tempfile::tempdir().unwrap();
    let mut harness = harness(dir.path(), None);
    harness.run();
    // A note typed in the app goes into the pack at once, saved or not.
    harness.state_mut().push(Command::EditNote {
        id: "r2".to_owned(),
        edit: briefdesk::ui::NoteEdit::SetText("Сектор самообслуживания в Ақкөл".to_owned()),
    });
    let pack = dir.path().join("pack.md");
    harness.state_mut().push(Command::ExportTo(pack.clone()));
    harness.run();
    assert_eq!(
        harness.state().export_notice(),
        Some(&ExportNotice::Saved(pack.clone()))
    );
    let text = std::fs::read_to_string(&pack).unwrap();
    assert!(text.contains("Сектор самообслуживания в Ақкөл"), "{text}");
    assert!(shows_text(&harness, "Сохранено: "));

    // The chart on screen, as a PNG twice the screen's resolution.
    harness
        .state_mut()
        .push(Command::SetScreen(Screen::Centres));
    let png = dir.path().join("chart");
    harness.state_mut().push(Command::SaveChartTo(png.clone()));
    harness.run();
    let png = png.with_extension("png");
    let bytes = std::fs::read(&png).unwrap();
    assert_eq!(&bytes[1..4], b"PNG");
    let width = u32::from_be_bytes([bytes[16], bytes[17], bytes[18], bytes[19]]);
    // The window is 1280 points wide at 1 pixel per point; the chart spans it less margins.
    assert_eq!(width, 2 * (1280 - 32));

    // No chart on the overview: a message, and no file.
    harness
        .state_mut()
        .push(Command::SetScreen(Screen::Overview));
    let none = dir.path().join("none.png");
    harness.state_mut().push(Command::SaveChartTo(none.clone()));
    harness.run();
    assert!(!none.exists());
    assert!(matches!(
        harness.state().export_notice(),
        Some(ExportNotice::Failed(_))
    ));

    // A folder that does not exist: the message names it.
    let missing = dir.path().join("missing").join("pack.pdf");
    harness.state_mut().push(Command::ExportTo(missing.clone()));
    harness.run();
    let Some(ExportNotice::Failed(reason)) = harness.state().export_notice() else {
        panic!("the export should fail");
    };
    assert!(reason.contains("missing"), "{reason}");
    // The folder is not made, and nothing else is written beside the pack and the chart: no
    // temporary file, no `none.png`. (The notes autosave on their own clock.)
    let mut names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n != "akmola-2017.notes.ron")
        .collect();
    names.sort();
    assert_eq!(names, ["chart.png", "pack.md"]);
}

#[test]
fn every_text_field_has_a_visible_outline_in_both_themes() {
    use briefdesk::style::{Rgb, contrast};
    use briefdesk::ui::theme::Palette;
    let dir = tempfile::tempdir().expect("a temporary folder");
    let harness = harness(dir.path(), None);
    for theme in [egui::Theme::Light, egui::Theme::Dark] {
        let style = harness.ctx.style_of(theme);
        let visuals = &style.visuals;
        let palette = Palette::of(theme);
        let rgb = |c: egui::Color32| Rgb(c.r(), c.g(), c.b());
        // The outline a field has at rest, and the grounds it sits on: the cards of the notes
        // and the editor, the panels, its own fill.
        let outline = visuals.widgets.inactive.bg_stroke;
        assert!(outline.width >= 1.0, "{theme:?}: no outline");
        for ground in [
            palette.card,
            rgb(visuals.panel_fill),
            rgb(visuals.window_fill),
            rgb(visuals.text_edit_bg_color()),
        ] {
            let ratio = contrast(rgb(outline.color), ground);
            assert!(
                ratio >= 3.0,
                "{theme:?}: outline {:?} on {ground:?} is {ratio:.2}:1",
                outline.color
            );
        }
        // And the text typed reads on the field.
        let text = visuals.override_text_color.expect("the text colour");
        assert!(contrast(rgb(text), rgb(visuals.text_edit_bg_color())) >= 7.0);
    }
}

#[test]
fn another_dataset_opens_at_its_overview_with_nothing_highlighted() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let first = dir.path().join("first.ron");
    let second = dir.path().join("second.ron");
    std::fs::write(&first, AKMOLA).expect("write");
    std::fs::write(&second, AKMOLA).expect("write");
    let mut harness = harness(dir.path(), Some(first.clone()));
    harness
        .state_mut()
        .push(Command::SetScreen(Screen::Districts));
    harness
        .state_mut()
        .push(Command::Highlight(Some("kokshetau".to_owned())));
    harness.run();
    // Read again, the same file keeps its screen and highlight.
    harness.state_mut().push(Command::Reload);
    harness.run();
    assert_eq!(harness.state().screen(), Screen::Districts);
    assert_eq!(harness.state().highlight(), Some("kokshetau"));
    // Another file starts afresh.
    harness.state_mut().push(Command::OpenDataset(second));
    harness.run();
    assert_eq!(harness.state().screen(), Screen::Overview);
    assert_eq!(harness.state().highlight(), None);
}

/// Every text on screen.
fn all_text(harness: &Harness<'_, BriefDeskApp>) -> Vec<String> {
    let texts = std::cell::RefCell::new(Vec::new());
    let _ = harness
        .query_all_by(|n| {
            if let Some(t) = n.value().or_else(|| n.label()) {
                texts.borrow_mut().push(t.clone());
            }
            false
        })
        .count();
    texts.into_inner()
}

#[test]
fn findings_speak_to_people_with_the_file_behind_details() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let mut harness = harness(dir.path(), None);
    harness.state_mut().push(Command::ToggleFindings);
    harness.run();
    let shown = all_text(&harness);
    assert!(
        shown.iter().any(|t| t.contains("«illustrative-breakdown»")),
        "the source named in quotes: {shown:#?}"
    );
    for text in &shown {
        assert!(!text.contains('`'), "a backtick: {text}");
        assert!(!text.contains("embedded:"), "a file position: {text}");
        assert!(!text.contains("sources["), "a path: {text}");
    }
    // The technical form is one click away.
    harness.get_by_label("Подробности").click();
    harness.run();
    assert!(
        all_text(&harness)
            .iter()
            .any(|t| t.contains("embedded:akmola-2017.ron:")),
        "the file, line and column under Details"
    );
}

#[test]
fn a_file_with_errors_names_the_district_not_its_path() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let file = dir.path().join("twice.ron");
    // Kokshetau's id given to Stepnogorsk as well.
    let twice = AKMOLA.replacen("id: \"stepnogorsk\"", "id: \"kokshetau\"", 1);
    assert_ne!(twice, AKMOLA, "the fixture changed");
    std::fs::write(&file, twice).expect("write");
    let mut harness = harness(dir.path(), None);
    harness.state_mut().push(Command::OpenDataset(file));
    harness.run();
    let shown = all_text(&harness);
    assert!(
        shown
            .iter()
            .any(|t| t.contains("Идентификатор «kokshetau» повторяется (впервые — в г. Кокшетау)")),
        "{shown:#?}"
    );
    assert!(
        !shown.iter().any(|t| t.contains("districts[")),
        "{shown:#?}"
    );
}

#[test]
fn help_fits_a_laptop_screen_and_scrolls_inside() {
    for (width, height) in [(1280.0, 800.0), (1024.0, 768.0)] {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let paths = AppPaths {
            data_dir: dir.path().to_path_buf(),
        };
        let mut harness = Harness::builder()
            .with_size(egui::vec2(width, height))
            .build_eframe(move |cc| {
                BriefDeskApp::with_settings(&cc.egui_ctx, AppSettings::default(), None, paths)
            });
        harness.key_press(egui::Key::F1);
        harness.run();
        let title = harness
            .query_all_by_value("Клавиши")
            .next()
            .expect("the title")
            .rect();
        let close = harness.get_by_label("Закрыть").rect();
        assert!(title.min.y >= 0.0, "{width}×{height}: title at {title:?}");
        assert!(
            close.max.y <= height,
            "{width}×{height}: the button below the screen at {close:?}"
        );
    }
}

/// The screen rectangle of the text node containing `needle`.
fn rect_of(harness: &Harness<'_, BriefDeskApp>, needle: &str) -> egui::Rect {
    harness
        .query_all_by(|n| {
            n.label().is_some_and(|l| l.contains(needle))
                || n.value().is_some_and(|v| v.contains(needle))
        })
        .next()
        .unwrap_or_else(|| panic!("no {needle:?} on screen"))
        .rect()
}

#[test]
fn a_chart_fits_its_screen_and_a_long_one_scrolls_inside() {
    let (width, height) = (1280.0, 800.0);
    let sized = |dir: &Path, start: Option<PathBuf>| {
        let paths = AppPaths {
            data_dir: dir.to_path_buf(),
        };
        Harness::builder()
            .with_size(egui::vec2(width, height))
            .build_eframe(move |cc| {
                BriefDeskApp::with_settings(&cc.egui_ctx, AppSettings::default(), start, paths)
            })
    };
    // The 19 districts of the shipped briefing: the last row and the sources above the status
    // bar, without scrolling.
    let dir = tempfile::tempdir().expect("a temporary folder");
    let mut harness = sized(dir.path(), None);
    harness
        .state_mut()
        .push(Command::SetScreen(Screen::Districts));
    harness.run();
    let last = rect_of(&harness, "Егиндыкольский район: 1*");
    let sources = rect_of(&harness, "Источники:");
    assert!(last.bottom() < sources.top(), "{last:?} {sources:?}");
    assert!(sources.bottom() <= height - 28.0, "{sources:?}");

    // 45 districts: the controls and the sources stay in view; the rows scroll inside.
    let file = dir.path().join("forty-five.ron");
    std::fs::write(&file, briefdesk::model::synthetic::dataset_text(45)).expect("write");
    let mut harness = sized(dir.path(), Some(file));
    harness
        .state_mut()
        .push(Command::SetScreen(Screen::Districts));
    harness.run();
    let controls = rect_of(&harness, "Показатель:");
    let sources = rect_of(&harness, "Источники:");
    assert!(controls.top() > 60.0, "{controls:?}");
    assert!(sources.bottom() <= height - 28.0, "{sources:?}");
    let rows: Vec<egui::Rect> = harness
        .query_all_by(|n| n.label().is_some_and(|l| l.starts_with("Район № ")))
        .map(|n| n.rect())
        .collect();
    assert!(!rows.is_empty());
    // The lower rows lie past the chart's box, under the sources that stay in view: the rows
    // scroll inside the chart, not the page.
    let lowest = rows.iter().map(egui::Rect::top).fold(0.0, f32::max);
    assert!(lowest > sources.top(), "every row fits: {lowest}");
}

#[test]
fn a_note_of_megabytes_is_folded_until_asked_for_whole() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let text = "Семинары по ЭЦП в Ақкөл. ".repeat(200_000);
    let notes = format!(
        "Notes(format: 1, dataset: \"embedded:akmola-2017.ron\", notes: {{\"r1\": (text: \"{text}\", status: Open, owner: \"\", due: \"\", updated_unix_secs: 0)}})"
    );
    std::fs::write(dir.path().join("akmola-2017.notes.ron"), notes).expect("write");
    let mut harness = harness(dir.path(), None);
    harness
        .state_mut()
        .push(Command::SetScreen(Screen::Recommendations));
    harness.run();
    assert_eq!(
        harness.state().notes().note("r1").map(|n| n.text.len()),
        Some(text.len()),
        "the whole note is kept"
    );
    // Shown folded, with the way to the whole text; no text field holds megabytes.
    assert!(shows_text(&harness, "Показать и править весь текст (5"));
    assert!(shows_text(&harness, "000 знаков)"));
    let note_fields = |h: &Harness<'_, BriefDeskApp>| {
        h.query_all_by(|n| {
            matches!(
                n.role(),
                egui::accesskit::Role::TextInput | egui::accesskit::Role::MultilineTextInput
            ) && n.label().as_deref() == Some("Заметка к рекомендации 1")
        })
        .count()
    };
    assert_eq!(note_fields(&harness), 0);
    harness
        .get_by_label_contains("Показать и править весь текст")
        .click();
    harness.run();
    assert_eq!(note_fields(&harness), 1);
}

#[test]
fn help_lists_the_editors_keys_and_wraps_every_line_at_1024_by_768() {
    for lang in Language::ALL {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let paths = AppPaths {
            data_dir: dir.path().to_path_buf(),
        };
        let settings = AppSettings {
            language: lang,
            ..AppSettings::default()
        };
        let mut harness = Harness::builder()
            .with_size(egui::vec2(1024.0, 768.0))
            .build_eframe(move |cc| {
                BriefDeskApp::with_settings(&cc.egui_ctx, settings, None, paths)
            });
        harness.key_press(egui::Key::F1);
        harness.run();
        let title = briefdesk::i18n::tr(lang, "help-title");
        let left = harness
            .query_all_by_value(&title)
            .next()
            .expect("the title")
            .rect()
            .left();
        let right = left + briefdesk::ui::help::HELP_WIDTH;
        let shown = all_text(&harness);
        for keys in [
            "Ctrl+6",
            "Ctrl+Z",
            "Ctrl+Shift+Z",
            "Ctrl+Y",
            "Ctrl+V",
            "Ctrl+S",
        ] {
            assert!(
                shown.iter().any(|t| t.contains(keys)),
                "{lang}: {keys} is not in the list: {shown:#?}"
            );
        }
        for key in [
            "help-editing",
            "shortcut-edit",
            "shortcut-paste-table",
            "shortcut-save-dataset",
        ] {
            let words = briefdesk::i18n::tr(lang, key);
            assert!(shown.contains(&words), "{lang}: {words:?} is missing");
        }
        // No line runs past the window's edge, where it would be cut off; each is there whole.
        let groups = briefdesk::ui::help::help_groups(&harness.ctx);
        let texts = groups.iter().flat_map(|g| {
            g.heading
                .map(|h| briefdesk::i18n::tr(lang, h))
                .into_iter()
                .chain(
                    g.rows
                        .iter()
                        .flat_map(|r| [r.keys.clone(), briefdesk::i18n::tr(lang, r.what)]),
                )
        });
        for text in texts {
            let rect = harness
                .query_all_by_value(&text)
                .next()
                .unwrap_or_else(|| panic!("{lang}: {text:?} is not shown whole"))
                .rect();
            assert!(
                rect.left() >= left - 0.5 && rect.right() <= right + 0.5,
                "{lang}: {text:?} at {rect:?} runs past {right}"
            );
        }
    }
}
