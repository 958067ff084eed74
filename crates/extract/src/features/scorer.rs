//! The tagger's hot path: CRF state scores of a sentence from a cache of each word's own
//! scores ([`WordCache`]), so a word seen before («الرئيس», «قال») costs a lookup, not its
//! sixty feature strings; only the features that depend on the position are looked up per
//! token.

use super::hits;
use super::{
    Info, context_features, info, join_into, neighbour_features, unit_features, with_word_level,
};
use crate::crf::Side;
use crate::gazetteer::{self, Gazetteers, PhraseGaz};
use crate::rules::WordTables;
use crate::sentence::{quoted, topics};
use crate::token::Token;

/// CRF state scores with a per-call cache of the word-only features: each distinct word's
/// own scores and the scores it gives its neighbours are looked up once.
pub struct Scorer<'a> {
    crf: &'a crate::crf::CrfModel,
    gaz: &'a Gazetteers,
    cache: &'a mut WordCache,
    buf: String,
    /// The cache index of each token of the sentence last scored (kept for
    /// [`Scorer::word_ids`], and so that no sentence allocates its own).
    idxs: Vec<usize>,
}

/// Scores of the word-only features, per folded word: `[own | as neighbour at -2 | -1 |
/// +1 | +2]`, `L` scores each. Valid for one model; kept across documents by the
/// [`crate::Extractor`], cleared when it grows past [`WordCache::MAX_WORDS`].
#[derive(Debug, Default)]
pub struct WordCache {
    index: rustc_hash::FxHashMap<String, u32>,
    data: Vec<f32>,
    /// Per word: its ids in the phrase, world and typed gazetteers
    /// ([`PhraseGaz::word_id`]), so phrase matching looks no word up twice.
    gaz_ids: Vec<crate::gazetteer::WordIds>,
    /// Per word: whether it is a topic word ([`topics`]), so a sentence without one (most
    /// of them) is not compared with the topic lists word by word.
    topical: Vec<bool>,
    /// Per word: what the rules' tables hold for it ([`WordTables`]), made once per word.
    tables: Vec<WordTables>,
    /// Per word: the id of its key among the model's bigram words
    /// ([`crate::crf::CrfModel::bigram_word`]).
    bigram_ids: Vec<Option<u32>>,
}

impl WordCache {
    /// Most words kept before the cache starts afresh (bounded memory).
    pub const MAX_WORDS: usize = 200_000;
}

/// Word caches shared by the threads extracting with one [`crate::Extractor`]: each
/// extraction takes whichever cache no other thread holds, so threads do not wait for
/// each other. Every cache holds the same scores for a word, so which one a thread takes
/// never changes the output.
#[derive(Debug)]
pub struct SharedCache {
    shards: Vec<std::sync::Mutex<WordCache>>,
}

impl Default for SharedCache {
    fn default() -> Self {
        let n = std::thread::available_parallelism().map_or(4, |n| n.get().clamp(2, 16));
        Self {
            shards: (0..n).map(|_| Default::default()).collect(),
        }
    }
}

impl SharedCache {
    /// Runs `f` with a cache no other thread is using (waiting for one only when every
    /// cache is busy).
    pub fn with<T>(&self, f: impl FnOnce(&mut WordCache) -> T) -> T {
        use std::sync::{PoisonError, TryLockError};
        for shard in &self.shards {
            match shard.try_lock() {
                Ok(mut c) => return f(&mut c),
                // A poisoned lock only means another extraction panicked mid-way: the
                // cache holds complete entries only, so it is safe to go on with it.
                Err(TryLockError::Poisoned(p)) => return f(&mut p.into_inner()),
                Err(TryLockError::WouldBlock) => {}
            }
        }
        let mut c = self.shards[0]
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        f(&mut c)
    }
}

const OFFSETS: [i32; 4] = [-2, -1, 1, 2];

impl<'a> Scorer<'a> {
    /// A scorer using (and filling) `cache`.
    pub fn new(
        crf: &'a crate::crf::CrfModel,
        gaz: &'a Gazetteers,
        cache: &'a mut WordCache,
    ) -> Self {
        if cache.index.len() > WordCache::MAX_WORDS {
            *cache = WordCache::default();
        }
        Self {
            crf,
            gaz,
            cache,
            buf: String::with_capacity(64),
            idxs: Vec::new(),
        }
    }

    /// The gazetteer word ids of the tokens of the sentence last scored
    /// ([`crate::gazetteer::WordIds`]), from the cache: the rules match the lists on them
    /// again without looking a word up a second time.
    pub fn word_ids(&self) -> impl Iterator<Item = crate::gazetteer::WordIds> + '_ {
        self.idxs.iter().map(|&k| self.cache.gaz_ids[k])
    }

    /// The [`WordTables`] of the tokens of the sentence last scored, from the cache.
    pub fn word_tables(&self) -> impl Iterator<Item = WordTables> + '_ {
        self.idxs.iter().map(|&k| self.cache.tables[k])
    }

    /// State scores (`T × L`) of a sentence into `scores`; the same sums as looking up
    /// every attribute of [`for_each_feature`](super::for_each_feature).
    pub fn sentence_scores(&mut self, tokens: &[Token], scores: &mut Vec<f32>) {
        let l = self.crf.num_labels();
        scores.clear();
        scores.resize(tokens.len() * l, 0.0);
        let quotes = quoted(tokens);
        let mut idxs = std::mem::take(&mut self.idxs);
        idxs.clear();
        idxs.extend(tokens.iter().map(|t| self.word_index(t)));
        let topics = if idxs.iter().any(|&k| self.cache.topical[k]) {
            topics(tokens)
        } else {
            Vec::new()
        };
        let infos = self.infos(tokens, &idxs);
        let crf = self.crf;
        for (i, &idx) in idxs.iter().enumerate() {
            let v = &self.cache.data[idx * 5 * l..(idx + 1) * 5 * l];
            for (a, b) in scores[i * l..(i + 1) * l].iter_mut().zip(&v[..l]) {
                *a += b;
            }
            // This word is the neighbour at offset d of token i - d.
            for (k, d) in OFFSETS.iter().enumerate() {
                let target = i as i32 - d;
                if target < 0 || target as usize >= tokens.len() {
                    continue;
                }
                let t = target as usize;
                let src = &v[(k + 1) * l..(k + 2) * l];
                for (a, b) in scores[t * l..(t + 1) * l].iter_mut().zip(src) {
                    *a += b;
                }
            }
            let buf = &mut self.buf;
            let row = &mut scores[i * l..(i + 1) * l];
            context_features(tokens, &infos, i, (&quotes, &topics), &mut |parts| {
                join_into(buf, parts);
                crf.add_state(buf, row);
            });
            // The stem bigrams (features::bigram_features), by word ids.
            let me = self.cache.bigram_ids[idx];
            if i > 0 {
                let before = self.cache.bigram_ids[idxs[i - 1]];
                crf.add_bigram(Side::Before, before, me, row);
            }
            if let Some(&next) = idxs.get(i + 1) {
                crf.add_bigram(Side::After, me, self.cache.bigram_ids[next], row);
            }
        }
        self.idxs = idxs;
    }

    /// The cache index of `tok`'s word: its word-only features are scored (and its
    /// gazetteer word ids looked up) on first sight.
    fn word_index(&mut self, tok: &Token) -> usize {
        match self.cache.index.get(&tok.norm) {
            Some(&k) => k as usize,
            None => self.add_word(tok),
        }
    }

    /// [`Scorer::word_index`] of a word not seen yet (one token in twenty of news text,
    /// once the cache is warm): kept out of line, so that the sentence loop stays small.
    #[inline(never)]
    fn add_word(&mut self, tok: &Token) -> usize {
        let l = self.crf.num_labels();
        let crf = self.crf;
        let word = with_word_level(info(tok, None, None, None), tok, self.gaz, &crf.clusters);
        let mut v = vec![0.0f32; 5 * l];
        let buf = &mut self.buf;
        unit_features(tok, &word, self.gaz, &mut |parts| {
            join_into(buf, parts);
            crf.add_state(buf, &mut v[..l]);
        });
        for (k, d) in OFFSETS.iter().enumerate() {
            let slot = &mut v[(k + 1) * l..(k + 2) * l];
            neighbour_features(*d, &word, &mut |parts| {
                join_into(buf, parts);
                crf.add_state(buf, slot);
            });
        }
        let stem = gazetteer::phrase_stems(std::slice::from_ref(tok))
            .first()
            .copied()
            .unwrap_or_default();
        let g = self.gaz;
        let ids = [&g.phrases, &g.world, &g.typed].map(|p| p.word_id(stem));
        let k = self.cache.data.len() / (5 * l);
        self.cache.data.extend_from_slice(&v);
        self.cache.gaz_ids.push(ids);
        let topical = !topics(std::slice::from_ref(tok)).is_empty();
        self.cache.topical.push(topical);
        self.cache.tables.push(WordTables::of(tok, g));
        self.cache.bigram_ids.push(crf.bigram_word(&tok.key));
        self.cache.index.insert(tok.norm.clone(), k as u32);
        k
    }

    /// The sentence's [`infos`](super::infos) (without the word-level parts, which the
    /// cache holds), its gazetteer matches found from the cached word ids.
    fn infos<'t>(&self, tokens: &'t [Token], idxs: &[usize]) -> Vec<Info<'t>> {
        let g = self.gaz;
        let n = tokens.len();
        let matches = |which: usize, gaz: &PhraseGaz| {
            if gaz.map.is_empty() {
                return Vec::new();
            }
            let ids: Vec<Option<u32>> =
                idxs.iter().map(|&k| self.cache.gaz_ids[k][which]).collect();
            gaz.longest_matches_of_ids(&ids)
        };
        let hits = hits::phrase_hits(n, &matches(0, &g.phrases));
        let world = hits::world_hits(n, &matches(1, &g.world));
        let typed = hits::typed_hits(n, &matches(2, &g.typed));
        tokens
            .iter()
            .zip(hits)
            .zip(world)
            .zip(typed)
            .map(|(((t, g), w), ty)| info(t, g, w, ty))
            .collect()
    }
}
