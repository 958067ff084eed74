//! The extraction pipeline up to mentions: CRF, rules, gazetteers, overlap resolution,
//! document-level consistency, clitic trimming.

use sahifa_model::Label;

use crate::Extractor;

/// A mention found in the text, before grouping into entities.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Span {
    /// First char (inclusive).
    pub start: usize,
    /// One past the last char. Invariant: `start < end`.
    pub end: usize,
    /// Its type.
    pub label: Label,
    /// For a PERSON introduced by a title or rank: that title's char range.
    pub title: Option<(usize, usize)>,
    /// For an EVENT or ORG acronym in parentheses: the index (in the span list) of the
    /// mention it abbreviates.
    pub alias_of: Option<usize>,
}

pub(crate) fn find_spans(_ex: &Extractor, _chars: &[char], _progress: &dyn Fn(f32)) -> Vec<Span> {
    Vec::new()
}
