//! Where things are in a RON file: a small tolerant lexer that maps item paths such as
//! `centres[4].district` to line and column, so validation findings can point into the file.

use std::collections::{HashMap, HashSet};
use std::fmt;

/// A place in a text file: 1-based line and column (columns count characters).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Position {
    /// Line, from 1.
    pub line: usize,
    /// Column in characters, from 1.
    pub column: usize,
}

impl fmt::Display for Position {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.line, self.column)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Tok<'a> {
    Ident(&'a str),
    /// A string literal, with its content still escaped.
    Str(&'a str),
    /// A number, char or other literal, as written.
    Literal(&'a str),
    Punct(u8),
}

/// A lexer that never fails: on anything it cannot read it stops.
struct Lexer<'a> {
    text: &'a str,
    offset: usize,
    line: usize,
    column: usize,
}

impl<'a> Lexer<'a> {
    fn new(text: &'a str) -> Self {
        Self {
            text,
            offset: 0,
            line: 1,
            column: 1,
        }
    }

    fn rest(&self) -> &'a str {
        self.text.get(self.offset..).unwrap_or("")
    }

    fn bump(&mut self, bytes: usize) {
        let end = (self.offset + bytes).min(self.text.len());
        let taken = self
            .text
            .as_bytes()
            .get(self.offset..end)
            .unwrap_or_default();
        // Columns count characters: every byte that does not continue a UTF-8 sequence.
        for &b in taken {
            if b == b'\n' {
                self.line += 1;
                self.column = 1;
            } else if b & 0xC0 != 0x80 {
                self.column += 1;
            }
        }
        self.offset = end;
    }

    /// Skips whitespace and (nested) comments. Returns false on an unclosed comment.
    fn skip_trivia(&mut self) -> bool {
        loop {
            let rest = self.rest();
            let trimmed = rest.trim_start();
            self.bump(rest.len() - trimmed.len());
            let rest = self.rest();
            if rest.starts_with("//") {
                let len = rest.find('\n').unwrap_or(rest.len());
                self.bump(len);
            } else if rest.starts_with("/*") {
                let bytes = rest.as_bytes();
                let mut depth = 0usize;
                let mut i = 0;
                let mut closed = false;
                while i + 1 < bytes.len() {
                    match (bytes.get(i), bytes.get(i + 1)) {
                        (Some(b'/'), Some(b'*')) => {
                            depth += 1;
                            i += 2;
                        }
                        (Some(b'*'), Some(b'/')) => {
                            depth -= 1;
                            i += 2;
                            if depth == 0 {
                                closed = true;
                                break;
                            }
                        }
                        _ => i += 1,
                    }
                }
                if !closed {
                    return false;
                }
                self.bump(i);
            } else {
                return true;
            }
        }
    }

    fn next(&mut self) -> Option<(Tok<'a>, Position)> {
        if !self.skip_trivia() {
            return None;
        }
        let position = Position {
            line: self.line,
            column: self.column,
        };
        let rest = self.rest();
        let first = *rest.as_bytes().first()?;
        let start = self.offset;
        let tok = match first {
            b'(' | b')' | b'[' | b']' | b'{' | b'}' | b',' | b':' | b'#' | b'!' => {
                self.bump(1);
                Tok::Punct(first)
            }
            b'"' => {
                let len = quoted_len(rest, b'"')?;
                self.bump(len);
                Tok::Str(self.text.get(start + 1..start + len - 1)?)
            }
            b'\'' => {
                let len = quoted_len(rest, b'\'')?;
                self.bump(len);
                Tok::Literal(self.text.get(start..start + len)?)
            }
            b'r' if rest.starts_with("r\"") || rest.starts_with("r#") => {
                let hashes = rest.get(1..)?.bytes().take_while(|b| *b == b'#').count();
                let body_start = 1 + hashes + 1;
                if rest.as_bytes().get(1 + hashes) != Some(&b'"') {
                    return None;
                }
                let closing = format!("\"{}", "#".repeat(hashes));
                let body_len = rest.get(body_start..)?.find(&closing)?;
                let len = body_start + body_len + closing.len();
                self.bump(len);
                Tok::Str(
                    self.text
                        .get(start + body_start..start + body_start + body_len)?,
                )
            }
            b'b' if rest.starts_with("b\"") || rest.starts_with("b'") => {
                let quote = *rest.as_bytes().get(1)?;
                let len = 1 + quoted_len(rest.get(1..)?, quote)?;
                self.bump(len);
                Tok::Literal(self.text.get(start..start + len)?)
            }
            c if c.is_ascii_alphabetic() || c == b'_' => {
                let len = rest
                    .bytes()
                    .take_while(|b| b.is_ascii_alphanumeric() || *b == b'_')
                    .count();
                self.bump(len);
                Tok::Ident(self.text.get(start..start + len)?)
            }
            c if c.is_ascii_digit() || c == b'-' || c == b'+' || c == b'.' => {
                let len = 1 + rest
                    .bytes()
                    .skip(1)
                    .take_while(|b| {
                        b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'+' | b'-')
                    })
                    .count();
                self.bump(len);
                Tok::Literal(self.text.get(start..start + len)?)
            }
            _ => return None,
        };
        Some((tok, position))
    }
}

/// Length in bytes of a quoted literal starting at `text[0] == quote`, escapes honoured.
fn quoted_len(text: &str, quote: u8) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut i = 1;
    while let Some(&b) = bytes.get(i) {
        if b == b'\\' {
            i += 2;
        } else if b == quote {
            return Some(i + 1);
        } else {
            i += 1;
        }
    }
    None
}

/// The first things a loader needs to know about a file, read without deserializing it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Header {
    /// The top-level struct name (`Briefing`), if the file starts with a named struct.
    pub root_name: Option<(String, Position)>,
    /// The first token of the file, as written, when it is not a struct name.
    pub first_token: Option<(String, Position)>,
    /// Whether the top level is a struct `(…)` at all.
    pub root_is_struct: bool,
    /// Names of the top-level fields, with their positions.
    pub fields: Vec<(String, Position)>,
    /// The literal written as the `format` field's value.
    pub format: Option<(String, Position)>,
    /// Whether the file holds nothing but whitespace and comments.
    pub blank: bool,
    /// Where values first nest deeper than the limit given to [`header`].
    pub too_deep_at: Option<Position>,
}

/// Item paths mapped to the position of their value in the file.
#[derive(Clone, Debug, Default)]
pub struct SourceMap {
    positions: HashMap<String, Position>,
}

/// Deepest nesting the walker follows; deeper values are skipped (the loader refuses them anyway).
const WALK_DEPTH: usize = 256;

impl SourceMap {
    /// Maps every struct field, list item and string-keyed map entry of `text` to its position.
    /// Reads as far as the text is well formed.
    pub fn build(text: &str) -> Self {
        Self::walk(text, Record::All)
    }

    /// Maps only `paths` (and the items enclosing them, for [`Self::position`]'s fallback).
    /// One pass, without allocating for the paths not asked for.
    pub fn for_paths<'p>(text: &str, paths: impl IntoIterator<Item = &'p str>) -> Self {
        let mut wanted = HashSet::new();
        for path in paths {
            let mut path = path;
            wanted.insert(path.to_owned());
            while let Some(cut) = path.rfind(['.', '[']) {
                path = path.get(..cut).unwrap_or("");
                wanted.insert(path.to_owned());
            }
        }
        Self::walk(text, Record::Only(wanted))
    }

    fn walk(text: &str, record: Record) -> Self {
        let mut walker = Walker::new(text, record, WALK_DEPTH);
        walker.skip_attributes();
        walker.value(0);
        Self {
            positions: walker.map,
        }
    }

    /// The position of the item at `path`, or of its nearest enclosing item.
    pub fn position(&self, path: &str) -> Option<Position> {
        let mut path = path;
        loop {
            if let Some(p) = self.positions.get(path) {
                return Some(*p);
            }
            let cut = path.rfind(['.', '['])?;
            path = path.get(..cut)?;
        }
    }

    /// Number of paths mapped.
    pub fn len(&self) -> usize {
        self.positions.len()
    }

    /// Whether nothing was mapped.
    pub fn is_empty(&self) -> bool {
        self.positions.is_empty()
    }
}

/// Which paths a walk records.
enum Record {
    /// None: the header only skims.
    Nothing,
    /// Every path.
    All,
    /// These paths.
    Only(HashSet<String>),
}

type Peeked<'a> = Option<Option<(Tok<'a>, Position)>>;

struct Walker<'a> {
    lexer: Lexer<'a>,
    /// The next token, once looked at; `Some(None)` means the text ended.
    peeked: Peeked<'a>,
    map: HashMap<String, Position>,
    record: Record,
    /// The path of the value being read, grown and shrunk as the walk descends and returns.
    path: String,
    /// Deepest nesting followed.
    max_depth: usize,
    /// Where nesting first went past `max_depth`.
    too_deep_at: Option<Position>,
    /// Every wanted path has been found: the walk stops.
    done: bool,
}

impl<'a> Walker<'a> {
    fn new(text: &'a str, record: Record, max_depth: usize) -> Self {
        Self {
            lexer: Lexer::new(text),
            peeked: None,
            map: HashMap::new(),
            record,
            path: String::new(),
            max_depth,
            too_deep_at: None,
            done: false,
        }
    }

    fn peek(&mut self) -> Option<(Tok<'a>, Position)> {
        if self.peeked.is_none() {
            self.peeked = Some(self.lexer.next());
        }
        self.peeked.flatten()
    }

    fn next(&mut self) -> Option<(Tok<'a>, Position)> {
        match self.peeked.take() {
            Some(t) => t,
            None => self.lexer.next(),
        }
    }

    fn eat(&mut self, punct: u8) -> bool {
        if matches!(self.peek(), Some((Tok::Punct(p), _)) if p == punct) {
            self.next();
            true
        } else {
            false
        }
    }

    /// Skips `#![enable(...)]` attributes.
    fn skip_attributes(&mut self) {
        while self.eat(b'#') {
            self.eat(b'!');
            if self.eat(b'[') {
                self.skip_until_close(b']');
            }
        }
    }

    /// Skips tokens up to and including the `close` that balances an already-consumed opener.
    fn skip_until_close(&mut self, close: u8) {
        let mut depth = 1usize;
        while let Some((tok, _)) = self.next() {
            match tok {
                Tok::Punct(b'(' | b'[' | b'{') => depth += 1,
                Tok::Punct(p) if p == close || matches!(p, b')' | b']' | b'}') => {
                    depth -= 1;
                    if depth == 0 {
                        return;
                    }
                }
                _ => {}
            }
        }
    }

    /// Reads one value at `path + suffix`, then restores `path`.
    fn child(&mut self, suffix: std::fmt::Arguments<'_>, depth: usize) -> bool {
        use std::fmt::Write as _;
        let len = self.path.len();
        let _ = self.path.write_fmt(suffix);
        let ok = self.value(depth);
        self.path.truncate(len);
        ok
    }

    /// Reads one value at the current path. Returns false when the text ended or broke.
    fn value(&mut self, depth: usize) -> bool {
        let Some((tok, position)) = self.peek() else {
            return false;
        };
        let record = match &self.record {
            Record::Nothing => false,
            Record::All => true,
            Record::Only(wanted) => wanted.contains(&self.path),
        };
        if record {
            self.map.entry(self.path.clone()).or_insert(position);
            if let Record::Only(wanted) = &self.record {
                self.done = self.map.len() == wanted.len();
            }
        }
        if self.done {
            return false;
        }
        if depth > self.max_depth {
            self.too_deep_at = Some(position);
            return false;
        }
        match tok {
            Tok::Ident(_) => {
                self.next();
                if self.eat(b'(') {
                    self.parenthesised(depth)
                } else {
                    true
                }
            }
            Tok::Punct(b'(') => {
                self.next();
                self.parenthesised(depth)
            }
            Tok::Punct(b'[') => {
                self.next();
                let mut index = 0usize;
                loop {
                    if self.eat(b']') {
                        return true;
                    }
                    if !self.child(format_args!("[{index}]"), depth + 1) {
                        return false;
                    }
                    index += 1;
                    if !self.eat(b',') {
                        return self.eat(b']');
                    }
                }
            }
            Tok::Punct(b'{') => {
                self.next();
                loop {
                    if self.eat(b'}') {
                        return true;
                    }
                    let key = match self.peek() {
                        Some((Tok::Str(s) | Tok::Ident(s) | Tok::Literal(s), _)) => s,
                        _ => "",
                    };
                    // The key itself is a value too; it is not recorded under a path of its own.
                    if !self.child(format_args!("{{key}}"), depth + 1) || !self.eat(b':') {
                        return false;
                    }
                    if !self.child(format_args!("[{key:?}]"), depth + 1) {
                        return false;
                    }
                    if !self.eat(b',') {
                        return self.eat(b'}');
                    }
                }
            }
            Tok::Str(_) | Tok::Literal(_) => {
                self.next();
                true
            }
            Tok::Punct(_) => false,
        }
    }

    /// Reads the inside of `( … )` after the opener: struct fields or tuple items.
    fn parenthesised(&mut self, depth: usize) -> bool {
        let mut index = 0usize;
        loop {
            if self.eat(b')') {
                return true;
            }
            let field = match self.peek() {
                Some((Tok::Ident(name), _)) => {
                    self.next();
                    if self.eat(b':') {
                        Some(name)
                    } else {
                        // An enum variant or a nested struct name: read the rest of it here.
                        let ok = if self.eat(b'(') {
                            self.parenthesised(depth + 1)
                        } else {
                            true
                        };
                        if !ok {
                            return false;
                        }
                        index += 1;
                        if !self.eat(b',') {
                            return self.eat(b')');
                        }
                        continue;
                    }
                }
                _ => None,
            };
            let ok = match field {
                Some(name) if self.path.is_empty() => self.child(format_args!("{name}"), depth + 1),
                Some(name) => self.child(format_args!(".{name}"), depth + 1),
                // Newtype and `Some(…)` contents keep their parent's path.
                None if index == 0 => self.value(depth + 1),
                None => self.child(format_args!(".{index}"), depth + 1),
            };
            if !ok {
                return false;
            }
            index += 1;
            if !self.eat(b',') {
                return self.eat(b')');
            }
        }
    }
}

/// Reads the top of a file: its root struct name and its top-level fields, skipping values,
/// and notes where values nest deeper than `max_depth`. With `stop_at_format`, stops after the
/// `format` field (usually the first), so that a well-formed file costs next to nothing.
pub fn header(text: &str, max_depth: usize, stop_at_format: bool) -> Header {
    let mut walker = Walker::new(text, Record::Nothing, max_depth);
    walker.skip_attributes();
    let mut header = Header::default();
    match walker.next() {
        Some((Tok::Ident(name), position)) => {
            if walker.eat(b'(') {
                header.root_name = Some((name.to_owned(), position));
                header.root_is_struct = true;
            } else {
                header.first_token = Some((name.to_owned(), position));
                return header;
            }
        }
        Some((Tok::Punct(b'('), _)) => header.root_is_struct = true,
        Some((tok, position)) => {
            let shown = match tok {
                Tok::Ident(s) | Tok::Literal(s) => s.to_owned(),
                Tok::Str(s) => format!("\"{s}\""),
                Tok::Punct(p) => char::from(p).to_string(),
            };
            header.first_token = Some((shown, position));
            return header;
        }
        None => {
            header.blank = walker.lexer.skip_trivia() && walker.lexer.rest().is_empty();
            return header;
        }
    }
    loop {
        let Some((Tok::Ident(name), position)) = walker.next() else {
            return header;
        };
        if !walker.eat(b':') {
            return header;
        }
        header.fields.push((name.to_owned(), position));
        if name == "format" {
            if let Some((Tok::Literal(value) | Tok::Ident(value), position)) = walker.peek() {
                header.format = Some((value.to_owned(), position));
            }
            if stop_at_format {
                return header;
            }
        }
        let read = walker.value(1);
        header.too_deep_at = walker.too_deep_at;
        if !read || !walker.eat(b',') {
            return header;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = r#"// comment
#![enable(implicit_some)]
Briefing(
    format: 1,
    title: "A /* not a comment */ title",
    /* block /* nested */ comment */
    districts: [
        District(id: "a", name: "Ақкөл", names: {"kk": "Ақкөл ауданы"}),
        District(id: "b", name: "B \"quoted\""),
    ],
    recommendations: [Recommendation(id: "r1", evidence: [Figure("x"), Chart(Centres)])],
)
"#;

    #[test]
    fn maps_fields_and_items_to_positions() {
        let map = SourceMap::build(TEXT);
        assert_eq!(
            map.position("format"),
            Some(Position {
                line: 4,
                column: 13
            })
        );
        assert_eq!(
            map.position("districts[0]"),
            Some(Position { line: 8, column: 9 })
        );
        assert_eq!(
            map.position("districts[0].name"),
            Some(Position {
                line: 8,
                column: 33
            })
        );
        assert_eq!(
            map.position("districts[0].names[\"kk\"]"),
            Some(Position {
                line: 8,
                column: 56
            })
        );
        assert_eq!(
            map.position("districts[1].name"),
            Some(Position {
                line: 9,
                column: 33
            })
        );
        assert_eq!(
            map.position("recommendations[0].evidence[1]"),
            Some(Position {
                line: 11,
                column: 72
            })
        );
    }

    #[test]
    fn falls_back_to_the_enclosing_item() {
        let map = SourceMap::build(TEXT);
        assert_eq!(
            map.position("districts[1].population.value"),
            map.position("districts[1]")
        );
        assert_eq!(map.position("nowhere"), None);
    }

    #[test]
    fn reads_the_header() {
        let header = header(TEXT, 64, false);
        assert_eq!(
            header.root_name.map(|(n, _)| n).as_deref(),
            Some("Briefing")
        );
        assert_eq!(header.format.map(|(v, _)| v).as_deref(), Some("1"));
        let names: Vec<_> = header.fields.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, ["format", "title", "districts", "recommendations"]);
    }

    #[test]
    fn survives_broken_text() {
        for text in [
            "",
            "(",
            "Briefing(format: ",
            "[[[[",
            "\"unterminated",
            "/* open",
            "{:}",
        ] {
            let _ = SourceMap::build(text);
            let _ = header(text, 64, false);
        }
        let deep = format!("Briefing(format: 1, districts: {})", "[".repeat(100));
        let position = header(&deep, 64, false).too_deep_at.unwrap();
        assert_eq!(
            position,
            Position {
                line: 1,
                column: 32 + 64
            }
        );
        let deep = "[".repeat(100_000);
        assert!(SourceMap::build(&deep).len() <= WALK_DEPTH + 2);
    }
}
