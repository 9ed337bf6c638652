//! `briefdesk slides`: every slide of the deck, in the order and with the slides the preparer
//! chose, saved as a PNG each, drawn by the same code as the wall at the size asked for.
//!
//! A window of that size opens, shows each slide in turn and keeps what the screen shows; it
//! closes by itself when the last one is written.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use crate::i18n::Language;
use crate::notes::NotesStore;
use crate::ui::slide::{SlideFrame, slide_ui};
use crate::ui::theme::{self, Palette};
use crate::view_model::Briefing;

/// Frames drawn before a slide is kept: text measured on the first frame settles on the next.
const SETTLE_FRAMES: u32 = 3;

/// The window that draws and keeps the slides.
pub struct SlideShots {
    briefing: Briefing,
    notes: NotesStore,
    lang: Language,
    palette: Palette,
    deck: Vec<usize>,
    out: PathBuf,
    position: usize,
    frames: u32,
    requested: bool,
    arrived: Arc<Mutex<Option<Arc<egui::ColorImage>>>>,
    /// The files written, and the first error met.
    pub report: Arc<Mutex<ShotsReport>>,
}

/// What `briefdesk slides` did.
#[derive(Debug, Default)]
pub struct ShotsReport {
    /// The pictures written.
    pub written: Vec<PathBuf>,
    /// Why it stopped early, if it did.
    pub error: Option<String>,
}

impl SlideShots {
    /// Prepares the pictures of `briefing`'s deck (as `notes` arranges it) into `out`.
    pub fn new(
        ctx: &egui::Context,
        briefing: Briefing,
        notes: NotesStore,
        lang: Language,
        dark: bool,
        out: PathBuf,
    ) -> Self {
        theme::apply(ctx);
        let deck = notes.slide_plan().deck(&briefing.slide_keys());
        Self {
            briefing,
            notes,
            lang,
            palette: Palette::projector(dark),
            deck,
            out,
            position: 0,
            frames: 0,
            requested: false,
            arrived: Arc::new(Mutex::new(None)),
            report: Arc::new(Mutex::new(ShotsReport::default())),
        }
    }

    /// Writes the picture that arrived for the current slide; moves on.
    fn keep(&mut self, image: &egui::ColorImage) {
        let name = format!("slide-{:02}.png", self.position + 1);
        let path = self.out.join(name);
        let result = encode_png(image).and_then(|bytes| {
            crate::fs::write_atomic(&path, &bytes).map_err(|e| format!("{}: {e}", path.display()))
        });
        if let Ok(mut report) = self.report.lock() {
            match result {
                Ok(()) => report.written.push(path),
                Err(e) => report.error = Some(e),
            }
        }
        self.position += 1;
        self.frames = 0;
        self.requested = false;
    }
}

/// A screen picture as PNG bytes.
fn encode_png(image: &egui::ColorImage) -> Result<Vec<u8>, String> {
    let [width, height] = image.size;
    let size = resvg::tiny_skia::IntSize::from_wh(
        u32::try_from(width).map_err(|e| e.to_string())?,
        u32::try_from(height).map_err(|e| e.to_string())?,
    )
    .ok_or("an empty picture")?;
    let bytes: Vec<u8> = image
        .pixels
        .iter()
        .flat_map(|p| [p.r(), p.g(), p.b(), 255])
        .collect();
    resvg::tiny_skia::Pixmap::from_vec(bytes, size)
        .ok_or_else(|| "a picture of the wrong size".to_owned())?
        .encode_png()
        .map_err(|e| e.to_string())
}

impl eframe::App for SlideShots {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        let failed = self.report.lock().map_or(true, |r| r.error.is_some());
        if failed || self.position >= self.deck.len() {
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            return;
        }
        let arrived = self.arrived.lock().ok().and_then(|mut slot| slot.take());
        if let Some(image) = arrived {
            self.keep(&image);
            ctx.request_repaint();
            return;
        }
        let Some(slide) = self
            .deck
            .get(self.position)
            .and_then(|&i| self.briefing.slides.get(i))
        else {
            return;
        };
        let rect = ui.max_rect();
        let frame = SlideFrame {
            briefing: &self.briefing,
            notes: &self.notes,
            lang: self.lang,
            palette: self.palette,
            number: self.position + 1,
            count: self.deck.len(),
            surface: "shots",
        };
        egui::CentralPanel::default()
            .frame(egui::Frame::NONE)
            .show(ui, |ui| slide_ui(ui, rect, slide, &frame));
        self.frames += 1;
        if self.frames >= SETTLE_FRAMES && !self.requested {
            self.requested = true;
            let slot = Arc::clone(&self.arrived);
            let waker = ctx.clone();
            ctx.request_screenshot(move |image| {
                if let Ok(mut slot) = slot.lock() {
                    *slot = Some(image);
                }
                waker.request_repaint();
            });
        }
        ctx.request_repaint();
    }
}
