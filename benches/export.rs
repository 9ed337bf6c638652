//! Building and rendering the briefing pack: PDF, Word, HTML and Markdown, for the embedded
//! dataset and a generated 1 000-district one, and the PDF in two languages (no notes;
//! writing the file is not included).
//!
//! Run: `cargo bench --bench export`

use std::collections::BTreeMap;
use std::hint::black_box;

use briefdesk::export::{self, ExportFormat, ExportInput};
use briefdesk::i18n::Language;
use briefdesk::model::{self, synthetic};
use briefdesk::view_model::Settings;
use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};

fn bench(c: &mut Criterion) {
    let inputs = [
        ("embedded", model::EMBEDDED_AKMOLA_2017.to_owned()),
        ("1000_districts", synthetic::dataset_text(1_000)),
    ];
    let notes = BTreeMap::new();
    for (name, text) in inputs {
        let loaded = model::load_text(&text, "bench.ron").expect("valid");
        let sha256 = loaded.sha256();
        let input = ExportInput {
            dataset: &loaded.dataset,
            file_name: "bench.ron",
            sha256: &sha256,
            findings: &loaded.findings,
            notes: &notes,
            settings: Settings::default(),
            exported_at: "2026-11-28 10:00 +05:00".to_owned(),
        };
        let mut group = c.benchmark_group(format!("export_{name}"));
        if name != "embedded" {
            group.sample_size(10);
        }
        for format in ExportFormat::ALL {
            let bytes = export::export(&input, format).expect("export");
            println!("{name} {}: {} bytes", format.extension(), bytes.len());
            group.bench_function(BenchmarkId::from_parameter(format.extension()), |b| {
                b.iter(|| export::export(black_box(&input), format));
            });
        }
        // The Russian pack with its Kazakh translation, paired.
        let bytes = export::export_paired(&input, Language::Kk, ExportFormat::Pdf).expect("export");
        println!("{name} pdf ru,kk: {} bytes", bytes.len());
        group.bench_function(BenchmarkId::from_parameter("pdf_ru_kk"), |b| {
            b.iter(|| export::export_paired(black_box(&input), Language::Kk, ExportFormat::Pdf));
        });
        group.finish();
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
