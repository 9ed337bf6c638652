//! One chart specification, drawn by every surface: the workspace, the slides, the PDF, the HTML
//! and the PNG all render a [`ChartSpec`]; none of them maps the view-model on its own. A spec
//! names its series by role, never by colour: each surface's palette colours them.

use super::{Briefing, CHART_ROW_LIMIT, CorruptionView, DistrictSeries, ReferenceLine, RentalView};
use crate::i18n::{Language, tr};
pub use crate::style::SeriesRole;

/// A series: its legend name and what it shows.
#[derive(Clone, Debug, PartialEq)]
pub struct ChartSeries {
    /// Legend name.
    pub name: String,
    /// What it shows (each surface colours it).
    pub role: SeriesRole,
}

/// One part of a bar.
#[derive(Clone, Debug, PartialEq)]
pub struct Segment {
    /// Its length.
    pub value: f64,
    /// Index into [`ChartSpec::series`].
    pub series: usize,
    /// Printed inside it when it is wide enough ("" for none).
    pub label: String,
}

/// One bar: stacked segments from zero, and the value printed after its end.
#[derive(Clone, Debug, PartialEq)]
pub struct ChartBar {
    /// Stacked parts.
    pub segments: Vec<Segment>,
    /// Printed after the bar, with its illustrative mark.
    pub end_label: String,
}

impl ChartBar {
    /// Where the bar ends.
    pub fn length(&self) -> f64 {
        self.segments.iter().map(|s| s.value).sum()
    }
}

/// A row: a name and one bar, or several side by side.
#[derive(Clone, Debug, PartialEq)]
pub struct ChartRow {
    /// What a click on the row picks (a district id).
    pub key: String,
    /// Name on the left.
    pub name: String,
    /// Bars, top to bottom.
    pub bars: Vec<ChartBar>,
    /// The exact figures and their sources, for a tooltip.
    pub detail: String,
}

/// A table: a header and rows of cells.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Table {
    /// Column names.
    pub header: Vec<String>,
    /// Whether each column holds numbers (right-aligned).
    pub numeric: Vec<bool>,
    /// Rows of cells.
    pub rows: Vec<Vec<String>>,
    /// Per row, the exact figures and sources shown on hovering its name (may be empty).
    pub details: Vec<String>,
}

/// A chart: what it shows, its rows, its small print and its data as a table.
#[derive(Clone, Debug, PartialEq)]
pub struct ChartSpec {
    /// A stable name (plot ids, file names).
    pub id: &'static str,
    /// Title.
    pub title: String,
    /// Period, as-of date, unit.
    pub subtitle: String,
    /// A line of context above the bars: the regional figure or split.
    pub info: Option<String>,
    /// Series, in legend order.
    pub series: Vec<ChartSeries>,
    /// Whether a legend is worth drawing (several series or a reference line, and rows not
    /// already named after their series).
    pub legend: bool,
    /// Rows, top to bottom: at most [`CHART_ROW_LIMIT`]; the table has all of them.
    pub rows: Vec<ChartRow>,
    /// How many rows the data has.
    pub total_rows: usize,
    /// Largest bar end among [`Self::rows`].
    pub max_value: f64,
    /// A dashed line to compare against.
    pub reference: Option<ReferenceLine>,
    /// The data.
    pub table: Table,
    /// Remarks about the data: lists that disagree with stated totals, rent rises.
    pub remarks: Vec<String>,
    /// Small print: rows left out, districts without data, the illustrative mark, sources.
    pub footer: Vec<String>,
    /// Whether any value is illustrative.
    pub illustrative: bool,
}

impl ChartSpec {
    /// The most bars a row has (three measures per district, or one), at least one.
    pub fn bars_per_row(&self) -> usize {
        self.rows
            .iter()
            .map(|r| r.bars.len())
            .max()
            .unwrap_or(1)
            .max(1)
    }

    /// The largest bar end among the first `n` rows.
    pub fn max_of_first(&self, n: usize) -> f64 {
        max_value(self.rows.get(..n.min(self.rows.len())).unwrap_or(&[]))
    }
}

/// The charts of a briefing, built once with it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Charts {
    /// The districts on the chosen metric.
    pub districts: Option<ChartSpec>,
    /// Owned and rented centres per district.
    pub centres: Option<ChartSpec>,
    /// The region's three corruption figures.
    pub corruption: Option<ChartSpec>,
    /// Crimes, persons prosecuted and managers per district.
    pub corruption_districts: Option<ChartSpec>,
    /// Crimes per district alone (the slide).
    pub crimes_districts: Option<ChartSpec>,
}

impl Charts {
    /// Every chart of `b` (what [`Briefing::charts`] builds on first use).
    pub fn of(b: &Briefing) -> Self {
        let lang = b.settings.language;
        let mut charts = Self {
            districts: b.districts.as_ref().map(|s| district_chart(s, b)),
            centres: centres_chart(&b.rental, b, lang),
            corruption: corruption_chart(&b.corruption, b, lang),
            corruption_districts: corruption_districts_chart(&b.corruption, b, lang, 3),
            crimes_districts: corruption_districts_chart(&b.corruption, b, lang, 1),
        };
        // Hovering a district shows what the dataset says of it beyond the numbers.
        let details: std::collections::HashMap<&str, String> = b
            .district_details
            .iter()
            .filter(|d| !d.is_empty())
            .map(|d| {
                let lines: Vec<&str> = d.lines().map(String::as_str).collect();
                (d.id.as_str(), lines.join("\n"))
            })
            .collect();
        for spec in [
            &mut charts.districts,
            &mut charts.centres,
            &mut charts.corruption_districts,
            &mut charts.crimes_districts,
        ]
        .into_iter()
        .flatten()
        {
            for row in &mut spec.rows {
                if let Some(more) = details.get(row.key.as_str()) {
                    row.detail = format!("{}\n{more}", row.detail);
                }
            }
        }
        charts
    }
}

fn join_dot(parts: &[&str]) -> String {
    parts
        .iter()
        .filter(|p| !p.is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join(" · ")
}

/// Small print: the lines given, then the illustrative mark's meaning, then the sources.
fn footer(b: &Briefing, notes: &[Option<&str>], illustrative: bool, sources: &str) -> Vec<String> {
    notes
        .iter()
        .flatten()
        .copied()
        .chain(illustrative.then_some(b.illustrative_note.as_str()))
        .chain([sources])
        .filter(|l| !l.is_empty())
        .map(str::to_owned)
        .collect()
}

/// A chart's title; a chart drawn wholly from illustrative figures says so in it, not only in
/// its small print.
fn title(lang: Language, title: String, wholly_illustrative: bool) -> String {
    if wholly_illustrative {
        crate::i18n::tr_args(
            lang,
            "title-illustrative",
            &[("title", crate::i18n::Arg::Text(&title))],
        )
    } else {
        title
    }
}

fn max_value(rows: &[ChartRow]) -> f64 {
    rows.iter()
        .flat_map(|r| &r.bars)
        .map(ChartBar::length)
        .fold(0.0, f64::max)
}

/// The districts compared on one metric.
pub fn district_chart(s: &DistrictSeries, b: &Briefing) -> ChartSpec {
    let lang = b.settings.language;
    let rows: Vec<ChartRow> = s
        .bars
        .iter()
        .take(CHART_ROW_LIMIT)
        .map(|bar| ChartRow {
            key: bar.district.clone(),
            name: bar.name.clone(),
            bars: vec![ChartBar {
                segments: vec![Segment {
                    value: bar.value,
                    series: 0,
                    label: String::new(),
                }],
                end_label: bar.label.clone(),
            }],
            detail: bar.tooltip.clone(),
        })
        .collect();
    let table = Table {
        header: vec!["№".to_owned(), tr(lang, "column-district"), s.unit.clone()],
        numeric: vec![true, false, true],
        rows: s
            .bars
            .iter()
            .enumerate()
            .map(|(i, bar)| vec![(i + 1).to_string(), bar.name.clone(), bar.label.clone()])
            .collect(),
        details: s.bars.iter().map(|bar| bar.tooltip.clone()).collect(),
    };
    ChartSpec {
        id: "districts",
        title: title(
            lang,
            s.title.clone(),
            !s.bars.is_empty() && s.bars.iter().all(|bar| bar.illustrative),
        ),
        subtitle: join_dot(&[s.period.as_deref().unwrap_or(""), &s.unit]),
        info: s.regional.clone(),
        series: vec![ChartSeries {
            name: s.title.clone(),
            role: SeriesRole::Value,
        }],
        legend: s.reference.is_some(),
        max_value: max_value(&rows),
        total_rows: s.bars.len(),
        rows,
        reference: s.reference.clone(),
        table,
        remarks: Vec::new(),
        footer: footer(
            b,
            &[s.overflow_text.as_deref(), Some(&s.missing_text)],
            s.illustrative,
            &s.footer,
        ),
        illustrative: s.illustrative,
    }
}

/// Owned and rented centres per district, stacked; `None` when nothing is known of them.
fn centres_chart(r: &RentalView, b: &Briefing, lang: Language) -> Option<ChartSpec> {
    if r.rows.is_empty() && r.split_text.is_empty() {
        return None;
    }
    let owned = tr(lang, "premises-owned");
    let rented = tr(lang, "premises-rented");
    let rows: Vec<ChartRow> = r
        .rows
        .iter()
        .take(CHART_ROW_LIMIT)
        .map(|row| ChartRow {
            key: row.district.clone(),
            name: row.name.clone(),
            bars: vec![ChartBar {
                segments: vec![
                    Segment {
                        value: f64::from(row.owned),
                        series: 0,
                        label: row.owned_label.clone(),
                    },
                    Segment {
                        value: f64::from(row.rented),
                        series: 1,
                        label: row.rented_label.clone(),
                    },
                ],
                end_label: row.total_label.clone(),
            }],
            detail: row.tooltip.clone(),
        })
        .collect();
    let table = Table {
        header: vec![
            tr(lang, "column-district"),
            owned.clone(),
            rented.clone(),
            tr(lang, "column-total"),
        ],
        numeric: vec![false, true, true, true],
        rows: r
            .rows
            .iter()
            .map(|row| {
                let cell = |label: &str| {
                    if label.is_empty() {
                        "0".to_owned()
                    } else {
                        label.to_owned()
                    }
                };
                vec![
                    row.name.clone(),
                    cell(&row.owned_label),
                    cell(&row.rented_label),
                    row.total_label.clone(),
                ]
            })
            .collect(),
        details: r.rows.iter().map(|row| row.tooltip.clone()).collect(),
    };
    let mut remarks: Vec<String> = r.mismatch.iter().cloned().collect();
    remarks.extend(
        r.rent_rises
            .iter()
            .map(|rise| format!("{} — {}: {}", rise.centre, rise.district, rise.text)),
    );
    Some(ChartSpec {
        id: "centres",
        title: title(
            lang,
            tr(lang, "centres-title"),
            !r.rows.is_empty() && r.rows.iter().all(|row| row.illustrative),
        ),
        subtitle: r.period.clone().unwrap_or_default(),
        info: Some(r.split_text.clone()).filter(|t| !t.is_empty()),
        series: vec![
            ChartSeries {
                name: owned,
                role: SeriesRole::Owned,
            },
            ChartSeries {
                name: rented,
                role: SeriesRole::Rented,
            },
        ],
        legend: true,
        max_value: max_value(&rows),
        total_rows: r.rows.len(),
        rows,
        reference: None,
        table,
        remarks,
        footer: footer(b, &[r.overflow_text.as_deref()], r.illustrative, &r.footer),
        illustrative: r.illustrative,
    })
}

const MEASURE_ROLES: [SeriesRole; 3] = [
    SeriesRole::Crimes,
    SeriesRole::Persons,
    SeriesRole::Managers,
];

fn measure_series(c: &CorruptionView, measures: usize) -> Vec<ChartSeries> {
    c.measure_names
        .iter()
        .zip(MEASURE_ROLES)
        .take(measures)
        .map(|(name, role)| ChartSeries {
            name: name.clone(),
            role,
        })
        .collect()
}

/// The region's three corruption figures as bars, each row named by its measure.
fn corruption_chart(c: &CorruptionView, b: &Briefing, lang: Language) -> Option<ChartSpec> {
    let regional: Vec<(usize, &super::FigureView)> = c
        .regional
        .iter()
        .enumerate()
        .filter_map(|(i, f)| Some((i, f.as_ref()?)))
        .collect();
    if regional.is_empty() {
        return None;
    }
    let rows: Vec<ChartRow> = regional
        .iter()
        .map(|(i, f)| {
            let name = c.measure_names.get(*i).cloned().unwrap_or_default();
            ChartRow {
                key: name.clone(),
                name,
                bars: vec![ChartBar {
                    segments: vec![Segment {
                        value: f.value,
                        series: *i,
                        label: String::new(),
                    }],
                    end_label: f.text.clone(),
                }],
                detail: f.tooltip.clone(),
            }
        })
        .collect();
    let illustrative = regional.iter().any(|(_, f)| f.illustrative);
    Some(ChartSpec {
        id: "corruption",
        title: title(
            lang,
            tr(lang, "corruption-title"),
            regional.iter().all(|(_, f)| f.illustrative),
        ),
        subtitle: c.period.clone().unwrap_or_default(),
        info: None,
        series: measure_series(c, 3),
        // Each bar is named by its row.
        legend: false,
        max_value: max_value(&rows),
        total_rows: rows.len(),
        rows,
        reference: None,
        table: Table {
            header: vec![tr(lang, "export-figure"), tr(lang, "export-value")],
            numeric: vec![false, true],
            rows: regional
                .iter()
                .map(|(_, f)| vec![f.label.clone(), f.text.clone()])
                .collect(),
            details: regional.iter().map(|(_, f)| f.tooltip.clone()).collect(),
        },
        remarks: Vec::new(),
        footer: footer(b, &[], illustrative, &c.footer),
        illustrative,
    })
}

/// Case counts per district: the first `measures` of crimes, persons prosecuted and managers,
/// side by side.
fn corruption_districts_chart(
    c: &CorruptionView,
    b: &Briefing,
    lang: Language,
    measures: usize,
) -> Option<ChartSpec> {
    if c.rows.is_empty() {
        return None;
    }
    let rows: Vec<ChartRow> = c
        .rows
        .iter()
        .take(CHART_ROW_LIMIT)
        .map(|row| ChartRow {
            key: row.district.clone(),
            name: row.name.clone(),
            bars: row
                .values
                .iter()
                .zip(&row.labels)
                .take(measures)
                .enumerate()
                .map(|(series, (value, label))| ChartBar {
                    segments: vec![Segment {
                        value: value.unwrap_or(0.0),
                        series,
                        label: String::new(),
                    }],
                    end_label: label.clone(),
                })
                .collect(),
            detail: row.tooltip.clone(),
        })
        .collect();
    let mut header = vec![tr(lang, "column-district")];
    header.extend(c.measure_names.iter().take(measures).cloned());
    let mut numeric = vec![false];
    numeric.extend(std::iter::repeat_n(true, measures.min(3)));
    let title = title(
        lang,
        tr(lang, "slide-corruption-districts"),
        c.rows.iter().all(|row| row.illustrative),
    );
    // With one measure, the regional total goes above the bars.
    let info = (measures == 1)
        .then(|| c.regional.first().and_then(Option::as_ref))
        .flatten()
        .map(|total| format!("{}: {}", total.label, total.text));
    Some(ChartSpec {
        id: if measures == 1 {
            "crimes-districts"
        } else {
            "corruption-districts"
        },
        title,
        subtitle: c.districts_period.clone().unwrap_or_default(),
        info,
        series: measure_series(c, measures),
        legend: measures > 1,
        max_value: max_value(&rows),
        total_rows: c.rows.len(),
        rows,
        reference: None,
        table: Table {
            header,
            numeric,
            rows: c
                .rows
                .iter()
                .map(|row| {
                    let mut cells = vec![row.name.clone()];
                    cells.extend(row.labels.iter().take(measures).cloned());
                    cells
                })
                .collect(),
            details: c.rows.iter().map(|row| row.tooltip.clone()).collect(),
        },
        remarks: Vec::new(),
        footer: footer(b, &[c.overflow_text.as_deref()], c.illustrative, &c.footer),
        illustrative: c.illustrative,
    })
}
