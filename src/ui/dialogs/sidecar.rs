//! The annotations file could not be used: replace an unreadable one, or save elsewhere
//! when it is read-only.

use crate::l10n::{tr, tr_args};
use crate::logic::action::Action;
use crate::state::AppState;
use crate::state::document::DocId;
use crate::state::settings::UiLanguage;
use crate::ui::bidi_widgets::label;
use crate::ui::widgets::{arabic_label, bidi_button};

/// «Replace the saved annotations?»: the document's sidecar could not be read when it was
/// opened, and saving would write over it.
pub fn replace(ctx: &egui::Context, app: &AppState, id: DocId, actions: &mut Vec<Action>) {
    let lang = app.settings().language;

    let modal = egui::Modal::new(egui::Id::unique("replace sidecar")).show(ctx, |ui| {
        arabic_label(ui, &tr(lang, "dialog-replace-title"), 18.0, None);
        let problem = app
            .documents()
            .iter()
            .find(|d| d.id == id)
            .and_then(|d| d.sidecar.problem.clone())
            .unwrap_or_default();
        arabic_label(ui, &problem, 14.0, None);
        label(ui, &tr(lang, "dialog-replace-explanation"));
        ui.horizontal(|ui| {
            if bidi_button(ui, lang, "dialog-save-and-replace", true).clicked() {
                actions.push(Action::ReplaceSidecar(id));
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

/// The annotations file is read-only: say so, and offer to save them elsewhere.
pub fn read_only(
    ctx: &egui::Context,
    lang: UiLanguage,
    doc: DocId,
    path: &std::path::Path,
    folder: bool,
    actions: &mut Vec<Action>,
) {
    let modal = egui::Modal::new(egui::Id::unique("read-only sidecar")).show(ctx, |ui| {
        arabic_label(ui, &tr(lang, "dialog-read-only-title"), 18.0, None);
        let what = if folder {
            "dialog-read-only-folder"
        } else {
            "dialog-read-only-file"
        };
        let path = path.display().to_string();
        let message = tr_args(lang, what, &[("path", path.into())]);
        arabic_label(ui, &message, 14.0, None);
        ui.horizontal(|ui| {
            if bidi_button(ui, lang, "dialog-save-as", true).clicked() {
                actions.push(Action::SaveAs(doc));
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
