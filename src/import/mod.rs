//! Tables from spreadsheets into a dataset: cells pasted from Excel or Calc, or a `.xlsx`,
//! `.ods` or `.csv` file, matched to the districts, the centres or the case counts by their
//! headers (in Russian, Kazakh or English, case and spaces aside) or by position, previewed row
//! by row — what lands where, what was not understood — and only then applied.

mod apply;
mod names;
mod read;
mod target;

pub use read::{
    Grid, MAX_COLUMNS, MAX_FILE_BYTES, MAX_ROWS, ReadError, from_csv, from_file, from_tsv,
};

use std::collections::BTreeMap;

use apply::{RowCells, cases_row, centre_row, district_row};
pub use names::NearName;
pub use target::Target;

use crate::model::Dataset;

/// Whole headers, once the words of currency and period are taken off ("Аренда, тг/мес" is
/// "аренда"), that name a column though the words of [`Target::headers`] are not in them.
fn whole_headers(target: Target) -> &'static [(Field, &'static [&'static str])] {
    match target {
        Target::Centres => &[(
            Field::Rent,
            &[
                "аренда",
                "арендаплата",
                "платазааренду",
                "стоимостьаренды",
                "rent",
                "rental",
                "жалдау",
                "жалдауақысы",
                "жалғаалу",
                "жалғаалуақысы",
            ],
        )],
        Target::Districts | Target::Corruption => &[],
    }
}

/// Words of currency and period a header may start or end with (compared as [`normalize`]
/// leaves them): "₸", "тг/мес", "в месяц", "айына", "per month", "monthly", "KZT".
const UNIT_WORDS: [&str; 24] = [
    "вмесяц",
    "вмес",
    "месяц",
    "мес",
    "ежемесячная",
    "ежемесячно",
    "тенге",
    "тг",
    "теңге",
    "айына",
    "айлық",
    "₸",
    "permonth",
    "amonth",
    "monthly",
    "month",
    "kzt",
    "tenge",
    "tg",
    "ай",
    "за",
    "в",
    "per",
    "a",
];

/// A normalized header without the unit words at its ends ("арендатгмес" → "аренда").
fn without_units(normalized: &str) -> &str {
    let mut h = normalized;
    loop {
        let before = h;
        for unit in UNIT_WORDS {
            if h.len() > unit.len() {
                h = h.strip_suffix(unit).unwrap_or(h);
            }
            if h.len() > unit.len() {
                h = h.strip_prefix(unit).unwrap_or(h);
            }
        }
        if h == before {
            return h;
        }
    }
}

/// A column of a table.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    /// The row's id.
    Id,
    /// A name; in a language when the header says which (`ru`, `kk`, `en`).
    Name(Option<&'static str>),
    /// District or city.
    Kind,
    /// Administrative centre.
    Centre,
    /// Residents.
    Population,
    /// The year of the population count.
    Year,
    /// Source id.
    Source,
    /// A district, by id or name.
    District,
    /// Owned or rented.
    Premises,
    /// Monthly rent.
    Rent,
    /// Change of rent, per cent.
    RentChange,
    /// The rent was raised.
    RentRaised,
    /// A note.
    Note,
    /// Crimes.
    Crimes,
    /// Persons prosecuted.
    Persons,
    /// Managers among them.
    Managers,
}

impl Field {
    fn is_name(self) -> bool {
        matches!(self, Self::Name(_))
    }

    /// The message key of the column's name.
    pub fn label_key(self) -> &'static str {
        match self {
            Self::Id => "edit-col-id",
            Self::Name(_) => "edit-col-name",
            Self::Kind => "edit-col-kind",
            Self::Centre => "edit-col-centre",
            Self::Population => "edit-col-population",
            Self::Year => "edit-col-year",
            Self::Source => "edit-col-source",
            Self::District => "edit-col-district",
            Self::Premises => "edit-col-premises",
            Self::Rent => "edit-col-rent",
            Self::RentChange => "edit-col-rent-change",
            Self::RentRaised => "edit-col-rent-raised",
            Self::Note => "edit-col-note",
            Self::Crimes => "measure-crimes",
            Self::Persons => "measure-persons",
            Self::Managers => "measure-managers",
        }
    }
}

/// Which column goes where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mapping {
    /// The table the rows go into.
    pub target: Target,
    /// Per source column, the field it fills (`None`: not understood, left out).
    pub columns: Vec<Option<Field>>,
    /// Whether the first row is a header (else every row is data, matched by position).
    pub header: bool,
    /// Rows the user said are an existing district (by its id), for a new name a letter or two
    /// from that district's: source row (from 1) → id.
    pub matched: BTreeMap<usize, String>,
}

/// A header as compared: lowercased, letters, digits, `₸` and `%` only.
fn normalize(header: &str) -> String {
    header
        .to_lowercase()
        .chars()
        .filter(|c| c.is_alphanumeric() || *c == '₸' || *c == '%')
        .collect()
}

/// The language a name column's header names, if any ("Название (каз.)", "Name kk").
fn header_language(header: &str) -> Option<&'static str> {
    let words: Vec<String> = header
        .to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect();
    let has = |options: &[&str]| {
        words
            .iter()
            .any(|w| options.iter().any(|o| w.starts_with(o)))
    };
    if has(&["kk", "каз", "қаз", "kaz"]) {
        Some("kk")
    } else if has(&["ru", "рус", "rus"]) {
        Some("ru")
    } else if has(&["en", "англ", "eng"]) {
        Some("en")
    } else {
        None
    }
}

fn match_header(target: Target, header: &str) -> Option<Field> {
    let h = normalize(header);
    if h.is_empty() {
        return None;
    }
    let core = without_units(&h);
    let whole = |words: &[&str]| words.contains(&core);
    // A whole header first: "Аренда, тг" is the rent, though "Изменение аренды, %" holds
    // "аренд" too.
    let headers = target.headers();
    whole_headers(target)
        .iter()
        .find(|(_, words)| whole(words))
        .map(|(field, _)| *field)
        .or_else(|| {
            headers
                .iter()
                .find(|(_, words)| whole(words))
                .or_else(|| {
                    headers
                        .iter()
                        .find(|(_, words)| words.iter().any(|w| h.contains(w)))
                })
                .map(|(field, _)| *field)
        })
        .map(|field| match field {
            Field::Name(_) => Field::Name(header_language(header)),
            other => other,
        })
}

/// Matches the columns of `grid` to `target` (or to the table its headers fit best): by
/// header where the first row is one, else by position.
pub fn map_columns(grid: &Grid, target: Option<Target>) -> Mapping {
    let header: &[String] = grid.rows.first().map_or(&[], Vec::as_slice);
    let score = |t: Target| {
        header
            .iter()
            .filter(|h| match_header(t, h).is_some())
            .count()
    };
    let target = target.unwrap_or_else(|| {
        Target::ALL
            .into_iter()
            .max_by_key(|t| (score(*t), std::cmp::Reverse(*t as u8)))
            .unwrap_or(Target::Districts)
    });
    let filled = header.iter().filter(|h| !h.trim().is_empty()).count();
    let matched = score(target);
    // A header row names most of its cells; a row of data names none.
    let is_header = matched > 0 && matched * 2 >= filled;
    let width = grid.rows.iter().map(Vec::len).max().unwrap_or(0);
    let columns = if is_header {
        let mut seen = Vec::new();
        let mut columns: Vec<Option<Field>> = header
            .iter()
            .map(|h| {
                let field = match_header(target, h)?;
                // A second column for the same field is left out, not mixed in.
                if seen.contains(&field) {
                    return None;
                }
                seen.push(field);
                Some(field)
            })
            .collect();
        // Cells right of the last header are a column too (left out, but shown and counted).
        columns.resize(width.max(columns.len()), None);
        columns
    } else {
        let order = target.positional();
        (0..width).map(|i| order.get(i).copied()).collect()
    };
    Mapping {
        target,
        columns,
        header: is_header,
        matched: BTreeMap::new(),
    }
}

/// What a row does to the dataset.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RowAction {
    /// Adds a new row with this key.
    Add(String),
    /// Changes the existing row with this key.
    Update(String),
    /// Finds the existing row with this key as the dataset has it already.
    Unchanged(String),
    /// Left out: nothing usable in it.
    Skip,
}

/// Something in a cell that was not understood.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// Row of the source, from 1.
    pub row: usize,
    /// The column's field.
    pub field: Field,
    /// The cell as written.
    pub value: String,
    /// Message key of what is wrong: `import-not-number`, `import-unknown-district`, …
    pub key: &'static str,
    /// The briefing's name the value is likely a slip for (an unknown district a letter or two
    /// from one it has).
    pub near: Option<String>,
}

/// A column no cell of which is used: not understood, or left out by the user.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnusedColumn {
    /// The column, from 1.
    pub column: usize,
    /// Its header, when the first row is one and the cell is not empty.
    pub header: Option<String>,
    /// Its cells below the header that are not empty: each is left out.
    pub cells: usize,
}

/// Where the populations' year comes from.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PopulationYear {
    /// The year written in the population column's header ("Население 2026"), for the rows
    /// without a year of their own, and that header.
    pub from_header: Option<(i32, String)>,
    /// The rows (from 1) that bring a population without a year: its year is left empty.
    pub left_empty: Vec<usize>,
}

/// The rows as they would land, before anything changes.
#[derive(Clone, Debug, PartialEq)]
pub struct Preview {
    /// The columns' mapping.
    pub mapping: Mapping,
    /// Per data row: its row in the source (from 1, as the spreadsheet numbers it) and what it
    /// does.
    pub rows: Vec<(usize, RowAction)>,
    /// The cells not understood (their rows still land, without them).
    pub problems: Vec<Problem>,
    /// The columns not used that have cells: those cells are left out.
    pub unused: Vec<UnusedColumn>,
    /// New districts named a letter or two from another district, and the rows the user
    /// matched to a district instead, by row.
    pub near: Vec<NearName>,
    /// The populations' year.
    pub year: PopulationYear,
    /// The dataset with the rows applied.
    dataset: Dataset,
}

impl Preview {
    /// Rows that add.
    pub fn added(&self) -> usize {
        self.rows
            .iter()
            .filter(|(_, a)| matches!(a, RowAction::Add(_)))
            .count()
    }

    /// Rows that change an existing one.
    pub fn updated(&self) -> usize {
        self.rows
            .iter()
            .filter(|(_, a)| matches!(a, RowAction::Update(_)))
            .count()
    }

    /// Rows that find an existing one as it is.
    pub fn unchanged(&self) -> usize {
        self.rows
            .iter()
            .filter(|(_, a)| matches!(a, RowAction::Unchanged(_)))
            .count()
    }

    /// The cells left out: those not understood and those of the columns not used.
    pub fn left_out(&self) -> usize {
        self.problems.len() + self.unused.iter().map(|c| c.cells).sum::<usize>()
    }

    /// The dataset with the rows applied.
    pub fn into_dataset(self) -> Dataset {
        self.dataset
    }
}

/// A number as people type it: "4 000 000", "2,4", "65%".
pub fn parse_number(s: &str) -> Option<f64> {
    let cleaned: String = s
        .trim()
        .trim_end_matches('%')
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{a0}' && *c != '\u{202f}' && *c != '₸')
        .map(|c| if c == ',' { '.' } else { c })
        .collect();
    cleaned.parse::<f64>().ok().filter(|v| v.is_finite())
}

/// The one year (1900 to 2100) written in a header: "Население 2026", "Population, 2026".
fn year_in(header: &str) -> Option<i32> {
    let mut years = header
        .split(|c: char| !c.is_ascii_digit())
        .filter(|run| run.len() == 4)
        .filter_map(|run| run.parse::<i32>().ok())
        .filter(|y| (1900..=2100).contains(y));
    let year = years.next()?;
    years.all(|y| y == year).then_some(year)
}

/// The columns of `grid` that `mapping` sends nowhere, with their cells below the header.
fn unused_columns(grid: &Grid, mapping: &Mapping) -> Vec<UnusedColumn> {
    let width = grid.rows.iter().map(Vec::len).max().unwrap_or(0);
    let skip = usize::from(mapping.header);
    (0..width.max(mapping.columns.len()))
        .filter(|c| mapping.columns.get(*c).copied().flatten().is_none())
        .map(|c| UnusedColumn {
            column: c + 1,
            header: mapping
                .header
                .then(|| grid.rows.first().and_then(|r| r.get(c)))
                .flatten()
                .map(|h| h.trim().to_owned())
                .filter(|h| !h.is_empty()),
            cells: grid
                .rows
                .iter()
                .skip(skip)
                .filter(|r| r.get(c).is_some_and(|v| !v.trim().is_empty()))
                .count(),
        })
        .filter(|c| c.cells > 0)
        .collect()
}

/// The rows of `grid` applied, as `mapping` says, to a copy of `dataset`.
pub fn preview(dataset: &Dataset, grid: &Grid, mapping: &Mapping) -> Preview {
    let mut d = dataset.clone();
    let mut rows = Vec::new();
    let mut problems = Vec::new();
    let header_cell = |field: Field| {
        let c = mapping.columns.iter().position(|f| *f == Some(field))?;
        grid.rows.first()?.get(c).filter(|_| mapping.header)
    };
    let mut year = PopulationYear {
        from_header: header_cell(Field::Population)
            .and_then(|h| Some((year_in(h)?, h.trim().to_owned()))),
        left_empty: Vec::new(),
    };
    let header_year = year.from_header.as_ref().map(|(y, _)| *y);
    let mut matched_rows = Vec::new();
    let skip = usize::from(mapping.header);
    for (i, cells) in grid.rows.iter().enumerate().skip(skip) {
        let line = grid.line(i);
        let cell = |field: Field| -> Option<&str> {
            mapping
                .columns
                .iter()
                .position(|f| *f == Some(field))
                .and_then(|c| cells.get(c))
                .map(|s| s.trim())
                .filter(|s| !s.is_empty())
        };
        // A row the user matched to a district goes into it, keeping that district's name.
        let matched = mapping
            .matched
            .get(&line)
            .filter(|id| mapping.target == Target::Districts && d.district(id).is_some());
        let mut row = RowCells {
            line,
            cells: mapping
                .columns
                .iter()
                .zip(cells)
                .filter_map(|(f, v)| Some((f.as_ref().copied()?, v.trim().to_owned())))
                .filter(|(f, v)| !v.is_empty() && (matched.is_none() || !f.is_name()))
                .collect(),
            problems: &mut problems,
            header_year,
            year_left_empty: &mut year.left_empty,
        };
        if row.cells.is_empty() && matched.is_none() {
            continue;
        }
        if let Some(id) = matched {
            let name = mapping
                .columns
                .iter()
                .zip(cells)
                .find(|(f, v)| f.is_some_and(Field::is_name) && !v.trim().is_empty())
                .map_or_else(String::new, |(_, v)| v.trim().to_owned());
            let district_name = d
                .district(id)
                .map_or_else(String::new, |x| x.name.own(d.language()).to_owned());
            matched_rows.push(NearName {
                row: line,
                name,
                like: district_name,
                existing: Some(id.clone()),
                other_row: None,
                matched: true,
            });
        }
        let action = match mapping.target {
            Target::Districts => district_row(
                &mut d,
                &mut row,
                cell(Field::Id).or(matched.map(String::as_str)),
            ),
            Target::Centres => centre_row(&mut d, &mut row, cell(Field::Id)),
            Target::Corruption => cases_row(&mut d, &mut row),
        };
        rows.push((line, action));
    }
    let mut near = if mapping.target == Target::Districts {
        names::near_names(dataset, &d, &rows)
    } else {
        Vec::new()
    };
    near.extend(matched_rows);
    near.sort_by_key(|n| n.row);
    Preview {
        mapping: mapping.clone(),
        rows,
        problems,
        unused: unused_columns(grid, mapping),
        near,
        year,
        dataset: d,
    }
}

#[cfg(test)]
mod tests;
