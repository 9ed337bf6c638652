//! The line at the foot of the workspace.

use egui::RichText;

use crate::ui::theme::{Palette, size};
use crate::view_model::Briefing;

/// The open dataset's name, the period, and the illustrative mark's meaning when it is used.
pub fn status_bar_ui(ui: &mut egui::Ui, source_name: &str, briefing: &Briefing) {
    let palette = Palette::current(ui);
    ui.horizontal(|ui| {
        ui.label(
            RichText::new(source_name)
                .size(size::SMALL)
                .color(palette.muted),
        );
        if !briefing.chart_subtitle.is_empty() {
            ui.separator();
            ui.label(
                RichText::new(&briefing.chart_subtitle)
                    .size(size::SMALL)
                    .color(palette.muted),
            );
        }
        if briefing.any_illustrative {
            ui.separator();
            ui.label(
                RichText::new(&briefing.illustrative_note)
                    .size(size::SMALL)
                    .color(palette.warning),
            );
        }
    });
}
