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

mod contents;
mod file;
mod index;
mod overlap;
mod store;
mod teach;

use std::path::PathBuf;

pub(crate) use self::contents::Contents;
pub use self::contents::{MAX_SOURCES, Rejected, Taught, key};
pub use self::file::{FORMAT_MARKER, FORMAT_VERSION, MAX_FILE_BYTES, default_path};
pub use self::index::KnowledgeIndex;
pub(crate) use self::index::{Slot, apply};
pub use self::store::{KnowledgeStore, Learned};
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
