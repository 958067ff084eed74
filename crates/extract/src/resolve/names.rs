//! Entities from the grouped mentions: numbered in text order, named by their fullest
//! form, a person titled by the first title that introduced him or a fuller one spelling
//! it out.

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
    /// The first mention with a title, unless a later one spells that title out: a
    /// headline's «الرئيس تبون» gives way to the lead's «رئيس الجمهورية، السيد عبد المجيد
    /// تبون» ([`spells_out`]). (Its title's length in chars, the mention.)
    title: Option<(usize, usize)>,
    /// The text of `title`'s title.
    title_text: String,
}

impl Group {
    /// Adds mention `i`; `formal` says it is a country's formal name («دولة الكويت»).
    fn add<T: SpanText + ?Sized>(&mut self, source: &T, i: usize, s: &Span, formal: bool) {
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
        // The title's text is read only where it may be taken: a person's many mentions
        // with the same title cost no allocation each.
        if let Some((ts, te)) = s.title {
            let len = te.saturating_sub(ts);
            if self.title.is_none_or(|(l, _)| len > l) {
                let text = source.text(ts, te);
                if self.title.is_none() || spells_out(&self.title_text, &text) {
                    self.title = Some((len, i));
                    self.title_text = text;
                }
            }
        }
    }
}

/// Whether `fuller` spells out the one-word title `bare`: the same office, definite or
/// not, with its genitive («الرئيس» → «رئيس الجمهورية», «الأمير» → «أمير منطقة الرياض»;
/// not «الملك» → «الأمير»).
fn spells_out(bare: &str, fuller: &str) -> bool {
    let word = |w: &str| {
        let f = crate::arabic::fold(w);
        f.strip_prefix("ال").map(str::to_owned).unwrap_or(f)
    };
    let mut b = bare.split_whitespace();
    let (Some(head), None) = (b.next(), b.next()) else {
        return false;
    };
    let mut f = fuller.split_whitespace();
    f.next().is_some_and(|w| word(w) == word(head)) && f.next().is_some()
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
            .add(source, i, s, formal.get(i).copied().unwrap_or(false));
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
            .and_then(|(_, i)| spans[i].title)
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
