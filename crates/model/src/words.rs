//! What a word is, and which leading letters of a word are a clitic: the one rule that
//! double-click selection, snapping a selection to words, exports and the extractor share.
//!
//! # Word characters
//! A word is a run of [`is_word_char`] characters: letters and digits, Arabic combining
//! marks and tatweel ([`is_arabic_mark`]), and the invisible format characters that may sit
//! inside a word ([`is_invisible`]: joiners, bidi marks and controls, soft hyphen, BOM) —
//! except U+200B ZERO WIDTH SPACE, which separates words. This follows the word-boundary
//! rule of Unicode (UAX #29: format and extending characters never break a word, ZWSP does)
//! for every character Arabic news text uses; punctuation, spaces and symbols end a word.
//!
//! # Leading clitics
//! Arabic writes some particles as one-letter prefixes of the next word: the conjunctions
//! «و» and «ف», then the prepositions «ب», «ك» and «ل», before the article «ال». A mention
//! leaves the conjunction and preposition out («والدوحة» → «الدوحة») but keeps the article.
//! [`leading_clitic`] decides how many letters go; see there for the rule.
//!
//! ```
//! use sahifa_model::words::{leading_clitic, word_at};
//! assert_eq!(word_at("زار وبالدوحة أمس", 6), Some(4..12));
//! assert_eq!(leading_clitic("وبالدوحة", |_| false), 2);
//! assert_eq!(leading_clitic("لبنان", |_| false), 0);
//! ```

use std::ops::Range;

use crate::arabic::{fold_char, is_arabic_mark, is_invisible};

/// The one-letter proclitics a mention may leave out: the conjunctions «و» and «ف», the
/// prepositions «ب», «ك» and «ل».
pub const CLITICS: [char; 5] = ['و', 'ف', 'ب', 'ك', 'ل'];

/// The conjunctions among [`CLITICS`]: they may come before a preposition («وب…»).
const CONJUNCTIONS: [char; 2] = ['و', 'ف'];

/// The prepositions among [`CLITICS`].
const PREPOSITIONS: [char; 3] = ['ب', 'ك', 'ل'];

/// How many letters, at least, a word left after its clitic must have when it is a known
/// name («وقطر» → «قطر» once «قطر» is known; «ولد» is never «لد»).
pub const MIN_KNOWN_REMAINDER: usize = 3;

/// How many letters, at least, a remainder that carries the article must have: the article
/// and two more («والغد» → «الغد», «بالكويت» → «الكويت», but «وال» and «بالي» stay whole) —
/// the threshold the extractor was measured with.
pub const MIN_ARTICLE_REMAINDER: usize = 4;

/// True for characters that belong to a word (see the module documentation): letters,
/// digits, Arabic marks and tatweel, and invisible format characters other than U+200B.
#[inline]
pub fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_arabic_mark(c) || (is_invisible(c) && c != '\u{200B}')
}

/// The word that contains the char at `offset` of `text`, as a range of chars; `None`
/// when that char is not a word character (or `offset` is past the end).
pub fn word_at(text: &str, offset: usize) -> Option<Range<usize>> {
    let (byte, c) = text.char_indices().nth(offset)?;
    if !is_word_char(c) {
        return None;
    }
    let before = text[..byte]
        .chars()
        .rev()
        .take_while(|&c| is_word_char(c))
        .count();
    let after = text[byte..]
        .chars()
        .take_while(|&c| is_word_char(c))
        .count();
    Some(offset - before..offset + after)
}

/// The clitic prefixes `word` may carry, in letters, longest first: 2 for a conjunction
/// followed by a preposition («وب», «فل»), 1 for any of [`CLITICS`]. Nothing here says the
/// letters *are* clitics («وزير» starts with «و»); [`leading_clitic`] decides that.
pub fn clitic_candidates(word: &str) -> impl Iterator<Item = usize> {
    let mut letters = word.chars().filter_map(fold_char);
    let first = letters.next();
    let second = letters.next();
    let two = first.is_some_and(|c| CONJUNCTIONS.contains(&c))
        && second.is_some_and(|c| PREPOSITIONS.contains(&c));
    let one = first.is_some_and(|c| CLITICS.contains(&c));
    [two.then_some(2), one.then_some(1)].into_iter().flatten()
}

/// How many leading chars of `word` are a clitic that a mention leaves out (0 when none).
///
/// The clitic is one of [`clitic_candidates`] (up to two letters: «و»/«ف», then
/// «ب»/«ك»/«ل»), the longest that leaves a remainder which is either
/// - the article «ال» and at least two more letters ([`MIN_ARTICLE_REMAINDER`]):
///   «والدوحة» → «الدوحة», «بالكويت» → «الكويت», «وبالدوحة» → «الدوحة»;
/// - after «و» or «ف», «لل» (ل with the article, its alef elided) and at least three more
///   letters: «وللجيش» → «للجيش»;
/// - a known name of at least [`MIN_KNOWN_REMAINDER`] letters: `is_known` is asked with
///   the folded remainder ([`fold_char`]), e.g. «وقطر» → «قطر» once «قطر» is an entity.
///
/// So words that merely begin with one of the letters («لبنان», «كندا», «فرنسا», «بغداد»,
/// «وزير», «واشنطن», «للجيش») are never cut by this rule alone. Letters are compared
/// folded, so harakat do not matter; the count returned is in chars of `word` and covers
/// the marks written on the clitic («وَالدوحة» → 2).
pub fn leading_clitic(word: &str, is_known: impl Fn(&str) -> bool) -> usize {
    let folded: Vec<(usize, char)> = word
        .chars()
        .enumerate()
        .filter_map(|(i, c)| fold_char(c).map(|f| (i, f)))
        .collect();
    let letters: Vec<char> = folded.iter().map(|&(_, c)| c).collect();
    let conjunction_first = letters.first().is_some_and(|c| CONJUNCTIONS.contains(c));
    clitic_candidates(word)
        .find(|&k| {
            let rest = &letters[k..];
            // «لل» (ل with the article, its alef elided) after و/ف: «وللجيش» → «للجيش».
            let article = rest.starts_with(&['ا', 'ل']) && rest.len() >= MIN_ARTICLE_REMAINDER;
            let elided = k == 1
                && conjunction_first
                && rest.starts_with(&['ل', 'ل'])
                && rest.len() > MIN_ARTICLE_REMAINDER;
            article
                || elided
                || (rest.len() >= MIN_KNOWN_REMAINDER && is_known(&rest.iter().collect::<String>()))
        })
        .and_then(|k| folded.get(k))
        .map_or(0, |&(original, _)| original)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        text.split(|c: char| !is_word_char(c))
            .filter(|w| !w.is_empty())
            .collect()
    }

    #[test]
    fn marks_tatweel_and_joiners_stay_inside_a_word() {
        assert_eq!(words("الدَّوْحـــة، قطر"), ["الدَّوْحـــة", "قطر"]);
        assert_eq!(words("می\u{200C}خواهم (2026)"), ["می\u{200C}خواهم", "2026"]);
        assert_eq!(words("قطر\u{200F} «الدوحة»"), ["قطر\u{200F}", "الدوحة"]);
        // Quranic and small high marks too.
        assert_eq!(words("صلى\u{0610} الله"), ["صلى\u{0610}", "الله"]);
    }

    #[test]
    fn zero_width_space_and_punctuation_separate_words() {
        assert_eq!(words("قطر\u{200B}الدوحة"), ["قطر", "الدوحة"]);
        assert_eq!(words("قطر،الدوحة.مصر؟"), ["قطر", "الدوحة", "مصر"]);
    }

    #[test]
    fn the_word_at_an_offset() {
        let s = "افتتاح معرض (ديمكس 2026)";
        assert_eq!(word_at(s, 0), Some(0..6));
        assert_eq!(word_at(s, 5), Some(0..6));
        assert_eq!(word_at(s, 15), Some(13..18));
        assert_eq!(word_at(s, 20), Some(19..23));
        assert_eq!(word_at(s, 6), None, "a space is no word");
        assert_eq!(word_at(s, 12), None, "a bracket is no word");
        assert_eq!(word_at(s, 99), None);
        assert_eq!(word_at("الدَّوْحة", 3), Some(0..9));
    }

    #[test]
    fn a_clitic_before_the_article_is_left_out() {
        assert_eq!(leading_clitic("والدوحة", |_| false), 1);
        assert_eq!(leading_clitic("بالكويت", |_| false), 1);
        assert_eq!(leading_clitic("والغد", |_| false), 1);
        assert_eq!(leading_clitic("ولله", |_| false), 0);
        assert_eq!(leading_clitic("وبالدوحة", |_| false), 2);
        assert_eq!(leading_clitic("فللجيش", |_| false), 1);
        assert_eq!(
            leading_clitic("وَالدوحة", |_| false),
            2,
            "the clitic's mark goes too"
        );
    }

    #[test]
    fn names_that_begin_with_a_clitic_letter_stay_whole() {
        for name in [
            "لبنان",
            "كندا",
            "فرنسا",
            "بغداد",
            "وزير",
            "واشنطن",
            "للجيش",
            "بال",
            "بالي",
            "الدوحة",
            "",
        ] {
            assert_eq!(leading_clitic(name, |_| false), 0, "{name}");
        }
    }

    #[test]
    fn a_clitic_before_a_known_name_is_left_out() {
        let known = |s: &str| s == "قطر" || s == "لد";
        assert_eq!(leading_clitic("وقطر", known), 1);
        assert_eq!(leading_clitic("وَقَطَر", |s| s == "قطر"), 2);
        assert_eq!(leading_clitic("ولد", known), 0, "too short to be a name");
        assert_eq!(leading_clitic("لبنان", known), 0);
    }

    #[test]
    fn clitic_candidates_longest_first() {
        let all = |w: &str| clitic_candidates(w).collect::<Vec<_>>();
        assert_eq!(all("وبالدوحة"), [2, 1]);
        assert_eq!(all("قطر"), [0; 0]);
        assert_eq!(all("بغداد"), [1]);
        assert_eq!(all("فلسطين"), [2, 1]);
    }
}
