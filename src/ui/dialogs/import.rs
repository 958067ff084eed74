//! Import: the annotations read from a file, with its warnings, waiting for Merge /
//! Replace / Cancel.

use sahifa_model::{Annotations, MentionStatus};

use crate::l10n::{tr, tr_args};
use crate::logic::action::Action;
use crate::state::settings::UiLanguage;
use crate::ui::bidi_widgets::{BidiHover, label};
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
        arabic_label(ui, &tr(lang, "dialog-import-title"), 18.0, None);
        arabic_label(ui, source, 13.0, None);
        let visible = annotations
            .mentions
            .iter()
            .filter(|m| m.status != MentionStatus::Rejected)
            .count();
        let entities = annotations.entities.len();
        let entities = tr_args(lang, "entity-count", &[("count", entities.into())]);
        let mentions = tr_args(lang, "mention-count", &[("count", visible.into())]);
        let read = [("entities", entities.into()), ("mentions", mentions.into())];
        arabic_label(ui, &tr_args(lang, "dialog-import-read", &read), 14.0, None);
        if !warnings.is_empty() {
            egui::ScrollArea::vertical()
                .max_height(160.0)
                .show(ui, |ui| {
                    for w in warnings {
                        arabic_label(ui, w, 13.0, Some(ui.visuals().warn_fg_color));
                    }
                });
        }
        label(ui, &tr(lang, "dialog-import-undoable"));
        ui.horizontal(|ui| {
            if bidi_button(ui, lang, "dialog-import-merge", true)
                .hover_text(tr(lang, "dialog-import-merge-tooltip"))
                .clicked()
            {
                actions.push(Action::ImportAs(true));
            }
            if bidi_button(ui, lang, "dialog-import-replace", true)
                .hover_text(tr(lang, "dialog-import-replace-tooltip"))
                .clicked()
            {
                actions.push(Action::ImportAs(false));
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
