//! The pack's faces cut down to the characters a page uses, for embedding in the HTML: PT Sans
//! looks the same on every computer, at a fraction of the font's size.
//!
//! `allsorts` (the font library behind the Prince typesetter) keeps the tables a browser needs
//! and writes a Unicode `cmap` for the glyphs kept; a font it cannot cut is embedded whole.

use allsorts::binary::read::ReadScope;
use allsorts::font_data::FontData;
use allsorts::subset::{CmapTarget, SubsetProfile, subset};
use skrifa::{FontRef, MetadataProvider as _};

/// `font` with only the glyphs of the characters in `text` (and the glyph for a missing one),
/// or the whole font when it cannot be cut.
pub fn for_text(font: &'static [u8], text: &str) -> std::borrow::Cow<'static, [u8]> {
    cut(font, text).map_or(std::borrow::Cow::Borrowed(font), std::borrow::Cow::Owned)
}

fn cut(font: &[u8], text: &str) -> Option<Vec<u8>> {
    let charmap = FontRef::new(font).ok()?.charmap();
    let mut glyphs: Vec<u16> = std::iter::once(0)
        .chain(
            text.chars()
                .filter_map(|c| charmap.map(c))
                .filter_map(|g| u16::try_from(g.to_u32()).ok()),
        )
        .collect();
    glyphs.sort_unstable();
    glyphs.dedup();
    let data = ReadScope::new(font).read::<FontData<'_>>().ok()?;
    let provider = data.table_provider(0).ok()?;
    subset(
        &provider,
        &glyphs,
        &SubsetProfile::Minimal,
        CmapTarget::Unicode,
    )
    .ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cut_font_keeps_the_letters_asked_for_and_is_small() {
        let text = "Ақмола облысы, 2017 жылғы қараша — Акмолинская область";
        let cut = for_text(crate::style::REGULAR_FONT, text);
        assert!(
            cut.len() * 5 < crate::style::REGULAR_FONT.len(),
            "{} of {} bytes",
            cut.len(),
            crate::style::REGULAR_FONT.len()
        );
        let font = FontRef::new(&cut).expect("the cut font reads");
        let charmap = font.charmap();
        for c in text.chars().filter(|c| !c.is_whitespace()) {
            assert!(charmap.map(c).is_some(), "{c} is kept");
        }
        assert!(charmap.map('Ж').is_none(), "a letter not used is left out");
    }
}
