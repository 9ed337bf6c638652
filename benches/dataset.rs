//! Parse, validate and view-model build on the embedded dataset and on generated large ones.
//!
//! Run: `cargo bench --bench dataset`

use std::hint::black_box;

use briefdesk::model::{self, synthetic};
use briefdesk::view_model::{Briefing, Settings};
use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};

fn inputs() -> Vec<(String, String)> {
    vec![
        (
            "embedded".to_owned(),
            model::EMBEDDED_AKMOLA_2017.to_owned(),
        ),
        ("1000_districts".to_owned(), synthetic::dataset_text(1_000)),
        (
            "10000_districts".to_owned(),
            synthetic::dataset_text(10_000),
        ),
    ]
}

fn bench(c: &mut Criterion) {
    let settings = Settings::default();
    for (name, text) in inputs() {
        let mut group = c.benchmark_group(&name);
        if name != "embedded" {
            group.sample_size(20);
        }
        let dataset = model::parse(&text, "bench.ron").expect("valid");
        group.bench_function(BenchmarkId::from_parameter("parse"), |b| {
            b.iter(|| model::parse(black_box(&text), "bench.ron"));
        });
        group.bench_function(BenchmarkId::from_parameter("validate"), |b| {
            b.iter(|| model::validate(black_box(&dataset)));
        });
        group.bench_function(BenchmarkId::from_parameter("view_model"), |b| {
            b.iter(|| Briefing::from_dataset(black_box(&dataset), &settings));
        });
        // The chart specifications, built once on the first frame that draws a chart.
        let briefing = Briefing::from_dataset(&dataset, &settings);
        group.bench_function(BenchmarkId::from_parameter("charts"), |b| {
            b.iter(|| briefdesk::view_model::Charts::of(black_box(&briefing)));
        });
        group.bench_function(BenchmarkId::from_parameter("end_to_end"), |b| {
            b.iter(|| {
                let loaded = model::load_text(black_box(&text), "bench.ron").expect("valid");
                Briefing::from_dataset(&loaded.dataset, &settings)
            });
        });
        group.finish();
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
