//! Merging a fresh extraction into saved annotations without overriding the user.

use std::collections::HashMap;

use sahifa_model::{Annotations, Entity, EntityId, MentionStatus};

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
    let mut map: HashMap<EntityId, EntityId> = HashMap::new();

    // 1. The user's grouping of mentions the extractor also found: each fresh entity goes
    //    to the saved entity most of its re-found mentions belong to.
    let mut votes: HashMap<EntityId, HashMap<EntityId, usize>> = HashMap::new();
    for fm in &fresh.mentions {
        let Some(fid) = fm.entity else { continue };
        if let Some(sid) = saved
            .mentions
            .iter()
            .filter(|m| m.status != MentionStatus::Rejected && m.range == fm.range)
            .filter_map(|m| m.entity)
            .find(|sid| saved.entity(*sid).is_some_and(|e| e.label == fm.label))
        {
            *votes.entry(fid).or_default().entry(sid).or_default() += 1;
        }
    }
    for (fid, counts) in votes {
        // Most votes; the lower id on a tie, so the result does not depend on hashing.
        if let Some((&sid, _)) = counts
            .iter()
            .max_by_key(|&(sid, n)| (*n, std::cmp::Reverse(*sid)))
        {
            map.insert(fid, sid);
        }
    }

    let mut added = Vec::new();
    for fm in &fresh.mentions {
        if fm.status == MentionStatus::Rejected
            || saved.mentions.iter().any(|m| m.range.overlaps(fm.range))
            || added
                .iter()
                .any(|m: &sahifa_model::Mention| m.range.overlaps(fm.range))
        {
            continue;
        }
        let entity = match fm.entity.and_then(|fid| fresh.entity(fid)) {
            None => None,
            Some(fe) => Some(match map.get(&fe.id) {
                Some(&id) => id,
                None => {
                    let wanted = normalise_name(&fe.name);
                    let id = match out
                        .entities
                        .iter()
                        .find(|e| e.label == fe.label && normalise_name(&e.name) == wanted)
                    {
                        Some(e) => e.id,
                        None => {
                            let id = out.next_entity_id();
                            out.entities.push(Entity { id, ..fe.clone() });
                            id
                        }
                    };
                    map.insert(fe.id, id);
                    id
                }
            }),
        };
        added.push(sahifa_model::Mention {
            range: fm.range,
            label: fm.label,
            entity,
            status: MentionStatus::Auto,
        });
    }
    out.mentions.extend(added);
    out.sort_mentions();
    out
}
