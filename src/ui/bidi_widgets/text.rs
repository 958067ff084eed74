//! Labels, headings, tooltips and window titles whose Arabic text is shaped.

use egui::{Button, Color32, Response, Ui, vec2};

use super::atoms::{UI_TEXT_SIZE, needs_shaping};

/// A label: egui's when `text` has no right-to-left character, else shaped (wrapping where
/// egui's label would).
pub fn label(ui: &mut Ui, text: &str) -> Response {
    label_colored(ui, text, None)
}

/// A weak label (see [`label`]).
pub fn weak(ui: &mut Ui, text: &str) -> Response {
    let color = ui.visuals().weak_text_color();
    label_colored(ui, text, Some(color))
}

/// A label in `color` (or the text colour); see [`label`].
pub fn label_colored(ui: &mut Ui, text: &str, color: Option<Color32>) -> Response {
    if !needs_shaping(text) {
        return match color {
            Some(color) => ui.colored_label(color, text),
            None => ui.label(text),
        };
    }
    let mut label = sahifa_text::TextLabel::new(text).size(UI_TEXT_SIZE);
    if let Some(color) = color {
        label = label.color(color);
    }
    // Wrap where egui's own label would: not in a grid or a row that does not wrap.
    if ui.wrap_mode() != egui::TextWrapMode::Wrap {
        label = label.no_wrap();
    }
    ui.add(label)
}

/// A heading (see [`label`]).
pub fn heading(ui: &mut Ui, text: &str) -> Response {
    if !needs_shaping(text) {
        return ui.heading(text);
    }
    ui.add(sahifa_text::TextLabel::new(text).size(18.0))
}

/// Shows `window` (made with `egui::Window::new(title)`, without `.open`). When `title`
/// holds right-to-left text, egui's title bar would reverse its words: the window then
/// shows its own title row, the title shaped on the right and «×» on the left.
pub fn show_window<R>(
    ctx: &egui::Context,
    window: egui::Window<'_>,
    title: &str,
    open: &mut bool,
    content: impl FnOnce(&mut Ui) -> R,
) -> Option<R> {
    if !needs_shaping(title) {
        return window.open(open).show(ctx, content).and_then(|r| r.inner);
    }
    let mut close = false;
    let shown = window.title_bar(false).show(ctx, |ui| {
        title_row(ui, title, &mut close);
        ui.separator();
        content(ui)
    });
    if close {
        *open = false;
    }
    shown.and_then(|r| r.inner)
}

/// A window's title row in a right-to-left window: the title, then the close button.
fn title_row(ui: &mut Ui, title: &str, close: &mut bool) {
    let layout = egui::Layout::right_to_left(egui::Align::Center);
    let size = vec2(ui.available_width(), ui.spacing().interact_size.y);
    ui.allocate_ui_with_layout(size, layout, |ui| {
        ui.add(
            sahifa_text::TextLabel::new(title)
                .size(15.0)
                .bold()
                .no_wrap(),
        );
        ui.with_layout(egui::Layout::left_to_right(egui::Align::Center), |ui| {
            let button = ui.add(Button::new("×").frame(false));
            *close |= button.clicked();
        });
    });
}

/// Tooltips whose text may be Arabic: shaped by the text layer when it needs to be.
pub trait BidiHover: Sized {
    /// Like [`Response::on_hover_text`].
    fn hover_text(self, text: impl AsRef<str>) -> Self;
    /// Like [`Response::on_disabled_hover_text`].
    fn disabled_hover_text(self, text: impl AsRef<str>) -> Self;
}

impl BidiHover for Response {
    fn hover_text(self, text: impl AsRef<str>) -> Self {
        let text = text.as_ref();
        if !needs_shaping(text) {
            return self.on_hover_text(text);
        }
        self.on_hover_ui(|ui| drop(tooltip_label(ui, text)))
    }

    fn disabled_hover_text(self, text: impl AsRef<str>) -> Self {
        let text = text.as_ref();
        if !needs_shaping(text) {
            return self.on_disabled_hover_text(text);
        }
        self.on_disabled_hover_ui(|ui| drop(tooltip_label(ui, text)))
    }
}

/// A tooltip's text through the text layer, wrapping at the tooltip width.
fn tooltip_label(ui: &mut Ui, text: &str) -> Response {
    let width = ui.spacing().tooltip_width;
    ui.add(
        sahifa_text::TextLabel::new(text)
            .size(UI_TEXT_SIZE)
            .max_width(width),
    )
}
