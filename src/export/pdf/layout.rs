//! What goes where in the PDF: the cover; "In brief" (the summary and the key figures as
//! tiles); the charts, the illustrative ones together under a band; the recommendations; and
//! the appendix (every district's numbers, the districts' particulars, the sources and the
//! checking remarks).

use super::{BODY, FOOT, Flow, H3, LINE, Laid, MARGIN_TOP, MARGIN_X, Role, SMALL, WIDTH, ink};
use crate::export::drawing::{self, Metrics, Shape};
use crate::export::pack::{Pack, PackFigure, PackRecommendation, PackSection};
use crate::export::paper;
use crate::view_model::chart::ChartSpec;

/// Lays the pack out into pages of shapes.
pub(super) fn layout(p: &Pack, m: &Metrics) -> Laid {
    let mut f = Flow::new(m);
    super::cover::cover(&mut f, &[p]);
    brief(&mut f, p);
    charts(&mut f, &[p]);
    recommendations(&mut f, p);
    appendix(&mut f, p);
    Laid {
        pages: f.pages,
        nodes: f.nodes,
        marks: f.marks,
    }
}

/// "In brief": the summary, then the key figures as tiles, then the statements about no
/// figure and the places named.
pub(super) fn brief(f: &mut Flow<'_>, p: &Pack) {
    let l = &p.labels;
    f.section(&l.summary, true, 0.0);
    let summary: Vec<(String, String)> = p
        .summary
        .iter()
        .map(|s| ("•".to_owned(), s.clone()))
        .collect();
    f.list(&summary, BODY, ink().text, 0.0);
    if !p.figures.is_empty() {
        f.space(10.0);
        f.heading(&l.key_figures, H3, 3, 90.0, Some(2));
        f.space(4.0);
        tiles(f, &p.figures, p.figures_source.is_none());
        if let Some(source) = &p.figures_source {
            let line = crate::i18n::tr_args(
                p.lang,
                "export-all-sources",
                &[("source", crate::i18n::Arg::Text(source))],
            );
            f.paragraph(&line, SMALL, false, ink().muted, 0.0);
        }
    }
    for s in &p.sections {
        items(f, s);
    }
}

const TILE_COLUMNS: usize = 3;
const TILE_GAP: f32 = 10.0;
const TILE_PAD: f32 = 7.0;
/// The size of a tile's value.
const TILE_VALUE: f32 = 17.0;

/// A tile's lines: (lines, size, bold, colour), top to bottom.
type Block = (Vec<String>, f32, bool, crate::style::Rgb);

fn tile_blocks(f: &Flow<'_>, t: &PackFigure, width: f32, with_source: bool) -> Vec<Block> {
    let wrap = |text: &str, size: f32, bold: bool| f.m.wrap(text, size, bold, width);
    let mut value = t.value.clone();
    if t.illustrative {
        value.push_str(crate::view_model::ILLUSTRATIVE_MARK);
    }
    // The value on one line: smaller when it is long ("4 000 000-нан астам"), as it is held
    // together by non-breaking spaces.
    let size = (TILE_VALUE * width * 0.98 / f.m.width(&value, TILE_VALUE, true).max(1.0))
        .clamp(11.0, TILE_VALUE);
    let mut blocks: Vec<Block> = vec![
        (wrap(&value, size, true), size, true, ink().text),
        (
            wrap(&t.label, SMALL + 0.5, true),
            SMALL + 0.5,
            true,
            ink().text,
        ),
    ];
    if !t.when.is_empty() {
        blocks.push((
            wrap(&t.when, SMALL - 1.0, false),
            SMALL - 1.0,
            false,
            ink().muted,
        ));
    }
    if let Some(quote) = &t.quote {
        let quote = crate::wording::typeset(quote);
        blocks.push((wrap(&quote, SMALL, false), SMALL, false, ink().text));
    }
    if let Some(by) = &t.said_by {
        let by = format!("—\u{a0}{by}");
        blocks.push((
            wrap(&by, SMALL - 1.0, false),
            SMALL - 1.0,
            false,
            ink().muted,
        ));
    }
    for caveat in &t.caveats {
        blocks.push((
            wrap(caveat, SMALL - 1.0, false),
            SMALL - 1.0,
            false,
            ink().illustrative,
        ));
    }
    if with_source {
        blocks.push((
            wrap(&t.source, SMALL - 1.5, false),
            SMALL - 1.5,
            false,
            ink().muted,
        ));
    }
    blocks
}

fn blocks_height(blocks: &[Block]) -> f32 {
    blocks
        .iter()
        .map(|(lines, size, _, _)| lines.len() as f32 * size * LINE + 3.0)
        .sum()
}

/// The key figures, three to a row: value, what it counts, when, the words and who said them,
/// the caveats.
fn tiles(f: &mut Flow<'_>, figures: &[PackFigure], with_source: bool) {
    let width = (WIDTH - TILE_GAP * (TILE_COLUMNS - 1) as f32) / TILE_COLUMNS as f32;
    for row in figures.chunks(TILE_COLUMNS) {
        let blocks: Vec<Vec<Block>> = row
            .iter()
            .map(|t| tile_blocks(f, t, width - 2.0 * TILE_PAD, with_source))
            .collect();
        let height = blocks.iter().map(|b| blocks_height(b)).fold(0.0, f32::max) + 2.0 * TILE_PAD;
        f.keep(height);
        let top = f.y;
        for (i, tile) in blocks.iter().enumerate() {
            let x = MARGIN_X + i as f32 * (width + TILE_GAP);
            f.decor(Shape::Rect {
                x,
                y: top,
                width,
                height,
                fill: ink().note_fill,
            });
            f.decor(Shape::Rect {
                x,
                y: top,
                width,
                height: 2.0,
                fill: ink().accent,
            });
            f.y = top + TILE_PAD;
            for (lines, size, bold, color) in tile {
                f.begin(Role::Paragraph);
                f.lines(lines, x + TILE_PAD - f.left, *size, *bold, *color);
                f.end();
                f.space(3.0);
            }
        }
        f.y = top + height + TILE_GAP;
    }
}

/// A chart as it is set: with the line of small print already said above it, and the
/// language it is in when the pack has two.
#[derive(Clone, Copy)]
pub(super) struct Placing<'c> {
    chart: &'c ChartSpec,
    said: Option<&'c str>,
    lang: Option<&'c str>,
}

/// The charts: the facts first, then the illustrative ones together under their own heading
/// with a band in the margin. With two packs (two languages), each chart stands beside its
/// translation.
pub(super) fn charts(f: &mut Flow<'_>, packs: &[&Pack]) {
    if packs.is_empty() {
        return;
    }
    let lang = |p: &Pack| (packs.len() > 1).then(|| p.lang.code());
    let placings = |illustrative: bool| -> Vec<Placing<'_>> {
        let per_pack: Vec<Vec<Placing<'_>>> = packs
            .iter()
            .map(|p| {
                p.charts
                    .iter()
                    .filter(|c| c.illustrative == illustrative)
                    .map(|chart| Placing {
                        chart,
                        said: p.illustrative_note.as_deref().filter(|_| illustrative),
                        lang: lang(p),
                    })
                    .collect()
            })
            .collect();
        let count = per_pack.iter().map(Vec::len).max().unwrap_or(0);
        (0..count)
            .flat_map(|i| per_pack.iter().filter_map(move |p| p.get(i).copied()))
            .collect()
    };
    let heading = |label: fn(&Pack) -> &String| {
        packs
            .iter()
            .map(|p| label(p).as_str())
            .collect::<Vec<_>>()
            .join(" / ")
    };
    let facts = placings(false);
    if !facts.is_empty() {
        let next = pair_height(f, &facts[..facts.len().min(packs.len())]).min(CHART_ROOM);
        f.section(&heading(|p| &p.labels.charts), false, next);
        pairs(f, &facts);
    }
    let illustrative = placings(true);
    if !illustrative.is_empty() {
        let next = pair_height(f, &illustrative[..illustrative.len().min(2)]);
        f.section(
            &heading(|p| &p.labels.illustrative_charts),
            false,
            next.min(CHART_ROOM) + BODY * LINE * 2.0 * packs.len() as f32,
        );
        f.begin_band();
        for p in packs {
            if let Some(note) = &p.illustrative_note {
                f.begin_lang(lang(p));
                f.paragraph(note, BODY, true, ink().illustrative, 0.0);
                f.end_lang(lang(p));
            }
        }
        f.space(6.0);
        pairs(f, &illustrative);
        f.end_band();
    }
}

/// Half the text width: a chart's width when two stand side by side.
pub(super) const HALF: f32 = (WIDTH - super::COLUMN_GAP) / 2.0;

/// Charts two to a row, each on its own scale: a district's name and its bars still read at
/// 8 points, and the pack stays short. A chart too tall for a page goes alone, full width,
/// cut between rows.
pub(super) fn pairs(f: &mut Flow<'_>, charts: &[Placing<'_>]) {
    let mut rest = charts;
    while let Some((first, after)) = rest.split_first() {
        let alone = chart_height(f, first.chart, HALF, first.said) > PAGE_ROOM;
        let second = after
            .first()
            .filter(|c| !alone && chart_height(f, c.chart, HALF, c.said) <= PAGE_ROOM);
        let Some(second) = second else {
            f.left = MARGIN_X;
            f.width = if alone || after.is_empty() {
                WIDTH
            } else {
                HALF
            };
            placed_chart(f, first);
            f.width = WIDTH;
            rest = after;
            continue;
        };
        let height = pair_height(f, &[*first, *second]);
        f.keep(height);
        let top = f.y;
        f.width = HALF;
        placed_chart(f, first);
        let left_bottom = f.y;
        f.y = top;
        f.left = MARGIN_X + HALF + super::COLUMN_GAP;
        placed_chart(f, second);
        f.y = f.y.max(left_bottom);
        f.left = MARGIN_X;
        f.width = WIDTH;
        rest = &after[1..];
    }
}

fn placed_chart(f: &mut Flow<'_>, p: &Placing<'_>) {
    f.begin_lang(p.lang);
    chart(f, p.chart, p.said);
    f.end_lang(p.lang);
}

/// The height of the taller of two charts side by side (or of one, full width).
pub(super) fn pair_height(f: &Flow<'_>, charts: &[Placing<'_>]) -> f32 {
    let width = if charts.len() > 1 { HALF } else { WIDTH };
    charts
        .iter()
        .map(|c| chart_height(f, c.chart, width, c.said))
        .fold(0.0, f32::max)
}

/// How tall [`chart`] sets `c` at `width`.
fn chart_height(f: &Flow<'_>, c: &ChartSpec, width: f32, said: Option<&str>) -> f32 {
    let lines = |text: &str, size: f32, bold: bool| {
        f.m.wrap(text, size, bold, width).len() as f32 * size * LINE
    };
    let mut height = lines(&c.title, H3, true) + 4.0 + 14.0;
    if !c.subtitle.is_empty() {
        height += lines(&c.subtitle, SMALL, false);
    }
    if let Some(info) = &c.info {
        height += lines(info, BODY, false);
    }
    height += drawing::chart_spaced(c, width, CHART_TEXT, f.m, ROW_SPACING).height + 6.0;
    for line in small_print(c, said) {
        height += lines(line, SMALL - 1.0, false);
    }
    height
}

/// A chart's remarks and sources, but for the line `said` already said once above.
fn small_print<'c>(c: &'c ChartSpec, said: Option<&'c str>) -> impl Iterator<Item = &'c String> {
    c.remarks
        .iter()
        .chain(&c.footer)
        .filter(move |l| said.is_none_or(|s| l.as_str() != s))
}

/// A chart under its heading: its period, its context, the bars, its remarks and sources.
/// `said` is a line of small print the page already says once.
fn chart(f: &mut Flow<'_>, c: &ChartSpec, said: Option<&str>) {
    let (width, m) = (f.width, f.m);
    let parts = paper::parts(c, CHART_ROOM, |part| {
        drawing::chart_spaced(part, width, CHART_TEXT, m, ROW_SPACING)
    });
    let first = parts.first().map_or(0.0, |(d, _)| d.height);
    let lines = 1.0 + f32::from(c.info.is_some());
    f.heading(&c.title, H3, 3, first + lines * BODY * LINE + 6.0, Some(2));
    if !c.subtitle.is_empty() {
        f.paragraph(&c.subtitle, SMALL, false, ink().muted, 0.0);
    }
    if let Some(info) = &c.info {
        f.paragraph(info, BODY, false, ink().text, 0.0);
    }
    f.space(4.0);
    for (part, rows) in &parts {
        let rows = c.rows.get(rows.clone()).unwrap_or(&[]);
        f.figure(part, &paper::in_words(c, &c.title, rows, usize::MAX));
    }
    for line in small_print(c, said) {
        f.paragraph(line, SMALL - 1.0, false, ink().muted, 0.0);
    }
    f.space(14.0);
}

/// The recommendations: the number hanging, the words as a heading, who made it, its status
/// (and owner and due date where set), its evidence and the note.
fn recommendations(f: &mut Flow<'_>, p: &Pack) {
    if p.recommendations.is_empty() {
        return;
    }
    f.section(
        &p.labels.recommendations,
        false,
        H3 * LINE * 3.0 + BODY * LINE * 4.0,
    );
    for r in &p.recommendations {
        recommendation(f, p, r);
    }
}

/// One recommendation of `p`.
pub(super) fn recommendation(f: &mut Flow<'_>, p: &Pack, r: &PackRecommendation) {
    let l = &p.labels;
    let number = format!("{}.", r.number);
    let hang = f.m.width("00.", H3, true) + 4.0;
    let lines = f.m.wrap(&r.text, H3, true, WIDTH - hang);
    f.keep(H3 * LINE * lines.len() as f32 + BODY * LINE * 4.0);
    f.marks.push(super::Mark {
        level: 2,
        text: crate::wording::folded(&format!("{number} {}", r.text), 90)
            .0
            .into_owned(),
        page: f.page_index(),
        y: f.y,
    });
    f.begin(Role::Heading(3, format!("{number} {}", r.text)));
    f.text_at(MARGIN_X, &number, H3, true, ink().accent);
    f.lines(&lines, hang, H3, true, ink().text);
    f.end();
    let mut by = Vec::new();
    by.extend(r.topic.clone());
    by.extend(r.by.clone());
    let mut status = vec![format!("{}: {}", l.status, r.status)];
    if r.owner != "—" {
        status.push(format!("{}: {}", l.owner, r.owner));
    }
    if r.due != "—" {
        status.push(format!("{}: {}", l.due, r.due));
    }
    by.push(status.join(" · "));
    f.paragraph(&by.join(" · "), SMALL + 0.5, false, ink().muted, hang);
    if !r.evidence.is_empty() {
        f.paragraph(
            &format!("{}:", l.evidence),
            SMALL + 0.5,
            false,
            ink().muted,
            hang,
        );
        let items: Vec<(String, String)> = r
            .evidence
            .iter()
            .map(|e| ("•".to_owned(), e.clone()))
            .collect();
        f.list(&items, SMALL + 0.5, ink().text, hang);
    }
    if !r.note.is_empty() {
        f.space(3.0);
        f.note(&l.note, &r.note);
    }
    f.space(10.0);
}

/// The appendix: every district's numbers, the districts' particulars, the sources and the
/// checking remarks.
pub(super) fn appendix(f: &mut Flow<'_>, p: &Pack) {
    let l = &p.labels;
    f.section(&l.appendix, false, 120.0);
    if !p.district_tables.is_empty() {
        f.heading(&l.district_data, H3, 3, 90.0, Some(2));
        for t in &p.district_tables {
            f.table(t);
        }
        if let Some(note) = &p.illustrative_note {
            f.paragraph(note, SMALL, false, ink().muted, 0.0);
        }
    }
    f.begin_columns();
    if let Some(d) = &p.districts {
        items(f, d);
    }
    f.space(8.0);
    f.heading(&l.sources, H3, 3, 40.0, Some(2));
    let sources: Vec<(String, String)> = p
        .sources
        .iter()
        .map(|s| {
            let mut text = s.text.clone();
            if s.illustrative {
                text = format!("{text} ({})", l.illustrative);
            }
            if let Some(url) = &s.url {
                text = format!("{text} {url}");
            }
            ("•".to_owned(), text)
        })
        .collect();
    f.list(&sources, SMALL + 0.5, ink().text, 0.0);
    f.space(8.0);
    f.heading(&l.warnings, H3, 3, 30.0, Some(2));
    if p.warnings.is_empty() {
        f.paragraph(&l.no_warnings, BODY, false, ink().text, 0.0);
    }
    let warnings: Vec<(String, String)> = p
        .warnings
        .iter()
        .map(|w| ("•".to_owned(), w.clone()))
        .collect();
    f.list(&warnings, SMALL + 0.5, ink().text, 0.0);
    f.end_columns();
}

/// A section of items: a heading, then each item's bold head with its lines under it.
fn items(f: &mut Flow<'_>, section: &PackSection) {
    f.space(8.0);
    f.heading(&section.title, H3, 3, BODY * 4.0, Some(2));
    for item in &section.items {
        f.keep(BODY * LINE * (1.0 + item.lines.len().min(2) as f32));
        f.paragraph(&item.head, SMALL + 1.0, true, ink().text, 0.0);
        for line in &item.lines {
            f.paragraph(line, SMALL + 0.5, false, ink().muted, 10.0);
        }
        f.space(3.0);
    }
}

/// The most a chart with its heading may take to stand beside another: a page.
const PAGE_ROOM: f32 = FOOT - MARGIN_TOP - 10.0;

/// Room for a chart on a page of its own: under a section heading and its note, and the
/// chart's own heading, period and context.
pub(super) const CHART_ROOM: f32 = FOOT - MARGIN_TOP - 150.0;

/// The size of a chart's text on paper.
const CHART_TEXT: f32 = 8.0;

/// How close a chart's rows stand on paper, against the screen.
const ROW_SPACING: f32 = 0.82;
