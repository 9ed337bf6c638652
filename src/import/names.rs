//! New districts named a letter or two from another one — «г. Саран» beside «г. Сарань» — are
//! most likely the same district spelt differently: they are pointed out before they become a
//! second district.

use super::RowAction;
use crate::i18n::{Arg, Language, tr_args};
use crate::model::Dataset;

/// A new district whose name is close to another district's.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NearName {
    /// The new row, from 1.
    pub row: usize,
    /// Its name as written.
    pub name: String,
    /// The close name.
    pub like: String,
    /// The district of the dataset with that name (its id); `None` when it is another new row.
    pub existing: Option<String>,
    /// The other new row with that name, from 1.
    pub other_row: Option<usize>,
    /// The user matched the row to `existing`: it goes into that district, not a new one.
    pub matched: bool,
}

impl NearName {
    /// "row 5: «г. Саран» is added as a new district; did you mean «г. Сарань»?", or, once
    /// matched, "row 5 goes into «г. Сарань», as you chose".
    pub fn text(&self, lang: Language) -> String {
        let row = self.row.to_string();
        let other = self.other_row.map(|r| r.to_string()).unwrap_or_default();
        let key = if self.matched {
            "import-matched"
        } else if self.other_row.is_some() {
            "import-near-new"
        } else {
            "import-near-name"
        };
        tr_args(
            lang,
            key,
            &[
                ("row", Arg::Text(&row)),
                ("name", Arg::Text(&self.name)),
                ("like", Arg::Text(&self.like)),
                ("other", Arg::Text(&other)),
            ],
        )
    }
}

/// Words that say what kind of place a name is, left out when names are compared.
const KIND_WORDS: [&str; 14] = [
    "г",
    "город",
    "р-н",
    "рн",
    "район",
    "қ",
    "қала",
    "қаласы",
    "аудан",
    "ауданы",
    "city",
    "town",
    "district",
    "of",
];

/// A name as compared: lowercased, `ё` as `е`, without the words of [`KIND_WORDS`].
fn core(name: &str) -> String {
    name.to_lowercase()
        .replace('ё', "е")
        .split(|c: char| c.is_whitespace() || c == ',' || c == '.')
        .filter(|w| !w.is_empty() && !KIND_WORDS.contains(w))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether two names are likely one place: their cores at most two edits apart (and fewer
/// than half the shorter one's letters, so that short names such as «Ош» and «Уш» stay
/// apart), the names themselves not the same.
fn close(a: &str, b: &str) -> bool {
    let (ca, cb) = (core(a), core(b));
    let shorter = ca.chars().count().min(cb.chars().count());
    let distance = strsim::levenshtein(&ca, &cb);
    shorter > 0 && distance <= 2 && distance * 2 < shorter && a.trim() != b.trim()
}

/// The name of the district of `d` that `cell` is most likely a slip for: a letter or two
/// from it (as [`close`] counts), the nearest first.
pub(super) fn nearest_district(d: &Dataset, cell: &str) -> Option<String> {
    let own = d.language();
    d.districts
        .iter()
        .flat_map(|x| {
            x.name
                .entries(own)
                .into_iter()
                .map(|(_, n)| n.trim().to_owned())
        })
        .filter(|n| close(cell, n))
        .min_by_key(|n| strsim::levenshtein(&core(cell), &core(n)))
}

/// The rows of `rows` that add a district (to `after`, from `before`) whose name is close to
/// a district of `before` or of an earlier new row.
pub(super) fn near_names(
    before: &Dataset,
    after: &Dataset,
    rows: &[(usize, RowAction)],
) -> Vec<NearName> {
    let own = before.language();
    // The dataset's own language first: its name is the one to suggest.
    let names_of = |d: &Dataset, id: &str| -> Vec<String> {
        let Some(x) = d.district(id) else {
            return Vec::new();
        };
        let mut entries = x.name.entries(own);
        entries.sort_by_key(|(lang, _)| *lang != own);
        entries
            .into_iter()
            .map(|(_, n)| n.trim().to_owned())
            .filter(|n| !n.is_empty())
            .collect()
    };
    let mut out = Vec::new();
    let mut added: Vec<(usize, Vec<String>)> = Vec::new();
    for (line, action) in rows {
        let RowAction::Add(id) = action else {
            continue;
        };
        let names = names_of(after, id);
        let existing = before.districts.iter().find_map(|x| {
            let theirs = names_of(before, &x.id);
            names.iter().find_map(|name| {
                let like = theirs.iter().find(|t| close(name, t))?;
                Some((name.clone(), like.clone(), x.id.clone()))
            })
        });
        let near = if let Some((name, like, id)) = existing {
            Some(NearName {
                row: *line,
                name,
                like,
                existing: Some(id),
                other_row: None,
                matched: false,
            })
        } else {
            added.iter().find_map(|(other, theirs)| {
                names.iter().find_map(|name| {
                    let like = theirs.iter().find(|t| close(name, t))?;
                    Some(NearName {
                        row: *line,
                        name: name.clone(),
                        like: like.clone(),
                        existing: None,
                        other_row: Some(*other),
                        matched: false,
                    })
                })
            })
        };
        out.extend(near);
        added.push((*line, names));
    }
    out
}
