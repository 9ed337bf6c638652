//! One full frame of each screen: layout through `egui::Context::run_ui` and tessellation, on
//! the embedded dataset and on a generated 5 000-district one, at 1280×800.
//!
//! Run: `cargo bench --bench frame`

use std::hint::black_box;

use briefdesk::model::synthetic;
use briefdesk::ui::{Screen, ThemeChoice};
use briefdesk::{AppPaths, AppSettings, BriefDeskApp};
use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};

fn input() -> egui::RawInput {
    egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(
            egui::Pos2::ZERO,
            egui::vec2(1280.0, 800.0),
        )),
        ..Default::default()
    }
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
                theme: ThemeChoice::Light,
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
}

criterion_group!(benches, bench);
criterion_main!(benches);
