//! The editor's fields: a text in the language being edited (with the dataset's own text as the
//! hint where the translation is missing), numbers shown the interface language's way that
//! keep what was typed while it is not a number yet, choices, and the findings of `check` beside
//! the field they concern.

use egui::{Color32, RichText, TextEdit, Ui};

use crate::i18n::Language;
use crate::model::{Finding, PartialDate, Period, Text};
use crate::ui::theme::{Palette, size};

/// What every field needs: the language edited, the dataset's own, and the findings.
pub struct Fields<'a> {
    /// The language of the texts being edited.
    pub lang: &'a str,
    /// The dataset's own language (of plain strings).
    pub own: &'a str,
    /// The interface language, for the findings' words.
    pub ui_lang: Language,
    /// What `check` says of the dataset as it is now.
    pub findings: &'a [Finding],
    /// The sources a field may name: id and title in the language edited.
    pub sources: &'a [(String, String)],
    /// The people a field may name: id and name in the language edited.
    pub people: &'a [(String, String)],
}

impl Fields<'_> {
    /// The findings about `path` or anything inside it, shown under the field: what is wrong,
    /// in the interface language, red for errors and amber for warnings.
    pub fn findings_ui(&self, ui: &mut Ui, path: &str) {
        let palette = Palette::current(ui);
        for f in self.findings.iter().filter(|f| concerns(&f.path, path)) {
            let color: Color32 = if f.is_error() {
                palette.error.into()
            } else {
                palette.warning.into()
            };
            ui.label(
                RichText::new(crate::plain::message(f, None, self.ui_lang))
                    .size(size::SMALL)
                    .color(color),
            );
        }
    }

    /// What `check` says about `path` or anything inside it, in the interface language.
    pub fn messages(&self, path: &str) -> Vec<String> {
        self.findings
            .iter()
            .filter(|f| concerns(&f.path, path))
            .map(|f| crate::plain::message(f, None, self.ui_lang))
            .collect()
    }

    /// Whether `check` has an error about `path` (a table cell is then outlined in red).
    pub fn has_error(&self, path: &str) -> bool {
        self.findings
            .iter()
            .any(|f| f.is_error() && concerns(&f.path, path))
    }

    /// A text in the language edited. The dataset's own text shows as the hint where the
    /// translation is missing. Returns whether it changed.
    pub fn text(
        &self,
        ui: &mut Ui,
        id: &str,
        name: &str,
        text: &mut Text,
        width: f32,
        multiline: bool,
    ) -> bool {
        let mut value = text
            .exact(self.lang, self.own)
            .unwrap_or_default()
            .to_owned();
        let own = text.exact(self.own, self.own).unwrap_or_default();
        let hint = if self.lang == self.own || own.is_empty() {
            String::new()
        } else {
            format!("[{}] {own}", self.own)
        };
        let edit = if multiline {
            TextEdit::multiline(&mut value).desired_rows(2)
        } else {
            TextEdit::singleline(&mut value)
        };
        let response = ui
            .add(
                edit.id_salt(id)
                    .hint_text(hint)
                    .desired_width(width)
                    .margin(egui::vec2(4.0, 3.0)),
            )
            .accessible_name(name);
        if response.changed() {
            text.set(self.own, self.lang, value);
            true
        } else {
            false
        }
    }

    /// An optional text: emptying it in the dataset's language removes it.
    pub fn optional_text(
        &self,
        ui: &mut Ui,
        id: &str,
        name: &str,
        text: &mut Option<Text>,
        width: f32,
        multiline: bool,
    ) -> bool {
        let mut value = text.clone().unwrap_or_default();
        if !self.text(ui, id, name, &mut value, width, multiline) {
            return false;
        }
        *text = (!value.is_blank()).then_some(value);
        true
    }
}

/// Whether a finding's path is `path` or lies inside it (`districts[3]` holds
/// `districts[3].name`).
fn concerns(finding: &str, path: &str) -> bool {
    finding == path
        || finding
            .strip_prefix(path)
            .is_some_and(|rest| rest.starts_with('.') || rest.starts_with('['))
}

/// A plain string (an id, a code, an address).
pub fn string(ui: &mut Ui, id: &str, name: &str, value: &mut String, width: f32) -> bool {
    ui.add(
        TextEdit::singleline(value)
            .id_salt(id)
            .desired_width(width)
            .margin(egui::vec2(4.0, 3.0)),
    )
    .accessible_name(name)
    .changed()
}

/// An optional plain string: empty is none.
pub fn optional_string(
    ui: &mut Ui,
    id: &str,
    name: &str,
    value: &mut Option<String>,
    width: f32,
) -> bool {
    let mut text = value.clone().unwrap_or_default();
    if !string(ui, id, name, &mut text, width) {
        return false;
    }
    *value = (!text.trim().is_empty()).then_some(text);
    true
}

/// What was typed into a field that is not a valid value yet, kept while the field has focus so
/// nothing typed is lost; the model keeps its last valid value meanwhile.
fn typed<T>(
    ui: &mut Ui,
    id: &str,
    name: &str,
    shown: &str,
    width: f32,
    parse: impl Fn(&str) -> Option<T>,
) -> Option<T> {
    let key = ui.scope_id().with(("typed", id));
    let mut buffer: String = ui
        .data(|d| d.get_temp::<String>(key))
        .unwrap_or_else(|| shown.to_owned());
    let invalid = !buffer.trim().is_empty() && parse(&buffer).is_none();
    let palette = Palette::current(ui);
    let mut edit = TextEdit::singleline(&mut buffer)
        .id_salt(id)
        .desired_width(width)
        .margin(egui::vec2(4.0, 3.0));
    if invalid {
        edit = edit.text_color(palette.error.into());
    }
    let response = ui.add(edit).accessible_name(name);
    if response.has_focus() {
        ui.data_mut(|d| d.insert_temp(key, buffer.clone()));
    } else {
        ui.data_mut(|d| d.remove::<String>(key));
    }
    if response.changed() {
        parse(&buffer)
    } else {
        None
    }
}

impl Fields<'_> {
    /// A number; "" is none. Shown the interface language's way ("2,5", "850 000"); typed
    /// with either decimal mark and spaces between the groups.
    pub fn optional_number(
        &self,
        ui: &mut Ui,
        id: &str,
        name: &str,
        value: &mut Option<f64>,
        width: f32,
    ) -> bool {
        let numbers = self.ui_lang.numbers();
        let shown = value.map(|v| numbers.exact(v)).unwrap_or_default();
        let parsed = typed(ui, id, name, &shown, width, |s| {
            if s.trim().is_empty() {
                Some(None)
            } else {
                numbers.parse(s).map(Some)
            }
        });
        match parsed {
            Some(v) if v != *value => {
                *value = v;
                true
            }
            _ => false,
        }
    }

    /// A number that must be given.
    pub fn number(&self, ui: &mut Ui, id: &str, name: &str, value: &mut f64, width: f32) -> bool {
        let mut v = Some(*value);
        if self.optional_number(ui, id, name, &mut v, width)
            && let Some(v) = v
        {
            *value = v;
            return true;
        }
        false
    }

    /// A whole number; "" is none. Shown and typed as [`Self::optional_number`].
    pub fn optional_count(
        &self,
        ui: &mut Ui,
        id: &str,
        name: &str,
        value: &mut Option<i64>,
        width: f32,
    ) -> bool {
        let numbers = self.ui_lang.numbers();
        let shown = value.map(|v| numbers.exact(v as f64)).unwrap_or_default();
        let parsed = typed(ui, id, name, &shown, width, |s| {
            if s.trim().is_empty() {
                Some(None)
            } else {
                numbers
                    .parse(s)
                    .filter(|v| v.fract() == 0.0 && v.abs() < 9.0e15)
                    .map(|v| Some(v as i64))
            }
        });
        match parsed {
            Some(v) if v != *value => {
                *value = v;
                true
            }
            _ => false,
        }
    }
}

/// A year, in plain digits ("2017", never "2 017"); "" is none.
pub fn optional_year(
    ui: &mut Ui,
    id: &str,
    name: &str,
    value: &mut Option<i64>,
    width: f32,
) -> bool {
    let shown = value.map(|v| v.to_string()).unwrap_or_default();
    let parsed = typed(ui, id, name, &shown, width, |s| {
        let s = s.trim();
        if s.is_empty() {
            Some(None)
        } else if s.len() <= 6 && s.chars().all(|c| c.is_ascii_digit()) {
            s.parse::<i64>().ok().map(Some)
        } else {
            None
        }
    });
    match parsed {
        Some(v) if v != *value => {
            *value = v;
            true
        }
        _ => false,
    }
}

/// A date written 2017, 2017-11 or 2017-11-24; "" is none.
pub fn optional_date(
    ui: &mut Ui,
    id: &str,
    name: &str,
    value: &mut Option<PartialDate>,
    width: f32,
) -> bool {
    let shown = value.map(|d| d.to_string()).unwrap_or_default();
    let parsed = typed(ui, id, name, &shown, width, |s| {
        if s.trim().is_empty() {
            Some(None)
        } else {
            s.trim().parse::<PartialDate>().ok().map(Some)
        }
    });
    match parsed {
        Some(v) if v != *value => {
            *value = v;
            true
        }
        _ => false,
    }
}

/// A period as two dates, from and to, each written 2017, 2017-11 or 2017-11-24. Emptying both
/// removes the period; one date alone is a period of that one month (or day, or year) until the
/// other is typed, so nothing typed is lost when the cursor moves on. `labels` puts "from" and
/// "to" beside the fields (a form); a table cell has no room and leaves them to the names.
pub fn period_dates(
    ui: &mut Ui,
    path: &str,
    names: [&str; 2],
    labels: Option<[&str; 2]>,
    period: &mut Option<Period>,
    width: f32,
) -> bool {
    let mut start = period.as_ref().map(|p| p.start);
    let mut end = period.as_ref().map(|p| p.end);
    let mut changed = false;
    ui.horizontal(|ui| {
        if let Some([from, _]) = labels {
            ui.label(from);
        }
        changed |= optional_date(ui, &format!("{path}.start"), names[0], &mut start, width);
        if let Some([_, to]) = labels {
            ui.label(to);
        } else {
            ui.label("–");
        }
        changed |= optional_date(ui, &format!("{path}.end"), names[1], &mut end, width);
    });
    if !changed {
        return false;
    }
    match (start, end, period.as_mut()) {
        (Some(s), Some(e), Some(p)) => {
            p.start = s;
            p.end = e;
        }
        (Some(s), Some(e), None) => {
            *period = Some(Period {
                start: s,
                end: e,
                label: None,
            });
        }
        (None, None, _) => *period = None,
        (Some(d), None, _) | (None, Some(d), _) => {
            *period = Some(Period {
                start: d,
                end: d,
                label: period.as_ref().and_then(|p| p.label.clone()),
            });
        }
    }
    true
}

/// A reference to another part of the dataset (a source, a person), chosen from a list of
/// `(id, label)` rather than typed: "—" is none. An id the list does not hold (a typo in a
/// hand-written file) stays shown as it is, marked, until something else is chosen; `check`
/// says what is wrong with it beside the field.
pub fn reference(
    ui: &mut Ui,
    id: &str,
    name: &str,
    value: &mut Option<String>,
    options: &[(String, String)],
    width: f32,
) -> bool {
    let mut choices: Vec<(Option<String>, String)> = vec![(None, "—".to_owned())];
    choices.extend(options.iter().map(|(o, l)| (Some(o.clone()), l.clone())));
    if let Some(v) = value.as_deref()
        && !options.iter().any(|(o, _)| o == v)
    {
        choices.push((Some(v.to_owned()), format!("? {v}")));
    }
    // The button keeps its width however long the title chosen: it is cut with "…" and shown
    // whole in the list.
    let size = egui::vec2(width, ui.spacing().interact_size.y);
    let layout = egui::Layout::left_to_right(egui::Align::Center);
    let inner = ui.allocate_ui_with_layout(size, layout, |ui| {
        crate::ui::focus::choice(ui, id, value, &choices, Some(width))
    });
    let response = inner.inner.accessible_name(name);
    response.changed()
}

/// The `(id, label)` list a reference field offers, from the dataset's sources or people.
pub fn options<'a, T: 'a>(
    items: impl IntoIterator<Item = &'a T>,
    id: impl Fn(&T) -> &str,
    label: impl Fn(&T) -> String,
) -> Vec<(String, String)> {
    items
        .into_iter()
        .map(|x| {
            let l = label(x);
            let l = if l.trim().is_empty() {
                id(x).to_owned()
            } else {
                l
            };
            (id(x).to_owned(), l)
        })
        .collect()
}

/// A choice among `options` (value, label).
pub fn choice<T: PartialEq + Clone>(
    ui: &mut Ui,
    id: &str,
    name: &str,
    value: &mut T,
    options: &[(T, String)],
    width: f32,
) -> bool {
    crate::ui::focus::choice(ui, id, value, options, Some(width))
        .accessible_name(name)
        .changed()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_finding_concerns_its_field_and_what_holds_it() {
        assert!(concerns("districts[3].name", "districts[3]"));
        assert!(concerns("districts[3]", "districts[3]"));
        assert!(!concerns("districts[31]", "districts[3]"));
        assert!(concerns(
            "centre_totals.rented.value",
            "centre_totals.rented"
        ));
    }
}
