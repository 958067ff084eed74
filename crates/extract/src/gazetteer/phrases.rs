//! Phrase gazetteers: multi-word names keyed by their tokens' stems, with counts per
//! type, matched longest-first through a trie of word ids.

use rustc_hash::FxHashMap as HashMap;
use sahifa_model::Label;

use crate::ExtractError;
use crate::token::{Token, TokenKind};

/// Entity types of the training data, in file column order.
pub const GAZ_TYPES: [&str; 4] = ["PERS", "LOC", "ORG", "MISC"];

/// The column of [`GAZ_TYPES`] that counts `label` (any other type counts as MISC).
pub fn type_index(label: Label) -> usize {
    match label {
        Label::Person => 0,
        Label::Location => 1,
        Label::Org => 2,
        _ => 3,
    }
}

/// Longest phrase (in tokens) a gazetteer holds.
pub const MAX_PHRASE: usize = 6;

/// Counts for one phrase.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PhraseCounts {
    /// Entity occurrences per type (order of [`GAZ_TYPES`]).
    pub by_type: [u32; 4],
    /// Occurrences of the phrase in the corpora, tagged or not (at least the sum above).
    pub total: u32,
}

impl PhraseCounts {
    /// The most frequent type and its share of all occurrences.
    pub fn best(&self) -> Option<(usize, f32)> {
        let (t, &n) = self.by_type.iter().enumerate().max_by_key(|(_, n)| **n)?;
        if n == 0 {
            return None;
        }
        let total = self.total.max(self.by_type.iter().sum::<u32>()).max(1);
        Some((t, n as f32 / total as f32))
    }
}

/// Entity phrases keyed by space-joined stems.
#[derive(Clone, Debug, Default)]
pub struct PhraseGaz {
    /// Phrase → counts. Read-only after [`PhraseGaz::new`], which indexes it.
    pub map: HashMap<String, PhraseCounts>,
    /// The same phrases as a trie over word ids, so matching looks up each stem once and
    /// stops as soon as no phrase goes on.
    trie: Trie,
}

/// A word trie over the phrases of a [`PhraseGaz`]: node 0 is the root.
#[derive(Clone, Debug, Default)]
struct Trie {
    /// Stem → word id. The words that begin a phrase have the ids below `firsts`, and the
    /// root's child for such a word is node `id + 1`: every token of every sentence takes
    /// this first step, «قال» and «الامم» alike, and it reads no table.
    vocab: HashMap<String, u32>,
    /// How many words begin a phrase.
    firsts: u32,
    /// (node, word id) → child node, below the root.
    edges: HashMap<(u32, u32), u32>,
    /// One bit per node: whether a phrase ends there (a few kilobytes, where `counts` is
    /// megabytes: most steps end no phrase, and now read no count).
    ends: Vec<u64>,
    /// Counts of the phrase ending at each node, if one does.
    counts: Vec<Option<PhraseCounts>>,
}

impl Trie {
    fn new(map: &HashMap<String, PhraseCounts>) -> Self {
        let mut t = Trie::default();
        for key in map.keys() {
            let first = key.split(' ').next().unwrap_or_default();
            let next_id = t.vocab.len() as u32;
            t.vocab.entry(first.to_owned()).or_insert(next_id);
        }
        t.firsts = t.vocab.len() as u32;
        t.counts = vec![None; t.vocab.len() + 1];
        for (key, c) in map {
            let mut node = 0u32;
            for word in key.split(' ') {
                let next_id = t.vocab.len() as u32;
                let id = *t.vocab.entry(word.to_owned()).or_insert(next_id);
                node = t.child_or_new(node, id);
            }
            t.counts[node as usize] = Some(*c);
        }
        t.ends = vec![0; t.counts.len().div_ceil(64)];
        for (node, c) in t.counts.iter().enumerate() {
            if c.is_some() {
                t.ends[node / 64] |= 1 << (node % 64);
            }
        }
        t
    }

    /// The child of `node` for word `id`, made when there is none yet (the root has one
    /// for every first word already).
    fn child_or_new(&mut self, node: u32, id: u32) -> u32 {
        if node == 0 {
            return id + 1;
        }
        let next_node = self.counts.len() as u32;
        let child = *self.edges.entry((node, id)).or_insert(next_node);
        if child == next_node {
            self.counts.push(None);
        }
        child
    }

    /// The child of `node` for word `id`, if a phrase goes on that way.
    #[inline]
    fn child(&self, node: u32, id: u32) -> Option<u32> {
        if node == 0 {
            (id < self.firsts).then_some(id + 1)
        } else {
            self.edges.get(&(node, id)).copied()
        }
    }

    /// The counts of the phrase ending at `node`, if one does.
    #[inline]
    fn ending_at(&self, node: u32) -> Option<PhraseCounts> {
        let node = node as usize;
        let bits = self.ends.get(node / 64).copied().unwrap_or(0);
        if bits >> (node % 64) & 1 == 0 {
            return None;
        }
        self.counts.get(node).copied().flatten()
    }

    /// Word ids of stems; `None` for punctuation (empty stems) and unknown words.
    fn ids(&self, stems: &[&str]) -> Vec<Option<u32>> {
        stems
            .iter()
            .map(|s| {
                if s.is_empty() {
                    None
                } else {
                    self.vocab.get(*s).copied()
                }
            })
            .collect()
    }

    /// The longest phrase starting at `ids[i]`, at most [`MAX_PHRASE`] words.
    fn longest_at(&self, ids: &[Option<u32>], i: usize) -> Option<(usize, PhraseCounts)> {
        // Most words start no phrase: answer them before setting up the walk.
        ids.get(i)
            .copied()
            .flatten()
            .and_then(|id| self.child(0, id))?;
        let mut best = None;
        let mut node = 0u32;
        for (n, id) in ids[i..].iter().take(MAX_PHRASE).enumerate() {
            let Some(next) = id.and_then(|id| self.child(node, id)) else {
                break;
            };
            node = next;
            if let Some(c) = self.ending_at(node) {
                best = Some((n + 1, c));
            }
        }
        best
    }
}

impl PhraseGaz {
    /// Parses the `harvested.tsv` format.
    pub fn parse(text: &str) -> Result<Self, ExtractError> {
        let mut map = HashMap::default();
        for (n, line) in text.lines().enumerate() {
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let cols: Vec<&str> = line.split('\t').collect();
            if cols.len() != 6 {
                return Err(ExtractError::Gazetteer(format!(
                    "harvested.tsv line {}: expected 6 columns, found {}",
                    n + 1,
                    cols.len()
                )));
            }
            let mut c = PhraseCounts::default();
            for (k, col) in cols[1..5].iter().enumerate() {
                c.by_type[k] = col.parse().map_err(|_| {
                    ExtractError::Gazetteer(format!("harvested.tsv line {}: bad count", n + 1))
                })?;
            }
            c.total = cols[5].parse().map_err(|_| {
                ExtractError::Gazetteer(format!("harvested.tsv line {}: bad total", n + 1))
            })?;
            map.insert(cols[0].to_owned(), c);
        }
        Ok(Self::new(map))
    }

    /// A gazetteer over these phrases.
    pub fn new(map: HashMap<String, PhraseCounts>) -> Self {
        let trie = Trie::new(&map);
        Self { map, trie }
    }

    /// Writes the `harvested.tsv` format, sorted for reproducibility.
    pub fn to_tsv(&self) -> String {
        let mut rows: Vec<_> = self.map.iter().collect();
        rows.sort_by(|a, b| a.0.cmp(b.0));
        let mut out = String::from("# phrase\tPERS\tLOC\tORG\tMISC\ttotal\n");
        for (k, c) in rows {
            let [p, l, o, m] = c.by_type;
            out.push_str(&format!("{k}\t{p}\t{l}\t{o}\t{m}\t{}\n", c.total));
        }
        out
    }

    /// The longest phrase starting at `stems[i]`: (length in tokens, counts).
    pub fn longest_at(&self, stems: &[&str], i: usize) -> Option<(usize, PhraseCounts)> {
        let window = &stems[i..stems.len().min(i + MAX_PHRASE)];
        self.trie.longest_at(&self.trie.ids(window), 0)
    }

    /// The longest phrase starting at each position of `stems` ([`PhraseGaz::longest_at`]
    /// everywhere, each stem looked up once).
    pub fn longest_at_each(&self, stems: &[&str]) -> Vec<Option<(usize, PhraseCounts)>> {
        if self.map.is_empty() {
            return vec![None; stems.len()];
        }
        let ids = self.trie.ids(stems);
        (0..ids.len())
            .map(|i| self.trie.longest_at(&ids, i))
            .collect()
    }

    /// [`PhraseGaz::longest_at_each`] over word ids ([`PhraseGaz::word_id`]).
    pub fn longest_at_each_of_ids(
        &self,
        ids: &[Option<u32>],
    ) -> Vec<Option<(usize, PhraseCounts)>> {
        (0..ids.len())
            .map(|i| self.trie.longest_at(ids, i))
            .collect()
    }

    /// The longest phrase at each position, scanning left to right and skipping past each
    /// match, so matches never overlap: `(start, length in tokens, counts)`.
    pub fn longest_matches(&self, stems: &[&str]) -> Vec<(usize, usize, PhraseCounts)> {
        if self.map.is_empty() {
            return Vec::new();
        }
        self.longest_matches_of_ids(&self.trie.ids(stems))
    }

    /// The id of a stem among the words of the phrases ([`PhraseGaz::word_id`] of each
    /// of [`phrase_stems`] is what [`PhraseGaz::longest_matches_of_ids`] takes); `None`
    /// for an empty stem and a word no phrase holds.
    pub fn word_id(&self, stem: &str) -> Option<u32> {
        if stem.is_empty() {
            None
        } else {
            self.trie.vocab.get(stem).copied()
        }
    }

    /// The counts of the one-word phrase of the word with id `id` ([`PhraseGaz::word_id`]):
    /// `map.get(word)` without hashing the word again.
    pub fn word_counts(&self, id: Option<u32>) -> Option<PhraseCounts> {
        self.trie.ending_at(self.trie.child(0, id?)?)
    }

    /// [`PhraseGaz::longest_matches`] over word ids ([`PhraseGaz::word_id`]), for callers
    /// that keep the ids of the words they have seen.
    pub fn longest_matches_of_ids(&self, ids: &[Option<u32>]) -> Vec<(usize, usize, PhraseCounts)> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < ids.len() {
            match self.trie.longest_at(ids, i) {
                Some((n, counts)) => {
                    out.push((i, n, counts));
                    i += n;
                }
                None => i += 1,
            }
        }
        out
    }
}

/// Calls `visit(n, key)` for each phrase key starting at `stems[i]`, shortest first: `key`
/// is `n` stems joined by spaces, `n` at most [`MAX_PHRASE`]. Stops at an empty stem
/// (punctuation, see [`phrase_stems`]) or when `visit` returns false.
pub fn for_each_phrase_at(stems: &[&str], i: usize, mut visit: impl FnMut(usize, &str) -> bool) {
    let mut key = String::new();
    for (n, s) in stems[i..].iter().take(MAX_PHRASE).enumerate() {
        if s.is_empty() {
            break;
        }
        if n > 0 {
            key.push(' ');
        }
        key.push_str(s);
        if !visit(n + 1, &key) {
            break;
        }
    }
}

/// The stems [`PhraseGaz`] keys are made of, one per token: the token's key, or an empty
/// string for punctuation, which no phrase crosses. The gazetteer is harvested
/// (`sahifa-ner train`) and looked up (the tagger's features) on the same stems.
pub fn phrase_stems(tokens: &[Token]) -> Vec<&str> {
    tokens
        .iter()
        .map(|t| {
            if t.kind == TokenKind::Punct {
                ""
            } else {
                t.key.as_str()
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gazetteer::Gazetteers;

    /// The matching of the phrase gazetteers before their trie: the key of every prefix
    /// looked up as a string.
    fn longest_by_keys(g: &PhraseGaz, stems: &[&str], i: usize) -> Option<(usize, PhraseCounts)> {
        let mut best = None;
        for n in 1..=MAX_PHRASE.min(stems.len() - i) {
            if stems[i..i + n].iter().any(|s| s.is_empty()) {
                break;
            }
            if let Some(c) = g.map.get(&stems[i..i + n].join(" ")) {
                best = Some((n, *c));
            }
        }
        best
    }

    #[test]
    fn the_phrase_trie_finds_what_looking_up_every_key_finds() {
        let g = Gazetteers::shipped().expect("shipped lists");
        let text = "قال رئيس الوزراء في الأمم المتحدة إن ريال مدريد و نادي برشلونة . \
            والولايات المتحدة الأمريكية وجمهورية مصر العربية ، محمد بن سلمان ولي العهد";
        let toks = crate::token::tokenize(text);
        let stems = phrase_stems(&toks);
        for gaz in [&g.phrases, &g.world, &g.typed] {
            let each = gaz.longest_at_each(&stems);
            let mut found = 0;
            for (i, got) in each.iter().enumerate() {
                let want = longest_by_keys(gaz, &stems, i);
                found += usize::from(want.is_some());
                assert_eq!(gaz.longest_at(&stems, i), want, "at {i}");
                assert_eq!(*got, want, "at {i}");
                let one = gaz.word_counts(gaz.word_id(stems[i]));
                assert_eq!(one, gaz.map.get(stems[i]).copied(), "{}", stems[i]);
            }
            assert!(found > 3, "the sentence holds listed names");
        }
    }
}
