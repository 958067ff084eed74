//! The reader's personal knowledge: names they taught and strings they rejected, kept in
//! their data folder and used by every later extraction.
//!
//! # Using it
//!
//! ```no_run
//! use sahifa_extract::{Extractor, knowledge::{KnowledgeStore, Lesson}};
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! # let (text, annotations) = (String::new(), sahifa_model::Annotations::default());
//! let ex = Extractor::shipped()?;
//! let mut store = KnowledgeStore::open_default()?;   // a damaged file is moved aside:
//! if let Some(r) = store.recovered() { eprintln!("{r}"); }
//! ex.set_knowledge(&store);                          // every extraction now uses it
//! // The user saved an article: confirmed, manual and retyped mentions are taught,
//! // rejected ones are not proposed again.
//! store.learn(&Lesson::from_annotations(&text, &annotations).with_source("/news/a.txt"));
//! store.save()?;                                     // locked, merged, atomic
//! ex.set_knowledge(&store);
//! // Tooltip: did this mention come from the user's annotations?
//! let from_user = ex.knowledge().is_some_and(|k| k.taught_label("قطر").is_some());
//! # Ok(()) }
//! ```
//!
//! # The file
//!
//! `dirs::data_dir()/sahifa/knowledge.json` ([`default_path`]; `$XDG_DATA_HOME/sahifa/…`
//! on Linux when set), UTF-8 JSON:
//!
//! ```json
//! {
//!   "format": "sahifa-knowledge",
//!   "version": 1,
//!   "taught": [
//!     { "text": "سيف الهملان", "key": "سيف الهملان", "label": "PERSON",
//!       "count": 2, "last_seen": 1796000000,
//!       "sources": ["/home/user/news/a.txt", "/home/user/news/b.txt"] }
//!   ],
//!   "rejected": [
//!     { "text": "الماضي", "key": "الماضي", "label": "PERSON", "count": 1,
//!       "last_seen": 1796000000 }
//!   ]
//! }
//! ```
//!
//! - `format` — always `"sahifa-knowledge"`; `version` — [`FORMAT_VERSION`]. A file with a
//!   higher version is refused ([`KnowledgeError::NewerVersion`]) and never written over.
//! - `taught` — one entry per name: `text` as the user last marked it, `key` its folded
//!   form ([`key`]: harakat, tatweel, alef forms, ة/ه, ى/ي folded, spaces collapsed; it is
//!   recomputed from `text` when read), `label` (`PERSON`, `ORG`, `LOCATION`, `EVENT`,
//!   `DATE`, `TITLE`, `MISC`), `count` (in how many articles it was taught: distinct
//!   sources, each JSONL line an article, so saving one article again does not count
//!   twice), `last_seen` (Unix
//!   seconds of the latest), `sources` (optional: the latest [`MAX_SOURCES`] lesson
//!   sources — an article's path or content hash, a file learnt from).
//! - `rejected` — strings not to propose again: same fields, `label` absent for "under
//!   any label".
//!
//! Unknown fields are ignored. A file that is not such JSON is *damaged*: it is moved to
//! `knowledge.json.bak` (or `.bak.1`, `.bak.2`, … — an older backup is never replaced),
//! [`KnowledgeStore::recovered`] says so, and a fresh store starts.
//!
//! # Rules
//!
//! - The latest decision wins: teaching a name drops its rejections (under its label or
//!   any), rejecting it under its label (or any) drops the taught name; teaching it under
//!   another label retypes it.
//! - Dates are patterns, not names: DATE mentions are never taught.
//! - A single common word (on the extractor's common-word list, or a function word) is
//!   searched in new articles only once it was taught from at least two sources (two
//!   articles or files; saving one article twice is one); particles, number and
//!   calendar words and words of one letter never ([`KnowledgeIndex`]). They stay in the
//!   store and in `--list` either way.
//! - In labelled files (JSONL, brat with its `.txt`) a name the file tags in fewer than
//!   half of its occurrences is not taught ([`Lesson::drop_mostly_untagged`]).
//!
//! # Two processes
//!
//! [`KnowledgeStore::save`] takes an exclusive lock on `knowledge.json.lock`, re-reads the
//! file, replays this store's changes since it was opened or saved on top, writes a
//! temporary file and renames it over the old one. Two app instances saving at once lose
//! nothing, and a crash mid-write leaves the old file whole.

mod file;
mod index;
mod overlap;
mod teach;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use sahifa_model::Label;
use serde::{Deserialize, Serialize};

pub use self::file::{FORMAT_MARKER, FORMAT_VERSION, MAX_FILE_BYTES, default_path};
pub use self::index::KnowledgeIndex;
pub(crate) use self::index::{Slot, apply};
pub use self::teach::{Lesson, lesson_from_file};

/// Why the store could not be read, written or taught from.
#[derive(Debug, thiserror::Error)]
pub enum KnowledgeError {
    /// No data folder could be found for this user.
    #[error("no data folder for this user (set XDG_DATA_HOME or HOME), so no knowledge store")]
    NoDataDir,
    /// Reading or writing a file failed.
    #[error("{}: {source}", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// What went wrong.
        source: std::io::Error,
    },
    /// The store was written by a newer Sahifa; it is left untouched.
    #[error(
        "{}: written by a newer Sahifa (knowledge format version {found}; this one reads \
         up to {supported}); it is left untouched — update Sahifa to use it",
        path.display()
    )]
    NewerVersion {
        /// The store file.
        path: PathBuf,
        /// The version in the file.
        found: u64,
        /// The highest version this build reads.
        supported: u32,
    },
    /// The store is damaged and this call does not repair it ([`KnowledgeStore::load`]).
    #[error("{}: damaged knowledge store ({reason}); open it in Sahifa to keep it as a .bak and start afresh", path.display())]
    Damaged {
        /// The store file.
        path: PathBuf,
        /// What is wrong with it.
        reason: String,
    },
    /// The file is larger than a knowledge store may be; it is left untouched.
    #[error("{}: {size} bytes, more than a knowledge store may hold ({MAX_FILE_BYTES}); it is left untouched", path.display())]
    TooLarge {
        /// The file.
        path: PathBuf,
        /// Its size in bytes.
        size: u64,
    },
    /// A file to learn from could not be understood.
    #[error("{}: {message}", path.display())]
    Input {
        /// The file.
        path: PathBuf,
        /// What is wrong with it.
        message: String,
    },
}

/// A damaged store that was moved aside when it was opened or saved.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Recovery {
    /// The damaged file.
    pub path: PathBuf,
    /// Where it is kept now.
    pub backup: PathBuf,
    /// What was wrong with it.
    pub reason: String,
}

impl std::fmt::Display for Recovery {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "the knowledge store {} was damaged ({}); it is kept as {} and a new one was started",
            self.path.display(),
            self.reason,
            self.backup.display()
        )
    }
}

/// A name the user taught.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Taught {
    /// As the user last marked it.
    pub text: String,
    /// Its folded form ([`key`]).
    pub key: String,
    /// Its type.
    pub label: Label,
    /// In how many lessons (distinct sources) it was taught.
    pub count: u32,
    /// Unix seconds of the latest lesson.
    pub last_seen: u64,
    /// The latest lessons' sources (at most [`MAX_SOURCES`]).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<String>,
}

/// How many lesson sources a taught name remembers.
pub const MAX_SOURCES: usize = 16;

/// A string the user rejected.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rejected {
    /// As the user saw it.
    pub text: String,
    /// Its folded form ([`key`]).
    pub key: String,
    /// Rejected under this label only; `None`: under any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<Label>,
    /// In how many lessons it was rejected.
    pub count: u32,
    /// Unix seconds of the latest lesson.
    pub last_seen: u64,
}

/// The folded key of a name: [`crate::arabic::fold`], runs of spaces and tabs made one
/// space, trimmed.
pub fn key(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in crate::arabic::fold(text).chars() {
        if c.is_whitespace() {
            if !out.is_empty() && !out.ends_with(' ') {
                out.push(' ');
            }
        } else {
            out.push(c);
        }
    }
    if out.ends_with(' ') {
        out.pop();
    }
    out
}

/// What the store holds.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Contents {
    pub taught: BTreeMap<String, Taught>,
    pub rejected: BTreeMap<(String, Option<Label>), Rejected>,
}

/// One change to the store, replayed on top of the file when saving.
#[derive(Clone, Debug)]
enum Change {
    Teach(Taught),
    Reject(Rejected),
    Forget(String),
}

impl Contents {
    fn apply(&mut self, change: &Change) {
        match change {
            Change::Teach(t) => {
                self.rejected.remove(&(t.key.clone(), None));
                self.rejected.remove(&(t.key.clone(), Some(t.label)));
                match self.taught.get_mut(&t.key) {
                    Some(old) => {
                        let again = t.sources.iter().all(|s| old.sources.contains(s))
                            && !t.sources.is_empty();
                        if !again {
                            old.count = old.count.saturating_add(t.count);
                        }
                        for src in &t.sources {
                            old.sources.retain(|o| o != src);
                            old.sources.push(src.clone());
                        }
                        let extra = old.sources.len().saturating_sub(MAX_SOURCES);
                        old.sources.drain(..extra);
                        old.last_seen = old.last_seen.max(t.last_seen);
                        old.label = t.label;
                        old.text.clone_from(&t.text);
                    }
                    None => {
                        self.taught.insert(t.key.clone(), t.clone());
                    }
                }
            }
            Change::Reject(r) => {
                if self
                    .taught
                    .get(&r.key)
                    .is_some_and(|t| r.label.is_none_or(|l| l == t.label))
                {
                    self.taught.remove(&r.key);
                }
                let slot = (r.key.clone(), r.label);
                match self.rejected.get_mut(&slot) {
                    Some(old) => {
                        old.count = old.count.saturating_add(r.count);
                        old.last_seen = old.last_seen.max(r.last_seen);
                        old.text.clone_from(&r.text);
                    }
                    None => {
                        self.rejected.insert(slot, r.clone());
                    }
                }
            }
            Change::Forget(k) => {
                self.taught.remove(k);
                self.rejected.retain(|(rk, _), _| rk != k);
            }
        }
    }
}

/// What [`KnowledgeStore::learn`] did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Learned {
    /// Names taught (each once per lesson).
    pub taught: usize,
    /// Strings rejected.
    pub rejected: usize,
}

/// The user's knowledge store: what is on disk plus this process's changes not yet saved.
#[derive(Debug)]
pub struct KnowledgeStore {
    path: PathBuf,
    data: Contents,
    pending: Vec<Change>,
    recovered: Option<Recovery>,
}

impl KnowledgeStore {
    /// Opens the store at [`default_path`].
    pub fn open_default() -> Result<Self, KnowledgeError> {
        Self::open(&default_path()?)
    }

    /// Opens the store at `path`: a missing file is an empty store; a damaged one is moved
    /// aside as a `.bak` ([`KnowledgeStore::recovered`]) and an empty store starts; a newer
    /// version is an error and the file is left alone.
    pub fn open(path: &Path) -> Result<Self, KnowledgeError> {
        let (data, recovered) = file::read_or_recover(path)?;
        Ok(Self {
            path: path.to_owned(),
            data,
            pending: Vec::new(),
            recovered,
        })
    }

    /// Reads the store at `path` without changing anything on disk: a damaged file is
    /// [`KnowledgeError::Damaged`] (for read-only commands such as `extract`).
    pub fn load(path: &Path) -> Result<Self, KnowledgeError> {
        Ok(Self {
            path: path.to_owned(),
            data: file::read(path)?,
            pending: Vec::new(),
            recovered: None,
        })
    }

    /// An empty store that will be saved at `path` (nothing is read).
    pub fn empty(path: &Path) -> Self {
        Self {
            path: path.to_owned(),
            data: Contents::default(),
            pending: Vec::new(),
            recovered: None,
        }
    }

    /// The store's file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Set when the file was damaged and moved aside (show it to the user once).
    pub fn recovered(&self) -> Option<&Recovery> {
        self.recovered.as_ref()
    }

    /// Taught names, by key.
    pub fn taught(&self) -> impl Iterator<Item = &Taught> {
        self.data.taught.values()
    }

    /// Rejected strings, by key.
    pub fn rejected(&self) -> impl Iterator<Item = &Rejected> {
        self.data.rejected.values()
    }

    /// The label `text` was taught with, if it was (folded comparison).
    pub fn taught_label(&self, text: &str) -> Option<Label> {
        self.data.taught.get(&key(text)).map(|t| t.label)
    }

    /// True when there are changes not saved yet.
    pub fn is_dirty(&self) -> bool {
        !self.pending.is_empty()
    }

    fn change(&mut self, c: Change) {
        self.data.apply(&c);
        self.pending.push(c);
    }

    /// Teaches one name (one lesson). Empty names and dates are ignored; returns whether it
    /// was taught.
    pub fn teach(&mut self, text: &str, label: Label) -> bool {
        self.teach_from(text, label, None)
    }

    /// [`KnowledgeStore::teach`] from a lesson source (an article's path or hash): a
    /// source that already taught the name does not count again.
    pub fn teach_from(&mut self, text: &str, label: Label, source: Option<&str>) -> bool {
        self.teach_counted(text, label, source, 1)
    }

    /// Teaches a name marked in `docs` documents of one source.
    fn teach_counted(&mut self, text: &str, label: Label, source: Option<&str>, docs: u32) -> bool {
        let k = key(text);
        if k.is_empty() || label == Label::Date || !k.chars().any(char::is_alphabetic) {
            return false;
        }
        self.change(Change::Teach(Taught {
            text: text.trim().to_owned(),
            key: k,
            label,
            count: docs.max(1),
            last_seen: file::now(),
            sources: source.map(str::to_owned).into_iter().collect(),
        }));
        true
    }

    /// Rejects a string under `label` (`None`: any label); returns whether it was recorded.
    pub fn reject(&mut self, text: &str, label: Option<Label>) -> bool {
        let k = key(text);
        if k.is_empty() {
            return false;
        }
        self.change(Change::Reject(Rejected {
            text: text.trim().to_owned(),
            key: k,
            label,
            count: 1,
            last_seen: file::now(),
        }));
        true
    }

    /// Forgets a name: taught and rejected entries with its key. Returns how many went.
    pub fn forget(&mut self, text: &str) -> usize {
        let k = key(text);
        let before = self.data.taught.len() + self.data.rejected.len();
        self.change(Change::Forget(k));
        before - (self.data.taught.len() + self.data.rejected.len())
    }

    /// Applies a lesson: its rejections, then its names (each counted once).
    pub fn learn(&mut self, lesson: &Lesson) -> Learned {
        let mut done = Learned::default();
        for (text, label) in lesson.rejections() {
            done.rejected += usize::from(self.reject(text, label));
        }
        for (text, label, docs) in lesson.names_in_docs() {
            let source = lesson.source.as_deref();
            done.taught += usize::from(self.teach_counted(text, label, source, docs));
        }
        done
    }

    /// Writes the store: under an exclusive lock, re-reads the file, replays this store's
    /// unsaved changes on top of it and replaces the file atomically. Afterwards this store
    /// holds everything on disk, other processes' names included.
    pub fn save(&mut self) -> Result<(), KnowledgeError> {
        let _lock = file::lock(&self.path)?;
        let (mut merged, recovered) = file::read_or_recover_locked(&self.path)?;
        if recovered.is_some() {
            // The file went bad since it was read: start from what this store knew.
            merged = self.data.clone();
            self.recovered = recovered;
        } else {
            for c in &self.pending {
                merged.apply(c);
            }
        }
        file::write(&self.path, &merged)?;
        self.data = merged;
        self.pending.clear();
        Ok(())
    }

    /// Empties the store on disk, keeping the old file as a `.bak` (returned; `None` when
    /// there was no file). Unsaved changes are dropped.
    pub fn reset(&mut self) -> Result<Option<PathBuf>, KnowledgeError> {
        let _lock = file::lock(&self.path)?;
        let backup = file::back_up(&self.path)?;
        self.data = Contents::default();
        self.pending.clear();
        file::write(&self.path, &self.data)?;
        Ok(backup)
    }
}
