//! Names of the crates' values in the interface language: entity types, document
//! formats, export formats, and the undo steps the annotation edits describe.

use sahifa_annotate::export::ExportFormat;
use sahifa_model::{Format, Label};

use super::{Language, tr, tr_args};

/// The message id of an entity type's name for one mention or one choice.
pub fn label_id(label: Label) -> &'static str {
    match label {
        Label::Person => "label-person",
        Label::Org => "label-org",
        Label::Location => "label-location",
        Label::Event => "label-event",
        Label::Date => "label-date",
        Label::Title => "label-title",
        Label::Misc => "label-misc",
    }
}

/// An entity type's name for one mention or one choice («PERSON», «شخص»): menus that
/// mark or relabel, tooltips, pickers.
pub fn label_name(lang: Language, label: Label) -> String {
    tr(lang, label_id(label))
}

/// An entity type's name as the heading of its group («PERSON», «أشخاص»): the sidebar's
/// groups and the colour legend.
pub fn label_group_name(lang: Language, label: Label) -> String {
    let id = match label {
        Label::Person => "label-person-group",
        Label::Org => "label-org-group",
        Label::Location => "label-location-group",
        Label::Event => "label-event-group",
        Label::Date => "label-date-group",
        Label::Title => "label-title-group",
        Label::Misc => "label-misc-group",
    };
    tr(lang, id)
}

/// A document format's name, as the status bar shows it.
pub fn format_name(lang: Language, format: Format) -> String {
    let id = match format {
        Format::Text => "format-text",
        Format::Html => "format-html",
        Format::Markdown => "format-markdown",
        Format::Docx => "format-docx",
    };
    tr(lang, id)
}

/// An export format's name, for file dialogs and messages.
pub fn export_format_name(lang: Language, format: ExportFormat) -> String {
    let id = match format {
        ExportFormat::Brat => "export-format-brat",
        ExportFormat::Conll => "export-format-conll",
        ExportFormat::Jsonl => "export-format-jsonl",
        ExportFormat::W3c => "export-format-w3c",
    };
    tr(lang, id)
}

/// The undo steps' descriptions as the annotation crate and the app write them
/// (`Edit::description`, the app's own steps), each with its message.
const EDIT_STEPS: [(&str, &str); 17] = [
    ("Add mention", "edit-add-mention"),
    ("Attach mention", "edit-attach-mention"),
    ("Change type", "edit-change-type"),
    ("Confirm", "edit-confirm"),
    ("Reject mention", "edit-reject-mention"),
    ("Delete", "edit-delete"),
    ("Merge entities", "edit-merge-entities"),
    ("Split mention", "edit-split-mention"),
    ("Rename entity", "edit-rename-entity"),
    ("Set title", "edit-set-title"),
    ("Set note", "edit-set-note"),
    ("Extract entities again", "edit-extract-again"),
    ("Place mention", "edit-place-mention"),
    ("Drop unplaced mention", "edit-drop-unplaced"),
    ("Import (merge)", "edit-import-merge"),
    ("Import (replace)", "edit-import-replace"),
    ("Merge another window's save", "edit-merge-other-save"),
];

/// The message id of an undo step's description, if it is one of the known steps.
pub(super) fn edit_step_id(description: &str) -> Option<&'static str> {
    EDIT_STEPS
        .iter()
        .find(|(english, _)| *english == description)
        .map(|(_, id)| *id)
}

/// An undo step's description for «Undo …» / «Redo …» («add mention», «إضافة إشارة»).
/// The descriptions come from the annotation crate in English; one this layer does not
/// know shows in lower case as it is.
pub fn edit_step(lang: Language, description: &str) -> String {
    match edit_step_id(description) {
        Some(id) => tr(lang, id),
        None => description.to_lowercase(),
    }
}

/// «Undo add mention» / «تراجع عن إضافة إشارة»: an Undo or Redo menu entry naming its step.
pub fn undo_entry(lang: Language, redo: bool, description: &str) -> String {
    let id = if redo {
        "menu-redo-step"
    } else {
        "menu-undo-step"
    };
    tr_args(lang, id, &[("step", edit_step(lang, description).into())])
}
