//! The editing state of a [`super::TextInput`] kept between frames, and how the caller's
//! text, the pointer and the keyboard change it.

use std::sync::{Arc, Mutex};

use cosmic_text::{self as ct, Edit};
use egui::{Event, EventFilter, Id, Key, Modifiers, Rect, Response, pos2};

use crate::layout::{ParagraphLayout, ParagraphStyle, from_layout_lines};
use crate::system::TextSystem;

/// The keys a focused field keeps for itself: left and right arrows.
pub(super) const KEYS_KEPT: EventFilter = EventFilter {
    horizontal_arrows: true,
    vertical_arrows: false,
    tab: false,
    escape: false,
};

/// Editing state kept between frames (in egui's context data, by widget id).
pub(super) struct InputState {
    editor: ct::Editor<'static>,
    /// The text the editor holds, to notice changes made by the caller.
    pub(super) text: String,
    /// Horizontal scroll in points, so the caret stays visible in long text.
    scroll_x: f32,
    /// Font size in px and text-system generation the buffer was set up for.
    setup: (u32, u64),
}

type SharedInput = Arc<Mutex<InputState>>;

/// The editing state of the field `id`, created empty on its first frame.
pub(super) fn input_state(ctx: &egui::Context, id: Id) -> SharedInput {
    ctx.data_mut(|d| {
        d.get_temp::<SharedInput>(id).unwrap_or_else(|| {
            let buffer = ct::Buffer::new_empty(ct::Metrics::new(16.0, 24.0));
            let s = Arc::new(Mutex::new(InputState {
                editor: ct::Editor::new(buffer),
                text: String::from("\u{0}"),
                scroll_x: 0.0,
                setup: (0, 0),
            }));
            d.insert_temp(id, s.clone());
            s
        })
    })
}

impl InputState {
    /// Takes over the caller's text (made one line) and the font settings when either
    /// changed. Returns true when the caller's text had to be made one line.
    pub(super) fn follow_caller(
        &mut self,
        text: &mut String,
        style: &ParagraphStyle,
        ts: &mut TextSystem,
    ) -> bool {
        let setup = (style.font_px().to_bits(), ts.generation());
        if self.text == *text && self.setup == setup {
            return false;
        }
        let clean = one_line(text);
        let family = ts.family().to_owned();
        let attrs = ct::Attrs::new().family(ct::Family::Name(&family));
        let keep_cursor = self.setup != setup && self.text == *text;
        let cursor = self.editor.cursor();
        self.editor.with_buffer_mut(|b| {
            b.set_metrics(ct::Metrics::new(style.font_px(), style.line_px()));
            b.set_wrap(ct::Wrap::None);
            b.set_size(None, None);
            b.set_text(&clean, &attrs, ct::Shaping::Advanced, None);
        });
        if keep_cursor {
            self.editor.set_cursor(cursor);
        } else {
            self.editor.set_cursor(ct::Cursor::new(0, clean.len()));
            self.editor.set_selection(ct::Selection::None);
        }
        self.editor.shape_as_needed(&mut ts.fonts, false);
        self.setup = setup;
        let cleaned = clean != *text;
        if cleaned {
            *text = clean;
        }
        self.text = text.clone();
        cleaned
    }

    /// The editor's current layout as a [`ParagraphLayout`].
    pub(super) fn layout(&mut self, style: &ParagraphStyle) -> ParagraphLayout {
        let text = &self.text;
        self.editor.with_buffer(|b| {
            let line = b.lines.first();
            let rtl = line.and_then(|l| l.shape_opt()).is_some_and(|s| s.rtl);
            let lines = line
                .and_then(|l| l.layout_opt())
                .map_or(&[][..], |v| v.as_slice());
            from_layout_lines(text, lines, rtl, style)
        })
    }

    /// Screen x of the layout's left edge in `text_rect`, scrolled.
    pub(super) fn origin_x(&self, layout: &ParagraphLayout, text_rect: Rect) -> f32 {
        if layout.is_rtl() {
            text_rect.right() - layout.width() + self.scroll_x
        } else {
            text_rect.left() - self.scroll_x
        }
    }

    /// A click places the caret (extending the selection with shift), a drag selects.
    pub(super) fn follow_pointer(
        &mut self,
        ctx: &egui::Context,
        response: &Response,
        layout: &ParagraphLayout,
        text_rect: Rect,
    ) {
        let Some(p) = response.interact_pointer_pos() else {
            return;
        };
        let ox = self.origin_x(layout, text_rect);
        let ch = layout.caret_at(pos2(p.x - ox, p.y - text_rect.top()));
        let cursor = ct::Cursor::new(0, char_to_byte(&self.text, ch));
        let ed = &mut self.editor;
        if response.drag_started() || response.clicked() {
            let shift = ctx.input(|i| i.modifiers.shift);
            if shift && ed.selection() == ct::Selection::None {
                ed.set_selection(ct::Selection::Normal(ed.cursor()));
            } else if !shift && response.drag_started() {
                ed.set_selection(ct::Selection::Normal(cursor));
            } else if !shift {
                ed.set_selection(ct::Selection::None);
            }
            ed.set_cursor(cursor);
        } else if response.dragged() {
            ed.set_cursor(cursor);
        }
    }

    /// Applies this frame's keyboard events; returns the new text when they changed it.
    pub(super) fn apply_events(
        &mut self,
        fonts: &mut ct::FontSystem,
        ctx: &egui::Context,
        response: &Response,
    ) -> Option<String> {
        let events = ctx.input(|i| i.filtered_events(&KEYS_KEPT));
        let mut changed = false;
        for event in events {
            changed |= apply_event(&mut self.editor, fonts, ctx, response, event);
        }
        if !changed {
            return None;
        }
        self.text = self.editor.with_buffer(|b| {
            b.lines
                .iter()
                .map(|l| l.text())
                .collect::<Vec<_>>()
                .join(" ")
        });
        Some(self.text.clone())
    }

    /// The caret's char offset.
    pub(super) fn caret_char(&self) -> usize {
        byte_to_char(&self.text, self.editor.cursor().index)
    }

    /// The selected chars, if any.
    pub(super) fn selection_chars(&self) -> Option<(usize, usize)> {
        let (a, b) = self.editor.selection_bounds()?;
        Some((
            byte_to_char(&self.text, a.index),
            byte_to_char(&self.text, b.index),
        ))
    }

    /// Scrolls so that the caret, at `caret_x` in the layout, is inside `text_rect`; no
    /// scroll when the whole text fits.
    pub(super) fn scroll_to_caret(
        &mut self,
        layout: &ParagraphLayout,
        caret_x: f32,
        text_rect: Rect,
    ) {
        let caret_screen = self.origin_x(layout, text_rect) + caret_x;
        let sign = if layout.is_rtl() { -1.0 } else { 1.0 };
        if caret_screen > text_rect.right() {
            self.scroll_x += sign * (caret_screen - text_rect.right());
        } else if caret_screen < text_rect.left() {
            self.scroll_x -= sign * (text_rect.left() - caret_screen);
        }
        if layout.width() <= text_rect.width() {
            self.scroll_x = 0.0;
        }
    }
}

fn byte_to_char(text: &str, byte: usize) -> usize {
    text.get(..byte.min(text.len()))
        .map_or_else(|| text.chars().count(), |s| s.chars().count())
}

fn char_to_byte(text: &str, ch: usize) -> usize {
    text.char_indices().nth(ch).map_or(text.len(), |(b, _)| b)
}

/// Replaces line breaks and tabs by spaces: the field holds one line.
fn one_line(s: &str) -> String {
    s.chars()
        .map(|c| {
            if c.is_control() || c == '\u{2028}' || c == '\u{2029}' {
                ' '
            } else {
                c
            }
        })
        .collect()
}

/// Applies one input event to the editor; true when the text changed.
fn apply_event(
    ed: &mut ct::Editor<'static>,
    fonts: &mut ct::FontSystem,
    ctx: &egui::Context,
    response: &Response,
    event: Event,
) -> bool {
    let before = ed.with_buffer(|b| b.lines.first().map(|l| l.text().to_owned()));
    match event {
        Event::Text(t) | Event::Paste(t) | Event::Ime(egui::ImeEvent::Commit(t)) => {
            ed.insert_string(&one_line(&t), None);
        }
        Event::Copy => {
            if let Some(s) = ed.copy_selection() {
                ctx.copy_text(s);
            }
        }
        Event::Cut => {
            if let Some(s) = ed.copy_selection() {
                ctx.copy_text(s);
                ed.delete_selection();
            }
        }
        Event::Key {
            key,
            pressed: true,
            modifiers,
            ..
        } => {
            let only_collapsed_the_selection = !apply_key(ed, fonts, response, key, modifiers);
            if only_collapsed_the_selection {
                return false;
            }
        }
        _ => {}
    }
    ed.shape_as_needed(fonts, false);
    let after = ed.with_buffer(|b| b.lines.first().map(|l| l.text().to_owned()));
    before != after
}

/// The caret motion of a key, if it moves the caret.
fn motion_of(key: Key, modifiers: Modifiers) -> Option<ct::Motion> {
    match key {
        Key::ArrowLeft if modifiers.command => Some(ct::Motion::LeftWord),
        Key::ArrowRight if modifiers.command => Some(ct::Motion::RightWord),
        Key::ArrowLeft => Some(ct::Motion::Left),
        Key::ArrowRight => Some(ct::Motion::Right),
        Key::Home => Some(ct::Motion::Home),
        Key::End => Some(ct::Motion::End),
        _ => None,
    }
}

/// Applies one pressed key; false when it only collapsed the selection (nothing to shape).
fn apply_key(
    ed: &mut ct::Editor<'static>,
    fonts: &mut ct::FontSystem,
    response: &Response,
    key: Key,
    modifiers: Modifiers,
) -> bool {
    if let Some(motion) = motion_of(key, modifiers) {
        return move_caret(ed, fonts, key, motion, modifiers.shift);
    }
    match key {
        Key::Backspace => ed.action(fonts, ct::Action::Backspace),
        Key::Delete => ed.action(fonts, ct::Action::Delete),
        Key::A if modifiers.command => {
            ed.set_cursor(ct::Cursor::new(0, 0));
            ed.set_selection(ct::Selection::Normal(ct::Cursor::new(0, 0)));
            ed.action(fonts, ct::Action::Motion(ct::Motion::End));
        }
        Key::Enter | Key::Escape => response.surrender_focus(),
        _ => {}
    }
    true
}

/// Moves the caret by `motion`, extending the selection with shift. Without shift, a
/// left/right arrow collapses a selection to its side (visually, so it follows bidi)
/// instead of moving; returns false then.
fn move_caret(
    ed: &mut ct::Editor<'static>,
    fonts: &mut ct::FontSystem,
    key: Key,
    motion: ct::Motion,
    shift: bool,
) -> bool {
    if shift {
        if ed.selection() == ct::Selection::None {
            ed.set_selection(ct::Selection::Normal(ed.cursor()));
        }
    } else if let Some((a, b)) = ed.selection_bounds().filter(|(a, b)| a != b) {
        ed.set_selection(ct::Selection::None);
        if matches!(key, Key::ArrowLeft | Key::ArrowRight) {
            let rtl = ed.with_buffer(|b| {
                b.lines
                    .first()
                    .and_then(|l| l.shape_opt())
                    .is_some_and(|s| s.rtl)
            });
            let to_start = (key == Key::ArrowLeft) != rtl;
            ed.set_cursor(if to_start { a } else { b });
            return false;
        }
    } else {
        ed.set_selection(ct::Selection::None);
    }
    ed.action(fonts, ct::Action::Motion(motion));
    true
}
