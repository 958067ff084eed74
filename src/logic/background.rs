//! [`BackgroundTasks`]: every task running off the UI thread — loads, extractions,
//! searches, saves, file dialogs, exports, imports, the font lookup, the library — by kind, with what
//! the logic needs to know when each finishes. The status bar lists them
//! ([`BackgroundTasks::running`]); the app is busy while any runs.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::AtomicBool;

use sahifa_annotate::SaveError;
use sahifa_model::{Annotations, Document, TextRange};

use crate::logic::command::Command;
use crate::logic::exporting::ExportError;
use crate::logic::importing::{ImportError, Imported};
use crate::logic::io::{IoError, Saved};
use crate::logic::learner::LearnJob;
use crate::logic::library_jobs::{AddJob, Opened, QueryJob};
use crate::logic::retrain_job::RetrainJob;
use crate::logic::tasks::{Task, TaskStatus};
use crate::state::dialog::PathFor;
use crate::state::document::{DocId, DocStats};

/// What a load task hands back: the article, its counts and any saved annotations, all
/// computed off the UI thread.
pub struct Loaded {
    /// The article.
    pub doc: Document,
    /// Its counts.
    pub stats: DocStats,
    /// Its annotations file, as found.
    pub saved: Saved,
}

/// A file being read.
pub struct LoadJob {
    /// The path as asked for.
    pub path: PathBuf,
    /// The task.
    pub task: Task<Result<Loaded, IoError>>,
}

/// Extraction running for one document.
pub struct ExtractJob {
    /// The document.
    pub doc: DocId,
    /// The task.
    pub task: Task<Result<Annotations, IoError>>,
}

/// A search of one long document.
pub struct FindJob {
    /// The document.
    pub doc: DocId,
    /// The query searched for.
    pub query: String,
    /// Set when a newer query replaces this one: the search stops at its next piece.
    pub cancel: Arc<AtomicBool>,
    /// `None` when the search was cancelled.
    pub task: Task<Option<Vec<TextRange>>>,
}

/// A save of one document's annotations; `Some(path)` when an unreadable file was kept
/// aside as `path`.
pub struct SaveJob {
    /// The document.
    pub doc: DocId,
    /// The task.
    pub task: Task<Result<crate::logic::sidecar_write::Written, SaveError>>,
}

/// A file dialog choosing one path for a document.
pub struct PickJob {
    /// What the path is for.
    pub purpose: PathFor,
    /// The document.
    pub doc: DocId,
    /// The task; `None` when the user cancelled.
    pub task: Task<Result<Option<PathBuf>, IoError>>,
}

/// An import reading a file for a document.
pub struct ImportJob {
    /// The document.
    pub doc: DocId,
    /// The file.
    pub path: PathBuf,
    /// The task.
    pub task: Task<Result<Imported, ImportError>>,
}

/// Every task running, by kind.
#[derive(Default)]
pub struct BackgroundTasks {
    /// Files being read.
    pub loads: Vec<LoadJob>,
    /// Extractions.
    pub extractions: Vec<ExtractJob>,
    /// Searches of long articles.
    pub finds: Vec<FindJob>,
    /// Annotation saves (at most one per document).
    pub saves: Vec<SaveJob>,
    /// File → Open's dialog; `None` inside when the user cancelled.
    pub open_dialog: Option<Task<Result<Option<Vec<PathBuf>>, IoError>>>,
    /// A file dialog for an export, an import or «Save As».
    pub picking: Option<PickJob>,
    /// Exports; each returns the sentence telling what was written.
    pub exports: Vec<Task<Result<String, ExportError>>>,
    /// Imports.
    pub imports: Vec<ImportJob>,
    /// The lookup of the installed Arabic fonts.
    pub fonts: Option<Task<Vec<String>>>,
    /// Knowledge store tasks: opening it, forgetting, resetting, the model.
    pub learning: Vec<LearnJob>,
    /// «Retrain with my annotations».
    pub retrain: Option<RetrainJob>,
    /// Opening the library (or starting a new one on the user's word).
    pub library_open: Option<Task<Result<Opened, sahifa_library::LibraryError>>>,
    /// Library queries, merges and splits.
    pub library_queries: Vec<QueryJob>,
    /// Adding articles to the library.
    pub library_add: Option<AddJob>,
    /// The folder or file dialog of «Add … to library»; `None` inside when cancelled.
    pub library_dialog: Option<Task<Result<Option<Vec<PathBuf>>, IoError>>>,
}

impl BackgroundTasks {
    /// True while any task runs.
    pub fn is_busy(&self) -> bool {
        !self.loads.is_empty()
            || !self.extractions.is_empty()
            || !self.finds.is_empty()
            || !self.saves.is_empty()
            || self.open_dialog.is_some()
            || self.picking.is_some()
            || !self.exports.is_empty()
            || !self.imports.is_empty()
            || !self.learning.is_empty()
            || self.retrain.is_some()
            || self.library_open.is_some()
            || !self.library_queries.is_empty()
            || self.library_add.is_some()
            || self.library_dialog.is_some()
    }

    /// The tasks the status bar lists, in this order: loads, extractions, searches,
    /// saves, exports, imports.
    pub fn running(&self) -> Vec<TaskStatus> {
        let loads = self.loads.iter().map(|j| j.task.status());
        let extractions = self.extractions.iter().map(|j| j.task.status());
        let finds = self.finds.iter().map(|j| j.task.status());
        let saves = self.saves.iter().map(|j| j.task.status());
        let exports = self.exports.iter().map(Task::status);
        let imports = self.imports.iter().map(|j| j.task.status());
        let learning = self.learning.iter().map(|j| j.task.status());
        let retrain = self.retrain.iter().map(|j| TaskStatus {
            cancel: Some(Command::CancelRetrain),
            ..j.task.status()
        });
        let library = self.library_add.iter().map(|j| TaskStatus {
            cancel: Some(Command::CancelLibraryAdd),
            ..j.status()
        });
        let library_open = self.library_open.iter().map(Task::status);
        loads
            .chain(extractions)
            .chain(finds)
            .chain(saves)
            .chain(exports)
            .chain(imports)
            .chain(learning)
            .chain(retrain)
            .chain(library)
            .chain(library_open)
            .collect()
    }
}
