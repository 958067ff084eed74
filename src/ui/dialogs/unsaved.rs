//! «Unsaved annotation changes»: Save / Discard / Cancel before closing.

use crate::l10n::tr;
use crate::logic::action::Action;
use crate::state::AppState;
use crate::state::dialog::CloseTarget;
use crate::ui::bidi_widgets::BidiHover;
use crate::ui::widgets::{arabic_label, bidi_button};

pub fn show(ctx: &egui::Context, app: &AppState, target: CloseTarget, actions: &mut Vec<Action>) {
    let lang = app.settings().language;
    let names: Vec<String> = app
        .documents()
        .iter()
        .filter(|d| match target {
            CloseTarget::Document(id) => d.id == id,
            CloseTarget::Window => d.history.is_dirty(),
        })
        .map(|d| d.doc.display_name())
        .collect();
    let modal = egui::Modal::new(egui::Id::unique("unsaved changes")).show(ctx, |ui| {
        arabic_label(ui, &tr(lang, "dialog-unsaved-title"), 18.0, None);
        for name in &names {
            arabic_label(ui, name, 15.0, None);
        }
        arabic_label(ui, &tr(lang, "dialog-unsaved-question"), 14.0, None);
        ui.horizontal(|ui| {
            if bidi_button(ui, lang, "dialog-save", true).clicked() {
                actions.push(Action::AnswerUnsaved(target, Some(true)));
            }
            if bidi_button(ui, lang, "dialog-discard", true)
                .hover_text(tr(lang, "dialog-discard-tooltip"))
                .clicked()
            {
                actions.push(Action::AnswerUnsaved(target, Some(false)));
            }
            if bidi_button(ui, lang, "dialog-cancel", true).clicked() {
                actions.push(Action::AnswerUnsaved(target, None));
            }
        });
    });
    if modal.should_close() {
        actions.push(Action::AnswerUnsaved(target, None));
    }
}
