//! [`Patch`]: the primitive, exactly invertible changes every [`Edit`](super::Edit) is made of.

use sahifa_model::{Annotations, Entity, Mention};

use super::EditError;

/// One primitive change at an index of [`Annotations::entities`] or
/// [`Annotations::mentions`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Op {
    /// Insert a mention at this index.
    InsertMention(usize, Mention),
    /// Remove the mention at this index; it must equal the one given.
    RemoveMention(usize, Mention),
    /// Replace the mention at this index: `(index, before, after)`.
    SetMention(usize, Mention, Mention),
    /// Insert an entity at this index.
    InsertEntity(usize, Entity),
    /// Remove the entity at this index; it must equal the one given.
    RemoveEntity(usize, Entity),
    /// Replace the entity at this index: `(index, before, after)`.
    SetEntity(usize, Entity, Entity),
}

impl Op {
    fn inverse(self) -> Op {
        match self {
            Op::InsertMention(i, m) => Op::RemoveMention(i, m),
            Op::RemoveMention(i, m) => Op::InsertMention(i, m),
            Op::SetMention(i, a, b) => Op::SetMention(i, b, a),
            Op::InsertEntity(i, e) => Op::RemoveEntity(i, e),
            Op::RemoveEntity(i, e) => Op::InsertEntity(i, e),
            Op::SetEntity(i, a, b) => Op::SetEntity(i, b, a),
        }
    }

    /// Checks that the op fits `ann` as it is now.
    fn check(&self, ann: &Annotations) -> Result<(), EditError> {
        let ok = match self {
            Op::InsertMention(i, _) => *i <= ann.mentions.len(),
            Op::RemoveMention(i, m) | Op::SetMention(i, m, _) => ann.mentions.get(*i) == Some(m),
            Op::InsertEntity(i, _) => *i <= ann.entities.len(),
            Op::RemoveEntity(i, e) | Op::SetEntity(i, e, _) => ann.entities.get(*i) == Some(e),
        };
        if ok { Ok(()) } else { Err(EditError::Stale) }
    }

    fn run(self, ann: &mut Annotations) {
        match self {
            Op::InsertMention(i, m) => ann.mentions.insert(i, m),
            Op::RemoveMention(i, _) => {
                ann.mentions.remove(i);
            }
            Op::SetMention(i, _, m) => ann.mentions[i] = m,
            Op::InsertEntity(i, e) => ann.entities.insert(i, e),
            Op::RemoveEntity(i, _) => {
                ann.entities.remove(i);
            }
            Op::SetEntity(i, _, e) => ann.entities[i] = e,
        }
    }
}

/// A sequence of primitive changes with a human description; applying it returns the
/// patch that undoes it exactly.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Patch {
    /// What the change does, for «Undo …»/«Redo …» menu entries («Rename entity»).
    pub description: String,
    /// The changes, applied in order.
    pub ops: Vec<Op>,
}

impl Patch {
    /// Applies the ops in order. Each op is checked against the state it meets, and if one
    /// does not fit (the annotations changed since the patch was made) everything done so
    /// far is rolled back and [`EditError::Stale`] returned: `ann` is then unchanged.
    pub fn apply(self, ann: &mut Annotations) -> Result<Patch, EditError> {
        let mut done: Vec<Op> = Vec::with_capacity(self.ops.len());
        for op in self.ops {
            if let Err(e) = op.check(ann) {
                for undo in done.into_iter().rev() {
                    undo.inverse().run(ann);
                }
                return Err(e);
            }
            done.push(op.clone());
            op.run(ann);
        }
        Ok(Patch {
            description: self.description,
            ops: done.into_iter().rev().map(Op::inverse).collect(),
        })
    }
}

/// Builds a patch against a working copy, so each op's index is the one it meets.
pub(crate) struct PatchBuilder {
    pub(crate) work: Annotations,
    ops: Vec<Op>,
}

impl PatchBuilder {
    pub(crate) fn new(ann: &Annotations) -> Self {
        Self {
            work: ann.clone(),
            ops: Vec::new(),
        }
    }

    fn push(&mut self, op: Op) {
        self.ops.push(op.clone());
        op.run(&mut self.work);
    }

    /// Inserts a mention at its place in text order (after mentions with the same range).
    pub(crate) fn insert_mention(&mut self, m: Mention) {
        let key = (m.range.start(), m.range.end());
        let i = self
            .work
            .mentions
            .partition_point(|x| (x.range.start(), x.range.end()) <= key);
        self.push(Op::InsertMention(i, m));
    }

    pub(crate) fn remove_mention(&mut self, i: usize) {
        let m = self.work.mentions[i].clone();
        self.push(Op::RemoveMention(i, m));
    }

    pub(crate) fn set_mention(&mut self, i: usize, m: Mention) {
        if self.work.mentions[i] != m {
            let before = self.work.mentions[i].clone();
            self.push(Op::SetMention(i, before, m));
        }
    }

    pub(crate) fn push_entity(&mut self, e: Entity) {
        let i = self.work.entities.len();
        self.push(Op::InsertEntity(i, e));
    }

    pub(crate) fn remove_entity(&mut self, i: usize) {
        let e = self.work.entities[i].clone();
        self.push(Op::RemoveEntity(i, e));
    }

    pub(crate) fn set_entity(&mut self, i: usize, e: Entity) {
        if self.work.entities[i] != e {
            let before = self.work.entities[i].clone();
            self.push(Op::SetEntity(i, before, e));
        }
    }

    pub(crate) fn finish(self, description: &str) -> Patch {
        Patch {
            description: description.to_owned(),
            ops: self.ops,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use sahifa_model::{EntityId, Label, MentionStatus, TextRange};

    fn mention(start: usize) -> Mention {
        Mention {
            range: TextRange::unbounded(start, start + 2).unwrap(),
            label: Label::Misc,
            entity: None,
            status: MentionStatus::Auto,
        }
    }

    #[test]
    fn a_patch_that_stops_fitting_half_way_is_rolled_back() {
        let mut ann = Annotations {
            entities: vec![],
            mentions: vec![mention(0), mention(5)],
        };
        let before = ann.clone();
        let patch = Patch {
            description: "test".to_owned(),
            ops: vec![
                Op::InsertMention(2, mention(9)),
                Op::InsertEntity(
                    0,
                    Entity {
                        id: EntityId(3),
                        label: Label::Misc,
                        name: "x".to_owned(),
                        title: None,
                        note: None,
                    },
                ),
                // Does not match what is at index 0.
                Op::RemoveMention(0, mention(7)),
            ],
        };
        assert_eq!(patch.apply(&mut ann), Err(EditError::Stale));
        assert_eq!(ann, before);
    }

    #[test]
    fn the_inverse_of_the_inverse_is_the_patch() {
        let mut ann = Annotations {
            entities: vec![],
            mentions: vec![mention(0)],
        };
        let patch = Patch {
            description: "move".to_owned(),
            ops: vec![Op::SetMention(0, mention(0), mention(4))],
        };
        let inverse = patch.clone().apply(&mut ann).unwrap();
        let again = inverse.apply(&mut ann).unwrap();
        assert_eq!(again, patch);
    }
}
