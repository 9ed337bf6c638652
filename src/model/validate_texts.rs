//! Checks of format 2's texts, languages and periods, and of ids that differ only by case.

use std::collections::HashMap;

use super::finding::{Finding, FindingArg, Severity};
use super::suggest::nearest;
use super::{Dataset, FigureKey, PartialDate, Period, TEXT_LANGUAGES, Text};

fn finding(
    severity: Severity,
    path: String,
    key: &'static str,
    args: Vec<(&'static str, FindingArg)>,
    suggestion: Option<String>,
) -> Finding {
    Finding {
        severity,
        path,
        key,
        args,
        suggestion,
        position: None,
    }
}

fn text(value: impl Into<String>) -> FindingArg {
    FindingArg::Text(value.into())
}

/// The findings of this module, in the order: languages, ids, periods, statements.
pub(super) fn check(d: &Dataset) -> Vec<Finding> {
    let mut out = Vec::new();
    languages(d, &mut out);
    ids_by_case(d, &mut out);
    periods(d, &mut out);
    statements(d, &mut out);
    out
}

/// A language code that is not one of ours: a warning with the nearest known code.
fn language_code(path: String, code: &str, out: &mut Vec<Finding>) {
    if !TEXT_LANGUAGES.contains(&code) {
        out.push(finding(
            Severity::Warning,
            path,
            "finding-language-unknown",
            vec![("code", text(code))],
            nearest(code, TEXT_LANGUAGES).map(str::to_owned),
        ));
    }
}

fn languages(d: &Dataset, out: &mut Vec<Finding>) {
    let own = d.language();
    if let Some(code) = &d.language {
        language_code("language".to_owned(), code, out);
    }
    for (i, t) in d.translations.iter().enumerate() {
        language_code(format!("translations[{i}].language"), &t.language, out);
    }
    let texts = d.texts();
    for (path, t) in &texts {
        if let Text::Languages(map) = t {
            for code in map.keys() {
                language_code((*path).clone(), code, out);
            }
        }
    }
    // One warning per language a reader can choose, counting the texts that will show in
    // another language there (marked with that language's code).
    for lang in TEXT_LANGUAGES {
        let missing: Vec<&str> = texts
            .iter()
            .filter(|(_, t)| !t.has(lang, own))
            .map(|(path, _)| path.as_str())
            .collect();
        let Some(first) = missing.first() else {
            continue;
        };
        out.push(finding(
            Severity::Warning,
            (*first).to_owned(),
            "finding-translation-missing",
            vec![
                ("count", FindingArg::Number(missing.len() as f64)),
                ("lang", text(lang)),
                ("own", text(own)),
            ],
            None,
        ));
    }
}

/// Ids that differ only in letter case are refused: notes and links would mix them up.
fn ids_by_case(d: &Dataset, out: &mut Vec<Finding>) {
    let lists: [(&str, Vec<&str>); 7] = [
        (
            "districts",
            d.districts.iter().map(|x| x.id.as_str()).collect(),
        ),
        ("sources", d.sources.iter().map(|x| x.id.as_str()).collect()),
        ("people", d.people.iter().map(|x| x.id.as_str()).collect()),
        ("centres", d.centres.iter().map(|x| x.id.as_str()).collect()),
        ("places", d.places.iter().map(|x| x.id.as_str()).collect()),
        (
            "statements",
            d.statements.iter().map(|x| x.id.as_str()).collect(),
        ),
        (
            "recommendations",
            d.recommendations.iter().map(|x| x.id.as_str()).collect(),
        ),
    ];
    for (list, ids) in lists {
        let mut seen: HashMap<String, (usize, &str)> = HashMap::new();
        for (i, id) in ids.into_iter().enumerate() {
            match seen.get(&id.to_lowercase()) {
                // Exact duplicates are reported by the id check itself.
                Some((j, first)) if *first != id => out.push(finding(
                    Severity::Error,
                    format!("{list}[{i}].id"),
                    "finding-id-case",
                    vec![
                        ("id", text(id)),
                        ("other", text(*first)),
                        ("first", text(format!("{list}[{j}]"))),
                    ],
                    None,
                )),
                Some(_) => {}
                None => {
                    seen.insert(id.to_lowercase(), (i, id));
                }
            }
        }
    }
}

/// The first and the last day a partial date can stand for, for comparing dates of
/// different precision ("2017-10" ends on 31 October).
fn first_day(d: PartialDate) -> (i32, u8, u8) {
    (d.year, d.month.unwrap_or(1), d.day.unwrap_or(1))
}

fn last_day(d: PartialDate) -> (i32, u8, u8) {
    (d.year, d.month.unwrap_or(12), d.day.unwrap_or(31))
}

fn period(path: &str, p: &Period, as_of: Option<PartialDate>, out: &mut Vec<Finding>) {
    if last_day(p.end) < first_day(p.start) {
        out.push(finding(
            Severity::Error,
            format!("{path}.end"),
            "finding-period-reversed",
            vec![
                ("start", text(p.start.to_string())),
                ("end", text(p.end.to_string())),
            ],
            None,
        ));
    }
    if let Some(as_of) = as_of
        && last_day(as_of) < first_day(p.start)
    {
        out.push(finding(
            Severity::Error,
            "as_of".to_owned(),
            "finding-as-of-before-period",
            vec![
                ("as_of", text(as_of.to_string())),
                ("start", text(p.start.to_string())),
            ],
            None,
        ));
    }
}

fn periods(d: &Dataset, out: &mut Vec<Finding>) {
    if let Some(p) = &d.period {
        period("period", p, d.as_of, out);
    }
    if let Some(p) = d.corruption.as_ref().and_then(|c| c.period.as_ref()) {
        period("corruption.period", p, None, out);
    }
    for key in FigureKey::ALL {
        if let Some(p) = d.figure(key).and_then(|f| f.period.as_ref()) {
            period(&format!("{}.period", key.field_path()), p, None, out);
        }
    }
    for (i, p) in d
        .corruption
        .iter()
        .flat_map(|c| c.per_district.iter().map(|x| x.period.as_ref()))
        .enumerate()
    {
        if let Some(p) = p {
            period(
                &format!("corruption.per_district[{i}].period"),
                p,
                None,
                out,
            );
        }
    }
    for (i, p) in d
        .services
        .iter()
        .flat_map(|c| c.per_district.iter().map(|x| x.period.as_ref()))
        .enumerate()
    {
        if let Some(p) = p {
            period(&format!("services.per_district[{i}].period"), p, None, out);
        }
    }
}

fn statements(d: &Dataset, out: &mut Vec<Finding>) {
    for (i, s) in d.statements.iter().enumerate() {
        let path = format!("statements[{i}]");
        if let Some(key) = &s.figure {
            match FigureKey::parse(key) {
                None => out.push(finding(
                    Severity::Error,
                    format!("{path}.figure"),
                    "finding-unknown-figure",
                    vec![("key", text(key))],
                    nearest(key, FigureKey::ALL.iter().map(|k| k.as_str())).map(str::to_owned),
                )),
                // Shown in the list of statements, with no figure beside it.
                Some(k) if d.figure(k).is_none() => out.push(finding(
                    Severity::Warning,
                    format!("{path}.figure"),
                    "finding-figure-missing",
                    vec![("key", text(key)), ("field", text(k.field_path()))],
                    None,
                )),
                Some(_) => {}
            }
        }
        if let Some(id) = &s.said_by
            && d.person(id).is_none()
        {
            out.push(finding(
                Severity::Error,
                format!("{path}.said_by"),
                "finding-unknown-person",
                vec![("id", text(id))],
                nearest(id, d.people.iter().map(|p| p.id.as_str())).map(str::to_owned),
            ));
        }
        match &s.source {
            Some(id) if d.source(id).is_none() => out.push(finding(
                Severity::Error,
                format!("{path}.source"),
                "finding-unknown-source",
                vec![("id", text(id))],
                nearest(id, d.sources.iter().map(|p| p.id.as_str())).map(str::to_owned),
            )),
            Some(_) => {}
            None => out.push(finding(
                Severity::Warning,
                path,
                "finding-no-source",
                vec![("what", FindingArg::Message("what-statement"))],
                None,
            )),
        }
    }
}
