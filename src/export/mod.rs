//! The briefing pack for sending and printing: PDF, Word, HTML and Markdown from one
//! [`Pack`], and the chart on screen as a PNG. The app's File → Export… and `briefdesk export`
//! both call [`export`] and [`write_file`].

pub mod docx;
pub mod drawing;
pub mod html;
pub mod markdown;
pub mod pack;
pub mod paper;
pub mod pdf;
pub mod png;
pub mod subset;
pub mod summary;
pub mod svg;
pub mod tsv;

use std::path::{Path, PathBuf};

pub use pack::{ExportInput, Pack, build};

/// An output format.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ExportFormat {
    /// A4 PDF with embedded fonts and vector charts.
    Pdf,
    /// A Word document (`.docx`) with heading styles, tables and the charts as pictures.
    Docx,
    /// One self-contained HTML file.
    Html,
    /// Markdown.
    Markdown,
}

impl ExportFormat {
    /// Every format, in menu order.
    pub const ALL: [Self; 4] = [Self::Pdf, Self::Docx, Self::Html, Self::Markdown];

    /// The file extension, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            Self::Pdf => "pdf",
            Self::Docx => "docx",
            Self::Html => "html",
            Self::Markdown => "md",
        }
    }

    /// The format an extension names (`pdf`, `docx`, `html`, `md`), in any case.
    pub fn from_extension(extension: &str) -> Option<Self> {
        match extension.to_ascii_lowercase().as_str() {
            "pdf" => Some(Self::Pdf),
            "docx" => Some(Self::Docx),
            "html" | "htm" => Some(Self::Html),
            "md" | "markdown" => Some(Self::Markdown),
            _ => None,
        }
    }

    /// The format a file name asks for, by its extension.
    pub fn from_path(path: &Path) -> Option<Self> {
        Self::from_extension(path.extension()?.to_str()?)
    }
}

/// Why an export failed. Nothing is left half-written in any case.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// The folder to write into does not exist.
    #[error("{}: the folder does not exist", .0.display())]
    MissingFolder(PathBuf),
    /// The file could not be written (read-only folder, full disk…).
    #[error("{}: {source}", path.display())]
    Write {
        /// Where.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// The PDF could not be made.
    #[error("the PDF could not be made: {0}")]
    Pdf(String),
    /// The Word document could not be packed.
    #[error("the Word document could not be made: {0}")]
    Docx(String),
    /// The PNG could not be made.
    #[error("the image could not be made: {0}")]
    Image(String),
}

/// The pack in `format`, as bytes.
///
/// # Errors
/// When the PDF or Word writer fails, or a chart cannot be drawn.
pub fn export(input: &ExportInput<'_>, format: ExportFormat) -> Result<Vec<u8>, ExportError> {
    let pack = build(input);
    render(&pack, format)
}

/// The pack in two languages paired section by section (Kazakh and Russian, as official
/// documents are issued here): the input's language first, then `second`.
///
/// # Errors
/// When the PDF writer fails.
pub fn export_paired(
    input: &ExportInput<'_>,
    second: crate::i18n::Language,
    format: ExportFormat,
) -> Result<Vec<u8>, ExportError> {
    let first = build(input);
    let translated = ExportInput {
        dataset: input.dataset,
        file_name: input.file_name,
        sha256: input.sha256,
        findings: input.findings,
        notes: input.notes,
        settings: crate::view_model::Settings {
            language: second,
            ..input.settings
        },
        exported_at: input.exported_at.clone(),
    };
    let other = build(&translated);
    let metrics = drawing::Metrics::default();
    Ok(match format {
        ExportFormat::Markdown => markdown::render_paired(&first, &other).into_bytes(),
        ExportFormat::Html => html::render_paired(&first, &other, &metrics).into_bytes(),
        ExportFormat::Pdf => pdf::render_paired(&first, &other, &metrics)?,
        ExportFormat::Docx => docx::render_paired(&first, &other, &metrics)?,
    })
}

/// A built pack in `format`.
///
/// # Errors
/// When the PDF or Word writer fails, or a chart cannot be drawn.
pub fn render(pack: &Pack, format: ExportFormat) -> Result<Vec<u8>, ExportError> {
    let metrics = drawing::Metrics::default();
    Ok(match format {
        ExportFormat::Markdown => markdown::render(pack).into_bytes(),
        ExportFormat::Html => html::render(pack, &metrics).into_bytes(),
        ExportFormat::Pdf => pdf::render(pack, &metrics)?,
        ExportFormat::Docx => docx::render(pack, &metrics)?,
    })
}

/// Writes `bytes` to `path` atomically: the file is whole or absent, never half-written.
///
/// # Errors
/// When the folder is missing or cannot be written to.
pub fn write_file(path: &Path, bytes: &[u8]) -> Result<(), ExportError> {
    let folder = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    if !folder.is_dir() {
        return Err(ExportError::MissingFolder(folder.to_path_buf()));
    }
    crate::fs::write_atomic(path, bytes).map_err(|source| ExportError::Write {
        path: path.to_path_buf(),
        source,
    })
}

/// The local time now, as written on the title page: "2026-11-28 09:40 +06".
pub fn now_text() -> String {
    jiff::Zoned::now()
        .strftime("%Y-%m-%d %H:%M %:z")
        .to_string()
}
