//! The library: many articles, one index of who and what appears where.
//!
//! A library is one SQLite file (WAL, schema version in `PRAGMA user_version`, migrations)
//! in the user's data folder (`dirs::data_dir()/sahifa/library.sqlite`, which honours
//! `XDG_DATA_HOME`), or wherever `--library PATH` says. The article files stay where they
//! are: the library stores their paths, content hashes, the annotations found in them (the
//! sidecar `ARTICLE.sahifa.json` when there is one: it stays the source of truth for the
//! user's edits; else the extractor's), cross-article entities and a full-text index over
//! loosely folded text.
//!
//! The contract the app and the command line build on is this file's public API:
//! - [`Library::open`] / [`Library::open_fresh`] (a newer or corrupt file is refused with
//!   [`LibraryError::Newer`] / [`LibraryError::Corrupt`], never overwritten);
//! - [`Library::add`]: index files and folders on background workers, with progress and
//!   cancel; unchanged files are skipped by hash; a file that fails is listed, never stops
//!   the rest;
//! - queries: [`Library::articles`], [`Library::entities`], [`Library::find_entities`],
//!   [`Library::articles_of`], [`Library::snippets`], [`Library::appears_with`],
//!   [`Library::search`];
//! - the user's decisions: [`Library::merge`], [`Library::split`] (they persist and survive
//!   re-indexing);
//! - watched folders: [`Library::watch_folders`], [`watch::FolderWatcher`].
//!
//! Offsets are in Unicode scalar values (chars) of the article's decoded text, as
//! everywhere in Sahifa.

use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;

use sahifa_extract::Extractor;
use sahifa_model::{Label, TextRange};

mod adding;
mod article;
mod dateline;
mod decisions;
mod entities;
mod index;
mod packed;
mod query;
pub mod schema;
mod search;
mod store;
mod walk;
pub mod watch;
mod write;

pub use walk::{ARTICLE_EXTENSIONS, is_article};

/// File name of the library in the user's data folder.
pub const LIBRARY_FILE: &str = "library.sqlite";

/// Why the library could not be opened, written or queried.
#[derive(Debug, thiserror::Error)]
pub enum LibraryError {
    /// The user's data folder is unknown (no `HOME`, no `XDG_DATA_HOME`).
    #[error("the user's data folder is unknown (set XDG_DATA_HOME or HOME)")]
    NoDataDir,
    /// The file was written by a newer Sahifa; it is left untouched.
    #[error(
        "{path} was written by a newer version of Sahifa (library format {found}; this version reads up to {supported}); it was not changed"
    )]
    Newer {
        path: PathBuf,
        found: i64,
        supported: i64,
    },
    /// The file is not a library or is damaged; it is left untouched.
    #[error("{path} is not a readable Sahifa library ({reason}); it was not changed")]
    Corrupt { path: PathBuf, reason: String },
    /// Another process holds the library for writing longer than we waited.
    #[error("{path} is busy: another Sahifa is adding articles to it")]
    Busy { path: PathBuf },
    /// A file-system error on the library file or its folder.
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    /// Any other database error.
    #[error("library database: {0}")]
    Sqlite(#[from] rusqlite::Error),
    /// No library entity has this id (it was merged away or re-indexed).
    #[error("no such entity in the library")]
    NoSuchEntity,
}

impl LibraryError {
    /// True when the library file or its folder may not be written — its permissions, an
    /// immutable flag or a read-only file system — so [`Library::open_read_only`] can
    /// still read it.
    pub fn is_read_only(&self) -> bool {
        use std::io::ErrorKind::{PermissionDenied, ReadOnlyFilesystem};
        matches!(self, LibraryError::Io { source, .. }
            if matches!(source.kind(), PermissionDenied | ReadOnlyFilesystem))
    }
}

/// A library entity's id: stable while the library is open; the user's merge and split
/// decisions are stored by name, not by id, so they survive re-indexing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct LibEntityId(pub i64);

/// An article's id in the library.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ArticleId(pub i64);

/// One article of the library, as the library view lists it.
#[derive(Debug, Clone, PartialEq)]
pub struct ArticleRow {
    pub id: ArticleId,
    pub path: PathBuf,
    /// The article's title: its first heading or first line, at most 120 chars.
    pub title: String,
    /// A date the file gives (a dateline or a date in its first lines), as written.
    pub date: Option<String>,
    /// Entity count per label in this article.
    pub entity_counts: Vec<(Label, u32)>,
    /// The file was not found at the last check (deleted or moved).
    pub missing: bool,
    /// The last attempt to load it failed: the message (the article keeps its old index).
    pub error: Option<String>,
}

/// One cross-article entity.
#[derive(Debug, Clone, PartialEq)]
pub struct EntityRow {
    pub id: LibEntityId,
    /// The name shown: the most frequent full form across the library.
    pub canonical: String,
    pub label: Label,
    /// Other surface forms (family name alone, acronym, spellings), most frequent first.
    pub aliases: Vec<String>,
    /// Articles it appears in.
    pub articles: u32,
    /// Mentions in all articles.
    pub mentions: u32,
}

/// Where an entity appears in one article.
#[derive(Debug, Clone, PartialEq)]
pub struct ArticleHit {
    pub article: ArticleRow,
    pub mentions: u32,
    /// The first mention in text order.
    pub first: TextRange,
}

/// A keyword-in-context snippet: `text` is a window of the article with the mention at
/// `mark` (char offsets into `text`); `range` is the mention in the article.
#[derive(Debug, Clone, PartialEq)]
pub struct Snippet {
    pub text: String,
    pub mark: std::ops::Range<usize>,
    pub range: TextRange,
}

/// An entity that co-occurs with another, by the number of articles they share.
#[derive(Debug, Clone, PartialEq)]
pub struct Neighbour {
    pub entity: EntityRow,
    pub shared_articles: u32,
}

/// A full-text search hit.
#[derive(Debug, Clone, PartialEq)]
pub struct SearchHit {
    pub article: ArticleId,
    pub path: PathBuf,
    pub range: TextRange,
    pub snippet: Snippet,
}

/// How [`Library::add`] goes about it.
#[derive(Debug, Clone)]
pub struct AddOptions {
    /// Worker threads loading and extracting (default: all cores).
    pub workers: usize,
    /// Remember folders among the roots as watched folders.
    pub watch: bool,
    /// The workers run at a lower OS priority (nice 10 on Linux), so a window drawing
    /// beside them on the same cores keeps its frames while they use every core.
    pub background: bool,
}

impl Default for AddOptions {
    fn default() -> Self {
        AddOptions {
            workers: std::thread::available_parallelism().map_or(1, |n| n.get()),
            watch: true,
            background: false,
        }
    }
}

/// Progress of [`Library::add`], reported often (at least once per finished file).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AddProgress {
    /// Files found so far (the walk may still run).
    pub found: usize,
    /// Files finished: indexed, skipped as unchanged or failed.
    pub done: usize,
    /// The file finished last.
    pub current: Option<PathBuf>,
}

/// What [`Library::add`] did.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AddSummary {
    pub indexed: usize,
    pub unchanged: usize,
    /// Each file that could not be loaded, with the loader's message — also one that
    /// failed before and has not changed since (it is not retried, nor counted unchanged).
    pub failed: Vec<(PathBuf, String)>,
    /// Articles whose file is gone (marked missing, kept).
    pub missing: usize,
    pub cancelled: bool,
    /// Articles indexed, but with a problem the user should know of (a sidecar that is
    /// damaged, unreadable or not a regular file: the extractor's annotations were used).
    pub warnings: Vec<(PathBuf, String)>,
}

/// An open library.
pub struct Library {
    path: PathBuf,
    conn: rusqlite::Connection,
}

impl Library {
    /// `dirs::data_dir()/sahifa/library.sqlite`.
    pub fn default_path() -> Result<PathBuf, LibraryError> {
        dirs::data_dir()
            .map(|d| d.join("sahifa").join(LIBRARY_FILE))
            .ok_or(LibraryError::NoDataDir)
    }

    /// Opens the library at `path`, creating it (and its folder) when missing and
    /// migrating an older format. A newer or damaged file is refused and left untouched.
    ///
    /// When an add was killed before rebuilding the entities (its articles are in, the
    /// entities are those before it) and no add is running in any process, the entities
    /// are rebuilt here, before returning; while an add runs they are left to it, and the
    /// open does not wait (see `LIBRARY.adding` in the crate's README).
    pub fn open(path: &Path) -> Result<Library, LibraryError> {
        let mut conn = schema::open(path)?;
        adding::repair_owed_entities(&mut conn, path).map_err(|e| match e {
            LibraryError::Sqlite(e) => schema::busy_or(path, e),
            e => e,
        })?;
        Ok(Library {
            path: path.to_owned(),
            conn,
        })
    }

    /// Opens an existing library only to read it, for when [`Library::open`] is refused
    /// because the file or its folder is read-only to the user. Queries work; `add`,
    /// `merge` and `split` fail with an error naming the file. Entities a killed add left
    /// owed are not rebuilt: they are shown as they are.
    pub fn open_read_only(path: &Path) -> Result<Library, LibraryError> {
        let conn = schema::open_read_only(path)?;
        Ok(Library {
            path: path.to_owned(),
            conn,
        })
    }

    /// On the user's word, after [`LibraryError::Corrupt`] or [`LibraryError::Newer`]: moves
    /// the old file aside (`library.sqlite.old-N`, returned, with its `-wal` and `-shm`) and
    /// opens a new, empty one. [`LibraryError::Busy`], nothing moved, while an add runs on
    /// it (a newer Sahifa's). The lock file `library.sqlite.adding` stays: it is the path's.
    pub fn open_fresh(path: &Path) -> Result<(Library, PathBuf), LibraryError> {
        let no_add = adding::exclusive(path)?;
        let kept = schema::move_aside(path)?;
        // Released before the open, which may try the same lock.
        drop(no_add);
        Ok((Library::open(path)?, kept))
    }

    /// The library's file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Indexes `roots` (files, and folders walked recursively for articles: txt, html, md,
    /// docx) with `extractor` on `options.workers` threads. Unchanged files (same hash of
    /// the file and of its sidecar) are skipped; files gone since the last add are marked
    /// missing. Articles are committed in short batches (32 articles or 200 ms), so a killed
    /// run leaves a library that opens, and adding again resumes. Returns when done or
    /// within about a second of `cancel` being set (the article being extracted finishes;
    /// what is not yet written is redone next time). Entities are rebuilt at the end, and a
    /// few times during a long add (after 500, 2,000, 8,000 … articles, at least ten
    /// seconds apart), so a view open meanwhile sees them grow.
    pub fn add(
        &mut self,
        roots: &[PathBuf],
        extractor: &Extractor,
        options: &AddOptions,
        progress: &(dyn Fn(&AddProgress) + Sync),
        cancel: &AtomicBool,
    ) -> Result<AddSummary, LibraryError> {
        index::add(
            &mut self.conn,
            &self.path,
            roots,
            extractor,
            options,
            progress,
            cancel,
        )
        .map_err(|e| self.busy(e))
    }

    /// [`LibraryError::Busy`] for a write that waited too long for another process.
    fn busy(&self, e: LibraryError) -> LibraryError {
        match e {
            LibraryError::Sqlite(e) => schema::busy_or(&self.path, e),
            e => e,
        }
    }

    /// Every article, by path.
    pub fn articles(&self) -> Result<Vec<ArticleRow>, LibraryError> {
        query::articles(&self.conn)
    }

    /// Every entity (of `label` when given), most articles first.
    pub fn entities(&self, label: Option<Label>) -> Result<Vec<EntityRow>, LibraryError> {
        query::entities(&self.conn, label)
    }

    /// Entities whose canonical name or an alias matches `name` loosely (folded), best
    /// first: exact canonical, then alias, then a name beginning with it, then a name with
    /// a word beginning with it (a family name finds the full name).
    pub fn find_entities(&self, name: &str) -> Result<Vec<EntityRow>, LibraryError> {
        query::find_entities(&self.conn, name)
    }

    /// One entity by id.
    pub fn entity(&self, id: LibEntityId) -> Result<EntityRow, LibraryError> {
        query::entity(&self.conn, id)
    }

    /// The articles `entity` appears in, most mentions first.
    pub fn articles_of(&self, entity: LibEntityId) -> Result<Vec<ArticleHit>, LibraryError> {
        query::articles_of(&self.conn, entity)
    }

    /// Keyword-in-context snippets of `entity`'s mentions in `article` (at most `max`),
    /// in text order, about 60 chars each side.
    pub fn snippets(
        &self,
        entity: LibEntityId,
        article: ArticleId,
        max: usize,
    ) -> Result<Vec<Snippet>, LibraryError> {
        query::snippets(&self.conn, entity, article, max)
    }

    /// The entities that share the most articles with `entity`, at most `max`.
    pub fn appears_with(
        &self,
        entity: LibEntityId,
        max: usize,
    ) -> Result<Vec<Neighbour>, LibraryError> {
        query::appears_with(&self.conn, entity, max)
    }

    /// Loose full-text search over every article, as the find bar matches (harakat, alef
    /// forms, tatweel, ة/ه, ى/ي, leading clitics ignored); at most `max` hits, by article
    /// path then offset.
    pub fn search(&self, query: &str, max: usize) -> Result<Vec<SearchHit>, LibraryError> {
        search::search(&self.conn, query, max)
    }

    /// The user's decision: `other` is the same as `keep`. Persists by name and survives
    /// re-indexing.
    pub fn merge(&mut self, keep: LibEntityId, other: LibEntityId) -> Result<(), LibraryError> {
        if keep == other {
            return Ok(());
        }
        decisions::record_merge(&self.conn, keep, other).map_err(|e| self.busy(e))?;
        entities::rebuild(&mut self.conn).map_err(|e| self.busy(e))
    }

    /// The user's decision: the surface form `alias` of `entity` is someone (something)
    /// else; returns the new entity. Persists by name and survives re-indexing.
    pub fn split(&mut self, entity: LibEntityId, alias: &str) -> Result<LibEntityId, LibraryError> {
        let (label, alias) =
            decisions::record_split(&self.conn, entity, alias).map_err(|e| self.busy(e))?;
        entities::rebuild(&mut self.conn).map_err(|e| self.busy(e))?;
        decisions::split_off(&self.conn, label, &alias, entity)
    }

    /// The folders added with `watch`, to hand to a [`watch::FolderWatcher`].
    pub fn watch_folders(&self) -> Result<Vec<PathBuf>, LibraryError> {
        query::watch_folders(&self.conn)
    }
}
