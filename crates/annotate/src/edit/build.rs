//! Turning an [`Edit`] into primitive changes against the current annotations.

use sahifa_model::{Entity, EntityId, Mention, MentionStatus};

use super::patch::PatchBuilder;
use super::{Edit, EditError, JoinEntity, Target};

fn mention_index(b: &PatchBuilder, i: usize) -> Result<usize, EditError> {
    if i < b.work.mentions.len() {
        Ok(i)
    } else {
        Err(EditError::NoSuchMention(i))
    }
}

fn entity_index(b: &PatchBuilder, id: EntityId) -> Result<usize, EditError> {
    b.work
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

/// Indices of the visible mentions of an entity.
fn visible_of(b: &PatchBuilder, id: EntityId) -> Vec<usize> {
    (0..b.work.mentions.len())
        .filter(|&i| {
            let m = &b.work.mentions[i];
            m.entity == Some(id) && m.status != MentionStatus::Rejected
        })
        .collect()
}

/// Removes an entity that has no visible mention left, unlinking its rejected mentions.
fn drop_if_orphaned(b: &mut PatchBuilder, id: Option<EntityId>) {
    let Some(id) = id else { return };
    if !visible_of(b, id).is_empty() {
        return;
    }
    for i in 0..b.work.mentions.len() {
        if b.work.mentions[i].entity == Some(id) {
            let mut m = b.work.mentions[i].clone();
            m.entity = None;
            b.set_mention(i, m);
        }
    }
    if let Some(ei) = b.work.entities.iter().position(|e| e.id == id) {
        b.remove_entity(ei);
    }
}

/// Deletes one mention the way [`Edit::Delete`] does; returns whether indices shifted.
fn delete_mention(b: &mut PatchBuilder, i: usize) -> bool {
    let m = b.work.mentions[i].clone();
    match m.status {
        MentionStatus::Manual => {
            b.remove_mention(i);
            true
        }
        MentionStatus::Rejected => false,
        MentionStatus::Auto | MentionStatus::Confirmed => {
            b.set_mention(
                i,
                Mention {
                    status: MentionStatus::Rejected,
                    ..m
                },
            );
            false
        }
    }
}

pub(super) fn build(edit: Edit, b: &mut PatchBuilder) -> Result<(), EditError> {
    match edit {
        Edit::AddMention {
            range,
            label,
            entity,
        } => {
            if range.is_empty() {
                return Err(EditError::EmptyRange);
            }
            if let Some(dup) = b.work.mentions.iter().position(|m| {
                m.range == range && m.label == label && m.status != MentionStatus::Rejected
            }) {
                return Err(EditError::Duplicate(dup));
            }
            let entity = match entity {
                JoinEntity::None => None,
                JoinEntity::Existing(id) => {
                    entity_index(b, id)?;
                    Some(id)
                }
                JoinEntity::New { name } => {
                    if name.trim().is_empty() {
                        return Err(EditError::BlankName);
                    }
                    let id = b.work.next_entity_id().ok_or(EditError::NoFreeEntityId)?;
                    b.push_entity(Entity {
                        id,
                        label,
                        name: name.trim().to_owned(),
                        title: None,
                        note: None,
                    });
                    Some(id)
                }
            };
            // A rejected record of the same span is superseded by the user's mark.
            while let Some(i) = b
                .work
                .mentions
                .iter()
                .position(|m| m.range == range && m.status == MentionStatus::Rejected)
            {
                b.remove_mention(i);
            }
            b.insert_mention(Mention {
                range,
                label,
                entity,
                status: MentionStatus::Manual,
            });
        }
        Edit::AttachMention { mention, entity } => {
            let i = mention_index(b, mention)?;
            if let Some(id) = entity {
                entity_index(b, id)?;
            }
            let m = b.work.mentions[i].clone();
            let old = m.entity;
            b.set_mention(
                i,
                Mention {
                    entity,
                    status: confirmed(m.status),
                    ..m
                },
            );
            if old != entity {
                drop_if_orphaned(b, old);
            }
        }
        Edit::SetLabel { target, label } => match target {
            Target::Mention(i) => {
                let i = mention_index(b, i)?;
                let m = b.work.mentions[i].clone();
                let entity = m.entity;
                b.set_mention(
                    i,
                    Mention {
                        label,
                        status: confirmed(m.status),
                        ..m
                    },
                );
                if let Some(id) = entity
                    && visible_of(b, id) == [i]
                {
                    let ei = entity_index(b, id)?;
                    let e = b.work.entities[ei].clone();
                    b.set_entity(ei, Entity { label, ..e });
                }
            }
            Target::Entity(id) => {
                let ei = entity_index(b, id)?;
                let e = b.work.entities[ei].clone();
                b.set_entity(ei, Entity { label, ..e });
                for i in visible_of(b, id) {
                    let m = b.work.mentions[i].clone();
                    b.set_mention(
                        i,
                        Mention {
                            label,
                            status: confirmed(m.status),
                            ..m
                        },
                    );
                }
            }
        },
        Edit::Confirm { target } => match target {
            Target::Mention(i) => {
                let i = mention_index(b, i)?;
                let m = b.work.mentions[i].clone();
                b.set_mention(
                    i,
                    Mention {
                        status: confirmed(m.status),
                        ..m
                    },
                );
            }
            Target::Entity(id) => {
                entity_index(b, id)?;
                for i in visible_of(b, id) {
                    let m = b.work.mentions[i].clone();
                    b.set_mention(
                        i,
                        Mention {
                            status: confirmed(m.status),
                            ..m
                        },
                    );
                }
            }
        },
        Edit::Reject { mention } => {
            let i = mention_index(b, mention)?;
            let m = b.work.mentions[i].clone();
            let entity = m.entity;
            b.set_mention(
                i,
                Mention {
                    status: MentionStatus::Rejected,
                    ..m
                },
            );
            drop_if_orphaned(b, entity);
        }
        Edit::Delete { target } => match target {
            Target::Mention(i) => {
                let i = mention_index(b, i)?;
                let entity = b.work.mentions[i].entity;
                delete_mention(b, i);
                drop_if_orphaned(b, entity);
            }
            Target::Entity(id) => {
                entity_index(b, id)?;
                let mut i = 0;
                while i < b.work.mentions.len() {
                    let m = &b.work.mentions[i];
                    if m.entity == Some(id)
                        && m.status != MentionStatus::Rejected
                        && delete_mention(b, i)
                    {
                        continue;
                    }
                    i += 1;
                }
                drop_if_orphaned(b, Some(id));
            }
        },
        Edit::MergeEntities { keep, absorb } => {
            if keep == absorb {
                return Err(EditError::SameEntity(keep));
            }
            let ki = entity_index(b, keep)?;
            let ai = entity_index(b, absorb)?;
            let gone = b.work.entities[ai].clone();
            let mut kept = b.work.entities[ki].clone();
            if kept.title.is_none() {
                kept.title = gone.title.clone();
            }
            kept.note = match (kept.note.take(), gone.note.clone()) {
                (Some(a), Some(g)) => Some(format!("{a}\n{g}")),
                (a, g) => a.or(g),
            };
            b.set_entity(ki, kept);
            for i in 0..b.work.mentions.len() {
                if b.work.mentions[i].entity == Some(absorb) {
                    let m = b.work.mentions[i].clone();
                    b.set_mention(
                        i,
                        Mention {
                            entity: Some(keep),
                            ..m
                        },
                    );
                }
            }
            b.remove_entity(ai);
        }
        Edit::SplitMention { mention, name } => {
            let i = mention_index(b, mention)?;
            if name.trim().is_empty() {
                return Err(EditError::BlankName);
            }
            let m = b.work.mentions[i].clone();
            let old = m.entity;
            let id = b.work.next_entity_id().ok_or(EditError::NoFreeEntityId)?;
            b.push_entity(Entity {
                id,
                label: m.label,
                name: name.trim().to_owned(),
                title: None,
                note: None,
            });
            b.set_mention(
                i,
                Mention {
                    entity: Some(id),
                    status: confirmed(m.status),
                    ..m
                },
            );
            drop_if_orphaned(b, old);
        }
        Edit::Rename { entity, name } => {
            if name.trim().is_empty() {
                return Err(EditError::BlankName);
            }
            let ei = entity_index(b, entity)?;
            let e = b.work.entities[ei].clone();
            b.set_entity(
                ei,
                Entity {
                    name: name.trim().to_owned(),
                    ..e
                },
            );
        }
        Edit::SetTitle { entity, title } => {
            let ei = entity_index(b, entity)?;
            let e = b.work.entities[ei].clone();
            b.set_entity(
                ei,
                Entity {
                    title: clean(title).map(|t| t.trim().to_owned()),
                    ..e
                },
            );
        }
        Edit::SetNote { entity, note } => {
            let ei = entity_index(b, entity)?;
            let e = b.work.entities[ei].clone();
            b.set_entity(
                ei,
                Entity {
                    note: clean(note),
                    ..e
                },
            );
        }
        Edit::Patch(_) => {}
    }
    Ok(())
}
