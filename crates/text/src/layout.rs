//! Paragraph layout: bidi, shaping, line breaking and wrapping through cosmic-text, kept as
//! plain data with character offsets.
//!
//! A [`ParagraphLayout`] is laid out in *physical pixels* (font size × pixels-per-point ×
//! zoom) so glyph positions land on the pixel grid the atlas rasterises for; its geometry
//! methods (see `geometry.rs`) speak egui points.

use std::ops::Range;

use cosmic_text as ct;

/// How to lay out one paragraph.
#[derive(Clone, Debug, PartialEq)]
pub struct ParagraphStyle {
    /// Font size in points (before zoom and pixels-per-point).
    pub font_size: f32,
    /// Line height as a multiple of the font size; Arabic with harakat needs about 1.6.
    pub line_height: f32,
    /// Bold weight.
    pub bold: bool,
    /// Wrap width in points; `None` lays the paragraph out on one line.
    pub wrap_width: Option<f32>,
    /// Physical pixels per point (egui's `pixels_per_point`, times any zoom applied to
    /// the font only).
    pub pixels_per_point: f32,
    /// Show at most this many lines, ending the last one with «…» when text is cut
    /// (needs a `wrap_width`). `None`: all lines.
    pub max_lines: Option<usize>,
}

impl ParagraphStyle {
    /// Body text at `font_size` points wrapped to `wrap_width` points, at 1 px per point.
    pub fn new(font_size: f32, wrap_width: Option<f32>) -> Self {
        Self {
            font_size,
            line_height: 1.6,
            bold: false,
            wrap_width,
            pixels_per_point: 1.0,
            max_lines: None,
        }
    }

    /// Font size in physical pixels, kept in a sane range so no input can make the shaper
    /// allocate absurd glyphs.
    pub(crate) fn font_px(&self) -> f32 {
        let px = self.font_size * self.ppp();
        if px.is_finite() {
            px.clamp(1.0, 1000.0)
        } else {
            16.0
        }
    }

    pub(crate) fn ppp(&self) -> f32 {
        let p = self.pixels_per_point;
        if p.is_finite() && p > 0.0 { p } else { 1.0 }
    }

    pub(crate) fn line_px(&self) -> f32 {
        let lh = if self.line_height.is_finite() {
            self.line_height.clamp(0.5, 5.0)
        } else {
            1.6
        };
        (self.font_px() * lh).ceil()
    }

    pub(crate) fn width_px(&self) -> Option<f32> {
        self.wrap_width
            .filter(|w| w.is_finite())
            .map(|w| (w.max(1.0) * self.ppp()).floor())
    }
}

/// One glyph as laid out, in physical pixels relative to its line's left edge / baseline.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Glyph {
    /// Left edge of the glyph's advance box.
    pub x: f32,
    /// Advance width.
    pub w: f32,
    /// The characters this glyph belongs to (its cluster), as char offsets into the
    /// paragraph. Several glyphs may share a cluster (base + marks), and one glyph may
    /// cover several characters (ligatures such as «لا»).
    pub start: u32,
    /// One past the cluster's last character.
    pub end: u32,
    /// True when the glyph belongs to a right-to-left bidi run.
    pub rtl: bool,
    pub(crate) font_id: ct::fontdb::ID,
    pub(crate) glyph_id: u16,
    pub(crate) font_px: f32,
    pub(crate) weight: ct::fontdb::Weight,
    pub(crate) x_offset: f32,
    pub(crate) y_offset: f32,
    pub(crate) flags: ct::CacheKeyFlags,
    /// True for the glyph of an invisible format character (a bidi control such as
    /// U+202B, a zero-width joiner): it keeps its place for hit-testing but is never
    /// painted, since fonts without it would show their «missing glyph» box.
    pub(crate) invisible: bool,
}

impl Glyph {
    /// The cluster's characters.
    pub fn chars(&self) -> Range<usize> {
        self.start as usize..self.end as usize
    }

    /// True when no font had a glyph for this cluster and the font's «.notdef» box
    /// (tofu) is shown.
    pub fn is_missing(&self) -> bool {
        self.glyph_id == 0
    }

    /// The atlas key and integer pixel position of this glyph when its line's baseline-left
    /// point sits at (`left`, `baseline`) in physical pixels.
    pub(crate) fn physical(&self, left: f32, baseline: f32) -> (ct::CacheKey, i32, i32) {
        let x = self.x + self.font_px * self.x_offset + left;
        let y = (baseline - self.font_px * self.y_offset).trunc();
        ct::CacheKey::new(
            self.font_id,
            self.glyph_id,
            self.font_px,
            (x, y),
            self.weight,
            self.flags,
        )
    }
}

/// One visual line of a paragraph.
#[derive(Clone, Debug, PartialEq)]
pub struct Line {
    /// Top of the line box, physical pixels from the paragraph's top.
    pub top: f32,
    /// Baseline, physical pixels from the paragraph's top.
    pub baseline: f32,
    /// Height of the line box in physical pixels.
    pub height: f32,
    /// Glyphs in visual order, left to right.
    pub glyphs: Vec<Glyph>,
    /// The characters on this line (logical order), as char offsets into the paragraph.
    pub chars: Range<usize>,
}

impl Line {
    /// Left and right ends of the inked advance boxes on this line, physical pixels.
    pub fn x_extent(&self) -> Option<(f32, f32)> {
        let first = self.glyphs.first()?;
        let last = self.glyphs.last()?;
        Some((first.x, last.x + last.w))
    }
}

/// A paragraph laid out at a given width, size and pixel density.
///
/// Invariants: `lines` is never empty (an empty paragraph has one empty line); lines are
/// stacked top to bottom without gaps; every glyph's `start..end` lies within
/// `0..char_len`.
#[derive(Clone, Debug, PartialEq)]
pub struct ParagraphLayout {
    pub(crate) lines: Vec<Line>,
    pub(crate) char_len: usize,
    pub(crate) rtl: bool,
    /// Physical pixels per point the layout was made for.
    pub(crate) ppp: f32,
    /// Width the paragraph was wrapped/aligned to, physical pixels (the widest line when
    /// not wrapped).
    pub(crate) width_px: f32,
}

impl ParagraphLayout {
    /// The visual lines, top to bottom.
    pub fn lines(&self) -> &[Line] {
        &self.lines
    }

    /// Number of characters in the paragraph.
    pub fn char_len(&self) -> usize {
        self.char_len
    }

    /// True when the paragraph's base direction is right-to-left (its first strong
    /// character is Arabic/Hebrew; a paragraph with none is left-to-right).
    pub fn is_rtl(&self) -> bool {
        self.rtl
    }

    /// Physical pixels per point this layout was made for.
    pub fn pixels_per_point(&self) -> f32 {
        self.ppp
    }

    /// Height in points.
    pub fn height(&self) -> f32 {
        self.lines.last().map_or(0.0, |l| l.top + l.height) / self.ppp
    }

    /// Width in points that the paragraph was aligned within.
    pub fn width(&self) -> f32 {
        self.width_px / self.ppp
    }

    /// Left edge and width in points of the ink (advance boxes) over all lines; `None` for
    /// a paragraph without glyphs.
    pub fn content_x_range(&self) -> Option<(f32, f32)> {
        let (l, r) = self
            .lines
            .iter()
            .filter_map(Line::x_extent)
            .fold((f32::INFINITY, f32::NEG_INFINITY), |(l, r), (a, b)| {
                (l.min(a), r.max(b))
            });
        (l <= r).then(|| (l / self.ppp, (r - l) / self.ppp))
    }

    /// The visual order of the characters on line `line`: the cluster start of every
    /// glyph, left to right, without repeats. Handy in tests and for debugging.
    pub fn visual_clusters(&self, line: usize) -> Vec<usize> {
        let mut out: Vec<usize> = Vec::new();
        if let Some(line) = self.lines.get(line) {
            for g in &line.glyphs {
                if out.last() != Some(&(g.start as usize)) {
                    out.push(g.start as usize);
                }
            }
        }
        out
    }
}

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
    let mut buffer_line = ct::BufferLine::new(
        text,
        ct::LineEnding::None,
        ct::AttrsList::new(&attrs),
        ct::Shaping::Advanced,
    );
    let rtl = buffer_line.shape(fonts, 8).rtl;
    let layout_lines = buffer_line.layout(
        fonts,
        font_px,
        width_px,
        ct::Wrap::WordOrGlyph,
        match style.max_lines {
            Some(n) if width_px.is_some() => {
                ct::Ellipsize::End(ct::EllipsizeHeightLimit::Lines(n.max(1)))
            }
            _ => ct::Ellipsize::None,
        },
        None,
        8,
        ct::Hinting::Disabled,
    );

    from_layout_lines(text, layout_lines, rtl, style)
}

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

    #[test]
    fn sanitize_keeps_char_count() {
        let s = "a\nب\u{2029}c\r\u{85}";
        let clean = sanitize(s);
        assert_eq!(clean.chars().count(), s.chars().count());
        assert!(!clean.chars().any(is_paragraph_separator));
        assert!(matches!(sanitize("نص عادي"), std::borrow::Cow::Borrowed(_)));
    }

    #[test]
    fn pixel_density_scales_sizes_but_not_points() {
        let mut style = ParagraphStyle::new(20.0, Some(100.0));
        style.pixels_per_point = 2.0;
        assert_eq!(style.font_px(), 40.0);
        assert_eq!(style.width_px(), Some(200.0));
        assert_eq!(style.line_px(), 64.0);
    }
}
