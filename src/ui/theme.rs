//! The design tokens of [`crate::style`] applied to egui: fonts, text styles, spacing and the
//! workspace's light and dark visuals. Nothing here picks a colour or a size of its own.

use std::sync::Arc;

use egui::{
    Color32, FontData, FontDefinitions, FontFamily, FontId, Stroke, Style, TextStyle, Theme,
    Visuals,
};

pub use crate::style::{BOLD_FONT, Palette, REGULAR_FONT, Rgb, size};

/// Name of the bold font family.
const BOLD_FAMILY: &str = "bold";

impl From<Rgb> for Color32 {
    #[expect(
        clippy::disallowed_methods,
        reason = "the one place a design token becomes an egui colour"
    )]
    fn from(c: Rgb) -> Self {
        Color32::from_rgb(c.0, c.1, c.2)
    }
}

impl Palette {
    /// The workspace palette of a theme.
    pub fn of(theme: Theme) -> Self {
        Self::workspace(theme == Theme::Dark)
    }

    /// The palette of the theme `ui` is drawn in.
    pub fn current(ui: &egui::Ui) -> Self {
        Self::workspace(ui.visuals().dark_mode)
    }
}

/// Installs the fonts and applies the workspace type sizes and spacing to both themes.
pub fn apply(ctx: &egui::Context) {
    install_fonts(ctx);
    ctx.all_styles_mut(workspace_style);
    for theme in [Theme::Light, Theme::Dark] {
        let palette = Palette::of(theme);
        ctx.style_mut_of(theme, |style| {
            let visuals: &mut Visuals = &mut style.visuals;
            visuals.override_text_color = Some(palette.text.into());
            visuals.widgets.noninteractive.fg_stroke = Stroke::new(1.0, palette.text);
            // Every field shows where to type, in both themes: an outline at rest.
            visuals.text_edit_bg_color = Some(palette.field.into());
            visuals.widgets.inactive.bg_stroke = Stroke::new(1.0, palette.field_stroke);
            // A steady text cursor: a blinking one repaints the window twice a second for as
            // long as a field has the keyboard (about 9 % of a core under software rendering).
            visuals.text_cursor.blink = false;
            // Links (a recommendation's evidence) in the chart blue, which reads on the cards.
            visuals.hyperlink_color = palette.bar.into();
            if theme == Theme::Light {
                visuals.panel_fill = palette.background.into();
                visuals.window_fill = palette.card.into();
                visuals.extreme_bg_color = palette.card.into();
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
    fonts.font_data.insert(
        "symbols".to_owned(),
        Arc::new(FontData::from_static(crate::style::SYMBOLS_FONT)),
    );
    fonts.font_data.insert(
        "symbols-bold".to_owned(),
        Arc::new(FontData::from_static(crate::style::SYMBOLS_BOLD_FONT)),
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
        .splice(0..0, ["pt-sans".to_owned(), "symbols".to_owned()]);
    let mut bold = vec!["pt-sans-bold".to_owned(), "symbols-bold".to_owned()];
    bold.extend(fallbacks);
    fonts
        .families
        .insert(FontFamily::Name(BOLD_FAMILY.into()), bold);
    ctx.set_fonts(fonts);
}

/// Black or white, whichever reads better on `fill` (labels inside bars).
pub fn text_on(fill: Color32) -> Color32 {
    crate::style::text_on(Rgb(fill.r(), fill.g(), fill.b())).into()
}
