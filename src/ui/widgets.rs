//! Small shared widgets: Arabic labels (through the text layer), entity-type colours.

use egui::{Color32, Response, Role, Sense, Ui, WidgetInfo};
use sahifa_model::Label;
use sahifa_text::TextLabel;

/// The colour of an entity type: the highlight behind its mentions, its sidebar header,
/// its legend swatch.
pub fn label_color(label: Label) -> Color32 {
    match label {
        Label::Person => Color32::from_rgb(0xE0, 0xA8, 0x00),
        Label::Org => Color32::from_rgb(0x3D, 0x8B, 0xE8),
        Label::Location => Color32::from_rgb(0x2E, 0xB0, 0x5C),
        Label::Event => Color32::from_rgb(0xB0, 0x5C, 0xD6),
        Label::Date => Color32::from_rgb(0xE8, 0x6A, 0x3D),
        Label::Title => Color32::from_rgb(0x1F, 0xA8, 0xA8),
        Label::Misc => Color32::from_rgb(0x8A, 0x8A, 0x8A),
    }
}

/// The colour of find-in-article hits.
pub const FIND_COLOR: Color32 = Color32::from_rgb(0xFF, 0xE0, 0x40);

/// Shows a short piece of Arabic (or mixed) text with correct bidi and shaping.
///
/// Every Arabic string of the interface goes through here (names, titles, snippets,
/// tooltips), so the text layer is used in one place.
pub fn arabic_label(ui: &mut Ui, text: &str, size: f32, color: Option<Color32>) -> Response {
    let mut label = TextLabel::new(text).size(size);
    if let Some(color) = color {
        label = label.color(color);
    }
    ui.add(label)
}

/// Like [`arabic_label`], with the characters `highlight` (char offsets into `text`)
/// filled with `color` — the keyword of a keyword-in-context row.
pub fn arabic_label_highlighted(
    ui: &mut Ui,
    text: &str,
    size: f32,
    highlight: std::ops::Range<usize>,
    color: Color32,
) -> Response {
    ui.add(TextLabel::new(text).size(size).highlight(highlight, color))
}

/// A clickable row of `height` points, filled right to left by `contents`; the whole row reacts to the pointer and is a
/// button named `name` for screen readers (and for UI tests). Give it a name that differs
/// from the texts inside it, so each can be found on its own.
pub fn clickable_row(
    ui: &mut Ui,
    name: &str,
    selected: bool,
    height: f32,
    contents: impl FnOnce(&mut Ui),
) -> Response {
    let background = ui.painter().add(egui::Shape::Noop);
    let size = egui::vec2(ui.available_width(), height);
    let layout = egui::Layout::right_to_left(egui::Align::Center);
    let inner = ui.allocate_ui_with_layout(size, layout, |ui| {
        ui.set_min_size(size);
        ui.add_space(6.0);
        contents(ui);
    });
    let rect = inner.response.rect;
    let response = ui.interact(rect, inner.response.id.with("row"), Sense::click());
    let fill = if selected {
        Some(ui.visuals().selection.bg_fill.gamma_multiply(0.5))
    } else if response.hovered() {
        Some(
            ui.visuals()
                .widgets
                .hovered
                .weak_bg_fill
                .gamma_multiply(0.5),
        )
    } else {
        None
    };
    if let Some(fill) = fill {
        let shape = egui::epaint::RectShape::filled(rect.expand(1.0), 3.0, fill);
        ui.painter().set(background, shape);
    }
    let name = name.to_owned();
    response.widget_info(|| WidgetInfo::selected(Role::Button, true, selected, &name));
    response
}

/// A row layout in the reading direction of the interface language: left to right in
/// English, right to left in Arabic, items centred vertically.
pub fn reading_layout(language: crate::app::UiLanguage) -> egui::Layout {
    match language {
        crate::app::UiLanguage::English => egui::Layout::left_to_right(egui::Align::Center),
        crate::app::UiLanguage::Arabic => egui::Layout::right_to_left(egui::Align::Center),
    }
}

/// Lays out a row in the reading direction of the interface language: left to right in
/// English, right to left (mirrored) in Arabic. `wrap` lets the row flow onto more lines.
pub fn direction_row<R>(
    ui: &mut Ui,
    language: crate::app::UiLanguage,
    wrap: bool,
    contents: impl FnOnce(&mut Ui) -> R,
) -> R {
    let layout = reading_layout(language).with_main_wrap(wrap);
    let size = egui::vec2(ui.available_width(), ui.spacing().interact_size.y);
    ui.allocate_ui_with_layout(size, layout, contents).inner
}
