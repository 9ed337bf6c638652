//! Districts: one metric compared across districts, as a chart or a table.

use egui::{RichText, Ui};
use egui_extras::{Column, TableBuilder};

use super::Command;
use super::charts::{BarChartSpec, BarRow, Reference, RowBar, Segment, Series, bar_chart_ui};
use super::theme::{Palette, size};
use super::widgets::{chart_header_ui, footer_ui};
use crate::i18n::{Language, tr};
use crate::view_model::{Briefing, CHART_ROW_LIMIT, DistrictSeries, DistrictSort};

/// How the chart screens show the districts; owned by the app.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ChartView<'a> {
    /// The order.
    pub sort: DistrictSort,
    /// The highlighted district id.
    pub highlight: Option<&'a str>,
    /// Table instead of chart.
    pub table: bool,
}

impl ChartView<'_> {
    /// Draws a chart; a click on a row highlights its district, a second click clears it.
    pub fn chart_ui(&self, ui: &mut Ui, spec: &BarChartSpec<'_>, commands: &mut Vec<Command>) {
        if let Some(key) = bar_chart_ui(ui, spec) {
            let toggled = (self.highlight != Some(key)).then(|| key.to_owned());
            commands.push(Command::Highlight(toggled));
        }
    }
}

/// Picker for the metric, the order, the highlight and chart/table.
fn controls_ui(
    ui: &mut Ui,
    briefing: &Briefing,
    view: &ChartView<'_>,
    series: &DistrictSeries,
    lang: Language,
    commands: &mut Vec<Command>,
) {
    ui.horizontal_wrapped(|ui| {
        let label = ui.label(tr(lang, "metric-label"));
        egui::ComboBox::from_id_salt("metric")
            .selected_text(&series.title)
            .width(320.0)
            .show_ui(ui, |ui| {
                for m in &briefing.metrics {
                    if ui
                        .selectable_label(m.metric == series.metric, &m.title)
                        .clicked()
                    {
                        commands.push(Command::SetMetric(m.metric));
                    }
                }
            })
            .response
            .labelled_by(label.id);
        ui.separator();
        table_toggle_ui(ui, view.table, lang, commands);
    });
    ui.horizontal_wrapped(|ui| {
        sort_ui(ui, view.sort, lang, commands);
        ui.separator();
        let label = ui.label(tr(lang, "highlight-label"));
        let selected = view
            .highlight
            .and_then(|id| briefing.district_names.iter().find(|(d, _)| d == id))
            .map_or_else(|| tr(lang, "highlight-none"), |(_, name)| name.clone());
        egui::ComboBox::from_id_salt("highlight")
            .selected_text(selected)
            .width(200.0)
            .show_ui(ui, |ui| {
                if ui
                    .selectable_label(view.highlight.is_none(), tr(lang, "highlight-none"))
                    .clicked()
                {
                    commands.push(Command::Highlight(None));
                }
                for (id, name) in &briefing.district_names {
                    if ui
                        .selectable_label(view.highlight == Some(id.as_str()), name)
                        .clicked()
                    {
                        commands.push(Command::Highlight(Some(id.clone())));
                    }
                }
            })
            .response
            .labelled_by(label.id);
    });
}

/// Value ↓ / value ↑ / name.
pub fn sort_ui(ui: &mut Ui, sort: DistrictSort, lang: Language, commands: &mut Vec<Command>) {
    for (option, key) in [
        (DistrictSort::ValueDescending, "sort-value-desc"),
        (DistrictSort::ValueAscending, "sort-value-asc"),
        (DistrictSort::Name, "sort-name"),
    ] {
        if ui.selectable_label(sort == option, tr(lang, key)).clicked() {
            commands.push(Command::SetSort(option));
        }
    }
}

/// The order and chart/table pickers, on one row (centres and corruption screens).
pub fn order_and_view_ui(
    ui: &mut Ui,
    sort: DistrictSort,
    table: bool,
    lang: Language,
    commands: &mut Vec<Command>,
) {
    ui.horizontal_wrapped(|ui| {
        sort_ui(ui, sort, lang, commands);
        ui.separator();
        table_toggle_ui(ui, table, lang, commands);
    });
}

/// Chart / table.
pub fn table_toggle_ui(ui: &mut Ui, table: bool, lang: Language, commands: &mut Vec<Command>) {
    if ui
        .selectable_label(!table, tr(lang, "view-chart"))
        .clicked()
    {
        commands.push(Command::SetTableView(false));
    }
    if ui.selectable_label(table, tr(lang, "view-table")).clicked() {
        commands.push(Command::SetTableView(true));
    }
}

/// Draws the districts screen.
pub fn districts_ui(
    ui: &mut Ui,
    briefing: &Briefing,
    view: &ChartView<'_>,
    lang: Language,
    commands: &mut Vec<Command>,
) {
    let Some(series) = briefing.districts.as_ref() else {
        ui.label(tr(lang, "no-district-data"));
        return;
    };
    controls_ui(ui, briefing, view, series, lang, commands);
    ui.add_space(8.0);
    let subtitle = format!("{} · {}", briefing.chart_subtitle, series.unit);
    chart_header_ui(ui, &series.title, &subtitle);
    if let Some(regional) = &series.regional {
        ui.label(RichText::new(regional).strong());
    }
    if view.table {
        table_ui(ui, series, lang);
    } else {
        let palette = Palette::current(ui);
        let rows = district_rows(series, view.highlight, CHART_ROW_LIMIT);
        let any_highlighted = rows.iter().any(|r| r.highlighted);
        let spec = BarChartSpec {
            id: "districts-chart",
            rows,
            series: vec![Series {
                name: &series.title,
                color: palette.bar,
            }],
            max_value: series.max_value,
            reference: series.reference.as_ref().map(|r| Reference {
                value: r.value,
                label: &r.label,
            }),
            any_highlighted,
            bar_height: size::ROW,
            label_size: size::CHART_LABEL,
            row_gap: size::ROW_GAP,
            legend: series.reference.is_some(),
            clickable: true,
            palette,
        };
        view.chart_ui(ui, &spec, commands);
    }
    let illustrative = if series.illustrative {
        briefing.illustrative_note.as_str()
    } else {
        ""
    };
    footer_ui(
        ui,
        &[
            series.overflow_text.as_deref().unwrap_or(""),
            &series.missing_text,
            illustrative,
            &series.footer,
        ],
    );
}

/// The first `limit` districts of a series as chart rows.
pub fn district_rows<'a>(
    series: &'a DistrictSeries,
    highlight: Option<&str>,
    limit: usize,
) -> Vec<BarRow<'a>> {
    series
        .bars
        .iter()
        .take(limit)
        .map(|bar| BarRow {
            key: &bar.district,
            name: &bar.name,
            bars: vec![RowBar {
                segments: vec![Segment {
                    value: bar.value,
                    label: "",
                    series: 0,
                }],
                end_label: &bar.label,
            }],
            tooltip: &bar.tooltip,
            highlighted: highlight == Some(bar.district.as_str()),
        })
        .collect()
}

fn table_ui(ui: &mut Ui, series: &DistrictSeries, lang: Language) {
    let height = (ui.available_height() - 90.0).max(200.0);
    TableBuilder::new(ui)
        .id_salt("districts-table")
        .striped(true)
        .max_scroll_height(height)
        .column(Column::exact(40.0))
        .column(Column::remainder().at_least(200.0))
        .column(Column::auto().at_least(120.0))
        .header(26.0, |mut header| {
            header.col(|ui| {
                ui.strong("№");
            });
            header.col(|ui| {
                ui.strong(tr(lang, "column-district"));
            });
            header.col(|ui| {
                ui.strong(&series.unit);
            });
        })
        .body(|body| {
            body.rows(24.0, series.bars.len(), |mut row| {
                let Some(bar) = series.bars.get(row.index()) else {
                    return;
                };
                let number = row.index() + 1;
                row.col(|ui| {
                    ui.label(number.to_string());
                });
                row.col(|ui| {
                    ui.label(&bar.name).on_hover_text(&bar.tooltip);
                });
                row.col(|ui| {
                    ui.label(&bar.label);
                });
            });
        });
}
