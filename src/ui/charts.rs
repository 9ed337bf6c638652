//! Horizontal bar charts that read from the back of a room: district names on the left, every
//! value printed at its bar, parts labelled inside stacked bars, no hover needed.
//!
//! Every surface draws the same [`ChartSpec`] from the view-model; a [`ChartLook`] says how.

use crate::wording::shared_start;
use egui::{Align2, Color32, RichText, Stroke, Ui};
use egui_plot::{AxisHints, Bar, BarChart, LineStyle, Plot, PlotPoint, Text, VLine};

use super::theme::{self, Palette, text_on};
use crate::view_model::ReferenceLine;
use crate::view_model::chart::{ChartRow, ChartSeries, ChartSpec};

/// How a surface draws a [`ChartSpec`]: sizes, colours, and what it answers to.
#[derive(Clone, Debug)]
pub struct ChartLook<'a> {
    /// Unique id of the plot.
    pub id: &'a str,
    /// How many of the spec's rows to draw (the first ones).
    pub rows: usize,
    /// The value at the end of the axis (before the room left for printed values).
    pub max_value: f64,
    /// The key of the highlighted row (the others are then faded).
    pub highlight: Option<&'a str>,
    /// Height of one bar in points.
    pub bar_height: f32,
    /// Size of names and value labels in points.
    pub label_size: f32,
    /// Gap between rows, as a fraction of the bar height.
    pub row_gap: f32,
    /// Whether to draw the legend row above the chart.
    pub legend: bool,
    /// Whether rows answer clicks and hovers (the workspace) or only describe themselves to
    /// assistive technology (slides: no tooltip, no highlight under the pointer).
    pub clickable: bool,
    /// The widest a name may be, in points: a longer one is shortened in the middle with "…"
    /// (slides; the full name is in the presenter's notes and the table).
    pub max_name_width: Option<f32>,
    /// The colours to draw in.
    pub palette: Palette,
}

impl ChartLook<'_> {
    fn rows<'s>(&self, spec: &'s ChartSpec) -> &'s [ChartRow] {
        spec.rows
            .get(..self.rows.min(spec.rows.len()))
            .unwrap_or(&[])
    }

    fn highlighted(&self, row: &ChartRow) -> bool {
        self.highlight == Some(row.key.as_str())
    }
}

fn series_color(palette: &Palette, series: &ChartSeries) -> Color32 {
    palette.series(series.role).into()
}

/// Draws the legend: a swatch and name per series (when there are several), then the
/// reference line's label.
pub fn legend_ui(
    ui: &mut Ui,
    series: &[ChartSeries],
    reference: Option<&ReferenceLine>,
    palette: &Palette,
    text_size: f32,
) {
    ui.horizontal_wrapped(|ui| legend_items_ui(ui, series, reference, palette, text_size));
}

/// The legend's items, in a row the caller has opened (on a line with other words).
pub fn legend_items_ui(
    ui: &mut Ui,
    series: &[ChartSeries],
    reference: Option<&ReferenceLine>,
    palette: &Palette,
    text_size: f32,
) {
    // Whole points, so the legend's widgets stay on the pixel grid.
    let swatch = text_size.round().max(3.0);
    {
        // An item goes to the next line whole rather than breaking its words.
        ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Extend);
        // A single series is named by the chart's title; only several need a key.
        // Each swatch stays with its name; an item that would not fit starts the next line.
        let font = egui::FontId::proportional(text_size);
        let fits = |ui: &mut Ui, swatch_width: f32, label: &str| {
            let width = ui
                .painter()
                .layout_no_wrap(label.to_owned(), font.clone(), Color32::WHITE)
                .size()
                .x
                + swatch_width
                + ui.spacing().item_spacing.x * 2.0;
            if width > ui.available_size_before_wrap().x && ui.min_rect().width() > 0.0 {
                ui.end_row();
            }
        };
        for s in series.iter().filter(|_| series.len() > 1) {
            fits(ui, swatch, &s.name);
            ui.horizontal(|ui| {
                let (rect, _) =
                    ui.allocate_exact_size(egui::vec2(swatch, swatch), egui::Sense::hover());
                ui.painter()
                    .rect_filled(rect, 2.0, series_color(palette, s));
                ui.label(RichText::new(&s.name).size(text_size).color(palette.text));
            });
            ui.add_space((swatch * 0.75).round());
        }
        if let Some(r) = reference {
            fits(ui, (swatch * 1.4).round(), &r.label);
            ui.horizontal(|ui| {
                let (rect, _) = ui.allocate_exact_size(
                    egui::vec2((swatch * 1.4).round(), swatch),
                    egui::Sense::hover(),
                );
                let y = rect.center().y;
                let stroke = Stroke::new(2.0, palette.reference);
                ui.painter().add(egui::Shape::dashed_line(
                    &[egui::pos2(rect.left(), y), egui::pos2(rect.right(), y)],
                    stroke,
                    5.0,
                    3.0,
                ));
                ui.label(RichText::new(&r.label).size(text_size).color(palette.text));
            });
        }
    }
}

/// Sizes worked out once per frame from the rows and the room available.
struct Geometry {
    /// Number of rows.
    n: usize,
    /// Height of a row in points (all its bars and a gap).
    row_height: f32,
    /// Width of the name column in points.
    name_width: f32,
    /// Right end of the value axis, leaving room for the printed values.
    x_max: f64,
    /// Plot units per screen point along the value axis.
    units_per_point: f64,
    /// One bar's thickness in plot units.
    bar_width: f64,
    /// Font of names and values.
    font: egui::FontId,
}

impl Geometry {
    fn of(ui: &Ui, spec: &ChartSpec, look: &ChartLook<'_>) -> Self {
        let rows = look.rows(spec);
        let n = rows.len();
        let per_row = rows.iter().map(|r| r.bars.len()).max().unwrap_or(1).max(1);
        let row_height = look.bar_height * per_row as f32 + look.bar_height * look.row_gap;
        let font = theme::font(look.label_size);
        let text_width = |text: &str| {
            ui.painter()
                .layout_no_wrap(text.to_owned(), font.clone(), Color32::WHITE)
                .size()
                .x
        };
        let widest = rows.iter().map(|r| text_width(&r.name)).fold(0.0, f32::max);
        let name_width = look.max_name_width.map_or(widest, |max| widest.min(max)) + 16.0;
        let plot_width = (ui.available_width() - name_width).max(50.0);
        // Room after the longest bar for its printed value.
        let longest_label = rows
            .iter()
            .flat_map(|r| &r.bars)
            .map(|b| text_width(&b.end_label))
            .fold(0.0, f32::max);
        let label_room = f64::from((longest_label + 14.0) / plot_width).min(0.6);
        let max = if look.max_value > 0.0 {
            look.max_value
        } else {
            1.0
        };
        let x_max = max / (1.0 - label_room);
        Self {
            n,
            row_height,
            name_width,
            x_max,
            units_per_point: x_max / f64::from(plot_width),
            bar_width: f64::from(look.bar_height / row_height),
            font,
        }
    }

    /// The plot's y coordinate of row `i` (the first row is at the top).
    fn row_y(&self, i: usize) -> f64 {
        (self.n - 1 - i) as f64
    }
}

/// Draws the chart; returns the key of a row that was clicked.
pub fn bar_chart_ui<'s>(ui: &mut Ui, spec: &'s ChartSpec, look: &ChartLook<'_>) -> Option<&'s str> {
    let palette = look.palette;
    if look.legend {
        legend_ui(
            ui,
            &spec.series,
            spec.reference.as_ref(),
            &palette,
            look.label_size,
        );
    }
    let geometry = Geometry::of(ui, spec, look);
    let n = geometry.n;
    // The axis only reserves the name column; the names are painted per row (below), because
    // the plot's own tick labels vanish when a row is shorter than the font's line height.
    let y_axis = AxisHints::new_y()
        .formatter(|_, _| String::new())
        .min_thickness(geometry.name_width);
    let response = Plot::new(look.id)
        .height(geometry.row_height * n as f32 + 8.0)
        .show_axes([false, true])
        .show_grid(false)
        .show_background(false)
        .allow_zoom(false)
        .allow_drag(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .allow_double_click_reset(false)
        .show_x(false)
        .show_y(false)
        .custom_y_axes(vec![y_axis])
        .include_x(0.0)
        .include_x(geometry.x_max)
        .include_y(-0.5)
        .include_y(n as f64 - 0.5)
        .set_margin_fraction(egui::vec2(0.0, 0.0))
        .show(ui, |plot_ui| plot_items(plot_ui, spec, look, &geometry));
    rows_ui(ui, spec, look, &response, &geometry)
}

/// The bars, their printed values and the reference line.
fn plot_items(
    plot_ui: &mut egui_plot::PlotUi<'_>,
    spec: &ChartSpec,
    look: &ChartLook<'_>,
    g: &Geometry,
) {
    let palette = &look.palette;
    let any_highlighted = look.rows(spec).iter().any(|r| look.highlighted(r));
    let mut per_series: Vec<Vec<Bar>> = vec![Vec::new(); spec.series.len()];
    let mut labels: Vec<Text> = Vec::new();
    for (i, row) in look.rows(spec).iter().enumerate() {
        let highlighted = look.highlighted(row);
        let k = row.bars.len() as f64;
        for (j, bar) in row.bars.iter().enumerate() {
            let y = g.row_y(i) + (k - 1.0) / 2.0 * g.bar_width - j as f64 * g.bar_width;
            let mut base = 0.0;
            for segment in &bar.segments {
                let Some(series) = spec.series.get(segment.series) else {
                    continue;
                };
                let color = series_color(palette, series);
                let fill = if any_highlighted && !highlighted {
                    color.gamma_multiply(0.35)
                } else if highlighted && spec.series.len() == 1 {
                    palette.highlight.into()
                } else {
                    color
                };
                if let Some(bars) = per_series.get_mut(segment.series) {
                    bars.push(
                        Bar::new(y, segment.value)
                            .base_offset(base)
                            .width(g.bar_width * 0.92)
                            .fill(fill)
                            .stroke(Stroke::new(1.0, fill))
                            .name(&row.detail),
                    );
                }
                let label_width =
                    segment.label.chars().count() as f64 * f64::from(look.label_size) * 0.6;
                if !segment.label.is_empty()
                    && segment.value / g.units_per_point > label_width + 8.0
                {
                    let text = RichText::new(&segment.label)
                        .font(g.font.clone())
                        .color(text_on(fill));
                    labels.push(
                        Text::new("", PlotPoint::new(base + segment.value / 2.0, y), text)
                            .anchor(Align2::CENTER_CENTER),
                    );
                }
                base += segment.value;
            }
            if !bar.end_label.is_empty() {
                let color = if highlighted {
                    palette.highlight
                } else {
                    palette.text
                };
                let mut text = RichText::new(&bar.end_label)
                    .font(g.font.clone())
                    .color(color);
                if highlighted {
                    text = text.strong();
                }
                // A label the reference line would cross moves to the line's right.
                let mut x = base + 6.0 * g.units_per_point;
                let width = bar.end_label.chars().count() as f64
                    * f64::from(look.label_size)
                    * 0.6
                    * g.units_per_point;
                if let Some(r) = &spec.reference
                    && r.value > x - 2.0 * g.units_per_point
                    && r.value < x + width + 2.0 * g.units_per_point
                {
                    x = r.value + 6.0 * g.units_per_point;
                }
                labels.push(Text::new("", PlotPoint::new(x, y), text).anchor(Align2::LEFT_CENTER));
            }
        }
    }
    // The reference line goes first so that the bars cover it.
    if let Some(reference) = &spec.reference {
        plot_ui.vline(
            VLine::new(&reference.label, reference.value)
                .color(palette.reference)
                .width(2.0)
                .style(LineStyle::Dashed { length: 8.0 }),
        );
    }
    for (series, bars) in spec.series.iter().zip(per_series) {
        // Hover is handled per row, over the name and the bars alike.
        plot_ui.bar_chart(
            BarChart::new(&series.name, bars)
                .horizontal()
                .color(series_color(palette, series))
                .allow_hover(false),
        );
    }
    for label in labels {
        plot_ui.text(label);
    }
}

/// Each row's name, right-aligned before its bars. Each row is also a widget of its own: a
/// tooltip with the exact figures, a click to highlight, and an accessible name
/// ("г. Кокшетау: 38*") so screen readers and tests can find it.
fn rows_ui<'s>(
    ui: &mut Ui,
    spec: &'s ChartSpec,
    look: &ChartLook<'_>,
    response: &egui_plot::PlotResponse<()>,
    g: &Geometry,
) -> Option<&'s str> {
    let palette = &look.palette;
    let plot_rect = response.response.rect;
    let mut clicked = None;
    // Where names are shortened, the words every name starts with go first: what tells the
    // rows apart stays.
    let shared = look
        .max_name_width
        .map(|_| shared_start(look.rows(spec).iter().map(|r| r.name.as_str())));
    for (i, row) in look.rows(spec).iter().enumerate() {
        let highlighted = look.highlighted(row);
        let center_y = response
            .transform
            .position_from_point(&PlotPoint::new(0.0, g.row_y(i)))
            .y;
        let rect = egui::Rect::from_x_y_ranges(
            (plot_rect.left() - g.name_width)..=plot_rect.right(),
            (center_y - g.row_height / 2.0)..=(center_y + g.row_height / 2.0),
        );
        let (color, font) = if highlighted {
            (palette.highlight.into(), theme::bold(g.font.size))
        } else {
            (palette.text.into(), g.font.clone())
        };
        let shown = look.max_name_width.map_or_else(
            || row.name.clone(),
            |max| shortened(ui, &row.name, shared.unwrap_or(0), &font, max),
        );
        ui.painter().text(
            egui::pos2(plot_rect.left() - 8.0, center_y),
            Align2::RIGHT_CENTER,
            &shown,
            font,
            color,
        );
        let values: Vec<&str> = row
            .bars
            .iter()
            .map(|b| b.end_label.as_str())
            .filter(|l| !l.is_empty())
            .collect();
        let name = format!("{}: {}", row.name, values.join(" / "));
        let sense = if look.clickable {
            egui::Sense::click()
        } else {
            egui::Sense::hover()
        };
        let mut row_response = ui.interact(rect, ui.scope_id().with((look.id, "row", i)), sense);
        if look.clickable {
            row_response = row_response.on_hover_text(&row.detail);
        }
        row_response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &name));
        if look.clickable && row_response.hovered() {
            ui.painter().rect_filled(
                rect,
                3.0,
                ui.visuals().widgets.hovered.bg_fill.gamma_multiply(0.25),
            );
        }
        if row_response.clicked() {
            clicked = Some(row.key.as_str());
        }
    }
    clicked
}

/// `name` as it fits in `max` points at `font`: see [`crate::wording::shortened`].
pub fn shortened(ui: &Ui, name: &str, shared: usize, font: &egui::FontId, max: f32) -> String {
    let width = |text: &str| {
        ui.painter()
            .layout_no_wrap(text.to_owned(), font.clone(), Color32::WHITE)
            .size()
            .x
    };
    crate::wording::shortened(name, shared, max, width)
}

#[cfg(test)]
mod tests {
    use super::shared_start;

    #[test]
    fn the_words_all_names_start_with_are_found_up_to_a_whole_word() {
        let names = [
            "Бурабай ауданына қарасты № 9 ауылдық округі",
            "Бурабай ауданына қарасты № 36 ауылдық округі",
        ];
        assert_eq!(
            shared_start(names.into_iter()),
            "Бурабай ауданына қарасты № ".chars().count()
        );
        assert_eq!(
            shared_start(["Аккольский район", "Аршалынский район"].into_iter()),
            0
        );
        assert_eq!(shared_start(["один"].into_iter()), 0);
    }
}
