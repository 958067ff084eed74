//! Blocks placed on screen in one frame, and pointer positions mapped onto them.

use std::sync::Arc;

use egui::{Pos2, Rect, Shape, Stroke, pos2};
use sahifa_model::{BlockKind, Document, words};

use crate::layout::ParagraphLayout;
use crate::pieces::{Piece, piece_at};

/// One block placed on screen this frame.
pub(super) struct Placed {
    /// Index of the piece in the view's pieces.
    pub block: usize,
    pub piece: Piece,
    /// Screen position of the layout's top-left corner.
    pub origin: Pos2,
    /// Screen rectangle of the whole block including spacing.
    pub rect: Rect,
    pub doc_start: usize,
    pub layout: Arc<ParagraphLayout>,
}

/// Quote bars and list bullets, on the block's starting side.
pub(super) fn decorate(
    out: &mut Vec<Shape>,
    p: &Placed,
    kind: BlockKind,
    font_size: f32,
    visuals: &egui::Visuals,
) {
    let rtl = p.layout.is_rtl();
    let inner_left = p.origin.x;
    let inner_right = p.origin.x + p.layout.width();
    match kind {
        BlockKind::Quote => {
            let x = if rtl {
                inner_right + font_size * 0.8
            } else {
                inner_left - font_size * 0.8
            };
            let top = p.origin.y;
            let bottom = top + p.layout.height();
            out.push(Shape::line_segment(
                [pos2(x, top), pos2(x, bottom)],
                Stroke::new(3.0, visuals.weak_text_color()),
            ));
        }
        BlockKind::ListItem => {
            let Some(line) = p.layout.lines().first() else {
                return;
            };
            let ppp = p.layout.pixels_per_point();
            let y = p.origin.y + (line.top + line.height / 2.0) / ppp;
            let x = if rtl {
                inner_right + font_size * 0.7
            } else {
                inner_left - font_size * 0.7
            };
            out.push(Shape::circle_filled(
                pos2(x, y),
                font_size * 0.15,
                visuals.text_color(),
            ));
        }
        _ => {}
    }
}

/// The word around document offset `c` as (start, end), by the model's word rule
/// ([`sahifa_model::words::word_at`]), or just the character itself when it is no word
/// character.
pub(super) fn word_at(doc: &Document, pieces: &[Piece], c: usize) -> (usize, usize) {
    let Some(block) = piece_at(pieces, c).map(|i| pieces[i]) else {
        return (c, c + 1);
    };
    let start = block.range.start();
    match words::word_at(doc.text.slice(block.range), c - start) {
        Some(word) => (start + word.start, start + word.end),
        None => (c, (c + 1).min(block.range.end())),
    }
}

/// Document offset of the character under `pos`.
pub(super) fn char_at(placed: &[Placed], pos: Pos2) -> Option<usize> {
    let p = placed.iter().find(|p| p.rect.contains(pos))?;
    p.layout
        .char_at((pos - p.origin).to_pos2())
        .map(|c| p.doc_start + c)
}

/// Document offset of the caret nearest to `pos` (clamped to the blocks on screen).
pub(super) fn caret_at(placed: &[Placed], pos: Pos2) -> Option<usize> {
    let p = placed
        .iter()
        .find(|p| pos.y < p.rect.bottom())
        .or(placed.last())?;
    if pos.y < p.origin.y && p.block > 0 && pos.y < p.rect.top() {
        return Some(p.doc_start);
    }
    let local = (pos - p.origin).to_pos2();
    Some(p.doc_start + p.layout.caret_at(local))
}
