//! The `briefdesk` binary: parses the command line and hands over to the library.

use std::io::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

use briefdesk::app::shots::{ShotsReport, SlideShots};
use briefdesk::cli::{self, Cli, Command, EXIT_UNREADABLE};
use briefdesk::export::ExportFormat;
use briefdesk::i18n::Language;
use briefdesk::{AppPaths, BriefDeskApp};
use clap::Parser as _;

fn main() -> ExitCode {
    let args = Cli::parse();
    let mut stdout = std::io::stdout().lock();
    match args.command {
        Some(Command::Check { files }) => match cli::check(&files, &mut stdout) {
            Ok(status) => ExitCode::from(status),
            Err(_) => ExitCode::from(EXIT_UNREADABLE),
        },
        Some(Command::Summary { file, lang }) => summary(file.as_deref(), lang, &mut stdout),
        Some(Command::Export {
            file,
            format,
            lang,
            out,
            notes,
        }) => {
            let format = format.or_else(|| ExportFormat::from_path(&out));
            let Some(format) = format else {
                eprintln!(
                    "briefdesk export: say --format pdf, docx, html or md, or end --out with .pdf, .docx, .html or .md"
                );
                return ExitCode::from(EXIT_UNREADABLE);
            };
            let paths = AppPaths::platform();
            let notes = notes.unwrap_or_else(|| paths.notes_for(file.as_deref()));
            let args = cli::ExportArgs {
                file,
                format,
                lang,
                out,
                notes,
                exported_at: briefdesk::export::now_text(),
            };
            match cli::export(&args, &mut stdout) {
                Ok(status) => ExitCode::from(status),
                Err(_) => ExitCode::from(EXIT_UNREADABLE),
            }
        }
        Some(Command::Import {
            table,
            into,
            sheet,
            table_kind,
        }) => {
            let target = table_kind
                .as_deref()
                .and_then(briefdesk::import::Target::parse);
            match cli::import(&table, &into, sheet.as_deref(), target, &mut stdout) {
                Ok(status) => ExitCode::from(status),
                Err(_) => ExitCode::from(EXIT_UNREADABLE),
            }
        }
        Some(Command::Slides {
            file,
            out,
            lang,
            size,
            dark,
            notes,
        }) => slides(file.as_deref(), &out, lang, size, dark, notes),
        None => run_app(args.file),
    }
}

/// `briefdesk slides`: every slide of the deck as a PNG.
fn slides(
    file: Option<&std::path::Path>,
    out: &std::path::Path,
    lang: Language,
    (width, height): (u32, u32),
    dark: bool,
    notes: Option<PathBuf>,
) -> ExitCode {
    let loaded = match cli::load_or_embedded(file) {
        Ok(loaded) => loaded,
        Err(error) => {
            eprintln!("{error}");
            return ExitCode::from(EXIT_UNREADABLE);
        }
    };
    if loaded.has_errors() {
        for finding in loaded.findings.iter().filter(|f| f.is_error()) {
            eprintln!("{}", finding.line(&loaded.name));
        }
        eprintln!("{}: no slides: the dataset has errors", loaded.name);
        return ExitCode::from(cli::EXIT_FINDINGS);
    }
    if let Err(error) = std::fs::create_dir_all(out) {
        eprintln!("{}: {error}", out.display());
        return ExitCode::from(EXIT_UNREADABLE);
    }
    if no_display() {
        return ExitCode::from(EXIT_UNREADABLE);
    }
    let paths = AppPaths::platform();
    let notes_path = notes.unwrap_or_else(|| paths.notes_for(file));
    let notes = briefdesk::notes::NotesStore::open(notes_path, &loaded.name);
    let settings = briefdesk::view_model::Settings {
        language: lang,
        ..briefdesk::view_model::Settings::default()
    };
    let briefing = briefdesk::view_model::Briefing::from_dataset(&loaded.dataset, &settings);
    let scratch = std::env::temp_dir().join(format!("briefdesk-slides-{}", std::process::id()));
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("BriefDesk")
            .with_inner_size([width as f32, height as f32])
            .with_resizable(false),
        // The size asked for, not the one of the last run: a scratch file for the window's
        // own state, removed afterwards.
        persist_window: false,
        persistence_path: Some(scratch.clone()),
        ..Default::default()
    };
    let report = std::sync::Arc::new(std::sync::Mutex::new(ShotsReport::default()));
    let shared = std::sync::Arc::clone(&report);
    let out = out.to_path_buf();
    let result = eframe::run_native(
        "BriefDesk slides",
        options,
        Box::new(move |cc| {
            let mut shots = SlideShots::new(&cc.egui_ctx, briefing, notes, lang, dark, out);
            shots.report = shared;
            Ok(Box::new(shots))
        }),
    );
    let _ = std::fs::remove_file(&scratch);
    if let Err(error) = result {
        eprintln!("briefdesk: the window could not be opened: {error}");
        return ExitCode::from(EXIT_UNREADABLE);
    }
    let Ok(report) = report.lock() else {
        return ExitCode::from(EXIT_UNREADABLE);
    };
    let mut stdout = std::io::stdout().lock();
    for path in &report.written {
        let _ = writeln!(stdout, "{}", path.display());
    }
    match &report.error {
        Some(error) => {
            eprintln!("briefdesk slides: {error}");
            ExitCode::from(EXIT_UNREADABLE)
        }
        None => ExitCode::SUCCESS,
    }
}

/// Whether there is no display to open a window on (said on stderr).
fn no_display() -> bool {
    let none = cfg!(target_os = "linux")
        && std::env::var_os("DISPLAY").is_none()
        && std::env::var_os("WAYLAND_DISPLAY").is_none();
    if none {
        eprintln!(
            "briefdesk: no display to open a window on (neither DISPLAY nor WAYLAND_DISPLAY is set).\n\
             Run it in a desktop session, or use `briefdesk summary` / `briefdesk check FILE` in a terminal."
        );
    }
    none
}

fn summary(
    file: Option<&std::path::Path>,
    lang: Language,
    out: &mut impl std::io::Write,
) -> ExitCode {
    match cli::load_or_embedded(file) {
        Ok(loaded) => match cli::summary(&loaded, lang, out) {
            Ok(()) => ExitCode::SUCCESS,
            Err(_) => ExitCode::from(EXIT_UNREADABLE),
        },
        Err(error) => {
            let _ = writeln!(std::io::stderr(), "{error}");
            ExitCode::from(EXIT_UNREADABLE)
        }
    }
}

fn run_app(file: Option<PathBuf>) -> ExitCode {
    if no_display() {
        return ExitCode::from(EXIT_UNREADABLE);
    }
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("BriefDesk")
            .with_inner_size([1280.0, 800.0])
            .with_min_inner_size([800.0, 560.0])
            .with_drag_and_drop(true),
        ..Default::default()
    };
    let result = eframe::run_native(
        "BriefDesk",
        options,
        Box::new(move |cc| Ok(Box::new(BriefDeskApp::new(cc, file, AppPaths::platform())))),
    );
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("briefdesk: the window could not be opened: {error}");
            ExitCode::FAILURE
        }
    }
}
