//! The command line: `briefdesk check`, `summary`, `export`, and opening the app.

use std::io::Write;
use std::path::PathBuf;

use clap::builder::PossibleValue;
use clap::{Parser, Subcommand, ValueEnum};

use crate::export::{self, ExportFormat, ExportInput};
use crate::i18n::{Arg, Language, tr, tr_args};
use crate::model::{self, LoadError, Loaded, Severity};
use crate::notes;
use crate::view_model::{Briefing, ILLUSTRATIVE_MARK, Settings};

/// Prepare and present meeting briefings. Without a command, opens the window.
#[derive(Debug, Parser)]
#[command(
    name = "briefdesk",
    version,
    about,
    args_conflicts_with_subcommands = true
)]
pub struct Cli {
    /// Dataset to open (the embedded Akmola 2017 briefing when omitted).
    pub file: Option<PathBuf>,
    /// What to do instead of opening the window.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// Commands that run without a window.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check datasets and print every finding as `FILE:LINE:COLUMN: SEVERITY: MESSAGE`.
    ///
    /// Exit status: 0 without errors, 1 with errors, 2 when a file cannot be read or parsed.
    Check {
        /// Dataset files.
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Print a dataset's key figures with their qualifiers, units and sources.
    Summary {
        /// Dataset file (the embedded one when omitted).
        file: Option<PathBuf>,
        /// Language of the summary.
        #[arg(long, value_enum, default_value_t = Language::Ru)]
        lang: Language,
    },
    /// Export the briefing pack (title page, key figures, charts with tables, recommendations
    /// with their notes, sources, warnings) as PDF, Word (.docx), HTML or Markdown.
    ///
    /// The notes are read from `FILE.notes.ron` beside the dataset (for the embedded dataset,
    /// from the app's data folder), or from `--notes`. Exit status: 0 when written, 1 when the
    /// dataset has errors, 2 when a file cannot be read or written.
    Export {
        /// Dataset file (the embedded one when omitted).
        file: Option<PathBuf>,
        /// Output format (by default, from the extension of `--out`).
        #[arg(long, value_enum)]
        format: Option<ExportFormat>,
        /// Language of the pack: ru, kk or en; or two, paired section by section, the first
        /// first (kk,ru).
        #[arg(long, default_value = "ru", value_parser = parse_languages)]
        lang: PackLanguages,
        /// Where to write it.
        #[arg(long)]
        out: PathBuf,
        /// Notes file to use instead of the one beside the dataset.
        #[arg(long)]
        notes: Option<PathBuf>,
    },
    /// Save every slide of the deck as a picture (`slide-01.png`, …), in the order and with the
    /// slides chosen in the slide list, drawn as the wall shows them. Opens a window of the
    /// size asked for while it works.
    ///
    /// Exit status: 0 when written, 1 when the dataset has errors, 2 when a file cannot be read
    /// or written or no window can be opened.
    Slides {
        /// Dataset file (the embedded one when omitted).
        file: Option<PathBuf>,
        /// The folder to write the pictures into (made if missing).
        #[arg(long)]
        out: PathBuf,
        /// Language of the slides.
        #[arg(long, value_enum, default_value_t = Language::Ru)]
        lang: Language,
        /// Size of the pictures, `WIDTHxHEIGHT`.
        #[arg(long, default_value = "1920x1080", value_parser = parse_size)]
        size: (u32, u32),
        /// The dark projector theme (light by default).
        #[arg(long)]
        dark: bool,
        /// Notes file to use instead of the one beside the dataset (its slide plan).
        #[arg(long)]
        notes: Option<PathBuf>,
    },
    /// Import a table (districts, centres or case counts per district) from a spreadsheet
    /// (.xlsx, .xls, .ods) or a CSV file into a dataset, creating the dataset if there is none.
    ///
    /// Columns are matched by their headers (Russian, Kazakh or English) or by position; rows
    /// are matched to the dataset's by id or by name. Every cell left out is reported: one not
    /// understood, or in a column not understood (named by its header). A new district named a
    /// letter or two from another is pointed out ("did you mean …?"). A population's year comes
    /// from a year column or the population column's header ("Population, 2026"), else it is
    /// left empty. The previous version of the dataset is kept as `BRIEFING.ron.bak`.
    ///
    /// Exit status: 0 when written with every cell used (or nothing to change); 1 when written
    /// with cells left out, or when nothing is written because no row could be imported or the
    /// result would have errors; 2 when a file cannot be read or written. A failed import
    /// writes nothing: a missing dataset is not created, an existing one is left as it is.
    Import {
        /// The table file.
        table: PathBuf,
        /// The dataset to import into.
        #[arg(long)]
        into: PathBuf,
        /// The sheet of a workbook (the first when omitted).
        #[arg(long)]
        sheet: Option<String>,
        /// Which table the rows are (guessed from the headers when omitted).
        #[arg(long, value_parser = ["districts", "centres", "corruption"])]
        table_kind: Option<String>,
    },
}

/// `1920x1080` as a width and a height, each from 160 to 7680.
fn parse_size(text: &str) -> Result<(u32, u32), String> {
    let (w, h) = text
        .split_once(['x', 'X', '×'])
        .ok_or_else(|| format!("“{text}”: write the size as WIDTHxHEIGHT, e.g. 1920x1080"))?;
    let number = |s: &str| {
        s.trim()
            .parse::<u32>()
            .ok()
            .filter(|n| (160..=7680).contains(n))
            .ok_or_else(|| format!("“{s}” is not a size from 160 to 7680"))
    };
    Ok((number(w)?, number(h)?))
}

/// `--lang ru|kk|en`: a language is named by its code.
impl ValueEnum for Language {
    fn value_variants<'a>() -> &'a [Self] {
        &Self::ALL
    }

    fn to_possible_value(&self) -> Option<PossibleValue> {
        Some(PossibleValue::new(self.code()).help(self.native_name()))
    }
}

/// The language of a pack, or two languages paired section by section.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PackLanguages {
    /// The language of the pack, or the first of two.
    pub first: Language,
    /// The second language, when there are two.
    pub second: Option<Language>,
}

/// `ru`, `kk`, `en`, or two of them with a comma: `kk,ru`.
///
/// # Errors
/// When a code is not one of the three, when there are more than two, or the same twice.
pub fn parse_languages(text: &str) -> Result<PackLanguages, String> {
    let codes: Vec<&str> = text.split(',').map(str::trim).collect();
    let language =
        |code: &str| Language::from_code(code).ok_or_else(|| format!("“{code}”: say ru, kk or en"));
    match codes.as_slice() {
        [one] => Ok(PackLanguages {
            first: language(one)?,
            second: None,
        }),
        [one, two] => {
            let (first, second) = (language(one)?, language(two)?);
            if first == second {
                return Err(format!("“{text}”: name two different languages"));
            }
            Ok(PackLanguages {
                first,
                second: Some(second),
            })
        }
        _ => Err(format!("“{text}”: one language, or two such as kk,ru")),
    }
}

/// `--format pdf|docx|html|md`: a format is named by its file extension.
impl ValueEnum for ExportFormat {
    fn value_variants<'a>() -> &'a [Self] {
        &Self::ALL
    }

    fn to_possible_value(&self) -> Option<PossibleValue> {
        let help = match self {
            Self::Pdf => "A4 PDF with embedded fonts",
            Self::Docx => "Word document",
            Self::Html => "one self-contained HTML file",
            Self::Markdown => "Markdown",
        };
        Some(PossibleValue::new(self.extension()).help(help))
    }
}

/// Exit status of `check`: no errors.
pub const EXIT_OK: u8 = 0;
/// Exit status of `check`: a dataset has errors.
pub const EXIT_FINDINGS: u8 = 1;
/// Exit status: a file could not be read or parsed.
pub const EXIT_UNREADABLE: u8 = 2;

/// Runs `briefdesk check FILES`, writing to `out`; returns the exit status.
///
/// # Errors
/// When writing to `out` fails.
pub fn check(files: &[PathBuf], out: &mut dyn Write) -> std::io::Result<u8> {
    let mut status = EXIT_OK;
    let (mut errors, mut warnings, mut unreadable) = (0usize, 0usize, 0usize);
    for path in files {
        match model::load(path) {
            Ok(loaded) => {
                for finding in &loaded.findings {
                    writeln!(out, "{}", finding.line(&loaded.name))?;
                    match finding.severity {
                        Severity::Error => errors += 1,
                        Severity::Warning => warnings += 1,
                    }
                }
                if loaded.has_errors() {
                    status = status.max(EXIT_FINDINGS);
                }
            }
            Err(error) => {
                writeln!(out, "{error}")?;
                unreadable += 1;
                status = EXIT_UNREADABLE;
            }
        }
    }
    let files_word = if files.len() == 1 { "file" } else { "files" };
    let mut tally = format!(
        "checked {} {files_word}: {errors} error{}, {warnings} warning{}",
        files.len(),
        plural_s(errors),
        plural_s(warnings),
    );
    if unreadable > 0 {
        tally = format!("{tally}, {unreadable} unreadable");
    }
    writeln!(out, "{tally}")?;
    Ok(status)
}

fn plural_s(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// Loads `file`, or the embedded dataset when `None`.
///
/// # Errors
/// When the file cannot be read or parsed.
pub fn load_or_embedded(file: Option<&std::path::Path>) -> Result<Loaded, LoadError> {
    match file {
        Some(path) => model::load(path),
        None => model::embedded(),
    }
}

/// What `briefdesk export` was asked for.
#[derive(Clone, Debug)]
pub struct ExportArgs {
    /// Dataset (embedded when `None`).
    pub file: Option<PathBuf>,
    /// Format.
    pub format: ExportFormat,
    /// Language, or two paired.
    pub lang: PackLanguages,
    /// Output path.
    pub out: PathBuf,
    /// The notes file.
    pub notes: PathBuf,
    /// The time of export as printed.
    pub exported_at: String,
}

/// Runs `briefdesk export`; messages go to `out`, and the exit status comes back.
///
/// # Errors
/// When writing to `out` fails.
pub fn export(args: &ExportArgs, out: &mut dyn Write) -> std::io::Result<u8> {
    // The pack is never written over what it is made from.
    let sources = args.file.iter().chain([&args.notes]);
    if let Some(source) = sources
        .into_iter()
        .find(|p| crate::fs::same_file(&args.out, p))
    {
        writeln!(
            out,
            "{}: not exported: this is {}, which the pack is made from; choose another file",
            args.out.display(),
            source.display()
        )?;
        return Ok(EXIT_UNREADABLE);
    }
    let loaded = match load_or_embedded(args.file.as_deref()) {
        Ok(loaded) => loaded,
        Err(error) => {
            writeln!(out, "{error}")?;
            return Ok(EXIT_UNREADABLE);
        }
    };
    if loaded.has_errors() {
        for finding in loaded.findings.iter().filter(|f| f.is_error()) {
            writeln!(out, "{}", finding.line(&loaded.name))?;
        }
        writeln!(out, "{}: not exported: the dataset has errors", loaded.name)?;
        return Ok(EXIT_FINDINGS);
    }
    let notes = match notes::read_notes(&args.notes) {
        Ok(file) => file.notes,
        Err(reason) => {
            writeln!(
                out,
                "{}: {reason}; exporting without notes",
                args.notes.display()
            )?;
            std::collections::BTreeMap::new()
        }
    };
    let file_name = args.file.as_deref().map_or_else(
        || crate::model::EMBEDDED_NAME.to_owned(),
        |p| {
            p.file_name().map_or_else(
                || p.display().to_string(),
                |n| n.to_string_lossy().into_owned(),
            )
        },
    );
    let sha256 = loaded.sha256();
    let input = ExportInput {
        dataset: &loaded.dataset,
        file_name: &file_name,
        sha256: &sha256,
        findings: &loaded.findings,
        notes: &notes,
        settings: Settings {
            language: args.lang.first,
            ..Settings::default()
        },
        exported_at: args.exported_at.clone(),
    };
    let bytes = match args.lang.second {
        Some(second) => export::export_paired(&input, second, args.format),
        None => export::export(&input, args.format),
    };
    let written =
        bytes.and_then(|bytes| export::write_file(&args.out, &bytes).map(|()| bytes.len()));
    match written {
        Ok(bytes) => {
            writeln!(out, "{}: {bytes} bytes", args.out.display())?;
            Ok(EXIT_OK)
        }
        Err(error) => {
            writeln!(out, "{error}")?;
            Ok(EXIT_UNREADABLE)
        }
    }
}

/// Writes the key figures of `loaded` in `lang`.
///
/// # Errors
/// When writing to `out` fails.
pub fn summary(loaded: &Loaded, lang: Language, out: &mut dyn Write) -> std::io::Result<()> {
    let settings = Settings {
        language: lang,
        ..Settings::default()
    };
    let briefing = Briefing::from_dataset(&loaded.dataset, &settings);
    let header = &briefing.header;
    writeln!(out, "{}", header.title)?;
    writeln!(out, "{}", header.region)?;
    for line in [&header.period, &header.as_of, &header.meeting_when_where]
        .into_iter()
        .flatten()
    {
        writeln!(out, "{line}")?;
    }
    writeln!(out)?;
    for tile in &briefing.tiles {
        writeln!(out, "{}: {}", tile.label, tile.text)?;
        for line in tile
            .when
            .iter()
            .chain(&tile.comment)
            .chain(&tile.statements)
            .chain([&tile.source_text])
        {
            writeln!(out, "    {line}")?;
        }
    }
    if !briefing.rental.rows.is_empty() || briefing.rental.official_total.is_some() {
        writeln!(out)?;
        writeln!(out, "{}", briefing.rental.split_text)?;
    }
    if briefing.any_illustrative {
        writeln!(out)?;
        writeln!(
            out,
            "{ILLUSTRATIVE_MARK} {}",
            tr(lang, "illustrative-explained")
        )?;
    }
    let errors = loaded.findings.iter().filter(|f| f.is_error()).count();
    if errors > 0 {
        writeln!(out)?;
        writeln!(
            out,
            "{}: {errors} error(s); run `briefdesk check` for details",
            loaded.name
        )?;
    }
    Ok(())
}

/// Runs `briefdesk import`: reads the table, applies it to the dataset (a new one if there is
/// none), writes the dataset and says what happened; returns the exit status. A failed import
/// (the table unreadable, nothing in it to import, or a result with errors) writes nothing.
///
/// # Errors
/// When writing to `out` fails.
pub fn import(
    table: &std::path::Path,
    into: &std::path::Path,
    sheet: Option<&str>,
    target: Option<crate::import::Target>,
    out: &mut dyn Write,
) -> std::io::Result<u8> {
    use crate::import;
    let (table_name, into_name) = (table.display(), into.display());
    let untouched = if into.exists() {
        "is left as it is"
    } else {
        "is not created"
    };
    let grid = match import::from_file(table, sheet) {
        Ok(grid) => grid,
        Err(e) => {
            writeln!(out, "{table_name}: error: {e}")?;
            writeln!(out, "{into_name}: nothing imported; the file {untouched}")?;
            return Ok(EXIT_UNREADABLE);
        }
    };
    let dataset = if into.exists() {
        match model::load(into) {
            Ok(loaded) => loaded.dataset,
            Err(e) => {
                writeln!(out, "{e}")?;
                return Ok(EXIT_UNREADABLE);
            }
        }
    } else {
        model::new_dataset()
    };
    let mapping = import::map_columns(&grid, target);
    let preview = import::preview(&dataset, &grid, &mapping);
    import_report(table, &grid, &preview, out)?;
    let (added, updated, unchanged) = (preview.added(), preview.updated(), preview.unchanged());
    let left_out = preview.left_out();
    if added + updated + unchanged == 0 {
        writeln!(
            out,
            "{into_name}: error: no row of {table_name} could be imported; the file {untouched}"
        )?;
        return Ok(EXIT_FINDINGS);
    }
    let tally = format!(
        "{added} added, {updated} updated, {unchanged} unchanged, {left_out} cell{} left out",
        plural_s(left_out)
    );
    let status = if left_out > 0 { EXIT_FINDINGS } else { EXIT_OK };
    if added + updated == 0 {
        writeln!(
            out,
            "{into_name}: {tally}; nothing to change, the file {untouched}"
        )?;
        return Ok(status);
    }
    let dataset = preview.into_dataset();
    let findings = model::validate(&dataset);
    let errors: Vec<_> = findings.iter().filter(|f| f.is_error()).collect();
    if !errors.is_empty() {
        for finding in &errors {
            writeln!(out, "{}", finding.line(&into_name.to_string()))?;
        }
        writeln!(
            out,
            "{into_name}: error: with {table_name} it would have {} error{}; nothing imported, the file {untouched}",
            errors.len(),
            plural_s(errors.len())
        )?;
        return Ok(EXIT_FINDINGS);
    }
    let written = model::to_ron(&dataset)
        .map_err(std::io::Error::other)
        .and_then(|text| {
            crate::fs::backup(into)?;
            crate::fs::write_atomic(into, text.as_bytes())
        });
    if let Err(e) = written {
        writeln!(out, "{into_name}: error: cannot write: {e}")?;
        return Ok(EXIT_UNREADABLE);
    }
    let warnings = findings.len();
    writeln!(
        out,
        "{into_name}: {tally}; {warnings} warning{} (run `briefdesk check`)",
        plural_s(warnings)
    )?;
    Ok(status)
}

/// What the columns of `table` go to, and each thing of the preview a reader should know:
/// cells not understood, columns not used, names close to others, populations without a year.
fn import_report(
    table: &std::path::Path,
    grid: &crate::import::Grid,
    preview: &crate::import::Preview,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let lang = Language::En;
    let table_name = table.display();
    let mapping = &preview.mapping;
    let header = grid.rows.first().cloned().unwrap_or_default();
    let data_rows = grid
        .rows
        .iter()
        .skip(usize::from(mapping.header))
        .filter(|r| r.iter().any(|c| !c.trim().is_empty()))
        .count();
    writeln!(
        out,
        "{table_name}: {data_rows} row{} into `{}` ({})",
        plural_s(data_rows),
        mapping.target.name(),
        if mapping.header {
            "columns by header"
        } else {
            "columns by position"
        }
    )?;
    let column_name = |i: usize| match header.get(i).filter(|h| mapping.header && !h.is_empty()) {
        Some(h) => h.clone(),
        None => format!("column {}", i + 1),
    };
    for (i, field) in mapping.columns.iter().enumerate() {
        let name = column_name(i);
        match field {
            Some(f) => writeln!(out, "  {name} -> {}", tr(lang, f.label_key()))?,
            None => writeln!(out, "  {name} -> not understood, left out")?,
        }
    }
    for p in &preview.problems {
        writeln!(
            out,
            "{table_name}: row {}: warning: {}",
            p.row,
            crate::wording::import_problem(lang, p)
        )?;
    }
    for column in &preview.unused {
        let text = tr_args(
            lang,
            "import-unused-column",
            &[
                ("column", Arg::Text(&column_name(column.column - 1))),
                ("n", Arg::Number(column.cells as f64)),
            ],
        );
        writeln!(out, "{table_name}: warning: {text}")?;
    }
    for near in &preview.near {
        writeln!(
            out,
            "{table_name}: row {}: warning: {}",
            near.row,
            near.text(lang)
        )?;
    }
    if let Some((year, header)) = &preview.year.from_header {
        let text = tr_args(
            lang,
            "import-year-from-header",
            &[
                ("year", Arg::Text(&year.to_string())),
                ("header", Arg::Text(header)),
            ],
        );
        writeln!(out, "{table_name}: note: {text}")?;
    }
    let without_year = preview.year.left_empty.len();
    if without_year > 0 {
        let text = tr_args(
            lang,
            "import-year-empty",
            &[("n", Arg::Number(without_year as f64))],
        );
        writeln!(out, "{table_name}: warning: {text}")?;
    }
    Ok(())
}
