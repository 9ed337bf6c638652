//! A due date is typed as ДД.ММ.ГГГГ or ISO, or picked on a calendar in the interface language;
//! shown in the language's long form; and a date that does not read is never kept as one.

use std::path::Path;

use briefdesk::i18n::Language;
use briefdesk::ui::{Command, Screen};
use briefdesk::{AppPaths, AppSettings, BriefDeskApp};
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;

fn harness(data_dir: &Path, language: Language) -> Harness<'static, BriefDeskApp> {
    let paths = AppPaths {
        data_dir: data_dir.to_path_buf(),
    };
    let settings = AppSettings {
        theme: egui::ThemePreference::Light,
        language,
        ..AppSettings::default()
    };
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1280.0, 900.0))
        .build_eframe(move |cc| BriefDeskApp::with_settings(&cc.egui_ctx, settings, None, paths));
    harness
        .state_mut()
        .push(Command::SetScreen(Screen::Recommendations));
    harness.run();
    harness
}

fn due(harness: &Harness<'_, BriefDeskApp>) -> String {
    harness
        .state()
        .notes()
        .note("r1")
        .map(|n| n.due.clone())
        .unwrap_or_default()
}

/// Types `text` into the first recommendation's due date, replacing what is there, and leaves
/// the field.
fn type_due(harness: &mut Harness<'_, BriefDeskApp>, field: &str, text: &str) {
    harness.get_by_label(field).focus();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.run();
    harness.get_by_label(field).type_text(text);
    harness.run();
}

fn shows(harness: &Harness<'_, BriefDeskApp>, text: &str) -> bool {
    harness
        .query_all_by(|n| n.value().is_some_and(|v| v.contains(text)))
        .next()
        .is_some()
}

#[test]
fn typed_day_first_or_iso_kept_as_a_date_and_shown_in_words() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let mut harness = harness(dir.path(), Language::Ru);
    type_due(&mut harness, "Срок 1", "31.12.2017");
    assert_eq!(due(&harness), "2017-12-31");
    // An impossible day is said, and the date kept stays the last good one.
    type_due(&mut harness, "Срок 1", "31.02.2018");
    assert_eq!(due(&harness), "2017-12-31");
    assert!(shows(&harness, "31 февраля 2018 года не существует"));
    type_due(&mut harness, "Срок 1", "завтра");
    assert_eq!(due(&harness), "2017-12-31");
    assert!(shows(
        &harness,
        "Не дата: пишите 31.12.2017 или 2017-12-31."
    ));
    type_due(&mut harness, "Срок 1", "2018-01-15");
    assert_eq!(due(&harness), "2018-01-15");
    // Away from the field, the date reads in words.
    harness.key_press(Key::Tab);
    harness.run();
    assert!(shows(&harness, "15 января 2018"));
}

#[test]
fn the_calendar_speaks_kazakh_and_picks_a_day() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let mut harness = harness(dir.path(), Language::Kk);
    type_due(&mut harness, "Мерзім 1", "01.12.2017");
    harness.key_press(Key::Tab);
    harness.run();
    assert!(shows(&harness, "2017 жылғы 1 желтоқсан"));
    harness.get_by_label("Мерзім 1: Күнтізбеден таңдау").click();
    harness.run();
    // The month in Kazakh, the week from Monday in Kazakh, no English word.
    assert!(shows(&harness, "2017 жылғы желтоқсан"));
    assert!(harness.query_by_label("Дс").is_some() || shows(&harness, "Дс"));
    assert!(!shows(&harness, "Mo") && !shows(&harness, "December"));
    harness.get_by_label("2017 жылғы 20 желтоқсан").click();
    harness.run();
    assert_eq!(due(&harness), "2017-12-20");
}
