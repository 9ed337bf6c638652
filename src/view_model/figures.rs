//! Regional figures with their qualifier, unit and source, formatted for display.

use super::{Context, ILLUSTRATIVE_MARK, SourceIndex};
use crate::i18n::{Arg, Language, tr, tr_args};
use crate::model::{Dataset, Figure, FigureKey, FigureUnit, Qualifier};
use crate::wording::qualified;

/// A figure ready to show: on a tile, in a chart header or a tooltip.
#[derive(Clone, Debug, PartialEq)]
pub struct FigureView {
    /// Which regional figure this is.
    pub key: Option<FigureKey>,
    /// What it measures: "Оказано госуслуг".
    pub label: String,
    /// The number as written in the dataset.
    pub value: f64,
    /// How exact it is.
    pub qualifier: Qualifier,
    /// Its unit.
    pub unit: FigureUnit,
    /// The value with its qualifier and unit: "более 4 000 000", "65 %", "в 2,4 раза".
    pub text: String,
    /// The qualifier spelt out for a tooltip ("нижняя граница: более чем"), if not exact.
    pub qualifier_text: Option<String>,
    /// When it is from: "10 месяцев 2017 года", "по состоянию на ноябрь 2017".
    pub when: Option<String>,
    /// Its source.
    pub source: Option<SourceIndex>,
    /// Short source line: "Источник: BNews.kz, ноябрь 2017".
    pub source_text: String,
    /// Whether the source is illustrative.
    pub illustrative: bool,
    /// Who stated it: name and role.
    pub said_by: Option<String>,
    /// The source's words.
    pub quote: Option<String>,
    /// Context.
    pub comment: Option<String>,
    /// Claims stated about it that are not numbers, one line each ("выше среднего по стране
    /// (Алик Шпекбаев)").
    pub statements: Vec<String>,
    /// Everything above in a few lines, for a tooltip.
    pub tooltip: String,
}

/// The message key of a figure's label.
pub fn label_key(key: FigureKey) -> &'static str {
    match key {
        FigureKey::CentresTotal => "figure-centres-total",
        FigureKey::CentresRented => "figure-centres-rented",
        FigureKey::CentresBuiltRecently => "figure-centres-built",
        FigureKey::ServicesDelivered => "figure-services-delivered",
        FigureKey::ServicesElectronicShare => "figure-services-electronic",
        FigureKey::ServicesPaperReduction => "figure-services-paper",
        FigureKey::ServicesSignatureHolders => "figure-services-signatures",
        FigureKey::ServicesInPersonShare => "figure-services-in-person",
        FigureKey::CorruptionCrimes => "figure-corruption-crimes",
        FigureKey::CorruptionPersons => "figure-corruption-persons",
        FigureKey::CorruptionManagers => "figure-corruption-managers",
    }
}

/// What a figure measures, in words: "Public services delivered this year", "Centre buildings
/// built in 10 years" (the number of years from `centre_totals.built_years` of `dataset`;
/// "in recent years" while it is not given).
pub fn figure_label(key: FigureKey, dataset: Option<&Dataset>, lang: Language) -> String {
    if key != FigureKey::CentresBuiltRecently {
        return tr(lang, label_key(key));
    }
    let years = dataset
        .and_then(|d| d.centre_totals.as_ref())
        .and_then(|t| t.built_years);
    match years {
        Some(years) => tr_args(
            lang,
            "figure-centres-built",
            &[
                ("years", Arg::Text(&years.to_string())),
                ("n", Arg::Number(f64::from(years))),
            ],
        ),
        None => tr(lang, "figure-centres-built-recent"),
    }
}

pub(crate) fn figure_view(ctx: &Context<'_>, key: FigureKey, figure: &Figure) -> FigureView {
    let lang = ctx.lang;
    let label = figure_label(key, Some(ctx.dataset), lang);
    let source = ctx.source(figure.source.as_deref());
    let illustrative = ctx.is_illustrative(source);
    let mut text = qualified(lang, figure.value, figure.qualifier, key.unit());
    if illustrative {
        text.push_str(ILLUSTRATIVE_MARK);
    }
    let qualifier_text = match figure.qualifier {
        Qualifier::Exact => None,
        Qualifier::MoreThan => Some(tr(lang, "qualifier-more-than")),
        Qualifier::AtLeast => Some(tr(lang, "qualifier-at-least")),
        Qualifier::About => Some(tr(lang, "qualifier-about")),
        Qualifier::LessThan => Some(tr(lang, "qualifier-less-than")),
        Qualifier::AtMost => Some(tr(lang, "qualifier-at-most")),
    };
    let said_by = figure
        .said_by
        .as_deref()
        .map(|id| super::person_line(ctx, id));
    let source_text = match source.and_then(|i| ctx.sources.get(i)) {
        Some(s) => format!("{}: {}", tr(lang, "source-label"), s.short),
        None => tr(lang, "source-none"),
    };
    let when = super::periods::figure_when_text(ctx, key, figure);
    let mut tooltip = vec![format!("{label}: {text}")];
    tooltip.extend(when.clone());
    tooltip.extend(qualifier_text.clone());
    tooltip.push(source_text.clone());
    if illustrative {
        tooltip.push(format!(
            "{ILLUSTRATIVE_MARK} {}",
            tr(lang, "illustrative-explained")
        ));
    }
    if let Some(by) = &said_by {
        tooltip.push(format!("{}: {by}", tr(lang, "said-by")));
    }
    let quote = figure.quote.as_ref().map(|q| ctx.quote(q));
    let comment = ctx.text_opt(figure.comment.as_ref());
    tooltip.extend(quote.clone());
    tooltip.extend(comment.clone());
    FigureView {
        key: Some(key),
        label,
        value: figure.value,
        qualifier: figure.qualifier,
        unit: key.unit(),
        text,
        qualifier_text,
        when,
        source,
        source_text,
        illustrative,
        said_by,
        quote,
        comment,
        statements: Vec::new(),
        tooltip: tooltip.join("\n"),
    }
}

/// The key-figure tiles: every regional figure the dataset has, in [`FigureKey::ALL`] order.
pub(crate) fn tiles(ctx: &Context<'_>) -> Vec<FigureView> {
    FigureKey::ALL
        .into_iter()
        .filter_map(|key| Some(figure_view(ctx, key, ctx.dataset.figure(key)?)))
        .collect()
}
