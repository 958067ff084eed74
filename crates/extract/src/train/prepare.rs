//! Preparing a training run: the lists and clusters learnt from the corpora, and the
//! training sentences appended to the trainer with jackknifed phrase features.

use rustc_hash::FxHashMap as HashMap;

use super::harvest::{common_words, finish, merge, person_name_parts, phrase_counts};
use super::wiki_as_anercorp;
use super::{Corpus, Hyper, Sink, TrainError};
use crate::conll::{self, Aligned};
use crate::features::{self, Clusters};
use crate::gazetteer::{Gazetteers, PhraseCounts};

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
    let counts = Counts {
        wiki: phrase_counts(&wiki),
        blocks: blocks.iter().map(|b| phrase_counts(b)).collect(),
    };
    let mut full = counts.wiki.clone();
    for bc in &counts.blocks {
        merge(&mut full, bc);
    }
    let shipped = finish(full, &all_text);
    let common = common_words(&all_text, 30);
    let (gaz, given, family) = learnt_lists(h, &common, &wiki);
    eprintln!(
        "{} words clustered, {} harvested phrases, {} common words, {} given and {} family names ({:.0?})",
        clusters.len(),
        shipped.map.len(),
        common.len(),
        given.len(),
        family.len(),
        t0.elapsed()
    );
    let mut learnt = Learnt {
        gaz,
        clusters,
        common,
        given,
        family,
    };
    append_jackknifed(blocks, &wiki, &counts, &learnt, sink)?;
    if h.wiki_weight > 0.0 {
        append_wiki(corpus, &counts, &all_text, &learnt, h, sink)?;
    }
    learnt.gaz.phrases = shipped;
    Ok(learnt)
}

/// Entity phrase counts per source, kept apart so that each block's features can be
/// taken from the others only.
struct Counts {
    /// WikiFANE's phrases.
    wiki: HashMap<String, PhraseCounts>,
    /// Each block's phrases, in the order of the blocks.
    blocks: Vec<HashMap<String, PhraseCounts>>,
}

/// The static lists with the learnt common words and WikiFANE's given and family names
/// (not ANERcorp's: its labels would leak into its own features); the names are returned too.
fn learnt_lists(
    h: &Hyper,
    common: &[String],
    wiki: &[&Aligned],
) -> (Gazetteers, Vec<String>, Vec<String>) {
    let mut gaz = Gazetteers::static_lists();
    if h.lists != crate::gazetteer::SHIPPED_LISTS {
        gaz.use_lists(h.lists);
    }
    gaz.words.retain(|_, f| {
        *f &= !crate::gazetteer::flag::COMMON;
        *f != 0
    });
    for w in common {
        *gaz.words.entry(w.clone()).or_default() |= crate::gazetteer::flag::COMMON;
    }
    let (given, family) = person_name_parts(wiki);
    for w in &given {
        *gaz.words.entry(w.clone()).or_default() |= crate::gazetteer::flag::FIRST_NAME;
    }
    for w in &family {
        *gaz.words.entry(w.clone()).or_default() |= crate::gazetteer::flag::LAST_NAME;
    }
    (gaz, given, family)
}

/// Appends each block's sentences with weight 1, their phrase features from the other
/// blocks and WikiFANE only (the jackknife).
fn append_jackknifed(
    blocks: &[Vec<&Aligned>],
    wiki: &[&Aligned],
    counts: &Counts,
    learnt: &Learnt,
    sink: &mut Sink,
) -> Result<(), TrainError> {
    for (k, block) in blocks.iter().enumerate() {
        let mut others = counts.wiki.clone();
        for (j, bc) in counts.blocks.iter().enumerate() {
            if j != k {
                merge(&mut others, bc);
            }
        }
        let text: Vec<&Aligned> = blocks
            .iter()
            .enumerate()
            .filter(|(j, _)| *j != k)
            .flat_map(|(_, b)| b.iter().copied())
            .chain(wiki.iter().copied())
            .collect();
        let phrases = finish(others, &text);
        for a in block.iter().filter(|a| !a.tokens.is_empty()) {
            let x = features::sentence_features(&a.tokens, &learnt.gaz, &phrases, &learnt.clusters);
            sink.add(&x, &a.tags, 1.0)?;
        }
    }
    Ok(())
}

/// Appends up to `h.wiki_max` WikiFANE sentences with people or organisations, weighted
/// `h.wiki_weight`; their phrase features come from ANERcorp only, never from their own
/// entities.
fn append_wiki(
    corpus: &Corpus,
    counts: &Counts,
    all_text: &[&Aligned],
    learnt: &Learnt,
    h: &Hyper,
    sink: &mut Sink,
) -> Result<(), TrainError> {
    let mut aner_only = HashMap::default();
    for bc in &counts.blocks {
        merge(&mut aner_only, bc);
    }
    let aner_phrases = finish(aner_only, all_text);
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
        let x =
            features::sentence_features(&a.tokens, &learnt.gaz, &aner_phrases, &learnt.clusters);
        sink.add(&x, &a.tags, h.wiki_weight)?;
        n += 1;
    }
    eprintln!("{n} WikiFANE sentences added with weight {}", h.wiki_weight);
    Ok(())
}
