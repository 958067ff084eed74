//! Where resolution reads a mention's text, and the folded words its keys are made of.

use sahifa_model::Label;

use crate::Span;
use crate::chunk::{CharIndex, articles};
use crate::token;

/// Where [`super::resolve_in`] reads the text of a span: a `[char]` slice, or a
/// [`CharIndex`] over a `&str` (an eighth of a byte per char instead of four).
pub trait SpanText {
    /// The chars `start..end`.
    fn text(&self, start: usize, end: usize) -> String;
    /// Length of the whole text in chars.
    fn char_len(&self) -> usize;
    /// Char offsets where the text's articles start ([`articles::article_starts`]).
    fn article_starts(&self) -> Vec<usize>;
}

impl SpanText for [char] {
    fn text(&self, start: usize, end: usize) -> String {
        self.get(start..end).unwrap_or_default().iter().collect()
    }
    fn char_len(&self) -> usize {
        self.len()
    }
    fn article_starts(&self) -> Vec<usize> {
        articles::article_starts_chars(self)
    }
}

impl SpanText for CharIndex<'_> {
    fn text(&self, start: usize, end: usize) -> String {
        self.slice(start, end).to_owned()
    }
    fn char_len(&self) -> usize {
        CharIndex::char_len(self)
    }
    fn article_starts(&self) -> Vec<usize> {
        articles::article_starts(self.text())
    }
}

/// The text of a span with an elided-article preposition restored («للجيش» → «الجيش»).
/// As many chars as the span, but for an organisation or event whose span starts after
/// the preposition («ل|لانتخابات البلدية»): its article gets its alef back, one char more
/// («الانتخابات البلدية»). Names of people and places are left as written («ل|لاوس»).
pub(super) fn display<T: SpanText + ?Sized>(source: &T, s: &Span) -> String {
    let text = source.text(s.start, s.end);
    let folded = crate::arabic::fold(&text);
    if folded.starts_with("لل") && folded.chars().count() > 4 {
        let mut it = text.chars();
        it.next();
        return format!("ا{}", it.as_str());
    }
    // Read only for the mentions it can change: one String less for every other.
    let after_preposition = || s.start > 0 && source.text(s.start - 1, s.start) == "ل";
    if matches!(s.label, Label::Org | Label::Event)
        && folded.starts_with("لا")
        && after_preposition()
        && folded
            .split(' ')
            .next()
            .is_some_and(|w| w.chars().count() > 4)
    {
        return format!("ا{text}");
    }
    text
}

/// Folded words of a mention's display text, punctuation dropped, leading و/ف/ب/ك/ل
/// dropped when the rest is still a word of 3+ chars and not an article-bearing form.
pub(super) fn words(text: &str) -> Vec<String> {
    let mut out = token::norms(text);
    if let Some(first) = out.first_mut() {
        let c: Vec<char> = first.chars().collect();
        let strip = crate::arabic::clitics(&c).strippable;
        if strip > 0 && !(c.len() > 4 && c[0] == 'ل' && c[1] == 'ل') {
            *first = c[strip..].iter().collect();
        } else if c.len() > 4 && matches!(c[0], 'و' | 'ف') && c[1] != 'ا' {
            // «وقطر» (no article): the conjunction goes.
            *first = c[1..].iter().collect();
        }
    }
    out
}
