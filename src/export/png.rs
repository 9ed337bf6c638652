//! The chart on screen as a PNG, drawn from the same vector layout as the exports and rendered
//! by resvg at twice the screen's pixel density.

use resvg::{tiny_skia, usvg};

use super::ExportError;
use super::drawing::{self, Metrics};
use crate::view_model::chart::ChartSpec;

/// `chart` as PNG bytes: laid out `width` points wide with text at `text_size` points (as on
/// screen), then rendered at `scale` pixels per point.
///
/// # Errors
/// When the image cannot be made (too large, or the encoder fails).
pub fn chart_png(
    chart: &ChartSpec,
    width: f32,
    text_size: f32,
    scale: f32,
    m: &Metrics,
) -> Result<Vec<u8>, ExportError> {
    let d = drawing::captioned(chart, width, text_size, m);
    drawing_png(&d, &chart.title, scale)
}

/// A laid-out drawing as PNG bytes, on white, at `scale` pixels per point; `title` names the
/// picture inside its SVG.
///
/// # Errors
/// When the image cannot be made (too large, or the encoder fails).
pub fn drawing_png(d: &drawing::Drawing, title: &str, scale: f32) -> Result<Vec<u8>, ExportError> {
    let svg = drawing::svg(d, title, 1.0);
    let mut options = usvg::Options {
        font_family: "PT Sans".to_owned(),
        ..usvg::Options::default()
    };
    options
        .fontdb_mut()
        .load_font_data(crate::style::REGULAR_FONT.to_vec());
    options
        .fontdb_mut()
        .load_font_data(crate::style::BOLD_FONT.to_vec());
    options
        .fontdb_mut()
        .load_font_data(crate::style::SYMBOLS_FONT.to_vec());
    options
        .fontdb_mut()
        .load_font_data(crate::style::SYMBOLS_BOLD_FONT.to_vec());
    let tree =
        usvg::Tree::from_str(&svg, &options).map_err(|e| ExportError::Image(e.to_string()))?;
    let size = tree
        .size()
        .to_int_size()
        .scale_by(scale)
        .ok_or_else(|| ExportError::Image("the chart is too large".to_owned()))?;
    let mut pixmap = tiny_skia::Pixmap::new(size.width(), size.height())
        .ok_or_else(|| ExportError::Image("the chart is too large".to_owned()))?;
    pixmap.fill(tiny_skia::Color::WHITE);
    resvg::render(
        &tree,
        tiny_skia::Transform::from_scale(scale, scale),
        &mut pixmap.as_mut(),
    );
    pixmap
        .encode_png()
        .map_err(|e| ExportError::Image(e.to_string()))
}
