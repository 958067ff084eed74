//! Painting the placed blocks: highlights under the glyphs, glyphs, then lines, outlines
//! and the current-range emphasis over them.

use egui::{Rect, Shape, Stroke, Ui};
use sahifa_model::{BlockKind, TextRange};

use super::placed::{Placed, decorate};
use super::{ArticleView, Highlight};
use crate::paint::{HighlightStyle, highlight_shapes};
use crate::system::TextSystem;

impl ArticleView {
    pub(super) fn paint_blocks(
        &self,
        ts: &mut TextSystem,
        ui: &Ui,
        placed: &[Placed],
        highlights: &[Highlight],
        font_size: f32,
    ) {
        let clip = ui.clip_rect();
        let visuals = ui.visuals().clone();
        // Body text for reading at length: egui's default text colour is a dim grey in
        // the dark theme (and on highlighted words); move it most of the way to the strong
        // colour, in either theme.
        let text_color = visuals
            .text_color()
            .lerp_to_gamma(visuals.strong_text_color(), 0.6);
        let mut under: Vec<Shape> = Vec::new();
        let mut glyphs: Vec<Shape> = Vec::new();
        let mut over: Vec<Shape> = Vec::new();
        let selection = self.selection();
        // Only the highlights touching the painted blocks (there may be many thousands).
        let shown: Vec<&Highlight> = match self.visible {
            Some(v) => highlights.iter().filter(|h| h.range.overlaps(v)).collect(),
            None => Vec::new(),
        };
        for p in placed {
            let block = p.piece;
            let local = |r: TextRange| {
                r.intersect(block.range)
                    .map(|r| r.start() - p.doc_start..r.end() - p.doc_start)
            };
            let to_screen = |rects: Vec<Rect>| -> Vec<Rect> {
                rects
                    .into_iter()
                    .map(|r| r.translate(p.origin.to_vec2()))
                    .collect()
            };
            for h in &shown {
                if let Some(r) = local(h.range) {
                    let rects = to_screen(p.layout.range_rects(r));
                    let out = if h.style == HighlightStyle::Fill {
                        &mut under
                    } else {
                        &mut over
                    };
                    highlight_shapes(&rects, h.color, h.style, out);
                }
            }
            if let Some(r) = selection.and_then(local) {
                let rects = to_screen(p.layout.range_rects(r));
                highlight_shapes(
                    &rects,
                    visuals.selection.bg_fill,
                    HighlightStyle::Fill,
                    &mut under,
                );
            }
            if let Some(r) = self.current.and_then(local) {
                let rects: Vec<Rect> = to_screen(p.layout.range_rects(r))
                    .into_iter()
                    .map(|r| r.expand(1.5))
                    .collect();
                let stroke = Stroke::new(2.5, visuals.strong_text_color());
                for r in rects {
                    over.push(Shape::rect_stroke(
                        r,
                        3.0,
                        stroke,
                        egui::StrokeKind::Outside,
                    ));
                }
            }
            let color = match block.kind {
                BlockKind::Quote => visuals.weak_text_color(),
                BlockKind::Title | BlockKind::Heading { .. } => visuals.strong_text_color(),
                _ => text_color,
            };
            glyphs.extend(ts.paragraph_shapes(ui.ctx(), &p.layout, p.origin, color, clip));
            if block.first || block.kind == BlockKind::Quote {
                decorate(&mut under, p, block.kind, font_size, &visuals);
            }
        }
        let painter = ui.painter();
        painter.extend(under);
        painter.extend(glyphs);
        painter.extend(over);
    }
}
