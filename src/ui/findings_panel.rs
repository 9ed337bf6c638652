//! Findings of validation, and the message of a dataset that could not be opened.

use egui::{RichText, Ui};

use super::theme::{Palette, size};
use crate::i18n::{Language, tr};
use crate::model::{Finding, Severity};

/// Lists findings, errors first, each as `FILE:LINE:COLUMN` and its message.
pub fn findings_ui(ui: &mut Ui, file: &str, findings: &[Finding], lang: Language) {
    let palette = Palette::current(ui);
    if findings.is_empty() {
        ui.label(RichText::new(tr(lang, "findings-none")).color(palette.ok));
        return;
    }
    for severity in [Severity::Error, Severity::Warning] {
        for finding in findings.iter().filter(|f| f.severity == severity) {
            let (color, key) = match severity {
                Severity::Error => (palette.error, "severity-error"),
                Severity::Warning => (palette.warning, "severity-warning"),
            };
            let place = match finding.position {
                Some(p) => format!("{file}:{p}"),
                None => file.to_owned(),
            };
            ui.horizontal_wrapped(|ui| {
                ui.label(RichText::new(tr(lang, key)).color(color).strong());
                ui.label(RichText::new(place).monospace().size(size::SMALL));
            });
            ui.add(egui::Label::new(finding.text(lang)).wrap());
            ui.label(
                RichText::new(&finding.path)
                    .monospace()
                    .size(size::SMALL)
                    .color(palette.muted),
            );
            ui.add_space(4.0);
        }
    }
}

/// The full text of a load error (headline, quoted line, caret, suggestion) in monospace.
pub fn load_error_ui(ui: &mut Ui, text: &str) {
    ui.add(egui::Label::new(RichText::new(text).monospace()).wrap_mode(egui::TextWrapMode::Extend));
}
