//! Format 1 read into format 2, and the walk over every text of a dataset.

use super::{Dataset, FigureKey, Text};

impl Dataset {
    /// Moves format 1's separate name maps (`region_names`, a district's `names`) into the
    /// format 2 texts they translate. The file's `format` is kept, so `check` can still say
    /// how to move the file itself to format 2.
    pub fn migrate(&mut self) {
        let own = self.language().to_owned();
        for (lang, name) in std::mem::take(&mut self.region_names) {
            self.region.insert(&own, &lang, name);
        }
        for d in &mut self.districts {
            for (lang, name) in std::mem::take(&mut d.names) {
                d.name.insert(&own, &lang, name);
            }
        }
    }

    /// Every human text of the dataset with the path of its field, in file order.
    pub fn texts(&self) -> Vec<(String, &Text)> {
        fn opt(path: String, text: Option<&Text>) -> Option<(String, &Text)> {
            text.map(|t| (path, t))
        }
        let mut out: Vec<(String, &Text)> = vec![
            ("title".to_owned(), &self.title),
            ("region".to_owned(), &self.region),
        ];
        let mut more: Vec<Option<(String, &Text)>> = Vec::new();
        for (i, t) in self.translations.iter().enumerate() {
            more.push(opt(format!("translations[{i}].note"), Some(&t.note)));
        }
        if let Some(p) = &self.period {
            more.push(opt("period.label".to_owned(), p.label.as_ref()));
        }
        if let Some(m) = &self.meeting {
            more.push(opt("meeting.title".to_owned(), m.title.as_ref()));
            more.push(opt("meeting.place".to_owned(), m.place.as_ref()));
            more.push(opt("meeting.attendance".to_owned(), m.attendance.as_ref()));
        }
        for (i, p) in self.people.iter().enumerate() {
            more.push(opt(format!("people[{i}].name"), Some(&p.name)));
            more.push(opt(format!("people[{i}].role"), p.role.as_ref()));
        }
        for (i, p) in self.places.iter().enumerate() {
            more.push(opt(format!("places[{i}].name"), Some(&p.name)));
            more.push(opt(format!("places[{i}].note"), p.note.as_ref()));
        }
        for (i, s) in self.sources.iter().enumerate() {
            more.push(opt(format!("sources[{i}].title"), Some(&s.title)));
            more.push(opt(format!("sources[{i}].publisher"), s.publisher.as_ref()));
            more.push(opt(format!("sources[{i}].note"), s.note.as_ref()));
        }
        for (i, d) in self.districts.iter().enumerate() {
            more.push(opt(format!("districts[{i}].name"), Some(&d.name)));
            more.push(opt(format!("districts[{i}].centre"), d.centre.as_ref()));
        }
        for (i, c) in self.centres.iter().enumerate() {
            more.push(opt(format!("centres[{i}].name"), Some(&c.name)));
            more.push(opt(format!("centres[{i}].note"), c.note.as_ref()));
        }
        for key in FigureKey::ALL {
            if let Some(f) = self.figure(key) {
                let path = key.field_path();
                if let Some(p) = &f.period {
                    more.push(opt(format!("{path}.period.label"), p.label.as_ref()));
                }
                more.push(opt(format!("{path}.quote"), f.quote.as_ref()));
                more.push(opt(format!("{path}.comment"), f.comment.as_ref()));
            }
        }
        for (i, row) in self
            .corruption
            .iter()
            .flat_map(|c| &c.per_district)
            .enumerate()
        {
            let label = row.period.as_ref().and_then(|p| p.label.as_ref());
            more.push(opt(
                format!("corruption.per_district[{i}].period.label"),
                label,
            ));
        }
        for (i, row) in self
            .services
            .iter()
            .flat_map(|s| &s.per_district)
            .enumerate()
        {
            let label = row.period.as_ref().and_then(|p| p.label.as_ref());
            more.push(opt(
                format!("services.per_district[{i}].period.label"),
                label,
            ));
        }
        if let Some(p) = self.corruption.as_ref().and_then(|c| c.period.as_ref()) {
            more.push(opt("corruption.period.label".to_owned(), p.label.as_ref()));
        }
        for (i, s) in self.statements.iter().enumerate() {
            more.push(opt(format!("statements[{i}].text"), Some(&s.text)));
            more.push(opt(format!("statements[{i}].quote"), s.quote.as_ref()));
        }
        for (i, r) in self.recommendations.iter().enumerate() {
            more.push(opt(format!("recommendations[{i}].text"), Some(&r.text)));
            more.push(opt(format!("recommendations[{i}].topic"), r.topic.as_ref()));
        }
        out.extend(more.into_iter().flatten());
        out
    }
}
