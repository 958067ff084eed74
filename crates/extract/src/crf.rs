//! The CRF sequence tagger: a CRFsuite model read and applied by the `crfs` crate.
//!
//! The shipped model (`assets/models/ner.crfsuite`, written by `sahifa-ner train`) is
//! compiled into the binary, so a clean clone needs no data at run or test time. Labels
//! are BIO tags over `PERS`, `LOC`, `ORG` and `MISC` (ANERcorp's types).

use crfs::Model;
use rustc_hash::FxHashMap;

use crate::ExtractError;

mod binary;

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
    /// Transition weights by target: `trans_to[to * L + from]`, so that decoding reads the
    /// weights into one label as one contiguous row.
    trans_to: Vec<f32>,
    /// Attribute → range in `weights`.
    attrs: FxHashMap<Box<str>, (u32, u32)>,
    /// (label, weight) pairs.
    weights: Vec<(u16, f32)>,
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
            trans_to,
            attrs,
            weights,
        } = binary::read(bytes, &model)
            .ok_or_else(|| ExtractError::Model("a feature outside the model file".into()))?;
        if labels.is_empty() {
            return Err(ExtractError::Model("the model has no labels".into()));
        }
        Ok(Self {
            labels,
            trans_to,
            attrs,
            weights,
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

    /// The best label sequence for state scores `scores` (`T × L`, row-major): label
    /// indices. Runs for every token of every text («قال الرئيس …», nine labels from nine),
    /// so the inner loop walks contiguous rows without bounds checks; ties keep the first
    /// label, as they always did.
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
        let mut best: Vec<f32> = scores[..l].iter().zip(&bias).map(|(s, b)| s + b).collect();
        let mut back = vec![0u16; t * l];
        let mut next = vec![0.0f32; l];
        for (row, back_row) in scores.chunks_exact(l).zip(back.chunks_exact_mut(l)).skip(1) {
            let into = self.trans_to.chunks_exact(l);
            for ((((n, bk), s), b), trans) in
                next.iter_mut().zip(back_row).zip(row).zip(&bias).zip(into)
            {
                let mut m = f32::NEG_INFINITY;
                let mut arg = 0;
                for (from, (prev, w)) in best.iter().zip(trans).enumerate() {
                    let v = prev + w;
                    if v > m {
                        m = v;
                        arg = from;
                    }
                }
                *n = m + (s + b);
                *bk = arg as u16;
            }
            std::mem::swap(&mut best, &mut next);
        }
        let mut cur = (0..l)
            .max_by(|&a, &b| best[a].total_cmp(&best[b]))
            .unwrap_or(0);
        let mut path = vec![0; t];
        for k in (0..t).rev() {
            path[k] = cur;
            cur = back[k * l + cur] as usize;
        }
        path
    }
}

/// Parses `stem \t bits` lines.
pub fn parse_clusters(text: &str) -> crate::features::Clusters {
    text.lines()
        .filter_map(|l| l.split_once('\t'))
        .map(|(w, c)| (w.to_owned(), c.to_owned()))
        .collect()
}
