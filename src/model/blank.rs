//! A new, empty briefing: what File → New and `briefdesk import` into a missing file start
//! from.

use std::collections::BTreeMap;

use super::{DEFAULT_LANGUAGE, Dataset, FORMAT_VERSION, Text};

/// A dataset of the current format with nothing in it yet, its texts in Russian.
pub fn new_dataset() -> Dataset {
    Dataset {
        format: FORMAT_VERSION,
        title: Text::default(),
        region: Text::default(),
        region_names: BTreeMap::new(),
        language: Some(DEFAULT_LANGUAGE.to_owned()),
        translations: Vec::new(),
        period: None,
        as_of: None,
        meeting: None,
        people: Vec::new(),
        places: Vec::new(),
        sources: Vec::new(),
        districts: Vec::new(),
        centres: Vec::new(),
        centre_totals: None,
        services: None,
        corruption: None,
        statements: Vec::new(),
        recommendations: Vec::new(),
    }
}

/// What a new briefing is asked for.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct NewBriefing {
    /// The region, in the dataset's language.
    pub region: String,
    /// What the meeting is.
    pub meeting: String,
    /// The period the figures will cover.
    pub period: Option<super::Period>,
}

/// A new briefing: empty, or the structure of `template` (its language, districts with their
/// names and kinds, centres with their premises, people) without its figures, sources,
/// meeting, statements and recommendations.
pub fn new_briefing(spec: &NewBriefing, template: Option<&Dataset>) -> Dataset {
    let mut d = new_dataset();
    if let Some(t) = template {
        d.language = Some(t.language().to_owned());
        d.people.clone_from(&t.people);
        d.districts = t
            .districts
            .iter()
            .map(|x| super::District {
                population: None,
                ..x.clone()
            })
            .collect();
        d.centres = t
            .centres
            .iter()
            .map(|c| super::Centre {
                rent_kzt_per_month: None,
                rent_change_pct: None,
                rent_raised: false,
                note: None,
                source: None,
                ..c.clone()
            })
            .collect();
    }
    d.region = Text::from(spec.region.trim());
    d.period.clone_from(&spec.period);
    let meeting = spec.meeting.trim();
    if !meeting.is_empty() {
        d.meeting = Some(super::Meeting {
            title: Some(Text::from(meeting)),
            date: None,
            place: None,
            chair: None,
            participants: Vec::new(),
            attendance: None,
        });
    }
    d.title = Text::from(match (meeting.is_empty(), spec.region.trim()) {
        (false, "") => meeting.to_owned(),
        (false, region) => format!("{meeting}: {region}"),
        (true, region) => region.to_owned(),
    });
    d
}

impl Dataset {
    /// Drops parts left with nothing in them (an editor opens them to show their fields), so
    /// that a dataset only looked at is the dataset that was read.
    pub fn prune_empty(&mut self) {
        if self.centre_totals.as_ref().is_some_and(|t| {
            t.centres.is_none()
                && t.rented.is_none()
                && t.built_recently.is_none()
                && t.built_years.is_none()
        }) {
            self.centre_totals = None;
        }
        if self.services.as_ref().is_some_and(|s| {
            s.delivered.is_none()
                && s.electronic_share_pct.is_none()
                && s.paper_reduction_factor.is_none()
                && s.signature_holders.is_none()
                && s.in_person_share_pct.is_none()
                && s.per_district.is_empty()
        }) {
            self.services = None;
        }
        if self.corruption.as_ref().is_some_and(|c| {
            c.period.is_none()
                && c.crimes.is_none()
                && c.persons_prosecuted.is_none()
                && c.managers.is_none()
                && c.per_district.is_empty()
        }) {
            self.corruption = None;
        }
        if self.meeting.as_ref().is_some_and(|m| {
            m.title.is_none()
                && m.date.is_none()
                && m.place.is_none()
                && m.chair.is_none()
                && m.participants.is_empty()
                && m.attendance.is_none()
        }) {
            self.meeting = None;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model;

    #[test]
    fn a_copy_keeps_the_structure_and_drops_the_figures() {
        let akmola = model::embedded().expect("embedded").dataset;
        let spec = NewBriefing {
            region: "Акмолинская область".to_owned(),
            meeting: "Совещание по госуслугам".to_owned(),
            period: None,
        };
        let d = new_briefing(&spec, Some(&akmola));
        assert_eq!(d.districts.len(), 19);
        assert!(d.districts.iter().all(|x| x.population.is_none()));
        assert_eq!(d.centres.len(), 23);
        assert!(d.centres.iter().all(|c| c.source.is_none()));
        assert!(d.corruption.is_none() && d.services.is_none() && d.centre_totals.is_none());
        assert!(d.recommendations.is_empty() && d.sources.is_empty());
        assert_eq!(
            d.title,
            Text::from("Совещание по госуслугам: Акмолинская область")
        );
        // It is a valid dataset, written and read back.
        let text = model::to_ron(&d);
        let loaded = model::load_text(&text, "new.ron").expect("reads back");
        assert!(
            loaded.findings.iter().all(|f| !f.is_error()),
            "{:?}",
            loaded.findings
        );
        let empty = new_briefing(&spec, None);
        assert!(empty.districts.is_empty());
    }

    #[test]
    fn parts_opened_and_left_empty_are_dropped() {
        let mut d = new_dataset();
        d.corruption = Some(super::super::Corruption {
            period: None,
            crimes: None,
            persons_prosecuted: None,
            managers: None,
            per_district: Vec::new(),
        });
        d.meeting = Some(super::super::Meeting {
            title: None,
            date: None,
            place: None,
            chair: None,
            participants: Vec::new(),
            attendance: None,
        });
        d.prune_empty();
        assert_eq!(d, new_dataset());
        let mut akmola = model::embedded().expect("embedded").dataset;
        let before = akmola.clone();
        akmola.prune_empty();
        assert_eq!(akmola, before, "parts with something in them stay");
    }
}
