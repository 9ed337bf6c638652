//! Districts: one metric compared across districts, as a chart or a table.

use egui::{RichText, Ui};
use egui_extras::{Column, TableBuilder};

use super::Command;
use super::charts::{ChartLook, bar_chart_ui};
use super::theme::{Palette, size};
use super::widgets::{chart_header_ui, footer_ui};
use crate::i18n::{Language, tr};
use crate::view_model::{Briefing, ChartSpec, DistrictSeries, DistrictSort};

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
    /// Draws the chart, or its table; a click on a row highlights its district, a second click
    /// clears it.
    pub fn chart_or_table_ui(&self, ui: &mut Ui, spec: &ChartSpec, commands: &mut Vec<Command>) {
        if self.table {
            table_ui(ui, spec);
            return;
        }
        // Grouped bars are thinner, so a row of three stays compact.
        let grouped = spec.rows.iter().any(|r| r.bars.len() > 1);
        let label_size = if grouped {
            size::CHART_LABEL - 1.0
        } else {
            size::CHART_LABEL
        };
        let natural = if grouped { size::ROW * 0.62 } else { size::ROW };
        let fit = fit_rows(ui, spec, natural, label_size);
        let look = ChartLook {
            id: spec.id,
            rows: spec.rows.len(),
            max_value: spec.max_value,
            highlight: self.highlight,
            bar_height: fit.bar_height,
            label_size,
            row_gap: size::ROW_GAP,
            legend: spec.legend,
            clickable: true,
            max_name_width: None,
            palette: Palette::current(ui),
        };
        let clicked = match fit.scroll_height {
            // A list too long for the window scrolls inside the chart; what is above stays.
            Some(height) => {
                egui::ScrollArea::vertical()
                    .id_salt((spec.id, "rows"))
                    .max_height(height)
                    .auto_shrink([false, true])
                    .show(ui, |ui| bar_chart_ui(ui, spec, &look))
                    .inner
            }
            None => bar_chart_ui(ui, spec, &look),
        };
        if let Some(key) = clicked {
            let toggled = (self.highlight != Some(key)).then(|| key.to_owned());
            commands.push(Command::Highlight(toggled));
        }
    }
}

/// How a chart's rows fit the window.
struct Fit {
    /// Bar thickness in points.
    bar_height: f32,
    /// The height of the scrolled box the rows go in, when they cannot all fit.
    scroll_height: Option<f32>,
}

/// Thins the bars so that every row fits between here and the bottom of the window (leaving
/// the footer its room), down to bars a name still sits beside; below that the rows keep that
/// thickness and scroll inside the chart. Worked out from where the chart starts on the page,
/// so scrolling the page does not change it.
fn fit_rows(ui: &Ui, spec: &ChartSpec, natural: f32, label_size: f32) -> Fit {
    let rows = spec.rows.len().max(1) as f32;
    let per_row = spec.bars_per_row() as f32;
    let slots = per_row + size::ROW_GAP;
    let footer = spec.footer.iter().filter(|l| !l.is_empty()).count() as f32 * 23.0 + 10.0;
    let legend = if spec.legend { 30.0 } else { 0.0 };
    let from_top = ui.cursor().top() - ui.max_rect().top();
    let budget = (ui.clip_rect().height() - from_top - footer - legend - 16.0).max(120.0);
    // A row never gets shorter than a line of its name; where a row has several bars, each
    // keeps a line for its printed value.
    let smallest = if per_row > 1.0 {
        label_size * 1.1
    } else {
        label_size * 1.3 / slots
    }
    .min(natural);
    let fitted = budget / rows / slots;
    if fitted >= smallest {
        Fit {
            bar_height: fitted.min(natural),
            scroll_height: None,
        }
    } else {
        Fit {
            bar_height: smallest,
            scroll_height: Some(budget + legend),
        }
    }
}

/// A chart's data as a table: every row, virtualised, numbers right-aligned.
fn table_ui(ui: &mut Ui, spec: &ChartSpec) {
    let table = &spec.table;
    let height = (ui.available_height() - 90.0).max(200.0);
    let mut builder = TableBuilder::new(ui)
        .id_salt((spec.id, "table"))
        .striped(true)
        .max_scroll_height(height);
    for numeric in &table.numeric {
        builder = if *numeric {
            builder.column(Column::auto().at_least(90.0))
        } else {
            builder.column(Column::remainder().at_least(200.0))
        };
    }
    let cell = |ui: &mut Ui, text: RichText, numeric: bool| {
        let layout = if numeric {
            egui::Layout::right_to_left(egui::Align::Center)
        } else {
            egui::Layout::left_to_right(egui::Align::Center)
        };
        ui.with_layout(layout, |ui| ui.label(text)).inner
    };
    builder
        .header(26.0, |mut header| {
            for (name, numeric) in table.header.iter().zip(&table.numeric) {
                header.col(|ui| {
                    cell(ui, RichText::new(name).strong(), *numeric);
                });
            }
        })
        .body(|body| {
            body.rows(24.0, table.rows.len(), |mut row| {
                let Some(cells) = table.rows.get(row.index()) else {
                    return;
                };
                let detail = table.details.get(row.index());
                let mut named = false;
                for (text, numeric) in cells.iter().zip(&table.numeric) {
                    // The name (the first text column) shows the exact figures and sources.
                    let hover = (!*numeric && !named).then_some(detail).flatten();
                    named |= !*numeric;
                    row.col(|ui| {
                        let response = cell(ui, RichText::new(text), *numeric);
                        if let Some(detail) = hover {
                            response.on_hover_text(detail);
                        }
                    });
                }
            });
        });
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
        let metrics: Vec<_> = briefing
            .metrics
            .iter()
            .map(|m| (m.metric, m.title.clone()))
            .collect();
        let mut metric = series.metric;
        if crate::ui::focus::choice(ui, "metric", &mut metric, &metrics, Some(320.0))
            .labelled_by(label.id)
            .changed()
        {
            commands.push(Command::SetMetric(metric));
        }
        ui.separator();
        table_toggle_ui(ui, view.table, lang, commands);
    });
    ui.horizontal_wrapped(|ui| {
        sort_ui(ui, view.sort, lang, commands);
        ui.separator();
        let label = ui.label(tr(lang, "highlight-label"));
        let mut districts = vec![(None, tr(lang, "highlight-none"))];
        districts.extend(
            briefing
                .district_names
                .iter()
                .map(|(id, name)| (Some(id.clone()), name.clone())),
        );
        let mut highlight = view.highlight.map(str::to_owned);
        if crate::ui::focus::choice(ui, "highlight", &mut highlight, &districts, Some(200.0))
            .labelled_by(label.id)
            .changed()
        {
            commands.push(Command::Highlight(highlight));
        }
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
    let (Some(series), Some(spec)) = (&briefing.districts, &briefing.charts().districts) else {
        ui.label(tr(lang, "no-district-data"));
        return;
    };
    controls_ui(ui, briefing, view, series, lang, commands);
    ui.add_space(8.0);
    chart_header_ui(ui, &spec.title, &spec.subtitle);
    if let Some(info) = &spec.info {
        ui.label(RichText::new(info).strong());
    }
    view.chart_or_table_ui(ui, spec, commands);
    footer_ui(ui, &spec.footer);
}
