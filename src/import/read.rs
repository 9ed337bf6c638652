//! Reading a block of cells: tab-separated text from the clipboard, a CSV file, or a sheet of
//! an `.xlsx`, `.xls` or `.ods` workbook. Whatever the source, the result is rows of text; a
//! sheet too large is refused early, not read to the end.

use std::io::{Read, Seek};
use std::path::Path;

use calamine::{Data, DataRef, Reader};

/// Most rows a table may have (a region has tens of districts; a sheet of a million rows is
/// not a briefing table).
pub const MAX_ROWS: usize = 20_000;

/// Most columns read.
pub const MAX_COLUMNS: usize = 64;

/// Files larger than this are refused before they are read.
pub const MAX_FILE_BYTES: u64 = 32 * 1024 * 1024;

/// Rows of cells as text, the first possibly a header.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Grid {
    /// The rows, each cut to [`MAX_COLUMNS`]; a blank row in the source is an empty one here,
    /// so that row numbers stay the spreadsheet's.
    pub rows: Vec<Vec<String>>,
    /// Blank rows above the first one (a table that starts lower on its sheet).
    pub rows_above: usize,
}

/// Why a table could not be read.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ReadError {
    /// The file is missing or unreadable.
    #[error("{0}")]
    Io(String),
    /// The file is over [`MAX_FILE_BYTES`].
    #[error("the file is {0} bytes; tables over {MAX_FILE_BYTES} bytes are not read")]
    TooLarge(u64),
    /// More rows than [`MAX_ROWS`].
    #[error("the table has more than {MAX_ROWS} rows: is this the right sheet?")]
    TooManyRows,
    /// Not a format this reads.
    #[error("“{0}” is not a table BriefDesk reads (.xlsx, .xls, .ods, .csv, .tsv, .txt)")]
    UnknownFormat(String),
    /// The workbook could not be read.
    #[error("the workbook cannot be read: {0}")]
    Workbook(String),
    /// No sheet of that name.
    #[error("there is no sheet “{name}”; the sheets are: {sheets}")]
    NoSheet {
        /// The name asked for.
        name: String,
        /// The names there are.
        sheets: String,
    },
    /// Nothing in it.
    #[error("the table is empty")]
    Empty,
}

impl Grid {
    fn push(&mut self, row: Vec<String>) -> Result<(), ReadError> {
        if self.rows.len() >= MAX_ROWS {
            return Err(ReadError::TooManyRows);
        }
        self.rows.push(row);
        Ok(())
    }

    /// Drops empty rows at the end, counts those at the start in [`Grid::rows_above`], and
    /// checks there is something.
    fn finish(mut self) -> Result<Self, ReadError> {
        let blank = |r: &Vec<String>| r.iter().all(|c| c.trim().is_empty());
        while self.rows.last().is_some_and(blank) {
            self.rows.pop();
        }
        let leading = self.rows.iter().take_while(|r| blank(r)).count();
        self.rows.drain(..leading);
        self.rows_above += leading;
        if self.rows.is_empty() {
            return Err(ReadError::Empty);
        }
        Ok(self)
    }

    /// The row number the spreadsheet shows for `rows[index]` (from 1, blank rows counted).
    pub fn line(&self, index: usize) -> usize {
        self.rows_above + index + 1
    }

    /// The row the spreadsheet numbers `line`.
    pub fn row_at(&self, line: usize) -> Option<&Vec<String>> {
        self.rows.get(line.checked_sub(self.rows_above + 1)?)
    }
}

/// Cells copied from a spreadsheet: rows on lines, cells separated by tabs (a cell in quotes
/// may hold tabs and line breaks, as Excel and Calc write them).
///
/// # Errors
/// When the text is empty or has more than [`MAX_ROWS`] rows.
pub fn from_tsv(text: &str) -> Result<Grid, ReadError> {
    from_delimited(text.as_bytes(), b'\t')
}

/// A CSV file's text: the separator (`,`, `;` or a tab) is the one its first line uses most.
///
/// # Errors
/// When the text is empty, malformed or has more than [`MAX_ROWS`] rows.
pub fn from_csv(text: &str) -> Result<Grid, ReadError> {
    let first = text.lines().next().unwrap_or_default();
    let delimiter = [b';', b',', b'\t']
        .into_iter()
        .max_by_key(|d| first.bytes().filter(|b| b == d).count())
        .unwrap_or(b',');
    from_delimited(text.as_bytes(), delimiter)
}

fn from_delimited(bytes: &[u8], delimiter: u8) -> Result<Grid, ReadError> {
    let bytes = blank_lines_kept(bytes, delimiter);
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(bytes.as_slice());
    let mut grid = Grid::default();
    for record in reader.records() {
        let record = record.map_err(|e| ReadError::Io(e.to_string()))?;
        grid.push(
            record
                .iter()
                .take(MAX_COLUMNS)
                .map(|c| c.trim().to_owned())
                .collect(),
        )?;
    }
    grid.finish()
}

/// The text with each blank line (outside quotes) holding one empty quoted cell: the CSV reader
/// skips blank lines, and every row after one would be numbered one less than the
/// spreadsheet's.
fn blank_lines_kept(bytes: &[u8], delimiter: u8) -> Vec<u8> {
    let mut out = Vec::with_capacity(bytes.len() + 16);
    let (mut in_quotes, mut field_start, mut line_start) = (false, true, true);
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if in_quotes {
            if b == b'"' {
                if bytes.get(i + 1) == Some(&b'"') {
                    out.push(b);
                    i += 1;
                } else {
                    in_quotes = false;
                }
            }
        } else if b == b'\n' || b == b'\r' {
            if line_start {
                out.extend_from_slice(b"\"\"");
            }
            // "\r\n" is one line break.
            if b == b'\r' && bytes.get(i + 1) == Some(&b'\n') {
                out.push(b);
                i += 1;
            }
            (field_start, line_start) = (true, true);
            out.push(bytes.get(i).copied().unwrap_or(b));
            i += 1;
            continue;
        } else if b == b'"' && field_start {
            in_quotes = true;
        } else {
            field_start = b == delimiter;
        }
        line_start = false;
        out.push(b);
        i += 1;
    }
    out
}

/// A table file: CSV or TSV text, or a sheet of a workbook (the first, or the one named).
///
/// # Errors
/// When the file cannot be read, is too large, is not a table, has no such sheet, is empty or
/// has more than [`MAX_ROWS`] rows.
pub fn from_file(path: &Path, sheet: Option<&str>) -> Result<Grid, ReadError> {
    let meta = std::fs::metadata(path).map_err(|e| ReadError::Io(e.to_string()))?;
    if meta.len() > MAX_FILE_BYTES {
        return Err(ReadError::TooLarge(meta.len()));
    }
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    match ext.as_str() {
        "csv" | "tsv" | "txt" => {
            let bytes = std::fs::read(path).map_err(|e| ReadError::Io(e.to_string()))?;
            let text = decode(&bytes);
            if ext == "tsv" {
                from_tsv(&text)
            } else {
                from_csv(&text)
            }
        }
        "xlsx" | "xlsm" => {
            let mut book: calamine::Xlsx<_> = calamine::open_workbook(path)
                .map_err(|e: calamine::XlsxError| ReadError::Workbook(e.to_string()))?;
            let name = pick_sheet(&book.sheet_names(), sheet)?;
            xlsx_sheet(&mut book, &name)
        }
        "xls" | "xlsb" | "ods" => {
            let mut book = calamine::open_workbook_auto(path)
                .map_err(|e| ReadError::Workbook(e.to_string()))?;
            let name = pick_sheet(&book.sheet_names(), sheet)?;
            let range = book
                .worksheet_range(&name)
                .map_err(|e| ReadError::Workbook(e.to_string()))?;
            if range.height() > MAX_ROWS {
                return Err(ReadError::TooManyRows);
            }
            let mut grid = Grid {
                rows_above: range.start().map_or(0, |(row, _)| row as usize),
                ..Grid::default()
            };
            for row in range.rows() {
                grid.push(row.iter().take(MAX_COLUMNS).map(cell_text).collect())?;
            }
            grid.finish()
        }
        _ => Err(ReadError::UnknownFormat(
            path.file_name()
                .map_or_else(String::new, |n| n.to_string_lossy().into_owned()),
        )),
    }
}

/// UTF-8 (a byte-order mark dropped), else Windows-1251 as Russian offices save CSV.
fn decode(bytes: &[u8]) -> String {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => text.to_owned(),
        Err(_) => bytes.iter().map(|b| windows_1251(*b)).collect(),
    }
}

/// One byte of Windows-1251 as a character.
fn windows_1251(b: u8) -> char {
    match b {
        0x00..=0x7F => char::from(b),
        0xC0..=0xFF => char::from_u32(0x0410 + u32::from(b - 0xC0)).unwrap_or('\u{FFFD}'),
        0xA8 => 'Ё',
        0xB8 => 'ё',
        0xAA => 'Є',
        0xBA => 'є',
        0xB2 => 'І',
        0xB3 => 'і',
        0xA0 => '\u{a0}',
        0xB9 => '№',
        _ => '\u{FFFD}',
    }
}

fn pick_sheet(names: &[String], wanted: Option<&str>) -> Result<String, ReadError> {
    match wanted {
        None => names.first().cloned().ok_or(ReadError::Empty),
        Some(w) => names
            .iter()
            .find(|n| n.eq_ignore_ascii_case(w) || n.to_lowercase() == w.to_lowercase())
            .cloned()
            .ok_or_else(|| ReadError::NoSheet {
                name: w.to_owned(),
                sheets: names.join(", "),
            }),
    }
}

/// An `.xlsx` sheet cell by cell, stopping as soon as it has too many rows.
fn xlsx_sheet<RS: Read + Seek>(
    book: &mut calamine::Xlsx<RS>,
    name: &str,
) -> Result<Grid, ReadError> {
    let mut reader = book
        .worksheet_cells_reader(name)
        .map_err(|e| ReadError::Workbook(e.to_string()))?;
    let mut rows: Vec<Vec<String>> = Vec::new();
    let mut first_row: Option<u32> = None;
    let mut first_col = u32::MAX;
    let mut cells: Vec<(u32, u32, String)> = Vec::new();
    while let Some(cell) = reader
        .next_cell()
        .map_err(|e| ReadError::Workbook(e.to_string()))?
    {
        let (row, col) = cell.get_position();
        let first = *first_row.get_or_insert(row);
        // A hostile file may list rows out of order: nothing here may underflow.
        let row = row.saturating_sub(first);
        if row as usize >= MAX_ROWS {
            return Err(ReadError::TooManyRows);
        }
        if col as usize >= MAX_COLUMNS {
            continue;
        }
        let text = cell_ref_text(cell.get_value());
        if !text.is_empty() {
            first_col = first_col.min(col);
            cells.push((row, col, text));
        }
    }
    for (row, col, text) in cells {
        let (r, c) = (row as usize, col.saturating_sub(first_col) as usize);
        if rows.len() <= r {
            rows.resize(r + 1, Vec::new());
        }
        let line = &mut rows[r];
        if line.len() <= c {
            line.resize(c + 1, String::new());
        }
        line[c] = text;
    }
    Grid {
        rows,
        rows_above: first_row.map_or(0, |r| r as usize),
    }
    .finish()
}

fn number_text(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 9.0e15 {
        format!("{}", v as i64)
    } else {
        format!("{v}")
    }
}

/// An Excel date serial as an ISO date (1900 system).
fn serial_date(serial: f64) -> String {
    let days = serial.floor() as i64;
    jiff::civil::date(1899, 12, 30)
        .checked_add(jiff::Span::new().days(days))
        .map_or_else(|_| number_text(serial), |d| d.to_string())
}

fn cell_text(cell: &Data) -> String {
    match cell {
        Data::Int(v) => v.to_string(),
        Data::Float(v) => number_text(*v),
        Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => s.trim().to_owned(),
        Data::Bool(b) => b.to_string(),
        Data::DateTime(d) => serial_date(d.as_f64()),
        Data::Error(e) => format!("#{e}"),
        Data::Empty => String::new(),
    }
}

fn cell_ref_text(cell: &DataRef<'_>) -> String {
    match cell {
        DataRef::Int(v) => v.to_string(),
        DataRef::Float(v) => number_text(*v),
        DataRef::String(s) | DataRef::DateTimeIso(s) | DataRef::DurationIso(s) => {
            s.trim().to_owned()
        }
        DataRef::SharedString(s) => s.trim().to_owned(),
        DataRef::Bool(b) => b.to_string(),
        DataRef::DateTime(d) => serial_date(d.as_f64()),
        DataRef::Error(e) => format!("#{e}"),
        DataRef::Empty => String::new(),
    }
}
