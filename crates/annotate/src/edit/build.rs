//! Turning an [`Edit`] into primitive changes against the current annotations.

use sahifa_model::{Entity, EntityId, Label, Mention, MentionStatus, TextRange};

use super::patch::PatchBuilder;
use super::{Edit, EditError, JoinEntity, Target};

fn mention_index(patch: &PatchBuilder, i: usize) -> Result<usize, EditError> {
    if i < patch.work.mentions.len() {
        Ok(i)
    } else {
        Err(EditError::NoSuchMention(i))
    }
}

fn entity_index(patch: &PatchBuilder, id: EntityId) -> Result<usize, EditError> {
    patch
        .work
        .entities
        .iter()
        .position(|e| e.id == id)
        .ok_or(EditError::NoSuchEntity(id))
}

fn confirmed(status: MentionStatus) -> MentionStatus {
    match status {
        MentionStatus::Auto | MentionStatus::Rejected => MentionStatus::Confirmed,
        s => s,
    }
}

fn clean(text: Option<String>) -> Option<String> {
    text.filter(|t| !t.trim().is_empty())
}

/// A name without its surrounding spaces; a blank one is refused.
fn trimmed_name(name: &str) -> Result<String, EditError> {
    match name.trim() {
        "" => Err(EditError::BlankName),
        name => Ok(name.to_owned()),
    }
}

/// Replaces mention `i` by `change` applied to a copy of it.
fn update_mention(patch: &mut PatchBuilder, i: usize, change: impl FnOnce(&mut Mention)) {
    let mut m = patch.work.mentions[i].clone();
    change(&mut m);
    patch.set_mention(i, m);
}

/// Replaces the entity at index `ei` by `change` applied to a copy of it.
fn update_entity(patch: &mut PatchBuilder, ei: usize, change: impl FnOnce(&mut Entity)) {
    let mut e = patch.work.entities[ei].clone();
    change(&mut e);
    patch.set_entity(ei, e);
}

/// Adds a new entity of `label` named `name` (already trimmed); returns its id.
fn new_entity(patch: &mut PatchBuilder, label: Label, name: String) -> Result<EntityId, EditError> {
    let id = patch
        .work
        .next_entity_id()
        .ok_or(EditError::NoFreeEntityId)?;
    patch.push_entity(Entity {
        id,
        label,
        name,
        title: None,
        note: None,
    });
    Ok(id)
}

/// Indices of the visible mentions of an entity.
fn visible_of(patch: &PatchBuilder, id: EntityId) -> Vec<usize> {
    (0..patch.work.mentions.len())
        .filter(|&i| {
            let m = &patch.work.mentions[i];
            m.entity == Some(id) && m.status != MentionStatus::Rejected
        })
        .collect()
}

/// Removes an entity that has no visible mention left, unlinking its rejected mentions.
fn drop_if_orphaned(patch: &mut PatchBuilder, id: Option<EntityId>) {
    let Some(id) = id else { return };
    if !visible_of(patch, id).is_empty() {
        return;
    }
    for i in 0..patch.work.mentions.len() {
        if patch.work.mentions[i].entity == Some(id) {
            update_mention(patch, i, |m| m.entity = None);
        }
    }
    if let Some(ei) = patch.work.entities.iter().position(|e| e.id == id) {
        patch.remove_entity(ei);
    }
}

/// Deletes one mention the way [`Edit::Delete`] does; returns whether indices shifted.
fn delete_mention(patch: &mut PatchBuilder, i: usize) -> bool {
    match patch.work.mentions[i].status {
        MentionStatus::Manual => {
            patch.remove_mention(i);
            true
        }
        MentionStatus::Rejected => false,
        MentionStatus::Auto | MentionStatus::Confirmed => {
            update_mention(patch, i, |m| m.status = MentionStatus::Rejected);
            false
        }
    }
}

/// Records the primitive changes that carry out `edit`, or refuses it and changes nothing
/// that matters (the builder is dropped).
pub(super) fn build(edit: Edit, patch: &mut PatchBuilder) -> Result<(), EditError> {
    match edit {
        Edit::AddMention {
            range,
            label,
            entity,
        } => add_mention(patch, range, label, entity),
        Edit::AttachMention { mention, entity } => attach_mention(patch, mention, entity),
        Edit::SetLabel { target, label } => set_label(patch, target, label),
        Edit::Confirm { target } => confirm(patch, target),
        Edit::Reject { mention } => reject(patch, mention),
        Edit::Delete { target } => delete(patch, target),
        Edit::MergeEntities { keep, absorb } => merge_entities(patch, keep, absorb),
        Edit::SplitMention { mention, name } => split_mention(patch, mention, &name),
        Edit::Rename { entity, name } => rename(patch, entity, &name),
        Edit::SetTitle { entity, title } => set_title(patch, entity, title),
        Edit::SetNote { entity, note } => set_note(patch, entity, note),
        Edit::Patch(_) => Ok(()),
    }
}

/// [`Edit::AddMention`]: a manual mention, replacing a rejected record of the same span.
fn add_mention(
    patch: &mut PatchBuilder,
    range: TextRange,
    label: Label,
    entity: JoinEntity,
) -> Result<(), EditError> {
    if range.is_empty() {
        return Err(EditError::EmptyRange);
    }
    if let Some(dup) =
        patch.work.mentions.iter().position(|m| {
            m.range == range && m.label == label && m.status != MentionStatus::Rejected
        })
    {
        return Err(EditError::Duplicate(dup));
    }
    let entity = entity_to_join(patch, label, entity)?;
    // A rejected record of the same span is superseded by the user's mark.
    while let Some(i) = patch
        .work
        .mentions
        .iter()
        .position(|m| m.range == range && m.status == MentionStatus::Rejected)
    {
        patch.remove_mention(i);
    }
    patch.insert_mention(Mention {
        range,
        label,
        entity,
        status: MentionStatus::Manual,
    });
    Ok(())
}

/// The entity a new mention of `label` joins: checked to exist, or created.
fn entity_to_join(
    patch: &mut PatchBuilder,
    label: Label,
    entity: JoinEntity,
) -> Result<Option<EntityId>, EditError> {
    match entity {
        JoinEntity::None => Ok(None),
        JoinEntity::Existing(id) => entity_index(patch, id).map(|_| Some(id)),
        JoinEntity::New { name } => {
            let name = trimmed_name(&name)?;
            new_entity(patch, label, name).map(Some)
        }
    }
}

/// [`Edit::AttachMention`].
fn attach_mention(
    patch: &mut PatchBuilder,
    mention: usize,
    entity: Option<EntityId>,
) -> Result<(), EditError> {
    let i = mention_index(patch, mention)?;
    if let Some(id) = entity {
        entity_index(patch, id)?;
    }
    let old = patch.work.mentions[i].entity;
    update_mention(patch, i, |m| {
        m.entity = entity;
        m.status = confirmed(m.status);
    });
    if old != entity {
        drop_if_orphaned(patch, old);
    }
    Ok(())
}

/// [`Edit::SetLabel`].
fn set_label(patch: &mut PatchBuilder, target: Target, label: Label) -> Result<(), EditError> {
    let relabel = |m: &mut Mention| {
        m.label = label;
        m.status = confirmed(m.status);
    };
    match target {
        Target::Mention(i) => {
            let i = mention_index(patch, i)?;
            let entity = patch.work.mentions[i].entity;
            update_mention(patch, i, relabel);
            // The entity follows when this was its only visible mention.
            if let Some(id) = entity
                && visible_of(patch, id) == [i]
            {
                let ei = entity_index(patch, id)?;
                update_entity(patch, ei, |e| e.label = label);
            }
        }
        Target::Entity(id) => {
            let ei = entity_index(patch, id)?;
            update_entity(patch, ei, |e| e.label = label);
            for i in visible_of(patch, id) {
                update_mention(patch, i, relabel);
            }
        }
    }
    Ok(())
}

/// [`Edit::Confirm`].
fn confirm(patch: &mut PatchBuilder, target: Target) -> Result<(), EditError> {
    let mentions = match target {
        Target::Mention(i) => vec![mention_index(patch, i)?],
        Target::Entity(id) => {
            entity_index(patch, id)?;
            visible_of(patch, id)
        }
    };
    for i in mentions {
        update_mention(patch, i, |m| m.status = confirmed(m.status));
    }
    Ok(())
}

/// [`Edit::Reject`].
fn reject(patch: &mut PatchBuilder, mention: usize) -> Result<(), EditError> {
    let i = mention_index(patch, mention)?;
    let entity = patch.work.mentions[i].entity;
    update_mention(patch, i, |m| m.status = MentionStatus::Rejected);
    drop_if_orphaned(patch, entity);
    Ok(())
}

/// [`Edit::Delete`].
fn delete(patch: &mut PatchBuilder, target: Target) -> Result<(), EditError> {
    match target {
        Target::Mention(i) => {
            let i = mention_index(patch, i)?;
            let entity = patch.work.mentions[i].entity;
            delete_mention(patch, i);
            drop_if_orphaned(patch, entity);
        }
        Target::Entity(id) => {
            entity_index(patch, id)?;
            let mut i = 0;
            while i < patch.work.mentions.len() {
                let m = &patch.work.mentions[i];
                if m.entity == Some(id)
                    && m.status != MentionStatus::Rejected
                    && delete_mention(patch, i)
                {
                    continue;
                }
                i += 1;
            }
            drop_if_orphaned(patch, Some(id));
        }
    }
    Ok(())
}

/// [`Edit::MergeEntities`].
fn merge_entities(
    patch: &mut PatchBuilder,
    keep: EntityId,
    absorb: EntityId,
) -> Result<(), EditError> {
    if keep == absorb {
        return Err(EditError::SameEntity(keep));
    }
    let ki = entity_index(patch, keep)?;
    let ai = entity_index(patch, absorb)?;
    let gone = patch.work.entities[ai].clone();
    update_entity(patch, ki, |kept| {
        if kept.title.is_none() {
            kept.title = gone.title;
        }
        kept.note = match (kept.note.take(), gone.note) {
            (Some(a), Some(g)) => Some(format!("{a}\n{g}")),
            (a, g) => a.or(g),
        };
    });
    for i in 0..patch.work.mentions.len() {
        if patch.work.mentions[i].entity == Some(absorb) {
            update_mention(patch, i, |m| m.entity = Some(keep));
        }
    }
    patch.remove_entity(ai);
    Ok(())
}

/// [`Edit::SplitMention`].
fn split_mention(patch: &mut PatchBuilder, mention: usize, name: &str) -> Result<(), EditError> {
    let i = mention_index(patch, mention)?;
    let name = trimmed_name(name)?;
    let (old, label) = (patch.work.mentions[i].entity, patch.work.mentions[i].label);
    let id = new_entity(patch, label, name)?;
    update_mention(patch, i, |m| {
        m.entity = Some(id);
        m.status = confirmed(m.status);
    });
    drop_if_orphaned(patch, old);
    Ok(())
}

/// [`Edit::Rename`].
fn rename(patch: &mut PatchBuilder, entity: EntityId, name: &str) -> Result<(), EditError> {
    let name = trimmed_name(name)?;
    let ei = entity_index(patch, entity)?;
    update_entity(patch, ei, |e| e.name = name);
    Ok(())
}

/// [`Edit::SetTitle`].
fn set_title(
    patch: &mut PatchBuilder,
    entity: EntityId,
    title: Option<String>,
) -> Result<(), EditError> {
    let ei = entity_index(patch, entity)?;
    update_entity(patch, ei, |e| {
        e.title = clean(title).map(|t| t.trim().to_owned())
    });
    Ok(())
}

/// [`Edit::SetNote`].
fn set_note(
    patch: &mut PatchBuilder,
    entity: EntityId,
    note: Option<String>,
) -> Result<(), EditError> {
    let ei = entity_index(patch, entity)?;
    update_entity(patch, ei, |e| e.note = clean(note));
    Ok(())
}
