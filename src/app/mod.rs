//! The application: state, commands, background tasks and settings.
//!
//! [`SahifaApp`] is the `eframe::App`. Each frame it polls its background tasks, turns
//! shortcuts and dropped files into [`Action`]s, lets the panels in [`crate::ui`] draw and
//! emit more actions, and then runs the queued actions.

pub mod annotate_actions;
pub mod annotate_files;
pub mod annotations;
pub mod command;
pub mod document;
pub mod find;
pub mod i18n;
pub mod io;
pub mod settings;
pub mod tasks;

use std::path::PathBuf;
use std::time::Duration;

use sahifa_model::{Annotations, Document, Label};

pub use command::{Action, Command, EntitySort};
pub use document::{DocId, Extraction, OpenDocument};
pub use settings::{Settings, ThemeChoice, UiLanguage};
use tasks::Task;

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
}

/// A message shown at the top of the window until dismissed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    /// What happened, in a sentence.
    pub message: String,
    /// True for failures (shown in red).
    pub is_error: bool,
}

/// A file being read in the background.
struct LoadJob {
    path: PathBuf,
    task: Task<Result<Loaded, String>>,
}

/// What a load task hands back: the article, its counts and any saved annotations, all
/// computed off the UI thread.
struct Loaded {
    doc: Document,
    stats: document::DocStats,
    saved: io::Saved,
}

/// Extraction running for one document.
struct ExtractJob {
    doc: DocId,
    task: Task<Result<Annotations, String>>,
}

/// Loads shorter than this show no progress indicator, so small files do not flicker.
pub const SHOW_PROGRESS_AFTER: Duration = Duration::from_millis(150);

/// The Sahifa application.
pub struct SahifaApp {
    settings: Settings,
    settings_path: Option<PathBuf>,
    /// Set when `settings` changed and have not been written yet.
    settings_dirty: bool,
    docs: Vec<OpenDocument>,
    /// Invariant: `Some(i)` with `i < docs.len()` whenever `docs` is non-empty.
    active: Option<usize>,
    next_doc_id: u64,
    loads: Vec<LoadJob>,
    extractions: Vec<ExtractJob>,
    dialog: Option<Task<Result<Option<Vec<PathBuf>>, String>>>,
    notices: Vec<Notice>,
    show_about: bool,
    extract: bool,
    ctx: Option<egui::Context>,
    style_applied: Option<(ThemeChoice, String)>,
    /// Paths to add to the recent files once they have been read successfully.
    remembered_loads: Vec<PathBuf>,
    /// Files named at start-up, opened once the window exists.
    initial_paths: Vec<PathBuf>,
    /// Searches of long articles running in the background.
    finds: Vec<find::FindJob>,
    /// Per-document widget caches of the article view (layout, glyphs); not state.
    article_cache: crate::ui::article::Cache,
    /// Annotation dialogs, exports, imports, closing with unsaved changes.
    annot: annotations::Jobs,
    /// The Arabic families for the Font menu.
    fonts: FontList,
    /// Whether the text system holds the system's fonts (else only the bundled ones).
    system_fonts: bool,
}

/// The Arabic font families the Font menu offers: looked up on a worker thread the first
/// time the menu opens, since that opens every installed font.
#[derive(Default)]
enum FontList {
    #[default]
    NotAsked,
    Looking(Task<Vec<String>>),
    Ready(Vec<String>),
}

impl SahifaApp {
    /// Creates the app inside eframe and starts loading the files to open.
    pub fn new(cc: &eframe::CreationContext<'_>, options: AppOptions) -> Self {
        let options_bundled_only = options.bundled_fonts_only;
        let mut app = Self::headless(options);
        app.system_fonts = !options_bundled_only;
        app.ctx = Some(cc.egui_ctx.clone());
        crate::ui::install_fonts(&cc.egui_ctx);
        let text_system = if options_bundled_only {
            sahifa_text::TextSystem::bundled_only()
        } else {
            sahifa_text::TextSystem::new()
        };
        sahifa_text::TextSystem::install(&cc.egui_ctx, text_system);
        app.start_initial_loads();
        app
    }

    /// The app without a window: state only, nothing loaded yet.
    fn headless(options: AppOptions) -> Self {
        let mut notices = Vec::new();
        let settings = match (&options.settings_path, options.settings) {
            (Some(path), _) => {
                let (settings, problem) = Settings::load(path);
                if let Some(problem) = problem {
                    eprintln!("sahifa: {problem}");
                    notices.push(Notice {
                        message: problem,
                        is_error: true,
                    });
                }
                settings
            }
            (None, Some(settings)) => settings,
            (None, None) => Settings::default(),
        };
        Self {
            settings,
            settings_path: options.settings_path,
            settings_dirty: false,
            docs: Vec::new(),
            active: None,
            next_doc_id: 0,
            loads: Vec::new(),
            extractions: Vec::new(),
            dialog: None,
            notices,
            show_about: false,
            extract: options.extract,
            ctx: None,
            style_applied: None,
            remembered_loads: Vec::new(),
            initial_paths: options.paths,
            finds: Vec::new(),
            article_cache: Default::default(),
            annot: Default::default(),
            fonts: FontList::NotAsked,
            system_fonts: false,
        }
    }

    /// Opens the start-up files, or the bundled sample article when none were named.
    fn start_initial_loads(&mut self) {
        let paths = std::mem::take(&mut self.initial_paths);
        if paths.is_empty() {
            match io::seed_path() {
                Ok(seed) => self.open_paths(vec![seed], false),
                Err(message) => {
                    self.report(message, true);
                }
            }
        } else {
            self.open_paths(paths, true);
        }
    }

    // ----- read access, for the panels and for tests -----

    /// The persisted settings.
    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// The open documents, in the order they are listed.
    pub fn documents(&self) -> &[OpenDocument] {
        &self.docs
    }

    /// Index of the shown document.
    pub fn active_index(&self) -> Option<usize> {
        self.active
    }

    /// The shown document.
    pub fn active_document(&self) -> Option<&OpenDocument> {
        self.active.and_then(|i| self.docs.get(i))
    }

    /// The index of the open document `id`, if it is still open.
    fn doc_index(&self, id: DocId) -> Option<usize> {
        self.docs.iter().position(|d| d.id == id)
    }

    fn active_document_mut(&mut self) -> Option<&mut OpenDocument> {
        self.active.and_then(|i| self.docs.get_mut(i))
    }

    /// The Arabic font families for the Font menu; `None` until they have been looked up
    /// (ask with [`Action::ListFonts`]).
    pub fn font_families(&self) -> Option<&[String]> {
        match &self.fonts {
            FontList::Ready(families) => Some(families),
            _ => None,
        }
    }

    /// Starts looking up the installed Arabic fonts, once.
    fn list_fonts(&mut self) {
        if matches!(self.fonts, FontList::NotAsked) {
            let sources = if self.system_fonts {
                sahifa_text::FontSources::BundledAndSystem
            } else {
                sahifa_text::FontSources::BundledOnly
            };
            let task = Task::spawn("Looking for fonts", self.ctx.as_ref(), move |_| {
                sahifa_text::fonts::arabic_families_of(sources)
            });
            self.fonts = FontList::Looking(task);
        }
    }

    /// Takes the font list once its lookup has finished.
    fn poll_fonts(&mut self) {
        if let FontList::Looking(task) = &self.fonts
            && let Some(result) = task.poll()
        {
            self.fonts = FontList::Ready(result.unwrap_or_default());
        }
    }

    /// Messages shown at the top of the window.
    pub fn notices(&self) -> &[Notice] {
        &self.notices
    }

    /// Whether the About window is open.
    pub fn about_open(&self) -> bool {
        self.show_about
    }

    /// True while any background task (load, extraction, file dialog) is running.
    pub fn is_busy(&self) -> bool {
        !self.loads.is_empty()
            || !self.extractions.is_empty()
            || self.dialog.is_some()
            || !self.finds.is_empty()
            || self.docs.iter().any(|d| d.edits.is_saving())
            || self.file_jobs_busy()
    }

    /// Running tasks as (name, progress, elapsed), for the status bar.
    pub fn running_tasks(&self) -> Vec<(String, Option<f32>, Duration)> {
        let loads = self.loads.iter().map(|j| j.task.status());
        let extractions = self.extractions.iter().map(|j| j.task.status());
        let finds = self.finds.iter().map(|j| j.task.status());
        loads
            .chain(extractions)
            .chain(finds)
            .chain(self.annotation_tasks())
            .collect()
    }

    /// Replaces the entities of the document at `index` (tests, sidecars, extraction).
    pub fn set_annotations(&mut self, index: usize, annotations: Annotations) {
        if let Some(doc) = self.docs.get_mut(index) {
            let dropped = doc.set_annotations(annotations);
            doc.extraction = Extraction::Done;
            if dropped > 0 {
                let message = format!(
                    "{}: {} outside the text left out",
                    doc.doc.display_name(),
                    i18n::count(dropped, "mention", "mentions")
                );
                self.report(message, true);
            }
        }
    }

    /// Shows `message` as a notice at the top of the window and logs it to stderr.
    pub(crate) fn report(&mut self, message: String, is_error: bool) {
        eprintln!("sahifa: {message}");
        self.notices.push(Notice { message, is_error });
    }

    // ----- running actions -----

    /// Queues nothing and runs `action` now (tests and the event loop use this).
    pub fn run(&mut self, action: Action) {
        match action {
            Action::Command(command) => self.run_command(command),
            Action::OpenPaths(paths) => self.open_paths(paths, true),
            Action::SwitchDocument(i) => {
                if i < self.docs.len() {
                    self.active = Some(i);
                }
            }
            Action::CloseDocumentAt(i) => self.close_document(i),
            Action::SelectEntity(id) => {
                if let Some(doc) = self.active_document_mut() {
                    doc.select_entity(id);
                }
            }
            Action::JumpToMention(i) => {
                if let Some(doc) = self.active_document_mut() {
                    doc.jump_to_mention(i);
                }
            }
            Action::ClickedText(offset) => {
                if let Some(doc) = self.active_document_mut()
                    && let Some(id) = doc.entity_at(offset)
                {
                    doc.view.selected = Some(id);
                    let index = doc
                        .selected_mentions()
                        .iter()
                        .position(|r| r.contains(offset));
                    doc.view.current_mention = index;
                }
            }
            Action::SetFindQuery(query) => self.find(query),
            Action::SetFilter(filter) => {
                let sort = self.settings.sort;
                if let Some(doc) = self.active_document_mut() {
                    doc.view.filter = filter;
                    doc.order_rows(sort);
                }
            }
            Action::SetSort(sort) => {
                self.change_settings(|s| s.sort = sort);
                for doc in &mut self.docs {
                    doc.order_rows(sort);
                }
            }
            Action::ToggleLabel(label) => self.change_settings(|s| {
                if !s.hidden_labels.contains(&label) {
                    s.hidden_labels.push(label);
                } else {
                    s.hidden_labels.retain(|l| *l != label);
                }
            }),
            Action::DismissNotice(i) => {
                if i < self.notices.len() {
                    self.notices.remove(i);
                }
            }
            Action::SetTheme(theme) => self.change_settings(|s| s.theme = theme),
            Action::SetLanguage(language) => self.change_settings(|s| s.language = language),
            Action::ListFonts => self.list_fonts(),
            Action::SetFontFamily(family) => self.change_settings(|s| s.font_family = family),
            Action::SetLineSpacing(spacing) => {
                self.change_settings(|s| s.set_line_spacing(spacing));
            }
            Action::SetSidebarWidth(width) => self.change_settings(|s| s.sidebar_width = width),
            Action::ClearRecent => self.change_settings(|s| s.recent_files.clear()),
            Action::Annotate(action) => self.run_annotation_action(action),
        }
    }

    fn run_command(&mut self, command: Command) {
        match command {
            Command::Open => self.start_file_dialog(),
            Command::CloseDocument => {
                if let Some(i) = self.active {
                    self.close_document(i);
                }
            }
            Command::Quit => {
                if let Some(ctx) = &self.ctx {
                    ctx.send_viewport_cmd(egui::ViewportCommand::Close);
                }
            }
            Command::Find => {
                if let Some(doc) = self.active_document_mut() {
                    doc.view.find.open = true;
                    doc.view.find.focus_requested = true;
                }
            }
            Command::FindNext | Command::FindPrevious => {
                let delta = if command == Command::FindNext { 1 } else { -1 };
                if let Some(doc) = self.active_document_mut() {
                    doc.step_find(delta);
                }
            }
            Command::NextMention | Command::PreviousMention => {
                let delta = if command == Command::NextMention {
                    1
                } else {
                    -1
                };
                if let Some(doc) = self.active_document_mut() {
                    // With no entity selected, F3 walks the find hits instead.
                    if doc.view.selected.is_none() && !doc.view.find.hits.is_empty() {
                        doc.step_find(delta);
                    } else {
                        doc.step_mention(delta);
                    }
                }
            }
            Command::ClearSelection => {
                self.show_about = false;
                if let Some(doc) = self.active_document_mut() {
                    doc.clear_selection();
                    doc.view.find = Default::default();
                }
            }
            Command::ZoomIn => self.change_settings(|s| s.set_font_size(s.font_size + 2.0)),
            Command::ZoomOut => self.change_settings(|s| s.set_font_size(s.font_size - 2.0)),
            Command::ZoomReset => {
                self.change_settings(|s| s.set_font_size(Settings::DEFAULT_FONT_SIZE));
            }
            Command::ToggleShowAll => self.change_settings(|s| s.show_all = !s.show_all),
            Command::ToggleSidebar => self.change_settings(|s| s.show_sidebar = !s.show_sidebar),
            Command::ToggleMentionList => {
                self.change_settings(|s| s.show_mention_list = !s.show_mention_list);
            }
            Command::ReExtract => {
                if let Some(i) = self.active {
                    self.start_extraction(i);
                }
            }
            Command::About => self.show_about = !self.show_about,
            annotation => self.run_annotation_command(annotation),
        }
    }

    fn change_settings(&mut self, change: impl FnOnce(&mut Settings)) {
        let before = self.settings.clone();
        change(&mut self.settings);
        if self.settings != before {
            self.settings_dirty = true;
        }
    }

    /// Starts reading `paths` in the background. Files already open are switched to.
    /// `remember` adds them to the recent files once read.
    fn open_paths(&mut self, paths: Vec<PathBuf>, remember: bool) {
        for path in paths {
            let already = self
                .docs
                .iter()
                .position(|d| d.doc.source.path.as_deref() == Some(path.as_path()));
            if let Some(i) = already {
                self.active = Some(i);
                continue;
            }
            if self.loads.iter().any(|j| j.path == path) {
                continue;
            }
            let name = io::file_name(&path);
            let job_path = path.clone();
            let task = Task::spawn(
                format!("Loading {name}"),
                self.ctx.as_ref(),
                move |progress| {
                    let doc = io::load_document(&job_path, progress)?;
                    let stats = document::DocStats::of(&doc);
                    let saved = io::load_saved(&job_path, &doc);
                    Ok(Loaded { doc, stats, saved })
                },
            );
            if remember {
                self.remembered_loads.push(path.clone());
            }
            self.loads.push(LoadJob { path, task });
        }
    }

    fn close_document(&mut self, index: usize) {
        if index >= self.docs.len() || self.ask_before_closing(index) {
            return;
        }
        let doc = self.docs.remove(index);
        self.extractions.retain(|j| j.doc != doc.id);
        self.article_cache.forget(doc.id);
        self.active = match self.active {
            _ if self.docs.is_empty() => None,
            Some(a) if a > index || a >= self.docs.len() => Some(a.saturating_sub(1)),
            other => other,
        };
    }

    fn start_file_dialog(&mut self) {
        if self.dialog.is_some() {
            return;
        }
        let start_dir = self
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
            self.annot.dialog = Some(annotate_actions::Dialog::Path {
                purpose: annotate_files::PathFor::Open,
                text,
            });
            return;
        }
        self.dialog = Some(Task::spawn(
            "Choosing files",
            self.ctx.as_ref(),
            move |_| {
                let mut dialog = rfd::FileDialog::new()
                    .set_title("Open article")
                    .add_filter(
                        "Articles",
                        &["txt", "html", "htm", "md", "markdown", "docx"],
                    )
                    .add_filter("All files", &["*"]);
                if let Some(dir) = start_dir {
                    dialog = dialog.set_directory(dir);
                }
                match dialog.pick_files() {
                    Some(paths) => Ok(Some(paths)),
                    None if io::file_dialog_missing() => Err(io::NO_FILE_DIALOG.to_owned()),
                    None => Ok(None),
                }
            },
        ));
    }

    fn start_extraction(&mut self, index: usize) {
        let Some(doc) = self.docs.get_mut(index) else {
            return;
        };
        let id = doc.id;
        let article = doc.doc.clone();
        doc.extraction = Extraction::Running;
        self.extractions.retain(|j| j.doc != id);
        let name = format!("Extracting entities in {}", article.display_name());
        let task = Task::spawn(name, self.ctx.as_ref(), move |progress| {
            io::extract_entities(&article, progress)
        });
        self.extractions.push(ExtractJob { doc: id, task });
    }

    /// Collects the results of finished background tasks.
    pub fn poll_tasks(&mut self) {
        for (LoadJob { path, .. }, result) in tasks::take_finished(&mut self.loads, |j| &j.task) {
            match result.map_err(|e| e.to_string()).and_then(|r| r) {
                Ok(loaded) => self.add_document(path, loaded),
                Err(message) => {
                    self.remembered_loads.retain(|p| p != &path);
                    self.report(message, true);
                }
            }
        }

        for (ExtractJob { doc: id, .. }, result) in
            tasks::take_finished(&mut self.extractions, |j| &j.task)
        {
            let Some(index) = self.doc_index(id) else {
                continue;
            };
            match result.map_err(|e| e.to_string()).and_then(|r| r) {
                Ok(fresh) => {
                    // Saved work wins: re-extraction only adds what the user has not
                    // decided about.
                    self.take_extraction(index, fresh);
                }
                Err(message) => {
                    let name = self.docs[index].doc.display_name();
                    eprintln!("sahifa: {name}: {message}");
                    self.docs[index].extraction = Extraction::Failed(message);
                }
            }
        }

        if let Some(paths) = self.dialog.as_ref().and_then(Task::poll) {
            self.dialog = None;
            match paths.map_err(|e| e.to_string()).and_then(|r| r) {
                Ok(Some(paths)) => self.open_paths(paths, true),
                Ok(None) => {}
                Err(message) => {
                    self.report(message, true);
                }
            }
        }
    }

    fn add_document(&mut self, path: PathBuf, loaded: Loaded) {
        let Loaded { doc, stats, saved } = loaded;
        let absolute = doc.source.path.clone().unwrap_or_else(|| path.clone());
        if self.remembered_loads.contains(&path) {
            self.remembered_loads.retain(|p| p != &path);
            self.change_settings(|s| s.remember_recent(&absolute));
        }
        // The same file under another name: show the copy already open.
        if let Some(i) = self
            .docs
            .iter()
            .position(|d| d.doc.source.path.as_deref() == Some(absolute.as_path()))
        {
            self.active = Some(i);
            return;
        }
        let id = DocId(self.next_doc_id);
        self.next_doc_id += 1;
        self.docs.push(OpenDocument::new(id, doc, stats));
        let index = self.docs.len() - 1;
        self.active = Some(index);
        match saved {
            io::Saved::Loaded {
                annotations,
                messages,
                unplaced,
            } => {
                self.set_annotations(index, annotations);
                self.docs[index].from_sidecar = true;
                self.record_sidecar(index, unplaced, None);
                for message in messages {
                    self.report(message, false);
                }
            }
            io::Saved::Failed(message) => {
                self.record_sidecar(index, Vec::new(), Some(message.clone()));
                self.report(message, true);
                if self.extract {
                    self.start_extraction(index);
                }
            }
            io::Saved::None => {
                if self.extract {
                    self.start_extraction(index);
                }
            }
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
        self.settings.clone().save_in_background(path);
    }

    /// Applies theme and article font family when they change.
    fn apply_style(&mut self, ctx: &egui::Context) {
        let wanted = (self.settings.theme, self.settings.font_family.clone());
        if self.style_applied.as_ref() == Some(&wanted) {
            return;
        }
        self.style_applied = Some(wanted);
        let shared = sahifa_text::TextSystem::shared(ctx);
        let result = sahifa_text::TextSystem::lock(&shared).set_family(&self.settings.font_family);
        if let Err(e) = result {
            let message = format!("{e}; the article keeps its current font");
            self.report(message, true);
        }
        ctx.set_theme(match self.settings.theme {
            ThemeChoice::System => egui::ThemePreference::System,
            ThemeChoice::Light => egui::ThemePreference::Light,
            ThemeChoice::Dark => egui::ThemePreference::Dark,
        });
        // Ctrl +/-/0 zoom the article, not the whole interface.
        ctx.options_mut(|o| o.zoom_with_keyboard = false);
    }

    /// One frame: poll tasks, draw, run what the panels asked for.
    fn frame(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        if self.ctx.is_none() {
            self.ctx = Some(ctx.clone());
        }
        self.poll_tasks();
        self.poll_finds();
        self.poll_fonts();
        let sort = self.settings.sort;
        if let Some(doc) = self.active_document_mut()
            && !doc.rows_ordered_for(sort)
        {
            doc.order_rows(sort);
        }
        self.annotation_frame(&ctx);
        self.apply_style(&ctx);

        let mut actions: Vec<Action> = Command::from_shortcuts(&ctx)
            .into_iter()
            .map(Action::Command)
            .collect();
        let dropped: Vec<PathBuf> = ctx.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_owned())
                .collect()
        });
        if !dropped.is_empty() {
            actions.push(Action::OpenPaths(dropped));
        }

        let mut cache = std::mem::take(&mut self.article_cache);
        crate::ui::show(ui, self, &mut cache, &mut actions);
        self.article_cache = cache;
        // A focus request is served by the frame that was just drawn.
        if let Some(doc) = self.active_document_mut() {
            doc.view.find.focus_requested = false;
        }

        for action in actions {
            self.run(action);
        }
        self.update_title(&ctx);
        self.save_settings_if_changed();
        if self.is_busy() {
            ctx.request_repaint_after(Duration::from_millis(100));
        }
    }
}

impl eframe::App for SahifaApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.frame(ui);
    }

    /// Writes the settings once more, so a change made just before quitting is kept even
    /// if its background write had not run yet.
    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        if let Some(path) = &self.settings_path {
            self.settings.save_before_exit(path);
        }
    }
}

/// True when the label's mentions are shown (its per-type toggle is on).
pub fn label_visible(settings: &Settings, label: Label) -> bool {
    !settings.hidden_labels.contains(&label)
}
