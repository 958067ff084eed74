//! The library's background work, without `App` methods: what the library view asks
//! ([`LibraryAction`]), the queries and what they answer, the jobs [`BackgroundTasks`]
//! holds, and [`LibraryLink`] — the open library and the watched folders. Every call into
//! the library runs on a task thread; the UI thread only polls.
//!
//! [`BackgroundTasks`]: crate::logic::background::BackgroundTasks

use std::path::PathBuf;
use std::sync::atomic::AtomicBool;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::Instant;

use sahifa_library::watch::FolderWatcher;
use sahifa_library::{
    AddOptions, AddProgress, AddSummary, ArticleRow, EntityRow, LibEntityId, Library, LibraryError,
    Neighbour, SearchHit,
};
use sahifa_model::{Label, TextRange};

use crate::logic::learner::Learner;
pub use crate::logic::library_open::{Opened, open};
use crate::logic::tasks::{Progress, Task, TaskStatus};
use crate::state::library::{HitWithSnippets, LibraryPage, PickedEntity, filter_entities};

/// What the library view asks.
#[derive(Clone, Debug, PartialEq)]
pub enum LibraryAction {
    /// Show a page of the library view.
    SetPage(LibraryPage),
    /// Only entities of this type (`None`: all).
    SetLabel(Option<Label>),
    /// Replace the entity filter.
    SetFilter(String),
    /// Pick an entity: its articles with snippets, and its neighbours.
    Pick(LibEntityId),
    /// Open an article and select the entity whose mention covers `range`.
    OpenAt(PathBuf, TextRange),
    /// Open an article.
    OpenArticle(PathBuf),
    /// Replace the full-text query (searched in the background).
    SetQuery(String),
    /// Turn «Merge with…» on or off.
    Merging(bool),
    /// The user's decision: `other` is the same as `keep`.
    Merge {
        /// The entity that stays.
        keep: LibEntityId,
        /// The entity merged into it.
        other: LibEntityId,
    },
    /// The user's decision: `alias` of `entity` is someone else.
    Split {
        /// The entity.
        entity: LibEntityId,
        /// The surface form split off.
        alias: String,
    },
    /// Add these files and folders.
    AddPaths(Vec<PathBuf>),
    /// Files dropped onto the window: folders are added to the library, files opened.
    Dropped(Vec<PathBuf>),
    /// After a refusal, on the user's word: move the old file aside, start a new one.
    StartFresh,
    /// Show or hide the list of files that could not be added.
    ShowFailures(bool),
    /// The typed path where no folder dialog exists: replace its text.
    SetPromptText(String),
    /// The typed path: add it (`true`) or cancel (`false`).
    AnswerPrompt(bool),
}

/// A question for the library, asked on a task thread.
#[derive(Clone, Debug)]
pub enum Query {
    /// Every article, and the entities of one type with those passing a text filter.
    Overview(Option<Label>, String),
    /// The entities passing a text filter (no database: the rows shown are filtered).
    Filter(Arc<Vec<EntityRow>>, String),
    /// One entity with its articles, snippets and neighbours.
    Entity(LibEntityId),
    /// Full-text search.
    Search(String),
    /// Merge `other` into `keep`.
    Merge(LibEntityId, LibEntityId),
    /// Split `alias` off the entity.
    Split(LibEntityId, String),
}

/// Which answers replace which: a newer query of the same kind makes an older one stale.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum QueryKind {
    /// Articles and entities.
    Overview,
    /// The text filter of the entities.
    Filter,
    /// The picked entity.
    Entity,
    /// The search.
    Search,
    /// A merge or split.
    Change,
}

impl Query {
    /// Its kind.
    pub fn kind(&self) -> QueryKind {
        match self {
            Query::Overview(..) => QueryKind::Overview,
            Query::Filter(..) => QueryKind::Filter,
            Query::Entity(_) => QueryKind::Entity,
            Query::Search(_) => QueryKind::Search,
            Query::Merge(..) | Query::Split(..) => QueryKind::Change,
        }
    }
}

/// What a query found.
#[derive(Debug)]
pub enum Answer {
    /// Every article; the entities of the type asked for, the filter and the indices of
    /// the entities passing it.
    Overview(Vec<ArticleRow>, Arc<Vec<EntityRow>>, String, Vec<usize>),
    /// The entities filtered, the filter and the indices passing it.
    Filtered(Arc<Vec<EntityRow>>, String, Vec<usize>),
    /// The entity with its articles and neighbours.
    Entity(PickedEntity),
    /// The query and its hits.
    Search(String, Vec<SearchHit>),
    /// A merge or split is done: the entity to show now.
    Changed(LibEntityId),
}

/// Articles of a picked entity whose snippets are fetched (the rest are listed bare).
const SNIPPET_ARTICLES: usize = 60;
/// Snippets per article.
const SNIPPETS_PER_ARTICLE: usize = 3;
/// Neighbours listed and drawn.
pub const NEIGHBOURS: usize = 12;
/// Search hits shown.
const SEARCH_HITS: usize = 300;

fn lock(db: &Mutex<Library>) -> MutexGuard<'_, Library> {
    db.lock().unwrap_or_else(PoisonError::into_inner)
}

/// Answers `query` (blocks: task threads only).
pub fn answer(db: &Mutex<Library>, query: Query) -> Result<Answer, LibraryError> {
    match query {
        Query::Filter(entities, filter) => {
            let visible = filter_entities(&entities, &filter);
            Ok(Answer::Filtered(entities, filter, visible))
        }
        Query::Overview(label, filter) => {
            let (articles, mut entities) = {
                let lib = lock(db);
                (lib.articles()?, lib.entities(label)?)
            };
            // Ties in a stable order, so the list does not reshuffle between refreshes.
            entities.sort_by(|a, b| {
                (b.articles, b.mentions, &a.canonical).cmp(&(a.articles, a.mentions, &b.canonical))
            });
            let visible = filter_entities(&entities, &filter);
            Ok(Answer::Overview(
                articles,
                Arc::new(entities),
                filter,
                visible,
            ))
        }
        Query::Entity(id) => entity_details(&lock(db), id).map(Answer::Entity),
        Query::Search(text) => {
            let hits = lock(db).search(&text, SEARCH_HITS)?;
            Ok(Answer::Search(text, hits))
        }
        Query::Merge(keep, other) => {
            lock(db).merge(keep, other)?;
            Ok(Answer::Changed(keep))
        }
        Query::Split(entity, alias) => {
            lock(db).split(entity, &alias)?;
            Ok(Answer::Changed(entity))
        }
    }
}

fn entity_details(lib: &Library, id: LibEntityId) -> Result<PickedEntity, LibraryError> {
    let entity = lib.entity(id)?;
    let mut hits = Vec::new();
    for (n, hit) in lib.articles_of(id)?.into_iter().enumerate() {
        let snippets = if n < SNIPPET_ARTICLES {
            lib.snippets(id, hit.article.id, SNIPPETS_PER_ARTICLE)?
        } else {
            Vec::new()
        };
        hits.push(HitWithSnippets { hit, snippets });
    }
    hits.sort_by(|a, b| {
        (b.hit.mentions, &a.hit.article.path).cmp(&(a.hit.mentions, &b.hit.article.path))
    });
    let mut neighbours = lib.appears_with(id, NEIGHBOURS)?;
    neighbours.sort_by(|a, b| {
        let key = |n: &Neighbour| (n.shared_articles, n.entity.articles);
        key(b)
            .cmp(&key(a))
            .then_with(|| a.entity.canonical.cmp(&b.entity.canonical))
    });
    Ok(PickedEntity {
        entity,
        hits,
        neighbours,
    })
}

/// A query running.
pub struct QueryJob {
    /// Its kind.
    pub kind: QueryKind,
    /// Its number: only the newest of a kind is shown.
    pub seq: u64,
    /// The task.
    pub task: Task<Result<Answer, LibraryError>>,
}

/// Why an add could not run.
#[derive(Debug, thiserror::Error)]
pub enum AddError {
    /// The library refused.
    #[error(transparent)]
    Library(#[from] LibraryError),
    /// The extractor could not be loaded.
    #[error(transparent)]
    Extractor(#[from] crate::logic::io::IoError),
}

/// What an add hands back: its summary and a watcher of the folders as they are now.
pub struct Added {
    /// What was indexed, skipped, failed.
    pub summary: AddSummary,
    /// The watched folders' watcher, restarted with the new folders.
    pub watcher: Option<FolderWatcher>,
}

/// An add running.
pub struct AddJob {
    /// The task's name (translated when it started).
    pub name: String,
    /// Set by Cancel.
    pub cancel: Arc<AtomicBool>,
    /// The last progress report.
    pub progress: Arc<Mutex<AddProgress>>,
    /// When the view last asked for fresh articles and entities during the add.
    pub refreshed: Instant,
    /// The query connection the add opens when the window had none (the add created
    /// the library file), for the view to read while the add runs.
    pub reader: Reader,
    /// The task.
    pub task: Task<Result<Added, AddError>>,
}

/// Where an add leaves a query connection for the window.
pub type Reader = Arc<Mutex<Option<Library>>>;

/// Takes the query connection an add left, if any.
pub fn take_reader(reader: &Reader) -> Option<Library> {
    reader.lock().unwrap_or_else(PoisonError::into_inner).take()
}

impl AddJob {
    /// The add's progress so far.
    pub fn progress(&self) -> AddProgress {
        self.progress
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }

    /// What the status bar shows: the name with done / found.
    pub fn status(&self) -> TaskStatus {
        let p = self.progress();
        let mut status = self.task.status();
        status.name = format!("{} {}/{}", self.name, p.done, p.found);
        status
    }
}

/// What an add needs, moved onto its thread.
pub struct AddRequest {
    /// The library file (the add opens its own connection).
    pub path: PathBuf,
    /// Files and folders.
    pub roots: Vec<PathBuf>,
    /// Whose extractor finds the entities.
    pub learner: Learner,
    /// Remember the folders as watched.
    pub watch: bool,
    /// Where to leave a query connection once the file is open (the window has none):
    /// `None` when it has one.
    pub reader: Option<Reader>,
}

/// Runs an add (blocks: a task thread only).
pub fn run_add(
    request: AddRequest,
    shared: &Mutex<AddProgress>,
    progress: &Progress,
    cancel: &AtomicBool,
) -> Result<Added, AddError> {
    let extractor = request.learner.extractor()?;
    let mut library = Library::open(&request.path)?;
    if let Some(reader) = &request.reader {
        // The file exists now, made and migrated by the open above.
        let query = Library::open(&request.path)?;
        *reader.lock().unwrap_or_else(PoisonError::into_inner) = Some(query);
    }
    // Every core indexes, at a lower priority than the window, so it keeps drawing at 60
    // frames a second (benches/frames.rs `library`).
    let options = AddOptions {
        watch: request.watch,
        background: true,
        ..AddOptions::default()
    };
    let report = |p: &AddProgress| {
        *shared.lock().unwrap_or_else(PoisonError::into_inner) = p.clone();
        if p.found > 0 {
            progress.set(p.done as f32 / p.found as f32);
        }
    };
    let summary = library.add(&request.roots, &extractor, &options, &report, cancel)?;
    let watcher = library
        .watch_folders()
        .ok()
        .and_then(|folders| FolderWatcher::start(&folders).ok());
    Ok(Added { summary, watcher })
}

/// The open library as the logic holds it: the file, the query connection, the watcher,
/// which answers are the newest.
#[derive(Default)]
pub struct LibraryLink {
    /// The library file; `None`: no library.
    pub path: Option<PathBuf>,
    /// The query connection, once open.
    pub db: Option<Arc<Mutex<Library>>>,
    /// The watched folders.
    pub watcher: Option<FolderWatcher>,
    /// Files and folders waiting for the running add to finish.
    pub queued: Vec<PathBuf>,
    /// The number of the last query asked.
    seq: u64,
    /// The newest query of each kind.
    newest: Vec<(QueryKind, u64)>,
}

impl LibraryLink {
    /// A link to the library at `path` (opened by the app's start).
    pub fn new(path: Option<PathBuf>) -> Self {
        Self {
            path,
            ..Self::default()
        }
    }

    /// The number for a new query of `kind`, which makes older ones of that kind stale.
    pub fn next_seq(&mut self, kind: QueryKind) -> u64 {
        self.seq += 1;
        self.newest.retain(|(k, _)| *k != kind);
        self.newest.push((kind, self.seq));
        self.seq
    }

    /// True when `seq` is the newest query of `kind`.
    pub fn is_newest(&self, kind: QueryKind, seq: u64) -> bool {
        self.newest.contains(&(kind, seq))
    }
}
