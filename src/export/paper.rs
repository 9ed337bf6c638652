//! A chart on paper: cut between rows into parts that each fit a page, and said in words for
//! those who do not see it (the alternative text of a PDF figure or a Word picture). The PDF
//! and the Word document both use these.

use std::ops::Range;

use super::drawing::Drawing;
use crate::view_model::chart::{ChartRow, ChartSpec};

/// The chart as drawings no taller than `room`, with the rows each shows: a chart taller than
/// that is cut between rows, every part laid out by `lay_out` on the same scale.
pub fn parts(
    chart: &ChartSpec,
    room: f32,
    lay_out: impl Fn(&ChartSpec) -> Drawing,
) -> Vec<(Drawing, Range<usize>)> {
    let whole = lay_out(chart);
    let n = chart.rows.len();
    if whole.height <= room || n < 2 {
        return vec![(whole, 0..n)];
    }
    let mut per_part = ((n as f32 * room / whole.height).floor() as usize).max(1);
    loop {
        let parts: Vec<(Drawing, Range<usize>)> = (0..n)
            .step_by(per_part)
            .map(|start| {
                let rows = start..(start + per_part).min(n);
                let part = ChartSpec {
                    rows: chart.rows.get(rows.clone()).unwrap_or(&[]).to_vec(),
                    ..chart.clone()
                };
                (lay_out(&part), rows)
            })
            .collect();
        if per_part == 1 || parts.iter().all(|(d, _)| d.height <= room) {
            return parts;
        }
        per_part -= 1;
    }
}

/// The chart in words: `title`, its period, and the values of the first `limit` of `rows`
/// ("Көкшетау қ.: 38*; Степногорск қ.: 12*; …"), each series named where there are several.
pub fn in_words(chart: &ChartSpec, title: &str, rows: &[ChartRow], limit: usize) -> String {
    let values: Vec<String> = rows
        .iter()
        .take(limit)
        .map(|r| {
            let bars: Vec<String> = r
                .bars
                .iter()
                .map(|b| {
                    if !b.end_label.is_empty() && b.segments.len() <= 1 {
                        return b.end_label.clone();
                    }
                    let segments: Vec<String> = b
                        .segments
                        .iter()
                        .filter(|s| !s.label.is_empty())
                        .map(|s| match chart.series.get(s.series) {
                            Some(series) if chart.series.len() > 1 => {
                                format!("{} {}", series.name, s.label)
                            }
                            _ => s.label.clone(),
                        })
                        .collect();
                    segments.join(", ")
                })
                .collect();
            format!("{}: {}", r.name, bars.join(", "))
        })
        .collect();
    let mut text = title.trim().to_owned();
    if !chart.subtitle.trim().is_empty() {
        text = format!("{text}. {}", chart.subtitle.trim());
    }
    if !values.is_empty() {
        text = format!("{text}. {}", values.join("; "));
        if rows.len() > limit {
            text.push_str("; …");
        }
    }
    format!("{text}.").replace(['\n', '\r', '\t'], " ")
}
