//! The editor of an entity's name or note.

use egui::Key;

use crate::l10n::tr;
use crate::logic::action::Action;
use crate::state::AppState;
use crate::state::dialog::TextField;
use crate::ui::bidi_widgets::{heading, weak};
use crate::ui::widgets::arabic_label;
use crate::ui::widgets::bidi_button;

pub fn show(
    ctx: &egui::Context,
    app: &AppState,
    field: TextField,
    text: &str,
    actions: &mut Vec<Action>,
) {
    let lang = app.settings().language;
    let (title, id) = match field {
        TextField::Name(id) => ("dialog-rename-title", id),
        TextField::Note(id) => ("dialog-note-title", id),
    };
    let current = app
        .active_document()
        .and_then(|d| d.annotations().entity(id))
        .map(|e| e.name.clone())
        .unwrap_or_default();
    let modal = egui::Modal::new(egui::Id::unique("entity text editor")).show(ctx, |ui| {
        heading(ui, &tr(lang, title));
        arabic_label(ui, &current, 15.0, None);
        let mut value = text.to_owned();
        let response = ui.add(
            sahifa_text::TextInput::new(&mut value)
                .desired_width(360.0)
                .id_salt(("entity text", title)),
        );
        if !response.has_focus() && !ui.ctx().memory(|m| m.focused().is_some()) {
            response.request_focus();
        }
        if response.changed() {
            actions.push(Action::SetDialogText(value));
        }
        let enter = ui.input(|i| i.key_pressed(Key::Enter));
        let blank = matches!(field, TextField::Name(_)) && text.trim().is_empty();
        ui.horizontal(|ui| {
            if (bidi_button(ui, lang, "dialog-ok", !blank).clicked() || enter) && !blank {
                actions.push(Action::ConfirmDialog);
            }
            if bidi_button(ui, lang, "dialog-cancel", true).clicked() {
                actions.push(Action::CloseDialog);
            }
        });
        if matches!(field, TextField::Note(_)) {
            weak(ui, &tr(lang, "dialog-note-empty"));
        }
    });
    if modal.should_close() {
        actions.push(Action::CloseDialog);
    }
}
