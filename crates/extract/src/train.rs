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
    /// L1 regularisation (prunes features).
    pub c1: f64,
    /// L2 regularisation.
    pub c2: f64,
    /// L-BFGS iterations.
    pub iterations: usize,
    /// Number of word clusters (0: none).
    pub clusters: usize,
    /// Weight of WikiFANE sentences with a person, organisation or place as extra training
    /// data (0: not used). Their clitics are re-attached and their other types become O.
    pub wiki_weight: f64,
    /// At most this many WikiFANE sentences (those with a person or organisation).
    pub wiki_max: usize,
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

/// Trains everything; prints progress to stderr.
pub fn train(cfg: &TrainConfig) -> Result<(), TrainError> {
    let t0 = std::time::Instant::now();
    let aner = conll::parse(&read(&cfg.data.join("anercorp-train.conll"))?);
    let wiki_path = cfg.data.join("wikifane-gold.coarse.conll");
    let wiki_raw = if wiki_path.exists() {
        conll::parse(&read(&wiki_path)?)
    } else {
        Vec::new()
    };
    let wiki = &wiki_raw;
    eprintln!(
        "read {} ANERcorp and {} WikiFANE sentences",
        aner.len(),
        wiki.len()
    );
    let aner: Vec<Aligned> = aner.iter().map(conll::align).collect();
    let wiki: Vec<Aligned> = wiki.iter().map(conll::align).collect();
    let all_text: Vec<&Aligned> = aner.iter().chain(wiki.iter()).collect();

    // Word clusters over all the text.
    let clusters: Clusters = if cfg.clusters > 0 {
        crate::clusters::compute(&all_text, cfg.clusters)
    } else {
        Clusters::default()
    };
    eprintln!("{} words clustered ({:.0?})", clusters.len(), t0.elapsed());

    // Phrase gazetteers: WikiFANE + each ANERcorp fold.
    let wiki_refs: Vec<&Aligned> = wiki.iter().collect();
    let wiki_counts = phrase_counts(&wiki_refs);
    let folds = cfg.folds.max(2);
    let fold_of = |i: usize| i * folds / aner.len().max(1);
    let fold_counts: Vec<HashMap<String, PhraseCounts>> = (0..folds)
        .map(|k| {
            let s: Vec<&Aligned> = aner
                .iter()
                .enumerate()
                .filter(|(i, _)| fold_of(*i) == k)
                .map(|(_, a)| a)
                .collect();
            phrase_counts(&s)
        })
        .collect();

    let mut full = wiki_counts.clone();
    for fc in &fold_counts {
        merge(&mut full, fc);
    }
    let shipped = finish(full, &all_text);
    let common = common_words(&all_text, 30);
    eprintln!(
        "{} harvested phrases, {} common words ({:.0?})",
        shipped.map.len(),
        common.len(),
        t0.elapsed()
    );

    // Static lists with the new common words.
    let mut gaz = Gazetteers::static_lists();
    for w in &gaz.words.clone() {
        if w.1 & crate::gazetteer::flag::COMMON != 0 {
            gaz.words.remove(w.0);
        }
    }
    for w in &common {
        *gaz.words.entry(w.clone()).or_default() |= crate::gazetteer::flag::COMMON;
    }
    // Name parts from WikiFANE only (ANERcorp's labels would leak into its own features).
    let (given, family) = person_name_parts(&wiki_refs);
    for w in &given {
        *gaz.words.entry(w.clone()).or_default() |= crate::gazetteer::flag::FIRST_NAME;
    }
    for w in &family {
        *gaz.words.entry(w.clone()).or_default() |= crate::gazetteer::flag::LAST_NAME;
    }
    eprintln!("{} given names, {} family names", given.len(), family.len());

    let mut trainer = crfs::Trainer::lbfgs();
    trainer.verbose(false);
    {
        let p = trainer.params_mut();
        p.set_c1(cfg.c1).map_err(|e| TrainError(e.to_string()))?;
        p.set_c2(cfg.c2).map_err(|e| TrainError(e.to_string()))?;
        p.set_max_iterations(cfg.iterations)
            .map_err(|e| TrainError(e.to_string()))?;
    }
    for k in 0..folds {
        let mut counts = wiki_counts.clone();
        for (j, fc) in fold_counts.iter().enumerate() {
            if j != k {
                merge(&mut counts, fc);
            }
        }
        let text: Vec<&Aligned> = aner
            .iter()
            .enumerate()
            .filter(|(i, _)| fold_of(*i) != k)
            .map(|(_, a)| a)
            .chain(wiki.iter())
            .collect();
        let phrases = finish(counts, &text);
        for (i, a) in aner.iter().enumerate() {
            if fold_of(i) != k || a.tokens.is_empty() {
                continue;
            }
            let x = features::sentence_features(&a.tokens, &gaz, &phrases, &clusters);
            trainer
                .append(&x, &a.tags)
                .map_err(|e| TrainError(e.to_string()))?;
        }
        eprintln!("fold {k}: features ready ({:.0?})", t0.elapsed());
    }

    if cfg.wiki_weight > 0.0 {
        // Jackknife for WikiFANE sentences too: their phrase features come from ANERcorp
        // only, never from their own entities.
        let mut aner_only = HashMap::default();
        for fc in &fold_counts {
            merge(&mut aner_only, fc);
        }
        let aner_phrases = finish(aner_only, &all_text);
        let mut n = 0;
        for s in wiki_raw.iter() {
            let s = wiki_as_anercorp(s);
            // People and organisations are where ANERcorp alone is weakest.
            if !s
                .tags
                .iter()
                .any(|t| t.ends_with("PERS") || t.ends_with("ORG"))
            {
                continue;
            }
            if n >= cfg.wiki_max {
                break;
            }
            let a = conll::align(&s);
            if a.tokens.is_empty() {
                continue;
            }
            let x = features::sentence_features(&a.tokens, &gaz, &aner_phrases, &clusters);
            trainer
                .append_with_weight(&x, &a.tags, cfg.wiki_weight)
                .map_err(|e| TrainError(e.to_string()))?;
            n += 1;
        }
        eprintln!(
            "{n} WikiFANE sentences added with weight {}",
            cfg.wiki_weight
        );
    }

    let models = cfg.out.join("models");
    let gazdir = cfg.out.join("gazetteers");
    for d in [&models, &gazdir] {
        std::fs::create_dir_all(d).map_err(|e| TrainError(format!("{}: {e}", d.display())))?;
    }
    let model_path = models.join("ner.crfsuite");
    eprintln!(
        "training the CRF (c1={}, c2={}, {} iterations)…",
        cfg.c1, cfg.c2, cfg.iterations
    );
    trainer
        .train(&model_path)
        .map_err(|e| TrainError(format!("training: {e}")))?;
    let write = |p: PathBuf, s: String| {
        std::fs::write(&p, s).map_err(|e| TrainError(format!("{}: {e}", p.display())))
    };
    write(gazdir.join("harvested.tsv"), shipped.to_tsv())?;
    write(gazdir.join("common-words.txt"), common.join("\n") + "\n")?;
    write(gazdir.join("given-names.txt"), given.join("\n") + "\n")?;
    write(gazdir.join("family-names.txt"), family.join("\n") + "\n")?;
    let mut rows: Vec<_> = clusters.iter().collect();
    rows.sort();
    let mut text = String::new();
    for (w, c) in rows {
        text.push_str(&format!("{w}\t{c}\n"));
    }
    write(models.join("clusters.tsv"), text)?;
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
