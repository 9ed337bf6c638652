//! Colours, type sizes, fonts and spacing: the workspace theme and the projector theme, each
//! light and dark.
//!
//! Chart colours are from the Okabe–Ito palette, chosen so that each pair used together differs
//! in lightness too and still reads when printed in grayscale.

use std::sync::Arc;

use egui::{
    Color32, FontData, FontDefinitions, FontFamily, FontId, Stroke, Style, TextStyle, Theme,
    Visuals,
};

/// PT Sans, made for the languages of Russia and Central Asia: Cyrillic with every Kazakh
/// letter, and heavier than egui's default face, so it holds up on a projector.
pub const REGULAR_FONT: &[u8] = include_bytes!("../../assets/fonts/PTSans-Regular.ttf");
/// PT Sans Bold: titles and values.
pub const BOLD_FONT: &[u8] = include_bytes!("../../assets/fonts/PTSans-Bold.ttf");
/// Name of the bold font family.
const BOLD_FAMILY: &str = "bold";

/// Okabe–Ito blue: the main series, owned premises, crimes.
pub const BLUE: Color32 = Color32::from_rgb(0x00, 0x72, 0xB2);
/// Okabe–Ito orange: rented premises, persons prosecuted.
pub const ORANGE: Color32 = Color32::from_rgb(0xE6, 0x9F, 0x00);
/// Okabe–Ito bluish green: managers.
pub const GREEN: Color32 = Color32::from_rgb(0x00, 0x9E, 0x73);
/// Okabe–Ito vermillion: the highlighted district, warnings that matter.
pub const VERMILLION: Color32 = Color32::from_rgb(0xD5, 0x5E, 0x00);
/// Okabe–Ito yellow: the third series and the highlight on a dark background.
pub const YELLOW: Color32 = Color32::from_rgb(0xF0, 0xE4, 0x42);
/// Okabe–Ito sky blue: the main series on a dark background.
pub const SKY: Color32 = Color32::from_rgb(0x56, 0xB4, 0xE9);

/// Colours that depend on light or dark mode.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Palette {
    /// Behind everything.
    pub background: Color32,
    /// Main text.
    pub text: Color32,
    /// Secondary text: sources, units, captions.
    pub muted: Color32,
    /// Tile and card background.
    pub card: Color32,
    /// Card outline.
    pub card_stroke: Color32,
    /// The main bar colour.
    pub bar: Color32,
    /// Bars that are not highlighted while one is.
    pub bar_faded: Color32,
    /// The highlighted bar.
    pub highlight: Color32,
    /// Owned premises.
    pub owned: Color32,
    /// Rented premises.
    pub rented: Color32,
    /// The three corruption measures.
    pub measures: [Color32; 3],
    /// Reference lines.
    pub reference: Color32,
    /// Errors.
    pub error: Color32,
    /// Warnings.
    pub warning: Color32,
    /// Success ("saved").
    pub ok: Color32,
}

impl Palette {
    /// The palette for a theme.
    pub fn of(theme: Theme) -> Self {
        match theme {
            Theme::Light => Self {
                background: Color32::from_rgb(0xF4, 0xF5, 0xF7),
                text: Color32::from_rgb(0x1C, 0x1C, 0x1E),
                muted: Color32::from_rgb(0x55, 0x58, 0x5E),
                card: Color32::WHITE,
                card_stroke: Color32::from_rgb(0xD8, 0xDA, 0xDE),
                bar: BLUE,
                bar_faded: Color32::from_rgb(0xB5, 0xC9, 0xD9),
                highlight: VERMILLION,
                owned: BLUE,
                rented: ORANGE,
                measures: [BLUE, ORANGE, GREEN],
                reference: Color32::from_rgb(0x33, 0x33, 0x33),
                error: Color32::from_rgb(0xB0, 0x1E, 0x1E),
                warning: Color32::from_rgb(0x8A, 0x4B, 0x00),
                ok: Color32::from_rgb(0x0B, 0x6E, 0x4F),
            },
            Theme::Dark => Self {
                background: Color32::from_rgb(0x1B, 0x1B, 0x1B),
                text: Color32::from_rgb(0xEC, 0xEC, 0xEE),
                muted: Color32::from_rgb(0xA8, 0xAC, 0xB3),
                card: Color32::from_rgb(0x26, 0x28, 0x2C),
                card_stroke: Color32::from_rgb(0x3A, 0x3D, 0x42),
                bar: SKY,
                bar_faded: Color32::from_rgb(0x3B, 0x55, 0x66),
                highlight: YELLOW,
                owned: SKY,
                rented: VERMILLION,
                measures: [SKY, VERMILLION, YELLOW],
                reference: Color32::from_rgb(0xDD, 0xDD, 0xDD),
                error: Color32::from_rgb(0xFF, 0x8A, 0x80),
                warning: Color32::from_rgb(0xF0, 0xC0, 0x60),
                ok: Color32::from_rgb(0x6F, 0xD6, 0xA8),
            },
        }
    }

    /// The projector's palette: the highest contrast, a white (or black) wall, no tint. Every
    /// text colour reads at 4.5:1 or better against the background and the cards.
    pub fn projector(theme: Theme) -> Self {
        match theme {
            Theme::Light => Self {
                background: Color32::WHITE,
                text: Color32::from_rgb(0x14, 0x14, 0x14),
                muted: Color32::from_rgb(0x3A, 0x3F, 0x47),
                card: Color32::from_rgb(0xF1, 0xF3, 0xF6),
                card_stroke: Color32::from_rgb(0xC4, 0xC8, 0xCE),
                bar: BLUE,
                bar_faded: Color32::from_rgb(0xB5, 0xC9, 0xD9),
                highlight: Color32::from_rgb(0xA8, 0x43, 0x00),
                owned: BLUE,
                rented: ORANGE,
                measures: [BLUE, ORANGE, GREEN],
                reference: Color32::from_rgb(0x14, 0x14, 0x14),
                error: Color32::from_rgb(0xB0, 0x1E, 0x1E),
                warning: Color32::from_rgb(0x8A, 0x4B, 0x00),
                ok: Color32::from_rgb(0x0B, 0x6E, 0x4F),
            },
            Theme::Dark => Self {
                background: Color32::from_rgb(0x11, 0x13, 0x18),
                text: Color32::from_rgb(0xF4, 0xF4, 0xF5),
                muted: Color32::from_rgb(0xC9, 0xCD, 0xD3),
                card: Color32::from_rgb(0x20, 0x24, 0x2B),
                card_stroke: Color32::from_rgb(0x3A, 0x3F, 0x47),
                bar: SKY,
                bar_faded: Color32::from_rgb(0x3B, 0x55, 0x66),
                highlight: YELLOW,
                owned: SKY,
                rented: VERMILLION,
                measures: [SKY, VERMILLION, YELLOW],
                reference: Color32::from_rgb(0xF4, 0xF4, 0xF5),
                error: Color32::from_rgb(0xFF, 0x8A, 0x80),
                warning: Color32::from_rgb(0xF0, 0xC0, 0x60),
                ok: Color32::from_rgb(0x6F, 0xD6, 0xA8),
            },
        }
    }

    /// Every colour text is drawn in on the background or on a card.
    pub fn text_colors(&self) -> [Color32; 6] {
        [
            self.text,
            self.muted,
            self.highlight,
            self.error,
            self.warning,
            self.ok,
        ]
    }

    /// The palette of the theme `ui` is drawn in.
    pub fn current(ui: &egui::Ui) -> Self {
        Self::of(if ui.visuals().dark_mode {
            Theme::Dark
        } else {
            Theme::Light
        })
    }
}

/// Type sizes of the workspace, in points.
pub mod size {
    /// Body text.
    pub const BODY: f32 = 15.0;
    /// Headings.
    pub const HEADING: f32 = 22.0;
    /// Chart titles.
    pub const CHART_TITLE: f32 = 20.0;
    /// Captions: sources, units.
    pub const SMALL: f32 = 13.0;
    /// The value on a key-figure tile.
    pub const TILE_VALUE: f32 = 30.0;
    /// Labels inside charts: names and values.
    pub const CHART_LABEL: f32 = 14.0;
    /// Height of one bar row in the charts, before zoom.
    pub const ROW: f32 = 26.0;
    /// Gap between bar rows, as a fraction of the bar height.
    pub const ROW_GAP: f32 = 0.45;
    /// Tile width.
    pub const TILE_WIDTH: f32 = 300.0;
    /// Outer margin of screens.
    pub const MARGIN: f32 = 16.0;
}

/// Installs the fonts and applies the workspace type sizes and spacing to both themes.
pub fn apply(ctx: &egui::Context) {
    install_fonts(ctx);
    ctx.all_styles_mut(workspace_style);
    for theme in [Theme::Light, Theme::Dark] {
        let palette = Palette::of(theme);
        ctx.style_mut_of(theme, |style| {
            let visuals: &mut Visuals = &mut style.visuals;
            visuals.override_text_color = Some(palette.text);
            visuals.widgets.noninteractive.fg_stroke = Stroke::new(1.0, palette.text);
            if theme == Theme::Light {
                visuals.panel_fill = palette.background;
                visuals.window_fill = Color32::WHITE;
                visuals.extreme_bg_color = Color32::WHITE;
            }
        });
    }
}

fn workspace_style(style: &mut Style) {
    use size::{BODY, HEADING, SMALL};
    style.text_styles = [
        (
            TextStyle::Heading,
            FontId::new(HEADING, FontFamily::Proportional),
        ),
        (TextStyle::Body, FontId::new(BODY, FontFamily::Proportional)),
        (
            TextStyle::Button,
            FontId::new(BODY, FontFamily::Proportional),
        ),
        (
            TextStyle::Small,
            FontId::new(SMALL, FontFamily::Proportional),
        ),
        (
            TextStyle::Monospace,
            FontId::new(SMALL, FontFamily::Monospace),
        ),
    ]
    .into();
    style.spacing.item_spacing = egui::vec2(8.0, 6.0);
    style.spacing.button_padding = egui::vec2(10.0, 4.0);
    style.spacing.interact_size.y = 26.0;
}

/// A font for chart text at `points`.
pub fn font(points: f32) -> FontId {
    FontId::new(points, FontFamily::Proportional)
}

/// The bold face at `points` (slide titles and values).
pub fn bold(points: f32) -> FontId {
    FontId::new(points, FontFamily::Name(BOLD_FAMILY.into()))
}

/// Puts PT Sans first, keeping egui's fonts behind it for symbols PT Sans lacks.
pub fn install_fonts(ctx: &egui::Context) {
    let mut fonts = FontDefinitions::default();
    fonts.font_data.insert(
        "pt-sans".to_owned(),
        Arc::new(FontData::from_static(REGULAR_FONT)),
    );
    fonts.font_data.insert(
        "pt-sans-bold".to_owned(),
        Arc::new(FontData::from_static(BOLD_FONT)),
    );
    let fallbacks = fonts
        .families
        .get(&FontFamily::Proportional)
        .cloned()
        .unwrap_or_default();
    fonts
        .families
        .entry(FontFamily::Proportional)
        .or_default()
        .insert(0, "pt-sans".to_owned());
    let mut bold = vec!["pt-sans-bold".to_owned()];
    bold.extend(fallbacks);
    fonts
        .families
        .insert(FontFamily::Name(BOLD_FAMILY.into()), bold);
    ctx.set_fonts(fonts);
}

/// Relative luminance per WCAG 2.
pub fn luminance(c: Color32) -> f32 {
    let channel = |v: u8| {
        let v = f32::from(v) / 255.0;
        if v <= 0.039_28 {
            v / 12.92
        } else {
            ((v + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(c.r()) + 0.7152 * channel(c.g()) + 0.0722 * channel(c.b())
}

/// WCAG contrast ratio of two colours, from 1 to 21.
pub fn contrast(a: Color32, b: Color32) -> f32 {
    let (x, y) = (luminance(a), luminance(b));
    (x.max(y) + 0.05) / (x.min(y) + 0.05)
}

/// Black or white, whichever reads better on `fill`.
pub fn text_on(fill: Color32) -> Color32 {
    if contrast(Color32::BLACK, fill) >= contrast(Color32::WHITE, fill) {
        Color32::BLACK
    } else {
        Color32::WHITE
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paired_series_differ_in_lightness_for_grayscale() {
        for theme in [Theme::Light, Theme::Dark] {
            let p = Palette::of(theme);
            let gap = |a, b| (luminance(a) - luminance(b)).abs();
            assert!(gap(p.owned, p.rented) > 0.15, "{theme:?} owned/rented");
            let [a, b, c] = p.measures;
            assert!(
                gap(a, b) > 0.1 && gap(b, c) > 0.1 && gap(a, c) > 0.08,
                "{theme:?} measures"
            );
            assert!(gap(p.bar, p.bar_faded) > 0.1, "{theme:?} faded bars");
        }
    }

    #[test]
    fn projector_text_reads_at_four_and_a_half_to_one() {
        for theme in [Theme::Light, Theme::Dark] {
            let p = Palette::projector(theme);
            for ground in [p.background, p.card] {
                for color in p.text_colors() {
                    let ratio = contrast(color, ground);
                    assert!(
                        ratio >= 4.5,
                        "{theme:?}: {color:?} on {ground:?} is {ratio:.2}:1"
                    );
                }
            }
            // Labels printed inside bars.
            let mut fills = vec![p.bar, p.owned, p.rented, p.highlight];
            fills.extend(p.measures);
            for fill in fills {
                let ratio = contrast(text_on(fill), fill);
                assert!(ratio >= 4.5, "{theme:?}: label on {fill:?} is {ratio:.2}:1");
            }
        }
    }

    #[test]
    fn projector_defaults_to_a_light_wall() {
        let light = Palette::projector(Theme::Light);
        assert!(luminance(light.background) > 0.9);
        assert!(luminance(Palette::projector(Theme::Dark).background) < 0.05);
    }

    #[test]
    fn contrast_matches_known_values() {
        assert!((contrast(Color32::BLACK, Color32::WHITE) - 21.0).abs() < 0.01);
        assert!((contrast(BLUE, Color32::WHITE) - 5.19).abs() < 0.02);
        assert_eq!(text_on(YELLOW), Color32::BLACK);
        assert_eq!(text_on(BLUE), Color32::WHITE);
    }

    #[test]
    fn text_reads_against_cards() {
        for theme in [Theme::Light, Theme::Dark] {
            let p = Palette::of(theme);
            assert!(contrast(p.text, p.card) >= 7.0, "{theme:?}");
            assert!(contrast(p.muted, p.card) >= 4.5, "{theme:?}");
        }
    }
}
