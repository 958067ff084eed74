//! Each frame's layout pass: the text column, the scroll request served, and the visible
//! blocks laid out and placed on screen — starting from the block at the top of the
//! viewport, which stays where the user saw it when a resize or zoom moves every block.

use egui::{Align, Pos2, Rect, Ui, pos2, vec2};
use sahifa_model::{Document, TextRange};

use super::ArticleView;
use super::placed::Placed;
use crate::blocks::CacheKey;
use crate::pieces::piece_at;
use crate::system::TextSystem;

/// Frames the top block is held in place after a relayout.
const PINNED_FRAMES: u8 = 8;

/// The text column of this frame, in screen points.
#[derive(Clone, Copy)]
pub(super) struct Column {
    /// Top-left of the scroll area's content.
    pub origin: Pos2,
    /// Width the scroll area offers.
    pub avail: f32,
    /// Screen x of the column's left edge.
    pub left: f32,
    pub width: f32,
    /// Body font size.
    pub font_size: f32,
}

impl Column {
    /// A rectangle across the column from content y `top`, `height` high.
    fn band(&self, top: f32, height: f32) -> Rect {
        Rect::from_min_size(
            pos2(self.left, self.origin.y + top),
            vec2(self.width, height),
        )
    }
}

impl ArticleView {
    /// The column: centred, at most the widest measure, with a margin either side.
    pub(super) fn column(&self, ui: &Ui) -> Column {
        let font_size = self.font_size;
        let avail = ui.available_width();
        let margin = (font_size * 0.8).max(8.0);
        let width = (avail - 2.0 * margin)
            .min(self.max_column_width)
            .max(font_size * 4.0);
        let origin = ui.max_rect().min;
        Column {
            origin,
            avail,
            left: origin.x + ((avail - width) / 2.0).max(margin.min(avail / 2.0)),
            width,
            font_size,
        }
    }

    /// Readies the layout cache for this column; true when every block must be laid out
    /// again (column, font or family changed).
    pub(super) fn prepare_layouts(
        &mut self,
        ts: &TextSystem,
        doc: &Document,
        column: &Column,
        ppp: f32,
    ) -> bool {
        let line_height = if self.line_height.is_finite() {
            self.line_height.clamp(1.0, 3.0)
        } else {
            1.6
        };
        self.cache.prepare(
            doc,
            CacheKey {
                column_width: column.width,
                font_size: column.font_size,
                line_height,
                ppp,
                generation: ts.generation(),
            },
        )
    }

    /// Serves [`ArticleView::scroll_to`]: centres the line holding the offset, as the
    /// layout places it.
    pub(super) fn serve_scroll_request(
        &mut self,
        ui: &Ui,
        ts: &mut TextSystem,
        doc: &Document,
        column: &Column,
    ) {
        let Some(offset) = self.scroll_request.take() else {
            return;
        };
        let pieces = self.cache.pieces();
        let Some(bi) = piece_at(pieces, offset)
            .or_else(|| pieces.iter().position(|p| p.range.start() >= offset))
        else {
            return;
        };
        let piece = self.cache.pieces()[bi];
        let top = self.cache.top(bi);
        let mut rect = column.band(top, column.font_size * 1.6);
        if let Some((layout, _)) = self.cache.layout(ts, doc, bi) {
            let look = piece.look();
            let local = offset.saturating_sub(piece.range.start());
            let (line, _) = layout.caret_x(local);
            if let Some(l) = layout.lines().get(line) {
                let ppp = layout.pixels_per_point();
                let y = top + look.before * column.font_size + l.top / ppp;
                rect = column.band(y, l.height / ppp);
            }
        }
        ui.scroll_to_rect(rect, Some(Align::Center));
    }

    /// Lays out and places the blocks from the top of the viewport to its bottom.
    pub(super) fn place_visible_blocks(
        &mut self,
        ui: &Ui,
        ts: &mut TextSystem,
        doc: &Document,
        viewport: Rect,
        column: &Column,
        relaid: bool,
    ) -> Vec<Placed> {
        let mut placed: Vec<Placed> = Vec::new();
        let n = self.cache.pieces().len();
        if n == 0 {
            return placed;
        }
        let (mut i, mut y) = self.first_block(ui, ts, doc, viewport, column, relaid);
        while i < n && y < viewport.max.y + column.font_size {
            let Some((layout, height)) = self.cache.layout(ts, doc, i) else {
                break;
            };
            let piece = self.cache.pieces()[i];
            let look = piece.look();
            let origin = pos2(
                column.left + look.inset * column.font_size,
                column.origin.y + y + look.before * column.font_size,
            );
            placed.push(Placed {
                block: i,
                piece,
                origin,
                rect: column.band(y, height),
                doc_start: piece.range.start(),
                layout,
            });
            y += height;
            i += 1;
        }
        placed
    }

    /// The first block to place and its content y: the one at the top of the viewport, or,
    /// for a few frames after everything moved (resize, zoom), the one that was at the top
    /// before, kept there while the scroll area is told to agree.
    fn first_block(
        &mut self,
        ui: &Ui,
        ts: &mut TextSystem,
        doc: &Document,
        viewport: Rect,
        column: &Column,
        relaid: bool,
    ) -> (usize, f32) {
        if relaid {
            self.pinned_frames = PINNED_FRAMES;
        }
        let pinned = relaid || self.pinned_frames > 0;
        self.pinned_frames = self.pinned_frames.saturating_sub(1);
        let n = self.cache.pieces().len();
        let Some((block, fraction)) = self.anchor.filter(|&(b, _)| pinned && b < n) else {
            let first = self.cache.block_at_y(viewport.min.y);
            return (first, self.cache.top(first));
        };
        let height = self.cache.layout(ts, doc, block).map_or(0.0, |(_, h)| h);
        let top = self.cache.top(block);
        let target = top + fraction * height;
        if (viewport.min.y - target).abs() < 0.5 {
            self.pinned_frames = 0;
        }
        // egui puts an Align::Min target one item spacing below the top.
        let target = target + ui.spacing().item_spacing.y;
        ui.scroll_to_rect(
            Rect::from_min_size(
                pos2(column.left, column.origin.y + target),
                vec2(1.0, viewport.height()),
            ),
            Some(Align::Min),
        );
        (block, viewport.min.y - fraction * height)
    }

    /// Remembers the block at the top of the viewport (the anchor of the next relayout)
    /// and the document range placed.
    pub(super) fn remember_placement(
        &mut self,
        placed: &[Placed],
        viewport: Rect,
        column: &Column,
    ) {
        let top = column.origin.y + viewport.min.y;
        self.anchor = placed.iter().find(|p| p.rect.bottom() > top).map(|p| {
            let into = top - p.rect.top();
            (p.block, (into / p.rect.height().max(1.0)).clamp(0.0, 1.0))
        });
        self.visible = match (placed.first(), placed.last()) {
            (Some(a), Some(b)) => TextRange::unbounded(a.doc_start, b.piece.range.end()).ok(),
            _ => None,
        };
    }
}
