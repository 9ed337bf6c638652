//! The pack as a document: its summary said from the data, the typography, and the pack in
//! two languages paired section by section (`--lang kk,ru`) in every format.

use std::collections::BTreeMap;

use briefdesk::cli::parse_languages;
use briefdesk::export::{self, ExportFormat, ExportInput};
use briefdesk::i18n::Language;
use briefdesk::model::{self, Loaded};
use briefdesk::view_model::Settings;

fn embedded() -> Loaded {
    model::embedded().expect("the embedded dataset loads")
}

fn input<'a>(
    loaded: &'a Loaded,
    sha: &'a str,
    notes: &'a BTreeMap<String, briefdesk::notes::Note>,
    language: Language,
) -> ExportInput<'a> {
    ExportInput {
        dataset: &loaded.dataset,
        file_name: "akmola-2017.ron",
        sha256: sha,
        findings: &loaded.findings,
        notes,
        settings: Settings {
            language,
            ..Settings::default()
        },
        exported_at: "2026-12-06 10:00 +05:00".to_owned(),
    }
}

fn pdf_pages(bytes: &[u8]) -> Vec<String> {
    let doc = lopdf::Document::load_mem(bytes).expect("a PDF lopdf can read");
    doc.get_pages()
        .keys()
        .map(|&n| {
            doc.extract_text(&[n])
                .expect("text")
                .replace(['\u{a0}', '\u{202f}'], " ")
        })
        .collect()
}

#[test]
fn the_summary_says_the_shares_the_figures_imply_and_the_recommendations() {
    let loaded = embedded();
    let sha = loaded.sha256();
    let notes = BTreeMap::new();
    let pack = export::build(&input(&loaded, &sha, &notes, Language::Ru));
    let summary = pack.summary.join("\n");
    // 11 of 23 centres rented is 47,8 %: said as 48 %.
    assert!(summary.contains("11 из 23 (48\u{a0}%)"), "{summary}");
    assert!(summary.contains("43 из 49 (88\u{a0}%)"), "{summary}");
    assert!(summary.contains("Рекомендаций совещания: 7"), "{summary}");
    // The qualifier is said once, held to its number.
    assert!(summary.contains("более\u{a0}140"), "{summary}");
    assert!(!summary.contains("Нижняя граница"), "{summary}");
    // Roles after a name and a comma in lower case; the abbreviation stays.
    assert_eq!(
        pack.chair.as_deref(),
        Some("Малик Мурзалин, аким Акмолинской области")
    );
    assert!(
        pack.participants
            .iter()
            .any(|p| p.contains("Шокан Абдильманов, управляющий директор")),
        "{:?}",
        pack.participants
    );
}

#[test]
fn the_ru_pdf_reads_as_a_document_in_at_most_ten_pages() {
    let loaded = embedded();
    let sha = loaded.sha256();
    let notes = BTreeMap::new();
    let pdf = export::export(
        &input(&loaded, &sha, &notes, Language::Ru),
        ExportFormat::Pdf,
    )
    .expect("PDF");
    let pages = pdf_pages(&pdf);
    assert!(pages.len() <= 10, "{} pages", pages.len());
    // The cover: title, meeting, the kind of document, no page number.
    assert!(pages[0].contains("Справочные материалы к совещанию"));
    assert!(pages[0].contains("Председатель"));
    assert!(!pages[0].contains("Стр. 1"));
    // In brief comes next, with the tiles; the charts carry no tables after them.
    assert!(pages[1].contains("Кратко") && pages[1].contains("Ключевые показатели"));
    let all = pages.join("\n");
    for part in [
        "Графики",
        "Иллюстративные разбивки по районам",
        "Рекомендации",
        "Приложение",
    ] {
        assert!(all.contains(part), "{part} missing");
    }
    // Every district's numbers are in the appendix, after the recommendations.
    let appendix = all.find("Данные по районам").expect("the district tables");
    assert!(appendix > all.find("Рекомендации").expect("recommendations"));
    assert!(all[appendix..].contains("Енбекшильдерский район"));
    // Dashes, not hyphens, between words.
    assert!(!all.contains(" - "), "a hyphen between spaces");
}

#[test]
fn kk_ru_pairs_each_section_with_its_translation_in_every_format() {
    let loaded = embedded();
    let sha = loaded.sha256();
    let notes = BTreeMap::new();
    let kk = input(&loaded, &sha, &notes, Language::Kk);

    let pdf = export::export_paired(&kk, Language::Ru, ExportFormat::Pdf).expect("PDF");
    let pages = pdf_pages(&pdf);
    let all = pages.join("\n");
    let at = |text: &str| all.find(text).unwrap_or_else(|| panic!("{text} missing"));
    // The cover has both titles; each section comes in Kazakh, then in Russian.
    assert!(pages[0].contains("Ақмола облысы") && pages[0].contains("Акмолинская область"));
    assert!(at("Қысқаша") < at("Кратко"));
    assert!(at("Кратко") < at("Диаграммалар / Графики"));
    assert!(at("Ұсынымдар / Рекомендации") < at("Қосымша"));
    assert!(at("Қосымша") < at("Приложение"));
    // Each recommendation is followed by its translation: kk 1, ru 1, kk 2, ru 2.
    let kk_pack = export::build(&kk);
    let ru_pack = export::build(&input(&loaded, &sha, &notes, Language::Ru));
    let start = |text: &str| -> String { text.split(' ').take(3).collect::<Vec<_>>().join(" ") };
    let recommendations = &all[at("Ұсынымдар / Рекомендации")..];
    let mut last = 0;
    for i in 0..2 {
        for pack in [&kk_pack, &ru_pack] {
            let words = start(&pack.recommendations[i].text);
            let found = recommendations[last..]
                .find(&words)
                .unwrap_or_else(|| panic!("{words} after {last}"));
            last += found + words.len();
        }
    }
    let doc = lopdf::Document::load_mem(&pdf).expect("PDF");
    let title = doc
        .trailer
        .get(b"Info")
        .and_then(lopdf::Object::as_reference)
        .and_then(|r| doc.get_dictionary(r))
        .and_then(|d| d.get(b"Title"))
        .map(|t| format!("{t:?}"))
        .unwrap_or_default();
    assert!(!title.is_empty(), "a title");

    let html = String::from_utf8(
        export::export_paired(&kk, Language::Ru, ExportFormat::Html).expect("HTML"),
    )
    .expect("UTF-8");
    let kk_part = html.find("<div lang=\"kk\">").expect("a Kazakh part");
    let ru_part = html.find("<div lang=\"ru\">").expect("a Russian part");
    assert!(kk_part < ru_part);
    assert!(html.matches("<div lang=").count() >= 8, "paired parts");

    let md = String::from_utf8(
        export::export_paired(&kk, Language::Ru, ExportFormat::Markdown).expect("Markdown"),
    )
    .expect("UTF-8");
    let kk_brief = md.find("## Қысқаша").expect("kk brief");
    let ru_brief = md.find("## Кратко").expect("ru brief");
    let kk_charts = md.find("## Диаграммалар").expect("kk charts");
    assert!(kk_brief < ru_brief && ru_brief < kk_charts);

    let docx = export::export_paired(&kk, Language::Ru, ExportFormat::Docx).expect("Word");
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(docx)).expect("a zip");
    let mut document = String::new();
    std::io::Read::read_to_string(
        &mut archive
            .by_name("word/document.xml")
            .expect("the document part"),
        &mut document,
    )
    .expect("UTF-8");
    let at = |text: &str| {
        document
            .find(text)
            .unwrap_or_else(|| panic!("{text} missing"))
    };
    assert!(at(">Қысқаша<") < at(">Кратко<"));
    assert!(at(">Кратко<") < at("Ұсынымдар / Рекомендации"));
    assert!(at("Ұсынымдар / Рекомендации") < at(">Қосымша<"));
    assert!(at(">Қосымша<") < at(">Приложение<"));
}

#[test]
fn two_languages_are_named_with_a_comma() {
    let both = parse_languages("kk,ru").expect("kk,ru");
    assert_eq!(
        (both.first, both.second),
        (Language::Kk, Some(Language::Ru))
    );
    let one = parse_languages("en").expect("en");
    assert_eq!((one.first, one.second), (Language::En, None));
    assert!(parse_languages("kk,kk").is_err());
    assert!(parse_languages("kk,ru,en").is_err());
    assert!(parse_languages("de").is_err());
}

/// Headless Chromium, when the machine has it (CI installs it and sets
/// `BRIEFDESK_REQUIRE_CHROMIUM`, so there the test cannot skip).
fn chromium() -> Option<&'static str> {
    let found = ["chromium", "chromium-browser", "google-chrome"]
        .into_iter()
        .find(|name| {
            std::process::Command::new(name)
                .arg("--version")
                .output()
                .is_ok_and(|o| o.status.success())
        });
    if found.is_none() {
        assert!(
            std::env::var_os("BRIEFDESK_REQUIRE_CHROMIUM").is_none(),
            "Chromium is required here"
        );
        eprintln!("no Chromium: the HTML is not printed");
    }
    found
}

#[test]
fn the_html_carries_pt_sans_cut_to_its_text_and_prints_with_page_numbers() {
    let loaded = embedded();
    let sha = loaded.sha256();
    let notes = BTreeMap::new();
    let html = String::from_utf8(
        export::export(
            &input(&loaded, &sha, &notes, Language::Kk),
            ExportFormat::Html,
        )
        .expect("HTML"),
    )
    .expect("UTF-8");
    // PT Sans, regular and bold, inside the page, each far smaller than the whole face.
    let faces: Vec<&str> = html
        .split("@font-face")
        .skip(1)
        .filter_map(|f| f.split('}').next())
        .filter(|f| f.contains("font-family: 'PT Sans';"))
        .collect();
    assert_eq!(faces.len(), 2, "regular and bold");
    for face in faces {
        let data = face
            .split("base64,")
            .nth(1)
            .and_then(|d| d.split(')').next())
            .expect("font data");
        assert!(
            data.len() < briefdesk::style::REGULAR_FONT.len() / 2,
            "a cut face: {} base64 bytes",
            data.len()
        );
    }
    assert!(!html.contains("lengthAdjust"), "chart text keeps its shape");
    assert!(html.contains("counter(page)"), "page numbers in print");
    let Some(browser) = chromium() else { return };
    let dir = tempfile::tempdir().expect("a folder");
    let page = dir.path().join("pack.html");
    let pdf = dir.path().join("pack.pdf");
    std::fs::write(&page, &html).expect("written");
    let status = std::process::Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-pdf-header-footer",
        ])
        .arg(format!("--print-to-pdf={}", pdf.display()))
        .arg(format!("file://{}", page.display()))
        .env("HOME", dir.path())
        .output()
        .expect("Chromium runs");
    assert!(status.status.success(), "{status:?}");
    let bytes = std::fs::read(&pdf).expect("Chromium printed the page");
    let doc = lopdf::Document::load_mem(&bytes).expect("a PDF");
    let fonts: Vec<String> = doc
        .objects
        .values()
        .filter_map(|o| o.as_dict().ok())
        .filter_map(|d| d.get(b"BaseFont").and_then(lopdf::Object::as_name).ok())
        .map(|n| String::from_utf8_lossy(n).into_owned())
        .collect();
    assert!(
        fonts.iter().any(|f| f.contains("PTSans")),
        "printed in PT Sans: {fonts:?}"
    );
    let pages = pdf_pages(&bytes);
    assert!(pages.len() >= 5, "{} pages", pages.len());
    let total = pages.len();
    let bare = |text: &str| text.split_whitespace().collect::<String>();
    assert!(
        bare(&pages[1]).contains(&format!("2/{total}")),
        "a page number on page 2: {}",
        pages[1]
    );
    assert!(
        !bare(&pages[0]).contains(&format!("1/{total}")),
        "none on the cover"
    );
    assert!(
        pages.iter().any(|p| p.contains("Көкшетау")),
        "Kazakh letters print"
    );
}

#[test]
fn text_no_embedded_face_has_still_exports_tagged_without_the_pdf_ua_claim() {
    let loaded = embedded();
    let sha = loaded.sha256();
    let notes = BTreeMap::new();
    let mut pack = export::build(&input(&loaded, &sha, &notes, Language::Ru));
    let shipped = export::render(&pack, ExportFormat::Pdf).expect("PDF");
    assert!(String::from_utf8_lossy(&shipped).contains("pdfuaid:part"));
    // A title in a script PT Sans and the symbols face do not have: PDF/UA forbids the
    // missing glyph, so the same tagged PDF is written without claiming it.
    pack.title = "區域簡報 — Акмолинская область".to_owned();
    let odd = export::render(&pack, ExportFormat::Pdf).expect("still a PDF");
    let text = String::from_utf8_lossy(&odd);
    assert!(!text.contains("pdfuaid:part"), "no claim it cannot keep");
    let doc = lopdf::Document::load_mem(&odd).expect("a PDF lopdf reads");
    assert!(
        doc.catalog().expect("a catalog").has(b"StructTreeRoot"),
        "still tagged"
    );
}
