//! Mentions grouped by label and key: the folded name that makes two mentions one entity.

use rustc_hash::FxHashMap as HashMap;

use sahifa_model::Label;

use super::source::{SpanText, display, words};
use crate::Span;

/// Marks a mention without a (non-empty) key in [`Classes::of`].
pub(super) const NONE: u32 = u32::MAX;

/// Mentions grouped by label and key (folded words joined by spaces, an event's year
/// dropped): each distinct name is held once however often it occurs.
pub(super) struct Classes {
    /// Per mention: its class, [`NONE`] when its key is empty.
    of: Vec<u32>,
    /// Per class: label and key.
    pub(super) keys: Vec<(Label, String)>,
    /// Per class: its first mention in text order.
    pub(super) first: Vec<usize>,
    /// Per mention: whether it is a country's formal name («دولة الكويت»), which names
    /// its entity only where no short name does.
    pub(super) formal: Vec<bool>,
}

impl Classes {
    /// Classes of the mentions; a DATE or TITLE class is one article's («اليوم», «أمس»,
    /// «الرئيس» name another day or person in the next article).
    pub(super) fn new<T: SpanText + ?Sized>(
        source: &T,
        spans: &[Span],
        order: &[usize],
        article: &[usize],
    ) -> Self {
        let mut ids: HashMap<(Label, String, usize), u32> = HashMap::default();
        let mut of = vec![NONE; spans.len()];
        let mut first = Vec::new();
        let mut formal = vec![false; spans.len()];
        for &i in order {
            let (key, is_formal) = key_of(source, &spans[i]);
            formal[i] = is_formal;
            if key.is_empty() {
                continue;
            }
            let label = spans[i].label;
            let scope = if matches!(label, Label::Date | Label::Title) {
                article[i]
            } else {
                usize::MAX
            };
            let next = u32::try_from(first.len()).unwrap_or(NONE);
            of[i] = *ids.entry((label, key, scope)).or_insert_with(|| {
                first.push(i);
                next
            });
        }
        // Each key moves out of the map into its slot: held once.
        let mut keys = vec![(Label::Misc, String::new()); first.len()];
        for ((label, key, _), id) in ids {
            if let Some(slot) = keys.get_mut(id as usize) {
                *slot = (label, key);
            }
        }
        Self {
            of,
            keys,
            first,
            formal,
        }
    }

    /// The class of mention `i`.
    pub(super) fn class(&self, i: usize) -> Option<usize> {
        let c = *self.of.get(i)?;
        (c != NONE).then_some(c as usize)
    }

    /// The key of mention `i`, if not empty.
    pub(super) fn key(&self, i: usize) -> Option<&str> {
        self.class(i)
            .and_then(|c| self.keys.get(c))
            .map(|(_, k)| k.as_str())
    }
}

/// The key of a span: its folded words, an event's trailing year dropped, a country's
/// formal name made its short name; and whether it was a formal name.
fn key_of<T: SpanText + ?Sized>(source: &T, s: &Span) -> (String, bool) {
    let mut w = words(&display(source, s));
    if s.label == Label::Event
        && w.len() > 1
        && w.last()
            .is_some_and(|x| x.chars().all(|c| c.is_ascii_digit()))
    {
        w.pop();
    }
    // «دولة الإمارات» and «الإمارات», «جمهورية ألمانيا الاتحادية» and «ألمانيا»: a
    // country's formal name is the country.
    let formal = s.label == Label::Location
        && w.len() > 1
        && crate::lexicon::STATE_HEADS.contains(&w[0].as_str());
    if formal {
        w.remove(0);
        while w.len() > 1
            && w.last()
                .is_some_and(|x| STATE_ADJECTIVES.contains(&x.as_str()))
        {
            w.pop();
        }
    }
    (w.join(" "), formal)
}

/// Adjectives that end a country's formal name (folded): «جمهورية مصر العربية»,
/// «جمهورية الصين الشعبية». Not «الديمقراطية»: «جمهورية الكونغو الديمقراطية» is not
/// «الكونغو», and «كوريا الديمقراطية الشعبية» not «كوريا».
const STATE_ADJECTIVES: &[&str] = &["الاتحاديه", "العربيه", "الاسلاميه", "الهاشميه", "الشعبيه"];
