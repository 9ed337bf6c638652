//! A date field: shows the date in the language's long form ("31 декабря 2017",
//! "2017 жылғы 31 желтоқсан"), takes it typed as ДД.ММ.ГГГГ, DD.MM.YYYY or ISO, and has a
//! calendar in the interface language beside it. A date that does not read is shown in red with
//! the reason and is never stored as if it were one.

use egui::{RichText, TextEdit, Ui};

use crate::i18n::{DateParts, Language, date_samples, format_date, tr};
use crate::model::PartialDate;
use crate::ui::theme::{Palette, size};

/// Weekday initials, Monday first, per language.
fn weekdays(lang: Language) -> [&'static str; 7] {
    match lang {
        Language::Ru => ["Пн", "Вт", "Ср", "Чт", "Пт", "Сб", "Вс"],
        Language::Kk => ["Дс", "Сс", "Ср", "Бс", "Жм", "Сн", "Жс"],
        Language::En => ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"],
    }
}

/// The date in numbers, as it is typed: "31.12.2017" in Russian and Kazakh, ISO in English.
fn numeric(date: PartialDate, lang: Language) -> String {
    match (lang, date.month, date.day) {
        (Language::Ru | Language::Kk, Some(m), Some(d)) => {
            format!("{d:02}.{m:02}.{:04}", date.year)
        }
        (Language::Ru | Language::Kk, Some(m), None) => format!("{m:02}.{:04}", date.year),
        _ => date.to_string(),
    }
}

/// The field's margin inside its outline, each side.
const MARGIN: egui::Vec2 = egui::vec2(4.0, 3.0);

/// How wide the field is: the widest date the language writes (and the hint), measured in the
/// field's font, with its margins. Measured once per language and text size.
fn field_width(ui: &Ui, lang: Language) -> f32 {
    let font = egui::TextStyle::Body.resolve(ui.style());
    let key = egui::Id::unique(("date-field-width", lang, font.size.to_bits()));
    if let Some(width) = ui.data(|d| d.get_temp::<f32>(key)) {
        return width;
    }
    let color = ui.visuals().text_color();
    let hint = tr(lang, "date-hint");
    let text = date_samples(lang)
        .into_iter()
        .chain([hint])
        .map(|t| ui.fonts_mut(|f| f.layout_no_wrap(t, font.clone(), color).size().x))
        .fold(0.0, f32::max);
    // The margins, and room for the text cursor after the last letter.
    let width = (text + 2.0 * MARGIN.x + 4.0).ceil();
    ui.data_mut(|d| d.insert_temp(key, width));
    width
}

/// The field. `stored` is the date kept (ISO, or empty); returns the new one to keep when a
/// valid date was typed or picked, or `Some("")` when the field was emptied.
pub fn date_field(
    ui: &mut Ui,
    id_salt: &str,
    name: &str,
    stored: &str,
    lang: Language,
) -> Option<String> {
    let palette = Palette::current(ui);
    let key = ui.make_persistent_id(("date-field", id_salt));
    let parsed = PartialDate::parse_typed(stored).ok();
    let typing: Option<String> = ui.data(|d| d.get_temp(key));
    let mut buffer = typing
        .clone()
        .unwrap_or_else(|| crate::wording::long_date(stored, lang));
    let problem = match &typing {
        Some(b) if !b.trim().is_empty() => PartialDate::parse_typed(b).err(),
        Some(_) => None,
        None if stored.trim().is_empty() => None,
        None => PartialDate::parse_typed(stored).err(),
    };
    let mut result = None;
    ui.horizontal(|ui| {
        let mut edit = TextEdit::singleline(&mut buffer)
            .id_salt(("date-field", id_salt))
            .desired_width(field_width(ui, lang))
            .margin(MARGIN)
            .hint_text(tr(lang, "date-hint"));
        if problem.is_some() {
            edit = edit.text_color(palette.error.into());
        }
        let response = ui.add(edit).accessible_name(name);
        if response.gained_focus() {
            // Typing starts from the numbers, not the words.
            buffer = parsed.map_or_else(|| stored.trim().to_owned(), |d| numeric(d, lang));
        }
        if response.has_focus() {
            ui.data_mut(|d| d.insert_temp(key, buffer.clone()));
        } else if typing.is_some() {
            ui.data_mut(|d| d.remove::<String>(key));
        }
        if response.changed() {
            if buffer.trim().is_empty() {
                result = Some(String::new());
            } else if let Ok(d) = PartialDate::parse_typed(&buffer) {
                result = Some(d.to_string());
            }
        }
        let size = egui::vec2(
            ui.spacing().interact_size.y + 4.0,
            ui.spacing().interact_size.y,
        );
        let button = ui
            .add(egui::Button::new("").min_size(size))
            .on_hover_text(tr(lang, "date-pick"))
            .accessible_name(format!("{name}: {}", tr(lang, "date-pick")));
        calendar_icon(
            ui,
            button.rect,
            ui.style().interact(&button).fg_stroke.color,
        );
        egui::Popup::from_toggle_button_response(&button)
            .close_behavior(egui::PopupCloseBehavior::CloseOnClickOutside)
            .show(|ui| {
                if let Some(picked) = calendar(ui, key, parsed, lang) {
                    result = Some(picked);
                    ui.close();
                }
            });
    });
    if let Some(problem) = problem {
        let reason = if problem.problem == crate::model::DateProblem::Form {
            tr(lang, "date-form")
        } else {
            crate::wording::date_message(lang, &problem)
        };
        ui.label(RichText::new(reason).size(size::SMALL).color(palette.error));
    }
    result
}

/// A calendar leaf drawn in `rect`: a page with its binding rings and a row of days.
fn calendar_icon(ui: &Ui, rect: egui::Rect, color: egui::Color32) {
    let painter = ui.painter();
    let page = egui::Rect::from_center_size(rect.center(), egui::vec2(14.0, 13.0));
    let stroke = egui::Stroke::new(1.4, color);
    painter.rect_stroke(page, 2.0, stroke, egui::StrokeKind::Middle);
    let bar = page.top() + 4.0;
    painter.line_segment(
        [egui::pos2(page.left(), bar), egui::pos2(page.right(), bar)],
        stroke,
    );
    for x in [page.left() + 4.0, page.right() - 4.0] {
        painter.line_segment(
            [
                egui::pos2(x, page.top() - 2.0),
                egui::pos2(x, page.top() + 2.0),
            ],
            stroke,
        );
    }
    for i in 0..3 {
        let x = page.left() + 3.5 + 3.5 * i as f32;
        painter.circle_filled(egui::pos2(x, page.bottom() - 4.0), 1.0, color);
    }
}

/// The weeks a calendar shows: the most a month spans (31 days from a Saturday or Sunday).
const WEEKS: i8 = 6;

/// The month grid; the month shown is kept while the calendar is open. Returns the date
/// clicked (ISO), or `Some("")` for "clear".
fn calendar(
    ui: &mut Ui,
    key: egui::Id,
    selected: Option<PartialDate>,
    lang: Language,
) -> Option<String> {
    let today = jiff::Zoned::now().date();
    let month_key = key.with("month");
    let (mut year, mut month) = ui
        .data(|d| d.get_temp::<(i16, i8)>(month_key))
        .unwrap_or_else(|| {
            selected
                .and_then(|d| Some((i16::try_from(d.year).ok()?, d.month? as i8)))
                .unwrap_or((today.year(), today.month()))
        });
    let mut picked = None;
    ui.set_min_width(7.0 * 34.0);
    ui.horizontal(|ui| {
        if ui
            .button("‹")
            .on_hover_text(tr(lang, "date-previous"))
            .clicked()
        {
            (year, month) = if month == 1 {
                (year - 1, 12)
            } else {
                (year, month - 1)
            };
        }
        let title = format_date(
            DateParts {
                year: i32::from(year),
                month: Some(month as u8),
                day: None,
            },
            lang,
        );
        ui.label(RichText::new(title).strong());
        if ui
            .button("›")
            .on_hover_text(tr(lang, "date-next"))
            .clicked()
        {
            (year, month) = if month == 12 {
                (year + 1, 1)
            } else {
                (year, month + 1)
            };
        }
    });
    ui.data_mut(|d| d.insert_temp(month_key, (year, month)));
    let Ok(first) = jiff::civil::Date::new(year, month, 1) else {
        return None;
    };
    let lead = first.weekday().to_monday_zero_offset();
    let days = first.days_in_month();
    // Always six weeks, the most a month spans: the calendar keeps its height from month to
    // month, so it does not jump between opening below its button and above it.
    // Each day as tall as its button; an empty cell as tall as a day.
    let font = egui::TextStyle::Button.resolve(ui.style());
    let button = ui.fonts_mut(|f| f.row_height(&font)) + 2.0 * ui.spacing().button_padding.y;
    let cell_size = egui::vec2(32.0, button.max(ui.spacing().interact_size.y).ceil());
    egui::Grid::new(key.with("grid"))
        .spacing([2.0, 2.0])
        .min_col_width(cell_size.x)
        .min_row_height(cell_size.y)
        .show(ui, |ui| {
            for name in weekdays(lang) {
                ui.label(RichText::new(name).size(size::SMALL).weak());
            }
            ui.end_row();
            for cell in 0..WEEKS * 7 {
                let day = cell - lead + 1;
                if (1..=days).contains(&day) {
                    let date = PartialDate {
                        year: i32::from(year),
                        month: Some(month as u8),
                        day: Some(day as u8),
                    };
                    let chosen = selected == Some(date);
                    let mut text = RichText::new(day.to_string());
                    if today.year() == year && today.month() == month && day == today.day() {
                        text = text.strong().underline();
                    }
                    if ui
                        .add_sized(cell_size, egui::Button::selectable(chosen, text))
                        .accessible_name(format_date(DateParts::from(date), lang))
                        .clicked()
                    {
                        picked = Some(date.to_string());
                    }
                } else {
                    ui.allocate_exact_size(cell_size, egui::Sense::hover());
                }
                if cell % 7 == 6 {
                    ui.end_row();
                }
            }
        });
    if selected.is_some() && ui.button(tr(lang, "date-clear")).clicked() {
        picked = Some(String::new());
    }
    if picked.is_some() {
        ui.data_mut(|d| d.remove::<(i16, i8)>(month_key));
    }
    picked
}
