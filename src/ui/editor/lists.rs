//! The people and the sources, as tables: who is named (and who said what), and where the
//! figures come from.

use egui::Ui;

use super::Edited;
use super::fields::{self, Fields};
use super::tables::{ROW, add_button, head, mark, remove_button, table};
use crate::i18n::tr;
use crate::model::{Dataset, Person, Source, Text};

/// The people: id, name and role in the language edited.
pub fn people_ui(ui: &mut Ui, f: &Fields<'_>, data: &mut Dataset, edited: &mut Edited) {
    let lang = f.ui_lang;
    if add_button(ui, &tr(lang, "edit-add-person")) {
        let n = data.people.len() + 1;
        data.people.push(Person {
            id: format!("person-{n}"),
            name: Text::default(),
            role: None,
        });
        edited.structure("people");
    }
    let mut remove = None;
    let count = data.people.len();
    table(ui, "people-table", &[120.0, 220.0, 360.0])
        .header(ROW, |mut row| {
            for key in ["edit-col-id", "edit-col-name", "edit-col-role"] {
                head(&mut row, &tr(lang, key));
            }
            head(&mut row, "");
        })
        .body(|body| {
            body.rows(ROW, count, |mut row| {
                let i = row.index();
                let Some(p) = data.people.get_mut(i) else {
                    return;
                };
                let path = format!("people[{i}]");
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
                    let id = format!("{path}.role");
                    if f.optional_text(ui, &id, &named("edit-col-role"), &mut p.role, width, false)
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
        data.people.remove(i);
        edited.structure("people");
    }
}

/// The sources: id, title, publisher, date, address, whether illustrative.
pub fn sources_ui(ui: &mut Ui, f: &Fields<'_>, data: &mut Dataset, edited: &mut Edited) {
    let lang = f.ui_lang;
    if add_button(ui, &tr(lang, "edit-add-source")) {
        let n = data.sources.len() + 1;
        data.sources.push(Source {
            id: format!("source-{n}"),
            title: Text::default(),
            publisher: None,
            date: None,
            url: None,
            illustrative: false,
            note: None,
        });
        edited.structure("sources");
    }
    let mut remove = None;
    let count = data.sources.len();
    table(
        ui,
        "sources-table",
        &[120.0, 260.0, 140.0, 90.0, 220.0, 60.0],
    )
    .header(ROW, |mut row| {
        for key in [
            "edit-col-id",
            "edit-col-title",
            "edit-col-publisher",
            "edit-col-date",
            "edit-col-url",
            "edit-col-illustrative",
        ] {
            head(&mut row, &tr(lang, key));
        }
        head(&mut row, "");
    })
    .body(|body| {
        body.rows(ROW, count, |mut row| {
            let i = row.index();
            let Some(s) = data.sources.get_mut(i) else {
                return;
            };
            source_row(&mut row, f, i, s, edited, &mut remove);
        });
    });
    if let Some(i) = remove {
        data.sources.remove(i);
        edited.structure("sources");
    }
}

/// One source's row.
fn source_row(
    row: &mut egui_extras::TableRow<'_, '_>,
    f: &Fields<'_>,
    i: usize,
    s: &mut Source,
    edited: &mut Edited,
    remove: &mut Option<usize>,
) {
    let lang = f.ui_lang;
    let path = format!("sources[{i}]");
    let rid = s.id.clone();
    let named = |key: &str| format!("{}, {rid}", tr(lang, key));
    row.col(|ui| {
        let width = ui.available_width();
        let id = format!("{path}.id");
        if fields::string(ui, &id, &named("edit-col-id"), &mut s.id, width) {
            edited.field(id.clone());
        }
        mark(ui, f, &id);
    });
    row.col(|ui| {
        let width = ui.available_width();
        let id = format!("{path}.title");
        if f.text(
            ui,
            &id,
            &named("edit-col-title"),
            &mut s.title,
            width,
            false,
        ) {
            edited.field(format!("{id}.{}", f.lang));
        }
    });
    row.col(|ui| {
        let width = ui.available_width();
        let id = format!("{path}.publisher");
        let name = named("edit-col-publisher");
        if f.optional_text(ui, &id, &name, &mut s.publisher, width, false) {
            edited.field(format!("{id}.{}", f.lang));
        }
    });
    row.col(|ui| {
        let width = ui.available_width();
        let id = format!("{path}.date");
        if fields::optional_date(ui, &id, &named("edit-col-date"), &mut s.date, width) {
            edited.field(id);
        }
    });
    row.col(|ui| {
        let width = ui.available_width();
        let id = format!("{path}.url");
        if fields::optional_string(ui, &id, &named("edit-col-url"), &mut s.url, width) {
            edited.field(id);
        }
    });
    row.col(|ui| {
        if ui
            .checkbox(&mut s.illustrative, "")
            .accessible_name(named("edit-col-illustrative"))
            .changed()
        {
            edited.field(format!("{path}.illustrative"));
        }
    });
    row.col(|ui| {
        if remove_button(ui, lang, &rid) {
            *remove = Some(i);
        }
    });
}
