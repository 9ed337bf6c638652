//! The pack as a Word document (`.docx`), written with `docx-rs`: headings as Word's own
//! heading styles (so the navigation pane and a table of contents find them), tables as Word
//! tables whose header row repeats on each page, charts as PNG pictures drawn from the same
//! vector layout as the PDF at twice their size, each with alternative text, and PT Sans as the
//! font (a computer without it shows Word's fallback).
//!
//! What `docx-rs` has no setter for — the pictures' alternative text, the repeating header
//! rows, the text's language, the default paragraph style and the document's title and author
//! — is written into its XML parts before they are packed, and the package is written again
//! with its parts compressed (see `patch`).

mod chart;
mod patch;
mod table;

use docx_rs::{
    BorderType, BreakType, Docx, Footer, Hyperlink, HyperlinkType, LineSpacing, LineSpacingType,
    NumPages, PageMargin, PageNum, Paragraph, ParagraphBorder, ParagraphBorderPosition,
    ParagraphBorders, ParagraphProperty, Run, RunFonts, Shading, ShdType, SpecialIndentType, Style,
    StyleType, Tab, TabValueType, Table as WordTable,
};

use super::ExportError;
use super::drawing::Metrics;
use super::pack::{Pack, PackRecommendation, PackSection};
use crate::style::{Palette, Rgb};
use crate::wording::typeset;

/// The font the text asks for.
const FONT: &str = "PT Sans";

/// A4 in twentieths of a point, and margins of 2 cm.
const PAGE_WIDTH: u32 = 11_906;
const PAGE_HEIGHT: u32 = 16_838;
const MARGIN: i32 = 1_134;
/// The width of the text, in twentieths of a point.
const TEXT_WIDTH: u32 = PAGE_WIDTH - 2 * MARGIN as u32;

/// Sizes in half-points, as Word counts them.
const TITLE: usize = 48;
const REGION: usize = 30;
const H1: usize = 30;
const H2: usize = 23;
const LEAD: usize = 22;
const BODY: usize = 20;
const CELL: usize = 18;
const SMALL: usize = 17;

/// The paper's colours, as Word writes them (`RRGGBB`).
struct Ink {
    text: String,
    muted: String,
    rule: String,
    accent: String,
    fill: String,
    illustrative: String,
    note_rule: String,
    link: String,
}

fn hex(c: Rgb) -> String {
    c.hex().trim_start_matches('#').to_ascii_uppercase()
}

fn ink() -> Ink {
    let p = Palette::paper();
    Ink {
        text: hex(p.text),
        muted: hex(p.muted),
        rule: hex(p.card_stroke),
        accent: hex(p.bar),
        fill: hex(p.card),
        illustrative: hex(p.warning),
        note_rule: hex(p.rented),
        link: hex(p.bar),
    }
}

/// The pack as `.docx` bytes.
///
/// # Errors
/// When a chart cannot be drawn as a picture, or the document cannot be packed.
pub fn render(p: &Pack, m: &Metrics) -> Result<Vec<u8>, ExportError> {
    write(&[p], m)
}

/// The pack and its translation in one document, paired section by section: the title block
/// in each language, "In brief" in each, each chart followed by its translation, each
/// recommendation followed by its translation, and the appendix in each.
///
/// # Errors
/// As [`render`].
pub fn render_paired(first: &Pack, second: &Pack, m: &Metrics) -> Result<Vec<u8>, ExportError> {
    write(&[first, second], m)
}

fn write(packs: &[&Pack], m: &Metrics) -> Result<Vec<u8>, ExportError> {
    let Some(p) = packs.first().copied() else {
        return Err(ExportError::Docx("nothing to write".to_owned()));
    };
    let mut w = Writer {
        docx: document(p),
        m,
        ink: ink(),
        alts: Vec::new(),
    };
    for (i, q) in packs.iter().enumerate() {
        w.cover(q, i > 0);
    }
    for q in packs {
        w.brief(q);
    }
    w.charts(packs)?;
    w.recommendations(packs);
    for q in packs {
        w.appendix(q);
    }
    let Writer { docx, alts, .. } = w;
    let mut xml = docx.build();
    let mut facts = patch::Facts::of(p, alts);
    if let Some(second) = packs.get(1) {
        facts.title = format!("{} / {}", p.title, second.title);
    }
    patch::apply(&mut xml, &facts);
    let mut out = std::io::Cursor::new(Vec::new());
    xml.pack(&mut out)
        .map_err(|e| ExportError::Docx(e.to_string()))?;
    patch::deflated(&out.into_inner())
}

/// The empty document: A4, its styles, its footer, its dates.
fn document(p: &Pack) -> Docx {
    let i = ink();
    let fonts = RunFonts::new()
        .ascii(FONT)
        .hi_ansi(FONT)
        .east_asia(FONT)
        .cs(FONT);
    let mut docx = Docx::new()
        .page_size(PAGE_WIDTH, PAGE_HEIGHT)
        .page_margin(PageMargin {
            top: MARGIN,
            left: MARGIN,
            bottom: MARGIN,
            right: MARGIN,
            header: 567,
            footer: 567,
            gutter: 0,
        })
        .default_fonts(fonts)
        .default_size(BODY)
        .default_line_spacing(
            LineSpacing::new()
                .line_rule(LineSpacingType::Auto)
                .line(264)
                .after(80),
        )
        .add_style(Style::new("Normal", StyleType::Paragraph).name("Normal"))
        .add_style(heading(
            "Heading1",
            "heading 1",
            0,
            H1,
            (360, 160),
            Some(&i.accent),
        ))
        .add_style(heading("Heading2", "heading 2", 1, H2, (240, 80), None))
        .add_style(
            Style::new("Title", StyleType::Paragraph)
                .name("Title")
                .size(TITLE)
                .bold()
                .color(i.text.clone()),
        )
        .add_style(
            Style::new("Footer", StyleType::Paragraph)
                .name("footer")
                .size(SMALL)
                .color(i.muted.clone()),
        )
        .title_pg()
        .first_footer(colophon(p))
        .footer(Footer::new().add_paragraph(footer_line(p)));
    if let Some(date) = w3c_date(&p.exported_at) {
        docx = docx.created_at(&date).updated_at(&date);
    }
    docx
}

/// A heading style: Word's built-in name (`heading 1`), so Word treats it as its own, kept
/// with the next paragraph, with a rule under it when `rule` has a colour.
fn heading(
    id: &str,
    name: &str,
    level: usize,
    size: usize,
    (before, after): (u32, u32),
    rule: Option<&String>,
) -> Style {
    let mut s = Style::new(id, StyleType::Paragraph)
        .name(name)
        .size(size)
        .bold()
        .color(ink().text)
        .outline_lvl(level);
    s.paragraph_property = s
        .paragraph_property
        .keep_next(true)
        .keep_lines(true)
        .line_spacing(
            LineSpacing::new()
                .line_rule(LineSpacingType::Auto)
                .line(240)
                .before(before)
                .after(after),
        );
    if let Some(color) = rule {
        s.paragraph_property = border(
            s.paragraph_property,
            ParagraphBorderPosition::Bottom,
            12,
            color,
        );
    }
    s
}

/// A rule on one side of a paragraph, `eighths` eighths of a point thick (`docx-rs`'s
/// `set_border` would draw the other three sides too).
fn border(
    p: ParagraphProperty,
    side: ParagraphBorderPosition,
    eighths: usize,
    color: &str,
) -> ParagraphProperty {
    p.set_borders(
        ParagraphBorders::with_empty().set(
            ParagraphBorder::new(side)
                .val(BorderType::Single)
                .size(eighths)
                .space(4)
                .color(color),
        ),
    )
}

/// The cover's footer: which file, which version, when, under a rule.
fn colophon(p: &Pack) -> Footer {
    let l = &p.labels;
    let muted = ink().muted;
    let line = |text: String| spaced(para(&text, SMALL, false, &muted), 0, 0);
    let mut first = line(format!("{}: {}", l.file, p.file_name));
    first.property = border(first.property, ParagraphBorderPosition::Top, 4, &muted);
    Footer::new()
        .add_paragraph(first)
        .add_paragraph(line(format!("{}: {}", l.sha256, p.sha256)))
        .add_paragraph(line(format!("{}: {}", l.exported, p.exported_at)))
}

/// The footer of every page but the cover: the region, and "Стр. 3 / 12" at the right.
fn footer_line(p: &Pack) -> Paragraph {
    Paragraph::new()
        .style("Footer")
        .add_tab(Tab::new().val(TabValueType::Right).pos(TEXT_WIDTH as usize))
        .add_run(Run::new().add_text(&p.region))
        .add_run(Run::new().add_tab())
        .add_run(Run::new().add_text(format!("{} ", p.labels.page)))
        .add_page_num(PageNum::new())
        .add_run(Run::new().add_text(" / "))
        .add_num_pages(NumPages::new())
}

/// The export time as written on the pack (`2026-12-06 03:10 +05:00`) as the document's
/// creation date (`2026-12-05T22:10:00Z`).
fn w3c_date(text: &str) -> Option<String> {
    let zoned = ["%Y-%m-%d %H:%M %:z", "%Y-%m-%d %H:%M %z"]
        .iter()
        .find_map(|f| {
            jiff::fmt::strtime::parse(f, text.trim())
                .ok()?
                .to_timestamp()
                .ok()
        })?;
    Some(zoned.strftime("%Y-%m-%dT%H:%M:%SZ").to_string())
}

/// Runs of `text` in one look: a line break in the text is a line break in Word.
fn runs(text: &str, size: usize, bold: bool, color: &str) -> Vec<Run> {
    text.split('\n')
        .enumerate()
        .map(|(i, line)| {
            let mut run = Run::new().size(size).color(color);
            if bold {
                run = run.bold();
            }
            if i > 0 {
                run = run.add_break(BreakType::TextWrapping);
            }
            run.add_text(line)
        })
        .collect()
}

/// A paragraph of `text`.
fn para(text: &str, size: usize, bold: bool, color: &str) -> Paragraph {
    runs(text, size, bold, color)
        .into_iter()
        .fold(Paragraph::new(), Paragraph::add_run)
}

/// Spacing before and after a paragraph, in twentieths of a point.
fn spaced(p: Paragraph, before: u32, after: u32) -> Paragraph {
    p.line_spacing(LineSpacing::new().before(before).after(after))
}

/// A paragraph indented by `left` twentieths of a point, its first line `hanging` out.
fn indented(p: Paragraph, left: i32, hanging: i32) -> Paragraph {
    let special = (hanging > 0).then_some(SpecialIndentType::Hanging(hanging));
    p.indent(Some(left), special, None, None)
}

/// A bullet item: "•" and a tab, the text wrapping under itself.
fn bullet(text: &str, size: usize, color: &str, left: i32) -> Paragraph {
    let p = Paragraph::new()
        .add_run(Run::new().size(size).color(color).add_text("•"))
        .add_run(Run::new().size(size).add_tab());
    let p = runs(text, size, false, color)
        .into_iter()
        .fold(p, Paragraph::add_run);
    indented(spaced(p, 0, 40), left, 220).add_tab(
        Tab::new()
            .val(TabValueType::Left)
            .pos(usize::try_from(left).unwrap_or(0)),
    )
}

/// The document as it is written, and the alternative text of each picture in order.
struct Writer<'m> {
    docx: Docx,
    m: &'m Metrics,
    ink: Ink,
    alts: Vec<String>,
}

impl Writer<'_> {
    fn add(&mut self, p: Paragraph) {
        self.docx = std::mem::take(&mut self.docx).add_paragraph(p);
    }

    fn add_table(&mut self, t: WordTable) {
        self.docx = std::mem::take(&mut self.docx).add_table(t);
    }

    /// A heading in one of the heading styles; `new_page` starts it on a new page.
    fn heading(&mut self, text: &str, level: u8, new_page: bool) {
        let style = if level <= 1 { "Heading1" } else { "Heading2" };
        let p = Paragraph::new()
            .style(style)
            .add_run(Run::new().add_text(text.replace('\n', " ")));
        self.add(if new_page {
            p.page_break_before(true)
        } else {
            p
        });
    }

    /// The title block: region, title, the meeting and its date, who took part, what the
    /// document is, the period and the illustrative note (the colophon is the first page's
    /// footer). A translation follows on the same page, smaller.
    fn cover(&mut self, p: &Pack, translation: bool) {
        let muted = self.ink.muted.clone();
        let text = self.ink.text.clone();
        let accent = self.ink.accent.clone();
        if translation {
            self.add(spaced(para(&p.title, H1, true, &text), 480, 120));
        } else {
            self.add(spaced(para(&p.region, REGION, true, &muted), 2_000, 80));
            self.add(
                Paragraph::new()
                    .style("Title")
                    .add_run(Run::new().add_text(&p.title))
                    .line_spacing(LineSpacing::new().before(0).after(240)),
            );
        }
        for line in p.meeting_title.iter().chain(&p.meeting_when) {
            self.add(spaced(para(line, LEAD, false, &text), 0, 40));
        }
        for (label, names) in [
            (&p.labels.chair, p.chair.iter().cloned().collect::<Vec<_>>()),
            (&p.labels.participants, p.participants.clone()),
        ] {
            if names.is_empty() {
                continue;
            }
            self.add(spaced(para(label, SMALL, true, &muted), 200, 20).keep_next(true));
            for name in &names {
                self.add(spaced(para(name, BODY, false, &text), 0, 20));
            }
        }
        if let Some(attendance) = &p.attendance {
            self.add(spaced(para(attendance, SMALL, false, &muted), 80, 0));
        }
        self.add(spaced(para(&p.kind, LEAD, true, &accent), 240, 20));
        if !p.period.is_empty() {
            self.add(spaced(para(&p.period, BODY, false, &muted), 0, 40));
        }
        if let Some(note) = &p.illustrative_note {
            let color = self.ink.illustrative.clone();
            self.add(spaced(para(note, BODY, false, &color), 120, 0));
        }
        if let Some(words) = &p.translation {
            self.add(spaced(para(&typeset(words), SMALL, false, &muted), 120, 0));
        }
    }

    /// "In brief": the summary, the key figures as a table, who said them and in which
    /// words, then the statements and places.
    fn brief(&mut self, p: &Pack) {
        let text = self.ink.text.clone();
        self.heading(&p.labels.summary, 1, true);
        for line in &p.summary {
            self.add(bullet(&typeset(line), BODY, &text, 360));
        }
        self.heading(&p.labels.key_figures, 2, false);
        let t = self.table(&p.figures_table());
        self.add_table(t);
        for s in p.figure_notes.iter().chain(&p.sections) {
            self.items(s);
        }
    }

    /// The appendix: every district's numbers, the districts' particulars, the sources and
    /// the checking remarks.
    fn appendix(&mut self, p: &Pack) {
        let muted = self.ink.muted.clone();
        self.heading(&p.labels.appendix, 1, true);
        if !p.district_tables.is_empty() {
            self.heading(&p.labels.district_data, 2, false);
            for t in &p.district_tables {
                let t = self.table(t);
                self.add_table(t);
                self.add(spaced(para("", SMALL, false, &muted), 0, 60));
            }
            if let Some(note) = &p.illustrative_note {
                self.add(spaced(para(note, SMALL, false, &muted), 0, 60));
            }
        }
        if let Some(d) = &p.districts {
            self.items(d);
        }
        self.sources_and_remarks(p);
    }

    /// A section of items: a heading, then each item's bold head with its lines indented.
    fn items(&mut self, section: &PackSection) {
        let (text, muted) = (self.ink.text.clone(), self.ink.muted.clone());
        self.heading(&section.title, 2, false);
        for item in &section.items {
            let head = spaced(para(&item.head, BODY, true, &text), 80, 20);
            self.add(if item.lines.is_empty() {
                head
            } else {
                head.keep_next(true)
            });
            for line in &item.lines {
                self.add(indented(
                    spaced(para(line, SMALL, false, &muted), 0, 20),
                    200,
                    0,
                ));
            }
        }
    }

    /// The recommendations; with two packs, each followed by its translation.
    fn recommendations(&mut self, packs: &[&Pack]) {
        let Some(first) = packs.first() else { return };
        if first.recommendations.is_empty() {
            return;
        }
        let heading: Vec<&str> = packs
            .iter()
            .map(|p| p.labels.recommendations.as_str())
            .collect();
        self.heading(&heading.join(" / "), 1, true);
        for (i, r) in first.recommendations.iter().enumerate() {
            self.recommendation(first, r);
            for p in &packs[1..] {
                if let Some(r) = p.recommendations.get(i) {
                    self.recommendation(p, r);
                }
            }
        }
    }

    fn recommendation(&mut self, p: &Pack, r: &PackRecommendation) {
        let l = &p.labels;
        let (text, muted) = (self.ink.text.clone(), self.ink.muted.clone());
        self.heading(&format!("{}. {}", r.number, r.text), 2, false);
        let mut by = Vec::new();
        by.extend(r.topic.clone());
        by.extend(r.by.clone());
        if !by.is_empty() {
            self.add(spaced(para(&by.join(" · "), SMALL, false, &muted), 0, 40));
        }
        let mut status = vec![format!("{}: {}", l.status, r.status)];
        if r.owner != "—" {
            status.push(format!("{}: {}", l.owner, r.owner));
        }
        if r.due != "—" {
            status.push(format!("{}: {}", l.due, r.due));
        }
        self.add(spaced(
            para(&status.join("   ·   "), BODY, true, &text),
            0,
            60,
        ));
        if !r.evidence.is_empty() {
            self.add(
                spaced(
                    para(&format!("{}:", l.evidence), BODY, false, &muted),
                    0,
                    20,
                )
                .keep_next(true),
            );
            for e in &r.evidence {
                self.add(bullet(e, BODY, &text, 360));
            }
        }
        if !r.note.is_empty() {
            let mut note = Paragraph::new().add_run(
                Run::new()
                    .size(BODY)
                    .bold()
                    .add_text(format!("{}: ", l.note)),
            );
            for run in runs(&r.note, BODY, false, &text) {
                note = note.add_run(run);
            }
            let mut note = indented(spaced(note, 80, 160), 170, 0);
            note.property = border(
                note.property.shading(
                    Shading::new()
                        .shd_type(ShdType::Clear)
                        .fill(self.ink.fill.clone()),
                ),
                ParagraphBorderPosition::Left,
                18,
                &self.ink.note_rule,
            );
            self.add(note);
        }
    }

    /// The sources (with their addresses as links) and the checking remarks.
    fn sources_and_remarks(&mut self, p: &Pack) {
        let l = &p.labels;
        let text = self.ink.text.clone();
        self.heading(&l.sources, 2, false);
        for s in &p.sources {
            let mut words = s.text.clone();
            let color = if s.illustrative {
                words = format!("{words} ({})", l.illustrative);
                self.ink.illustrative.clone()
            } else {
                text.clone()
            };
            let mut item = bullet(&words, BODY, &color, 240);
            if let Some(url) = &s.url {
                item = item
                    .add_run(Run::new().size(BODY).add_text(" "))
                    .add_hyperlink(
                        Hyperlink::new(url, HyperlinkType::External).add_run(
                            Run::new()
                                .size(BODY)
                                .color(self.ink.link.clone())
                                .underline("single")
                                .add_text(url),
                        ),
                    );
            }
            self.add(item);
        }
        self.heading(&l.warnings, 2, false);
        if p.warnings.is_empty() {
            self.add(para(&l.no_warnings, BODY, false, &text));
        }
        for w in &p.warnings {
            self.add(bullet(&typeset(w), SMALL, &text, 240));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_export_time_becomes_a_utc_date() {
        assert_eq!(
            w3c_date("2026-12-06 03:10 +05:00").as_deref(),
            Some("2026-12-05T22:10:00Z")
        );
        assert_eq!(w3c_date("yesterday"), None);
        assert_eq!(w3c_date(""), None);
    }
}
