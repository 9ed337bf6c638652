//! The preview of cells pasted or imported into a table: which column goes where (each can be
//! changed), what each row does, and what was not understood — before anything changes.

use egui::{RichText, Ui};

use crate::i18n::{Arg, Language, tr, tr_args};
use crate::import::{self, Field, Grid, Mapping, Preview, RowAction, Target};
use crate::model::Dataset;
use crate::ui::theme::Palette;

/// Rows shown in the preview (all of them are applied).
const SHOWN_ROWS: usize = 12;

/// Cells waiting to be applied.
#[derive(Clone, Debug)]
pub struct ImportDraft {
    /// Where they came from: "clipboard" or a file name.
    pub origin: String,
    /// The cells.
    pub grid: Grid,
    /// Which column goes where.
    pub mapping: Mapping,
    /// The rows applied to a copy of the dataset, for the current mapping.
    preview: Option<Preview>,
}

impl ImportDraft {
    /// Cells for `target`, columns matched by their headers.
    pub fn new(origin: String, grid: Grid, target: Target) -> Self {
        let mapping = import::map_columns(&grid, Some(target));
        Self {
            origin,
            grid,
            mapping,
            preview: None,
        }
    }
}

/// What the user decided.
pub enum ImportDecision {
    /// Apply: the dataset with the rows in it.
    Apply(Box<Dataset>),
    /// Leave the dataset as it is.
    Cancel,
}

/// The fields a column of `target` may go to.
fn fields(target: Target) -> Vec<Field> {
    let mut out = match target {
        Target::Districts => vec![
            Field::Id,
            Field::Name(None),
            Field::Name(Some("ru")),
            Field::Name(Some("kk")),
            Field::Name(Some("en")),
            Field::Kind,
            Field::Centre,
            Field::Population,
            Field::Year,
            Field::Source,
        ],
        Target::Centres => vec![
            Field::Id,
            Field::Name(None),
            Field::Name(Some("ru")),
            Field::Name(Some("kk")),
            Field::Name(Some("en")),
            Field::District,
            Field::Premises,
            Field::Rent,
            Field::RentChange,
            Field::RentRaised,
            Field::Note,
        ],
        Target::Corruption => vec![
            Field::District,
            Field::Crimes,
            Field::Persons,
            Field::Managers,
        ],
    };
    out.push(Field::Source);
    out.dedup();
    out
}

fn field_name(lang: Language, field: Option<Field>) -> String {
    match field {
        None => tr(lang, "import-skip-column"),
        Some(Field::Name(Some(code))) => format!("{} ({code})", tr(lang, "edit-col-name")),
        Some(f) => tr(lang, f.label_key()),
    }
}

/// The preview window. `None` while the user looks.
pub fn import_preview_ui(
    ctx: &egui::Context,
    draft: &mut ImportDraft,
    dataset: &Dataset,
    lang: Language,
) -> Option<ImportDecision> {
    if draft.preview.is_none() {
        draft.preview = Some(import::preview(dataset, &draft.grid, &draft.mapping));
    }
    let mut decision = None;
    let response = egui::Modal::new(egui::Id::unique("import-preview")).show(ctx, |ui| {
        ui.set_max_width(ctx.content_rect().width() * 0.85);
        ui.heading(tr_args(
            lang,
            "import-title",
            &[("origin", Arg::Text(&draft.origin))],
        ));
        if columns_ui(ui, draft, lang) {
            draft.preview = Some(import::preview(dataset, &draft.grid, &draft.mapping));
        }
        let Some(preview) = &draft.preview else {
            return;
        };
        let choice = summary_ui(ui, preview, lang);
        // Only rows that change something count: a row found as it is changes nothing.
        let count = preview.added() + preview.updated();
        if let Some(choice) = choice {
            match choice {
                RowChoice::Match { row, id } => draft.mapping.matched.insert(row, id),
                RowChoice::AsNew(row) => draft.mapping.matched.remove(&row),
            };
            draft.preview = Some(import::preview(dataset, &draft.grid, &draft.mapping));
        }
        egui::ScrollArea::vertical()
            .max_height(ctx.content_rect().height() * 0.35)
            .show(ui, |ui| rows_ui(ui, draft, lang));
        if count == 0 {
            ui.label(tr(lang, "import-nothing"));
        }
        ui.horizontal(|ui| {
            let apply = tr_args(lang, "import-apply", &[("n", Arg::Number(count as f64))]);
            let apply = ui.add_enabled(count > 0, egui::Button::new(apply));
            // Apply has the keyboard unless something else in the preview has it: Enter
            // applies, Esc cancels.
            if count > 0 && ui.memory(|m| m.focused().is_none()) {
                apply.request_focus();
            }
            if apply.clicked()
                && let Some(p) = draft.preview.take()
            {
                decision = Some(ImportDecision::Apply(Box::new(p.into_dataset())));
            }
            if ui.button(tr(lang, "import-cancel")).clicked() {
                decision = Some(ImportDecision::Cancel);
            }
        });
    });
    if response.should_close() && decision.is_none() {
        decision = Some(ImportDecision::Cancel);
    }
    decision
}

/// Each source column with the field it goes to; returns whether one was changed.
fn columns_ui(ui: &mut Ui, draft: &mut ImportDraft, lang: Language) -> bool {
    let header: Vec<String> = if draft.mapping.header {
        draft.grid.rows.first().cloned().unwrap_or_default()
    } else {
        Vec::new()
    };
    let choices = fields(draft.mapping.target);
    let mut changed = false;
    ui.label(RichText::new(tr(lang, "import-columns")).strong());
    egui::Grid::new("import-columns")
        .num_columns(2)
        .show(ui, |ui| {
            for (i, field) in draft.mapping.columns.iter_mut().enumerate() {
                let name = header.get(i).cloned().unwrap_or_else(|| {
                    tr_args(
                        lang,
                        "import-column-n",
                        &[("n", Arg::Text(&(i + 1).to_string()))],
                    )
                });
                ui.label(&name);
                let response = egui::ComboBox::from_id_salt(("import-column", i))
                    .selected_text(field_name(lang, *field))
                    .show_ui(ui, |ui| {
                        for option in std::iter::once(None).chain(choices.iter().copied().map(Some))
                        {
                            if ui
                                .selectable_label(*field == option, field_name(lang, option))
                                .clicked()
                                && *field != option
                            {
                                *field = option;
                                changed = true;
                            }
                        }
                    })
                    .response;
                let _ = response.accessible_name(name);
                ui.end_row();
            }
        });
    changed
}

/// A row the user matched to an existing district, or sent back to being a new one.
enum RowChoice {
    /// The row (from 1) goes into the district with this id.
    Match { row: usize, id: String },
    /// The row (from 1) is added as a new district again.
    AsNew(usize),
}

/// What the rows do in numbers, then each thing to know: columns not used, names close to
/// others (with the choice to match them), the populations' year, the cells not understood.
fn summary_ui(ui: &mut Ui, preview: &Preview, lang: Language) -> Option<RowChoice> {
    let palette = Palette::current(ui);
    let warning = |ui: &mut Ui, text: String| ui.label(RichText::new(text).color(palette.warning));
    let mut choice = None;
    ui.add_space(6.0);
    ui.label(tr_args(
        lang,
        "import-summary",
        &[
            ("added", Arg::Text(&preview.added().to_string())),
            ("updated", Arg::Text(&preview.updated().to_string())),
            ("unchanged", Arg::Text(&preview.unchanged().to_string())),
            ("problems", Arg::Text(&preview.problems.len().to_string())),
        ],
    ));
    for column in &preview.unused {
        let name = column.header.clone().unwrap_or_else(|| {
            tr_args(
                lang,
                "import-column-n",
                &[("n", Arg::Text(&column.column.to_string()))],
            )
        });
        warning(
            ui,
            tr_args(
                lang,
                "import-unused-column",
                &[
                    ("column", Arg::Text(&name)),
                    ("n", Arg::Number(column.cells as f64)),
                ],
            ),
        );
    }
    for near in preview.near.iter().take(20) {
        ui.horizontal_wrapped(|ui| {
            if near.matched {
                ui.label(near.text(lang));
                if ui.button(tr(lang, "import-unmatch")).clicked() {
                    choice = Some(RowChoice::AsNew(near.row));
                }
            } else {
                warning(ui, near.text(lang));
                if let Some(id) = &near.existing {
                    let like = [("like", Arg::Text(&near.like))];
                    if ui.button(tr_args(lang, "import-match", &like)).clicked() {
                        choice = Some(RowChoice::Match {
                            row: near.row,
                            id: id.clone(),
                        });
                    }
                }
            }
        });
    }
    if let Some((year, header)) = &preview.year.from_header {
        ui.label(tr_args(
            lang,
            "import-year-from-header",
            &[
                ("year", Arg::Text(&year.to_string())),
                ("header", Arg::Text(header)),
            ],
        ));
    }
    let without_year = preview.year.left_empty.len();
    if without_year > 0 {
        warning(
            ui,
            tr_args(
                lang,
                "import-year-empty",
                &[("n", Arg::Number(without_year as f64))],
            ),
        );
    }
    for p in preview.problems.iter().take(20) {
        warning(ui, crate::wording::import_problem(lang, p));
    }
    if preview.problems.len() > 20 {
        ui.label(format!("… +{}", preview.problems.len() - 20));
    }
    choice
}

fn rows_ui(ui: &mut Ui, draft: &ImportDraft, lang: Language) {
    let Some(preview) = &draft.preview else {
        return;
    };
    egui::Grid::new("import-rows").striped(true).show(ui, |ui| {
        ui.strong("");
        for field in &draft.mapping.columns {
            ui.strong(field_name(lang, *field));
        }
        ui.end_row();
        for (line, action) in preview.rows.iter().take(SHOWN_ROWS) {
            let what = match action {
                RowAction::Add(key) => format!("+ {key}"),
                RowAction::Update(key) => format!("→ {key}"),
                RowAction::Unchanged(key) => format!("= {key}"),
                RowAction::Skip => "—".to_owned(),
            };
            ui.label(what);
            if let Some(cells) = draft.grid.row_at(*line) {
                for cell in cells.iter().take(draft.mapping.columns.len()) {
                    ui.label(cell);
                }
            }
            ui.end_row();
        }
    });
    let rest = preview.rows.len().saturating_sub(SHOWN_ROWS);
    if rest > 0 {
        ui.label(tr_args(
            lang,
            "import-more-rows",
            &[("n", Arg::Number(rest as f64))],
        ));
    }
}
