//! Findings of validation, and the message of a dataset that could not be opened.

use egui::{RichText, Ui};

use super::theme::{Palette, size};
use crate::i18n::{Language, tr};
use crate::model::{Dataset, Finding, Severity};
use crate::plain::plain;

/// Lists findings, errors first, in people's words: the part of the briefing, what is wrong;
/// the file, line, column and path folded under "Details" for whoever edits the file by hand.
pub fn findings_ui(
    ui: &mut Ui,
    file: &str,
    findings: &[Finding],
    dataset: Option<&Dataset>,
    lang: Language,
) {
    let palette = Palette::current(ui);
    if findings.is_empty() {
        ui.label(RichText::new(tr(lang, "findings-none")).color(palette.ok));
        return;
    }
    let mut details = Vec::new();
    for severity in [Severity::Error, Severity::Warning] {
        for finding in findings.iter().filter(|f| f.severity == severity) {
            let (color, key) = match severity {
                Severity::Error => (palette.error, "severity-error"),
                Severity::Warning => (palette.warning, "severity-warning"),
            };
            let words = plain(finding, file, dataset, lang);
            ui.horizontal_wrapped(|ui| {
                ui.label(RichText::new(tr(lang, key)).color(color).strong());
                ui.label(RichText::new(&words.place).strong());
            });
            ui.add(egui::Label::new(capitalised(&words.message)).wrap());
            ui.add_space(6.0);
            details.push(format!("{}: {}", words.place, words.details));
        }
    }
    egui::CollapsingHeader::new(RichText::new(tr(lang, "findings-details")).color(palette.muted))
        .id_salt("findings-details")
        .show(ui, |ui| {
            for line in &details {
                ui.label(
                    RichText::new(line)
                        .monospace()
                        .size(size::SMALL)
                        .color(palette.muted),
                );
            }
        });
}

/// A message starting with a capital, as a sentence on its own line.
fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

/// The full text of a load error (headline, quoted line, caret, suggestion) in monospace.
pub fn load_error_ui(ui: &mut Ui, text: &str) {
    ui.add(egui::Label::new(RichText::new(text).monospace()).wrap_mode(egui::TextWrapMode::Extend));
}
