//! Re-anchoring: placing saved mentions in an article whose text has changed.
//!
//! Each mention is looked up by its exact quote. An occurrence is a candidate when it sits
//! at word boundaries the way the saved one did (a word character just before or after it
//! exactly when the saved prefix ends or the saved suffix starts with one — so «الكويت» is
//! not placed inside «الكويتية», while «قطر» after the clitic of «وقطر» still is). Each
//! candidate is scored by how much of the saved prefix and suffix surrounds it (up to
//! 2 × [`CONTEXT_CHARS`] characters) minus `2·log2(1 + d)`, where `d` is the distance from where the mention is
//! expected: its old offset shifted by as much as the previous mention moved. So an edit
//! before a mention shifts it; a repeated name («الكويت») goes to the occurrence nearest its
//! old place unless another has clearly better context. Two mentions with the same label are
//! never placed on the same range. A mention whose quote no longer occurs is *unplaced*.
//! Only the [`MAX_CANDIDATES`] occurrences nearest the expected place are scored, so the
//! work per mention is bounded however often its quote occurs.

use std::collections::{HashMap, HashSet};

use sahifa_model::{DocText, Label, TextRange};

use super::occurrences::occurrences;
use super::schema::{CONTEXT_CHARS, Quote, SidecarMention};
use crate::words::is_word_char;

/// How many occurrences of a quote, nearest to where the mention is expected, are scored
/// for it. A name repeated a few hundred times is placed as well as ever; a hostile file of
/// 50,000 mentions of a word that occurs 50,000 times, none with matching context, no
/// longer takes 2.5 billion scorings (minutes) but a few million.
pub(crate) const MAX_CANDIDATES: usize = 128;

/// Up to `max` of the sorted `starts`, nearest to `expected` first.
fn nearest(starts: &[usize], expected: isize, max: usize) -> impl Iterator<Item = usize> + '_ {
    let at = usize::try_from(expected).unwrap_or(0);
    let split = starts.partition_point(|&s| s < at);
    let (mut below, mut above) = (
        starts[..split].iter().rev().peekable(),
        starts[split..].iter().peekable(),
    );
    std::iter::from_fn(move || match (below.peek(), above.peek()) {
        (Some(&&b), Some(&&a)) if at.abs_diff(b) <= a.abs_diff(at) => below.next().copied(),
        (_, Some(_)) => above.next().copied(),
        (Some(_), None) => below.next().copied(),
        (None, None) => None,
    })
    .take(max)
}

/// The quote (exact text plus context) of `range` in `text`.
pub(crate) fn quote_for(text: &DocText, range: TextRange) -> Quote {
    let len = text.char_len();
    let before = TextRange::unbounded(range.start().saturating_sub(CONTEXT_CHARS), range.start())
        .unwrap_or(TextRange::empty(range.start()));
    let after = TextRange::unbounded(range.end().min(len), (range.end() + CONTEXT_CHARS).min(len))
        .unwrap_or(TextRange::empty(len));
    Quote {
        exact: text.slice(range).to_owned(),
        prefix: text.slice(before).to_owned(),
        suffix: text.slice(after).to_owned(),
    }
}

/// Places mentions one after another, in text order.
pub(crate) struct Anchorer<'a> {
    text: &'a DocText,
    /// How far the previously placed mention moved, in characters.
    drift: isize,
    taken: HashSet<(usize, usize, Label)>,
    /// Start offsets of every occurrence of a quote, found once per distinct quote (names
    /// repeat: «الكويت» fifteen times in one article).
    occurrences: HashMap<String, Vec<usize>>,
}

impl<'a> Anchorer<'a> {
    pub(crate) fn new(text: &'a DocText) -> Self {
        Self {
            text,
            drift: 0,
            taken: HashSet::new(),
            occurrences: HashMap::new(),
        }
    }

    /// Finds every occurrence of all these quotes in one go (see [`occurrences`]), before
    /// many mentions are placed by their quotes.
    pub(crate) fn find_quotes<'q>(&mut self, quotes: impl IntoIterator<Item = &'q str>) {
        for (quote, starts) in occurrences(self.text.as_str(), quotes) {
            self.occurrences.insert(quote.to_owned(), starts);
        }
    }

    /// Records a mention placed without searching (its offsets and quote still fit).
    pub(crate) fn keep(&mut self, m: &SidecarMention) -> Option<TextRange> {
        let range = self.text.range(m.start, m.end).ok()?;
        if self.text.slice(range) != m.quote.exact || !self.taken.insert((m.start, m.end, m.label))
        {
            return None;
        }
        self.drift = 0;
        Some(range)
    }

    /// Finds the best place for a mention by its quote, or `None`.
    pub(crate) fn place(&mut self, m: &SidecarMention) -> Option<TextRange> {
        let exact = m.quote.exact.as_str();
        if exact.is_empty() {
            return None;
        }
        let expected = m.start as isize + self.drift;
        let text = self.text;
        if !self.occurrences.contains_key(exact) {
            let starts = text
                .as_str()
                .match_indices(exact)
                .map(|(byte, _)| text.char_of_byte(byte))
                .collect();
            self.occurrences.insert(exact.to_owned(), starts);
        }
        let starts = self
            .occurrences
            .get(exact)
            .map(Vec::as_slice)
            .unwrap_or_default();
        let exact_len = exact.chars().count();
        let full_context = m.quote.prefix.chars().count() + m.quote.suffix.chars().count();
        let fits = |start: usize| -> Option<TextRange> {
            let range = text.range(start, start + exact_len).ok()?;
            (!self.taken.contains(&(range.start(), range.end(), m.label))
                && self.same_boundaries(range, &m.quote))
            .then_some(range)
        };
        // The usual case after an edit elsewhere: the mention is exactly where expected,
        // with all its context.
        let at_expected = usize::try_from(expected)
            .ok()
            .filter(|e| starts.binary_search(e).is_ok())
            .and_then(fits)
            .filter(|&r| self.context_score(r, &m.quote) == full_context);
        let mut best: Option<(f64, usize, TextRange)> = at_expected.map(|r| (f64::INFINITY, 0, r));
        if best.is_none() {
            for start in nearest(starts, expected, MAX_CANDIDATES) {
                let Some(range) = fits(start) else { continue };
                let context = self.context_score(range, &m.quote) as f64;
                let distance = (start as isize - expected).unsigned_abs();
                let score = context - 2.0 * ((1 + distance) as f64).log2();
                let better = match best {
                    None => true,
                    Some((s, d, _)) => score > s || (score == s && distance < d),
                };
                if better {
                    best = Some((score, distance, range));
                }
            }
        }
        let (_, _, range) = best?;
        self.taken.insert((range.start(), range.end(), m.label));
        self.drift = range.start() as isize - m.start as isize;
        Some(range)
    }

    /// True when `range` has a word character just outside it on each side exactly where
    /// the saved quote had one.
    fn same_boundaries(&self, range: TextRange, quote: &Quote) -> bool {
        let word_before = range.start() > 0
            && self
                .text
                .slice(TextRange::unbounded(range.start() - 1, range.start()).unwrap_or(range))
                .chars()
                .next()
                .is_some_and(is_word_char);
        let word_after = self
            .text
            .slice(TextRange::unbounded(range.end(), range.end() + 1).unwrap_or(range))
            .chars()
            .next()
            .is_some_and(is_word_char);
        let saved_before = quote.prefix.chars().next_back().is_some_and(is_word_char);
        let saved_after = quote.suffix.chars().next().is_some_and(is_word_char);
        word_before == saved_before && word_after == saved_after
    }

    /// Characters of saved context that match around `range`: the saved prefix compared
    /// backwards from the start, the saved suffix forwards from the end.
    fn context_score(&self, range: TextRange, quote: &Quote) -> usize {
        let before = self.text.slice(
            TextRange::unbounded(range.start().saturating_sub(CONTEXT_CHARS), range.start())
                .unwrap_or(TextRange::empty(0)),
        );
        let after = self.text.slice(
            TextRange::unbounded(range.end(), range.end() + CONTEXT_CHARS)
                .unwrap_or(TextRange::empty(0)),
        );
        let back = before
            .chars()
            .rev()
            .zip(quote.prefix.chars().rev())
            .take_while(|(a, b)| a == b)
            .count();
        let fwd = after
            .chars()
            .zip(quote.suffix.chars())
            .take_while(|(a, b)| a == b)
            .count();
        back + fwd
    }
}
