//! The layering the code promises, checked on its sources: the core knows nothing of egui, the
//! languages know nothing of the model, every command has its arm, no file grows unreadable.

use std::path::{Path, PathBuf};

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("a source folder") {
        let path = entry.expect("an entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

fn sources(parts: &[&str]) -> Vec<(PathBuf, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    for part in parts {
        let path = root.join(part);
        if path.is_dir() {
            rust_files(&path, &mut files);
        } else {
            files.push(path);
        }
    }
    files
        .into_iter()
        .map(|p| {
            let text = std::fs::read_to_string(&p).expect("a source file");
            (p, text)
        })
        .collect()
}

/// The code of a file: lines that are not comments.
fn code_lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim_start().starts_with("//"))
        .map(|(i, l)| (i + 1, l))
}

#[test]
fn the_core_does_not_know_egui_or_the_screens() {
    let core = sources(&[
        "export",
        "view_model",
        "model",
        "notes",
        "i18n",
        "style.rs",
        "wording.rs",
        "fs.rs",
        "plain.rs",
        "edit.rs",
        "import",
    ]);
    assert!(core.len() > 20, "only {} files found", core.len());
    for (path, text) in &core {
        for (n, line) in code_lines(text) {
            for word in ["egui", "eframe", "crate::ui", "crate::app"] {
                assert!(
                    !line.contains(word),
                    "{}:{n} uses {word}: {line}",
                    path.display()
                );
            }
        }
    }
}

#[test]
fn the_languages_do_not_know_the_model() {
    for (path, text) in sources(&["i18n"]) {
        for (n, line) in code_lines(&text) {
            assert!(
                !line.contains("crate::model") && !line.contains("crate::view_model"),
                "{}:{n}: {line}",
                path.display()
            );
        }
    }
}

#[test]
fn every_command_has_its_own_arm() {
    let (_, text) = sources(&["app/commands.rs"]).remove(0);
    let start = text.find("pub fn apply(").expect("the dispatch");
    let body = &text[start..];
    let end = body.find("\n    }\n").expect("its end");
    let dispatch = &body[..end];
    assert!(dispatch.contains("match command"));
    assert!(
        !dispatch.contains("_ =>"),
        "a catch-all arm in the dispatch"
    );
}

#[test]
fn no_source_file_is_over_700_lines_and_the_app_under_400() {
    for (path, text) in sources(&[""]) {
        let lines = text.lines().count();
        assert!(lines <= 700, "{}: {lines} lines", path.display());
        if path.ends_with("app/mod.rs") {
            assert!(lines < 400, "app/mod.rs: {lines} lines");
        }
    }
}
