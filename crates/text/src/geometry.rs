//! Geometry of a laid-out paragraph in logical character offsets: hit-testing and the
//! rectangles covering a range of characters.
//!
//! All positions are egui points relative to the paragraph's top-left corner. Inside a
//! cluster that covers several characters (a ligature), the cluster's advance is split
//! evenly between its characters, in the cluster's reading direction.

use egui::{Pos2, Rect, pos2};

use crate::layout::{Glyph, Line, ParagraphLayout};

impl ParagraphLayout {
    /// Index of the line at height `y` points, clamped to the first/last line.
    pub fn line_at(&self, y: f32) -> usize {
        let y = y * self.ppp;
        let idx = self.lines.partition_point(|l| l.top + l.height <= y);
        idx.min(self.lines.len().saturating_sub(1))
    }

    /// The character under `pos`, if the point lies on a glyph's advance box (not on the
    /// margins, not between lines). This is what a click or a hover means.
    pub fn char_at(&self, pos: Pos2) -> Option<usize> {
        let y = pos.y * self.ppp;
        let line = self
            .lines
            .iter()
            .find(|l| l.top <= y && y < l.top + l.height)?;
        let x = pos.x * self.ppp;
        let g = line
            .glyphs
            .iter()
            .find(|g| g.w > 0.0 && g.x <= x && x < g.x + g.w)?;
        let n = (g.end - g.start).max(1) as f32;
        let frac = reading_fraction(g, x);
        let k = ((frac * n).floor() as u32).min(g.end.saturating_sub(g.start + 1));
        Some((g.start + k) as usize)
    }

    /// The caret position (a char offset in `0..=char_len`) nearest to `pos`: the boundary
    /// between the two characters the point falls between, as for placing a selection end.
    pub fn caret_at(&self, pos: Pos2) -> usize {
        let line = &self.lines[self.line_at(pos.y)];
        let x = pos.x * self.ppp;
        let Some(g) = nearest_glyph(line, x) else {
            return line.chars.start;
        };
        let n = (g.end - g.start) as f32;
        let frac = reading_fraction(g, x).clamp(0.0, 1.0);
        let caret = g.start as usize + (frac * n).round() as usize;
        caret.clamp(line.chars.start, line.chars.end.max(line.chars.start))
    }

    /// Rectangles (points) covering exactly the glyphs of the characters `range`, one or
    /// more per line, merged where they touch. Empty for an empty range.
    pub fn range_rects(&self, range: std::ops::Range<usize>) -> Vec<Rect> {
        let mut out = Vec::new();
        if range.start >= range.end {
            return out;
        }
        let mut spans: Vec<(f32, f32)> = Vec::new();
        for line in &self.lines {
            if line.chars.end <= range.start && !line.chars.is_empty() {
                continue;
            }
            if line.chars.start >= range.end {
                break;
            }
            spans.clear();
            for g in &line.glyphs {
                if let Some(span) = glyph_span(g, &range) {
                    spans.push(span);
                }
            }
            spans.sort_by(|a, b| a.0.total_cmp(&b.0));
            let mut merged: Option<(f32, f32)> = None;
            for &(a, b) in spans.iter() {
                merged = match merged {
                    Some((ma, mb)) if a <= mb + 0.5 => Some((ma, mb.max(b))),
                    Some(m) => {
                        out.push(self.rect(line, m));
                        Some((a, b))
                    }
                    None => Some((a, b)),
                };
            }
            if let Some(m) = merged {
                out.push(self.rect(line, m));
            }
        }
        out
    }

    /// The x position (points) of the caret at char offset `offset`, with the index of its
    /// line: the leading edge of the character at `offset`, or the trailing edge of the
    /// previous one at a line's end.
    pub fn caret_x(&self, offset: usize) -> (usize, f32) {
        let offset = offset.min(self.char_len);
        let li = self
            .lines
            .iter()
            .position(|l| offset < l.chars.end)
            .unwrap_or(self.lines.len() - 1);
        let line = &self.lines[li];
        for g in &line.glyphs {
            if (g.start as usize..g.end as usize).contains(&offset) {
                let n = (g.end - g.start) as f32;
                let k = (offset - g.start as usize) as f32 / n;
                let x = if g.rtl {
                    g.x + g.w * (1.0 - k)
                } else {
                    g.x + g.w * k
                };
                return (li, x / self.ppp);
            }
        }
        // At the end of the line: after the logically last glyph.
        let last = line.glyphs.iter().max_by_key(|g| g.end);
        let x = match last {
            Some(g) if g.rtl => g.x,
            Some(g) => g.x + g.w,
            None if self.rtl => self.width_px,
            None => 0.0,
        };
        (li, x / self.ppp)
    }

    fn rect(&self, line: &Line, (a, b): (f32, f32)) -> Rect {
        let s = 1.0 / self.ppp;
        Rect::from_min_max(
            pos2(a * s, line.top * s),
            pos2(b * s, (line.top + line.height) * s),
        )
    }
}

/// How far into glyph `g` the pixel `x` lies, measured from the side where its cluster's
/// reading starts (right for RTL); may fall outside 0..1 for points off the glyph.
fn reading_fraction(g: &Glyph, x: f32) -> f32 {
    if g.w <= 0.0 {
        return 0.0;
    }
    let f = (x - g.x) / g.w;
    if g.rtl { 1.0 - f } else { f }
}

/// The glyph with an advance whose box contains `x`, else the one nearest to it.
fn nearest_glyph(line: &Line, x: f32) -> Option<&Glyph> {
    let mut best: Option<(&Glyph, f32)> = None;
    for g in line.glyphs.iter().filter(|g| g.w > 0.0) {
        let d = if x < g.x {
            g.x - x
        } else if x >= g.x + g.w {
            x - (g.x + g.w)
        } else {
            return Some(g);
        };
        if best.is_none_or(|(_, bd)| d < bd) {
            best = Some((g, d));
        }
    }
    best.map(|(g, _)| g).or(line.glyphs.first())
}

/// The horizontal span (physical px) of the part of `g` that belongs to `range`.
fn glyph_span(g: &Glyph, range: &std::ops::Range<usize>) -> Option<(f32, f32)> {
    let (gs, ge) = (g.start as usize, g.end as usize);
    let s = range.start.max(gs);
    let e = range.end.min(ge);
    if s >= e || g.w <= 0.0 {
        return None;
    }
    let n = (ge - gs) as f32;
    let (fs, fe) = ((s - gs) as f32 / n, (e - gs) as f32 / n);
    Some(if g.rtl {
        (g.x + g.w * (1.0 - fe), g.x + g.w * (1.0 - fs))
    } else {
        (g.x + g.w * fs, g.x + g.w * fe)
    })
}
