//! Design tokens: the fonts, the colours and the type sizes every surface is drawn with. No
//! egui here: `ui::theme` applies these to the workspace and the slides, and the exports (PDF,
//! SVG, PNG and the HTML's CSS) are generated from the same values, so a colour changed here
//! changes on screen and in print.
//!
//! Chart colours are from the Okabe–Ito palette, chosen so that each pair used together differs
//! in lightness too and still reads when printed in grayscale.

/// PT Sans, made for the languages of Russia and Central Asia: Cyrillic with every Kazakh
/// letter, and heavier than egui's default face, so it holds up on a projector.
pub const REGULAR_FONT: &[u8] = include_bytes!("../assets/fonts/PTSans-Regular.ttf");
/// PT Sans Bold: titles and values.
pub const BOLD_FONT: &[u8] = include_bytes!("../assets/fonts/PTSans-Bold.ttf");
/// The few characters PT Sans lacks (the tenge sign ₸, arrows, `≈ ≤ ≥`), from `DejaVu Sans`: every
/// surface falls back to it character by character.
pub const SYMBOLS_FONT: &[u8] = include_bytes!("../assets/fonts/DejaVuSans-Symbols.ttf");
/// The same in bold.
pub const SYMBOLS_BOLD_FONT: &[u8] = include_bytes!("../assets/fonts/DejaVuSans-Bold-Symbols.ttf");
/// The family name of [`SYMBOLS_FONT`], for SVG and CSS.
pub const SYMBOLS_FAMILY: &str = "DejaVu Sans";

/// A colour, 8 bits per channel, opaque.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// Black.
    pub const BLACK: Self = Self(0, 0, 0);
    /// White.
    pub const WHITE: Self = Self(0xFF, 0xFF, 0xFF);

    /// `#rrggbb`.
    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }

    /// Relative luminance per WCAG 2.
    pub fn luminance(self) -> f32 {
        let channel = |v: u8| {
            let v = f32::from(v) / 255.0;
            if v <= 0.039_28 {
                v / 12.92
            } else {
                ((v + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(self.0) + 0.7152 * channel(self.1) + 0.0722 * channel(self.2)
    }
}

/// WCAG contrast ratio of two colours, from 1 to 21.
pub fn contrast(a: Rgb, b: Rgb) -> f32 {
    let (x, y) = (a.luminance(), b.luminance());
    (x.max(y) + 0.05) / (x.min(y) + 0.05)
}

/// Black or white, whichever reads better on `fill`.
pub fn text_on(fill: Rgb) -> Rgb {
    if contrast(Rgb::BLACK, fill) >= contrast(Rgb::WHITE, fill) {
        Rgb::BLACK
    } else {
        Rgb::WHITE
    }
}

/// Okabe–Ito blue: the main series, owned premises, crimes.
pub const BLUE: Rgb = Rgb(0x00, 0x72, 0xB2);
/// Okabe–Ito orange: rented premises, persons prosecuted.
pub const ORANGE: Rgb = Rgb(0xE6, 0x9F, 0x00);
/// Okabe–Ito bluish green: managers.
pub const GREEN: Rgb = Rgb(0x00, 0x9E, 0x73);
/// Okabe–Ito vermillion: the highlighted district, warnings that matter.
pub const VERMILLION: Rgb = Rgb(0xD5, 0x5E, 0x00);
/// Okabe–Ito yellow: the third series and the highlight on a dark background.
pub const YELLOW: Rgb = Rgb(0xF0, 0xE4, 0x42);
/// Okabe–Ito sky blue: the main series on a dark background.
pub const SKY: Rgb = Rgb(0x56, 0xB4, 0xE9);

/// What a chart series shows; each surface's palette gives it a colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SeriesRole {
    /// The one value compared (districts on a metric).
    Value,
    /// Centres in owned premises.
    Owned,
    /// Centres in rented premises.
    Rented,
    /// Corruption crimes.
    Crimes,
    /// Persons prosecuted.
    Persons,
    /// Managers among them.
    Managers,
}

/// The colours of one surface.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Palette {
    /// Behind everything.
    pub background: Rgb,
    /// Main text.
    pub text: Rgb,
    /// Secondary text: sources, units, captions.
    pub muted: Rgb,
    /// Tile and card background (on paper: the fill behind notes).
    pub card: Rgb,
    /// Card outline, table rules.
    pub card_stroke: Rgb,
    /// The main bar colour; also the accent rule of titles.
    pub bar: Rgb,
    /// Bars that are not highlighted while one is.
    pub bar_faded: Rgb,
    /// The highlighted bar.
    pub highlight: Rgb,
    /// Owned premises.
    pub owned: Rgb,
    /// Rented premises.
    pub rented: Rgb,
    /// The three corruption measures.
    pub measures: [Rgb; 3],
    /// Reference lines.
    pub reference: Rgb,
    /// Errors.
    pub error: Rgb,
    /// Warnings, and illustrative figures.
    pub warning: Rgb,
    /// Success ("saved").
    pub ok: Rgb,
    /// The fill of a text field.
    pub field: Rgb,
    /// The outline of a text field (and of a button, a box to tick) at rest: 3:1 or better
    /// against the background and the cards, so everyone sees where to type.
    pub field_stroke: Rgb,
}

impl Palette {
    /// The workspace on a laptop, light or dark.
    pub fn workspace(dark: bool) -> Self {
        if dark {
            Self {
                background: Rgb(0x1B, 0x1B, 0x1B),
                text: Rgb(0xEC, 0xEC, 0xEE),
                muted: Rgb(0xA8, 0xAC, 0xB3),
                card: Rgb(0x26, 0x28, 0x2C),
                card_stroke: Rgb(0x3A, 0x3D, 0x42),
                bar: SKY,
                bar_faded: Rgb(0x3B, 0x55, 0x66),
                highlight: YELLOW,
                owned: SKY,
                rented: VERMILLION,
                measures: [SKY, VERMILLION, YELLOW],
                reference: Rgb(0xDD, 0xDD, 0xDD),
                error: Rgb(0xFF, 0x8A, 0x80),
                warning: Rgb(0xF0, 0xC0, 0x60),
                ok: Rgb(0x6F, 0xD6, 0xA8),
                field: Rgb(0x14, 0x15, 0x17),
                field_stroke: Rgb(0x76, 0x7B, 0x84),
            }
        } else {
            Self {
                background: Rgb(0xF4, 0xF5, 0xF7),
                text: Rgb(0x1C, 0x1C, 0x1E),
                muted: Rgb(0x55, 0x58, 0x5E),
                card: Rgb::WHITE,
                card_stroke: Rgb(0xD8, 0xDA, 0xDE),
                bar: BLUE,
                bar_faded: Rgb(0xB5, 0xC9, 0xD9),
                highlight: VERMILLION,
                owned: BLUE,
                rented: ORANGE,
                measures: [BLUE, ORANGE, GREEN],
                reference: Rgb(0x33, 0x33, 0x33),
                error: Rgb(0xB0, 0x1E, 0x1E),
                warning: Rgb(0x8A, 0x4B, 0x00),
                ok: Rgb(0x0B, 0x6E, 0x4F),
                field: Rgb::WHITE,
                field_stroke: Rgb(0x80, 0x85, 0x8E),
            }
        }
    }

    /// The projector: the highest contrast, a white (or black) wall, no tint. Every text colour
    /// reads at 4.5:1 or better against the background and the cards.
    pub fn projector(dark: bool) -> Self {
        if dark {
            Self {
                background: Rgb(0x11, 0x13, 0x18),
                text: Rgb(0xF4, 0xF4, 0xF5),
                muted: Rgb(0xC9, 0xCD, 0xD3),
                card: Rgb(0x20, 0x24, 0x2B),
                card_stroke: Rgb(0x3A, 0x3F, 0x47),
                reference: Rgb(0xF4, 0xF4, 0xF5),
                ..Self::workspace(true)
            }
        } else {
            Self {
                background: Rgb::WHITE,
                text: Rgb(0x14, 0x14, 0x14),
                muted: Rgb(0x3A, 0x3F, 0x47),
                card: Rgb(0xF1, 0xF3, 0xF6),
                card_stroke: Rgb(0xC4, 0xC8, 0xCE),
                highlight: Rgb(0xA8, 0x43, 0x00),
                reference: Rgb(0x14, 0x14, 0x14),
                ..Self::workspace(false)
            }
        }
    }

    /// Paper: the PDF, the HTML page, the Markdown's pictures and saved charts. White, with the
    /// workspace's light colours for ink.
    pub fn paper() -> Self {
        Self {
            background: Rgb::WHITE,
            card: Rgb(0xF4, 0xF5, 0xF7),
            ..Self::workspace(false)
        }
    }

    /// The fill of a series.
    pub fn series(&self, role: SeriesRole) -> Rgb {
        match role {
            SeriesRole::Value => self.bar,
            SeriesRole::Owned => self.owned,
            SeriesRole::Rented => self.rented,
            SeriesRole::Crimes => self.measures[0],
            SeriesRole::Persons => self.measures[1],
            SeriesRole::Managers => self.measures[2],
        }
    }

    /// Every colour text is drawn in on the background or on a card.
    pub fn text_colors(&self) -> [Rgb; 6] {
        [
            self.text,
            self.muted,
            self.highlight,
            self.error,
            self.warning,
            self.ok,
        ]
    }
}

/// Type sizes and spacing of the workspace, in points (before zoom).
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paired_series_differ_in_lightness_for_grayscale() {
        for dark in [false, true] {
            let p = Palette::workspace(dark);
            let gap = |a: Rgb, b: Rgb| (a.luminance() - b.luminance()).abs();
            assert!(gap(p.owned, p.rented) > 0.15, "dark {dark}: owned/rented");
            let [a, b, c] = p.measures;
            assert!(
                gap(a, b) > 0.1 && gap(b, c) > 0.1 && gap(a, c) > 0.08,
                "dark {dark}: measures"
            );
            assert!(gap(p.bar, p.bar_faded) > 0.1, "dark {dark}: faded bars");
        }
    }

    #[test]
    fn projector_text_reads_at_four_and_a_half_to_one() {
        for dark in [false, true] {
            let p = Palette::projector(dark);
            for ground in [p.background, p.card] {
                for color in p.text_colors() {
                    let ratio = contrast(color, ground);
                    assert!(
                        ratio >= 4.5,
                        "dark {dark}: {color:?} on {ground:?} is {ratio:.2}:1"
                    );
                }
            }
            // Labels printed inside bars.
            let mut fills = vec![p.bar, p.owned, p.rented, p.highlight];
            fills.extend(p.measures);
            for fill in fills {
                let ratio = contrast(text_on(fill), fill);
                assert!(
                    ratio >= 4.5,
                    "dark {dark}: label on {fill:?} is {ratio:.2}:1"
                );
            }
        }
    }

    #[test]
    fn paper_ink_reads_on_white_and_on_note_fills() {
        let p = Palette::paper();
        for ground in [p.background, p.card] {
            for color in [p.text, p.muted, p.warning, p.bar] {
                assert!(contrast(color, ground) >= 4.5, "{color:?} on {ground:?}");
            }
        }
    }

    #[test]
    fn contrast_matches_known_values() {
        assert!((contrast(Rgb::BLACK, Rgb::WHITE) - 21.0).abs() < 0.01);
        assert!((contrast(BLUE, Rgb::WHITE) - 5.19).abs() < 0.02);
        assert_eq!(text_on(YELLOW), Rgb::BLACK);
        assert_eq!(text_on(BLUE), Rgb::WHITE);
        assert_eq!(BLUE.hex(), "#0072b2");
    }

    #[test]
    fn text_reads_against_cards() {
        for dark in [false, true] {
            let p = Palette::workspace(dark);
            assert!(contrast(p.text, p.card) >= 7.0, "dark {dark}");
            assert!(contrast(p.muted, p.card) >= 4.5, "dark {dark}");
        }
    }

    #[test]
    fn a_field_outline_shows_on_every_ground() {
        for dark in [false, true] {
            let p = Palette::workspace(dark);
            for ground in [p.card, p.background, p.field] {
                let ratio = contrast(p.field_stroke, ground);
                assert!(ratio >= 3.0, "dark {dark}: {ratio:.2}:1 on {ground:?}");
            }
        }
    }
}
