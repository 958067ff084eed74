//! File → Export and File → Import: a file dialog (or a typed path where no dialog
//! exists), then the export or import on a background task. An import is applied as one
//! undoable step, merged into the current annotations or replacing them.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use sahifa_annotate::export::ExportFormat;
use sahifa_model::{Annotations, Document, Label, MentionStatus, TextRange};

use crate::app::annotate_actions::Dialog;
use crate::app::annotations::replace_all;
use crate::app::command::Action;
use crate::app::document::DocId;
use crate::app::io;
use crate::app::tasks::{Task, take_finished};
use crate::app::{Notice, SahifaApp};

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

/// Annotations read by an import task.
struct Imported {
    annotations: Annotations,
    warnings: Vec<String>,
}

type PickTask = Task<Result<Option<PathBuf>, String>>;
type ImportTask = Task<Result<Imported, String>>;

/// Running file dialogs, exports and imports.
#[derive(Default)]
pub struct FileJobs {
    picking: Option<(PathFor, DocId, PickTask)>,
    exports: Vec<Task<Result<String, String>>>,
    imports: Vec<(DocId, PathBuf, ImportTask)>,
}

/// A format's name for menus and messages.
pub fn format_name(format: ExportFormat) -> &'static str {
    match format {
        ExportFormat::Brat => "brat standoff",
        ExportFormat::Conll => "CoNLL BIO",
        ExportFormat::Jsonl => "JSON lines",
        ExportFormat::W3c => "W3C Web Annotation (JSON-LD)",
    }
}

/// Where an export goes by default: beside the article (brat: a folder `NAME-brat`).
fn default_export_path(doc: &Document, format: ExportFormat) -> PathBuf {
    let article = doc
        .source
        .path
        .clone()
        .unwrap_or_else(|| PathBuf::from(doc.display_name()));
    let stem = article.file_stem().map_or_else(
        || "article".to_owned(),
        |s| s.to_string_lossy().into_owned(),
    );
    let dir = article.parent().map(Path::to_owned).unwrap_or_default();
    match format {
        ExportFormat::Brat => dir.join(format!("{stem}-brat")),
        _ => dir.join(format!("{stem}.{}", format.extension())),
    }
}

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

/// Reads annotations for `doc` from a brat `.ann` or a Sahifa sidecar.
fn read_import(path: &Path, doc: &Document) -> Result<Imported, String> {
    let is_ann = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("ann"));
    if is_ann {
        let read = sahifa_annotate::export::import_brat_file(path, &doc.text)
            .map_err(|e| format!("{}: {e}", path.display()))?;
        return Ok(Imported {
            annotations: read.annotations,
            warnings: read.warnings,
        });
    }
    let mut warnings = Vec::new();
    let loaded = match sahifa_annotate::load_sidecar(path, doc) {
        Ok(loaded) => loaded,
        Err(sahifa_annotate::SidecarError::DifferentDocument { .. }) => {
            warnings.push("The file was saved for another version of this article; its mentions were placed by their text".to_owned());
            sahifa_annotate::load_sidecar_anyway(path, doc).map_err(|e| e.to_string())?
        }
        Err(e) => return Err(e.to_string()),
    };
    // A damaged file can carry hundreds of thousands: the first few, then how many more.
    warnings.extend(loaded.messages(20));
    Ok(Imported {
        annotations: loaded.annotations,
        warnings,
    })
}

/// `current` with the imported mentions added where they overlap none of its own; added
/// mentions keep their imported status, entities follow [`sahifa_annotate::merge_extraction`].
fn merge_import(current: &Annotations, imported: &Annotations) -> Annotations {
    let mut merged = sahifa_annotate::merge_extraction(current, imported);
    // Looked up by (range, label): a scan of both lists per mention is quadratic, and this
    // runs on the UI thread.
    let existing: HashSet<(TextRange, Label)> = current
        .mentions
        .iter()
        .map(|c| (c.range, c.label))
        .collect();
    let mut imported_status: HashMap<(TextRange, Label), MentionStatus> = HashMap::new();
    for i in &imported.mentions {
        // The first imported mention of a (range, label) decides.
        imported_status
            .entry((i.range, i.label))
            .or_insert(i.status);
    }
    for m in &mut merged.mentions {
        let key = (m.range, m.label);
        if !existing.contains(&key)
            && let Some(&status) = imported_status.get(&key)
            && status != MentionStatus::Rejected
        {
            m.status = status;
        }
    }
    merged
}

impl SahifaApp {
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
        if let Some(i) = self.doc_index(id) {
            self.active = Some(i);
            self.pick_path(PathFor::SaveAs);
        }
    }

    fn pick_path(&mut self, purpose: PathFor) {
        let Some(doc) = self.active_document() else {
            return;
        };
        if self.annot.files.picking.is_some() {
            return;
        }
        let suggestion = match purpose {
            PathFor::Export(format) => default_export_path(&doc.doc, format),
            PathFor::Open => PathBuf::new(),
            PathFor::SaveAs => save_as_suggestion(&doc.doc),
            PathFor::Import => doc
                .doc
                .source
                .path
                .as_deref()
                .map(sahifa_annotate::sidecar_path_for)
                .unwrap_or_default(),
        };
        if io::file_dialog_missing() {
            self.annot.dialog = Some(Dialog::Path {
                purpose,
                text: suggestion.display().to_string(),
            });
            return;
        }
        let id = doc.id;
        let dir = suggestion.parent().map(Path::to_owned);
        let file_name = suggestion
            .file_name()
            .map(|n| n.to_string_lossy().into_owned());
        let task = Task::spawn("Choosing a file", self.ctx.as_ref(), move |_| {
            let mut dialog = rfd::FileDialog::new();
            if let Some(dir) = dir {
                dialog = dialog.set_directory(dir);
            }
            let chosen = match purpose {
                PathFor::Export(ExportFormat::Brat) => dialog
                    .set_title("Export brat: choose a folder for NAME.txt and NAME.ann")
                    .pick_folder(),
                PathFor::Export(format) => {
                    if let Some(name) = file_name {
                        dialog = dialog.set_file_name(name);
                    }
                    dialog
                        .set_title(format!("Export {}", format_name(format)))
                        .add_filter(format_name(format), &[format.extension()])
                        .save_file()
                }
                PathFor::Open => dialog.set_title("Open article").pick_file(),
                PathFor::SaveAs => {
                    if let Some(name) = file_name {
                        dialog = dialog.set_file_name(name);
                    }
                    dialog
                        .set_title("Save annotations as")
                        .add_filter("Sahifa annotations", &["json"])
                        .save_file()
                }
                PathFor::Import => dialog
                    .set_title("Import annotations")
                    .add_filter("brat or Sahifa annotations", &["ann", "json"])
                    .add_filter("All files", &["*"])
                    .pick_file(),
            };
            match chosen {
                Some(path) => Ok(Some(path)),
                None if io::file_dialog_missing() => Err(io::NO_FILE_DIALOG.to_owned()),
                None => Ok(None),
            }
        });
        self.annot.files.picking = Some((purpose, id, task));
    }

    /// A path typed where no file dialog exists.
    pub(crate) fn path_typed(&mut self, purpose: PathFor, text: &str) {
        let text = text.trim();
        if text.is_empty() {
            return;
        }
        if purpose == PathFor::Open {
            self.run(Action::OpenPaths(vec![PathBuf::from(text)]));
            return;
        }
        if let Some(id) = self.active_document().map(|d| d.id) {
            self.path_chosen(purpose, id, PathBuf::from(text));
        }
    }

    fn path_chosen(&mut self, purpose: PathFor, id: DocId, path: PathBuf) {
        let Some(doc) = self.docs.iter().find(|d| d.id == id) else {
            return;
        };
        let article = Arc::clone(&doc.doc);
        match purpose {
            PathFor::Export(format) => {
                let annotations = doc.annotations().clone();
                let name = format!(
                    "Exporting {} as {}",
                    article.display_name(),
                    format_name(format)
                );
                let task = Task::spawn(name, self.ctx.as_ref(), move |_| {
                    export_to(format, &article, &annotations, &path)
                });
                self.annot.files.exports.push(task);
            }
            PathFor::Open => self.run(Action::OpenPaths(vec![path])),
            PathFor::SaveAs => {
                if let Some(i) = self.doc_index(id) {
                    self.docs[i].edits.sidecar_path = Some(path);
                    self.start_save(i, false);
                }
            }
            PathFor::Import => {
                let name = format!("Importing annotations into {}", article.display_name());
                let file = path.clone();
                let task = Task::spawn(name, self.ctx.as_ref(), move |_| {
                    read_import(&file, &article)
                });
                self.annot.files.imports.push((id, path, task));
            }
        }
    }

    /// Collects finished dialogs, exports and imports.
    pub(crate) fn poll_file_jobs(&mut self) {
        if let Some(result) = self
            .annot
            .files
            .picking
            .as_ref()
            .and_then(|(_, _, t)| t.poll())
            && let Some((purpose, id, _)) = self.annot.files.picking.take()
        {
            match result.map_err(|e| e.to_string()).and_then(|r| r) {
                Ok(Some(path)) => self.path_chosen(purpose, id, path),
                Ok(None) => {}
                Err(message) => self.notices.push(Notice {
                    message,
                    is_error: true,
                }),
            }
        }
        for (_, result) in take_finished(&mut self.annot.files.exports, |t| t) {
            let (message, is_error) = match result.map_err(|e| e.to_string()).and_then(|r| r) {
                Ok(message) => (message, false),
                Err(message) => (format!("Export failed: {message}"), true),
            };
            self.report(message, is_error);
        }
        for ((doc, path, _), result) in take_finished(&mut self.annot.files.imports, |(_, _, t)| t)
        {
            match result.map_err(|e| e.to_string()).and_then(|r| r) {
                Ok(imported) => {
                    self.annot.dialog = Some(Dialog::Import {
                        doc,
                        annotations: imported.annotations,
                        source: path.display().to_string(),
                        warnings: imported.warnings,
                    });
                }
                Err(message) => self.notices.push(Notice {
                    message: format!("Import failed: {message}"),
                    is_error: true,
                }),
            }
        }
    }

    /// Applies the import waiting in the dialog: merged or replacing, one undoable step.
    pub(crate) fn finish_import(&mut self, merge: bool) {
        let Some(Dialog::Import {
            doc, annotations, ..
        }) = self.annot.dialog.take()
        else {
            return;
        };
        let Some(index) = self.doc_index(doc) else {
            return;
        };
        let current = self.docs[index].annotations();
        let (new, description) = if merge {
            (merge_import(current, &annotations), "Import (merge)")
        } else {
            (annotations, "Import (replace)")
        };
        let edit = replace_all(current, &new, description);
        self.apply_edit(index, edit);
    }

    /// The running file tasks as (name, progress, elapsed).
    pub(crate) fn file_job_tasks(&self) -> Vec<(String, Option<f32>, Duration)> {
        let jobs = &self.annot.files;
        let mut out: Vec<_> = jobs.exports.iter().map(Task::status).collect();
        out.extend(jobs.imports.iter().map(|(_, _, t)| t.status()));
        out
    }

    /// True while a file dialog, export or import runs.
    pub(crate) fn file_jobs_busy(&self) -> bool {
        let jobs = &self.annot.files;
        jobs.picking.is_some() || !jobs.exports.is_empty() || !jobs.imports.is_empty()
    }
}

/// Writes one export; for brat `out` is a folder that gets `NAME.txt` and `NAME.ann`.
fn export_to(
    format: ExportFormat,
    doc: &Document,
    annotations: &Annotations,
    out: &Path,
) -> Result<String, String> {
    let target = match format {
        ExportFormat::Brat => {
            std::fs::create_dir_all(out)
                .map_err(|e| format!("could not create {}: {e}", out.display()))?;
            let stem = doc
                .source
                .path
                .as_deref()
                .and_then(Path::file_stem)
                .map_or_else(
                    || "article".to_owned(),
                    |s| s.to_string_lossy().into_owned(),
                );
            out.join(format!("{stem}.ann"))
        }
        _ => out.to_owned(),
    };
    let files = sahifa_annotate::export::write_export(format, doc, annotations, &target)
        .map_err(|e| e.to_string())?;
    let names: Vec<String> = files.iter().map(|p| p.display().to_string()).collect();
    Ok(format!(
        "Exported {} as {}: {}",
        doc.display_name(),
        format_name(format),
        names.join(", ")
    ))
}
