//! The library in the window: opening it at start (a refused file is kept, a new one
//! started only on the user's word) and the library view's queries — each on a task
//! thread, its answer landing in [`crate::state::library`]. Adding is
//! [`crate::logic::library_adding`]'s.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use sahifa_library::LibraryError;

use crate::l10n::{Language, tr, tr_args};
use crate::logic::App;
use crate::logic::library_jobs::{self, Answer, LibraryAction, Opened, Query, QueryJob};
use crate::logic::tasks::{Task, take_finished};
use crate::state::library::{LibraryState, LibraryStatus, Reveal};

/// The sentence telling the user why the library cannot be used.
pub fn error_message(lang: Language, error: &LibraryError) -> String {
    match error {
        LibraryError::Newer {
            path,
            found,
            supported,
        } => tr_args(
            lang,
            "library-newer",
            &[
                ("path", path.display().to_string().into()),
                ("found", (*found).into()),
                ("supported", (*supported).into()),
            ],
        ),
        LibraryError::Corrupt { path, reason } => tr_args(
            lang,
            "library-corrupt",
            &[
                ("path", path.display().to_string().into()),
                ("reason", reason.as_str().into()),
            ],
        ),
        LibraryError::Busy { path } => tr_args(
            lang,
            "library-busy",
            &[("path", path.display().to_string().into())],
        ),
        other => tr_args(
            lang,
            "library-failed",
            &[("error", other.to_string().into())],
        ),
    }
}

impl App {
    /// Opens the library named by the options in the background.
    pub(crate) fn start_library(&mut self) {
        if self.library.path.is_some() {
            self.state.library = LibraryState::opening();
            self.open_library(false);
        }
    }

    fn open_library(&mut self, fresh: bool) {
        let Some(path) = self.library.path.clone() else {
            return;
        };
        if self.tasks.library_open.is_some() {
            return;
        }
        let name = tr(self.state.settings.language, "task-library-opening");
        let task = Task::spawn(name, self.waker.as_ref(), move |_| {
            library_jobs::open(&path, fresh)
        });
        self.tasks.library_open = Some(task);
    }

    /// Collects what the library's tasks found; looks at the watched folders; shows a
    /// mention waiting for its article.
    pub(crate) fn poll_library(&mut self) {
        self.poll_library_open();
        self.poll_library_queries();
        self.poll_library_add();
        self.poll_library_dialog();
        self.poll_watcher();
        self.poll_reveal();
    }

    fn poll_library_open(&mut self) {
        let lang = self.state.settings.language;
        let Some(result) = self.tasks.library_open.as_ref().and_then(Task::poll) else {
            return;
        };
        self.tasks.library_open = None;
        match result {
            Ok(Ok(Opened {
                library,
                watcher,
                kept,
                read_only,
            })) => {
                // No library yet (no file): the view shows an empty one; the first add
                // creates the file.
                self.library.db = library.map(|library| Arc::new(Mutex::new(library)));
                self.library.watcher = watcher;
                self.state.library.status = LibraryStatus::Ready;
                self.state.library.read_only =
                    read_only.then(|| self.library.path.clone()).flatten();
                if let Some(kept) = kept {
                    let args = [("path", kept.display().to_string().into())];
                    self.inform(tr_args(lang, "library-started-fresh", &args));
                }
                self.refresh_library();
            }
            Ok(Err(error)) => {
                let message = error_message(lang, &error);
                // Said once as a notice (the view may not be shown); the view keeps it,
                // with «Start a new library» for a refused file.
                let notice = match error {
                    LibraryError::Newer { .. } | LibraryError::Corrupt { .. } => {
                        self.state.library.status = LibraryStatus::Refused(message.clone());
                        let args = [("message", message.into())];
                        tr_args(lang, "library-refused-notice", &args)
                    }
                    _ => {
                        self.state.library.status = LibraryStatus::Failed(message.clone());
                        message
                    }
                };
                self.report_library(notice);
            }
            Err(panicked) => {
                self.state.library.status = LibraryStatus::Failed(panicked.to_string());
            }
        }
    }

    /// Asks `query` in the background; its answer replaces older ones of its kind.
    fn ask_library(&mut self, query: Query) {
        let Some(db) = self.library.db.clone() else {
            return;
        };
        let kind = query.kind();
        let seq = self.library.next_seq(kind);
        let name = tr(self.state.settings.language, "task-library-query");
        let task = Task::spawn(name, self.waker.as_ref(), move |_| {
            library_jobs::answer(&db, query)
        });
        self.tasks
            .library_queries
            .push(QueryJob { kind, seq, task });
    }

    /// Asks for the articles and the entities of the type filter again.
    pub(crate) fn refresh_library(&mut self) {
        let view = &self.state.library;
        self.ask_library(Query::Overview(view.label, view.filter().to_owned()));
    }

    /// Filters the entities shown with the current text, in the background.
    fn refilter_library(&mut self) {
        let view = &self.state.library;
        let query = Query::Filter(Arc::clone(&view.entities), view.filter().to_owned());
        self.ask_library(query);
    }

    fn poll_library_queries(&mut self) {
        let lang = self.state.settings.language;
        let finished = take_finished(&mut self.tasks.library_queries, |j| &j.task);
        for (QueryJob { kind, seq, .. }, result) in finished {
            if !self.library.is_newest(kind, seq) {
                continue;
            }
            match result {
                Ok(Ok(answer)) => self.library_answered(answer),
                Ok(Err(error)) => self.report_library(error_message(lang, &error)),
                Err(panicked) => self.report(panicked),
            }
        }
    }

    fn library_answered(&mut self, answer: Answer) {
        let view = &mut self.state.library;
        match answer {
            Answer::Overview(articles, entities, filter, visible) => {
                view.articles = articles;
                view.set_entities(entities, filter, visible);
                if view.filter_pending() {
                    self.refilter_library();
                }
            }
            Answer::Filtered(entities, filter, visible) => {
                view.set_visible(&entities, filter, visible);
            }
            Answer::Entity(picked) => {
                if view.picking == Some(picked.entity.id) {
                    view.picked = Some(picked);
                }
            }
            Answer::Search(query, hits) => {
                if view.query == query {
                    view.search_hits = hits;
                }
            }
            Answer::Changed(entity) => {
                view.merging = false;
                self.refresh_library();
                self.pick_entity(entity);
            }
        }
    }

    fn pick_entity(&mut self, id: sahifa_library::LibEntityId) {
        self.state.library.picking = Some(id);
        self.ask_library(Query::Entity(id));
    }

    /// True, after saying so with the message `id`, when the library was opened only to
    /// read: nothing may be added, merged or split.
    pub(crate) fn refused_read_only(&mut self, id: &str) -> bool {
        let Some(path) = self.state.library.read_only.clone() else {
            return false;
        };
        let lang = self.state.settings.language;
        let args = [("path", path.display().to_string().into())];
        self.report_library(tr_args(lang, id, &args));
        true
    }

    /// Shows a library failure once, as a notice.
    pub(crate) fn report_library(&mut self, message: String) {
        self.state.notices.push(crate::state::notice::Notice {
            message,
            is_error: true,
        });
    }

    /// Runs what the library view asked.
    pub(crate) fn run_library(&mut self, action: LibraryAction) {
        let view = &mut self.state.library;
        match action {
            LibraryAction::SetPage(page) => view.page = page,
            LibraryAction::SetLabel(label) => {
                view.label = label;
                self.refresh_library();
            }
            LibraryAction::SetFilter(filter) => {
                view.set_filter(filter);
                self.refilter_library();
            }
            LibraryAction::Pick(id) => {
                view.merging = false;
                self.pick_entity(id);
            }
            LibraryAction::OpenAt(path, range) => self.open_from_library(path, Some(range)),
            LibraryAction::OpenArticle(path) => self.open_from_library(path, None),
            LibraryAction::SetQuery(query) => {
                view.query.clone_from(&query);
                if query.trim().is_empty() {
                    view.search_hits.clear();
                    self.library.next_seq(library_jobs::QueryKind::Search);
                } else {
                    self.ask_library(Query::Search(query));
                }
            }
            LibraryAction::Merging(on) => {
                let on = on && !self.refused_read_only("library-read-only-change");
                self.state.library.merging = on;
            }
            LibraryAction::Merge { keep, other } => {
                if !self.refused_read_only("library-read-only-change") {
                    self.ask_library(Query::Merge(keep, other));
                }
            }
            LibraryAction::Split { entity, alias } => {
                if !self.refused_read_only("library-read-only-change") {
                    self.ask_library(Query::Split(entity, alias));
                }
            }
            LibraryAction::AddPaths(paths) => self.add_to_library(paths, true),
            LibraryAction::Dropped(paths) => self.dropped(paths),
            LibraryAction::StartFresh => {
                view.status = LibraryStatus::Opening;
                self.open_library(true);
            }
            LibraryAction::ShowFailures(open) => view.failures_open = open,
            LibraryAction::SetPromptText(text) => {
                if let Some((_, old)) = &mut view.path_prompt {
                    *old = text;
                }
            }
            LibraryAction::AnswerPrompt(add) => {
                if let Some((_, text)) = view.path_prompt.take()
                    && add
                    && !text.trim().is_empty()
                {
                    self.add_to_library(vec![PathBuf::from(text.trim())], true);
                }
            }
        }
    }

    /// Opens `path` (switching to it when open) and, with `range`, selects the entity of
    /// the mention there once the article is ready.
    fn open_from_library(&mut self, path: PathBuf, range: Option<sahifa_model::TextRange>) {
        self.state.library.shown = false;
        // The open documents are known by their resolved path.
        let path = std::fs::canonicalize(&path).unwrap_or(path);
        self.state.library.reveal = range.map(|range| Reveal {
            path: path.clone(),
            range,
        });
        self.open_paths(vec![path], true);
    }

    /// Selects the entity of the mention waiting to be shown, once its article is open
    /// and its entities are known.
    fn poll_reveal(&mut self) {
        let Some(reveal) = self.state.library.reveal.clone() else {
            return;
        };
        let Some(index) = self.state.index_of_path(&reveal.path) else {
            if !self.tasks.loads.iter().any(|j| j.path == reveal.path) {
                self.state.library.reveal = None;
            }
            return;
        };
        let Some(doc) = self.state.document_mut(index) else {
            return;
        };
        if doc.extraction == crate::state::document::Extraction::Running {
            return;
        }
        self.state.library.reveal = None;
        self.state.set_active(index);
        let Some(doc) = self.state.document_mut(index) else {
            return;
        };
        doc.select_at(reveal.range.start());
        match doc.view.current_mention {
            Some(current) if doc.view.selected.is_some() => doc.jump_to_mention(current),
            _ => doc.view.request_scroll(reveal.range),
        }
    }

    /// Ctrl+L: shows or hides the library view.
    pub(crate) fn toggle_library_view(&mut self) {
        self.state.library.shown = !self.state.library.shown;
    }
}
