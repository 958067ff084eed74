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
//! Notes are kept on entities ([`Entity::note`](sahifa_model::Entity::note)); to note one mention only, split it off
//! into its own entity first.

mod build;
mod mark;
mod patch;

use std::fmt;

use sahifa_model::{Annotations, EntityId, Label, TextRange};

pub use mark::{add_mention, matching_entity, mentions_at};
use patch::PatchBuilder;
pub use patch::{Op, Patch};

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
    /// Adds a [`MentionStatus::Manual`](sahifa_model::MentionStatus::Manual) mention. A rejected mention with the same range is
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
    /// Every entity id is in use, so no new entity can be made.
    NoFreeEntityId,
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
            EditError::NoFreeEntityId => {
                f.write_str("no new entity can be made: every entity number is in use")
            }
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

    /// True for an inverse that undoes nothing (the edit changed nothing, e.g. confirming a
    /// confirmed mention): there is no need to push it on the undo stack.
    pub fn is_noop(&self) -> bool {
        matches!(self, Edit::Patch(p) if p.ops.is_empty())
    }

    /// Applies the edit; returns the edit that undoes it. On error `ann` is unchanged.
    pub fn apply(self, ann: &mut Annotations) -> Result<Edit, EditError> {
        let patch = match self {
            Edit::Patch(p) => p,
            edit => {
                let description = edit.description().to_owned();
                let mut b = PatchBuilder::new(ann);
                build::build(edit, &mut b)?;
                b.finish(&description)
            }
        };
        patch.apply(ann).map(Edit::Patch)
    }
}
