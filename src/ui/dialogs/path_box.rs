//! A path typed by hand, where no file dialog exists.

use egui::Key;

use crate::logic::action::Action;
use crate::state::AppState;
use crate::state::dialog::PathFor;
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
        PathFor::Export(sahifa_annotate::export::ExportFormat::Brat) => {
            "Export brat: folder for NAME.txt and NAME.ann"
        }
        PathFor::Export(_) => "Export to file",
        PathFor::Import => "Import annotations from (.ann or .sahifa.json)",
        PathFor::Open => "Open article (txt, html, md, docx)",
        PathFor::SaveAs => "Save the annotations as (.sahifa.json)",
    };
    let modal = egui::Modal::new(egui::Id::unique("path box")).show(ctx, |ui| {
        ui.heading(title);
        ui.weak("No file dialog is available here; type or edit the path.");
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
            if bidi_button(ui, lang, "OK", true).clicked() || enter {
                actions.push(Action::ConfirmDialog);
            }
            if bidi_button(ui, lang, "Cancel", true).clicked() {
                actions.push(Action::CloseDialog);
            }
        });
    });
    if modal.should_close() {
        actions.push(Action::CloseDialog);
    }
}
