//! Centres: owned and rented premises per district, the regional split, rent rises.

use egui::{RichText, Ui};
use egui_extras::{Column, TableBuilder};

use super::Command;
use super::charts::{BarChartSpec, BarRow, RowBar, Segment, Series};
use super::districts_screen::{ChartView, order_and_view_ui};
use super::theme::{Palette, size};
use super::widgets::{card, chart_header_ui, footer_ui};
use crate::i18n::{Language, tr};
use crate::view_model::{Briefing, CHART_ROW_LIMIT, RentalView};

/// Draws the centres screen.
pub fn centres_ui(
    ui: &mut Ui,
    briefing: &Briefing,
    view: &ChartView<'_>,
    lang: Language,
    commands: &mut Vec<Command>,
) {
    let rental = &briefing.rental;
    let palette = Palette::current(ui);
    order_and_view_ui(ui, view.sort, view.table, lang, commands);
    let (table, highlight) = (view.table, view.highlight);
    ui.add_space(8.0);
    chart_header_ui(ui, &tr(lang, "centres-title"), &briefing.chart_subtitle);
    ui.label(RichText::new(&rental.split_text).size(size::CHART_TITLE));
    if let Some(built) = &rental.built_recently {
        ui.label(format!("{}: {}", built.label, built.text))
            .on_hover_text(&built.tooltip);
    }
    if let Some(mismatch) = &rental.mismatch {
        ui.label(RichText::new(mismatch).color(palette.warning));
    }
    ui.add_space(6.0);
    if rental.rows.is_empty() {
        ui.label(tr(lang, "no-centre-list"));
    } else if table {
        table_ui(ui, rental, lang);
    } else {
        let owned = tr(lang, "premises-owned");
        let rented = tr(lang, "premises-rented");
        let rows = rental_rows(rental, highlight, CHART_ROW_LIMIT);
        let any_highlighted = rows.iter().any(|r| r.highlighted);
        let spec = BarChartSpec {
            id: "centres-chart",
            rows,
            series: rental_series(&owned, &rented, &palette),
            max_value: f64::from(rental.max_total),
            reference: None,
            any_highlighted,
            bar_height: size::ROW,
            label_size: size::CHART_LABEL,
            row_gap: size::ROW_GAP,
            legend: true,
            clickable: true,
            palette,
        };
        view.chart_ui(ui, &spec, commands);
    }
    if !rental.rent_rises.is_empty() {
        ui.add_space(8.0);
        ui.label(RichText::new(tr(lang, "rent-rises")).strong());
        for rise in &rental.rent_rises {
            card(ui, |ui| {
                ui.label(RichText::new(format!("{} — {}", rise.centre, rise.district)).strong());
                ui.label(RichText::new(&rise.text).color(palette.warning));
            });
        }
    }
    let illustrative = if rental.illustrative {
        briefing.illustrative_note.as_str()
    } else {
        ""
    };
    footer_ui(
        ui,
        &[
            rental.overflow_text.as_deref().unwrap_or(""),
            illustrative,
            &rental.footer,
        ],
    );
}

/// The first `limit` districts' owned and rented centres as stacked chart rows.
pub fn rental_rows<'a>(
    rental: &'a RentalView,
    highlight: Option<&str>,
    limit: usize,
) -> Vec<BarRow<'a>> {
    rental
        .rows
        .iter()
        .take(limit)
        .map(|row| BarRow {
            key: &row.district,
            name: &row.name,
            bars: vec![RowBar {
                segments: vec![
                    Segment {
                        value: f64::from(row.owned),
                        label: &row.owned_label,
                        series: 0,
                    },
                    Segment {
                        value: f64::from(row.rented),
                        label: &row.rented_label,
                        series: 1,
                    },
                ],
                end_label: &row.total_label,
            }],
            tooltip: &row.tooltip,
            highlighted: highlight == Some(row.district.as_str()),
        })
        .collect()
}

/// The owned and rented series, named and coloured.
pub fn rental_series<'a>(owned: &'a str, rented: &'a str, palette: &Palette) -> Vec<Series<'a>> {
    vec![
        Series {
            name: owned,
            color: palette.owned,
        },
        Series {
            name: rented,
            color: palette.rented,
        },
    ]
}

fn table_ui(ui: &mut Ui, rental: &RentalView, lang: Language) {
    let height = (ui.available_height() - 90.0).max(200.0);
    TableBuilder::new(ui)
        .id_salt("centres-table")
        .striped(true)
        .max_scroll_height(height)
        .column(Column::remainder().at_least(200.0))
        .columns(Column::auto().at_least(90.0), 3)
        .header(26.0, |mut header| {
            for key in [
                "column-district",
                "premises-owned",
                "premises-rented",
                "column-total",
            ] {
                header.col(|ui| {
                    ui.strong(tr(lang, key));
                });
            }
        })
        .body(|body| {
            body.rows(24.0, rental.rows.len(), |mut row| {
                let Some(r) = rental.rows.get(row.index()) else {
                    return;
                };
                row.col(|ui| {
                    ui.label(&r.name).on_hover_text(&r.tooltip);
                });
                for text in [
                    r.owned.to_string(),
                    r.rented.to_string(),
                    r.total_label.clone(),
                ] {
                    row.col(|ui| {
                        ui.label(text);
                    });
                }
            });
        });
}
