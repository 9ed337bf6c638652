//! The `briefdesk` binary: parses the command line and hands over to the library.

use std::io::Write as _;
use std::process::ExitCode;

use briefdesk::cli::{self, Cli, Command, EXIT_UNREADABLE};
use briefdesk::i18n::Language;
use clap::Parser as _;

fn main() -> ExitCode {
    let args = Cli::parse();
    let mut stdout = std::io::stdout().lock();
    match args.command {
        Some(Command::Check { files }) => match cli::check(&files, &mut stdout) {
            Ok(status) => ExitCode::from(status),
            Err(_) => ExitCode::from(EXIT_UNREADABLE),
        },
        Some(Command::Summary { file, lang }) => summary(
            file.as_deref(),
            Language::from_code(&lang).unwrap_or_default(),
            &mut stdout,
        ),
        None => summary(args.file.as_deref(), Language::default(), &mut stdout),
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
