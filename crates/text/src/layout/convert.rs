//! From cosmic-text's laid-out lines to a [`ParagraphLayout`]: glyphs in left-to-right
//! order with char offsets, lines on whole-pixel baselines, line ranges made contiguous.

use cosmic_text as ct;

use super::{Glyph, Line, ParagraphLayout, ParagraphStyle};

/// True when `cluster` is only format characters that have no look of their own (see
/// [`sahifa_model::arabic::is_invisible`]: bidi controls, joiners, BOM, soft hyphen).
fn is_invisible_format(cluster: &str) -> bool {
    !cluster.is_empty() && cluster.chars().all(sahifa_model::arabic::is_invisible)
}

/// Converts cosmic-text's layout of `text` (one bidi paragraph) into a [`ParagraphLayout`].
pub(crate) fn from_layout_lines(
    text: &str,
    layout_lines: &[ct::LayoutLine],
    rtl: bool,
    style: &ParagraphStyle,
) -> ParagraphLayout {
    let char_len = text.chars().count();
    let line_px = style.line_px();
    let chars = CharOfByte::new(text);
    let mut lines = Vec::with_capacity(layout_lines.len().max(1));
    let mut top = 0.0f32;
    let mut widest = 0.0f32;
    for ll in layout_lines {
        let line = line_of(ll, glyphs_of(ll, text, &chars), top, line_px);
        top += line.height;
        widest = widest.max(ll.w);
        lines.push(line);
    }
    if lines.is_empty() {
        lines.push(Line {
            top: 0.0,
            baseline: (line_px * 0.75).round(),
            height: line_px,
            glyphs: Vec::new(),
            chars: 0..0,
        });
    }
    make_contiguous(&mut lines, char_len);
    ParagraphLayout {
        lines,
        char_len,
        rtl,
        ppp: style.ppp(),
        width_px: style.width_px().unwrap_or(widest),
    }
}

/// Byte offset → char offset of a text, for converting cluster boundaries.
struct CharOfByte {
    chars: Vec<u32>,
    count: u32,
}

impl CharOfByte {
    fn new(text: &str) -> Self {
        let mut chars = vec![0u32; text.len() + 1];
        let mut count = 0u32;
        for (b, c) in text.char_indices() {
            for slot in &mut chars[b..b + c.len_utf8()] {
                *slot = count;
            }
            count += 1;
        }
        chars[text.len()] = count;
        Self { chars, count }
    }

    /// The char at byte `b`; the char count past the end.
    fn at(&self, b: usize) -> u32 {
        self.chars.get(b).copied().unwrap_or(self.count)
    }
}

/// The glyphs of one laid-out line, left to right.
fn glyphs_of(ll: &ct::LayoutLine, text: &str, chars: &CharOfByte) -> Vec<Glyph> {
    let mut glyphs: Vec<Glyph> = ll
        .glyphs
        .iter()
        .map(|g| Glyph {
            x: g.x,
            w: g.w,
            start: chars.at(g.start),
            end: chars.at(g.end).max(chars.at(g.start)),
            rtl: g.level.is_rtl(),
            font_id: g.font_id,
            glyph_id: g.glyph_id,
            font_px: g.font_size,
            weight: g.font_weight,
            x_offset: g.x_offset,
            y_offset: g.y_offset,
            flags: g.cache_key_flags,
            invisible: text.get(g.start..g.end).is_some_and(is_invisible_format),
        })
        .collect();
    // cosmic-text keeps runs in visual order but RTL glyphs right to left; sort so the
    // line reads left to right (stable: marks stay after their base).
    glyphs.sort_by(|a, b| a.x.total_cmp(&b.x));
    glyphs
}

/// A line at `top`: at least `line_px` high, its glyphs centred vertically on a whole-pixel
/// baseline.
fn line_of(ll: &ct::LayoutLine, glyphs: Vec<Glyph>, top: f32, line_px: f32) -> Line {
    let start = glyphs.iter().map(|g| g.start as usize).min().unwrap_or(0);
    let end = glyphs.iter().map(|g| g.end as usize).max().unwrap_or(start);
    let glyph_height = ll.max_ascent + ll.max_descent;
    let height = line_px.max(glyph_height.ceil());
    Line {
        top,
        baseline: top + ((height - glyph_height) / 2.0 + ll.max_ascent).round(),
        height,
        glyphs,
        chars: start..end,
    }
}

/// Makes line ranges contiguous so every offset belongs to a line: a line ends where the
/// next begins (spaces swallowed at a wrap belong to the line they end).
fn make_contiguous(lines: &mut [Line], char_len: usize) {
    let n = lines.len();
    for i in 0..n {
        let next_start = if i + 1 < n {
            lines[i + 1].chars.start
        } else {
            char_len
        };
        let start = if i == 0 { 0 } else { lines[i - 1].chars.end };
        lines[i].chars = start.min(next_start)..next_start.max(start);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bidi_controls_keep_their_place_but_are_not_painted_as_boxes() {
        let text = "قال \u{202B}الوزير\u{202C} \u{2067}x\u{2069}\u{200F}";
        let mut ts = crate::TextSystem::bundled_only();
        let layout = ts.layout(text, &ParagraphStyle::new(20.0, None));
        let chars: Vec<char> = text.chars().collect();
        let glyphs: Vec<&Glyph> = layout.lines().iter().flat_map(|l| &l.glyphs).collect();
        for g in &glyphs {
            let controls = g
                .chars()
                .all(|i| is_invisible_format(&chars[i].to_string()));
            assert_eq!(g.invisible, controls, "glyph of {:?}", &chars[g.chars()]);
        }
        assert_eq!(glyphs.iter().filter(|g| g.invisible).count(), 5);
        assert!(
            !is_invisible_format("ل\u{200D}"),
            "a joiner inside a cluster is kept"
        );
    }
}
