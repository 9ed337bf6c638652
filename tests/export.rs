//! The briefing pack: Markdown and HTML snapshots of the embedded dataset, the PDF read back
//! and rendered, and failures that leave nothing half-written.

use std::collections::BTreeMap;
use std::path::Path;

use briefdesk::export::{self, ExportError, ExportFormat, ExportInput};
use briefdesk::i18n::Language;
use briefdesk::model::{self, Loaded};
use briefdesk::notes::{Note, Status};
use briefdesk::view_model::Settings;

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
        md.contains("| Коррупционных преступлений | более 140 "),
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
    for fetch in ["src=\"http", "href=\"http://fonts", "@import", "url("] {
        assert!(!html.contains(fetch), "nothing fetched: {fetch}");
    }
    // Every chart is an inline SVG, with its values printed.
    assert!(html.matches("<svg ").count() >= 10, "one chart per metric");
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
        "2017-12-20",
        // Interface text in Kazakh, district names, the file's hash, page numbers.
        "Негіздеме",
        "Көкшетау",
        &loaded.sha256(),
        &format!("Бет 1 / {pages}"),
    ] {
        assert!(text.contains(expected), "missing {expected:?} in:\n{text}");
    }
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

/// The share of pixels that are not white in a binary PGM (P5) image.
fn ink_fraction(path: &Path) -> f64 {
    let bytes = std::fs::read(path).expect("read page");
    // Header: "P5\n<width> <height>\n<max>\n", then one byte per pixel.
    let mut fields = 0;
    let mut start = 0;
    let mut in_field = false;
    for (i, b) in bytes.iter().enumerate() {
        if b.is_ascii_whitespace() {
            if in_field {
                fields += 1;
                in_field = false;
                if fields == 4 {
                    start = i + 1;
                    break;
                }
            }
        } else {
            in_field = true;
        }
    }
    let pixels = &bytes[start..];
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
    assert!(!out.exists());
}

#[cfg(unix)]
#[test]
fn a_read_only_folder_fails_cleanly_and_keeps_the_old_file() {
    use std::os::unix::fs::PermissionsExt as _;
    let dir = tempfile::tempdir().expect("temp dir");
    let folder = dir.path().join("read-only");
    std::fs::create_dir(&folder).expect("mkdir");
    let out = folder.join("pack.md");
    std::fs::write(&out, "old pack").expect("write");
    std::fs::set_permissions(&folder, std::fs::Permissions::from_mode(0o555)).expect("chmod");
    // Root ignores permission bits: then /proc stands in, a folder no one can add files to.
    let probe = folder.join(".probe");
    if std::fs::write(&probe, "x").is_ok() {
        let _ = std::fs::remove_file(&probe);
        std::fs::set_permissions(&folder, std::fs::Permissions::from_mode(0o755)).expect("chmod");
        let out = Path::new("/proc/briefdesk-pack.md");
        let err = export::write_file(out, b"new pack").expect_err("/proc is read-only");
        assert!(err.to_string().contains("/proc/briefdesk-pack.md"), "{err}");
        assert!(!out.exists());
        return;
    }
    let err = export::write_file(&out, b"new pack").expect_err("read-only fails");
    std::fs::set_permissions(&folder, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    assert!(err.to_string().contains("pack.md"), "{err}");
    assert_eq!(std::fs::read_to_string(&out).expect("read"), "old pack");
    let leftovers: Vec<_> = std::fs::read_dir(&folder).expect("dir").collect();
    assert_eq!(leftovers.len(), 1, "no temporary file left");
}

#[test]
fn a_write_that_fails_midway_leaves_no_file() {
    // A path whose "folder" is a file: the temporary file cannot be created.
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("plain-file");
    std::fs::write(&file, "x").expect("write");
    let out = file.join("pack.html");
    assert!(export::write_file(&out, b"<html>").is_err());
    assert!(!out.exists());
}
