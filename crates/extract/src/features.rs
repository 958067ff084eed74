//! CRF features for Arabic tokens.
//!
//! Per token: folded word, clitic-stripped stem, the stripped prefix, prefixes and suffixes
//! (1–3 chars) of both, shape, gazetteer hits (word lists and the longest harvested phrase
//! with its type and reliability), trigger words (ranks, offices, organisation and event
//! heads, speech verbs, months), nisba adjectives, and word clusters. Neighbours at ±1 and
//! ±2 contribute word, stem, prefix, trigger and gazetteer features only (as the baseline
//! found: same accuracy, half the cost).

use crfs::Attribute;

use crate::gazetteer::{self, GAZ_TYPES, Gazetteers, PhraseGaz};
use crate::lexicon::{self, trigger, trigger_name};
use crate::token::{Token, TokenKind};

/// Word clusters: stem → `coarse:fine` cluster ids.
pub type Clusters = std::collections::HashMap<String, String>;

/// What the features of one token are computed from.
struct Info<'a> {
    norm: &'a str,
    stem: &'a str,
    prefix: &'a str,
    trig: Option<&'static str>,
    gaz: Option<String>,
    cluster: Option<&'a str>,
}

fn first_n(s: &str, n: usize) -> Option<&str> {
    let mut it = s.char_indices();
    let (end, _) = it.nth(n)?;
    Some(&s[..end])
}

fn last_n(s: &str, n: usize) -> Option<&str> {
    let count = s.chars().count();
    if count <= n {
        return None;
    }
    let (start, _) = s.char_indices().nth(count - n)?;
    Some(&s[start..])
}

/// Phrase-gazetteer feature values per token: `B-TYPE:r`/`I-TYPE:r`, `r` the reliability
/// bucket (h ≥ 0.6, m ≥ 0.25, l otherwise), from the longest match at each position.
pub fn phrase_hits(tokens: &[Token], phrases: &PhraseGaz) -> Vec<Option<String>> {
    let stems: Vec<&str> = tokens
        .iter()
        .map(|t| {
            if t.kind == TokenKind::Punct {
                ""
            } else {
                t.stem.as_str()
            }
        })
        .collect();
    let mut out = vec![None; tokens.len()];
    let mut i = 0;
    while i < tokens.len() {
        match phrases.longest_at(&stems, i) {
            Some((n, counts)) => {
                if let Some((t, share)) = counts.best() {
                    let r = if share >= 0.6 {
                        'h'
                    } else if share >= 0.25 {
                        'm'
                    } else {
                        'l'
                    };
                    for (k, slot) in out[i..i + n].iter_mut().enumerate() {
                        let bio = if k == 0 { 'B' } else { 'I' };
                        *slot = Some(format!("{bio}-{}:{r}", GAZ_TYPES[t]));
                    }
                }
                i += n;
            }
            None => i += 1,
        }
    }
    out
}

/// The attribute sequence of a sentence, using `phrases` for phrase-gazetteer hits
/// (training passes a jackknifed gazetteer).
pub fn sentence_features(
    tokens: &[Token],
    gaz: &Gazetteers,
    phrases: &PhraseGaz,
    clusters: &Clusters,
) -> Vec<Vec<Attribute>> {
    let hits = phrase_hits(tokens, phrases);
    let infos: Vec<Info> = tokens
        .iter()
        .zip(hits)
        .map(|(t, g)| {
            let prefix_end = t
                .norm
                .char_indices()
                .nth(t.clitics.with_article)
                .map_or(t.norm.len(), |(b, _)| b);
            Info {
                norm: &t.norm,
                stem: &t.stem,
                prefix: &t.norm[..prefix_end],
                trig: trigger(&t.stem).map(trigger_name),
                gaz: g,
                cluster: clusters.get(&t.stem).map(String::as_str),
            }
        })
        .collect();
    let mut out = Vec::with_capacity(tokens.len());
    for (i, tok) in tokens.iter().enumerate() {
        let mut f = Vec::with_capacity(48);
        let info = &infos[i];
        let mut add = |name: String| f.push(Attribute::new(name, 1.0));
        add("b".into());
        add(format!("w={}", info.norm));
        add(format!("s={}", info.stem));
        add(format!("cp={}", info.prefix));
        for n in 1..=3 {
            if let Some(p) = first_n(info.norm, n) {
                add(format!("np{n}={p}"));
            }
            if let Some(p) = last_n(info.norm, n) {
                add(format!("ns{n}={p}"));
            }
            if let Some(p) = first_n(info.stem, n) {
                add(format!("sp{n}={p}"));
            }
            if let Some(p) = last_n(info.stem, n) {
                add(format!("ss{n}={p}"));
            }
        }
        let len = info.stem.chars().count().min(8);
        add(format!("len={len}"));
        match tok.kind {
            TokenKind::Number => add("k=N".into()),
            TokenKind::Punct => add(format!("k=P{}", info.norm)),
            TokenKind::Word => {
                if info.norm.chars().any(|c| c.is_ascii_alphabetic()) {
                    add("k=lat".into());
                }
            }
        }
        let flags = gaz.flags(info.stem);
        for (bit, name) in [
            (gazetteer::flag::FIRST_NAME, "fn"),
            (gazetteer::flag::LAST_NAME, "ln"),
            (gazetteer::flag::COUNTRY, "ct"),
            (gazetteer::flag::COMMON, "cm"),
        ] {
            if flags & bit != 0 {
                add(format!("f={name}"));
            }
        }
        if lexicon::is_nisba(info.norm, tok.clitics.with_article, tok.clitics.article) {
            add("nisba".into());
        }
        if let Some(c) = info.cluster {
            let coarse = c.split(':').next().unwrap_or(c);
            add(format!("cc={coarse}"));
            add(format!("c={c}"));
        }
        if tok.line_start {
            add("ls".into());
        }
        for d in [-2i32, -1, 0, 1, 2] {
            let j = i as i32 + d;
            if j < 0 {
                if d == -1 {
                    add("BOS".into());
                }
                continue;
            }
            let Some(n) = infos.get(j as usize) else {
                if d == 1 {
                    add("EOS".into());
                }
                continue;
            };
            if let Some(t) = n.trig {
                add(format!("{d}t={t}"));
            }
            if let Some(g) = &n.gaz {
                add(format!("{d}g={g}"));
            }
            if d == 0 {
                continue;
            }
            add(format!("{d}w={}", n.norm));
            add(format!("{d}s={}", n.stem));
            add(format!("{d}cp={}", n.prefix));
            if let Some(c) = n.cluster {
                add(format!("{d}c={c}"));
            }
        }
        out.push(f);
    }
    out
}
