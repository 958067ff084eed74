//! Painting a [`super::TextInput`]: frame, selection, hint, text and caret.

use egui::{Rect, Shape, Stroke, Ui, pos2, vec2};

use super::editing::InputState;
use crate::layout::{ParagraphLayout, ParagraphStyle};
use crate::paint::{HighlightStyle, highlight_shapes};
use crate::system::TextSystem;

/// Where the field is and how it looks this frame.
pub(super) struct Field<'a> {
    /// The whole field, frame included.
    pub rect: Rect,
    /// Inside the padding: where the text goes.
    pub text_rect: Rect,
    pub padding: egui::Vec2,
    pub style: &'a ParagraphStyle,
    pub hint: Option<&'a str>,
    pub focused: bool,
}

impl Field<'_> {
    /// Paints the field with the editor's `layout`, its caret at `caret_x` in the layout.
    pub(super) fn paint(
        &self,
        ui: &Ui,
        ts: &mut TextSystem,
        st: &InputState,
        layout: &ParagraphLayout,
        caret_x: f32,
    ) {
        let ctx = ui.ctx();
        let visuals = ui.visuals();
        let origin = pos2(st.origin_x(layout, self.text_rect), self.text_rect.top());
        let clip = self.text_rect.expand2(vec2(self.padding.x - 1.0, 0.0));
        let mut shapes = self.frame(visuals);
        if let Some((a, b)) = st.selection_chars() {
            let rects: Vec<Rect> = layout
                .range_rects(a..b)
                .into_iter()
                .map(|r| r.translate(origin.to_vec2()).intersect(clip))
                .collect();
            highlight_shapes(
                &rects,
                visuals.selection.bg_fill,
                HighlightStyle::Fill,
                &mut shapes,
            );
        }
        if st.text.is_empty()
            && let Some(hint) = self.hint
        {
            shapes.extend(self.hint_shapes(ui, ts, hint, clip));
        }
        shapes.extend(ts.paragraph_shapes(ctx, layout, origin, visuals.text_color(), clip));
        if self.focused {
            let x = crate::paint::snap(pos2(origin.x + caret_x, 0.0), ctx.pixels_per_point()).x;
            shapes.push(self.caret(ui, x));
        }
        ui.painter_at(self.rect.expand(1.0)).extend(shapes);
    }

    /// The background and the frame, stronger while focused.
    fn frame(&self, visuals: &egui::Visuals) -> Vec<Shape> {
        let stroke = if self.focused {
            visuals.selection.stroke
        } else {
            visuals.widgets.inactive.bg_stroke
        };
        vec![
            Shape::rect_filled(self.rect, 3.0, visuals.extreme_bg_color),
            Shape::rect_stroke(self.rect, 3.0, stroke, egui::StrokeKind::Inside),
        ]
    }

    /// The greyed hint, on the side its direction starts from.
    fn hint_shapes(&self, ui: &Ui, ts: &mut TextSystem, hint: &str, clip: Rect) -> Vec<Shape> {
        let ctx = ui.ctx();
        let hint_layout = ts.layout_cached(ctx, hint, self.style);
        let hx = if hint_layout.is_rtl() {
            self.text_rect.right() - hint_layout.width()
        } else {
            self.text_rect.left()
        };
        ts.paragraph_shapes(
            ctx,
            &hint_layout,
            pos2(hx, self.text_rect.top()),
            ui.visuals().weak_text_color(),
            clip,
        )
    }

    /// The caret at screen x `x`; also tells the platform where the field and caret are,
    /// for input methods.
    fn caret(&self, ui: &Ui, x: f32) -> Shape {
        let ctx = ui.ctx();
        let text_rect = self.text_rect;
        let to_global = ctx
            .layer_transform_to_global(ui.layer_id())
            .unwrap_or_default();
        let caret_rect =
            Rect::from_min_max(pos2(x, text_rect.top()), pos2(x + 1.0, text_rect.bottom()));
        ctx.output_mut(|o| {
            o.ime = Some(egui::output::IMEOutput {
                purpose: egui::IMEPurpose::Normal,
                rect: to_global * text_rect,
                cursor_rect: to_global * caret_rect,
                should_interrupt_composition: false,
            });
        });
        Shape::line_segment(
            [
                pos2(x, text_rect.top() + 2.0),
                pos2(x, text_rect.bottom() - 2.0),
            ],
            Stroke::new(1.5, ui.visuals().text_cursor.stroke.color),
        )
    }
}
