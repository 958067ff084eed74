//! [`Learner`]: the extractor every extraction task uses, with the reader's personal
//! knowledge store (names they taught, strings they rejected) and their retrained model.
//!
//! A cheap handle shared by the tasks. Its first use — the start-up task, or whichever
//! extraction comes first — opens the store and builds the extractor; later uses wait for
//! that. Without a store path (tests) it is the one shared shipped extractor, untouched.
//! Everything here blocks: it runs on background tasks only.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard, OnceLock, PoisonError, RwLock};

use sahifa_extract::Extractor;
use sahifa_extract::knowledge::{KnowledgeError, KnowledgeStore, Lesson, Recovery};
use sahifa_model::{Annotations, Document};

use crate::logic::io::{self, IoError};
use crate::logic::tasks::{Progress, Task};
use crate::state::knowledge::{Knowledge, RejectedRow, TaughtRow};

/// Why the reader's knowledge or model could not be used.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum LearnProblem {
    /// The store was damaged: it is kept as a `.bak` and a new one started.
    #[error("{0}")]
    Recovered(Recovery),
    /// The store was written by a newer Sahifa: left untouched, nothing is taught.
    #[error("{}: written by a newer Sahifa; it is left untouched and nothing is taught", path.display())]
    Newer {
        /// The store file.
        path: PathBuf,
    },
    /// The store could not be read or written.
    #[error("the taught names could not be read or saved: {0}")]
    Store(String),
    /// The retrained model could not be loaded; the shipped one is used.
    #[error("the retrained model in {} could not be loaded ({reason}); the shipped model is used", path.display())]
    Model {
        /// The model folder.
        path: PathBuf,
        /// What went wrong.
        reason: String,
    },
}

impl From<KnowledgeError> for LearnProblem {
    fn from(e: KnowledgeError) -> Self {
        match e {
            KnowledgeError::NewerVersion { path, .. } => LearnProblem::Newer { path },
            other => LearnProblem::Store(other.to_string()),
        }
    }
}

/// What a knowledge change reported back to the window.
#[derive(Debug, Default)]
pub struct Learnt {
    /// The store as it is now (`None`: unchanged or no store).
    pub knowledge: Option<Knowledge>,
    /// What went wrong.
    pub problems: Vec<LearnProblem>,
    /// What was done, for a notice.
    pub done: Option<Done>,
}

/// What a command did, for a notice.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Done {
    /// Forgot a name: how many entries went.
    Forgot(String, usize),
    /// Emptied the store; the old one is kept here (if there was one).
    Reset(Option<PathBuf>),
    /// Back to the shipped model.
    ShippedModel,
}

/// What the «Taught names» dialog asks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum KnowledgeAction {
    /// Forget a name (taught or rejected).
    Forget(String),
    /// Empty the store (after the dialog's confirmation); the old file is kept as a .bak.
    ForgetEverything,
}

/// A knowledge task running (opening the store, forgetting, resetting, the model).
pub struct LearnJob {
    /// The task.
    pub task: Task<Learnt>,
}

struct Ready {
    /// `None`: the shared shipped extractor ([`io::shipped_extractor`]).
    extractor: RwLock<Option<Arc<Extractor>>>,
    store: Option<Mutex<KnowledgeStore>>,
    /// Problems found when opening, reported once by the start-up task.
    problems: Vec<LearnProblem>,
    user_model: RwLock<bool>,
}

struct Shared {
    /// The store file; `None`: no store, the shipped extractor as it is.
    path: Option<PathBuf>,
    ready: OnceLock<Ready>,
    /// What saves taught, for the window to pick up.
    outbox: Mutex<Vec<Learnt>>,
}

/// The extractor with the reader's knowledge and model; clone freely.
#[derive(Clone)]
pub struct Learner(Arc<Shared>);

impl std::fmt::Debug for Learner {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Learner")
            .field("path", &self.0.path)
            .finish()
    }
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(PoisonError::into_inner)
}

impl Learner {
    /// A learner with the store at `path` (its retrained model in the `model` folder
    /// beside it); `None`: no store.
    pub fn new(path: Option<PathBuf>) -> Self {
        Self(Arc::new(Shared {
            path,
            ready: OnceLock::new(),
            outbox: Mutex::new(Vec::new()),
        }))
    }

    /// Where a retrained model is kept: `model/` beside the store.
    pub fn model_dir(&self) -> Option<PathBuf> {
        self.0.path.as_deref().map(|p| p.with_file_name("model"))
    }

    fn ready(&self) -> &Ready {
        self.0.ready.get_or_init(|| self.open_now())
    }

    fn open_now(&self) -> Ready {
        let Some(path) = &self.0.path else {
            return Ready {
                extractor: RwLock::new(None),
                store: None,
                problems: Vec::new(),
                user_model: RwLock::new(false),
            };
        };
        let mut problems = Vec::new();
        let (extractor, user_model) = self.build_extractor(&mut problems);
        let store = match KnowledgeStore::open(path) {
            Ok(store) => {
                if let Some(r) = store.recovered() {
                    problems.push(LearnProblem::Recovered(r.clone()));
                }
                if let Some(ex) = &extractor {
                    ex.set_knowledge(&store);
                }
                Some(Mutex::new(store))
            }
            Err(e) => {
                problems.push(e.into());
                None
            }
        };
        Ready {
            extractor: RwLock::new(extractor),
            store,
            problems,
            user_model: RwLock::new(user_model),
        }
    }

    /// The reader's retrained model if there is one, else a shipped extractor of this
    /// learner's own (its knowledge is this store's only).
    fn build_extractor(&self, problems: &mut Vec<LearnProblem>) -> (Option<Arc<Extractor>>, bool) {
        if let Some(dir) = self.model_dir()
            && dir.join("ner.crfsuite").is_file()
        {
            match Extractor::from_dir(&dir) {
                Ok(ex) => return (Some(Arc::new(ex)), true),
                Err(e) => problems.push(LearnProblem::Model {
                    path: dir,
                    reason: e.to_string(),
                }),
            }
        }
        (Extractor::shipped().ok().map(Arc::new), false)
    }

    /// Opens the store (if not yet) and says what was wrong with it, once.
    pub fn open(&self) -> Learnt {
        let ready = self.ready();
        Learnt {
            knowledge: self.snapshot(),
            problems: ready.problems.clone(),
            done: None,
        }
    }

    /// The extractor in use now.
    pub fn extractor(&self) -> Result<Arc<Extractor>, IoError> {
        let current = self
            .ready()
            .extractor
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .clone();
        match current {
            Some(ex) => Ok(ex),
            None => io::shipped_extractor(),
        }
    }

    /// Finds the entities of a document with the reader's knowledge, reporting progress.
    pub fn extract(&self, doc: &Document, progress: &Progress) -> Result<Annotations, IoError> {
        Ok(io::extract_with(&*self.extractor()?, doc, progress))
    }

    /// The store as the window shows it; `None` without a store.
    pub fn snapshot(&self) -> Option<Knowledge> {
        let ready = self.ready();
        let store = lock(ready.store.as_ref()?);
        let taught = store
            .taught()
            .map(|t| TaughtRow {
                text: t.text.clone(),
                label: t.label,
                count: t.count,
            })
            .collect();
        let rejected = store
            .rejected()
            .map(|r| RejectedRow {
                text: r.text.clone(),
                label: r.label,
                count: r.count,
            })
            .collect();
        let mut k = Knowledge::new(taught, rejected);
        k.user_model = *ready
            .user_model
            .read()
            .unwrap_or_else(PoisonError::into_inner);
        Some(k)
    }

    /// Changes the store under its lock, saves it (locked, merged with what other
    /// instances saved) and refreshes the extractor's index.
    fn change(
        &self,
        f: impl FnOnce(&mut KnowledgeStore) -> Result<Option<Done>, KnowledgeError>,
    ) -> Learnt {
        let ready = self.ready();
        let Some(store) = &ready.store else {
            return Learnt::default();
        };
        let mut out = Learnt::default();
        {
            let mut store = lock(store);
            let before = store.recovered().cloned();
            let result = f(&mut store).and_then(|done| {
                if store.is_dirty() {
                    store.save()?;
                }
                Ok(done)
            });
            match result {
                Ok(done) => out.done = done,
                Err(e) => out.problems.push(e.into()),
            }
            if let Some(r) = store.recovered()
                && before.as_ref() != Some(r)
            {
                out.problems.push(LearnProblem::Recovered(r.clone()));
            }
            if let Ok(ex) = self.extractor() {
                ex.set_knowledge(&store);
            }
        }
        out.knowledge = self.snapshot();
        out
    }

    /// What a save teaches: the confirmed, manual and retyped mentions of `annotations`
    /// become taught names, the rejected ones are not proposed again. The result waits
    /// in the outbox for [`Learner::take_outbox`].
    pub fn teach(&self, text: &str, annotations: &Annotations, source: Option<&Path>) {
        let mut lesson = Lesson::from_annotations(text, annotations);
        if let Some(source) = source {
            lesson = lesson.with_source(source.display().to_string());
        }
        if lesson.is_empty() {
            return;
        }
        let learnt = self.change(|store| {
            store.learn(&lesson);
            Ok(None)
        });
        lock(&self.0.outbox).push(learnt);
    }

    /// What saves taught since the last call.
    pub fn take_outbox(&self) -> Vec<Learnt> {
        std::mem::take(&mut *lock(&self.0.outbox))
    }

    /// Forgets a name (taught and rejected).
    pub fn forget(&self, name: &str) -> Learnt {
        self.change(|store| Ok(Some(Done::Forgot(name.to_owned(), store.forget(name)))))
    }

    /// Empties the store, keeping the old file as a `.bak`.
    pub fn reset(&self) -> Learnt {
        self.change(|store| Ok(Some(Done::Reset(store.reset()?))))
    }

    /// Uses the model in [`Learner::model_dir`] (just retrained) from now on.
    pub fn use_user_model(&self) -> Result<(), LearnProblem> {
        let Some(dir) = self.model_dir() else {
            return Ok(());
        };
        let ex = Extractor::from_dir(&dir).map_err(|e| LearnProblem::Model {
            path: dir,
            reason: e.to_string(),
        })?;
        self.install(ex, true);
        Ok(())
    }

    /// Removes the retrained model and goes back to the shipped one.
    pub fn use_shipped(&self) -> Learnt {
        let mut out = Learnt::default();
        if let Some(dir) = self.model_dir() {
            match sahifa_extract::retrain::use_shipped_model(&dir) {
                Ok(()) => out.done = Some(Done::ShippedModel),
                Err(e) => out.problems.push(LearnProblem::Store(e.to_string())),
            }
        }
        if let Ok(ex) = Extractor::shipped() {
            self.install(ex, false);
        }
        out.knowledge = self.snapshot();
        out
    }

    /// Puts `ex` in use with the store's knowledge.
    fn install(&self, ex: Extractor, user_model: bool) {
        let ready = self.ready();
        if let Some(store) = &ready.store {
            ex.set_knowledge(&lock(store));
        }
        *ready
            .extractor
            .write()
            .unwrap_or_else(PoisonError::into_inner) = Some(Arc::new(ex));
        *ready
            .user_model
            .write()
            .unwrap_or_else(PoisonError::into_inner) = user_model;
    }
}
