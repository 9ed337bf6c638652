//! File → New briefing: the region and the meeting in the interface language — the new
//! briefing's own — and, folded, in the other languages; the period; and whether to start
//! empty or from the open briefing's districts and centres.

use std::collections::BTreeMap;

use egui::RichText;

use super::EditCommand;
use crate::i18n::{Arg, Language, tr, tr_args};
use crate::model::{NewBriefing, PartialDate, Period, TEXT_LANGUAGES, Text};
use crate::ui::Command;

/// The form being filled in.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct NewBriefingForm {
    /// The region, by language code, as typed.
    pub region: BTreeMap<String, String>,
    /// What the meeting is, by language code.
    pub meeting: BTreeMap<String, String>,
    /// First month or day of the period, as typed.
    pub start: String,
    /// Last month or day.
    pub end: String,
    /// Start from the open briefing's structure.
    pub copy: bool,
    /// The keyboard was put in the first field.
    pub started: bool,
}

/// A text typed in several languages, `own` first: the languages left empty are left out.
fn text(typed: &BTreeMap<String, String>, own: &str) -> Text {
    let mut text = Text::from(typed.get(own).map_or("", |s| s.trim()));
    for lang in TEXT_LANGUAGES.into_iter().filter(|l| *l != own) {
        let value = typed.get(lang).map_or("", |s| s.trim());
        if !value.is_empty() {
            text.set(own, lang, value.to_owned());
        }
    }
    text
}

impl NewBriefingForm {
    /// The briefing asked for, in the interface language `lang`, or `None` while a date does
    /// not read.
    pub fn spec(&self, lang: Language) -> Option<NewBriefing> {
        let period = match (self.start.trim(), self.end.trim()) {
            ("", "") => None,
            (a, b) => Some(Period {
                start: a.parse::<PartialDate>().ok()?,
                end: b.parse::<PartialDate>().ok()?,
                label: None,
            }),
        };
        let own = lang.code();
        Some(NewBriefing {
            language: own.to_owned(),
            region: text(&self.region, own),
            meeting: text(&self.meeting, own),
            period,
        })
    }
}

/// The region and meeting fields of one language; `suffix` follows their names ("Регион
/// (Қазақша)") for the languages other than the interface's.
fn texts_ui(
    ui: &mut egui::Ui,
    form: &mut NewBriefingForm,
    code: &str,
    suffix: Option<&str>,
    lang: Language,
) -> (Option<egui::Response>, bool) {
    let mut first = None;
    let mut entered = false;
    for (key, values) in [
        ("edit-region", &mut form.region),
        ("edit-meeting", &mut form.meeting),
    ] {
        let name = match suffix {
            Some(s) => format!("{} ({s})", tr(lang, key)),
            None => tr(lang, key),
        };
        let label = ui.label(name);
        let value = values.entry(code.to_owned()).or_default();
        let field = ui
            .add(egui::TextEdit::singleline(value).desired_width(320.0))
            .labelled_by(label.id);
        entered |= submitted(ui, &field);
        first.get_or_insert(field);
        ui.end_row();
    }
    (first, entered)
}

/// Whether Enter was pressed in this field (it then gives up the keyboard).
fn submitted(ui: &egui::Ui, field: &egui::Response) -> bool {
    field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter))
}

/// The form; `false` once it is closed.
pub fn new_briefing_ui(
    ctx: &egui::Context,
    form: &mut NewBriefingForm,
    open_name: &str,
    lang: Language,
    commands: &mut Vec<Command>,
) -> bool {
    let mut open = true;
    // Enter in a field creates the briefing, as the dialog's default button.
    let mut enter = false;
    let response = egui::Modal::new(egui::Id::unique("new-briefing")).show(ctx, |ui| {
        ui.set_max_width(560.0);
        ui.heading(tr(lang, "new-title"));
        ui.label(
            RichText::new(tr_args(
                lang,
                "new-own-language",
                &[("lang", Arg::Text(lang.native_name()))],
            ))
            .weak(),
        );
        ui.add_space(4.0);
        egui::Grid::new("new-briefing-form")
            .num_columns(2)
            .spacing([12.0, 8.0])
            .show(ui, |ui| {
                let (region, entered) = texts_ui(ui, form, lang.code(), None, lang);
                enter |= entered;
                // The form opens with the keyboard in its first field.
                if let Some(region) = region
                    && ui.memory(|m| m.focused().is_none())
                    && !form.started
                {
                    region.request_focus();
                    form.started = true;
                }
                let label = ui.label(tr(lang, "edit-period"));
                ui.horizontal(|ui| {
                    let start = ui
                        .add(
                            egui::TextEdit::singleline(&mut form.start)
                                .hint_text("2018-01")
                                .desired_width(100.0),
                        )
                        .labelled_by(label.id);
                    ui.label("–");
                    let end = ui
                        .add(
                            egui::TextEdit::singleline(&mut form.end)
                                .hint_text("2018-06")
                                .desired_width(100.0),
                        )
                        .labelled_by(label.id);
                    enter |= submitted(ui, &start) || submitted(ui, &end);
                });
                ui.end_row();
            });
        egui::CollapsingHeader::new(tr(lang, "new-other-languages"))
            .id_salt("new-briefing-other-languages")
            .default_open(false)
            .show(ui, |ui| {
                egui::Grid::new("new-briefing-other")
                    .num_columns(2)
                    .spacing([12.0, 8.0])
                    .show(ui, |ui| {
                        for other in Language::ALL.into_iter().filter(|l| *l != lang) {
                            enter |=
                                texts_ui(ui, form, other.code(), Some(other.native_name()), lang).1;
                        }
                    });
            });
        ui.add_space(6.0);
        ui.radio_value(&mut form.copy, false, tr(lang, "new-empty"));
        ui.radio_value(
            &mut form.copy,
            true,
            format!("{} ({open_name})", tr(lang, "new-copy")),
        );
        let spec = form.spec(lang);
        if spec.is_none() {
            let color = crate::ui::theme::Palette::current(ui).error;
            ui.label(RichText::new(tr(lang, "new-bad-date")).color(color));
        }
        ui.add_space(6.0);
        ui.horizontal(|ui| {
            let create = ui.add_enabled(spec.is_some(), egui::Button::new(tr(lang, "new-create")));
            if create.clicked() || (enter && spec.is_some()) {
                commands.push(Command::Edit(EditCommand::CreateBriefing(None)));
                open = false;
            }
            if ui.button(tr(lang, "import-cancel")).clicked() {
                open = false;
            }
        });
    });
    if response.should_close() {
        open = false;
    }
    open
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_form_asks_in_the_interface_language_first() {
        let mut form = NewBriefingForm::default();
        form.region
            .insert("kk".to_owned(), " Қарағанды облысы ".to_owned());
        form.region
            .insert("ru".to_owned(), "Карагандинская область".to_owned());
        form.region.insert("en".to_owned(), String::new());
        form.meeting.insert("kk".to_owned(), "Кеңес".to_owned());
        let spec = form.spec(Language::Kk).expect("no dates to misread");
        assert_eq!(spec.language, "kk");
        assert_eq!(spec.region.exact("kk", "kk"), Some("Қарағанды облысы"));
        assert_eq!(
            spec.region.exact("ru", "kk"),
            Some("Карагандинская область")
        );
        assert_eq!(spec.region.exact("en", "kk"), None, "left empty, left out");
        assert_eq!(spec.meeting, Text::from("Кеңес"));
        form.start = "2018-13".to_owned();
        assert!(form.spec(Language::Kk).is_none());
    }
}
