//! Presenting, driven headless: the keys a clicker sends, hidden slides, the slide plan saved
//! with the notes, and every slide's title and bar labels on screen at projector sizes.

mod harness;

use std::path::Path;
use std::time::{Duration, Instant};

use briefdesk::ui::presentation::{Blank, Screens};
use briefdesk::ui::{Command, Screen};
use briefdesk::view_model::{Briefing, SlideKind};
use briefdesk::{AppPaths, AppSettings, BriefDeskApp};
use egui::Key;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};

fn harness_sized(data_dir: &Path, size: egui::Vec2) -> Harness<'static, BriefDeskApp> {
    harness::app(data_dir, None, size)
}

fn harness(data_dir: &Path) -> Harness<'static, BriefDeskApp> {
    harness_sized(data_dir, egui::vec2(1024.0, 768.0))
}

fn press(harness: &mut Harness<'_, BriefDeskApp>, keys: &[Key]) {
    for key in keys {
        harness.key_press(*key);
        harness.run();
    }
}

/// The key of the slide on the wall.
fn current_key(harness: &Harness<'_, BriefDeskApp>) -> String {
    let app = harness.state();
    let p = app.presentation().expect("presenting");
    let index = p.current().expect("a current slide");
    app.briefing().slides[index].key.clone()
}

fn position(harness: &Harness<'_, BriefDeskApp>) -> usize {
    harness
        .state()
        .presentation()
        .expect("presenting")
        .position()
}

#[test]
fn clicker_keys_move_through_the_deck() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = harness(dir.path());
    harness.run();
    press(&mut harness, &[Key::F5]);
    let count = harness.state().presentation().unwrap().deck().len();
    assert!(count >= 10, "the embedded dataset makes {count} slides");
    assert_eq!(current_key(&harness), "title");
    // The test harness cannot open a second window: the slides fill this one.
    assert_eq!(
        harness.state().presentation().unwrap().screens(),
        Screens::One
    );

    for (key, expected) in [
        (Key::ArrowRight, 1),
        (Key::Space, 2),
        (Key::PageDown, 3),
        (Key::ArrowDown, 4),
        (Key::Enter, 5),
        (Key::ArrowLeft, 4),
        (Key::ArrowUp, 3),
        (Key::PageUp, 2),
        (Key::Backspace, 1),
        (Key::End, count - 1),
        (Key::ArrowRight, count - 1),
        (Key::Home, 0),
        (Key::ArrowLeft, 0),
    ] {
        press(&mut harness, &[key]);
        assert_eq!(position(&harness), expected, "after {key:?}");
    }

    // A number, then Enter, jumps to that slide.
    press(&mut harness, &[Key::Num7, Key::Enter]);
    assert_eq!(position(&harness), 6);
    press(&mut harness, &[Key::Num1, Key::Num0, Key::Enter]);
    assert_eq!(position(&harness), 9);
    // Backspace takes back a typed digit, not a slide.
    press(
        &mut harness,
        &[Key::Num4, Key::Num2, Key::Backspace, Key::Enter],
    );
    assert_eq!(position(&harness), 3);
    // A number past the end is ignored.
    press(&mut harness, &[Key::Num9, Key::Num9, Key::Enter]);
    assert_eq!(position(&harness), 3);

    // B blacks the screen; any key brings the slide back without moving.
    press(&mut harness, &[Key::B]);
    let p = harness.state().presentation().unwrap();
    assert_eq!(p.blank(), Some(Blank::Black));
    press(&mut harness, &[Key::ArrowRight]);
    let p = harness.state().presentation().unwrap();
    assert_eq!((p.blank(), p.position()), (None, 3));
    press(&mut harness, &[Key::W]);
    assert_eq!(
        harness.state().presentation().unwrap().blank(),
        Some(Blank::White)
    );
    press(&mut harness, &[Key::A]);
    press(&mut harness, &[Key::Period]);
    assert_eq!(
        harness.state().presentation().unwrap().blank(),
        Some(Blank::Black)
    );

    // Esc leaves, from a black screen too, and the workspace is back.
    press(&mut harness, &[Key::Escape]);
    assert!(harness.state().presentation().is_none());
    assert!(harness.query_by_label("Обзор").is_some());
}

#[test]
fn shift_f5_starts_from_the_current_screen() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = harness(dir.path());
    harness
        .state_mut()
        .push(Command::SetScreen(Screen::Centres));
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::SHIFT, Key::F5);
    harness.run();
    assert_eq!(current_key(&harness), "centres");
    press(&mut harness, &[Key::Escape]);

    harness
        .state_mut()
        .push(Command::SetScreen(Screen::Recommendations));
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::SHIFT, Key::F5);
    harness.run();
    assert_eq!(current_key(&harness), "recommendation:r1");
}

#[test]
fn hidden_slides_are_skipped_and_the_plan_is_saved_with_the_notes() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = harness(dir.path());
    harness.run();
    let all = harness.state().briefing().slides.len();
    for command in [
        Command::SetSlideVisible {
            key: "key-figures".to_owned(),
            visible: false,
        },
        Command::SetSlideVisible {
            key: "recommendation:r2".to_owned(),
            visible: false,
        },
        // The corruption slide moves up, before the districts (two slides) and the centres
        // (two).
        Command::MoveSlide {
            key: "corruption".to_owned(),
            delta: -4,
        },
    ] {
        harness.state_mut().push(command);
    }
    harness.run();
    press(&mut harness, &[Key::F5]);
    let deck_len = harness.state().presentation().unwrap().deck().len();
    assert_eq!(deck_len, all - 2);
    let mut seen = vec![current_key(&harness)];
    for _ in 1..deck_len {
        press(&mut harness, &[Key::PageDown]);
        seen.push(current_key(&harness));
    }
    assert_eq!(seen[..3], ["title", "corruption", "districts"]);
    assert!(!seen.contains(&"key-figures".to_owned()), "{seen:?}");
    assert!(!seen.contains(&"recommendation:r2".to_owned()), "{seen:?}");
    assert!(seen.contains(&"recommendation:r3".to_owned()), "{seen:?}");
    press(&mut harness, &[Key::Escape]);

    // Saved in the notes sidecar, and read back by a new app.
    harness.state_mut().push(Command::SaveNotes);
    harness.run();
    let sidecar = std::fs::read_to_string(dir.path().join("akmola-2017.notes.ron")).unwrap();
    assert!(sidecar.contains("recommendation:r2"), "{sidecar}");
    let mut again = harness_sized(dir.path(), egui::vec2(1024.0, 768.0));
    again.run();
    again.key_press(Key::F5);
    again.run();
    assert_eq!(again.state().presentation().unwrap().deck().len(), deck_len);
}

/// The accessible names of the bar rows a slide must show ("г. Кокшетау: 38*"): its part of
/// a chart that goes over several slides.
fn bar_labels(briefing: &Briefing, slide: &briefdesk::view_model::SlideView) -> Vec<String> {
    let all: Vec<String> = match &slide.kind {
        SlideKind::Districts => briefing
            .districts
            .iter()
            .flat_map(|s| &s.bars)
            .map(|b| format!("{}: {}", b.name, b.label))
            .collect(),
        SlideKind::Centres => briefing
            .rental
            .rows
            .iter()
            .map(|r| format!("{}: {}", r.name, r.total_label))
            .collect(),
        SlideKind::CorruptionDistricts => briefing
            .corruption
            .rows
            .iter()
            .map(|r| format!("{}: {}", r.name, r.labels[0]))
            .collect(),
        _ => Vec::new(),
    };
    all.into_iter()
        .skip(slide.rows.start)
        .take(slide.rows.len())
        .collect()
}

/// What a slide's title reads.
fn slide_title(briefing: &Briefing, kind: &SlideKind, title: &str, page: (usize, usize)) -> String {
    match kind {
        SlideKind::Title => briefing.header.title.clone(),
        SlideKind::Recommendation(id) => briefing
            .recommendations
            .iter()
            .find(|r| &r.id == id)
            .map(|r| r.text.clone())
            .unwrap_or_default(),
        // A chart slide shows its chart's title (which says when the chart is illustrative),
        // with its part ("1/2") when the chart goes over several slides.
        SlideKind::Districts => chart_title(briefing.charts().districts.as_ref(), title, page),
        SlideKind::Centres => chart_title(briefing.charts().centres.as_ref(), title, page),
        SlideKind::CorruptionDistricts => {
            chart_title(briefing.charts().crimes_districts.as_ref(), title, page)
        }
        SlideKind::Corruption | SlideKind::KeyFigures => title.to_owned(),
    }
}

fn chart_title(
    spec: Option<&briefdesk::view_model::ChartSpec>,
    title: &str,
    (page, pages): (usize, usize),
) -> String {
    let whole = spec.map_or_else(|| title.to_owned(), |s| s.title.clone());
    if pages > 1 {
        format!("{whole} ({page}/{pages})")
    } else {
        whole
    }
}

fn every_slide_shows_its_title_and_bar_labels(size: egui::Vec2, all_rows: bool) {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let mut harness = harness_sized(dir.path(), size);
    // Per-capita crimes: a districts chart other than the corruption one, so all six kinds show.
    harness.state_mut().push(Command::SetMetric(
        briefdesk::view_model::DistrictMetric::CrimesPer10k,
    ));
    harness.run();
    press(&mut harness, &[Key::F5]);
    let screen = egui::Rect::from_min_size(egui::Pos2::ZERO, size);
    let count = harness
        .state()
        .presentation()
        .expect("presenting")
        .deck()
        .len();
    let mut kinds_seen = Vec::new();
    for position in 0..count {
        let app = harness.state();
        let briefing = app.briefing();
        let index = app
            .presentation()
            .and_then(briefdesk::ui::presentation::Presentation::current)
            .expect("a current slide");
        let slide = &briefing.slides[index];
        let title = slide_title(
            briefing,
            &slide.kind,
            &slide.title,
            (slide.page, slide.pages),
        );
        let node = harness
            .query_all_by(|n| n.value().as_deref() == Some(title.as_str()))
            .next()
            .unwrap_or_else(|| panic!("slide {}: no title {title:?}", position + 1));
        assert!(
            screen.contains_rect(node.rect()),
            "title off screen: {title}"
        );
        let labels = bar_labels(briefing, slide);
        let mut rects: Vec<egui::Rect> = Vec::new();
        for label in &labels {
            match harness.query_by_label(label) {
                Some(row) => {
                    let rect = row.rect();
                    assert!(
                        screen.contains_rect(rect),
                        "{size:?} slide {}: {label} at {rect:?} is cut off",
                        position + 1
                    );
                    rects.push(rect);
                }
                None => assert!(
                    !all_rows,
                    "{size:?} slide {}: no bar labelled {label:?}",
                    position + 1
                ),
            }
        }
        // Rows never overlap: each starts where the one above ends, or lower.
        rects.sort_by(|a, b| a.top().total_cmp(&b.top()));
        for pair in rects.windows(2) {
            assert!(
                pair[1].top() >= pair[0].bottom() - 0.5,
                "{size:?} slide {}: rows overlap: {pair:?}",
                position + 1
            );
        }
        kinds_seen.push(std::mem::discriminant(&slide.kind));
        press(&mut harness, &[Key::ArrowRight]);
    }
    kinds_seen.dedup();
    assert!(
        kinds_seen.len() >= 7,
        "slide kinds seen: {}",
        kinds_seen.len()
    );
}

#[test]
fn at_1024_by_768_every_slide_shows_its_title_and_all_its_bar_labels() {
    every_slide_shows_its_title_and_bar_labels(egui::vec2(1024.0, 768.0), true);
}

#[test]
fn at_1280_by_720_and_1920_by_1080_labels_fit_and_do_not_overlap() {
    every_slide_shows_its_title_and_bar_labels(egui::vec2(1280.0, 720.0), true);
    every_slide_shows_its_title_and_bar_labels(egui::vec2(1920.0, 1080.0), true);
}

#[test]
fn a_note_edited_while_presenting_is_saved() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = harness(dir.path());
    harness
        .state_mut()
        .push(Command::SetScreen(Screen::Recommendations));
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::SHIFT, Key::F5);
    harness.run();
    // On one screen the notes show only when asked for (the wall may be the laptop's mirror).
    harness.state_mut().push(Command::SetNotesOnWall(true));
    harness.run();
    press(&mut harness, &[Key::N]);
    let note = harness.get_by_label("Заметка к рекомендации");
    note.click();
    harness.run();
    harness
        .get_by_label("Заметка к рекомендации")
        .type_text("Сказать про Ақкөл");
    harness.run();
    // Typing went into the note, not to the slides.
    assert_eq!(current_key(&harness), "recommendation:r1");
    let start = Instant::now();
    while harness.state().notes().has_unsaved() && start.elapsed() < Duration::from_secs(5) {
        harness.step();
        std::thread::sleep(Duration::from_millis(50));
    }
    let sidecar = std::fs::read_to_string(dir.path().join("akmola-2017.notes.ron")).unwrap();
    assert!(sidecar.contains("Сказать про Ақкөл"), "{sidecar}");
    assert!(sidecar.contains("\"r1\""), "{sidecar}");
}

/// Every text shape of a frame, with its font size (the smallest of its sections).
fn text_sizes(shapes: &[egui::epaint::ClippedShape]) -> Vec<(String, f32)> {
    fn walk(shape: &egui::Shape, out: &mut Vec<(String, f32)>) {
        match shape {
            egui::Shape::Text(text) => {
                let size = text
                    .galley
                    .job
                    .sections
                    .iter()
                    .map(|s| s.format.font_id.size)
                    .fold(f32::INFINITY, f32::min);
                if !text.galley.text().trim().is_empty() {
                    out.push((text.galley.text().to_owned(), size));
                }
            }
            egui::Shape::Vec(shapes) => {
                for s in shapes {
                    walk(s, out);
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    for clipped in shapes {
        walk(&clipped.shape, &mut out);
    }
    out
}

#[test]
fn the_smallest_text_on_every_slide_is_a_thirtieth_of_the_window() {
    for (width, height) in [(1024.0, 768.0), (1920.0, 1080.0)] {
        let dir = tempfile::tempdir().expect("temp dir");
        let ctx = egui::Context::default();
        let settings = AppSettings {
            theme: egui::ThemePreference::Light,
            presenter_view: false,
            ..AppSettings::default()
        };
        let paths = AppPaths {
            data_dir: dir.path().to_path_buf(),
        };
        let mut app = BriefDeskApp::with_settings(&ctx, settings, None, paths);
        let input = || egui::RawInput {
            screen_rect: Some(egui::Rect::from_min_size(
                egui::Pos2::ZERO,
                egui::vec2(width, height),
            )),
            ..Default::default()
        };
        // The textures are not uploaded anywhere here: say so, or egui asserts.
        let frame = |app: &mut BriefDeskApp| {
            let mut output = ctx.run_ui(input(), |ui| app.show(ui));
            output.textures_delta.clear();
            output
        };
        app.push(Command::StartPresentation { from_screen: false });
        frame(&mut app);
        let count = app.presentation().expect("presenting").deck().len();
        for number in 1..=count {
            app.push(Command::Slide(briefdesk::ui::SlideStep::Number(number)));
            // Two passes: the first applies the command, the second draws the slide settled.
            frame(&mut app);
            let output = frame(&mut app);
            let texts = text_sizes(&output.shapes);
            assert!(!texts.is_empty(), "slide {number} draws text");
            for (text, size) in texts {
                assert!(
                    size >= height / 30.0 - 0.01,
                    "{width}×{height} slide {number}: {text:?} is {size:.1} pt, under {:.1}",
                    height / 30.0
                );
            }
        }
    }
}

/// Every text on every slide of the Kazakh and English decks, read from the screen: no Russian
/// text of the dataset (where its Kazakh differs), no "[ru]" fallback mark, and in English no
/// Cyrillic at all.
#[test]
fn the_kazakh_and_english_decks_speak_their_language() {
    let loaded = briefdesk::model::embedded().expect("the embedded dataset");
    let d = &loaded.dataset;
    let own = d.language();
    let russian: Vec<String> = d
        .texts()
        .into_iter()
        .filter_map(|(_, text)| {
            let ru = text.get("ru", own).text;
            let kk = text.get("kk", own);
            (kk.fallback.is_none() && kk.text != ru && ru.chars().count() > 3)
                .then(|| ru.to_owned())
        })
        .collect();
    for language in [briefdesk::i18n::Language::Kk, briefdesk::i18n::Language::En] {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let mut harness = harness_sized(dir.path(), egui::vec2(1280.0, 800.0));
        harness.state_mut().push(Command::SetLanguage(language));
        harness.run();
        press(&mut harness, &[Key::F5]);
        let count = harness
            .state()
            .presentation()
            .expect("presenting")
            .deck()
            .len();
        for slide in 0..count {
            let texts: Vec<String> = harness
                .query_all_by(|_| true)
                .flat_map(|n| [n.accesskit_node().label(), n.value()])
                .flatten()
                .collect();
            // The reading sees the slide: the title slide shows the briefing's title.
            if slide == 0 {
                let title = harness.state().briefing().header.title.clone();
                assert!(texts.contains(&title), "{title:?} not in {texts:?}");
            }
            for text in &texts {
                assert!(
                    !text.contains("[ru]"),
                    "{language:?} slide {}: {text}",
                    slide + 1
                );
                for ru in &russian {
                    assert!(
                        !text.contains(ru.as_str()),
                        "{language:?} slide {}: Russian {ru:?} in {text:?}",
                        slide + 1
                    );
                }
                if language == briefdesk::i18n::Language::En {
                    assert!(
                        !text.chars().any(|c| ('\u{400}'..='\u{4ff}').contains(&c)),
                        "slide {}: Cyrillic in {text:?}",
                        slide + 1
                    );
                }
            }
            press(&mut harness, &[Key::ArrowRight]);
        }
    }
}

/// Every text on screen (labels and values).
fn screen_texts(harness: &Harness<'_, BriefDeskApp>) -> Vec<String> {
    let texts = std::cell::RefCell::new(Vec::new());
    let _ = harness
        .query_all_by(|n| {
            for t in [n.value(), n.label()].into_iter().flatten() {
                texts.borrow_mut().push(t.clone());
            }
            false
        })
        .count();
    texts.into_inner()
}

/// Moves on until the slide `key` is on the wall.
fn go_to(harness: &mut Harness<'_, BriefDeskApp>, key: &str) {
    for _ in 0..40 {
        if current_key(harness) == key {
            return;
        }
        press(harness, &[Key::ArrowRight]);
    }
    panic!("no slide {key}");
}

#[test]
fn nothing_internal_reaches_the_wall_unless_asked_for() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let mut harness = harness(dir.path());
    harness.state_mut().push(Command::EditNote {
        id: "r3".to_owned(),
        edit: briefdesk::notes::NoteEdit::SetDue("2017-12-31".to_owned()),
    });
    harness.run();
    press(&mut harness, &[Key::F5]);
    go_to(&mut harness, "recommendation:r3");
    let shown = screen_texts(&harness);
    for word in ["Статус", "Сказал(а)", "2017-12-31", "Срок"] {
        assert!(
            !shown.iter().any(|t| t.contains(word)),
            "{word:?} on the wall: {shown:#?}"
        );
    }
    // Who made it, as an attribution; the evidence as figures.
    assert!(shown.iter().any(|t| t.starts_with("— Шокан Абдильманов")));
    assert!(
        shown
            .iter()
            .any(|t| t.starts_with("около\u{a0}80") && t.ends_with("000")),
        "{shown:#?}"
    );

    // A slide number being typed is not drawn on the wall.
    press(&mut harness, &[Key::Num1, Key::Num2]);
    assert!(!screen_texts(&harness).iter().any(|t| t.contains('№')));
    press(&mut harness, &[Key::Escape]);

    // Switched on for the deck: the status and the due date in words.
    harness.state_mut().push(Command::SetShowStatus(true));
    harness.run();
    press(&mut harness, &[Key::F5]);
    go_to(&mut harness, "recommendation:r3");
    let shown = screen_texts(&harness);
    assert!(
        shown
            .iter()
            .any(|t| t.contains("Статус: Открыта") && t.contains("31 декабря 2017")),
        "{shown:#?}"
    );
}

#[test]
fn speaker_notes_are_kept_with_the_notes_and_stay_off_a_single_screen() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let mut harness = harness(dir.path());
    harness.state_mut().push(Command::SetSpeakerNote {
        key: "title".to_owned(),
        text: "Поблагодарить аппарат акима".to_owned(),
    });
    harness.state_mut().push(Command::SaveNotes);
    harness.run();
    let sidecar =
        std::fs::read_to_string(dir.path().join("akmola-2017.notes.ron")).expect("the notes");
    assert!(sidecar.contains("Поблагодарить аппарат акима"), "{sidecar}");

    // One screen (it may be mirrored to the room): N shows nothing.
    press(&mut harness, &[Key::F5, Key::N]);
    assert!(
        !harness
            .state()
            .presentation()
            .expect("presenting")
            .notes_open()
    );
    assert!(
        !screen_texts(&harness)
            .iter()
            .any(|t| t.contains("Поблагодарить"))
    );
    press(&mut harness, &[Key::Escape]);

    // Asked for: N shows them under the slide.
    harness.state_mut().push(Command::SetNotesOnWall(true));
    harness.run();
    press(&mut harness, &[Key::F5, Key::N]);
    assert!(
        screen_texts(&harness)
            .iter()
            .any(|t| t.contains("Поблагодарить аппарат акима"))
    );
}

#[test]
fn a_chart_row_on_the_wall_has_no_tooltip() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let mut harness = harness(dir.path());
    press(&mut harness, &[Key::F5]);
    go_to(&mut harness, "districts");
    let row = harness.get_by_label("г. Кокшетау: 38*");
    row.hover();
    harness.run();
    std::thread::sleep(Duration::from_millis(700));
    harness.run();
    // The row's details (its population, its source) would be the tooltip.
    assert!(
        !screen_texts(&harness)
            .iter()
            .any(|t| t.contains("Население")),
        "a tooltip on the wall"
    );
}

#[test]
fn forty_five_long_kazakh_names_go_over_three_slides_at_1024_by_768() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let file = dir.path().join("long.ron");
    std::fs::write(&file, briefdesk::model::synthetic::long_names_text(45)).expect("write");
    let paths = AppPaths {
        data_dir: dir.path().to_path_buf(),
    };
    let settings = AppSettings {
        language: briefdesk::i18n::Language::Kk,
        ..AppSettings::default()
    };
    let size = egui::vec2(1024.0, 768.0);
    let mut harness = Harness::builder().with_size(size).build_eframe(move |cc| {
        BriefDeskApp::with_settings(&cc.egui_ctx, settings, Some(file), paths)
    });
    harness.run();
    press(&mut harness, &[Key::F5]);
    go_to(&mut harness, "districts");
    let screen = egui::Rect::from_min_size(egui::Pos2::ZERO, size);
    let mut rows_seen = 0;
    for part in 1..=3 {
        let app = harness.state();
        let index = app
            .presentation()
            .and_then(briefdesk::ui::presentation::Presentation::current)
            .expect("a slide");
        let slide = &app.briefing().slides[index];
        assert_eq!((slide.page, slide.pages), (part, 3), "{}", slide.title);
        assert!(slide.title.ends_with(&format!("({part}/3)")));
        let mut rects: Vec<egui::Rect> = harness
            .query_all_by(|n| {
                n.label()
                    .is_some_and(|l| l.contains("ауылдық округі") && l.contains(": "))
            })
            .map(|n| n.rect())
            .collect();
        assert_eq!(rects.len(), 15, "slide {part}");
        rows_seen += rects.len();
        rects.sort_by(|a, b| a.top().total_cmp(&b.top()));
        for rect in &rects {
            assert!(
                screen.contains_rect(*rect),
                "slide {part}: cut off at {rect:?}"
            );
        }
        for pair in rects.windows(2) {
            assert!(
                pair[1].top() >= pair[0].bottom() - 0.5,
                "slide {part}: overlap"
            );
        }
        // No Russian on a Kazakh wall.
        assert!(
            !screen_texts(&harness)
                .iter()
                .any(|t| t.contains("Сельский") || t.contains("Район")),
            "slide {part}"
        );
        press(&mut harness, &[Key::ArrowRight]);
    }
    assert_eq!(rows_seen, 45);
}

#[test]
fn the_pointer_hides_over_the_wall_after_a_second_without_moving() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let mut harness = harness(dir.path());
    press(&mut harness, &[Key::F5]);
    harness.hover_at(egui::pos2(300.0, 300.0));
    harness.run();
    assert_ne!(
        harness.output().platform_output.cursor_icon,
        egui::CursorIcon::None,
        "shown while it moves"
    );
    std::thread::sleep(Duration::from_millis(1_100));
    harness.step();
    harness.run();
    assert_eq!(
        harness.output().platform_output.cursor_icon,
        egui::CursorIcon::None
    );
}
