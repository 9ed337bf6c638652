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
    /// The briefing's own language (`ru`, `kk`, `en`): its plain strings are in it, and a
    /// reader in it sees no marks.
    pub language: String,
    /// The region, in the own language and any others given.
    pub region: Text,
    /// What the meeting is, likewise.
    pub meeting: Text,
    /// The period the figures will cover.
    pub period: Option<super::Period>,
}

/// A new briefing in the language `spec` asks for: empty, or the structure of `template`
/// (districts with their names and kinds, centres with their premises, people) without its
/// figures, sources, meeting, statements and recommendations. The template's texts keep
/// saying which language they are in. The title is the meeting and the region, in each
/// language either is given in.
pub fn new_briefing(spec: &NewBriefing, template: Option<&Dataset>) -> Dataset {
    let own = spec.language.as_str();
    let mut d = new_dataset();
    d.language = Some(own.to_owned());
    if let Some(t) = template {
        let from = t.language();
        let moved = |text: &Text| text.clone().relabelled(from, own);
        d.people = t
            .people
            .iter()
            .map(|p| super::Person {
                id: p.id.clone(),
                name: moved(&p.name),
                role: p.role.as_ref().map(moved),
            })
            .collect();
        d.districts = t
            .districts
            .iter()
            .map(|x| super::District {
                population: None,
                name: moved(&x.name),
                centre: x.centre.as_ref().map(moved),
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
                name: moved(&c.name),
                ..c.clone()
            })
            .collect();
    }
    d.region = spec.region.clone();
    d.period.clone_from(&spec.period);
    if !spec.meeting.is_blank() {
        d.meeting = Some(super::Meeting {
            title: Some(spec.meeting.clone()),
            date: None,
            place: None,
            chair: None,
            participants: Vec::new(),
            attendance: None,
        });
    }
    // The own language first, so that a title given only in others is still a map.
    let mut title = Text::default();
    let languages =
        std::iter::once(own).chain(super::TEXT_LANGUAGES.into_iter().filter(|l| *l != own));
    for lang in languages {
        let meeting = spec.meeting.exact(lang, own).unwrap_or_default().trim();
        let region = spec.region.exact(lang, own).unwrap_or_default().trim();
        let text = match (meeting, region) {
            ("", "") => continue,
            (meeting, "") => meeting.to_owned(),
            ("", region) => region.to_owned(),
            (meeting, region) => format!("{meeting}: {region}"),
        };
        title.set(own, lang, text);
    }
    d.title = title;
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
            language: "ru".to_owned(),
            region: Text::from("Акмолинская область"),
            meeting: Text::from("Совещание по госуслугам"),
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
        let text = model::to_ron(&d).expect("written as RON");
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
    fn a_kazakh_briefing_is_kazakh_first_with_the_other_languages_given() {
        let mut region = Text::from("Қарағанды облысы");
        region.set("kk", "ru", "Карагандинская область".to_owned());
        let spec = NewBriefing {
            language: "kk".to_owned(),
            region,
            meeting: Text::from("Мемлекеттік қызметтер жөніндегі кеңес"),
            period: None,
        };
        let d = new_briefing(&spec, None);
        assert_eq!(d.language(), "kk");
        let title = d.title.get("kk", "kk");
        assert_eq!(
            (title.text, title.fallback),
            (
                "Мемлекеттік қызметтер жөніндегі кеңес: Қарағанды облысы",
                None
            )
        );
        // Russian has the region only, and says it.
        assert_eq!(d.title.exact("ru", "kk"), Some("Карагандинская область"));
        assert_eq!(d.region.get("ru", "kk").fallback, None);
        // Read back: nothing is missing in Kazakh.
        let loaded = model::load_text(&model::to_ron(&d).expect("written as RON"), "new.ron")
            .expect("reads back");
        assert_eq!(loaded.dataset, d);
        let kk_missing = loaded.findings.iter().any(|f| {
            f.key == "finding-translation-missing"
                && f.args
                    .iter()
                    .any(|(n, a)| *n == "lang" && *a == model::FindingArg::Text("kk".to_owned()))
        });
        assert!(!kk_missing, "{:?}", loaded.findings);
        // A copy of a Russian briefing: its plain texts say they are Russian.
        let mut ru = model::load_text(
            "Briefing(format: 2, title: \"t\", region: \"r\", districts: [District(id: \"a\", name: \"Аккольский район\", kind: District)])",
            "t.ron",
        )
        .expect("a dataset")
        .dataset;
        ru.language = None;
        let copy = new_briefing(&spec, Some(&ru));
        let name = copy.districts[0].name.get("kk", "kk");
        assert_eq!((name.text, name.fallback), ("Аккольский район", Some("ru")));
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
