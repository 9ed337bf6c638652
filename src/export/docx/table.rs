//! Tables as Word tables: a header row that repeats on each page, number columns
//! right-aligned, the whole as wide as the page's text.

use docx_rs::{
    AlignmentType, BorderType, LineSpacing, LineSpacingType, Shading, ShdType, Table as WordTable,
    TableBorder, TableBorderPosition, TableCell, TableLayoutType, TableRow, WidthType,
};

use super::super::drawing::Metrics;
use super::{CELL, TEXT_WIDTH, Writer, para};
use crate::view_model::chart::Table;

/// A table of at most this many rows is kept whole on one page.
const SHORT_TABLE: usize = 12;

impl Writer<'_> {
    /// A table as a Word table: the header row bold on a tint (and repeated on each page),
    /// number columns right-aligned and as wide as their widest cell, text columns sharing
    /// the rest of the page's width. The header stays with the first row, and a short table
    /// stays whole on one page.
    pub(super) fn table(&self, t: &Table) -> WordTable {
        let widths = column_widths(t, self.m);
        let numeric = |i: usize| t.numeric.get(i).copied().unwrap_or(false);
        // Word keeps a row with the next when its paragraphs are kept with the next.
        let keep_all = t.rows.len() <= SHORT_TABLE;
        let cell = |i: usize, text: &str, header: bool, keep: bool| {
            let mut p = para(text, CELL, header, &self.ink.text)
                .line_spacing(
                    LineSpacing::new()
                        .line_rule(LineSpacingType::Auto)
                        .line(240)
                        .before(0)
                        .after(0),
                )
                .keep_next(keep);
            if numeric(i) {
                p = p.align(AlignmentType::Right);
            }
            let mut c = TableCell::new()
                .add_paragraph(p)
                .width(widths.get(i).copied().unwrap_or(0), WidthType::Dxa);
            if header {
                c = c.shading(
                    Shading::new()
                        .shd_type(ShdType::Clear)
                        .fill(self.ink.fill.clone()),
                );
            }
            c
        };
        let columns = widths.len();
        let row = |cells: &[String], header: bool, keep: bool| {
            let cells = (0..columns)
                .map(|i| cell(i, cells.get(i).map_or("", String::as_str), header, keep))
                .collect();
            TableRow::new(cells).cant_split()
        };
        let last = t.rows.len().saturating_sub(1);
        let rows = std::iter::once(row(&t.header, true, true))
            .chain(
                t.rows
                    .iter()
                    .enumerate()
                    .map(|(n, r)| row(r, false, keep_all && n < last)),
            )
            .collect();
        let mut table = WordTable::new(rows)
            .set_grid(widths.clone())
            .width(widths.iter().sum(), WidthType::Dxa)
            .layout(TableLayoutType::Fixed);
        for position in [
            TableBorderPosition::Top,
            TableBorderPosition::Bottom,
            TableBorderPosition::Left,
            TableBorderPosition::Right,
            TableBorderPosition::InsideH,
            TableBorderPosition::InsideV,
        ] {
            table = table.set_border(
                TableBorder::new(position)
                    .border_type(BorderType::Single)
                    .size(4)
                    .color(self.ink.rule.clone()),
            );
        }
        table
    }
}

/// Column widths in twentieths of a point: number columns as wide as their widest cell, the
/// text columns sharing what is left of the page's width (at least 50 points each); the
/// whole no wider than the text.
fn column_widths(t: &Table, m: &Metrics) -> Vec<usize> {
    let size = CELL as f32 / 2.0;
    // Word's default cell margins: 5.4 points on each side.
    let pad = 2.0 * 5.4 + 2.0;
    // Measured in PT Sans; a computer without it sets the text in a wider face.
    let slack = 1.45;
    let columns = t
        .header
        .len()
        .max(t.rows.iter().map(Vec::len).max().unwrap_or(0))
        .max(1);
    let numeric = |i: usize| t.numeric.get(i).copied().unwrap_or(false);
    let natural = |i: usize| {
        let header = t.header.get(i).map_or(0.0, |h| {
            // A header may wrap at its spaces: its longest word is what must fit.
            h.split_whitespace()
                .map(|w| m.width(w, size, true))
                .fold(0.0, f32::max)
        });
        t.rows
            .iter()
            .map(|r| r.get(i).map_or(0.0, |c| m.width(c, size, false)))
            .fold(header, f32::max)
            * slack
            + pad
    };
    let total = TEXT_WIDTH as f32 / 20.0;
    let mut widths: Vec<f32> = (0..columns)
        .map(|i| if numeric(i) { natural(i) } else { 0.0 })
        .collect();
    let fixed: f32 = widths.iter().sum();
    let text_columns = (0..columns).filter(|i| !numeric(*i)).count();
    if text_columns > 0 {
        let share = ((total - fixed) / text_columns as f32).max(50.0);
        for (i, w) in widths.iter_mut().enumerate() {
            if !numeric(i) {
                *w = share;
            }
        }
    }
    let sum: f32 = widths.iter().sum();
    let fit = if sum > total { total / sum } else { 1.0 };
    widths
        .iter()
        .map(|w| (w * fit * 20.0).floor().max(200.0) as usize)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_fit_the_page_whatever_their_number() {
        let m = Metrics::default();
        let wide = Table {
            header: (0..14).map(|i| format!("Столбец {i}")).collect(),
            numeric: vec![true; 14],
            rows: vec![(0..14).map(|i| format!("{}", 1_000_000 * i)).collect()],
            details: Vec::new(),
        };
        let widths = column_widths(&wide, &m);
        assert_eq!(widths.len(), 14);
        assert!(widths.iter().sum::<usize>() <= TEXT_WIDTH as usize);
        let empty = Table::default();
        assert_eq!(column_widths(&empty, &m).len(), 1);
    }
}
