//! [`Dialog`]: the modal dialog shown, if any, and what it has been given so far — plain
//! data the ui draws and the logic answers.

use std::path::PathBuf;

use sahifa_annotate::export::ExportFormat;
use sahifa_model::{Annotations, EntityId};

use crate::state::document::DocId;

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

/// What a chosen path is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PathFor {
    /// Export in this format (brat: a folder).
    Export(ExportFormat),
    /// Import a brat `.ann` or a Sahifa sidecar.
    Import,
    /// File → Open: an article to open (only typed, where no file dialog exists).
    Open,
    /// Where to save the annotations instead of the read-only file beside the article.
    SaveAs,
}

/// What is being closed once the user has answered «unsaved changes».
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CloseTarget {
    /// One document.
    Document(DocId),
    /// The window (every document).
    Window,
}

/// A dialog and its state.
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
        path: PathBuf,
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
    /// «Taught names»: what the reader taught, filterable, each with Forget.
    Knowledge {
        /// The filter text.
        filter: String,
        /// True while «Forget everything» waits for its confirmation.
        confirm_reset: bool,
    },
    /// No file dialog exists here: type a path.
    Path {
        /// What the path is for.
        purpose: PathFor,
        /// The path so far.
        text: String,
    },
}
