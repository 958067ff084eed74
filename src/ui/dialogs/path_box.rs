//! A path typed by hand, where no file dialog exists.

use egui::Key;

use crate::l10n::tr;
use crate::logic::action::Action;
use crate::state::AppState;
use crate::state::dialog::PathFor;
use crate::ui::bidi_widgets::{heading, weak};
use crate::ui::widgets::bidi_button;

pub fn show(
    ctx: &egui::Context,
    app: &AppState,
    purpose: PathFor,
    text: &str,
    actions: &mut Vec<Action>,
) {
    let lang = app.settings().language;
    let title = match purpose {
        PathFor::Export(sahifa_annotate::export::ExportFormat::Brat) => "dialog-path-export-brat",
        PathFor::Export(_) => "dialog-path-export",
        PathFor::Import => "dialog-path-import",
        PathFor::Open => "dialog-path-open",
        PathFor::SaveAs => "dialog-path-save-as",
    };
    let modal = egui::Modal::new(egui::Id::unique("path box")).show(ctx, |ui| {
        heading(ui, &tr(lang, title));
        weak(ui, &tr(lang, "dialog-path-no-dialog"));
        let mut value = text.to_owned();
        let response = ui.add(
            sahifa_text::TextInput::new(&mut value)
                .desired_width(480.0)
                .id_salt("annotation path"),
        );
        if response.changed() {
            actions.push(Action::SetDialogText(value));
        }
        let enter = ui.input(|i| i.key_pressed(Key::Enter));
        ui.horizontal(|ui| {
            if bidi_button(ui, lang, "dialog-ok", true).clicked() || enter {
                actions.push(Action::ConfirmDialog);
            }
            if bidi_button(ui, lang, "dialog-cancel", true).clicked() {
                actions.push(Action::CloseDialog);
            }
        });
    });
    if modal.should_close() {
        actions.push(Action::CloseDialog);
    }
}
