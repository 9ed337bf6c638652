//! What the pack says before its charts and after them, from the data: a short summary (the
//! key figures by theme, the shares they imply, the recommendations and their statuses) and
//! every district's numbers as tables for the appendix.

use std::collections::BTreeMap;

use crate::i18n::{Arg, Language, tr, tr_args};
use crate::model::{FigureKey, Qualifier};
use crate::notes::{Note, Status};
use crate::view_model::chart::Table;
use crate::view_model::{Briefing, DistrictSeries, FigureView};

/// How many measures an appendix table of districts has beside the names: five keep every
/// column wide enough for its number and a two-line heading on A4.
const MEASURES_PER_TABLE: usize = 5;

/// The theme a key figure belongs to, as its message key.
fn theme(key: FigureKey) -> &'static str {
    match key {
        FigureKey::ServicesDelivered
        | FigureKey::ServicesElectronicShare
        | FigureKey::ServicesPaperReduction
        | FigureKey::ServicesSignatureHolders
        | FigureKey::ServicesInPersonShare => "summary-theme-services",
        FigureKey::CentresTotal | FigureKey::CentresRented | FigureKey::CentresBuiltRecently => {
            "summary-theme-centres"
        }
        FigureKey::CorruptionCrimes
        | FigureKey::CorruptionPersons
        | FigureKey::CorruptionManagers => "summary-theme-corruption",
    }
}

/// `text` with its first letter in lower case, unless it starts an abbreviation.
fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    match (chars.next(), chars.next()) {
        (Some(first), Some(second)) if first.is_uppercase() && second.is_lowercase() => {
            first.to_lowercase().chain(text.chars().skip(1)).collect()
        }
        _ => text.to_owned(),
    }
}

/// The summary's lines.
pub fn summary(b: &Briefing, notes: &BTreeMap<String, Note>, lang: Language) -> Vec<String> {
    let mut out = themes(&b.tiles, lang);
    out.extend(shares(&b.tiles, lang));
    if !b.recommendations.is_empty() {
        out.push(recommendations(b, notes, lang));
    }
    out
}

/// One line per theme: "Коррупция, 10 месяцев 2017 года: коррупционных преступлений — более
/// 140; …". The period is said once when the theme's figures share it.
fn themes(tiles: &[FigureView], lang: Language) -> Vec<String> {
    let mut groups: Vec<(&'static str, Vec<&FigureView>)> = Vec::new();
    for tile in tiles {
        let Some(key) = tile.key else { continue };
        let name = theme(key);
        match groups.iter_mut().find(|(n, _)| *n == name) {
            Some((_, members)) => members.push(tile),
            None => groups.push((name, vec![tile])),
        }
    }
    groups
        .into_iter()
        .map(|(name, members)| {
            let first_when = members.first().and_then(|t| t.when.clone());
            let shared = members.iter().all(|t| t.when == first_when);
            let figures: Vec<String> = members
                .iter()
                .map(|t| {
                    let mut item = format!("{}\u{a0}— {}", lower_first(&t.label), t.text);
                    if !shared && let Some(when) = &t.when {
                        item = format!("{item} ({})", lower_first(when));
                    }
                    item
                })
                .collect();
            let head = match first_when.filter(|_| shared) {
                Some(when) => format!("{}, {when}", tr(lang, name)),
                None => tr(lang, name),
            };
            format!("{head}: {}.", figures.join("; "))
        })
        .collect()
}

/// The shares two exact figures imply: centres in rented premises, managers among those
/// prosecuted.
fn shares(tiles: &[FigureView], lang: Language) -> Vec<String> {
    let exact = |key: FigureKey| {
        tiles
            .iter()
            .find(|t| t.key == Some(key) && t.qualifier == Qualifier::Exact)
    };
    [
        (
            FigureKey::CentresRented,
            FigureKey::CentresTotal,
            "summary-share-rented",
        ),
        (
            FigureKey::CorruptionManagers,
            FigureKey::CorruptionPersons,
            "summary-share-managers",
        ),
    ]
    .into_iter()
    .filter_map(|(part, whole, message)| {
        let (part, whole) = (exact(part)?, exact(whole)?);
        if whole.value <= 0.0 || part.value > whole.value {
            return None;
        }
        let percent = crate::wording::qualified_percent(
            lang,
            part.value / whole.value * 100.0,
            Qualifier::Exact,
        );
        let numbers = lang.numbers();
        Some(tr_args(
            lang,
            message,
            &[
                ("part", Arg::Text(&numbers.integer(part.value))),
                ("whole", Arg::Text(&numbers.integer(whole.value))),
                ("percent", Arg::Text(&percent)),
            ],
        ))
    })
    .collect()
}

/// "Рекомендаций совещания: 7; по заметкам — открыта: 5, в работе: 2."
fn recommendations(b: &Briefing, notes: &BTreeMap<String, Note>, lang: Language) -> String {
    let statuses: Vec<String> = [
        Status::Open,
        Status::InProgress,
        Status::Done,
        Status::Dropped,
    ]
    .into_iter()
    .filter_map(|status| {
        let count = b
            .recommendations
            .iter()
            .filter(|r| notes.get(&r.id).map_or(Status::Open, |n| n.status) == status)
            .count();
        (count > 0).then(|| format!("{}: {count}", lower_first(&tr(lang, status.label_key()))))
    })
    .collect();
    let count = b.recommendations.len();
    tr_args(
        lang,
        "summary-recommendations",
        &[
            ("n", Arg::Number(count as f64)),
            ("count", Arg::Text(&lang.numbers().integer(count as f64))),
            ("statuses", Arg::Text(&statuses.join(", "))),
        ],
    )
}

/// Every district's numbers on every measure the dataset has, a few measures to a table:
/// the charts print the same values at their bars, so the tables go to the appendix.
pub fn district_tables(series: &[DistrictSeries], lang: Language) -> Vec<Table> {
    // Districts in the dataset's order, named as the series name them.
    let mut names: BTreeMap<usize, String> = BTreeMap::new();
    for s in series {
        for bar in &s.bars {
            names.entry(bar.index).or_insert_with(|| bar.name.clone());
        }
    }
    series
        .chunks(MEASURES_PER_TABLE)
        .map(|chunk| {
            let mut header = vec![tr(lang, "column-district")];
            header.extend(chunk.iter().map(|s| {
                let key = s.metric.label_key().trim_start_matches("metric-");
                tr(lang, &format!("column-{key}"))
            }));
            let rows = names
                .iter()
                .map(|(index, name)| {
                    std::iter::once(name.clone())
                        .chain(chunk.iter().map(|s| {
                            s.bars
                                .iter()
                                .find(|b| b.index == *index)
                                .map_or_else(|| "—".to_owned(), |b| b.label.clone())
                        }))
                        .collect()
                })
                .collect();
            Table {
                numeric: std::iter::once(false)
                    .chain(chunk.iter().map(|_| true))
                    .collect(),
                header,
                rows,
                details: Vec::new(),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_letter_goes_lower_case_but_not_an_abbreviation() {
        assert_eq!(
            lower_first("Коррупционных преступлений"),
            "коррупционных преступлений"
        );
        assert_eq!(lower_first("ЦОНов в области"), "ЦОНов в области");
        assert_eq!(lower_first(""), "");
    }

    #[test]
    fn a_share_needs_two_exact_figures() {
        let d = crate::model::embedded().expect("embedded dataset").dataset;
        let b = Briefing::from_dataset(&d, &crate::view_model::Settings::default());
        let lines = shares(&b.tiles, Language::Ru);
        assert!(
            lines
                .iter()
                .any(|l| l.contains("11 из 23") && l.contains("48")),
            "{lines:?}"
        );
        assert!(
            lines
                .iter()
                .any(|l| l.contains("43 из 49") && l.contains("88")),
            "{lines:?}"
        );
    }
}
