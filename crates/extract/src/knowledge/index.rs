//! The compiled form of a knowledge store that extraction uses: taught names by folded key,
//! looked up token by token over the pipeline's own tokens (a few hash probes per word,
//! no second pass over the text), and rejected strings.

use std::sync::{Arc, PoisonError, RwLock};

use std::borrow::Cow;

use rustc_hash::{FxHashMap as HashMap, FxHashSet};
use sahifa_model::Label;

use super::{KnowledgeStore, Taught, key, overlap};
use crate::arabic;
use crate::gazetteer::{Gazetteers, flag};
use crate::token::{self, Token, TokenKind};
use crate::{Extractor, Span, lexicon};

/// A taught name found in a text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hit {
    /// First char (inclusive) in the text searched, after any leading clitic.
    pub start: usize,
    /// One past the last char (trailing marks included).
    pub end: usize,
    /// The label it was taught with.
    pub label: Label,
    /// Index of the name in the order the index was built from.
    pub pattern: usize,
}

/// Taught names and rejected strings ready for extraction. Built from a store with
/// [`Extractor::set_knowledge`] (which also installs it), shared read-only.
#[derive(Debug, Default)]
pub struct KnowledgeIndex {
    /// Searched keys: the name's index (in build order) and label.
    names: HashMap<String, (usize, Label)>,
    /// First token of a searched key → the most tokens of a key starting with it.
    first: HashMap<String, usize>,
    /// Every taught key (searched or not) and its label.
    taught: HashMap<String, Label>,
    /// Rejected keys: a bit per label index, bit 7 for "any".
    rejected: HashMap<String, u8>,
}

const ANY: u8 = 1 << 7;

fn label_bit(label: Label) -> u8 {
    1 << Label::ALL.iter().position(|&l| l == label).unwrap_or(0)
}

impl KnowledgeIndex {
    /// Builds the index of a store. With the extractor's gazetteers, a single common word
    /// is searched only once taught in two lessons, and particles, number and calendar
    /// words never (they stay taught: [`KnowledgeIndex::taught_label`] knows them).
    pub fn build(store: &KnowledgeStore, gaz: Option<&Gazetteers>) -> Self {
        let searched: Vec<&Taught> = store.taught().filter(|t| is_searched(t, gaz)).collect();
        let mut index = Self::from_keys(searched.iter().map(|t| (t.key.as_str(), t.label)));
        index.taught = store.taught().map(|t| (t.key.clone(), t.label)).collect();
        for r in store.rejected() {
            *index.rejected.entry(r.key.clone()).or_default() |= r.label.map_or(ANY, label_bit);
        }
        index
    }

    /// An index searching these folded keys ([`super::key`]) with their labels; hits
    /// carry the position of their key in this sequence.
    pub fn from_keys<'a>(keys: impl IntoIterator<Item = (&'a str, Label)>) -> Self {
        let mut index = Self::default();
        for (name, (k, label)) in keys.into_iter().enumerate() {
            let tokens = token::tokenize(k);
            let Some(first) = tokens.first() else {
                continue;
            };
            let most = index.first.entry(first.norm.clone()).or_default();
            *most = (*most).max(tokens.len());
            index.names.insert(k.to_owned(), (name, label));
        }
        index
    }

    /// How many names are searched.
    pub fn searched(&self) -> usize {
        self.names.len()
    }

    /// The label `text` was taught with (folded comparison), for the tooltip «from your
    /// annotations».
    pub fn taught_label(&self, text: &str) -> Option<Label> {
        self.taught.get(&key(text)).copied()
    }

    /// True when the user rejected `text` under `label` or under any label.
    pub fn is_rejected(&self, text: &str, label: Label) -> bool {
        self.rejected_key(&key(text), label)
    }

    fn rejected_key(&self, k: &str, label: Label) -> bool {
        self.rejected
            .get(k)
            .is_some_and(|&bits| bits & (ANY | label_bit(label)) != 0)
    }

    /// Taught names in `chars`: whole words, after an optional leading clitic (و ف ب ك ل,
    /// «لل» for a name with the article), spelled loosely (the folding of
    /// [`arabic::fold`]; runs of spaces count as one). In text order, not overlapping: at
    /// each word the whole word before a clitic reading, and the longest name.
    pub fn find(&self, chars: &[char]) -> Vec<Hit> {
        if self.names.is_empty() {
            return Vec::new();
        }
        self.find_in_tokens(chars, &token::tokenize_chars(chars))
    }

    /// [`KnowledgeIndex::find`] over the tokens of `chars`.
    fn find_in_tokens(&self, chars: &[char], tokens: &[Token]) -> Vec<Hit> {
        if self.names.is_empty() {
            return Vec::new();
        }
        let mut found: Vec<Found> = Vec::new();
        let mut i = 0;
        while i < tokens.len() {
            match self.longest_at(chars, tokens, i) {
                Some(h) => {
                    i += h.tokens;
                    found.push(h);
                }
                None => i += 1,
            }
        }
        // «لدينا» is not ل + «دينا»: one word after a clitic only when it also stands
        // alone in the piece (as the pipeline strips clitics).
        let alone: FxHashSet<usize> = found.iter().filter(|h| !h.clitic).map(|h| h.name).collect();
        found
            .into_iter()
            .filter(|h| !(h.clitic && h.bare_word) || alone.contains(&h.name))
            .map(|h| Hit {
                start: h.start,
                end: h.end,
                label: h.label,
                pattern: h.name,
            })
            .collect()
    }

    /// The name starting at token `i` (see [`KnowledgeIndex::find`]).
    fn longest_at(&self, chars: &[char], tokens: &[Token], i: usize) -> Option<Found> {
        let t = &tokens[i];
        if t.kind != TokenKind::Word {
            return None;
        }
        for (skip, elided) in clitic_readings(&t.norm) {
            let first: Cow<'_, str> = match (elided, t.norm.get(skip..)) {
                (false, Some(rest)) => Cow::Borrowed(rest),
                (true, Some(rest)) => match rest.get(4..) {
                    Some(r) => Cow::Owned(format!("ال{r}")),
                    None => continue,
                },
                (_, None) => continue,
            };
            let Some(&most) = self.first.get(first.as_ref()) else {
                continue;
            };
            let clitic = skip > 0 || elided;
            if clitic && (first.chars().count() < 3 || lexicon::is_function_word(&t.norm)) {
                continue;
            }
            let mut keys = vec![first.into_owned()];
            for j in i + 1..tokens.len().min(i + most) {
                let Some(sep) = separator(chars, &tokens[j - 1], &tokens[j]) else {
                    break;
                };
                let Some(last) = keys.last() else { break };
                let key = format!("{last}{sep}{}", tokens[j].norm);
                keys.push(key);
            }
            for (n, key) in keys.iter().enumerate().rev() {
                let Some(&(name, label)) = self.names.get(key.as_str()) else {
                    continue;
                };
                let skip_chars = t.norm.get(..skip).map_or(0, |p| p.chars().count());
                return Some(Found {
                    start: token::original_offset(chars, t, skip_chars),
                    end: tokens[i + n].end,
                    tokens: n + 1,
                    name,
                    label,
                    clitic: skip > 0 && !elided,
                    bare_word: n == 0 && !key.starts_with("ال"),
                });
            }
        }
        None
    }

    /// The pipeline's mentions of `chars` with the user's knowledge applied: rejected
    /// strings dropped, taught names added. Where a taught name overlaps a mention, the
    /// taught name wins, unless it is the same mention with the same label, or it lies
    /// inside a longer mention that stands as a name of its own («الهملان» in «سيف
    /// الهملان», «قطر» in «مصرف قطر المركزي»; see [`overlap::settle`]).
    pub(crate) fn apply(
        &self,
        chars: &[char],
        tokens: &[Token],
        gaz: &Gazetteers,
        mut spans: Vec<Span>,
    ) -> Vec<Span> {
        let mut hits: Vec<Option<Hit>> = self
            .find_in_tokens(chars, tokens)
            .into_iter()
            .map(Some)
            .collect();
        let mut keep = vec![true; spans.len()];
        for (k, s) in spans.iter_mut().enumerate() {
            if !self.rejected.is_empty() && self.span_rejected(chars, s) {
                keep[k] = false;
                continue;
            }
            let first = hits.partition_point(|h| h.is_none_or(|h| h.end <= s.start));
            let overlapping =
                (first..hits.len()).take_while(|&i| hits[i].is_none_or(|h| h.start < s.end));
            let overlapping: Vec<usize> = overlapping.filter(|&i| hits[i].is_some()).collect();
            let inside: Vec<Hit> = overlapping.iter().filter_map(|&i| hits[i]).collect();
            let all_inside = inside.iter().all(|h| s.start <= h.start && h.end <= s.end);
            let same = inside.len() == 1
                && inside[0].start == s.start
                && inside[0].end == s.end
                && inside[0].label == s.label;
            let outcome = if same || inside.is_empty() {
                overlap::Outcome::Mention
            } else if all_inside && inside.iter().any(|h| h.end - h.start < s.end - s.start) {
                overlap::settle(tokens, gaz, s, &inside)
            } else {
                overlap::Outcome::Taught { cut: None }
            };
            match outcome {
                overlap::Outcome::Mention => {
                    for i in overlapping {
                        hits[i] = None;
                    }
                }
                overlap::Outcome::Taught { cut: Some(end) } => s.end = end,
                overlap::Outcome::Taught { cut: None } => keep[k] = false,
            }
        }
        merge(spans, &keep, hits.into_iter().flatten())
    }

    /// A mention whose text, or its text without a leading clitic letter, was rejected.
    fn span_rejected(&self, chars: &[char], s: &Span) -> bool {
        let Some(text) = chars.get(s.start..s.end) else {
            return false;
        };
        let k = key(&text.iter().collect::<String>());
        if self.rejected_key(&k, s.label) {
            return true;
        }
        let mut c = k.chars();
        matches!(c.next(), Some('و' | 'ف' | 'ب' | 'ل' | 'ك'))
            && c.as_str().chars().count() >= 3
            && self.rejected_key(c.as_str(), s.label)
    }
}

/// The kept spans (alias indices renumbered, titles a taught name took cleared) and the
/// taught hits, in text order.
fn merge(spans: Vec<Span>, keep: &[bool], hits: impl Iterator<Item = Hit>) -> Vec<Span> {
    let hits: Vec<Hit> = hits.collect();
    let mut new_index = vec![None; spans.len()];
    let mut n = 0;
    for (k, &kept) in keep.iter().enumerate() {
        if kept {
            new_index[k] = Some(n);
            n += 1;
        }
    }
    let mut out: Vec<Span> = Vec::with_capacity(n + hits.len());
    for (mut s, &kept) in spans.into_iter().zip(keep) {
        if !kept {
            continue;
        }
        s.alias_of = s.alias_of.and_then(|a| new_index.get(a).copied().flatten());
        if let Some((ts, te)) = s.title
            && hits.iter().any(|h| h.start < te && ts < h.end)
        {
            s.title = None;
        }
        out.push(s);
    }
    let extra = hits.into_iter().map(|h| Span {
        start: h.start,
        end: h.end,
        label: h.label,
        title: None,
        alias_of: None,
    });
    out.extend(extra);
    // Stable: kept spans' aliases point at indices, so only reorder when hits were added.
    if out.len() > n {
        let mut order: Vec<usize> = (0..out.len()).collect();
        order.sort_by_key(|&i| (out[i].start, out[i].end));
        let mut pos = vec![0; out.len()];
        for (new, &old) in order.iter().enumerate() {
            pos[old] = new;
        }
        let mut sorted: Vec<Option<Span>> = out.into_iter().map(Some).collect();
        out = order
            .iter()
            .filter_map(|&old| sorted[old].take())
            .map(|mut s| {
                s.alias_of = s.alias_of.and_then(|a| pos.get(a).copied());
                s
            })
            .collect();
    }
    out
}

/// Whether a taught name is searched in new articles (see the module rules).
fn is_searched(t: &Taught, gaz: Option<&Gazetteers>) -> bool {
    let letters = t.key.chars().filter(|c| c.is_alphabetic()).count();
    if letters < 2 || t.label == Label::Date {
        return false;
    }
    if t.key.contains(' ') {
        return true;
    }
    let chars: Vec<char> = t.key.chars().collect();
    let stem: String = chars[arabic::clitics(&chars).with_article..]
        .iter()
        .collect();
    if lexicon::never_a_name_alone(&t.text, &t.key, &stem) {
        return false;
    }
    let common = lexicon::is_function_word(&t.key)
        || gaz.is_some_and(|g| (g.flags(&stem) | g.flags(&t.key)) & flag::COMMON != 0);
    !common || t.count >= 2
}

/// A name found at a token.
struct Found {
    /// First original char (after the clitic).
    start: usize,
    /// One past the last original char.
    end: usize,
    tokens: usize,
    name: usize,
    label: Label,
    /// After a clitic letter (not the «لل» of the article).
    clitic: bool,
    /// One word without the article.
    bare_word: bool,
}

/// What joins two tokens in a key: one space for any run of spaces, nothing when they
/// touch («د.»); `None` across a line break.
fn separator(chars: &[char], a: &Token, b: &Token) -> Option<&'static str> {
    let between = chars.get(a.end..b.start)?;
    if between.contains(&'\n') {
        None
    } else if between.iter().any(|c| c.is_whitespace()) {
        Some(" ")
    } else {
        Some("")
    }
}

/// Where a name may start in a folded word, in bytes (Arabic letters are two), and
/// whether it is the «لل» of the article (the name is then «ال» + what follows it): the
/// whole word first, then after و/ف, ب/ك/ل, or both («وبالدوحة», «للجيش», «وللجيش»).
fn clitic_readings(w: &str) -> impl Iterator<Item = (usize, bool)> + '_ {
    // The first four chars in an array, not a Vec: this runs for every word of every text.
    let mut first = [None; 4];
    for (slot, ch) in first.iter_mut().zip(w.chars()) {
        *slot = Some(ch);
    }
    let c = |k: usize| first.get(k).copied().flatten();
    let conj = |k: usize| matches!(c(k), Some('و' | 'ف'));
    let prep = |k: usize| matches!(c(k), Some('ب' | 'ك' | 'ل'));
    let elided_at = |k: usize| c(k) == Some('ل') && c(k + 1) == Some('ل');
    let readings = [
        (true, 0, false),
        (elided_at(0), 0, true),
        (conj(0) || prep(0), 2, false),
        (conj(0) && elided_at(1), 2, true),
        (conj(0) && prep(1), 4, false),
    ];
    readings
        .into_iter()
        .filter(move |&(ok, skip, _)| ok && skip < w.len())
        .map(|(_, skip, elided)| (skip, elided))
}

/// The index an extractor uses, swapped whole when the store changes.
#[derive(Default)]
pub(crate) struct Slot(RwLock<Option<Arc<KnowledgeIndex>>>);

impl Slot {
    fn get(&self) -> Option<Arc<KnowledgeIndex>> {
        self.0
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }

    fn set(&self, index: Option<Arc<KnowledgeIndex>>) {
        *self.0.write().unwrap_or_else(PoisonError::into_inner) = index;
    }
}

impl Extractor {
    /// Uses `store` in every later extraction (replacing what was installed): taught names
    /// are found in any article, rejected strings are not proposed. Call again after the
    /// store changes (after [`KnowledgeStore::save`]). Returns the installed index.
    pub fn set_knowledge(&self, store: &KnowledgeStore) -> Arc<KnowledgeIndex> {
        let index = Arc::new(KnowledgeIndex::build(store, Some(&self.gaz)));
        self.knowledge.set(Some(Arc::clone(&index)));
        index
    }

    /// [`Extractor::set_knowledge`] for a new extractor.
    pub fn with_knowledge(self, store: &KnowledgeStore) -> Self {
        self.set_knowledge(store);
        self
    }

    /// Extracts without the user's knowledge from now on.
    pub fn clear_knowledge(&self) {
        self.knowledge.set(None);
    }

    /// The knowledge in use, if any (for [`KnowledgeIndex::taught_label`] in a tooltip).
    pub fn knowledge(&self) -> Option<Arc<KnowledgeIndex>> {
        self.knowledge.get()
    }
}

/// The pipeline's hook: `spans` of `chars` (tokenised as `tokens`) with the installed
/// knowledge applied.
pub(crate) fn apply(
    ex: &Extractor,
    chars: &[char],
    tokens: &[Token],
    spans: Vec<Span>,
) -> Vec<Span> {
    match ex.knowledge.get() {
        Some(k) => k.apply(chars, tokens, &ex.gaz, spans),
        None => spans,
    }
}
