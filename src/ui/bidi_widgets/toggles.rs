//! Radio buttons, checkboxes and selectable labels with shaped text; the box or circle
//! comes first in the reading direction.

use egui::{Atom, Button, Color32, Response, Role, Ui, WidgetInfo, vec2};

use super::atoms::{needs_shaping, text_atom};
use super::menus::name_button;
use crate::state::settings::UiLanguage;

/// A radio button showing `text` (in `color`, if given); the circle comes first in the
/// reading direction.
pub fn radio(
    ui: &mut Ui,
    lang: UiLanguage,
    checked: bool,
    text: &str,
    color: Option<Color32>,
) -> Response {
    let atom = text_atom(ui, text, color);
    let response = match lang {
        UiLanguage::English => ui.add(egui::RadioButton::new(checked, atom)),
        UiLanguage::Arabic => {
            let button =
                Button::new((Atom::grow(), atom, radio_atom(checked))).frame_when_inactive(false);
            ui.add(button)
        }
    };
    let text = text.to_owned();
    let enabled = ui.is_enabled();
    response.widget_info(|| WidgetInfo::selected(Role::RadioButton, enabled, checked, &text));
    response
}

/// The circle of a radio button, filled when `checked`, as an atom.
fn radio_atom(checked: bool) -> Atom<'static> {
    Atom::paint(vec2(14.0, 14.0), move |ui: &Ui, args| {
        let visuals = ui.visuals();
        let center = args.rect.center();
        let radius = args.rect.width() / 2.0;
        let painter = ui.painter();
        painter.circle(
            center,
            radius,
            visuals.extreme_bg_color,
            visuals.widgets.inactive.bg_stroke,
        );
        if checked {
            painter.circle_filled(center, radius / 2.5, args.fallback_text_color);
        }
    })
}

/// A checkbox showing `text`; clicking it does not change `checked` (the caller pushes
/// an action).
/// The box comes first in the reading direction.
pub fn checkbox(
    ui: &mut Ui,
    lang: UiLanguage,
    checked: bool,
    text: impl Into<LabelText>,
) -> Response {
    let text: LabelText = text.into();
    let atom = text_atom(ui, &text.text, text.color);
    let response = match lang {
        UiLanguage::English => {
            let mut value = checked;
            ui.add(egui::Checkbox::new(&mut value, atom))
        }
        UiLanguage::Arabic => {
            let button = Button::new((atom, check_atom(checked))).frame_when_inactive(false);
            ui.add(button)
        }
    };
    let name = text.text;
    let enabled = ui.is_enabled();
    response.widget_info(|| WidgetInfo::selected(Role::CheckBox, enabled, checked, &name));
    response
}

/// The box of a checkbox, ticked when `checked`, as an atom.
fn check_atom(checked: bool) -> Atom<'static> {
    Atom::paint(vec2(14.0, 14.0), move |ui: &Ui, args| {
        let visuals = ui.visuals();
        let rect = args.rect;
        let painter = ui.painter();
        let stroke = visuals.widgets.inactive.bg_stroke;
        painter.rect(
            rect,
            2.0,
            visuals.extreme_bg_color,
            stroke,
            egui::StrokeKind::Inside,
        );
        if checked {
            let r = rect.shrink(3.0);
            let tick = vec![
                egui::pos2(r.left(), r.center().y),
                egui::pos2(r.center().x - 1.0, r.bottom()),
                egui::pos2(r.right(), r.top()),
            ];
            let line = egui::Stroke::new(2.0, args.fallback_text_color);
            painter.add(egui::Shape::line(tick, line));
        }
    })
}

/// A selectable label (one of a few choices) showing `text`.
pub fn selectable(ui: &mut Ui, selected: bool, text: &str) -> Response {
    if !needs_shaping(text) {
        return ui.selectable_label(selected, text);
    }
    let response = ui.add(Button::selectable(selected, text_atom(ui, text, None)));
    name_button(&response, text, Some(selected), ui.is_enabled());
    response
}

/// A text and an optional colour, for [`checkbox`].
pub struct LabelText {
    text: String,
    color: Option<Color32>,
}

impl LabelText {
    /// `text` in `color`.
    pub fn colored(text: impl Into<String>, color: Color32) -> Self {
        Self {
            text: text.into(),
            color: Some(color),
        }
    }
}

impl<T: Into<String>> From<T> for LabelText {
    fn from(text: T) -> Self {
        Self {
            text: text.into(),
            color: None,
        }
    }
}
