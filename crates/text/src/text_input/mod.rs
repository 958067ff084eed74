//! [`TextInput`]: a single-line text field on cosmic-text's [`ct::Editor`], with a caret
//! that follows bidi (arrow keys move visually), selection, copy/cut/paste, typing and
//! deleting Arabic. egui's own `TextEdit` loses its caret in Arabic text.

mod editing;
mod paint;

use egui::{Id, Rect, Response, Sense, Ui, Widget, WidgetInfo, vec2};

use crate::layout::ParagraphStyle;
use crate::system::TextSystem;
use editing::{KEYS_KEPT, input_state};
use paint::Field;

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

impl TextInput<'_> {
    /// The field's id: from its salt, or the next automatic one.
    fn id(&self, ui: &mut Ui) -> Id {
        match self.id_salt {
            Some(salt) => ui.make_persistent_id(salt),
            None => ui.next_auto_id(),
        }
    }

    /// One unwrapped line in the field's font size.
    fn paragraph_style(&self, pixels_per_point: f32) -> ParagraphStyle {
        ParagraphStyle {
            font_size: self.size,
            line_height: 1.6,
            bold: false,
            wrap_width: None,
            pixels_per_point,
            max_lines: None,
        }
    }

    /// The field's rectangle: the asked or available width, one line high.
    fn allocate(&self, ui: &mut Ui, style: &ParagraphStyle) -> (Rect, Response) {
        let line_h = style.line_px() / style.ppp();
        let width = self
            .width
            .unwrap_or_else(|| ui.available_width())
            .max(self.size * 2.0);
        ui.allocate_exact_size(
            vec2(width, line_h + 2.0 * PADDING.y),
            Sense::click_and_drag(),
        )
    }
}

/// Space between the frame and the text, in points.
const PADDING: egui::Vec2 = vec2(6.0, 3.0);

/// Gives the field the keyboard when clicked or dragged; while it has it, records that
/// ([`text_input_focused`]) and keeps the left and right arrows. Returns whether it has it.
fn take_focus(ctx: &egui::Context, id: Id, response: &Response) -> bool {
    if response.clicked() || response.drag_started() {
        response.request_focus();
    }
    let focused = response.has_focus();
    if focused {
        ctx.data_mut(|d| d.insert_temp(Id::unique(FOCUSED_INPUT_KEY), response.id));
        ctx.memory_mut(|m| m.set_focus_lock_filter(id, KEYS_KEPT));
    }
    focused
}

impl Widget for TextInput<'_> {
    fn ui(self, ui: &mut Ui) -> Response {
        let ctx = ui.ctx().clone();
        let id = self.id(ui);
        let style = self.paragraph_style(ctx.pixels_per_point());
        let (rect, mut response) = self.allocate(ui, &style);
        let text_rect = rect.shrink2(PADDING);

        let shared_ts = TextSystem::shared(&ctx);
        let mut ts = TextSystem::lock(&shared_ts);
        ts.begin_pass(&ctx);
        let state = input_state(&ctx, id);
        let mut st = state.lock().unwrap_or_else(|e| e.into_inner());
        let st = &mut *st;

        if st.follow_caller(self.text, &style, &mut ts) {
            response.mark_changed();
        }
        let focused = take_focus(&ctx, id, &response);
        // The layout before this frame's edits, for pointer hits.
        let layout = st.layout(&style);
        st.follow_pointer(&ctx, &response, &layout, text_rect);
        if focused && let Some(new_text) = st.apply_events(&mut ts.fonts, &ctx, &response) {
            *self.text = new_text;
            response.mark_changed();
        }

        let layout = st.layout(&style);
        let (_, caret_x) = layout.caret_x(st.caret_char());
        st.scroll_to_caret(&layout, caret_x, text_rect);
        let field = Field {
            rect,
            text_rect,
            padding: PADDING,
            style: &style,
            hint: self.hint,
            focused,
        };
        field.paint(ui, &mut ts, st, &layout, caret_x);
        drop(ts);

        let text = self.text.clone();
        let hint = self.hint.unwrap_or_default().to_owned();
        response.widget_info(|| WidgetInfo::text_edit(true, "", &text, &hint));
        response
    }
}
