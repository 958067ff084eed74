//! Training: harvests gazetteers from the corpora, then trains the CRF on ANERcorp train
//! with jackknifed phrase-gazetteer features (each fold sees only the other folds' phrases,
//! so the model learns how far a harvested phrase can be trusted on unseen text).
//!
//! Inputs (a data folder): `anercorp-train.conll` (PERS/LOC/ORG/MISC) and, optionally,
//! `wikifane-gold.coarse.conll` (PER/ORG/GPE/LOC/…), used only for phrases, common words and
//! word clusters — its types do not match ANERcorp's well enough to train on.
//! Outputs (an assets folder): `models/ner.crfsuite`, `models/clusters.tsv`,
//! `gazetteers/harvested.tsv`, `gazetteers/common-words.txt`.

use std::fmt;
use std::path::{Path, PathBuf};

use crate::conll::Aligned;
use crate::features::Clusters;
use crate::gazetteer::GAZ_TYPES;

mod corpus;
mod harvest;
mod prepare;
mod sink;

pub use corpus::{Corpus, wiki_as_anercorp};
pub use prepare::{Learnt, prepare};
pub use sink::{Hyper, Sink};

/// Training settings.
#[derive(Clone, Debug)]
pub struct TrainConfig {
    /// Folder with the CoNLL files.
    pub data: PathBuf,
    /// Assets folder to write into.
    pub out: PathBuf,
    /// Folds of the jackknife.
    pub folds: usize,
    /// The CRF's settings and what it learns from.
    pub hyper: Hyper,
    /// The user's annotated articles (JSONL export lines) added as one more block.
    pub add: Vec<PathBuf>,
}

/// Why training failed.
#[derive(Debug)]
pub struct TrainError(pub String);

impl fmt::Display for TrainError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for TrainError {}

fn read(path: &Path) -> Result<String, TrainError> {
    std::fs::read_to_string(path).map_err(|e| TrainError(format!("{}: {e}", path.display())))
}

/// Writes `clusters.tsv` lines, sorted.
pub fn clusters_tsv(clusters: &Clusters) -> String {
    let mut rows: Vec<_> = clusters.iter().collect();
    rows.sort();
    let mut text = String::new();
    for (w, c) in rows {
        text.push_str(&format!("{w}\t{c}\n"));
    }
    text
}

/// Trains everything; prints progress to stderr.
pub fn train(cfg: &TrainConfig) -> Result<(), TrainError> {
    let t0 = std::time::Instant::now();
    let corpus = Corpus::read(&cfg.data)?;
    eprintln!(
        "read {} ANERcorp and {} WikiFANE sentences",
        corpus.aner.len(),
        corpus.wiki.len()
    );
    let folds = cfg.folds.max(2);
    let mut blocks: Vec<Vec<&Aligned>> = vec![Vec::new(); folds];
    for (i, a) in corpus.aner.iter().enumerate() {
        blocks[corpus.block_of(i, folds)].push(a);
    }
    let added: Vec<Aligned> = crate::retrain::read_jsonl(&cfg.add)?
        .iter()
        .flat_map(crate::retrain::article_sentences)
        .collect();
    if !added.is_empty() {
        eprintln!(
            "{} sentences added from {} file(s)",
            added.len(),
            cfg.add.len()
        );
        blocks.push(added.iter().collect());
    }
    let mut sink = Sink::new(&cfg.hyper)?;
    let learnt = prepare(&blocks, &corpus, &cfg.hyper, &mut sink)?;
    eprintln!(
        "{} training sentences ready ({:.0?})",
        sink.sentences,
        t0.elapsed()
    );

    let models = cfg.out.join("models");
    let gazdir = cfg.out.join("gazetteers");
    for d in [&models, &gazdir] {
        std::fs::create_dir_all(d).map_err(|e| TrainError(format!("{}: {e}", d.display())))?;
    }
    let model_path = models.join("ner.crfsuite");
    eprintln!(
        "training the CRF (c1={}, c2={}, {} iterations)…",
        cfg.hyper.c1, cfg.hyper.c2, cfg.hyper.iterations
    );
    sink.train(&model_path)?;
    let write = |p: PathBuf, s: String| {
        std::fs::write(&p, s).map_err(|e| TrainError(format!("{}: {e}", p.display())))
    };
    write(gazdir.join("harvested.tsv"), learnt.gaz.phrases.to_tsv())?;
    write(
        gazdir.join("common-words.txt"),
        learnt.common.join("\n") + "\n",
    )?;
    write(
        gazdir.join("given-names.txt"),
        learnt.given.join("\n") + "\n",
    )?;
    write(
        gazdir.join("family-names.txt"),
        learnt.family.join("\n") + "\n",
    )?;
    write(models.join("clusters.tsv"), clusters_tsv(&learnt.clusters))?;
    let size = std::fs::metadata(&model_path).map(|m| m.len()).unwrap_or(0);
    eprintln!(
        "wrote {} ({:.1} MB) and gazetteers in {:.0?}; types: {}",
        model_path.display(),
        size as f64 / 1e6,
        t0.elapsed(),
        GAZ_TYPES.join("/")
    );
    Ok(())
}
