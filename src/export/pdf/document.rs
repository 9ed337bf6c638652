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

use std::num::NonZeroU16;

use krilla::SerializeSettings;
use krilla::configure::{Accessibility, ConfigurationBuilder};
use krilla::tagging::{
    Artifact, ArtifactType, ContentTag, Identifier, ListNumbering, SpanTag, TableHeaderScope, Tag,
    TagGroup, TagKind, TagTree,
};

use super::layout::layout;
use super::{
    Laid, MARGIN_BOTTOM, MARGIN_X, Mark, Node, PAGE_HEIGHT, PAGE_WIDTH, Placed, Role, SMALL, ink,
};
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

/// Renders the pack as PDF bytes: tagged, and declared PDF/UA-1 when it passes krilla's
/// checks for it (a dataset with a character no embedded font has does not; that pack is
/// still written, tagged, without the claim).
///
/// # Errors
/// When the fonts cannot be read or the PDF cannot be written.
pub fn render(p: &Pack, m: &Metrics) -> Result<Vec<u8>, ExportError> {
    let laid = || layout(p, m);
    match write(p, None, &laid, m, true) {
        Err(ExportError::Pdf(_)) => write(p, None, &laid, m, false),
        done => done,
    }
}

/// Renders `first` and its translation `second` as one PDF, paired section by section.
///
/// # Errors
/// As [`render`].
pub fn render_paired(first: &Pack, second: &Pack, m: &Metrics) -> Result<Vec<u8>, ExportError> {
    let laid = || super::paired::layout_paired(first, second, m);
    match write(first, Some(second), &laid, m, true) {
        Err(ExportError::Pdf(_)) => write(first, Some(second), &laid, m, false),
        done => done,
    }
}

fn write(
    p: &Pack,
    second: Option<&Pack>,
    laid: &dyn Fn() -> Laid,
    m: &Metrics,
    accessible: bool,
) -> Result<Vec<u8>, ExportError> {
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
    let Laid {
        pages,
        nodes,
        marks,
    } = laid();
    let count = pages.len();
    let mut document = if accessible {
        let configuration = ConfigurationBuilder::new()
            .with_accessibility_validator(Accessibility::UA1)
            .finish()
            .map_err(|e| ExportError::Pdf(format!("{e:?}")))?;
        Document::new_with(SerializeSettings {
            configuration,
            ..SerializeSettings::default()
        })
    } else {
        Document::new()
    };
    document.set_metadata(metadata(p, second));
    document.set_outline(outline(&marks, count));
    let settings = PageSettings::from_wh(PAGE_WIDTH, PAGE_HEIGHT)
        .ok_or_else(|| ExportError::Pdf("bad page size".to_owned()))?;
    let mut content: Vec<Vec<Identifier>> = vec![Vec::new(); nodes.len()];
    for (i, placed) in pages.iter().enumerate() {
        let mut page = document.start_page_with(settings.clone());
        let mut surface = page.surface();
        for Placed { shape, node } in placed {
            let tag = match (node.and_then(|n| nodes.get(n)), shape) {
                (None, _) => ContentTag::Artifact(Artifact::with_kind(ArtifactType::Layout)),
                (
                    Some(Node {
                        role: Role::Figure(_),
                        ..
                    }),
                    _,
                )
                | (Some(_), Shape::Rect { .. } | Shape::Line { .. }) => ContentTag::Other,
                (Some(_), Shape::Text { .. }) => ContentTag::Span(SpanTag::empty()),
            };
            let id = surface.start_tagged(tag);
            draw(&mut surface, shape, &fonts, m);
            surface.end_tagged();
            if let Some(list) = node.and_then(|n| content.get_mut(n)) {
                list.push(id);
            }
        }
        // The footer, on every page but the cover: the region, and the page number.
        if i > 0 {
            let y = PAGE_HEIGHT - MARGIN_BOTTOM / 2.0;
            let footer = [
                (MARGIN_X, p.region.clone(), Anchor::Start),
                (
                    PAGE_WIDTH - MARGIN_X,
                    format!("{} {} / {count}", p.labels.page, i + 1),
                    Anchor::End,
                ),
            ];
            for (x, text, anchor) in footer {
                surface.start_tagged(ContentTag::Artifact(Artifact::with_kind(
                    ArtifactType::Footer,
                )));
                let shape = Shape::Text {
                    x,
                    y,
                    text,
                    size: SMALL,
                    bold: false,
                    color: ink().muted,
                    anchor,
                };
                draw(&mut surface, &shape, &fonts, m);
                surface.end_tagged();
            }
        }
        surface.finish();
        page.finish();
    }
    document.set_tag_tree(tag_tree(&nodes, content, p.lang.code()));
    document
        .finish()
        .map_err(|e| ExportError::Pdf(format!("{e:?}")))
}

/// The title, author (the region), subject (the meeting), language and creation date.
fn metadata(p: &Pack, second: Option<&Pack>) -> Metadata {
    let title = match second {
        Some(q) => format!("{} / {}", p.title, q.title),
        None => p.title.clone(),
    };
    let mut metadata = Metadata::new()
        .title(title)
        .language(p.lang.code().to_owned())
        .authors(vec![p.region.clone()])
        .creator("BriefDesk".to_owned());
    if let Some(subject) = p.meeting.first() {
        metadata = metadata.description(subject.clone());
    }
    if let Some(date) = creation_date(&p.exported_at) {
        metadata = metadata.creation_date(date);
    }
    metadata
}

/// The structure tree: each node a tag group holding its children, or, for a leaf, the
/// content drawn for it, in reading order.
fn tag_tree(nodes: &[Node], mut content: Vec<Vec<Identifier>>, lang: &str) -> TagTree {
    let mut children: Vec<Vec<usize>> = vec![Vec::new(); nodes.len()];
    let mut roots = Vec::new();
    for (i, node) in nodes.iter().enumerate() {
        match node.parent {
            Some(parent) if parent < i => children[parent].push(i),
            _ => roots.push(i),
        }
    }
    // Children come after their parents, so building from the last node back finds every
    // child's group already made.
    let mut groups: Vec<Option<TagGroup>> = (0..nodes.len()).map(|_| None).collect();
    for i in (0..nodes.len()).rev() {
        let mut group = TagGroup::new(tag(&nodes[i].role));
        for child in &children[i] {
            if let Some(g) = groups[*child].take() {
                group.push(g);
            }
        }
        for id in std::mem::take(&mut content[i]) {
            group.push(id);
        }
        groups[i] = Some(group);
    }
    let mut tree = TagTree::new().with_lang(Some(lang.to_owned()));
    for root in roots {
        if let Some(g) = groups[root].take() {
            tree.push(g);
        }
    }
    tree
}

fn tag(role: &Role) -> TagKind {
    match role {
        Role::Heading(level, text) => Tag::Hn(
            NonZeroU16::new(u16::from(*level).max(1)).unwrap_or(NonZeroU16::MIN),
            Some(text.clone()),
        )
        .into(),
        Role::Paragraph => Tag::P.into(),
        Role::Part(lang) => Tag::Section.with_lang(Some(lang.clone())).into(),
        Role::Figure(alt) => Tag::Figure(Some(alt.clone())).into(),
        Role::Table => Tag::Table.into(),
        Role::Row => Tag::TR.into(),
        Role::HeaderCell => Tag::TH(TableHeaderScope::Column).into(),
        Role::Cell => Tag::TD.into(),
        Role::List => Tag::L(ListNumbering::Disc).into(),
        Role::Item => Tag::LI.into(),
        Role::Label => Tag::Lbl.into(),
        Role::Body => Tag::LBody.into(),
    }
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
