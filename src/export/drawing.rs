//! Charts as vector drawings: a chart is laid out once into rectangles, lines and text (in
//! points, measured with PT Sans), then written as SVG (HTML, PNG) or as PDF paths.

use skrifa::charmap::Charmap;
use skrifa::instance::{LocationRef, Size};
use skrifa::metrics::GlyphMetrics;
use skrifa::raw::TableProvider as _;
use skrifa::{FontRef, MetadataProvider as _};

use crate::style::{self, Palette, Rgb, text_on};
use crate::view_model::chart::{ChartBar, ChartSpec};

pub use super::svg::{escape, svg};

/// Where a text's x coordinate is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    /// Its left end.
    Start,
    /// Its middle.
    Middle,
    /// Its right end.
    End,
}

/// One thing drawn. Coordinates are points from the top left; text `y` is the baseline.
#[derive(Clone, Debug, PartialEq)]
pub enum Shape {
    /// A filled rectangle.
    Rect {
        /// Left.
        x: f32,
        /// Top.
        y: f32,
        /// Width.
        width: f32,
        /// Height.
        height: f32,
        /// Fill.
        fill: Rgb,
    },
    /// A straight line.
    Line {
        /// Start.
        from: (f32, f32),
        /// End.
        to: (f32, f32),
        /// Colour.
        color: Rgb,
        /// Width in points.
        width: f32,
        /// Dashed or solid.
        dashed: bool,
    },
    /// A line of text.
    Text {
        /// Anchor position.
        x: f32,
        /// Baseline.
        y: f32,
        /// The text.
        text: String,
        /// Size in points.
        size: f32,
        /// Bold face.
        bold: bool,
        /// Colour.
        color: Rgb,
        /// What `x` refers to.
        anchor: Anchor,
    },
}

/// A drawing: its size and its shapes.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Drawing {
    /// Width in points.
    pub width: f32,
    /// Height in points.
    pub height: f32,
    /// What is drawn, back to front.
    pub shapes: Vec<Shape>,
}

struct Face {
    charmap: Charmap<'static>,
    glyphs: GlyphMetrics<'static>,
    units_per_em: f32,
}

impl Face {
    fn new(data: &'static [u8]) -> Option<Self> {
        let font = FontRef::new(data).ok()?;
        let units_per_em = f32::from(font.head().ok()?.units_per_em());
        Some(Self {
            charmap: font.charmap(),
            glyphs: font.glyph_metrics(Size::unscaled(), LocationRef::default()),
            units_per_em,
        })
    }

    /// The advance of `c` in ems, if the face has it.
    fn advance(&self, c: char) -> Option<f32> {
        self.charmap
            .map(c)
            .and_then(|g| self.glyphs.advance_width(g))
            .map(|w| w / self.units_per_em)
    }
}

/// A face and the face its missing characters fall back to.
struct Faces {
    main: Option<Face>,
    symbols: Option<Face>,
}

impl Faces {
    fn width(&self, text: &str, size: f32) -> f32 {
        let ems: f32 = text
            .chars()
            .map(|c| {
                self.main
                    .as_ref()
                    .and_then(|f| f.advance(c))
                    .or_else(|| self.symbols.as_ref().and_then(|f| f.advance(c)))
                    // A character neither face has: about half an em.
                    .unwrap_or(0.5)
            })
            .sum();
        ems * size
    }

    fn has(&self, c: char) -> bool {
        self.main
            .as_ref()
            .is_none_or(|f| f.charmap.map(c).is_some())
    }
}

/// Text widths in PT Sans, regular and bold, with the symbols face behind each.
pub struct Metrics {
    regular: Faces,
    bold: Faces,
}

impl Default for Metrics {
    fn default() -> Self {
        Self {
            regular: Faces {
                main: Face::new(style::REGULAR_FONT),
                symbols: Face::new(style::SYMBOLS_FONT),
            },
            bold: Faces {
                main: Face::new(style::BOLD_FONT),
                symbols: Face::new(style::SYMBOLS_BOLD_FONT),
            },
        }
    }
}

impl Metrics {
    /// The width of `text` at `size` points.
    pub fn width(&self, text: &str, size: f32, bold: bool) -> f32 {
        let faces = if bold { &self.bold } else { &self.regular };
        faces.width(text, size)
    }

    /// `text` cut into runs each drawn by one face: `(run, false)` by PT Sans, `(run, true)` by
    /// the symbols face behind it.
    pub fn runs<'t>(&self, text: &'t str, bold: bool) -> Vec<(&'t str, bool)> {
        let faces = if bold { &self.bold } else { &self.regular };
        let mut runs: Vec<(&'t str, bool)> = Vec::new();
        let mut start = 0;
        let mut current: Option<bool> = None;
        for (i, c) in text.char_indices() {
            let symbol = !faces.has(c);
            match current {
                Some(s) if s != symbol => {
                    runs.push((&text[start..i], s));
                    start = i;
                }
                _ => {}
            }
            current = Some(symbol);
        }
        if let Some(s) = current {
            runs.push((&text[start..], s));
        }
        runs
    }

    /// `text` broken into lines no wider than `width`, at word boundaries; a word longer than
    /// the line is cut between letters. Line breaks in the text are kept.
    pub fn wrap(&self, text: &str, size: f32, bold: bool, width: f32) -> Vec<String> {
        let mut lines = Vec::new();
        for paragraph in text.split('\n') {
            let mut line = String::new();
            let words = paragraph
                .split(' ')
                .flat_map(|w| self.cut_word(w, size, bold, width));
            for word in words {
                let candidate = if line.is_empty() {
                    word.clone()
                } else {
                    format!("{line} {word}")
                };
                if !line.is_empty() && self.width(&candidate, size, bold) > width {
                    lines.push(std::mem::replace(&mut line, word));
                } else {
                    line = candidate;
                }
            }
            lines.push(line);
        }
        lines
    }

    /// `word` in pieces no wider than `width` (itself when it fits).
    fn cut_word(&self, word: &str, size: f32, bold: bool, width: f32) -> Vec<String> {
        if self.width(word, size, bold) <= width {
            return vec![word.to_owned()];
        }
        let mut pieces = vec![String::new()];
        for c in word.chars() {
            let last = pieces.len() - 1;
            let mut candidate = pieces[last].clone();
            candidate.push(c);
            if !pieces[last].is_empty() && self.width(&candidate, size, bold) > width {
                pieces.push(c.to_string());
            } else {
                pieces[last] = candidate;
            }
        }
        pieces
    }
}

/// The widest a row's name may be, as a share of the chart's width.
const NAME_SHARE: f32 = 0.4;

/// Charts are drawn on paper.
fn paper() -> Palette {
    Palette::paper()
}

/// The legend: a swatch per series (when there are several), then the reference line, on as
/// many lines as `width` needs. Returns its height.
fn legend(chart: &ChartSpec, width: f32, size: f32, m: &Metrics, shapes: &mut Vec<Shape>) -> f32 {
    if !chart.legend {
        return 0.0;
    }
    let line_height = size * 1.4;
    let mut x = 0.0;
    let mut baseline = size;
    // Each item: its key's width, then its words.
    let next_line_unless_fits = |x: &mut f32, baseline: &mut f32, item: f32| {
        if *x > 0.0 && *x + item > width {
            *x = 0.0;
            *baseline += line_height;
        }
    };
    if chart.series.len() > 1 {
        for s in &chart.series {
            let item = size * 1.2 + m.width(&s.name, size, false);
            next_line_unless_fits(&mut x, &mut baseline, item);
            shapes.push(Shape::Rect {
                x,
                y: baseline - size * 0.8,
                width: size * 0.9,
                height: size * 0.9,
                fill: paper().series(s.role),
            });
            shapes.push(text(
                x + size * 1.2,
                baseline,
                &s.name,
                size,
                paper().text,
                Anchor::Start,
            ));
            x += item + size * 1.2;
        }
    }
    if let Some(reference) = &chart.reference {
        let label = &reference.label;
        let item = size * 2.0 + m.width(label, size, false);
        next_line_unless_fits(&mut x, &mut baseline, item);
        shapes.push(Shape::Line {
            from: (x, baseline - size * 0.35),
            to: (x + size * 1.6, baseline - size * 0.35),
            color: paper().reference,
            width: 1.2,
            dashed: true,
        });
        shapes.push(text(
            x + size * 2.0,
            baseline,
            label,
            size,
            paper().text,
            Anchor::Start,
        ));
    }
    baseline + size * 0.8
}

/// Lays out `chart` `width` points wide, text at `size` points.
pub fn chart(chart: &ChartSpec, width: f32, size: f32, m: &Metrics) -> Drawing {
    chart_spaced(chart, width, size, m, 1.0)
}

/// The chart with its rows `spacing` times as tall as on screen: paper packs them closer
/// (0.85), since nothing there is pointed at.
pub fn chart_spaced(
    chart: &ChartSpec,
    width: f32,
    size: f32,
    m: &Metrics,
    spacing: f32,
) -> Drawing {
    let mut shapes = Vec::new();
    let mut y = legend(chart, width, size, m, &mut shapes);
    let per_row = chart
        .rows
        .iter()
        .map(|r| r.bars.len())
        .max()
        .unwrap_or(1)
        .max(1);
    // Grouped bars are thinner, so a row of three stays compact.
    // Grouped bars are not drawn closer: each carries its own label.
    let spacing = if per_row > 1 { 1.0 } else { spacing };
    let bar_height = if per_row > 1 {
        size * 0.95
    } else {
        size * 1.25
    } * spacing;
    let row_height = bar_height * per_row as f32 + size * 0.45 * spacing;
    // Names wider than two fifths of the chart lose the words every row shares, then their
    // middle; the table in the appendix and the figure's words keep them whole.
    let shared = crate::wording::shared_start(chart.rows.iter().map(|r| r.name.as_str()));
    // A chart of a few long labels ("Привлечены к уголовной ответственности") gives them more.
    let name_share = if chart.rows.len() <= 4 {
        NAME_SHARE * 1.5
    } else {
        NAME_SHARE
    };
    let names: Vec<String> = chart
        .rows
        .iter()
        .map(|r| {
            crate::wording::shortened(&r.name, shared, width * name_share, |t| {
                m.width(t, size, false)
            })
        })
        .collect();
    let name_width = names
        .iter()
        .map(|n| m.width(n, size, false))
        .fold(0.0, f32::max)
        + size * 0.8;
    let label_width = chart
        .rows
        .iter()
        .flat_map(|r| &r.bars)
        .map(|b| m.width(&b.end_label, size, false))
        .fold(0.0, f32::max)
        + size * 0.8;
    let plot_x = name_width;
    let plot_width = (width - name_width - label_width).max(size * 4.0);
    let reference = chart.reference.as_ref().map(|r| r.value);
    let max = chart.max_value.max(reference.unwrap_or(0.0));
    let scale = if max > 0.0 {
        plot_width / max as f32
    } else {
        0.0
    };
    let top = y;
    for (row, name) in chart.rows.iter().zip(&names) {
        let center = y + row_height / 2.0;
        shapes.push(text(
            plot_x - size * 0.5,
            center + size * 0.35,
            name,
            size,
            paper().text,
            Anchor::End,
        ));
        let first = center - bar_height * per_row as f32 / 2.0;
        for (j, bar) in row.bars.iter().enumerate() {
            let place = BarPlace {
                x: plot_x,
                top: first + bar_height * j as f32,
                height: bar_height,
                scale,
                reference: reference.map(|r| plot_x + r as f32 * scale),
            };
            bar_shapes(chart, bar, &place, size, m, &mut shapes);
        }
        y += row_height;
    }
    if let Some(r) = reference {
        let x = plot_x + r as f32 * scale;
        // Behind the bars: first in the list.
        shapes.insert(
            0,
            Shape::Line {
                from: (x, top),
                to: (x, y),
                color: paper().reference,
                width: 1.2,
                dashed: true,
            },
        );
    }
    Drawing {
        width,
        height: y,
        shapes,
    }
}

/// The chart with its title, subtitle and context above and its small print below, on white,
/// with a margin: a picture that stands on its own.
pub fn captioned(c: &ChartSpec, width: f32, size: f32, m: &Metrics) -> Drawing {
    let pad = size;
    let inner = width - 2.0 * pad;
    let mut shapes = vec![Shape::Rect {
        x: 0.0,
        y: 0.0,
        width,
        height: 0.0,
        fill: paper().background,
    }];
    let mut y = pad;
    let line = |shapes: &mut Vec<Shape>, y: &mut f32, s: &str, size: f32, bold: bool, color| {
        for l in m.wrap(s, size, bold, inner) {
            *y += size * 1.25;
            shapes.push(Shape::Text {
                x: pad,
                y: *y - size * 0.25,
                text: l,
                size,
                bold,
                color,
                anchor: Anchor::Start,
            });
        }
    };
    line(
        &mut shapes,
        &mut y,
        &c.title,
        size * 1.35,
        true,
        paper().text,
    );
    if !c.subtitle.is_empty() {
        line(&mut shapes, &mut y, &c.subtitle, size, false, paper().muted);
    }
    if let Some(info) = &c.info {
        line(&mut shapes, &mut y, info, size, false, paper().text);
    }
    y += size * 0.6;
    let body = chart(c, inner, size, m);
    shapes.extend(body.shapes.into_iter().map(|s| s.offset(pad, y)));
    y += body.height + size * 0.4;
    for footer in c.remarks.iter().chain(&c.footer) {
        line(
            &mut shapes,
            &mut y,
            footer,
            size * 0.85,
            false,
            paper().muted,
        );
    }
    let height = y + pad;
    if let Some(Shape::Rect { height: h, .. }) = shapes.first_mut() {
        *h = height;
    }
    Drawing {
        width,
        height,
        shapes,
    }
}

impl Shape {
    /// The same shape moved by (`dx`, `dy`).
    #[must_use]
    pub fn offset(self, dx: f32, dy: f32) -> Self {
        match self {
            Self::Rect {
                x,
                y,
                width,
                height,
                fill,
            } => Self::Rect {
                x: x + dx,
                y: y + dy,
                width,
                height,
                fill,
            },
            Self::Line {
                from,
                to,
                color,
                width,
                dashed,
            } => Self::Line {
                from: (from.0 + dx, from.1 + dy),
                to: (to.0 + dx, to.1 + dy),
                color,
                width,
                dashed,
            },
            Self::Text {
                x,
                y,
                text,
                size,
                bold,
                color,
                anchor,
            } => Self::Text {
                x: x + dx,
                y: y + dy,
                text,
                size,
                bold,
                color,
                anchor,
            },
        }
    }
}

/// Where a bar goes: the plot's left edge, the bar's top and height, points per unit, and the
/// reference line's x if any.
struct BarPlace {
    x: f32,
    top: f32,
    height: f32,
    scale: f32,
    reference: Option<f32>,
}

/// One bar: its stacked segments, labels inside those wide enough, the value after its end.
fn bar_shapes(
    chart: &ChartSpec,
    bar: &ChartBar,
    place: &BarPlace,
    size: f32,
    m: &Metrics,
    shapes: &mut Vec<Shape>,
) {
    let mut base = 0.0_f32;
    for segment in &bar.segments {
        let Some(series) = chart.series.get(segment.series) else {
            continue;
        };
        let fill = paper().series(series.role);
        let length = segment.value as f32 * place.scale;
        if length > 0.0 {
            shapes.push(Shape::Rect {
                x: place.x + base,
                y: place.top + place.height * 0.06,
                width: length,
                height: place.height * 0.88,
                fill,
            });
        }
        if !segment.label.is_empty() && length > m.width(&segment.label, size, false) + size {
            shapes.push(text(
                place.x + base + length / 2.0,
                place.top + place.height / 2.0 + size * 0.35,
                &segment.label,
                size,
                text_on(fill),
                Anchor::Middle,
            ));
        }
        base += length;
    }
    if !bar.end_label.is_empty() {
        // A label the reference line would cross moves to the line's right.
        let mut x = place.x + base + size * 0.3;
        let label = m.width(&bar.end_label, size, false);
        if let Some(line) = place.reference
            && line > x - 1.0
            && line < x + label + 1.0
        {
            x = line + size * 0.3;
        }
        shapes.push(text(
            x,
            place.top + place.height / 2.0 + size * 0.35,
            &bar.end_label,
            size,
            paper().text,
            Anchor::Start,
        ));
    }
}

fn text(x: f32, y: f32, s: &str, size: f32, color: Rgb, anchor: Anchor) -> Shape {
    Shape::Text {
        x,
        y,
        text: s.to_owned(),
        size,
        bold: false,
        color,
        anchor,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widths_come_from_the_font() {
        let m = Metrics::default();
        let narrow = m.width("iiii", 10.0, false);
        let wide = m.width("ЖЖЖЖ", 10.0, false);
        assert!(narrow > 0.0 && wide > narrow * 2.0, "{narrow} {wide}");
        assert!(m.width("Ақкөл", 10.0, true) > m.width("Ақкөл", 10.0, false));
        assert!((m.width("abc", 20.0, false) - 2.0 * m.width("abc", 10.0, false)).abs() < 0.01);
    }

    #[test]
    fn wrapping_keeps_words_whole_and_lines_short() {
        let m = Metrics::default();
        let text = "Вместо разовых акций нужна системная работа: научить хотя бы одного члена";
        let lines = m.wrap(text, 10.0, false, 120.0);
        assert!(lines.len() > 2);
        assert_eq!(lines.join(" "), text);
        for line in &lines {
            assert!(m.width(line, 10.0, false) <= 120.0 || !line.contains(' '));
        }
        assert_eq!(m.wrap("a\nb", 10.0, false, 500.0), ["a", "b"]);
    }

    #[test]
    fn a_word_longer_than_the_line_is_cut_between_letters() {
        let m = Metrics::default();
        let word = "Енбекшильдерскийрайонсдлиннымназванием";
        let lines = m.wrap(&format!("1 {word}"), 10.0, false, 60.0);
        assert!(lines.len() > 2, "{lines:?}");
        for line in &lines {
            assert!(m.width(line, 10.0, false) <= 60.0, "{line}");
        }
        assert_eq!(lines.concat().replace(' ', ""), format!("1{word}"));
    }
}
