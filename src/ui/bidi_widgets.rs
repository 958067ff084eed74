//! egui's own widgets (menu items and titles, submenus, tooltips, radio buttons,
//! checkboxes, labels) with their text shaped by the text layer when it holds
//! right-to-left script: epaint shapes each Arabic word alone and lays the words out left
//! to right, so «إلغاء التحديد» would read «التحديد إلغاء».
//!
//! The text is an egui [`Atom`] that paints a cosmic-text layout, so egui still sizes,
//! lays out and colours the widget. Each widget's accessible name stays the logical text.
//! Text without right-to-left characters (an English menu) stays egui text, unchanged.

use egui::{Atom, Button, Color32, Response, RichText, Role, Ui, WidgetInfo, WidgetText, vec2};
use sahifa_text::{ParagraphLayout, ParagraphStyle, TextSystem};

use crate::state::settings::UiLanguage;

/// Font size of interface text drawn by the text layer (egui's body size).
pub const UI_TEXT_SIZE: f32 = 14.0;

/// Line height (times the font size) of interface text: Naskh needs more room than
/// egui's 1.0 for its marks, less than the article's 1.5.
const UI_LINE_HEIGHT: f32 = 1.3;

/// Whether `text` holds a right-to-left character (Hebrew, Arabic, Syriac, Thaana, N'Ko,
/// their presentation forms): text egui would lay out in the wrong word order.
pub fn needs_shaping(text: &str) -> bool {
    text.chars().any(|c| {
        matches!(c,
            '\u{0590}'..='\u{08FF}'
            | '\u{FB1D}'..='\u{FDFF}'
            | '\u{FE70}'..='\u{FEFF}'
            | '\u{10800}'..='\u{10FFF}'
            | '\u{1E800}'..='\u{1EFFF}')
    })
}

/// `text` laid out on one line by the text layer at `size` points.
pub fn shaped_line(ctx: &egui::Context, text: &str, size: f32) -> std::sync::Arc<ParagraphLayout> {
    let mut style = ParagraphStyle::new(size, None);
    style.pixels_per_point = ctx.pixels_per_point();
    style.line_height = UI_LINE_HEIGHT;
    let shared = TextSystem::shared(ctx);
    let mut ts = TextSystem::lock(&shared);
    ts.layout_cached(ctx, text, &style)
}

/// The words of `text` in the order the text layer shows them on one line, left to
/// right: «إلغاء التحديد» gives «التحديد», «إلغاء». For tests and debugging.
pub fn visual_words(ctx: &egui::Context, text: &str) -> Vec<String> {
    let words: Vec<(std::ops::Range<usize>, &str)> = {
        let mut out = Vec::new();
        let mut offset = 0;
        for piece in text.split(' ') {
            let len = piece.chars().count();
            if len > 0 {
                out.push((offset..offset + len, piece));
            }
            offset += len + 1;
        }
        out
    };
    let layout = shaped_line(ctx, text, UI_TEXT_SIZE);
    let mut placed: Vec<(f32, &str)> = words
        .iter()
        .filter_map(|(range, word)| {
            let xs: Vec<f32> = layout
                .lines()
                .first()?
                .glyphs
                .iter()
                .filter(|g| range.contains(&(g.start as usize)))
                .map(|g| g.x + g.w / 2.0)
                .collect();
            let mean = xs.iter().sum::<f32>() / xs.len().max(1) as f32;
            (!xs.is_empty()).then_some((mean, *word))
        })
        .collect();
    placed.sort_by(|a, b| a.0.total_cmp(&b.0));
    placed.into_iter().map(|(_, w)| w.to_owned()).collect()
}

/// An atom showing `text` shaped by the text layer, in `color` or else the colour egui
/// gives the widget's text (weak when disabled, strong when hovered).
pub fn shaped_atom(ui: &Ui, text: &str, size: f32, color: Option<Color32>) -> Atom<'static> {
    let ctx = ui.ctx().clone();
    let layout = shaped_line(&ctx, text, size);
    let (ink_left, ink_width) = layout.content_x_range().unwrap_or((0.0, 0.0));
    let atom_size = vec2(ink_width.ceil(), layout.height());
    Atom::paint(atom_size, move |ui: &Ui, args| {
        let color = color.unwrap_or(args.fallback_text_color);
        let top = args.rect.center().y - layout.height() / 2.0;
        let origin = egui::pos2(args.rect.left() - ink_left, top);
        let shared = TextSystem::shared(ui.ctx());
        let mut ts = TextSystem::lock(&shared);
        let shapes = ts.paragraph_shapes(ui.ctx(), &layout, origin, color, ui.clip_rect());
        drop(ts);
        ui.painter().extend(shapes);
    })
}

/// Paints `text` (shaped by the text layer) centred on `center`, for overlays.
pub fn paint_centered(painter: &egui::Painter, text: &str, size: f32, color: Color32) {
    if !needs_shaping(text) {
        let font = egui::FontId::proportional(size);
        let center = painter.clip_rect().center();
        painter.text(center, egui::Align2::CENTER_CENTER, text, font, color);
        return;
    }
    let ctx = painter.ctx();
    let layout = shaped_line(ctx, text, size);
    let (ink_left, ink_width) = layout.content_x_range().unwrap_or((0.0, 0.0));
    let center = painter.clip_rect().center();
    let origin = egui::pos2(
        center.x - ink_width / 2.0 - ink_left,
        center.y - layout.height() / 2.0,
    );
    let shared = TextSystem::shared(ctx);
    let mut ts = TextSystem::lock(&shared);
    let shapes = ts.paragraph_shapes(ctx, &layout, origin, color, painter.clip_rect());
    drop(ts);
    painter.extend(shapes);
}

/// The atom for `text`: egui text when it has no right-to-left character, else shaped.
pub fn text_atom(ui: &Ui, text: &str, color: Option<Color32>) -> Atom<'static> {
    if needs_shaping(text) {
        return shaped_atom(ui, text, UI_TEXT_SIZE, color);
    }
    match color {
        Some(color) => RichText::new(text).color(color).into(),
        None => WidgetText::from(text).into(),
    }
}

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

/// The atom for `text` at `size` points: shaped when it has right-to-left characters.
pub fn sized_atom(ui: &Ui, text: &str, size: f32, color: Option<Color32>) -> Atom<'static> {
    if needs_shaping(text) {
        return shaped_atom(ui, text, size, color);
    }
    let text = RichText::new(text).size(size);
    match color {
        Some(color) => text.color(color).into(),
        None => text.into(),
    }
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
fn name_button(response: &Response, text: &str, checked: Option<bool>, enabled: bool) {
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

/// A label: egui's when `text` has no right-to-left character, else shaped (wrapping).
pub fn label(ui: &mut Ui, text: &str) -> Response {
    label_colored(ui, text, None)
}

/// A strong label (see [`label`]).
pub fn strong(ui: &mut Ui, text: &str) -> Response {
    if !needs_shaping(text) {
        return ui.strong(text);
    }
    ui.add(sahifa_text::TextLabel::new(text).size(UI_TEXT_SIZE).bold())
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
