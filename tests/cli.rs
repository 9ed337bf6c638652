//! The command line, run as a real process.

use std::process::Command;

fn briefdesk(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_briefdesk"))
        .args(args)
        .output()
        .expect("the binary runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn asset(name: &str) -> String {
    format!("{}/assets/datasets/{name}", env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn check_passes_the_shipped_datasets_with_warnings_only() {
    let (code, out, _) = briefdesk(&[
        "check",
        &asset("akmola-2017.ron"),
        &asset("example-northvale.ron"),
    ]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("akmola-2017.ron:"), "{out}");
    assert!(out.contains(": warning: "), "{out}");
    assert!(
        out.trim_end()
            .ends_with("checked 2 files: 0 errors, 2 warnings"),
        "{out}"
    );
}

#[test]
fn check_exits_1_on_errors_and_2_on_unreadable_files() {
    let dir = tempfile::tempdir().unwrap();
    let text = include_str!("../assets/datasets/akmola-2017.ron").replacen(
        "district: \"astrakhan\"",
        "district: \"astrakan\"",
        1,
    );
    let bad = dir.path().join("bad.ron");
    std::fs::write(&bad, text).unwrap();
    let bad = bad.to_str().unwrap();
    let (code, out, _) = briefdesk(&["check", bad]);
    assert_eq!(code, 1, "{out}");
    let first = out.lines().next().unwrap();
    assert!(first.starts_with(&format!("{bad}:")), "{first}");
    assert!(
        first.contains(": error: unknown district `astrakan`; did you mean `astrakhan`?"),
        "{first}"
    );
    let position: Vec<&str> = first[bad.len() + 1..].splitn(3, ':').collect();
    assert!(
        position[0].parse::<usize>().is_ok() && position[1].parse::<usize>().is_ok(),
        "{first}"
    );

    let json = dir.path().join("data.json");
    std::fs::write(&json, "{\"a\": 1}").unwrap();
    let (code, out, _) = briefdesk(&["check", bad, json.to_str().unwrap()]);
    assert_eq!(code, 2, "{out}");
    assert!(
        out.contains("data.json:1:1: error: this is not a BriefDesk dataset"),
        "{out}"
    );
    assert!(out.contains("1 unreadable"), "{out}");

    let (code, out, _) = briefdesk(&["check", "/no/such/file.ron"]);
    assert_eq!(code, 2);
    assert!(
        out.contains("/no/such/file.ron: error: no such file"),
        "{out}"
    );
}

#[test]
fn summary_prints_key_figures_with_qualifiers_and_sources() {
    let (code, out, _) = briefdesk(&["summary"]);
    assert_eq!(code, 0);
    assert!(
        out.contains("Коррупционных преступлений: более\u{a0}140"),
        "{out}"
    );
    assert!(
        out.contains("Жителей с ЭЦП: около\u{a0}80\u{a0}000"),
        "{out}"
    );
    assert!(out.contains("Источник: BNews.kz"), "{out}");

    let (code, out, _) = briefdesk(&["summary", "--lang", "en"]);
    assert_eq!(code, 0);
    assert!(
        out.contains("Corruption crimes: more than\u{a0}140"),
        "{out}"
    );
    assert!(
        out.contains("Public services delivered this year: more than\u{a0}4,000,000"),
        "{out}"
    );

    let (code, out, _) = briefdesk(&["summary", &asset("example-northvale.ron"), "--lang", "kk"]);
    assert_eq!(code, 0);
    assert!(out.contains("Нортвейл"), "{out}");
    assert!(out.contains("* иллюстрациялық"), "{out}");

    let (code, _, err) = briefdesk(&["summary", "/no/such.ron"]);
    assert_eq!(code, 2);
    assert!(err.contains("/no/such.ron: error: no such file"), "{err}");
}

#[test]
fn help_and_version() {
    let (code, out, _) = briefdesk(&["--help"]);
    assert_eq!(code, 0);
    assert!(out.contains("check") && out.contains("summary"), "{out}");
    let (code, out, _) = briefdesk(&["--version"]);
    assert_eq!(code, 0);
    assert!(out.starts_with("briefdesk "), "{out}");
    let (code, _, _) = briefdesk(&["summary", "--lang", "fr"]);
    assert_eq!(code, 2, "clap refuses an unknown language");
}

#[test]
fn export_writes_each_format_and_names_a_missing_folder() {
    let dir = tempfile::tempdir().unwrap();
    let notes = dir.path().join("none.notes.ron");
    for format in ["pdf", "docx", "html", "md"] {
        let out = dir.path().join(format!("pack.{format}"));
        let (code, stdout, _) = briefdesk(&[
            "export",
            &asset("example-northvale.ron"),
            "--format",
            format,
            "--lang",
            "en",
            "--out",
            out.to_str().unwrap(),
            "--notes",
            notes.to_str().unwrap(),
        ]);
        assert_eq!(code, 0, "{stdout}");
        assert!(std::fs::metadata(&out).unwrap().len() > 1000, "{format}");
    }
    let md = std::fs::read_to_string(dir.path().join("pack.md")).unwrap();
    assert!(md.contains("example-northvale.ron"), "{md}");

    let missing = dir.path().join("nope").join("pack.md");
    let (code, stdout, _) = briefdesk(&["export", "--out", missing.to_str().unwrap()]);
    assert_eq!(code, 2, "{stdout}");
    assert!(
        stdout.contains("nope: the folder does not exist"),
        "{stdout}"
    );
    // The folder is not made, and nothing else appears beside the packs.
    assert_eq!(
        file_names(dir.path()),
        ["pack.docx", "pack.html", "pack.md", "pack.pdf"]
    );
}

/// The names in `folder`, sorted.
fn file_names(folder: &std::path::Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(folder)
        .expect("a readable folder")
        .map(|e| {
            e.expect("an entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    names.sort();
    names
}

#[test]
fn an_unknown_language_or_format_is_refused_with_the_possible_values() {
    let (code, out, err) = briefdesk(&["summary", "--lang", "xx"]);
    assert_eq!(code, 2, "{out}");
    assert!(out.is_empty(), "no summary in a fallback language: {out}");
    assert!(err.contains("invalid value 'xx' for '--lang"), "{err}");
    assert!(err.contains("[possible values: ru, kk, en]"), "{err}");

    let dir = tempfile::tempdir().unwrap();
    let out_path = dir.path().join("pack.md");
    let out_arg = out_path.to_str().unwrap();
    let (code, _, err) = briefdesk(&["export", "--lang", "xx", "--out", out_arg]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("say ru, kk or en"), "{err}");
    let (code, _, err) = briefdesk(&["export", "--lang", "kk,kk", "--out", out_arg]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("two different languages"), "{err}");
    let (code, _, err) = briefdesk(&["export", "--format", "odt", "--out", out_arg]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("invalid value 'odt' for '--format"), "{err}");
    assert!(
        err.contains("[possible values: pdf, docx, html, md]"),
        "{err}"
    );
    assert!(file_names(dir.path()).is_empty(), "nothing is exported");

    // The codes themselves still work, for the format too.
    let (code, stdout, _) =
        briefdesk(&["export", "--format", "md", "--lang", "kk", "--out", out_arg]);
    assert_eq!(code, 0, "{stdout}");
    assert_eq!(file_names(dir.path()), ["pack.md"]);
}

/// The exit codes the dataset documentation gives for `check` and `export` are the ones the
/// program returns.
#[test]
fn the_documented_exit_codes_are_the_programs() {
    let docs = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/docs/dataset-format.md"
    ))
    .expect("the dataset documentation");
    for row in [
        "| `0` | Every file was read and none has errors.",
        "| `1` | Every file was read, and at least one has errors.",
        "| `2` | At least one file could not be read",
        "| `1` | The dataset has errors: they are printed",
        "| `0` | The pack was written",
    ] {
        assert!(docs.contains(row), "the docs no longer say {row:?}");
    }
    let dir = tempfile::tempdir().expect("a temporary folder");
    let good = asset("akmola-2017.ron");
    let bad = dir.path().join("bad.ron");
    std::fs::write(
        &bad,
        include_str!("../assets/datasets/akmola-2017.ron").replacen(
            "district: \"astrakhan\"",
            "district: \"nowhere\"",
            1,
        ),
    )
    .expect("write");
    let bad = bad.to_str().expect("a UTF-8 path");
    let missing = dir.path().join("missing.ron");
    let missing = missing.to_str().expect("a UTF-8 path");
    assert_eq!(briefdesk(&["check", &good]).0, 0);
    assert_eq!(briefdesk(&["check", bad]).0, 1);
    assert_eq!(briefdesk(&["check", missing]).0, 2);
    assert_eq!(
        briefdesk(&["check", bad, missing]).0,
        2,
        "the highest code wins"
    );
    let out = dir.path().join("pack.md");
    let out = out.to_str().expect("a UTF-8 path");
    assert_eq!(briefdesk(&["export", &good, "--out", out]).0, 0);
    assert_eq!(briefdesk(&["export", bad, "--out", out]).0, 1);
    assert_eq!(briefdesk(&["export", missing, "--out", out]).0, 2);
}

/// A file in `dir` with `text`, and its path as text.
fn write(dir: &std::path::Path, name: &str, text: &str) -> String {
    let path = dir.join(name);
    std::fs::write(&path, text).expect("write");
    path.to_str().expect("a UTF-8 path").to_owned()
}

#[test]
fn import_asks_about_a_name_close_to_a_district() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let akmola = write(
        dir.path(),
        "akmola.ron",
        include_str!("../assets/datasets/akmola-2017.ron"),
    );
    let table = write(
        dir.path(),
        "districts.csv",
        "Район;Население;Год\nг. Кокшетаy;150 000;2024\n",
    );
    let (code, out, _) = briefdesk(&["import", &table, "--into", &akmola]);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains(
            "row 2: warning: row 2: “г. Кокшетаy” is added as a new district; did you mean “г. Кокшетау”?"
        ),
        "{out}"
    );
    assert!(out.contains("1 added, 0 updated"), "{out}");
}

#[test]
fn import_names_each_column_it_leaves_out_and_exits_1() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let akmola = write(
        dir.path(),
        "akmola.ron",
        include_str!("../assets/datasets/akmola-2017.ron"),
    );
    let table = write(
        dir.path(),
        "centres.csv",
        "ЦОН;Район;Аренда в месяц;Телефон\n\
         ЦОН Астраханского района;Астраханский район;450 000;+7 716 41 2 11 11\n\
         ЦОН г. Кокшетау № 2;г. Кокшетау;300 000;+7 716 22 2 22 22\n\
         ЦОН г. Кокшетау № 1;г. Кокшетау;;\n",
    );
    let (code, out, _) = briefdesk(&["import", &table, "--into", &akmola]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("  Аренда в месяц -> Rent"), "{out}");
    assert!(
        out.contains("  Телефон -> not understood, left out"),
        "{out}"
    );
    assert!(
        out.contains(": warning: Column “Телефон” is not used: its 2 cells are left out."),
        "{out}"
    );
    assert!(
        out.contains("0 added, 2 updated, 1 unchanged, 2 cells left out"),
        "{out}"
    );
    // The rest is written.
    let after = briefdesk::model::load(std::path::Path::new(&akmola)).expect("loads");
    let rent = |id: &str| {
        after
            .dataset
            .centres
            .iter()
            .find(|c| c.id == id)
            .and_then(|c| c.rent_kzt_per_month)
    };
    assert_eq!(rent("con-astrakhan"), Some(450_000.0));
    assert_eq!(rent("con-kokshetau-2"), Some(300_000.0));
}

#[test]
fn a_failed_import_writes_nothing() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let new = dir.path().join("new.ron");
    let new_path = new.to_str().expect("a UTF-8 path");
    // The table cannot be read.
    let broken = write(dir.path(), "T.xlsx", "not a workbook");
    let (code, out, _) = briefdesk(&["import", &broken, "--into", new_path]);
    assert_eq!(code, 2, "{out}");
    assert!(out.contains("T.xlsx: error: "), "{out}");
    assert!(
        out.contains("nothing imported; the file is not created"),
        "{out}"
    );
    assert!(!new.exists(), "{out}");
    // Nothing in it can be imported: case counts of districts a new briefing does not have.
    let cases = write(
        dir.path(),
        "cases.csv",
        "Район;Преступления\nАккольский район;6\n",
    );
    let (code, out, _) = briefdesk(&["import", &cases, "--into", new_path]);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("error: no row of")
            && out.contains("cases.csv could be imported; the file is not created"),
        "{out}"
    );
    assert!(!new.exists(), "{out}");
    // The result would have errors (a negative rent): an existing briefing is left as it is.
    let original = include_str!("../assets/datasets/akmola-2017.ron");
    let akmola = write(dir.path(), "akmola.ron", original);
    let rent = write(
        dir.path(),
        "rent.csv",
        "ЦОН;Район;Аренда, тг/мес\nЦОН Астраханского района;Астраханский район;-5000\n",
    );
    let (code, out, _) = briefdesk(&["import", &rent, "--into", &akmola]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("akmola.ron: error: "), "{out}");
    assert!(
        out.contains("it would have 1 error; nothing imported, the file is left as it is"),
        "{out}"
    );
    assert_eq!(
        std::fs::read_to_string(&akmola).expect("read"),
        original,
        "{out}"
    );
    assert!(!dir.path().join("akmola.ron.bak").exists());
    // So does one whose table is unreadable.
    let (code, _, _) = briefdesk(&["import", &broken, "--into", &akmola]);
    assert_eq!(code, 2);
    assert_eq!(std::fs::read_to_string(&akmola).expect("read"), original);
}

#[test]
fn an_export_is_never_written_over_its_briefing_its_notes_or_a_device() {
    let dir = tempfile::tempdir().expect("dir");
    let briefing = dir.path().join("d.ron");
    std::fs::copy("assets/datasets/akmola-2017.ron", &briefing).expect("copy");
    let before = std::fs::read(&briefing).expect("read");
    let path = briefing.to_str().expect("utf-8");
    let (code, out, _) = briefdesk(&["export", path, "--format", "pdf", "--out", path]);
    assert_eq!(code, 2, "{out}");
    assert!(out.contains("not exported"), "{out}");
    assert_eq!(std::fs::read(&briefing).expect("read"), before, "untouched");
    // Through a link to it, too.
    #[cfg(unix)]
    {
        let link = dir.path().join("pack.pdf");
        std::os::unix::fs::symlink(&briefing, &link).expect("link");
        let (code, _, _) = briefdesk(&["export", path, "--out", link.to_str().expect("utf-8")]);
        assert_eq!(code, 2);
        assert_eq!(std::fs::read(&briefing).expect("read"), before);
        // A device is not replaced by a file.
        let (code, out, _) = briefdesk(&["export", path, "--format", "pdf", "--out", "/dev/null"]);
        assert_eq!(code, 2, "{out}");
        assert!(out.contains("not a regular file"), "{out}");
        assert!(!std::fs::metadata("/dev/null").expect("null").is_file());
    }
}
