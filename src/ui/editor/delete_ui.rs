//! Deleting a district that other parts of the briefing refer to: the editor asks first and
//! says what goes with it (its centres, its rows of figures, the evidence naming it) and which
//! places stay without a district. Agreed, it all goes as one step, undone as one.

use egui::{Id, RichText, Ui};

use super::fields::Fields;
use crate::edit::{DistrictLinks, district_links, remove_district};
use crate::i18n::{Arg, Language, tr, tr_args};
use crate::model::Dataset;

/// The most names a line lists before "…".
const NAMES_SHOWN: usize = 10;

/// The district asked about: its row and its id (the row must still hold it).
#[derive(Clone, Debug)]
struct Pending {
    index: usize,
    id: String,
}

fn key() -> Id {
    Id::unique("editor-delete-district")
}

/// Deletes the district at `index` at once when nothing refers to it (`true`); else asks
/// first (`false`).
pub(super) fn delete_or_ask(ui: &Ui, f: &Fields<'_>, data: &mut Dataset, index: usize) -> bool {
    if district_links(data, index, f.lang).is_empty() {
        remove_district(data, index);
        return true;
    }
    if let Some(x) = data.districts.get(index) {
        let pending = Pending {
            index,
            id: x.id.clone(),
        };
        ui.data_mut(|d| d.insert_temp(key(), pending));
    }
    false
}

/// The question, while one is asked; `true` once the district is deleted with what goes with
/// it.
pub(super) fn confirm_ui(ui: &Ui, f: &Fields<'_>, data: &mut Dataset) -> bool {
    let Some(pending) = ui.data(|d| d.get_temp::<Pending>(key())) else {
        return false;
    };
    let Some(district) = data
        .districts
        .get(pending.index)
        .filter(|x| x.id == pending.id)
    else {
        ui.data_mut(|d| d.remove::<Pending>(key()));
        return false;
    };
    let lang = f.ui_lang;
    let name = district.name.get(f.lang, f.own).text.to_owned();
    let links = district_links(data, pending.index, f.lang);
    let mut agreed = None;
    let modal = egui::Modal::new(Id::unique("delete-district-question")).show(ui.ctx(), |ui| {
        ui.set_max_width(520.0);
        ui.heading(tr_args(
            lang,
            "edit-delete-district",
            &[("name", Arg::Text(&name))],
        ));
        ui.add_space(6.0);
        for line in lines(&links, lang) {
            ui.label(line);
        }
        ui.add_space(6.0);
        ui.label(RichText::new(tr(lang, "edit-delete-undo")).weak());
        ui.add_space(6.0);
        ui.horizontal(|ui| {
            if ui.button(tr(lang, "edit-delete-confirm")).clicked() {
                agreed = Some(true);
            }
            if ui.button(tr(lang, "import-cancel")).clicked() {
                agreed = Some(false);
            }
        });
    });
    if modal.should_close() && agreed.is_none() {
        agreed = Some(false);
    }
    let Some(agreed) = agreed else {
        return false;
    };
    ui.data_mut(|d| d.remove::<Pending>(key()));
    if agreed {
        remove_district(data, pending.index);
    }
    agreed
}

/// What the question says goes with the district, and what stays without it.
fn lines(links: &DistrictLinks, lang: Language) -> Vec<String> {
    let numbers = lang.numbers();
    let counted = |key: &str, n: usize, names: Option<&[String]>| {
        let count = numbers.integer(n as f64);
        let listed = names.map(|n| listed(n, lang)).unwrap_or_default();
        format!(
            "• {}",
            tr_args(
                lang,
                key,
                &[
                    ("count", Arg::Text(&count)),
                    ("n", Arg::Number(n as f64)),
                    ("names", Arg::Text(&listed)),
                ],
            )
        )
    };
    let mut out = vec![tr(lang, "edit-delete-goes")];
    if !links.centres.is_empty() {
        let n = links.centres.len();
        out.push(counted("edit-delete-centres", n, Some(&links.centres)));
    }
    if links.case_rows > 0 {
        out.push(counted("edit-delete-case-rows", links.case_rows, None));
    }
    if links.service_rows > 0 {
        out.push(counted(
            "edit-delete-service-rows",
            links.service_rows,
            None,
        ));
    }
    if links.evidence > 0 {
        out.push(counted("edit-delete-evidence", links.evidence, None));
    }
    if out.len() == 1 {
        out.clear();
    }
    if !links.places.is_empty() {
        out.push(tr_args(
            lang,
            "edit-delete-places",
            &[("names", Arg::Text(&listed(&links.places, lang)))],
        ));
    }
    out
}

/// Names in the language's quotes, the first few of them: «ЦОН Аккольского района», …
fn listed(names: &[String], lang: Language) -> String {
    let (open, close) = match lang {
        Language::Ru | Language::Kk => ('«', '»'),
        Language::En => ('“', '”'),
    };
    let mut shown: Vec<String> = names
        .iter()
        .take(NAMES_SHOWN)
        .map(|n| format!("{open}{n}{close}"))
        .collect();
    if names.len() > NAMES_SHOWN {
        shown.push("…".to_owned());
    }
    shown.join(", ")
}
