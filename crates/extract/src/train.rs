//! Training: harvests gazetteers from the corpora, then trains the CRF on ANERcorp train
//! with jackknifed phrase-gazetteer features (each fold sees only the other folds' phrases,
//! so the model learns how far a harvested phrase can be trusted on unseen text).
//!
//! Inputs (a data folder): `anercorp-train.conll` (PERS/LOC/ORG/MISC) and, optionally,
//! `wikifane-gold.coarse.conll` (PER/ORG/GPE/LOC/…), used only for phrases, common words and
//! word clusters — its types do not match ANERcorp's well enough to train on.
//! Outputs (an assets folder): `models/ner.crfsuite`, `models/clusters.tsv`,
//! `gazetteers/harvested.tsv`, `gazetteers/common-words.txt`.

use rustc_hash::FxHashMap as HashMap;
use std::fmt;
use std::path::{Path, PathBuf};

use crate::conll::{self, Aligned};
use crate::features::{self, Clusters};
use crate::gazetteer::{
    GAZ_TYPES, Gazetteers, MAX_PHRASE, PhraseCounts, PhraseGaz, for_each_phrase_at, phrase_stems,
};
use crate::token::TokenKind;

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

/// Maps a corpus type onto the gazetteer types; `None` drops it.
fn gaz_type(ty: &str) -> Option<usize> {
    match ty {
        "PERS" | "PER" => Some(0),
        "LOC" | "GPE" => Some(1),
        "ORG" => Some(2),
        "MISC" => Some(3),
        _ => None,
    }
}

/// Entity phrases of a sentence: (key, type index).
fn entity_phrases(a: &Aligned) -> Vec<(String, usize)> {
    let stems = phrase_stems(&a.tokens);
    conll::spans(&a.tags)
        .into_iter()
        .filter_map(|(s, e, ty)| {
            let t = gaz_type(&ty)?;
            if e - s > MAX_PHRASE || stems[s..e].iter().any(|s| s.is_empty()) {
                return None;
            }
            Some((stems[s..e].join(" "), t))
        })
        .collect()
}

/// Counts how often each key of `map` occurs in the sentences (any tag).
fn count_totals(sentences: &[&Aligned], map: &mut HashMap<String, PhraseCounts>) {
    for a in sentences {
        let stems = phrase_stems(&a.tokens);
        for i in 0..stems.len() {
            for_each_phrase_at(&stems, i, |_, key| {
                if let Some(c) = map.get_mut(key) {
                    c.total += 1;
                }
                true
            });
        }
    }
}

fn phrase_counts(sentences: &[&Aligned]) -> HashMap<String, PhraseCounts> {
    let mut map: HashMap<String, PhraseCounts> = HashMap::default();
    for a in sentences {
        for (k, t) in entity_phrases(a) {
            map.entry(k).or_default().by_type[t] += 1;
        }
    }
    map
}

fn merge(into: &mut HashMap<String, PhraseCounts>, from: &HashMap<String, PhraseCounts>) {
    for (k, c) in from {
        let e = into.entry(k.clone()).or_default();
        for t in 0..4 {
            e.by_type[t] += c.by_type[t];
        }
    }
}

/// Keeps phrases seen as entities at least once and recomputes totals over `text`.
fn finish(mut map: HashMap<String, PhraseCounts>, text: &[&Aligned]) -> PhraseGaz {
    for c in map.values_mut() {
        c.total = 0;
    }
    count_totals(text, &mut map);
    PhraseGaz::new(map)
}

/// Stems seen at least `min` times and inside an entity less than 3% of the time.
fn common_words(sentences: &[&Aligned], min: u32) -> Vec<String> {
    let mut counts: HashMap<&str, (u32, u32)> = HashMap::default();
    for a in sentences {
        for (t, tag) in a.tokens.iter().zip(&a.tags) {
            if t.kind != TokenKind::Word {
                continue;
            }
            let e = counts.entry(t.stem.as_str()).or_default();
            e.0 += 1;
            if tag != "O" {
                e.1 += 1;
            }
        }
    }
    let mut out: Vec<String> = counts
        .into_iter()
        .filter(|(s, (n, ent))| {
            *n >= min && (*ent as f32) < 0.03 * *n as f32 && s.chars().count() >= 2
        })
        .map(|(s, _)| s.to_owned())
        .collect();
    out.sort();
    out
}

/// Given names and family names from the PER entities of `sentences`: first and last
/// stems of multi-word names seen at least 3 times in that role and in that role in at
/// least a quarter of all their occurrences.
fn person_name_parts(sentences: &[&Aligned]) -> (Vec<String>, Vec<String>) {
    let mut first: HashMap<&str, u32> = HashMap::default();
    let mut last: HashMap<&str, u32> = HashMap::default();
    let mut total: HashMap<&str, u32> = HashMap::default();
    for a in sentences {
        for t in &a.tokens {
            *total.entry(t.stem.as_str()).or_default() += 1;
        }
        for (s, e, ty) in conll::spans(&a.tags) {
            if gaz_type(&ty) != Some(0) || e - s < 2 {
                continue;
            }
            *first.entry(a.tokens[s].stem.as_str()).or_default() += 1;
            *last.entry(a.tokens[e - 1].stem.as_str()).or_default() += 1;
        }
    }
    let pick = |m: HashMap<&str, u32>| {
        let mut v: Vec<String> = m
            .into_iter()
            .filter(|(w, n)| {
                *n >= 3
                    && (*n as f32) >= 0.25 * total.get(w).copied().unwrap_or(1) as f32
                    && w.chars().count() >= 2
            })
            .map(|(w, _)| w.to_owned())
            .collect();
        v.sort();
        v
    };
    (pick(first), pick(last))
}

/// WikiFANE splits clitics off («و قطر», «عاصمة ها»); ANERcorp keeps them on. Re-attaches
/// them and keeps only the types ANERcorp shares (PER → PERS, ORG, GPE/LOC → LOC); the
/// rest (FAC, VEH, WEA, PRO) become O because ANERcorp's MISC is something else.
pub fn wiki_as_anercorp(s: &conll::Sentence) -> conll::Sentence {
    const PREFIXES: [&str; 5] = ["و", "ف", "ب", "ل", "ك"];
    const SUFFIXES: [&str; 9] = ["ه", "ها", "هم", "هما", "هن", "كم", "نا", "ي", "ك"];
    let mut out = conll::Sentence::default();
    let mut pending = String::new();
    for (w, t) in s.words.iter().zip(&s.tags) {
        let tag = match t.split_once('-') {
            Some((bio, ty)) => match ty {
                "PER" => format!("{bio}-PERS"),
                "ORG" => format!("{bio}-ORG"),
                "GPE" | "LOC" => format!("{bio}-LOC"),
                _ => "O".to_owned(),
            },
            None => "O".to_owned(),
        };
        if PREFIXES.contains(&w.as_str()) && tag == "O" {
            pending.push_str(w);
            continue;
        }
        if SUFFIXES.contains(&w.as_str())
            && tag == "O"
            && pending.is_empty()
            && let Some(last) = out.words.last_mut()
        {
            last.push_str(w);
            continue;
        }
        let word = if pending.ends_with('ل') && w.starts_with("ال") {
            format!("{pending}{}", &w["ا".len()..])
        } else {
            format!("{pending}{w}")
        };
        pending.clear();
        out.words.push(word);
        out.tags.push(tag);
    }
    out
}

/// The corpora of a data folder, read and aligned.
pub struct Corpus {
    /// ANERcorp train as read.
    pub aner_raw: Vec<conll::Sentence>,
    /// ANERcorp train aligned to our tokens.
    pub aner: Vec<Aligned>,
    /// WikiFANE Gold as read (empty when the file is absent).
    pub wiki_raw: Vec<conll::Sentence>,
    /// WikiFANE Gold aligned to our tokens.
    pub wiki: Vec<Aligned>,
}

impl Corpus {
    /// Reads `anercorp-train.conll` and, if present, `wikifane-gold.coarse.conll`.
    pub fn read(data: &Path) -> Result<Corpus, TrainError> {
        let aner_raw = conll::parse(&read(&data.join("anercorp-train.conll"))?);
        let wiki_path = data.join("wikifane-gold.coarse.conll");
        let wiki_raw = if wiki_path.exists() {
            conll::parse(&read(&wiki_path)?)
        } else {
            Vec::new()
        };
        Ok(Corpus {
            aner: aner_raw.iter().map(conll::align).collect(),
            wiki: wiki_raw.iter().map(conll::align).collect(),
            aner_raw,
            wiki_raw,
        })
    }

    /// Block of ANERcorp sentence `i` when the file is cut into `k` contiguous blocks.
    pub fn block_of(&self, i: usize, k: usize) -> usize {
        i * k / self.aner.len().max(1)
    }
}

/// Hyper-parameters of the CRF and of what it learns from.
#[derive(Clone, Debug, PartialEq)]
pub struct Hyper {
    /// L1 regularisation.
    pub c1: f64,
    /// L2 regularisation.
    pub c2: f64,
    /// L-BFGS iterations.
    pub iterations: usize,
    /// Word clusters (0: none).
    pub clusters: usize,
    /// Weight of WikiFANE training sentences (0: none).
    pub wiki_weight: f64,
    /// At most this many WikiFANE training sentences.
    pub wiki_max: usize,
    /// Which of the larger lists feed the features.
    pub lists: crate::gazetteer::Lists,
}

impl Hyper {
    /// The settings of the shipped model.
    pub fn shipped() -> Hyper {
        Hyper {
            c1: 0.2,
            c2: 0.05,
            iterations: 300,
            clusters: 256,
            wiki_weight: 0.0,
            wiki_max: 3000,
            lists: crate::gazetteer::SHIPPED_LISTS,
        }
    }
}

/// What training learns from labelled data besides the CRF weights.
pub struct Learnt {
    /// The static lists with the learnt common words, name parts and phrases.
    pub gaz: Gazetteers,
    /// Word clusters.
    pub clusters: Clusters,
    /// Learnt common words.
    pub common: Vec<String>,
    /// Learnt given names (WikiFANE).
    pub given: Vec<String>,
    /// Learnt family names (WikiFANE).
    pub family: Vec<String>,
}

/// A CRF trainer that also hashes everything appended to it, so a trained model can be
/// cached under the hash of its exact input.
pub struct Sink {
    trainer: crfs::Trainer<crfs::train::Lbfgs>,
    hash: std::collections::hash_map::DefaultHasher,
    /// Sentences appended.
    pub sentences: usize,
}

impl Sink {
    /// An L-BFGS trainer with these settings.
    pub fn new(h: &Hyper) -> Result<Sink, TrainError> {
        use std::hash::Hasher;
        let mut trainer = crfs::Trainer::lbfgs();
        trainer.verbose(false);
        let p = trainer.params_mut();
        p.set_c1(h.c1).map_err(|e| TrainError(e.to_string()))?;
        p.set_c2(h.c2).map_err(|e| TrainError(e.to_string()))?;
        p.set_max_iterations(h.iterations)
            .map_err(|e| TrainError(e.to_string()))?;
        let mut hash = std::collections::hash_map::DefaultHasher::new();
        for x in [h.c1.to_bits(), h.c2.to_bits(), h.iterations as u64] {
            hash.write_u64(x);
        }
        Ok(Sink {
            trainer,
            hash,
            sentences: 0,
        })
    }

    /// Appends one sentence's features and tags with a weight.
    pub fn add(
        &mut self,
        x: &[Vec<crfs::Attribute>],
        tags: &[String],
        weight: f64,
    ) -> Result<(), TrainError> {
        use std::hash::Hasher;
        for (attrs, tag) in x.iter().zip(tags) {
            for a in attrs {
                self.hash.write(a.name.as_bytes());
                self.hash.write_u8(0);
            }
            self.hash.write(tag.as_bytes());
            self.hash.write_u8(1);
        }
        self.hash.write_u64(weight.to_bits());
        self.sentences += 1;
        self.trainer
            .append_with_weight(x, tags, weight)
            .map_err(|e| TrainError(e.to_string()))
    }

    /// Hash of the settings and of everything appended so far (hex).
    pub fn key(&self) -> String {
        use std::hash::Hasher;
        format!("{:016x}", self.hash.finish())
    }

    /// Trains and writes the model to `path` (through a temporary file, so a killed
    /// training leaves no half-written model behind).
    pub fn train(mut self, path: &Path) -> Result<(), TrainError> {
        // One temporary name per training: two CV runs (or two threads of one process) may
        // train the same fold at once.
        static TRAINING: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
        let n = TRAINING.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let tmp = path.with_extension(format!("tmp{}-{n}", std::process::id()));
        self.trainer
            .train(&tmp)
            .map_err(|e| TrainError(format!("training: {e}")))?;
        std::fs::rename(&tmp, path).map_err(|e| TrainError(format!("{}: {e}", path.display())))
    }
}

/// Learns lists and clusters from `blocks` (contiguous blocks of ANERcorp sentences) and
/// WikiFANE, and appends the training sentences to `sink`, each block's phrase features
/// taken from the other blocks and WikiFANE only (jackknife).
pub fn prepare(
    blocks: &[Vec<&Aligned>],
    corpus: &Corpus,
    h: &Hyper,
    sink: &mut Sink,
) -> Result<Learnt, TrainError> {
    let t0 = std::time::Instant::now();
    let wiki: Vec<&Aligned> = corpus.wiki.iter().collect();
    let all_text: Vec<&Aligned> = blocks
        .iter()
        .flatten()
        .copied()
        .chain(wiki.iter().copied())
        .collect();
    // Word clusters over the text (no labels).
    let clusters: Clusters = if h.clusters > 0 {
        crate::clusters::compute(&all_text, h.clusters)
    } else {
        Clusters::default()
    };
    let wiki_counts = phrase_counts(&wiki);
    let block_counts: Vec<HashMap<String, PhraseCounts>> =
        blocks.iter().map(|b| phrase_counts(b)).collect();
    let mut full = wiki_counts.clone();
    for bc in &block_counts {
        merge(&mut full, bc);
    }
    let shipped = finish(full, &all_text);
    let common = common_words(&all_text, 30);

    // Static lists with the new common words.
    let mut gaz = Gazetteers::static_lists();
    if h.lists != crate::gazetteer::SHIPPED_LISTS {
        gaz.use_lists(h.lists);
    }
    gaz.words.retain(|_, f| {
        *f &= !crate::gazetteer::flag::COMMON;
        *f != 0
    });
    for w in &common {
        *gaz.words.entry(w.clone()).or_default() |= crate::gazetteer::flag::COMMON;
    }
    // Name parts from WikiFANE only (ANERcorp's labels would leak into its own features).
    let (given, family) = person_name_parts(&wiki);
    for w in &given {
        *gaz.words.entry(w.clone()).or_default() |= crate::gazetteer::flag::FIRST_NAME;
    }
    for w in &family {
        *gaz.words.entry(w.clone()).or_default() |= crate::gazetteer::flag::LAST_NAME;
    }
    eprintln!(
        "{} words clustered, {} harvested phrases, {} common words, {} given and {} family names ({:.0?})",
        clusters.len(),
        shipped.map.len(),
        common.len(),
        given.len(),
        family.len(),
        t0.elapsed()
    );

    for (k, block) in blocks.iter().enumerate() {
        let mut counts = wiki_counts.clone();
        for (j, bc) in block_counts.iter().enumerate() {
            if j != k {
                merge(&mut counts, bc);
            }
        }
        let text: Vec<&Aligned> = blocks
            .iter()
            .enumerate()
            .filter(|(j, _)| *j != k)
            .flat_map(|(_, b)| b.iter().copied())
            .chain(wiki.iter().copied())
            .collect();
        let phrases = finish(counts, &text);
        for a in block.iter().filter(|a| !a.tokens.is_empty()) {
            let x = features::sentence_features(&a.tokens, &gaz, &phrases, &clusters);
            sink.add(&x, &a.tags, 1.0)?;
        }
    }

    if h.wiki_weight > 0.0 {
        // WikiFANE sentences' phrase features come from ANERcorp only, never from their
        // own entities.
        let mut aner_only = HashMap::default();
        for bc in &block_counts {
            merge(&mut aner_only, bc);
        }
        let aner_phrases = finish(aner_only, &all_text);
        let mut n = 0;
        for s in corpus.wiki_raw.iter() {
            let s = wiki_as_anercorp(s);
            // People and organisations are where ANERcorp alone is weakest.
            if !s
                .tags
                .iter()
                .any(|t| t.ends_with("PERS") || t.ends_with("ORG"))
            {
                continue;
            }
            if n >= h.wiki_max {
                break;
            }
            let a = conll::align(&s);
            if a.tokens.is_empty() {
                continue;
            }
            let x = features::sentence_features(&a.tokens, &gaz, &aner_phrases, &clusters);
            sink.add(&x, &a.tags, h.wiki_weight)?;
            n += 1;
        }
        eprintln!("{n} WikiFANE sentences added with weight {}", h.wiki_weight);
    }
    gaz.phrases = shipped;
    Ok(Learnt {
        gaz,
        clusters,
        common,
        given,
        family,
    })
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
