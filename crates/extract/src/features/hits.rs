//! The gazetteer-hit feature values of the tagger's hot path ([`super::Scorer`]) as shared
//! strings: the same values [`crate::sentence`] formats per token («B-LOC:h», «I-ORG/MISC»,
//! «B-PERS1»), made once. They come from a few dozen strings, and formatting one per token
//! of every sentence, three gazetteers over, was a twentieth of extraction.

use std::borrow::Cow;
use std::sync::LazyLock;

use crate::gazetteer::{GAZ_TYPES, PhraseCounts};
use crate::sentence::Match;

/// A feature value per token, borrowed from [`VALUES`] or owned (training's path).
pub(super) type Hit = Option<Cow<'static, str>>;

/// Every value, by index ([`phrase_index`], [`types_index`]).
struct Values {
    /// `B-TYPE:r`/`I-TYPE:r`.
    phrase: Vec<String>,
    /// `B-TYPES`/`I-TYPES`, `TYPES` the types a list gives the name, joined by `/`.
    world: Vec<String>,
    /// `B-TYPES1`/`B-TYPES+`…: the world value and whether the name is one word.
    typed: Vec<String>,
}

/// Reliability buckets of a phrase's best type ([`crate::sentence::phrase_hits`]).
const RELIABILITY: [char; 3] = ['h', 'm', 'l'];

/// Values of the 16 sets of types, in the order of their bit masks.
fn type_sets() -> Vec<String> {
    (0..16u32)
        .map(|mask| {
            let types: Vec<&str> = (0..4)
                .filter(|t| mask & (1 << t) != 0)
                .map(|t| GAZ_TYPES[t])
                .collect();
            types.join("/")
        })
        .collect()
}

static VALUES: LazyLock<Values> = LazyLock::new(|| {
    let sets = type_sets();
    let mut v = Values {
        phrase: Vec::new(),
        world: Vec::new(),
        typed: Vec::new(),
    };
    for bio in ['B', 'I'] {
        for ty in GAZ_TYPES {
            for r in RELIABILITY {
                v.phrase.push(format!("{bio}-{ty}:{r}"));
            }
        }
        for set in &sets {
            v.world.push(format!("{bio}-{set}"));
            for len in ['1', '+'] {
                v.typed.push(format!("{bio}-{set}{len}"));
            }
        }
    }
    v
});

/// Index of a phrase value in [`Values::phrase`]; `None` when no type has a count.
fn phrase_index(counts: &PhraseCounts) -> Option<usize> {
    let (t, share) = counts.best()?;
    let r = if share >= 0.6 {
        0
    } else if share >= 0.25 {
        1
    } else {
        2
    };
    Some(t * RELIABILITY.len() + r)
}

/// The bit mask of the types with a count.
fn types_index(counts: &PhraseCounts) -> usize {
    (0..4)
        .filter(|&t| counts.by_type[t] > 0)
        .map(|t| 1 << t)
        .sum()
}

/// Sets `out[i..i + n]` to the value of index `k` among `values`, `B-` first, then `I-`
/// (the second half of `values`).
fn mark(out: &mut [Hit], (i, n): (usize, usize), values: &'static [String], k: usize) {
    let half = values.len() / 2;
    for (j, slot) in out[i..i + n].iter_mut().enumerate() {
        let v = if j == 0 { k } else { half + k };
        *slot = values.get(v).map(|s| Cow::Borrowed(s.as_str()));
    }
}

/// [`crate::sentence::phrase_hits_of`], borrowed.
pub(super) fn phrase_hits(n: usize, matches: &[Match]) -> Vec<Hit> {
    let mut out = vec![None; n];
    for &(i, len, counts) in matches {
        if let Some(k) = phrase_index(&counts) {
            mark(&mut out, (i, len), &VALUES.phrase, k);
        }
    }
    out
}

/// [`crate::sentence::world_hits_of`], borrowed.
pub(super) fn world_hits(n: usize, matches: &[Match]) -> Vec<Hit> {
    let mut out = vec![None; n];
    for &(i, len, counts) in matches {
        mark(&mut out, (i, len), &VALUES.world, types_index(&counts));
    }
    out
}

/// [`crate::sentence::typed_hits_of`], borrowed.
pub(super) fn typed_hits(n: usize, matches: &[Match]) -> Vec<Hit> {
    let mut out = vec![None; n];
    for &(i, len, counts) in matches {
        let k = 2 * types_index(&counts) + usize::from(len != 1);
        mark(&mut out, (i, len), &VALUES.typed, k);
    }
    out
}

/// Owned values (training's path, [`crate::sentence`]) as [`Hit`]s.
pub(super) fn owned(values: Vec<Option<String>>) -> Vec<Hit> {
    values.into_iter().map(|v| v.map(Cow::Owned)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sentence::{phrase_hits_of, typed_hits_of, world_hits_of};

    #[test]
    fn shared_values_are_the_formatted_ones() {
        // Every set of types, reliabilities high to low, one- and three-word names, as
        // «الأمم المتحدة» (ORG), «ليون» (LOC/ORG) or «محمد» (PERS, unsure) give them.
        let mut matches = Vec::new();
        for mask in 0..16u32 {
            for (total, len) in [(0, 1), (9, 3), (40, 2), (400, 1)] {
                let by_type = [0, 1, 2, 3].map(|t| if mask & (1 << t) != 0 { 3 + t } else { 0 });
                let counts = PhraseCounts { by_type, total };
                matches.push((0, len, counts));
            }
        }
        for m in &matches {
            let one = std::slice::from_ref(m);
            let want = [
                phrase_hits_of(5, one.to_vec()),
                world_hits_of(5, one.to_vec()),
                typed_hits_of(5, one.to_vec()),
            ];
            let got = [phrase_hits(5, one), world_hits(5, one), typed_hits(5, one)];
            for (w, g) in want.into_iter().zip(got) {
                assert_eq!(owned(w), g, "{m:?}");
            }
        }
    }
}
