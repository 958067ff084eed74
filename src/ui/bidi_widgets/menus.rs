//! Menu items, titles, submenus and rows whose Arabic text is shaped, from the right in
//! Arabic, the shortcut on the left.

use egui::{Atom, Button, Color32, Response, RichText, Role, Ui, WidgetInfo, vec2};

use super::atoms::text_atom;
use crate::state::settings::UiLanguage;

/// A menu item: `text`, its `shortcut` on the far side (left in Arabic), highlighted
/// when `checked`; named `text` for screen readers.
pub fn menu_item(
    ui: &mut Ui,
    lang: UiLanguage,
    text: &str,
    shortcut: Option<String>,
    checked: Option<bool>,
    enabled: bool,
) -> Response {
    let mut button = item_button(text_atom(ui, text, None), lang, shortcut);
    if let Some(checked) = checked {
        button = button.selected(checked);
    }
    let response = ui.add_enabled(enabled, button);
    name_button(&response, text, checked, enabled);
    response
}

/// A row of text in a menu (a heading, a status line): `atoms` in reading order, from
/// the right in Arabic, without widening the menu. Named `name` for screen readers.
pub fn menu_row(ui: &mut Ui, lang: UiLanguage, name: &str, atoms: Vec<Atom<'static>>) -> Response {
    let mut row = egui::Atoms::default();
    match lang {
        UiLanguage::English => atoms.into_iter().for_each(|a| row.push_right(a)),
        UiLanguage::Arabic => {
            row.push_right(Atom::grow());
            atoms.into_iter().rev().for_each(|a| row.push_right(a));
        }
    }
    let response = ui.add(egui::WidgetAtom::new(row));
    let name = name.to_owned();
    response.widget_info(|| WidgetInfo::labeled(Role::Label, true, &name));
    response
}

/// A menu item's button: the text at the start of the reading direction (the right in
/// Arabic), the shortcut, weak, at the other end.
fn item_button(atom: Atom<'static>, lang: UiLanguage, shortcut: Option<String>) -> Button<'static> {
    let shortcut = shortcut.map(|s| RichText::new(s).weak());
    match (lang, shortcut) {
        (UiLanguage::English, None) => Button::new(atom),
        (UiLanguage::English, Some(shortcut)) => Button::new(atom).shortcut_text(shortcut),
        (UiLanguage::Arabic, None) => Button::new((Atom::grow(), atom)),
        (UiLanguage::Arabic, Some(shortcut)) => Button::new(atom).left_text(shortcut),
    }
}

/// A colour-labelled menu item (an entity type) with its shortcut.
pub fn colored_menu_item(
    ui: &mut Ui,
    lang: UiLanguage,
    text: &str,
    color: Color32,
    shortcut: Option<String>,
) -> Response {
    let button = item_button(text_atom(ui, text, Some(color)), lang, shortcut);
    let response = ui.add(button);
    name_button(&response, text, None, true);
    response
}

/// Names a button `text` for screen readers, after egui named it from its atoms.
pub(super) fn name_button(response: &Response, text: &str, checked: Option<bool>, enabled: bool) {
    let text = text.to_owned();
    response.widget_info(|| match checked {
        Some(checked) => WidgetInfo::selected(Role::Button, enabled, checked, &text),
        None => WidgetInfo::labeled(Role::Button, enabled, &text),
    });
}

/// A menu title in the menu bar (or a button opening a menu) showing `text`.
pub fn menu_title<R>(ui: &mut Ui, text: &str, content: impl FnOnce(&mut Ui) -> R) -> Response {
    let button = Button::new(text_atom(ui, text, None));
    let (response, _) = egui::containers::menu::MenuButton::from_button(button).ui(ui, content);
    name_button(&response, text, None, ui.is_enabled());
    response
}

/// A submenu item showing `text` and the arrow; the submenu opens on hover.
pub fn submenu<R>(
    ui: &mut Ui,
    lang: UiLanguage,
    text: &str,
    content: impl FnOnce(&mut Ui) -> R,
) -> Response {
    use egui::containers::menu::SubMenuButton;
    let atom = text_atom(ui, text, None);
    let button = match lang {
        UiLanguage::English => Button::new(atom).right_text(SubMenuButton::arrow_atom(None)),
        UiLanguage::Arabic => Button::new((left_arrow_atom(), Atom::grow(), atom)),
    };
    let (response, _) = SubMenuButton::from_button(button).ui(ui, content);
    name_button(&response, text, None, ui.is_enabled());
    response
}

/// The submenu arrow of a right-to-left menu: on the left, pointing left.
fn left_arrow_atom() -> Atom<'static> {
    Atom::paint(vec2(14.0, 14.0), |ui: &Ui, args| {
        let rect = egui::Rect::from_center_size(
            args.rect.center(),
            vec2(args.rect.width() * 0.55, args.rect.height() * 0.35),
        );
        let quarter = std::f32::consts::TAU / 4.0;
        let shape = egui::Shape::rotated_triangle(rect, quarter, args.fallback_text_color);
        ui.painter().add(shape);
    })
}
