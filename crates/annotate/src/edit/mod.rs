//! Annotation edits as values, each with an exact inverse, for undo and redo.
//!
//! The app keeps two stacks of [`Edit`]s. Running an edit with [`Edit::apply`] returns the
//! edit that undoes it; push that on the undo stack. Undo pops it, applies it, and pushes
//! what *that* returns on the redo stack. Inverses are [`Edit::Patch`]es of primitive,
//! index-checked changes, so undo restores the previous [`Annotations`] exactly — down to
//! the order of entities and mentions — or refuses with [`EditError::Stale`] and changes
//! nothing.
//!
//! Mentions are addressed by their index in [`Annotations::mentions`] (valid until the next
//! edit), entities by [`EntityId`].
//!
//! Invariants every edit keeps: mentions stay in text order; every `mention.entity` names an
//! existing entity; an entity left with no visible (non-rejected) mention is removed, and
//! its rejected mentions lose their link to it.
//!
//! Notes are kept on entities ([`Entity::note`]); to note one mention only, split it off
//! into its own entity first.

mod patch;

use std::fmt;

use sahifa_model::{
    Annotations, DocText, Entity, EntityId, Label, Mention, MentionStatus, TextRange,
};

use patch::PatchBuilder;
pub use patch::{Op, Patch};

use crate::words::{normalise_name, snap_to_words_with};

/// What an edit acts on: one mention (by index) or a whole entity.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    /// The mention at this index of [`Annotations::mentions`].
    Mention(usize),
    /// The entity and all its visible mentions.
    Entity(EntityId),
}

/// Which entity a new mention belongs to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum JoinEntity {
    /// No entity (usual for TITLE mentions).
    None,
    /// An existing entity.
    Existing(EntityId),
    /// A new entity with this canonical name and the mention's label.
    New {
        /// Canonical name of the new entity.
        name: String,
    },
}

/// One annotation edit. See the module docs for how undo works.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Edit {
    /// Adds a [`MentionStatus::Manual`] mention. A rejected mention with the same range is
    /// replaced by it. Build it with [`add_mention`] to get word snapping and entity joining.
    AddMention {
        /// The characters marked.
        range: TextRange,
        /// Its type.
        label: Label,
        /// Which entity it joins.
        entity: JoinEntity,
    },
    /// Attaches a mention to another entity (or to none); an automatic mention becomes
    /// confirmed.
    AttachMention {
        /// Index of the mention.
        mention: usize,
        /// The entity it now refers to.
        entity: Option<EntityId>,
    },
    /// Changes the type. On a mention: the mention's label (an automatic mention becomes
    /// confirmed), and the entity's too when it is the entity's only visible mention. On an
    /// entity: the entity's label and that of all its visible mentions.
    SetLabel {
        /// Mention or entity.
        target: Target,
        /// The new type.
        label: Label,
    },
    /// Confirms an automatic (or rejected) mention, or all automatic mentions of an entity.
    Confirm {
        /// Mention or entity.
        target: Target,
    },
    /// Marks a mention rejected, whatever its status, so re-extraction does not bring it
    /// back.
    Reject {
        /// Index of the mention.
        mention: usize,
    },
    /// What the Delete key does. A mention: automatic and confirmed ones become rejected
    /// (remembered), manual ones are removed. An entity: the same for each of its mentions,
    /// then the entity is removed.
    Delete {
        /// Mention or entity.
        target: Target,
    },
    /// Moves every mention of `absorb` to `keep` and removes `absorb`. `keep` gains
    /// `absorb`'s title if it has none, and both notes when both have one.
    MergeEntities {
        /// The entity that stays.
        keep: EntityId,
        /// The entity that goes.
        absorb: EntityId,
    },
    /// Splits a mention off into a new entity of its label named `name`; the mention
    /// becomes confirmed if it was automatic.
    SplitMention {
        /// Index of the mention.
        mention: usize,
        /// Canonical name of the new entity (usually the mention's text).
        name: String,
    },
    /// Renames an entity's canonical name.
    Rename {
        /// The entity.
        entity: EntityId,
        /// New canonical name; must not be blank.
        name: String,
    },
    /// Sets or clears an entity's title («اللواء الركن بحري»).
    SetTitle {
        /// The entity.
        entity: EntityId,
        /// The title; `None` or blank clears it.
        title: Option<String>,
    },
    /// Sets or clears an entity's free-text note.
    SetNote {
        /// The entity.
        entity: EntityId,
        /// The note; `None` or blank clears it.
        note: Option<String>,
    },
    /// Primitive changes; what [`Edit::apply`] returns as the inverse.
    Patch(Patch),
}

/// Why an edit could not be applied. The annotations are unchanged.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EditError {
    /// No mention at this index.
    NoSuchMention(usize),
    /// No entity with this id.
    NoSuchEntity(EntityId),
    /// The range is empty.
    EmptyRange,
    /// A visible mention with the same range and label already exists (at this index).
    Duplicate(usize),
    /// Merging an entity with itself.
    SameEntity(EntityId),
    /// A canonical name must not be blank.
    BlankName,
    /// An undo/redo step no longer fits the annotations (they were changed another way).
    Stale,
}

impl fmt::Display for EditError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EditError::NoSuchMention(i) => write!(f, "there is no mention number {i}"),
            EditError::NoSuchEntity(id) => write!(f, "there is no entity with id {}", id.0),
            EditError::EmptyRange => f.write_str("the selection holds no word to mark"),
            EditError::Duplicate(_) => f.write_str("this text is already marked with that type"),
            EditError::SameEntity(_) => f.write_str("an entity cannot be merged with itself"),
            EditError::BlankName => f.write_str("an entity's name cannot be empty"),
            EditError::Stale => f.write_str(
                "the annotations changed since this step was recorded; nothing was undone",
            ),
        }
    }
}

impl std::error::Error for EditError {}

impl Edit {
    /// A short description for «Undo …»/«Redo …» menu entries.
    pub fn description(&self) -> &str {
        match self {
            Edit::AddMention { .. } => "Add mention",
            Edit::AttachMention { .. } => "Attach mention",
            Edit::SetLabel { .. } => "Change type",
            Edit::Confirm { .. } => "Confirm",
            Edit::Reject { .. } => "Reject mention",
            Edit::Delete { .. } => "Delete",
            Edit::MergeEntities { .. } => "Merge entities",
            Edit::SplitMention { .. } => "Split mention",
            Edit::Rename { .. } => "Rename entity",
            Edit::SetTitle { .. } => "Set title",
            Edit::SetNote { .. } => "Set note",
            Edit::Patch(p) => &p.description,
        }
    }

    /// Applies the edit; returns the edit that undoes it. On error `ann` is unchanged.
    pub fn apply(self, ann: &mut Annotations) -> Result<Edit, EditError> {
        let patch = match self {
            Edit::Patch(p) => p,
            edit => {
                let description = edit.description().to_owned();
                let mut b = PatchBuilder::new(ann);
                build(edit, &mut b)?;
                b.finish(&description)
            }
        };
        patch.apply(ann).map(Edit::Patch)
    }
}

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

fn build(edit: Edit, b: &mut PatchBuilder) -> Result<(), EditError> {
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
                    let id = b.work.next_entity_id();
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
            let id = b.work.next_entity_id();
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
/// mention: the «known name» of [`crate::words::strippable_clitic`].
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
/// [`crate::words::strippable_clitic`]), joining the entity [`matching_entity`] finds, or a
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
