//! Writing a dataset back to RON: stable and readable, so that a file saved by the app reads
//! like one written by hand. Fields come in the documented order (the order of the model),
//! empty and default fields are left out, each row of a table (a district, a centre, a
//! district's counts) goes on one line where it fits, and whole numbers are written without a
//! decimal point. Reading the written text gives back the same dataset.

use ron::extensions::Extensions;
use ron::ser::PrettyConfig;
use serde::{Serialize, Serializer};

use super::Dataset;

/// The widest a table row may be, in characters, and still be written on one line (a district
/// with its name in three languages fits).
const ROW_WIDTH: usize = 160;

/// A number as typed: 140 stays `140`, 2.4 stays `2.4`.
#[expect(
    clippy::trivially_copy_pass_by_ref,
    reason = "the signature serde's serialize_with calls"
)]
pub(super) fn number<S: Serializer>(value: &f64, serializer: S) -> Result<S::Ok, S::Error> {
    if value.fract() == 0.0 && value.abs() < 9.0e15 {
        serializer.serialize_i64(*value as i64)
    } else {
        serializer.serialize_f64(*value)
    }
}

/// The same for an optional number.
#[expect(
    clippy::ref_option,
    reason = "the signature serde's serialize_with calls"
)]
pub(super) fn optional_number<S: Serializer>(
    value: &Option<f64>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    struct Number(f64);
    impl Serialize for Number {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            number(&self.0, serializer)
        }
    }
    match value {
        Some(v) => serializer.serialize_some(&Number(*v)),
        None => serializer.serialize_none(),
    }
}

fn options() -> ron::Options {
    // The reader's extension: optional values are written bare (`source: "bnews"`).
    ron::Options::default().with_default_extension(Extensions::IMPLICIT_SOME)
}

fn pretty() -> PrettyConfig {
    PrettyConfig::new()
        .struct_names(true)
        .indentor("    ".to_owned())
        .separate_tuple_members(false)
}

/// One value on one line: `District(id: "akkol", name: {"ru": "…"}, population: …)`.
fn compact<T: Serialize>(value: &T) -> Option<String> {
    let config = PrettyConfig::new()
        .struct_names(true)
        .new_line(String::new())
        .indentor(String::new())
        .separator(" ".to_owned());
    let text = options().to_string_pretty(value, config).ok()?;
    // Outside strings: a space after each comma, no comma before a closing bracket.
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    let mut chars = text.chars().peekable();
    let mut in_string = false;
    while let Some(c) = chars.next() {
        match c {
            '\\' if in_string => {
                out.push(c);
                out.extend(chars.next());
            }
            '"' => {
                in_string = !in_string;
                out.push(c);
            }
            ',' if !in_string => match chars.peek() {
                Some(')' | ']' | '}') => {}
                _ => out.push_str(", "),
            },
            _ => out.push(c),
        }
    }
    Some(out)
}

/// The dataset as RON text.
///
/// # Errors
/// When the dataset cannot be written as RON: nothing is then written over a file.
pub fn to_ron(dataset: &Dataset) -> Result<String, ron::Error> {
    let whole = options().to_string_pretty(dataset, pretty())?;
    let mut out = String::with_capacity(whole.len());
    let rows = table_rows(dataset);
    let mut lines = whole.lines().peekable();
    // Each row of a table is a block starting at a known indentation with its struct name;
    // where the row fits on a line, the block is replaced by that line.
    let mut next_row = rows.iter();
    let mut pending = next_row.next();
    while let Some(line) = lines.next() {
        let trimmed = line.trim_start();
        let indent = line.len() - trimmed.len();
        if let Some((name, one_line)) = pending
            && trimmed.starts_with(&format!("{name}("))
            && !trimmed.ends_with("),")
        {
            // The block runs to its closing line at the same indentation.
            let close = format!("{})", " ".repeat(indent));
            let mut block = vec![line];
            for rest in lines.by_ref() {
                block.push(rest);
                if rest.starts_with(&close) {
                    break;
                }
            }
            let closing = block
                .last()
                .map_or("", |l| l.trim_start().trim_start_matches(')'));
            match one_line {
                Some(text) if indent + text.chars().count() + closing.len() <= ROW_WIDTH => {
                    out.push_str(&" ".repeat(indent));
                    out.push_str(text);
                    out.push_str(closing);
                    out.push('\n');
                }
                // Too wide for a line: the block stays as written.
                _ => {
                    for l in block {
                        out.push_str(l);
                        out.push('\n');
                    }
                }
            }
            pending = next_row.next();
            continue;
        }
        out.push_str(line);
        out.push('\n');
    }
    Ok(out)
}

/// The rows of the tables, in file order, each with its struct name and one-line form.
fn table_rows(d: &Dataset) -> Vec<(&'static str, Option<String>)> {
    let mut rows = Vec::new();
    rows.extend(d.districts.iter().map(|x| ("District", compact(x))));
    rows.extend(d.centres.iter().map(|x| ("Centre", compact(x))));
    rows.extend(
        d.services
            .iter()
            .flat_map(|s| &s.per_district)
            .map(|x| ("DistrictServices", compact(x))),
    );
    rows.extend(
        d.corruption
            .iter()
            .flat_map(|c| &c.per_district)
            .map(|x| ("DistrictCases", compact(x))),
    );
    rows
}

/// Whether a dataset's text has comments, which a save through the model cannot keep.
pub fn has_comments(text: &str) -> bool {
    let mut chars = text.chars().peekable();
    let mut in_string = false;
    while let Some(c) = chars.next() {
        match c {
            '\\' if in_string => {
                chars.next();
            }
            '"' => in_string = !in_string,
            '/' if !in_string && matches!(chars.peek(), Some('/' | '*')) => return true,
            _ => {}
        }
    }
    false
}
