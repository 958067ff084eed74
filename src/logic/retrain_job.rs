//! What «Retrain with my annotations» runs in the background: the training corpus found
//! on this machine, the reader's annotated articles turned into training data, and the
//! retraining itself ([`sahifa_extract::retrain::retrain`]), which keeps the new model only
//! if it does not score lower on a held-out check.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::AtomicBool;

use sahifa_extract::retrain::{self, Article, Outcome, Retrain};
use sahifa_model::{Annotations, MentionStatus};

use crate::logic::io::{self, DATA_DIR};
use crate::logic::learner::Learner;
use crate::logic::tasks::{Progress, Task};

/// The training corpus's file name.
pub const TRAINING_FILE: &str = "anercorp-train.conll";

/// A retraining running.
pub struct RetrainJob {
    /// Set by «Cancel retraining»: the training stops at its next step, nothing changes.
    pub cancel: Arc<AtomicBool>,
    /// The task.
    pub task: Task<Result<Retrained, String>>,
}

/// How a retraining ended; scores are micro F1 on the held-out check.
#[derive(Clone, Debug, PartialEq)]
pub enum Retrained {
    /// The new model scored at least as well: it is used from now on.
    Kept {
        /// The new model's F1.
        new: f64,
        /// The model in use before.
        old: f64,
    },
    /// The new model scored lower: nothing changed.
    NotKept {
        /// The new model's F1.
        new: f64,
        /// The model in use.
        old: f64,
    },
    /// Cancelled: nothing changed.
    Cancelled,
}

/// The folder holding [`TRAINING_FILE`]: `assets/training/` of the current directory (a
/// source checkout), `training/` or `assets/training/` next to the executable, else the
/// installed [`DATA_DIR`]`/training`. `Err` lists where it looked.
pub fn training_data_dir() -> Result<PathBuf, String> {
    let mut candidates = Vec::new();
    if let Ok(cwd) = std::env::current_dir() {
        candidates.push(cwd.join("assets").join("training"));
    }
    if let Some(dir) = std::env::current_exe()
        .ok()
        .and_then(|exe| exe.parent().map(Path::to_owned))
    {
        candidates.push(dir.join("training"));
        candidates.push(dir.join("assets").join("training"));
    }
    candidates.push(Path::new(DATA_DIR).join("training"));
    if let Some(found) = candidates.iter().find(|d| d.join(TRAINING_FILE).is_file()) {
        return Ok(found.clone());
    }
    let looked: Vec<String> = candidates.iter().map(|p| p.display().to_string()).collect();
    Err(looked.join(", "))
}

/// An annotated article as training data, if the reader decided anything in it: its
/// mentions other than rejected ones, as CoNLL types (DATE and TITLE left out).
pub fn article(text: &str, annotations: &Annotations) -> Option<Article> {
    let decided = annotations
        .mentions
        .iter()
        .any(|m| m.status != MentionStatus::Auto);
    if !decided {
        return None;
    }
    let mut spans: Vec<(usize, usize, &'static str)> = annotations
        .mentions
        .iter()
        .filter(|m| m.status != MentionStatus::Rejected)
        .filter_map(|m| {
            let ty = sahifa_extract::eval::conll_type(m.label)?;
            Some((m.range.start(), m.range.end(), ty))
        })
        .collect();
    spans.sort_unstable();
    Some(Article {
        text: text.to_owned(),
        spans,
    })
}

/// The annotated articles saved beside `paths` (recent files that are not open).
pub fn saved_articles(paths: &[PathBuf]) -> Vec<Article> {
    let mut out = Vec::new();
    for path in paths {
        let sidecar = sahifa_annotate::sidecar_path_for(path);
        if !sidecar.is_file() {
            continue;
        }
        let Ok(doc) = io::load_article(path, &Progress::default()) else {
            continue;
        };
        if let Ok(loaded) = sahifa_annotate::load_sidecar(&sidecar, &doc)
            && let Some(a) = article(doc.text.as_str(), &loaded.annotations)
        {
            out.push(a);
        }
    }
    out
}

/// Retrains with `open` (the open documents' articles) and the articles saved beside
/// `recent`; a kept model goes into use at once.
pub fn run(
    learner: &Learner,
    data: PathBuf,
    mut open: Vec<Article>,
    recent: &[PathBuf],
    progress: &Progress,
    cancel: &AtomicBool,
) -> Result<Retrained, String> {
    let dir = learner
        .model_dir()
        .or_else(retrain::user_model_dir)
        .ok_or("no data folder for this user")?;
    open.extend(saved_articles(recent));
    let job = Retrain::new(data, open, dir);
    let f1 = |c: &retrain::Check| (c.candidate.micro().prf().2, c.current.micro().prf().2);
    match retrain::retrain(&job, &|f| progress.set(f), cancel).map_err(|e| e.to_string())? {
        Outcome::Kept(check) => {
            learner.use_user_model().map_err(|e| e.to_string())?;
            let (new, old) = f1(&check);
            Ok(Retrained::Kept { new, old })
        }
        Outcome::Rejected(check) => {
            let (new, old) = f1(&check);
            Ok(Retrained::NotKept { new, old })
        }
        Outcome::Cancelled => Ok(Retrained::Cancelled),
    }
}
