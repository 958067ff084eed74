//! [`TextInput`]: a single-line text field on cosmic-text's [`ct::Editor`], with a caret
//! that follows bidi (arrow keys move visually), selection, copy/cut/paste, typing and
//! deleting Arabic. egui's own `TextEdit` loses its caret in Arabic text.

use std::sync::{Arc, Mutex};

use cosmic_text::{self as ct, Edit};
use egui::{
    Event, EventFilter, Id, Key, Rect, Response, Sense, Stroke, Ui, Widget, WidgetInfo, pos2, vec2,
};

use crate::layout::{ParagraphLayout, ParagraphStyle, from_layout_lines};
use crate::paint::{HighlightStyle, highlight_shapes};
use crate::system::TextSystem;

/// Editing state kept between frames (in egui's context data, by widget id).
struct InputState {
    editor: ct::Editor<'static>,
    /// The text the editor holds, to notice changes made by the caller.
    text: String,
    /// Horizontal scroll in points, so the caret stays visible in long text.
    scroll_x: f32,
    /// Font size in px and text-system generation the buffer was set up for.
    setup: (u32, u64),
}

type SharedInput = Arc<Mutex<InputState>>;

/// Where the focused [`TextInput`] records its id (egui temp data).
const FOCUSED_INPUT_KEY: &str = "sahifa focused text input";

/// True while a [`TextInput`] has the keyboard: the app's own shortcuts (undo, close,
/// marking) should then leave the keys to the text being typed.
pub fn text_input_focused(ctx: &egui::Context) -> bool {
    let focused = ctx.memory(|m| m.focused());
    let input = ctx.data(|d| d.get_temp::<Id>(Id::unique(FOCUSED_INPUT_KEY)));
    focused.is_some() && focused == input
}

/// A single-line text field for Arabic, Latin or mixed text.
///
/// ```no_run
/// # fn f(ui: &mut egui::Ui, query: &mut String) {
/// let resp = ui.add(sahifa_text::TextInput::new(query).hint("ابحث…"));
/// if resp.changed() { /* search again */ }
/// # }
/// ```
#[must_use = "add it with ui.add(...)"]
pub struct TextInput<'a> {
    text: &'a mut String,
    hint: Option<&'a str>,
    width: Option<f32>,
    size: f32,
    id_salt: Option<Id>,
}

impl<'a> TextInput<'a> {
    /// A field editing `text`.
    pub fn new(text: &'a mut String) -> Self {
        Self {
            text,
            hint: None,
            width: None,
            size: 18.0,
            id_salt: None,
        }
    }

    /// Greyed text shown while the field is empty.
    pub fn hint(mut self, hint: &'a str) -> Self {
        self.hint = Some(hint);
        self
    }

    /// Width in points (default: all available width).
    pub fn desired_width(mut self, width: f32) -> Self {
        self.width = Some(width);
        self
    }

    /// Font size in points (default 18).
    pub fn size(mut self, size: f32) -> Self {
        self.size = size;
        self
    }

    /// Distinguishes fields created at the same place in the UI.
    pub fn id_salt(mut self, salt: impl std::hash::Hash + std::fmt::Debug) -> Self {
        self.id_salt = Some(Id::NULL.with(salt));
        self
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

impl Widget for TextInput<'_> {
    fn ui(self, ui: &mut Ui) -> Response {
        let ctx = ui.ctx().clone();
        let ppp = ctx.pixels_per_point();
        let id = match self.id_salt {
            Some(salt) => ui.make_persistent_id(salt),
            None => ui.next_auto_id(),
        };
        let style = ParagraphStyle {
            font_size: self.size,
            line_height: 1.6,
            bold: false,
            wrap_width: None,
            pixels_per_point: ppp,
            max_lines: None,
        };
        let padding = vec2(6.0, 3.0);
        let line_h = style.line_px() / style.ppp();
        let width = self
            .width
            .unwrap_or_else(|| ui.available_width())
            .max(self.size * 2.0);
        let (rect, mut response) = ui.allocate_exact_size(
            vec2(width, line_h + 2.0 * padding.y),
            Sense::click_and_drag(),
        );
        let text_rect = rect.shrink2(padding);

        let shared_ts = TextSystem::shared(&ctx);
        let mut ts = TextSystem::lock(&shared_ts);
        ts.begin_pass(&ctx);
        let state: SharedInput = ctx.data_mut(|d| {
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
        });
        let mut st = state.lock().unwrap_or_else(|e| e.into_inner());
        let st = &mut *st;

        // Follow the caller's text and the font settings.
        let setup = (style.font_px().to_bits(), ts.generation());
        if st.text != *self.text || st.setup != setup {
            let clean = one_line(self.text);
            let family = ts.family().to_owned();
            let attrs = ct::Attrs::new().family(ct::Family::Name(&family));
            let keep_cursor = st.setup != setup && st.text == *self.text;
            let cursor = st.editor.cursor();
            st.editor.with_buffer_mut(|b| {
                b.set_metrics(ct::Metrics::new(style.font_px(), style.line_px()));
                b.set_wrap(ct::Wrap::None);
                b.set_size(None, None);
                b.set_text(&clean, &attrs, ct::Shaping::Advanced, None);
            });
            if keep_cursor {
                st.editor.set_cursor(cursor);
            } else {
                st.editor.set_cursor(ct::Cursor::new(0, clean.len()));
                st.editor.set_selection(ct::Selection::None);
            }
            st.editor.shape_as_needed(&mut ts.fonts, false);
            st.setup = setup;
            st.text = self.text.clone();
            if clean != *self.text {
                *self.text = clean;
                st.text = self.text.clone();
                response.mark_changed();
            }
        }

        if response.clicked() || response.drag_started() {
            response.request_focus();
        }
        let focused = response.has_focus();
        if focused {
            ctx.data_mut(|d| d.insert_temp(Id::unique(FOCUSED_INPUT_KEY), response.id));
            ctx.memory_mut(|m| {
                m.set_focus_lock_filter(
                    id,
                    EventFilter {
                        horizontal_arrows: true,
                        vertical_arrows: false,
                        tab: false,
                        escape: false,
                    },
                );
            });
        }
        // The layout before this frame's edits, for pointer hits.
        let layout = current_layout(st, &style);
        let origin_x = |st: &InputState, layout: &ParagraphLayout| {
            if layout.is_rtl() {
                text_rect.right() - layout.width() + st.scroll_x
            } else {
                text_rect.left() - st.scroll_x
            }
        };
        let to_local = |p: egui::Pos2, ox: f32| pos2(p.x - ox, p.y - text_rect.top());
        let mut changed = false;
        if let Some(p) = response.interact_pointer_pos() {
            let ox = origin_x(st, &layout);
            let ch = layout.caret_at(to_local(p, ox));
            let cursor = ct::Cursor::new(0, char_to_byte(&st.text, ch));
            if response.drag_started() || response.clicked() {
                let shift = ctx.input(|i| i.modifiers.shift);
                if shift && st.editor.selection() == ct::Selection::None {
                    st.editor
                        .set_selection(ct::Selection::Normal(st.editor.cursor()));
                } else if !shift && response.drag_started() {
                    st.editor.set_selection(ct::Selection::Normal(cursor));
                } else if !shift {
                    st.editor.set_selection(ct::Selection::None);
                }
                st.editor.set_cursor(cursor);
            } else if response.dragged() {
                st.editor.set_cursor(cursor);
            }
        }

        if focused {
            let events = ctx.input(|i| {
                i.filtered_events(&EventFilter {
                    horizontal_arrows: true,
                    vertical_arrows: false,
                    tab: false,
                    escape: false,
                })
            });
            for event in events {
                changed |= apply_event(st, &mut ts.fonts, &ctx, &response, event);
            }
        }
        if changed {
            let new_text = st.editor.with_buffer(|b| {
                b.lines
                    .iter()
                    .map(|l| l.text())
                    .collect::<Vec<_>>()
                    .join(" ")
            });
            *self.text = new_text.clone();
            st.text = new_text;
            response.mark_changed();
        }

        // Paint.
        let layout = current_layout(st, &style);
        let caret_char = byte_to_char(&st.text, st.editor.cursor().index);
        let (_, caret_x) = layout.caret_x(caret_char);
        // Keep the caret visible.
        let ox = origin_x(st, &layout);
        let caret_screen = ox + caret_x;
        if caret_screen > text_rect.right() {
            st.scroll_x += if layout.is_rtl() {
                -(caret_screen - text_rect.right())
            } else {
                caret_screen - text_rect.right()
            };
        } else if caret_screen < text_rect.left() {
            st.scroll_x += if layout.is_rtl() {
                text_rect.left() - caret_screen
            } else {
                -(text_rect.left() - caret_screen)
            };
        }
        if layout.width() <= text_rect.width() {
            st.scroll_x = 0.0;
        }
        let ox = origin_x(st, &layout);
        let origin = pos2(ox, text_rect.top());
        let visuals = ui.visuals().clone();
        let frame_stroke = if focused {
            visuals.selection.stroke
        } else {
            visuals.widgets.inactive.bg_stroke
        };
        let painter = ui.painter_at(rect.expand(1.0));
        let mut shapes = vec![egui::Shape::rect_filled(
            rect,
            3.0,
            visuals.extreme_bg_color,
        )];
        shapes.push(egui::Shape::rect_stroke(
            rect,
            3.0,
            frame_stroke,
            egui::StrokeKind::Inside,
        ));
        let clip = text_rect.expand2(vec2(padding.x - 1.0, 0.0));
        if let Some((a, b)) = st.editor.selection_bounds() {
            let (a, b) = (
                byte_to_char(&st.text, a.index),
                byte_to_char(&st.text, b.index),
            );
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
            let hint_layout = ts.layout_cached(&ctx, hint, &style);
            let hx = if hint_layout.is_rtl() {
                text_rect.right() - hint_layout.width()
            } else {
                text_rect.left()
            };
            shapes.extend(ts.paragraph_shapes(
                &ctx,
                &hint_layout,
                pos2(hx, text_rect.top()),
                visuals.weak_text_color(),
                clip,
            ));
        }
        shapes.extend(ts.paragraph_shapes(&ctx, &layout, origin, visuals.text_color(), clip));
        if focused {
            let x = crate::paint::snap(pos2(origin.x + caret_x, 0.0), ppp).x;
            // Tell the platform where the field and caret are, for input methods.
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
            shapes.push(egui::Shape::line_segment(
                [
                    pos2(x, text_rect.top() + 2.0),
                    pos2(x, text_rect.bottom() - 2.0),
                ],
                Stroke::new(1.5, visuals.text_cursor.stroke.color),
            ));
        }
        painter.extend(shapes);
        drop(ts);

        let text = self.text.clone();
        let hint = self.hint.unwrap_or_default().to_owned();
        response.widget_info(|| WidgetInfo::text_edit(true, "", &text, &hint));
        response
    }
}

/// The editor's current layout as a [`ParagraphLayout`].
fn current_layout(st: &mut InputState, style: &ParagraphStyle) -> ParagraphLayout {
    let text = st.text.clone();
    st.editor.with_buffer(|b| {
        let line = b.lines.first();
        let rtl = line.and_then(|l| l.shape_opt()).is_some_and(|s| s.rtl);
        let lines = line
            .and_then(|l| l.layout_opt())
            .map_or(&[][..], |v| v.as_slice());
        from_layout_lines(&text, lines, rtl, style)
    })
}

/// Applies one input event to the editor; true when the text changed.
fn apply_event(
    st: &mut InputState,
    fonts: &mut ct::FontSystem,
    ctx: &egui::Context,
    response: &Response,
    event: Event,
) -> bool {
    let ed = &mut st.editor;
    let before = ed.with_buffer(|b| b.lines.first().map(|l| l.text().to_owned()));
    match event {
        Event::Text(t) => {
            ed.insert_string(&one_line(&t), None);
        }
        Event::Paste(t) | Event::Ime(egui::ImeEvent::Commit(t)) => {
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
            let motion = match key {
                Key::ArrowLeft if modifiers.command => Some(ct::Motion::LeftWord),
                Key::ArrowRight if modifiers.command => Some(ct::Motion::RightWord),
                Key::ArrowLeft => Some(ct::Motion::Left),
                Key::ArrowRight => Some(ct::Motion::Right),
                Key::Home => Some(ct::Motion::Home),
                Key::End => Some(ct::Motion::End),
                _ => None,
            };
            if let Some(motion) = motion {
                if modifiers.shift {
                    if ed.selection() == ct::Selection::None {
                        ed.set_selection(ct::Selection::Normal(ed.cursor()));
                    }
                } else if let Some((a, b)) = ed.selection_bounds().filter(|(a, b)| a != b) {
                    // Without shift, an arrow collapses the selection to its side.
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
            } else {
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
            }
        }
        _ => {}
    }
    ed.shape_as_needed(fonts, false);
    let after = ed.with_buffer(|b| b.lines.first().map(|l| l.text().to_owned()));
    before != after
}
