//! The layout's promises, checked on the shipped briefing and on 45 long Kazakh names: the
//! pack's length, no heading at a page's foot, no paragraph leaving one line alone, nothing
//! printed past its column or cell, and every drawn thing in the structure or an artifact.

use std::collections::BTreeMap;

use super::layout::layout;
use super::{Laid, MARGIN_X, Role, WIDTH};
use crate::export::drawing::{Anchor, Metrics, Shape};
use crate::export::{ExportInput, Pack, build};
use crate::i18n::Language;
use crate::model::Dataset;
use crate::view_model::Settings;

fn pack(dataset: &Dataset, language: Language) -> Pack {
    let notes = BTreeMap::new();
    let input = ExportInput {
        dataset,
        file_name: "akmola-2017.ron",
        sha256: "0",
        findings: &[],
        notes: &notes,
        settings: Settings {
            language,
            ..Settings::default()
        },
        exported_at: "2026-12-06 10:00 +05:00".to_owned(),
    };
    build(&input)
}

fn laid(dataset: &Dataset, language: Language) -> Laid {
    layout(&pack(dataset, language), &Metrics::default())
}

fn shipped() -> Dataset {
    crate::model::embedded().expect("embedded dataset").dataset
}

fn long_names() -> Dataset {
    crate::model::load_text(&crate::model::synthetic::long_names_text(45), "long.ron")
        .expect("synthetic dataset")
        .dataset
}

/// Whether `node` is, or is inside, a node with a role `is` accepts.
fn within(l: &Laid, node: usize, is: &dyn Fn(&Role) -> bool) -> bool {
    let mut at = Some(node);
    while let Some(n) = at {
        if is(&l.nodes[n].role) {
            return true;
        }
        at = l.nodes[n].parent;
    }
    false
}

#[test]
fn the_shipped_briefing_fits_in_ten_pages() {
    for language in [Language::Ru, Language::Kk, Language::En] {
        let pages = laid(&shipped(), language).pages.len();
        assert!((6..=10).contains(&pages), "{language:?}: {pages} pages");
    }
}

#[test]
fn no_heading_is_the_last_thing_on_a_page() {
    for dataset in [shipped(), long_names()] {
        let l = laid(&dataset, Language::Kk);
        for (i, page) in l.pages.iter().enumerate() {
            let Some(last) = page.iter().rev().find_map(|p| p.node) else {
                continue;
            };
            assert!(
                !within(&l, last, &|r| matches!(r, Role::Heading(..))),
                "page {} ends with a heading",
                i + 1
            );
        }
    }
}

#[test]
fn no_paragraph_leaves_a_single_line_on_a_page() {
    for dataset in [shipped(), long_names()] {
        let l = laid(&dataset, Language::Ru);
        // Lines of each paragraph or list item's text, per page.
        let mut lines: BTreeMap<(usize, usize), usize> = BTreeMap::new();
        for (i, page) in l.pages.iter().enumerate() {
            for p in page {
                if let (Some(n), Shape::Text { .. }) = (p.node, &p.shape)
                    && matches!(l.nodes[n].role, Role::Paragraph | Role::Body)
                {
                    *lines.entry((n, i)).or_default() += 1;
                }
            }
        }
        for (&(node, page), &count) in &lines {
            let on_other_pages = lines
                .iter()
                .filter(|((n, p), _)| *n == node && *p != page)
                .count();
            assert!(
                on_other_pages == 0 || count >= 2,
                "node {node} has a single line on page {}",
                page + 1
            );
        }
    }
}

#[test]
fn nothing_is_printed_past_the_text_width() {
    let m = Metrics::default();
    for dataset in [shipped(), long_names()] {
        for language in [Language::Ru, Language::Kk] {
            let l = laid(&dataset, language);
            for (i, page) in l.pages.iter().enumerate() {
                for p in page {
                    let Shape::Text {
                        x,
                        text,
                        size,
                        bold,
                        anchor,
                        ..
                    } = &p.shape
                    else {
                        continue;
                    };
                    let width = m.width(text, *size, *bold);
                    let left = match anchor {
                        Anchor::Start => *x,
                        Anchor::Middle => x - width / 2.0,
                        Anchor::End => x - width,
                    };
                    assert!(
                        left >= MARGIN_X - 0.5 && left + width <= MARGIN_X + WIDTH + 0.5,
                        "page {}: {text:?} runs from {left} to {}",
                        i + 1,
                        left + width
                    );
                }
            }
        }
    }
}

#[test]
fn every_text_belongs_to_the_structure_and_every_chart_has_words() {
    let l = laid(&shipped(), Language::Kk);
    let mut figures = 0;
    for p in l.pages.iter().flatten() {
        if let Shape::Text { text, .. } = &p.shape
            && !text.is_empty()
        {
            assert!(p.node.is_some(), "{text:?} is outside the structure");
        }
    }
    for node in &l.nodes {
        if let Role::Figure(alt) = &node.role {
            figures += 1;
            assert!(alt.len() > 40 && alt.contains(':'), "{alt}");
        }
    }
    assert!(figures >= 4, "{figures} charts");
    let alt: Vec<&str> = l
        .nodes
        .iter()
        .filter_map(|n| match &n.role {
            Role::Figure(alt) => Some(alt.as_str()),
            _ => None,
        })
        .collect();
    assert!(
        alt.iter().any(|a| a.contains("Көкшетау қ.: 38*")),
        "the crimes chart is read out: {alt:?}"
    );
}

#[test]
fn every_key_figure_value_is_printed_whole_on_one_line() {
    let dataset = shipped();
    for language in [Language::Ru, Language::Kk, Language::En] {
        let pack = pack(&dataset, language);
        let l = layout(&pack, &Metrics::default());
        let texts: Vec<&str> = l
            .pages
            .iter()
            .flatten()
            .filter_map(|p| match &p.shape {
                Shape::Text { text, .. } => Some(text.as_str()),
                _ => None,
            })
            .collect();
        for figure in &pack.figures {
            assert!(
                texts.contains(&figure.value.as_str()),
                "{language:?}: {:?} is not whole",
                figure.value
            );
        }
    }
}

#[test]
fn no_value_label_is_crossed_by_a_reference_line() {
    let m = Metrics::default();
    let pack = pack(&shipped(), Language::Ru);
    let mut checked = 0;
    for chart in pack.charts.iter().filter(|c| c.reference.is_some()) {
        for width in [WIDTH, super::layout::HALF] {
            let d = crate::export::drawing::chart_spaced(chart, width, 8.0, &m, 0.82);
            // The reference line: the one vertical dashed line.
            let Some((x, top, bottom)) = d.shapes.iter().find_map(|s| match s {
                Shape::Line {
                    from, to, dashed, ..
                } if *dashed && (from.0 - to.0).abs() < 0.01 => Some((from.0, from.1, to.1)),
                _ => None,
            }) else {
                continue;
            };
            for s in &d.shapes {
                if let Shape::Text {
                    x: tx,
                    y,
                    text,
                    size,
                    bold,
                    anchor: Anchor::Start,
                    ..
                } = s
                    && *y > top
                    && *y <= bottom + 1.0
                {
                    let w = m.width(text, *size, *bold);
                    assert!(
                        x < *tx - 0.5 || x > tx + w + 0.5,
                        "{}: {text:?} at {tx}..{} is crossed at {x}",
                        chart.title,
                        tx + w
                    );
                    checked += 1;
                }
            }
        }
    }
    assert!(checked > 40, "{checked} labels checked");
}

#[test]
fn a_table_cell_keeps_its_text_inside_it() {
    let m = Metrics::default();
    let long = "Бурабайауданынақарастыкенесарықасымұлыатындағыауылдықокругі";
    let table = crate::view_model::chart::Table {
        header: (0..6).map(|i| format!("Бағана {i}")).collect(),
        numeric: vec![false, false, false, true, false, true],
        rows: vec![
            (0..6)
                .map(|i| {
                    if i % 2 == 0 {
                        format!("{long} № {i}")
                    } else {
                        "12 345".to_owned()
                    }
                })
                .collect(),
        ],
        details: Vec::new(),
    };
    let mut f = super::Flow::new(&m);
    let widths = f.column_widths(&table, super::SMALL);
    f.table(&table);
    let mut edges = vec![MARGIN_X];
    for w in &widths {
        edges.push(edges.last().copied().unwrap_or(MARGIN_X) + w);
    }
    let mut cells = 0;
    for p in f.pages.iter().flatten() {
        let Shape::Text {
            x,
            text,
            size,
            bold,
            anchor,
            ..
        } = &p.shape
        else {
            continue;
        };
        let w = m.width(text, *size, *bold);
        let (left, right) = match anchor {
            Anchor::Start => (*x, x + w),
            _ => (x - w, *x),
        };
        let column = edges
            .windows(2)
            .position(|e| left >= e[0] - 0.5 && left < e[1]);
        let column = column.unwrap_or_else(|| panic!("{text:?} starts outside the table"));
        assert!(
            right <= edges[column + 1] + 0.5,
            "{text:?} runs from {left} to {right}, past its column's edge {}",
            edges[column + 1]
        );
        cells += 1;
    }
    assert!(cells > 12, "{cells} lines");
}
