//! Merging a fresh extraction into saved annotations without overriding the user.

use std::collections::{BTreeMap, HashMap};

use sahifa_model::{Annotations, Entity, EntityId, Label, Mention, MentionStatus, TextRange};

use crate::words::normalise_name;

/// Merges the extractor's fresh output into the saved annotations.
///
/// The saved annotations are kept as they are — every entity (with its renamed name, title
/// and note), every mention of every status, in their order. The user's decisions therefore
/// win: rejected mentions stay rejected, confirmed and manual ones stay, merges and splits
/// stay. Saved automatic mentions are kept too (they are what the user last saw).
///
/// A fresh mention is added, as [`MentionStatus::Auto`], only when it overlaps no saved
/// mention of any status (so a rejected «وقطر» also keeps «قطر» out, and nothing is
/// duplicated). Its entity becomes:
/// 1. the saved entity that most of the fresh entity's other mentions belong to, where
///    they match saved visible mentions by range (the extractor's grouping mapped onto the
///    user's: after the user merged or split entities, new finds follow the majority);
/// 2. otherwise a saved entity of the same label whose name matches the fresh entity's
///    name after [`normalise_name`];
/// 3. otherwise a copy of the fresh entity under a new id (one per fresh entity).
///
/// The result's mentions are in text order.
pub fn merge_extraction(saved: &Annotations, fresh: &Annotations) -> Annotations {
    let mut out = saved.clone();
    let mut map = user_grouping(saved, fresh);
    let taken = SavedRanges::new(saved);
    let mut names = NameIndex::new(&out.entities);
    let fresh_entities: HashMap<EntityId, &Entity> =
        fresh.entities.iter().map(|e| (e.id, e)).collect();
    // Added mentions never overlap one another: keyed by start, a new one can only
    // overlap the added mention starting last before its end.
    let mut added: BTreeMap<(usize, usize), Mention> = BTreeMap::new();
    for fm in &fresh.mentions {
        let (start, end) = (fm.range.start(), fm.range.end());
        let overlaps_added = added
            .range(..(end, 0))
            .next_back()
            .is_some_and(|(_, m)| m.range.overlaps(fm.range));
        if fm.status == MentionStatus::Rejected
            || fm.range.is_empty()
            || taken.overlaps(fm.range)
            || overlaps_added
        {
            continue;
        }
        let entity = match fm.entity.and_then(|fid| fresh_entities.get(&fid)) {
            None => None,
            Some(fe) => match map.get(&fe.id) {
                Some(&id) => Some(id),
                None => {
                    let id = names.find_or_add(&mut out, fe);
                    if let Some(id) = id {
                        map.insert(fe.id, id);
                    }
                    id
                }
            },
        };
        added.insert(
            (start, end),
            Mention {
                range: fm.range,
                label: fm.label,
                entity,
                status: MentionStatus::Auto,
            },
        );
    }
    out.mentions.extend(added.into_values());
    out.sort_mentions();
    out
}

/// Step 1: the user's grouping of mentions the extractor also found. Each fresh entity
/// goes to the saved entity most of its re-found mentions belong to.
fn user_grouping(saved: &Annotations, fresh: &Annotations) -> HashMap<EntityId, EntityId> {
    let saved_label: HashMap<EntityId, Label> =
        saved.entities.iter().map(|e| (e.id, e.label)).collect();
    // Visible saved mentions' entities by range, in the saved order.
    let mut by_range: HashMap<TextRange, Vec<EntityId>> = HashMap::new();
    for m in &saved.mentions {
        if let (true, Some(id)) = (m.status != MentionStatus::Rejected, m.entity) {
            by_range.entry(m.range).or_default().push(id);
        }
    }
    let mut votes: HashMap<EntityId, HashMap<EntityId, usize>> = HashMap::new();
    for fm in &fresh.mentions {
        let Some(fid) = fm.entity else { continue };
        let found = by_range.get(&fm.range).and_then(|ids| {
            ids.iter()
                .copied()
                .find(|sid| saved_label.get(sid) == Some(&fm.label))
        });
        if let Some(sid) = found {
            *votes.entry(fid).or_default().entry(sid).or_default() += 1;
        }
    }
    let mut map = HashMap::new();
    for (fid, counts) in votes {
        // Most votes; the lower id on a tie, so the result does not depend on hashing.
        if let Some((&sid, _)) = counts
            .iter()
            .max_by_key(|&(sid, n)| (*n, std::cmp::Reverse(*sid)))
        {
            map.insert(fid, sid);
        }
    }
    map
}

/// The saved mentions' ranges (every status), sorted by start, with the largest end of
/// each prefix: a range overlaps one of them exactly when, among those starting before
/// its end, the largest end lies past its start. O(log n) a query.
struct SavedRanges {
    starts: Vec<usize>,
    max_end: Vec<usize>,
}

impl SavedRanges {
    fn new(saved: &Annotations) -> Self {
        let mut ranges: Vec<(usize, usize)> = saved
            .mentions
            .iter()
            .map(|m| (m.range.start(), m.range.end()))
            .collect();
        ranges.sort_unstable();
        let mut max_end = Vec::with_capacity(ranges.len());
        let mut running = 0;
        for &(_, end) in &ranges {
            running = running.max(end);
            max_end.push(running);
        }
        Self {
            starts: ranges.iter().map(|r| r.0).collect(),
            max_end,
        }
    }

    fn overlaps(&self, range: TextRange) -> bool {
        let before_end = self.starts.partition_point(|&s| s < range.end());
        before_end
            .checked_sub(1)
            .and_then(|i| self.max_end.get(i))
            .is_some_and(|&end| end > range.start())
    }
}

/// Steps 2 and 3: saved entities by (label, normalised name), the first of each kept;
/// new entities are added under fresh ids.
struct NameIndex {
    by_name: HashMap<(Label, String), EntityId>,
    /// The largest id in use, so each new id is found in O(1).
    max_id: Option<u32>,
}

impl NameIndex {
    fn new(entities: &[Entity]) -> Self {
        let mut by_name = HashMap::new();
        for e in entities {
            by_name
                .entry((e.label, normalise_name(&e.name)))
                .or_insert(e.id);
        }
        let max_id = entities.iter().map(|e| e.id.0).max();
        Self { by_name, max_id }
    }

    /// The entity for fresh entity `fe`: a saved one of its label and name, else a copy
    /// under a new id (`None` only when every id is taken).
    fn find_or_add(&mut self, out: &mut Annotations, fe: &Entity) -> Option<EntityId> {
        let key = (fe.label, normalise_name(&fe.name));
        if let Some(&id) = self.by_name.get(&key) {
            return Some(id);
        }
        let above = self.max_id.map_or(Some(0), |m| m.checked_add(1));
        let id = match above {
            Some(n) => {
                self.max_id = Some(n);
                EntityId(n)
            }
            // u32::MAX is taken (a hostile file): the smallest free id, never a used one.
            None => out.next_entity_id()?,
        };
        out.entities.push(Entity { id, ..fe.clone() });
        self.by_name.insert(key, id);
        Some(id)
    }
}
