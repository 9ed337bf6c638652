//! Applying one row of cells to the dataset: found by id or by name, added where it is new;
//! a cell that is empty leaves the value as it was.

use super::{Field, Problem, RowAction, parse_number};
use crate::model::{
    Centre, Corruption, Dataset, District, DistrictCases, DistrictKind, Population, Premises, Text,
};

/// The index of the district a cell names: by id, or by its name in any language.
fn find_district(d: &Dataset, cell: &str) -> Option<usize> {
    let key = cell.trim().to_lowercase();
    if key.is_empty() {
        return None;
    }
    let own = d.language();
    d.districts.iter().position(|x| {
        x.id.to_lowercase() == key
            || x.name
                .entries(own)
                .iter()
                .any(|(_, n)| n.trim().to_lowercase() == key)
    })
}

/// An id from a name: ASCII letters and digits, Cyrillic spelt in Latin, words joined by `-`.
fn id_from(name: &str, taken: &[&str], fallback: &str) -> String {
    const CYR: &str = "абвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюяә";
    const LAT: [&str; 42] = [
        "a", "b", "v", "g", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "k", "l", "m", "n", "n",
        "o", "o", "p", "r", "s", "t", "u", "u", "u", "f", "kh", "h", "ts", "ch", "sh", "shch", "",
        "y", "i", "", "e", "yu", "ya", "a",
    ];
    let mut out = String::new();
    for c in name.to_lowercase().chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if let Some(i) = CYR.chars().position(|x| x == c) {
            out.push_str(LAT.get(i).copied().unwrap_or(""));
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    let base = out.trim_matches('-').to_owned();
    let base = if base.is_empty() {
        fallback.to_owned()
    } else {
        base
    };
    let mut id = base.clone();
    let mut n = 2;
    while taken.contains(&id.as_str()) {
        id = format!("{base}-{n}");
        n += 1;
    }
    id
}

/// One row's understood cells, and where its problems go.
pub(super) struct RowCells<'a> {
    pub line: usize,
    pub cells: Vec<(Field, String)>,
    pub problems: &'a mut Vec<Problem>,
    /// The year in the population column's header, for a row without a year cell.
    pub header_year: Option<i32>,
    /// The rows whose population lands without a year.
    pub year_left_empty: &'a mut Vec<usize>,
}

impl RowCells<'_> {
    fn get(&self, field: Field) -> Option<&str> {
        self.cells
            .iter()
            .find(|(f, _)| *f == field)
            .map(|(_, v)| v.as_str())
    }

    fn problem(&mut self, field: Field, key: &'static str) {
        let value = self.get(field).unwrap_or_default().to_owned();
        self.problems.push(Problem {
            row: self.line,
            field,
            value,
            key,
            near: None,
        });
    }

    /// A district the briefing does not have; the row is left out. The nearest name it has is
    /// offered when the cell is a letter or two from it.
    fn unknown_district(&mut self, d: &Dataset) {
        self.problem(Field::District, "import-unknown-district");
        let cell = self.get(Field::District).unwrap_or_default().to_owned();
        if let Some(p) = self.problems.last_mut() {
            p.near = super::names::nearest_district(d, &cell);
        }
    }

    fn number(&mut self, field: Field) -> Option<f64> {
        let text = self.get(field)?;
        let parsed = parse_number(text);
        if parsed.is_none() {
            self.problem(field, "import-not-number");
        }
        parsed
    }

    fn count(&mut self, field: Field) -> Option<i64> {
        let v = self.number(field)?;
        if v.fract() != 0.0 || !(0.0..9.0e15).contains(&v) {
            self.problem(field, "import-not-count");
            return None;
        }
        Some(v as i64)
    }

    /// Every name cell, with its language (`None`: the dataset's own).
    fn names(&self) -> Vec<(Option<&'static str>, String)> {
        self.cells
            .iter()
            .filter_map(|(f, v)| match f {
                Field::Name(lang) => Some((*lang, v.clone())),
                _ => None,
            })
            .collect()
    }
}

/// Owned or rented, from the words people write ("в аренде", "собственное", "жалға").
fn premises(row: &mut RowCells<'_>) -> Option<Premises> {
    let p = row.get(Field::Premises)?.to_lowercase();
    if ["аренд", "rent", "жал"].iter().any(|w| p.contains(w)) {
        Some(Premises::Rented)
    } else if ["сво", "собств", "own", "меншік", "гос"]
        .iter()
        .any(|w| p.contains(w))
    {
        Some(Premises::Owned)
    } else {
        row.problem(Field::Premises, "import-not-premises");
        None
    }
}

fn set_names(text: &mut Text, own: &str, names: &[(Option<&'static str>, String)]) {
    for (lang, name) in names {
        text.set(own, lang.unwrap_or(own), name.clone());
    }
}

pub(super) fn district_row(d: &mut Dataset, row: &mut RowCells<'_>, id: Option<&str>) -> RowAction {
    let own = d.language().to_owned();
    let names = row.names();
    let index = match id {
        Some(id) => d.districts.iter().position(|x| x.id == id),
        None => names.iter().find_map(|(_, n)| find_district(d, n)),
    };
    let before = index.and_then(|i| d.districts.get(i)).cloned();
    let (index, action) = if let Some(i) = index {
        (i, RowAction::Update(d.districts[i].id.clone()))
    } else {
        if names.is_empty() && id.is_none() {
            return RowAction::Skip;
        }
        let taken: Vec<&str> = d.districts.iter().map(|x| x.id.as_str()).collect();
        let new_id = id.map_or_else(
            || {
                id_from(
                    &names[0].1,
                    &taken,
                    &format!("district-{}", taken.len() + 1),
                )
            },
            str::to_owned,
        );
        d.districts.push(District {
            id: new_id.clone(),
            name: Text::default(),
            names: std::collections::BTreeMap::new(),
            kind: DistrictKind::District,
            centre: None,
            population: None,
        });
        (d.districts.len() - 1, RowAction::Add(new_id))
    };
    let population = row.count(Field::Population);
    let year_cell = row.count(Field::Year);
    if year_cell.is_some_and(|y| !(1000..=9999).contains(&y)) {
        row.problem(Field::Year, "import-not-year");
    }
    // The row's own year, else the header's; never one the table does not give.
    let year = if row.get(Field::Year).is_some() {
        year_cell
            .and_then(|y| i32::try_from(y).ok())
            .filter(|y| (1000..=9999).contains(y))
    } else {
        row.header_year
    };
    let x = &mut d.districts[index];
    set_names(&mut x.name, &own, &names);
    if let Some(kind) = row.get(Field::Kind) {
        let k = kind.to_lowercase();
        x.kind = if ["город", "city", "қала", "г."]
            .iter()
            .any(|w| k.starts_with(w))
        {
            DistrictKind::City
        } else {
            DistrictKind::District
        };
    }
    if let Some(centre) = row.get(Field::Centre) {
        let text = x.centre.get_or_insert_with(Text::default);
        text.set(&own, &own, centre.to_owned());
    }
    if let Some(value) = population {
        let old = x.population.take();
        // The year of the count kept stays with its count: a new count without a year has
        // none.
        let year = year.or_else(|| {
            old.as_ref()
                .filter(|p| p.value == value)
                .and_then(|p| p.year)
        });
        let source = row
            .get(Field::Source)
            .map(str::to_owned)
            .or_else(|| old.as_ref().and_then(|p| p.source.clone()));
        let new = Population {
            value,
            year,
            source,
        };
        if year.is_none() && old.as_ref() != Some(&new) {
            row.year_left_empty.push(row.line);
        }
        x.population = Some(new);
    }
    unchanged_if_same(action, before.as_ref(), d.districts.get(index))
}

/// `Unchanged` for an update that left the row as it was.
fn unchanged_if_same<T: PartialEq>(
    action: RowAction,
    before: Option<&T>,
    after: Option<&T>,
) -> RowAction {
    match action {
        RowAction::Update(key) if before.is_some() && before == after => RowAction::Unchanged(key),
        other => other,
    }
}

pub(super) fn centre_row(d: &mut Dataset, row: &mut RowCells<'_>, id: Option<&str>) -> RowAction {
    let own = d.language().to_owned();
    let names = row.names();
    let district = match row.get(Field::District).map(|cell| find_district(d, cell)) {
        Some(Some(i)) => Some(d.districts[i].id.clone()),
        Some(None) => {
            row.unknown_district(d);
            return RowAction::Skip;
        }
        None => None,
    };
    let by_name = |d: &Dataset| {
        names.iter().find_map(|(_, n)| {
            let key = n.to_lowercase();
            d.centres.iter().position(|c| {
                c.name
                    .entries(&own)
                    .iter()
                    .any(|(_, v)| v.to_lowercase() == key)
            })
        })
    };
    let index = match id {
        Some(id) => d.centres.iter().position(|c| c.id == id),
        None => by_name(d),
    };
    let before = index.and_then(|i| d.centres.get(i)).cloned();
    let (index, action) = if let Some(i) = index {
        (i, RowAction::Update(d.centres[i].id.clone()))
    } else {
        let Some(district) = district.clone() else {
            row.problem(Field::District, "import-no-district");
            return RowAction::Skip;
        };
        let taken: Vec<&str> = d.centres.iter().map(|c| c.id.as_str()).collect();
        let first = names.first().map_or("", |(_, n)| n.as_str());
        let new_id = id.map_or_else(
            || id_from(first, &taken, &format!("centre-{}", taken.len() + 1)),
            str::to_owned,
        );
        d.centres.push(Centre {
            id: new_id.clone(),
            name: Text::default(),
            district,
            premises: Premises::Owned,
            rent_kzt_per_month: None,
            rent_change_pct: None,
            rent_raised: false,
            note: None,
            source: None,
        });
        (d.centres.len() - 1, RowAction::Add(new_id))
    };
    let rent = row.number(Field::Rent);
    let change = row.number(Field::RentChange);
    let premises = premises(row);
    let raised = row.get(Field::RentRaised).map(|v| {
        let v = v.to_lowercase();
        ["да", "yes", "true", "иә", "1", "x", "+"]
            .iter()
            .any(|w| v == *w)
    });
    let c = &mut d.centres[index];
    set_names(&mut c.name, &own, &names);
    if let Some(district) = district {
        c.district = district;
    }
    if let Some(p) = premises {
        c.premises = p;
    }
    if rent.is_some() {
        c.rent_kzt_per_month = rent;
    }
    if change.is_some() {
        c.rent_change_pct = change;
    }
    if let Some(r) = raised {
        c.rent_raised = r;
    }
    if let Some(note) = row.get(Field::Note) {
        let text = c.note.get_or_insert_with(Text::default);
        text.set(&own, &own, note.to_owned());
    }
    if let Some(source) = row.get(Field::Source) {
        c.source = Some(source.to_owned());
    }
    unchanged_if_same(action, before.as_ref(), d.centres.get(index))
}

pub(super) fn cases_row(d: &mut Dataset, row: &mut RowCells<'_>) -> RowAction {
    let Some(cell) = row.get(Field::District) else {
        row.problem(Field::District, "import-no-district");
        return RowAction::Skip;
    };
    let Some(i) = find_district(d, cell) else {
        row.unknown_district(d);
        return RowAction::Skip;
    };
    let id = d.districts[i].id.clone();
    let crimes = row.count(Field::Crimes);
    let persons = row.count(Field::Persons);
    let managers = row.count(Field::Managers);
    let source = row.get(Field::Source).map(str::to_owned);
    let corruption = d.corruption.get_or_insert_with(|| Corruption {
        period: None,
        crimes: None,
        persons_prosecuted: None,
        managers: None,
        per_district: Vec::new(),
    });
    let existing = corruption
        .per_district
        .iter()
        .position(|r| r.district == id);
    let before = existing
        .and_then(|k| corruption.per_district.get(k))
        .cloned();
    let (entry, action) = if let Some(k) = existing {
        (k, RowAction::Update(id))
    } else {
        corruption.per_district.push(DistrictCases {
            district: id.clone(),
            crimes: None,
            persons_prosecuted: None,
            managers: None,
            period: None,
            source: None,
        });
        (corruption.per_district.len() - 1, RowAction::Add(id))
    };
    let r = &mut corruption.per_district[entry];
    if crimes.is_some() {
        r.crimes = crimes;
    }
    if persons.is_some() {
        r.persons_prosecuted = persons;
    }
    if managers.is_some() {
        r.managers = managers;
    }
    if source.is_some() {
        r.source = source;
    }
    unchanged_if_same(action, before.as_ref(), corruption.per_district.get(entry))
}
