//! The pack as an A4 PDF, written with krilla: PT Sans embedded (subset), charts as vector
//! paths, page numbers on every page.
//!
//! `krilla` is a small, well-kept PDF writer in pure Rust (the one behind Typst's PDF output):
//! it subsets and embeds TrueType fonts with a `ToUnicode` map, so the text can be searched and
//! copied, and it needs no C library. The layout here is a simple flow: text wrapped with PT
//! Sans metrics, tables that repeat their header on a new page, charts kept whole.

mod document;

pub use document::render;

use super::drawing::{self, Anchor, Drawing, Metrics, Shape};
use super::pack::{Pack, PackSection};
use crate::style::{Palette, Rgb};
use crate::view_model::chart::{ChartSpec, Table};

/// A4 in points.
const PAGE_WIDTH: f32 = 595.28;
const PAGE_HEIGHT: f32 = 841.89;
const MARGIN_X: f32 = 56.0;
const MARGIN_TOP: f32 = 54.0;
const MARGIN_BOTTOM: f32 = 62.0;
const WIDTH: f32 = PAGE_WIDTH - 2.0 * MARGIN_X;

const BODY: f32 = 10.0;
const SMALL: f32 = 8.5;
const H1: f32 = 24.0;
const H2: f32 = 15.0;
const H3: f32 = 11.5;
const LINE: f32 = 1.3;

/// The paper's colours, from the design tokens.
struct Ink {
    text: Rgb,
    muted: Rgb,
    rule: Rgb,
    accent: Rgb,
    note_fill: Rgb,
    illustrative: Rgb,
    note_rule: Rgb,
}

fn ink() -> Ink {
    let p = Palette::paper();
    Ink {
        text: p.text,
        muted: p.muted,
        rule: p.card_stroke,
        accent: p.bar,
        note_fill: p.card,
        illustrative: p.warning,
        note_rule: p.rented,
    }
}

/// Pages of shapes, laid out top-down.
struct Flow<'m> {
    m: &'m Metrics,
    pages: Vec<Vec<Shape>>,
    y: f32,
    /// The headings, for the PDF's outline.
    marks: Vec<Mark>,
}

/// A heading where the layout put it: the PDF's outline (bookmarks) leads there.
#[derive(Clone, Debug, PartialEq)]
struct Mark {
    /// 1 for a section, 2 for what is inside one.
    level: u8,
    /// The heading's words.
    text: String,
    /// The page, from 0.
    page: usize,
    /// Points from the page's top.
    y: f32,
}

/// The laid-out pack: its pages and its headings.
struct Laid {
    pages: Vec<Vec<Shape>>,
    marks: Vec<Mark>,
}

impl<'m> Flow<'m> {
    fn new(m: &'m Metrics) -> Self {
        Self {
            m,
            pages: vec![Vec::new()],
            y: MARGIN_TOP,
            marks: Vec::new(),
        }
    }

    fn page(&mut self) -> &mut Vec<Shape> {
        if self.pages.is_empty() {
            self.pages.push(Vec::new());
        }
        let last = self.pages.len() - 1;
        &mut self.pages[last]
    }

    fn new_page(&mut self) {
        self.pages.push(Vec::new());
        self.y = MARGIN_TOP;
    }

    /// Starts a new page unless `height` more points fit on this one.
    fn keep(&mut self, height: f32) {
        if self.y + height > PAGE_HEIGHT - MARGIN_BOTTOM && self.y > MARGIN_TOP {
            self.new_page();
        }
    }

    fn text_line(&mut self, x: f32, text: &str, size: f32, bold: bool, color: Rgb) {
        let y = self.y + size;
        self.page().push(Shape::Text {
            x,
            y,
            text: text.to_owned(),
            size,
            bold,
            color,
            anchor: Anchor::Start,
        });
    }

    /// A wrapped paragraph, `indent` points in.
    fn paragraph(&mut self, text: &str, size: f32, bold: bool, color: Rgb, indent: f32) {
        for line in self.m.wrap(text, size, bold, WIDTH - indent) {
            self.keep(size * LINE);
            self.text_line(MARGIN_X + indent, &line, size, bold, color);
            self.y += size * LINE;
        }
    }

    fn space(&mut self, points: f32) {
        self.y += points;
    }

    /// A heading, kept with the `next` points that follow it, and marked for the outline.
    fn heading(&mut self, text: &str, size: f32, next: f32) {
        self.keep(size * LINE * 2.0 + next);
        self.marks.push(Mark {
            level: if size >= H2 { 1 } else { 2 },
            text: crate::wording::folded(text, 90).0.into_owned(),
            page: self.pages.len().saturating_sub(1),
            y: self.y,
        });
        self.paragraph(text, size, true, ink().text, 0.0);
    }

    fn section(&mut self, text: &str) {
        self.space(H2 * 0.6);
        self.heading(text, H2, 60.0);
        let y = self.y + 2.0;
        self.page().push(Shape::Line {
            from: (MARGIN_X, y),
            to: (MARGIN_X + WIDTH, y),
            color: ink().accent,
            width: 1.5,
            dashed: false,
        });
        self.space(10.0);
    }

    fn drawing(&mut self, d: &Drawing) {
        self.keep(d.height + 4.0);
        let (dx, dy) = (MARGIN_X, self.y);
        let shapes: Vec<Shape> = d.shapes.iter().map(|s| s.clone().offset(dx, dy)).collect();
        self.page().extend(shapes);
        self.y += d.height + 6.0;
    }

    /// A table; text cells wrap, number columns are as wide as their widest cell, and the
    /// header repeats on each new page.
    fn table(&mut self, t: &Table) {
        let size = SMALL + 0.5;
        let pad = 4.0;
        let columns = t.header.len().max(1);
        let numeric = |i: usize| t.numeric.get(i).copied().unwrap_or(false);
        let natural = |i: usize| {
            std::iter::once(t.header.get(i).map_or(0.0, |h| self.m.width(h, size, true)))
                .chain(
                    t.rows
                        .iter()
                        .map(|r| r.get(i).map_or(0.0, |c| self.m.width(c, size, false))),
                )
                .fold(0.0, f32::max)
                + 2.0 * pad
        };
        let mut widths: Vec<f32> = (0..columns)
            .map(|i| if numeric(i) { natural(i) } else { 0.0 })
            .collect();
        let fixed: f32 = widths.iter().sum();
        let text_columns = (0..columns).filter(|i| !numeric(*i)).count().max(1);
        let share = ((WIDTH - fixed) / text_columns as f32).max(40.0);
        for (i, w) in widths.iter_mut().enumerate() {
            if !numeric(i) {
                *w = share;
            }
        }
        let row_lines = |cells: &[String], bold: bool| -> Vec<Vec<String>> {
            cells
                .iter()
                .enumerate()
                .map(|(i, c)| {
                    let width = widths.get(i).copied().unwrap_or(share) - 2.0 * pad;
                    if numeric(i) {
                        vec![c.clone()]
                    } else {
                        self.m.wrap(c, size, bold, width)
                    }
                })
                .collect()
        };
        let header = row_lines(&t.header, true);
        self.keep(size * LINE * 3.0);
        self.table_row(&header, &widths, &numeric, size, true);
        for row in &t.rows {
            let lines = row_lines(row, false);
            let height = lines.iter().map(Vec::len).max().unwrap_or(1) as f32 * size * LINE + 3.0;
            if self.y + height > PAGE_HEIGHT - MARGIN_BOTTOM {
                self.new_page();
                self.table_row(&header, &widths, &numeric, size, true);
            }
            self.table_row(&lines, &widths, &numeric, size, false);
        }
        self.space(6.0);
    }

    fn table_row(
        &mut self,
        cells: &[Vec<String>],
        widths: &[f32],
        numeric: &dyn Fn(usize) -> bool,
        size: f32,
        bold: bool,
    ) {
        let pad = 4.0;
        let lines = cells.iter().map(Vec::len).max().unwrap_or(1).max(1);
        let height = lines as f32 * size * LINE + 3.0;
        let mut x = MARGIN_X;
        let top = self.y;
        for (i, cell) in cells.iter().enumerate() {
            let width = widths.get(i).copied().unwrap_or(0.0);
            for (n, line) in cell.iter().enumerate() {
                let y = top + 1.5 + size + n as f32 * size * LINE;
                let (tx, anchor) = if numeric(i) {
                    (x + width - pad, Anchor::End)
                } else {
                    (x + pad, Anchor::Start)
                };
                self.page().push(Shape::Text {
                    x: tx,
                    y,
                    text: line.clone(),
                    size,
                    bold,
                    color: ink().text,
                    anchor,
                });
            }
            x += width;
        }
        let y = top + height;
        self.page().push(Shape::Line {
            from: (MARGIN_X, y),
            to: (MARGIN_X + WIDTH, y),
            color: if bold { ink().text } else { ink().rule },
            width: if bold { 1.0 } else { 0.5 },
            dashed: false,
        });
        self.y += height;
    }

    /// A note: a tinted block with a bar on its left.
    fn note(&mut self, label: &str, text: &str) {
        let size = BODY;
        let indent = 10.0;
        let mut lines = vec![format!("{label}:")];
        lines.extend(self.m.wrap(text, size, false, WIDTH - indent - 8.0));
        for (i, line) in lines.iter().enumerate() {
            self.keep(size * LINE + 2.0);
            let height = size * LINE + if i + 1 == lines.len() { 4.0 } else { 0.0 };
            let top = self.y;
            let page = self.page();
            page.push(Shape::Rect {
                x: MARGIN_X,
                y: top,
                width: WIDTH,
                height,
                fill: ink().note_fill,
            });
            page.push(Shape::Rect {
                x: MARGIN_X,
                y: top,
                width: 2.5,
                height,
                fill: ink().note_rule,
            });
            self.text_line(MARGIN_X + indent, line, size, i == 0, ink().text);
            self.y += height;
        }
        self.space(6.0);
    }
}

/// Lays the pack out into pages of shapes.
#[expect(
    clippy::too_many_lines,
    clippy::many_single_char_names,
    reason = "one section after another, in document order"
)]
fn layout(p: &Pack, m: &Metrics) -> Laid {
    let l = &p.labels;
    let mut f = Flow::new(m);

    // The title page.
    f.space(120.0);
    let top = f.y;
    f.page().push(Shape::Rect {
        x: MARGIN_X,
        y: top,
        width: 48.0,
        height: 4.0,
        fill: ink().accent,
    });
    f.space(16.0);
    f.paragraph(&p.region, H2, true, ink().muted, 0.0);
    f.space(4.0);
    f.paragraph(&p.title, H1, true, ink().text, 0.0);
    f.space(14.0);
    for line in &p.meeting {
        f.paragraph(line, BODY + 1.0, false, ink().text, 0.0);
    }
    if !p.period.is_empty() {
        f.space(4.0);
        f.paragraph(&p.period, BODY + 1.0, false, ink().muted, 0.0);
    }
    if let Some(note) = &p.illustrative_note {
        f.space(18.0);
        f.paragraph(note, BODY, false, ink().illustrative, 0.0);
    }
    // The colophon at the foot of the cover: which file, which version, when.
    let colophon = (SMALL + 0.5) * LINE * 3.0 + 12.0;
    f.y = f.y.max(PAGE_HEIGHT - MARGIN_BOTTOM - colophon);
    let rule = f.y;
    f.page().push(Shape::Line {
        from: (MARGIN_X, rule),
        to: (MARGIN_X + WIDTH, rule),
        color: ink().muted,
        width: 0.5,
        dashed: false,
    });
    f.space(6.0);
    f.paragraph(
        &format!("{}: {}", l.file, p.file_name),
        SMALL + 0.5,
        false,
        ink().muted,
        0.0,
    );
    f.paragraph(
        &format!("{}: {}", l.sha256, p.sha256),
        SMALL,
        false,
        ink().muted,
        0.0,
    );
    f.paragraph(
        &format!("{}: {}", l.exported, p.exported_at),
        SMALL + 0.5,
        false,
        ink().muted,
        0.0,
    );

    f.new_page();
    f.section(&l.key_figures);
    f.table(&p.figures_table());
    for s in &p.sections {
        items(&mut f, s);
    }

    f.new_page();
    f.section(&l.charts);
    for chart in &p.charts {
        let d = drawing::chart(chart, WIDTH, SMALL, m);
        // The title stays with its chart: both start a new page unless they fit together.
        let page_room = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM - H3 * LINE * 2.0 - BODY * 4.0;
        f.heading(&chart.title, H3, d.height.min(page_room) + BODY * 3.0);
        if !chart.subtitle.is_empty() {
            f.paragraph(&chart.subtitle, SMALL + 0.5, false, ink().muted, 0.0);
        }
        if let Some(info) = &chart.info {
            f.paragraph(info, BODY, false, ink().text, 0.0);
        }
        f.space(4.0);
        for part in chart_parts(chart, d, m) {
            f.drawing(&part);
        }
        f.table(&chart.table);
        for line in chart.remarks.iter().chain(&chart.footer) {
            f.paragraph(line, SMALL, false, ink().muted, 0.0);
        }
        f.space(12.0);
    }

    if let Some(d) = &p.districts {
        items(&mut f, d);
    }

    f.new_page();
    f.section(&l.recommendations);
    for r in &p.recommendations {
        f.heading(&format!("{}. {}", r.number, r.text), H3, BODY * 4.0);
        let mut by = Vec::new();
        by.extend(r.topic.clone());
        by.extend(r.by.as_ref().map(|b| format!("{}: {b}", l.said_by)));
        if !by.is_empty() {
            f.paragraph(&by.join(" · "), SMALL + 0.5, false, ink().muted, 0.0);
        }
        f.paragraph(
            &format!(
                "{}: {}   ·   {}: {}   ·   {}: {}",
                l.status, r.status, l.owner, r.owner, l.due, r.due
            ),
            BODY,
            true,
            ink().text,
            0.0,
        );
        if !r.evidence.is_empty() {
            f.paragraph(&format!("{}:", l.evidence), BODY, false, ink().muted, 0.0);
            for e in &r.evidence {
                f.paragraph(&format!("•  {e}"), BODY, false, ink().text, 8.0);
            }
        }
        if !r.note.is_empty() {
            f.space(3.0);
            f.note(&l.note, &r.note);
        }
        f.space(10.0);
    }

    f.section(&l.sources);
    for s in &p.sources {
        let mut text = format!("•  {}", s.text);
        if s.illustrative {
            text = format!("{text} ({})", l.illustrative);
        }
        if let Some(url) = &s.url {
            text = format!("{text} {url}");
        }
        let color = if s.illustrative {
            ink().illustrative
        } else {
            ink().text
        };
        f.paragraph(&text, BODY, false, color, 0.0);
    }

    f.section(&l.warnings);
    if p.warnings.is_empty() {
        f.paragraph(&l.no_warnings, BODY, false, ink().text, 0.0);
    }
    for w in &p.warnings {
        f.paragraph(&format!("•  {w}"), SMALL + 0.5, false, ink().text, 0.0);
    }
    Laid {
        pages: f.pages,
        marks: f.marks,
    }
}

/// A section of items: a heading, then each item's bold head with its lines indented.
fn items(f: &mut Flow<'_>, section: &PackSection) {
    f.space(8.0);
    f.heading(&section.title, H3, BODY * 4.0);
    for item in &section.items {
        f.keep(BODY * LINE * (1.0 + item.lines.len().min(3) as f32));
        f.paragraph(&item.head, BODY, true, ink().text, 0.0);
        for line in &item.lines {
            f.paragraph(line, SMALL + 0.5, false, ink().muted, 10.0);
        }
        f.space(3.0);
    }
}

/// Room for a chart on a page of its own, under a heading.
const CHART_ROOM: f32 = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM - 3.0 * H3 * LINE;

/// The chart as drawings that each fit on a page: a chart taller than a page is cut between
/// rows, every part on the same scale.
fn chart_parts(chart: &ChartSpec, whole: Drawing, m: &Metrics) -> Vec<Drawing> {
    if whole.height <= CHART_ROOM || chart.rows.len() < 2 {
        return vec![whole];
    }
    let mut rows_per_part =
        ((chart.rows.len() as f32 * CHART_ROOM / whole.height).floor() as usize).max(1);
    loop {
        let parts: Vec<Drawing> = chart
            .rows
            .chunks(rows_per_part)
            .map(|rows| {
                let part = ChartSpec {
                    rows: rows.to_vec(),
                    ..chart.clone()
                };
                drawing::chart(&part, WIDTH, SMALL, m)
            })
            .collect();
        if rows_per_part == 1 || parts.iter().all(|d| d.height <= CHART_ROOM) {
            return parts;
        }
        rows_per_part -= 1;
    }
}
