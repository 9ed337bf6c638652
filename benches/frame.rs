//! One full frame of each screen: layout through `egui::Context::run_ui` and tessellation, on
//! the embedded dataset and on a generated 5 000-district one, at 1280×800; and one frame of
//! each kind of slide, presented on one screen at 1920×1080.
//!
//! Run: `cargo bench --bench frame`

use std::hint::black_box;

use briefdesk::model::synthetic;
use briefdesk::ui::{Command, Screen, SlideStep};
use briefdesk::{AppPaths, AppSettings, BriefDeskApp};
use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};

fn input() -> egui::RawInput {
    input_sized(1280.0, 800.0)
}

fn input_sized(width: f32, height: f32) -> egui::RawInput {
    egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(
            egui::Pos2::ZERO,
            egui::vec2(width, height),
        )),
        ..Default::default()
    }
}

/// Each kind of slide once, by its key.
const SLIDES: [&str; 6] = [
    "title",
    "key-figures",
    "districts",
    "centres",
    "corruption",
    "recommendation:r1",
];

fn bench_slides(
    c: &mut Criterion,
    dir: &std::path::Path,
    start: Option<&std::path::Path>,
    name: &str,
) {
    let mut group = c.benchmark_group(format!("slide_{name}_1920x1080"));
    for slide in SLIDES {
        let ctx = egui::Context::default();
        let settings = AppSettings {
            theme: egui::ThemePreference::Light,
            presenter_view: false,
            ..AppSettings::default()
        };
        let paths = AppPaths {
            data_dir: dir.to_path_buf(),
        };
        let start = start.map(std::path::Path::to_path_buf);
        let mut app = BriefDeskApp::with_settings(&ctx, settings, start, paths);
        app.push(Command::StartPresentation { from_screen: false });
        let _ = ctx.run_ui(input_sized(1920.0, 1080.0), |ui| app.show(ui));
        let position = app.presentation().and_then(|p| {
            p.deck()
                .iter()
                .position(|&i| app.briefing().slides.get(i).is_some_and(|s| s.key == slide))
        });
        let Some(position) = position else {
            // The generated dataset may lack a kind of slide.
            continue;
        };
        app.push(Command::Slide(SlideStep::Number(position + 1)));
        for _ in 0..3 {
            let _ = ctx.run_ui(input_sized(1920.0, 1080.0), |ui| app.show(ui));
        }
        assert_eq!(
            app.presentation()
                .and_then(briefdesk::ui::presentation::Presentation::current)
                .and_then(|i| app.briefing().slides.get(i))
                .map(|s| s.key.as_str()),
            Some(slide),
            "the benchmark draws the slide it names"
        );
        group.bench_function(BenchmarkId::from_parameter(slide), |b| {
            b.iter(|| {
                let output = ctx.run_ui(input_sized(1920.0, 1080.0), |ui| app.show(ui));
                black_box(ctx.tessellate(output.shapes, output.pixels_per_point))
            });
        });
    }
    group.finish();
}

/// Typing into a district's name in the editor's table of 1 000 districts: each frame takes a
/// keystroke, records it for undo and checks the dataset again (the charts follow at most every
/// 150 ms, outside this measure's frames only when due).
fn bench_typing(c: &mut Criterion, dir: &std::path::Path) {
    use briefdesk::ui::editor::{EditCommand, Section};
    let file = dir.join("generated-1000.ron");
    std::fs::write(&file, synthetic::dataset_text(1_000)).expect("write dataset");
    let ctx = egui::Context::default();
    let settings = AppSettings {
        theme: egui::ThemePreference::Light,
        ..AppSettings::default()
    };
    let paths = AppPaths {
        data_dir: dir.to_path_buf(),
    };
    let mut app = BriefDeskApp::with_settings(&ctx, settings, Some(file), paths);
    app.push(Command::Edit(EditCommand::Section(Section::Districts)));
    for _ in 0..3 {
        let _ = ctx.run_ui(input(), |ui| app.show(ui));
    }
    // Click into the first district's name.
    let at = egui::pos2(430.0, 286.0);
    let mut click = input();
    click.events = vec![
        egui::Event::PointerMoved(at),
        egui::Event::PointerButton {
            pos: at,
            button: egui::PointerButton::Primary,
            pressed: true,
            modifiers: egui::Modifiers::NONE,
        },
        egui::Event::PointerButton {
            pos: at,
            button: egui::PointerButton::Primary,
            pressed: false,
            modifiers: egui::Modifiers::NONE,
        },
    ];
    let _ = ctx.run_ui(click, |ui| app.show(ui));
    let typed = || {
        let mut raw = input();
        raw.events = vec![egui::Event::Text("a".to_owned())];
        raw
    };
    let _ = ctx.run_ui(typed(), |ui| app.show(ui));
    std::thread::sleep(std::time::Duration::from_millis(200));
    let _ = ctx.run_ui(input(), |ui| app.show(ui));
    assert!(
        ctx.egui_wants_keyboard_input()
            && app
                .briefing()
                .district_names
                .iter()
                .any(|(_, name)| name.ends_with('a')),
        "the benchmark types into a district's name"
    );
    let mut group = c.benchmark_group("edit_1000_districts");
    group.bench_function("type_a_letter", |b| {
        b.iter(|| {
            let output = ctx.run_ui(typed(), |ui| app.show(ui));
            black_box(ctx.tessellate(output.shapes, output.pixels_per_point))
        });
    });
    group.finish();
}

fn bench(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temp dir");
    let large = dir.path().join("generated-5000.ron");
    std::fs::write(&large, synthetic::dataset_text(5_000)).expect("write dataset");
    for (name, start) in [("embedded", None), ("5000_districts", Some(large.clone()))] {
        let mut group = c.benchmark_group(format!("frame_{name}"));
        for screen in Screen::ALL {
            let ctx = egui::Context::default();
            let settings = AppSettings {
                screen,
                theme: egui::ThemePreference::Light,
                ..AppSettings::default()
            };
            let paths = AppPaths {
                data_dir: dir.path().to_path_buf(),
            };
            let mut app = BriefDeskApp::with_settings(&ctx, settings, start.clone(), paths);
            // Warm up: font atlas, layout caches, the first sizing passes.
            for _ in 0..3 {
                let _ = ctx.run_ui(input(), |ui| app.show(ui));
            }
            group.bench_function(BenchmarkId::from_parameter(format!("{screen:?}")), |b| {
                b.iter(|| {
                    let output = ctx.run_ui(input(), |ui| app.show(ui));
                    black_box(ctx.tessellate(output.shapes, output.pixels_per_point))
                });
            });
        }
        group.finish();
    }
    bench_typing(c, dir.path());
    bench_slides(c, dir.path(), None, "embedded");
    bench_slides(c, dir.path(), Some(&large), "5000_districts");
}

criterion_group!(benches, bench);
criterion_main!(benches);
