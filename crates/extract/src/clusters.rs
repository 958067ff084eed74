//! Word clusters learnt from raw text: distributional clusters of frequent stems.
//!
//! Each of the `VOCAB` most frequent stems is described by the stems seen right before and
//! right after it (counts over the `CONTEXT` most frequent stems, log-scaled, unit length);
//! spherical k-means (deterministic start: words spread over the frequency ranking) groups
//! them, once into `k / 4` coarse and once into `k` fine clusters. A word's cluster string
//! is `coarse:fine`. Deterministic for a given input.

use rustc_hash::FxHashMap as HashMap;

use crate::conll::Aligned;
use crate::features::Clusters;
use crate::token::TokenKind;

const VOCAB: usize = 40_000;
const CONTEXT: usize = 400;
const ITERATIONS: usize = 12;

type Sparse = Vec<(u32, f32)>;

fn normalise(v: &mut Sparse) {
    let n: f32 = v.iter().map(|(_, x)| x * x).sum::<f32>().sqrt();
    if n > 0.0 {
        for (_, x) in v.iter_mut() {
            *x /= n;
        }
    }
}

fn kmeans(vectors: &[Sparse], dims: usize, k: usize) -> Vec<u32> {
    let k = k.min(vectors.len()).max(1);
    let step = (vectors.len() / k).max(1);
    let mut centroids: Vec<Vec<f32>> = (0..k)
        .map(|c| {
            let mut d = vec![0.0f32; dims];
            if let Some(v) = vectors.get(c * step) {
                for &(i, x) in v {
                    d[i as usize] = x;
                }
            }
            d
        })
        .collect();
    let mut assign = vec![0u32; vectors.len()];
    for _ in 0..ITERATIONS {
        for (w, v) in vectors.iter().enumerate() {
            let mut best = (f32::MIN, 0u32);
            for (c, cen) in centroids.iter().enumerate() {
                let s: f32 = v.iter().map(|&(i, x)| x * cen[i as usize]).sum();
                if s > best.0 {
                    best = (s, c as u32);
                }
            }
            assign[w] = best.1;
        }
        for cen in centroids.iter_mut() {
            cen.iter_mut().for_each(|x| *x = 0.0);
        }
        for (w, v) in vectors.iter().enumerate() {
            let cen = &mut centroids[assign[w] as usize];
            for &(i, x) in v {
                cen[i as usize] += x;
            }
        }
        for cen in centroids.iter_mut() {
            let n: f32 = cen.iter().map(|x| x * x).sum::<f32>().sqrt();
            if n > 0.0 {
                cen.iter_mut().for_each(|x| *x /= n);
            }
        }
    }
    assign
}

/// Clusters the frequent stems of `text` (see the module documentation).
pub fn compute(text: &[&Aligned], k: usize) -> Clusters {
    let mut freq: HashMap<&str, u32> = HashMap::default();
    for a in text {
        for t in &a.tokens {
            if t.kind == TokenKind::Word {
                *freq.entry(t.key.as_str()).or_default() += 1;
            }
        }
    }
    let mut ranked: Vec<(&str, u32)> = freq.into_iter().filter(|(_, n)| *n >= 3).collect();
    ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let vocab: HashMap<&str, usize> = ranked
        .iter()
        .take(VOCAB)
        .enumerate()
        .map(|(i, (w, _))| (*w, i))
        .collect();
    let context: HashMap<&str, usize> = ranked
        .iter()
        .take(CONTEXT)
        .enumerate()
        .map(|(i, (w, _))| (*w, i))
        .collect();
    let mut counts: Vec<HashMap<u32, f32>> = vec![HashMap::default(); vocab.len()];
    for a in text {
        let stems: Vec<&str> = a
            .tokens
            .iter()
            .map(|t| {
                if t.kind == TokenKind::Word {
                    t.key.as_str()
                } else {
                    "<p>"
                }
            })
            .collect();
        for (i, s) in stems.iter().enumerate() {
            let Some(&w) = vocab.get(s) else { continue };
            // Left context in dims 0..C, right in C..2C; the clitic prefix of the word
            // itself («ال», «و») is a strong hint of its class and goes in as well.
            if i > 0
                && let Some(&c) = context.get(stems[i - 1])
            {
                *counts[w].entry(c as u32).or_default() += 1.0;
            }
            if let Some(n) = stems.get(i + 1)
                && let Some(&c) = context.get(n)
            {
                *counts[w].entry((CONTEXT + c) as u32).or_default() += 1.0;
            }
        }
    }
    let vectors: Vec<Sparse> = counts
        .into_iter()
        .map(|m| {
            let mut v: Sparse = m.into_iter().map(|(i, x)| (i, (1.0 + x).ln())).collect();
            v.sort_by_key(|(i, _)| *i);
            normalise(&mut v);
            v
        })
        .collect();
    let dims = 2 * CONTEXT;
    let fine = kmeans(&vectors, dims, k);
    let coarse = kmeans(&vectors, dims, (k / 4).max(2));
    let mut out = Clusters::default();
    for (w, &i) in &vocab {
        if !vectors[i].is_empty() {
            out.insert((*w).to_owned(), format!("{}:{}", coarse[i], fine[i]));
        }
    }
    out
}
