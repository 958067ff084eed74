//! Counting what the labelled sentences teach besides the CRF weights: entity phrases by
//! type (the harvested phrase gazetteer), common words, and given and family names
//! («محمد» first, «العلي» last in a PER name).

use rustc_hash::FxHashMap as HashMap;

use crate::conll::{self, Aligned};
use crate::gazetteer::{MAX_PHRASE, PhraseCounts, PhraseGaz, for_each_phrase_at, phrase_stems};
use crate::token::TokenKind;

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

pub(super) fn phrase_counts(sentences: &[&Aligned]) -> HashMap<String, PhraseCounts> {
    let mut map: HashMap<String, PhraseCounts> = HashMap::default();
    for a in sentences {
        for (k, t) in entity_phrases(a) {
            map.entry(k).or_default().by_type[t] += 1;
        }
    }
    map
}

pub(super) fn merge(
    into: &mut HashMap<String, PhraseCounts>,
    from: &HashMap<String, PhraseCounts>,
) {
    for (k, c) in from {
        let e = into.entry(k.clone()).or_default();
        for t in 0..4 {
            e.by_type[t] += c.by_type[t];
        }
    }
}

/// Keeps phrases seen as entities at least once and recomputes totals over `text`.
pub(super) fn finish(mut map: HashMap<String, PhraseCounts>, text: &[&Aligned]) -> PhraseGaz {
    for c in map.values_mut() {
        c.total = 0;
    }
    count_totals(text, &mut map);
    PhraseGaz::new(map)
}

/// Stems seen at least `min` times and inside an entity less than 3% of the time.
pub(super) fn common_words(sentences: &[&Aligned], min: u32) -> Vec<String> {
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
pub(super) fn person_name_parts(sentences: &[&Aligned]) -> (Vec<String>, Vec<String>) {
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
