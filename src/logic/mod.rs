//! The app's logic: [`Action`]s applied to the [`AppState`], background tasks, saving,
//! files. Testable without a window: it never touches egui's context; what it needs of
//! the window comes back as [`Effect`]s.
//!
//! [`App`] holds the state and the running tasks. Its methods live one concern per file:
//! [`dispatch`] (running actions and commands), [`opening`] (opening and closing
//! files), [`extraction`], [`find`], [`editing`] (undoable annotation edits),
//! [`saving`] (the annotations file, autosave), [`closing`] (closing with unsaved work),
//! [`library`] (the library: opening it, the view's queries), [`library_adding`] (adding to it),
//! [`file_choice`] (file dialogs, exports, imports), [`fonts`]. Leaf modules hold no
//! `App` methods: [`command`], [`action`], [`effect`], [`tasks`], [`background`],
//! [`io`], [`settings_file`], [`exporting`], [`importing`], [`problem`].

pub mod action;
pub mod background;
pub mod closing;
pub mod command;
pub mod dispatch;
pub mod editing;
pub mod effect;
pub mod exporting;
pub mod extraction;
pub mod file_choice;
pub mod find;
pub mod fonts;
pub mod importing;
pub mod io;
pub mod learner;
pub mod learning;
pub mod library;
pub mod library_adding;
pub mod library_jobs;
pub mod library_open;
pub mod messages;
pub mod opening;
pub mod problem;
pub mod retrain_job;
pub mod retraining;
pub mod saving;
pub mod settings_file;
pub mod sidecar_write;
pub mod tasks;

use std::path::PathBuf;
use std::time::Duration;

use crate::logic::background::BackgroundTasks;
use crate::logic::effect::Effect;
use crate::logic::problem::Problem;
use crate::logic::tasks::{TaskStatus, Waker};
use crate::state::AppState;
use crate::state::dialog::CloseTarget;
use crate::state::notice::Notice;
use crate::state::settings::Settings;

pub use action::Action;
pub use command::Command;

/// How the app starts.
#[derive(Clone, Debug, Default)]
pub struct AppOptions {
    /// Files to open; when empty the bundled sample article is opened.
    pub paths: Vec<PathBuf>,
    /// Where settings are read and written; `None` keeps them in memory only (tests).
    pub settings_path: Option<PathBuf>,
    /// Settings to start from when `settings_path` is `None`.
    pub settings: Option<Settings>,
    /// Run entity extraction on every opened document.
    pub extract: bool,
    /// Use only the bundled fonts, for identical rendering on every machine (tests).
    pub bundled_fonts_only: bool,
    /// The reader's knowledge store (taught names; a retrained model in `model/` beside
    /// it); `None`: none, extraction uses the shipped model only (tests).
    pub knowledge_path: Option<PathBuf>,
    /// The library file (`--library PATH`, else `sahifa_library::Library::default_path`);
    /// `None`: no library (tests that do not use it).
    pub library_path: Option<PathBuf>,
}

/// Loads shorter than this show no progress indicator, so small files do not flicker.
pub const SHOW_PROGRESS_AFTER: Duration = Duration::from_millis(150);

/// What runs in the background, as the ui shows it (a spinner, the status bar).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Activity {
    /// True while any task runs.
    pub busy: bool,
    /// The tasks the status bar lists.
    pub tasks: Vec<TaskStatus>,
}

/// The state, and everything that changes it.
pub struct App {
    /// What the window shows.
    state: AppState,
    /// What runs in the background.
    tasks: BackgroundTasks,
    /// Where settings are written; `None` keeps them in memory.
    settings_path: Option<PathBuf>,
    /// Set when the settings changed and have not been written yet.
    settings_dirty: bool,
    /// The id the next opened document gets.
    next_doc_id: u64,
    /// Run entity extraction on opened documents.
    extract: bool,
    /// Whether the Font menu lists the system's fonts (else only the bundled ones).
    system_fonts: bool,
    /// Paths to add to the recent files once they have been read successfully.
    remembered_loads: Vec<PathBuf>,
    /// Files named at start-up, opened by [`App::start`].
    initial_paths: Vec<PathBuf>,
    /// Wakes the window when a task has news.
    waker: Option<Waker>,
    /// Set once the user agreed to close the window (saved or discarded).
    allow_window_close: bool,
    /// Close this once its saves have finished.
    close_after_save: Option<CloseTarget>,
    /// The window title last asked for.
    title: Option<String>,
    /// What the window is to do after this frame.
    effects: Vec<Effect>,
    /// The extractor with the reader's knowledge, shared by extraction and save tasks.
    learner: learner::Learner,
    /// The open library, its watched folders and which query answers are the newest.
    library: library_jobs::LibraryLink,
}

impl std::ops::Deref for App {
    type Target = AppState;

    /// Read access to the state; changes go through [`App::run`].
    fn deref(&self) -> &AppState {
        &self.state
    }
}

impl App {
    /// The app without a window: settings read, nothing opened yet (see [`App::start`]).
    pub fn new(options: AppOptions) -> Self {
        let mut problem = None;
        let settings = match (&options.settings_path, options.settings) {
            (Some(path), _) => {
                let (settings, error) = settings_file::load(path);
                problem = error;
                settings
            }
            (None, Some(settings)) => settings,
            (None, None) => Settings::default(),
        };
        let mut app = Self {
            state: AppState::new(settings),
            tasks: BackgroundTasks::default(),
            settings_path: options.settings_path,
            settings_dirty: false,
            next_doc_id: 0,
            extract: options.extract,
            system_fonts: !options.bundled_fonts_only,
            remembered_loads: Vec::new(),
            initial_paths: options.paths,
            waker: None,
            allow_window_close: false,
            close_after_save: None,
            title: None,
            effects: Vec::new(),
            learner: learner::Learner::new(options.knowledge_path),
            library: library_jobs::LibraryLink::new(options.library_path),
        };
        if let Some(problem) = problem {
            app.report(problem);
        }
        app
    }

    /// Starts opening the files named at start-up (or the sample article); `waker` is
    /// woken whenever a background task has news.
    pub fn start(&mut self, waker: Option<Waker>) {
        self.waker = waker;
        self.start_learning();
        self.start_initial_loads();
        self.start_library();
    }

    /// The state the window shows.
    pub fn state(&self) -> &AppState {
        &self.state
    }

    /// True while any background task (load, extraction, save, file dialog) is running.
    pub fn is_busy(&self) -> bool {
        self.tasks.is_busy()
    }

    /// Running tasks, for the status bar.
    pub fn running_tasks(&self) -> Vec<TaskStatus> {
        self.tasks.running()
    }

    /// What runs in the background, as the ui shows it.
    pub fn activity(&self) -> Activity {
        Activity {
            busy: self.is_busy(),
            tasks: self.running_tasks(),
        }
    }

    /// Shows a failure to the user as a notice: the one place an error becomes a
    /// message. It is not logged as well.
    pub fn report(&mut self, problem: impl Into<Problem>) {
        let message = problem.into().message(self.state.settings.language);
        self.state.notices.push(Notice {
            message,
            is_error: true,
        });
    }

    /// Tells the user something that is not a failure.
    pub fn inform(&mut self, message: String) {
        self.state.notices.push(Notice {
            message,
            is_error: false,
        });
    }

    /// What the window is to do, taken once.
    pub fn take_effects(&mut self) -> Vec<Effect> {
        std::mem::take(&mut self.effects)
    }

    /// Changes the settings; they are written after the frame when they did change.
    fn change_settings(&mut self, change: impl FnOnce(&mut Settings)) {
        let before = self.state.settings.clone();
        change(&mut self.state.settings);
        if self.state.settings != before {
            self.settings_dirty = true;
        }
    }

    /// Before drawing: collects finished tasks, saves what is due, keeps the sidebar's
    /// order fresh.
    pub fn begin_frame(&mut self) {
        self.poll_loads();
        self.poll_extractions();
        self.poll_open_dialog();
        self.poll_finds();
        self.poll_fonts();
        let sort = self.state.settings.sort;
        if let Some(doc) = self.state.active_document_mut()
            && !doc.rows_ordered_for(sort)
        {
            doc.order_rows(sort);
        }
        self.poll_saves();
        self.poll_file_jobs();
        self.poll_learning();
        self.poll_library();
        self.autosave();
    }

    /// After drawing: a focus request has been served; runs what the ui asked for, then
    /// names the shown document in the title and writes changed settings.
    pub fn end_frame(&mut self, actions: Vec<Action>) {
        if let Some(doc) = self.state.active_document_mut() {
            doc.view.find.focus_requested = false;
        }
        for action in actions {
            self.run(action);
        }
        self.update_title();
        self.save_settings_if_changed();
    }

    /// Asks for the window title when it changed (the shown document, its unsaved state,
    /// the interface language): the document's name, «•» marking unsaved annotation
    /// changes.
    fn update_title(&mut self) {
        let lang = self.state.settings.language;
        let dirty = self.state.active_is_dirty();
        let title = match self.state.active_document() {
            Some(doc) => {
                let id = if dirty {
                    "window-title-unsaved"
                } else {
                    "window-title-document"
                };
                crate::l10n::tr_args(lang, id, &[("name", doc.doc.display_name().into())])
            }
            None => crate::l10n::tr(lang, "window-title"),
        };
        if self.title.as_ref() != Some(&title) {
            self.title = Some(title.clone());
            self.effects.push(Effect::SetTitle(title));
        }
    }

    /// Writes changed settings on a background thread.
    fn save_settings_if_changed(&mut self) {
        if !self.settings_dirty {
            return;
        }
        self.settings_dirty = false;
        let Some(path) = self.settings_path.clone() else {
            return;
        };
        settings_file::save_in_background(self.state.settings.clone(), path);
    }

    /// Writes the settings once more, so a change made just before quitting is kept even
    /// if its background write had not run yet.
    pub fn save_settings_before_exit(&self) {
        if let Some(path) = &self.settings_path {
            settings_file::save_before_exit(&self.state.settings, path);
        }
    }
}
