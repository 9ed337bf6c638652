//! The tabular parts of a dataset as editable tables: districts, centres, and the case counts
//! per district. Only the rows in view are laid out, so a table of thousands of districts types
//! as fast as one of twenty.

use egui::Ui;
use egui_extras::{Column, TableBuilder};

use super::Edited;
use super::fields::{self, Fields};
use crate::i18n::tr;
use crate::model::{Centre, Dataset, District, DistrictCases, DistrictKind, Premises, Text};

pub(super) const ROW: f32 = 26.0;

/// A row's own period in a table cell: from and to, with the words in the fields' names.
pub(super) fn period_cell(
    ui: &mut Ui,
    path: &str,
    name: &str,
    lang: crate::i18n::Language,
    period: &mut Option<crate::model::Period>,
) -> bool {
    let width = ((ui.available_width() - 18.0) / 2.0).max(40.0);
    let names = [
        format!("{name} {}", tr(lang, "edit-from")),
        format!("{name} {}", tr(lang, "edit-to")),
    ];
    let path = format!("{path}.period");
    fields::period_dates(ui, &path, [&names[0], &names[1]], None, period, width)
}

/// A header cell.
pub(super) fn head(row: &mut egui_extras::TableRow<'_, '_>, text: &str) {
    row.col(|ui| {
        ui.strong(text);
    });
}

/// The table's frame: striped, its own scrolling, as tall as the room left.
pub(super) fn table<'a>(ui: &'a mut Ui, id: &str, columns: &[f32]) -> TableBuilder<'a> {
    let mut builder = TableBuilder::new(ui)
        .id_salt(id.to_owned())
        .striped(true)
        .resizable(true)
        .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
        .max_scroll_height(f32::INFINITY)
        .auto_shrink([false, false]);
    for width in columns {
        builder = builder.column(Column::initial(*width).at_least(40.0).clip(true));
    }
    builder.column(Column::exact(28.0))
}

/// The "×" that removes a row; `row` names it for screen readers ("kokshetau", "2").
pub(super) fn remove_button(ui: &mut Ui, lang: crate::i18n::Language, row: &str) -> bool {
    let what = tr(lang, "edit-remove-row");
    ui.small_button("×")
        .on_hover_text(&what)
        .accessible_name(format!("{what}, {row}"))
        .clicked()
}

/// The button under a table that adds a row.
pub(super) fn add_button(ui: &mut Ui, label: &str) -> bool {
    ui.button(format!("+ {label}")).clicked()
}

/// The districts: id, name, kind, administrative centre, population and its year and source.
pub fn districts_ui(ui: &mut Ui, f: &Fields<'_>, data: &mut Dataset, edited: &mut Edited) {
    let lang = f.ui_lang;
    if add_button(ui, &tr(lang, "edit-add-district")) {
        let named = data.districts.len() + 1;
        data.districts.push(District {
            id: format!("district-{named}"),
            name: Text::default(),
            names: std::collections::BTreeMap::new(),
            kind: DistrictKind::District,
            centre: None,
            population: None,
        });
        edited.structure("districts");
    }
    let kinds = [
        (DistrictKind::District, tr(lang, "edit-kind-district")),
        (DistrictKind::City, tr(lang, "edit-kind-city")),
    ];
    let mut remove = None;
    let count = data.districts.len();
    table(
        ui,
        "districts-table",
        &[110.0, 200.0, 110.0, 140.0, 90.0, 60.0, 140.0],
    )
    .header(ROW, |mut row| {
        for key in crate::import::Target::Districts.column_keys() {
            head(&mut row, &tr(lang, key));
        }
        head(&mut row, "");
    })
    .body(|body| {
        body.rows(ROW, count, |mut row| {
            let i = row.index();
            let Some(x) = data.districts.get_mut(i) else {
                return;
            };
            district_row(&mut row, f, i, x, &kinds, edited, &mut remove);
        });
    });
    // A district other parts refer to goes only when the preparer agrees, with them.
    if let Some(i) = remove
        && super::delete_ui::delete_or_ask(ui, f, data, i)
    {
        edited.structure("districts");
    }
    if super::delete_ui::confirm_ui(ui, f, data) {
        edited.structure("districts");
    }
}

fn set_population(x: &mut District, value: Option<i64>) {
    match (value, &mut x.population) {
        (None, _) => x.population = None,
        (Some(v), Some(p)) => p.value = v,
        (Some(v), None) => {
            x.population = Some(crate::model::Population {
                value: v,
                year: None,
                source: None,
            });
        }
    }
}

/// A red outline around a cell `check` has an error about.
pub(super) fn mark(ui: &mut Ui, f: &Fields<'_>, path: &str) {
    if f.has_error(path) {
        let rect = ui.min_rect().expand(1.0);
        let color = crate::ui::theme::Palette::current(ui).error;
        ui.painter().rect_stroke(
            rect,
            2.0,
            egui::Stroke::new(1.5, color),
            egui::StrokeKind::Outside,
        );
        // What is wrong, on hovering the cell (the table has no room for it).
        let words = f.messages(path).join("\n");
        ui.interact(
            rect,
            ui.scope_id().with(("finding", path)),
            egui::Sense::hover(),
        )
        .on_hover_text(words);
    }
}

/// The centres: id, name, district, premises, rent, its change, raised, note, source.
pub fn centres_ui(ui: &mut Ui, f: &Fields<'_>, data: &mut Dataset, edited: &mut Edited) {
    let lang = f.ui_lang;
    if add_button(ui, &tr(lang, "edit-add-centre")) {
        let named = data.centres.len() + 1;
        data.centres.push(Centre {
            id: format!("centre-{named}"),
            name: Text::default(),
            district: data
                .districts
                .first()
                .map(|x| x.id.clone())
                .unwrap_or_default(),
            premises: Premises::Owned,
            rent_kzt_per_month: None,
            rent_change_pct: None,
            rent_raised: false,
            note: None,
            source: None,
        });
        edited.structure("centres");
    }
    let premises = [
        (Premises::Owned, tr(lang, "premises-owned")),
        (Premises::Rented, tr(lang, "premises-rented")),
    ];
    let districts: Vec<(String, String)> = data
        .districts
        .iter()
        .map(|x| (x.id.clone(), x.name.get(f.lang, f.own).text.to_owned()))
        .collect();
    let mut remove = None;
    let count = data.centres.len();
    table(
        ui,
        "centres-table",
        &[110.0, 180.0, 150.0, 110.0, 90.0, 70.0, 50.0, 160.0, 120.0],
    )
    .header(ROW, |mut row| {
        for key in crate::import::Target::Centres.column_keys() {
            head(&mut row, &tr(lang, key));
        }
        head(&mut row, "");
    })
    .body(|body| {
        body.rows(ROW, count, |mut row| {
            let i = row.index();
            let Some(c) = data.centres.get_mut(i) else {
                return;
            };
            centre_row(
                &mut row,
                f,
                i,
                c,
                &districts,
                &premises,
                edited,
                &mut remove,
            );
        });
    });
    if let Some(i) = remove {
        data.centres.remove(i);
        edited.structure("centres");
    }
}

/// The case counts per district.
pub fn cases_ui(ui: &mut Ui, f: &Fields<'_>, data: &mut Dataset, edited: &mut Edited) {
    let lang = f.ui_lang;
    let districts: Vec<(String, String)> = data
        .districts
        .iter()
        .map(|x| (x.id.clone(), x.name.get(f.lang, f.own).text.to_owned()))
        .collect();
    let corruption = data
        .corruption
        .get_or_insert_with(|| crate::model::Corruption {
            period: None,
            crimes: None,
            persons_prosecuted: None,
            managers: None,
            per_district: Vec::new(),
        });
    // The counts' own period, where it is not the briefing's; a row may have its own again.
    ui.label(tr(lang, "edit-cases-period"));
    let name = format!(
        "{}, {}",
        tr(lang, "edit-section-cases"),
        tr(lang, "edit-period")
    );
    super::forms::period_ui(
        ui,
        f,
        "corruption.period",
        &name,
        &mut corruption.period,
        edited,
    );
    ui.add_space(6.0);
    if add_button(ui, &tr(lang, "edit-add-cases")) {
        corruption.per_district.push(DistrictCases {
            district: districts.first().map(|x| x.0.clone()).unwrap_or_default(),
            crimes: None,
            persons_prosecuted: None,
            managers: None,
            period: None,
            source: None,
        });
        edited.structure("corruption.per_district");
    }
    let mut remove = None;
    let count = corruption.per_district.len();
    table(
        ui,
        "cases-table",
        &[180.0, 90.0, 110.0, 110.0, 170.0, 160.0],
    )
    .header(ROW, |mut row| {
        for key in [
            "edit-col-district",
            "measure-crimes",
            "measure-persons",
            "measure-managers",
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
            let Some(c) = corruption.per_district.get_mut(i) else {
                return;
            };
            cases_row(&mut row, f, i, c, &districts, edited, &mut remove);
        });
    });
    if let Some(i) = remove {
        corruption.per_district.remove(i);
        edited.structure("corruption.per_district");
    }
}

/// One row of the table.
fn district_row(
    row: &mut egui_extras::TableRow<'_, '_>,
    f: &Fields<'_>,
    i: usize,
    x: &mut District,
    kinds: &[(DistrictKind, String)],
    edited: &mut Edited,
    remove: &mut Option<usize>,
) {
    let lang = f.ui_lang;
    let p = format!("districts[{i}]");
    let rid = x.id.clone();
    let named = |key: &str| format!("{}, {rid}", tr(lang, key));
    row.col(|ui| {
        let width = ui.available_width();
        if fields::string(
            ui,
            &format!("{p}.id"),
            &named("edit-col-id"),
            &mut x.id,
            width,
        ) {
            edited.field(format!("{p}.id"));
        }
        mark(ui, f, &format!("{p}.id"));
    });
    row.col(|ui| {
        let width = ui.available_width();
        let name = named("edit-col-name");
        if f.text(ui, &format!("{p}.name"), &name, &mut x.name, width, false) {
            edited.field(format!("{p}.name.{}", f.lang));
        }
        mark(ui, f, &format!("{p}.name"));
    });
    row.col(|ui| {
        let width = ui.available_width();
        let name = named("edit-col-kind");
        if fields::choice(ui, &format!("{p}.kind"), &name, &mut x.kind, kinds, width) {
            edited.field(format!("{p}.kind"));
        }
    });
    row.col(|ui| {
        let width = ui.available_width();
        let name = named("edit-col-centre");
        if f.optional_text(
            ui,
            &format!("{p}.centre"),
            &name,
            &mut x.centre,
            width,
            false,
        ) {
            edited.field(format!("{p}.centre.{}", f.lang));
        }
    });
    let mut value = x.population.as_ref().map(|p| p.value);
    row.col(|ui| {
        let width = ui.available_width();
        let name = named("edit-col-population");
        if f.optional_count(ui, &format!("{p}.population"), &name, &mut value, width) {
            set_population(x, value);
            edited.field(format!("{p}.population.value"));
        }
        mark(ui, f, &format!("{p}.population"));
    });
    row.col(|ui| {
        let mut year = x.population.as_ref().and_then(|p| p.year).map(i64::from);
        let width = ui.available_width();
        let name = named("edit-col-year");
        if fields::optional_year(ui, &format!("{p}.year"), &name, &mut year, width)
            && let Some(pop) = &mut x.population
        {
            pop.year = year.and_then(|y| i32::try_from(y).ok());
            edited.field(format!("{p}.population.year"));
        }
    });
    row.col(|ui| {
        if let Some(pop) = &mut x.population {
            let width = ui.available_width();
            let id = format!("{p}.population.source");
            let name = named("edit-col-source");
            if fields::reference(ui, &id, &name, &mut pop.source, f.sources, width) {
                edited.field(id);
            }
        }
    });
    row.col(|ui| {
        if remove_button(ui, lang, &rid) {
            *remove = Some(i);
        }
    });
}

/// One row of the table.
#[expect(clippy::too_many_arguments, reason = "the row and what it edits")]
fn centre_row(
    row: &mut egui_extras::TableRow<'_, '_>,
    f: &Fields<'_>,
    i: usize,
    c: &mut Centre,
    districts: &[(String, String)],
    premises: &[(Premises, String)],
    edited: &mut Edited,
    remove: &mut Option<usize>,
) {
    let lang = f.ui_lang;
    let p = format!("centres[{i}]");
    let rid = c.id.clone();
    let named = |key: &str| format!("{}, {rid}", tr(lang, key));
    row.col(|ui| {
        let width = ui.available_width();
        if fields::string(
            ui,
            &format!("{p}.id"),
            &named("edit-col-id"),
            &mut c.id,
            width,
        ) {
            edited.field(format!("{p}.id"));
        }
        mark(ui, f, &format!("{p}.id"));
    });
    row.col(|ui| {
        let width = ui.available_width();
        let name = named("edit-col-name");
        if f.text(ui, &format!("{p}.name"), &name, &mut c.name, width, false) {
            edited.field(format!("{p}.name.{}", f.lang));
        }
    });
    row.col(|ui| {
        let width = ui.available_width();
        let name = named("edit-col-district");
        let id = format!("{p}.district");
        if fields::choice(ui, &id, &name, &mut c.district, districts, width) {
            edited.field(id.clone());
        }
        mark(ui, f, &id);
    });
    row.col(|ui| {
        let width = ui.available_width();
        let name = named("edit-col-premises");
        let id = format!("{p}.premises");
        if fields::choice(ui, &id, &name, &mut c.premises, premises, width) {
            edited.field(format!("{p}.premises"));
        }
    });
    row.col(|ui| {
        let width = ui.available_width();
        let id = format!("{p}.rent_kzt_per_month");
        let name = named("edit-col-rent");
        if f.optional_number(ui, &id, &name, &mut c.rent_kzt_per_month, width) {
            edited.field(id.clone());
        }
        mark(ui, f, &id);
    });
    row.col(|ui| {
        let width = ui.available_width();
        let id = format!("{p}.rent_change_pct");
        let name = named("edit-col-rent-change");
        if f.optional_number(ui, &id, &name, &mut c.rent_change_pct, width) {
            edited.field(id);
        }
    });
    row.col(|ui| {
        let name = named("edit-col-rent-raised");
        if ui
            .checkbox(&mut c.rent_raised, "")
            .accessible_name(name)
            .changed()
        {
            edited.field(format!("{p}.rent_raised"));
        }
    });
    row.col(|ui| {
        let width = ui.available_width();
        let name = named("edit-col-note");
        if f.optional_text(ui, &format!("{p}.note"), &name, &mut c.note, width, false) {
            edited.field(format!("{p}.note.{}", f.lang));
        }
    });
    row.col(|ui| {
        let width = ui.available_width();
        let name = named("edit-col-source");
        let id = format!("{p}.source");
        if fields::reference(ui, &id, &name, &mut c.source, f.sources, width) {
            edited.field(id.clone());
        }
        mark(ui, f, &id);
    });
    row.col(|ui| {
        if remove_button(ui, lang, &rid) {
            *remove = Some(i);
        }
    });
}

/// One row of the table.
fn cases_row(
    row: &mut egui_extras::TableRow<'_, '_>,
    f: &Fields<'_>,
    i: usize,
    c: &mut DistrictCases,
    districts: &[(String, String)],
    edited: &mut Edited,
    remove: &mut Option<usize>,
) {
    let lang = f.ui_lang;
    let p = format!("corruption.per_district[{i}]");
    let rid = c.district.clone();
    let named = |key: &str| format!("{}, {rid}", tr(lang, key));
    row.col(|ui| {
        let width = ui.available_width();
        let name = named("edit-col-district");
        let id = format!("{p}.district");
        if fields::choice(ui, &id, &name, &mut c.district, districts, width) {
            edited.field(format!("{p}.district"));
        }
        mark(ui, f, &p);
    });
    for (field, key, value) in [
        ("crimes", "measure-crimes", &mut c.crimes),
        (
            "persons_prosecuted",
            "measure-persons",
            &mut c.persons_prosecuted,
        ),
        ("managers", "measure-managers", &mut c.managers),
    ] {
        row.col(|ui| {
            let id = format!("{p}.{field}");
            let width = ui.available_width();
            if f.optional_count(ui, &id, &named(key), value, width) {
                edited.field(id);
            }
        });
    }
    row.col(|ui| {
        if period_cell(ui, &p, &named("edit-col-period"), lang, &mut c.period) {
            edited.field(format!("{p}.period"));
        }
    });
    row.col(|ui| {
        let width = ui.available_width();
        let id = format!("{p}.source");
        let name = named("edit-col-source");
        if fields::reference(ui, &id, &name, &mut c.source, f.sources, width) {
            edited.field(id);
        }
    });
    row.col(|ui| {
        if remove_button(ui, lang, &rid) {
            *remove = Some(i);
        }
    });
}
