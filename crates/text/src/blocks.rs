//! Lazy layout of a document's blocks for the article view: per-block styles, estimated
//! and measured heights, and a cache of the layouts near the viewport. The units laid out
//! are [`Piece`]s: the blocks, with very long ones cut (see [`crate::pieces`]); "block
//! `i`" below means piece `i`.

use std::collections::HashMap;
use std::sync::Arc;

use sahifa_model::{BlockKind, Document};

use crate::layout::{ParagraphLayout, ParagraphStyle};
use crate::pieces::{Piece, pieces_of};
use crate::system::TextSystem;

/// Layouts kept when they have not been visible for a while.
const KEEP_LAYOUTS: usize = 400;

/// How a kind of block is set.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct BlockLook {
    /// Font size as a multiple of the body size.
    pub scale: f32,
    pub bold: bool,
    /// Space above and below, in multiples of the body size.
    pub before: f32,
    pub after: f32,
    /// Inset from both column edges, in multiples of the body size.
    pub inset: f32,
}

impl BlockLook {
    pub fn of(kind: BlockKind) -> Self {
        let base = BlockLook {
            scale: 1.0,
            bold: false,
            before: 0.0,
            after: 0.75,
            inset: 0.0,
        };
        match kind {
            BlockKind::Title => BlockLook {
                scale: 1.6,
                bold: true,
                after: 1.0,
                ..base
            },
            BlockKind::Heading { level } => BlockLook {
                scale: match level {
                    0 | 1 => 1.4,
                    2 => 1.25,
                    _ => 1.1,
                },
                bold: true,
                before: 0.6,
                after: 0.4,
                ..base
            },
            BlockKind::Paragraph => base,
            BlockKind::Quote => BlockLook { inset: 2.0, ..base },
            BlockKind::ListItem => BlockLook {
                inset: 1.5,
                after: 0.35,
                ..base
            },
        }
    }
}

/// What every layout of the cache was made for; a change invalidates all of them.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct CacheKey {
    pub column_width: f32,
    pub font_size: f32,
    /// Line height as a multiple of the font size (see [`ParagraphStyle::line_height`]).
    pub line_height: f32,
    pub ppp: f32,
    pub generation: u64,
}

/// Heights of all blocks (measured or estimated) and layouts of the ones seen lately.
pub(crate) struct BlockCache {
    key: Option<CacheKey>,
    /// The document's pieces, made on the first [`BlockCache::prepare`] after a reset.
    pieces: Vec<Piece>,
    /// Invariant: `heights.len() == measured.len() == pieces.len()`, and
    /// `tops.len() == heights.len() + 1` with `tops[i+1] = tops[i] + heights[i]` whenever
    /// `dirty` is false. Heights are in points, including the block's spacing.
    heights: Vec<f32>,
    measured: Vec<bool>,
    tops: Vec<f32>,
    dirty: bool,
    layouts: HashMap<usize, (Arc<ParagraphLayout>, u64)>,
    /// Average advance of a character in points at the body size, from measurements.
    char_width: f32,
    measured_chars: f64,
    measured_width: f64,
    tick: u64,
}

impl BlockCache {
    pub fn new() -> Self {
        Self {
            key: None,
            pieces: Vec::new(),
            heights: Vec::new(),
            measured: Vec::new(),
            tops: vec![0.0],
            dirty: false,
            layouts: HashMap::new(),
            char_width: 0.0,
            measured_chars: 0.0,
            measured_width: 0.0,
            tick: 0,
        }
    }

    /// Forgets everything (a new document).
    pub fn reset(&mut self) {
        *self = Self::new();
    }

    /// Makes the cache fit `doc` at `key`, re-estimating every height if anything changed.
    /// Returns true when it did (all positions moved).
    pub fn prepare(&mut self, doc: &Document, key: CacheKey) -> bool {
        self.tick += 1;
        if self.pieces.is_empty() && !doc.blocks().is_empty() {
            self.pieces = pieces_of(doc);
        }
        let n = self.pieces.len();
        if self.key == Some(key) && self.heights.len() == n {
            return false;
        }
        if self.char_width <= 0.0 || self.key.is_none_or(|k| k.generation != key.generation) {
            // Noto Naskh at 1 pt: about 0.42 pt per character of running Arabic text.
            self.char_width = 0.42;
            self.measured_chars = 0.0;
            self.measured_width = 0.0;
        }
        self.key = Some(key);
        self.layouts.clear();
        self.heights.clear();
        self.measured = vec![false; n];
        for piece in &self.pieces {
            self.heights.push(estimate(self.char_width, piece, key));
        }
        self.dirty = true;
        true
    }

    /// The pieces laid out (valid after [`BlockCache::prepare`]).
    pub fn pieces(&self) -> &[Piece] {
        &self.pieces
    }

    /// Top of block `i` in points from the top of the content.
    pub fn top(&mut self, i: usize) -> f32 {
        self.update_tops();
        self.tops.get(i).copied().unwrap_or(0.0)
    }

    /// Total height in points as of the last computation (no recomputation).
    pub fn last_total(&self) -> f32 {
        self.tops.last().copied().unwrap_or(0.0)
    }

    /// Total height in points.
    pub fn total_height(&mut self) -> f32 {
        self.update_tops();
        self.tops.last().copied().unwrap_or(0.0)
    }

    /// Index of the block at height `y` (points from the content top), clamped.
    pub fn block_at_y(&mut self, y: f32) -> usize {
        self.update_tops();
        let i = self.tops.partition_point(|&t| t <= y).saturating_sub(1);
        i.min(self.heights.len().saturating_sub(1))
    }

    fn update_tops(&mut self) {
        if !self.dirty && self.tops.len() == self.heights.len() + 1 {
            return;
        }
        self.tops.clear();
        self.tops.reserve(self.heights.len() + 1);
        let mut y = 0.0;
        self.tops.push(y);
        for &h in &self.heights {
            y += h;
            self.tops.push(y);
        }
        self.dirty = false;
    }

    /// The layout of block `i` (laid out now if needed) and the block's full height in
    /// points. Records the measured height.
    pub fn layout(
        &mut self,
        ts: &mut TextSystem,
        doc: &Document,
        i: usize,
    ) -> Option<(Arc<ParagraphLayout>, f32)> {
        let key = self.key?;
        let piece = *self.pieces.get(i)?;
        let look = piece.look();
        let tick = self.tick;
        let layout = match self.layouts.get_mut(&i) {
            Some((layout, used)) => {
                *used = tick;
                layout.clone()
            }
            None => {
                let size = key.font_size * look.scale;
                let width = (key.column_width - 2.0 * look.inset * key.font_size).max(size);
                let style = ParagraphStyle {
                    font_size: size,
                    line_height: key.line_height,
                    bold: look.bold,
                    wrap_width: Some(width),
                    pixels_per_point: key.ppp,
                    max_lines: None,
                };
                let layout = Arc::new(ts.layout(doc.text.slice(piece.range), &style));
                self.learn(&layout, piece.range.len(), size);
                self.layouts.insert(i, (layout.clone(), tick));
                self.evict();
                layout
            }
        };
        let height = layout.height() + (look.before + look.after) * key.font_size;
        if let (Some(h), Some(m)) = (self.heights.get_mut(i), self.measured.get_mut(i)) {
            if (*h - height).abs() > 0.01 {
                *h = height;
                self.dirty = true;
            }
            *m = true;
        }
        Some((layout, height))
    }

    /// Updates the per-character width estimate from a fully measured paragraph.
    fn learn(&mut self, layout: &ParagraphLayout, chars: usize, size: f32) {
        if layout.lines().len() < 2 || chars == 0 {
            return;
        }
        let width: f32 = layout
            .lines()
            .iter()
            .map(|l| l.x_extent().map_or(0.0, |(a, b)| b - a))
            .sum();
        self.measured_chars += chars as f64;
        self.measured_width += f64::from(width / layout.pixels_per_point() / size);
        if self.measured_chars > 0.0 {
            self.char_width = (self.measured_width / self.measured_chars) as f32;
        }
    }

    fn evict(&mut self) {
        if self.layouts.len() <= KEEP_LAYOUTS {
            return;
        }
        let mut ticks: Vec<u64> = self.layouts.values().map(|(_, t)| *t).collect();
        ticks.sort_unstable();
        let cutoff = ticks[ticks.len() - KEEP_LAYOUTS / 2];
        let tick = self.tick;
        self.layouts.retain(|_, (_, t)| *t >= cutoff || *t == tick);
    }
}

/// Height of `piece` before it is laid out, from the average character width.
fn estimate(char_width: f32, piece: &Piece, key: CacheKey) -> f32 {
    let look = piece.look();
    let size = key.font_size * look.scale;
    let width = (key.column_width - 2.0 * look.inset * key.font_size).max(size);
    let per_line = (width / (char_width * size)).max(1.0);
    let lines = ((piece.range.len() as f32) / per_line).ceil().max(1.0);
    let line_h = (size * key.ppp * key.line_height).ceil() / key.ppp;
    lines * line_h + (look.before + look.after) * key.font_size
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn measuring_a_block_corrects_the_positions_below_it_only() {
        let doc =
            Document::from_plain_text(&"فقرة قصيرة\n\nفقرة أطول قليلا من الأولى بكثير\n".repeat(50));
        let mut ts = TextSystem::bundled_only();
        let mut cache = BlockCache::new();
        let key = CacheKey {
            column_width: 300.0,
            font_size: 20.0,
            line_height: 1.6,
            ppp: 1.0,
            generation: ts.generation(),
        };
        assert!(cache.prepare(&doc, key));
        assert!(!cache.prepare(&doc, key), "same key: nothing to redo");
        let top5 = cache.top(5);
        let (_, h) = cache.layout(&mut ts, &doc, 10).expect("block 10");
        assert!(h > 20.0);
        assert_eq!(cache.top(5), top5, "blocks above are not moved");
        let top20 = cache.top(20);
        assert_eq!(cache.block_at_y(top20 + 0.5), 20);
        assert_eq!(cache.block_at_y(-10.0), 0);
        assert_eq!(cache.block_at_y(1e9), doc.blocks().len() - 1);
    }

    #[test]
    fn wider_line_spacing_makes_blocks_taller() {
        let doc =
            Document::from_plain_text(&"ناقش آمر القوة البحرية الكويتية سبل التعاون ".repeat(20));
        let mut ts = TextSystem::bundled_only();
        let mut height_at = |line_height: f32| {
            let mut cache = BlockCache::new();
            let key = CacheKey {
                column_width: 300.0,
                font_size: 20.0,
                line_height,
                ppp: 1.0,
                generation: ts.generation(),
            };
            cache.prepare(&doc, key);
            let (layout, h) = cache.layout(&mut ts, &doc, 0).expect("block 0");
            (layout.lines().len(), h)
        };
        let (lines_narrow, narrow) = height_at(1.6);
        let (lines_wide, wide) = height_at(2.2);
        assert_eq!(
            lines_narrow, lines_wide,
            "spacing does not change the line breaks"
        );
        assert!(lines_narrow > 3);
        // Lines never get shorter than the font's own ascent + descent (Naskh's is about
        // 1.75 em, so harakat are not clipped); above that the setting rules.
        assert!(
            wide > narrow + lines_narrow as f32 * 5.0,
            "{narrow} → {wide}"
        );
        let spacing_after = 0.75 * 20.0;
        let per_line = (wide - spacing_after) / lines_wide as f32;
        assert!(
            (per_line - 44.0).abs() < 0.5,
            "{per_line} points a line at 2.2 × 20"
        );
    }
}
