//! Integration tests of the text layer: visual order, line breaks, hit-testing, range
//! geometry, robustness, and the widgets' accessibility.

mod geometry;
mod layout;
mod robustness;
mod text_input;
mod widgets;

use sahifa_text::{ParagraphLayout, ParagraphStyle, TextSystem};

/// Bundled fonts only, so results do not depend on the machine.
pub fn system() -> TextSystem {
    TextSystem::bundled_only()
}

/// Noto Naskh 20 px, wrapped at `width` points (None: one line), 1 px per point.
pub fn lay(ts: &mut TextSystem, text: &str, width: Option<f32>) -> ParagraphLayout {
    ts.layout(text, &ParagraphStyle::new(20.0, width))
}

/// Char offset of the first occurrence of `needle` in `text`.
pub fn char_offset(text: &str, needle: &str) -> usize {
    let byte = text
        .find(needle)
        .unwrap_or_else(|| panic!("{needle:?} not in {text:?}"));
    text[..byte].chars().count()
}

/// The char range of the first occurrence of `needle`.
pub fn char_range(text: &str, needle: &str) -> std::ops::Range<usize> {
    let s = char_offset(text, needle);
    s..s + needle.chars().count()
}

/// Left edge (px) of the first glyph whose cluster contains char `offset`, and its line.
pub fn glyph_x(layout: &ParagraphLayout, offset: usize) -> (usize, f32) {
    for (li, line) in layout.lines().iter().enumerate() {
        for g in &line.glyphs {
            if g.chars().contains(&offset) {
                return (li, g.x);
            }
        }
    }
    panic!("no glyph for char {offset}");
}
