//! Small shared pieces: chart headers, footers, cards.

use egui::{RichText, Ui};

use super::theme::{Palette, size};

/// A chart's title and the line under it (period, as-of, unit).
pub fn chart_header_ui(ui: &mut Ui, title: &str, subtitle: &str) {
    ui.label(RichText::new(title).size(size::CHART_TITLE).strong());
    if !subtitle.is_empty() {
        ui.label(RichText::new(subtitle).color(Palette::current(ui).muted));
    }
    ui.add_space(4.0);
}

/// The footer under a chart: sources and other small print, one line each.
pub fn footer_ui(ui: &mut Ui, lines: &[String]) {
    let muted = Palette::current(ui).muted;
    ui.add_space(4.0);
    for line in lines.iter().filter(|l| !l.is_empty()) {
        ui.label(RichText::new(line).size(size::SMALL).color(muted));
    }
}

/// A framed card.
pub fn card<R>(ui: &mut Ui, add: impl FnOnce(&mut Ui) -> R) -> R {
    let palette = Palette::current(ui);
    egui::Frame::new()
        .fill(palette.card.into())
        .stroke(egui::Stroke::new(1.0, palette.card_stroke))
        .corner_radius(6.0)
        .inner_margin(12.0)
        .show(ui, add)
        .inner
}

/// A framed notice across the screen, outlined in `color` (errors, warnings).
pub fn banner<R>(
    ui: &mut Ui,
    color: impl Into<egui::Color32>,
    add: impl FnOnce(&mut Ui) -> R,
) -> R {
    let palette = Palette::current(ui);
    egui::Frame::new()
        .fill(palette.card.into())
        .stroke(egui::Stroke::new(2.0, color))
        .corner_radius(6.0)
        .inner_margin(12.0)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            add(ui)
        })
        .inner
}

/// Cards side by side share the tallest one's height: each is laid out at least as tall as the
/// tallest was on the frame before, and the row asks for one more frame when that changed.
pub struct RowHeights {
    key: egui::Id,
    last: f32,
    now: f32,
}

impl RowHeights {
    /// The heights remembered under `key`.
    pub fn new(ui: &Ui, key: egui::Id) -> Self {
        let last = ui.data(|d| d.get_temp::<f32>(key)).unwrap_or(0.0);
        Self {
            key,
            last,
            now: 0.0,
        }
    }

    /// How tall each card of the row is to be laid out (its content's own height excluded).
    pub fn min(&self) -> f32 {
        self.last
    }

    /// A card's own content height, as laid out.
    pub fn measure(&mut self, height: f32) {
        self.now = self.now.max(height);
    }

    /// Remembers the row's tallest card for the next frame.
    pub fn finish(self, ui: &Ui) {
        if (self.now - self.last).abs() > 0.5 {
            ui.data_mut(|d| d.insert_temp(self.key, self.now));
            ui.ctx().request_repaint();
        }
    }
}
