//! Retraining the CRF with the user's annotated articles, in the background, keeping the
//! new model only if it does not score lower than the current one.
//!
//! Articles come as the project's JSONL export lines (`{"text": …, "spans": [{"start",
//! "end", "label"}]}`, char offsets). Their PERSON, LOCATION, ORG, MISC and EVENT spans
//! become the CRF's PERS/LOC/ORG/MISC (EVENT as MISC, as ANERcorp tags events); DATE and
//! TITLE are dropped. The articles are added to ANERcorp train as one more block of the
//! jackknife ([`crate::train::prepare`]), so their names also enter the harvested phrases.
//!
//! A user model is a folder ([`write_model_dir`]): `ner.crfsuite`, `clusters.tsv`,
//! `harvested.tsv`, `common-words.txt`. [`crate::Extractor::from_dir`] loads it;
//! [`use_shipped_model`] removes it, so the shipped model is used again.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use sahifa_model::Label;

use crate::conll::{Aligned, Sentence};
use crate::eval::{self, Scores};
use crate::token::{self, Token, TokenKind};
use crate::train::{Corpus, Hyper, Learnt, Sink, TrainError, clusters_tsv, prepare};
use crate::{ExtractError, Extractor};

/// One annotated article: its text and its spans (chars, end exclusive) with their CoNLL
/// type.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Article {
    /// The text.
    pub text: String,
    /// `(start, end, type)`, type one of PERS, LOC, ORG, MISC.
    pub spans: Vec<(usize, usize, &'static str)>,
}

#[derive(serde::Deserialize)]
struct Line {
    text: String,
    #[serde(default)]
    spans: Vec<LineSpan>,
}

#[derive(serde::Deserialize)]
struct LineSpan {
    start: usize,
    end: usize,
    label: String,
}

/// Parses JSONL lines; `name` names the input in messages. Blank lines are skipped; a
/// span outside its text or with an unknown label is an error (with its line number);
/// DATE and TITLE spans are dropped.
pub fn parse_jsonl(text: &str, name: &str) -> Result<Vec<Article>, TrainError> {
    let mut out = Vec::new();
    for (n, raw) in text.lines().enumerate() {
        if raw.trim().is_empty() {
            continue;
        }
        let at = |m: String| TrainError(format!("{name} line {}: {m}", n + 1));
        let line: Line = serde_json::from_str(raw).map_err(|e| at(e.to_string()))?;
        let len = line.text.chars().count();
        let mut spans = Vec::new();
        for s in &line.spans {
            if s.start >= s.end || s.end > len {
                return Err(at(format!(
                    "span {}..{} outside the text ({len} chars)",
                    s.start, s.end
                )));
            }
            let label =
                Label::parse(&s.label).ok_or_else(|| at(format!("unknown label {:?}", s.label)))?;
            if let Some(ty) = eval::conll_type(label) {
                spans.push((s.start, s.end, ty));
            }
        }
        spans.sort_unstable();
        out.push(Article {
            text: line.text,
            spans,
        });
    }
    Ok(out)
}

/// Reads and parses JSONL files.
pub fn read_jsonl(paths: &[PathBuf]) -> Result<Vec<Article>, TrainError> {
    let mut out = Vec::new();
    for p in paths {
        let text =
            std::fs::read_to_string(p).map_err(|e| TrainError(format!("{}: {e}", p.display())))?;
        out.extend(parse_jsonl(&text, &p.display().to_string())?);
    }
    Ok(out)
}

/// Longest sentence given to the CRF, in tokens (as when tagging).
const MAX_SENTENCE: usize = 80;

/// The article cut into sentences (at . ! ? ؟ ؛ and line breaks), each of our tokens
/// tagged BIO from the spans it overlaps (a span starting after a clitic tags the whole
/// token, as ANERcorp keeps clitics on).
pub fn article_sentences(a: &Article) -> Vec<Aligned> {
    let chars: Vec<char> = a.text.chars().collect();
    let tokens = token::tokenize_chars(&chars);
    let mut tags = vec![String::from("O"); tokens.len()];
    let mut i = 0;
    for &(s, e, ty) in &a.spans {
        while i < tokens.len() && tokens[i].end <= s {
            i += 1;
        }
        let mut first = true;
        for (t, tag) in tokens[i..].iter().zip(&mut tags[i..]) {
            if t.start >= e {
                break;
            }
            if tag != "O" || (t.kind == TokenKind::Punct && first) {
                continue;
            }
            *tag = format!("{}-{ty}", if first { 'B' } else { 'I' });
            first = false;
        }
    }
    let mut out = Vec::new();
    let mut start = 0;
    for i in 0..=tokens.len() {
        let end_here =
            i == tokens.len() || (i > start && (tokens[i].line_start || i - start >= MAX_SENTENCE));
        if end_here && i > start {
            out.push(sentence(&chars, &tokens[start..i], &tags[start..i]));
            start = i;
        }
        if let Some(t) = tokens.get(i)
            && t.kind == TokenKind::Punct
            && matches!(t.norm.as_str(), "." | "!" | "?" | "؟" | "؛")
        {
            out.push(sentence(&chars, &tokens[start..=i], &tags[start..=i]));
            start = i + 1;
        }
    }
    out
}

/// One sentence of an article as training data: the tokens' own text, re-tokenised.
fn sentence(chars: &[char], tokens: &[Token], tags: &[String]) -> Aligned {
    let s = Sentence {
        words: tokens
            .iter()
            .map(|t| chars[t.start..t.end].iter().collect())
            .collect(),
        tags: tags.to_vec(),
    };
    crate::conll::align(&s)
}

/// A trained model with what it was trained from: written by [`write_model_dir`].
pub struct Trained {
    /// The CRF model file's bytes.
    pub model: Vec<u8>,
    /// Lists and clusters learnt with it.
    pub learnt: Learnt,
}

/// Writes a user model folder (through a temporary sibling, renamed at the end).
pub fn write_model_dir(dir: &Path, t: &Trained) -> Result<(), TrainError> {
    let io = |p: &Path, e: std::io::Error| TrainError(format!("{}: {e}", p.display()));
    let tmp = dir.with_extension(format!("tmp{}", std::process::id()));
    if tmp.exists() {
        std::fs::remove_dir_all(&tmp).map_err(|e| io(&tmp, e))?;
    }
    std::fs::create_dir_all(&tmp).map_err(|e| io(&tmp, e))?;
    let files: [(&str, Vec<u8>); 4] = [
        ("ner.crfsuite", t.model.clone()),
        (
            "clusters.tsv",
            clusters_tsv(&t.learnt.clusters).into_bytes(),
        ),
        ("harvested.tsv", t.learnt.gaz.phrases.to_tsv().into_bytes()),
        (
            "common-words.txt",
            (t.learnt.common.join("\n") + "\n").into_bytes(),
        ),
    ];
    for (name, bytes) in files {
        let p = tmp.join(name);
        std::fs::write(&p, bytes).map_err(|e| io(&p, e))?;
    }
    let old = dir.with_extension("old");
    if dir.exists() {
        if old.exists() {
            std::fs::remove_dir_all(&old).map_err(|e| io(&old, e))?;
        }
        std::fs::rename(dir, &old).map_err(|e| io(dir, e))?;
    }
    std::fs::rename(&tmp, dir).map_err(|e| io(dir, e))?;
    if old.exists() {
        std::fs::remove_dir_all(&old).map_err(|e| io(&old, e))?;
    }
    Ok(())
}

/// Loads a user model folder written by [`write_model_dir`].
pub fn load_model_dir(dir: &Path) -> Result<Extractor, ExtractError> {
    let read = |name: &str| {
        let p = dir.join(name);
        std::fs::read(&p).map_err(|e| ExtractError::Model(format!("{}: {e}", p.display())))
    };
    let text = |name: &str| {
        read(name).and_then(|b| {
            String::from_utf8(b)
                .map_err(|_| ExtractError::Gazetteer(format!("{name}: not UTF-8 text")))
        })
    };
    let mut crf = crate::crf::CrfModel::from_bytes(read("ner.crfsuite")?)?;
    crf.clusters = crate::crf::parse_clusters(&text("clusters.tsv")?);
    let gaz = crate::gazetteer::Gazetteers::with_learnt(
        &text("harvested.tsv")?,
        &text("common-words.txt")?,
    )?;
    Ok(Extractor::from_parts(crf, gaz))
}

/// Where the app keeps the user's model: `dirs::data_dir()/sahifa/model`
/// (`$XDG_DATA_HOME/sahifa/model` on Linux).
pub fn user_model_dir() -> Option<PathBuf> {
    dirs::data_dir().map(|d| d.join("sahifa").join("model"))
}

/// Goes back to the shipped model: removes the user model folder (nothing to do if there
/// is none).
pub fn use_shipped_model(dir: &Path) -> Result<(), TrainError> {
    match std::fs::remove_dir_all(dir) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(TrainError(format!("{}: {e}", dir.display()))),
    }
}

/// The user model in `dir` if there is one, else the shipped model.
pub fn user_or_shipped(dir: &Path) -> Result<Extractor, ExtractError> {
    if dir.join("ner.crfsuite").exists() {
        load_model_dir(dir)
    } else {
        Extractor::shipped()
    }
}

/// What a retraining is asked to do.
#[derive(Clone, Debug)]
pub struct Retrain {
    /// Folder with `anercorp-train.conll` (and WikiFANE, if there).
    pub data: PathBuf,
    /// The user's annotated articles.
    pub added: Vec<Article>,
    /// The user model folder: compared against (if it holds a model; else the shipped
    /// model) and replaced when the candidate is kept.
    pub dir: PathBuf,
    /// CRF settings (the shipped model's by default).
    pub hyper: Hyper,
    /// Every `check_every`-th added article is held out for the check (0: none).
    pub check_every: usize,
    /// The check also scores the last `check_sentences` sentences of the train file.
    pub check_sentences: usize,
}

impl Retrain {
    /// The shipped model's settings, one article in 5 and 300 train sentences checked.
    pub fn new(data: PathBuf, added: Vec<Article>, dir: PathBuf) -> Retrain {
        Retrain {
            data,
            added,
            dir,
            hyper: Hyper::shipped(),
            check_every: 5,
            check_sentences: 300,
        }
    }
}

/// The candidate's and the current model's scores on the held-out check.
#[derive(Clone, Debug)]
pub struct Check {
    /// The new model.
    pub candidate: Scores,
    /// The model in use before.
    pub current: Scores,
}

impl Check {
    /// Keep the candidate unless its micro F1 is lower.
    pub fn keep(&self) -> bool {
        self.candidate.micro().prf().2 >= self.current.micro().prf().2
    }
}

/// How a retraining ended.
#[derive(Clone, Debug)]
pub enum Outcome {
    /// The candidate scored at least as well and replaced the user model.
    Kept(Check),
    /// The candidate scored lower; nothing changed.
    Rejected(Check),
    /// Cancelled; nothing changed.
    Cancelled,
}

/// Seconds of L-BFGS per token and iteration, for the progress estimate (measured: 300
/// iterations over ANERcorp train's ~125,000 tokens take about 11 minutes on one core).
const SECS_PER_TOKEN_ITERATION: f64 = 18e-6;

/// Trains a candidate with the added articles (all but the held-out ones), scores it and
/// the current model on the check, and keeps it in [`Retrain::dir`] only if it does not
/// score lower. `progress` gets `0.0..=1.0`; setting `cancel` stops at the next step and
/// leaves everything as it was (the CRF optimiser itself cannot be interrupted: a
/// cancelled training finishes in its thread and its result is dropped).
pub fn retrain(
    r: &Retrain,
    progress: &dyn Fn(f32),
    cancel: &AtomicBool,
) -> Result<Outcome, TrainError> {
    progress(0.0);
    let corpus = Corpus::read(&r.data)?;
    let held = |i: usize| r.check_every > 0 && i % r.check_every == r.check_every - 1;
    let added: Vec<Aligned> = r
        .added
        .iter()
        .enumerate()
        .filter(|(i, _)| !held(*i))
        .flat_map(|(_, a)| article_sentences(a))
        .collect();
    let mut check: Vec<Sentence> = corpus
        .aner_raw
        .iter()
        .skip(corpus.aner_raw.len().saturating_sub(r.check_sentences))
        .cloned()
        .collect();
    for (_, a) in r.added.iter().enumerate().filter(|(i, _)| held(*i)) {
        check.extend(article_sentences(a).iter().map(as_sentence));
    }
    if cancel.load(Ordering::Relaxed) {
        return Ok(Outcome::Cancelled);
    }
    progress(0.02);
    let Some(trained) = train_with(&corpus, &added, &r.hyper, progress, cancel)? else {
        return Ok(Outcome::Cancelled);
    };
    let mut crf = crate::crf::CrfModel::from_bytes(trained.model.clone())
        .map_err(|e| TrainError(e.to_string()))?;
    crf.clusters = trained.learnt.clusters.clone();
    let candidate = Extractor::from_parts(crf, trained.learnt.gaz.clone());
    let current = user_or_shipped(&r.dir).map_err(|e| TrainError(e.to_string()))?;
    progress(0.9);
    let result = Check {
        candidate: eval::evaluate(&candidate, &check, 1),
        current: eval::evaluate(&current, &check, 1),
    };
    if cancel.load(Ordering::Relaxed) {
        return Ok(Outcome::Cancelled);
    }
    let outcome = if result.keep() {
        write_model_dir(&r.dir, &trained)?;
        Outcome::Kept(result)
    } else {
        Outcome::Rejected(result)
    };
    progress(1.0);
    Ok(outcome)
}

/// A sentence of our tokens as a CoNLL sentence (for scoring).
fn as_sentence(a: &Aligned) -> Sentence {
    Sentence {
        words: a
            .tokens
            .iter()
            .map(|t| a.text.chars().skip(t.start).take(t.end - t.start).collect())
            .collect(),
        tags: a.tags.clone(),
    }
}

/// Trains on ANERcorp (5 jackknife blocks) plus `added` as a sixth block; `None` when
/// cancelled. Progress from 0.02 to 0.88.
pub fn train_with(
    corpus: &Corpus,
    added: &[Aligned],
    h: &Hyper,
    progress: &dyn Fn(f32),
    cancel: &AtomicBool,
) -> Result<Option<Trained>, TrainError> {
    const FOLDS: usize = 5;
    let mut blocks: Vec<Vec<&Aligned>> = vec![Vec::new(); FOLDS];
    for (i, a) in corpus.aner.iter().enumerate() {
        blocks[corpus.block_of(i, FOLDS)].push(a);
    }
    if !added.is_empty() {
        blocks.push(added.iter().collect());
    }
    let tokens: usize = blocks.iter().flatten().map(|a| a.tokens.len()).sum();
    let mut sink = Sink::new(h)?;
    let learnt = prepare(&blocks, corpus, h, &mut sink)?;
    progress(0.1);
    if cancel.load(Ordering::Relaxed) {
        return Ok(None);
    }
    // One folder per training, even for two identical trainings in one process (tests run
    // in parallel threads): the one that ends first removes its folder.
    static TRAINING: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let dir = std::env::temp_dir().join(format!(
        "sahifa-train-{}-{}-{}",
        std::process::id(),
        TRAINING.fetch_add(1, Ordering::Relaxed),
        sink.key()
    ));
    std::fs::create_dir_all(&dir).map_err(|e| TrainError(format!("{}: {e}", dir.display())))?;
    let path = dir.join("ner.crfsuite");
    let (tx, rx) = std::sync::mpsc::channel();
    let p = path.clone();
    let abandoned = Arc::new(AtomicBool::new(false));
    let gone = abandoned.clone();
    std::thread::spawn(move || {
        let r = sink.train(&p);
        if gone.load(Ordering::Relaxed) {
            let _ = std::fs::remove_dir_all(p.parent().unwrap_or(&p));
        }
        let _ = tx.send(r);
    });
    let expect = (tokens * h.iterations) as f64 * SECS_PER_TOKEN_ITERATION;
    let t0 = Instant::now();
    let result = loop {
        match rx.recv_timeout(Duration::from_millis(200)) {
            Ok(r) => break r,
            Err(std::sync::mpsc::RecvTimeoutError::Timeout) => {
                if cancel.load(Ordering::Relaxed) {
                    abandoned.store(true, Ordering::Relaxed);
                    return Ok(None);
                }
                let done = (t0.elapsed().as_secs_f64() / expect.max(1e-3)).min(0.97);
                progress(0.1 + 0.78 * done as f32);
            }
            Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => {
                return Err(TrainError("the training thread stopped".into()));
            }
        }
    };
    let model = result.and_then(|()| {
        std::fs::read(&path).map_err(|e| TrainError(format!("{}: {e}", path.display())))
    });
    let _ = std::fs::remove_dir_all(&dir);
    progress(0.88);
    Ok(Some(Trained {
        model: model?,
        learnt,
    }))
}

#[cfg(test)]
#[path = "retrain_tests.rs"]
mod tests;
