//! The pointer and the keyboard on the article: drag to select, shift-click to extend,
//! double-click for a word, triple-click for a paragraph, select all, copy, scrolling keys.

use egui::{Event, Key, Modifiers, Rect, Response, Ui};
use sahifa_model::Document;

use super::ArticleView;
use super::placed::{Placed, caret_at, char_at, word_at};
use super::scrolling::auto_scroll;

impl ArticleView {
    /// Updates the selection from this frame's pointer; returns the offset clicked (a
    /// click, not the end of a drag).
    pub(super) fn follow_pointer(
        &mut self,
        ui: &Ui,
        response: &Response,
        placed: &[Placed],
        doc: &Document,
        view_rect: Rect,
    ) -> Option<usize> {
        self.drag_selection(ui, response, placed, view_rect);
        let clicked = if response.clicked() {
            self.click(ui, response, placed)
        } else {
            None
        };
        let under_pointer = || {
            response
                .interact_pointer_pos()
                .and_then(|p| char_at(placed, p))
        };
        if response.double_clicked()
            && let Some(c) = under_pointer()
        {
            self.selection = Some(word_at(doc, self.cache.pieces(), c));
        }
        if response.triple_clicked()
            && let Some(block) = under_pointer().and_then(|c| doc.block_at(c))
        {
            let r = doc.blocks()[block].range;
            self.selection = Some((r.start(), r.end()));
        }
        clicked
    }

    /// A drag starts a selection where the button went down and moves its focus with the
    /// pointer, scrolling when held past the view's edge.
    fn drag_selection(&mut self, ui: &Ui, response: &Response, placed: &[Placed], view: Rect) {
        if response.drag_started()
            && let Some(p) = ui.ctx().input(|i| i.pointer.press_origin())
        {
            let c = caret_at(placed, p);
            self.selection = c.map(|c| (c, c));
            response.request_focus();
        }
        if response.dragged()
            && let (Some(p), Some(sel)) = (response.interact_pointer_pos(), self.selection.as_mut())
            && let Some(c) = caret_at(placed, p)
        {
            sel.1 = c;
            auto_scroll(ui, response, p, view);
        }
    }

    /// A click clears the selection, or with shift extends it to the pointer; returns the
    /// offset under the pointer.
    fn click(&mut self, ui: &Ui, response: &Response, placed: &[Placed]) -> Option<usize> {
        response.request_focus();
        let pointer = response.interact_pointer_pos();
        if !ui.ctx().input(|i| i.modifiers.shift) {
            self.selection = None;
        } else if let (Some(p), Some(sel)) = (pointer, self.selection.as_mut())
            && let Some(c) = caret_at(placed, p)
        {
            sel.1 = c;
        }
        pointer.and_then(|p| char_at(placed, p))
    }

    /// While the view has the keyboard (or nothing has): scrolling keys, select all, copy.
    pub(super) fn follow_keys(
        &mut self,
        ui: &Ui,
        response: &Response,
        doc: &Document,
        viewport: Rect,
        font_size: f32,
    ) {
        let ctx = ui.ctx();
        let focused = response.has_focus() || ctx.memory(|m| m.focused().is_none());
        if !focused {
            return;
        }
        self.keyboard_scroll(ui, viewport, font_size);
        if ui.input_mut(|i| i.consume_key(Modifiers::COMMAND, Key::A)) {
            self.selection = Some((0, doc.text.char_len()));
        }
        if let Some(sel) = self.selection()
            && ctx.input(|i| i.events.iter().any(|e| matches!(e, Event::Copy)))
        {
            ctx.copy_text(doc.text.slice(sel).to_owned());
        }
    }
}
