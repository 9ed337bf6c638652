//! Centres: owned and rented premises per district, the regional split, rent rises.

use egui::{RichText, Ui};

use super::Command;
use super::districts_screen::{ChartView, order_and_view_ui};
use super::theme::{Palette, size};
use super::widgets::{card, chart_header_ui, footer_ui};
use crate::i18n::{Language, tr};
use crate::view_model::Briefing;

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
    ui.add_space(8.0);
    match &briefing.charts().centres {
        Some(spec) => chart_header_ui(ui, &spec.title, &spec.subtitle),
        None => chart_header_ui(ui, &tr(lang, "centres-title"), ""),
    }
    ui.label(RichText::new(&rental.split_text).size(size::CHART_TITLE));
    if let Some(built) = &rental.built_recently {
        ui.label(format!("{}: {}", built.label, built.text))
            .on_hover_text(&built.tooltip);
    }
    if let Some(mismatch) = &rental.mismatch {
        ui.label(RichText::new(mismatch).color(palette.warning));
    }
    ui.add_space(6.0);
    match &briefing.charts().centres {
        Some(spec) if spec.total_rows > 0 => view.chart_or_table_ui(ui, spec, commands),
        _ => {
            ui.label(tr(lang, "no-centre-list"));
        }
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
    if let Some(spec) = &briefing.charts().centres {
        footer_ui(ui, &spec.footer);
    }
}
