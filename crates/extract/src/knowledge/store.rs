//! The user's knowledge store as a program holds it: the contents read from disk plus
//! the changes not yet saved, saved under a lock on top of whatever another process wrote.

use std::path::{Path, PathBuf};

use sahifa_model::Label;

use super::contents::{Change, Contents, Rejected, Taught, key};
use super::{KnowledgeError, Lesson, Recovery, default_path, file};

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
