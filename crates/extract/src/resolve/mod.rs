//! Entity resolution: grouping mentions into entities.
//!
//! Mentions of one entity: the same label and the same folded name (a leading
//! conjunction/preposition ignored: «وقطر» = «قطر», «للجيش الكويتي» = «الجيش الكويتي»); an
//! acronym in parentheses and the name it follows; an event with or without its year; a
//! family name alone after (or before) a full PERSON name ending in it («الهملان» →
//! «سيف الهملان»); a shorter ORG that starts exactly one longer ORG («القوة البحرية» →
//! «القوة البحرية الكويتية») or is the name after its descriptor («أبل» → «شركة أبل»). Each entity gets its fullest form as canonical name and, for a
//! person, the title that introduced them.
//!
//! Dates and titles are grouped within their article only. The two links by a part of a
//! name (family name alone, shorter organisation) stay within
//! one article of a multi-article text ([`crate::chunk::articles`]): a short form is joined
//! to a full name of its own article only, and where its article has none it stays an
//! entity of its own, so one guess never gathers a whole file's mentions. A family name is
//! the last word of a full name of two to five words that does not follow a name link
//! («… بن علي», «عبد الله»: a father's or a compound name).

mod classes;
mod links;
mod names;
mod source;
#[cfg(test)]
mod tests;

use sahifa_model::Annotations;

use crate::Span;
use crate::chunk::articles;
use classes::Classes;
use links::{family_names, org_prefixes, person_prefixes};
use names::annotations;
pub use source::SpanText;

/// Disjoint sets over mention indices.
pub(super) struct Sets(Vec<usize>);

impl Sets {
    pub(super) fn find(&mut self, mut x: usize) -> usize {
        while self.0[x] != x {
            self.0[x] = self.0[self.0[x]];
            x = self.0[x];
        }
        x
    }
    fn union(&mut self, a: usize, b: usize) {
        let (a, b) = (self.find(a), self.find(b));
        if a != b {
            // The earlier mention stays the root: ids follow text order.
            let (lo, hi) = if a < b { (a, b) } else { (b, a) };
            self.0[hi] = lo;
        }
    }
}

/// Groups spans into entities; mentions in text order.
pub fn resolve(chars: &[char], spans: &[Span]) -> Annotations {
    resolve_in(chars, spans)
}

/// [`resolve`] reading the spans' texts from `source`. Linear in the mentions apart from
/// sorting them: every link is found through a hash map on folded names.
pub fn resolve_in<T: SpanText + ?Sized>(source: &T, spans: &[Span]) -> Annotations {
    resolve_counting(source, spans).0
}

/// [`resolve_in`], and how many look-ups and insertions linking organisations took.
fn resolve_counting<T: SpanText + ?Sized>(source: &T, spans: &[Span]) -> (Annotations, usize) {
    let n = spans.len();
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by_key(|&i| (spans[i].start, spans[i].end));
    let starts = source.article_starts();
    let article: Vec<usize> = spans
        .iter()
        .map(|s| articles::article_of(&starts, s.start))
        .collect();
    let mut classes = Classes::new(source, spans, &order, &article);
    let mut link: Vec<Option<usize>> = vec![None; n];
    family_names(spans, &order, &classes, &article, &mut link);
    person_prefixes(spans, &order, &classes, &article, &mut link);
    let work = org_prefixes(spans, &order, &classes, &article, &mut link);
    let mut sets = Sets((0..n).collect());
    // A short form joins the full name of its article; every other mention joins the
    // first other mention of its label and key.
    let mut rep: Vec<Option<usize>> = vec![None; classes.first.len()];
    for &i in &order {
        if let Some(j) = link[i] {
            sets.union(i, j);
        } else if let Some(c) = classes.class(i) {
            match rep[c] {
                Some(r) => sets.union(i, r),
                None => rep[c] = Some(i),
            }
        }
    }
    // Acronyms.
    for (i, s) in spans.iter().enumerate() {
        if let Some(j) = s.alias_of
            && j < n
        {
            sets.union(i, j);
        }
    }
    let formal = std::mem::take(&mut classes.formal);
    drop(classes);
    (annotations(source, spans, &order, &formal, &mut sets), work)
}
