//! The tables an import fills, and the words their columns are known by.

use super::Field;

/// The table the cells go into.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Target {
    /// `districts`.
    Districts,
    /// `centres`.
    Centres,
    /// `corruption.per_district`.
    Corruption,
}

impl Target {
    /// Every table, in the order they are guessed.
    pub const ALL: [Self; 3] = [Self::Districts, Self::Centres, Self::Corruption];

    /// Its name on the command line.
    pub fn name(self) -> &'static str {
        match self {
            Self::Districts => "districts",
            Self::Centres => "centres",
            Self::Corruption => "corruption",
        }
    }

    /// The message keys of a table's columns in the editor's order (its case counts add a
    /// period), and so the header of a copied table, which the import reads back.
    pub fn column_keys(self) -> &'static [&'static str] {
        match self {
            Self::Districts => &[
                "edit-col-id",
                "edit-col-name",
                "edit-col-kind",
                "edit-col-centre",
                "edit-col-population",
                "edit-col-year",
                "edit-col-source",
            ],
            Self::Centres => &[
                "edit-col-id",
                "edit-col-name",
                "edit-col-district",
                "edit-col-premises",
                "edit-col-rent",
                "edit-col-rent-change",
                "edit-col-rent-raised",
                "edit-col-note",
                "edit-col-source",
            ],
            Self::Corruption => &[
                "edit-col-district",
                "measure-crimes",
                "measure-persons",
                "measure-managers",
                "edit-col-source",
            ],
        }
    }

    /// The table named so on the command line.
    pub fn parse(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|t| t.name() == name)
    }

    /// The columns in the order of the editor's table, for cells without a header.
    pub(super) fn positional(self) -> Vec<Field> {
        match self {
            Self::Districts => vec![
                Field::Id,
                Field::Name(None),
                Field::Kind,
                Field::Centre,
                Field::Population,
                Field::Year,
                Field::Source,
            ],
            Self::Centres => vec![
                Field::Id,
                Field::Name(None),
                Field::District,
                Field::Premises,
                Field::Rent,
                Field::RentChange,
                Field::RentRaised,
                Field::Note,
                Field::Source,
            ],
            Self::Corruption => vec![
                Field::District,
                Field::Crimes,
                Field::Persons,
                Field::Managers,
                Field::Source,
            ],
        }
    }

    /// Header words of each column (headers are compared lowercased, without spaces and
    /// punctuation), most specific first.
    pub(super) fn headers(self) -> Vec<(Field, &'static [&'static str])> {
        const ID: &[&str] = &["id", "код", "коды", "code"];
        const SOURCE: &[&str] = &["source", "источник", "дереккөз"];
        const NOTE: &[&str] = &["note", "примечание", "комментарий", "пояснение", "ескертпе"];
        const DISTRICT: &[&str] = &["district", "район", "аудан"];
        match self {
            Self::Districts => vec![
                (Field::Id, ID),
                (
                    Field::Population,
                    &["population", "населен", "численност", "халық", "халқы"],
                ),
                (Field::Year, &["year", "год", "жыл"]),
                (Field::Kind, &["kind", "type", "вид", "тип", "түрі"]),
                (Field::Centre, &["centre", "center", "центр", "орталығы"]),
                (Field::Source, SOURCE),
                (
                    Field::Name(None),
                    &[
                        "name",
                        "название",
                        "наименование",
                        "атауы",
                        "district",
                        "район",
                        "аудан",
                    ],
                ),
            ],
            Self::Centres => vec![
                (Field::Id, ID),
                (Field::RentChange, &["%", "изменение", "change", "өзгеріс"]),
                // Before the rent: "Rent raised" has "rent" in it.
                (Field::RentRaised, &["raised", "подняли", "көтерілді"]),
                (
                    Field::Rent,
                    &["₸", "rent", "арендн", "плата", "жалдау", "ақы"],
                ),
                (
                    Field::Premises,
                    &["premises", "помещение", "статус", "үйжай"],
                ),
                (Field::District, DISTRICT),
                (Field::Note, NOTE),
                (Field::Source, SOURCE),
                (
                    Field::Name(None),
                    &[
                        "name",
                        "название",
                        "наименование",
                        "цон",
                        "хқко",
                        "centre",
                        "center",
                        "атауы",
                    ],
                ),
            ],
            Self::Corruption => vec![
                (Field::Managers, &["managers", "руководител", "басшы"]),
                (
                    Field::Persons,
                    &["persons", "привлечен", "лиц", "тартылған", "жауапкершілік"],
                ),
                (Field::Crimes, &["crimes", "преступлен", "қылмыс"]),
                (Field::District, DISTRICT),
                (Field::Source, SOURCE),
            ],
        }
    }
}
