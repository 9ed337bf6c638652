//! What `docx-rs` (0.4) writes no setter for, written into its XML parts before they are
//! packed: each picture's alternative text (`wp:docPr descr`), the header row of each table
//! repeated on every page (`w:tblHeader`), the language of the text (`w:lang`, for spelling and
//! hyphenation), Normal as the default paragraph style, and the document's title, author and
//! language (`docProps/core.xml`).
//!
//! Each edit looks for the exact markup `docx-rs` writes and leaves the part as it is when it
//! is not there; the tests read the result back.
//!
//! `docx-rs` also stores every part uncompressed; [`deflated`] packs them again, compressed,
//! as Word does (the text of a large dataset's tables shrinks about tenfold).

use std::fmt::Write as _;
use std::io::{Read as _, Write as _};

use docx_rs::XMLDocx;
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipArchive, ZipWriter};

use super::super::ExportError;
use super::super::pack::Pack;
use crate::i18n::Language;

/// What goes into the parts.
pub(super) struct Facts {
    /// The document's title.
    pub title: String,
    /// Its author: the region.
    pub author: String,
    /// The language tag: `ru-RU`, `kk-KZ`, `en-US`.
    pub lang: &'static str,
    /// The pictures' alternative text, in document order.
    pub alts: Vec<String>,
}

impl Facts {
    pub fn of(p: &Pack, alts: Vec<String>) -> Self {
        Self {
            title: p.title.clone(),
            author: p.region.clone(),
            lang: tag(p.lang),
            alts,
        }
    }
}

/// The BCP 47 tag Word uses for a language.
pub(super) fn tag(lang: Language) -> &'static str {
    match lang {
        Language::Ru => "ru-RU",
        Language::Kk => "kk-KZ",
        Language::En => "en-US",
    }
}

/// Applies every edit.
pub(super) fn apply(xml: &mut XMLDocx, facts: &Facts) {
    edit(&mut xml.document, |d| {
        header_rows(&alt_texts(&allowed(d), &facts.alts))
    });
    for footer in &mut xml.footers {
        edit(footer, allowed);
    }
    edit(&mut xml.styles, |s| normal(&language(s, facts.lang)));
    edit(&mut xml.doc_props.core, |c| core(c, facts));
}

/// Runs `f` on a part's text; a part that is not UTF-8 is left alone.
fn edit(part: &mut Vec<u8>, f: impl Fn(&str) -> String) {
    if let Ok(text) = std::str::from_utf8(part) {
        *part = f(text).into_bytes();
    }
}

/// `xml` with the control characters that XML 1.0 does not allow made spaces (`docx-rs`
/// escapes markup in text but passes these on, and Word refuses a file that has one).
fn allowed(xml: &str) -> String {
    xml.chars()
        .map(|c| if forbidden(c) { ' ' } else { c })
        .collect()
}

/// Whether XML 1.0 forbids `c` in a document.
fn forbidden(c: char) -> bool {
    ((c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r')) || matches!(c, '\u{FFFE}' | '\u{FFFF}')
}

/// Text for an XML attribute or element: the five special characters escaped, and the
/// control characters XML 1.0 does not allow made spaces.
pub(super) fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(' '),
            c if forbidden(c) => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// Every picture's `wp:docPr` rewritten with a unique id, a name and its alternative text
/// (`docx-rs` writes `id="1" name="Figure"` for all).
fn alt_texts(document: &str, alts: &[String]) -> String {
    const OPEN: &str = "<wp:docPr ";
    let mut out =
        String::with_capacity(document.len() + alts.iter().map(String::len).sum::<usize>());
    let mut rest = document;
    let mut n = 0usize;
    while let Some(start) = rest.find(OPEN) {
        let Some(len) = rest[start..].find("/>") else {
            break;
        };
        out.push_str(&rest[..start]);
        n += 1;
        let alt = alts.get(n - 1).map_or("", String::as_str);
        let _ = write!(
            out,
            "<wp:docPr id=\"{n}\" name=\"{} {n}\" descr=\"{}\" />",
            if alt.is_empty() { "Picture" } else { "Chart" },
            escape(alt)
        );
        rest = &rest[start + len + 2..];
    }
    out.push_str(rest);
    out
}

/// The first row of every table marked as its header, which Word repeats on each page.
fn header_rows(document: &str) -> String {
    const TABLE: &str = "<w:tbl>";
    const ROW: &str = "<w:tr>";
    const MARKED: &str = "<w:trPr><w:tblHeader /></w:trPr>";
    let mut out = String::with_capacity(document.len() + 64);
    let mut rest = document;
    while let Some(start) = rest.find(TABLE) {
        let after = start + TABLE.len();
        out.push_str(&rest[..after]);
        rest = &rest[after..];
        let Some(row) = rest.find(ROW) else {
            continue;
        };
        let inside = row + ROW.len();
        out.push_str(&rest[..inside]);
        rest = &rest[inside..];
        // The row's properties come first in it: `<w:trPr />`, `<w:trPr>…` or none.
        if let Some(tail) = rest.strip_prefix("<w:trPr />") {
            out.push_str(MARKED);
            rest = tail;
        } else if let Some(tail) = rest.strip_prefix("<w:trPr>") {
            out.push_str("<w:trPr><w:tblHeader />");
            rest = tail;
        } else {
            out.push_str(MARKED);
        }
    }
    out.push_str(rest);
    out
}

/// The language of the text in the document's defaults, for Word's spelling and
/// hyphenation (`docx-rs` writes none).
fn language(styles: &str, tag: &str) -> String {
    const DEFAULTS: &str = "<w:rPrDefault><w:rPr>";
    let Some(start) = styles.find(DEFAULTS) else {
        return styles.to_owned();
    };
    let Some(end) = styles[start..].find("</w:rPr>") else {
        return styles.to_owned();
    };
    let at = start + end;
    format!(
        "{}<w:lang w:val=\"{tag}\" w:eastAsia=\"{tag}\" w:bidi=\"{tag}\" />{}",
        &styles[..at],
        &styles[at..]
    )
}

/// The Normal style made the default paragraph style, as in every document Word writes
/// (`docx-rs` has no setter for `w:default`).
fn normal(styles: &str) -> String {
    styles.replacen(
        "<w:style w:type=\"paragraph\" w:styleId=\"Normal\">",
        "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\">",
        1,
    )
}

/// The title, author and language in the core properties, instead of `docx-rs`'s "unknown".
fn core(core: &str, facts: &Facts) -> String {
    let author = escape(&facts.author);
    let mut out = core
        .replace(
            "<dc:creator>unknown</dc:creator>",
            &format!("<dc:creator>{author}</dc:creator>"),
        )
        .replace(
            "<cp:lastModifiedBy>unknown</cp:lastModifiedBy>",
            &format!("<cp:lastModifiedBy>{author}</cp:lastModifiedBy>"),
        );
    if let Some(at) = out.rfind("</cp:coreProperties>") {
        out.insert_str(
            at,
            &format!(
                "<dc:title>{}</dc:title><dc:language>{}</dc:language>",
                escape(&facts.title),
                facts.lang
            ),
        );
    }
    out
}

/// The package `stored` with its parts compressed (the pictures, already compressed, as they
/// are), in the same order, without the folder entries Word does not write.
pub(super) fn deflated(stored: &[u8]) -> Result<Vec<u8>, ExportError> {
    let fail = |e: zip::result::ZipError| ExportError::Docx(e.to_string());
    let mut archive = ZipArchive::new(std::io::Cursor::new(stored)).map_err(fail)?;
    let mut out = ZipWriter::new(std::io::Cursor::new(Vec::with_capacity(stored.len() / 2)));
    let mut data = Vec::new();
    for i in 0..archive.len() {
        let mut part = archive.by_index(i).map_err(fail)?;
        if part.is_dir() {
            continue;
        }
        let name = part.name().to_owned();
        data.clear();
        part.read_to_end(&mut data)
            .map_err(|e| ExportError::Docx(e.to_string()))?;
        let method = if data.starts_with(b"\x89PNG") {
            CompressionMethod::Stored
        } else {
            CompressionMethod::Deflated
        };
        out.start_file(
            name,
            SimpleFileOptions::default().compression_method(method),
        )
        .map_err(fail)?;
        out.write_all(&data)
            .map_err(|e| ExportError::Docx(e.to_string()))?;
    }
    Ok(out.finish().map_err(fail)?.into_inner())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn alt_text_is_escaped_and_each_picture_gets_its_own() {
        let doc =
            r#"<a><wp:docPr id="1" name="Figure" /><b/><wp:docPr id="1" name="Figure" /></a>"#;
        let out = alt_texts(
            doc,
            &["Кокшетау 38*; \"A\" & <B>".to_owned(), "Ақкөл 4".to_owned()],
        );
        assert_eq!(
            out,
            "<a><wp:docPr id=\"1\" name=\"Chart 1\" descr=\"Кокшетау 38*; &quot;A&quot; &amp; &lt;B&gt;\" />\
             <b/><wp:docPr id=\"2\" name=\"Chart 2\" descr=\"Ақкөл 4\" /></a>"
        );
        // More pictures than texts, or an unclosed tag: nothing panics.
        assert!(alt_texts(doc, &[]).contains("name=\"Picture 2\""));
        assert_eq!(alt_texts("<wp:docPr id=\"1\"", &[]), "<wp:docPr id=\"1\"");
    }

    #[test]
    fn only_the_first_row_of_each_table_is_its_header() {
        let doc = "<w:tbl><w:tblPr /><w:tr><w:trPr /><w:tc/></w:tr><w:tr><w:trPr /></w:tr></w:tbl>\
                   <w:tbl><w:tr><w:trPr><w:cantSplit /></w:trPr></w:tr></w:tbl>\
                   <w:tbl><w:tr><w:tc/></w:tr></w:tbl><w:tbl>";
        let out = header_rows(doc);
        assert_eq!(out.matches("<w:tblHeader />").count(), 3, "{out}");
        assert!(out.contains("<w:tbl><w:tr><w:trPr><w:tblHeader /></w:trPr><w:tc/>"));
        assert!(out.starts_with(
            "<w:tbl><w:tblPr /><w:tr><w:trPr><w:tblHeader /></w:trPr><w:tc/></w:tr><w:tr><w:trPr /></w:tr>"
        ));
        assert!(out.contains("<w:trPr><w:tblHeader /><w:cantSplit /></w:trPr>"));
    }

    #[test]
    fn the_language_goes_into_the_defaults() {
        let styles = "<w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val=\"20\" /></w:rPr></w:rPrDefault></w:docDefaults>";
        let out = language(styles, "kk-KZ");
        assert!(
            out.contains("<w:sz w:val=\"20\" /><w:lang w:val=\"kk-KZ\""),
            "{out}"
        );
        assert_eq!(language("<w:styles />", "kk-KZ"), "<w:styles />");
    }

    #[test]
    fn control_characters_become_spaces() {
        assert_eq!(escape("a\u{1}b\u{FFFF}'\n"), "a b &apos; ");
        assert_eq!(allowed("<w:t>a\u{8}b\tc\n</w:t>"), "<w:t>a b\tc\n</w:t>");
    }
}
