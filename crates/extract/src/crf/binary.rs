//! Reads a CRFsuite model's weights straight from its bytes.
//!
//! `crfs` offers the weights only as its text dump; printing and re-parsing the 23,000
//! features of the shipped model (126 M instructions) was an eighth of the load. Here the
//! feature table is read through the model's own reference lists, as the dump walks it,
//! and each weight is rounded to the dump's six decimals, so the weights are exactly those
//! the text gave (`w=قال --> B-PERS: -0.412345`).

use std::fmt::Write;

use crfs::Model;
use rustc_hash::FxHashMap;

/// Bytes before the entries of a chunk (its tag, size and count).
const CHUNK_HEADER: usize = 12;
/// Bytes of one feature: type, source, target (u32 each) and weight (f64).
const FEATURE_SIZE: usize = 20;

/// Weights of a model: transitions in blocks of [`super::LANES`] targets
/// ([`super::block`]), the attribute
/// table and its (label, weight) pairs.
pub struct Weights {
    pub trans: Vec<[f32; super::LANES]>,
    pub attrs: FxHashMap<Box<str>, (u32, u32)>,
    pub weights: Vec<(u16, f32)>,
}

/// More labels than any model of this project has (it has 15): see [`read`].
const MAX_LABELS: usize = 1024;

/// The model's weights; `None` when an offset or id points outside the file or the file
/// claims more than [`MAX_LABELS`] labels.
pub fn read(bytes: &[u8], model: &Model) -> Option<Weights> {
    let header = |i: usize| u32_at(bytes, 4 * i);
    let (off_features, off_label_refs, off_attr_refs) = (header(7)?, header(10)?, header(11)?);
    let n_labels = model.num_labels() as usize;
    // A tagger has a few dozen labels; a file that claims more is not one of ours, and
    // its transition table would not fit in memory.
    if n_labels > MAX_LABELS {
        return None;
    }
    let feature = |fid: u32| -> Option<(u32, u32, f64)> {
        let at = off_features as usize + CHUNK_HEADER + FEATURE_SIZE * fid as usize;
        let w = bytes.get(at + 12..at + 20)?;
        let w = f64::from_le_bytes(w.try_into().ok()?);
        Some((u32_at(bytes, at + 4)?, u32_at(bytes, at + 8)?, w))
    };
    let mut text = String::new();
    let mut rounded = |w: f64| -> Option<f32> {
        text.clear();
        write!(text, "{w:.6}").ok()?;
        text.parse().ok()
    };
    let mut trans = vec![[0.0f32; super::LANES]; n_labels.div_ceil(super::LANES) * n_labels];
    for lid in 0..n_labels as u32 {
        for fid in refs(bytes, off_label_refs, lid)? {
            let (from, to, w) = feature(fid?)?;
            let (from, to) = (from as usize, to as usize);
            if from < n_labels && to < n_labels {
                let (b, k) = super::block(n_labels, from, to);
                trans[b][k] = rounded(w)?;
            }
        }
    }
    let mut attrs =
        FxHashMap::with_capacity_and_hasher(model.num_attrs() as usize, Default::default());
    let mut weights = Vec::new();
    for aid in 0..model.num_attrs() {
        let start = weights.len();
        for fid in refs(bytes, off_attr_refs, aid)? {
            let (_, to, w) = feature(fid?)?;
            if (to as usize) < n_labels {
                weights.push((to as u16, rounded(w)?));
            }
        }
        if weights.len() > start {
            attrs.insert(
                model.to_attr(aid)?.into(),
                (start as u32, weights.len() as u32),
            );
        }
    }
    Some(Weights {
        trans,
        attrs,
        weights,
    })
}

/// The feature ids listed for label or attribute `id` in the reference chunk at `chunk`.
fn refs(bytes: &[u8], chunk: u32, id: u32) -> Option<impl Iterator<Item = Option<u32>> + '_> {
    let offset = u32_at(bytes, chunk as usize + CHUNK_HEADER + 4 * id as usize)? as usize;
    let n = u32_at(bytes, offset)? as usize;
    Some((0..n).map(move |j| u32_at(bytes, offset + 4 + 4 * j)))
}

fn u32_at(bytes: &[u8], at: usize) -> Option<u32> {
    let b = bytes.get(at..at.checked_add(4)?)?;
    Some(u32::from_le_bytes(b.try_into().ok()?))
}
