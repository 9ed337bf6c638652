//! The dataset file format (version 2, reading version 1 too), loading it with precise errors, and validating it.
//!
//! The types here mirror the file format exactly; see `docs/dataset-format.md`.

mod blank;
mod date;
mod finding;
mod load;
mod locate;
mod migrate;
mod qualifier;
mod suggest;
pub mod synthetic;
mod text;
mod validate;
mod validate_texts;
mod write;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

pub use blank::{NewBriefing, new_briefing, new_dataset};
pub use date::{DateError, DateProblem, PartialDate};
pub use load::{
    EMBEDDED_AKMOLA_2017, EMBEDDED_NAME, Expected, LoadError, LoadErrorKind, Loaded,
    MAX_FILE_BYTES, MAX_NESTING, embedded, load, load_bytes, load_text, parse, sha256_hex,
};
pub use locate::{Position, SourceMap};
pub use suggest::nearest;
pub use text::{Localized, TEXT_LANGUAGES, Text};
pub use validate::{Finding, FindingArg, Severity, validate};
pub use write::{has_comments, to_ron};

/// The format version this build writes (and the newest it reads).
pub const FORMAT_VERSION: u32 = 2;

/// The oldest format version this build reads (and migrates in memory).
pub const FORMAT_OLDEST: u32 = 1;

/// The language of plain strings when a dataset does not say.
pub const DEFAULT_LANGUAGE: &str = "ru";

/// The top-level fields of a dataset, as written in a file.
pub const BRIEFING_FIELDS: &[&str] = &[
    "format",
    "title",
    "region",
    "region_names",
    "language",
    "translations",
    "period",
    "as_of",
    "meeting",
    "people",
    "places",
    "sources",
    "districts",
    "centres",
    "centre_totals",
    "services",
    "corruption",
    "statements",
    "recommendations",
];

/// A whole briefing dataset: the top-level `Briefing(…)` of a file.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename = "Briefing", deny_unknown_fields)]
pub struct Dataset {
    /// File format version: `2`, or `1` (read and migrated in memory).
    pub format: u32,
    /// Title of the briefing.
    pub title: Text,
    /// The region the briefing is about.
    pub region: Text,
    /// Format 1 only: the region's name in other languages (format 2 writes them in `region`).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub region_names: BTreeMap<String, String>,
    /// Language code of plain strings and the source of record (`ru`, `kk`, `en`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// Who made the texts in other languages than `language`, per language.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub translations: Vec<Translation>,
    /// The period the figures cover.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<Period>,
    /// The date the figures refer to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub as_of: Option<PartialDate>,
    /// The meeting this briefing prepares or records.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meeting: Option<Meeting>,
    /// People named in the briefing.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub people: Vec<Person>,
    /// Places named in the briefing (towns, villages, sites).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub places: Vec<Place>,
    /// Where the figures come from.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<Source>,
    /// Districts and cities of the region.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub districts: Vec<District>,
    /// Public service centres, one by one, where known.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub centres: Vec<Centre>,
    /// Regional totals for the centres, where only totals are known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub centre_totals: Option<CentreTotals>,
    /// Public service figures.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub services: Option<Services>,
    /// Corruption case counts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub corruption: Option<Corruption>,
    /// Claims stated at the meeting that are not numbers.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub statements: Vec<Statement>,
    /// Recommendations made at the meeting.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub recommendations: Vec<Recommendation>,
}

/// Whether a value is its type's default (left out when a dataset is written).
fn is_default<T: Default + PartialEq>(value: &T) -> bool {
    *value == T::default()
}

/// A span of time the figures cover.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Period {
    /// First day (or month, or year) covered.
    pub start: PartialDate,
    /// Last day (or month, or year) covered.
    pub end: PartialDate,
    /// How people name the period, where the label made from the dates will not do.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<Text>,
}

/// The meeting.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Meeting {
    /// What the meeting was.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<Text>,
    /// When it took place.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<PartialDate>,
    /// Where it took place.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<Text>,
    /// Person id of the chair.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub chair: Option<String>,
    /// Person ids of the participants named.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub participants: Vec<String>,
    /// Who else attended, in words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attendance: Option<Text>,
}

/// A person named in the briefing.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Person {
    /// Stable id, referenced by `said_by`, `chair`, `participants` and `by`.
    pub id: String,
    /// Full name.
    pub name: Text,
    /// Position held.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<Text>,
}

/// A place named in the briefing.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Place {
    /// Stable id.
    pub id: String,
    /// Name.
    pub name: Text,
    /// The district it lies in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub district: Option<String>,
    /// Why it is named.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
}

/// Where figures come from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// Stable id, referenced by every figure's `source`.
    pub id: String,
    /// Title of the document or article.
    pub title: Text,
    /// Who published it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publisher: Option<Text>,
    /// When it was published.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<PartialDate>,
    /// Where to read it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Sample or estimated figures, not facts: the app marks every figure from it.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub illustrative: bool,
    /// Anything a reader should know about the source.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
}

/// How exact a figure is: "more than 140" stays "more than 140".
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
pub enum Qualifier {
    /// Exactly the value.
    #[default]
    Exact,
    /// Strictly more than the value.
    MoreThan,
    /// The value or more.
    AtLeast,
    /// Roughly the value.
    About,
    /// Strictly less than the value.
    LessThan,
    /// The value or less.
    AtMost,
}

/// One figure with its provenance.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Figure {
    /// The number, in the unit of the field that holds it.
    #[serde(serialize_with = "write::number")]
    pub value: f64,
    /// How exact the number is.
    #[serde(default, skip_serializing_if = "is_default")]
    pub qualifier: Qualifier,
    /// The period the number covers, if not the briefing's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<Period>,
    /// The date a count or share refers to ("as of"), for a figure that is not a flow.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub as_of: Option<PartialDate>,
    /// Source id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Person id of whoever stated it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub said_by: Option<String>,
    /// The words of the source, verbatim (translations are marked as such).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote: Option<Text>,
    /// Context a reader needs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<Text>,
}

/// Whether a district is a rural district or a city of regional significance.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum DistrictKind {
    /// A rural district (район, аудан).
    #[default]
    District,
    /// A city of regional significance.
    City,
}

/// A district or city of the region.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct District {
    /// Stable id, referenced by centres, cases and places.
    pub id: String,
    /// Name.
    pub name: Text,
    /// Format 1 only: the name in other languages (format 2 writes them in `name`).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub names: BTreeMap<String, String>,
    /// District or city.
    #[serde(default, skip_serializing_if = "is_default")]
    pub kind: DistrictKind,
    /// Its administrative centre.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub centre: Option<Text>,
    /// Resident population, where known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub population: Option<Population>,
}

/// A population count with the year of the count (`None` where not known: `check` warns).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Population {
    /// Residents.
    pub value: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub year: Option<i32>,
    /// Source id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

/// Whether a centre owns or rents its premises.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Premises {
    /// Owned by the state.
    Owned,
    /// Rented from a landlord.
    Rented,
}

/// A public service centre (ЦОН).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Centre {
    /// Stable id.
    pub id: String,
    /// Name.
    pub name: Text,
    /// District id.
    pub district: String,
    /// Owned or rented.
    pub premises: Premises,
    /// Monthly rent in tenge, where known.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        serialize_with = "write::optional_number"
    )]
    pub rent_kzt_per_month: Option<f64>,
    /// Change of rent against the previous year, in per cent.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        serialize_with = "write::optional_number"
    )]
    pub rent_change_pct: Option<f64>,
    /// The landlord raised the rent (known even where the amount is not).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub rent_raised: bool,
    /// Anything else known, e.g. "landlord raised the rent".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
    /// Source id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

/// Regional totals for the centres.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CentreTotals {
    /// Number of centres in the region.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub centres: Option<Figure>,
    /// Of them in rented premises.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rented: Option<Figure>,
    /// Centre buildings built in the recent period (see `built_years`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub built_recently: Option<Figure>,
    /// The number of years `built_recently` covers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub built_years: Option<u32>,
}

/// Public service figures for the region.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Services {
    /// Services delivered in the period.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delivered: Option<Figure>,
    /// Share of them delivered electronically, per cent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub electronic_share_pct: Option<Figure>,
    /// Paper services now against the year before: reduced this many times.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub paper_reduction_factor: Option<Figure>,
    /// Residents holding an electronic digital signature.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signature_holders: Option<Figure>,
    /// Share of the population still visiting a centre in person, per cent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub in_person_share_pct: Option<Figure>,
    /// Figures per district, where known.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub per_district: Vec<DistrictServices>,
}

/// Public service figures for one district.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DistrictServices {
    /// District id.
    pub district: String,
    /// Services delivered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delivered: Option<i64>,
    /// Share delivered electronically, per cent.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        serialize_with = "write::optional_number"
    )]
    pub electronic_share_pct: Option<f64>,
    /// The period these figures cover, if not the briefing's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<Period>,
    /// Source id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

/// Corruption case counts for the period.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Corruption {
    /// The period these counts cover, if not the briefing's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<Period>,
    /// Corruption crimes recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub crimes: Option<Figure>,
    /// Persons brought to criminal liability.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub persons_prosecuted: Option<Figure>,
    /// Of them managers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub managers: Option<Figure>,
    /// Counts per district, where known.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub per_district: Vec<DistrictCases>,
}

/// Corruption case counts for one district.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DistrictCases {
    /// District id.
    pub district: String,
    /// Crimes recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub crimes: Option<i64>,
    /// Persons prosecuted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub persons_prosecuted: Option<i64>,
    /// Of them managers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub managers: Option<i64>,
    /// The period these counts cover, if not the corruption figures' own.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<Period>,
    /// Source id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

/// A recommendation made at the meeting.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Recommendation {
    /// Stable id: notes are keyed by it, so keep it when editing the text.
    pub id: String,
    /// The recommendation.
    pub text: Text,
    /// Person id of who made it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub by: Option<String>,
    /// Topic, in words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub topic: Option<Text>,
    /// The figures, charts and items it rests on.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<Evidence>,
}

/// A claim stated at the meeting that is not a number ("the share is the best in the country").
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Statement {
    /// Stable id.
    pub id: String,
    /// The regional figure it is about, by key (see [`FigureKey`]), e.g.
    /// `"services.electronic_share"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub figure: Option<String>,
    /// The claim, in words.
    pub text: Text,
    /// Source id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Person id of whoever stated it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub said_by: Option<String>,
    /// The words of the source, verbatim (translations are marked as such).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote: Option<Text>,
}

/// Who made the texts of one language, when it is not the dataset's own.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Translation {
    /// Language code of the translated texts.
    pub language: String,
    /// Who translated, and for what; shown with the sources.
    pub note: Text,
}

/// Something a recommendation rests on.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Evidence {
    /// A regional figure, by key (see [`FigureKey`]), e.g. `Figure("corruption.crimes")`.
    Figure(String),
    /// A chart.
    Chart(ChartKind),
    /// A centre, by id.
    Centre(String),
    /// A district, by id.
    District(String),
}

/// The charts of a briefing.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum ChartKind {
    /// Districts compared on a metric.
    Districts,
    /// Rental status of the centres.
    Centres,
    /// Corruption cases.
    Corruption,
}

/// The regional figures a dataset can hold, by the key evidence uses to name them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FigureKey {
    /// `centres.total`
    CentresTotal,
    /// `centres.rented`
    CentresRented,
    /// `centres.built_recently`
    CentresBuiltRecently,
    /// `services.delivered`
    ServicesDelivered,
    /// `services.electronic_share`
    ServicesElectronicShare,
    /// `services.paper_reduction`
    ServicesPaperReduction,
    /// `services.signature_holders`
    ServicesSignatureHolders,
    /// `services.in_person_share`
    ServicesInPersonShare,
    /// `corruption.crimes`
    CorruptionCrimes,
    /// `corruption.persons_prosecuted`
    CorruptionPersons,
    /// `corruption.managers`
    CorruptionManagers,
}

/// What a figure counts, which decides how it is checked and printed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FigureUnit {
    /// A whole number of things or people.
    Count,
    /// A per-cent share, 0–100.
    Percent,
    /// A ratio ("2.4 times").
    Factor,
}

impl FigureKey {
    /// Every key, in the order the overview shows them.
    pub const ALL: [Self; 11] = [
        Self::ServicesDelivered,
        Self::ServicesElectronicShare,
        Self::ServicesPaperReduction,
        Self::ServicesSignatureHolders,
        Self::ServicesInPersonShare,
        Self::CentresTotal,
        Self::CentresRented,
        Self::CentresBuiltRecently,
        Self::CorruptionCrimes,
        Self::CorruptionPersons,
        Self::CorruptionManagers,
    ];

    /// The key as written in a dataset's `evidence`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::CentresTotal => "centres.total",
            Self::CentresRented => "centres.rented",
            Self::CentresBuiltRecently => "centres.built_recently",
            Self::ServicesDelivered => "services.delivered",
            Self::ServicesElectronicShare => "services.electronic_share",
            Self::ServicesPaperReduction => "services.paper_reduction",
            Self::ServicesSignatureHolders => "services.signature_holders",
            Self::ServicesInPersonShare => "services.in_person_share",
            Self::CorruptionCrimes => "corruption.crimes",
            Self::CorruptionPersons => "corruption.persons_prosecuted",
            Self::CorruptionManagers => "corruption.managers",
        }
    }

    /// Parses a key as written in a dataset.
    pub fn parse(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == key)
    }

    /// The path of the field that holds this figure in a file.
    pub fn field_path(self) -> &'static str {
        match self {
            Self::CentresTotal => "centre_totals.centres",
            Self::CentresRented => "centre_totals.rented",
            Self::CentresBuiltRecently => "centre_totals.built_recently",
            Self::ServicesDelivered => "services.delivered",
            Self::ServicesElectronicShare => "services.electronic_share_pct",
            Self::ServicesPaperReduction => "services.paper_reduction_factor",
            Self::ServicesSignatureHolders => "services.signature_holders",
            Self::ServicesInPersonShare => "services.in_person_share_pct",
            Self::CorruptionCrimes => "corruption.crimes",
            Self::CorruptionPersons => "corruption.persons_prosecuted",
            Self::CorruptionManagers => "corruption.managers",
        }
    }

    /// What the figure counts.
    pub fn unit(self) -> FigureUnit {
        match self {
            Self::ServicesElectronicShare | Self::ServicesInPersonShare => FigureUnit::Percent,
            Self::ServicesPaperReduction => FigureUnit::Factor,
            _ => FigureUnit::Count,
        }
    }
}

impl Dataset {
    /// The figure stored under `key`, if the dataset has it.
    pub fn figure(&self, key: FigureKey) -> Option<&Figure> {
        let totals = self.centre_totals.as_ref();
        let services = self.services.as_ref();
        let corruption = self.corruption.as_ref();
        match key {
            FigureKey::CentresTotal => totals?.centres.as_ref(),
            FigureKey::CentresRented => totals?.rented.as_ref(),
            FigureKey::CentresBuiltRecently => totals?.built_recently.as_ref(),
            FigureKey::ServicesDelivered => services?.delivered.as_ref(),
            FigureKey::ServicesElectronicShare => services?.electronic_share_pct.as_ref(),
            FigureKey::ServicesPaperReduction => services?.paper_reduction_factor.as_ref(),
            FigureKey::ServicesSignatureHolders => services?.signature_holders.as_ref(),
            FigureKey::ServicesInPersonShare => services?.in_person_share_pct.as_ref(),
            FigureKey::CorruptionCrimes => corruption?.crimes.as_ref(),
            FigureKey::CorruptionPersons => corruption?.persons_prosecuted.as_ref(),
            FigureKey::CorruptionManagers => corruption?.managers.as_ref(),
        }
    }

    /// The source with this id.
    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    /// The district with this id.
    pub fn district(&self, id: &str) -> Option<&District> {
        self.districts.iter().find(|d| d.id == id)
    }

    /// The person with this id.
    pub fn person(&self, id: &str) -> Option<&Person> {
        self.people.iter().find(|p| p.id == id)
    }

    /// The language of plain strings and the source of record.
    pub fn language(&self) -> &str {
        self.language.as_deref().unwrap_or(DEFAULT_LANGUAGE)
    }

    /// Whether the source with this id is illustrative (unknown ids count as not).
    pub fn is_illustrative(&self, source: Option<&str>) -> bool {
        source
            .and_then(|id| self.source(id))
            .is_some_and(|s| s.illustrative)
    }
}
