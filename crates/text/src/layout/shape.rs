//! Shaping one paragraph through cosmic-text: bidi, shaping and line breaking of the text
//! with its paragraph separators made spaces, so that «قال الوزير» keeps its offsets.

use cosmic_text as ct;

use super::convert::from_layout_lines;
use super::{ParagraphLayout, ParagraphStyle};

/// Characters that end a bidi paragraph (Unicode bidi class B). cosmic-text expects one
/// bidi paragraph per line, so inside a paragraph they are laid out as spaces.
fn is_paragraph_separator(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r' | '\u{1c}' | '\u{1d}' | '\u{1e}' | '\u{85}' | '\u{2029}' | '\u{2028}'
    )
}

/// Replaces paragraph separators by spaces, char for char, so offsets stay the same.
pub(crate) fn sanitize(text: &str) -> std::borrow::Cow<'_, str> {
    if text.chars().any(is_paragraph_separator) {
        text.chars()
            .map(|c| if is_paragraph_separator(c) { ' ' } else { c })
            .collect::<String>()
            .into()
    } else {
        text.into()
    }
}

/// Lays out `text` as one paragraph in `family` (falling back per character to any font
/// that has the glyph; the bundled fonts cover Arabic, Latin, digits and punctuation).
///
/// Base direction comes from the first strong character (UAX #9 rules P2–P3); lines break
/// at UAX #14 opportunities (inside a word only when it is wider than the line); RTL
/// paragraphs are right-aligned, LTR ones left-aligned.
pub fn layout_paragraph(
    fonts: &mut ct::FontSystem,
    family: &str,
    text: &str,
    style: &ParagraphStyle,
) -> ParagraphLayout {
    let clean = sanitize(text);
    let text: &str = &clean;
    let font_px = style.font_px();
    let width_px = style.width_px();

    let weight = if style.bold {
        ct::Weight::BOLD
    } else {
        ct::Weight::NORMAL
    };
    let attrs = ct::Attrs::new()
        .family(ct::Family::Name(family))
        .weight(weight);
    let new_line = || {
        ct::BufferLine::new(
            text,
            ct::LineEnding::None,
            ct::AttrsList::new(&attrs),
            ct::Shaping::Advanced,
        )
    };
    let lay = |line: &'_ mut ct::BufferLine, fonts: &mut ct::FontSystem, ellipsize| {
        line.shape(fonts, 8);
        line.layout(
            fonts,
            font_px,
            width_px,
            ct::Wrap::WordOrGlyph,
            ellipsize,
            None,
            8,
            ct::Hinting::Disabled,
        )
        .len()
    };
    let mut line = new_line();
    let rtl = line.shape(fonts, 8).rtl;
    let lines = lay(&mut line, fonts, ct::Ellipsize::None);
    // Ellipsize only text that does not fit: cosmic-text's ellipsis drops a leading
    // left-to-right run of an RTL line even where nothing is cut («17 نوفمبر» showed
    // «نوفمبر»). A fresh line for it: a line keeps its first layout whatever is asked next.
    let limit = style
        .max_lines
        .filter(|_| width_px.is_some())
        .map(|n| n.max(1));
    if let Some(n) = limit.filter(|&n| lines > n) {
        line = new_line();
        lay(
            &mut line,
            fonts,
            ct::Ellipsize::End(ct::EllipsizeHeightLimit::Lines(n)),
        );
    }
    let layout_lines = line.layout_opt().map_or(&[][..], Vec::as_slice);
    from_layout_lines(text, layout_lines, rtl, style)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sanitize_keeps_char_count() {
        let s = "a\nب\u{2029}c\r\u{85}";
        let clean = sanitize(s);
        assert_eq!(clean.chars().count(), s.chars().count());
        assert!(!clean.chars().any(is_paragraph_separator));
        assert!(matches!(sanitize("نص عادي"), std::borrow::Cow::Borrowed(_)));
    }
}
