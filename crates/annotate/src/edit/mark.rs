//! Marking a selection: word snapping, entity matching, hit-testing.

use sahifa_model::{Annotations, DocText, EntityId, Label, MentionStatus, TextRange};

use super::{Edit, JoinEntity};
use crate::words::{normalise_name, snap_to_words_with};

/// The entity a new mention with this text and label should join: one of the same label
/// whose canonical name, or the text of one of whose visible mentions, equals `mention_text`
/// after [`normalise_name`]. The first such entity in [`Annotations::entities`] wins.
pub fn matching_entity(
    text: &DocText,
    ann: &Annotations,
    mention_text: &str,
    label: Label,
) -> Option<EntityId> {
    let wanted = normalise_name(mention_text);
    if wanted.is_empty() {
        return None;
    }
    ann.entities
        .iter()
        .filter(|e| e.label == label)
        .find(|e| {
            normalise_name(&e.name) == wanted
                || ann
                    .mentions_of(e.id)
                    .any(|m| normalise_name(text.slice(m.range)) == wanted)
        })
        .map(|e| e.id)
}

/// True when `candidate` (normalised) is the name of an entity or the text of a visible
/// mention: the «known name» of [`crate::words::leading_clitic`].
fn is_known_name(text: &DocText, ann: &Annotations, candidate: &str) -> bool {
    let wanted = normalise_name(candidate);
    ann.entities
        .iter()
        .any(|e| normalise_name(&e.name) == wanted)
        || ann
            .mentions
            .iter()
            .filter(|m| m.status != MentionStatus::Rejected)
            .any(|m| normalise_name(text.slice(m.range)) == wanted)
}

/// The edit for «mark the selection as `label`» (number keys 1–7): the selection snapped to
/// whole words (leading clitic left out before «ال» or a known name, see
/// [`crate::words::leading_clitic`]), joining the entity [`matching_entity`] finds, or a
/// new entity named after the text. TITLE mentions join a matching TITLE entity or none.
/// `None` when the selection holds no word.
pub fn add_mention(
    text: &DocText,
    ann: &Annotations,
    selection: TextRange,
    label: Label,
) -> Option<Edit> {
    let range = snap_to_words_with(text, selection, |s| is_known_name(text, ann, s));
    if range.is_empty() {
        return None;
    }
    let mention_text = text.slice(range);
    let entity = match matching_entity(text, ann, mention_text, label) {
        Some(id) => JoinEntity::Existing(id),
        None if label == Label::Title => JoinEntity::None,
        None => JoinEntity::New {
            name: mention_text.to_owned(),
        },
    };
    Some(Edit::AddMention {
        range,
        label,
        entity,
    })
}

/// Indices of the visible mentions covering character `offset`, shortest first — what a
/// click on the text hits.
pub fn mentions_at(ann: &Annotations, offset: usize) -> Vec<usize> {
    let mut hits: Vec<usize> = ann
        .mentions
        .iter()
        .enumerate()
        .filter(|(_, m)| m.status != MentionStatus::Rejected && m.range.contains(offset))
        .map(|(i, _)| i)
        .collect();
    hits.sort_by_key(|&i| ann.mentions[i].range.len());
    hits
}
