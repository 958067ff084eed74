//! Painting the placed blocks: highlights under the glyphs, glyphs, then lines, outlines
//! and the current-range emphasis over them.

use egui::{Color32, Rect, Shape, Stroke, Ui};
use sahifa_model::{BlockKind, TextRange};

use super::placed::{Placed, decorate};
use super::{ArticleView, Highlight};
use crate::paint::{HighlightStyle, highlight_shapes};
use crate::system::TextSystem;

/// Shapes of one frame, in painting order.
#[derive(Default)]
struct Layers {
    under: Vec<Shape>,
    glyphs: Vec<Shape>,
    over: Vec<Shape>,
}

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
        let visuals = ui.visuals();
        // Only the highlights touching the painted blocks (there may be many thousands).
        let shown: Vec<&Highlight> = match self.visible {
            Some(v) => highlights.iter().filter(|h| h.range.overlaps(v)).collect(),
            None => Vec::new(),
        };
        let current = self.current_ranges(&shown);
        let selection = self.selection();
        let mut layers = Layers::default();
        for p in placed {
            for h in &shown {
                let out = if h.is_under_text() {
                    &mut layers.under
                } else {
                    &mut layers.over
                };
                highlight_shapes(&block_rects(p, h.range), h.color, h.style, out);
            }
            if let Some(r) = selection {
                let fill = visuals.selection.bg_fill;
                let rects = block_rects(p, r);
                highlight_shapes(&rects, fill, HighlightStyle::Fill, &mut layers.under);
            }
            for &r in &current {
                outline_current(&block_rects(p, r), visuals, &mut layers.over);
            }
            let color = text_color(p.piece.kind, visuals);
            let glyphs = ts.paragraph_shapes(ui.ctx(), &p.layout, p.origin, color, clip);
            layers.glyphs.extend(glyphs);
            if p.piece.first || p.piece.kind == BlockKind::Quote {
                decorate(&mut layers.under, p, p.piece.kind, font_size, visuals);
            }
        }
        let painter = ui.painter();
        painter.extend(layers.under);
        painter.extend(layers.glyphs);
        painter.extend(layers.over);
    }

    /// The ranges outlined as current: [`ArticleView::set_current`]'s and those of
    /// [`HighlightStyle::Current`] highlights, each once.
    fn current_ranges(&self, shown: &[&Highlight]) -> Vec<TextRange> {
        let mut ranges: Vec<TextRange> = self.current.into_iter().collect();
        for h in shown.iter().filter(|h| h.is_current()) {
            if !ranges.contains(&h.range) {
                ranges.push(h.range);
            }
        }
        ranges
    }
}

/// Screen rectangles of the part of `range` inside placed block `p` (none outside it).
fn block_rects(p: &Placed, range: TextRange) -> Vec<Rect> {
    let Some(r) = range.intersect(p.piece.range) else {
        return Vec::new();
    };
    let local = r.start() - p.doc_start..r.end() - p.doc_start;
    p.layout
        .range_rects(local)
        .into_iter()
        .map(|r| r.translate(p.origin.to_vec2()))
        .collect()
}

/// The strong outline around the current range.
fn outline_current(rects: &[Rect], visuals: &egui::Visuals, out: &mut Vec<Shape>) {
    let stroke = Stroke::new(2.5, visuals.strong_text_color());
    for r in rects {
        out.push(Shape::rect_stroke(
            r.expand(1.5),
            3.0,
            stroke,
            egui::StrokeKind::Outside,
        ));
    }
}

/// The colour of a block's text: body text for reading at length — egui's default text
/// colour is a dim grey in the dark theme (and on highlighted words), so it moves most of
/// the way to the strong colour, in either theme; quotes weaker, titles and headings strong.
fn text_color(kind: BlockKind, visuals: &egui::Visuals) -> Color32 {
    match kind {
        BlockKind::Quote => visuals.weak_text_color(),
        BlockKind::Title | BlockKind::Heading { .. } => visuals.strong_text_color(),
        _ => visuals
            .text_color()
            .lerp_to_gamma(visuals.strong_text_color(), 0.6),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_current_range_is_outlined_once_however_it_is_marked() {
        let mut view = ArticleView::new();
        let mention = TextRange::unbounded(3, 9).unwrap_or(TextRange::empty(0));
        let hit = TextRange::unbounded(12, 15).unwrap_or(TextRange::empty(0));
        view.set_current(Some(mention));
        let highlights = [
            Highlight::current(mention, Color32::RED),
            Highlight::fill(hit, Color32::YELLOW),
            Highlight::current(hit, Color32::YELLOW),
            Highlight::underline(hit, Color32::BLUE),
        ];
        let shown: Vec<&Highlight> = highlights.iter().collect();
        assert_eq!(view.current_ranges(&shown), [mention, hit]);
        assert!(highlights[0].is_under_text() && !highlights[3].is_under_text());
    }
}
