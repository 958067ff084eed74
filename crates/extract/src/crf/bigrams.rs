//! The model's stem-bigram features («bg-=قال|رئيس», «bg+=رئيس|وزراء») by word ids.
//!
//! The tagger asks two bigrams of every token; spelt out, each was a name joined from four
//! parts and hashed, and nearly all of them are no feature of the model. Here each word a
//! bigram feature holds gets an id once, when the model is read, and a token's bigrams are
//! looked up by the ids of its two words: a word no bigram holds (most of them) costs
//! nothing, and a pair is found exactly when its spelt-out name is an attribute.

use rustc_hash::FxHashMap;

/// Which of the two bigram features: the word before and this one, or this one and the
/// word after.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Side {
    /// «bg-=» previous `|` this.
    Before,
    /// «bg+=» this `|` next.
    After,
}

impl Side {
    /// The attribute prefix the features of this side are spelt with.
    const fn prefix(self) -> &'static str {
        match self {
            Side::Before => "bg-=",
            Side::After => "bg+=",
        }
    }
}

/// The bigram attributes of a model by the ids of their words.
#[derive(Debug, Default)]
pub struct Bigrams {
    /// Every word on either side of a bigram attribute → its id.
    words: FxHashMap<Box<str>, u32>,
    /// (side, left word, right word) → the attribute's range of weights.
    pairs: FxHashMap<(Side, u32, u32), (u32, u32)>,
}

impl Bigrams {
    /// The bigram attributes among `attrs` (name → range of weights). A name is split at
    /// every `|` in it, so that a word that holds one («|» itself, a punctuation token)
    /// is still found: each split is a pair whose spelt-out name is that attribute.
    pub fn of(attrs: &FxHashMap<Box<str>, (u32, u32)>) -> Self {
        let mut b = Bigrams::default();
        for (name, &range) in attrs {
            for side in [Side::Before, Side::After] {
                let Some(rest) = name.strip_prefix(side.prefix()) else {
                    continue;
                };
                for (p, _) in rest.match_indices('|') {
                    let left = b.id(&rest[..p]);
                    let right = b.id(&rest[p + 1..]);
                    b.pairs.insert((side, left, right), range);
                }
            }
        }
        b
    }

    fn id(&mut self, word: &str) -> u32 {
        let next = self.words.len() as u32;
        *self.words.entry(word.into()).or_insert(next)
    }

    /// The id of `word` («رئيس») when some bigram attribute holds it.
    pub fn word(&self, word: &str) -> Option<u32> {
        self.words.get(word).copied()
    }

    /// The range of weights of the bigram `side` of words `left`, `right`, if the model
    /// has it: the attribute `bg-=left|right` (or `bg+=…`).
    pub fn range(&self, side: Side, left: Option<u32>, right: Option<u32>) -> Option<(u32, u32)> {
        self.pairs.get(&(side, left?, right?)).copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pair_is_found_exactly_when_its_name_is_an_attribute() {
        let mut attrs: FxHashMap<Box<str>, (u32, u32)> = FxHashMap::default();
        attrs.insert("bg-=قال|رئيس".into(), (0, 2));
        attrs.insert("bg+=رئيس|وزراء".into(), (2, 3));
        // A punctuation token «|» on the left: «bg-=||مصر».
        attrs.insert("bg-=||مصر".into(), (3, 4));
        attrs.insert("w=رئيس".into(), (4, 5));
        let b = Bigrams::of(&attrs);
        let id = |w: &str| b.word(w);
        assert_eq!(b.range(Side::Before, id("قال"), id("رئيس")), Some((0, 2)));
        assert_eq!(b.range(Side::After, id("قال"), id("رئيس")), None);
        assert_eq!(b.range(Side::After, id("رئيس"), id("وزراء")), Some((2, 3)));
        assert_eq!(b.range(Side::Before, id("|"), id("مصر")), Some((3, 4)));
        assert_eq!(b.range(Side::Before, id("رئيس"), id("قال")), None);
        assert_eq!(id("w=رئيس"), None);
        assert_eq!(b.range(Side::Before, None, id("رئيس")), None);
    }
}
