//! The pack as an A4 PDF, written with krilla: PT Sans embedded (subset), charts as vector
//! paths, page numbers on every page but the cover, an outline, and tags (PDF/UA-1): every
//! line of text belongs to a heading, paragraph, list item or table cell, every chart is a
//! figure with its values as alternative text, and rules, tints and footers are artifacts.
//!
//! `krilla` is a small, well-kept PDF writer in pure Rust (the one behind Typst's PDF output):
//! it subsets and embeds TrueType fonts with a `ToUnicode` map, so the text can be searched and
//! copied, and it needs no C library. The layout here is a flow ([`Flow`]): text wrapped with
//! PT Sans metrics, no heading left at a page's foot, no paragraph split to leave one line
//! alone, tables that repeat their header on a new page, charts kept whole.

mod cover;
mod document;
mod layout;
mod paired;

pub use document::{render, render_paired};

use super::drawing::{Anchor, Drawing, Metrics, Shape};
use crate::style::{Palette, Rgb};
use crate::view_model::chart::Table;

/// A4 in points.
const PAGE_WIDTH: f32 = 595.28;
const PAGE_HEIGHT: f32 = 841.89;
const MARGIN_X: f32 = 56.0;
const MARGIN_TOP: f32 = 54.0;
const MARGIN_BOTTOM: f32 = 62.0;
const WIDTH: f32 = PAGE_WIDTH - 2.0 * MARGIN_X;
/// The lowest a line may reach.
const FOOT: f32 = PAGE_HEIGHT - MARGIN_BOTTOM;

const BODY: f32 = 10.0;
const SMALL: f32 = 8.5;
const H1: f32 = 26.0;
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

/// What a part of the document is: the PDF's structure tags.
#[derive(Clone, Debug, PartialEq)]
enum Role {
    /// A heading of a level (1 the title, 2 a section, 3 what is inside one), with its words.
    Heading(u8, String),
    /// A paragraph.
    Paragraph,
    /// A chart, with its alternative text.
    Figure(String),
    /// A table, its rows, and their header and data cells.
    Table,
    Row,
    HeaderCell,
    Cell,
    /// A part in a language of its own (in a pack of two languages).
    Part(String),
    /// A list, its items, an item's bullet and its text.
    List,
    Item,
    Label,
    Body,
}

/// A node of the structure: its role and the node it is inside.
#[derive(Clone, Debug, PartialEq)]
struct Node {
    role: Role,
    parent: Option<usize>,
}

/// A shape on a page and the node it belongs to (none: an artifact, such as a rule or a tint).
#[derive(Clone, Debug, PartialEq)]
struct Placed {
    shape: Shape,
    node: Option<usize>,
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

/// The laid-out pack: its pages, its structure and its headings.
struct Laid {
    pages: Vec<Vec<Placed>>,
    nodes: Vec<Node>,
    marks: Vec<Mark>,
}

/// Pages of shapes, laid out top-down, with the structure they belong to.
struct Flow<'m> {
    m: &'m Metrics,
    pages: Vec<Vec<Placed>>,
    y: f32,
    nodes: Vec<Node>,
    /// The nodes open now, innermost last.
    open: Vec<usize>,
    marks: Vec<Mark>,
    /// Where a band in the margin started (page, y), while one is open.
    band: Option<(usize, f32)>,
    /// The left edge and width text is set in: the page's, or a column's.
    left: f32,
    width: f32,
    /// While text is set in two columns: where they start on this page.
    columns: Option<f32>,
    /// How far down the first column reached.
    column_bottom: f32,
}

impl<'m> Flow<'m> {
    fn new(m: &'m Metrics) -> Self {
        Self {
            m,
            pages: vec![Vec::new()],
            y: MARGIN_TOP,
            nodes: Vec::new(),
            open: Vec::new(),
            marks: Vec::new(),
            band: None,
            left: MARGIN_X,
            width: WIDTH,
            columns: None,
            column_bottom: MARGIN_TOP,
        }
    }

    /// Sets what follows in two columns, each filled to the page's foot in turn.
    fn begin_columns(&mut self) {
        self.columns = Some(self.y);
        self.width = (WIDTH - COLUMN_GAP) / 2.0;
        self.left = MARGIN_X;
    }

    /// Back to the page's width, under the longer column.
    fn end_columns(&mut self) {
        if self.columns.take().is_some() {
            self.y = self.y.max(self.column_bottom);
        }
        self.left = MARGIN_X;
        self.width = WIDTH;
    }

    fn page_index(&self) -> usize {
        self.pages.len().saturating_sub(1)
    }

    /// Draws `shape` as part of the node open now.
    fn push(&mut self, shape: Shape) {
        let node = self.open.last().copied();
        self.place(shape, node);
    }

    /// Draws `shape` as an artifact: decoration, not content.
    fn decor(&mut self, shape: Shape) {
        self.place(shape, None);
    }

    fn place(&mut self, shape: Shape, node: Option<usize>) {
        if self.pages.is_empty() {
            self.pages.push(Vec::new());
        }
        let last = self.pages.len() - 1;
        self.pages[last].push(Placed { shape, node });
    }

    /// Opens a node inside the one open now.
    fn begin(&mut self, role: Role) {
        self.nodes.push(Node {
            role,
            parent: self.open.last().copied(),
        });
        self.open.push(self.nodes.len() - 1);
    }

    fn end(&mut self) {
        self.open.pop();
    }

    /// Opens a part in `lang`, when there is one.
    fn begin_lang(&mut self, lang: Option<&str>) {
        if let Some(lang) = lang {
            self.begin(Role::Part(lang.to_owned()));
        }
    }

    /// Closes the part [`Self::begin_lang`] opened.
    fn end_lang(&mut self, lang: Option<&str>) {
        if lang.is_some() {
            self.end();
        }
    }

    fn new_page(&mut self) {
        if let Some(top) = self.columns
            && self.left == MARGIN_X
        {
            // The first column is full: the second starts beside it.
            self.column_bottom = self.y;
            self.left = MARGIN_X + self.width + COLUMN_GAP;
            self.y = top;
            return;
        }
        if self.columns.is_some() {
            self.columns = Some(MARGIN_TOP);
            self.left = MARGIN_X;
            self.column_bottom = MARGIN_TOP;
        }
        self.close_band_on_page();
        self.pages.push(Vec::new());
        self.y = MARGIN_TOP;
        if self.band.is_some() {
            self.band = Some((self.page_index(), self.y));
        }
    }

    /// Starts a new page unless `height` more points fit on this one.
    fn keep(&mut self, height: f32) {
        if self.y + height > FOOT && !self.at_top() {
            self.new_page();
        }
    }

    /// Whether nothing is set yet on this page (or in this column).
    fn at_top(&self) -> bool {
        self.y <= self.columns.unwrap_or(MARGIN_TOP) + 1.0
    }

    fn room(&self) -> f32 {
        FOOT - self.y
    }

    fn space(&mut self, points: f32) {
        self.y += points;
    }

    fn text_at(&mut self, x: f32, text: &str, size: f32, bold: bool, color: Rgb) {
        let y = self.y + size;
        self.push(Shape::Text {
            x,
            y,
            text: text.to_owned(),
            size,
            bold,
            color,
            anchor: Anchor::Start,
        });
    }

    /// Lines set one under another from `x`. A paragraph of two or three lines is kept
    /// whole; a longer one breaks so that neither page has a single line of it.
    /// `indent` is from the left edge of the page or column, which a break may change.
    fn lines(&mut self, lines: &[String], indent: f32, size: f32, bold: bool, color: Rgb) {
        let height = size * LINE;
        let mut i = 0;
        while i < lines.len() {
            let rest = lines.len() - i;
            let fit = (self.room() / height).floor().max(0.0) as usize;
            let take = if fit >= rest {
                rest
            } else if self.at_top() {
                fit.max(1)
            } else if rest <= 3 {
                0
            } else {
                let k = fit.min(rest - 2);
                if k < 2 { 0 } else { k }
            };
            if take == 0 {
                self.new_page();
                continue;
            }
            for line in &lines[i..i + take] {
                self.text_at(self.left + indent, line, size, bold, color);
                self.y += height;
            }
            i += take;
            if i < lines.len() {
                self.new_page();
            }
        }
    }

    /// A wrapped paragraph, `indent` points in.
    fn paragraph(&mut self, text: &str, size: f32, bold: bool, color: Rgb, indent: f32) {
        let text = crate::wording::typeset(text);
        let lines = self.m.wrap(&text, size, bold, self.width - indent);
        self.begin(Role::Paragraph);
        self.lines(&lines, indent, size, bold, color);
        self.end();
    }

    /// A list: each item's bullet (or number) hangs in the margin of its text.
    fn list(&mut self, items: &[(String, String)], size: f32, color: Rgb, indent: f32) {
        if items.is_empty() {
            return;
        }
        let hang = items
            .iter()
            .map(|(label, _)| self.m.width(label, size, false))
            .fold(0.0, f32::max)
            + size * 0.6;
        self.begin(Role::List);
        for (label, text) in items {
            let text = crate::wording::typeset(text);
            let lines = self.m.wrap(&text, size, false, self.width - indent - hang);
            self.keep(size * LINE * lines.len().min(2) as f32);
            self.begin(Role::Item);
            self.begin(Role::Label);
            self.text_at(self.left + indent, label, size, false, color);
            self.end();
            self.begin(Role::Body);
            self.lines(&lines, indent + hang, size, false, color);
            self.end();
            self.end();
            self.space(size * 0.25);
        }
        self.end();
    }

    /// A heading, kept with the `next` points that follow it, and marked for the outline
    /// when `outline` gives its level there.
    fn heading(&mut self, text: &str, size: f32, level: u8, next: f32, outline: Option<u8>) {
        let lines = self.m.wrap(text, size, true, self.width);
        self.keep(size * LINE * lines.len() as f32 + next);
        if let Some(level) = outline {
            self.marks.push(Mark {
                level,
                text: crate::wording::folded(text, 90).0.into_owned(),
                page: self.page_index(),
                y: self.y,
            });
        }
        self.begin(Role::Heading(level, text.to_owned()));
        self.lines(&lines, 0.0, size, true, ink().text);
        self.end();
    }

    /// A section's heading with a rule under it; on a new page when `page` says so.
    fn section(&mut self, text: &str, page: bool, next: f32) {
        if page {
            self.new_page();
        } else {
            self.space(H2 * 0.8);
        }
        self.heading(text, H2, 2, next.max(40.0) + 12.0, Some(1));
        let y = self.y + 2.0;
        self.decor(Shape::Line {
            from: (MARGIN_X, y),
            to: (MARGIN_X + WIDTH, y),
            color: ink().accent,
            width: 1.5,
            dashed: false,
        });
        self.space(10.0);
    }

    /// A drawing at the flow's left margin, as a figure with `alt` as its words.
    fn figure(&mut self, d: &Drawing, alt: &str) {
        self.keep(d.height + 4.0);
        let (dx, dy) = (self.left, self.y);
        self.begin(Role::Figure(alt.to_owned()));
        for s in &d.shapes {
            self.push(s.clone().offset(dx, dy));
        }
        self.end();
        self.y += d.height + 6.0;
    }

    /// Opens a band in the margin: everything until [`Self::end_band`] is marked by a tinted
    /// bar at its left, on every page it reaches.
    fn begin_band(&mut self) {
        self.band = Some((self.page_index(), self.y));
    }

    fn end_band(&mut self) {
        self.close_band_on_page();
        self.band = None;
    }

    /// Draws the open band's bar on this page, down to where the flow is.
    fn close_band_on_page(&mut self) {
        let Some((page, top)) = self.band else { return };
        if page != self.page_index() || self.y <= top {
            return;
        }
        let bottom = if self.columns.is_some() {
            self.y.max(self.column_bottom)
        } else {
            self.y
        };
        let height = bottom.min(FOOT) - top;
        self.decor(Shape::Rect {
            x: MARGIN_X - 14.0,
            y: top,
            width: 4.0,
            height,
            fill: ink().illustrative,
        });
    }

    /// A table; text cells wrap (a word too long for its cell is cut between letters), number
    /// columns are as wide as their widest cell, and the header repeats on each new page.
    fn table(&mut self, t: &Table) {
        let size = SMALL;
        let columns = t.header.len().max(1);
        let numeric = |i: usize| t.numeric.get(i).copied().unwrap_or(false);
        let widths = self.column_widths(t, size);
        let wrap_row = |cells: &[String], bold: bool| -> Vec<Vec<String>> {
            (0..columns)
                .map(|i| {
                    let cell = cells.get(i).map_or("", String::as_str);
                    let width = widths.get(i).copied().unwrap_or(40.0) - 2.0 * CELL_PAD;
                    self.m.wrap(cell, size, bold, width)
                })
                .collect()
        };
        let header = wrap_row(&t.header, true);
        let height = |cells: &[Vec<String>]| {
            cells.iter().map(Vec::len).max().unwrap_or(1).max(1) as f32 * size * LINE + 4.0
        };
        let first = t.rows.first().map_or(0.0, |r| height(&wrap_row(r, false)));
        self.keep(height(&header) + first * 2.0);
        self.begin(Role::Table);
        self.table_row(&header, &widths, &numeric, size, true);
        for row in &t.rows {
            let cells = wrap_row(row, false);
            if self.y + height(&cells) > FOOT {
                self.new_page();
                self.table_row(&header, &widths, &numeric, size, true);
            }
            self.table_row(&cells, &widths, &numeric, size, false);
        }
        self.end();
        self.space(8.0);
    }

    /// Column widths: numbers as wide as their widest cell or the longest word of their
    /// heading, the rest shared by the text columns.
    fn column_widths(&self, t: &Table, size: f32) -> Vec<f32> {
        let columns = t.header.len().max(1);
        let numeric = |i: usize| t.numeric.get(i).copied().unwrap_or(false);
        let longest_word = |s: &str| {
            s.split_whitespace()
                .map(|w| self.m.width(w, size, true))
                .fold(0.0, f32::max)
        };
        let mut widths: Vec<f32> = (0..columns)
            .map(|i| {
                if !numeric(i) {
                    return 0.0;
                }
                let cells = t
                    .rows
                    .iter()
                    .filter_map(|r| r.get(i))
                    .map(|c| self.m.width(c, size, false))
                    .fold(0.0, f32::max);
                let head = t.header.get(i).map_or(0.0, |h| longest_word(h));
                cells.max(head).max(size * 3.0) + 2.0 * CELL_PAD
            })
            .collect();
        let text_columns = (0..columns).filter(|i| !numeric(*i)).count();
        let fixed: f32 = widths.iter().sum();
        if text_columns == 0 {
            // Numbers only: spread them over the width.
            let extra = ((WIDTH - fixed) / columns as f32).max(0.0);
            return widths.iter().map(|w| w + extra).collect();
        }
        let share = ((WIDTH - fixed) / text_columns as f32).max(60.0);
        for (i, w) in widths.iter_mut().enumerate() {
            if !numeric(i) {
                *w = share;
            }
        }
        widths
    }

    fn table_row(
        &mut self,
        cells: &[Vec<String>],
        widths: &[f32],
        numeric: &dyn Fn(usize) -> bool,
        size: f32,
        header: bool,
    ) {
        let lines = cells.iter().map(Vec::len).max().unwrap_or(1).max(1);
        let height = lines as f32 * size * LINE + 4.0;
        let mut x = MARGIN_X;
        let top = self.y;
        self.begin(Role::Row);
        for (i, cell) in cells.iter().enumerate() {
            let width = widths.get(i).copied().unwrap_or(0.0);
            self.begin(if header { Role::HeaderCell } else { Role::Cell });
            for (n, line) in cell.iter().enumerate() {
                let y = top + 2.0 + size + n as f32 * size * LINE;
                let (tx, anchor) = if numeric(i) {
                    (x + width - CELL_PAD, Anchor::End)
                } else {
                    (x + CELL_PAD, Anchor::Start)
                };
                self.push(Shape::Text {
                    x: tx,
                    y,
                    text: line.clone(),
                    size,
                    bold: header,
                    color: if header { ink().muted } else { ink().text },
                    anchor,
                });
            }
            self.end();
            x += width;
        }
        self.end();
        let y = top + height;
        self.decor(Shape::Line {
            from: (MARGIN_X, y),
            to: (MARGIN_X + WIDTH, y),
            color: if header { ink().text } else { ink().rule },
            width: if header { 0.8 } else { 0.4 },
            dashed: false,
        });
        self.y += height;
    }

    /// A note: a tinted block with a bar on its left, its label then its text.
    fn note(&mut self, label: &str, text: &str) {
        let size = BODY;
        let indent = 10.0;
        let mut lines = vec![format!("{label}:")];
        lines.extend(self.m.wrap(text, size, false, self.width - indent - 8.0));
        self.begin(Role::Paragraph);
        for (i, line) in lines.iter().enumerate() {
            self.keep(size * LINE * if i == 0 { 2.0 } else { 1.0 } + 2.0);
            let height = size * LINE + if i + 1 == lines.len() { 4.0 } else { 0.0 };
            let top = self.y;
            self.decor(Shape::Rect {
                x: self.left,
                y: top,
                width: self.width,
                height,
                fill: ink().note_fill,
            });
            self.decor(Shape::Rect {
                x: self.left,
                y: top,
                width: 2.5,
                height,
                fill: ink().note_rule,
            });
            self.text_at(self.left + indent, line, size, i == 0, ink().text);
            self.y += height;
        }
        self.end();
        self.space(6.0);
    }
}

/// Space between two columns of text.
const COLUMN_GAP: f32 = 18.0;

/// Space between a table cell's edge and its text.
const CELL_PAD: f32 = 4.0;

#[cfg(test)]
mod tests;
