//! The compiled form of a knowledge store that extraction uses: every taught name in one
//! Aho–Corasick automaton over folded text, and the rejected strings by key.

use std::sync::{Arc, PoisonError, RwLock};

use aho_corasick::{AhoCorasick, MatchKind};
use rustc_hash::FxHashMap as HashMap;
use sahifa_model::Label;

use super::{KnowledgeStore, Taught, key};
use crate::arabic::{self, fold_char, is_word_char};
use crate::gazetteer::{Gazetteers, flag};
use crate::{Extractor, Span, lexicon};

/// One searched form of a name.
#[derive(Clone, Copy, Debug)]
struct Pattern {
    /// Index of the name (in the order given to the builder).
    name: usize,
    label: Label,
    /// Chars of the pattern.
    len: usize,
    /// The «لل» form of a name with the article («الجيش» → «للجيش»).
    elided: bool,
}

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
    ac: Option<AhoCorasick>,
    patterns: Vec<Pattern>,
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
        let mut forms: Vec<String> = Vec::new();
        let mut patterns = Vec::new();
        for (name, (k, label)) in keys.into_iter().enumerate() {
            let len = k.chars().count();
            if len == 0 {
                continue;
            }
            forms.push(k.to_owned());
            patterns.push(Pattern {
                name,
                label,
                len,
                elided: false,
            });
            if let Some(rest) = k.strip_prefix("ال").filter(|r| r.chars().count() >= 2) {
                forms.push(format!("لل{rest}"));
                patterns.push(Pattern {
                    name,
                    label,
                    len,
                    elided: true,
                });
            }
        }
        let ac = AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            .build(&forms)
            .ok()
            .filter(|_| !forms.is_empty());
        Self {
            ac,
            patterns,
            ..Self::default()
        }
    }

    /// How many name forms are searched.
    pub fn searched(&self) -> usize {
        self.patterns.len()
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
    /// [`arabic::fold`]; runs of spaces count as one). In text order, not overlapping, the
    /// longest first where two start together.
    pub fn find(&self, chars: &[char]) -> Vec<Hit> {
        let Some(ac) = &self.ac else {
            return Vec::new();
        };
        let folded = Folded::new(chars);
        let mut hits: Vec<(usize, usize, Pattern)> = Vec::new();
        for m in ac.find_overlapping_iter(&folded.text) {
            let Some(p) = self.patterns.get(m.pattern().as_usize()) else {
                continue;
            };
            let (Some(s), Some(e)) = (folded.char_at(m.start()), folded.char_at(m.end())) else {
                continue;
            };
            if end_ok(&folded.chars, e) && start_ok(&folded.chars, s, p) {
                hits.push((s, e, *p));
            }
        }
        hits.sort_by_key(|&(s, e, _)| (s, std::cmp::Reverse(e)));
        let mut out = Vec::new();
        let mut free_from = 0;
        for (s, e, p) in hits {
            if s < free_from {
                continue;
            }
            free_from = e;
            if let Some((start, end)) = folded.original(s, e, chars) {
                out.push(Hit {
                    start,
                    end,
                    label: p.label,
                    pattern: p.name,
                });
            }
        }
        out
    }

    /// The pipeline's mentions of `chars` with the user's knowledge applied: rejected
    /// strings dropped, taught names added; where a taught name overlaps a mention, the
    /// taught name wins, unless it lies inside a mention of the same label («الهملان» in
    /// «سيف الهملان»).
    pub(crate) fn apply(&self, chars: &[char], spans: Vec<Span>) -> Vec<Span> {
        let mut hits: Vec<Option<Hit>> = self.find(chars).into_iter().map(Some).collect();
        let mut keep = vec![true; spans.len()];
        for (k, s) in spans.iter().enumerate() {
            if !self.rejected.is_empty() && self.span_rejected(chars, s) {
                keep[k] = false;
                continue;
            }
            let first = hits.partition_point(|h| h.is_none_or(|h| h.end <= s.start));
            let overlapping =
                (first..hits.len()).take_while(|&i| hits[i].is_none_or(|h| h.start < s.end));
            let overlapping: Vec<usize> = overlapping.filter(|&i| hits[i].is_some()).collect();
            let inside = overlapping.iter().all(|&i| {
                hits[i].is_some_and(|h| s.start <= h.start && h.end <= s.end && h.label == s.label)
            });
            if inside {
                for i in overlapping {
                    hits[i] = None;
                }
            } else {
                keep[k] = false;
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

/// A text folded for search, with each folded char's byte offset and original index.
struct Folded {
    text: String,
    chars: Vec<char>,
    bytes: Vec<usize>,
    origin: Vec<usize>,
}

impl Folded {
    fn new(chars: &[char]) -> Self {
        let mut f = Folded {
            text: String::with_capacity(chars.len() * 2),
            chars: Vec::with_capacity(chars.len()),
            bytes: Vec::with_capacity(chars.len()),
            origin: Vec::with_capacity(chars.len()),
        };
        for (i, &c) in chars.iter().enumerate() {
            let Some(mut c) = fold_char(c) else { continue };
            if c.is_whitespace() && c != '\n' {
                if f.chars.last() == Some(&' ') {
                    continue;
                }
                c = ' ';
            }
            f.bytes.push(f.text.len());
            f.text.push(c);
            f.chars.push(c);
            f.origin.push(i);
        }
        f
    }

    /// The folded char index at a byte offset (the end of the text included).
    fn char_at(&self, byte: usize) -> Option<usize> {
        if byte == self.text.len() {
            return Some(self.chars.len());
        }
        self.bytes.binary_search(&byte).ok()
    }

    /// The original char range of folded chars `s..e`, with the marks after the last.
    fn original(&self, s: usize, e: usize, chars: &[char]) -> Option<(usize, usize)> {
        let start = *self.origin.get(s)?;
        let mut end = *self.origin.get(e.checked_sub(1)?)? + 1;
        while end < chars.len() && fold_char(chars[end]).is_none() {
            end += 1;
        }
        (start < end).then_some((start, end))
    }
}

fn end_ok(f: &[char], e: usize) -> bool {
    f.get(e).is_none_or(|&c| !is_word_char(c))
}

/// A hit starts a word, or follows a clitic prefix that does: [و ف]? [ب ك ل]? (only و/ف
/// before the «لل» form), when the name has at least three chars.
fn start_ok(f: &[char], s: usize, p: &Pattern) -> bool {
    if s == 0 || !is_word_char(f[s - 1]) {
        return true;
    }
    if p.len < 3 {
        return false;
    }
    let mut ws = s;
    while ws > 0 && is_word_char(f[ws - 1]) {
        ws -= 1;
        if s - ws > 2 {
            return false;
        }
    }
    match &f[ws..s] {
        [a] if p.elided => matches!(a, 'و' | 'ف'),
        [a] => matches!(a, 'و' | 'ف' | 'ب' | 'ك' | 'ل'),
        [a, b] if !p.elided => matches!(a, 'و' | 'ف') && matches!(b, 'ب' | 'ك' | 'ل'),
        _ => false,
    }
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

/// The pipeline's hook: `spans` of `chars` with the installed knowledge applied.
pub(crate) fn apply(ex: &Extractor, chars: &[char], spans: Vec<Span>) -> Vec<Span> {
    match ex.knowledge.get() {
        Some(k) => k.apply(chars, spans),
        None => spans,
    }
}
