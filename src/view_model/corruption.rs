//! Corruption case counts, for the region and per district.

use std::collections::BTreeMap;

use super::districts::{DistrictOrdered, sort_rows};
use super::figures::{FigureView, figure_view};
use super::periods::{self, Whens};
use super::{Context, ILLUSTRATIVE_MARK, SourceIndex};
use crate::i18n::tr;
use crate::model::FigureKey;

/// One district's case counts.
#[derive(Clone, Debug, PartialEq)]
pub struct CasesRow {
    /// Index of the district in the dataset.
    pub index: usize,
    /// District id.
    pub district: String,
    /// District name.
    pub name: String,
    /// Crimes, persons prosecuted and managers; `None` where unknown.
    pub values: [Option<f64>; 3],
    /// The same, as printed on the bars.
    pub labels: [String; 3],
    /// Exact counts and source.
    pub tooltip: String,
    /// Whether the counts are illustrative.
    pub illustrative: bool,
}

/// Corruption cases.
#[derive(Clone, Debug, PartialEq)]
pub struct CorruptionView {
    /// The period the regional counts cover.
    pub period: Option<String>,
    /// The period the per-district counts cover.
    pub districts_period: Option<String>,
    /// Names of the three measures: crimes, persons prosecuted, managers.
    pub measure_names: [String; 3],
    /// The regional figures as stated, in the same order; `None` where the dataset lacks one.
    pub regional: [Option<FigureView>; 3],
    /// Per district, in the order asked for (by crimes).
    pub rows: Vec<CasesRow>,
    /// Sources.
    pub sources: Vec<SourceIndex>,
    /// Footer line.
    pub footer: String,
    /// Whether anything shown is illustrative.
    pub illustrative: bool,
    /// Largest per-district value, for the axis range.
    pub max_value: f64,
    /// Set when the chart shows only the first rows; the table shows all.
    pub overflow_text: Option<String>,
}

pub(crate) fn corruption(ctx: &Context<'_>) -> CorruptionView {
    let lang = ctx.lang;
    let d = ctx.dataset;
    let keys = [
        FigureKey::CorruptionCrimes,
        FigureKey::CorruptionPersons,
        FigureKey::CorruptionManagers,
    ];
    let regional = keys.map(|key| d.figure(key).map(|f| figure_view(ctx, key, f)));
    let measure_names = [
        tr(lang, "measure-crimes"),
        tr(lang, "measure-persons"),
        tr(lang, "measure-managers"),
    ];
    let mut sources: Vec<SourceIndex> =
        regional.iter().flatten().filter_map(|f| f.source).collect();

    // Rows keyed by district index, merging repeated entries for one district.
    let mut merged: BTreeMap<usize, ([Option<f64>; 3], bool)> = BTreeMap::new();
    let mut district_whens = Whens::default();
    for row in d.corruption.iter().flat_map(|c| &c.per_district) {
        let Some(&i) = ctx.district_index.get(row.district.as_str()) else {
            continue;
        };
        district_whens.add(periods::own_or(
            row.period.as_ref(),
            periods::corruption_period(ctx),
        ));
        let source = ctx.source(row.source.as_deref());
        sources.extend(source);
        let entry = merged.entry(i).or_insert(([None; 3], false));
        for (slot, value) in
            entry
                .0
                .iter_mut()
                .zip([row.crimes, row.persons_prosecuted, row.managers])
        {
            if let Some(v) = value {
                *slot = Some(slot.unwrap_or(0.0) + v as f64);
            }
        }
        entry.1 |= ctx.is_illustrative(source);
    }
    let mut rows = case_rows(ctx, merged, &measure_names);
    sort_rows(&mut rows, ctx);

    let mut whens = Whens::default();
    for key in keys {
        if let Some(f) = d.figure(key) {
            whens.add(periods::figure_when(ctx, key, f));
        }
    }
    let illustrative =
        rows.iter().any(|r| r.illustrative) || regional.iter().flatten().any(|f| f.illustrative);
    let max_value = rows
        .iter()
        .flat_map(|r| r.values.iter().flatten())
        .fold(0.0, |a: f64, b| a.max(*b));
    CorruptionView {
        overflow_text: super::districts::overflow_text(ctx, rows.len()),
        period: whens.describe(ctx),
        districts_period: district_whens.describe(ctx),
        measure_names,
        regional,
        footer: ctx.footer(&sources),
        rows,
        sources,
        illustrative,
        max_value,
    }
}

impl DistrictOrdered for CasesRow {
    fn sort_value(&self) -> f64 {
        self.values[0].unwrap_or(0.0)
    }
    fn sort_index(&self) -> usize {
        self.index
    }
}

/// One row per district from the merged counts: labels and tooltip.
fn case_rows(
    ctx: &Context<'_>,
    merged: BTreeMap<usize, ([Option<f64>; 3], bool)>,
    measure_names: &[String; 3],
) -> Vec<CasesRow> {
    let unknown = tr(ctx.lang, "unknown");
    let numbers = ctx.lang.numbers();
    let d = ctx.dataset;
    merged
        .into_iter()
        .map(|(i, (values, illustrative))| {
            let name = ctx.district_name(i);
            let mark = if illustrative { ILLUSTRATIVE_MARK } else { "" };
            let labels = values.map(|v| {
                v.map(|v| {
                    let mut label = numbers.integer(v);
                    label.push_str(mark);
                    label
                })
                .unwrap_or_default()
            });
            let mut tooltip = name.clone();
            for (measure, label) in measure_names.iter().zip(&labels) {
                let shown = if label.is_empty() {
                    unknown.as_str()
                } else {
                    label.as_str()
                };
                tooltip.push('\n');
                tooltip.push_str(measure);
                tooltip.push_str(": ");
                tooltip.push_str(shown);
            }
            if illustrative {
                tooltip.push('\n');
                tooltip.push_str(&ctx.illustrative_line);
            }
            CasesRow {
                index: i,
                district: d.districts.get(i).map(|x| x.id.clone()).unwrap_or_default(),
                name,
                values,
                labels,
                tooltip,
                illustrative,
            }
        })
        .collect()
}
