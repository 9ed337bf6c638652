//! The workspace: thin egui code that maps the view-model to widgets and emits [`Command`]s.

pub mod actions;
pub mod centres_screen;
pub mod charts;
pub mod corruption_screen;
pub mod date_field;
pub mod districts_screen;
pub mod editor;
pub mod file_prompt;
pub mod findings_panel;
pub mod focus;
pub mod help;
pub mod overview;
pub mod presentation;
mod presenter_notes;
pub mod recommendations_screen;
pub mod slide;
pub mod slides_panel;
pub mod theme;
pub mod widgets;
pub mod workspace;

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use crate::i18n::Language;
pub use crate::notes::NoteEdit;
use crate::view_model::{DistrictMetric, DistrictSort, EvidenceTarget};

pub use presentation::{Blank, SlideStep};

/// The screens of the workspace, in tab order.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Screen {
    /// Key figures and findings.
    #[default]
    Overview,
    /// Districts compared.
    Districts,
    /// Centre rental status.
    Centres,
    /// Corruption cases.
    Corruption,
    /// Recommendations and notes.
    Recommendations,
    /// The preparer's editor.
    Edit,
}

impl Screen {
    /// Every screen, in tab order (Ctrl+1 … Ctrl+6).
    pub const ALL: [Self; 6] = [
        Self::Overview,
        Self::Districts,
        Self::Centres,
        Self::Corruption,
        Self::Recommendations,
        Self::Edit,
    ];

    /// Message key of the tab's name.
    pub fn label_key(self) -> &'static str {
        match self {
            Self::Overview => "screen-overview",
            Self::Districts => "screen-districts",
            Self::Centres => "screen-centres",
            Self::Corruption => "screen-corruption",
            Self::Recommendations => "screen-recommendations",
            Self::Edit => "screen-edit",
        }
    }
}

/// What the user asked for; applied by the app after drawing.
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    /// Show the native open dialog.
    OpenDialog,
    /// Open a dataset file.
    OpenDataset(PathBuf),
    /// Open the embedded Akmola 2017 dataset.
    OpenEmbedded,
    /// Read the current dataset again.
    Reload,
    /// Switch screen.
    SetScreen(Screen),
    /// Switch interface language.
    SetLanguage(Language),
    /// Switch theme.
    SetTheme(egui::ThemePreference),
    /// Choose the districts metric.
    SetMetric(DistrictMetric),
    /// Choose the districts order.
    SetSort(DistrictSort),
    /// Highlight a district (or none).
    Highlight(Option<String>),
    /// Chart or table.
    SetTableView(bool),
    /// Change a note.
    EditNote {
        /// Recommendation id.
        id: String,
        /// The change.
        edit: NoteEdit,
    },
    /// Save notes now.
    SaveNotes,
    /// Choose another file for the notes (after a failed save).
    SaveNotesAs,
    /// Follow a piece of evidence to its chart.
    ShowEvidence(EvidenceTarget),
    /// Show or hide the shortcut overlay.
    ToggleHelp,
    /// Show or hide the findings.
    ToggleFindings,
    /// Close the load problem banner.
    DismissProblem,
    /// Close the notes notice.
    DismissNotesNotice,
    /// Start presenting: from the first slide, or from the one matching the screen shown.
    StartPresentation {
        /// Start from the slide of the current screen (Shift+F5).
        from_screen: bool,
    },
    /// Rehearse: the presenter view alone, from the first slide.
    Rehearse,
    /// Stop presenting.
    StopPresentation,
    /// Move through the slides.
    Slide(SlideStep),
    /// Blank the wall, or show the slide again.
    Blank(Option<Blank>),
    /// Fullscreen on or off for the window showing the slides.
    ToggleFullscreen,
    /// Show or hide the notes under the slide (one screen).
    TogglePresenterNotes,
    /// Show or hide the slide list in the workspace.
    ToggleSlidesPanel,
    /// Show or hide a slide when presenting.
    SetSlideVisible {
        /// The slide's key.
        key: String,
        /// Shown or hidden.
        visible: bool,
    },
    /// Move a slide earlier (negative) or later.
    MoveSlide {
        /// The slide's key.
        key: String,
        /// Places to move.
        delta: isize,
    },
    /// Back to the default order, every slide shown.
    ResetSlides,
    /// What the presenter says on a slide.
    SetSpeakerNote {
        /// The slide's key.
        key: String,
        /// The text.
        text: String,
    },
    /// Whether recommendation slides show their status, owner and due date.
    SetShowStatus(bool),
    /// Whether N shows the speaker notes on the one screen that may be the wall.
    SetNotesOnWall(bool),
    /// Whether the exported pack is in Kazakh and Russian, paired section by section.
    SetPackKkRu(bool),
    /// Use the presenter view when a second screen is connected.
    SetPresenterView(bool),
    /// Dark projector theme (light is the default).
    SetProjectorDark(bool),
    /// Ask where to export the briefing pack.
    ExportDialog,
    /// Export the pack to this file (the format from its extension).
    ExportTo(PathBuf),
    /// Ask where to save the chart on screen as a PNG.
    SaveChartDialog,
    /// Save the chart on screen as a PNG at twice the screen's resolution.
    SaveChartTo(PathBuf),
    /// Close the export message.
    DismissExportNotice,
    /// An edit of the dataset, or the editor's saving and importing.
    Edit(editor::EditCommand),
    /// A file was chosen by typing its path (where there is no file dialog).
    FileChosen(file_prompt::FilePurpose, PathBuf),
    /// Close the path prompt without choosing.
    CloseFilePrompt,
    /// Leave the app (asked first when there is unsaved work).
    Quit,
    /// The answer to "save the edits before leaving?".
    Unsaved(workspace::unsaved::Answer),
    /// What to do with the work kept in a recovery file.
    Recover(workspace::unsaved::Recovery),
    /// Close the message that the notes could not be saved (it comes back on the next failure).
    DismissNotesFailure,
}
