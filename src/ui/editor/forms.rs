//! The parts of a dataset that are not tables, as forms: the briefing and its meeting, the key
//! figures, the recommendations.

use egui::{Grid, Ui};

use super::Edited;
use super::fields::{self, Fields};
use super::tables::remove_button;
use crate::i18n::tr;
use crate::model::{
    ChartKind, Dataset, Evidence, Figure, FigureKey, Meeting, Period, Qualifier, Text,
};
use crate::view_model::figure_label;

const WIDE: f32 = 640.0;
const NARROW: f32 = 120.0;

/// A labelled row of a form grid.
fn label(ui: &mut Ui, text: &str) {
    ui.label(egui::RichText::new(text).strong());
}

/// The briefing: title, region, language, period, as-of date, the meeting.
pub fn briefing_ui(ui: &mut Ui, f: &Fields<'_>, data: &mut Dataset, edited: &mut Edited) {
    let lang = f.ui_lang;
    Grid::new("briefing-form")
        .num_columns(2)
        .spacing([12.0, 8.0])
        .show(ui, |ui| {
            label(ui, &tr(lang, "edit-title"));
            ui.vertical(|ui| {
                if f.text(
                    ui,
                    "title",
                    &tr(lang, "edit-title"),
                    &mut data.title,
                    WIDE,
                    false,
                ) {
                    edited.field(format!("title.{}", f.lang));
                }
                f.findings_ui(ui, "title");
            });
            ui.end_row();
            label(ui, &tr(lang, "edit-region"));
            ui.vertical(|ui| {
                if f.text(
                    ui,
                    "region",
                    &tr(lang, "edit-region"),
                    &mut data.region,
                    WIDE,
                    false,
                ) {
                    edited.field(format!("region.{}", f.lang));
                }
                f.findings_ui(ui, "region");
            });
            ui.end_row();
            label(ui, &tr(lang, "edit-period"));
            ui.vertical(|ui| {
                period_ui(
                    ui,
                    f,
                    "period",
                    &tr(lang, "edit-period"),
                    &mut data.period,
                    edited,
                );
                f.findings_ui(ui, "period");
            });
            ui.end_row();
            label(ui, &tr(lang, "edit-as-of"));
            ui.vertical(|ui| {
                if fields::optional_date(
                    ui,
                    "as_of",
                    &tr(lang, "edit-as-of"),
                    &mut data.as_of,
                    NARROW,
                ) {
                    edited.field("as_of".to_owned());
                }
                f.findings_ui(ui, "as_of");
            });
            ui.end_row();
            meeting_ui(ui, f, data, edited);
        });
    translations_ui(ui, f, data, edited);
}

/// Who made the texts in each language other than the dataset's: a note shown with the
/// sources when reading in that language.
fn translations_ui(ui: &mut Ui, f: &Fields<'_>, data: &mut Dataset, edited: &mut Edited) {
    let lang = f.ui_lang;
    ui.add_space(10.0);
    ui.label(egui::RichText::new(tr(lang, "edit-translations")).strong());
    let mut remove = None;
    for (i, t) in data.translations.iter_mut().enumerate() {
        let path = format!("translations[{i}]");
        ui.horizontal(|ui| {
            let id = format!("{path}.language");
            let name = format!("{}, {}", tr(lang, "edit-col-language"), i + 1);
            if fields::string(ui, &id, &name, &mut t.language, 40.0) {
                edited.field(id);
            }
            let id = format!("{path}.note");
            let name = format!("{}, {}", tr(lang, "edit-col-note"), i + 1);
            if f.text(ui, &id, &name, &mut t.note, WIDE - 60.0, false) {
                edited.field(format!("{id}.{}", f.lang));
            }
            if remove_button(ui, lang, &(i + 1).to_string()) {
                remove = Some(i);
            }
        });
        f.findings_ui(ui, &path);
    }
    if let Some(i) = remove {
        data.translations.remove(i);
        edited.structure("translations");
    }
    if ui
        .button(format!("+ {}", tr(lang, "edit-add-translation")))
        .clicked()
    {
        let used: Vec<String> = data
            .translations
            .iter()
            .map(|t| t.language.clone())
            .collect();
        let code = crate::model::TEXT_LANGUAGES
            .iter()
            .find(|c| **c != data.language() && !used.iter().any(|u| u == *c))
            .unwrap_or(&"kk");
        data.translations.push(crate::model::Translation {
            language: (*code).to_owned(),
            note: Text::default(),
        });
        edited.structure("translations");
    }
}

/// Who took part: each person of the briefing, switched on or off; a participant the people do
/// not hold (a typo in a hand-written file) shows marked until switched off.
fn participants_ui(ui: &mut Ui, f: &Fields<'_>, participants: &mut Vec<String>) -> bool {
    let mut changed = false;
    ui.vertical(|ui| {
        ui.set_max_width(WIDE);
        ui.horizontal_wrapped(|ui| {
            for (id, name) in f.people {
                let mut on = participants.contains(id);
                let toggle = ui
                    .toggle_value(&mut on, name)
                    .on_hover_text(id)
                    .accessible_name(format!("{}: {name}", tr(f.ui_lang, "edit-participants")));
                if toggle.changed() {
                    if on {
                        participants.push(id.clone());
                    } else {
                        participants.retain(|p| p != id);
                    }
                    changed = true;
                }
            }
            let unknown: Vec<String> = participants
                .iter()
                .filter(|p| !f.people.iter().any(|(id, _)| id == *p))
                .cloned()
                .collect();
            for id in unknown {
                let mut on = true;
                if ui.toggle_value(&mut on, format!("? {id}")).changed() {
                    participants.retain(|p| *p != id);
                    changed = true;
                }
            }
            if f.people.is_empty() {
                ui.weak(tr(f.ui_lang, "edit-no-people"));
            }
        });
        f.findings_ui(ui, "meeting.participants");
    });
    changed
}

/// The meeting's rows of the briefing form.
fn meeting_ui(ui: &mut Ui, f: &Fields<'_>, data: &mut Dataset, edited: &mut Edited) {
    let lang = f.ui_lang;
    let meeting = data.meeting.get_or_insert_with(|| Meeting {
        title: None,
        date: None,
        place: None,
        chair: None,
        participants: Vec::new(),
        attendance: None,
    });
    label(ui, &tr(lang, "edit-meeting"));
    if f.optional_text(
        ui,
        "meeting.title",
        &tr(lang, "edit-meeting"),
        &mut meeting.title,
        WIDE,
        false,
    ) {
        edited.field(format!("meeting.title.{}", f.lang));
    }
    ui.end_row();
    label(ui, &tr(lang, "edit-meeting-date"));
    if fields::optional_date(
        ui,
        "meeting.date",
        &tr(lang, "edit-meeting-date"),
        &mut meeting.date,
        NARROW,
    ) {
        edited.field("meeting.date".to_owned());
    }
    ui.end_row();
    label(ui, &tr(lang, "edit-meeting-place"));
    if f.optional_text(
        ui,
        "meeting.place",
        &tr(lang, "edit-meeting-place"),
        &mut meeting.place,
        WIDE,
        false,
    ) {
        edited.field(format!("meeting.place.{}", f.lang));
    }
    ui.end_row();
    label(ui, &tr(lang, "edit-chair"));
    if fields::reference(
        ui,
        "meeting.chair",
        &tr(lang, "edit-chair"),
        &mut meeting.chair,
        f.people,
        320.0,
    ) {
        edited.field("meeting.chair".to_owned());
    }
    ui.end_row();
    label(ui, &tr(lang, "edit-participants"));
    if participants_ui(ui, f, &mut meeting.participants) {
        edited.field("meeting.participants".to_owned());
    }
    ui.end_row();
    label(ui, &tr(lang, "edit-attendance"));
    if f.optional_text(
        ui,
        "meeting.attendance",
        &tr(lang, "edit-attendance"),
        &mut meeting.attendance,
        WIDE,
        true,
    ) {
        edited.field(format!("meeting.attendance.{}", f.lang));
    }
    ui.end_row();
}

/// A period: first and last date, and how people name it where the dates will not do.
pub(super) fn period_ui(
    ui: &mut Ui,
    f: &Fields<'_>,
    path: &str,
    name: &str,
    period: &mut Option<Period>,
    edited: &mut Edited,
) {
    let lang = f.ui_lang;
    let from = tr(lang, "edit-from");
    let to = tr(lang, "edit-to");
    let names = [format!("{name} {from}"), format!("{name} {to}")];
    if fields::period_dates(
        ui,
        path,
        [&names[0], &names[1]],
        Some([&from, &to]),
        period,
        NARROW,
    ) {
        edited.field(path.to_owned());
    }
    if let Some(p) = period.as_mut() {
        ui.horizontal(|ui| {
            ui.label(tr(lang, "edit-period-label"));
            if f.optional_text(
                ui,
                &format!("{path}.label"),
                &tr(lang, "edit-period-label"),
                &mut p.label,
                WIDE - 80.0,
                false,
            ) {
                edited.field(format!("{path}.label.{}", f.lang));
            }
        });
    }
}

/// The key figures: value, qualifier, period or as-of date, source, speaker, quote, comment.
pub fn figures_ui(ui: &mut Ui, f: &Fields<'_>, data: &mut Dataset, edited: &mut Edited) {
    let lang = f.ui_lang;
    let qualifiers = [
        (Qualifier::Exact, tr(lang, "edit-qualifier-exact")),
        (Qualifier::MoreThan, tr(lang, "qualifier-more-than")),
        (Qualifier::AtLeast, tr(lang, "qualifier-at-least")),
        (Qualifier::About, tr(lang, "qualifier-about")),
        (Qualifier::LessThan, tr(lang, "qualifier-less-than")),
        (Qualifier::AtMost, tr(lang, "qualifier-at-most")),
    ];
    for key in FigureKey::ALL {
        let path = key.field_path();
        let name = figure_label(key, Some(&*data), lang);
        ui.add_space(6.0);
        ui.label(egui::RichText::new(&name).strong());
        if key == FigureKey::CentresBuiltRecently {
            built_years_ui(ui, f, data, &name, edited);
        }
        let figure = figure_mut(data, key);
        figure_ui(ui, f, figure, path, &name, &qualifiers, edited);
    }
}

/// Over how many years the centre buildings were counted: the number in the figure's label.
fn built_years_ui(
    ui: &mut Ui,
    f: &Fields<'_>,
    data: &mut Dataset,
    name: &str,
    edited: &mut Edited,
) {
    let lang = f.ui_lang;
    let totals = data
        .centre_totals
        .get_or_insert(crate::model::CentreTotals {
            centres: None,
            rented: None,
            built_recently: None,
            built_years: None,
        });
    let mut years = totals.built_years.map(i64::from);
    ui.horizontal(|ui| {
        let words = tr(lang, "edit-built-years");
        ui.label(&words);
        let id = "centre_totals.built_years";
        if f.optional_count(ui, id, &format!("{name}, {words}"), &mut years, 60.0) {
            totals.built_years = years.and_then(|y| u32::try_from(y).ok());
            edited.field(id.to_owned());
        }
    });
}

/// One key figure's fields, or the button that adds it.
fn figure_ui(
    ui: &mut Ui,
    f: &Fields<'_>,
    figure: &mut Option<Figure>,
    path: &str,
    name: &str,
    qualifiers: &[(Qualifier, String)],
    edited: &mut Edited,
) {
    let lang = f.ui_lang;
    {
        match figure {
            None => {
                if ui.button(tr(lang, "edit-add-figure")).clicked() {
                    *figure = Some(Figure {
                        value: 0.0,
                        qualifier: Qualifier::Exact,
                        period: None,
                        as_of: None,
                        source: None,
                        said_by: None,
                        quote: None,
                        comment: None,
                    });
                    edited.structure(path);
                }
            }
            Some(fig) => {
                let mut remove = false;
                ui.horizontal_wrapped(|ui| {
                    if f.number(ui, &format!("{path}.value"), name, &mut fig.value, NARROW) {
                        edited.field(format!("{path}.value"));
                    }
                    let id = format!("{path}.qualifier");
                    if fields::choice(
                        ui,
                        &id,
                        &format!("{name}, {}", tr(lang, "edit-qualifier")),
                        &mut fig.qualifier,
                        qualifiers,
                        200.0,
                    ) {
                        edited.field(id);
                    }
                    ui.label(tr(lang, "edit-as-of"));
                    if fields::optional_date(
                        ui,
                        &format!("{path}.as_of"),
                        &format!("{name}, {}", tr(lang, "edit-as-of")),
                        &mut fig.as_of,
                        NARROW,
                    ) {
                        edited.field(format!("{path}.as_of"));
                    }
                    ui.label(tr(lang, "edit-col-source"));
                    let id = format!("{path}.source");
                    let named = format!("{name}, {}", tr(lang, "edit-col-source"));
                    if fields::reference(ui, &id, &named, &mut fig.source, f.sources, 200.0) {
                        edited.field(id);
                    }
                    ui.label(tr(lang, "said-by"));
                    let id = format!("{path}.said_by");
                    let named = format!("{name}, {}", tr(lang, "said-by"));
                    if fields::reference(ui, &id, &named, &mut fig.said_by, f.people, 200.0) {
                        edited.field(id);
                    }
                    remove = ui
                        .small_button("×")
                        .on_hover_text(tr(lang, "edit-remove-figure"))
                        .accessible_name(format!("{}, {name}", tr(lang, "edit-remove-figure")))
                        .clicked();
                });
                if remove {
                    edited.structure(path);
                    *figure = None;
                } else {
                    // Its own period, where it is not the briefing's (a flow over other months).
                    ui.label(tr(lang, "edit-figure-period"));
                    let period_name = format!("{name}, {}", tr(lang, "edit-period"));
                    period_ui(
                        ui,
                        f,
                        &format!("{path}.period"),
                        &period_name,
                        &mut fig.period,
                        edited,
                    );
                    ui.horizontal(|ui| {
                        ui.label(tr(lang, "edit-quote"));
                        let id = format!("{path}.quote");
                        let named = format!("{name}, {}", tr(lang, "edit-quote"));
                        if f.optional_text(ui, &id, &named, &mut fig.quote, WIDE, false) {
                            edited.field(format!("{id}.{}", f.lang));
                        }
                    });
                    ui.horizontal(|ui| {
                        ui.label(tr(lang, "edit-comment"));
                        let id = format!("{path}.comment");
                        let named = format!("{name}, {}", tr(lang, "edit-comment"));
                        if f.optional_text(ui, &id, &named, &mut fig.comment, WIDE, false) {
                            edited.field(format!("{id}.{}", f.lang));
                        }
                    });
                    f.findings_ui(ui, path);
                }
            }
        }
    }
}

/// Where a figure lives in the dataset, creating the section that holds it.
fn figure_mut(data: &mut Dataset, key: FigureKey) -> &mut Option<Figure> {
    use crate::model::{CentreTotals, Corruption, Services};
    match key {
        FigureKey::CentresTotal | FigureKey::CentresRented | FigureKey::CentresBuiltRecently => {
            let t = data.centre_totals.get_or_insert(CentreTotals {
                centres: None,
                rented: None,
                built_recently: None,
                built_years: None,
            });
            match key {
                FigureKey::CentresTotal => &mut t.centres,
                FigureKey::CentresRented => &mut t.rented,
                _ => &mut t.built_recently,
            }
        }
        FigureKey::CorruptionCrimes
        | FigureKey::CorruptionPersons
        | FigureKey::CorruptionManagers => {
            let c = data.corruption.get_or_insert_with(|| Corruption {
                period: None,
                crimes: None,
                persons_prosecuted: None,
                managers: None,
                per_district: Vec::new(),
            });
            match key {
                FigureKey::CorruptionCrimes => &mut c.crimes,
                FigureKey::CorruptionPersons => &mut c.persons_prosecuted,
                _ => &mut c.managers,
            }
        }
        FigureKey::ServicesDelivered
        | FigureKey::ServicesElectronicShare
        | FigureKey::ServicesPaperReduction
        | FigureKey::ServicesSignatureHolders
        | FigureKey::ServicesInPersonShare => {
            let s = data.services.get_or_insert_with(|| Services {
                delivered: None,
                electronic_share_pct: None,
                paper_reduction_factor: None,
                signature_holders: None,
                in_person_share_pct: None,
                per_district: Vec::new(),
            });
            match key {
                FigureKey::ServicesDelivered => &mut s.delivered,
                FigureKey::ServicesElectronicShare => &mut s.electronic_share_pct,
                FigureKey::ServicesPaperReduction => &mut s.paper_reduction_factor,
                FigureKey::ServicesSignatureHolders => &mut s.signature_holders,
                _ => &mut s.in_person_share_pct,
            }
        }
    }
}

/// The recommendations: text and topic in the language edited, who made them.
pub fn recommendations_ui(ui: &mut Ui, f: &Fields<'_>, data: &mut Dataset, edited: &mut Edited) {
    let lang = f.ui_lang;
    if ui
        .button(format!("+ {}", tr(lang, "edit-add-recommendation")))
        .clicked()
    {
        let named = data.recommendations.len() + 1;
        data.recommendations.push(crate::model::Recommendation {
            id: format!("r{named}"),
            text: Text::default(),
            by: None,
            topic: None,
            evidence: Vec::new(),
        });
        edited.structure("recommendations");
    }
    let options = evidence_options(f, data);
    let mut remove = None;
    for (i, r) in data.recommendations.iter_mut().enumerate() {
        let p = format!("recommendations[{i}]");
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            ui.label(egui::RichText::new(format!("{}.", i + 1)).strong());
            let named = |key: &str| format!("{}, {}", tr(lang, key), i + 1);
            if fields::string(
                ui,
                &format!("{p}.id"),
                &named("edit-col-id"),
                &mut r.id,
                80.0,
            ) {
                edited.field(format!("{p}.id"));
            }
            ui.label(tr(lang, "edit-by"));
            let name = named("edit-by");
            if fields::reference(ui, &format!("{p}.by"), &name, &mut r.by, f.people, 200.0) {
                edited.field(format!("{p}.by"));
            }
            if remove_button(ui, lang, &(i + 1).to_string()) {
                remove = Some(i);
            }
        });
        let name = format!("{} {}", tr(lang, "edit-add-recommendation"), i + 1);
        if f.text(
            ui,
            &format!("{p}.text"),
            &name,
            &mut r.text,
            WIDE + 200.0,
            true,
        ) {
            edited.field(format!("{p}.text.{}", f.lang));
        }
        ui.horizontal(|ui| {
            ui.label(tr(lang, "edit-topic"));
            let name = format!("{}, {}", tr(lang, "edit-topic"), i + 1);
            if f.optional_text(ui, &format!("{p}.topic"), &name, &mut r.topic, WIDE, false) {
                edited.field(format!("{p}.topic.{}", f.lang));
            }
        });
        evidence_ui(ui, f, i, r, &options, edited);
        f.findings_ui(ui, &p);
    }
    if let Some(i) = remove {
        data.recommendations.remove(i);
        edited.structure("recommendations");
    }
}

/// Every piece of evidence a recommendation may rest on, with its name.
fn evidence_options(f: &Fields<'_>, data: &Dataset) -> Vec<(Evidence, String)> {
    let lang = f.ui_lang;
    let mut out: Vec<(Evidence, String)> = FigureKey::ALL
        .into_iter()
        .filter(|k| data.figure(*k).is_some())
        .map(|k| {
            (
                Evidence::Figure(k.as_str().to_owned()),
                figure_label(k, Some(data), lang),
            )
        })
        .collect();
    out.extend(
        [
            (ChartKind::Districts, "chart-districts"),
            (ChartKind::Centres, "chart-centres"),
            (ChartKind::Corruption, "chart-corruption"),
        ]
        .into_iter()
        .map(|(c, key)| {
            (
                Evidence::Chart(c),
                format!("{}: {}", tr(lang, "chart-label"), tr(lang, key)),
            )
        }),
    );
    out.extend(data.districts.iter().map(|x| {
        (
            Evidence::District(x.id.clone()),
            x.name.get(f.lang, f.own).text.to_owned(),
        )
    }));
    out.extend(data.centres.iter().map(|c| {
        (
            Evidence::Centre(c.id.clone()),
            c.name.get(f.lang, f.own).text.to_owned(),
        )
    }));
    out
}

/// Evidence the options do not hold (a figure not given, an id nobody has): named in words,
/// an unknown id marked as such.
fn unlisted_evidence(e: &Evidence, lang: crate::i18n::Language) -> String {
    match e {
        Evidence::Figure(key) => FigureKey::parse(key)
            .map_or_else(|| format!("? {key}"), |k| figure_label(k, None, lang)),
        Evidence::Chart(_) => tr(lang, "chart-label"),
        Evidence::Centre(id) | Evidence::District(id) => format!("? {id}"),
    }
}

/// A recommendation's evidence: each piece with a button that removes it, and a list that
/// adds one.
fn evidence_ui(
    ui: &mut Ui,
    f: &Fields<'_>,
    i: usize,
    r: &mut crate::model::Recommendation,
    options: &[(Evidence, String)],
    edited: &mut Edited,
) {
    let lang = f.ui_lang;
    let path = format!("recommendations[{i}].evidence");
    let mut remove = None;
    ui.horizontal_wrapped(|ui| {
        ui.label(tr(lang, "evidence"));
        for (k, e) in r.evidence.iter().enumerate() {
            let name = options
                .iter()
                .find(|(o, _)| o == e)
                .map_or_else(|| unlisted_evidence(e, lang), |(_, n)| n.clone());
            if ui
                .small_button(format!("{name} ×"))
                .on_hover_text(tr(lang, "edit-remove-row"))
                .clicked()
            {
                remove = Some(k);
            }
        }
        let mut added: Option<Evidence> = None;
        let response = egui::ComboBox::from_id_salt((path.as_str(), "add"))
            .selected_text(format!("+ {}", tr(lang, "edit-add-evidence")))
            .show_ui(ui, |ui| {
                for (e, name) in options.iter().filter(|(e, _)| !r.evidence.contains(e)) {
                    if ui.selectable_label(false, name).clicked() {
                        added = Some(e.clone());
                    }
                }
            })
            .response;
        let _ = response.accessible_name(format!("{}, {}", tr(lang, "edit-add-evidence"), i + 1));
        if let Some(e) = added {
            r.evidence.push(e);
            edited.structure(&path);
        }
    });
    if let Some(k) = remove {
        r.evidence.remove(k);
        edited.structure(&path);
    }
}
