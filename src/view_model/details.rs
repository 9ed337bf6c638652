//! What the dataset says about each district beyond its numbers: its administrative centre,
//! population, centres one by one (premises, rent, notes) and the places named in it.

use super::{Context, ILLUSTRATIVE_MARK};
use crate::i18n::{Arg, tr, tr_args};
use crate::model::{DistrictKind, Premises};

/// A place named at the meeting.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlaceView {
    /// Its name.
    pub name: String,
    /// The district it lies in, by name.
    pub district: Option<String>,
    /// Why it is named.
    pub note: Option<String>,
}

/// One district's particulars, for the pack's appendix and the charts' hover details.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DistrictDetail {
    /// District id.
    pub id: String,
    /// Name.
    pub name: String,
    /// Lines about it: kind, administrative centre, population with its year.
    pub facts: Vec<String>,
    /// One line per centre: name, premises, rent, note.
    pub centres: Vec<String>,
    /// One line per place named in it: name and note.
    pub places: Vec<String>,
}

impl DistrictDetail {
    /// Whether there is anything to say beyond the name.
    pub fn is_empty(&self) -> bool {
        self.facts.is_empty() && self.centres.is_empty() && self.places.is_empty()
    }

    /// Every line, for a tooltip.
    pub fn lines(&self) -> impl Iterator<Item = &String> {
        self.facts.iter().chain(&self.centres).chain(&self.places)
    }
}

pub(crate) fn places(ctx: &Context<'_>) -> Vec<PlaceView> {
    ctx.dataset
        .places
        .iter()
        .map(|p| PlaceView {
            name: ctx.text(&p.name),
            district: p
                .district
                .as_deref()
                .and_then(|id| ctx.district_index.get(id))
                .map(|i| ctx.district_name(*i)),
            note: ctx.text_opt(p.note.as_ref()),
        })
        .collect()
}

/// Every district in name order with its particulars.
pub(crate) fn districts(ctx: &Context<'_>) -> Vec<DistrictDetail> {
    let lang = ctx.lang;
    let numbers = lang.numbers();
    let d = ctx.dataset;
    let mut order: Vec<usize> = (0..d.districts.len()).collect();
    order.sort_by(|a, b| ctx.name_key(*a).cmp(ctx.name_key(*b)));
    order
        .into_iter()
        .filter_map(|i| {
            let district = d.districts.get(i)?;
            let mut facts = Vec::new();
            if district.kind == DistrictKind::City {
                facts.push(tr(lang, "district-city"));
            }
            if let Some(centre) = &district.centre {
                facts.push(tr_args(
                    lang,
                    "district-centre",
                    &[("name", Arg::Text(&ctx.text(centre)))],
                ));
            }
            if let Some(p) = &district.population {
                let year = p.year.map_or_else(
                    || tr(lang, "population-year-unknown"),
                    |y| {
                        tr_args(
                            lang,
                            "population-year",
                            &[("year", Arg::Text(&y.to_string()))],
                        )
                    },
                );
                let mut line = format!(
                    "{}: {} ({year})",
                    tr(lang, "population-label"),
                    numbers.integer(p.value as f64)
                );
                if ctx.is_illustrative(ctx.source(p.source.as_deref())) {
                    line.push_str(ILLUSTRATIVE_MARK);
                }
                facts.push(line);
            }
            let centres = d
                .centres
                .iter()
                .filter(|c| c.district == district.id)
                .map(|c| centre_line(ctx, c))
                .collect();
            let places = d
                .places
                .iter()
                .filter(|p| p.district.as_deref() == Some(district.id.as_str()))
                .map(|p| match &p.note {
                    Some(note) => format!("{}: {}", ctx.text(&p.name), ctx.text(note)),
                    None => ctx.text(&p.name),
                })
                .collect();
            Some(DistrictDetail {
                id: district.id.clone(),
                name: ctx.district_name(i),
                facts,
                centres,
                places,
            })
        })
        .collect()
}

fn centre_line(ctx: &Context<'_>, c: &crate::model::Centre) -> String {
    let lang = ctx.lang;
    let numbers = lang.numbers();
    let premises = match c.premises {
        Premises::Owned => tr(lang, "centre-owned"),
        Premises::Rented => tr(lang, "centre-rented"),
    };
    let mut parts = vec![format!("{} — {premises}", ctx.text(&c.name))];
    // An owned centre pays no rent: what the file says of one is ignored (check warns of it).
    let rented = c.premises == Premises::Rented;
    if let Some(rent) = c.rent_kzt_per_month.filter(|_| rented) {
        parts.push(tr_args(
            lang,
            "rent-per-month",
            &[("value", Arg::Text(&numbers.integer(rent)))],
        ));
    }
    if let Some(pct) = c.rent_change_pct.filter(|_| rented) {
        let sign = if pct > 0.0 { "+" } else { "" };
        parts.push(format!("{sign}{}", numbers.percent(pct, 1)));
    } else if rented && c.rent_raised && c.note.is_none() {
        // A note says it in its own words.
        parts.push(tr(lang, "rent-raised"));
    }
    parts.extend(ctx.text_opt(c.note.as_ref()));
    let mut line = parts.join("; ");
    if ctx.is_illustrative(ctx.source(c.source.as_deref())) {
        line.push_str(ILLUSTRATIVE_MARK);
    }
    line
}
