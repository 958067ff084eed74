//! Opening articles: the files named at start-up (or the sample article), File → Open's
//! dialog, dropped files, recent files — each read on a background task, then added as
//! an [`OpenDocument`] with its saved annotations.

use std::path::PathBuf;

use crate::l10n::{tr, tr_args};
use crate::logic::App;
use crate::logic::background::{LoadJob, Loaded};
use crate::logic::io::{self, IoError, Saved};
use crate::logic::tasks::{Task, take_finished};
use crate::state::dialog::{Dialog, PathFor};
use crate::state::document::{DocId, DocStats, OpenDocument};
use crate::state::sidecar::OnDisk;

impl App {
    /// Opens the start-up files, or the bundled sample article when none were named.
    pub(crate) fn start_initial_loads(&mut self) {
        let paths = std::mem::take(&mut self.initial_paths);
        if paths.is_empty() {
            match io::seed_path() {
                Ok(seed) => self.open_paths(vec![seed], false),
                Err(problem) => self.report(problem),
            }
        } else {
            self.open_paths(paths, true);
        }
    }

    /// Starts reading `paths` in the background. Files already open are switched to.
    /// `remember` adds them to the recent files once read.
    pub(crate) fn open_paths(&mut self, paths: Vec<PathBuf>, remember: bool) {
        let lang = self.state.settings.language;
        for path in paths {
            let path = io::article_for(&path);
            if let Some(i) = self.state.index_of_path(&path) {
                self.state.set_active(i);
                continue;
            }
            if self.tasks.loads.iter().any(|j| j.path == path) {
                continue;
            }
            let name = io::file_name(&path);
            let job_path = path.clone();
            let task = Task::spawn(
                tr_args(lang, "task-loading", &[("name", name.into())]),
                self.waker.as_ref(),
                move |progress| {
                    let doc = io::load_article(&job_path, progress)?;
                    let stats = DocStats::of(&doc);
                    let saved = io::load_saved(&job_path, &doc, lang);
                    Ok(Loaded { doc, stats, saved })
                },
            );
            if remember {
                self.remembered_loads.push(path.clone());
            }
            self.tasks.loads.push(LoadJob { path, task });
        }
    }

    /// Adds the documents whose loading finished; reports the ones that failed.
    pub(crate) fn poll_loads(&mut self) {
        for (LoadJob { path, .. }, result) in take_finished(&mut self.tasks.loads, |j| &j.task) {
            match result {
                Ok(Ok(loaded)) => self.add_document(path, loaded),
                Ok(Err(problem)) => {
                    self.remembered_loads.retain(|p| p != &path);
                    self.report(problem);
                }
                Err(panicked) => {
                    self.remembered_loads.retain(|p| p != &path);
                    self.report(panicked);
                }
            }
        }
    }

    fn add_document(&mut self, path: PathBuf, loaded: Loaded) {
        let lang = self.state.settings.language;
        let Loaded { doc, stats, saved } = loaded;
        let absolute = doc.source.path.clone().unwrap_or_else(|| path.clone());
        if self.remembered_loads.contains(&path) {
            self.remembered_loads.retain(|p| p != &path);
            self.change_settings(|s| s.remember_recent(&absolute));
        }
        // The same file under another name: show the copy already open.
        if let Some(i) = self.state.index_of_path(&absolute) {
            self.state.set_active(i);
            return;
        }
        let id = DocId(self.next_doc_id);
        self.next_doc_id += 1;
        let index = self.state.push_document(OpenDocument::new(id, doc, stats));
        match saved {
            Saved::Loaded {
                annotations,
                messages,
                unplaced,
                on_disk,
            } => {
                self.set_annotations(index, annotations);
                if let Some(doc) = self.state.document_mut(index) {
                    doc.from_sidecar = true;
                    doc.sidecar.on_disk = on_disk;
                    doc.view.unplaced_open = !unplaced.is_empty();
                    doc.sidecar.unplaced = unplaced;
                }
                for message in messages {
                    self.inform(message);
                }
            }
            Saved::Failed(problem) => {
                if let Some(doc) = self.state.document_mut(index) {
                    doc.sidecar.problem = Some(problem.message(lang));
                }
                self.report(problem);
                if self.extract {
                    self.start_extraction(index);
                }
            }
            Saved::None => {
                if let Some(doc) = self.state.document_mut(index) {
                    doc.sidecar.on_disk = OnDisk::Absent;
                }
                if self.extract {
                    self.start_extraction(index);
                }
            }
        }
    }

    /// File → Open: the system's file dialog on a background task, or a typed path where
    /// none exists.
    pub(crate) fn start_file_dialog(&mut self) {
        if self.tasks.open_dialog.is_some() {
            return;
        }
        let start_dir = self
            .state
            .settings
            .recent_files
            .first()
            .and_then(|p| p.parent().map(PathBuf::from));
        if io::file_dialog_missing() {
            // No portal and no zenity: a typed path is the only way besides dropping files.
            let mut text = start_dir
                .map(|d| d.display().to_string())
                .unwrap_or_default();
            if !text.is_empty() && !text.ends_with(std::path::MAIN_SEPARATOR) {
                text.push(std::path::MAIN_SEPARATOR);
            }
            self.state.dialog = Some(Dialog::Path {
                purpose: PathFor::Open,
                text,
            });
            return;
        }
        let lang = self.state.settings.language;
        self.tasks.open_dialog = Some(Task::spawn(
            tr(lang, "task-choosing-files"),
            self.waker.as_ref(),
            move |_| {
                let mut dialog = rfd::FileDialog::new()
                    .set_title(tr(lang, "file-dialog-open"))
                    .add_filter(
                        tr(lang, "file-dialog-articles"),
                        &["txt", "html", "htm", "md", "markdown", "docx"],
                    )
                    .add_filter(tr(lang, "file-dialog-all-files"), &["*"]);
                if let Some(dir) = start_dir {
                    dialog = dialog.set_directory(dir);
                }
                match dialog.pick_files() {
                    Some(paths) => Ok(Some(paths)),
                    None if io::file_dialog_missing() => Err(IoError::NoFileDialog),
                    None => Ok(None),
                }
            },
        ));
    }

    /// Opens what File → Open's dialog chose.
    pub(crate) fn poll_open_dialog(&mut self) {
        let Some(result) = self.tasks.open_dialog.as_ref().and_then(Task::poll) else {
            return;
        };
        self.tasks.open_dialog = None;
        match result {
            Ok(Ok(Some(paths))) => self.open_paths(paths, true),
            Ok(Ok(None)) => {}
            Ok(Err(problem)) => self.report(problem),
            Err(panicked) => self.report(panicked),
        }
    }
}
