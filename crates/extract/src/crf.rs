//! The CRF sequence tagger: a CRFsuite model read and applied by the `crfs` crate.
//!
//! The shipped model (`assets/models/ner.crfsuite`, written by `sahifa-ner train`) is
//! compiled into the binary, so a clean clone needs no data at run or test time. Labels
//! are BIO tags over `PERS`, `LOC`, `ORG` and `MISC` (ANERcorp's types).

use crfs::Model;
use rustc_hash::FxHashMap;

use crate::ExtractError;

mod bigrams;
mod binary;

pub use bigrams::Side;

const SHIPPED_MODEL: &[u8] = include_bytes!("../../../assets/models/ner.crfsuite");
const SHIPPED_CLUSTERS: &str = include_str!("../../../assets/models/clusters.tsv");

/// A loaded CRF model with its word clusters.
///
/// The model file is read with `crfs` (which validates it) and then unpacked into a hash
/// table from attribute name to weights, so tagging looks features up by `&str` without
/// allocating (the `crfs` tagger needs an owned `String` per feature and was the
/// bottleneck).
pub struct CrfModel {
    labels: Vec<String>,
    /// Transition weights in blocks of [`LANES`] targets, one block per source label and
    /// group of targets ([`block`]; zeros past the last label), so that decoding reads the
    /// weights out of one label into a group of targets as one vector.
    trans: Vec<[f32; LANES]>,
    /// Attribute → range in `weights`.
    attrs: FxHashMap<Box<str>, (u32, u32)>,
    /// (label, weight) pairs.
    weights: Vec<(u16, f32)>,
    /// The stem-bigram attributes of `attrs` by word ids ([`CrfModel::add_bigram`]).
    bigrams: bigrams::Bigrams,
    /// Word clusters used by the features.
    pub clusters: crate::features::Clusters,
    /// Added to the score of every entity label (B-/I-) at every token before decoding:
    /// trades precision for recall. Set from [`ENTITY_BIAS`].
    pub entity_bias: f32,
}

/// Default recall bias: none. (Measured on ANERcorp dev: +0.5 traded 2.7 points of
/// precision for 1.6 of recall, no F1 gain; larger values lose F1.)
pub const ENTITY_BIAS: f32 = 0.0;

impl CrfModel {
    /// The model compiled into the binary.
    pub fn shipped() -> Result<Self, ExtractError> {
        let mut m = Self::from_slice(SHIPPED_MODEL)?;
        m.clusters = parse_clusters(SHIPPED_CLUSTERS);
        Ok(m)
    }

    /// A model from a file's bytes, with the shipped clusters.
    pub fn from_bytes(bytes: Vec<u8>) -> Result<Self, ExtractError> {
        let mut m = Self::from_slice(&bytes)?;
        m.clusters = parse_clusters(SHIPPED_CLUSTERS);
        Ok(m)
    }

    fn from_slice(bytes: &[u8]) -> Result<Self, ExtractError> {
        // crfs slices the header without checking its length: check it first.
        if bytes.len() < 64 || &bytes[..4] != b"lCRF" {
            return Err(ExtractError::Model(format!(
                "not a CRFsuite model ({} bytes); run `sahifa-ner train` to build it",
                bytes.len()
            )));
        }
        let model = Model::new(bytes).map_err(|e| ExtractError::Model(e.to_string()))?;
        let labels: Vec<String> = (0..model.num_labels())
            .map(|i| model.to_label(i).unwrap_or("O").to_owned())
            .collect();
        let binary::Weights {
            trans,
            attrs,
            weights,
        } = binary::read(bytes, &model)
            .ok_or_else(|| ExtractError::Model("a feature outside the model file".into()))?;
        if labels.is_empty() {
            return Err(ExtractError::Model("the model has no labels".into()));
        }
        let bigrams = bigrams::Bigrams::of(&attrs);
        Ok(Self {
            labels,
            trans,
            attrs,
            weights,
            bigrams,
            clusters: Default::default(),
            entity_bias: ENTITY_BIAS,
        })
    }

    /// Number of labels.
    pub fn num_labels(&self) -> usize {
        self.labels.len()
    }

    /// The label names.
    pub fn labels(&self) -> &[String] {
        &self.labels
    }

    /// Adds the state weights of attribute `name` to `scores` (one slot per label).
    #[inline]
    pub fn add_state(&self, name: &str, scores: &mut [f32]) {
        if let Some(&(s, e)) = self.attrs.get(name) {
            for &(l, w) in &self.weights[s as usize..e as usize] {
                scores[l as usize] += w;
            }
        }
    }

    /// The id of `key` («رئيس») among the words of the model's stem-bigram features, for
    /// [`CrfModel::add_bigram`]; `None` when no bigram holds it (most words).
    pub fn bigram_word(&self, key: &str) -> Option<u32> {
        self.bigrams.word(key)
    }

    /// Adds the weights of the stem bigram of words `left` and `right` (ids from
    /// [`CrfModel::bigram_word`]) to `scores`: what [`CrfModel::add_state`] adds for
    /// `bg-=left|right` (or `bg+=…`, by `side`), without spelling the name out.
    #[inline]
    pub fn add_bigram(
        &self,
        side: Side,
        left: Option<u32>,
        right: Option<u32>,
        scores: &mut [f32],
    ) {
        if let Some((s, e)) = self.bigrams.range(side, left, right) {
            for &(l, w) in &self.weights[s as usize..e as usize] {
                scores[l as usize] += w;
            }
        }
    }

    /// The best label sequence for state scores `scores` (`T × L`, row-major): label
    /// indices. Runs for every token of every text («قال الرئيس …», fifteen labels from
    /// fifteen). The forward pass keeps only each label's best score (a vector maximum,
    /// `best_into`); the back pointers of the one path taken are found again as it is
    /// walked back (`best_source`), from the same sums in the same order, so the path is
    /// the one that keeping every back pointer gave.
    pub fn viterbi(&self, scores: &[f32]) -> Vec<usize> {
        let l = self.labels.len();
        let t = scores.len() / l;
        if t == 0 {
            return Vec::new();
        }
        let bias: Vec<f32> = self
            .labels
            .iter()
            .map(|x| if x == "O" { 0.0 } else { self.entity_bias })
            .collect();
        // alpha[k * L + y]: the best score of a path over tokens 0..=k ending in label y.
        let mut alpha = vec![0.0f32; t * l];
        let mut max = vec![0.0f32; l.div_ceil(LANES) * LANES];
        for (k, row) in scores.chunks_exact(l).enumerate() {
            let (done, rest) = alpha.split_at_mut(k * l);
            if k > 0 {
                self.best_into(&done[(k - 1) * l..], &mut max);
            } else {
                max.fill(0.0);
            }
            for (((a, m), s), b) in rest.iter_mut().zip(&max).zip(row).zip(&bias) {
                *a = if k > 0 { m + (s + b) } else { s + b };
            }
        }
        let last = &alpha[(t - 1) * l..];
        let mut cur = (0..l)
            .max_by(|&a, &b| last[a].total_cmp(&last[b]))
            .unwrap_or(0);
        let mut path = vec![0; t];
        for k in (1..t).rev() {
            path[k] = cur;
            cur = self.best_source(&alpha[(k - 1) * l..k * l], cur);
        }
        path[0] = cur;
        path
    }

    /// For each label `to` (`max` holds whole [`LANES`]): the best `prev[from] +
    /// trans(from → to)` over every `from`, taken in ascending order, a sum replacing the
    /// maximum only when greater. A group of targets at a time in a local array, so the
    /// inner loop is a vector add and maximum.
    fn best_into(&self, prev: &[f32], max: &mut [f32]) {
        let l = prev.len();
        for (c, out) in max.chunks_exact_mut(LANES).enumerate() {
            let mut m = [f32::NEG_INFINITY; LANES];
            for (p, w) in prev.iter().zip(&self.trans[c * l..]) {
                for k in 0..LANES {
                    let v = p + w[k];
                    m[k] = if v > m[k] { v } else { m[k] };
                }
            }
            out.copy_from_slice(&m);
        }
    }

    /// The back pointer of label `to` after scores `prev`: the first `from` whose sum
    /// [`CrfModel::best_into`] kept as the maximum (0 when no sum beats minus infinity).
    fn best_source(&self, prev: &[f32], to: usize) -> usize {
        let mut m = f32::NEG_INFINITY;
        let mut arg = 0;
        for (from, p) in prev.iter().enumerate() {
            let (b, k) = block(prev.len(), from, to);
            let v = p + self.trans[b][k];
            if v > m {
                m = v;
                arg = from;
            }
        }
        arg
    }
}

/// Target labels [`CrfModel::best_into`] takes at once: four SSE vectors.
const LANES: usize = 16;

/// Where the weight of the transition `from → to` among `l` labels is: the block of
/// `from` in the group of `to`, and the lane of `to` in it.
fn block(l: usize, from: usize, to: usize) -> (usize, usize) {
    ((to / LANES) * l + from, to % LANES)
}

/// Parses `stem \t bits` lines.
pub fn parse_clusters(text: &str) -> crate::features::Clusters {
    text.lines()
        .filter_map(|l| l.split_once('\t'))
        .map(|(w, c)| (w.to_owned(), c.to_owned()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Decoding as it was before [`CrfModel::best_into`]: every back pointer kept, one
    /// loop over the sources of each target.
    fn viterbi_by_back_pointers(m: &CrfModel, scores: &[f32]) -> Vec<usize> {
        let l = m.num_labels();
        let t = scores.len() / l;
        let trans = |from: usize, to: usize| {
            let (b, k) = block(l, from, to);
            m.trans[b][k]
        };
        let bias = |y: usize| {
            if m.labels[y] == "O" {
                0.0
            } else {
                m.entity_bias
            }
        };
        let mut best: Vec<f32> = (0..l).map(|y| scores[y] + bias(y)).collect();
        let mut back = vec![0; t * l];
        for k in 1..t {
            let mut next = vec![0.0; l];
            for to in 0..l {
                let (mut max, mut arg) = (f32::NEG_INFINITY, 0);
                for (from, prev) in best.iter().enumerate() {
                    let v = prev + trans(from, to);
                    if v > max {
                        (max, arg) = (v, from);
                    }
                }
                next[to] = max + (scores[k * l + to] + bias(to));
                back[k * l + to] = arg;
            }
            best = next;
        }
        let mut cur = (0..l)
            .max_by(|&a, &b| best[a].total_cmp(&best[b]))
            .unwrap_or(0);
        let mut path = vec![0; t];
        for k in (0..t).rev() {
            path[k] = cur;
            cur = back[k * l + cur];
        }
        path
    }

    #[test]
    fn decoding_finds_the_path_every_back_pointer_gave() {
        let m = CrfModel::shipped().expect("shipped model");
        let l = m.num_labels();
        // Scores of «قال الرئيس …»-like sentences: spread ones, and whole numbers where
        // sums tie and the first source must win.
        let mut x = 12345u32;
        for round in 0..200 {
            let t = 1 + round % 40;
            let scores: Vec<f32> = (0..t * l)
                .map(|_| {
                    x = x.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                    let r = (x >> 16) % 64;
                    if round % 2 == 0 {
                        r as f32 / 7.0 - 4.0
                    } else {
                        (r % 3) as f32
                    }
                })
                .collect();
            assert_eq!(m.viterbi(&scores), viterbi_by_back_pointers(&m, &scores));
        }
        assert!(m.viterbi(&[]).is_empty());
    }
}
