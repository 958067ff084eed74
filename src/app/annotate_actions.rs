//! What the annotation menus and dialogs ask for ([`AnnotateAction`]), the dialogs' state
//! ([`Dialog`]), and running both.

use sahifa_annotate::export::ExportFormat;
use sahifa_annotate::{Edit, Target};
use sahifa_model::{Annotations, EntityId, Label, TextRange};

use crate::app::annotations::CloseTarget;
use crate::app::document::DocId;
use crate::app::{Command, SahifaApp};

/// Why the entity picker is open.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PickFor {
    /// Attach the mention at this index to the picked entity.
    Attach(usize),
    /// Merge this entity into the picked one.
    MergeInto(EntityId),
}

/// A free-text field being edited.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextField {
    /// The entity's canonical name.
    Name(EntityId),
    /// The entity's note.
    Note(EntityId),
}

/// An annotation dialog and its state.
#[derive(Clone, Debug, PartialEq)]
pub enum Dialog {
    /// «Unsaved changes»: Save / Discard / Cancel before closing.
    Unsaved(CloseTarget),
    /// The document's sidecar could not be read when it was opened; saving replaces it.
    ReplaceSidecar(DocId),
    /// The annotations file (or its folder) is read-only: nothing was written; offer to
    /// save them elsewhere.
    ReadOnly {
        /// The document.
        doc: DocId,
        /// The file that was not written.
        path: std::path::PathBuf,
        /// True when the folder is read-only rather than the file.
        folder: bool,
    },
    /// Pick an entity from a searchable list.
    PickEntity {
        /// What the pick is for.
        purpose: PickFor,
        /// The search text.
        filter: String,
    },
    /// Edit an entity's name or note.
    EditText {
        /// Which field.
        field: TextField,
        /// The text so far.
        text: String,
    },
    /// Annotations read from a file, waiting for Merge / Replace / Cancel.
    Import {
        /// The document they are for.
        doc: DocId,
        /// What was read.
        annotations: Annotations,
        /// The file, for the dialog.
        source: String,
        /// Lines skipped, mentions not placed: shown before the user decides.
        warnings: Vec<String>,
    },
    /// No file dialog exists here: type a path.
    Path {
        /// What the path is for.
        purpose: crate::app::annotate_files::PathFor,
        /// The path so far.
        text: String,
    },
}

/// Something an annotation menu or dialog asks the app to do.
#[derive(Clone, Debug, PartialEq)]
pub enum AnnotateAction {
    /// The article's selection changed.
    TextSelected(Option<TextRange>),
    /// Apply an edit to the shown document (undoable).
    Apply(Edit),
    /// Mark the article selection as this type.
    MarkSelection(Label),
    /// Open a dialog.
    Open(Dialog),
    /// Replace the text or filter of the open dialog.
    SetDialogText(String),
    /// Close the open dialog without doing anything.
    CloseDialog,
    /// The entity picker's choice (`None`: no entity).
    Picked(Option<EntityId>),
    /// OK in the open dialog (name, note, path).
    ConfirmDialog,
    /// Answer to «unsaved changes»: save, discard, or `None` to cancel.
    Unsaved(CloseTarget, Option<bool>),
    /// Replace the unreadable sidecar of the shown document with the current annotations.
    ReplaceSidecar(DocId),
    /// Save the annotations of a document to a file the user picks (its own is read-only).
    SaveAs(DocId),
    /// Import: merge (`true`) or replace (`false`) the read annotations.
    ImportAs(bool),
    /// Place unplaced mention `i` on the article selection.
    Place(usize),
    /// Drop unplaced mention `i`.
    DropUnplaced(usize),
    /// Show or hide the unplaced-mentions window.
    ShowUnplaced(bool),
}

impl SahifaApp {
    /// Runs an annotation command (undo, redo, save, mark, export, import).
    pub(crate) fn run_annotation_command(&mut self, command: Command) {
        match command {
            Command::Undo => self.undo(),
            Command::Redo => self.redo(),
            Command::Save => self.save_active(),
            Command::MarkAs(label) => self.mark_selection(label),
            Command::ExportBrat => self.start_export(ExportFormat::Brat),
            Command::ExportConll => self.start_export(ExportFormat::Conll),
            Command::ExportJsonl => self.start_export(ExportFormat::Jsonl),
            Command::ExportW3c => self.start_export(ExportFormat::W3c),
            Command::Import => self.start_import(),
            Command::UnplacedMentions => {
                if let Some(doc) = self.active_document_mut() {
                    doc.edits.unplaced_open = !doc.edits.unplaced_open;
                }
            }
            _ => {}
        }
    }

    /// Runs what an annotation menu or dialog asked for.
    pub(crate) fn run_annotation_action(&mut self, action: AnnotateAction) {
        match action {
            AnnotateAction::TextSelected(range) => {
                if let Some(doc) = self.active_document_mut() {
                    doc.edits.selection = range;
                }
            }
            AnnotateAction::Apply(edit) => {
                if let Some(i) = self.active {
                    self.apply_edit(i, edit);
                }
            }
            AnnotateAction::MarkSelection(label) => self.mark_selection(label),
            AnnotateAction::Open(dialog) => self.annot.dialog = Some(dialog),
            AnnotateAction::SetDialogText(new) => match &mut self.annot.dialog {
                Some(Dialog::PickEntity { filter: text, .. })
                | Some(Dialog::EditText { text, .. })
                | Some(Dialog::Path { text, .. }) => *text = new,
                _ => {}
            },
            AnnotateAction::CloseDialog => self.annot.dialog = None,
            AnnotateAction::Picked(entity) => {
                if let Some(Dialog::PickEntity { purpose, .. }) = self.annot.dialog.take() {
                    let edit = match (purpose, entity) {
                        (PickFor::Attach(mention), entity) => {
                            Some(Edit::AttachMention { mention, entity })
                        }
                        (PickFor::MergeInto(absorb), Some(keep)) => {
                            Some(Edit::MergeEntities { keep, absorb })
                        }
                        (PickFor::MergeInto(_), None) => None,
                    };
                    if let (Some(edit), Some(i)) = (edit, self.active) {
                        self.apply_edit(i, edit);
                    }
                }
            }
            AnnotateAction::ConfirmDialog => match self.annot.dialog.take() {
                Some(Dialog::EditText { field, text }) => {
                    let edit = match field {
                        TextField::Name(entity) => Edit::Rename {
                            entity,
                            name: text.trim().to_owned(),
                        },
                        TextField::Note(entity) => Edit::SetNote {
                            entity,
                            note: Some(text),
                        },
                    };
                    if let Some(i) = self.active {
                        self.apply_edit(i, edit);
                    }
                }
                Some(Dialog::Path { purpose, text }) => self.path_typed(purpose, &text),
                other => self.annot.dialog = other,
            },
            AnnotateAction::Unsaved(target, save) => self.answer_unsaved(target, save),
            AnnotateAction::ReplaceSidecar(id) => {
                self.annot.dialog = None;
                if let Some(i) = self.doc_index(id) {
                    self.start_save(i, true);
                }
            }
            AnnotateAction::SaveAs(id) => {
                self.annot.dialog = None;
                self.start_save_as(id);
            }
            AnnotateAction::ImportAs(merge) => self.finish_import(merge),
            AnnotateAction::Place(i) => self.place_unplaced(i),
            AnnotateAction::DropUnplaced(i) => self.drop_unplaced(i),
            AnnotateAction::ShowUnplaced(open) => {
                if let Some(doc) = self.active_document_mut() {
                    doc.edits.unplaced_open = open;
                }
            }
        }
    }
}

/// The edit that deletes what `target` names (menus use it for «Delete»).
pub fn delete(target: Target) -> AnnotateAction {
    AnnotateAction::Apply(Edit::Delete { target })
}
