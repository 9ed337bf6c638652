//! Reading a dataset file: size, encoding and format checks, then RON deserialization, with
//! every failure turned into a [`LoadError`] that names the file, line and column.

use std::fmt;
use std::io::Read as _;
use std::path::Path;

use ron::extensions::Extensions;

use super::locate::{self, Position, SourceMap};
use super::suggest::nearest;
use super::validate::{Finding, validate};
use super::{Dataset, FORMAT_OLDEST, FORMAT_VERSION};

/// The embedded default dataset: the Akmola Region meeting of November 2017.
pub const EMBEDDED_AKMOLA_2017: &str = include_str!("../../assets/datasets/akmola-2017.ron");

/// The name the embedded dataset goes by in messages.
pub const EMBEDDED_NAME: &str = "embedded:akmola-2017.ron";

/// Files larger than this are refused before they are read.
pub const MAX_FILE_BYTES: u64 = 32 * 1024 * 1024;

/// Values nested deeper than this are refused (a real dataset needs about 6 levels).
pub const MAX_NESTING: usize = 64;

/// Longest stretch of a line quoted in an error message, in characters.
const MAX_QUOTE_CHARS: usize = 120;

/// Why a dataset could not be loaded.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum LoadErrorKind {
    /// The path does not exist.
    #[error("no such file")]
    NotFound,
    /// The path is a directory.
    #[error("this is a folder, not a dataset file")]
    IsDirectory,
    /// The operating system refused to read the file.
    #[error("cannot read the file: {0}")]
    Unreadable(String),
    /// The file is over [`MAX_FILE_BYTES`].
    #[error("the file is {bytes} bytes; datasets over {limit} bytes are refused")]
    TooLarge {
        /// Size of the file.
        bytes: u64,
        /// The limit.
        limit: u64,
    },
    /// Nothing but whitespace and comments.
    #[error("the file is empty: expected `Briefing(format: 2, …)`")]
    Empty,
    /// Bytes that are not UTF-8.
    #[error("the file is not UTF-8 text (binary data or another encoding such as Windows-1251)")]
    NotUtf8,
    /// Something other than a BriefDesk dataset.
    #[error("this is not a BriefDesk dataset: expected `Briefing(format: 2, …)`, found {found}")]
    NotADataset {
        /// What was found instead, as written.
        found: String,
    },
    /// A format version this build does not read.
    #[error("format {found} is newer than this build reads ({FORMAT_VERSION})")]
    FormatTooNew {
        /// The version written in the file.
        found: String,
    },
    /// A format version that never existed.
    #[error(
        "format {found} is not a known version: this build reads formats {FORMAT_OLDEST} to {FORMAT_VERSION}"
    )]
    FormatUnknown {
        /// The version written in the file.
        found: String,
    },
    /// Values nested deeper than [`MAX_NESTING`].
    #[error("values are nested deeper than {MAX_NESTING} levels")]
    TooDeep,
    /// The file ends in the middle of a value.
    #[error("the file ends too early: it looks truncated (a missing `)`, `]` or `\"`?)")]
    Truncated,
    /// A field this format does not have.
    #[error("unknown field `{found}` in {outer}; expected one of: {}", expected.join(", "))]
    UnknownField {
        /// The field as written.
        found: String,
        /// The type it appeared in.
        outer: String,
        /// The fields that type has.
        expected: Vec<&'static str>,
    },
    /// An enum variant this format does not have.
    #[error("unknown value `{found}`{}; expected one of: {}", in_outer(outer.as_deref()), expected.join(", "))]
    UnknownVariant {
        /// The variant as written.
        found: String,
        /// The type it appeared in.
        outer: Option<String>,
        /// The variants that type has.
        expected: Vec<&'static str>,
    },
    /// A required field is missing.
    #[error("missing field `{field}`{}", in_outer(outer.as_deref()))]
    MissingField {
        /// The field.
        field: &'static str,
        /// The type that needs it.
        outer: Option<String>,
    },
    /// A date that is not one.
    #[error("{0}")]
    BadDate(super::DateError),
    /// Something else was expected at this place.
    #[error("expected {}", .0.english())]
    Expected(Expected),
    /// A value of the wrong kind: text where a number goes.
    #[error("expected {expected}, found {found}")]
    WrongType {
        /// What the field takes, as the reader words it.
        expected: String,
        /// What was written.
        found: String,
    },
    /// A field given twice.
    #[error("the field `{field}` is given twice")]
    DuplicateField {
        /// The field.
        field: &'static str,
    },
    /// A whole number too large or too small for its field.
    #[error("the number is too large for this field")]
    NumberTooLarge,
    /// A character that cannot start anything here.
    #[error("unexpected character `{0}`")]
    UnexpectedChar(char),
    /// More after the dataset's closing bracket.
    #[error("there is more text after the end of the dataset")]
    TrailingText,
    /// Any other syntax error, as the RON reader words it.
    #[error("{0}")]
    Syntax(String),
}

/// What the reader expected where it found something else.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Expected {
    /// `[`.
    List,
    /// `]` or `,`.
    ListEnd,
    /// `{`.
    Map,
    /// `:` in a map.
    MapColon,
    /// `}` or `,`.
    MapEnd,
    /// `(`.
    Struct,
    /// `)` or `,`.
    StructEnd,
    /// A quoted text.
    Text,
    /// A whole number.
    Integer,
    /// A number.
    Number,
    /// `true` or `false`.
    Boolean,
    /// A name: a field or a value such as `Rented`.
    Name,
    /// A comma.
    Comma,
    /// `Some(…)` or `None`.
    Option,
}

impl Expected {
    /// English words for it.
    pub fn english(self) -> &'static str {
        match self {
            Self::List => "a list in `[ ]`",
            Self::ListEnd => "`,` or the closing `]`",
            Self::Map => "a map in `{ }`",
            Self::MapColon => "`:` after a key",
            Self::MapEnd => "`,` or the closing `}`",
            Self::Struct => "`(`",
            Self::StructEnd => "`,` or the closing `)`",
            Self::Text => "a text in quotes",
            Self::Integer => "a whole number",
            Self::Number => "a number",
            Self::Boolean => "true or false",
            Self::Name => "a field name or a value such as `Rented`",
            Self::Comma => "a comma",
            Self::Option => "a value or None",
        }
    }

    /// The message key of its words in the interface languages.
    pub fn key(self) -> &'static str {
        match self {
            Self::List => "load-expected-list",
            Self::ListEnd => "load-expected-list-end",
            Self::Map => "load-expected-map",
            Self::MapColon => "load-expected-map-colon",
            Self::MapEnd => "load-expected-map-end",
            Self::Struct => "load-expected-struct",
            Self::StructEnd => "load-expected-struct-end",
            Self::Text => "load-expected-text",
            Self::Integer => "load-expected-integer",
            Self::Number => "load-expected-number",
            Self::Boolean => "load-expected-boolean",
            Self::Name => "load-expected-name",
            Self::Comma => "load-expected-comma",
            Self::Option => "load-expected-option",
        }
    }
}

fn in_outer(outer: Option<&str>) -> String {
    outer.map(|o| format!(" in {o}")).unwrap_or_default()
}

/// A dataset that could not be loaded, with where and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LoadError {
    /// The file's path or name.
    pub file: String,
    /// Where in the file, when the problem is at one place.
    pub position: Option<Position>,
    /// What went wrong.
    pub kind: LoadErrorKind,
    /// The offending line, quoted.
    pub line_text: Option<String>,
    /// The nearest valid name, where the file has a near miss ("did you mean …?").
    pub suggestion: Option<String>,
}

impl LoadError {
    fn new(file: &str, kind: LoadErrorKind) -> Self {
        Self {
            file: file.to_owned(),
            position: None,
            kind,
            line_text: None,
            suggestion: None,
        }
    }

    fn at(mut self, text: &str, position: Position) -> Self {
        self.line_text = quote_line(text, position);
        self.position = Some(position);
        self
    }

    /// The one-line form `FILE:LINE:COLUMN: error: MESSAGE`.
    pub fn headline(&self) -> String {
        match self.position {
            Some(p) => format!("{}:{}: error: {}", self.file, p, self.kind),
            None => format!("{}: error: {}", self.file, self.kind),
        }
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.headline())?;
        if let (Some(p), Some(line)) = (self.position, &self.line_text) {
            let number = p.line.to_string();
            let pad = " ".repeat(number.len());
            let caret_pad = " ".repeat(caret_column(line, p.column));
            write!(f, "\n{pad} |\n{number} | {line}\n{pad} | {caret_pad}^")?;
        }
        if let Some(name) = &self.suggestion {
            write!(f, "\n= help: did you mean `{name}`?")?;
        }
        Ok(())
    }
}

impl std::error::Error for LoadError {}

/// Where the caret goes under a quoted line that may have been shortened.
fn caret_column(quoted: &str, column: usize) -> usize {
    let column = column.saturating_sub(1);
    // A shortened quote starts with "…" and is centred on the column.
    if let Some(rest) = quoted.strip_prefix('…') {
        let _ = rest;
        MAX_QUOTE_CHARS / 2 + 1
    } else {
        column.min(quoted.chars().count())
    }
}

/// The line at `position`, with control characters made visible and long lines shortened.
fn quote_line(text: &str, position: Position) -> Option<String> {
    let line = text.lines().nth(position.line.checked_sub(1)?)?;
    let clean: String = line
        .chars()
        .map(|c| {
            if c.is_control() && c != '\t' {
                '\u{FFFD}'
            } else {
                c
            }
        })
        .map(|c| if c == '\t' { ' ' } else { c })
        .collect();
    let count = clean.chars().count();
    if count <= MAX_QUOTE_CHARS {
        return Some(clean);
    }
    let start = position.column.saturating_sub(1 + MAX_QUOTE_CHARS / 2);
    if start == 0 {
        return Some(clean.chars().take(MAX_QUOTE_CHARS).chain(['…']).collect());
    }
    Some(
        ['…']
            .into_iter()
            .chain(clean.chars().skip(start).take(MAX_QUOTE_CHARS))
            .chain(['…'])
            .collect(),
    )
}

/// A dataset read and checked, ready to open unless its findings hold errors.
#[derive(Clone, Debug)]
pub struct Loaded {
    /// The file's path or name.
    pub name: String,
    /// The dataset.
    pub dataset: Dataset,
    /// What validation found, with positions in the file.
    pub findings: Vec<Finding>,
    /// The file as read (a byte-order mark included), kept so exports can name this exact
    /// version by its SHA-256 without reading the file again.
    pub text: std::sync::Arc<str>,
}

/// SHA-256 of `bytes`, as lowercase hex.
pub fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::Digest as _;
    use std::fmt::Write as _;
    let digest = sha2::Sha256::digest(bytes);
    let mut hex = String::with_capacity(64);
    for byte in &digest {
        let _ = write!(hex, "{byte:02x}");
    }
    hex
}

impl Loaded {
    /// SHA-256 of the file as read, lowercase hex (computed on demand: exports only).
    pub fn sha256(&self) -> String {
        sha256_hex(self.text.as_bytes())
    }

    /// Whether any finding is an error (such a dataset is not opened).
    pub fn has_errors(&self) -> bool {
        self.findings.iter().any(Finding::is_error)
    }
}

/// Reads, parses and validates the file at `path`.
///
/// # Errors
/// When the file cannot be read, is too large, is not UTF-8 or is not a valid dataset.
pub fn load(path: &Path) -> Result<Loaded, LoadError> {
    let bytes = read_limited(path)?;
    load_bytes(&bytes, &path.display().to_string())
}

/// Parses and validates a dataset given as bytes; `name` is used in messages.
///
/// # Errors
/// When the bytes are not UTF-8 or not a dataset.
pub fn load_bytes(bytes: &[u8], name: &str) -> Result<Loaded, LoadError> {
    let text = decode(bytes, name)?;
    load_text(text, name)
}

/// Parses and validates a dataset given as text; `name` is used in messages.
///
/// # Errors
/// When the text is not a dataset of this format.
pub fn load_text(text: &str, name: &str) -> Result<Loaded, LoadError> {
    // The text is the file decoded as is (a byte-order mark included): its bytes are the file's.
    let source: std::sync::Arc<str> = text.into();
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let dataset = parse(text, name)?;
    let mut findings = validate(&dataset);
    if !findings.is_empty() {
        let map = SourceMap::for_paths(text, findings.iter().map(|f| f.path.as_str()));
        for finding in &mut findings {
            finding.position = map.position(&finding.path);
        }
    }
    Ok(Loaded {
        name: name.to_owned(),
        dataset,
        findings,
        text: source,
    })
}

/// The embedded Akmola 2017 dataset, read and checked.
///
/// # Errors
/// Never for the shipped file (a test checks it); the signature matches [`load`].
pub fn embedded() -> Result<Loaded, LoadError> {
    load_text(EMBEDDED_AKMOLA_2017, EMBEDDED_NAME)
}

fn read_limited(path: &Path) -> Result<Vec<u8>, LoadError> {
    let name = path.display().to_string();
    let io_error = |e: std::io::Error| {
        let kind = match e.kind() {
            std::io::ErrorKind::NotFound => LoadErrorKind::NotFound,
            std::io::ErrorKind::IsADirectory => LoadErrorKind::IsDirectory,
            _ => LoadErrorKind::Unreadable(e.to_string()),
        };
        LoadError::new(&name, kind)
    };
    let metadata = std::fs::metadata(path).map_err(io_error)?;
    if metadata.is_dir() {
        return Err(LoadError::new(&name, LoadErrorKind::IsDirectory));
    }
    let too_large = |bytes| {
        LoadError::new(
            &name,
            LoadErrorKind::TooLarge {
                bytes,
                limit: MAX_FILE_BYTES,
            },
        )
    };
    if metadata.len() > MAX_FILE_BYTES {
        return Err(too_large(metadata.len()));
    }
    let file = std::fs::File::open(path).map_err(io_error)?;
    let mut bytes = Vec::new();
    // Read one byte past the limit so a file that grew since `metadata` is still caught.
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(io_error)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(too_large(bytes.len() as u64));
    }
    Ok(bytes)
}

fn decode<'a>(bytes: &'a [u8], name: &str) -> Result<&'a str, LoadError> {
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(text),
        Err(e) => {
            let valid = bytes.get(..e.valid_up_to()).unwrap_or_default();
            let prefix = std::str::from_utf8(valid).unwrap_or_default();
            let position = end_position(prefix);
            let line_start = prefix.rfind('\n').map_or(0, |i| i + 1);
            let mut error = LoadError::new(name, LoadErrorKind::NotUtf8);
            error.position = Some(position);
            error.line_text = prefix.get(line_start..).and_then(|line| {
                quote_line(
                    line,
                    Position {
                        line: 1,
                        column: position.column,
                    },
                )
            });
            Err(error)
        }
    }
}

fn end_position(text: &str) -> Position {
    let line = 1 + text.matches('\n').count();
    let last = text
        .rfind('\n')
        .map_or(text, |i| text.get(i + 1..).unwrap_or(""));
    Position {
        line,
        column: 1 + last.chars().count(),
    }
}

/// Parses the RON text of a dataset without validating it; `name` is used in messages.
///
/// # Errors
/// When the text is not a dataset of this format.
pub fn parse(text: &str, name: &str) -> Result<Dataset, LoadError> {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    check_header(text, name)?;
    let options = ron::Options::default()
        .with_default_extension(Extensions::IMPLICIT_SOME)
        .with_recursion_limit(MAX_NESTING);
    let mut dataset = options.from_str::<Dataset>(text).map_err(|e| {
        // Only now walk the whole file: deep nesting deserves its own message.
        match locate::header(text, MAX_NESTING, false).too_deep_at {
            Some(position) => LoadError::new(name, LoadErrorKind::TooDeep).at(text, position),
            None => from_ron(e, text, name),
        }
    })?;
    dataset.migrate();
    Ok(dataset)
}

/// Refuses empty files, other programs' RON and other format versions before deserializing,
/// so that the message says what the file is rather than which field looked wrong.
fn check_header(text: &str, name: &str) -> Result<(), LoadError> {
    let header = locate::header(text, MAX_NESTING, true);
    let not_a_dataset = |found: String, position: Position| {
        Err(LoadError::new(name, LoadErrorKind::NotADataset { found }).at(text, position))
    };
    if let Some((found, position)) = header.first_token {
        return not_a_dataset(format!("`{found}`"), position);
    }
    if let Some((root, position)) = &header.root_name
        && root != "Briefing"
    {
        let mut error = LoadError::new(
            name,
            LoadErrorKind::NotADataset {
                found: format!("`{root}(`"),
            },
        )
        .at(text, *position);
        if nearest(root, ["Briefing"]).is_some() {
            error.suggestion = Some("Briefing".to_owned());
        }
        return Err(error);
    }
    if header.blank {
        return Err(LoadError::new(name, LoadErrorKind::Empty));
    }
    if !header.root_is_struct {
        return Ok(());
    }
    if let Some(position) = header.too_deep_at {
        return Err(LoadError::new(name, LoadErrorKind::TooDeep).at(text, position));
    }
    if header.format.is_none() {
        // Another program's RON: a struct whose fields are mostly not ours.
        let ours = header
            .fields
            .iter()
            .filter(|(f, _)| super::BRIEFING_FIELDS.contains(&f.as_str()))
            .count();
        if let Some((_, position)) = header.fields.first()
            && ours * 2 < header.fields.len()
        {
            let names: Vec<String> = header
                .fields
                .iter()
                .take(4)
                .map(|(f, _)| format!("`{f}`"))
                .collect();
            return not_a_dataset(
                format!("a struct with fields {}", names.join(", ")),
                *position,
            );
        }
    }
    if let Some((literal, position)) = header.format {
        match literal.parse::<u64>() {
            Ok(v) if (u64::from(FORMAT_OLDEST)..=u64::from(FORMAT_VERSION)).contains(&v) => {}
            Ok(v) if v > u64::from(FORMAT_VERSION) => {
                return Err(
                    LoadError::new(name, LoadErrorKind::FormatTooNew { found: literal })
                        .at(text, position),
                );
            }
            _ => {
                return Err(
                    LoadError::new(name, LoadErrorKind::FormatUnknown { found: literal })
                        .at(text, position),
                );
            }
        }
    }
    Ok(())
}

/// The date error a field's parser reported, recovered from its message ("“2017-02-31” is not
/// a date: …"): the reader passes custom errors on as text.
fn date_error(message: &str) -> Option<super::DateError> {
    let rest = message.strip_prefix('“')?;
    let (text, tail) = rest.split_once('”')?;
    if !tail.starts_with(" is not a date") {
        return None;
    }
    text.parse::<super::PartialDate>().err()
}

fn from_ron(error: ron::error::SpannedError, text: &str, name: &str) -> LoadError {
    let position = Position {
        line: error.span.start.line,
        column: error.span.start.col,
    };
    let mut suggestion = None;
    let kind = match error.code {
        ron::Error::Eof => LoadErrorKind::Truncated,
        ron::Error::ExpectedStringEnd => LoadErrorKind::Syntax(
            "a string that starts here is never closed: a missing `\"`, or a truncated file?"
                .to_owned(),
        ),
        ron::Error::ExceededRecursionLimit => LoadErrorKind::TooDeep,
        ron::Error::Utf8Error(_) => LoadErrorKind::NotUtf8,
        ron::Error::NoSuchStructField {
            expected,
            found,
            outer,
        } => {
            suggestion = nearest(&found, expected.iter().copied()).map(str::to_owned);
            LoadErrorKind::UnknownField {
                found,
                outer: outer.unwrap_or_else(|| "this item".to_owned()),
                expected: expected.to_vec(),
            }
        }
        ron::Error::NoSuchEnumVariant {
            expected,
            found,
            outer,
        } => {
            suggestion = nearest(&found, expected.iter().copied()).map(str::to_owned);
            LoadErrorKind::UnknownVariant {
                found,
                outer,
                expected: expected.to_vec(),
            }
        }
        ron::Error::MissingStructField { field, outer } => {
            LoadErrorKind::MissingField { field, outer }
        }
        ron::Error::ExpectedDifferentStructName { expected, found } => {
            if nearest(&found, [expected]).is_some() {
                suggestion = Some(expected.to_owned());
            }
            LoadErrorKind::Syntax(format!("expected `{expected}(…)`, found `{found}(…)`"))
        }
        ron::Error::InvalidValueForType { expected, found } => {
            LoadErrorKind::WrongType { expected, found }
        }
        ron::Error::Message(message) => {
            date_error(&message).map_or(LoadErrorKind::Syntax(message), LoadErrorKind::BadDate)
        }
        ron::Error::ExpectedArray => LoadErrorKind::Expected(Expected::List),
        ron::Error::ExpectedArrayEnd => LoadErrorKind::Expected(Expected::ListEnd),
        ron::Error::ExpectedMap => LoadErrorKind::Expected(Expected::Map),
        ron::Error::ExpectedMapColon => LoadErrorKind::Expected(Expected::MapColon),
        ron::Error::ExpectedMapEnd => LoadErrorKind::Expected(Expected::MapEnd),
        ron::Error::ExpectedStructLike | ron::Error::ExpectedNamedStructLike(_) => {
            LoadErrorKind::Expected(Expected::Struct)
        }
        ron::Error::ExpectedStructLikeEnd => LoadErrorKind::Expected(Expected::StructEnd),
        ron::Error::ExpectedString => LoadErrorKind::Expected(Expected::Text),
        ron::Error::ExpectedInteger => LoadErrorKind::Expected(Expected::Integer),
        ron::Error::ExpectedFloat => LoadErrorKind::Expected(Expected::Number),
        ron::Error::ExpectedBoolean => LoadErrorKind::Expected(Expected::Boolean),
        ron::Error::ExpectedIdentifier
        | ron::Error::InvalidIdentifier(_)
        | ron::Error::SuggestRawIdentifier(_) => LoadErrorKind::Expected(Expected::Name),
        ron::Error::ExpectedComma => LoadErrorKind::Expected(Expected::Comma),
        ron::Error::ExpectedOption | ron::Error::ExpectedOptionEnd => {
            LoadErrorKind::Expected(Expected::Option)
        }
        ron::Error::DuplicateStructField { field, .. } => LoadErrorKind::DuplicateField { field },
        ron::Error::IntegerOutOfBounds => LoadErrorKind::NumberTooLarge,
        ron::Error::UnexpectedChar(c) => LoadErrorKind::UnexpectedChar(c),
        ron::Error::TrailingCharacters => LoadErrorKind::TrailingText,
        other => LoadErrorKind::Syntax(other.to_string()),
    };
    // Something expected on the last line of a file that stops there: the file was cut off.
    let kind = match kind {
        LoadErrorKind::Expected(_) if position.line >= text.lines().count() => {
            LoadErrorKind::Truncated
        }
        kind => kind,
    };
    let mut error = LoadError::new(name, kind).at(text, position);
    error.suggestion = suggestion;
    error
}
