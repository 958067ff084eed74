//! Adding to the library from the window: File → «Add folder to library…» and «Add files
//! to library…» (the system's dialog on a task, or a typed path where none exists), a
//! folder dropped onto the window, files changed in a watched folder — each add a named
//! background task with progress and Cancel; the files that could not be read are listed
//! in one window.

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use sahifa_library::AddProgress;

use crate::l10n::{tr, tr_args};
use crate::logic::App;
use crate::logic::effect::Effect;
use crate::logic::io;
use crate::logic::library::error_message;
use crate::logic::library_jobs::{self, AddJob, AddRequest, Added, Reader};
use crate::logic::tasks::Task;
use crate::state::library::Adding;

/// How often the view asks for fresh articles and entities while an add runs.
const REFRESH_WHILE_ADDING: Duration = Duration::from_millis(1500);

/// How often the window looks at the watched folders while nothing else happens.
const WATCH_POLL: Duration = Duration::from_secs(2);

impl App {
    /// Dropped paths: folders go to the library (when there is one), files are opened.
    pub(crate) fn dropped(&mut self, paths: Vec<PathBuf>) {
        let (folders, files): (Vec<_>, Vec<_>) = paths.into_iter().partition(|p| p.is_dir());
        if !files.is_empty() {
            self.open_paths(files, true);
        }
        if !folders.is_empty() {
            self.state.library.shown = true;
            self.add_to_library(folders, true);
        }
    }

    /// Adds files and folders in the background (after the running add, if one runs).
    pub(crate) fn add_to_library(&mut self, roots: Vec<PathBuf>, watch: bool) {
        let lang = self.state.settings.language;
        let Some(path) = self.library.path.clone() else {
            self.report_library(tr(lang, "library-none"));
            return;
        };
        if !self.state.library.is_ready() {
            self.report_library(tr(lang, "library-not-ready"));
            return;
        }
        if self.refused_read_only("library-read-only-add") {
            return;
        }
        if self.tasks.library_add.is_some() {
            self.library.queued.extend(roots);
            return;
        }
        let cancel = Arc::new(AtomicBool::new(false));
        let progress = Arc::new(Mutex::new(AddProgress::default()));
        let reader = Reader::default();
        let request = AddRequest {
            path,
            roots,
            learner: self.learner.clone(),
            watch,
            // No library file until now: the add creates it and opens one for the view.
            reader: self.library.db.is_none().then(|| Arc::clone(&reader)),
        };
        let name = tr(lang, "task-library-adding");
        let (stop, shared) = (Arc::clone(&cancel), Arc::clone(&progress));
        let task = Task::spawn(name.clone(), self.waker.as_ref(), move |p| {
            library_jobs::run_add(request, &shared, p, &stop)
        });
        self.state.library.adding = Some(Adding::default());
        self.tasks.library_add = Some(AddJob {
            name,
            cancel,
            progress,
            refreshed: Instant::now(),
            reader,
            task,
        });
    }

    /// Stops the running add after the files in hand; what was added stays.
    pub(crate) fn cancel_library_add(&mut self) {
        self.library.queued.clear();
        if let Some(job) = &self.tasks.library_add {
            job.cancel.store(true, Ordering::Relaxed);
        }
    }

    pub(crate) fn poll_library_add(&mut self) {
        let Some(job) = self.tasks.library_add.as_mut() else {
            return;
        };
        if self.library.db.is_none()
            && let Some(reader) = library_jobs::take_reader(&job.reader)
        {
            self.library.db = Some(Arc::new(Mutex::new(reader)));
        }
        let p = job.progress();
        self.state.library.adding = Some(Adding {
            found: p.found,
            done: p.done,
        });
        let Some(result) = job.task.poll() else {
            if job.refreshed.elapsed() >= REFRESH_WHILE_ADDING {
                job.refreshed = Instant::now();
                let asking = self.tasks.library_queries.iter();
                if !asking
                    .clone()
                    .any(|j| j.kind == library_jobs::QueryKind::Overview)
                {
                    self.refresh_library();
                }
            }
            return;
        };
        self.tasks.library_add = None;
        self.state.library.adding = None;
        self.library_added(result);
        self.refresh_library();
        let queued = std::mem::take(&mut self.library.queued);
        if !queued.is_empty() {
            self.add_to_library(queued, true);
        }
    }

    fn library_added(
        &mut self,
        result: Result<Result<Added, library_jobs::AddError>, crate::logic::tasks::TaskPanicked>,
    ) {
        let lang = self.state.settings.language;
        match result {
            Ok(Ok(Added { summary, watcher })) => {
                if watcher.is_some() {
                    self.library.watcher = watcher;
                }
                let failed = summary.failed.len();
                let args = [
                    ("indexed", summary.indexed.into()),
                    ("unchanged", summary.unchanged.into()),
                    ("failed", failed.into()),
                    ("missing", summary.missing.into()),
                ];
                let id = if summary.cancelled {
                    "library-add-cancelled"
                } else {
                    "library-added"
                };
                self.inform(tr_args(lang, id, &args));
                // Files added with a problem (a damaged sidecar: the extractor's mentions
                // were used) are listed with those that failed, said as such.
                let mut problems = summary.failed;
                problems.extend(summary.warnings.into_iter().map(|(path, problem)| {
                    let args = [("problem", problem.into())];
                    (path, tr_args(lang, "library-added-with-problem", &args))
                }));
                if !problems.is_empty() {
                    self.state.library.failures = problems;
                    self.state.library.failures_open = true;
                }
            }
            Ok(Err(library_jobs::AddError::Library(error))) => {
                self.report_library(error_message(lang, &error));
            }
            Ok(Err(library_jobs::AddError::Extractor(problem))) => self.report(problem),
            Err(panicked) => self.report(panicked),
        }
    }

    /// «Add folder to library…» (`folder`) or «Add files to library…»: the system's dialog
    /// on a background task, or a typed path where none exists.
    pub(crate) fn start_library_dialog(&mut self, folder: bool) {
        let lang = self.state.settings.language;
        if !self.state.library.is_ready() {
            self.state.library.shown = true;
            return;
        }
        if self.refused_read_only("library-read-only-add") {
            self.state.library.shown = true;
            return;
        }
        if self.tasks.library_dialog.is_some() {
            return;
        }
        if io::file_dialog_missing() {
            self.state.library.path_prompt = Some((folder, String::new()));
            return;
        }
        let name = tr(lang, "task-choosing-files");
        let task = Task::spawn(name, self.waker.as_ref(), move |_| {
            let dialog = rfd::FileDialog::new();
            let chosen = if folder {
                dialog
                    .set_title(tr(lang, "file-dialog-library-folder"))
                    .pick_folder()
                    .map(|f| vec![f])
            } else {
                dialog
                    .set_title(tr(lang, "file-dialog-library-files"))
                    .add_filter(
                        tr(lang, "file-dialog-articles"),
                        &["txt", "html", "htm", "md", "markdown", "docx"],
                    )
                    .pick_files()
            };
            match chosen {
                Some(paths) => Ok(Some(paths)),
                None if io::file_dialog_missing() => Err(io::IoError::NoFileDialog),
                None => Ok(None),
            }
        });
        self.tasks.library_dialog = Some(task);
    }

    pub(crate) fn poll_library_dialog(&mut self) {
        let Some(result) = self.tasks.library_dialog.as_ref().and_then(Task::poll) else {
            return;
        };
        self.tasks.library_dialog = None;
        match result {
            Ok(Ok(Some(paths))) => {
                self.state.library.shown = true;
                self.add_to_library(paths, true);
            }
            Ok(Ok(None)) => {}
            Ok(Err(problem)) => self.report(problem),
            Err(panicked) => self.report(panicked),
        }
    }

    /// Adds what changed in the watched folders; looks again in a while.
    pub(crate) fn poll_watcher(&mut self) {
        let Some(watcher) = self.library.watcher.as_mut() else {
            return;
        };
        let changed = watcher.changed();
        self.effects.push(Effect::RepaintAfter(WATCH_POLL));
        if !changed.is_empty() {
            self.add_to_library(changed, false);
        }
    }
}
