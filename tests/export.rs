//! The briefing pack: Markdown and HTML snapshots of the embedded dataset, the PDF read back
//! and rendered, and failures that leave nothing half-written.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

mod pnm;
mod support;

use briefdesk::export::{self, ExportError, ExportFormat, ExportInput};
use briefdesk::i18n::Language;
use briefdesk::model::{self, Loaded};
use briefdesk::notes::{Note, Status};
use briefdesk::view_model::Settings;
#[cfg(unix)]
use support::Locked;
use support::names;

/// The time printed on the title page: fixed, so snapshots are stable.
const EXPORTED_AT: &str = "2026-11-28 10:00 +05:00";

fn embedded() -> Loaded {
    model::embedded().expect("the embedded dataset loads")
}

fn notes() -> BTreeMap<String, Note> {
    let mut notes = BTreeMap::new();
    notes.insert(
        "r3".to_owned(),
        Note {
            text: "Семинары по ЭЦП в Ақкөл и Бурабае до 20 декабря.\nОтвет Ш. Абдильманова — к пятнице."
                .to_owned(),
            status: Status::InProgress,
            owner: "Отдел госуслуг".to_owned(),
            due: "2017-12-20".to_owned(),
            updated_unix_secs: 0,
        },
    );
    notes
}

fn export_with(
    loaded: &Loaded,
    notes: &BTreeMap<String, Note>,
    language: Language,
    format: ExportFormat,
) -> Vec<u8> {
    let sha256 = loaded.sha256();
    let input = ExportInput {
        dataset: &loaded.dataset,
        file_name: "akmola-2017.ron",
        sha256: &sha256,
        findings: &loaded.findings,
        notes,
        settings: Settings {
            language,
            ..Settings::default()
        },
        exported_at: EXPORTED_AT.to_owned(),
    };
    export::export(&input, format).expect("export")
}

fn text(bytes: Vec<u8>) -> String {
    String::from_utf8(bytes).expect("UTF-8")
}

#[test]
fn markdown_of_the_embedded_dataset_with_notes() {
    let loaded = embedded();
    let md = text(export_with(
        &loaded,
        &notes(),
        Language::Ru,
        ExportFormat::Markdown,
    ));
    assert!(md.contains(&loaded.sha256()));
    assert!(
        md.contains("| Коррупционных преступлений | более\u{a0}140 "),
        "{md}"
    );
    assert!(md.contains("Семинары по ЭЦП в Ақкөл"));
    insta::assert_snapshot!("markdown_ru_with_notes", md);
}

#[test]
fn markdown_without_notes_says_every_status_is_open() {
    let loaded = embedded();
    let md = text(export_with(
        &loaded,
        &BTreeMap::new(),
        Language::En,
        ExportFormat::Markdown,
    ));
    assert!(
        !md.contains("**Note:**"),
        "no note is printed when there is none"
    );
    assert_eq!(md.matches("**Status:** Open").count(), 7, "{md}");
    insta::assert_snapshot!("markdown_en_without_notes", md);
}

#[test]
fn html_is_one_self_contained_file() {
    let loaded = embedded();
    let html = text(export_with(
        &loaded,
        &notes(),
        Language::Kk,
        ExportFormat::Html,
    ));
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(!html.contains("<script"), "no script");
    for fetch in ["src=\"http", "href=\"http://fonts", "@import"] {
        assert!(!html.contains(fetch), "nothing fetched: {fetch}");
    }
    // The only url() is a font inside the page.
    assert_eq!(
        html.matches("url(").count(),
        html.matches("url(data:font/ttf;base64,").count()
    );
    // Every chart is an inline SVG, with its values printed.
    // One chart per measure, but for those a combined chart shows (centres owned and rented;
    // crimes, persons and managers by district).
    assert!(html.matches("<svg ").count() >= 6, "one chart per metric");
    assert!(
        html.contains(">38*</text>"),
        "the Kokshetau crimes bar is labelled"
    );
    assert!(html.contains("@page { size: A4"));
    assert!(html.contains("Ақкөл"));
    insta::assert_snapshot!("html_kk_with_notes", html);
}

/// The PDF's text, read back with lopdf, spaces normalised.
fn pdf_text(bytes: &[u8]) -> (String, usize) {
    let doc = lopdf::Document::load_mem(bytes).expect("a PDF lopdf can read");
    let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
    let text = doc.extract_text(&pages).expect("text");
    (text.replace(['\u{a0}', '\u{202f}'], " "), pages.len())
}

#[test]
fn the_pdf_reads_back_with_its_figures_notes_and_kazakh_text() {
    let loaded = embedded();
    let pdf = export_with(&loaded, &notes(), Language::Kk, ExportFormat::Pdf);
    assert!(pdf.starts_with(b"%PDF-"));
    let (text, pages) = pdf_text(&pdf);
    assert!(pages >= 8, "{pages} pages");
    for expected in [
        // Figures with their Kazakh qualifiers.
        "140-тан астам",
        "4 000 000-нан астам",
        "65 %",
        // The note, with Kazakh letters, and its owner and due date.
        "Семинары по ЭЦП в Ақкөл",
        "Отдел госуслуг",
        "2017 жылғы 20 желтоқсан",
        // Interface text in Kazakh, district names, the file's hash, page numbers.
        "Негіздеме",
        "Көкшетау",
        &loaded.sha256(),
        &format!("Бет 2 / {pages}"),
    ] {
        assert!(text.contains(expected), "missing {expected:?} in:\n{text}");
    }
    // The cover carries its colophon instead of a page number.
    assert!(!text.contains("Бет 1 /"), "a page number on the cover");
}

#[test]
fn the_pdf_embeds_its_fonts_and_uses_a4() {
    let loaded = embedded();
    let pdf = export_with(&loaded, &BTreeMap::new(), Language::Ru, ExportFormat::Pdf);
    let doc = lopdf::Document::load_mem(&pdf).expect("PDF");
    let mut embedded_fonts = 0;
    for object in doc.objects.values() {
        if let Ok(dict) = object.as_dict()
            && dict.has(b"FontFile2")
        {
            embedded_fonts += 1;
        }
    }
    assert!(
        embedded_fonts >= 2,
        "regular and bold embedded: {embedded_fonts}"
    );
    for (_, page) in doc.get_pages() {
        let media_box = doc
            .get_dictionary(page)
            .and_then(|d| d.get(b"MediaBox"))
            .and_then(lopdf::Object::as_array)
            .expect("a media box");
        let size: Vec<f32> = media_box
            .iter()
            .map(|v| v.as_float().expect("a number"))
            .collect();
        assert!((size[2] - 595.28).abs() < 0.1 && (size[3] - 841.89).abs() < 0.1);
    }
}

/// pdftoppm (poppler-utils) renders each page; none may be blank. CI installs poppler-utils
/// and sets `BRIEFDESK_REQUIRE_PDFTOPPM=1`, so there the test cannot be skipped.
#[test]
fn pdftoppm_renders_pages_that_are_not_blank() {
    let available = std::process::Command::new("pdftoppm")
        .arg("-v")
        .output()
        .is_ok();
    if !available {
        assert!(
            std::env::var_os("BRIEFDESK_REQUIRE_PDFTOPPM").is_none(),
            "pdftoppm is required here (apt-get install poppler-utils)"
        );
        eprintln!("pdftoppm not installed: skipped (CI runs it)");
        return;
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let loaded = embedded();
    let pdf = export_with(&loaded, &notes(), Language::Ru, ExportFormat::Pdf);
    let path = dir.path().join("pack.pdf");
    std::fs::write(&path, &pdf).expect("write");
    let status = std::process::Command::new("pdftoppm")
        .args(["-r", "30", "-gray"])
        .arg(&path)
        .arg(dir.path().join("page"))
        .status()
        .expect("pdftoppm runs");
    assert!(status.success());
    let mut pages: Vec<_> = std::fs::read_dir(dir.path())
        .expect("read dir")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "pgm"))
        .collect();
    pages.sort();
    let (_, count) = pdf_text(&pdf);
    assert_eq!(pages.len(), count);
    for page in pages {
        let ink = ink_fraction(&page);
        assert!(ink > 0.002, "{} looks blank: {ink}", page.display());
    }
}

/// The PDF's text as poppler's pdftotext reads it (it follows a text run into a second face,
/// where lopdf's reader stops); `None` where poppler-utils is not installed, outside CI.
fn poppler_text(pdf: &[u8]) -> Option<String> {
    let available = std::process::Command::new("pdftotext")
        .arg("-v")
        .output()
        .is_ok();
    if !available {
        assert!(
            std::env::var_os("BRIEFDESK_REQUIRE_PDFTOPPM").is_none(),
            "pdftotext is required here (apt-get install poppler-utils)"
        );
        eprintln!("pdftotext not installed: skipped (CI runs it)");
        return None;
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("pack.pdf");
    std::fs::write(&path, pdf).expect("write");
    let out = std::process::Command::new("pdftotext")
        .arg(&path)
        .arg("-")
        .output()
        .expect("pdftotext runs");
    assert!(out.status.success());
    Some(String::from_utf8_lossy(&out.stdout).replace(['\u{a0}', '\u{202f}'], " "))
}

/// The share of pixels that are not white in a binary PGM (P5) image.
fn ink_fraction(path: &Path) -> f64 {
    let bytes = std::fs::read(path).expect("read page");
    let pixels = pnm::pixels(&bytes);
    let dark = pixels.iter().filter(|p| **p < 230).count();
    dark as f64 / pixels.len().max(1) as f64
}

#[test]
fn a_missing_folder_is_named_and_nothing_is_written() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("no-such-folder").join("pack.pdf");
    let err = export::write_file(&out, b"%PDF-1.7").expect_err("a missing folder fails");
    assert!(matches!(err, ExportError::MissingFolder(_)));
    assert!(err.to_string().contains("no-such-folder"), "{err}");
    // The folder is not made, and nothing is written in its stead.
    assert!(names(dir.path()).is_empty(), "{:?}", names(dir.path()));
}

#[cfg(unix)]
#[test]
fn a_read_only_folder_fails_cleanly_and_keeps_the_old_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    let folder = dir.path().join("read-only");
    std::fs::create_dir(&folder).expect("mkdir");
    let out = folder.join("pack.md");
    std::fs::write(&out, "old pack").expect("write");
    let Some(lock) = Locked::new(&folder) else {
        // Neither permissions nor `chattr +i` hold here (root without CAP_LINUX_IMMUTABLE): the
        // old file stands where the folder should be, which refuses root too.
        eprintln!("no read-only folder can be made here: a file stands in for it");
        let err =
            export::write_file(&out.join("pack.md"), b"new pack").expect_err("a file is no folder");
        assert!(err.to_string().contains("pack.md"), "{err}");
        assert_eq!(std::fs::read_to_string(&out).expect("read"), "old pack");
        assert_eq!(names(&folder), ["pack.md"]);
        return;
    };
    let err = export::write_file(&out, b"new pack").expect_err("a read-only folder fails");
    assert!(matches!(err, ExportError::Write { .. }), "{err}");
    assert!(err.to_string().contains("pack.md"), "{err}");
    assert_eq!(std::fs::read_to_string(&out).expect("read"), "old pack");
    assert_eq!(names(&folder), ["pack.md"], "no temporary file left");
    drop(lock);
}

/// Set in the copy of the test binary that `a_write_that_fails_midway_leaves_no_file` starts.
#[cfg(unix)]
const FILE_SIZE_LIMITED: &str = "BRIEFDESK_TEST_FILE_SIZE_LIMITED";

/// The write really stops part-way: the test runs itself again with files limited to 4 KiB
/// (`ulimit -f`, which binds root too and needs no privilege) and writes 1 MiB.
#[cfg(unix)]
#[test]
fn a_write_that_fails_midway_leaves_no_file() {
    if let Some(folder) = std::env::var_os(FILE_SIZE_LIMITED) {
        let out = PathBuf::from(folder).join("pack.html");
        let err =
            export::write_file(&out, &vec![b'x'; 1 << 20]).expect_err("the file is too large");
        let ExportError::Write { path, source } = &err else {
            panic!("not a write error: {err}");
        };
        assert_eq!(path, &out);
        assert_eq!(source.kind(), std::io::ErrorKind::FileTooLarge, "{err}");
        assert!(err.to_string().contains("pack.html"), "{err}");
        return;
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("pack.html");
    std::fs::write(&out, "old pack").expect("write");
    // A signal would end the process at the limit: ignored, the write fails with EFBIG instead.
    let child = std::process::Command::new("sh")
        .arg("-c")
        .arg(r#"trap '' XFSZ && ulimit -f 8 && exec "$0" "$@""#)
        .arg(std::env::current_exe().expect("the test binary"))
        .args(["--exact", "a_write_that_fails_midway_leaves_no_file"])
        .args(["--nocapture", "--test-threads", "1"])
        .env(FILE_SIZE_LIMITED, dir.path())
        .output()
        .expect("the test binary runs");
    let stdout = String::from_utf8_lossy(&child.stdout);
    let stderr = String::from_utf8_lossy(&child.stderr);
    assert!(child.status.success(), "{stdout}\n{stderr}");
    assert!(stdout.contains("1 passed"), "{stdout}\n{stderr}");
    assert_eq!(std::fs::read_to_string(&out).expect("read"), "old pack");
    assert_eq!(names(dir.path()), ["pack.html"], "no temporary file left");
}

/// PT Sans has no tenge sign: the PDF draws it from the symbols face, keeps it in the text and
/// embeds that face too.
#[test]
fn the_tenge_sign_prints_in_the_pdf_and_stays_in_its_text() {
    let mut loaded = embedded();
    let astrakhan = loaded
        .dataset
        .centres
        .iter_mut()
        .find(|c| c.id == "con-astrakhan")
        .expect("the Astrakhan centre");
    astrakhan.rent_kzt_per_month = Some(450_000.0);
    let pdf = export_with(&loaded, &BTreeMap::new(), Language::Ru, ExportFormat::Pdf);
    if let Some(text) = poppler_text(&pdf) {
        assert!(text.contains("450 000 ₸ в месяц"), "{text}");
    }
    let doc = lopdf::Document::load_mem(&pdf).expect("PDF");
    let names: Vec<String> = doc
        .objects
        .values()
        .filter_map(|o| o.as_dict().ok())
        .filter_map(|d| d.get(b"FontName").ok())
        .filter_map(|n| n.as_name().ok())
        .map(|n| String::from_utf8_lossy(n).into_owned())
        .collect();
    assert!(
        names.iter().any(|n| n.contains("DejaVu")),
        "the symbols face is embedded: {names:?}"
    );
    let html = String::from_utf8(export_with(
        &loaded,
        &BTreeMap::new(),
        Language::Ru,
        ExportFormat::Html,
    ))
    .expect("UTF-8");
    assert!(html.replace('\u{a0}', " ").contains("450 000 ₸ в месяц"));
    assert!(html.contains("@font-face { font-family: 'BriefDesk Symbols'"));
}

/// Every Russian text of the dataset that its Kazakh differs from (a name may be the same in
/// both, e.g. "Щучинск").
fn russian_only_texts(loaded: &Loaded) -> Vec<String> {
    let d = &loaded.dataset;
    let own = d.language();
    let mut texts: Vec<String> = d
        .texts()
        .into_iter()
        .filter_map(|(_, text)| {
            let ru = text.get("ru", own).text;
            let kk = text.get("kk", own);
            (kk.fallback.is_none() && kk.text != ru && ru.chars().count() > 3)
                .then(|| ru.to_owned())
        })
        .collect();
    texts.sort();
    texts.dedup();
    texts
}

/// The Kazakh and English packs of the shipped briefing hold no Russian text: every title,
/// name, role, period, quote, note and recommendation comes in the reader's language.
#[test]
fn the_kazakh_and_english_packs_speak_their_language() {
    let loaded = embedded();
    let russian = russian_only_texts(&loaded);
    assert!(russian.len() > 60, "{} Russian texts", russian.len());
    let none = BTreeMap::new();
    for format in [ExportFormat::Markdown, ExportFormat::Html] {
        let kk = text(export_with(&loaded, &none, Language::Kk, format));
        for ru in &russian {
            assert!(
                !kk.contains(ru.as_str()),
                "{format:?} kk holds Russian {ru:?}"
            );
        }
        assert!(!kk.contains("[ru]"), "no text falls back to Russian");
        let en = text(export_with(&loaded, &none, Language::En, format));
        let cyrillic: Vec<&str> = en
            .lines()
            .filter(|l| l.chars().any(|c| ('\u{400}'..='\u{4ff}').contains(&c)))
            .collect();
        assert!(
            cyrillic.is_empty(),
            "{format:?} en holds Cyrillic: {cyrillic:?}"
        );
    }
    let pdf = export_with(&loaded, &none, Language::Kk, ExportFormat::Pdf);
    if let Some(kk) = poppler_text(&pdf) {
        let kk = kk.split_whitespace().collect::<Vec<_>>().join(" ");
        for ru in &russian {
            let ru = ru.split_whitespace().collect::<Vec<_>>().join(" ");
            assert!(!kk.contains(ru.as_str()), "PDF kk holds Russian {ru:?}");
        }
    }
    let pdf = export_with(&loaded, &none, Language::En, ExportFormat::Pdf);
    if let Some(en) = poppler_text(&pdf) {
        assert!(
            !en.chars().any(|c| ('\u{400}'..='\u{4ff}').contains(&c)),
            "PDF en holds Cyrillic"
        );
    }
}

/// A format 1 file reads as it did: the same briefing in Russian as its format 2 successor,
/// but for what format 2 added (translations, periods per figure, statements).
#[test]
fn a_format_1_file_reads_the_same_in_russian() {
    let v1 = model::load(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/akmola-2017-format1.ron"),
    )
    .expect("the format 1 file loads");
    assert_eq!(v1.dataset.format, 1);
    assert!(v1.findings.iter().any(|f| f.key == "finding-format-old"));
    assert!(
        v1.findings.iter().all(|f| !f.is_error()),
        "{:?}",
        v1.findings
    );
    let v2 = embedded();
    let settings = Settings::default();
    let a = briefdesk::view_model::Briefing::from_dataset(&v1.dataset, &settings);
    let b = briefdesk::view_model::Briefing::from_dataset(&v2.dataset, &settings);
    assert_eq!(a.header.title, b.header.title);
    assert_eq!(a.header.region, b.header.region);
    assert_eq!(a.district_names, b.district_names);
    let values = |b: &briefdesk::view_model::Briefing| {
        b.tiles
            .iter()
            .map(|t| (t.label.clone(), t.text.clone()))
            .collect::<Vec<_>>()
    };
    assert_eq!(values(&a), values(&b));
    assert_eq!(a.rental.split_text, b.rental.split_text);
    assert_eq!(
        a.recommendations
            .iter()
            .map(|r| &r.text)
            .collect::<Vec<_>>(),
        b.recommendations
            .iter()
            .map(|r| &r.text)
            .collect::<Vec<_>>()
    );
    // In Kazakh the format 1 file has its region's and districts' names, and marks the rest.
    let kk = briefdesk::view_model::Briefing::from_dataset(
        &v1.dataset,
        &Settings {
            language: Language::Kk,
            ..Settings::default()
        },
    );
    assert_eq!(kk.header.region, "Ақмола облысы");
    assert!(kk.header.title.starts_with("[ru] "), "{}", kk.header.title);
}

/// A string of the PDF as text (titles in the outline and the info dictionary are UTF-16 or
/// `PDFDocEncoding`).
fn pdf_string(object: &lopdf::Object) -> String {
    let bytes = object.as_str().unwrap_or_default();
    if bytes.starts_with(&[0xFE, 0xFF]) {
        let units: Vec<u16> = bytes[2..]
            .chunks(2)
            .map(|c| u16::from_be_bytes([c[0], *c.get(1).unwrap_or(&0)]))
            .collect();
        String::from_utf16_lossy(&units)
    } else {
        String::from_utf8_lossy(bytes).into_owned()
    }
}

#[test]
fn the_pdf_has_an_outline_of_its_sections_and_says_who_and_when() {
    let loaded = embedded();
    let pdf = export_with(&loaded, &BTreeMap::new(), Language::Ru, ExportFormat::Pdf);
    let doc = lopdf::Document::load_mem(&pdf).expect("PDF");
    let catalog = doc.catalog().expect("a catalog");
    let outlines = catalog
        .get(b"Outlines")
        .and_then(lopdf::Object::as_reference)
        .and_then(|r| doc.get_dictionary(r))
        .expect("an outline");
    // Walk the top level: each section, in order.
    let mut titles = Vec::new();
    let mut next = outlines
        .get(b"First")
        .and_then(lopdf::Object::as_reference)
        .ok();
    while let Some(id) = next {
        let item = doc.get_dictionary(id).expect("an outline item");
        titles.push(pdf_string(item.get(b"Title").expect("a title")));
        assert!(item.has(b"Dest"), "{:?} leads nowhere", titles.last());
        next = item.get(b"Next").and_then(lopdf::Object::as_reference).ok();
    }
    for section in ["Кратко", "Графики", "Рекомендации", "Приложение"]
    {
        assert!(
            titles.iter().any(|t| t.contains(section)),
            "{section} not in {titles:?}"
        );
    }
    assert!(titles.len() >= 4, "{titles:?}");
    assert_eq!(
        catalog.get(b"Lang").map(pdf_string).ok().as_deref(),
        Some("ru")
    );
    let info = doc
        .trailer
        .get(b"Info")
        .and_then(lopdf::Object::as_reference)
        .and_then(|r| doc.get_dictionary(r))
        .expect("an info dictionary");
    assert_eq!(
        info.get(b"Author").map(pdf_string).ok().as_deref(),
        Some("Акмолинская область")
    );
    assert!(info.has(b"CreationDate"));
    assert!(
        info.get(b"Title")
            .map(pdf_string)
            .is_ok_and(|t| t.contains("Акмолинская"))
    );
}

#[test]
fn the_pdf_is_tagged_for_screen_readers_and_declares_pdf_ua() {
    let loaded = embedded();
    let pdf = export_with(&loaded, &BTreeMap::new(), Language::Kk, ExportFormat::Pdf);
    let doc = lopdf::Document::load_mem(&pdf).expect("PDF");
    let catalog = doc.catalog().expect("a catalog");
    let marked = catalog
        .get(b"MarkInfo")
        .and_then(lopdf::Object::as_dict)
        .and_then(|d| d.get(b"Marked"))
        .and_then(lopdf::Object::as_bool);
    assert_eq!(marked.ok(), Some(true), "marked content");
    assert!(catalog.has(b"StructTreeRoot"), "a structure tree");
    assert_eq!(
        catalog.get(b"Lang").map(pdf_string).ok().as_deref(),
        Some("kk")
    );
    // The structure: headings of three levels, paragraphs, lists, tables, figures.
    let mut kinds = std::collections::BTreeSet::new();
    let mut figures = Vec::new();
    for object in doc.objects.values() {
        let Ok(dict) = object.as_dict() else { continue };
        if dict.get(b"Type").and_then(lopdf::Object::as_name).ok() != Some(b"StructElem") {
            continue;
        }
        let Ok(kind) = dict.get(b"S").and_then(lopdf::Object::as_name) else {
            continue;
        };
        let kind = String::from_utf8_lossy(kind).into_owned();
        if kind == "Figure" {
            figures.push(dict.get(b"Alt").map(pdf_string).unwrap_or_default());
        }
        kinds.insert(kind);
    }
    for kind in [
        "H1", "H2", "H3", "P", "L", "LI", "Lbl", "LBody", "Table", "TR", "TH", "TD", "Figure",
    ] {
        assert!(kinds.contains(kind), "no {kind} in {kinds:?}");
    }
    assert!(figures.len() >= 4, "{figures:?}");
    assert!(
        figures.iter().all(|alt| alt.len() > 40),
        "every chart has words: {figures:?}"
    );
    assert!(
        figures.iter().any(|alt| alt.contains("Көкшетау қ.: 38*")),
        "the crimes by district are read out: {figures:?}"
    );
    // Declared PDF/UA-1 in its XMP metadata.
    let xmp = String::from_utf8_lossy(&pdf);
    assert!(xmp.contains("pdfuaid:part"), "PDF/UA is declared");
}
