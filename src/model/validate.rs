//! Structural errors and reconciliation warnings for a dataset.

use std::collections::{HashMap, HashSet};

pub use super::finding::{Finding, FindingArg, Severity};
use super::suggest::nearest;

use super::{
    Dataset, Evidence, FORMAT_VERSION, Figure, FigureKey, FigureUnit, Premises, Qualifier,
};

type Args = Vec<(&'static str, FindingArg)>;

fn text(value: impl Into<String>) -> FindingArg {
    FindingArg::Text(value.into())
}

/// Checks a dataset; the findings come in file order, errors and warnings mixed.
pub fn validate(dataset: &Dataset) -> Vec<Finding> {
    let mut v = Validator {
        dataset,
        findings: Vec::new(),
        district_ids: HashSet::new(),
        source_ids: HashSet::new(),
        person_ids: HashSet::new(),
        centre_ids: HashSet::new(),
        illustrative_ids: dataset
            .sources
            .iter()
            .filter(|s| s.illustrative)
            .map(|s| s.id.as_str())
            .collect(),
        illustrative_uses: HashMap::new(),
    };
    v.run();
    v.findings.extend(super::validate_texts::check(dataset));
    v.findings
}

struct Validator<'a> {
    dataset: &'a Dataset,
    findings: Vec<Finding>,
    district_ids: HashSet<&'a str>,
    source_ids: HashSet<&'a str>,
    person_ids: HashSet<&'a str>,
    centre_ids: HashSet<&'a str>,
    /// Ids of the illustrative sources.
    illustrative_ids: HashSet<&'a str>,
    /// Source id → number of figures citing it, for illustrative sources.
    illustrative_uses: HashMap<&'a str, usize>,
}

/// Which id list a reference points into.
#[derive(Clone, Copy)]
enum Target {
    District,
    Source,
    Person,
    Centre,
}

impl Target {
    fn key(self) -> &'static str {
        match self {
            Self::District => "finding-unknown-district",
            Self::Source => "finding-unknown-source",
            Self::Person => "finding-unknown-person",
            Self::Centre => "finding-unknown-centre",
        }
    }
}

impl<'a> Validator<'a> {
    fn error(&mut self, path: impl Into<String>, key: &'static str, args: Args) {
        self.push(Severity::Error, path.into(), key, args, None);
    }

    fn warning(&mut self, path: impl Into<String>, key: &'static str, args: Args) {
        self.push(Severity::Warning, path.into(), key, args, None);
    }

    fn push(
        &mut self,
        severity: Severity,
        path: String,
        key: &'static str,
        args: Args,
        suggestion: Option<String>,
    ) {
        let finding = Finding {
            severity,
            path,
            key,
            args,
            suggestion,
            position: None,
        };
        self.findings.push(finding);
    }

    fn run(&mut self) {
        let d = self.dataset;
        if d.format < FORMAT_VERSION {
            // Read and migrated in memory; say how to move the file itself.
            self.push(
                Severity::Warning,
                "format".to_owned(),
                "finding-format-old",
                vec![
                    ("found", text(d.format.to_string())),
                    ("expected", text(FORMAT_VERSION.to_string())),
                ],
                None,
            );
        } else if d.format != FORMAT_VERSION {
            self.error(
                "format",
                "finding-format",
                vec![
                    ("found", text(d.format.to_string())),
                    ("expected", text(FORMAT_VERSION.to_string())),
                ],
            );
        }
        self.district_ids = self.unique_ids("districts", d.districts.iter().map(|x| x.id.as_str()));
        self.source_ids = self.unique_ids("sources", d.sources.iter().map(|x| x.id.as_str()));
        self.person_ids = self.unique_ids("people", d.people.iter().map(|x| x.id.as_str()));
        self.centre_ids = self.unique_ids("centres", d.centres.iter().map(|x| x.id.as_str()));
        self.unique_ids("places", d.places.iter().map(|x| x.id.as_str()));
        self.unique_ids("statements", d.statements.iter().map(|x| x.id.as_str()));
        self.unique_ids(
            "recommendations",
            d.recommendations.iter().map(|x| x.id.as_str()),
        );

        self.meeting();
        self.places();
        self.districts();
        self.centres();
        self.figures();
        self.services_per_district();
        self.corruption_per_district();
        self.recommendations();
        self.reconcile();
        self.districts_without_data();
        self.illustrative_in_use();
    }

    /// Reports duplicates and returns the set of ids.
    fn unique_ids(&mut self, list: &str, ids: impl Iterator<Item = &'a str>) -> HashSet<&'a str> {
        let mut first: HashMap<&str, usize> = HashMap::new();
        for (i, id) in ids.enumerate() {
            if id.trim().is_empty() {
                self.error(format!("{list}[{i}].id"), "finding-empty-id", vec![]);
            }
            if let Some(j) = first.get(id) {
                self.error(
                    format!("{list}[{i}].id"),
                    "finding-duplicate-id",
                    vec![("id", text(id)), ("first", text(format!("{list}[{j}]")))],
                );
            } else {
                first.insert(id, i);
            }
        }
        first.into_keys().collect()
    }

    /// Reports a reference to an unknown id, suggesting the nearest known one.
    fn reference(&mut self, path: impl FnOnce() -> String, target: Target, id: &str) {
        let known = match target {
            Target::District => &self.district_ids,
            Target::Source => &self.source_ids,
            Target::Person => &self.person_ids,
            Target::Centre => &self.centre_ids,
        };
        if known.contains(id) {
            return;
        }
        let mut candidates: Vec<&str> = known.iter().copied().collect();
        candidates.sort_unstable();
        let suggestion = nearest(id, candidates).map(str::to_owned);
        self.push(
            Severity::Error,
            path(),
            target.key(),
            vec![("id", text(id))],
            suggestion,
        );
    }

    /// Checks a source reference; a missing one is a warning, an illustrative one is counted.
    fn source(&mut self, path: &str, source: Option<&'a str>, what: &'static str) {
        match source {
            Some(id) => {
                self.reference(|| format!("{path}.source"), Target::Source, id);
                if self.illustrative_ids.contains(id) {
                    *self.illustrative_uses.entry(id).or_default() += 1;
                }
            }
            None => self.warning(
                path,
                "finding-no-source",
                vec![("what", FindingArg::Message(what))],
            ),
        }
    }

    fn meeting(&mut self) {
        let Some(meeting) = &self.dataset.meeting else {
            return;
        };
        if let Some(chair) = &meeting.chair {
            self.reference(|| "meeting.chair".to_owned(), Target::Person, chair);
        }
        for (i, p) in meeting.participants.iter().enumerate() {
            self.reference(|| format!("meeting.participants[{i}]"), Target::Person, p);
        }
    }

    fn places(&mut self) {
        for (i, place) in self.dataset.places.iter().enumerate() {
            if let Some(district) = &place.district {
                self.reference(
                    || format!("places[{i}].district"),
                    Target::District,
                    district,
                );
            }
        }
    }

    fn districts(&mut self) {
        for (i, district) in self.dataset.districts.iter().enumerate() {
            let Some(population) = &district.population else {
                continue;
            };
            let path = format!("districts[{i}].population");
            if population.value < 0 {
                self.error(
                    format!("{path}.value"),
                    "finding-population-negative",
                    vec![],
                );
            }
            if population.year.is_none() {
                let id = vec![("id", text(district.id.as_str()))];
                self.warning(format!("{path}.year"), "finding-population-no-year", id);
            }
            self.source(&path, population.source.as_deref(), "what-population");
        }
    }

    fn centres(&mut self) {
        for (i, centre) in self.dataset.centres.iter().enumerate() {
            let path = format!("centres[{i}]");
            self.reference(
                || format!("{path}.district"),
                Target::District,
                &centre.district,
            );
            if centre
                .rent_kzt_per_month
                .is_some_and(|r| !r.is_finite() || r < 0.0)
            {
                self.error(
                    format!("{path}.rent_kzt_per_month"),
                    "finding-rent-negative",
                    vec![],
                );
            }
            if centre
                .rent_change_pct
                .is_some_and(|r| !r.is_finite() || r < -100.0)
            {
                self.error(
                    format!("{path}.rent_change_pct"),
                    "finding-rent-fall",
                    vec![],
                );
            }
            if centre.premises == Premises::Owned
                && (centre.rent_kzt_per_month.is_some()
                    || centre.rent_raised
                    || centre.rent_change_pct.is_some())
            {
                self.warning(&path, "finding-owned-with-rent", vec![]);
            }
            self.source(&path, centre.source.as_deref(), "what-centre");
        }
    }

    fn figures(&mut self) {
        for key in FigureKey::ALL {
            let Some(figure) = self.dataset.figure(key) else {
                continue;
            };
            let path = key.field_path();
            self.figure(path, key.unit(), figure);
        }
        // Managers are counted among the persons prosecuted; rented centres among all centres.
        for (part, whole, what) in [
            (
                FigureKey::CorruptionManagers,
                FigureKey::CorruptionPersons,
                "finding-more-managers",
            ),
            (
                FigureKey::CentresRented,
                FigureKey::CentresTotal,
                "finding-more-rented",
            ),
        ] {
            let (Some(p), Some(w)) = (self.dataset.figure(part), self.dataset.figure(whole)) else {
                continue;
            };
            if !may_exceed(w.qualifier) && p.qualifier == Qualifier::Exact && p.value > w.value {
                self.error(
                    part.field_path(),
                    what,
                    vec![
                        ("part", FindingArg::Number(p.value)),
                        ("whole", FindingArg::Number(w.value)),
                    ],
                );
            }
        }
    }

    fn figure(&mut self, path: &str, unit: FigureUnit, figure: &'a Figure) {
        let value = figure.value;
        if value.is_finite() {
            match unit {
                FigureUnit::Count if value < 0.0 => {
                    self.error(
                        format!("{path}.value"),
                        "finding-count-negative",
                        vec![("value", FindingArg::Number(value))],
                    );
                }
                FigureUnit::Count if value.fract() != 0.0 => {
                    self.error(
                        format!("{path}.value"),
                        "finding-count-fraction",
                        vec![("value", FindingArg::Number(value))],
                    );
                }
                FigureUnit::Percent if !(0.0..=100.0).contains(&value) => {
                    self.error(
                        format!("{path}.value"),
                        "finding-share-range",
                        vec![("value", FindingArg::Number(value))],
                    );
                }
                FigureUnit::Factor if value <= 0.0 => {
                    self.error(
                        format!("{path}.value"),
                        "finding-ratio",
                        vec![("value", FindingArg::Number(value))],
                    );
                }
                _ => {}
            }
        } else {
            self.error(format!("{path}.value"), "finding-not-finite", vec![]);
        }
        if let Some(person) = &figure.said_by {
            self.reference(|| format!("{path}.said_by"), Target::Person, person);
        }
        self.source(path, figure.source.as_deref(), "what-figure");
    }

    fn services_per_district(&mut self) {
        let Some(services) = &self.dataset.services else {
            return;
        };
        for (i, row) in services.per_district.iter().enumerate() {
            let path = format!("services.per_district[{i}]");
            self.reference(
                || format!("{path}.district"),
                Target::District,
                &row.district,
            );
            if row.delivered.is_some_and(|n| n < 0) {
                let value = row.delivered.unwrap_or_default() as f64;
                self.error(
                    format!("{path}.delivered"),
                    "finding-count-negative",
                    vec![("value", FindingArg::Number(value))],
                );
            }
            if row
                .electronic_share_pct
                .is_some_and(|s| !s.is_finite() || !(0.0..=100.0).contains(&s))
            {
                let value = row.electronic_share_pct.unwrap_or_default();
                self.error(
                    format!("{path}.electronic_share_pct"),
                    "finding-share-range",
                    vec![("value", FindingArg::Number(value))],
                );
            }
            self.source(&path, row.source.as_deref(), "what-district-services");
        }
    }

    fn corruption_per_district(&mut self) {
        let Some(corruption) = &self.dataset.corruption else {
            return;
        };
        for (i, row) in corruption.per_district.iter().enumerate() {
            let path = format!("corruption.per_district[{i}]");
            self.reference(
                || format!("{path}.district"),
                Target::District,
                &row.district,
            );
            for (field, value) in [
                ("crimes", row.crimes),
                ("persons_prosecuted", row.persons_prosecuted),
                ("managers", row.managers),
            ] {
                if value.is_some_and(|n| n < 0) {
                    let value = value.unwrap_or_default() as f64;
                    self.error(
                        format!("{path}.{field}"),
                        "finding-count-negative",
                        vec![("value", FindingArg::Number(value))],
                    );
                }
            }
            if let (Some(m), Some(p)) = (row.managers, row.persons_prosecuted)
                && m > p
            {
                self.error(
                    format!("{path}.managers"),
                    "finding-more-managers",
                    vec![
                        ("part", FindingArg::Number(m as f64)),
                        ("whole", FindingArg::Number(p as f64)),
                    ],
                );
            }
            self.source(&path, row.source.as_deref(), "what-district-cases");
        }
    }

    fn recommendations(&mut self) {
        for (i, rec) in self.dataset.recommendations.iter().enumerate() {
            let path = format!("recommendations[{i}]");
            if let Some(by) = &rec.by {
                self.reference(|| format!("{path}.by"), Target::Person, by);
            }
            for (j, evidence) in rec.evidence.iter().enumerate() {
                let path = format!("{path}.evidence[{j}]");
                match evidence {
                    Evidence::Figure(key) => match FigureKey::parse(key) {
                        Some(k) if self.dataset.figure(k).is_some() => {}
                        Some(k) => self.error(
                            path,
                            "finding-figure-missing",
                            vec![("key", text(key.as_str())), ("field", text(k.field_path()))],
                        ),
                        None => {
                            let suggestion =
                                nearest(key, FigureKey::ALL.iter().map(|k| k.as_str()))
                                    .map(str::to_owned);
                            self.push(
                                Severity::Error,
                                path,
                                "finding-unknown-figure",
                                vec![("key", text(key.as_str()))],
                                suggestion,
                            );
                        }
                    },
                    Evidence::Centre(id) => self.reference(|| path, Target::Centre, id),
                    Evidence::District(id) => self.reference(|| path, Target::District, id),
                    Evidence::Chart(_) => {}
                }
            }
        }
    }

    fn reconcile(&mut self) {
        let d = self.dataset;
        let districts = d.districts.len();
        if !d.centres.is_empty() {
            let listed = d.centres.len() as f64;
            let rented = d
                .centres
                .iter()
                .filter(|c| c.premises == Premises::Rented)
                .count() as f64;
            for (key, sum, what) in [
                (FigureKey::CentresTotal, listed, "what-centres-listed"),
                (FigureKey::CentresRented, rented, "what-rented-listed"),
            ] {
                if let Some(total) = d.figure(key) {
                    self.sum_matches(
                        key.field_path(),
                        what,
                        Sum {
                            value: sum,
                            complete: true,
                        },
                        total,
                    );
                }
            }
        }
        if let Some(services) = &d.services {
            let rows = &services.per_district;
            self.duplicate_districts(
                "services.per_district",
                rows.iter().map(|r| r.district.as_str()),
            );
            if let (Some(sum), Some(total)) = (
                Sum::of(rows.iter().map(|r| r.delivered), districts),
                &services.delivered,
            ) {
                self.sum_matches(
                    "services.delivered",
                    "what-district-services-sum",
                    sum,
                    total,
                );
            }
        }
        if let Some(corruption) = &d.corruption {
            let rows = &corruption.per_district;
            self.duplicate_districts(
                "corruption.per_district",
                rows.iter().map(|r| r.district.as_str()),
            );
            for (sum, total, path, what) in [
                (
                    Sum::of(rows.iter().map(|r| r.crimes), districts),
                    &corruption.crimes,
                    "corruption.crimes",
                    "what-district-crimes",
                ),
                (
                    Sum::of(rows.iter().map(|r| r.persons_prosecuted), districts),
                    &corruption.persons_prosecuted,
                    "corruption.persons_prosecuted",
                    "what-district-persons",
                ),
                (
                    Sum::of(rows.iter().map(|r| r.managers), districts),
                    &corruption.managers,
                    "corruption.managers",
                    "what-district-managers",
                ),
            ] {
                if let (Some(sum), Some(total)) = (sum, total) {
                    self.sum_matches(path, what, sum, total);
                }
            }
        }
    }

    /// Errors on a district that appears twice in one per-district list.
    fn duplicate_districts(&mut self, list: &str, ids: impl Iterator<Item = &'a str>) {
        let mut seen: HashMap<&str, usize> = HashMap::new();
        for (i, id) in ids.enumerate() {
            if let Some(j) = seen.insert(id, i) {
                self.error(
                    format!("{list}[{i}].district"),
                    "finding-listed-twice",
                    vec![("id", text(id)), ("other", text(format!("{list}[{j}]")))],
                );
            }
        }
    }

    /// Warns when a per-item sum does not agree with a regional figure and its qualifier.
    fn sum_matches(&mut self, path: &str, what: &'static str, sum: Sum, total: &Figure) {
        if reconciles(sum, total) {
            return;
        }
        let tolerance = if total.qualifier == Qualifier::About {
            "finding-tolerance"
        } else {
            "empty"
        };
        let partial = if sum.complete {
            "empty"
        } else {
            "finding-partial"
        };
        self.warning(
            path,
            "finding-sum",
            vec![
                ("what", FindingArg::Message(what)),
                ("sum", FindingArg::Number(sum.value)),
                ("partial", FindingArg::Message(partial)),
                (
                    "expected",
                    FindingArg::Qualified(total.value, total.qualifier),
                ),
                ("tolerance", FindingArg::Message(tolerance)),
            ],
        );
    }

    fn districts_without_data(&mut self) {
        let d = self.dataset;
        let mut with_data: HashSet<&str> = HashSet::new();
        with_data.extend(d.centres.iter().map(|c| c.district.as_str()));
        if let Some(s) = &d.services {
            with_data.extend(s.per_district.iter().map(|r| r.district.as_str()));
        }
        if let Some(c) = &d.corruption {
            with_data.extend(c.per_district.iter().map(|r| r.district.as_str()));
        }
        for (i, district) in d.districts.iter().enumerate() {
            if district.population.is_none() && !with_data.contains(district.id.as_str()) {
                self.warning(
                    format!("districts[{i}]"),
                    "finding-no-data",
                    vec![("id", text(district.id.as_str()))],
                );
            }
        }
    }

    fn illustrative_in_use(&mut self) {
        let mut uses: Vec<(&str, usize)> = self
            .illustrative_uses
            .iter()
            .map(|(k, v)| (*k, *v))
            .collect();
        uses.sort_unstable();
        for (id, count) in uses {
            let Some(i) = self.dataset.sources.iter().position(|s| s.id == id) else {
                continue;
            };
            self.warning(
                format!("sources[{i}]"),
                "finding-illustrative",
                vec![
                    ("count", FindingArg::Number(count as f64)),
                    ("id", text(id)),
                ],
            );
        }
    }
}

/// Whether a qualifier lets the true value exceed the written one.
fn may_exceed(q: Qualifier) -> bool {
    matches!(
        q,
        Qualifier::MoreThan | Qualifier::AtLeast | Qualifier::About
    )
}

/// A sum over per-district values.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Sum {
    /// The sum of the values present.
    pub value: f64,
    /// Whether every district had a value.
    pub complete: bool,
}

impl Sum {
    /// The sum of the values present, or `None` when none is; complete when there are at least
    /// `districts` values.
    fn of(values: impl Iterator<Item = Option<i64>>, districts: usize) -> Option<Self> {
        let mut count = 0usize;
        let sum = values.flatten().fold(0i128, |acc, v| {
            count += 1;
            acc + i128::from(v)
        });
        (count > 0).then_some(Self {
            value: sum as f64,
            complete: count >= districts,
        })
    }
}

/// Whether `sum` agrees with `total` as its qualifier reads. A partial sum (not every district
/// has a value) can only be checked against an upper bound.
pub(crate) fn reconciles(sum: Sum, total: &Figure) -> bool {
    let (s, t) = (sum.value, total.value);
    match (total.qualifier, sum.complete) {
        (Qualifier::Exact, true) => (s - t).abs() < 1e-9,
        (Qualifier::MoreThan, true) => s > t,
        (Qualifier::AtLeast, true) => s >= t,
        (Qualifier::About, true) => (s - t).abs() <= 0.1 * t.abs(),
        (Qualifier::Exact, false) => s <= t + 1e-9,
        (Qualifier::About, false) => s <= 1.1 * t.abs(),
        (Qualifier::MoreThan | Qualifier::AtLeast, false) => true,
        (Qualifier::LessThan, _) => s < t,
        (Qualifier::AtMost, _) => s <= t,
    }
}
