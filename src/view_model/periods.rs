//! When the numbers on a chart or a tile are from: each figure's own period, as-of date or year,
//! falling back to the briefing's, and written out in the reader's language.

use super::Context;
use crate::i18n::{Arg, DateParts, format_date, format_period, tr_args};
use crate::model::{Figure, FigureKey, PartialDate, Period};

/// What a number refers to in time.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum When {
    /// A flow over a span: crimes, services delivered.
    Period(Period),
    /// A count or share at a moment: centres, signature holders.
    AsOf(PartialDate),
    /// A count made in a year: a population.
    Year(i32),
}

impl When {
    /// The first and last dates it covers.
    fn bounds(&self) -> (PartialDate, PartialDate) {
        match self {
            Self::Period(p) => (p.start, p.end),
            Self::AsOf(d) => (*d, *d),
            Self::Year(year) => {
                let d = PartialDate {
                    year: *year,
                    month: None,
                    day: None,
                };
                (d, d)
            }
        }
    }
}

/// The distinct times of the numbers on one chart, in the order first met.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Whens(Vec<When>);

impl Whens {
    /// Adds a time unless it is already there.
    pub fn add(&mut self, when: Option<When>) {
        if let Some(when) = when
            && !self.0.contains(&when)
        {
            self.0.push(when);
        }
    }

    /// The times written out: one period ("10 месяцев 2017 года", "по состоянию на ноябрь
    /// 2017", "данные 2021 года"), or, where the numbers differ, the span from the earliest to
    /// the latest with a word that they differ ("2013–2023 годы (по районам — разные годы)").
    pub fn describe(&self, ctx: &Context<'_>) -> Option<String> {
        match self.0.as_slice() {
            [] => None,
            [one] => Some(describe_one(ctx, one)),
            many => {
                let start = many.iter().map(|w| w.bounds().0).min()?;
                let end = many.iter().map(|w| w.bounds().1).max()?;
                let years = many.iter().all(|w| matches!(w, When::Year(_)));
                let range = format_period(dateparts(start), dateparts(end), ctx.lang);
                let key = if years {
                    "years-differ"
                } else {
                    "periods-differ"
                };
                Some(tr_args(ctx.lang, key, &[("range", Arg::Text(&range))]))
            }
        }
    }
}

fn dateparts(d: PartialDate) -> DateParts {
    d.into()
}

fn describe_one(ctx: &Context<'_>, when: &When) -> String {
    let lang = ctx.lang;
    match when {
        When::Period(p) => ctx.period(p),
        When::AsOf(d) => tr_args(
            lang,
            "as-of",
            &[("date", Arg::Text(&format_date(*d, lang)))],
        ),
        When::Year(year) => tr_args(
            lang,
            "population-year",
            &[("year", Arg::Text(&year.to_string()))],
        ),
    }
}

/// The briefing's period.
pub(crate) fn briefing_period(ctx: &Context<'_>) -> Option<When> {
    ctx.dataset.period.clone().map(When::Period)
}

/// The briefing's as-of date, or its period where it has none.
pub(crate) fn briefing_as_of(ctx: &Context<'_>) -> Option<When> {
    ctx.dataset
        .as_of
        .map(When::AsOf)
        .or_else(|| briefing_period(ctx))
}

/// The period of the corruption counts: their own, or the briefing's.
pub(crate) fn corruption_period(ctx: &Context<'_>) -> Option<When> {
    ctx.dataset
        .corruption
        .as_ref()
        .and_then(|c| c.period.clone())
        .map(When::Period)
        .or_else(|| briefing_period(ctx))
}

/// A row's own period, or `fallback`.
pub(crate) fn own_or(period: Option<&Period>, fallback: Option<When>) -> Option<When> {
    period.cloned().map(When::Period).or(fallback)
}

/// When a regional figure is from: its own period or as-of date, else what its kind implies
/// (a flow covers the briefing's period, a count is as of the briefing's date).
pub(crate) fn figure_when(ctx: &Context<'_>, key: FigureKey, figure: &Figure) -> Option<When> {
    if let Some(p) = &figure.period {
        return Some(When::Period(p.clone()));
    }
    if let Some(d) = figure.as_of {
        return Some(When::AsOf(d));
    }
    match key {
        FigureKey::CorruptionCrimes
        | FigureKey::CorruptionPersons
        | FigureKey::CorruptionManagers => corruption_period(ctx),
        FigureKey::ServicesDelivered | FigureKey::ServicesPaperReduction => briefing_period(ctx),
        // Its label says how many years it covers.
        FigureKey::CentresBuiltRecently => None,
        FigureKey::CentresTotal
        | FigureKey::CentresRented
        | FigureKey::ServicesElectronicShare
        | FigureKey::ServicesSignatureHolders
        | FigureKey::ServicesInPersonShare => briefing_as_of(ctx),
    }
}

/// When a figure is from, written out.
pub(crate) fn figure_when_text(
    ctx: &Context<'_>,
    key: FigureKey,
    figure: &Figure,
) -> Option<String> {
    let mut whens = Whens::default();
    whens.add(figure_when(ctx, key, figure));
    whens.describe(ctx)
}
