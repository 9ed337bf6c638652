//! The laid-out pack written as a PDF: fonts embedded (subset), shapes drawn, the footer on
//! every page, an outline (bookmarks) of its sections, and its metadata (title, author,
//! subject, language, creation date).

use krilla::Document;
use krilla::color::rgb;
use krilla::destination::XyzDestination;
use krilla::geom::{PathBuilder, Point, Rect};
use krilla::metadata::{DateTime, Metadata};
use krilla::num::NormalizedF32;
use krilla::outline::{Outline, OutlineNode};
use krilla::page::PageSettings;
use krilla::paint::{Fill, Stroke, StrokeDash};
use krilla::surface::Surface;
use krilla::text::{Font, TextDirection};

use super::{Laid, MARGIN_BOTTOM, MARGIN_X, Mark, PAGE_HEIGHT, PAGE_WIDTH, SMALL, ink, layout};
use crate::export::ExportError;
use crate::export::drawing::{Anchor, Metrics, Shape};
use crate::export::pack::Pack;
use crate::style::{self, Rgb};

fn color(c: Rgb) -> rgb::Color {
    rgb::Color::new(c.0, c.1, c.2)
}

fn fill(c: Rgb) -> Fill {
    Fill {
        paint: color(c).into(),
        opacity: NormalizedF32::ONE,
        rule: krilla::paint::FillRule::default(),
    }
}

struct Fonts {
    regular: Font,
    bold: Font,
    symbols: Font,
    symbols_bold: Font,
}

fn draw(surface: &mut Surface<'_>, shape: &Shape, fonts: &Fonts, m: &Metrics) {
    match shape {
        Shape::Rect {
            x,
            y,
            width,
            height,
            fill: c,
        } => {
            let Some(rect) = Rect::from_xywh(*x, *y, width.max(0.01), height.max(0.01)) else {
                return;
            };
            let mut builder = PathBuilder::new();
            builder.push_rect(rect);
            if let Some(path) = builder.finish() {
                surface.set_stroke(None);
                surface.set_fill(Some(fill(*c)));
                surface.draw_path(&path);
            }
        }
        Shape::Line {
            from,
            to,
            color: c,
            width,
            dashed,
        } => {
            let mut builder = PathBuilder::new();
            builder.move_to(from.0, from.1);
            builder.line_to(to.0, to.1);
            if let Some(path) = builder.finish() {
                surface.set_fill(None);
                surface.set_stroke(Some(Stroke {
                    paint: color(*c).into(),
                    width: *width,
                    dash: dashed.then(|| StrokeDash {
                        array: vec![4.0, 3.0],
                        offset: 0.0,
                    }),
                    ..Stroke::default()
                }));
                surface.draw_path(&path);
                surface.set_stroke(None);
            }
        }
        Shape::Text {
            x,
            y,
            text,
            size,
            bold,
            color: c,
            anchor,
        } => {
            if text.is_empty() {
                return;
            }
            let width = m.width(text, *size, *bold);
            let x = match anchor {
                Anchor::Start => *x,
                Anchor::Middle => x - width / 2.0,
                Anchor::End => x - width,
            };
            surface.set_stroke(None);
            surface.set_fill(Some(fill(*c)));
            // Each run in the face that has its characters: ₸ comes from the symbols face, and
            // stays in the text layer (searchable, copyable).
            let mut run_x = x;
            for (run, symbol) in m.runs(text, *bold) {
                let font = match (*bold, symbol) {
                    (false, false) => &fonts.regular,
                    (true, false) => &fonts.bold,
                    (false, true) => &fonts.symbols,
                    (true, true) => &fonts.symbols_bold,
                };
                surface.draw_text(
                    Point::from_xy(run_x, *y),
                    font.clone(),
                    *size,
                    run,
                    false,
                    TextDirection::Auto,
                );
                run_x += m.width(run, *size, *bold);
            }
        }
    }
}

/// Renders the pack as PDF bytes.
///
/// # Errors
/// When the fonts cannot be read or the PDF cannot be written.
pub fn render(p: &Pack, m: &Metrics) -> Result<Vec<u8>, ExportError> {
    let fonts = Fonts {
        regular: Font::new(style::REGULAR_FONT.into(), 0)
            .ok_or_else(|| ExportError::Pdf("PT Sans could not be read".to_owned()))?,
        bold: Font::new(style::BOLD_FONT.into(), 0)
            .ok_or_else(|| ExportError::Pdf("PT Sans Bold could not be read".to_owned()))?,
        symbols: Font::new(style::SYMBOLS_FONT.into(), 0)
            .ok_or_else(|| ExportError::Pdf("DejaVu Sans could not be read".to_owned()))?,
        symbols_bold: Font::new(style::SYMBOLS_BOLD_FONT.into(), 0)
            .ok_or_else(|| ExportError::Pdf("DejaVu Sans Bold could not be read".to_owned()))?,
    };
    let Laid { pages, marks } = layout(p, m);
    let count = pages.len();
    let mut document = Document::new();
    let mut metadata = Metadata::new()
        .title(p.title.clone())
        .language(p.lang.code().to_owned())
        .authors(vec![p.region.clone()])
        .creator("BriefDesk".to_owned());
    if let Some(subject) = p.meeting.first() {
        metadata = metadata.description(subject.clone());
    }
    if let Some(date) = creation_date(&p.exported_at) {
        metadata = metadata.creation_date(date);
    }
    document.set_metadata(metadata);
    document.set_outline(outline(&marks, count));
    let settings = PageSettings::from_wh(PAGE_WIDTH, PAGE_HEIGHT)
        .ok_or_else(|| ExportError::Pdf("bad page size".to_owned()))?;
    for (i, shapes) in pages.iter().enumerate() {
        let mut page = document.start_page_with(settings.clone());
        let mut surface = page.surface();
        for shape in shapes {
            draw(&mut surface, shape, &fonts, m);
        }
        // The footer: the briefing's title, and the page number.
        let y = PAGE_HEIGHT - MARGIN_BOTTOM / 2.0;
        let footer = [
            Shape::Text {
                x: MARGIN_X,
                y,
                text: p.region.clone(),
                size: SMALL,
                bold: false,
                color: ink().muted,
                anchor: Anchor::Start,
            },
            Shape::Text {
                x: PAGE_WIDTH - MARGIN_X,
                y,
                text: format!("{} {} / {count}", p.labels.page, i + 1),
                size: SMALL,
                bold: false,
                color: ink().muted,
                anchor: Anchor::End,
            },
        ];
        // The cover has no footer: its colophon is at its foot instead.
        for shape in footer.iter().filter(|_| i > 0) {
            draw(&mut surface, shape, &fonts, m);
        }
        surface.finish();
        page.finish();
    }
    document
        .finish()
        .map_err(|e| ExportError::Pdf(format!("{e:?}")))
}

/// The outline: each section, with the charts, recommendations and groups inside it.
fn outline(marks: &[Mark], pages: usize) -> Outline {
    let node = |m: &Mark| {
        let page = m.page.min(pages.saturating_sub(1));
        OutlineNode::new(
            m.text.clone(),
            XyzDestination::new(page, Point::from_xy(0.0, (m.y - 4.0).max(0.0))),
        )
    };
    let mut outline = Outline::new();
    let mut section: Option<OutlineNode> = None;
    for mark in marks {
        if mark.level <= 1 {
            if let Some(done) = section.take() {
                outline.push_child(done);
            }
            section = Some(node(mark));
        } else if let Some(open) = section.as_mut() {
            open.push_child(node(mark));
        } else {
            outline.push_child(node(mark));
        }
    }
    if let Some(done) = section {
        outline.push_child(done);
    }
    outline
}

/// The export time as written on the pack (`2026-12-06 03:10 +05:00`) as a PDF date.
fn creation_date(text: &str) -> Option<DateTime> {
    let (date, rest) = text.trim().split_once(' ')?;
    let (time, zone) = rest.split_once(' ').unwrap_or((rest, "+00:00"));
    let mut d = date.split('-').map(str::parse::<u16>);
    let (year, month, day) = (d.next()?.ok()?, d.next()?.ok()?, d.next()?.ok()?);
    let (hour, minute) = time.split_once(':')?;
    let sign: i8 = if zone.starts_with('-') { -1 } else { 1 };
    let (zh, zm) = zone.trim_start_matches(['+', '-']).split_once(':')?;
    Some(
        DateTime::new(year)
            .month(u8::try_from(month).ok()?)
            .day(u8::try_from(day).ok()?)
            .hour(hour.parse().ok()?)
            .minute(minute.parse().ok()?)
            .utc_offset_hour(sign * zh.parse::<i8>().ok()?)
            .utc_offset_minute(zm.parse().ok()?),
    )
}
