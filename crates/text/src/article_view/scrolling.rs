//! Scrolling by keyboard and while dragging a selection past the view's edge.

use egui::{Key, Modifiers, Pos2, Rect, Response, Ui, vec2};

use super::ArticleView;

impl ArticleView {
    /// Page Up/Down, Space, arrows and Ctrl+Home/End scroll the article.
    pub(super) fn keyboard_scroll(&self, ui: &Ui, viewport: Rect, font_size: f32) {
        let page = viewport.height() * 0.9;
        let line = font_size * 1.6;
        let far = self.cache_height_guess() + viewport.height();
        let dy = ui.input_mut(|i| {
            if i.consume_key(Modifiers::NONE, Key::PageDown)
                || i.consume_key(Modifiers::NONE, Key::Space)
            {
                page
            } else if i.consume_key(Modifiers::NONE, Key::PageUp)
                || i.consume_key(Modifiers::SHIFT, Key::Space)
            {
                -page
            } else if i.consume_key(Modifiers::NONE, Key::ArrowDown) {
                line
            } else if i.consume_key(Modifiers::NONE, Key::ArrowUp) {
                -line
            } else if i.consume_key(Modifiers::COMMAND, Key::End) {
                far
            } else if i.consume_key(Modifiers::COMMAND, Key::Home) {
                -far
            } else {
                0.0
            }
        });
        if dy != 0.0 {
            ui.scroll_with_delta_animation(vec2(0.0, -dy), egui::style::ScrollAnimation::none());
        }
    }

    fn cache_height_guess(&self) -> f32 {
        self.cache.last_total()
    }
}

/// Scrolls while a selection drag is held above or below the view.
pub(super) fn auto_scroll(ui: &Ui, response: &Response, pointer: Pos2, view: Rect) {
    let dy = if pointer.y < view.top() {
        -(view.top() - pointer.y).min(40.0)
    } else if pointer.y > view.bottom() {
        (pointer.y - view.bottom()).min(40.0)
    } else {
        0.0
    };
    if dy != 0.0 && response.dragged() {
        ui.scroll_with_delta(vec2(0.0, -dy));
        ui.ctx().request_repaint();
    }
}
