//! Rental status of the public service centres.

use std::collections::HashMap;

use super::districts::{DistrictOrdered, sort_rows};
use super::figures::{FigureView, figure_view};
use super::periods::{self, Whens};
use super::{Context, ILLUSTRATIVE_MARK, SourceIndex};
use crate::i18n::{Arg, Template, template, tr, tr_args};
use crate::model::{FigureKey, Premises, Qualifier};
use crate::wording::qualified_percent;

/// Owned and rented centres in one district.
#[derive(Clone, Debug, PartialEq)]
pub struct RentalRow {
    /// Index of the district in the dataset.
    pub index: usize,
    /// District id.
    pub district: String,
    /// District name.
    pub name: String,
    /// Centres in owned premises.
    pub owned: u32,
    /// Centres in rented premises.
    pub rented: u32,
    /// All centres.
    pub total: u32,
    /// Printed in the owned part of the bar ("" when zero).
    pub owned_label: String,
    /// Printed in the rented part ("" when zero).
    pub rented_label: String,
    /// Printed after the bar.
    pub total_label: String,
    /// The exact counts and sources.
    pub tooltip: String,
    /// Whether any of its centres comes from an illustrative source.
    pub illustrative: bool,
}

/// A centre whose rent went up.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RentRise {
    /// Centre name.
    pub centre: String,
    /// District name.
    pub district: String,
    /// "Арендодатели подняли тариф (+12,5 %)".
    pub text: String,
    /// Whether it comes from an illustrative source.
    pub illustrative: bool,
}

/// Rental status for the region and per district.
#[derive(Clone, Debug, PartialEq)]
pub struct RentalView {
    /// Per district, in the order asked for (by total).
    pub rows: Vec<RentalRow>,
    /// Centres listed one by one.
    pub listed_total: u32,
    /// Of them rented.
    pub listed_rented: u32,
    /// The stated regional number of centres.
    pub official_total: Option<FigureView>,
    /// The stated regional number of rented centres.
    pub official_rented: Option<FigureView>,
    /// Centres built in the recent period.
    pub built_recently: Option<FigureView>,
    /// The one regional rented share every surface shows (stated totals where known, else
    /// the list).
    pub rented_share: Option<RegionalShare>,
    /// When the counts are from: "по состоянию на ноябрь 2017".
    pub period: Option<String>,
    /// "11 из 23 ЦОН — в аренде (48 %)".
    pub split_text: String,
    /// Where the list and the stated totals disagree, in words.
    pub mismatch: Option<String>,
    /// Rent rises called out.
    pub rent_rises: Vec<RentRise>,
    /// Sources of the figures shown.
    pub sources: Vec<SourceIndex>,
    /// Footer line.
    pub footer: String,
    /// Whether anything shown is illustrative.
    pub illustrative: bool,
    /// Largest district total, for the axis range.
    pub max_total: u32,
    /// Set when the chart shows only the first rows; the table shows all.
    pub overflow_text: Option<String>,
}

/// The rented share of the region's centres, with what it rests on.
#[derive(Clone, Debug, PartialEq)]
pub struct RegionalShare {
    /// Per cent, as computed.
    pub pct: f64,
    /// Inherited from the counts it is computed from: "more than 7 of 19" is "more than 36 %".
    pub qualifier: Qualifier,
    /// "более 36 %", illustrative ones marked.
    pub text: String,
    /// Computed from the region's stated totals (else from the centres listed one by one).
    pub stated: bool,
    /// Whether it rests on an illustrative figure.
    pub illustrative: bool,
}

/// The rented share of the region's centres: from the stated totals where the dataset has
/// both, else from the centres listed (`listed_*`, illustrative if any of them is).
pub(crate) fn regional_share(
    ctx: &Context<'_>,
    listed_total: f64,
    listed_rented: f64,
    listed_illustrative: bool,
) -> Option<RegionalShare> {
    let d = ctx.dataset;
    let stated = d
        .figure(FigureKey::CentresTotal)
        .zip(d.figure(FigureKey::CentresRented));
    let (total, rented, qualifier, illustrative) = match stated {
        Some((t, r)) => (
            t.value,
            r.value,
            Qualifier::of_ratio(r.qualifier, t.qualifier),
            [t, r]
                .iter()
                .any(|f| ctx.is_illustrative(ctx.source(f.source.as_deref()))),
        ),
        None => (
            listed_total,
            listed_rented,
            Qualifier::Exact,
            listed_illustrative,
        ),
    };
    if total.is_nan() || total <= 0.0 {
        return None;
    }
    let pct = 100.0 * rented / total;
    let mut text = qualified_percent(ctx.lang, pct, qualifier);
    if illustrative {
        text.push_str(ILLUSTRATIVE_MARK);
    }
    Some(RegionalShare {
        pct,
        qualifier,
        text,
        stated: stated.is_some(),
        illustrative,
    })
}

/// Counts for one district while the centres are read.
#[derive(Default)]
struct Acc {
    owned: u32,
    rented: u32,
    illustrative: bool,
}

pub(crate) fn rental(ctx: &Context<'_>) -> RentalView {
    let d = ctx.dataset;
    let mut per_district: HashMap<usize, Acc> = HashMap::new();
    let mut sources = Vec::new();
    let mut rent_rises = Vec::new();
    for centre in &d.centres {
        let source = ctx.source(centre.source.as_deref());
        sources.extend(source);
        let illustrative = ctx.is_illustrative(source);
        let Some(&i) = ctx.district_index.get(centre.district.as_str()) else {
            continue;
        };
        let acc = per_district.entry(i).or_default();
        match centre.premises {
            Premises::Owned => acc.owned += 1,
            Premises::Rented => acc.rented += 1,
        }
        acc.illustrative |= illustrative;
        if centre.rent_raised || centre.rent_change_pct.is_some_and(|p| p > 0.0) {
            // An owned centre pays no rent (check warns of one that has one).
            if centre.premises == Premises::Rented {
                rent_rises.push(rent_rise(ctx, centre, i, illustrative));
            }
        }
    }

    let tooltip_template = template(
        ctx.lang,
        "rental-tooltip",
        &["name", "owned", "rented", "total"],
    );
    let mut rows: Vec<RentalRow> = per_district
        .iter()
        .map(|(&i, acc)| rental_row(ctx, &tooltip_template, i, acc))
        .collect();
    sort_rows(&mut rows, ctx);

    let listed_total: u32 = rows.iter().map(|r| r.total).sum();
    let listed_rented: u32 = rows.iter().map(|r| r.rented).sum();
    let view = |key| d.figure(key).map(|f| figure_view(ctx, key, f));
    let official_total = view(FigureKey::CentresTotal);
    let official_rented = view(FigureKey::CentresRented);
    let built_recently = view(FigureKey::CentresBuiltRecently);
    for f in [&official_total, &official_rented, &built_recently]
        .into_iter()
        .flatten()
    {
        sources.extend(f.source);
    }

    let listed_illustrative = rows.iter().any(|r| r.illustrative);
    let rented_share = regional_share(
        ctx,
        f64::from(listed_total),
        f64::from(listed_rented),
        listed_illustrative,
    );
    let (split_text, mismatch) = split(
        ctx,
        listed_total,
        listed_rented,
        official_total.as_ref(),
        official_rented.as_ref(),
        rented_share.as_ref(),
    );
    let mut whens = Whens::default();
    if !rows.is_empty() {
        whens.add(periods::briefing_as_of(ctx));
    }
    for (key, figure) in [FigureKey::CentresTotal, FigureKey::CentresRented]
        .into_iter()
        .filter_map(|k| Some((k, d.figure(k)?)))
    {
        whens.add(periods::figure_when(ctx, key, figure));
    }
    let illustrative = rows.iter().any(|r| r.illustrative)
        || [&official_total, &official_rented]
            .into_iter()
            .flatten()
            .any(|f| f.illustrative);
    let max_total = rows.iter().map(|r| r.total).max().unwrap_or(0);
    RentalView {
        overflow_text: super::districts::overflow_text(ctx, rows.len()),
        footer: ctx.footer(&sources),
        rows,
        listed_total,
        listed_rented,
        official_total,
        official_rented,
        built_recently,
        rented_share,
        period: whens.describe(ctx),
        split_text,
        mismatch,
        rent_rises,
        sources,
        illustrative,
        max_total,
    }
}

fn rent_rise(
    ctx: &Context<'_>,
    centre: &crate::model::Centre,
    district: usize,
    illustrative: bool,
) -> RentRise {
    let lang = ctx.lang;
    let numbers = lang.numbers();
    let mut text = ctx
        .text_opt(centre.note.as_ref())
        .unwrap_or_else(|| tr(lang, "rent-raised"));
    if let Some(pct) = centre.rent_change_pct {
        let sign = if pct > 0.0 { "+" } else { "" };
        text = format!("{text} ({sign}{})", numbers.percent(pct, 1));
    }
    if let Some(rent) = centre.rent_kzt_per_month {
        let rent = tr_args(
            lang,
            "rent-per-month",
            &[("value", Arg::Text(&numbers.integer(rent)))],
        );
        text = format!("{text}; {rent}");
    }
    if illustrative {
        text.push_str(ILLUSTRATIVE_MARK);
    }
    RentRise {
        centre: ctx.text(&centre.name),
        district: ctx.district_name(district),
        text,
        illustrative,
    }
}

fn rental_row(ctx: &Context<'_>, tooltip_template: &Template, i: usize, acc: &Acc) -> RentalRow {
    let total = acc.owned + acc.rented;
    let mark = if acc.illustrative {
        ILLUSTRATIVE_MARK
    } else {
        ""
    };
    // The counts printed inside the bar are as illustrative as the bar.
    let count = |n: u32| {
        if n == 0 {
            String::new()
        } else {
            format!("{n}{mark}")
        }
    };
    let name = ctx.district_name(i);
    let mut tooltip = tooltip_template.fill(&[
        &name,
        &acc.owned.to_string(),
        &acc.rented.to_string(),
        &total.to_string(),
    ]);
    if acc.illustrative {
        tooltip.push('\n');
        tooltip.push_str(&ctx.illustrative_line);
    }
    RentalRow {
        index: i,
        district: ctx
            .dataset
            .districts
            .get(i)
            .map(|x| x.id.clone())
            .unwrap_or_default(),
        name,
        owned: acc.owned,
        rented: acc.rented,
        total,
        owned_label: count(acc.owned),
        rented_label: count(acc.rented),
        total_label: format!("{total}{mark}"),
        tooltip,
        illustrative: acc.illustrative,
    }
}

impl DistrictOrdered for RentalRow {
    fn sort_value(&self) -> f64 {
        f64::from(self.total) + f64::from(self.rented) / 1000.0
    }
    fn sort_index(&self) -> usize {
        self.index
    }
}

/// The regional split (stated totals where known, else the list) and any disagreement.
fn split(
    ctx: &Context<'_>,
    listed_total: u32,
    listed_rented: u32,
    official_total: Option<&FigureView>,
    official_rented: Option<&FigureView>,
    share: Option<&RegionalShare>,
) -> (String, Option<String>) {
    let lang = ctx.lang;
    let (total, total_text, rented_text) = match (official_total, official_rented) {
        (Some(t), Some(r)) => (t.value, t.text.clone(), r.text.clone()),
        _ => (
            f64::from(listed_total),
            listed_total.to_string(),
            listed_rented.to_string(),
        ),
    };
    // With no centres known at all there is no split to state.
    let split_text = match share {
        None => String::new(),
        Some(share) => tr_args(
            lang,
            if share.stated {
                "rental-split"
            } else {
                "rental-split-listed"
            },
            &[
                ("rented", Arg::Text(&rented_text)),
                ("total", Arg::Text(&total_text)),
                ("n", Arg::Number(total)),
                ("share", Arg::Text(&share.text)),
            ],
        ),
    };
    let mismatch = match (official_total, official_rented) {
        (Some(t), Some(r))
            if listed_total > 0
                && (f64::from(listed_total) != t.value || f64::from(listed_rented) != r.value) =>
        {
            Some(tr_args(
                lang,
                "rental-mismatch",
                &[
                    ("listed", Arg::Text(&listed_total.to_string())),
                    ("n", Arg::Number(f64::from(listed_total))),
                    ("listed_rented", Arg::Text(&listed_rented.to_string())),
                    ("total", Arg::Text(&t.text)),
                    ("rented", Arg::Text(&r.text)),
                ],
            ))
        }
        _ => None,
    };
    (split_text, mismatch)
}
