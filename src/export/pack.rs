//! The briefing pack as a document, independent of the output format: what every export shows,
//! already translated and formatted. The renderers (Markdown, HTML, PDF) only lay it out.

use std::collections::BTreeMap;

use crate::i18n::{Language, tr};
use crate::model::{ChartKind, Dataset, Finding};
use crate::notes::Note;
use crate::view_model::chart::{ChartSpec, Table, district_chart};
use crate::view_model::{
    Briefing, DistrictMetric, ILLUSTRATIVE_MARK, Settings, all_district_series,
};

/// Everything an export needs, gathered by the caller (the app or the command line).
pub struct ExportInput<'a> {
    /// The dataset.
    pub dataset: &'a Dataset,
    /// Its file name as shown ("akmola-2017.ron").
    pub file_name: &'a str,
    /// SHA-256 of the file, hex.
    pub sha256: &'a str,
    /// The findings of validation (warnings are listed).
    pub findings: &'a [Finding],
    /// Notes by recommendation id.
    pub notes: &'a BTreeMap<String, Note>,
    /// Language, order and the districts metric on screen.
    pub settings: Settings,
    /// When the export was made, already written out.
    pub exported_at: String,
}

/// A key figure.
#[derive(Clone, Debug, PartialEq)]
pub struct PackFigure {
    /// What it measures.
    pub label: String,
    /// The value with its qualifier ("более 140").
    pub value: String,
    /// When it is from: "10 месяцев 2017 года", "по состоянию на ноябрь 2017" ("" if unknown).
    pub when: String,
    /// Its source, short; marked when illustrative.
    pub source: String,
    /// Who stated it, in which words, the caveats and claims that go with it, one line each.
    pub notes: Vec<String>,
    /// Who stated it: "Name, role".
    pub said_by: Option<String>,
    /// In which words.
    pub quote: Option<String>,
    /// Its caveat and the claims made about it.
    pub caveats: Vec<String>,
    /// Whether its source is illustrative.
    pub illustrative: bool,
}

/// A section of items, each a bold head and lines under it: the notes on the figures, the
/// statements, the places, the districts.
#[derive(Clone, Debug, PartialEq)]
pub struct PackSection {
    /// Its heading.
    pub title: String,
    /// Its items.
    pub items: Vec<PackItem>,
}

/// An item of a [`PackSection`].
#[derive(Clone, Debug, PartialEq)]
pub struct PackItem {
    /// Bold head ("Оказано госуслуг", a district's name).
    pub head: String,
    /// Lines under it.
    pub lines: Vec<String>,
}

/// A recommendation with the user's note.
#[derive(Clone, Debug, PartialEq)]
pub struct PackRecommendation {
    /// Its number.
    pub number: usize,
    /// The text.
    pub text: String,
    /// Who made it.
    pub by: Option<String>,
    /// Topic.
    pub topic: Option<String>,
    /// The evidence, labelled.
    pub evidence: Vec<String>,
    /// Status, in words.
    pub status: String,
    /// Owner ("—" when none).
    pub owner: String,
    /// Due date ("—" when none).
    pub due: String,
    /// The note ("" when none).
    pub note: String,
}

/// A source.
#[derive(Clone, Debug, PartialEq)]
pub struct PackSource {
    /// "BNews.kz, ноябрь 2017 — title".
    pub text: String,
    /// Its address.
    pub url: Option<String>,
    /// Whether its figures are illustrative.
    pub illustrative: bool,
}

/// Translated headings and labels.
#[derive(Clone, Debug, PartialEq)]
pub struct PackLabels {
    /// "Ключевые показатели".
    pub key_figures: String,
    /// "Графики".
    pub charts: String,
    /// "Рекомендации".
    pub recommendations: String,
    /// "Источники".
    pub sources: String,
    /// "Замечания проверки".
    pub warnings: String,
    /// "Замечаний нет".
    pub no_warnings: String,
    /// Column names of the key figures: figure, value, period, source.
    pub figure_columns: [String; 4],
    /// "Основание:".
    pub evidence: String,
    /// "Статус:".
    pub status: String,
    /// "Ответственный:".
    pub owner: String,
    /// "Срок:".
    pub due: String,
    /// "Заметка".
    pub note: String,
    /// "Сказал(а)".
    pub said_by: String,
    /// "Файл набора данных".
    pub file: String,
    /// "SHA-256".
    pub sha256: String,
    /// "Выгружено".
    pub exported: String,
    /// "Иллюстративные данные".
    pub illustrative: String,
    /// "Стр." (before "3 / 12").
    pub page: String,
    /// "Кратко".
    pub summary: String,
    /// "Иллюстративные разбивки по районам".
    pub illustrative_charts: String,
    /// "Приложение".
    pub appendix: String,
    /// "Данные по районам".
    pub district_data: String,
    /// "Председатель".
    pub chair: String,
    /// "Участники".
    pub participants: String,
}

/// The briefing pack.
#[derive(Clone, Debug, PartialEq)]
pub struct Pack {
    /// Language of the text.
    pub lang: Language,
    /// Headings and labels.
    pub labels: PackLabels,
    /// Briefing title.
    pub title: String,
    /// Region.
    pub region: String,
    /// Meeting lines: what, when and where, chair.
    pub meeting: Vec<String>,
    /// Period and as-of date.
    pub period: String,
    /// Dataset file name.
    pub file_name: String,
    /// SHA-256 of the dataset file, hex.
    pub sha256: String,
    /// When exported.
    pub exported_at: String,
    /// What the meeting was.
    pub meeting_title: Option<String>,
    /// When and where it was: "ноябрь 2017 · Акмолинская область".
    pub meeting_when: Option<String>,
    /// Who made the texts, when they are a translation.
    pub translation: Option<String>,
    /// What the document is: "Справочные материалы к совещанию".
    pub kind: String,
    /// The meeting's chair, "Name, role".
    pub chair: Option<String>,
    /// The named participants, "Name, role" each.
    pub participants: Vec<String>,
    /// Who else attended.
    pub attendance: Option<String>,
    /// Key figures.
    pub figures: Vec<PackFigure>,
    /// The source every key figure shares, when they all share one.
    pub figures_source: Option<String>,
    /// A few lines said from the data: the figures by theme, the shares they imply, the
    /// recommendations and their statuses.
    pub summary: Vec<String>,
    /// Who said each figure, in which words, with which caveats.
    pub figure_notes: Option<PackSection>,
    /// After the key figures: statements about no figure, places.
    pub sections: Vec<PackSection>,
    /// Every district's numbers, several measures to a table, for the appendix.
    pub district_tables: Vec<Table>,
    /// After the charts: every district's particulars.
    pub districts: Option<PackSection>,
    /// Charts with their tables.
    pub charts: Vec<ChartSpec>,
    /// Recommendations with notes.
    pub recommendations: Vec<PackRecommendation>,
    /// Sources.
    pub sources: Vec<PackSource>,
    /// Validation warnings, one line each.
    pub warnings: Vec<String>,
    /// "* illustrative data: …" when any figure is illustrative.
    pub illustrative_note: Option<String>,
}

fn labels(lang: Language) -> PackLabels {
    let t = |key| tr(lang, key);
    let strip = |s: String| s.trim_end_matches(':').to_owned();
    PackLabels {
        key_figures: t("key-figures"),
        charts: t("export-charts"),
        recommendations: t("screen-recommendations"),
        sources: t("sources-label"),
        warnings: t("findings-title"),
        no_warnings: t("export-no-warnings"),
        figure_columns: [
            t("export-figure"),
            t("export-value"),
            t("export-period"),
            t("source-label"),
        ],
        evidence: strip(t("evidence")),
        status: strip(t("status-label")),
        owner: strip(t("owner-label")),
        due: strip(t("due-label")),
        note: t("export-note"),
        said_by: t("said-by"),
        file: t("export-file"),
        sha256: "SHA-256".to_owned(),
        exported: t("export-exported"),
        illustrative: t("illustrative-data"),
        page: t("export-page"),
        summary: t("export-summary"),
        illustrative_charts: t("export-illustrative-charts"),
        appendix: t("export-appendix"),
        district_data: t("export-district-data"),
        chair: t("export-chair"),
        participants: t("export-participants"),
    }
}

impl Pack {
    /// The key figures as a table: figure, value with its qualifier, period, source.
    pub fn figures_table(&self) -> Table {
        Table {
            header: self.labels.figure_columns.to_vec(),
            numeric: vec![false, true, false, false],
            rows: self
                .figures
                .iter()
                .map(|f| {
                    vec![
                        f.label.clone(),
                        f.value.clone(),
                        f.when.clone(),
                        f.source.clone(),
                    ]
                })
                .collect(),
            details: Vec::new(),
        }
    }
}

/// Builds the pack.
pub fn build(input: &ExportInput<'_>) -> Pack {
    let lang = input.settings.language;
    let b = Briefing::from_dataset(input.dataset, &input.settings);
    let h = &b.header;
    let meeting: Vec<String> = [
        h.meeting_title.clone(),
        h.meeting_when_where.clone(),
        h.chair.clone(),
        h.attendance.clone(),
    ]
    .into_iter()
    .flatten()
    .chain(h.participants.iter().cloned())
    .chain(h.translation.clone())
    .collect();
    let figures = figures(&b, lang);
    let figures_source = shared_source(&b);
    let figure_notes = figure_notes(&figures, lang);
    let sections = sections(&b, lang);
    let summary = super::summary::summary(&b, input.notes, lang);
    let series = all_district_series(input.dataset, &input.settings);
    let district_tables = super::summary::district_tables(&series, lang);
    let districts = districts(&b, lang);
    let c = b.charts();
    // A measure a combined chart already shows (centres owned and rented; crimes, persons and
    // managers) is not drawn again alone: its numbers are in the appendix's table.
    let combined = |m: DistrictMetric| match m {
        DistrictMetric::Centres | DistrictMetric::RentedCentres => {
            c.centres.as_ref().is_some_and(|c| c.total_rows > 0)
        }
        DistrictMetric::Crimes | DistrictMetric::PersonsProsecuted | DistrictMetric::Managers => {
            c.corruption_districts.is_some()
        }
        _ => false,
    };
    let mut charts: Vec<ChartSpec> = series
        .iter()
        .filter(|s| !combined(s.metric))
        .map(|s| district_chart(s, &b))
        .collect();
    charts.extend(c.centres.iter().filter(|c| c.total_rows > 0).cloned());
    charts.extend(c.corruption.iter().cloned());
    charts.extend(c.corruption_districts.iter().cloned());
    let recommendations = recommendations(&b, input.notes, lang);
    let sources = sources(&b);
    // The checking remarks in people's words: the part of the briefing, then what is wrong
    // (the file position and path are for `briefdesk check`).
    let warnings = input
        .findings
        .iter()
        .map(|f| {
            let words = crate::plain::plain(f, input.file_name, Some(input.dataset), lang);
            format!("{} — {}", words.place, words.message)
        })
        .collect();
    Pack {
        lang,
        labels: labels(lang),
        title: h.title.clone(),
        region: h.region.clone(),
        meeting,
        period: b.chart_subtitle.clone(),
        file_name: match input.file_name.strip_prefix("embedded:") {
            Some(name) => format!("{name} ({})", tr(lang, "export-embedded")),
            None => input.file_name.to_owned(),
        },
        sha256: input.sha256.to_owned(),
        exported_at: input.exported_at.clone(),
        meeting_title: h.meeting_title.clone(),
        meeting_when: h.meeting_when_where.clone(),
        translation: h.translation.clone(),
        kind: tr(lang, "export-kind"),
        chair: h.chair_person.clone(),
        participants: h.participants.clone(),
        attendance: h.attendance.clone(),
        figures,
        figures_source,
        summary,
        figure_notes,
        sections,
        district_tables,
        districts,
        charts,
        recommendations,
        sources,
        warnings,
        illustrative_note: b.any_illustrative.then(|| b.illustrative_note.clone()),
    }
}

fn figures(b: &Briefing, lang: Language) -> Vec<PackFigure> {
    b.tiles
        .iter()
        .map(|t| {
            let source = t
                .source
                .and_then(|i| b.sources.get(i))
                .map_or_else(|| tr(lang, "source-none"), |s| s.short.clone());
            let mut notes = Vec::new();
            notes.extend(
                t.said_by
                    .as_ref()
                    .map(|by| format!("{}: {by}", tr(lang, "said-by"))),
            );
            notes.extend(t.quote.clone());
            notes.extend(t.comment.clone());
            notes.extend(t.statements.iter().cloned());
            PackFigure {
                label: t.label.clone(),
                value: t.text.clone(),
                when: t.when.clone().unwrap_or_default(),
                notes,
                said_by: t.said_by.clone(),
                quote: t.quote.clone(),
                caveats: t.comment.iter().chain(&t.statements).cloned().collect(),
                illustrative: t.illustrative,
                source: if t.illustrative {
                    format!("{source} {ILLUSTRATIVE_MARK}")
                } else {
                    source
                },
            }
        })
        .collect()
}

/// The notes on the figures: who said them, their words, caveats (none when no figure has
/// any).
fn figure_notes(figures: &[PackFigure], lang: Language) -> Option<PackSection> {
    let notes: Vec<PackItem> = figures
        .iter()
        .filter(|f| !f.notes.is_empty())
        .map(|f| PackItem {
            head: format!("{}: {}", f.label, f.value),
            lines: f.notes.clone(),
        })
        .collect();
    (!notes.is_empty()).then(|| PackSection {
        title: tr(lang, "export-figure-notes"),
        items: notes,
    })
}

/// The statements that are about no figure, and the places named.
fn sections(b: &Briefing, lang: Language) -> Vec<PackSection> {
    let mut out = Vec::new();
    let statements: Vec<PackItem> = b
        .statements
        .iter()
        .filter(|s| !s.on_tile)
        .map(|s| PackItem {
            head: s.line.clone(),
            lines: s
                .quote
                .iter()
                .cloned()
                .chain([s.source_text.clone()])
                .collect(),
        })
        .collect();
    if !statements.is_empty() {
        out.push(PackSection {
            title: tr(lang, "statements-heading"),
            items: statements,
        });
    }
    if !b.places.is_empty() {
        out.push(PackSection {
            title: tr(lang, "places-heading"),
            items: b
                .places
                .iter()
                .map(|p| PackItem {
                    head: match &p.district {
                        Some(d) if *d != p.name => format!("{} ({d})", p.name),
                        _ => p.name.clone(),
                    },
                    lines: p.note.iter().cloned().collect(),
                })
                .collect(),
        });
    }
    out
}

/// Every district with something said of it beyond its numbers.
fn districts(b: &Briefing, lang: Language) -> Option<PackSection> {
    let items: Vec<PackItem> = b
        .district_details
        .iter()
        .filter(|d| !d.is_empty())
        .map(|d| PackItem {
            head: d.name.clone(),
            lines: d.lines().cloned().collect(),
        })
        .collect();
    (!items.is_empty()).then(|| PackSection {
        title: tr(lang, "districts-appendix"),
        items,
    })
}

fn recommendations(
    b: &Briefing,
    notes: &BTreeMap<String, Note>,
    lang: Language,
) -> Vec<PackRecommendation> {
    b.recommendations
        .iter()
        .map(|r| {
            let note = notes.get(&r.id).cloned().unwrap_or_default();
            let or_dash = |s: &str| {
                let s = s.trim();
                if s.is_empty() {
                    "—".to_owned()
                } else {
                    s.to_owned()
                }
            };
            PackRecommendation {
                number: r.number,
                text: r.text.clone(),
                by: r.by.clone(),
                topic: r.topic.clone(),
                evidence: r.evidence.iter().map(|e| e.label.clone()).collect(),
                status: tr(lang, note.status.label_key()),
                owner: or_dash(&note.owner),
                due: or_dash(&crate::wording::long_date(&note.due, lang)),
                note: note.text.trim().to_owned(),
            }
        })
        .collect()
}

/// The short name of the source every key figure has, when they all have the same one.
fn shared_source(b: &Briefing) -> Option<String> {
    let first = b.tiles.first()?.source?;
    b.tiles
        .iter()
        .all(|t| t.source == Some(first) && !t.illustrative)
        .then(|| b.sources.get(first).map(|s| s.short.clone()))
        .flatten()
}

fn sources(b: &Briefing) -> Vec<PackSource> {
    b.sources
        .iter()
        .map(|s| {
            let mut text = s.short.clone();
            if s.title != s.short {
                text = format!("{text} — {}", s.title);
            }
            if let Some(note) = &s.note {
                text = format!("{text}. {note}");
            }
            PackSource {
                text,
                url: s.url.clone(),
                illustrative: s.illustrative,
            }
        })
        .collect()
}

/// The chart a workspace screen shows, as the pack draws it (for saving it as a picture): the
/// districts on the chosen metric, the centres, or corruption per district (the regional
/// figures when there is no breakdown).
pub fn screen_chart(b: &Briefing, chart: ChartKind) -> Option<ChartSpec> {
    let charts = b.charts();
    match chart {
        ChartKind::Districts => charts.districts.clone(),
        ChartKind::Centres => charts.centres.clone().filter(|c| c.total_rows > 0),
        ChartKind::Corruption => charts
            .corruption_districts
            .clone()
            .or_else(|| charts.corruption.clone()),
    }
}
