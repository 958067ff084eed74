//! Choosing files for File → Export, File → Import and «Save As»: the system's file
//! dialog on a background task (or a typed path where no dialog exists), then the export
//! or import on a background task. An import is applied as one undoable step, merged
//! into the current annotations or replacing them.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use sahifa_annotate::export::ExportFormat;
use sahifa_model::Document;

use crate::l10n::{Language, export_format_name, tr, tr_args};
use crate::logic::App;
use crate::logic::background::{ImportJob, PickJob};
use crate::logic::editing::replace_all;
use crate::logic::exporting::{default_export_path, export_to};
use crate::logic::importing::{merge_import, read_import};
use crate::logic::io::{self, IoError};
use crate::logic::tasks::{Task, take_finished};
use crate::state::dialog::{Dialog, PathFor};
use crate::state::document::DocId;

/// Where «Save As» suggests saving: `NAME (copy).sahifa.json` in the user's documents
/// folder (the article's own folder may be the read-only one).
fn save_as_suggestion(doc: &Document) -> PathBuf {
    let stem = doc
        .source
        .path
        .as_deref()
        .and_then(Path::file_name)
        .map_or_else(|| doc.display_name(), |n| n.to_string_lossy().into_owned());
    let dir = dirs::document_dir()
        .or_else(dirs::home_dir)
        .unwrap_or_default();
    dir.join(format!("{stem} (copy).sahifa.json"))
}

impl App {
    /// File → Export: asks where, then writes in the background.
    pub(crate) fn start_export(&mut self, format: ExportFormat) {
        self.pick_path(PathFor::Export(format));
    }

    /// File → Import: asks for a file, then reads it in the background.
    pub(crate) fn start_import(&mut self) {
        self.pick_path(PathFor::Import);
    }

    /// «Save As»: asks where to save the annotations of document `id`, then saves there
    /// from now on.
    pub(crate) fn start_save_as(&mut self, id: DocId) {
        if let Some(i) = self.state.doc_index(id) {
            self.state.set_active(i);
            self.pick_path(PathFor::SaveAs);
        }
    }

    /// Asks for a path for `purpose`: the system's file dialog on a background task, or a
    /// typed path where none exists.
    fn pick_path(&mut self, purpose: PathFor) {
        let Some(doc) = self.state.active_document() else {
            return;
        };
        if self.tasks.picking.is_some() {
            return;
        }
        let suggestion = suggested_path(&doc.doc, purpose);
        if io::file_dialog_missing() {
            self.state.dialog = Some(Dialog::Path {
                purpose,
                text: suggestion.display().to_string(),
            });
            return;
        }
        let id = doc.id;
        let lang = self.state.settings.language;
        let task = Task::spawn(
            tr(lang, "task-choosing-file"),
            self.waker.as_ref(),
            move |_| choose_with_dialog(purpose, &suggestion, lang),
        );
        self.tasks.picking = Some(PickJob {
            purpose,
            doc: id,
            task,
        });
    }

    /// A path typed where no file dialog exists.
    pub(crate) fn path_typed(&mut self, purpose: PathFor, text: &str) {
        let text = text.trim();
        if text.is_empty() {
            return;
        }
        if purpose == PathFor::Open {
            self.open_paths(vec![PathBuf::from(text)], true);
            return;
        }
        if let Some(id) = self.state.active_document().map(|d| d.id) {
            self.path_chosen(purpose, id, PathBuf::from(text));
        }
    }

    /// Does what the path was chosen for.
    fn path_chosen(&mut self, purpose: PathFor, id: DocId, path: PathBuf) {
        let lang = self.state.settings.language;
        let Some(index) = self.state.doc_index(id) else {
            return;
        };
        let Some(doc) = self.state.document_mut(index) else {
            return;
        };
        let article = Arc::clone(&doc.doc);
        match purpose {
            PathFor::Export(format) => {
                let annotations = doc.annotations().clone();
                let args = [
                    ("name", article.display_name().into()),
                    ("format", export_format_name(lang, format).into()),
                ];
                let name = tr_args(lang, "task-exporting", &args);
                let task = Task::spawn(name, self.waker.as_ref(), move |_| {
                    export_to(lang, format, &article, &annotations, &path)
                });
                self.tasks.exports.push(task);
            }
            PathFor::Open => self.open_paths(vec![path], true),
            PathFor::SaveAs => {
                doc.sidecar.path = Some(path);
                // A file the user chose: written as asked, not merged with.
                doc.sidecar.on_disk = crate::state::sidecar::OnDisk::Unknown;
                self.start_save(index, false);
            }
            PathFor::Import => {
                let args = [("name", article.display_name().into())];
                let name = tr_args(lang, "task-importing", &args);
                let file = path.clone();
                let task = Task::spawn(name, self.waker.as_ref(), move |_| {
                    read_import(&file, &article, lang)
                });
                self.tasks.imports.push(ImportJob {
                    doc: id,
                    path,
                    task,
                });
            }
        }
    }

    /// Collects finished dialogs, exports and imports.
    pub(crate) fn poll_file_jobs(&mut self) {
        self.poll_picking();
        for (_, result) in take_finished(&mut self.tasks.exports, |t| t) {
            match result {
                Ok(Ok(message)) => self.inform(message),
                Ok(Err(problem)) => self.report(problem),
                Err(panicked) => self.report(panicked),
            }
        }
        for (ImportJob { doc, path, .. }, result) in
            take_finished(&mut self.tasks.imports, |j| &j.task)
        {
            match result {
                Ok(Ok(imported)) => {
                    self.state.dialog = Some(Dialog::Import {
                        doc,
                        annotations: imported.annotations,
                        source: path.display().to_string(),
                        warnings: imported.warnings,
                    });
                }
                Ok(Err(problem)) => self.report(problem),
                Err(panicked) => self.report(panicked),
            }
        }
    }

    /// Does what a finished file dialog chose.
    fn poll_picking(&mut self) {
        let Some(result) = self.tasks.picking.as_ref().and_then(|j| j.task.poll()) else {
            return;
        };
        let Some(PickJob { purpose, doc, .. }) = self.tasks.picking.take() else {
            return;
        };
        match result {
            Ok(Ok(Some(path))) => self.path_chosen(purpose, doc, path),
            Ok(Ok(None)) => {}
            Ok(Err(problem)) => self.report(problem),
            Err(panicked) => self.report(panicked),
        }
    }

    /// Applies the import waiting in the dialog: merged or replacing, one undoable step.
    pub(crate) fn finish_import(&mut self, merge: bool) {
        let Some(Dialog::Import {
            doc, annotations, ..
        }) = self.state.dialog.take()
        else {
            return;
        };
        let Some(index) = self.state.doc_index(doc) else {
            return;
        };
        let Some(current) = self.state.document(index).map(|d| d.annotations()) else {
            return;
        };
        let (new, description) = if merge {
            (merge_import(current, &annotations), "Import (merge)")
        } else {
            (annotations, "Import (replace)")
        };
        let edit = replace_all(current, &new, description);
        self.apply_edit(index, edit);
    }
}

/// Where the file dialog starts for `purpose`: beside the article, or in the documents
/// folder for «Save As».
fn suggested_path(doc: &Document, purpose: PathFor) -> PathBuf {
    match purpose {
        PathFor::Export(format) => default_export_path(doc, format),
        PathFor::Open => PathBuf::new(),
        PathFor::SaveAs => save_as_suggestion(doc),
        PathFor::Import => doc
            .source
            .path
            .as_deref()
            .map(sahifa_annotate::sidecar_path_for)
            .unwrap_or_default(),
    }
}

/// Shows the system's file dialog for `purpose` (on a worker thread: it blocks until the
/// user answers); `None` when the user cancelled.
fn choose_with_dialog(
    purpose: PathFor,
    suggestion: &Path,
    lang: Language,
) -> Result<Option<PathBuf>, IoError> {
    let dir = suggestion.parent().map(Path::to_owned);
    let file_name = suggestion
        .file_name()
        .map(|n| n.to_string_lossy().into_owned());
    let mut dialog = rfd::FileDialog::new();
    if let Some(dir) = dir {
        dialog = dialog.set_directory(dir);
    }
    let chosen = match purpose {
        PathFor::Export(ExportFormat::Brat) => dialog
            .set_title(tr(lang, "file-dialog-export-brat"))
            .pick_folder(),
        PathFor::Export(format) => {
            if let Some(name) = file_name {
                dialog = dialog.set_file_name(name);
            }
            dialog
                .set_title(tr_args(
                    lang,
                    "file-dialog-export",
                    &[("format", export_format_name(lang, format).into())],
                ))
                .add_filter(export_format_name(lang, format), &[format.extension()])
                .save_file()
        }
        PathFor::Open => dialog.set_title(tr(lang, "file-dialog-open")).pick_file(),
        PathFor::SaveAs => {
            if let Some(name) = file_name {
                dialog = dialog.set_file_name(name);
            }
            dialog
                .set_title(tr(lang, "file-dialog-save-as"))
                .add_filter(tr(lang, "file-dialog-sahifa-annotations"), &["json"])
                .save_file()
        }
        PathFor::Import => dialog
            .set_title(tr(lang, "file-dialog-import"))
            .add_filter(tr(lang, "file-dialog-import-filter"), &["ann", "json"])
            .add_filter(tr(lang, "file-dialog-all-files"), &["*"])
            .pick_file(),
    };
    match chosen {
        Some(path) => Ok(Some(path)),
        None if io::file_dialog_missing() => Err(IoError::NoFileDialog),
        None => Ok(None),
    }
}
