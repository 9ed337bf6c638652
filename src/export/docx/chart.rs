//! The charts: each as a picture drawn from the same vector layout as the PDF, cut between
//! rows when it is taller than a page, with its alternative text; the numbers are in the
//! appendix.

use docx_rs::{LineSpacing, LineSpacingType, Paragraph, Pic, Run};

use super::super::ExportError;
use super::super::drawing::{self, Drawing};
use super::super::pack::Pack;
use super::super::{paper, png};
use super::{BODY, SMALL, Writer, para, spaced};
use crate::view_model::chart::ChartSpec;

/// Charts are laid out this many points wide (the page's text is 481.9 points), their text at
/// the PDF's small size, and rendered at twice their size.
const CHART_WIDTH: f32 = 480.0;
const CHART_TEXT: f32 = 8.5;
const CHART_SCALE: f32 = 2.0;
/// The tallest picture, in points: a taller chart is cut between rows into parts.
const CHART_ROOM: f32 = 620.0;
/// English Metric Units in a point.
const EMU_PER_POINT: f32 = 12_700.0;

/// How many of a chart's rows its alternative text reads out.
const ALT_ROWS: usize = 12;

impl Writer<'_> {
    /// The charts: the facts, then the illustrative ones under their own heading with the
    /// note that says so. Each chart has its heading and context, the picture (in parts
    /// when it is taller than a page) and its small print; its numbers are in the appendix.
    /// With two packs, each chart is followed by its translation.
    pub(super) fn charts(&mut self, packs: &[&Pack]) -> Result<(), ExportError> {
        let Some(first) = packs.first() else {
            return Ok(());
        };
        for (illustrative, label) in [
            (
                false,
                (|p: &Pack| p.labels.charts.clone()) as fn(&Pack) -> String,
            ),
            (true, |p: &Pack| p.labels.illustrative_charts.clone()),
        ] {
            let count = first
                .charts
                .iter()
                .filter(|c| c.illustrative == illustrative)
                .count();
            if count == 0 {
                continue;
            }
            let heading: Vec<String> = packs.iter().map(|p| label(p)).collect();
            self.heading(&heading.join(" / "), 1, !illustrative);
            for p in packs.iter().filter(|_| illustrative) {
                if let Some(note) = &p.illustrative_note {
                    let color = self.ink.illustrative.clone();
                    self.add(spaced(para(note, BODY, true, &color), 0, 80).keep_next(true));
                }
            }
            for i in 0..count {
                for p in packs {
                    let chart = p
                        .charts
                        .iter()
                        .filter(|c| c.illustrative == illustrative)
                        .nth(i);
                    if let Some(chart) = chart {
                        let said = p.illustrative_note.as_deref().filter(|_| illustrative);
                        self.chart(chart, said)?;
                    }
                }
            }
        }
        Ok(())
    }

    /// One chart; `said` is the line of small print its heading already says.
    fn chart(&mut self, chart: &ChartSpec, said: Option<&str>) -> Result<(), ExportError> {
        let (text, muted) = (self.ink.text.clone(), self.ink.muted.clone());
        self.heading(&chart.title, 2, false);
        if !chart.subtitle.is_empty() {
            self.add(spaced(para(&chart.subtitle, SMALL, false, &muted), 0, 40).keep_next(true));
        }
        if let Some(info) = &chart.info {
            self.add(spaced(para(info, BODY, false, &text), 0, 60).keep_next(true));
        }
        let parts = if chart.rows.is_empty() {
            Vec::new()
        } else {
            let m = self.m;
            paper::parts(chart, CHART_ROOM, |part| {
                drawing::chart(part, CHART_WIDTH, CHART_TEXT, m)
            })
        };
        let count = parts.len();
        for (i, (part, rows)) in parts.into_iter().enumerate() {
            self.picture(chart, &part, rows, (i, count))?;
        }
        for line in chart
            .remarks
            .iter()
            .chain(&chart.footer)
            .filter(|l| said.is_none_or(|s| l.as_str() != s))
        {
            self.add(spaced(para(line, SMALL, false, &muted), 0, 20));
        }
        Ok(())
    }

    /// A picture of `d`, drawn at twice its size, shown at its size in points, with its
    /// alternative text: the chart's title and subtitle, and the values of `rows`.
    fn picture(
        &mut self,
        chart: &ChartSpec,
        d: &Drawing,
        rows: std::ops::Range<usize>,
        (part, parts): (usize, usize),
    ) -> Result<(), ExportError> {
        if d.height < 1.0 || d.width < 1.0 {
            // Nothing to draw: a chart without rows has its table and small print alone.
            return Ok(());
        }
        let bytes = png::drawing_png(d, &chart.title, CHART_SCALE)?;
        let (w_px, h_px) = png_size(&bytes)
            .ok_or_else(|| ExportError::Image("the chart's picture has no size".to_owned()))?;
        let emu = |px: u32| (px as f32 / CHART_SCALE * EMU_PER_POINT).round() as u32;
        let pic = Pic::new_with_dimensions(bytes, w_px, h_px).size(emu(w_px), emu(h_px));
        let mut title = chart.title.clone();
        if parts > 1 {
            title = format!("{title} ({}/{parts})", part + 1);
        }
        let shown = chart.rows.get(rows).unwrap_or(&[]);
        self.alts
            .push(paper::in_words(chart, &title, shown, ALT_ROWS));
        self.add(
            Paragraph::new()
                .add_run(Run::new().add_image(pic))
                // The last part stays with the table under it.
                .keep_next(part + 1 == parts && !chart.table.rows.is_empty())
                .line_spacing(
                    LineSpacing::new()
                        .line_rule(LineSpacingType::Auto)
                        .line(240)
                        .before(60)
                        .after(120),
                ),
        );
        Ok(())
    }
}

/// A PNG's width and height in pixels, from its header.
fn png_size(bytes: &[u8]) -> Option<(u32, u32)> {
    let signature = [0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A];
    if bytes.get(..8)? != signature || bytes.get(12..16)? != b"IHDR" {
        return None;
    }
    let word = |at: usize| -> Option<u32> {
        Some(u32::from_be_bytes(bytes.get(at..at + 4)?.try_into().ok()?))
    };
    Some((word(16)?, word(20)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_png_header_gives_its_size() {
        let mut bytes = vec![0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13];
        bytes.extend_from_slice(b"IHDR");
        bytes.extend_from_slice(&960u32.to_be_bytes());
        bytes.extend_from_slice(&412u32.to_be_bytes());
        assert_eq!(png_size(&bytes), Some((960, 412)));
        assert_eq!(png_size(&bytes[..20]), None);
        assert_eq!(png_size(b"GIF89a"), None);
    }
}
