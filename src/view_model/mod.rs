//! Everything the screens need, derived once from a dataset: pure data, no egui.
//!
//! Build it with [`Briefing::from_dataset`] when the dataset or the [`Settings`] change; the UI
//! only maps it to widgets. All numbers are already formatted for the chosen language.

mod by_district;
mod centres;
pub mod chart;
mod corruption;
mod details;
mod districts;
mod figures;
mod metrics;
mod periods;
mod recommendations;
mod slides;
mod statements;

use std::collections::HashMap;

use crate::i18n::{Language, collation_key, format_date, format_period, tr};
use crate::model::{Dataset, Localized, Text};

pub use centres::{RentRise, RentalRow, RentalView};
pub use chart::{ChartSpec, Charts};
pub use corruption::{CasesRow, CorruptionView};
pub use details::{DistrictDetail, PlaceView};
pub use districts::{DistrictBar, DistrictMetric, DistrictSeries, DistrictSort, ReferenceLine};
pub use figures::{FigureView, figure_label, label_key as figure_label_key};
pub use metrics::MetricChoice;
pub use recommendations::{EvidenceTarget, EvidenceView, RecommendationView};
pub use slides::{SlideKind, SlideView};
pub use statements::StatementView;

/// Marks a value from an illustrative source wherever it is printed.
pub const ILLUSTRATIVE_MARK: &str = "*";

/// Most districts a chart draws; the table shows them all.
pub const CHART_ROW_LIMIT: usize = 100;

/// The choices that shape the derived data.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Settings {
    /// Language of labels and number formats.
    pub language: Language,
    /// Order of the districts in the charts.
    pub district_sort: DistrictSort,
    /// The metric the districts chart compares.
    pub metric: DistrictMetric,
}

/// A source as the screens show it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SourceView {
    /// Source id.
    pub id: String,
    /// Short form for chart footers: publisher (or title) and date.
    pub short: String,
    /// Full title.
    pub title: String,
    /// Publisher.
    pub publisher: Option<String>,
    /// Date written out.
    pub date: Option<String>,
    /// Web address.
    pub url: Option<String>,
    /// Whether its figures are illustrative.
    pub illustrative: bool,
    /// Note about the source.
    pub note: Option<String>,
}

/// Index of a source in [`Briefing::sources`].
pub type SourceIndex = usize;

/// The title block of a briefing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Header {
    /// Briefing title.
    pub title: String,
    /// Region name in the chosen language where the dataset has it.
    pub region: String,
    /// The period written out, e.g. "10 месяцев 2017 года".
    pub period: Option<String>,
    /// "По состоянию на ноябрь 2017".
    pub as_of: Option<String>,
    /// What the meeting was.
    pub meeting_title: Option<String>,
    /// When and where: "ноябрь 2017 · Акмолинская область".
    pub meeting_when_where: Option<String>,
    /// "Председатель: Малик Мурзалин, аким области".
    pub chair: Option<String>,
    /// The chair alone: "Малик Мурзалин, аким Акмолинской области".
    pub chair_person: Option<String>,
    /// Named participants, one line each.
    pub participants: Vec<String>,
    /// Who else attended.
    pub attendance: Option<String>,
    /// Who made the texts in the chosen language, when they are a translation.
    pub translation: Option<String>,
}

/// The derived, chart-ready form of a dataset.
#[derive(Clone, Debug)]
pub struct Briefing {
    /// The settings it was built with.
    pub settings: Settings,
    /// Title block.
    pub header: Header,
    /// Sources, in file order.
    pub sources: Vec<SourceView>,
    /// Key-figure tiles for the overview, in a fixed order.
    pub tiles: Vec<FigureView>,
    /// The district metrics the dataset has data for.
    pub metrics: Vec<MetricChoice>,
    /// The districts compared on the chosen metric (or the first available one).
    pub districts: Option<DistrictSeries>,
    /// Rental status of the centres.
    pub rental: RentalView,
    /// Corruption cases.
    pub corruption: CorruptionView,
    /// Recommendations with their evidence.
    pub recommendations: Vec<RecommendationView>,
    /// Claims stated at the meeting that are not numbers.
    pub statements: Vec<StatementView>,
    /// Places named at the meeting.
    pub places: Vec<PlaceView>,
    /// Every district's particulars, by name.
    pub district_details: Vec<DistrictDetail>,
    /// Whether any figure shown comes from an illustrative source.
    pub any_illustrative: bool,
    /// The line under every chart title: period and as-of date.
    pub chart_subtitle: String,
    /// Districts by name, for pickers: (id, name).
    pub district_names: Vec<(String, String)>,
    /// "* illustrative data: …", shown wherever illustrative figures are.
    pub illustrative_note: String,
    /// Every slide with something to show, in the default order.
    pub slides: Vec<SlideView>,
    /// The charts every surface draws, built on first use and kept until the next rebuild
    /// (a dataset that is only checked or summarised never pays for them).
    charts: std::sync::OnceLock<Charts>,
}

/// Lookups shared by the builders.
pub(crate) struct Context<'a> {
    pub dataset: &'a Dataset,
    pub lang: Language,
    pub sort: DistrictSort,
    pub source_index: HashMap<&'a str, SourceIndex>,
    pub district_index: HashMap<&'a str, usize>,
    pub sources: &'a [SourceView],
    /// District names in the chosen language, by index.
    pub names: Vec<String>,
    /// Their collation keys, for ordering by name in the language's alphabet.
    pub name_keys: Vec<Vec<u8>>,
    /// "* illustrative: …", translated once.
    pub illustrative_line: String,
    /// "Источник: ", translated once.
    pub source_prefix: String,
    /// The dataset's own language: of plain strings, and of the record.
    pub own: &'a str,
}

/// A text as a reader sees it: a text that is not in the reader's language is marked with the
/// code of the language it is in ("[ru] Аккольский район"), never mixed in silently.
pub fn shown(text: Localized<'_>) -> String {
    match text.fallback {
        Some(code) => format!("[{code}] {}", text.text),
        None => text.text.to_owned(),
    }
}

impl Context<'_> {
    /// A dataset text in the chosen language, marked where it falls back to another.
    pub fn text(&self, text: &Text) -> String {
        shown(text.get(self.lang.code(), self.own))
    }

    /// The same for an optional text.
    pub fn text_opt(&self, text: Option<&Text>) -> Option<String> {
        text.map(|t| self.text(t))
    }

    /// A quote in the chosen language in the language's quotation marks, marked as a translation when it is not in the
    /// language of the record.
    pub fn quote(&self, text: &Text) -> String {
        let picked = text.get(self.lang.code(), self.own);
        let shown_in = picked.fallback.unwrap_or(self.lang.code());
        let quote = match self.lang {
            Language::En => format!("“{}”", shown(picked)),
            Language::Ru | Language::Kk => format!("«{}»", shown(picked)),
        };
        if shown_in == self.own || picked.fallback.is_some() {
            quote
        } else {
            format!("{quote} ({})", tr(self.lang, "quote-translated"))
        }
    }

    /// A period as the reader says it: the dataset's label, or one made from the dates.
    pub fn period(&self, period: &crate::model::Period) -> String {
        match &period.label {
            Some(label) => self.text(label),
            None => format_period(period.start, period.end, self.lang),
        }
    }

    /// The district's name in the chosen language, falling back to the dataset's.
    pub fn district_name(&self, index: usize) -> String {
        self.names.get(index).cloned().unwrap_or_default()
    }

    /// The district's collation key, for ordering by name.
    pub fn name_key(&self, index: usize) -> &[u8] {
        self.name_keys.get(index).map_or(&[], Vec::as_slice)
    }

    pub fn source(&self, id: Option<&str>) -> Option<SourceIndex> {
        id.and_then(|id| self.source_index.get(id).copied())
    }

    pub fn is_illustrative(&self, source: Option<SourceIndex>) -> bool {
        source
            .and_then(|i| self.sources.get(i))
            .is_some_and(|s| s.illustrative)
    }

    /// "Источник: BNews.kz, ноябрь 2017" for a set of sources, illustrative ones marked.
    pub fn footer(&self, sources: &[SourceIndex]) -> String {
        let mut sources = sources.to_vec();
        sources.sort_unstable();
        sources.dedup();
        let names: Vec<String> = sources
            .iter()
            .filter_map(|i| self.sources.get(*i))
            .map(|s| {
                if s.illustrative {
                    format!(
                        "{} ({ILLUSTRATIVE_MARK} {})",
                        s.short,
                        tr(self.lang, "illustrative-data")
                    )
                } else {
                    s.short.clone()
                }
            })
            .collect();
        if names.is_empty() {
            return tr(self.lang, "source-none");
        }
        format!("{}: {}", tr(self.lang, "sources-label"), names.join("; "))
    }
}

impl<'a> Context<'a> {
    fn new(dataset: &'a Dataset, settings: Settings, sources: &'a [SourceView]) -> Self {
        let lang = settings.language;
        let names: Vec<String> = dataset
            .districts
            .iter()
            .map(|d| shown(d.name.get(lang.code(), dataset.language())))
            .collect();
        // Ordered by the name itself, not by a fallback's language mark.
        let name_keys = dataset
            .districts
            .iter()
            .map(|d| collation_key(lang, d.name.get(lang.code(), dataset.language()).text))
            .collect();
        Context {
            dataset,
            lang,
            sort: settings.district_sort,
            source_index: dataset
                .sources
                .iter()
                .enumerate()
                .map(|(i, s)| (s.id.as_str(), i))
                .collect(),
            district_index: dataset
                .districts
                .iter()
                .enumerate()
                .map(|(i, d)| (d.id.as_str(), i))
                .collect(),
            sources,
            names,
            name_keys,
            own: dataset.language(),
            source_prefix: format!("{}: ", tr(lang, "source-label")),
            illustrative_line: format!(
                "{ILLUSTRATIVE_MARK} {}",
                tr(lang, "illustrative-explained")
            ),
        }
    }
}

fn source_views(dataset: &Dataset, lang: Language) -> Vec<SourceView> {
    let own = dataset.language();
    let views: Vec<SourceView> = dataset
        .sources
        .iter()
        .map(|s| source_view(s, lang, own))
        .collect();
    views
}

/// Every districts series the dataset has data for, in menu order, sorted as `settings` says
/// (an export shows them all; the screens build only the chosen one).
pub fn all_district_series(dataset: &Dataset, settings: &Settings) -> Vec<DistrictSeries> {
    let sources = source_views(dataset, settings.language);
    let ctx = Context::new(dataset, *settings, &sources);
    metrics::available_metrics(&ctx)
        .iter()
        .filter_map(|m| districts::series_for(&ctx, m.metric))
        .collect()
}

impl Briefing {
    /// Derives everything the screens need from `dataset`.
    pub fn from_dataset(dataset: &Dataset, settings: &Settings) -> Self {
        let lang = settings.language;
        let sources = source_views(dataset, lang);
        let ctx = Context::new(dataset, *settings, &sources);
        let mut statements = statements::statements(&ctx);
        let places = details::places(&ctx);
        let district_details = details::districts(&ctx);
        let mut tiles = figures::tiles(&ctx);
        // A statement about a figure goes on its tile; one whose figure has no tile stays in
        // the list of statements.
        for tile in &mut tiles {
            for s in statements
                .iter_mut()
                .filter(|s| s.figure.is_some() && s.figure == tile.key)
            {
                s.on_tile = true;
                tile.statements.push(s.line.clone());
                tile.tooltip.push('\n');
                tile.tooltip.push_str(&s.line);
                if let Some(q) = &s.quote {
                    tile.tooltip.push_str(": ");
                    tile.tooltip.push_str(q);
                }
            }
        }
        let metrics = metrics::available_metrics(&ctx);
        let metric = metrics
            .iter()
            .map(|m| m.metric)
            .find(|m| *m == settings.metric)
            .or_else(|| metrics.first().map(|m| m.metric));
        let districts = metric.and_then(|m| districts::series_for(&ctx, m));
        let rental = centres::rental(&ctx);
        let corruption = corruption::corruption(&ctx);
        let recommendations = recommendations::recommendations(&ctx, &tiles);
        let header = header(&ctx);
        let chart_subtitle = [header.period.as_deref(), header.as_of.as_deref()]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" · ");
        let mut order: Vec<usize> = (0..dataset.districts.len()).collect();
        order.sort_by(|a, b| ctx.name_key(*a).cmp(ctx.name_key(*b)));
        let district_names: Vec<(String, String)> = order
            .into_iter()
            .filter_map(|i| Some((dataset.districts.get(i)?.id.clone(), ctx.district_name(i))))
            .collect();
        let illustrative_note = ctx.illustrative_line.clone();
        let any_illustrative = tiles.iter().any(|t| t.illustrative)
            || districts.as_ref().is_some_and(|s| s.illustrative)
            || rental.illustrative
            || corruption.illustrative;
        let mut briefing = Self {
            settings: *settings,
            header,
            sources,
            tiles,
            metrics,
            districts,
            rental,
            corruption,
            recommendations,
            statements,
            places,
            district_details,
            any_illustrative,
            chart_subtitle,
            district_names,
            illustrative_note,
            slides: Vec::new(),
            charts: std::sync::OnceLock::new(),
        };
        briefing.slides = slides::slides(&briefing, lang);
        briefing
    }

    /// The charts every surface draws: one specification each, mapped once from this
    /// briefing.
    pub fn charts(&self) -> &Charts {
        self.charts.get_or_init(|| Charts::of(self))
    }

    /// The districts series if it is for `metric`.
    pub fn series(&self, metric: DistrictMetric) -> Option<&DistrictSeries> {
        self.districts.as_ref().filter(|s| s.metric == metric)
    }

    /// The tile for a figure key.
    pub fn tile(&self, key: crate::model::FigureKey) -> Option<&FigureView> {
        self.tiles.iter().find(|t| t.key == Some(key))
    }
}

fn source_view(source: &crate::model::Source, lang: Language, own: &str) -> SourceView {
    let text = |t: &Text| shown(t.get(lang.code(), own));
    let date = source.date.map(|d| format_date(d, lang));
    let publisher = source.publisher.as_ref().map(text);
    let title = text(&source.title);
    let name = publisher.clone().unwrap_or_else(|| title.clone());
    let short = match &date {
        Some(date) => format!("{name}, {date}"),
        None => name,
    };
    SourceView {
        id: source.id.clone(),
        short,
        title,
        publisher,
        date,
        url: source.url.clone(),
        illustrative: source.illustrative,
        note: source.note.as_ref().map(text),
    }
}

fn person_line(ctx: &Context<'_>, id: &str) -> String {
    match ctx.dataset.person(id) {
        Some(p) => {
            let name = ctx.text(&p.name);
            match &p.role {
                Some(role) => format!(
                    "{name}, {}",
                    crate::wording::role_after_comma(&ctx.text(role), ctx.lang)
                ),
                None => name,
            }
        }
        None => id.to_owned(),
    }
}

fn header(ctx: &Context<'_>) -> Header {
    let d = ctx.dataset;
    let lang = ctx.lang;
    let region = ctx.text(&d.region);
    let period = d.period.as_ref().map(|p| ctx.period(p));
    let as_of = d.as_of.map(|date| {
        crate::i18n::tr_args(
            lang,
            "as-of",
            &[("date", crate::i18n::Arg::Text(&format_date(date, lang)))],
        )
    });
    let meeting = d.meeting.as_ref();
    let when_where: Vec<String> = meeting
        .map(|m| {
            m.date
                .map(|date| format_date(date, lang))
                .into_iter()
                .chain(ctx.text_opt(m.place.as_ref()))
                .collect()
        })
        .unwrap_or_default();
    Header {
        title: ctx.text(&d.title),
        region,
        period,
        as_of,
        meeting_title: meeting.and_then(|m| ctx.text_opt(m.title.as_ref())),
        meeting_when_where: (!when_where.is_empty()).then(|| when_where.join(" · ")),
        chair: meeting
            .and_then(|m| m.chair.as_deref())
            .map(|id| format!("{}: {}", tr(lang, "meeting-chair"), person_line(ctx, id))),
        chair_person: meeting
            .and_then(|m| m.chair.as_deref())
            .map(|id| person_line(ctx, id)),
        participants: meeting
            .map(|m| {
                m.participants
                    .iter()
                    .map(|id| person_line(ctx, id))
                    .collect()
            })
            .unwrap_or_default(),
        attendance: meeting.and_then(|m| ctx.text_opt(m.attendance.as_ref())),
        translation: d
            .translations
            .iter()
            .find(|t| t.language == lang.code() && lang.code() != ctx.own)
            .map(|t| ctx.text(&t.note)),
    }
}

#[cfg(test)]
mod tests;
