//! Horizontal bar charts that read from the back of a room: district names on the left, every
//! value printed at its bar, parts labelled inside stacked bars, no hover needed.
//!
//! The screens map view-model rows to [`BarRow`]s; this module only draws them.

use egui::{Align2, Color32, RichText, Stroke, Ui};
use egui_plot::{AxisHints, Bar, BarChart, LineStyle, Plot, PlotPoint, Text, VLine};

use super::theme::{self, Palette, text_on};

/// One coloured part of a bar.
#[derive(Clone, Debug)]
pub struct Segment<'a> {
    /// Its length.
    pub value: f64,
    /// Printed inside it when it is wide enough ("" for none).
    pub label: &'a str,
    /// Which series it belongs to (index into [`BarChartSpec::series`]).
    pub series: usize,
}

/// One bar: segments stacked from zero, and a label printed after its end.
#[derive(Clone, Debug)]
pub struct RowBar<'a> {
    /// Stacked parts.
    pub segments: Vec<Segment<'a>>,
    /// Printed after the bar's end.
    pub end_label: &'a str,
}

/// One row: a district with one bar, or several side by side (grouped).
#[derive(Clone, Debug)]
pub struct BarRow<'a> {
    /// Key returned when the row is clicked (the district id).
    pub key: &'a str,
    /// Name shown on the left.
    pub name: &'a str,
    /// The bars of this row, top to bottom.
    pub bars: Vec<RowBar<'a>>,
    /// Hover text: exact figures and source.
    pub tooltip: &'a str,
    /// Drawn in the highlight colour.
    pub highlighted: bool,
}

/// A series: its legend name and colour.
#[derive(Clone, Debug)]
pub struct Series<'a> {
    /// Legend name.
    pub name: &'a str,
    /// Fill colour.
    pub color: Color32,
}

/// A vertical reference line.
#[derive(Clone, Debug)]
pub struct Reference<'a> {
    /// Where.
    pub value: f64,
    /// Its label, shown in the legend row.
    pub label: &'a str,
}

/// Everything a bar chart draws.
#[derive(Clone, Debug)]
pub struct BarChartSpec<'a> {
    /// Unique id of the plot.
    pub id: &'a str,
    /// Rows, top to bottom.
    pub rows: Vec<BarRow<'a>>,
    /// The series the segments refer to.
    pub series: Vec<Series<'a>>,
    /// Largest bar end, for the axis range.
    pub max_value: f64,
    /// Optional reference line.
    pub reference: Option<Reference<'a>>,
    /// Whether a row is highlighted (the others are then faded).
    pub any_highlighted: bool,
    /// Height of one bar in points.
    pub bar_height: f32,
    /// Size of names and value labels in points.
    pub label_size: f32,
    /// Gap between rows, as a fraction of the bar height.
    pub row_gap: f32,
    /// Whether to draw the legend row.
    pub legend: bool,
    /// Whether rows answer clicks (the workspace) or only describe themselves (slides).
    pub clickable: bool,
    /// The colours to draw in.
    pub palette: Palette,
}

/// Draws the legend: a swatch and name per series, then the reference line's label.
pub fn legend_ui(
    ui: &mut Ui,
    series: &[Series<'_>],
    reference: Option<&Reference<'_>>,
    palette: &Palette,
    text_size: f32,
) {
    // Whole points, so the legend's widgets stay on the pixel grid.
    let swatch = text_size.max(14.0).round();
    ui.horizontal_wrapped(|ui| {
        // A single series is named by the chart's title; only several need a key.
        for s in series.iter().filter(|_| series.len() > 1) {
            let (rect, _) =
                ui.allocate_exact_size(egui::vec2(swatch, swatch), egui::Sense::hover());
            ui.painter().rect_filled(rect, 2.0, s.color);
            ui.label(RichText::new(s.name).size(text_size).color(palette.text));
            ui.add_space((swatch * 0.75).round());
        }
        if let Some(r) = reference {
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
            ui.label(RichText::new(r.label).size(text_size).color(palette.text));
        }
    });
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
    fn of(ui: &Ui, spec: &BarChartSpec<'_>) -> Self {
        let n = spec.rows.len();
        let per_row = spec
            .rows
            .iter()
            .map(|r| r.bars.len())
            .max()
            .unwrap_or(1)
            .max(1);
        let row_height = spec.bar_height * per_row as f32 + spec.bar_height * spec.row_gap;
        let font = theme::font(spec.label_size);
        let text_width = |text: &str| {
            ui.painter()
                .layout_no_wrap(text.to_owned(), font.clone(), Color32::WHITE)
                .size()
                .x
        };
        let name_width = spec
            .rows
            .iter()
            .map(|r| text_width(r.name))
            .fold(0.0, f32::max)
            + 16.0;
        let plot_width = (ui.available_width() - name_width).max(50.0);
        // Room after the longest bar for its printed value.
        let longest_label = spec
            .rows
            .iter()
            .flat_map(|r| &r.bars)
            .map(|b| text_width(b.end_label))
            .fold(0.0, f32::max);
        let label_room = f64::from((longest_label + 14.0) / plot_width).min(0.6);
        let max = if spec.max_value > 0.0 {
            spec.max_value
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
            bar_width: f64::from(spec.bar_height / row_height),
            font,
        }
    }

    /// The plot's y coordinate of row `i` (the first row is at the top).
    fn row_y(&self, i: usize) -> f64 {
        (self.n - 1 - i) as f64
    }
}

/// Draws the chart; returns the key of a row that was clicked.
pub fn bar_chart_ui<'a>(ui: &mut Ui, spec: &BarChartSpec<'a>) -> Option<&'a str> {
    let palette = spec.palette;
    if spec.legend {
        legend_ui(
            ui,
            &spec.series,
            spec.reference.as_ref(),
            &palette,
            spec.label_size,
        );
    }
    let geometry = Geometry::of(ui, spec);
    let n = geometry.n;
    // The axis only reserves the name column; the names are painted per row (below), because
    // the plot's own tick labels vanish when a row is shorter than the font's line height.
    let y_axis = AxisHints::new_y()
        .formatter(|_, _| String::new())
        .min_thickness(geometry.name_width);
    let response = Plot::new(spec.id)
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
        .show(ui, |plot_ui| plot_items(plot_ui, spec, &geometry, &palette));
    rows_ui(ui, spec, &response, &geometry, &palette)
}

/// The bars, their printed values and the reference line.
fn plot_items(
    plot_ui: &mut egui_plot::PlotUi<'_>,
    spec: &BarChartSpec<'_>,
    g: &Geometry,
    palette: &Palette,
) {
    let mut per_series: Vec<Vec<Bar>> = vec![Vec::new(); spec.series.len()];
    let mut labels: Vec<Text> = Vec::new();
    for (i, row) in spec.rows.iter().enumerate() {
        let k = row.bars.len() as f64;
        for (j, bar) in row.bars.iter().enumerate() {
            let y = g.row_y(i) + (k - 1.0) / 2.0 * g.bar_width - j as f64 * g.bar_width;
            let mut base = 0.0;
            for segment in &bar.segments {
                let Some(series) = spec.series.get(segment.series) else {
                    continue;
                };
                let fill = if spec.any_highlighted && !row.highlighted {
                    series.color.gamma_multiply(0.35)
                } else if row.highlighted && spec.series.len() == 1 {
                    palette.highlight
                } else {
                    series.color
                };
                if let Some(bars) = per_series.get_mut(segment.series) {
                    bars.push(
                        Bar::new(y, segment.value)
                            .base_offset(base)
                            .width(g.bar_width * 0.92)
                            .fill(fill)
                            .stroke(Stroke::new(1.0, fill))
                            .name(row.tooltip),
                    );
                }
                let label_width =
                    segment.label.chars().count() as f64 * f64::from(spec.label_size) * 0.6;
                if !segment.label.is_empty()
                    && segment.value / g.units_per_point > label_width + 8.0
                {
                    let text = RichText::new(segment.label)
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
                let color = if row.highlighted {
                    palette.highlight
                } else {
                    palette.text
                };
                let mut text = RichText::new(bar.end_label)
                    .font(g.font.clone())
                    .color(color);
                if row.highlighted {
                    text = text.strong();
                }
                // A label the reference line would cross moves to the line's right.
                let mut x = base + 6.0 * g.units_per_point;
                let width = bar.end_label.chars().count() as f64
                    * f64::from(spec.label_size)
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
            VLine::new(reference.label, reference.value)
                .color(palette.reference)
                .width(2.0)
                .style(LineStyle::Dashed { length: 8.0 }),
        );
    }
    for (series, bars) in spec.series.iter().zip(per_series) {
        // Hover is handled per row, over the name and the bars alike.
        plot_ui.bar_chart(
            BarChart::new(series.name, bars)
                .horizontal()
                .color(series.color)
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
fn rows_ui<'a>(
    ui: &mut Ui,
    spec: &BarChartSpec<'a>,
    response: &egui_plot::PlotResponse<()>,
    g: &Geometry,
    palette: &Palette,
) -> Option<&'a str> {
    let plot_rect = response.response.rect;
    let mut clicked = None;
    for (i, row) in spec.rows.iter().enumerate() {
        let center_y = response
            .transform
            .position_from_point(&PlotPoint::new(0.0, g.row_y(i)))
            .y;
        let rect = egui::Rect::from_x_y_ranges(
            (plot_rect.left() - g.name_width)..=plot_rect.right(),
            (center_y - g.row_height / 2.0)..=(center_y + g.row_height / 2.0),
        );
        let (color, font) = if row.highlighted {
            (palette.highlight, theme::bold(g.font.size))
        } else {
            (palette.text, g.font.clone())
        };
        ui.painter().text(
            egui::pos2(plot_rect.left() - 8.0, center_y),
            Align2::RIGHT_CENTER,
            row.name,
            font,
            color,
        );
        let values: Vec<&str> = row
            .bars
            .iter()
            .map(|b| b.end_label)
            .filter(|l| !l.is_empty())
            .collect();
        let name = format!("{}: {}", row.name, values.join(" / "));
        let sense = if spec.clickable {
            egui::Sense::click()
        } else {
            egui::Sense::hover()
        };
        let row_response = ui
            .interact(rect, ui.scope_id().with((spec.id, "row", i)), sense)
            .on_hover_text(row.tooltip);
        row_response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &name));
        if spec.clickable && row_response.hovered() {
            ui.painter().rect_filled(
                rect,
                3.0,
                ui.visuals().widgets.hovered.bg_fill.gamma_multiply(0.25),
            );
        }
        if row_response.clicked() {
            clicked = Some(row.key);
        }
    }
    clicked
}
