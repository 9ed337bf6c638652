//! The `briefdesk` binary: parses the command line and hands over to the library.

use std::io::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

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
                    "briefdesk export: say --format pdf, html or md, or end --out with .pdf, .html or .md"
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
        None => run_app(args.file),
    }
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
    if cfg!(target_os = "linux")
        && std::env::var_os("DISPLAY").is_none()
        && std::env::var_os("WAYLAND_DISPLAY").is_none()
    {
        eprintln!(
            "briefdesk: no display to open a window on (neither DISPLAY nor WAYLAND_DISPLAY is set).\n\
             Run it in a desktop session, or use `briefdesk summary` / `briefdesk check FILE` in a terminal."
        );
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
