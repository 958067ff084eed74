//! egui's own widgets (menu items and titles, submenus, tooltips, radio buttons,
//! checkboxes, labels) with their text shaped by the text layer when it holds
//! right-to-left script: epaint shapes each Arabic word alone and lays the words out left
//! to right, so «إلغاء التحديد» would read «التحديد إلغاء».
//!
//! The text is an [`egui::Atom`] that paints a cosmic-text layout, so egui still sizes,
//! lays out and colours the widget. Each widget's accessible name stays the logical text.
//! Text without right-to-left characters (an English menu) stays egui text, unchanged.

mod atoms;
mod menus;
mod text;
mod toggles;

pub use atoms::{
    UI_TEXT_SIZE, needs_shaping, paint_centered, shaped_atom, shaped_line, sized_atom, text_atom,
    visual_words,
};
pub use menus::{colored_menu_item, menu_item, menu_row, menu_title, submenu};
pub use text::{BidiHover, heading, label, label_colored, show_window, weak};
pub use toggles::{LabelText, checkbox, radio, selectable};
