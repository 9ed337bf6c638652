//! What validation finds: errors and warnings, with the message's arguments and the place.
//! Their text in each language is written by [`crate::wording`].

use std::fmt;

use super::Qualifier;
use super::locate::Position;

/// How serious a finding is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// The dataset is wrong and is not opened.
    Error,
    /// The dataset opens, but a reader should know this.
    Warning,
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Error => "error",
            Self::Warning => "warning",
        })
    }
}

/// A value in a finding's message.
#[derive(Clone, Debug, PartialEq)]
pub enum FindingArg {
    /// Text as is (ids, paths).
    Text(String),
    /// A number, written the language's way.
    Number(f64),
    /// A stated figure with its qualifier ("more than 140").
    Qualified(f64, Qualifier),
    /// Another message, translated (e.g. what has no source).
    Message(&'static str),
}

/// One thing validation found.
#[derive(Clone, Debug, PartialEq)]
pub struct Finding {
    /// Error or warning.
    pub severity: Severity,
    /// Path to the item, e.g. `centres[4].district`.
    pub path: String,
    /// The message id in the translation files (`finding-…`).
    pub key: &'static str,
    /// The message's arguments.
    pub args: Vec<(&'static str, FindingArg)>,
    /// The nearest valid name, for a misspelt one.
    pub suggestion: Option<String>,
    /// Where the item is in the file, when known.
    pub position: Option<Position>,
}

impl Finding {
    /// Whether this finding stops the dataset from opening.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}
