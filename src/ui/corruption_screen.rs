//! Corruption: crimes, persons prosecuted and managers, for the region and per district.

use egui::{RichText, Ui};

use super::Command;
use super::districts_screen::{ChartView, order_and_view_ui};
use super::theme::{Palette, size};
use super::widgets::{RowHeights, card, chart_header_ui, footer_ui};
use crate::i18n::{Language, tr};
use crate::view_model::{Briefing, CorruptionView};

/// Draws the corruption screen.
pub fn corruption_ui(
    ui: &mut Ui,
    briefing: &Briefing,
    view: &ChartView<'_>,
    lang: Language,
    commands: &mut Vec<Command>,
) {
    let c = &briefing.corruption;
    order_and_view_ui(ui, view.sort, view.table, lang, commands);
    ui.add_space(8.0);
    match &briefing.charts().corruption {
        Some(spec) => chart_header_ui(ui, &spec.title, &spec.subtitle),
        None => chart_header_ui(ui, &tr(lang, "corruption-title"), ""),
    }
    regional_ui(ui, c);
    ui.add_space(6.0);
    let Some(spec) = &briefing.charts().corruption_districts else {
        ui.label(tr(lang, "no-district-cases"));
        if let Some(regional) = &briefing.charts().corruption {
            footer_ui(ui, &regional.footer);
        }
        return;
    };
    chart_header_ui(ui, &spec.title, &spec.subtitle);
    view.chart_or_table_ui(ui, spec, commands);
    footer_ui(ui, &spec.footer);
}

/// The three regional figures, each with its series colour.
fn regional_ui(ui: &mut Ui, c: &CorruptionView) {
    let palette = Palette::current(ui);
    let mut heights = RowHeights::new(ui, ui.scope_id().with("regional-cards"));
    let row = egui::Layout::left_to_right(egui::Align::Min).with_main_wrap(true);
    ui.with_layout(row, |ui| {
        for (figure, color) in c.regional.iter().zip(palette.measures) {
            let Some(figure) = figure else {
                continue;
            };
            let response = card(ui, |ui| {
                ui.set_min_width(200.0);
                ui.set_min_height(heights.min());
                let content = ui.horizontal(|ui| {
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
                });
                heights.measure(content.response.rect.height());
                content.response
            });
            response.on_hover_text(&figure.tooltip);
        }
    });
    heights.finish(ui);
}
