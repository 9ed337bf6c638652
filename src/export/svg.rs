//! A drawing as SVG: for the HTML pack and, rendered by resvg, the PNG of a chart.

use std::fmt::Write as _;

use super::drawing::{Anchor, Drawing, Shape};

/// Escapes text for XML and HTML.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The drawing as an SVG element. `title` is its accessible name. The HTML embeds the faces
/// the drawing was measured with, so its text keeps the widths it was laid out with.
pub fn svg(d: &Drawing, title: &str, scale: f32) -> String {
    let mut out = String::new();
    let _ = write!(
        out,
        r#"<svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 {w:.1} {h:.1}" width="{pw:.0}" height="{ph:.0}" font-family="'PT Sans', 'BriefDesk Symbols', 'Noto Sans', 'DejaVu Sans', Arial, sans-serif"><title>{t}</title>"#,
        w = d.width,
        h = d.height,
        pw = d.width * scale,
        ph = d.height * scale,
        t = escape(title),
    );
    for shape in &d.shapes {
        match shape {
            Shape::Rect {
                x,
                y,
                width,
                height,
                fill,
            } => {
                let _ = write!(
                    out,
                    r#"<rect x="{x:.1}" y="{y:.1}" width="{width:.1}" height="{height:.1}" fill="{}"/>"#,
                    fill.hex()
                );
            }
            Shape::Line {
                from,
                to,
                color,
                width,
                dashed,
            } => {
                let dash = if *dashed {
                    r#" stroke-dasharray="4 3""#
                } else {
                    ""
                };
                let _ = write!(
                    out,
                    r#"<line x1="{:.1}" y1="{:.1}" x2="{:.1}" y2="{:.1}" stroke="{}" stroke-width="{width:.1}"{dash}/>"#,
                    from.0,
                    from.1,
                    to.0,
                    to.1,
                    color.hex()
                );
            }
            Shape::Text {
                x,
                y,
                text,
                size,
                bold,
                color,
                anchor,
            } => {
                let anchor = match anchor {
                    Anchor::Start => "start",
                    Anchor::Middle => "middle",
                    Anchor::End => "end",
                };
                let weight = if *bold { r#" font-weight="bold""# } else { "" };
                let _ = write!(
                    out,
                    r#"<text x="{x:.1}" y="{y:.1}" font-size="{size:.1}" fill="{}" text-anchor="{anchor}"{weight}>{}</text>"#,
                    color.hex(),
                    escape(text)
                );
            }
        }
    }
    out.push_str("</svg>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping_covers_markup() {
        assert_eq!(
            escape(r#"<a href="x">&'"#),
            "&lt;a href=&quot;x&quot;&gt;&amp;&#39;"
        );
    }
}
