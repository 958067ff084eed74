//! Turning a [`ParagraphLayout`] into egui meshes (one per atlas page) and painting
//! highlight shapes.

use egui::{Color32, Mesh, Pos2, Rect, Shape, Stroke, StrokeKind, pos2, vec2};

use crate::layout::ParagraphLayout;
use crate::system::TextSystem;

/// How a highlighted range is drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum HighlightStyle {
    /// A filled background behind the glyphs.
    Fill,
    /// A line under the glyphs.
    Underline,
    /// A rectangle outline around the glyphs.
    Outline,
    /// The current mention or find hit: filled like [`HighlightStyle::Fill`]; the article
    /// view also outlines it strongly over everything.
    Current,
}

/// Snaps a point position to the physical pixel grid.
pub fn snap(pos: Pos2, pixels_per_point: f32) -> Pos2 {
    pos2(
        (pos.x * pixels_per_point).round() / pixels_per_point,
        (pos.y * pixels_per_point).round() / pixels_per_point,
    )
}

impl TextSystem {
    /// Meshes drawing `layout`'s glyphs in `color` with the paragraph's top-left corner at
    /// `origin` (points; snapped to the pixel grid). Lines entirely outside `clip` (points)
    /// are skipped. Glyphs are rasterised into the atlas on first use.
    pub fn paragraph_shapes(
        &mut self,
        ctx: &egui::Context,
        layout: &ParagraphLayout,
        origin: Pos2,
        color: Color32,
        clip: Rect,
    ) -> Vec<Shape> {
        self.begin_pass(ctx);
        let ppp = layout.pixels_per_point();
        let inv = 1.0 / ppp;
        let left = (origin.x * ppp).round();
        let top = (origin.y * ppp).round();
        let page_size = self.atlas.page_size();
        let mut meshes: Vec<Option<Mesh>> = Vec::new();
        for line in layout.lines() {
            let line_top = (top + line.top) * inv;
            let line_bottom = (top + line.top + line.height) * inv;
            if line_bottom < clip.min.y || line_top > clip.max.y {
                continue;
            }
            let baseline = top + line.baseline;
            for g in line.glyphs.iter().filter(|g| !g.invisible) {
                let (key, x, y) = g.physical(left, baseline);
                let Some(e) = self.atlas.glyph(ctx, &mut self.fonts, &mut self.swash, key) else {
                    continue;
                };
                let Some(texture) = self.atlas.texture_id(e.page) else {
                    continue;
                };
                if meshes.len() <= e.page {
                    meshes.resize_with(e.page + 1, || None);
                }
                let mesh = meshes[e.page].get_or_insert_with(|| Mesh::with_texture(texture));
                let rect = Rect::from_min_size(
                    pos2((x + e.left) as f32 * inv, (y - e.top) as f32 * inv),
                    vec2(e.size[0] as f32 * inv, e.size[1] as f32 * inv),
                );
                let uv = Rect::from_min_size(
                    pos2(e.pos[0] as f32 / page_size, e.pos[1] as f32 / page_size),
                    vec2(e.size[0] as f32 / page_size, e.size[1] as f32 / page_size),
                );
                let tint = if e.is_color { Color32::WHITE } else { color };
                mesh.add_rect_with_uv(rect, uv, tint);
            }
        }
        meshes.into_iter().flatten().map(Shape::mesh).collect()
    }
}

/// Shapes drawing a highlight over `rects` (points, already placed on screen).
pub fn highlight_shapes(
    rects: &[Rect],
    color: Color32,
    style: HighlightStyle,
    out: &mut Vec<Shape>,
) {
    for &r in rects {
        match style {
            HighlightStyle::Fill | HighlightStyle::Current => {
                out.push(Shape::rect_filled(r, 2.0, color));
            }
            HighlightStyle::Underline => {
                let y = r.bottom() - 2.0;
                out.push(Shape::line_segment(
                    [pos2(r.left(), y), pos2(r.right(), y)],
                    Stroke::new(2.0, color),
                ));
            }
            HighlightStyle::Outline => out.push(Shape::rect_stroke(
                r,
                2.0,
                Stroke::new(1.5, color),
                StrokeKind::Inside,
            )),
        }
    }
}
