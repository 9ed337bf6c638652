//! Districts compared on one metric.

use std::cmp::Ordering;

use super::by_district::ByDistrict;
use super::periods::{self, When, Whens};
use super::{CHART_ROW_LIMIT, Context, ILLUSTRATIVE_MARK, SourceIndex};
use crate::i18n::{Arg, template, tr, tr_args};
use crate::model::{FigureKey, Premises};

/// What the districts chart compares.
#[derive(
    Clone,
    Copy,
    Debug,
    Default,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    serde::Serialize,
    serde::Deserialize,
)]
pub enum DistrictMetric {
    /// Public service centres.
    Centres,
    /// Centres in rented premises.
    RentedCentres,
    /// Rented centres as a share of all centres, per cent.
    RentedShare,
    /// Corruption crimes.
    #[default]
    Crimes,
    /// Persons prosecuted.
    PersonsProsecuted,
    /// Managers among them.
    Managers,
    /// Resident population.
    Population,
    /// Corruption crimes per 10 000 residents.
    CrimesPer10k,
    /// Public services delivered.
    ServicesDelivered,
    /// Share of services delivered electronically, per cent.
    ElectronicShare,
}

impl DistrictMetric {
    /// Every metric, in menu order.
    pub const ALL: [Self; 10] = [
        Self::Centres,
        Self::RentedCentres,
        Self::RentedShare,
        Self::Crimes,
        Self::PersonsProsecuted,
        Self::Managers,
        Self::Population,
        Self::CrimesPer10k,
        Self::ServicesDelivered,
        Self::ElectronicShare,
    ];

    /// Message key of the metric's name.
    pub fn label_key(self) -> &'static str {
        match self {
            Self::Centres => "metric-centres",
            Self::RentedCentres => "metric-rented-centres",
            Self::RentedShare => "metric-rented-share",
            Self::Crimes => "metric-crimes",
            Self::PersonsProsecuted => "metric-persons",
            Self::Managers => "metric-managers",
            Self::Population => "metric-population",
            Self::CrimesPer10k => "metric-crimes-per-10k",
            Self::ServicesDelivered => "metric-services",
            Self::ElectronicShare => "metric-electronic-share",
        }
    }

    /// Message key of the unit shown on the value axis.
    fn unit_key(self) -> &'static str {
        match self {
            Self::Centres | Self::RentedCentres => "unit-centres",
            Self::RentedShare | Self::ElectronicShare => "unit-percent",
            Self::Crimes => "unit-crimes",
            Self::PersonsProsecuted | Self::Managers => "unit-persons",
            Self::Population => "unit-residents",
            Self::CrimesPer10k => "unit-crimes-per-10k",
            Self::ServicesDelivered => "unit-services",
        }
    }

    /// The regional figure the per-district values add up to, if any.
    fn regional_key(self) -> Option<FigureKey> {
        match self {
            Self::Centres => Some(FigureKey::CentresTotal),
            Self::RentedCentres => Some(FigureKey::CentresRented),
            Self::Crimes => Some(FigureKey::CorruptionCrimes),
            Self::PersonsProsecuted => Some(FigureKey::CorruptionPersons),
            Self::Managers => Some(FigureKey::CorruptionManagers),
            Self::ServicesDelivered => Some(FigureKey::ServicesDelivered),
            Self::RentedShare | Self::Population | Self::CrimesPer10k | Self::ElectronicShare => {
                None
            }
        }
    }

    fn is_share(self) -> bool {
        matches!(self, Self::RentedShare | Self::ElectronicShare)
    }
}

/// The order of the districts in a chart.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize,
)]
pub enum DistrictSort {
    /// Largest value first.
    #[default]
    ValueDescending,
    /// Smallest value first.
    ValueAscending,
    /// Alphabetical by name.
    Name,
}

/// One district's bar.
#[derive(Clone, Debug, PartialEq)]
pub struct DistrictBar {
    /// Index of the district in the dataset.
    pub index: usize,
    /// District id.
    pub district: String,
    /// District name in the chosen language.
    pub name: String,
    /// The value.
    pub value: f64,
    /// The value as printed on the bar (illustrative ones marked).
    pub label: String,
    /// The exact figure, its basis and source.
    pub tooltip: String,
    /// Whether the value rests on an illustrative source.
    pub illustrative: bool,
}

/// A horizontal line (or vertical, for horizontal bars) to compare the bars against.
#[derive(Clone, Debug, PartialEq)]
pub struct ReferenceLine {
    /// Where it is drawn.
    pub value: f64,
    /// What it is: "Среднее по районам: 7,4".
    pub label: String,
}

/// The districts compared on one metric.
#[derive(Clone, Debug, PartialEq)]
pub struct DistrictSeries {
    /// The metric.
    pub metric: DistrictMetric,
    /// Chart title: the metric's name.
    pub title: String,
    /// Unit for the value axis.
    pub unit: String,
    /// When the values are from: "10 месяцев 2017 года", "2013–2023 годы (…)".
    pub period: Option<String>,
    /// Bars in the order asked for.
    pub bars: Vec<DistrictBar>,
    /// The regional average or share, where it means something.
    pub reference: Option<ReferenceLine>,
    /// The regional figure as stated ("Всего по области: более 140") and the districts' sum.
    pub regional: Option<String>,
    /// Names of districts with no value for this metric.
    pub missing: Vec<String>,
    /// "Нет данных: …" for [`Self::missing`], empty when none.
    pub missing_text: String,
    /// Sources of the values.
    pub sources: Vec<SourceIndex>,
    /// Footer line naming the sources.
    pub footer: String,
    /// Whether any bar is illustrative.
    pub illustrative: bool,
    /// Largest value, for the axis range.
    pub max_value: f64,
    /// "Показаны 40 из 5 000 районов: все — в таблице", when the chart cannot show every bar.
    pub overflow_text: Option<String>,
}

/// A raw per-district value before formatting.
#[derive(Clone, Copy)]
struct Raw {
    value: f64,
    illustrative: bool,
    /// Up to two distinct sources of the value (a rate has two), for the tooltip.
    sources: [Option<SourceIndex>; 2],
}

impl Raw {
    fn new(value: f64, illustrative: bool) -> Self {
        Self {
            value,
            illustrative,
            sources: [None; 2],
        }
    }

    fn cite(&mut self, source: Option<SourceIndex>) {
        let Some(source) = source else {
            return;
        };
        if self.sources.contains(&Some(source)) {
            return;
        }
        if let Some(slot) = self.sources.iter_mut().find(|s| s.is_none()) {
            *slot = Some(source);
        }
    }

    fn cite_all(&mut self, other: &Raw) {
        for s in other.sources {
            self.cite(s);
        }
    }
}

/// Per-district values of one metric, keyed by district index, with the sources used.
#[derive(Clone)]
struct Collected {
    values: ByDistrict<Raw>,
    sources: Vec<SourceIndex>,
    /// Extra tooltip lines per district (e.g. the population year).
    notes: ByDistrict<String>,
    /// When the values are from.
    whens: Whens,
    /// When the population a rate is per is from.
    basis_whens: Whens,
}

impl Collected {
    fn new() -> Self {
        Self {
            values: ByDistrict::default(),
            sources: Vec::new(),
            notes: ByDistrict::default(),
            whens: Whens::default(),
            basis_whens: Whens::default(),
        }
    }

    fn add(
        &mut self,
        ctx: &Context<'_>,
        district: usize,
        value: f64,
        source: Option<&str>,
        when: Option<When>,
    ) {
        self.whens.add(when);
        let source = ctx.source(source);
        let illustrative = ctx.is_illustrative(source);
        self.sources.extend(source);
        let entry = self
            .values
            .slot(district)
            .get_or_insert(Raw::new(0.0, false));
        entry.value += value;
        entry.illustrative |= illustrative;
        entry.cite(source);
    }
}

/// The per-district collections that shares, rates and reference lines are derived from,
/// collected once per build.
struct Base {
    centres: Collected,
    rented: Collected,
    crimes: Collected,
    population: Collected,
}

impl Base {
    fn new(ctx: &Context<'_>) -> Self {
        Self {
            centres: collect_centres(ctx, DistrictMetric::Centres),
            rented: collect_centres(ctx, DistrictMetric::RentedCentres),
            crimes: collect_cases(ctx, DistrictMetric::Crimes),
            population: collect_population(ctx),
        }
    }
}

fn collect(ctx: &Context<'_>, base: &Base, metric: DistrictMetric) -> Collected {
    match metric {
        DistrictMetric::Centres => base.centres.clone(),
        DistrictMetric::RentedCentres => base.rented.clone(),
        DistrictMetric::RentedShare => collect_rented_share(base),
        DistrictMetric::Crimes => base.crimes.clone(),
        DistrictMetric::PersonsProsecuted | DistrictMetric::Managers => collect_cases(ctx, metric),
        DistrictMetric::Population => base.population.clone(),
        DistrictMetric::CrimesPer10k => collect_rate(ctx, base),
        DistrictMetric::ServicesDelivered | DistrictMetric::ElectronicShare => {
            collect_services(ctx, metric)
        }
    }
}

fn collect_centres(ctx: &Context<'_>, metric: DistrictMetric) -> Collected {
    let mut c = Collected::new();
    let when = periods::briefing_as_of(ctx);
    for centre in &ctx.dataset.centres {
        let Some(&i) = ctx.district_index.get(centre.district.as_str()) else {
            continue;
        };
        let counts = metric == DistrictMetric::Centres || centre.premises == Premises::Rented;
        c.add(
            ctx,
            i,
            if counts { 1.0 } else { 0.0 },
            centre.source.as_deref(),
            when.clone(),
        );
    }
    c
}

fn collect_rented_share(base: &Base) -> Collected {
    let (totals, rented) = (&base.centres, &base.rented);
    let mut c = Collected::new();
    for (i, total) in totals.values.iter() {
        if total.value > 0.0 {
            let r = rented.values.get(i).map_or(0.0, |r| r.value);
            let mut raw = Raw::new(100.0 * r / total.value, total.illustrative);
            raw.cite_all(total);
            c.values.insert(i, raw);
        }
    }
    c.sources.clone_from(&totals.sources);
    c.whens.clone_from(&totals.whens);
    c
}

fn collect_cases(ctx: &Context<'_>, metric: DistrictMetric) -> Collected {
    let mut c = Collected::new();
    let fallback = periods::corruption_period(ctx);
    for row in ctx.dataset.corruption.iter().flat_map(|x| &x.per_district) {
        let value = match metric {
            DistrictMetric::Crimes => row.crimes,
            DistrictMetric::PersonsProsecuted => row.persons_prosecuted,
            _ => row.managers,
        };
        if let (Some(&i), Some(v)) = (ctx.district_index.get(row.district.as_str()), value) {
            let when = periods::own_or(row.period.as_ref(), fallback.clone());
            c.add(ctx, i, v as f64, row.source.as_deref(), when);
        }
    }
    c
}

fn collect_population(ctx: &Context<'_>) -> Collected {
    let mut c = Collected::new();
    let note = template(ctx.lang, "population-year", &["year"]);
    let unknown = tr(ctx.lang, "population-year-unknown");
    for (i, district) in ctx.dataset.districts.iter().enumerate() {
        if let Some(p) = &district.population {
            c.add(
                ctx,
                i,
                p.value as f64,
                p.source.as_deref(),
                p.year.map(When::Year),
            );
            let text = p
                .year
                .map_or_else(|| unknown.clone(), |y| note.fill(&[&y.to_string()]));
            c.notes.insert(i, text);
        }
    }
    c
}

fn collect_rate(ctx: &Context<'_>, base: &Base) -> Collected {
    let (crimes, population) = (&base.crimes, &base.population);
    let numbers = ctx.lang.numbers();
    let mut c = Collected::new();
    let basis = template(ctx.lang, "rate-basis", &["crimes", "population", "year"]);
    for (i, crime) in crimes.values.iter() {
        let Some(p) = population.values.get(i).filter(|p| p.value > 0.0) else {
            continue;
        };
        let mut raw = Raw::new(
            crime.value / p.value * 10_000.0,
            crime.illustrative || p.illustrative,
        );
        raw.cite_all(crime);
        raw.cite_all(p);
        c.values.insert(i, raw);
        let year = population.notes.get(i).map_or("", String::as_str);
        let note = basis.fill(&[
            &numbers.integer(crime.value),
            &numbers.integer(p.value),
            year,
        ]);
        c.notes.insert(i, note);
    }
    c.sources.clone_from(&crimes.sources);
    c.sources.extend(&population.sources);
    c.whens.clone_from(&crimes.whens);
    c.basis_whens.clone_from(&population.whens);
    c
}

fn collect_services(ctx: &Context<'_>, metric: DistrictMetric) -> Collected {
    let mut c = Collected::new();
    let fallback = periods::briefing_period(ctx);
    for row in ctx.dataset.services.iter().flat_map(|x| &x.per_district) {
        let value = match metric {
            DistrictMetric::ServicesDelivered => row.delivered.map(|v| v as f64),
            _ => row.electronic_share_pct,
        };
        if let (Some(&i), Some(v)) = (ctx.district_index.get(row.district.as_str()), value) {
            let when = periods::own_or(row.period.as_ref(), fallback.clone());
            c.add(ctx, i, v, row.source.as_deref(), when);
        }
    }
    c
}

fn format_value(ctx: &Context<'_>, metric: DistrictMetric, value: f64) -> String {
    let numbers = ctx.lang.numbers();
    match metric {
        m if m.is_share() => numbers.percent(value, 1),
        DistrictMetric::CrimesPer10k => numbers.number(value, 1),
        _ => numbers.integer(value),
    }
}

/// Something drawn once per district, which the charts order the same way.
pub(crate) trait DistrictOrdered {
    /// The value ordered by.
    fn sort_value(&self) -> f64;
    /// The district's index in the dataset (names order through it).
    fn sort_index(&self) -> usize;
}

impl DistrictOrdered for DistrictBar {
    fn sort_value(&self) -> f64 {
        self.value
    }
    fn sort_index(&self) -> usize {
        self.index
    }
}

/// Orders rows as asked; ties (and the name order) go by name, then position in the file, so
/// the order is stable.
pub(crate) fn sort_rows<T: DistrictOrdered>(rows: &mut [T], ctx: &Context<'_>) {
    let by_name = |a: &T, b: &T| {
        ctx.name_key(a.sort_index())
            .cmp(ctx.name_key(b.sort_index()))
            .then_with(|| a.sort_index().cmp(&b.sort_index()))
    };
    let by_value = |a: &T, b: &T| {
        a.sort_value()
            .partial_cmp(&b.sort_value())
            .unwrap_or(Ordering::Equal)
    };
    match ctx.sort {
        DistrictSort::ValueDescending => {
            rows.sort_by(|a, b| by_value(b, a).then_with(|| by_name(a, b)));
        }
        DistrictSort::ValueAscending => {
            rows.sort_by(|a, b| by_value(a, b).then_with(|| by_name(a, b)));
        }
        DistrictSort::Name => rows.sort_by(by_name),
    }
}

fn series(ctx: &Context<'_>, base: &Base, metric: DistrictMetric) -> Option<DistrictSeries> {
    let collected = collect(ctx, base, metric);
    if collected.values.is_empty() {
        return None;
    }
    let lang = ctx.lang;
    let title = tr(lang, metric.label_key());
    let mut bars: Vec<DistrictBar> = collected
        .values
        .iter()
        .map(|(i, raw)| {
            let name = ctx.district_name(i);
            let value_text = format_value(ctx, metric, raw.value);
            let mut label = value_text.clone();
            let mut tooltip = format!("{name}\n{title}: {value_text}");
            if let Some(note) = collected.notes.get(i) {
                tooltip.push('\n');
                tooltip.push_str(note);
            }
            for source in raw.sources.iter().flatten() {
                if let Some(s) = ctx.sources.get(*source) {
                    tooltip.push('\n');
                    tooltip.push_str(&ctx.source_prefix);
                    tooltip.push_str(&s.short);
                }
            }
            if raw.illustrative {
                label.push_str(ILLUSTRATIVE_MARK);
                tooltip.push('\n');
                tooltip.push_str(&ctx.illustrative_line);
            }
            DistrictBar {
                index: i,
                district: ctx
                    .dataset
                    .districts
                    .get(i)
                    .map(|d| d.id.clone())
                    .unwrap_or_default(),
                name,
                value: raw.value,
                label,
                tooltip,
                illustrative: raw.illustrative,
            }
        })
        .collect();
    sort_rows(&mut bars, ctx);

    let mut missing: Vec<usize> = (0..ctx.dataset.districts.len())
        .filter(|i| !collected.values.contains_key(*i))
        .collect();
    missing.sort_by(|a, b| ctx.name_key(*a).cmp(ctx.name_key(*b)));
    let missing: Vec<String> = missing.into_iter().map(|i| ctx.district_name(i)).collect();
    let missing_text = if missing.is_empty() {
        String::new()
    } else {
        format!("{}: {}", tr(lang, "no-data"), missing.join(", "))
    };

    let sum: f64 = bars.iter().map(|b| b.value).sum();
    let n = bars.len() as f64;
    let reference = reference_line(ctx, base, metric, &collected, sum, n);
    let illustrative = bars.iter().any(|b| b.illustrative);
    let mut sum_text = format_value(ctx, metric, sum);
    if illustrative {
        sum_text.push_str(ILLUSTRATIVE_MARK);
    }
    let regional = metric.regional_key().and_then(|key| {
        let figure = ctx.dataset.figure(key)?;
        let stated = crate::wording::qualified(lang, figure.value, figure.qualifier, key.unit());
        Some(tr_args(
            lang,
            "regional-vs-sum",
            &[
                ("stated", Arg::Text(&stated)),
                ("sum", Arg::Text(&sum_text)),
            ],
        ))
    });
    let max_value = bars.iter().map(|b| b.value).fold(0.0, f64::max);
    let overflow_text = overflow_text(ctx, bars.len());
    let period = period_text(ctx, &collected);
    Some(DistrictSeries {
        metric,
        title,
        unit: tr(lang, metric.unit_key()),
        period,
        footer: ctx.footer(&collected.sources),
        sources: collected.sources,
        bars,
        reference,
        regional,
        missing,
        missing_text,
        illustrative,
        max_value,
        overflow_text,
    })
}

/// When the values are from and, for a rate, when the population it is per is from.
fn period_text(ctx: &Context<'_>, collected: &Collected) -> Option<String> {
    let period = collected.whens.describe(ctx);
    let basis = collected
        .basis_whens
        .describe(ctx)
        .map(|when| tr_args(ctx.lang, "population-when", &[("when", Arg::Text(&when))]));
    match (period, basis) {
        (Some(p), Some(b)) => Some(format!("{p} · {b}")),
        (p, b) => p.or(b),
    }
}

/// The note under a chart that shows only the first [`CHART_ROW_LIMIT`] of `rows` districts.
pub(crate) fn overflow_text(ctx: &Context<'_>, rows: usize) -> Option<String> {
    (rows > CHART_ROW_LIMIT).then(|| {
        let numbers = ctx.lang.numbers();
        tr_args(
            ctx.lang,
            "chart-overflow",
            &[
                ("shown", Arg::Text(&numbers.integer(CHART_ROW_LIMIT as f64))),
                ("total", Arg::Text(&numbers.integer(rows as f64))),
            ],
        )
    })
}

fn reference_line(
    ctx: &Context<'_>,
    base: &Base,
    metric: DistrictMetric,
    collected: &Collected,
    sum: f64,
    n: f64,
) -> Option<ReferenceLine> {
    let lang = ctx.lang;
    // Whatever is computed from an illustrative value is illustrative.
    let mark = if collected.values.values().any(|r| r.illustrative) {
        ILLUSTRATIVE_MARK
    } else {
        ""
    };
    let (value, key) = match metric {
        // Shares and rates compare against the region as a whole, not the mean of the districts;
        // the rented share is the one regional share every surface shows.
        DistrictMetric::RentedShare => {
            let total: f64 = base.centres.values.values().map(|r| r.value).sum();
            let r: f64 = base.rented.values.values().map(|r| r.value).sum();
            let listed_illustrative = base.centres.values.values().any(|r| r.illustrative);
            let share = super::centres::regional_share(ctx, total, r, listed_illustrative)?;
            let key = if share.stated {
                "reference-region"
            } else {
                "reference-listed"
            };
            return Some(ReferenceLine {
                value: share.pct,
                label: tr_args(lang, key, &[("value", Arg::Text(&share.text))]),
            });
        }
        DistrictMetric::CrimesPer10k => {
            let (crimes, population) = (&base.crimes, &base.population);
            let (c, p) = collected.values.keys().fold((0.0, 0.0), |(c, p), i| {
                (
                    c + crimes.values.get(i).map_or(0.0, |r| r.value),
                    p + population.values.get(i).map_or(0.0, |r| r.value),
                )
            });
            (c / p * 10_000.0, "reference-region-known")
        }
        // Services electronic share: the districts' values are already shares; their mean is
        // not the regional share, so no line rather than a misleading one.
        DistrictMetric::ElectronicShare => return None,
        _ => (sum / n, "reference-mean"),
    };
    if !value.is_finite() {
        return None;
    }
    // A mean of counts is not a count: print it with a decimal.
    let mut text = match metric {
        DistrictMetric::CrimesPer10k => format_value(ctx, metric, value),
        _ => ctx.lang.numbers().number(value, 1),
    };
    text.push_str(mark);
    Some(ReferenceLine {
        value,
        label: tr_args(lang, key, &[("value", Arg::Text(&text))]),
    })
}

/// The series for `metric` (computed only for the metric on screen: a dataset of thousands of
/// districts would otherwise pay for every metric on each change).
pub(crate) fn series_for(ctx: &Context<'_>, metric: DistrictMetric) -> Option<DistrictSeries> {
    series(ctx, &Base::new(ctx), metric)
}
