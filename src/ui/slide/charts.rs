//! Chart slides: one chart, as large as the slide allows, a long one over consecutive slides;
//! and the regional figures as large call-outs.

use egui::emath::GuiRounding as _;
use egui::{Rect, Ui, UiBuilder, vec2};

use super::{
    SlideFrame, SlideScale, bold_text, fitted_size, heading_lines_ui, heading_ui, size_for, text,
};
use crate::ui::charts::{ChartLook, bar_chart_ui, legend_items_ui};
use crate::view_model::{ChartSpec, SlideView};

/// A chart slide: the title (with "1/3" on a chart over several slides), the period, the
/// regional figure and the legend on one line, then this slide's rows filling the rest.
pub(super) fn chart_slide_ui(
    ui: &mut Ui,
    slide: &SlideView,
    spec: Option<&ChartSpec>,
    frame: &SlideFrame<'_>,
    scale: SlideScale,
) {
    let Some(spec) = spec else {
        return;
    };
    let title = if slide.pages > 1 {
        format!("{} ({}/{})", spec.title, slide.page, slide.pages)
    } else {
        spec.title.clone()
    };
    heading_lines_ui(ui, &title, &spec.subtitle, scale, &frame.palette, 1);
    if let Some(mismatch) = frame
        .briefing
        .rental
        .mismatch
        .as_ref()
        .filter(|_| spec.id == "centres")
    {
        ui.label(text(mismatch, scale.small).color(frame.palette.warning));
    }
    let u = scale.small;
    let body = scale.body();
    // One line above the chart: the regional figure, then the legend.
    let legend = spec.legend && (spec.series.len() > 1 || spec.reference.is_some());
    if spec.info.is_some() || legend {
        ui.horizontal_wrapped(|ui| {
            if let Some(info) = &spec.info {
                ui.label(text(info, body));
                ui.add_space(u.round());
            }
            if legend {
                legend_items_ui(
                    ui,
                    &spec.series,
                    spec.reference.as_ref(),
                    &frame.palette,
                    body,
                );
            }
        });
        ui.add_space((u * 0.3).round());
    }
    let start = slide.rows.start.min(spec.rows.len());
    let end = slide.rows.end.min(spec.rows.len());
    if start >= end {
        return;
    }
    // This slide's rows, on the scale of the whole chart so that the slides compare.
    let mut part = spec.clone();
    part.rows = spec.rows[start..end].to_vec();
    let shown = part.rows.len();
    let per_row = part.bars_per_row() as f32;
    let gap = 0.3;
    let room = ui.available_height() - u * 0.3 - 8.0_f32.min(u * 0.35);
    let row_height = (room / shown as f32).min(u * 3.6);
    let bar_height = row_height / (per_row + gap);
    // Names and values as large as the rows allow, never below the smallest text.
    let label_size = (bar_height * per_row * 0.62).clamp(u, body * 1.25);
    let label_size = if per_row > 1.0 {
        label_size.min(bar_height * 1.05).max(u)
    } else {
        label_size
    };
    let plot_id = format!("{}-{}-{}", frame.surface, spec.id, slide.page);
    let look = ChartLook {
        id: &plot_id,
        rows: shown,
        max_value: spec.max_value,
        highlight: None,
        bar_height,
        label_size,
        row_gap: gap,
        legend: false,
        clickable: false,
        max_name_width: Some(ui.available_width() * 0.36),
        palette: frame.palette,
    };
    bar_chart_ui(ui, &part, &look);
}

/// The corruption slide: each regional figure as a large call-out, in its series colour, with
/// what it counts and its period under it.
pub(super) fn callouts_slide_ui(
    ui: &mut Ui,
    slide: &SlideView,
    frame: &SlideFrame<'_>,
    scale: SlideScale,
) {
    let c = &frame.briefing.corruption;
    let palette = &frame.palette;
    let period = frame
        .briefing
        .charts()
        .corruption
        .as_ref()
        .map(|s| s.subtitle.clone())
        .unwrap_or_default();
    heading_ui(ui, &slide.title, &period, scale, palette);
    let figures: Vec<_> = c
        .regional
        .iter()
        .zip(palette.measures)
        .filter_map(|(f, color)| f.as_ref().map(|f| (f, color)))
        .collect();
    if figures.is_empty() {
        return;
    }
    let u = scale.small;
    let gap = u * 1.2;
    let area = ui.available_rect_before_wrap();
    let n = figures.len() as f32;
    let width = (area.width() - gap * (n - 1.0)) / n;
    let height = (area.height() * 0.78).min(width * 1.1);
    let top = area.top() + (area.height() - height) * 0.3;
    // One size for the values, so that they compare; the labels as large as their words fit.
    let room = width - u * 1.2;
    let value_size = figures
        .iter()
        .map(|(f, _)| {
            fitted_size(
                ui,
                &f.text,
                true,
                (scale.body(), scale.display() * 1.4),
                room,
                1,
            )
        })
        .fold(scale.display() * 1.4, f32::min);
    let label_size = figures
        .iter()
        .map(|(f, _)| {
            let sizes = [scale.body() * 1.2, scale.body(), u * 1.1, u];
            size_for(ui, &f.label, false, &sizes, room, height * 0.45)
        })
        .fold(scale.body() * 1.2, f32::min);
    for (i, (figure, color)) in figures.iter().enumerate() {
        let left = area.left() + i as f32 * (width + gap);
        let rect = Rect::from_min_size(egui::pos2(left, top), vec2(width, height));
        let strip = Rect::from_min_size(rect.min, vec2(u * 0.35, height));
        ui.painter().rect_filled(strip, 0.0, *color);
        let mut inner = ui.new_child(
            UiBuilder::new()
                .id_salt(("callout", i))
                .max_rect(Rect::from_min_max(rect.min + vec2(u * 1.0, 0.0), rect.max).round_ui())
                .layout(egui::Layout::top_down(egui::Align::Min)),
        );
        let value_color = if figure.illustrative {
            palette.warning
        } else {
            palette.text
        };
        inner.add(
            egui::Label::new(bold_text(&figure.text, value_size).color(value_color))
                .wrap_mode(egui::TextWrapMode::Extend),
        );
        inner.add_space((u * 0.3).round());
        inner.label(text(&figure.label, label_size));
        if let Some(when) = &figure.when {
            inner.label(text(when, label_size.min(scale.body())).color(palette.muted));
        }
    }
    ui.advance_cursor_after_rect(Rect::from_min_size(
        egui::pos2(area.left(), top),
        vec2(area.width(), height),
    ));
}
