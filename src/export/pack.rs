//! The briefing pack as a document, independent of the output format: what every export shows,
//! already translated and formatted. The renderers (Markdown, HTML, PDF) only lay it out.

use std::collections::BTreeMap;

use egui::Color32;

use crate::i18n::{Language, tr};
use crate::model::{ChartKind, Dataset, Finding};
use crate::notes::Note;
use crate::ui::theme::Palette;
use crate::view_model::{
    Briefing, CHART_ROW_LIMIT, DistrictSeries, ILLUSTRATIVE_MARK, RentalView, Settings,
    all_district_series,
};

/// Everything an export needs, gathered by the caller (the app or the command line).
pub struct ExportInput<'a> {
    /// The dataset.
    pub dataset: &'a Dataset,
    /// Its file name as shown ("akmola-2017.ron").
    pub file_name: &'a str,
    /// SHA-256 of the file, hex.
    pub sha256: &'a str,
    /// The findings of validation (warnings are listed).
    pub findings: &'a [Finding],
    /// Notes by recommendation id.
    pub notes: &'a BTreeMap<String, Note>,
    /// Language, order and the districts metric on screen.
    pub settings: Settings,
    /// When the export was made, already written out.
    pub exported_at: String,
}

/// A series of a chart: its name and colour.
#[derive(Clone, Debug, PartialEq)]
pub struct PackSeries {
    /// Legend name.
    pub name: String,
    /// Fill.
    pub color: Color32,
}

/// One part of a bar.
#[derive(Clone, Debug, PartialEq)]
pub struct PackSegment {
    /// Its length.
    pub value: f64,
    /// Index into [`PackChart::series`].
    pub series: usize,
    /// Printed inside when it fits ("" for none).
    pub label: String,
}

/// One bar: stacked segments and the value printed after it.
#[derive(Clone, Debug, PartialEq)]
pub struct PackBar {
    /// Stacked parts.
    pub segments: Vec<PackSegment>,
    /// Printed after the bar.
    pub end_label: String,
}

/// A row of a chart: a name and one or more bars.
#[derive(Clone, Debug, PartialEq)]
pub struct PackRow {
    /// Name on the left.
    pub name: String,
    /// Bars, top to bottom.
    pub bars: Vec<PackBar>,
}

/// A table: a header and rows of cells.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PackTable {
    /// Column names.
    pub header: Vec<String>,
    /// Whether each column holds numbers (right-aligned).
    pub numeric: Vec<bool>,
    /// Rows of cells.
    pub rows: Vec<Vec<String>>,
}

/// A chart with its data as a table beneath.
#[derive(Clone, Debug, PartialEq)]
pub struct PackChart {
    /// Title.
    pub title: String,
    /// Period, as-of date, unit.
    pub subtitle: String,
    /// A line of context: the regional figure or split.
    pub info: Option<String>,
    /// Series (a legend is drawn for two or more, or with a reference line).
    pub series: Vec<PackSeries>,
    /// Rows, top to bottom (at most [`CHART_ROW_LIMIT`]; the table has all).
    pub rows: Vec<PackRow>,
    /// Largest bar end.
    pub max_value: f64,
    /// A dashed reference line: where and its label.
    pub reference: Option<(f64, String)>,
    /// The data.
    pub table: PackTable,
    /// Small print: the rows left out of the chart, missing data, sources.
    pub footer: Vec<String>,
}

/// A key figure.
#[derive(Clone, Debug, PartialEq)]
pub struct PackFigure {
    /// What it measures.
    pub label: String,
    /// The value with its qualifier ("более 140").
    pub value: String,
    /// The qualifier spelt out, if not exact.
    pub qualifier: Option<String>,
    /// Its source, short; marked when illustrative.
    pub source: String,
}

/// A recommendation with the user's note.
#[derive(Clone, Debug, PartialEq)]
pub struct PackRecommendation {
    /// Its number.
    pub number: usize,
    /// The text.
    pub text: String,
    /// Who made it.
    pub by: Option<String>,
    /// Topic.
    pub topic: Option<String>,
    /// The evidence, labelled.
    pub evidence: Vec<String>,
    /// Status, in words.
    pub status: String,
    /// Owner ("—" when none).
    pub owner: String,
    /// Due date ("—" when none).
    pub due: String,
    /// The note ("" when none).
    pub note: String,
}

/// A source.
#[derive(Clone, Debug, PartialEq)]
pub struct PackSource {
    /// "BNews.kz, ноябрь 2017 — title".
    pub text: String,
    /// Its address.
    pub url: Option<String>,
    /// Whether its figures are illustrative.
    pub illustrative: bool,
}

/// Translated headings and labels.
#[derive(Clone, Debug, PartialEq)]
pub struct PackLabels {
    /// "Ключевые показатели".
    pub key_figures: String,
    /// "Графики".
    pub charts: String,
    /// "Рекомендации".
    pub recommendations: String,
    /// "Источники".
    pub sources: String,
    /// "Замечания проверки".
    pub warnings: String,
    /// "Замечаний нет".
    pub no_warnings: String,
    /// Column names of the key figures: figure, value, source.
    pub figure_columns: [String; 3],
    /// "Основание:".
    pub evidence: String,
    /// "Статус:".
    pub status: String,
    /// "Ответственный:".
    pub owner: String,
    /// "Срок:".
    pub due: String,
    /// "Заметка".
    pub note: String,
    /// "Сказал(а)".
    pub said_by: String,
    /// "Файл набора данных".
    pub file: String,
    /// "SHA-256".
    pub sha256: String,
    /// "Выгружено".
    pub exported: String,
    /// "Иллюстративные данные".
    pub illustrative: String,
    /// "Стр." (before "3 / 12").
    pub page: String,
}

/// The briefing pack.
#[derive(Clone, Debug, PartialEq)]
pub struct Pack {
    /// Language of the text.
    pub lang: Language,
    /// Headings and labels.
    pub labels: PackLabels,
    /// Briefing title.
    pub title: String,
    /// Region.
    pub region: String,
    /// Meeting lines: what, when and where, chair.
    pub meeting: Vec<String>,
    /// Period and as-of date.
    pub period: String,
    /// Dataset file name.
    pub file_name: String,
    /// SHA-256 of the dataset file, hex.
    pub sha256: String,
    /// When exported.
    pub exported_at: String,
    /// Key figures.
    pub figures: Vec<PackFigure>,
    /// Charts with their tables.
    pub charts: Vec<PackChart>,
    /// Recommendations with notes.
    pub recommendations: Vec<PackRecommendation>,
    /// Sources.
    pub sources: Vec<PackSource>,
    /// Validation warnings, one line each.
    pub warnings: Vec<String>,
    /// "* illustrative data: …" when any figure is illustrative.
    pub illustrative_note: Option<String>,
}

fn labels(lang: Language) -> PackLabels {
    let t = |key| tr(lang, key);
    let strip = |s: String| s.trim_end_matches(':').to_owned();
    PackLabels {
        key_figures: t("key-figures"),
        charts: t("export-charts"),
        recommendations: t("screen-recommendations"),
        sources: t("sources-label"),
        warnings: t("findings-title"),
        no_warnings: t("export-no-warnings"),
        figure_columns: [t("export-figure"), t("export-value"), t("source-label")],
        evidence: strip(t("evidence")),
        status: strip(t("status-label")),
        owner: strip(t("owner-label")),
        due: strip(t("due-label")),
        note: t("export-note"),
        said_by: t("said-by"),
        file: t("export-file"),
        sha256: "SHA-256".to_owned(),
        exported: t("export-exported"),
        illustrative: t("illustrative-data"),
        page: t("export-page"),
    }
}

impl Pack {
    /// The key figures as a table: figure, value (with its qualifier spelt out), source.
    pub fn figures_table(&self) -> PackTable {
        PackTable {
            header: self.labels.figure_columns.to_vec(),
            numeric: vec![false, true, false],
            rows: self
                .figures
                .iter()
                .map(|f| {
                    let value = match &f.qualifier {
                        Some(q) => format!("{} ({q})", f.value),
                        None => f.value.clone(),
                    };
                    vec![f.label.clone(), value, f.source.clone()]
                })
                .collect(),
        }
    }
}

/// Builds the pack.
pub fn build(input: &ExportInput<'_>) -> Pack {
    let lang = input.settings.language;
    let b = Briefing::from_dataset(input.dataset, &input.settings);
    let palette = Palette::of(egui::Theme::Light);
    let h = &b.header;
    let meeting: Vec<String> = [
        h.meeting_title.clone(),
        h.meeting_when_where.clone(),
        h.chair.clone(),
        h.attendance.clone(),
    ]
    .into_iter()
    .flatten()
    .chain(h.participants.iter().cloned())
    .collect();
    let figures = figures(&b, lang);
    let mut charts: Vec<PackChart> = all_district_series(input.dataset, &input.settings)
        .iter()
        .map(|s| district_chart(s, &b, &palette, lang))
        .collect();
    if !b.rental.rows.is_empty() {
        charts.push(centres_chart(&b.rental, &b, &palette, lang));
    }
    charts.extend(corruption_charts(&b, &palette, lang));
    let recommendations = recommendations(&b, input.notes, lang);
    let sources = sources(&b);
    let warnings = input
        .findings
        .iter()
        .map(|f| match &f.position {
            Some(p) => format!(
                "{}:{}:{}: {}",
                input.file_name,
                p.line,
                p.column,
                f.text(lang)
            ),
            None => format!("{}: {}", input.file_name, f.text(lang)),
        })
        .collect();
    Pack {
        lang,
        labels: labels(lang),
        title: h.title.clone(),
        region: h.region.clone(),
        meeting,
        period: b.chart_subtitle.clone(),
        file_name: input.file_name.to_owned(),
        sha256: input.sha256.to_owned(),
        exported_at: input.exported_at.clone(),
        figures,
        charts,
        recommendations,
        sources,
        warnings,
        illustrative_note: b.any_illustrative.then(|| b.illustrative_note.clone()),
    }
}

fn figures(b: &Briefing, lang: Language) -> Vec<PackFigure> {
    b.tiles
        .iter()
        .map(|t| {
            let source = t
                .source
                .and_then(|i| b.sources.get(i))
                .map_or_else(|| tr(lang, "source-none"), |s| s.short.clone());
            PackFigure {
                label: t.label.clone(),
                value: t.text.clone(),
                qualifier: t.qualifier_text.clone(),
                source: if t.illustrative {
                    format!("{source} {ILLUSTRATIVE_MARK}")
                } else {
                    source
                },
            }
        })
        .collect()
}

fn recommendations(
    b: &Briefing,
    notes: &BTreeMap<String, Note>,
    lang: Language,
) -> Vec<PackRecommendation> {
    b.recommendations
        .iter()
        .map(|r| {
            let note = notes.get(&r.id).cloned().unwrap_or_default();
            let or_dash = |s: &str| {
                let s = s.trim();
                if s.is_empty() {
                    "—".to_owned()
                } else {
                    s.to_owned()
                }
            };
            PackRecommendation {
                number: r.number,
                text: r.text.clone(),
                by: r.by.clone(),
                topic: r.topic.clone(),
                evidence: r.evidence.iter().map(|e| e.label.clone()).collect(),
                status: tr(lang, note.status.label_key()),
                owner: or_dash(&note.owner),
                due: or_dash(&note.due),
                note: note.text.trim().to_owned(),
            }
        })
        .collect()
}

fn sources(b: &Briefing) -> Vec<PackSource> {
    b.sources
        .iter()
        .map(|s| {
            let mut text = s.short.clone();
            if s.title != s.short {
                text = format!("{text} — {}", s.title);
            }
            if let Some(note) = &s.note {
                text = format!("{text}. {note}");
            }
            PackSource {
                text,
                url: s.url.clone(),
                illustrative: s.illustrative,
            }
        })
        .collect()
}

/// The chart a workspace screen shows, as the pack draws it (for saving it as a picture): the
/// districts on the chosen metric, the centres, or corruption per district (the regional
/// figures when there is no breakdown).
pub fn screen_chart(b: &Briefing, chart: ChartKind) -> Option<PackChart> {
    let palette = Palette::of(egui::Theme::Light);
    let lang = b.settings.language;
    match chart {
        ChartKind::Districts => b
            .districts
            .as_ref()
            .map(|s| district_chart(s, b, &palette, lang)),
        ChartKind::Centres => {
            (!b.rental.rows.is_empty()).then(|| centres_chart(&b.rental, b, &palette, lang))
        }
        ChartKind::Corruption => corruption_charts(b, &palette, lang).pop(),
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

fn district_chart(
    s: &DistrictSeries,
    b: &Briefing,
    palette: &Palette,
    lang: Language,
) -> PackChart {
    let rows = s
        .bars
        .iter()
        .take(CHART_ROW_LIMIT)
        .map(|bar| PackRow {
            name: bar.name.clone(),
            bars: vec![PackBar {
                segments: vec![PackSegment {
                    value: bar.value,
                    series: 0,
                    label: String::new(),
                }],
                end_label: bar.label.clone(),
            }],
        })
        .collect();
    let table = PackTable {
        header: vec!["№".to_owned(), tr(lang, "column-district"), s.unit.clone()],
        numeric: vec![true, false, true],
        rows: s
            .bars
            .iter()
            .enumerate()
            .map(|(i, bar)| vec![(i + 1).to_string(), bar.name.clone(), bar.label.clone()])
            .collect(),
    };
    PackChart {
        title: s.title.clone(),
        subtitle: join_dot(&[&b.chart_subtitle, &s.unit]),
        info: s.regional.clone(),
        series: vec![PackSeries {
            name: s.title.clone(),
            color: palette.bar,
        }],
        rows,
        max_value: s.max_value,
        reference: s.reference.as_ref().map(|r| (r.value, r.label.clone())),
        table,
        footer: [
            s.overflow_text.clone().unwrap_or_default(),
            s.missing_text.clone(),
            s.footer.clone(),
        ]
        .into_iter()
        .filter(|l| !l.is_empty())
        .collect(),
    }
}

fn centres_chart(r: &RentalView, b: &Briefing, palette: &Palette, lang: Language) -> PackChart {
    let owned = tr(lang, "premises-owned");
    let rented = tr(lang, "premises-rented");
    let rows = r
        .rows
        .iter()
        .take(CHART_ROW_LIMIT)
        .map(|row| PackRow {
            name: row.name.clone(),
            bars: vec![PackBar {
                segments: vec![
                    PackSegment {
                        value: f64::from(row.owned),
                        series: 0,
                        label: row.owned_label.clone(),
                    },
                    PackSegment {
                        value: f64::from(row.rented),
                        series: 1,
                        label: row.rented_label.clone(),
                    },
                ],
                end_label: row.total_label.clone(),
            }],
        })
        .collect();
    let table = PackTable {
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
                vec![
                    row.name.clone(),
                    row.owned.to_string(),
                    row.rented.to_string(),
                    row.total_label.clone(),
                ]
            })
            .collect(),
    };
    let mut footer: Vec<String> = r.overflow_text.iter().cloned().collect();
    footer.extend(r.mismatch.iter().cloned());
    footer.extend(
        r.rent_rises
            .iter()
            .map(|rise| format!("{} — {}: {}", rise.centre, rise.district, rise.text)),
    );
    footer.push(r.footer.clone());
    PackChart {
        title: tr(lang, "centres-title"),
        subtitle: b.chart_subtitle.clone(),
        info: Some(r.split_text.clone()).filter(|t| !t.is_empty()),
        series: vec![
            PackSeries {
                name: owned,
                color: palette.owned,
            },
            PackSeries {
                name: rented,
                color: palette.rented,
            },
        ],
        rows,
        max_value: f64::from(r.max_total),
        reference: None,
        table,
        footer,
    }
}

/// The region's three corruption figures as bars.
fn regional_chart(
    b: &Briefing,
    series: &[PackSeries],
    subtitle: &str,
    lang: Language,
) -> Option<PackChart> {
    let c = &b.corruption;
    let regional: Vec<(usize, &crate::view_model::FigureView)> = c
        .regional
        .iter()
        .enumerate()
        .filter_map(|(i, f)| Some((i, f.as_ref()?)))
        .collect();
    if regional.is_empty() {
        return None;
    }
    {
        let rows = regional
            .iter()
            .map(|(i, f)| PackRow {
                name: c.measure_names.get(*i).cloned().unwrap_or_default(),
                bars: vec![PackBar {
                    segments: vec![PackSegment {
                        value: f.value,
                        series: *i,
                        label: String::new(),
                    }],
                    end_label: f.text.clone(),
                }],
            })
            .collect();
        Some(PackChart {
            title: tr(lang, "corruption-title"),
            subtitle: subtitle.to_owned(),
            info: None,
            series: series.to_vec(),
            rows,
            max_value: regional.iter().map(|(_, f)| f.value).fold(0.0, f64::max),
            reference: None,
            table: PackTable {
                header: vec![tr(lang, "export-figure"), tr(lang, "export-value")],
                numeric: vec![false, true],
                rows: regional
                    .iter()
                    .map(|(_, f)| vec![f.label.clone(), f.text.clone()])
                    .collect(),
            },
            footer: vec![c.footer.clone()],
        })
    }
}

fn corruption_charts(b: &Briefing, palette: &Palette, lang: Language) -> Vec<PackChart> {
    let c = &b.corruption;
    let subtitle = c.period.clone().unwrap_or_else(|| b.chart_subtitle.clone());
    let series: Vec<PackSeries> = c
        .measure_names
        .iter()
        .zip(palette.measures)
        .map(|(name, color)| PackSeries {
            name: name.clone(),
            color,
        })
        .collect();
    let mut charts: Vec<PackChart> = regional_chart(b, &series, &subtitle, lang)
        .into_iter()
        .collect();
    if !c.rows.is_empty() {
        let rows = c
            .rows
            .iter()
            .take(CHART_ROW_LIMIT)
            .map(|row| PackRow {
                name: row.name.clone(),
                bars: row
                    .values
                    .iter()
                    .zip(&row.labels)
                    .enumerate()
                    .map(|(series, (value, label))| PackBar {
                        segments: vec![PackSegment {
                            value: value.unwrap_or(0.0),
                            series,
                            label: String::new(),
                        }],
                        end_label: label.clone(),
                    })
                    .collect(),
            })
            .collect();
        let mut header = vec![tr(lang, "column-district")];
        header.extend(c.measure_names.iter().cloned());
        charts.push(PackChart {
            title: tr(lang, "slide-corruption-districts"),
            subtitle,
            info: None,
            series,
            rows,
            max_value: c.max_value,
            reference: None,
            table: PackTable {
                header,
                numeric: vec![false, true, true, true],
                rows: c
                    .rows
                    .iter()
                    .map(|row| {
                        let mut cells = vec![row.name.clone()];
                        cells.extend(row.labels.iter().cloned());
                        cells
                    })
                    .collect(),
            },
            footer: c
                .overflow_text
                .iter()
                .cloned()
                .chain([c.footer.clone()])
                .collect(),
        });
    }
    charts
}
