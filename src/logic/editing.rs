//! Undoable annotation edits. Every change the user makes to a document's annotations
//! goes through [`App::apply_edit`]: the edit is applied to a copy, the copy replaces the
//! document's annotations, and the inverse goes on the undo stack
//! ([`crate::state::undo`]). Marking the selection, placing and dropping unplaced
//! mentions, undo and redo live here too.

use sahifa_annotate::Edit;
use sahifa_annotate::edit::{Op, Patch};
use sahifa_model::{Annotations, Label};

use crate::l10n::tr;
use crate::logic::App;
use crate::logic::problem::Problem;
use crate::state::document::OpenDocument;
use crate::state::undo::{Record, Step, UnplacedOp};

/// An edit that replaces all annotations with `new` (import, re-extraction over edited
/// work), exactly undoable like any other.
pub fn replace_all(current: &Annotations, new: &Annotations, description: &str) -> Edit {
    let mut ops = Vec::new();
    for (i, m) in current.mentions.iter().enumerate().rev() {
        ops.push(Op::RemoveMention(i, m.clone()));
    }
    for (i, e) in current.entities.iter().enumerate().rev() {
        ops.push(Op::RemoveEntity(i, e.clone()));
    }
    for (i, e) in new.entities.iter().enumerate() {
        ops.push(Op::InsertEntity(i, e.clone()));
    }
    let mut mentions = new.mentions.clone();
    mentions.sort_by_key(|m| (m.range.start(), m.range.end()));
    for (i, m) in mentions.into_iter().enumerate() {
        ops.push(Op::InsertMention(i, m));
    }
    Edit::Patch(Patch {
        description: description.to_owned(),
        ops,
    })
}

impl App {
    /// Applies `edit` to the annotations of the document at `index` and records its
    /// inverse for undo. Failures become a notice; nothing changes then.
    pub fn apply_edit(&mut self, index: usize, edit: Edit) -> bool {
        self.apply_step(index, Step::edit(edit), Record::New)
    }

    /// [`Self::apply_edit`] on the shown document.
    pub(crate) fn apply_edit_to_active(&mut self, edit: Edit) {
        if let Some(i) = self.state.active_index() {
            self.apply_edit(i, edit);
        }
    }

    /// Applies `step` to the document at `index` and records its inverse as `record`
    /// says. False when nothing changed (the step did not fit, or was a no-op).
    fn apply_step(&mut self, index: usize, step: Step, record: Record) -> bool {
        let Some(doc) = self.state.document_mut(index) else {
            return false;
        };
        if !unplaced_op_fits(doc, step.unplaced.as_ref()) {
            return false;
        }
        let inverse_edit = match step.edit.map(|edit| apply_to_annotations(doc, edit)) {
            Some(Err(problem)) => {
                self.report(problem);
                return false;
            }
            Some(Ok(inverse)) => inverse,
            None => None,
        };
        let inverse_unplaced = step.unplaced.map(|op| apply_to_unplaced(doc, op));
        if inverse_edit.is_none() && inverse_unplaced.is_none() {
            return false;
        }
        let inverse = Step {
            edit: inverse_edit,
            unplaced: inverse_unplaced,
            description: step.description,
        };
        doc.history.record(inverse, record);
        doc.sidecar.changed();
        true
    }

    /// Undoes the last annotation edit of the shown document.
    pub fn undo(&mut self) {
        let Some(index) = self.state.active_index() else {
            return;
        };
        let Some(step) = self
            .state
            .document_mut(index)
            .and_then(|d| d.history.pop_undo())
        else {
            return;
        };
        if !self.apply_step(index, step, Record::Undo)
            && let Some(doc) = self.state.document_mut(index)
        {
            doc.history.drop_stale_undo();
        }
    }

    /// Redoes the last undone annotation edit of the shown document.
    pub fn redo(&mut self) {
        let Some(index) = self.state.active_index() else {
            return;
        };
        let Some(step) = self
            .state
            .document_mut(index)
            .and_then(|d| d.history.pop_redo())
        else {
            return;
        };
        if !self.apply_step(index, step, Record::Redo)
            && let Some(doc) = self.state.document_mut(index)
        {
            doc.history.drop_stale_redo();
        }
    }

    /// Marks the article selection of the shown document as `label` (keys 1–7): snapped to
    /// whole words, joined to a matching entity or a new one, which becomes selected.
    pub fn mark_selection(&mut self, label: Label) {
        let Some(index) = self.state.active_index() else {
            return;
        };
        let Some(doc) = self.state.document(index) else {
            return;
        };
        let lang = self.state.settings.language;
        let Some(selection) = doc.view.text_selection else {
            self.inform(tr(lang, "notice-select-first"));
            return;
        };
        let Some(edit) =
            sahifa_annotate::add_mention(&doc.doc.text, doc.annotations(), selection, label)
        else {
            self.inform(tr(lang, "notice-no-word"));
            return;
        };
        let range = match &edit {
            Edit::AddMention { range, .. } => Some(*range),
            _ => None,
        };
        if self.apply_edit(index, edit)
            && let Some(doc) = self.state.document_mut(index)
        {
            doc.view.consume_text_selection();
            let entity = range.and_then(|r| {
                doc.annotations()
                    .mentions
                    .iter()
                    .find(|m| m.range == r && m.label == label)
                    .and_then(|m| m.entity)
            });
            if let Some(id) = entity {
                doc.view.selected = Some(id);
                doc.view.current_mention = doc
                    .selected_mentions()
                    .iter()
                    .position(|m| Some(*m) == range);
            }
        }
    }

    /// Places unplaced mention `i` of the shown document on the article selection.
    pub(crate) fn place_unplaced(&mut self, i: usize) {
        let Some(index) = self.state.active_index() else {
            return;
        };
        let Some(doc) = self.state.document(index) else {
            return;
        };
        let (Some(selection), Some(u)) = (doc.view.text_selection, doc.sidecar.unplaced.get(i))
        else {
            return;
        };
        let label = u.mention.label;
        let Some(edit) =
            sahifa_annotate::add_mention(&doc.doc.text, doc.annotations(), selection, label)
        else {
            return;
        };
        let step = Step {
            edit: Some(edit),
            unplaced: Some(UnplacedOp::Remove(i)),
            description: "Place mention".to_owned(),
        };
        if self.apply_step(index, step, Record::New)
            && let Some(doc) = self.state.document_mut(index)
        {
            doc.view.consume_text_selection();
        }
    }

    /// Drops unplaced mention `i` of the shown document (the user decided; undoable).
    pub(crate) fn drop_unplaced(&mut self, i: usize) {
        let Some(index) = self.state.active_index() else {
            return;
        };
        let step = Step {
            edit: None,
            unplaced: Some(UnplacedOp::Remove(i)),
            description: "Drop unplaced mention".to_owned(),
        };
        self.apply_step(index, step, Record::New);
    }
}

/// True when `op` names a place that exists in the unplaced list.
fn unplaced_op_fits(doc: &OpenDocument, op: Option<&UnplacedOp>) -> bool {
    let len = doc.sidecar.unplaced.len();
    match op {
        Some(UnplacedOp::Remove(i)) => *i < len,
        Some(UnplacedOp::Insert(i, _)) => *i <= len,
        None => true,
    }
}

/// Applies `edit` to the document's annotations; the inverse, or `None` when the edit
/// changed nothing. The selection and current mention stay when their entity does.
fn apply_to_annotations(doc: &mut OpenDocument, edit: Edit) -> Result<Option<Edit>, Problem> {
    let mut annotations = doc.annotations().clone();
    let inverse = edit
        .apply(&mut annotations)
        .map_err(|source| Problem::Edit {
            doc: doc.doc.display_name(),
            source,
        })?;
    if inverse.is_noop() {
        return Ok(None);
    }
    let selected = doc.view.selected;
    let current = doc.view.current_mention;
    doc.set_annotations(annotations);
    if let Some(id) = selected
        && doc.annotations().entity(id).is_some()
    {
        doc.view.selected = Some(id);
        let count = doc.selected_mentions().len();
        doc.view.current_mention = current.filter(|&c| c < count);
    }
    Ok(Some(inverse))
}

/// Applies `op` to the unplaced list (which [`unplaced_op_fits`]); returns its inverse.
fn apply_to_unplaced(doc: &mut OpenDocument, op: UnplacedOp) -> UnplacedOp {
    let unplaced = &mut doc.sidecar.unplaced;
    match op {
        UnplacedOp::Remove(i) => {
            let u = unplaced.remove(i);
            UnplacedOp::Insert(i, u)
        }
        UnplacedOp::Insert(i, u) => {
            unplaced.insert(i, u);
            doc.view.unplaced_open = true;
            UnplacedOp::Remove(i)
        }
    }
}
