//! Import: the annotations read from a file, with its warnings, waiting for Merge /
//! Replace / Cancel.

use sahifa_model::{Annotations, MentionStatus};

use crate::i18n::{count, tr};
use crate::logic::action::Action;
use crate::state::settings::UiLanguage;
use crate::ui::widgets::{arabic_label, bidi_button};

/// Shows what was read and asks how to use it.
pub fn show(
    ctx: &egui::Context,
    lang: UiLanguage,
    annotations: &Annotations,
    source: &str,
    warnings: &[String],
    actions: &mut Vec<Action>,
) {
    let modal = egui::Modal::new(egui::Id::unique("import")).show(ctx, |ui| {
        arabic_label(ui, tr(lang, "Import annotations"), 18.0, None);
        arabic_label(ui, source, 13.0, None);
        let visible = annotations
            .mentions
            .iter()
            .filter(|m| m.status != MentionStatus::Rejected)
            .count();
        ui.label(format!(
            "{}, {} read.",
            count(annotations.entities.len(), "entity", "entities"),
            count(visible, "mention", "mentions")
        ));
        if !warnings.is_empty() {
            egui::ScrollArea::vertical()
                .max_height(160.0)
                .show(ui, |ui| {
                    for w in warnings {
                        arabic_label(ui, w, 13.0, Some(ui.visuals().warn_fg_color));
                    }
                });
        }
        ui.label("Both choices can be undone with Ctrl+Z.");
        ui.horizontal(|ui| {
            if bidi_button(ui, lang, "Merge", true)
                .on_hover_text("Add the imported mentions that overlap none of the current ones")
                .clicked()
            {
                actions.push(Action::ImportAs(true));
            }
            if bidi_button(ui, lang, "Replace", true)
                .on_hover_text("Use the imported annotations instead of the current ones")
                .clicked()
            {
                actions.push(Action::ImportAs(false));
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
