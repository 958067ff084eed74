//! Entities from the grouped mentions: numbered in text order, named by their fullest
//! form, a person titled by the first title that introduced them.

use sahifa_model::{Annotations, Entity, EntityId, Mention, MentionStatus, TextRange};

use super::Sets;
use super::classes::NONE;
use super::source::{SpanText, display};
use crate::Span;

/// What an entity's name and title are taken from, gathered over its mentions in text
/// order: (length, mention) pairs.
#[derive(Default)]
struct Group {
    /// The longest mention that is not an alias, the earliest of equals; a country's
    /// formal name counts as shorter than any short name («الصين», not «جمهورية الصين»).
    main: Option<(usize, usize)>,
    /// The longest mention, the earliest of equals (formal names as in `main`).
    any: Option<(usize, usize)>,
    /// The longest alias, the latest of equals.
    alias: Option<(usize, usize)>,
    /// The first mention with a title.
    title: Option<usize>,
}

impl Group {
    /// Adds mention `i`; `formal` says it is a country's formal name («دولة الكويت»).
    fn add(&mut self, i: usize, s: &Span, formal: bool) {
        // A formal name ranks below every short name: lengths of short names are
        // shifted above the longest formal one.
        let len = s.end.saturating_sub(s.start) + if formal { 0 } else { usize::MAX / 2 };
        let better =
            |best: Option<(usize, usize)>| best.is_none_or(|(l, k)| len > l || (len == l && i < k));
        if s.alias_of.is_none() && better(self.main) {
            self.main = Some((len, i));
        }
        if better(self.any) {
            self.any = Some((len, i));
        }
        if s.alias_of.is_some() && self.alias.is_none_or(|(l, _)| len >= l) {
            self.alias = Some((len, i));
        }
        if self.title.is_none() && s.title.is_some() {
            self.title = Some(i);
        }
    }
}

/// Entities numbered in order of first mention, with their fullest form as name; the
/// mentions in text order.
pub(super) fn annotations<T: SpanText + ?Sized>(
    source: &T,
    spans: &[Span],
    order: &[usize],
    formal: &[bool],
    sets: &mut Sets,
) -> Annotations {
    let mut ann = Annotations::default();
    ann.mentions.reserve_exact(order.len());
    // Per root mention: its entity's index in `groups`, `NONE` until it has one.
    let mut entity_of_root: Vec<u32> = vec![NONE; spans.len()];
    let mut groups: Vec<(usize, Group)> = Vec::new();
    for &i in order {
        let root = sets.find(i);
        let e = match entity_of_root[root] {
            NONE => {
                groups.push((root, Group::default()));
                entity_of_root[root] = u32::try_from(groups.len() - 1).unwrap_or(NONE);
                groups.len() - 1
            }
            e => e as usize,
        };
        let s = &spans[i];
        groups[e]
            .1
            .add(i, s, formal.get(i).copied().unwrap_or(false));
        if let Ok(range) = TextRange::new(s.start, s.end, source.char_len()) {
            ann.mentions.push(Mention {
                range,
                label: s.label,
                entity: Some(EntityId(e as u32)),
                status: MentionStatus::Auto,
            });
        }
    }
    let name_of = |i: usize| display(source, &spans[i]).trim().to_owned();
    ann.entities.reserve_exact(groups.len());
    for (e, (root, g)) in groups.into_iter().enumerate() {
        let mut name = g
            .main
            .or(g.any)
            .map(|(_, i)| name_of(i))
            .unwrap_or_default();
        if let (Some((_, alias)), Some(_)) = (g.alias, g.main) {
            name = format!("{name} ({})", name_of(alias));
        }
        let title = g
            .title
            .and_then(|i| spans[i].title)
            .map(|(s, e)| source.text(s, e));
        ann.entities.push(Entity {
            id: EntityId(e as u32),
            label: spans[root].label,
            name,
            title,
            note: None,
        });
    }
    ann.sort_mentions();
    ann
}
