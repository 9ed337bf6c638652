//! The application: state, loading, notes, the file watcher, and applying [`Command`]s.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use egui::{Key, KeyboardShortcut, Modifiers, RichText};
use serde::{Deserialize, Serialize};

use crate::export::{self, ExportFormat, ExportInput};
use crate::i18n::{Arg, Language, tr, tr_args};
use crate::model::ChartKind;
use crate::model::{self, EMBEDDED_NAME, Finding, LoadError, Loaded};
use crate::notes::{self, NotesNotice, NotesStore, SaveState, SlidePlan};
use crate::ui::centres_screen::centres_ui;
use crate::ui::corruption_screen::corruption_ui;
use crate::ui::districts_screen::{ChartView, districts_ui};
use crate::ui::findings_panel::{findings_ui, load_error_ui};
use crate::ui::help::help_ui;
use crate::ui::overview::overview_ui;
use crate::ui::presentation::{Presentation, Screens, Stage};
use crate::ui::recommendations_screen::RecommendationsScreen;
use crate::ui::slides_panel::slides_panel_ui;
use crate::ui::theme::{self, Palette, size};
use crate::ui::widgets::banner;
use crate::ui::{Command, NoteEdit, Screen, ThemeChoice};
use crate::view_model::{
    self, Briefing, DistrictMetric, DistrictSort, EvidenceTarget, Settings, SlideKind,
};

/// How many recent files the File menu keeps.
const RECENT_LIMIT: usize = 8;

/// How long the watcher waits for a file to settle before reloading it.
const RELOAD_DEBOUNCE: Duration = Duration::from_millis(250);

/// What is remembered between runs (with eframe's storage). Runtime state stays out.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct AppSettings {
    /// Interface language.
    pub language: Language,
    /// Light, dark or system.
    pub theme: ThemeChoice,
    /// Interface zoom (Ctrl +/−/0).
    pub zoom: f32,
    /// The dataset open when the app was closed (`None`: the embedded one).
    pub last_dataset: Option<PathBuf>,
    /// Recently opened datasets, newest first.
    pub recent: Vec<PathBuf>,
    /// The screen shown.
    pub screen: Screen,
    /// The districts metric.
    pub metric: DistrictMetric,
    /// The districts order.
    pub sort: DistrictSort,
    /// Tables instead of charts.
    pub table: bool,
    /// Use the presenter view when a second screen is connected.
    pub presenter_view: bool,
    /// Dark projector theme (a light wall is the default: projectors wash out dark ones).
    pub projector_dark: bool,
}

impl Default for AppSettings {
    fn default() -> Self {
        Self {
            language: Language::default(),
            theme: ThemeChoice::default(),
            zoom: 1.0,
            last_dataset: None,
            recent: Vec::new(),
            screen: Screen::default(),
            metric: DistrictMetric::default(),
            sort: DistrictSort::default(),
            table: false,
            presenter_view: true,
            projector_dark: false,
        }
    }
}

/// Where the app keeps files of its own.
#[derive(Clone, Debug)]
pub struct AppPaths {
    /// Notes for the embedded dataset go here.
    pub data_dir: PathBuf,
}

impl AppPaths {
    /// The platform's data folder (e.g. `~/.local/share/briefdesk`).
    pub fn platform() -> Self {
        let data_dir = directories::ProjectDirs::from("kz", "BriefDesk", "briefdesk").map_or_else(
            || PathBuf::from(".briefdesk"),
            |d| d.data_dir().to_path_buf(),
        );
        Self { data_dir }
    }

    /// Where the notes of a dataset file live (`None`: the embedded dataset).
    pub fn notes_for(&self, dataset: Option<&Path>) -> PathBuf {
        match dataset {
            None => self.data_dir.join("akmola-2017.notes.ron"),
            Some(path) => notes::sidecar_path(path),
        }
    }
}

/// Where the open dataset came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DatasetSource {
    /// Built into the binary.
    Embedded,
    /// A file.
    File(PathBuf),
}

impl DatasetSource {
    fn notes_path(&self, paths: &AppPaths) -> PathBuf {
        match self {
            Self::Embedded => paths.notes_for(None),
            Self::File(path) => paths.notes_for(Some(path)),
        }
    }

    fn load(&self) -> Result<Loaded, LoadError> {
        match self {
            Self::Embedded => model::embedded(),
            Self::File(path) => model::load(path),
        }
    }
}

/// How the last export went, shown until closed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ExportNotice {
    /// Written to this file.
    Saved(PathBuf),
    /// Not written, and why.
    Failed(String),
}

/// A dataset that could not be opened; the previous one stays open.
#[derive(Clone, Debug)]
pub enum Problem {
    /// It could not be read or parsed.
    Load(LoadError),
    /// It has errors.
    Invalid {
        /// File name.
        file: String,
        /// All findings (errors and warnings).
        findings: Vec<Finding>,
    },
}

struct Document {
    source: DatasetSource,
    loaded: Loaded,
    briefing: Briefing,
}

/// Watches the open file and flags changes.
struct Watcher {
    _watcher: notify::RecommendedWatcher,
    changed: Arc<AtomicBool>,
}

impl Watcher {
    fn new(path: &Path, ctx: &egui::Context) -> Option<Self> {
        use notify::Watcher as _;
        let changed = Arc::new(AtomicBool::new(false));
        let flag = Arc::clone(&changed);
        let ctx = ctx.clone();
        let name = path.file_name()?.to_owned();
        let mut watcher =
            notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
                let Ok(event) = event else {
                    return;
                };
                let ours = event
                    .paths
                    .iter()
                    .any(|p| p.file_name() == Some(name.as_os_str()));
                if ours && (event.kind.is_modify() || event.kind.is_create()) {
                    flag.store(true, Ordering::Release);
                    ctx.request_repaint_after(RELOAD_DEBOUNCE);
                }
            })
            .ok()?;
        // Watch the folder: editors often save by writing a new file and renaming it.
        let dir = path
            .parent()
            .filter(|d| !d.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        watcher
            .watch(dir, notify::RecursiveMode::NonRecursive)
            .ok()?;
        Some(Self {
            _watcher: watcher,
            changed,
        })
    }
}

/// The BriefDesk application.
pub struct BriefDeskApp {
    settings: AppSettings,
    paths: AppPaths,
    doc: Document,
    notes: NotesStore,
    problem: Option<Problem>,
    highlight: Option<String>,
    help_open: bool,
    findings_open: bool,
    recommendations: RecommendationsScreen,
    presentation: Option<Presentation>,
    slides_open: bool,
    export_notice: Option<ExportNotice>,
    commands: Vec<Command>,
    watcher: Option<Watcher>,
    reload_at: Option<Instant>,
    ctx: egui::Context,
}

impl BriefDeskApp {
    /// Creates the app from eframe's creation context: restores settings, opens `start` (or the
    /// last dataset, or the embedded one).
    pub fn new(cc: &eframe::CreationContext<'_>, start: Option<PathBuf>, paths: AppPaths) -> Self {
        let settings: AppSettings = cc
            .storage
            .and_then(|s| eframe::get_value(s, eframe::APP_KEY))
            .unwrap_or_default();
        let start = start.or_else(|| settings.last_dataset.clone().filter(|p| p.exists()));
        Self::with_settings(&cc.egui_ctx, settings, start, paths)
    }

    /// Creates the app with given settings (used by [`Self::new`] and by tests).
    pub fn with_settings(
        ctx: &egui::Context,
        settings: AppSettings,
        start: Option<PathBuf>,
        paths: AppPaths,
    ) -> Self {
        theme::apply(ctx);
        ctx.set_zoom_factor(settings.zoom.clamp(0.5, 3.0));
        ctx.set_theme(theme_preference(settings.theme));
        // The embedded dataset is checked by the tests; if it ever failed, an empty briefing
        // with the error shown is better than no window.
        let embedded = model::embedded().unwrap_or_else(|e| Loaded {
            name: e.file.clone(),
            dataset: empty_dataset(),
            findings: Vec::new(),
            text: "".into(),
        });
        let briefing = Briefing::from_dataset(&embedded.dataset, &view_settings(&settings));
        let source = DatasetSource::Embedded;
        let notes = NotesStore::open(source.notes_path(&paths), EMBEDDED_NAME);
        let mut app = Self {
            settings,
            paths,
            doc: Document {
                source,
                loaded: embedded,
                briefing,
            },
            notes,
            problem: None,
            highlight: None,
            help_open: false,
            findings_open: false,
            recommendations: RecommendationsScreen::default(),
            presentation: None,
            slides_open: false,
            export_notice: None,
            commands: Vec::new(),
            watcher: None,
            reload_at: None,
            ctx: ctx.clone(),
        };
        if let Some(path) = start {
            app.open(DatasetSource::File(path));
        }
        app
    }

    /// The screen shown.
    pub fn screen(&self) -> Screen {
        self.settings.screen
    }

    /// The settings that are remembered.
    pub fn settings(&self) -> &AppSettings {
        &self.settings
    }

    /// The derived briefing on screen.
    pub fn briefing(&self) -> &Briefing {
        &self.doc.briefing
    }

    /// The open dataset's name as shown in messages.
    pub fn dataset_name(&self) -> &str {
        &self.doc.loaded.name
    }

    /// The notes of the open dataset.
    pub fn notes(&self) -> &NotesStore {
        &self.notes
    }

    /// Why the last dataset could not be opened, if it could not.
    pub fn problem(&self) -> Option<&Problem> {
        self.problem.as_ref()
    }

    /// The presentation in progress, if any.
    pub fn presentation(&self) -> Option<&Presentation> {
        self.presentation.as_ref()
    }

    /// How the last export went.
    pub fn export_notice(&self) -> Option<&ExportNotice> {
        self.export_notice.as_ref()
    }

    /// Queues a command as if a widget had emitted it.
    pub fn push(&mut self, command: Command) {
        self.commands.push(command);
    }

    /// Opens a dataset; on failure keeps the current one (and its notes) and shows why.
    fn open(&mut self, source: DatasetSource) {
        match source.load() {
            Err(error) => self.problem = Some(Problem::Load(error)),
            Ok(loaded) if loaded.has_errors() => {
                self.problem = Some(Problem::Invalid {
                    file: loaded.name.clone(),
                    findings: loaded.findings,
                });
            }
            Ok(loaded) => {
                let notes_path = source.notes_path(&self.paths);
                if notes_path != self.notes.path() {
                    self.notes.save();
                    self.notes = NotesStore::open(notes_path, &loaded.name);
                    self.recommendations.reset();
                    self.highlight = None;
                }
                self.problem = None;
                if let DatasetSource::File(path) = &source {
                    self.remember(path);
                    if self.watcher.as_ref().is_none() || self.doc.source != source {
                        self.watcher = Watcher::new(path, &self.ctx);
                    }
                } else {
                    self.settings.last_dataset = None;
                    self.watcher = None;
                }
                let briefing =
                    Briefing::from_dataset(&loaded.dataset, &view_settings(&self.settings));
                self.doc = Document {
                    source,
                    loaded,
                    briefing,
                };
                self.refresh_deck();
            }
        }
    }

    /// After the dataset or the slide plan changed: the presentation takes the new deck.
    fn refresh_deck(&mut self) {
        if let Some(p) = &mut self.presentation {
            let deck = view_model::deck(&self.doc.briefing.slides, self.notes.slide_plan());
            p.set_deck(deck, &self.doc.briefing);
        }
    }

    fn set_slide_plan(&mut self, plan: SlidePlan) {
        self.notes.set_slide_plan(plan);
        self.refresh_deck();
    }

    fn start_presentation(&mut self, from_screen: bool, screens: Screens) {
        let briefing = &self.doc.briefing;
        let deck = view_model::deck(&briefing.slides, self.notes.slide_plan());
        if deck.is_empty() {
            // Nothing to show: the slide list says why (no data, or every slide hidden).
            self.slides_open = true;
            return;
        }
        let position = if from_screen {
            let screen = self.settings.screen;
            deck.iter()
                .position(|&i| {
                    briefing
                        .slides
                        .get(i)
                        .is_some_and(|s| slide_matches_screen(&s.kind, screen))
                })
                .unwrap_or(0)
        } else {
            0
        };
        let was_fullscreen = self.ctx.input(|i| i.viewport().fullscreen.unwrap_or(false));
        if screens == Screens::One {
            self.ctx
                .send_viewport_cmd(egui::ViewportCommand::Fullscreen(true));
        }
        self.help_open = false;
        self.presentation = Some(Presentation::start(
            deck,
            position,
            briefing,
            screens,
            was_fullscreen,
        ));
    }

    fn stop_presentation(&mut self) {
        if let Some(p) = self.presentation.take()
            && p.screens() == Screens::One
        {
            self.ctx
                .send_viewport_cmd(egui::ViewportCommand::Fullscreen(p.was_fullscreen()));
        }
        self.notes.save();
    }

    fn remember(&mut self, path: &Path) {
        let path = path.canonicalize().unwrap_or_else(|_| path.to_path_buf());
        self.settings.recent.retain(|p| p != &path);
        self.settings.recent.insert(0, path.clone());
        self.settings.recent.truncate(RECENT_LIMIT);
        self.settings.last_dataset = Some(path);
    }

    fn rebuild(&mut self) {
        self.doc.briefing =
            Briefing::from_dataset(&self.doc.loaded.dataset, &view_settings(&self.settings));
        self.refresh_deck();
    }

    /// Applies one command.
    pub fn apply(&mut self, command: Command) {
        let Some(command) = self
            .apply_presentation(command)
            .and_then(|c| self.apply_export(c))
        else {
            return;
        };
        match command {
            Command::OpenDialog => {
                let picked = rfd::FileDialog::new()
                    .set_title(tr(self.settings.language, "menu-open"))
                    .add_filter("BriefDesk (RON)", &["ron"])
                    .pick_file();
                if let Some(path) = picked {
                    self.open(DatasetSource::File(path));
                }
            }
            Command::OpenDataset(path) => self.open(DatasetSource::File(path)),
            Command::OpenEmbedded => self.open(DatasetSource::Embedded),
            Command::Reload => self.open(self.doc.source.clone()),
            Command::SetScreen(screen) => self.settings.screen = screen,
            Command::SetLanguage(language) => {
                self.settings.language = language;
                self.rebuild();
            }
            Command::SetTheme(choice) => {
                self.settings.theme = choice;
                self.ctx.set_theme(theme_preference(choice));
            }
            Command::SetMetric(metric) => {
                self.settings.metric = metric;
                self.rebuild();
            }
            Command::SetSort(sort) => {
                self.settings.sort = sort;
                self.rebuild();
            }
            Command::Highlight(district) => self.highlight = district,
            Command::SetTableView(table) => self.settings.table = table,
            Command::EditNote {
                id,
                edit: NoteEdit::Replace(note),
            } => {
                self.notes.edit(&id, |n| {
                    let updated = n.updated_unix_secs;
                    *n = note;
                    n.updated_unix_secs = updated;
                });
            }
            Command::SaveNotes => self.notes.save(),
            Command::SaveNotesAs => {
                let picked = rfd::FileDialog::new()
                    .set_file_name(
                        self.notes
                            .path()
                            .file_name()
                            .map_or_else(String::new, |n| n.to_string_lossy().into_owned()),
                    )
                    .add_filter("BriefDesk notes (RON)", &["ron"])
                    .save_file();
                if let Some(path) = picked {
                    self.notes.save_to(path);
                }
            }
            Command::ShowEvidence(target) => self.show_evidence(target),
            Command::ToggleHelp => self.help_open = !self.help_open,
            Command::ToggleFindings => self.findings_open = !self.findings_open,
            Command::DismissProblem => self.problem = None,
            Command::DismissNotesNotice => self.notes.dismiss_notice(),
            Command::Quit => self.ctx.send_viewport_cmd(egui::ViewportCommand::Close),
            // Handled by `apply_presentation`.
            _ => {}
        }
    }

    /// Applies a command about exporting; hands any other back.
    fn apply_export(&mut self, command: Command) -> Option<Command> {
        let lang = self.settings.language;
        match command {
            Command::ExportDialog => {
                let stem = self.dataset_stem();
                let picked = rfd::FileDialog::new()
                    .set_title(tr(lang, "menu-export"))
                    .set_file_name(format!("{stem}.pdf"))
                    .add_filter("PDF", &["pdf"])
                    .add_filter("HTML", &["html"])
                    .add_filter("Markdown", &["md"])
                    .save_file();
                if let Some(path) = picked {
                    self.export_to(path);
                }
            }
            Command::ExportTo(path) => self.export_to(path),
            Command::SaveChartDialog => {
                let stem = self.dataset_stem();
                let picked = rfd::FileDialog::new()
                    .set_title(tr(lang, "menu-save-chart"))
                    .set_file_name(format!("{stem}-chart.png"))
                    .add_filter("PNG", &["png"])
                    .save_file();
                if let Some(path) = picked {
                    self.save_chart(path);
                }
            }
            Command::SaveChartTo(path) => self.save_chart(path),
            Command::DismissExportNotice => self.export_notice = None,
            other => return Some(other),
        }
        None
    }

    /// The dataset's file name without its extension, for suggested output names.
    fn dataset_stem(&self) -> String {
        match &self.doc.source {
            DatasetSource::Embedded => "akmola-2017".to_owned(),
            DatasetSource::File(path) => path.file_stem().map_or_else(
                || "briefing".to_owned(),
                |s| s.to_string_lossy().into_owned(),
            ),
        }
    }

    /// Exports the briefing pack as shown (language, order, metric; the notes as they are now).
    fn export_to(&mut self, path: PathBuf) {
        let path = if ExportFormat::from_path(&path).is_some() {
            path
        } else {
            path.with_extension("pdf")
        };
        let format = ExportFormat::from_path(&path).unwrap_or(ExportFormat::Pdf);
        let file_name = match &self.doc.source {
            DatasetSource::Embedded => EMBEDDED_NAME.to_owned(),
            DatasetSource::File(p) => p.file_name().map_or_else(
                || p.display().to_string(),
                |n| n.to_string_lossy().into_owned(),
            ),
        };
        let sha256 = self.doc.loaded.sha256();
        let input = ExportInput {
            dataset: &self.doc.loaded.dataset,
            file_name: &file_name,
            sha256: &sha256,
            findings: &self.doc.loaded.findings,
            notes: self.notes.notes(),
            settings: view_settings(&self.settings),
            exported_at: export::now_text(),
        };
        let result = export::export(&input, format).and_then(|b| export::write_file(&path, &b));
        self.export_notice = Some(match result {
            Ok(()) => ExportNotice::Saved(path),
            Err(e) => ExportNotice::Failed(e.to_string()),
        });
    }

    /// Saves the chart of the screen shown as a PNG, at twice the screen's pixel density.
    fn save_chart(&mut self, path: PathBuf) {
        let lang = self.settings.language;
        let kind = match self.settings.screen {
            Screen::Districts => Some(ChartKind::Districts),
            Screen::Centres => Some(ChartKind::Centres),
            Screen::Corruption => Some(ChartKind::Corruption),
            Screen::Overview | Screen::Recommendations => None,
        };
        let Some(chart) = kind.and_then(|k| export::pack::screen_chart(&self.doc.briefing, k))
        else {
            self.export_notice = Some(ExportNotice::Failed(tr(lang, "export-no-chart")));
            return;
        };
        let path = if path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("png"))
        {
            path
        } else {
            path.with_extension("png")
        };
        // As wide as the chart is on screen, in points; then twice the screen's pixels.
        let width = (self.ctx.content_rect().width() - 2.0 * size::MARGIN).max(480.0);
        let scale = 2.0 * self.ctx.pixels_per_point();
        let metrics = export::drawing::Metrics::default();
        let result = export::png::chart_png(&chart, width, size::CHART_LABEL, scale, &metrics)
            .and_then(|bytes| export::write_file(&path, &bytes));
        self.export_notice = Some(match result {
            Ok(()) => ExportNotice::Saved(path),
            Err(e) => ExportNotice::Failed(e.to_string()),
        });
    }

    /// Applies a command about presenting; hands any other back.
    fn apply_presentation(&mut self, command: Command) -> Option<Command> {
        match command {
            Command::StartPresentation { from_screen } => {
                let screens = if self.settings.presenter_view {
                    Screens::Two
                } else {
                    Screens::One
                };
                self.start_presentation(from_screen, screens);
            }
            Command::Rehearse => self.start_presentation(false, Screens::Rehearsal),
            Command::StopPresentation => self.stop_presentation(),
            Command::Slide(step) => {
                if let Some(p) = &mut self.presentation {
                    p.go(step, &self.doc.briefing);
                }
            }
            Command::Blank(blank) => {
                if let Some(p) = &mut self.presentation {
                    p.set_blank(blank);
                }
            }
            Command::ToggleFullscreen => {
                let viewport = match self.presentation.as_ref().map(Presentation::screens) {
                    Some(Screens::Two) => audience_viewport(),
                    _ => egui::ViewportId::ROOT,
                };
                let fullscreen = self
                    .ctx
                    .input_for(viewport, |i| i.viewport().fullscreen.unwrap_or(false));
                self.ctx
                    .send_viewport_cmd_to(viewport, egui::ViewportCommand::Fullscreen(!fullscreen));
            }
            Command::TogglePresenterNotes => {
                if let Some(p) = &mut self.presentation {
                    p.toggle_notes();
                }
            }
            Command::ToggleSlidesPanel => self.slides_open = !self.slides_open,
            Command::SetSlideVisible { key, visible } => {
                let plan = view_model::set_visible(self.notes.slide_plan(), &key, visible);
                self.set_slide_plan(plan);
            }
            Command::MoveSlide { key, delta } => {
                let plan = view_model::move_slide(
                    &self.doc.briefing.slides,
                    self.notes.slide_plan(),
                    &key,
                    delta,
                );
                self.set_slide_plan(plan);
            }
            Command::ResetSlides => self.set_slide_plan(SlidePlan::default()),
            Command::SetPresenterView(on) => self.settings.presenter_view = on,
            Command::SetProjectorDark(dark) => self.settings.projector_dark = dark,
            other => return Some(other),
        }
        None
    }

    fn show_evidence(&mut self, target: EvidenceTarget) {
        use crate::model::FigureKey;
        self.settings.screen = match target {
            EvidenceTarget::Figure(key) => match key {
                FigureKey::CorruptionCrimes
                | FigureKey::CorruptionPersons
                | FigureKey::CorruptionManagers => Screen::Corruption,
                FigureKey::CentresTotal
                | FigureKey::CentresRented
                | FigureKey::CentresBuiltRecently => Screen::Centres,
                _ => Screen::Overview,
            },
            EvidenceTarget::Chart(ChartKind::Districts) => Screen::Districts,
            EvidenceTarget::Chart(ChartKind::Centres) => Screen::Centres,
            EvidenceTarget::Chart(ChartKind::Corruption) => Screen::Corruption,
            EvidenceTarget::District(id) => {
                self.highlight = Some(id);
                Screen::Districts
            }
            EvidenceTarget::Centre(id) => {
                self.highlight = self
                    .doc
                    .loaded
                    .dataset
                    .centres
                    .iter()
                    .find(|c| c.id == id)
                    .map(|c| c.district.clone());
                Screen::Centres
            }
        };
    }

    fn shortcuts(&mut self, ctx: &egui::Context) {
        if let Some(p) = &mut self.presentation {
            let pushed = p.handle_keys(ctx);
            self.commands.extend(pushed);
            return;
        }
        let command = |key| KeyboardShortcut::new(Modifiers::COMMAND, key);
        let mut pushed = Vec::new();
        ctx.input_mut(|i| {
            if i.consume_key(Modifiers::ALT, Key::F5) {
                pushed.push(Command::Rehearse);
            }
            if i.consume_key(Modifiers::SHIFT, Key::F5) {
                pushed.push(Command::StartPresentation { from_screen: true });
            }
            if i.consume_key(Modifiers::NONE, Key::F5) {
                pushed.push(Command::StartPresentation { from_screen: false });
            }
            for (key, cmd) in [
                (Key::O, Command::OpenDialog),
                (Key::S, Command::SaveNotes),
                (Key::R, Command::Reload),
                (Key::Q, Command::Quit),
                (Key::E, Command::ExportDialog),
            ] {
                if i.consume_shortcut(&command(key)) {
                    pushed.push(cmd);
                }
            }
            if i.consume_shortcut(&command(Key::T)) {
                pushed.push(Command::SetTableView(!self.settings.table));
            }
            for (key, screen) in [Key::Num1, Key::Num2, Key::Num3, Key::Num4, Key::Num5]
                .into_iter()
                .zip(Screen::ALL)
            {
                if i.consume_shortcut(&command(key)) {
                    pushed.push(Command::SetScreen(screen));
                }
            }
            if i.consume_key(Modifiers::NONE, Key::F1) {
                pushed.push(Command::ToggleHelp);
            }
            if (self.help_open || self.findings_open) && i.consume_key(Modifiers::NONE, Key::Escape)
            {
                self.help_open = false;
                self.findings_open = false;
            }
            for file in &i.raw.dropped_files {
                pushed.push(Command::OpenDataset(file.path().to_path_buf()));
            }
        });
        self.commands.extend(pushed);
    }

    fn watch(&mut self, ctx: &egui::Context) {
        let now = Instant::now();
        if self
            .watcher
            .as_ref()
            .is_some_and(|w| w.changed.swap(false, Ordering::AcqRel))
        {
            self.reload_at = Some(now + RELOAD_DEBOUNCE);
        }
        if let Some(at) = self.reload_at {
            if now >= at {
                self.reload_at = None;
                self.commands.push(Command::Reload);
            } else {
                ctx.request_repaint_after(at - now);
            }
        }
        self.notes.autosave(now);
        if let Some(due) = self.notes.autosave_due() {
            ctx.request_repaint_after(due.saturating_duration_since(now));
        }
    }

    /// Draws the whole workspace and applies what the user asked for.
    pub fn show(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        self.shortcuts(&ctx);
        self.watch(&ctx);
        let lang = self.settings.language;
        let mut commands = std::mem::take(&mut self.commands);

        if self.presentation.is_some() {
            self.presentation_ui(ui, lang, &mut commands);
        } else {
            self.workspace_ui(ui, &ctx, lang, &mut commands);
        }
        commands.append(&mut self.commands);
        if !commands.is_empty() {
            // The state changed after this frame was laid out: draw it again.
            ctx.request_repaint();
        }
        for command in commands {
            self.apply(command);
        }
    }

    /// The workspace: menus, tabs, the screen, side panels.
    fn workspace_ui(
        &mut self,
        ui: &mut egui::Ui,
        ctx: &egui::Context,
        lang: Language,
        commands: &mut Vec<Command>,
    ) {
        egui::Panel::top("top-bar").show(ui, |ui| self.top_bar_ui(ui, lang, commands));
        egui::Panel::bottom("status-bar").show(ui, |ui| self.status_bar_ui(ui, lang));
        if self.findings_open {
            egui::Panel::right("findings")
                .default_size(360.0)
                .resizable(true)
                .show(ui, |ui| {
                    ui.horizontal(|ui| {
                        ui.heading(tr(lang, "findings-title"));
                        if ui.button("×").on_hover_text(tr(lang, "close")).clicked() {
                            commands.push(Command::ToggleFindings);
                        }
                    });
                    egui::ScrollArea::vertical().show(ui, |ui| {
                        findings_ui(ui, &self.doc.loaded.name, &self.doc.loaded.findings, lang);
                    });
                });
        }
        if self.slides_open {
            egui::Panel::right("slides")
                .default_size(380.0)
                .resizable(true)
                .show(ui, |ui| {
                    ui.horizontal(|ui| {
                        ui.heading(tr(lang, "slides-title"));
                        if ui.button("×").on_hover_text(tr(lang, "close")).clicked() {
                            commands.push(Command::ToggleSlidesPanel);
                        }
                    });
                    egui::ScrollArea::vertical().show(ui, |ui| {
                        slides_panel_ui(
                            ui,
                            &self.doc.briefing,
                            self.notes.slide_plan(),
                            lang,
                            commands,
                        );
                    });
                });
        }
        egui::CentralPanel::default().show(ui, |ui| {
            self.tabs_ui(ui, lang, commands);
            self.problem_ui(ui, lang, commands);
            self.notes_notice_ui(ui, lang, commands);
            self.export_notice_ui(ui, lang, commands);
            egui::ScrollArea::vertical()
                .id_salt(self.settings.screen)
                .auto_shrink([false, false])
                .show(ui, |ui| {
                    egui::Frame::new()
                        .inner_margin(egui::Margin::symmetric(size::MARGIN as i8, 8))
                        .show(ui, |ui| {
                            self.screen_ui(ui, lang, commands);
                        });
                });
        });
        if self.help_open {
            let response = egui::Modal::new(egui::Id::unique("help")).show(ctx, |ui| {
                ui.set_max_width(520.0);
                help_ui(ui, lang);
                if ui.button(tr(lang, "close")).clicked() {
                    commands.push(Command::ToggleHelp);
                }
            });
            if response.should_close() && !commands.contains(&Command::ToggleHelp) {
                commands.push(Command::ToggleHelp);
            }
        }
        if ctx.input(|i| !i.raw.hovered_files.is_empty()) {
            drop_overlay(ctx, lang);
        }
    }

    /// While presenting: the wall (one screen), or the presenter view here and the wall in a
    /// second window on the second screen.
    fn presentation_ui(&mut self, ui: &mut egui::Ui, lang: Language, commands: &mut Vec<Command>) {
        let Some(p) = self.presentation.as_mut() else {
            return;
        };
        let theme = if self.settings.projector_dark {
            egui::Theme::Dark
        } else {
            egui::Theme::Light
        };
        let stage = Stage {
            briefing: &self.doc.briefing,
            notes: &self.notes,
            lang,
            palette: Palette::projector(theme),
        };
        match p.screens() {
            Screens::One => {
                stage.one_screen_ui(ui, p, commands);
                return;
            }
            Screens::Rehearsal => {
                stage.presenter_ui(ui, p, 16.0 / 9.0, commands);
                return;
            }
            Screens::Two => {}
        }
        let ctx = ui.ctx().clone();
        let mut no_second_screen = false;
        let mut wall_aspect = 16.0 / 9.0;
        let builder = egui::ViewportBuilder::default()
            .with_title(format!("BriefDesk — {}", stage.briefing.header.region))
            .with_inner_size([1280.0, 720.0])
            .with_monitor(1);
        ctx.show_viewport_immediate(audience_viewport(), builder, |ui, class| {
            if class == egui::ViewportClass::EmbeddedWindow {
                // This backend cannot open a second window: present here instead.
                no_second_screen = true;
                return;
            }
            let wall_ctx = ui.ctx().clone();
            commands.extend(p.handle_keys(&wall_ctx));
            if p.audience_lacks_a_screen(wall_ctx.input(|i| i.viewport().fullscreen)) {
                no_second_screen = true;
            }
            if wall_ctx.input(|i| i.viewport().close_requested()) {
                commands.push(Command::StopPresentation);
            }
            wall_aspect = wall_ctx.content_rect().aspect_ratio();
            egui::CentralPanel::default()
                .frame(egui::Frame::NONE)
                .show(ui, |ui| stage.wall_ui(ui, p, commands));
        });
        if no_second_screen {
            p.fall_back_to_one_screen();
            ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(true));
            ctx.request_repaint();
        } else {
            stage.presenter_ui(ui, p, wall_aspect, commands);
        }
    }

    fn top_bar_ui(&self, ui: &mut egui::Ui, lang: Language, commands: &mut Vec<Command>) {
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button(tr(lang, "menu-file"), |ui| {
                self.file_menu_ui(ui, lang, commands);
            });
            ui.menu_button(tr(lang, "menu-view"), |ui| {
                for (choice, key) in [
                    (ThemeChoice::System, "theme-system"),
                    (ThemeChoice::Light, "theme-light"),
                    (ThemeChoice::Dark, "theme-dark"),
                ] {
                    if ui
                        .radio(self.settings.theme == choice, tr(lang, key))
                        .clicked()
                    {
                        commands.push(Command::SetTheme(choice));
                    }
                }
                ui.separator();
                ui.label(tr(lang, "zoom-hint"));
            });
            ui.menu_button(tr(lang, "menu-present"), |ui| {
                self.present_menu_ui(ui, lang, commands);
            });
            ui.menu_button(tr(lang, "menu-language"), |ui| {
                for language in Language::ALL {
                    if ui.radio(lang == language, language.native_name()).clicked() {
                        commands.push(Command::SetLanguage(language));
                    }
                }
            });
            if ui.button(tr(lang, "menu-help")).clicked() {
                commands.push(Command::ToggleHelp);
            }
            ui.separator();
            ui.label(RichText::new(&self.doc.briefing.header.region).strong());
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                self.save_indicator_ui(ui, lang);
                ui.separator();
                let warnings = self.doc.loaded.findings.len();
                let palette = Palette::current(ui);
                let text = if warnings == 0 {
                    RichText::new(tr(lang, "findings-ok")).color(palette.ok)
                } else {
                    RichText::new(tr_args(
                        lang,
                        "findings-badge",
                        &[
                            ("n", Arg::Number(warnings as f64)),
                            ("count", Arg::Text(&warnings.to_string())),
                        ],
                    ))
                    .color(palette.warning)
                };
                if ui
                    .selectable_label(self.findings_open, text)
                    .on_hover_text(tr(lang, "findings-title"))
                    .clicked()
                {
                    commands.push(Command::ToggleFindings);
                }
            });
        });
    }

    fn file_menu_ui(&self, ui: &mut egui::Ui, lang: Language, commands: &mut Vec<Command>) {
        if ui.button(tr(lang, "menu-open")).clicked() {
            commands.push(Command::OpenDialog);
        }
        if ui.button(tr(lang, "menu-open-embedded")).clicked() {
            commands.push(Command::OpenEmbedded);
        }
        ui.menu_button(tr(lang, "menu-recent"), |ui| {
            if self.settings.recent.is_empty() {
                ui.label(tr(lang, "menu-recent-empty"));
            }
            for path in &self.settings.recent {
                if ui.button(path.display().to_string()).clicked() {
                    commands.push(Command::OpenDataset(path.clone()));
                }
            }
        });
        if ui.button(tr(lang, "menu-reload")).clicked() {
            commands.push(Command::Reload);
        }
        ui.separator();
        if ui
            .button(tr(lang, "menu-export"))
            .on_hover_text("Ctrl+E")
            .clicked()
        {
            commands.push(Command::ExportDialog);
        }
        let chart_screen = matches!(
            self.settings.screen,
            Screen::Districts | Screen::Centres | Screen::Corruption
        );
        if ui
            .add_enabled(chart_screen, egui::Button::new(tr(lang, "menu-save-chart")))
            .clicked()
        {
            commands.push(Command::SaveChartDialog);
        }
        ui.separator();
        if ui.button(tr(lang, "menu-save-notes")).clicked() {
            commands.push(Command::SaveNotes);
        }
        if ui.button(tr(lang, "menu-save-notes-as")).clicked() {
            commands.push(Command::SaveNotesAs);
        }
        ui.separator();
        if ui.button(tr(lang, "menu-quit")).clicked() {
            commands.push(Command::Quit);
        }
    }

    fn present_menu_ui(&self, ui: &mut egui::Ui, lang: Language, commands: &mut Vec<Command>) {
        if ui
            .button(tr(lang, "present-from-start"))
            .on_hover_text("F5")
            .clicked()
        {
            commands.push(Command::StartPresentation { from_screen: false });
        }
        if ui
            .button(tr(lang, "present-from-screen"))
            .on_hover_text("Shift+F5")
            .clicked()
        {
            commands.push(Command::StartPresentation { from_screen: true });
        }
        if ui
            .button(tr(lang, "present-rehearse"))
            .on_hover_text("Alt+F5")
            .clicked()
        {
            commands.push(Command::Rehearse);
        }
        ui.separator();
        if ui.button(tr(lang, "slides-arrange")).clicked() {
            commands.push(Command::ToggleSlidesPanel);
        }
        ui.separator();
        let mut presenter_view = self.settings.presenter_view;
        if ui
            .checkbox(&mut presenter_view, tr(lang, "presenter-view-option"))
            .changed()
        {
            commands.push(Command::SetPresenterView(presenter_view));
        }
        for (dark, key) in [(false, "projector-light"), (true, "projector-dark")] {
            if ui
                .radio(self.settings.projector_dark == dark, tr(lang, key))
                .clicked()
            {
                commands.push(Command::SetProjectorDark(dark));
            }
        }
    }

    fn save_indicator_ui(&self, ui: &mut egui::Ui, lang: Language) {
        let palette = Palette::current(ui);
        match self.notes.state() {
            SaveState::Saved => {
                ui.label(RichText::new(tr(lang, "notes-saved")).color(palette.ok))
                    .on_hover_text(self.notes.path().display().to_string());
            }
            SaveState::Pending => {
                ui.label(RichText::new(tr(lang, "notes-pending")).color(palette.muted));
            }
            SaveState::Failed(reason) => {
                ui.label(RichText::new(tr(lang, "notes-failed")).color(palette.error))
                    .on_hover_text(reason);
            }
        }
    }

    fn tabs_ui(&self, ui: &mut egui::Ui, lang: Language, commands: &mut Vec<Command>) {
        ui.horizontal(|ui| {
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                if ui
                    .button(RichText::new(tr(lang, "present-start")).strong())
                    .on_hover_text(tr(lang, "present-from-screen-hint"))
                    .clicked()
                {
                    commands.push(Command::StartPresentation { from_screen: false });
                }
                if ui
                    .selectable_label(self.slides_open, tr(lang, "slides-title"))
                    .clicked()
                {
                    commands.push(Command::ToggleSlidesPanel);
                }
                // The tabs take the room the buttons leave, and wrap rather than run under them.
                let tabs = egui::Layout::left_to_right(egui::Align::Center).with_main_wrap(true);
                ui.with_layout(tabs, |ui| {
                    for (i, screen) in Screen::ALL.into_iter().enumerate() {
                        let text =
                            RichText::new(tr(lang, screen.label_key())).size(size::BODY + 1.0);
                        let response = ui
                            .selectable_label(self.settings.screen == screen, text)
                            .on_hover_text(format!("Ctrl+{}", i + 1));
                        if response.clicked() {
                            commands.push(Command::SetScreen(screen));
                        }
                    }
                });
            });
        });
        ui.separator();
    }

    fn problem_ui(&self, ui: &mut egui::Ui, lang: Language, commands: &mut Vec<Command>) {
        let Some(problem) = &self.problem else {
            return;
        };
        let palette = Palette::current(ui);
        banner(ui, palette.error, |ui| {
            ui.horizontal(|ui| {
                ui.label(
                    RichText::new(tr(lang, "problem-title"))
                        .color(palette.error)
                        .strong(),
                );
                if ui.button(tr(lang, "close")).clicked() {
                    commands.push(Command::DismissProblem);
                }
            });
            ui.label(tr_args(
                lang,
                "problem-kept",
                &[("name", Arg::Text(&self.source_name(lang)))],
            ));
            egui::ScrollArea::both()
                .max_height(220.0)
                .id_salt("problem")
                .show(ui, |ui| match problem {
                    Problem::Load(error) => load_error_ui(ui, &error.to_string()),
                    Problem::Invalid { file, findings } => {
                        findings_ui(ui, file, findings, lang);
                    }
                });
        });
        ui.add_space(6.0);
    }

    fn notes_notice_ui(&self, ui: &mut egui::Ui, lang: Language, commands: &mut Vec<Command>) {
        let palette = Palette::current(ui);
        let failed = matches!(self.notes.state(), SaveState::Failed(_));
        let notice = self.notes.notice();
        if !failed && notice.is_none() {
            return;
        }
        banner(ui, palette.warning, |ui| {
            if let SaveState::Failed(reason) = self.notes.state() {
                ui.label(RichText::new(tr(lang, "notes-failed-explained")).strong());
                ui.label(RichText::new(reason).monospace());
                ui.horizontal(|ui| {
                    if ui.button(tr(lang, "notes-retry")).clicked() {
                        commands.push(Command::SaveNotes);
                    }
                    if ui.button(tr(lang, "menu-save-notes-as")).clicked() {
                        commands.push(Command::SaveNotesAs);
                    }
                });
            }
            match notice {
                Some(NotesNotice::SetAside {
                    path,
                    moved_to,
                    reason,
                }) => {
                    ui.label(tr_args(
                        lang,
                        "notes-set-aside",
                        &[
                            ("path", Arg::Text(&path.display().to_string())),
                            ("moved", Arg::Text(&moved_to.display().to_string())),
                        ],
                    ));
                    ui.label(RichText::new(reason).monospace().size(size::SMALL));
                }
                Some(NotesNotice::Unreadable { path, reason }) => {
                    ui.label(tr_args(
                        lang,
                        "notes-unreadable",
                        &[("path", Arg::Text(&path.display().to_string()))],
                    ));
                    ui.label(RichText::new(reason).monospace().size(size::SMALL));
                }
                None => {}
            }
            if notice.is_some() && ui.button(tr(lang, "close")).clicked() {
                commands.push(Command::DismissNotesNotice);
            }
        });
        ui.add_space(6.0);
    }

    fn export_notice_ui(&self, ui: &mut egui::Ui, lang: Language, commands: &mut Vec<Command>) {
        let Some(notice) = &self.export_notice else {
            return;
        };
        let palette = Palette::current(ui);
        let (color, text) = match notice {
            ExportNotice::Saved(path) => (
                palette.ok,
                tr_args(
                    lang,
                    "export-done",
                    &[("path", Arg::Text(&path.display().to_string()))],
                ),
            ),
            ExportNotice::Failed(reason) => (
                palette.error,
                tr_args(lang, "export-failed", &[("reason", Arg::Text(reason))]),
            ),
        };
        banner(ui, color, |ui| {
            ui.horizontal(|ui| {
                ui.label(text);
                if ui.button(tr(lang, "close")).clicked() {
                    commands.push(Command::DismissExportNotice);
                }
            });
        });
        ui.add_space(6.0);
    }

    /// The open dataset as people call it: its path, or "the built-in dataset".
    fn source_name(&self, lang: Language) -> String {
        match &self.doc.source {
            DatasetSource::Embedded => tr(lang, "embedded-dataset"),
            DatasetSource::File(path) => path.display().to_string(),
        }
    }

    fn status_bar_ui(&self, ui: &mut egui::Ui, lang: Language) {
        let palette = Palette::current(ui);
        ui.horizontal(|ui| {
            let name = self.source_name(lang);
            ui.label(RichText::new(name).size(size::SMALL).color(palette.muted));
            if !self.doc.briefing.chart_subtitle.is_empty() {
                ui.separator();
                ui.label(
                    RichText::new(&self.doc.briefing.chart_subtitle)
                        .size(size::SMALL)
                        .color(palette.muted),
                );
            }
            if self.doc.briefing.any_illustrative {
                ui.separator();
                ui.label(
                    RichText::new(&self.doc.briefing.illustrative_note)
                        .size(size::SMALL)
                        .color(palette.warning),
                );
            }
        });
    }

    fn screen_ui(&mut self, ui: &mut egui::Ui, lang: Language, commands: &mut Vec<Command>) {
        let briefing = &self.doc.briefing;
        let highlight = self.highlight.as_deref();
        let view = ChartView {
            sort: self.settings.sort,
            highlight,
            table: self.settings.table,
        };
        match self.settings.screen {
            Screen::Overview => overview_ui(ui, briefing, lang),
            Screen::Districts => districts_ui(ui, briefing, &view, lang, commands),
            Screen::Centres => centres_ui(ui, briefing, &view, lang, commands),
            Screen::Corruption => corruption_ui(ui, briefing, &view, lang, commands),
            Screen::Recommendations => {
                self.recommendations
                    .ui(ui, briefing, &self.notes, lang, commands);
            }
        }
    }

    /// Saves pending notes now (on exit, or before another dataset's notes are opened).
    pub fn flush_notes(&mut self) {
        self.notes.save();
    }
}

fn drop_overlay(ctx: &egui::Context, lang: Language) {
    let screen = ctx.content_rect();
    let painter = ctx.layer_painter(egui::LayerId::new(
        egui::Order::Foreground,
        egui::Id::unique("drop"),
    ));
    painter.rect_filled(screen, 0.0, egui::Color32::from_black_alpha(160));
    painter.text(
        screen.center(),
        egui::Align2::CENTER_CENTER,
        tr(lang, "drop-to-open"),
        theme::font(size::HEADING),
        egui::Color32::WHITE,
    );
}

/// The second window, on the projector.
fn audience_viewport() -> egui::ViewportId {
    egui::ViewportId::from_hash_of("briefdesk-audience")
}

/// Whether a slide shows what a workspace screen shows (Shift+F5 starts there).
fn slide_matches_screen(kind: &SlideKind, screen: Screen) -> bool {
    match screen {
        Screen::Overview => matches!(kind, SlideKind::KeyFigures),
        Screen::Districts => matches!(kind, SlideKind::Districts),
        Screen::Centres => matches!(kind, SlideKind::Centres),
        Screen::Corruption => {
            matches!(kind, SlideKind::Corruption | SlideKind::CorruptionDistricts)
        }
        Screen::Recommendations => matches!(kind, SlideKind::Recommendation(_)),
    }
}

fn theme_preference(choice: ThemeChoice) -> egui::ThemePreference {
    match choice {
        ThemeChoice::System => egui::ThemePreference::System,
        ThemeChoice::Light => egui::ThemePreference::Light,
        ThemeChoice::Dark => egui::ThemePreference::Dark,
    }
}

fn view_settings(settings: &AppSettings) -> Settings {
    Settings {
        language: settings.language,
        district_sort: settings.sort,
        metric: settings.metric,
    }
}

fn empty_dataset() -> model::Dataset {
    model::Dataset {
        format: model::FORMAT_VERSION,
        title: String::new(),
        region: String::new(),
        region_names: std::collections::BTreeMap::new(),
        language: None,
        period: None,
        as_of: None,
        meeting: None,
        people: Vec::new(),
        places: Vec::new(),
        sources: Vec::new(),
        districts: Vec::new(),
        centres: Vec::new(),
        centre_totals: None,
        services: None,
        corruption: None,
        recommendations: Vec::new(),
    }
}

impl eframe::App for BriefDeskApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.show(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        self.settings.zoom = self.ctx.zoom_factor();
        eframe::set_value(storage, eframe::APP_KEY, &self.settings);
        self.notes.save();
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        // Quitting waits for the notes: the save is synchronous.
        self.notes.save();
    }
}
