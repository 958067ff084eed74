//! The tooltip of the mention under the pointer: its entity, type, title and note, its
//! status in words and how to change it.

use egui::Ui;
use sahifa_model::MentionStatus;

use crate::l10n::{label_name, tr};
use crate::state::document::OpenDocument;
use crate::state::knowledge::Knowledge;
use crate::state::settings::UiLanguage;
use crate::ui::bidi_widgets::label_colored;
use crate::ui::widgets::{arabic_label, label_color, weak_line};

/// The entity, type and title of the mention under the pointer.
pub fn mention_tooltip(
    ui: &mut Ui,
    doc: &OpenDocument,
    offset: usize,
    lang: UiLanguage,
    knowledge: &Knowledge,
) {
    let annotations = doc.annotations();
    let Some(mention) = doc.mention_at(offset) else {
        return;
    };
    let entity = mention.entity.and_then(|id| annotations.entity(id));
    let id = ui.scope_id().with("mention tooltip");
    egui::Tooltip::always_open(
        ui.ctx().clone(),
        ui.layer_id(),
        id,
        egui::PopupAnchor::Pointer,
    )
    .show(|ui| {
        if let Some(entity) = entity {
            arabic_label(ui, &entity.name, 16.0, None);
            if let Some(title) = &entity.title {
                arabic_label(ui, title, 14.0, None);
            }
        } else {
            arabic_label(ui, doc.doc.text.slice(mention.range), 16.0, None);
        }
        label_colored(
            ui,
            &label_name(lang, mention.label),
            Some(label_color(mention.label)),
        );
        let text = doc.doc.text.slice(mention.range);
        if let Some(line) = taught_line(knowledge, text, mention.label, lang) {
            weak_line(ui, &line);
        }
        status_hint(ui, doc, mention, lang);
    });
}

/// «From your annotations» when a mention of `text` as `label` is a name the reader
/// taught (same type; loose spelling).
pub fn taught_line(
    knowledge: &Knowledge,
    text: &str,
    label: sahifa_model::Label,
    lang: UiLanguage,
) -> Option<String> {
    knowledge
        .is_taught(text, label)
        .then(|| tr(lang, "mention-from-your-annotations"))
}

/// The message id of a mention's status in words, with how it looks — the legend of the
/// text's marks.
pub fn status_text(status: MentionStatus) -> &'static str {
    match status {
        MentionStatus::Auto => "mention-status-auto",
        MentionStatus::Confirmed => "mention-status-confirmed",
        MentionStatus::Manual => "mention-status-manual",
        MentionStatus::Rejected => "mention-status-rejected",
    }
}

/// The end of a mention's tooltip: its entity's note, its status and how to change it.
pub fn status_hint(
    ui: &mut Ui,
    doc: &OpenDocument,
    mention: &sahifa_model::Mention,
    lang: UiLanguage,
) {
    let note = mention
        .entity
        .and_then(|id| doc.annotations().entity(id))
        .and_then(|e| e.note.as_deref());
    if let Some(note) = note {
        arabic_label(ui, note, 13.0, None);
    }
    weak_line(ui, &tr(lang, status_text(mention.status)));
    weak_line(ui, &tr(lang, "mention-right-click"));
}
