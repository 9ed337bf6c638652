//! The preparer's editor: every part of a briefing edited in place, in the language chosen for
//! the texts, with what `check` finds shown beside the field it concerns. The screens only
//! change the dataset and say which field changed ([`Edited`]); the app records the step for
//! undo, checks the dataset again and redraws the charts.

mod claims;
mod delete_ui;
mod fields;
mod forms;
mod import_ui;
mod lists;
mod new_ui;
mod tables;

use egui::{RichText, Ui};
use serde::{Deserialize, Serialize};

use crate::i18n::{Arg, tr_args};
use crate::i18n::{Language, tr};
use crate::model::{Dataset, FigureKey, Finding, TEXT_LANGUAGES};
use crate::ui::Command;
use crate::ui::theme::{Palette, size};
pub use import_ui::{ImportDecision, ImportDraft, import_preview_ui};
pub use new_ui::{NewBriefingForm, new_briefing_ui};

/// The parts of the editor, in the order of its list.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Section {
    /// Title, region, period, meeting.
    #[default]
    Briefing,
    /// The regional figures.
    Figures,
    /// The districts table.
    Districts,
    /// The centres table.
    Centres,
    /// Case counts per district.
    Cases,
    /// Services per district.
    Services,
    /// The recommendations.
    Recommendations,
    /// The people named.
    People,
    /// The sources.
    Sources,
    /// The places named.
    Places,
    /// Claims that are not numbers.
    Statements,
}

impl Section {
    /// Every section, in list order.
    pub const ALL: [Self; 11] = [
        Self::Briefing,
        Self::Figures,
        Self::Districts,
        Self::Centres,
        Self::Cases,
        Self::Services,
        Self::Recommendations,
        Self::People,
        Self::Sources,
        Self::Places,
        Self::Statements,
    ];

    fn label_key(self) -> &'static str {
        match self {
            Self::Briefing => "edit-section-briefing",
            Self::Figures => "edit-section-figures",
            Self::Districts => "edit-section-districts",
            Self::Centres => "edit-section-centres",
            Self::Cases => "edit-section-cases",
            Self::Services => "edit-section-services",
            Self::Recommendations => "edit-section-recommendations",
            Self::People => "edit-section-people",
            Self::Sources => "edit-section-sources",
            Self::Places => "edit-section-places",
            Self::Statements => "edit-section-statements",
        }
    }

    /// The table this section edits, for pasted and imported cells.
    pub fn table(self) -> Option<crate::import::Target> {
        use crate::import::Target;
        match self {
            Self::Districts => Some(Target::Districts),
            Self::Centres => Some(Target::Centres),
            Self::Cases => Some(Target::Corruption),
            Self::Briefing
            | Self::Figures
            | Self::Recommendations
            | Self::People
            | Self::Sources
            | Self::Places
            | Self::Statements
            | Self::Services => None,
        }
    }

    /// How many rows (or figures) this part of `d` holds, for the list; `None` for the
    /// briefing's form, which has no rows.
    fn rows(self, d: &Dataset) -> Option<usize> {
        let n = match self {
            Self::Briefing => return None,
            Self::Figures => FigureKey::ALL
                .into_iter()
                .filter(|k| d.figure(*k).is_some())
                .count(),
            Self::Districts => d.districts.len(),
            Self::Centres => d.centres.len(),
            Self::Cases => d.corruption.as_ref().map_or(0, |c| c.per_district.len()),
            Self::Services => d.services.as_ref().map_or(0, |s| s.per_district.len()),
            Self::Recommendations => d.recommendations.len(),
            Self::People => d.people.len(),
            Self::Sources => d.sources.len(),
            Self::Places => d.places.len(),
            Self::Statements => d.statements.len(),
        };
        Some(n)
    }

    /// The dataset paths whose findings belong to this section (for the counts in the list).
    fn paths(self) -> &'static [&'static str] {
        match self {
            Self::Briefing => &["title", "region", "period", "as_of", "meeting", "language"],
            Self::Figures => &[
                "centre_totals",
                "services.",
                "corruption.crimes",
                "corruption.persons",
                "corruption.managers",
            ],
            Self::Districts => &["districts"],
            Self::Centres => &["centres"],
            Self::Cases => &["corruption.per_district"],
            Self::Services => &["services.per_district"],
            Self::Recommendations => &["recommendations"],
            Self::People => &["people"],
            Self::Sources => &["sources"],
            Self::Places => &["places"],
            Self::Statements => &["statements"],
        }
    }
}

/// What the editor asks the app to do.
#[derive(Clone, Debug, PartialEq)]
pub enum EditCommand {
    /// Ask for a new briefing's region, meeting and period.
    NewBriefingDialog,
    /// Create the briefing the form describes, in this file (asked for when `None`).
    CreateBriefing(Option<std::path::PathBuf>),
    /// Undo the last edit of the dataset.
    Undo,
    /// Redo the edit undone last.
    Redo,
    /// Save the dataset (and the notes); the built-in one asks where.
    Save,
    /// Save the dataset to a file chosen now.
    SaveAs,
    /// Save the dataset to this file.
    SaveTo(std::path::PathBuf),
    /// Save over a file with comments although they will be lost.
    SaveDiscardingComments,
    /// The file changed outside while there were unsaved edits: keep the edits (the outside
    /// version is kept beside the file).
    KeepEdits,
    /// The same: take the outside version (the edits are kept beside the file).
    TakeOutsideVersion,
    /// Close the editor's message.
    DismissNotice,
    /// Show a part of the editor.
    Section(Section),
    /// Ask for the clipboard's cells, to preview them in the table shown.
    PasteTable,
    /// Copy the table shown to the clipboard, as a spreadsheet copies cells.
    CopyTable,
    /// Ask for a spreadsheet or CSV file, to preview it in the table shown.
    ImportTableDialog,
    /// Preview these cells for the table shown (as pasted).
    PreviewCells(String),
}

/// What the editor shows: the section, and the language of the texts being edited.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EditorView {
    /// The section shown.
    pub section: Section,
    /// The language of the texts edited: `ru`, `kk` or `en`.
    pub text_lang: String,
}

/// What changed in a frame of editing.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Edited {
    /// The field typed into (`districts[3].name.kk`): keystrokes in one field join one step.
    pub field: Option<String>,
    /// A row or a part added or removed: always a step of its own.
    pub structural: bool,
}

impl Edited {
    /// A field changed.
    pub fn field(&mut self, path: String) {
        self.field = Some(path);
    }

    /// Rows or parts were added or removed.
    pub fn structure(&mut self, path: &str) {
        self.field = Some(path.to_owned());
        self.structural = true;
    }

    /// Whether anything changed.
    pub fn any(&self) -> bool {
        self.field.is_some()
    }
}

/// The state of the open file as the editor's bar shows it.
pub struct EditorStatus<'a> {
    /// Unsaved edits.
    pub dirty: bool,
    /// Whether undo and redo have a step.
    pub can_undo: bool,
    /// The same for redo.
    pub can_redo: bool,
    /// Where a save goes, or `None` for the built-in dataset (Save As).
    pub file: Option<&'a str>,
}

/// Draws the editor; changes `dataset` in place and says what changed.
pub fn editor_ui(
    ui: &mut Ui,
    view: &mut EditorView,
    dataset: &mut Dataset,
    findings: &[Finding],
    status: &EditorStatus<'_>,
    lang: Language,
    commands: &mut Vec<Command>,
) -> Edited {
    let own = dataset.language().to_owned();
    if view.text_lang.is_empty() {
        view.text_lang.clone_from(&own);
    }
    bar_ui(ui, view, findings, status, lang, commands);
    ui.separator();
    let mut edited = Edited::default();
    egui::Panel::left("editor-sections")
        .resizable(false)
        .exact_size(240.0)
        .show(ui, |ui| sections_ui(ui, view, dataset, findings, lang));
    let text_lang = view.text_lang.clone();
    let sources = fields::options(
        &dataset.sources,
        |s| &s.id,
        |s| s.title.get(&text_lang, &own).text.to_owned(),
    );
    let people = fields::options(
        &dataset.people,
        |p| &p.id,
        |p| p.name.get(&text_lang, &own).text.to_owned(),
    );
    let f = fields::Fields {
        lang: &text_lang,
        own: &own,
        ui_lang: lang,
        findings,
        sources: &sources,
        people: &people,
    };
    egui::CentralPanel::default().show(ui, |ui| {
        ui.label(
            RichText::new(tr(lang, view.section.label_key()))
                .size(size::CHART_TITLE)
                .strong(),
        );
        if view.section.table().is_some() {
            ui.horizontal(|ui| {
                if ui
                    .button(tr(lang, "import-paste"))
                    .on_hover_text(tr(lang, "import-paste-hint"))
                    .clicked()
                {
                    commands.push(Command::Edit(EditCommand::PasteTable));
                }
                if ui.button(tr(lang, "import-file")).clicked() {
                    commands.push(Command::Edit(EditCommand::ImportTableDialog));
                }
                if ui
                    .button(tr(lang, "copy-table"))
                    .on_hover_text(tr(lang, "copy-table-hint"))
                    .clicked()
                {
                    commands.push(Command::Edit(EditCommand::CopyTable));
                }
            });
        }
        ui.add_space(4.0);
        match view.section {
            // Tables wider than the window scroll sideways; their rows scroll inside.
            Section::Districts
            | Section::Centres
            | Section::Cases
            | Section::People
            | Section::Sources
            | Section::Places
            | Section::Services => {
                let section = view.section;
                egui::ScrollArea::horizontal()
                    .id_salt(("table", section))
                    .show(ui, |ui| {
                        table_section_ui(ui, section, &f, dataset, &mut edited);
                    });
            }
            Section::Briefing
            | Section::Figures
            | Section::Recommendations
            | Section::Statements => {
                let section = view.section;
                egui::ScrollArea::vertical()
                    .id_salt(section)
                    .auto_shrink([false, false])
                    .show(ui, |ui| {
                        form_section_ui(ui, section, &f, dataset, &mut edited);
                    });
            }
        }
    });
    edited
}

fn table_section_ui(
    ui: &mut Ui,
    section: Section,
    f: &fields::Fields<'_>,
    dataset: &mut Dataset,
    edited: &mut Edited,
) {
    match section {
        Section::Districts => tables::districts_ui(ui, f, dataset, edited),
        Section::Centres => tables::centres_ui(ui, f, dataset, edited),
        Section::Cases => tables::cases_ui(ui, f, dataset, edited),
        Section::People => lists::people_ui(ui, f, dataset, edited),
        Section::Sources => lists::sources_ui(ui, f, dataset, edited),
        Section::Places => claims::places_ui(ui, f, dataset, edited),
        Section::Services => claims::services_ui(ui, f, dataset, edited),
        Section::Briefing | Section::Figures | Section::Recommendations | Section::Statements => {
            form_section_ui(ui, section, f, dataset, edited);
        }
    }
}

fn form_section_ui(
    ui: &mut Ui,
    section: Section,
    f: &fields::Fields<'_>,
    dataset: &mut Dataset,
    edited: &mut Edited,
) {
    match section {
        Section::Briefing => forms::briefing_ui(ui, f, dataset, edited),
        Section::Figures => forms::figures_ui(ui, f, dataset, edited),
        Section::Recommendations => forms::recommendations_ui(ui, f, dataset, edited),
        Section::Statements => claims::statements_ui(ui, f, dataset, edited),
        Section::Districts
        | Section::Centres
        | Section::Cases
        | Section::People
        | Section::Sources
        | Section::Places
        | Section::Services => table_section_ui(ui, section, f, dataset, edited),
    }
}

/// The bar above the editor: the language of the texts, undo and redo, save, the state.
fn bar_ui(
    ui: &mut Ui,
    view: &mut EditorView,
    findings: &[Finding],
    status: &EditorStatus<'_>,
    lang: Language,
    commands: &mut Vec<Command>,
) {
    let palette = Palette::current(ui);
    ui.horizontal_wrapped(|ui| {
        ui.label(tr(lang, "edit-text-language"));
        for code in TEXT_LANGUAGES {
            let name = Language::ALL
                .iter()
                .find(|l| l.code() == code)
                .map_or(code, |l| l.native_name());
            if ui.selectable_label(view.text_lang == code, name).clicked() {
                code.clone_into(&mut view.text_lang);
            }
        }
        ui.separator();
        if ui
            .add_enabled(status.can_undo, egui::Button::new(tr(lang, "edit-undo")))
            .on_hover_text("Ctrl+Z")
            .clicked()
        {
            commands.push(Command::Edit(EditCommand::Undo));
        }
        if ui
            .add_enabled(status.can_redo, egui::Button::new(tr(lang, "edit-redo")))
            .on_hover_text("Ctrl+Shift+Z, Ctrl+Y")
            .clicked()
        {
            commands.push(Command::Edit(EditCommand::Redo));
        }
        ui.separator();
        if ui
            .button(tr(lang, "edit-save"))
            .on_hover_text(status.file.unwrap_or_default())
            .clicked()
        {
            commands.push(Command::Edit(EditCommand::Save));
        }
        if ui.button(tr(lang, "edit-save-as")).clicked() {
            commands.push(Command::Edit(EditCommand::SaveAs));
        }
        let errors = findings.iter().filter(|f| f.is_error()).count();
        let (text, color) = if status.dirty {
            (tr(lang, "edit-unsaved"), palette.warning)
        } else {
            (tr(lang, "edit-saved"), palette.ok)
        };
        ui.label(RichText::new(text).color(color));
        if errors > 0 {
            ui.label(
                RichText::new(crate::i18n::tr_args(
                    lang,
                    "edit-errors",
                    &[("n", crate::i18n::Arg::Number(errors as f64))],
                ))
                .color(palette.error),
            );
        }
    });
}

/// The list of sections, each with the number of its rows, and what `check` finds in it as
/// marks of their own: red for errors, amber for warnings, each saying what it counts.
fn sections_ui(
    ui: &mut Ui,
    view: &mut EditorView,
    dataset: &Dataset,
    findings: &[Finding],
    lang: Language,
) {
    let palette = Palette::current(ui);
    for section in Section::ALL {
        let name = tr(lang, section.label_key());
        let text = match section.rows(dataset) {
            Some(n) => format!("{name} ({n})"),
            None => name,
        };
        let (errors, warnings) = findings
            .iter()
            .filter(|f| section.paths().iter().any(|p| f.path.starts_with(p)))
            .fold(
                (0, 0),
                |(e, w), f| {
                    if f.is_error() { (e + 1, w) } else { (e, w + 1) }
                },
            );
        let layout = egui::Layout::right_to_left(egui::Align::TOP);
        ui.with_layout(layout, |ui| {
            if warnings > 0 {
                count_mark(
                    ui,
                    warnings,
                    palette.warning.into(),
                    &counted(lang, "edit-warnings", warnings),
                );
            }
            if errors > 0 {
                count_mark(
                    ui,
                    errors,
                    palette.error.into(),
                    &counted(lang, "edit-errors", errors),
                );
            }
            ui.with_layout(egui::Layout::left_to_right(egui::Align::TOP), |ui| {
                let button = egui::Button::selectable(view.section == section, text).wrap();
                if ui.add(button).clicked() {
                    view.section = section;
                }
            });
        });
    }
}

/// "2 предупреждения", "1 ошибка".
fn counted(lang: Language, key: &str, n: usize) -> String {
    tr_args(lang, key, &[("n", Arg::Number(n as f64))])
}

/// A count in a pill of `color`, with `words` saying what it counts (on hovering it and to a
/// screen reader).
fn count_mark(ui: &mut Ui, n: usize, color: egui::Color32, words: &str) {
    let font = egui::TextStyle::Small.resolve(ui.style());
    let text_color = crate::ui::theme::text_on(color);
    let galley = ui.fonts_mut(|f| f.layout_no_wrap(n.to_string(), font, text_color));
    let height = galley.size().y + 2.0;
    let size = egui::vec2((galley.size().x + 10.0).max(height), height);
    let (rect, response) = ui.allocate_exact_size(size, egui::Sense::hover());
    if ui.is_rect_visible(rect) {
        let painter = ui.painter();
        painter.rect_filled(rect, height / 2.0, color);
        painter.galley(rect.center() - galley.size() / 2.0, galley, text_color);
    }
    response
        .on_hover_text(words)
        .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, words));
}
