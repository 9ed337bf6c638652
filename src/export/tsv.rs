//! A table of the briefing as tab-separated text, the way Excel and LibreOffice Calc copy and
//! paste cells: the header row in the interface language (the words the import reads back),
//! then a row per district, centre or case count. Numbers carry no group separator and the
//! interface's decimal mark, so a spreadsheet in that locale reads them as numbers.

use crate::i18n::{Language, tr};
use crate::import::Target;
use crate::model::{Dataset, DistrictKind, Premises};

/// The rows of `target` in `dataset` as TSV, header first, names in the dataset's own language.
pub fn table(dataset: &Dataset, target: Target, lang: Language) -> String {
    let rows = match target {
        Target::Districts => districts(dataset, lang),
        Target::Centres => centres(dataset, lang),
        Target::Corruption => cases(dataset, lang),
    };
    let mut out = String::new();
    for row in rows {
        let cells: Vec<String> = row.iter().map(|c| cell(c)).collect();
        out.push_str(&cells.join("\t"));
        out.push('\n');
    }
    out
}

/// A text in the dataset's own language.
fn own(dataset: &Dataset, text: &crate::model::Text) -> String {
    let own = dataset.language();
    text.get(own, own).text.to_owned()
}

fn districts(dataset: &Dataset, lang: Language) -> Vec<Vec<String>> {
    let mut rows = vec![header(lang, Target::Districts.column_keys())];
    for d in &dataset.districts {
        let population = d.population.as_ref();
        let kind = match d.kind {
            DistrictKind::District => "edit-kind-district",
            DistrictKind::City => "edit-kind-city",
        };
        rows.push(vec![
            d.id.clone(),
            own(dataset, &d.name),
            tr(lang, kind),
            d.centre
                .as_ref()
                .map(|c| own(dataset, c))
                .unwrap_or_default(),
            population.map(|p| p.value.to_string()).unwrap_or_default(),
            population
                .and_then(|p| p.year)
                .map(|y| y.to_string())
                .unwrap_or_default(),
            population
                .and_then(|p| p.source.clone())
                .unwrap_or_default(),
        ]);
    }
    rows
}

fn centres(dataset: &Dataset, lang: Language) -> Vec<Vec<String>> {
    let mut rows = vec![header(lang, Target::Centres.column_keys())];
    // The word the import reads as "yes".
    let yes = match lang {
        Language::Ru => "да",
        Language::Kk => "иә",
        Language::En => "yes",
    };
    for c in &dataset.centres {
        let premises = match c.premises {
            Premises::Owned => "premises-owned",
            Premises::Rented => "premises-rented",
        };
        rows.push(vec![
            c.id.clone(),
            own(dataset, &c.name),
            c.district.clone(),
            tr(lang, premises),
            c.rent_kzt_per_month
                .map(|v| decimal(v, lang))
                .unwrap_or_default(),
            c.rent_change_pct
                .map(|v| decimal(v, lang))
                .unwrap_or_default(),
            if c.rent_raised { yes } else { "" }.to_owned(),
            c.note.as_ref().map(|n| own(dataset, n)).unwrap_or_default(),
            c.source.clone().unwrap_or_default(),
        ]);
    }
    rows
}

fn cases(dataset: &Dataset, lang: Language) -> Vec<Vec<String>> {
    let mut rows = vec![header(lang, Target::Corruption.column_keys())];
    let cases = dataset
        .corruption
        .as_ref()
        .map_or(&[][..], |c| c.per_district.as_slice());
    let count = |v: Option<i64>| v.map(|n| n.to_string()).unwrap_or_default();
    for c in cases {
        rows.push(vec![
            c.district.clone(),
            count(c.crimes),
            count(c.persons_prosecuted),
            count(c.managers),
            c.source.clone().unwrap_or_default(),
        ]);
    }
    rows
}

fn header(lang: Language, keys: &[&str]) -> Vec<String> {
    keys.iter().map(|k| tr(lang, k)).collect()
}

/// A number as a spreadsheet in `lang`'s locale reads it: "2,5" in Russian and Kazakh, "2.5"
/// in English; no group separator.
fn decimal(value: f64, lang: Language) -> String {
    let text = if value.fract() == 0.0 && value.abs() < 1e15 {
        format!("{value:.0}")
    } else {
        let mut t = format!("{value}");
        if t.contains('e') {
            t = format!("{value:.6}");
        }
        t
    };
    match lang {
        Language::Ru | Language::Kk => text.replace('.', ","),
        Language::En => text,
    }
}

/// A cell as spreadsheets write it: quoted when it holds a tab, a line break or a quote.
fn cell(text: &str) -> String {
    if text.contains(['\t', '\n', '\r', '"']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_districts_are_copied_with_a_header_a_row_each_and_plain_numbers() {
        let dataset = crate::model::embedded().unwrap().dataset;
        let text = table(&dataset, Target::Districts, Language::Ru);
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), dataset.districts.len() + 1);
        assert!(lines[0].starts_with("Код\tНазвание\t"), "{}", lines[0]);
        let kokshetau = lines.iter().find(|l| l.contains("Кокшетау")).unwrap();
        let cells: Vec<&str> = kokshetau.split('\t').collect();
        assert_eq!(cells.len(), 7);
        let population = dataset
            .districts
            .iter()
            .find(|d| d.id == cells[0])
            .and_then(|d| d.population.as_ref())
            .unwrap();
        assert_eq!(cells[4], population.value.to_string(), "no group separator");
    }

    #[test]
    fn decimals_follow_the_interface_and_awkward_cells_are_quoted() {
        assert_eq!(decimal(2.5, Language::Ru), "2,5");
        assert_eq!(decimal(2.5, Language::En), "2.5");
        assert_eq!(decimal(850_000.0, Language::Kk), "850000");
        assert_eq!(cell("a\tb"), "\"a\tb\"");
        assert_eq!(cell("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(cell("plain"), "plain");
    }

    #[test]
    fn what_is_copied_pastes_back_as_no_change() {
        let dataset = crate::model::embedded().unwrap().dataset;
        for lang in [Language::Ru, Language::Kk, Language::En] {
            for target in [Target::Districts, Target::Centres, Target::Corruption] {
                let text = table(&dataset, target, lang);
                let grid = crate::import::from_tsv(&text).unwrap();
                let mapping = crate::import::map_columns(&grid, Some(target));
                assert!(
                    mapping.columns.iter().all(Option::is_some),
                    "{lang:?} {target:?}: every column is recognised: {:?}",
                    mapping.columns
                );
                let preview = crate::import::preview(&dataset, &grid, &mapping);
                assert!(
                    preview.problems.is_empty(),
                    "{lang:?} {target:?}: {:?}",
                    preview.problems
                );
                assert_eq!(preview.added(), 0, "{lang:?} {target:?}: no new row");
                assert_eq!(
                    preview.into_dataset(),
                    dataset,
                    "{lang:?} {target:?}: pasting the copy back changes nothing"
                );
            }
        }
    }
}
