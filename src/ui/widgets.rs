//! Small shared widgets: Arabic labels and buttons (through the text layer), entity-type
//! colours, rows laid out in the reading direction. egui's own widgets (menus, tooltips,
//! checkboxes, plain labels, window titles) with shaped text are in
//! [`crate::ui::bidi_widgets`].

use egui::{Color32, Response, Role, Sense, Ui, WidgetInfo};
use sahifa_model::Label;
use sahifa_text::TextLabel;

use crate::l10n::tr;
use crate::state::settings::UiLanguage;

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
/// Names, titles, snippets and the lines of custom tooltips go through here; menus,
/// tooltips and labels of egui widgets through [`crate::ui::bidi_widgets`].
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
pub fn reading_layout(language: UiLanguage) -> egui::Layout {
    match language {
        UiLanguage::English => egui::Layout::left_to_right(egui::Align::Center),
        UiLanguage::Arabic => egui::Layout::right_to_left(egui::Align::Center),
    }
}

/// Lays out a row in the reading direction of the interface language: left to right in
/// English, right to left (mirrored) in Arabic. `wrap` lets the row flow onto more lines.
pub fn direction_row<R>(
    ui: &mut Ui,
    language: UiLanguage,
    wrap: bool,
    contents: impl FnOnce(&mut Ui) -> R,
) -> R {
    let layout = reading_layout(language).with_main_wrap(wrap);
    let size = egui::vec2(ui.available_width(), ui.spacing().interact_size.y);
    ui.allocate_ui_with_layout(size, layout, contents).inner
}

/// A button showing message `id`: through the text layer in Arabic (egui lays out
/// several Arabic words left to right); in English an ordinary egui button.
pub fn bidi_button(
    ui: &mut Ui,
    lang: UiLanguage,
    id: &'static str,
    enabled: bool,
) -> egui::Response {
    if lang == UiLanguage::English {
        return ui.add_enabled(enabled, egui::Button::new(tr(lang, id)));
    }
    text_button(ui, &tr(lang, id), id, enabled)
}

/// A button showing `text` through the text layer (bidi, shaping): for Arabic or mixed
/// text. `id_salt` tells buttons apart.
pub fn text_button(
    ui: &mut Ui,
    text: &str,
    id_salt: impl std::hash::Hash + std::fmt::Debug,
    enabled: bool,
) -> egui::Response {
    let background = ui.painter().add(egui::Shape::Noop);
    // The colour egui gives the text of an ordinary button.
    let color = if enabled {
        ui.visuals().widgets.inactive.text_color()
    } else {
        ui.visuals().widgets.noninteractive.text_color()
    };
    let inner = egui::Frame::new()
        .inner_margin(egui::Margin::symmetric(6, 2))
        .show(ui, |ui| arabic_label(ui, text, 14.0, Some(color)));
    let rect = inner.response.rect;
    let sense = if enabled {
        egui::Sense::click()
    } else {
        egui::Sense::hover()
    };
    let response = ui.interact(rect, ui.auto_id_with(("text button", id_salt)), sense);
    let visuals = ui.style().interact(&response);
    ui.painter().set(
        background,
        egui::epaint::RectShape::new(
            rect,
            visuals.corner_radius,
            visuals.weak_bg_fill,
            visuals.bg_stroke,
            egui::StrokeKind::Inside,
        ),
    );
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, enabled, text));
    response
}

/// A weak line of interface text, through the text layer (it may be Arabic).
pub fn weak_line(ui: &mut Ui, text: &str) {
    let color = ui.visuals().weak_text_color();
    arabic_label(ui, text, 13.0, Some(color));
}
