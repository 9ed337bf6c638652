//! Exporting the pack and saving the chart on screen, from the File menu.

use std::path::PathBuf;

use crate::app::BriefDeskApp;
use crate::app::document::DatasetSource;
use crate::export::{self, ExportFormat, ExportInput};
use crate::i18n::{Language, tr};
use crate::model::{ChartKind, EMBEDDED_NAME};
use crate::ui::Screen;
use crate::ui::file_prompt::FilePurpose;
use crate::ui::theme::size;
use crate::ui::workspace::ExportNotice;

impl BriefDeskApp {
    /// Whether `path` is the open briefing or its notes, which an export must not replace
    /// (said in the export message).
    fn is_source(&mut self, path: &std::path::Path) -> bool {
        let briefing = match &self.doc.source {
            DatasetSource::File(p) => Some(p.clone()),
            DatasetSource::Embedded => None,
        };
        let notes = self.notes.path().to_path_buf();
        let hit = briefing
            .into_iter()
            .chain([notes])
            .find(|p| crate::fs::same_file(path, p));
        if let Some(source) = &hit {
            self.export_notice = Some(ExportNotice::Failed(crate::i18n::tr_args(
                self.settings.language,
                "export-over-source",
                &[(
                    "path",
                    crate::i18n::Arg::Text(&source.display().to_string()),
                )],
            )));
        }
        hit.is_some()
    }

    /// Asks where to export the pack, then exports it.
    pub(super) fn export_dialog(&mut self) {
        let name = format!("{}.pdf", self.dataset_stem());
        self.ask_file(FilePurpose::Export, &name);
    }

    /// Asks where to save the chart on screen, then saves it.
    pub(super) fn save_chart_dialog(&mut self) {
        let name = format!("{}-chart.png", self.dataset_stem());
        self.ask_file(FilePurpose::SaveChart, &name);
    }

    /// Exports the briefing pack as shown (language, order, metric; the notes as they are now).
    pub(super) fn export_to(&mut self, path: PathBuf) {
        let path = if ExportFormat::from_path(&path).is_some() {
            path
        } else {
            path.with_extension("pdf")
        };
        if self.is_source(&path) {
            return;
        }
        let format = ExportFormat::from_path(&path).unwrap_or(ExportFormat::Pdf);
        let file_name = match &self.doc.source {
            DatasetSource::Embedded => EMBEDDED_NAME.to_owned(),
            DatasetSource::File(p) => p.file_name().map_or_else(
                || p.display().to_string(),
                |n| n.to_string_lossy().into_owned(),
            ),
        };
        let sha256 = self.doc.loaded.sha256();
        let mut settings = self.settings.view_settings();
        if self.settings.pack_kk_ru {
            settings.language = Language::Kk;
        }
        let input = ExportInput {
            dataset: &self.doc.loaded.dataset,
            file_name: &file_name,
            sha256: &sha256,
            findings: &self.doc.loaded.findings,
            notes: self.notes.notes(),
            settings,
            exported_at: export::now_text(),
        };
        let bytes = if self.settings.pack_kk_ru {
            export::export_paired(&input, Language::Ru, format)
        } else {
            export::export(&input, format)
        };
        let result = bytes.and_then(|b| export::write_file(&path, &b));
        self.export_notice = Some(match result {
            Ok(()) => ExportNotice::Saved(path),
            Err(e) => ExportNotice::Failed(e.to_string()),
        });
    }

    /// Saves the chart of the screen shown as a PNG, at twice the screen's pixel density.
    pub(super) fn save_chart(&mut self, path: PathBuf) {
        let lang = self.settings.language;
        let kind = match self.settings.screen {
            Screen::Districts => Some(ChartKind::Districts),
            Screen::Centres => Some(ChartKind::Centres),
            Screen::Corruption => Some(ChartKind::Corruption),
            Screen::Overview | Screen::Recommendations | Screen::Edit => None,
        };
        if self.is_source(&path) {
            return;
        }
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
}
