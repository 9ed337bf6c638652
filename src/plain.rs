//! What `check` finds, in people's words, for the app: the part of the briefing named as the
//! reader knows it ("Аккольский район · население", "Рекомендация 3") instead of
//! `districts[2].population`, names in the language's quotes instead of backticks, and the
//! technical words (the file, line and column, the path) kept apart for a "details" toggle.
//! `briefdesk check` keeps the technical form.

use crate::i18n::{Arg, Language, tr, tr_args};
use crate::model::{Dataset, FigureKey, Finding};

/// A finding as the app shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlainFinding {
    /// The part of the briefing it is about.
    pub place: String,
    /// What is wrong, in words.
    pub message: String,
    /// Where in the file: `FILE:LINE:COLUMN` and the path, for whoever edits the file by hand.
    pub details: String,
}

/// `finding` in people's words. `dataset` names the parts (without it they are numbered).
pub fn plain(
    finding: &Finding,
    file: &str,
    dataset: Option<&Dataset>,
    lang: Language,
) -> PlainFinding {
    let place = finding
        .position
        .map_or_else(|| file.to_owned(), |p| format!("{file}:{p}"));
    PlainFinding {
        place: place_of(&finding.path, dataset, lang),
        message: message(finding, dataset, lang),
        details: format!("{place} · {}", finding.path),
    }
}

/// The message alone (beside a field in the editor, where the place is plain to see).
pub fn message(finding: &Finding, dataset: Option<&Dataset>, lang: Language) -> String {
    let people_key = format!("people-{}", finding.key);
    let text = if crate::i18n::has_message(lang, &people_key) {
        finding.text_as(lang, &people_key)
    } else {
        finding.text(lang)
    };
    let text = quotes(&text, lang);
    replace_paths(&text, dataset, lang)
}

/// `` `name` `` as the language quotes it: «name» in Russian and Kazakh, “name” in English.
fn quotes(text: &str, lang: Language) -> String {
    let (open, close) = match lang {
        Language::Ru | Language::Kk => ('«', '»'),
        Language::En => ('“', '”'),
    };
    let mut out = String::with_capacity(text.len());
    let mut opened = false;
    for c in text.chars() {
        if c == '`' {
            out.push(if opened { close } else { open });
            opened = !opened;
        } else {
            out.push(c);
        }
    }
    out
}

/// Paths such as `districts[3]` inside a message, named as the reader knows them.
fn replace_paths(text: &str, dataset: Option<&Dataset>, lang: Language) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find(|c: char| c.is_ascii_lowercase()) {
        let (before, tail) = rest.split_at(start);
        out.push_str(before);
        let len = tail
            .find(|c: char| !(c.is_ascii_lowercase() || c.is_ascii_digit() || "_.[]".contains(c)))
            .unwrap_or(tail.len());
        let token = tail[..len].trim_end_matches('.');
        if is_path(token) {
            out.push_str(&place_of(token, dataset, lang));
        } else {
            out.push_str(token);
        }
        rest = &tail[token.len()..];
    }
    out.push_str(rest);
    out
}

/// Whether `token` is a path into the dataset (`districts[3]`, `centres[1].rent`).
fn is_path(token: &str) -> bool {
    let Some(open) = token.find('[') else {
        return false;
    };
    token[..open]
        .chars()
        .all(|c| c.is_ascii_lowercase() || c == '_' || c == '.')
        && token[open..].contains(']')
}

/// The index in `name[i]` at the start of `path`, and what follows it.
fn indexed<'a>(path: &'a str, name: &str) -> Option<(usize, &'a str)> {
    let rest = path.strip_prefix(name)?.strip_prefix('[')?;
    let close = rest.find(']')?;
    let index = rest[..close].parse().ok()?;
    Some((index, rest[close + 1..].trim_start_matches('.')))
}

/// The part of the briefing `path` points at, as the reader knows it.
pub fn place_of(path: &str, dataset: Option<&Dataset>, lang: Language) -> String {
    let own = dataset.map_or("ru", Dataset::language);
    let code = lang.code();
    let numbered =
        |key: &str, i: usize| tr_args(lang, key, &[("n", Arg::Text(&(i + 1).to_string()))]);
    let district_name = |id: &str| {
        dataset
            .and_then(|d| d.districts.iter().find(|x| x.id == id))
            .map_or_else(|| id.to_owned(), |x| x.name.get(code, own).text.to_owned())
    };
    let (whole, field) = if let Some((i, field)) = indexed(path, "districts") {
        let name = dataset.and_then(|d| d.districts.get(i)).map_or_else(
            || numbered("place-district", i),
            |x| x.name.get(code, own).text.to_owned(),
        );
        (name, field)
    } else if let Some((i, field)) = indexed(path, "centres") {
        let name = dataset.and_then(|d| d.centres.get(i)).map_or_else(
            || numbered("place-centre", i),
            |x| x.name.get(code, own).text.to_owned(),
        );
        (name, field)
    } else if let Some((i, field)) = indexed(path, "corruption.per_district") {
        let district = dataset
            .and_then(|d| d.corruption.as_ref())
            .and_then(|c| c.per_district.get(i))
            .map(|r| district_name(&r.district));
        let what = tr(lang, "edit-section-cases");
        (
            district.map_or_else(|| numbered("place-cases", i), |d| format!("{what} · {d}")),
            field,
        )
    } else if let Some((i, field)) = indexed(path, "services.per_district") {
        let district = dataset
            .and_then(|d| d.services.as_ref())
            .and_then(|s| s.per_district.get(i))
            .map(|r| district_name(&r.district));
        let what = tr(lang, "edit-section-services");
        (
            district.map_or_else(
                || numbered("place-services", i),
                |d| format!("{what} · {d}"),
            ),
            field,
        )
    } else if let Some((i, field)) = indexed(path, "sources") {
        let name = dataset
            .and_then(|d| d.sources.get(i))
            .map(|s| s.title.get(code, own).text.to_owned());
        let what = numbered("place-source", i);
        (
            name.map_or(what, |t| {
                let title = quotes(&format!("`{}`", shorten(&t)), lang);
                format!("{} {title}", tr(lang, "edit-col-source"))
            }),
            field,
        )
    } else if let Some((i, field)) = indexed(path, "people") {
        let name = dataset
            .and_then(|d| d.people.get(i))
            .map(|p| p.name.get(code, own).text.to_owned());
        (name.unwrap_or_else(|| numbered("place-person", i)), field)
    } else if let Some((i, field)) = indexed(path, "recommendations") {
        (numbered("place-recommendation", i), field)
    } else if let Some((i, field)) = indexed(path, "statements") {
        (numbered("place-statement", i), field)
    } else if let Some((i, field)) = indexed(path, "places") {
        let name = dataset
            .and_then(|d| d.places.get(i))
            .map(|p| p.name.get(code, own).text.to_owned());
        (name.unwrap_or_else(|| numbered("place-place", i)), field)
    } else if let Some((i, field)) = indexed(path, "translations") {
        (numbered("place-translation", i), field)
    } else if let Some(key) = FigureKey::ALL
        .into_iter()
        .find(|k| path.starts_with(k.field_path()))
    {
        (crate::view_model::figure_label(key, dataset, lang), "")
    } else if path.starts_with("meeting") {
        (tr(lang, "edit-meeting"), "")
    } else {
        (tr(lang, "place-briefing"), "")
    };
    match field_word(field, lang) {
        Some(word) => format!("{whole} · {word}"),
        None => whole,
    }
}

/// A long title cut to a readable length.
fn shorten(text: &str) -> String {
    const MAX: usize = 60;
    if text.chars().count() <= MAX {
        text.to_owned()
    } else {
        let cut: String = text.chars().take(MAX).collect();
        format!("{}…", cut.trim_end())
    }
}

/// The word for a field of a row, where the reader needs one.
fn field_word(field: &str, lang: Language) -> Option<String> {
    let first = field.split(['.', '[']).next().unwrap_or("");
    let key = match first {
        "" => return None,
        "population" => "edit-col-population",
        "name" => "edit-col-name",
        "id" => "edit-col-id",
        "district" => "edit-col-district",
        "centre" => "edit-col-centre",
        "rent" | "rent_change_pct" | "rent_raised" => "edit-col-rent",
        "premises" => "edit-col-premises",
        "note" => "edit-col-note",
        "source" => "edit-col-source",
        "said_by" => "said-by",
        "period" => "edit-period",
        "as_of" => "edit-as-of",
        "title" => "edit-col-title",
        "publisher" => "edit-col-publisher",
        "role" => "edit-col-role",
        "text" | "quote" => "edit-quote",
        "topic" => "edit-topic",
        "evidence" => "edit-add-evidence",
        "language" => "edit-col-language",
        _ => "place-field",
    };
    Some(tr(lang, key).trim_end_matches(':').to_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_become_names_and_backticks_quotes() {
        let data = crate::model::embedded()
            .expect("the embedded dataset")
            .dataset;
        let ru = Language::Ru;
        assert_eq!(
            place_of("districts[2].population", Some(&data), ru),
            "Аккольский район · население"
        );
        assert_eq!(
            place_of("recommendations[2]", Some(&data), ru),
            "Рекомендация 3"
        );
        assert_eq!(place_of("districts[2]", None, ru), "Район № 3");
        assert_eq!(
            replace_paths("повторяется (впервые — в districts[0])", Some(&data), ru),
            "повторяется (впервые — в г. Кокшетау)"
        );
        assert_eq!(quotes("район `x` и `y`", ru), "район «x» и «y»");
        assert_eq!(quotes("district `x`", Language::En), "district “x”");
        // Ordinary words and numbers are left alone.
        assert_eq!(replace_paths("в 2017 году", None, ru), "в 2017 году");
    }
}
