//! The command line: `extract` (formats and input in [`extract`]), `eval`, `train`, `bench`.

mod bench;
pub mod extract;
mod learn;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

pub use self::bench::{BenchArgs, run_bench};
pub use self::extract::{
    ExtractArgs, ExtractHooks, OutputFormat, extract_to, open_utf8_text, run_extract,
    run_extract_with, utf8_text_document,
};
pub use self::learn::{
    ExtractCliArgs, KnowledgeArgs, LearnArgs, reader_extractor, run_extract_cli, run_learn,
    use_knowledge,
};
use crate::Extractor;

/// Arguments of `eval`.
#[derive(Clone, Debug, clap::Args)]
pub struct EvalArgs {
    /// A CoNLL file (`token TAG`, BIO over PERS/LOC/ORG/MISC); not with `--cv`.
    #[arg(required_unless_present = "cv")]
    pub file: Option<PathBuf>,
    /// K-fold cross-validation on `anercorp-train.conll` of `--data` instead: each fold
    /// trains on the other K−1 blocks and scores the full pipeline on its own.
    #[arg(long, requires = "data", conflicts_with_all = ["file", "model"])]
    pub cv: Option<usize>,
    /// With `--cv`: the data folder (anercorp-train.conll, wikifane-gold.coarse.conll).
    #[arg(long)]
    pub data: Option<PathBuf>,
    /// With `--cv`: folder of the folds' cached models (a rule change only re-tags).
    #[arg(long, default_value = "target/cv")]
    pub cache: PathBuf,
    /// With `--cv`: L-BFGS iterations (fewer than the shipped 300 to choose quickly).
    #[arg(long, default_value_t = 100)]
    pub iterations: usize,
    /// With `--cv`: L1 regularisation.
    #[arg(long, default_value_t = 0.2)]
    pub c1: f64,
    /// With `--cv`: L2 regularisation.
    #[arg(long, default_value_t = 0.05)]
    pub c2: f64,
    /// With `--cv`: word clusters (0: none).
    #[arg(long, default_value_t = 256)]
    pub clusters: usize,
    /// With `--cv`: folds trained at once (the machine is shared: 1 by default).
    #[arg(long, default_value_t = 1)]
    pub threads: usize,
    /// With `--cv`: leave lists out of the features (`person-words`, `typed`), to
    /// measure what they add.
    #[arg(long, value_delimiter = ',')]
    pub without: Vec<String>,
    /// With `--cv`: run only these folds (1-based, e.g. `1,2`), to compare cached folds.
    #[arg(long, value_delimiter = ',')]
    pub only_folds: Vec<usize>,
    /// Sentences per pseudo-document (document-level consistency works within one).
    #[arg(long, default_value_t = 1)]
    pub doc_size: usize,
    /// A CRFsuite model file to use instead of the shipped one.
    #[arg(long)]
    pub model: Option<PathBuf>,
    /// Score the CRF alone (no rules, no document-level consistency).
    #[arg(long)]
    pub crf_only: bool,
    /// Switch off document-level consistency only.
    #[arg(long)]
    pub no_spread: bool,
    /// Print every missed (-) and spurious (+) entity to stderr.
    #[arg(long)]
    pub errors: bool,
    /// Whose conventions to follow: `anercorp` (its files leave «الجيش X» and «وزارة …»
    /// untagged and tag currencies as MISC) or `news`, the reader's seven types mapped to
    /// CoNLL's four (see `sahifa_extract::scheme`).
    #[arg(long, default_value = "anercorp")]
    pub scheme: crate::Scheme,
}

/// Arguments of `train`.
#[derive(Clone, Debug, clap::Args)]
pub struct TrainArgs {
    /// The data folder holding anercorp-train.conll and (optional) wikifane-gold.coarse.conll.
    #[arg(long)]
    pub data: PathBuf,
    /// The assets folder to write the model and derived gazetteers into.
    #[arg(long, default_value = "assets")]
    pub out: PathBuf,
    /// Jackknife folds for the harvested-gazetteer features.
    #[arg(long, default_value_t = 5)]
    pub folds: usize,
    /// L1 regularisation (prunes rare features; keeps the model small).
    #[arg(long, default_value_t = 0.2)]
    pub c1: f64,
    /// L2 regularisation.
    #[arg(long, default_value_t = 0.05)]
    pub c2: f64,
    /// L-BFGS iterations.
    #[arg(long, default_value_t = 300)]
    pub iterations: usize,
    /// Number of word clusters to learn (0 for none).
    #[arg(long, default_value_t = 256)]
    pub clusters: usize,
    /// Weight of WikiFANE sentences as extra training data (0: phrases and clusters only).
    #[arg(long, default_value_t = 0.0)]
    pub wiki_weight: f64,
    /// At most this many WikiFANE sentences as training data.
    #[arg(long, default_value_t = 3000)]
    pub wiki_max: usize,
    /// The user's annotated articles (JSONL export lines `{"text", "spans"}`), added to
    /// the training data; PERSON/LOCATION/ORG/MISC/EVENT spans count, DATE/TITLE do not.
    #[arg(long, num_args = 1..)]
    pub add: Vec<PathBuf>,
    /// With `--add`: train into this user model folder instead, and keep the new model
    /// only if it does not score lower than the one there (or the shipped one) on a
    /// held-out check (the last 300 train sentences and every 5th added article).
    #[arg(long, requires = "add")]
    pub keep_if_better: Option<PathBuf>,
}

pub(crate) fn load_extractor(model: Option<&Path>) -> Result<Extractor, String> {
    match model {
        Some(p) => {
            let bytes = std::fs::read(p).map_err(|e| format!("{}: {e}", p.display()))?;
            Extractor::with_model(bytes).map_err(|e| e.to_string())
        }
        None => Extractor::shipped().map_err(|e| e.to_string()),
    }
}

/// Reads a file (or stdin for `-`) as UTF-8 text, refusing binary data.
pub fn read_text(path: &Path) -> Result<String, String> {
    crate::input::read_utf8(path).map_err(|e| format!("{}: {e}", crate::input::name_of(path)))
}

/// Runs `eval --cv`.
fn run_cv(args: &EvalArgs, folds: usize, data: &Path) -> ExitCode {
    let mut lists = crate::gazetteer::SHIPPED_LISTS;
    for w in &args.without {
        match w.as_str() {
            "person-words" => lists.person_words = false,
            "typed" => lists.typed = false,
            "word-freq" => lists.word_freq = false,
            _ => {
                eprintln!(
                    "sahifa eval --cv: --without {w}: not a list (person-words, typed, word-freq)"
                );
                return ExitCode::FAILURE;
            }
        }
    }
    let cfg = crate::cv::CvConfig {
        data: data.to_owned(),
        folds,
        hyper: crate::train::Hyper {
            c1: args.c1,
            c2: args.c2,
            iterations: args.iterations,
            clusters: args.clusters,
            wiki_weight: 0.0,
            wiki_max: 0,
            lists,
        },
        cache: args.cache.clone(),
        threads: args.threads,
        doc_size: args.doc_size,
        rules: !args.crf_only,
        scheme: args.scheme,
        spread: !args.crf_only && !args.no_spread,
        errors: args.errors,
        only: args.only_folds.clone(),
    };
    match crate::cv::run(&cfg) {
        Ok(results) => {
            print!("{}", crate::cv::report(&cfg, &results));
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("sahifa eval --cv: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Runs `eval`.
pub fn run_eval(args: &EvalArgs) -> ExitCode {
    let file = match (&args.file, args.cv, &args.data) {
        (_, Some(k), Some(data)) => return run_cv(args, k, data),
        (Some(f), None, _) => f,
        _ => {
            eprintln!("sahifa eval: give a CoNLL file, or --cv K --data DIR");
            return ExitCode::FAILURE;
        }
    };
    let mut ex = match load_extractor(args.model.as_deref()) {
        Ok(ex) => ex,
        Err(e) => {
            eprintln!("sahifa eval: {e}");
            return ExitCode::FAILURE;
        }
    };
    let text = match read_text(file) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("sahifa eval: {e}");
            return ExitCode::FAILURE;
        }
    };
    ex.stages.rules = !args.crf_only;
    ex.stages.spread = !args.crf_only && !args.no_spread;
    ex.scheme = args.scheme;
    let sentences = crate::conll::parse(&text);
    let scores = crate::eval::evaluate_verbose(&ex, &sentences, args.doc_size, args.errors);
    print!("{}", scores.report());
    ExitCode::SUCCESS
}

/// Runs `train --add … --keep-if-better DIR`.
fn run_retrain(args: &TrainArgs, cfg: &crate::train::TrainConfig, dir: &Path) -> ExitCode {
    use crate::retrain::{Outcome, Retrain};
    let added = match crate::retrain::read_jsonl(&args.add) {
        Ok(a) => a,
        Err(e) => {
            eprintln!("sahifa train: {e}");
            return ExitCode::FAILURE;
        }
    };
    let mut r = Retrain::new(args.data.clone(), added, dir.to_owned());
    r.hyper = cfg.hyper.clone();
    let last = std::sync::atomic::AtomicU32::new(0);
    let progress = |p: f32| {
        let pct = (100.0 * p) as u32;
        if pct / 10 > last.swap(pct, std::sync::atomic::Ordering::Relaxed) / 10 {
            eprintln!("{pct}%");
        }
    };
    let never = std::sync::atomic::AtomicBool::new(false);
    let check = match crate::retrain::retrain(&r, &progress, &never) {
        Ok(Outcome::Kept(c)) => {
            println!("kept the new model in {}", dir.display());
            c
        }
        Ok(Outcome::Rejected(c)) => {
            println!("the new model scored lower: {} unchanged", dir.display());
            c
        }
        Ok(Outcome::Cancelled) => return ExitCode::FAILURE,
        Err(e) => {
            eprintln!("sahifa train: {e}");
            return ExitCode::FAILURE;
        }
    };
    println!(
        "candidate:\n{}current:\n{}",
        check.candidate.report(),
        check.current.report()
    );
    ExitCode::SUCCESS
}

/// Runs `train`.
pub fn run_train(args: &TrainArgs) -> ExitCode {
    let cfg = crate::train::TrainConfig {
        data: args.data.clone(),
        out: args.out.clone(),
        folds: args.folds,
        hyper: crate::train::Hyper {
            c1: args.c1,
            c2: args.c2,
            iterations: args.iterations,
            clusters: args.clusters,
            wiki_weight: args.wiki_weight,
            wiki_max: args.wiki_max,
            lists: crate::gazetteer::SHIPPED_LISTS,
        },
        add: args.add.clone(),
    };
    if let Some(dir) = &args.keep_if_better {
        return run_retrain(args, &cfg, dir);
    }
    match crate::train::train(&cfg) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("sahifa train: {e}");
            ExitCode::FAILURE
        }
    }
}
