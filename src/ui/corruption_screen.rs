//! Corruption: crimes, persons prosecuted and managers, for the region and per district.

use egui::{RichText, Ui};
use egui_extras::{Column, TableBuilder};

use super::Command;
use super::charts::{BarChartSpec, BarRow, RowBar, Segment, Series};
use super::districts_screen::{ChartView, order_and_view_ui};
use super::theme::{Palette, size};
use super::widgets::{card, chart_header_ui, footer_ui};
use crate::i18n::{Language, tr};
use crate::view_model::{Briefing, CHART_ROW_LIMIT, CorruptionView};

/// Draws the corruption screen.
pub fn corruption_ui(
    ui: &mut Ui,
    briefing: &Briefing,
    view: &ChartView<'_>,
    lang: Language,
    commands: &mut Vec<Command>,
) {
    let c = &briefing.corruption;
    let palette = Palette::current(ui);
    order_and_view_ui(ui, view.sort, view.table, lang, commands);
    let (table, highlight) = (view.table, view.highlight);
    ui.add_space(8.0);
    chart_header_ui(ui, &tr(lang, "corruption-title"), &briefing.chart_subtitle);
    regional_ui(ui, c);
    ui.add_space(6.0);
    if c.rows.is_empty() {
        ui.label(tr(lang, "no-district-cases"));
    } else if table {
        table_ui(ui, c);
    } else {
        let rows = cases_rows(c, highlight, CHART_ROW_LIMIT, 3);
        let any_highlighted = rows.iter().any(|r| r.highlighted);
        let [crimes, persons, managers] = &c.measure_names;
        let spec = BarChartSpec {
            id: "corruption-chart",
            rows,
            series: vec![
                Series {
                    name: crimes,
                    color: palette.measures[0],
                },
                Series {
                    name: persons,
                    color: palette.measures[1],
                },
                Series {
                    name: managers,
                    color: palette.measures[2],
                },
            ],
            max_value: c.max_value,
            reference: None,
            any_highlighted,
            bar_height: size::ROW * 0.62,
            label_size: size::CHART_LABEL - 1.0,
            row_gap: size::ROW_GAP,
            legend: true,
            clickable: true,
            palette,
        };
        view.chart_ui(ui, &spec, commands);
    }
    let illustrative = if c.illustrative {
        briefing.illustrative_note.as_str()
    } else {
        ""
    };
    footer_ui(
        ui,
        &[
            c.overflow_text.as_deref().unwrap_or(""),
            illustrative,
            &c.footer,
        ],
    );
}

/// The first `limit` districts' case counts as chart rows, with the first `measures` measures
/// (crimes, persons prosecuted, managers) as bars side by side.
pub fn cases_rows<'a>(
    c: &'a CorruptionView,
    highlight: Option<&str>,
    limit: usize,
    measures: usize,
) -> Vec<BarRow<'a>> {
    c.rows
        .iter()
        .take(limit)
        .map(|row| BarRow {
            key: &row.district,
            name: &row.name,
            bars: row
                .values
                .iter()
                .zip(&row.labels)
                .take(measures)
                .enumerate()
                .map(|(series, (value, label))| RowBar {
                    segments: vec![Segment {
                        value: value.unwrap_or(0.0),
                        label: "",
                        series,
                    }],
                    end_label: label,
                })
                .collect(),
            tooltip: &row.tooltip,
            highlighted: highlight == Some(row.district.as_str()),
        })
        .collect()
}

fn table_ui(ui: &mut Ui, c: &CorruptionView) {
    let height = (ui.available_height() - 90.0).max(200.0);
    TableBuilder::new(ui)
        .id_salt("corruption-table")
        .striped(true)
        .max_scroll_height(height)
        .column(Column::remainder().at_least(200.0))
        .columns(Column::auto().at_least(110.0), 3)
        .header(26.0, |mut header| {
            header.col(|_| {});
            for name in &c.measure_names {
                header.col(|ui| {
                    ui.strong(name);
                });
            }
        })
        .body(|body| {
            body.rows(24.0, c.rows.len(), |mut row| {
                let Some(r) = c.rows.get(row.index()) else {
                    return;
                };
                row.col(|ui| {
                    ui.label(&r.name).on_hover_text(&r.tooltip);
                });
                for label in &r.labels {
                    row.col(|ui| {
                        ui.label(label);
                    });
                }
            });
        });
}

/// The three regional figures, each with its series colour.
fn regional_ui(ui: &mut Ui, c: &CorruptionView) {
    let palette = Palette::current(ui);
    ui.horizontal_wrapped(|ui| {
        for (figure, color) in c.regional.iter().zip(palette.measures) {
            let Some(figure) = figure else {
                continue;
            };
            let response = card(ui, |ui| {
                ui.set_min_width(200.0);
                ui.horizontal(|ui| {
                    let (rect, _) =
                        ui.allocate_exact_size(egui::vec2(6.0, 44.0), egui::Sense::hover());
                    ui.painter().rect_filled(rect, 2.0, color);
                    ui.vertical(|ui| {
                        ui.label(RichText::new(&figure.label).color(palette.muted));
                        ui.label(
                            RichText::new(&figure.text)
                                .size(size::CHART_TITLE + 4.0)
                                .strong(),
                        );
                    });
                })
                .response
            });
            response.on_hover_text(&figure.tooltip);
        }
    });
}
