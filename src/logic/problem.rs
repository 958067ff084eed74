//! [`Problem`]: every failure the user is told about, typed. Each module's error type
//! ([`IoError`], [`SidecarProblem`], [`SettingsError`], [`ExportError`],
//! [`ImportError`], a save's [`SaveError`], a task's [`TaskPanicked`]) converts into it,
//! and [`crate::logic::App::report`] turns it into a notice — the one place an error
//! becomes a message. Errors shown are not also logged.

use sahifa_annotate::{EditError, SaveError};

use crate::l10n::{Language, tr_args};
use crate::logic::exporting::ExportError;
use crate::logic::importing::ImportError;
use crate::logic::io::{IoError, SidecarProblem};
use crate::logic::settings_file::SettingsError;
use crate::logic::tasks::TaskPanicked;

/// A failure to show the user.
#[derive(Debug, thiserror::Error)]
pub enum Problem {
    /// Opening a file or extracting entities failed.
    #[error(transparent)]
    Io(#[from] IoError),
    /// An article's annotations file could not be used.
    #[error(transparent)]
    Sidecar(#[from] SidecarProblem),
    /// The settings file could not be read.
    #[error(transparent)]
    Settings(#[from] SettingsError),
    /// A background task died.
    #[error(transparent)]
    Task(#[from] TaskPanicked),
    /// An edit did not fit the document's annotations.
    #[error("{doc}: {source}")]
    Edit {
        /// The document's name.
        doc: String,
        /// Why.
        source: EditError,
    },
    /// Saving the annotations failed.
    #[error("The annotations could not be saved: {0}")]
    Save(SaveFailure),
    /// The document has no file to save its annotations beside.
    #[error(
        "{doc}: this document has no file, so its annotations cannot be saved beside it; use File > Export"
    )]
    NoFileToSaveBeside {
        /// The document's name.
        doc: String,
    },
    /// An export failed.
    #[error("Export failed: {0}")]
    Export(#[from] ExportError),
    /// An import failed.
    #[error("Import failed: {0}")]
    Import(#[from] ImportError),
    /// Mentions given for a document did not fit its text and were left out.
    #[error("{doc}: {} outside the text left out", mentions_in_english(*.dropped))]
    MentionsOutsideText {
        /// The document's name.
        doc: String,
        /// How many were left out.
        dropped: usize,
    },
    /// The article font could not be used.
    #[error("{0}; the article keeps its current font")]
    Font(String),
}

/// «3 mentions», for the English `Display` (the window says [`Problem::message`]).
fn mentions_in_english(count: usize) -> String {
    tr_args(
        Language::English,
        "mention-count",
        &[("count", count.into())],
    )
}

/// Why a save did not happen.
#[derive(Debug, thiserror::Error)]
pub enum SaveFailure {
    /// Writing failed.
    #[error(transparent)]
    Write(#[from] SaveError),
    /// The save task died.
    #[error(transparent)]
    Task(#[from] TaskPanicked),
}
