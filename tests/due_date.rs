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

/// The width of `text` in the interface's body type, in points.
fn text_width(harness: &Harness<'_, BriefDeskApp>, text: &str) -> f32 {
    harness.ctx.fonts_mut(|f| {
        f.layout_no_wrap(
            text.to_owned(),
            egui::FontId::proportional(briefdesk::style::size::BODY),
            egui::Color32::BLACK,
        )
        .size()
        .x
    })
}

#[test]
fn the_longest_date_of_each_language_fits_its_field() {
    for (lang, field) in [
        (Language::Ru, "Срок 1"),
        (Language::Kk, "Мерзім 1"),
        (Language::En, "Due 1"),
    ] {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let mut harness = harness(dir.path(), lang);
        for month in 1..=12 {
            for day in [28, 30] {
                let due = format!("2017-{month:02}-{day}");
                let Ok(date) = due.parse::<briefdesk::model::PartialDate>() else {
                    continue;
                };
                harness.state_mut().push(Command::EditNote {
                    id: "r1".to_owned(),
                    edit: briefdesk::ui::NoteEdit::SetDue(due.clone()),
                });
                harness.run();
                let shown = briefdesk::i18n::format_date(date, lang);
                assert!(shows(&harness, &shown), "{lang}: {shown}");
                // The text and the field's margins inside its outline.
                let width = harness.get_by_label(field).rect().width();
                let needed = text_width(&harness, &shown) + 8.0;
                assert!(
                    width >= needed,
                    "{lang}: «{shown}» needs {needed}, the field is {width}"
                );
            }
        }
    }
}

#[test]
fn the_calendar_keeps_its_height_from_month_to_month() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let mut harness = harness(dir.path(), Language::Ru);
    // February 2021 takes four weeks, May 2021 six.
    type_due(&mut harness, "Срок 1", "01.01.2021");
    harness.key_press(Key::Tab);
    harness.run();
    harness.get_by_label("Срок 1: Выбрать в календаре").click();
    harness.run();
    let mut spans = Vec::new();
    for _ in 0..12 {
        let top = harness.get_by_label("‹").rect().top();
        let bottom = harness.get_by_label("Без срока").rect().bottom();
        spans.push((top, bottom));
        harness.get_by_label("›").click();
        harness.run();
    }
    let first = spans[0];
    assert!(
        spans.iter().all(|s| *s == first),
        "the calendar moved or changed its height: {spans:?}"
    );
}
