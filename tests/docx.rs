//! The Word export: its parts read back (heading styles, tables whose header row repeats,
//! pictures with alternative text, the language, Kazakh text intact), and LibreOffice opening
//! it and printing pages that are not blank, with the title and the Kazakh words in them.

mod pnm;

use std::collections::BTreeMap;
use std::io::Read as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use briefdesk::export::{self, ExportFormat, ExportInput, Pack};
use briefdesk::i18n::Language;
use briefdesk::model::{self, Loaded};
use briefdesk::notes::{Note, Status};
use briefdesk::style::{Palette, Rgb};
use briefdesk::view_model::Settings;

const EXPORTED_AT: &str = "2026-11-28 10:00 +05:00";

fn embedded() -> Loaded {
    model::embedded().expect("the embedded dataset loads")
}

fn notes() -> BTreeMap<String, Note> {
    let mut notes = BTreeMap::new();
    notes.insert(
        "r3".to_owned(),
        Note {
            text: "Семинары по ЭЦП в Ақкөл и Бурабае до 20 декабря.\nОтвет — к пятнице.".to_owned(),
            status: Status::InProgress,
            owner: "Отдел госуслуг".to_owned(),
            due: "2017-12-20".to_owned(),
            updated_unix_secs: 0,
        },
    );
    notes
}

/// The pack of the embedded dataset in `language`, with a note.
fn pack(loaded: &Loaded, language: Language) -> Pack {
    let sha256 = loaded.sha256();
    let notes = notes();
    let input = ExportInput {
        dataset: &loaded.dataset,
        file_name: "akmola-2017.ron",
        sha256: &sha256,
        findings: &loaded.findings,
        notes: &notes,
        settings: Settings {
            language,
            ..Settings::default()
        },
        exported_at: EXPORTED_AT.to_owned(),
    };
    export::build(&input)
}

fn docx(pack: &Pack) -> Vec<u8> {
    export::render(pack, ExportFormat::Docx).expect("the Word export")
}

/// The parts of a `.docx`, by name.
fn parts(bytes: &[u8]) -> BTreeMap<String, Vec<u8>> {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a zip archive");
    let mut out = BTreeMap::new();
    for i in 0..zip.len() {
        let mut file = zip.by_index(i).expect("an entry");
        let mut data = Vec::new();
        file.read_to_end(&mut data).expect("readable");
        out.insert(file.name().to_owned(), data);
    }
    out
}

fn text(parts: &BTreeMap<String, Vec<u8>>, name: &str) -> String {
    let bytes = parts
        .get(name)
        .unwrap_or_else(|| panic!("{name} is in the package"));
    String::from_utf8(bytes.clone()).expect("UTF-8")
}

/// `s` as it appears in XML text or an attribute.
fn xml(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&apos;")
}

/// The values of `attribute` on every `element` in `doc`.
fn attributes(doc: &str, element: &str, attribute: &str) -> Vec<String> {
    let open = format!("<{element} ");
    let key = format!(" {attribute}=\"");
    doc.match_indices(&open)
        .filter_map(|(at, _)| {
            let tag = &doc[at..at + doc[at..].find('>')?];
            let start = tag.find(&key)? + key.len();
            Some(tag[start..start + tag[start..].find('"')?].to_owned())
        })
        .collect()
}

#[test]
fn the_parts_have_word_styles_tables_pictures_and_kazakh_text() {
    let loaded = embedded();
    let p = pack(&loaded, Language::Kk);
    let parts = parts(&docx(&p));
    let doc = text(&parts, "word/document.xml");
    let styles = text(&parts, "word/styles.xml");

    // Headings are paragraphs in Word's heading styles, declared under Word's own names.
    assert!(
        doc.contains("<w:pStyle w:val=\"Heading1\" />"),
        "section headings"
    );
    assert!(
        doc.contains("<w:pStyle w:val=\"Heading2\" />"),
        "chart headings"
    );
    assert!(doc.contains("<w:pStyle w:val=\"Title\" />"));
    for (id, name) in [("Heading1", "heading 1"), ("Heading2", "heading 2")] {
        let at = styles
            .find(&format!("w:styleId=\"{id}\""))
            .unwrap_or_else(|| panic!("{id} is declared"));
        let style = &styles[at..at + styles[at..].find("</w:style>").expect("closed")];
        assert!(
            style.contains(&format!("<w:name w:val=\"{name}\" />")),
            "{style}"
        );
        assert!(style.contains("<w:outlineLvl"), "{style}");
    }
    assert!(styles.contains("w:ascii=\"PT Sans\""), "the font");
    assert!(
        styles.contains("<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\">"),
        "Normal is the default paragraph style"
    );

    // The key figures and every district's numbers (the appendix) are Word tables, each
    // with its header row marked to repeat on a new page.
    let tables = doc.matches("<w:tbl>").count();
    assert_eq!(
        tables,
        1 + p.district_tables.len(),
        "the key figures and the district tables"
    );
    assert_eq!(doc.matches("<w:tblHeader />").count(), tables);
    assert!(doc.contains(&format!(">{}</w:t>", xml(&p.labels.figure_columns[0]))));

    // Every chart is a picture with its alternative text: title, period, values.
    let alts = attributes(&doc, "wp:docPr", "descr");
    assert!(alts.len() >= p.charts.len(), "{} pictures", alts.len());
    for alt in &alts {
        assert!(alt.len() > 20, "a picture says what it shows: {alt:?}");
    }
    // The facts come first, the illustrative charts after them.
    let first = p
        .charts
        .iter()
        .find(|c| !c.illustrative)
        .unwrap_or(&p.charts[0]);
    assert!(alts[0].starts_with(&xml(&first.title)), "{}", alts[0]);
    assert!(alts[0].contains(&xml(&first.rows[0].name)), "{}", alts[0]);
    let mut ids = attributes(&doc, "wp:docPr", "id");
    let count = ids.len();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), count, "each picture has its own id");
    let media: Vec<_> = parts
        .keys()
        .filter(|k| {
            Path::new(k.as_str())
                .extension()
                .is_some_and(|e| e.eq_ignore_ascii_case("png"))
        })
        .collect();
    assert_eq!(media.len(), alts.len(), "a picture file for each picture");
    for name in media {
        let png = &parts[name];
        assert!(png.starts_with(b"\x89PNG\r\n\x1a\n"), "{name} is a PNG");
        let width = u32::from_be_bytes(png[16..20].try_into().expect("4 bytes"));
        assert_eq!(width, 960, "{name}: 480 points at twice their size");
    }

    // Kazakh text intact, and said to be Kazakh.
    assert!(doc.contains(&xml(&p.title)), "the title");
    assert!(doc.contains(&xml(&p.labels.key_figures)));
    assert!(doc.contains("Ақкөл"), "the note's Kazakh letters");
    for letter in ['ә', 'ғ', 'қ', 'ң', 'ө', 'ұ', 'ү', 'і'] {
        assert!(doc.contains(letter), "{letter}");
    }
    assert!(styles.contains("<w:lang w:val=\"kk-KZ\""), "the language");
    let core = text(&parts, "docProps/core.xml");
    assert!(core.contains(&format!("<dc:title>{}</dc:title>", xml(&p.title))));
    assert!(core.contains("<dc:language>kk-KZ</dc:language>"));
    assert!(core.contains(&format!("<dc:creator>{}</dc:creator>", xml(&p.region))));
    assert!(
        core.contains("2026-11-28T05:00:00Z"),
        "created when exported: {core}"
    );

    // Page numbers on every page but the cover, whose footer is its colophon.
    let footers: String = parts
        .iter()
        .filter(|(k, _)| k.starts_with("word/footer"))
        .map(|(_, v)| String::from_utf8_lossy(v).into_owned())
        .collect();
    assert!(footers.contains(">PAGE<"), "{footers}");
    assert!(footers.contains(&p.sha256), "the colophon");
    assert!(doc.contains("w:titlePg"), "the cover has its own footer");
}

#[test]
fn russian_and_english_say_their_language_and_the_parts_are_escaped_and_compressed() {
    let loaded = embedded();
    for (language, tag) in [(Language::Ru, "ru-RU"), (Language::En, "en-US")] {
        let mut p = pack(&loaded, language);
        p.sources[0].url = Some("https://example.org/a?b=1&c=\"2\"".to_owned());
        p.title = format!("{} <&> \u{1}", p.title);
        let bytes = docx(&p);
        let parts = parts(&bytes);
        assert!(text(&parts, "word/styles.xml").contains(&format!("<w:lang w:val=\"{tag}\"")));
        let rels = text(&parts, "word/_rels/document.xml.rels");
        assert!(
            rels.contains("Target=\"https://example.org/a?b=1&amp;c=&quot;2&quot;\""),
            "{rels}"
        );
        let doc = text(&parts, "word/document.xml");
        assert!(doc.contains("&lt;&amp;&gt;"), "markup in text is escaped");
        assert!(!doc.contains('\u{1}'), "no control character XML forbids");
        if language == Language::Ru {
            eprintln!("Russian .docx: {} bytes", bytes.len());
            assert!(bytes.len() < 1_500_000, "{} bytes", bytes.len());
            let mut zip = zip::ZipArchive::new(std::io::Cursor::new(&bytes)).expect("a zip");
            let document = zip.by_name("word/document.xml").expect("the document");
            assert_eq!(
                document.compression(),
                zip::CompressionMethod::Deflated,
                "the text is compressed"
            );
        }
    }
}

/// LibreOffice, where it is installed: `None` where it is not and the test may be skipped.
/// CI installs it and sets `BRIEFDESK_REQUIRE_SOFFICE=1`, so there it cannot be skipped.
fn soffice() -> Option<&'static str> {
    let found = ["soffice", "libreoffice"].into_iter().find(|name| {
        Command::new(name)
            .arg("--version")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success())
    });
    let poppler = Command::new("pdftoppm").arg("-v").output().is_ok()
        && Command::new("pdftotext").arg("-v").output().is_ok();
    if found.is_none() || !poppler {
        assert!(
            std::env::var_os("BRIEFDESK_REQUIRE_SOFFICE").is_none(),
            "LibreOffice and poppler-utils are required here \
             (apt-get install libreoffice-writer-nogui poppler-utils)"
        );
        eprintln!("LibreOffice or poppler-utils not installed: skipped (CI runs it)");
        return None;
    }
    found
}

/// `docx` converted to PDF by LibreOffice, in `dir` (which also holds its profile).
fn to_pdf(soffice: &str, docx: &[u8], dir: &Path) -> PathBuf {
    let input = dir.join("pack.docx");
    std::fs::write(&input, docx).expect("write the docx");
    let home = dir.join("home");
    std::fs::create_dir_all(&home).expect("a home for LibreOffice's profile");
    let profile = format!(
        "-env:UserInstallation=file://{}",
        home.join("profile").display()
    );
    let mut child = Command::new(soffice)
        .env("HOME", &home)
        .args([
            profile.as_str(),
            "--headless",
            "--norestore",
            "--convert-to",
            "pdf",
        ])
        .arg("--outdir")
        .arg(dir)
        .arg(&input)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("LibreOffice starts");
    let started = Instant::now();
    loop {
        if let Some(status) = child.try_wait().expect("wait") {
            assert!(status.success(), "LibreOffice failed: {status}");
            break;
        }
        if started.elapsed() > Duration::from_mins(4) {
            let _ = child.kill();
            let _ = child.wait();
            panic!("LibreOffice took more than four minutes");
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    let pdf = dir.join("pack.pdf");
    assert!(pdf.is_file(), "LibreOffice wrote no PDF");
    pdf
}

/// The PDF's text page by page, as pdftotext reads it, spaces normalised.
fn pages_text(pdf: &Path) -> Vec<String> {
    let out = Command::new("pdftotext")
        .args(["-layout"])
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext runs");
    assert!(out.status.success());
    String::from_utf8_lossy(&out.stdout)
        .split('\u{c}')
        .map(|page| {
            page.replace(['\u{a0}', '\u{202f}'], " ")
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect()
}

/// Page `page` (from 1) of `pdf` rendered at 40 dpi: its pixels, red, green and blue.
fn pixels(pdf: &Path, page: usize, dir: &Path) -> Vec<[u8; 3]> {
    let prefix = dir.join(format!("page-{page}"));
    let n = page.to_string();
    let status = Command::new("pdftoppm")
        .args(["-r", "40", "-singlefile", "-f", &n, "-l", &n])
        .arg(pdf)
        .arg(&prefix)
        .status()
        .expect("pdftoppm runs");
    assert!(status.success());
    let bytes = std::fs::read(prefix.with_extension("ppm")).expect("the page's picture");
    pnm::pixels(&bytes)
        .chunks_exact(3)
        .map(|p| [p[0], p[1], p[2]])
        .collect()
}

/// The share of `pixels` that are not white.
fn ink(pixels: &[[u8; 3]]) -> f64 {
    let dark = pixels.iter().filter(|p| p.iter().any(|c| *c < 230)).count();
    dark as f64 / pixels.len().max(1) as f64
}

/// The share of `pixels` close to `color`.
fn share_of(pixels: &[[u8; 3]], color: Rgb) -> f64 {
    let near = |a: u8, b: u8| a.abs_diff(b) < 40;
    let hits = pixels
        .iter()
        .filter(|p| near(p[0], color.0) && near(p[1], color.1) && near(p[2], color.2))
        .count();
    hits as f64 / pixels.len().max(1) as f64
}

/// LibreOffice opens the Word file as Word would and prints it: the cover has the title, a
/// chart's page has its picture (the bars' blue), and Kazakh text survives.
#[test]
fn libreoffice_opens_it_and_prints_the_title_charts_and_kazakh_text() {
    let Some(soffice) = soffice() else {
        return;
    };
    let loaded = embedded();
    for language in [Language::Kk, Language::Ru] {
        let p = pack(&loaded, language);
        let dir = tempfile::tempdir().expect("temp dir");
        let pdf = to_pdf(soffice, &docx(&p), dir.path());
        let pages = pages_text(&pdf);
        let all = pages.join(" ");
        assert!(pages.len() >= 8, "{} pages", pages.len());

        // The cover: the title (wrapped over lines, so compared without spaces) and ink.
        let bare = |s: &str| s.split_whitespace().collect::<String>();
        assert!(
            bare(&pages[0]).contains(&bare(&p.title)),
            "the title on the cover: {}",
            pages[0]
        );
        let cover = pixels(&pdf, 1, dir.path());
        assert!(ink(&cover) > 0.01, "the cover looks blank: {}", ink(&cover));
        let bar = Palette::paper().bar;
        assert!(share_of(&cover, bar) < 0.001, "no chart on the cover");

        // A chart's page: its heading, and the picture, whose bars are in the chart's blue.
        let chart = &p.charts[0].title;
        let page = pages
            .iter()
            .position(|t| t.contains(chart.as_str()))
            .unwrap_or_else(|| panic!("a page with {chart}"));
        let blue = share_of(&pixels(&pdf, page + 1, dir.path()), bar);
        assert!(blue > 0.01, "page {}: no bars drawn ({blue})", page + 1);

        // Every page with text has ink on it.
        for (n, text) in pages.iter().enumerate().take(30) {
            if text.trim().is_empty() {
                continue;
            }
            let share = ink(&pixels(&pdf, n + 1, dir.path()));
            assert!(share > 0.002, "page {} looks blank: {share}", n + 1);
        }

        assert!(
            all.contains(&p.labels.key_figures),
            "{}",
            p.labels.key_figures
        );
        if language == Language::Kk {
            for word in ["Ақкөл", "Негізгі", "көрсеткіштер"] {
                assert!(all.contains(word), "{word} in the printed text");
            }
        }
    }
}

/// A pack with nothing in it, or with odd text, still makes a document Word can open.
#[test]
fn an_empty_or_odd_pack_still_makes_a_document() {
    let loaded = embedded();
    let mut p = pack(&loaded, Language::En);
    p.figures.clear();
    p.sections.clear();
    p.districts = None;
    p.recommendations.clear();
    p.sources.clear();
    p.warnings.clear();
    p.meeting.clear();
    p.period.clear();
    p.illustrative_note = None;
    p.district_tables.clear();
    p.summary.clear();
    p.figure_notes = None;
    p.title = "\u{0}\u{7}\u{b}<w:t>&amp;\u{FFFF}".to_owned();
    p.region = String::new();
    for chart in &mut p.charts {
        chart.rows.clear();
        chart.table.rows.clear();
    }
    let bytes = docx(&p);
    let parts = parts(&bytes);
    let doc = text(&parts, "word/document.xml");
    assert!(!doc.contains("<wp:docPr"), "no picture of an empty chart");
    assert_eq!(
        doc.matches("<w:tbl>").count(),
        1,
        "the key figures' header alone"
    );
    assert!(doc.contains("&lt;w:t&gt;&amp;amp;"), "{doc}");
    for c in ['\u{0}', '\u{7}', '\u{b}', '\u{FFFF}'] {
        assert!(!doc.contains(c), "{c:?} is not in the XML");
    }
    let core = text(&parts, "docProps/core.xml");
    assert!(!core.contains('\u{0}'), "{core}");

    p.charts.clear();
    assert!(!docx(&p).is_empty());
}
