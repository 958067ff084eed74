//! K-fold cross-validation of the whole extractor on ANERcorp train, for choosing
//! features, rules and hyper-parameters without spending the dev set.
//!
//! The train file is cut into K contiguous blocks of sentences (ANERcorp's documents are
//! contiguous, so a document is split at most at a block edge). For each fold everything
//! learnt from data — CRF weights, harvested phrases, common words, word clusters — comes
//! from the other K−1 blocks and WikiFANE only ([`crate::train::prepare`], whose phrase
//! features are jackknifed over those K−1 blocks), and the full pipeline (CRF, rules,
//! consistency) is scored on the held-out block with [`crate::eval::evaluate`].
//!
//! Each fold's model is cached as `{cache}/fold{k}of{K}-{hash}.crfsuite`, the hash taken
//! over the settings and every feature string and tag given to the trainer: a change in
//! the rules only re-tags, a change in the features or the data retrains.

use std::fmt::Write as _;
use std::path::PathBuf;
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

use crate::Extractor;
use crate::conll::Aligned;
use crate::crf::CrfModel;
use crate::eval::{self, Scores};
use crate::train::{Corpus, Hyper, Sink, TrainError, prepare};

/// Cross-validation settings.
#[derive(Clone, Debug)]
pub struct CvConfig {
    /// Folder with `anercorp-train.conll` (and WikiFANE).
    pub data: PathBuf,
    /// Number of folds (at least 2).
    pub folds: usize,
    /// CRF settings.
    pub hyper: Hyper,
    /// Folder of cached fold models.
    pub cache: PathBuf,
    /// Folds trained at once.
    pub threads: usize,
    /// Sentences per pseudo-document when tagging the held-out block.
    pub doc_size: usize,
    /// Rules on top of the CRF.
    pub rules: bool,
    /// Whose conventions the pipeline follows (ANERcorp's when scoring on its file).
    pub scheme: crate::Scheme,
    /// Document-level consistency.
    pub spread: bool,
    /// Print every error to stderr.
    pub errors: bool,
    /// Run only these folds (1-based; empty: all).
    pub only: Vec<usize>,
}

/// The result of one fold.
#[derive(Clone, Debug)]
pub struct FoldResult {
    /// Which fold (1-based).
    pub fold: usize,
    /// Held-out sentences.
    pub sentences: usize,
    /// Whether the model came from the cache.
    pub cached: bool,
    /// Seconds spent on the fold.
    pub secs: f64,
    /// Scores on the held-out block.
    pub scores: Scores,
}

/// Runs the cross-validation; progress goes to stderr.
pub fn run(cfg: &CvConfig) -> Result<Vec<FoldResult>, TrainError> {
    let corpus = Corpus::read(&cfg.data)?;
    std::fs::create_dir_all(&cfg.cache)
        .map_err(|e| TrainError(format!("{}: {e}", cfg.cache.display())))?;
    let k = cfg.folds.max(2);
    let folds: Vec<usize> = (0..k)
        .filter(|f| cfg.only.is_empty() || cfg.only.contains(&(f + 1)))
        .collect();
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<Option<Result<FoldResult, TrainError>>>> =
        Mutex::new((0..folds.len()).map(|_| None).collect());
    std::thread::scope(|s| {
        for _ in 0..cfg.threads.clamp(1, folds.len().max(1)) {
            s.spawn(|| {
                loop {
                    let n = next.fetch_add(1, Ordering::SeqCst);
                    let Some(&fold) = folds.get(n) else {
                        break;
                    };
                    let r = run_fold(cfg, &corpus, fold);
                    if let Ok(mut v) = results.lock() {
                        v[n] = Some(r);
                    }
                }
            });
        }
    });
    let results = results
        .into_inner()
        .map_err(|_| TrainError("a fold panicked".into()))?;
    results
        .into_iter()
        .map(|r| r.unwrap_or_else(|| Err(TrainError("a fold did not finish".into()))))
        .collect()
}

/// Fold `fold`'s extractor (0-based; its CRF trained, or loaded from the cache, on the
/// other blocks, with everything else it learns from them) and its held-out sentences.
pub struct Fold {
    /// The pipeline of `cfg` (stages and scheme) on the fold's model.
    pub extractor: Extractor,
    /// The held-out block, as read.
    pub held: Vec<crate::conll::Sentence>,
    /// Whether the model came from the cache.
    pub cached: bool,
}

/// Builds fold `fold` (0-based) of `cfg` over `corpus`: see [`Fold`].
pub fn fold_extractor(cfg: &CvConfig, corpus: &Corpus, fold: usize) -> Result<Fold, TrainError> {
    let k = cfg.folds.max(2);
    let mut blocks: Vec<Vec<&Aligned>> = vec![Vec::new(); k];
    for (i, a) in corpus.aner.iter().enumerate() {
        blocks[corpus.block_of(i, k)].push(a);
    }
    blocks.remove(fold);
    let held: Vec<crate::conll::Sentence> = corpus
        .aner_raw
        .iter()
        .enumerate()
        .filter(|(i, _)| corpus.block_of(*i, k) == fold)
        .map(|(_, s)| s.clone())
        .collect();
    let mut sink = Sink::new(&cfg.hyper)?;
    let learnt = prepare(&blocks, corpus, &cfg.hyper, &mut sink)?;
    let path = cfg
        .cache
        .join(format!("fold{}of{k}-{}.crfsuite", fold + 1, sink.key()));
    let cached = path.exists();
    if cached {
        eprintln!("fold {}/{k}: cached model {}", fold + 1, path.display());
    } else {
        eprintln!(
            "fold {}/{k}: training on {} sentences ({} iterations)…",
            fold + 1,
            sink.sentences,
            cfg.hyper.iterations
        );
        sink.train(&path)?;
    }
    let bytes = std::fs::read(&path).map_err(|e| TrainError(format!("{}: {e}", path.display())))?;
    let mut crf = CrfModel::from_bytes(bytes).map_err(|e| TrainError(e.to_string()))?;
    crf.clusters = learnt.clusters;
    let mut extractor = Extractor::from_parts(crf, learnt.gaz);
    extractor.stages.rules = cfg.rules;
    extractor.stages.spread = cfg.spread;
    extractor.scheme = cfg.scheme;
    Ok(Fold {
        extractor,
        held,
        cached,
    })
}

/// Trains (or loads) fold `fold`'s model and scores the held-out block.
fn run_fold(cfg: &CvConfig, corpus: &Corpus, fold: usize) -> Result<FoldResult, TrainError> {
    let t0 = Instant::now();
    let k = cfg.folds.max(2);
    let f = fold_extractor(cfg, corpus, fold)?;
    let scores = eval::evaluate_verbose(&f.extractor, &f.held, cfg.doc_size, cfg.errors);
    let secs = t0.elapsed().as_secs_f64();
    eprintln!(
        "fold {}/{k}: micro F1 {:.2} ({secs:.0} s)",
        fold + 1,
        100.0 * scores.micro().prf().2
    );
    Ok(FoldResult {
        fold: fold + 1,
        sentences: f.held.len(),
        cached: f.cached,
        secs,
        scores,
    })
}

/// The counts of all folds summed.
pub fn pooled(results: &[FoldResult]) -> Scores {
    let mut all = Scores::default();
    for r in results {
        for (t, c) in &r.scores.by_type {
            let e = all.by_type.entry(t.clone()).or_default();
            e.gold += c.gold;
            e.pred += c.pred;
            e.correct += c.correct;
        }
    }
    all
}

/// The report: one line per fold (micro P/R/F1 and F1 per type), the mean and spread of
/// the folds' micro F1, and the pooled conlleval table.
pub fn report(cfg: &CvConfig, results: &[FoldResult]) -> String {
    let types = ["PERS", "LOC", "ORG", "MISC"];
    let mut out = String::new();
    let h = &cfg.hyper;
    let _ = writeln!(
        out,
        "{}-fold CV on {} (c1 {}, c2 {}, {} iterations, {} clusters, lists {:?}, doc size {}, {}, {} scheme)",
        cfg.folds.max(2),
        cfg.data.join("anercorp-train.conll").display(),
        h.c1,
        h.c2,
        h.iterations,
        h.clusters,
        h.lists,
        cfg.doc_size,
        match (cfg.rules, cfg.spread) {
            (false, _) => "CRF only",
            (true, false) => "no consistency",
            (true, true) => "full pipeline",
        },
        cfg.scheme
    );
    let _ = writeln!(
        out,
        "fold  sents  model     P      R      F1  |  PERS    LOC    ORG   MISC"
    );
    let mut f1s = Vec::new();
    for r in results {
        let (p, rc, f) = r.scores.micro().prf();
        f1s.push(100.0 * f);
        let _ = write!(
            out,
            "{:<5} {:>5}  {:<7} {:>5.2}  {:>5.2}  {:>5.2}  |",
            r.fold,
            r.sentences,
            if r.cached { "cached" } else { "trained" },
            100.0 * p,
            100.0 * rc,
            100.0 * f
        );
        for t in types {
            let f = r.scores.by_type.get(t).copied().unwrap_or_default().prf().2;
            let _ = write!(out, " {:>6.2}", 100.0 * f);
        }
        out.push('\n');
    }
    let n = f1s.len().max(1) as f64;
    let mean = f1s.iter().sum::<f64>() / n;
    let sd = (f1s.iter().map(|f| (f - mean).powi(2)).sum::<f64>() / (n - 1.0).max(1.0)).sqrt();
    let _ = writeln!(out, "fold micro F1: mean {mean:.2}, sd {sd:.2}");
    let _ = writeln!(out, "pooled over all folds:");
    out.push_str(&pooled(results).report());
    out
}
