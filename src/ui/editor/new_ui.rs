//! File → New briefing: the region, the meeting and its period, and whether to start empty or
//! from the open briefing's districts and centres.

use egui::RichText;

use super::EditCommand;
use crate::i18n::{Language, tr};
use crate::model::{NewBriefing, PartialDate, Period};
use crate::ui::Command;

/// The form being filled in.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct NewBriefingForm {
    /// Region.
    pub region: String,
    /// What the meeting is.
    pub meeting: String,
    /// First month or day of the period, as typed.
    pub start: String,
    /// Last month or day.
    pub end: String,
    /// Start from the open briefing's structure.
    pub copy: bool,
}

impl NewBriefingForm {
    /// The briefing asked for, or `None` while a date does not read.
    pub fn spec(&self) -> Option<NewBriefing> {
        let period = match (self.start.trim(), self.end.trim()) {
            ("", "") => None,
            (a, b) => Some(Period {
                start: a.parse::<PartialDate>().ok()?,
                end: b.parse::<PartialDate>().ok()?,
                label: None,
            }),
        };
        Some(NewBriefing {
            region: self.region.clone(),
            meeting: self.meeting.clone(),
            period,
        })
    }
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
    let response = egui::Modal::new(egui::Id::unique("new-briefing")).show(ctx, |ui| {
        ui.set_max_width(520.0);
        ui.heading(tr(lang, "new-title"));
        egui::Grid::new("new-briefing-form")
            .num_columns(2)
            .spacing([12.0, 8.0])
            .show(ui, |ui| {
                for (key, value) in [
                    ("edit-region", &mut form.region),
                    ("edit-meeting", &mut form.meeting),
                ] {
                    let label = ui.label(tr(lang, key));
                    ui.add(egui::TextEdit::singleline(value).desired_width(320.0))
                        .labelled_by(label.id);
                    ui.end_row();
                }
                let label = ui.label(tr(lang, "edit-period"));
                ui.horizontal(|ui| {
                    ui.add(
                        egui::TextEdit::singleline(&mut form.start)
                            .hint_text("2018-01")
                            .desired_width(100.0),
                    )
                    .labelled_by(label.id);
                    ui.label("–");
                    ui.add(
                        egui::TextEdit::singleline(&mut form.end)
                            .hint_text("2018-06")
                            .desired_width(100.0),
                    )
                    .labelled_by(label.id);
                });
                ui.end_row();
            });
        ui.add_space(6.0);
        ui.radio_value(&mut form.copy, false, tr(lang, "new-empty"));
        ui.radio_value(
            &mut form.copy,
            true,
            format!("{} ({open_name})", tr(lang, "new-copy")),
        );
        let spec = form.spec();
        if spec.is_none() {
            let color = crate::ui::theme::Palette::current(ui).error;
            ui.label(RichText::new(tr(lang, "new-bad-date")).color(color));
        }
        ui.add_space(6.0);
        ui.horizontal(|ui| {
            if ui
                .add_enabled(spec.is_some(), egui::Button::new(tr(lang, "new-create")))
                .clicked()
            {
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
