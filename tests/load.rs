//! Loading datasets: every kind of bad input gets a clear error with a position, never a panic.

use std::path::{Path, PathBuf};

use briefdesk::model::{self, LoadError, LoadErrorKind, Position, Severity};

const AKMOLA: &str = include_str!("../assets/datasets/akmola-2017.ron");
const NORTHVALE: &str = include_str!("../assets/datasets/example-northvale.ron");

fn parse_err(text: &str) -> LoadError {
    model::load_text(text, "test.ron").expect_err("should be refused")
}

#[expect(clippy::unnecessary_wraps, reason = "compared with optional positions")]
fn at(line: usize, column: usize) -> Option<Position> {
    Some(Position { line, column })
}

#[test]
fn shipped_datasets_load_without_errors() {
    for (name, text) in [
        ("akmola-2017.ron", AKMOLA),
        ("example-northvale.ron", NORTHVALE),
    ] {
        let loaded = model::load_text(text, name).unwrap();
        let errors: Vec<_> = loaded.findings.iter().filter(|f| f.is_error()).collect();
        assert!(errors.is_empty(), "{name}: {errors:?}");
    }
    let akmola = model::embedded().unwrap();
    assert_eq!(akmola.dataset.districts.len(), 19);
    assert_eq!(akmola.dataset.centres.len(), 23);
    // The only warning: figures from the illustrative source are in use.
    let warnings: Vec<_> = akmola
        .findings
        .iter()
        .map(model::Finding::message)
        .collect();
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert!(warnings[0].contains("illustrative"));
}

#[test]
fn the_docs_minimal_example_is_valid() {
    let docs = include_str!("../docs/dataset-format.md");
    let section = docs
        .find("Minimal complete example\n")
        .expect("docs hold a minimal example");
    let start = section + docs[section..].find("```ron\n").unwrap();
    let body = &docs[start + "```ron\n".len()..];
    let example = &body[..body.find("```").unwrap()];
    let loaded = model::load_text(example, "docs example").unwrap();
    assert!(!loaded.has_errors(), "{:?}", loaded.findings);
}

#[test]
fn empty_and_comment_only_files_are_refused() {
    for text in ["", "   \n\t", "// nothing here\n/* at all */"] {
        assert_eq!(parse_err(text).kind, LoadErrorKind::Empty, "{text:?}");
    }
}

#[test]
fn bytes_that_are_not_utf8_are_refused_with_their_position() {
    let mut bytes = b"Briefing(\n  title: \"ok\",\n  region: \"".to_vec();
    bytes.extend([0xC0, 0xC1, 0xFF]); // Windows-1251 "АБя"
    let error = model::load_bytes(&bytes, "cp1251.ron").unwrap_err();
    assert_eq!(error.kind, LoadErrorKind::NotUtf8);
    assert_eq!(error.position, at(3, 12));
    let utf16 = [0xFF, 0xFE, b'B', 0, b'r', 0];
    assert_eq!(
        model::load_bytes(&utf16, "utf16.ron").unwrap_err().kind,
        LoadErrorKind::NotUtf8
    );
}

#[test]
fn a_utf8_bom_is_accepted() {
    let mut bytes = vec![0xEF, 0xBB, 0xBF];
    bytes.extend(AKMOLA.as_bytes());
    let loaded = model::load_bytes(&bytes, "bom.ron").unwrap();
    assert_eq!(
        loaded.dataset.title,
        model::embedded().unwrap().dataset.title
    );
    // Positions still count from the first character after the BOM.
    assert_eq!(
        loaded.findings[0].position,
        model::embedded().unwrap().findings[0].position
    );
}

#[test]
fn json_and_other_programs_ron_are_not_datasets() {
    let json = parse_err(r#"{"format": 1, "title": "x"}"#);
    assert!(
        matches!(json.kind, LoadErrorKind::NotADataset { .. }),
        "{json}"
    );
    assert_eq!(json.position, at(1, 1));

    let bevy = include_str!("corpus/foreign-ron/bevy-load_scene_example.scn.ron");
    let error = parse_err(bevy);
    assert!(
        matches!(&error.kind, LoadErrorKind::NotADataset { found } if found.contains("`resources`")),
        "{error}"
    );
    assert!(error.position.is_some());

    let other = parse_err("Config(window_size: (800, 600), vsync: true)");
    assert!(
        matches!(&other.kind, LoadErrorKind::NotADataset { found } if found == "`Config(`"),
        "{other}"
    );

    let misspelt = parse_err("Briefng(format: 1, title: \"t\", region: \"r\")");
    assert_eq!(misspelt.suggestion.as_deref(), Some("Briefing"));
}

#[test]
fn every_corpus_file_is_refused_cleanly() {
    // The corpus is kept in the repository; a shared corpus beside the checkout, where there
    // is one, is checked too.
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = root.join("tests/corpus");
    let mut seen = 0;
    for entry in walk(&dir)
        .into_iter()
        .chain(walk(&root.join("../shared/corpus")))
    {
        if entry.extension().is_some_and(|e| e == "ron") {
            let error = model::load(&entry).expect_err("foreign RON is not a dataset");
            assert!(error.to_string().contains(&entry.display().to_string()));
            seen += 1;
        }
    }
    assert!(seen >= 1, "no corpus files found in {}", dir.display());
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            out.extend(walk(&path));
        } else {
            out.push(path);
        }
    }
    out
}

#[test]
fn truncated_files_say_so() {
    let cut = AKMOLA.rfind("recommendations:").unwrap();
    let error = parse_err(&AKMOLA[..cut + 40]);
    assert!(
        matches!(
            error.kind,
            LoadErrorKind::Truncated | LoadErrorKind::Syntax(_)
        ),
        "{error}"
    );
    assert!(error.position.is_some());
    let error = parse_err(&AKMOLA[..AKMOLA.len() - 3]);
    assert_eq!(error.kind, LoadErrorKind::Truncated, "{error}");
}

#[test]
fn newer_and_unknown_format_versions_are_refused() {
    let error = parse_err(&AKMOLA.replacen("format: 2,", "format: 99,", 1));
    assert_eq!(
        error.kind.to_string(),
        "format 99 is newer than this build reads (2)"
    );
    assert_eq!(error.position, at(48, 13));
    assert_eq!(error.line_text.as_deref(), Some("    format: 99,"));
    let error = parse_err(&AKMOLA.replacen("format: 2,", "format: 0,", 1));
    assert!(matches!(error.kind, LoadErrorKind::FormatUnknown { .. }));
    let error = parse_err(&AKMOLA.replacen("format: 2,", "format: \"2\",", 1));
    assert_eq!(error.position.map(|p| p.line), Some(48), "{error}");
}

#[test]
fn deep_nesting_is_refused_without_recursion() {
    let text = format!("Briefing(format: 1, districts: {}", "[".repeat(1_000_000));
    let error = parse_err(&text);
    assert_eq!(error.kind, LoadErrorKind::TooDeep);
    assert_eq!(error.position, at(1, 32 + model::MAX_NESTING));
}

#[test]
fn unknown_fields_list_the_expected_ones_and_suggest_the_nearest() {
    let text = AKMOLA.replacen("district: \"astrakhan\"", "distrct: \"astrakhan\"", 1);
    let error = parse_err(&text);
    let LoadErrorKind::UnknownField {
        found,
        outer,
        expected,
    } = &error.kind
    else {
        panic!("{error}");
    };
    assert_eq!(found, "distrct");
    assert!(
        outer.contains("Centre") || outer.contains("Place"),
        "{outer}"
    );
    assert!(expected.contains(&"district"));
    assert_eq!(error.suggestion.as_deref(), Some("district"));
    let shown = error.to_string();
    let line = error.position.unwrap().line;
    assert!(shown.starts_with(&format!("test.ron:{line}:")), "{shown}");
    assert!(shown.contains("distrct: \"astrakhan\""), "{shown}");
    assert!(shown.contains('^'));
}

#[test]
fn unknown_variants_suggest_the_nearest() {
    let text = AKMOLA.replacen("premises: Rented", "premises: Rentd", 1);
    let error = parse_err(&text);
    assert!(
        matches!(&error.kind, LoadErrorKind::UnknownVariant { found, .. } if found == "Rentd"),
        "{error}"
    );
    assert_eq!(error.suggestion.as_deref(), Some("Rented"));
}

#[test]
fn bad_dates_and_types_point_at_the_value() {
    let error = parse_err(&AKMOLA.replacen("as_of: \"2017-11\"", "as_of: \"2017-13\"", 1));
    assert!(
        error.kind.to_string()
            == "“2017-13” is not a date: there is no month 13: months go from 01 to 12",
        "{error}"
    );
    assert!(error.position.is_some());
    let error = parse_err(&AKMOLA.replacen("title: {", "title: 5, x: {", 1));
    assert!(error.position.is_some(), "{error}");
}

#[test]
fn missing_required_fields_are_named() {
    let error = parse_err("Briefing(format: 1, title: \"t\")");
    assert!(
        matches!(
            error.kind,
            LoadErrorKind::MissingField {
                field: "region",
                ..
            }
        ),
        "{error}"
    );
}

#[test]
fn files_and_paths_that_cannot_be_read() {
    let dir = tempfile::tempdir().unwrap();
    let missing = model::load(&dir.path().join("nope.ron")).unwrap_err();
    assert_eq!(missing.kind, LoadErrorKind::NotFound);
    assert!(missing.to_string().contains("nope.ron"));
    assert_eq!(
        model::load(dir.path()).unwrap_err().kind,
        LoadErrorKind::IsDirectory
    );

    let big = dir.path().join("big.ron");
    let file = std::fs::File::create(&big).unwrap();
    file.set_len(model::MAX_FILE_BYTES + 1).unwrap();
    assert!(matches!(
        model::load(&big).unwrap_err().kind,
        LoadErrorKind::TooLarge { .. }
    ));
}

#[test]
fn long_lines_are_quoted_around_the_column() {
    let padding = "x".repeat(500);
    let text = format!("Briefing(format: 1, title: \"{padding}\", region: \"r\", bogus: 1)");
    let error = parse_err(&text);
    let quoted = error.line_text.unwrap();
    assert!(quoted.chars().count() <= 122, "{}", quoted.chars().count());
    assert!(quoted.contains("bogus"));
}

#[test]
fn validation_findings_carry_positions() {
    let text = AKMOLA.replacen(
        "district: \"kokshetau\", premises: Owned",
        "district: \"kokchetau\", premises: Owned",
        1,
    );
    let loaded = model::load_text(&text, "ref.ron").unwrap();
    assert!(loaded.has_errors());
    let error = loaded
        .findings
        .iter()
        .find(|f| f.severity == Severity::Error)
        .unwrap();
    assert_eq!(error.path, "centres[1].district");
    assert!(
        error.message().contains("did you mean `kokshetau`?"),
        "{}",
        error.message()
    );
    let line = text
        .lines()
        .position(|l| l.contains("\"kokchetau\""))
        .unwrap()
        + 1;
    let column = text
        .lines()
        .nth(line - 1)
        .unwrap()
        .find("\"kokchetau\"")
        .unwrap()
        + 1;
    // Columns count characters; this line has Cyrillic before the column.
    let column_chars = text.lines().nth(line - 1).unwrap()[..column - 1]
        .chars()
        .count()
        + 1;
    assert_eq!(error.position, at(line, column_chars));
    assert!(
        error
            .line("ref.ron")
            .starts_with(&format!("ref.ron:{line}:{column_chars}: error: "))
    );
}

#[test]
fn the_sha256_names_the_file_as_read_byte_order_mark_included() {
    assert_eq!(
        model::sha256_hex(b"abc"),
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    );
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bom.ron");
    let mut bytes = vec![0xEF, 0xBB, 0xBF];
    bytes.extend_from_slice(model::EMBEDDED_AKMOLA_2017.as_bytes());
    std::fs::write(&path, &bytes).unwrap();
    let loaded = model::load(&path).unwrap();
    assert_eq!(loaded.sha256(), model::sha256_hex(&bytes));
    assert_ne!(
        loaded.sha256(),
        model::embedded().unwrap().sha256(),
        "the mark is part of the file"
    );
}

/// Load errors speak the reader's language, in words for people, with the place in the file.
#[test]
fn load_errors_speak_the_interface_language() {
    use briefdesk::i18n::Language;
    let error = parse_err(&AKMOLA.replacen("as_of: \"2017-11\"", "as_of: \"2017-02-31\"", 1));
    assert!(matches!(error.kind, LoadErrorKind::BadDate(_)), "{error}");
    assert_eq!(
        error.kind.to_string(),
        "“2017-02-31” is not a date: 31 February does not exist"
    );
    let ru = error.report(Language::Ru);
    assert!(ru.contains("строка 83, столбец"), "{ru}");
    assert!(
        ru.contains("«2017-02-31» — не дата: 31 февраля 2017 года не существует"),
        "{ru}"
    );
    let kk = error.message(Language::Kk);
    assert!(kk.contains("2017 жылғы 31 ақпан болмайды"), "{kk}");
    let en = error.message(Language::En);
    assert!(en.contains("31 February 2017 does not exist"), "{en}");

    // A syntax slip: no English reader's jargon inside the Russian interface.
    let error = parse_err(&AKMOLA.replacen("premises: Rented", "premises: 5", 1));
    let ru = error.message(Language::Ru);
    assert!(ru.starts_with("здесь должно быть"), "{ru}");
    assert!(!ru.contains("Expected"), "{ru}");
    // A near miss gets its suggestion in the reader's language.
    let error = parse_err(&AKMOLA.replacen("premises: Rented", "premises: Rentd", 1));
    let kk = error.message(Language::Kk);
    assert!(kk.contains("«Rentd»") && kk.contains("Rented"), "{kk}");
    let error = parse_err("Briefing(format: 2, title: \"t\", region: \"r\", as_of: \"2017-13\")");
    assert!(
        error.message(Language::Ru).contains("месяца 13 нет"),
        "{}",
        error.message(Language::Ru)
    );
}
