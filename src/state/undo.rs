//! [`UndoHistory`]: one document's undo and redo stacks and where its saved state is in
//! them. Plain data: applying a [`Step`] to a document is
//! [`crate::logic::editing`]'s job. The history lives only in memory — it is never
//! serialised (asserted at compile time below).

use sahifa_annotate::{Edit, UnplacedMention};

/// A change to the list of unplaced mentions.
#[derive(Clone, Debug)]
pub enum UnplacedOp {
    /// Put this mention back at this index.
    Insert(usize, UnplacedMention),
    /// Take the mention at this index off the list.
    Remove(usize),
}

/// One undo/redo step: an annotation edit, a change to the unplaced mentions, or both
/// (placing one). Applying a step yields the step that undoes it.
#[derive(Clone, Debug)]
pub struct Step {
    /// The change to the annotations, if any.
    pub edit: Option<Edit>,
    /// The change to the unplaced mentions, if any.
    pub unplaced: Option<UnplacedOp>,
    /// For «Undo …»/«Redo …».
    pub description: String,
}

impl Step {
    /// A step of one annotation edit.
    pub fn edit(edit: Edit) -> Self {
        Self {
            description: edit.description().to_owned(),
            edit: Some(edit),
            unplaced: None,
        }
    }
}

/// Which stack a step's inverse goes on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Record {
    /// A new edit: its inverse goes on the undo stack, redo is cleared.
    New,
    /// An undo: the inverse goes on the redo stack.
    Undo,
    /// A redo: the inverse goes on the undo stack, redo is kept.
    Redo,
}

/// The state a save writes: the undo depth and the branch it was taken on. A save that
/// finishes on another branch no longer describes anything undo can reach.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SaveVersion {
    /// Depth of the undo stack.
    pub depth: usize,
    /// Value of `UndoHistory::branch`.
    pub branch: u64,
}

/// One document's undo history and save point. Not saved.
#[derive(Debug, Default)]
pub struct UndoHistory {
    /// Inverses of the steps made, last on top.
    undo: Vec<Step>,
    /// Inverses of undone steps, last on top.
    redo: Vec<Step>,
    /// The depth of the undo stack at which the state is the one in the sidecar (0 when
    /// the document was opened): undoing back to a saved state makes the document clean
    /// again. Meaningless while `save_point_lost`.
    save_depth: usize,
    /// Set when the saved state can no longer be reached by undo/redo (a new edit after
    /// undoing past it, or a stale history dropped): the document stays unsaved.
    save_point_lost: bool,
    /// Counts the times the save point was lost, so a save started before can tell.
    branch: u64,
}

impl UndoHistory {
    /// True when the annotations changed since they were last saved.
    pub fn is_dirty(&self) -> bool {
        self.save_point_lost || self.save_depth != self.undo.len()
    }

    /// What Undo would undo, if anything.
    pub fn undo_description(&self) -> Option<&str> {
        self.undo.last().map(|s| s.description.as_str())
    }

    /// What Redo would redo, if anything.
    pub fn redo_description(&self) -> Option<&str> {
        self.redo.last().map(|s| s.description.as_str())
    }

    /// True when the user has changed anything since the document was opened.
    pub fn has_history(&self) -> bool {
        !self.undo.is_empty() || !self.redo.is_empty() || self.is_dirty()
    }

    /// The state shown now, as a save would record it.
    pub fn version(&self) -> SaveVersion {
        SaveVersion {
            depth: self.undo.len(),
            branch: self.branch,
        }
    }

    /// Takes the step Undo would apply.
    pub fn pop_undo(&mut self) -> Option<Step> {
        self.undo.pop()
    }

    /// Takes the step Redo would apply.
    pub fn pop_redo(&mut self) -> Option<Step> {
        self.redo.pop()
    }

    /// Records the inverse of a step just applied.
    pub fn record(&mut self, inverse: Step, record: Record) {
        match record {
            Record::New => {
                if self.save_depth > self.undo.len() {
                    // The saved state was in the redo history, now dropped.
                    self.lose_save_point();
                }
                self.undo.push(inverse);
                self.redo.clear();
            }
            Record::Undo => self.redo.push(inverse),
            Record::Redo => self.undo.push(inverse),
        }
    }

    /// A popped undo step no longer fits the document: the history before it would not
    /// fit either, so it goes, and the saved state with it.
    pub fn drop_stale_undo(&mut self) {
        self.undo.clear();
        self.lose_save_point();
    }

    /// A popped redo step no longer fits the document: the redo history goes.
    pub fn drop_stale_redo(&mut self) {
        self.redo.clear();
        if self.save_depth > self.undo.len() {
            self.lose_save_point();
        }
    }

    /// A save of `version` finished: it is the saved state, if undo can still reach it.
    pub fn saved(&mut self, version: SaveVersion) {
        if version.branch == self.branch {
            self.save_depth = version.depth;
            self.save_point_lost = false;
        }
    }

    /// The state shown now counts as the one on disk (the changes were discarded).
    pub fn mark_clean(&mut self) {
        self.save_depth = self.undo.len();
        self.save_point_lost = false;
    }

    /// The saved state is no longer reachable by undo/redo.
    fn lose_save_point(&mut self) {
        self.save_point_lost = true;
        self.branch += 1;
    }
}

/// Compile-time check that [`UndoHistory`] is never serialised: naming `some_item` below
/// is ambiguous, and fails to compile, as soon as `UndoHistory: serde::Serialize`.
const _: fn() = || {
    trait AmbiguousIfSerialize<A> {
        fn some_item() {}
    }
    impl<T: ?Sized> AmbiguousIfSerialize<()> for T {}
    struct IsSerialize;
    impl<T: ?Sized + serde::Serialize> AmbiguousIfSerialize<IsSerialize> for T {}
    let _ = <UndoHistory as AmbiguousIfSerialize<_>>::some_item;
};
