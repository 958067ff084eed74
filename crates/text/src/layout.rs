//! Paragraph layout: bidi, shaping, line breaking and wrapping through cosmic-text, kept as
//! plain data with character offsets.
//!
//! A [`ParagraphLayout`] is laid out in *physical pixels* (font size × pixels-per-point ×
//! zoom) so glyph positions land on the pixel grid the atlas rasterises for; its geometry
//! methods (see `geometry.rs`) speak egui points.

use std::ops::Range;

use cosmic_text as ct;

mod convert;
mod shape;

pub(crate) use convert::from_layout_lines;
pub use shape::layout_paragraph;

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pixel_density_scales_sizes_but_not_points() {
        let mut style = ParagraphStyle::new(20.0, Some(100.0));
        style.pixels_per_point = 2.0;
        assert_eq!(style.font_px(), 40.0);
        assert_eq!(style.width_px(), Some(200.0));
        assert_eq!(style.line_px(), 64.0);
    }
}
