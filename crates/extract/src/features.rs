//! CRF features for Arabic tokens.
//!
//! Per token: folded word, clitic-stripped stem, the stripped prefix, prefixes and suffixes
//! (1–3 chars) of both, shape, gazetteer hits (word lists and the longest harvested phrase
//! with its type and reliability), trigger words (ranks, offices, organisation and event
//! heads, speech verbs, months), nisba adjectives, word clusters, and how common the word
//! is in Arabic at large (wordfreq's half-Zipf bucket). Neighbours at ±1 and
//! ±2 contribute word, stem, prefix, trigger and gazetteer features only (as the baseline
//! found: same accuracy, half the cost).

use crfs::Attribute;

mod hits;
mod scorer;

pub use scorer::{Scorer, SharedCache, WordCache};

use hits::Hit;

use crate::gazetteer::{self, Gazetteers, PhraseGaz};
use crate::lexicon::{self, trigger_name};
use crate::sentence::{phrase_hits, quoted, topics, typed_hits, world_hits};
use crate::token::{Token, TokenKind};

/// Word clusters: stem → `coarse:fine` cluster ids.
pub type Clusters = rustc_hash::FxHashMap<String, String>;

/// What the features of one token are computed from.
struct Info<'a> {
    norm: &'a str,
    stem: &'a str,
    key: &'a str,
    prefix: &'a str,
    trig: Option<&'static str>,
    gaz: Hit,
    /// World-knowledge gazetteer hit: `B-TYPE`/`I-TYPE` (types joined by `/`).
    world: Hit,
    cluster: Option<&'a str>,
    /// Log-count bucket of the word among Wikidata person-name words.
    pn: Option<u8>,
    /// Typed Wikipedia name hit: `B-TYPES1`, `I-TYPES+` …
    typed: Hit,
    /// Word-frequency bucket in Arabic at large; `Some(0)`: a word the list lacks.
    wf: Option<u8>,
}

/// Bucket of a person-name word's count: 1–3 → 0, 4–15 → 1, 16–63 → 2, … at most 5.
fn count_bucket(n: u32) -> u8 {
    (n.max(1).ilog2() / 2).min(5) as u8
}

/// Where a feature goes: its name in parts, joined without separators (no formatting
/// machinery: this runs for every feature of every new word).
type Emit<'x> = dyn FnMut(&[&str]) + 'x;

/// `buf` := the parts joined.
fn join_into(buf: &mut String, parts: &[&str]) {
    buf.clear();
    for p in parts {
        buf.push_str(p);
    }
}

/// A small number as text («0» … «9», larger ones as «+»; callers pass at most 8).
fn digit(n: usize) -> &'static str {
    const DIGITS: [&str; 10] = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"];
    DIGITS.get(n).copied().unwrap_or("+")
}

/// A neighbour offset as text («-2» … «2»).
fn offset(d: i32) -> &'static str {
    match d {
        -2 => "-2",
        -1 => "-1",
        0 => "0",
        1 => "1",
        _ => "2",
    }
}

fn first_n(s: &str, n: usize) -> Option<&str> {
    let mut it = s.char_indices();
    let (end, _) = it.nth(n)?;
    Some(&s[..end])
}

/// The last `n` chars of `s` when it has more than `n` («الرئيس», 3 → «ئيس»;
/// «قال», 3 → none), found from the end without counting the word's chars.
fn last_n(s: &str, n: usize) -> Option<&str> {
    let (start, _) = s.char_indices().rev().nth(n.checked_sub(1)?)?;
    (start > 0).then(|| &s[start..])
}

/// The attribute sequence of a sentence, using `phrases` for phrase-gazetteer hits
/// (training passes a jackknifed gazetteer).
pub fn sentence_features(
    tokens: &[Token],
    gaz: &Gazetteers,
    phrases: &PhraseGaz,
    clusters: &Clusters,
) -> Vec<Vec<Attribute>> {
    let mut out: Vec<Vec<Attribute>> = vec![Vec::new(); tokens.len()];
    for_each_feature(tokens, gaz, phrases, clusters, &mut |i, name| {
        out[i].push(Attribute::new(name, 1.0));
    });
    out
}

/// Calls `emit(token index, attribute name)` for every feature of every token, without
/// allocating a string per feature.
pub fn for_each_feature(
    tokens: &[Token],
    gaz: &Gazetteers,
    phrases: &PhraseGaz,
    clusters: &Clusters,
    emit: &mut dyn FnMut(usize, &str),
) {
    let quotes = quoted(tokens);
    let topics = topics(tokens);
    let infos = infos(tokens, gaz, phrases, clusters);
    let mut buf = String::with_capacity(64);
    for (i, tok) in tokens.iter().enumerate() {
        let mut add = |parts: &[&str]| {
            join_into(&mut buf, parts);
            emit(i, &buf);
        };
        unit_features(tok, &infos[i], gaz, &mut add);
        context_features(tokens, &infos, i, (&quotes, &topics), &mut add);
        bigram_features(&infos, i, &mut add);
        for d in [-2i32, -1, 1, 2] {
            if let Some(n) = infos
                .get((i as i32 + d) as usize)
                .filter(|_| i as i32 + d >= 0)
            {
                neighbour_features(d, n, &mut add);
            }
        }
    }
}

/// Features of a token that depend on the word alone. Inlined, as [`context_features`]
/// is: the scorer's closure is then called directly, each part copied without a call.
#[inline(always)]
fn unit_features(tok: &Token, info: &Info, gaz: &Gazetteers, add: &mut Emit) {
    add(&["b"]);
    add(&["w=", info.norm]);
    add(&["s=", info.stem]);
    add(&["cp=", info.prefix]);
    for n in 1..=3 {
        if let Some(p) = first_n(info.norm, n) {
            add(&["np", digit(n), "=", p]);
        }
        if let Some(p) = last_n(info.norm, n) {
            add(&["ns", digit(n), "=", p]);
        }
        if let Some(p) = first_n(info.key, n) {
            add(&["sp", digit(n), "=", p]);
        }
        if let Some(p) = last_n(info.key, n) {
            add(&["ss", digit(n), "=", p]);
        }
    }
    if info.key != info.stem {
        add(&["k2=", info.key]);
    }
    let len = info.key.chars().count().min(8);
    add(&["len=", digit(len)]);
    if let Some(cv) = vowel_skeleton(info.key) {
        add(&["cv=", &cv]);
    }
    match tok.kind {
        TokenKind::Number => add(&["k=N"]),
        TokenKind::Punct => add(&["k=P", info.norm]),
        TokenKind::Word => {
            if info.norm.chars().any(|c| c.is_ascii_alphabetic()) {
                add(&["k=lat"]);
            }
        }
    }
    let flags = tok.flags(gaz);
    for (bit, name) in [
        (gazetteer::flag::FIRST_NAME, "fn"),
        (gazetteer::flag::LAST_NAME, "ln"),
        (gazetteer::flag::COUNTRY, "ct"),
        (gazetteer::flag::COMMON, "cm"),
    ] {
        if flags & bit != 0 {
            add(&["f=", name]);
        }
    }
    if lexicon::is_nisba(info.norm, tok.clitics.with_article, tok.clitics.article) {
        add(&["nisba"]);
    }
    if let Some(c) = info.cluster {
        let coarse = c.split(':').next().unwrap_or(c);
        add(&["cc=", coarse]);
        add(&["c=", c]);
    }
    if let Some(t) = info.trig {
        add(&["0t=", t]);
    }
    if let Some(b) = info.pn {
        add(&["pn"]);
        add(&["pn=", digit(usize::from(b))]);
    }
    if let Some(b) = info.wf {
        add(&["wf=", FREQ[usize::from(b).min(15)]]);
    }
}

/// Word-frequency buckets as feature values (0: not in the list).
const FREQ: [&str; 16] = [
    "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
];

/// The stem's letters as consonants and long vowels («نيستلروي» → `CVCCCCVV`), for words
/// of 4 to 10 letters: transliterated foreign names have shapes Arabic root patterns
/// rarely make.
fn vowel_skeleton(key: &str) -> Option<String> {
    let n = key.chars().count();
    if !(4..=10).contains(&n) || !key.chars().all(|c| ('\u{0621}'..='\u{064A}').contains(&c)) {
        return None;
    }
    Some(
        key.chars()
            .map(|c| {
                if matches!(c, 'ا' | 'و' | 'ي') {
                    'V'
                } else {
                    'C'
                }
            })
            .collect(),
    )
}

/// Features a word gives the token `d` positions before it (word alone). Inlined, as
/// [`unit_features`] is.
#[inline(always)]
fn neighbour_features(d: i32, n: &Info, add: &mut Emit) {
    if let Some(t) = n.trig {
        add(&[offset(d), "t=", t]);
    }
    add(&[offset(d), "w=", n.norm]);
    add(&[offset(d), "s=", n.key]);
    add(&[offset(d), "cp=", n.prefix]);
    if let Some(c) = n.cluster {
        add(&[offset(d), "c=", c]);
    }
    if d.abs() == 1
        && let Some(p) = last_n(n.key, 2)
    {
        add(&[offset(d), "ss2=", p]);
    }
    if d.abs() == 1
        && let Some(b) = n.pn
    {
        add(&[offset(d), "pn=", digit(usize::from(b))]);
    }
}

/// Features that depend on the position: line start, sentence edges, phrase hits (the
/// stem bigrams are [`bigram_features`]).
/// Inlined: where the tagger calls it for every token ([`Scorer`]), its constant parts
/// («bg-=», «-1g=») are then copied without a call; left to the compiler, this changed
/// with unrelated edits elsewhere in the crate, by 4% of the extraction's instructions.
#[inline(always)]
fn context_features(
    tokens: &[Token],
    infos: &[Info],
    i: usize,
    (quotes, topics): (&[bool], &[&str]),
    add: &mut Emit,
) {
    // Gazetteer hits in a sentence about sport, cars or business.
    for topic in topics {
        if let Some(w) = &infos[i].world {
            add(&[topic, "W=", w.as_ref()]);
        }
        if let Some(g) = &infos[i].gaz {
            add(&[topic, "g=", g.as_ref()]);
        }
    }
    if quotes[i] {
        let first = i == 0 || !quotes[i - 1];
        add(&[if first { "qB" } else { "qI" }]);
        if first && i >= 2 {
            // The word before the opening mark: «برنامج», «سيارة», «فيلم» …
            add(&["qh=", infos[i - 2].key]);
        }
    }
    if tokens[i].line_start {
        add(&["ls"]);
    }
    if i == 0 {
        add(&["BOS"]);
    }
    if i + 1 == tokens.len() {
        add(&["EOS"]);
    }
    for d in [-2i32, -1, 0, 1, 2] {
        let j = i as i32 + d;
        if j < 0 {
            continue;
        }
        if let Some(g) = infos.get(j as usize).and_then(|n| n.gaz.as_ref()) {
            add(&[offset(d), "g=", g.as_ref()]);
        }
        if d.abs() <= 1
            && let Some(w) = infos.get(j as usize).and_then(|n| n.world.as_ref())
        {
            add(&[offset(d), "W=", w.as_ref()]);
        }
        if d.abs() <= 1
            && let Some(a) = infos.get(j as usize).and_then(|n| n.typed.as_ref())
        {
            add(&[offset(d), "A=", a.as_ref()]);
        }
    }
}

/// Stem bigrams with each neighbour, after [`context_features`]. The tagger's hot path
/// ([`Scorer`]) adds the same weights by word ids ([`crate::crf::CrfModel::add_bigram`]).
fn bigram_features(infos: &[Info], i: usize, add: &mut Emit) {
    let me = infos[i].key;
    if i > 0 {
        add(&["bg-=", infos[i - 1].key, "|", me]);
    }
    if let Some(n) = infos.get(i + 1) {
        add(&["bg+=", me, "|", n.key]);
    }
}

/// What the features of each token are computed from (training's path; the [`Scorer`]
/// builds its own from its cache, [`Scorer::infos`]).
fn infos<'t>(
    tokens: &'t [Token],
    gaz: &Gazetteers,
    phrases: &PhraseGaz,
    clusters: &'t Clusters,
) -> Vec<Info<'t>> {
    let hits = hits::owned(phrase_hits(tokens, phrases));
    let world = hits::owned(world_hits(tokens, &gaz.world));
    let typed = hits::owned(typed_hits(tokens, &gaz.typed));
    tokens
        .iter()
        .zip(hits)
        .zip(world)
        .zip(typed)
        .map(|(((t, g), w), ty)| {
            let info = info(t, g, w, ty);
            with_word_level(info, t, gaz, clusters)
        })
        .collect()
}

fn info(t: &Token, g: Hit, world: Hit, typed: Hit) -> Info<'_> {
    let prefix_end = t
        .norm
        .char_indices()
        .nth(t.clitics.with_article)
        .map_or(t.norm.len(), |(b, _)| b);
    Info {
        norm: &t.norm,
        stem: &t.stem,
        key: &t.key,
        prefix: &t.norm[..prefix_end],
        trig: None,
        gaz: g,
        world,
        cluster: None,
        pn: None,
        typed,
        wf: None,
    }
}

/// `info` with what depends on the word alone: trigger, cluster, person-name count.
fn with_word_level<'t>(
    mut info: Info<'t>,
    t: &'t Token,
    gaz: &Gazetteers,
    clusters: &'t Clusters,
) -> Info<'t> {
    info.trig = t.trigger().map(trigger_name);
    info.cluster = clusters.get(&t.key).map(String::as_str);
    info.pn = gaz.person_word_count(t).map(count_bucket);
    if !gaz.word_freq.is_empty() && t.kind == TokenKind::Word {
        info.wf = Some(gaz.word_freq_bucket(t).unwrap_or(0));
    }
    info
}

#[cfg(test)]
mod scorer_tests;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::token::tokenize;

    #[test]
    fn short_quotations_are_marked_and_long_ones_are_not() {
        let toks = tokenize("برنامج « حوار من القلب » على التلفزيون");
        let q = quoted(&toks);
        let marked: Vec<&str> = toks
            .iter()
            .zip(&q)
            .filter(|(_, q)| **q)
            .map(|(t, _)| t.norm.as_str())
            .collect();
        assert_eq!(marked, ["حوار", "من", "القلب"]);

        let long = tokenize("قال « هذا كلام طويل جدا لا يسمي شيئا بعينه » أمس");
        assert!(
            quoted(&long).iter().all(|q| !q),
            "a quoted sentence is not a name"
        );
    }

    #[test]
    fn world_gazetteer_finds_clubs_and_makers_with_their_clitics() {
        let gaz = Gazetteers::static_lists();
        let toks = tokenize("فاز ريال مدريد على بنفيكا وفولكسفاغن");
        let hits = world_hits(&toks, &gaz.world);
        let found: Vec<Option<&str>> = hits.iter().map(|h| h.as_deref()).collect();
        assert_eq!(
            found,
            [
                None,
                Some("B-ORG"),
                Some("I-ORG"),
                None,
                Some("B-ORG"),
                Some("B-ORG")
            ]
        );
    }

    #[test]
    fn vowel_skeletons_cover_mid_length_words_only() {
        assert_eq!(vowel_skeleton("نيستلروي").as_deref(), Some("CVCCCCVV"));
        assert_eq!(vowel_skeleton("قطر"), None);
        assert_eq!(vowel_skeleton("abcd"), None);
    }
}
