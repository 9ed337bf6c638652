//! Importing tables from files the tests write: an .xlsx (`rust_xlsxwriter`), an .ods (written
//! by hand), a CSV; hostile sheets (a million rows, merged cells, formulas, dates as numbers,
//! text in number columns) give messages, never panics or freezes; and the command line.

use std::fmt::Write as _;
use std::io::Write as _;
use std::path::Path;
use std::process::Command;

use briefdesk::import::{self, Field, ReadError, Target};
use briefdesk::model;
use rust_xlsxwriter::{ExcelDateTime, Format, Formula, Workbook};

fn akmola() -> model::Dataset {
    model::embedded().expect("embedded").dataset
}

#[test]
fn an_xlsx_with_kazakh_headers_formulas_merged_cells_and_dates() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("аудандар.xlsx");
    let mut book = Workbook::new();
    let sheet = book.add_worksheet().set_name("Халық").expect("name");
    for (col, header) in ["Аудан", "Халық саны", "Жылы"].into_iter().enumerate() {
        sheet.write_string(0, col as u16, header).expect("write");
    }
    sheet.write_string(1, 0, "Аршалы ауданы").expect("write");
    // A formula: its computed value is read.
    sheet
        .write_formula(1, 1, Formula::new("=27000+1000").set_result("28000"))
        .expect("write");
    sheet.write_number(1, 2, 2021).expect("write");
    sheet.write_string(2, 0, "Ақкөл ауданы").expect("write");
    // Text in a number column.
    sheet.write_string(2, 1, "белгісіз").expect("write");
    // A date where a year goes.
    let date = ExcelDateTime::from_ymd(2019, 1, 1).expect("date");
    sheet
        .write_datetime_with_format(2, 2, &date, &Format::new().set_num_format("yyyy-mm-dd"))
        .expect("write");
    // Merged cells: the value is in the first, the rest read as empty.
    sheet
        .merge_range(3, 0, 3, 2, "Барлығы", &Format::new())
        .expect("merge");
    book.save(&path).expect("save");

    let grid = import::from_file(&path, Some("Халық")).expect("read");
    let mapping = import::map_columns(&grid, None);
    assert_eq!(mapping.target, Target::Districts);
    assert_eq!(
        mapping.columns,
        vec![
            Some(Field::Name(None)),
            Some(Field::Population),
            Some(Field::Year)
        ]
    );
    let preview = import::preview(&akmola(), &grid, &mapping);
    let problems: Vec<(usize, &str)> = preview.problems.iter().map(|p| (p.row, p.key)).collect();
    assert_eq!(
        problems,
        vec![(3, "import-not-number"), (3, "import-not-number")],
        "the text and the date are reported"
    );
    let after = preview.into_dataset();
    let arshaly = after.district("arshaly").expect("Arshaly");
    let p = arshaly.population.as_ref().expect("population");
    assert_eq!((p.value, p.year), (28_000, Some(2021)));
    // The merged "total" row names no district: it is added as one, which check shows.
    assert!(
        after
            .districts
            .iter()
            .any(|d| d.name.own("ru") == "Барлығы")
    );
    // A sheet that is not there is named, with the ones that are.
    let error = import::from_file(&path, Some("Sheet9")).expect_err("no such sheet");
    assert!(error.to_string().contains("Халық"), "{error}");
}

#[test]
fn a_million_row_sheet_is_refused_without_reading_it_all() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("huge.xlsx");
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    sheet.write_string(0, 0, "Район").expect("write");
    for row in 1..1_000_000u32 {
        sheet.write_number(row, 0, f64::from(row)).expect("write");
    }
    book.save(&path).expect("save");
    assert_eq!(import::from_file(&path, None), Err(ReadError::TooManyRows));
}

/// A minimal `OpenDocument` spreadsheet, stored uncompressed.
fn write_ods(path: &Path, rows: &[&[&str]]) {
    let mut content = String::from(
        r#"<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body><office:spreadsheet><table:table table:name="Лист1">"#,
    );
    for row in rows {
        content.push_str("<table:table-row>");
        for cell in *row {
            if let Ok(n) = cell.parse::<f64>() {
                let _ = write!(
                    content,
                    r#"<table:table-cell office:value-type="float" office:value="{n}"><text:p>{cell}</text:p></table:table-cell>"#
                );
            } else {
                let _ = write!(
                    content,
                    r#"<table:table-cell office:value-type="string"><text:p>{cell}</text:p></table:table-cell>"#
                );
            }
        }
        content.push_str("</table:table-row>");
    }
    content.push_str("</table:table></office:spreadsheet></office:body></office:document-content>");
    let manifest = r#"<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>"#;
    let file = std::fs::File::create(path).expect("create");
    let mut zip = zip::ZipWriter::new(file);
    let stored =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    for (name, text) in [
        ("mimetype", "application/vnd.oasis.opendocument.spreadsheet"),
        ("content.xml", content.as_str()),
        ("META-INF/manifest.xml", manifest),
    ] {
        zip.start_file(name, stored).expect("entry");
        zip.write_all(text.as_bytes()).expect("write");
    }
    zip.finish().expect("finish");
}

#[test]
fn an_ods_of_case_counts() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("cases.ods");
    write_ods(
        &path,
        &[
            &["Район", "Преступления", "Привлечено", "Руководители"],
            &["Аккольский район", "6", "3", "2"],
        ],
    );
    let grid = import::from_file(&path, None).expect("read");
    let mapping = import::map_columns(&grid, None);
    assert_eq!(mapping.target, Target::Corruption);
    let after = import::preview(&akmola(), &grid, &mapping).into_dataset();
    let row = after
        .corruption
        .as_ref()
        .and_then(|c| c.per_district.iter().find(|r| r.district == "akkol"))
        .expect("Akkol");
    assert_eq!(
        (row.crimes, row.persons_prosecuted, row.managers),
        (Some(6), Some(3), Some(2))
    );
}

fn briefdesk(args: &[&str]) -> (i32, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_briefdesk"))
        .args(args)
        .output()
        .expect("the binary runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    )
}

#[test]
fn the_command_line_creates_or_updates_a_briefing() {
    let dir = tempfile::tempdir().expect("dir");
    let csv = dir.path().join("districts.csv");
    std::fs::write(&csv, "Район;Население;Год\nАккольский район;28 000;2021\n").expect("write");
    let csv = csv.to_str().expect("path");
    let new = dir.path().join("new.ron");
    let new_path = new.to_str().expect("path");
    let (code, out) = briefdesk(&["import", csv, "--into", new_path]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("1 added, 0 updated"), "{out}");
    let loaded = model::load(&new).expect("the new briefing loads");
    assert_eq!(loaded.dataset.districts.len(), 1);

    let akmola = dir.path().join("akmola.ron");
    std::fs::write(&akmola, include_str!("../assets/datasets/akmola-2017.ron")).expect("write");
    let akmola_path = akmola.to_str().expect("path");
    let (code, out) = briefdesk(&[
        "import",
        csv,
        "--into",
        akmola_path,
        "--table-kind",
        "districts",
    ]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("0 added, 1 updated"), "{out}");
    assert!(dir.path().join("akmola.ron.bak").exists());

    // A cell not understood: exit 1, the rest written.
    let bad = dir.path().join("bad.csv");
    std::fs::write(&bad, "Район;Население\nАккольский район;много\n").expect("write");
    let (code, out) = briefdesk(&["import", bad.to_str().expect("path"), "--into", akmola_path]);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("“many”") || out.contains("“много” is not a number"),
        "{out}"
    );
    // A table that cannot be read: exit 2.
    let (code, _) = briefdesk(&["import", "/no/such.xlsx", "--into", akmola_path]);
    assert_eq!(code, 2);
}

#[test]
fn rows_of_a_workbook_are_numbered_as_the_sheet_numbers_them() {
    let dir = tempfile::tempdir().expect("dir");
    // An .xlsx whose table starts on row 3 and has a blank row 5.
    let xlsx = dir.path().join("cases.xlsx");
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    for (row, cells) in [
        (2, ["Район", "Преступления"]),
        (3, ["Аккольский район", "6"]),
        (5, ["Аккольский район", "много"]),
    ] {
        for (col, cell) in cells.into_iter().enumerate() {
            sheet.write_string(row, col as u16, cell).expect("write");
        }
    }
    book.save(&xlsx).expect("save");
    // The same in an .ods: two blank rows above, one between.
    let ods = dir.path().join("cases.ods");
    write_ods(
        &ods,
        &[
            &[""],
            &[""],
            &["Район", "Преступления"],
            &["Аккольский район", "6"],
            &[""],
            &["Аккольский район", "много"],
        ],
    );
    for path in [xlsx, ods] {
        let grid = import::from_file(&path, None).expect("read");
        let mapping = import::map_columns(&grid, None);
        assert!(mapping.header, "{}", path.display());
        let preview = import::preview(&akmola(), &grid, &mapping);
        let problems: Vec<(usize, &str)> =
            preview.problems.iter().map(|p| (p.row, p.key)).collect();
        assert_eq!(
            problems,
            vec![(6, "import-not-number")],
            "{}",
            path.display()
        );
        let rows: Vec<usize> = preview.rows.iter().map(|(row, _)| *row).collect();
        assert_eq!(rows, vec![4, 6], "{}", path.display());
    }
}

/// What the preview window works on, and what it decided.
struct PreviewState {
    draft: briefdesk::ui::editor::ImportDraft,
    dataset: model::Dataset,
    applied: Option<model::Dataset>,
}

#[test]
fn the_preview_offers_to_put_a_near_name_into_the_district() {
    use briefdesk::ui::editor::{ImportDecision, ImportDraft, import_preview_ui};
    use egui_kittest::Harness;
    use egui_kittest::kittest::Queryable as _;

    let mut dataset = akmola();
    let mut saran = dataset.districts[0].clone();
    saran.id = "saran".to_owned();
    saran.name = model::Text::Plain("г. Сарань".to_owned());
    saran.population = None;
    dataset.districts.push(saran);
    let grid = import::from_tsv("Район\tНаселение\tГод\nг. Саран\t90 000\t2026\n").expect("cells");
    let state = PreviewState {
        draft: ImportDraft::new("буфер обмена".to_owned(), grid, Target::Districts),
        dataset,
        applied: None,
    };
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1200.0, 800.0))
        .build_ui_state(
            |ui, state: &mut PreviewState| {
                // The app's faces: the preview writes "→" beside a row that changes one.
                if ui.ctx().cumulative_pass_nr() == 0 {
                    briefdesk::ui::theme::install_fonts(ui.ctx());
                }
                let lang = briefdesk::i18n::Language::Ru;
                if state.applied.is_none()
                    && let Some(ImportDecision::Apply(d)) =
                        import_preview_ui(ui.ctx(), &mut state.draft, &state.dataset, lang)
                {
                    state.applied = Some(*d);
                }
            },
            state,
        );
    harness.run();
    harness.get_by_label_contains("«г. Саран» добавится как новый район");
    harness.get_by_label("Это «г. Сарань»").click();
    harness.run();
    harness.get_by_label_contains("строка 2 записывается в «г. Сарань»");
    harness.get_by_label("Применить (1)").click();
    harness.run();
    let after = harness.state().applied.clone().expect("applied");
    let before = &harness.state().dataset;
    assert_eq!(
        after.districts.len(),
        before.districts.len(),
        "no new district"
    );
    let saran = after.district("saran").expect("Saran");
    assert_eq!(saran.name.own("ru"), "г. Сарань");
    assert_eq!(
        saran.population.as_ref().map(|p| (p.value, p.year)),
        Some((90_000, Some(2026)))
    );
}
