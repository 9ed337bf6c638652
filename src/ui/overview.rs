//! Overview: the briefing's title block, key-figure tiles and sources.

use egui::{RichText, Ui};

use super::theme::{Palette, size};
use super::widgets::{RowHeights, card};
use crate::i18n::{Language, tr};
use crate::view_model::{Briefing, FigureView};

/// Draws the overview.
pub fn overview_ui(ui: &mut Ui, briefing: &Briefing, lang: Language) {
    let palette = Palette::current(ui);
    let header = &briefing.header;
    ui.label(RichText::new(&header.title).size(size::HEADING).strong());
    ui.label(RichText::new(&header.region).size(size::BODY + 2.0));
    let mut facts: Vec<&str> = Vec::new();
    facts.extend(header.meeting_title.as_deref());
    facts.extend(header.meeting_when_where.as_deref());
    facts.extend(header.chair.as_deref());
    for line in facts {
        ui.label(RichText::new(line).color(palette.muted));
    }
    if !briefing.chart_subtitle.is_empty() {
        ui.label(RichText::new(&briefing.chart_subtitle).color(palette.muted));
    }
    ui.add_space(12.0);

    ui.label(
        RichText::new(tr(lang, "key-figures"))
            .size(size::CHART_TITLE)
            .strong(),
    );
    ui.add_space(4.0);
    if briefing.tiles.is_empty() {
        ui.label(tr(lang, "no-key-figures"));
    }
    let columns = ((ui.available_width() + 8.0) / (size::TILE_WIDTH + 8.0))
        .floor()
        .max(1.0) as usize;
    let width = (ui.available_width() - 8.0 * (columns as f32 - 1.0)) / columns as f32 - 26.0;
    egui::Grid::new("tiles")
        .num_columns(columns)
        .spacing([8.0, 8.0])
        .show(ui, |ui| {
            // Each row's tiles share the tallest one's height.
            for (r, row) in briefing.tiles.chunks(columns).enumerate() {
                let mut heights = RowHeights::new(ui, ui.scope_id().with(("tile-row", r, columns)));
                for tile in row {
                    tile_ui(ui, tile, width, &mut heights);
                }
                heights.finish(ui);
                ui.end_row();
            }
        });
    if briefing.any_illustrative {
        ui.add_space(6.0);
        ui.label(RichText::new(&briefing.illustrative_note).color(palette.warning));
    }

    let unattached: Vec<_> = briefing.statements.iter().filter(|s| !s.on_tile).collect();
    if !unattached.is_empty() {
        section_ui(ui, &tr(lang, "statements-heading"));
        for s in unattached {
            let response = ui.label(&s.line);
            if let Some(q) = &s.quote {
                response.on_hover_text(format!("{q}\n{}", s.source_text));
            }
        }
    }
    if !briefing.places.is_empty() {
        section_ui(ui, &tr(lang, "places-heading"));
        for place in &briefing.places {
            ui.horizontal_wrapped(|ui| {
                ui.label(RichText::new(&place.name).strong());
                if let Some(note) = &place.note {
                    ui.label(RichText::new(note).color(palette.muted));
                }
            });
        }
    }

    ui.add_space(12.0);
    ui.label(
        RichText::new(tr(lang, "sources-label"))
            .size(size::CHART_TITLE)
            .strong(),
    );
    for source in &briefing.sources {
        let mut line = source.short.clone();
        if source.title != source.short {
            line = format!("{line} — {}", source.title);
        }
        let text = if source.illustrative {
            RichText::new(format!("{line} ({})", tr(lang, "illustrative-data")))
                .color(palette.warning)
        } else {
            RichText::new(line)
        };
        let response = ui.label(text);
        if let Some(note) = &source.note {
            response.on_hover_text(note);
        }
    }
    if let Some(translation) = &header.translation {
        ui.add_space(6.0);
        ui.label(
            RichText::new(translation)
                .size(size::SMALL)
                .color(palette.muted),
        );
    }
}

fn section_ui(ui: &mut Ui, title: &str) {
    ui.add_space(12.0);
    ui.label(RichText::new(title).size(size::CHART_TITLE).strong());
    ui.add_space(2.0);
}

/// One key-figure tile: label, value with its qualifier, source; the quote on hover.
fn tile_ui(ui: &mut Ui, tile: &FigureView, width: f32, heights: &mut RowHeights) {
    let palette = Palette::current(ui);
    let response = card(ui, |ui| {
        ui.set_width(width);
        ui.set_min_height(heights.min().max(104.0));
        let content = ui.vertical(|ui| {
            ui.add(egui::Label::new(RichText::new(&tile.label).color(palette.muted)).wrap());
            let color = if tile.illustrative {
                palette.warning
            } else {
                palette.text
            };
            ui.label(
                RichText::new(&tile.text)
                    .size(size::TILE_VALUE)
                    .strong()
                    .color(color),
            );
            if let Some(when) = &tile.when {
                ui.label(RichText::new(when).size(size::SMALL).color(palette.muted));
            }
            for line in tile.statements.iter().chain(&tile.comment) {
                ui.add(egui::Label::new(RichText::new(line).size(size::SMALL).italics()).wrap());
            }
            ui.label(
                RichText::new(&tile.source_text)
                    .size(size::SMALL)
                    .color(palette.muted),
            );
        });
        heights.measure(content.response.rect.height());
        content.response
    });
    response.on_hover_text(&tile.tooltip);
}
