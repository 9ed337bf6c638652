//! The places named at the meeting and the statements that are not numbers, as tables.

use egui::Ui;

use super::Edited;
use super::fields::{self, Fields};
use super::tables::{ROW, add_button, head, mark, period_cell, remove_button, table};
use crate::i18n::tr;
use crate::model::{Dataset, FigureKey, Place, Statement, Text};

/// The places: id, name, district, why they were named.
pub fn places_ui(ui: &mut Ui, f: &Fields<'_>, data: &mut Dataset, edited: &mut Edited) {
    let lang = f.ui_lang;
    if add_button(ui, &tr(lang, "edit-add-place")) {
        let n = data.places.len() + 1;
        data.places.push(Place {
            id: format!("place-{n}"),
            name: Text::default(),
            district: None,
            note: None,
        });
        edited.structure("places");
    }
    let mut districts: Vec<(Option<String>, String)> = vec![(None, "—".to_owned())];
    districts.extend(data.districts.iter().map(|x| {
        (
            Some(x.id.clone()),
            x.name.get(f.lang, f.own).text.to_owned(),
        )
    }));
    let mut remove = None;
    let count = data.places.len();
    table(ui, "places-table", &[120.0, 200.0, 180.0, 420.0])
        .header(ROW, |mut row| {
            for key in [
                "edit-col-id",
                "edit-col-name",
                "edit-col-district",
                "edit-col-note",
            ] {
                head(&mut row, &tr(lang, key));
            }
            head(&mut row, "");
        })
        .body(|body| {
            body.rows(ROW, count, |mut row| {
                let i = row.index();
                let Some(p) = data.places.get_mut(i) else {
                    return;
                };
                let path = format!("places[{i}]");
                let rid = p.id.clone();
                let named = |key: &str| format!("{}, {rid}", tr(lang, key));
                row.col(|ui| {
                    let width = ui.available_width();
                    let id = format!("{path}.id");
                    if fields::string(ui, &id, &named("edit-col-id"), &mut p.id, width) {
                        edited.field(id.clone());
                    }
                    mark(ui, f, &id);
                });
                row.col(|ui| {
                    let width = ui.available_width();
                    let id = format!("{path}.name");
                    if f.text(ui, &id, &named("edit-col-name"), &mut p.name, width, false) {
                        edited.field(format!("{id}.{}", f.lang));
                    }
                });
                row.col(|ui| {
                    let width = ui.available_width();
                    let id = format!("{path}.district");
                    let name = named("edit-col-district");
                    if fields::choice(ui, &id, &name, &mut p.district, &districts, width) {
                        edited.field(id.clone());
                    }
                    mark(ui, f, &id);
                });
                row.col(|ui| {
                    let width = ui.available_width();
                    let id = format!("{path}.note");
                    if f.optional_text(ui, &id, &named("edit-col-note"), &mut p.note, width, false)
                    {
                        edited.field(format!("{id}.{}", f.lang));
                    }
                });
                row.col(|ui| {
                    if remove_button(ui, lang, &rid) {
                        remove = Some(i);
                    }
                });
            });
        });
    if let Some(i) = remove {
        data.places.remove(i);
        edited.structure("places");
    }
}

/// The statements: id, the figure they are about, the claim, who said it, the source, the
/// words.
pub fn statements_ui(ui: &mut Ui, f: &Fields<'_>, data: &mut Dataset, edited: &mut Edited) {
    let lang = f.ui_lang;
    if add_button(ui, &tr(lang, "edit-add-statement")) {
        let n = data.statements.len() + 1;
        data.statements.push(Statement {
            id: format!("statement-{n}"),
            figure: None,
            text: Text::default(),
            source: None,
            said_by: None,
            quote: None,
        });
        edited.structure("statements");
    }
    let mut figures: Vec<(Option<String>, String)> = vec![(None, "—".to_owned())];
    figures.extend(FigureKey::ALL.into_iter().map(|k| {
        (
            Some(k.as_str().to_owned()),
            crate::view_model::figure_label(k, Some(&*data), lang),
        )
    }));
    let mut remove = None;
    for (i, s) in data.statements.iter_mut().enumerate() {
        let path = format!("statements[{i}]");
        let rid = s.id.clone();
        let named = |key: &str| format!("{}, {rid}", tr(lang, key));
        ui.add_space(6.0);
        ui.horizontal_wrapped(|ui| {
            let id = format!("{path}.id");
            if fields::string(ui, &id, &named("edit-col-id"), &mut s.id, 140.0) {
                edited.field(id);
            }
            ui.label(tr(lang, "edit-col-figure"));
            let id = format!("{path}.figure");
            let name = named("edit-col-figure");
            if fields::choice(ui, &id, &name, &mut s.figure, &figures, 260.0) {
                edited.field(id);
            }
            ui.label(tr(lang, "said-by"));
            let id = format!("{path}.said_by");
            if fields::reference(ui, &id, &named("said-by"), &mut s.said_by, f.people, 160.0) {
                edited.field(id);
            }
            ui.label(tr(lang, "edit-col-source"));
            let id = format!("{path}.source");
            let name = named("edit-col-source");
            if fields::reference(ui, &id, &name, &mut s.source, f.sources, 160.0) {
                edited.field(id);
            }
            if remove_button(ui, lang, &rid) {
                remove = Some(i);
            }
        });
        let id = format!("{path}.text");
        if f.text(ui, &id, &named("edit-col-claim"), &mut s.text, 640.0, true) {
            edited.field(format!("{id}.{}", f.lang));
        }
        ui.horizontal(|ui| {
            ui.label(tr(lang, "edit-quote"));
            let id = format!("{path}.quote");
            if f.optional_text(ui, &id, &named("edit-quote"), &mut s.quote, 560.0, false) {
                edited.field(format!("{id}.{}", f.lang));
            }
        });
        f.findings_ui(ui, &path);
    }
    if let Some(i) = remove {
        data.statements.remove(i);
        edited.structure("statements");
    }
}

/// Services per district: delivered and the electronic share.
pub fn services_ui(ui: &mut Ui, f: &Fields<'_>, data: &mut Dataset, edited: &mut Edited) {
    use crate::model::{DistrictServices, Services};
    let lang = f.ui_lang;
    let districts: Vec<(String, String)> = data
        .districts
        .iter()
        .map(|x| (x.id.clone(), x.name.get(f.lang, f.own).text.to_owned()))
        .collect();
    let services = data.services.get_or_insert_with(|| Services {
        delivered: None,
        electronic_share_pct: None,
        paper_reduction_factor: None,
        signature_holders: None,
        in_person_share_pct: None,
        per_district: Vec::new(),
    });
    if add_button(ui, &tr(lang, "edit-add-cases")) {
        services.per_district.push(DistrictServices {
            district: districts.first().map(|x| x.0.clone()).unwrap_or_default(),
            delivered: None,
            electronic_share_pct: None,
            period: None,
            source: None,
        });
        edited.structure("services.per_district");
    }
    let mut remove = None;
    let count = services.per_district.len();
    table(ui, "services-table", &[200.0, 140.0, 140.0, 170.0, 160.0])
        .header(ROW, |mut row| {
            for key in [
                "edit-col-district",
                "figure-services-delivered",
                "figure-services-electronic",
                "edit-col-period",
                "edit-col-source",
            ] {
                head(&mut row, &tr(lang, key));
            }
            head(&mut row, "");
        })
        .body(|body| {
            body.rows(ROW, count, |mut row| {
                let i = row.index();
                let Some(s) = services.per_district.get_mut(i) else {
                    return;
                };
                let path = format!("services.per_district[{i}]");
                let rid = s.district.clone();
                let named = |key: &str| format!("{}, {rid}", tr(lang, key));
                row.col(|ui| {
                    let width = ui.available_width();
                    let id = format!("{path}.district");
                    let name = named("edit-col-district");
                    if fields::choice(ui, &id, &name, &mut s.district, &districts, width) {
                        edited.field(id);
                    }
                    mark(ui, f, &path);
                });
                row.col(|ui| {
                    let width = ui.available_width();
                    let id = format!("{path}.delivered");
                    let name = named("figure-services-delivered");
                    if f.optional_count(ui, &id, &name, &mut s.delivered, width) {
                        edited.field(id);
                    }
                });
                row.col(|ui| {
                    let width = ui.available_width();
                    let id = format!("{path}.electronic_share_pct");
                    let name = named("figure-services-electronic");
                    if f.optional_number(ui, &id, &name, &mut s.electronic_share_pct, width) {
                        edited.field(id);
                    }
                });
                row.col(|ui| {
                    let name = named("edit-col-period");
                    if period_cell(ui, &path, &name, lang, &mut s.period) {
                        edited.field(format!("{path}.period"));
                    }
                });
                row.col(|ui| {
                    let width = ui.available_width();
                    let id = format!("{path}.source");
                    let name = named("edit-col-source");
                    if fields::reference(ui, &id, &name, &mut s.source, f.sources, width) {
                        edited.field(id);
                    }
                });
                row.col(|ui| {
                    if remove_button(ui, lang, &rid) {
                        remove = Some(i);
                    }
                });
            });
        });
    if let Some(i) = remove {
        services.per_district.remove(i);
        edited.structure("services.per_district");
    }
}
