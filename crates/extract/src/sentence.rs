//! What the features know of a whole sentence: gazetteer matches over several tokens,
//! short quotations, and the sentence's topic.

use crate::gazetteer::{self, GAZ_TYPES, PhraseCounts, PhraseGaz};

/// A gazetteer match: first token, length in tokens, counts.
pub type Match = (usize, usize, PhraseCounts);
use crate::token::{Token, TokenKind};

/// Phrase-gazetteer feature values per token: `B-TYPE:r`/`I-TYPE:r`, `r` the reliability
/// bucket (h ≥ 0.6, m ≥ 0.25, l otherwise), from the longest match at each position.
pub fn phrase_hits(tokens: &[Token], phrases: &PhraseGaz) -> Vec<Option<String>> {
    let matches = phrases.longest_matches(&gazetteer::phrase_stems(tokens));
    phrase_hits_of(tokens.len(), matches)
}

/// [`phrase_hits`] from the matches of the sentence's `n` tokens.
pub fn phrase_hits_of(n: usize, matches: Vec<Match>) -> Vec<Option<String>> {
    let mut out = vec![None; n];
    for (i, n, counts) in matches {
        if let Some((t, share)) = counts.best() {
            let r = if share >= 0.6 {
                'h'
            } else if share >= 0.25 {
                'm'
            } else {
                'l'
            };
            mark_bio(&mut out[i..i + n], &format!("{}:{r}", GAZ_TYPES[t]));
        }
    }
    out
}

/// World-gazetteer feature values per token: `B-TYPES`/`I-TYPES` from the longest match at
/// each position, `TYPES` every type a list gives the name, joined by `/`.
pub fn world_hits(tokens: &[Token], world: &PhraseGaz) -> Vec<Option<String>> {
    let matches = world.longest_matches(&gazetteer::phrase_stems(tokens));
    world_hits_of(tokens.len(), matches)
}

/// [`world_hits`] from the matches of the sentence's `n` tokens.
pub fn world_hits_of(n: usize, matches: Vec<Match>) -> Vec<Option<String>> {
    let mut out = vec![None; n];
    for (i, n, counts) in matches {
        let types: Vec<&str> = (0..4)
            .filter(|&t| counts.by_type[t] > 0)
            .map(|t| GAZ_TYPES[t])
            .collect();
        mark_bio(&mut out[i..i + n], &types.join("/"));
    }
    out
}

/// Typed-name feature values per token: `B-TYPES1`/`I-TYPES1` for a one-word match,
/// `B-TYPES+`/`I-TYPES+` for a longer one (one-word matches are the noisy ones), from the
/// longest match at each position.
pub fn typed_hits(tokens: &[Token], typed: &PhraseGaz) -> Vec<Option<String>> {
    let matches = typed.longest_matches(&gazetteer::phrase_stems(tokens));
    typed_hits_of(tokens.len(), matches)
}

/// [`typed_hits`] from the matches of the sentence's `n` tokens.
pub fn typed_hits_of(n: usize, matches: Vec<Match>) -> Vec<Option<String>> {
    let mut out = vec![None; n];
    for (i, n, counts) in matches {
        let types: Vec<&str> = (0..4)
            .filter(|&t| counts.by_type[t] > 0)
            .map(|t| GAZ_TYPES[t])
            .collect();
        let len = if n == 1 { '1' } else { '+' };
        mark_bio(&mut out[i..i + n], &format!("{}{len}", types.join("/")));
    }
    out
}

/// Sets `slots` to `B-{value}`, `I-{value}`, `I-{value}` …
fn mark_bio(slots: &mut [Option<String>], value: &str) {
    for (k, slot) in slots.iter_mut().enumerate() {
        let bio = if k == 0 { 'B' } else { 'I' };
        *slot = Some(format!("{bio}-{value}"));
    }
}

/// Which tokens stand inside a short quotation («نيسان أورفان», "حوار من القلب"): at most
/// [`MAX_QUOTED`] words between an opening and a closing quotation mark of one sentence.
/// Programmes, products and works are named this way.
pub fn quoted(tokens: &[Token]) -> Vec<bool> {
    const OPEN: [&str; 3] = ["«", "“", "\""];
    const CLOSE: [&str; 3] = ["»", "”", "\""];
    let mut out = vec![false; tokens.len()];
    let mut i = 0;
    while i < tokens.len() {
        let t = &tokens[i];
        if t.kind == TokenKind::Punct && OPEN.contains(&t.norm.as_str()) {
            let close = tokens[i + 1..]
                .iter()
                .take(MAX_QUOTED + 1)
                .position(|u| u.kind == TokenKind::Punct && CLOSE.contains(&u.norm.as_str()));
            if let Some(n) = close.filter(|&n| n > 0) {
                for q in &mut out[i + 1..i + 1 + n] {
                    *q = true;
                }
                i += n + 2;
                continue;
            }
        }
        i += 1;
    }
    out
}

/// Topic words: a sentence with one of them is about sport, cars or business, where
/// city names often name clubs («فاز ليون») and ambiguous names name companies.
const TOPICS: [(&str, &[&str]); 3] = [
    (
        "sport",
        &[
            "فريق",
            "مباراه",
            "مباريات",
            "دوري",
            "هدف",
            "اهداف",
            "منتخب",
            "بطوله",
            "كاس",
            "لاعب",
            "لاعبين",
            "مدرب",
            "ملعب",
            "تعادل",
            "شوط",
            "مرمي",
            "حارس",
            "نادي",
        ],
    ),
    (
        "car",
        &["سياره", "سيارات", "طراز", "محرك", "مركبه", "مركبات"],
    ),
    (
        "biz",
        &[
            "شركه",
            "شركات",
            "اسهم",
            "ارباح",
            "مبيعات",
            "بورصه",
            "مستثمرين",
            "صفقه",
        ],
    ),
];

/// The topics of a sentence (`TOPICS`).
pub fn topics(tokens: &[Token]) -> Vec<&'static str> {
    TOPICS
        .iter()
        .filter(|(_, words)| tokens.iter().any(|t| words.contains(&t.key.as_str())))
        .map(|(name, _)| *name)
        .collect()
}

/// Longest quotation [`quoted`] marks.
pub const MAX_QUOTED: usize = 5;
