//! Annotating: per-document undo/redo of [`Edit`]s (and of placing or dropping unplaced
//! mentions), unsaved-changes bookkeeping, autosave, the save task, and asking before
//! unsaved work is closed.
//!
//! Every change to a document's annotations made by the user goes through
//! [`SahifaApp::apply_edit`]: the edit is applied to a copy, the copy replaces the
//! document's annotations, and the inverse goes on the undo stack. The undo history lives
//! only in memory (never saved). A document is *dirty* when it changed since its sidecar
//! was last written; dirty documents are saved [`AUTOSAVE_AFTER`] the last change, on a
//! background task, unless their sidecar could not be read when they were opened — that
//! file is left untouched until the user chooses to replace it.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use sahifa_annotate::edit::{Op, Patch};
use sahifa_annotate::{Edit, SaveError, UnplacedMention};
use sahifa_model::{Annotations, EntityId, Label, TextRange};

use crate::app::annotate_actions::Dialog;
use crate::app::document::DocId;
use crate::app::tasks::Task;
use crate::app::{Notice, SahifaApp};

/// How long after the last edit a dirty document is saved on its own.
pub const AUTOSAVE_AFTER: Duration = Duration::from_secs(3);

/// A running save: the (undo depth, branch) of the state it writes, and its task.
type SaveJob = ((usize, u64), Task<Result<Option<PathBuf>, SaveError>>);

/// One document's annotation editing state. Not saved.
#[derive(Default)]
pub struct EditState {
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
    /// When the annotations last changed (drives autosave).
    last_change: Option<Instant>,
    /// The save task running, with the (undo depth, branch) of the state it writes.
    saving: Option<SaveJob>,
    /// Why the sidecar could not be read when the document was opened. While set, nothing
    /// is written over it without the user saying so.
    pub sidecar_problem: Option<String>,
    /// Where the annotations are saved when not beside the article (the user chose
    /// «Save As» because that file is read-only).
    pub sidecar_path: Option<PathBuf>,
    /// Saved mentions that could not be placed in the current text; kept in the sidecar
    /// and listed until the user places or drops them.
    pub unplaced: Vec<UnplacedMention>,
    /// Whether the unplaced-mentions window is shown.
    pub unplaced_open: bool,
    /// The article's text selection (document chars), as the article view last reported.
    pub selection: Option<TextRange>,
    /// Raised to ask the article view to clear its selection (once it has been marked);
    /// the view remembers the last value it served.
    pub clear_selection: u64,
}

impl EditState {
    /// True when the annotations changed since they were last saved.
    pub fn is_dirty(&self) -> bool {
        self.save_point_lost || self.save_depth != self.undo.len()
    }

    /// True while the sidecar is being written.
    pub fn is_saving(&self) -> bool {
        self.saving.is_some()
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

    /// The selection was used up: the article view drops it on the next frame.
    fn consume_selection(&mut self) {
        self.selection = None;
        self.clear_selection += 1;
    }

    fn changed(&mut self) {
        self.last_change = Some(Instant::now());
    }

    /// The saved state is no longer reachable by undo/redo.
    fn lose_save_point(&mut self) {
        self.save_point_lost = true;
        self.branch += 1;
    }

    /// The state shown now is the one on disk (saved, or discarded on close).
    fn mark_saved(&mut self, depth: usize) {
        self.save_depth = depth;
        self.save_point_lost = false;
    }
}

/// A change to the list of unplaced mentions.
#[derive(Clone, Debug)]
enum UnplacedOp {
    /// Put this mention back at this index.
    Insert(usize, UnplacedMention),
    /// Take the mention at this index off the list.
    Remove(usize),
}

/// One undo/redo step: an annotation edit, a change to the unplaced mentions, or both
/// (placing one). Applying a step yields the step that undoes it.
#[derive(Clone, Debug)]
struct Step {
    edit: Option<Edit>,
    unplaced: Option<UnplacedOp>,
    /// For «Undo …»/«Redo …».
    description: String,
}

impl Step {
    fn edit(edit: Edit) -> Self {
        Self {
            description: edit.description().to_owned(),
            edit: Some(edit),
            unplaced: None,
        }
    }
}

/// Which step [`SahifaApp::apply_step`] records.
enum Record {
    /// A new edit: its inverse goes on the undo stack, redo is cleared.
    New,
    /// An undo: the inverse goes on the redo stack.
    Undo,
    /// A redo: the inverse goes on the undo stack, redo is kept.
    Redo,
}

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

/// What is being closed once the user has answered «unsaved changes».
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CloseTarget {
    /// One document.
    Document(DocId),
    /// The window (every document).
    Window,
}

/// App-wide annotation state: the dialog shown, tasks that are not tied to one document.
#[derive(Default)]
pub struct Jobs {
    /// The annotation dialog shown, if any.
    pub dialog: Option<crate::app::annotate_actions::Dialog>,
    /// Set once the user agreed to close the window (saved or discarded).
    allow_window_close: bool,
    /// Close this once its saves have finished.
    close_after_save: Option<CloseTarget>,
    /// The title last sent: (document, dirty).
    title: Option<(Option<DocId>, bool)>,
    /// Background tasks of exports, imports and file dialogs.
    pub(crate) files: crate::app::annotate_files::FileJobs,
}

impl SahifaApp {
    /// Applies `edit` to the annotations of the document at `index` and records its
    /// inverse for undo. Failures become a notice; nothing changes then.
    pub fn apply_edit(&mut self, index: usize, edit: Edit) -> bool {
        self.apply_step(index, Step::edit(edit), Record::New)
    }

    fn apply_step(&mut self, index: usize, step: Step, record: Record) -> bool {
        let Some(doc) = self.docs.get_mut(index) else {
            return false;
        };
        let fits = match &step.unplaced {
            Some(UnplacedOp::Remove(i)) => *i < doc.edits.unplaced.len(),
            Some(UnplacedOp::Insert(i, _)) => *i <= doc.edits.unplaced.len(),
            None => true,
        };
        if !fits {
            return false;
        }
        let mut inverse_edit = None;
        if let Some(edit) = step.edit {
            let mut annotations = doc.annotations().clone();
            let inverse = match edit.apply(&mut annotations) {
                Ok(inverse) => inverse,
                Err(e) => {
                    self.notices.push(Notice {
                        message: format!("{}: {e}", doc.doc.display_name()),
                        is_error: true,
                    });
                    return false;
                }
            };
            if !inverse.is_noop() {
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
                inverse_edit = Some(inverse);
            }
        }
        let edits = &mut doc.edits;
        let inverse_unplaced = match step.unplaced {
            Some(UnplacedOp::Remove(i)) => {
                let u = edits.unplaced.remove(i);
                Some(UnplacedOp::Insert(i, u))
            }
            Some(UnplacedOp::Insert(i, u)) => {
                edits.unplaced.insert(i, u);
                edits.unplaced_open = true;
                Some(UnplacedOp::Remove(i))
            }
            None => None,
        };
        if inverse_edit.is_none() && inverse_unplaced.is_none() {
            return false;
        }
        let inverse = Step {
            edit: inverse_edit,
            unplaced: inverse_unplaced,
            description: step.description,
        };
        match record {
            Record::New => {
                if edits.save_depth > edits.undo.len() {
                    // The saved state was in the redo history, now dropped.
                    edits.lose_save_point();
                }
                edits.undo.push(inverse);
                edits.redo.clear();
            }
            Record::Undo => edits.redo.push(inverse),
            Record::Redo => edits.undo.push(inverse),
        }
        edits.changed();
        true
    }

    /// Undoes the last annotation edit of the shown document.
    pub fn undo(&mut self) {
        let Some(index) = self.active else { return };
        let Some(step) = self.docs.get_mut(index).and_then(|d| d.edits.undo.pop()) else {
            return;
        };
        if !self.apply_step(index, step, Record::Undo) {
            // A stale step cannot be undone; the history before it would not fit either.
            let edits = &mut self.docs[index].edits;
            edits.undo.clear();
            edits.lose_save_point();
        }
    }

    /// Redoes the last undone annotation edit of the shown document.
    pub fn redo(&mut self) {
        let Some(index) = self.active else { return };
        let Some(step) = self.docs.get_mut(index).and_then(|d| d.edits.redo.pop()) else {
            return;
        };
        if !self.apply_step(index, step, Record::Redo) {
            let edits = &mut self.docs[index].edits;
            edits.redo.clear();
            if edits.save_depth > edits.undo.len() {
                edits.lose_save_point();
            }
        }
    }

    /// Marks the article selection of the shown document as `label` (keys 1–7): snapped to
    /// whole words, joined to a matching entity or a new one, which becomes selected.
    pub fn mark_selection(&mut self, label: Label) {
        let Some(index) = self.active else { return };
        let doc = &self.docs[index];
        let Some(selection) = doc.edits.selection else {
            self.notices.push(Notice {
                message: "Select some text in the article first, then choose its type (keys 1–7)"
                    .to_owned(),
                is_error: false,
            });
            return;
        };
        let Some(edit) =
            sahifa_annotate::add_mention(&doc.doc.text, doc.annotations(), selection, label)
        else {
            self.notices.push(Notice {
                message: "The selection holds no word to mark".to_owned(),
                is_error: false,
            });
            return;
        };
        let range = match &edit {
            Edit::AddMention { range, .. } => Some(*range),
            _ => None,
        };
        if self.apply_edit(index, edit) {
            let doc = &mut self.docs[index];
            doc.edits.consume_selection();
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

    /// Takes a finished extraction for the document at `index`. Work the user has
    /// changed or saved wins (fresh finds are merged in), and over edited work the merge
    /// is an undoable step.
    pub(crate) fn take_extraction(&mut self, index: usize, fresh: Annotations) {
        let Some(doc) = self.docs.get(index) else {
            return;
        };
        if !doc.from_sidecar && !doc.edits.has_history() {
            self.set_annotations(index, fresh);
            return;
        }
        let merged = sahifa_annotate::merge_extraction(doc.annotations(), &fresh);
        if doc.edits.has_history() {
            let edit = replace_all(doc.annotations(), &merged, "Extract entities again");
            self.apply_edit(index, edit);
            self.docs[index].extraction = crate::app::Extraction::Done;
        } else {
            self.set_annotations(index, merged);
        }
    }

    /// The shown document has unsaved annotation changes.
    pub fn active_is_dirty(&self) -> bool {
        self.active_document().is_some_and(|d| d.edits.is_dirty())
    }

    /// Starts writing the sidecar of the document at `index` in the background. `force`
    /// writes over a sidecar that could not be read (the user agreed).
    pub fn start_save(&mut self, index: usize, force: bool) {
        let Some(doc) = self.docs.get_mut(index) else {
            return;
        };
        if doc.edits.saving.is_some() {
            return;
        }
        if doc.edits.sidecar_problem.is_some() && !force {
            self.annot.dialog = Some(Dialog::ReplaceSidecar(doc.id));
            return;
        }
        let Some(path) = doc.doc.source.path.clone() else {
            self.notices.push(Notice {
                message: format!(
                    "{}: this document has no file, so its annotations cannot be saved beside it; use File > Export",
                    doc.doc.display_name()
                ),
                is_error: true,
            });
            return;
        };
        let sidecar = doc
            .edits
            .sidecar_path
            .clone()
            .unwrap_or_else(|| sahifa_annotate::sidecar_path_for(&path));
        // Only over a file the user agreed to replace (it could not be read); the old
        // one is kept aside.
        let replace = force && doc.edits.sidecar_problem.is_some();
        let article = doc.doc.clone();
        let annotations = doc.annotations().clone();
        let unplaced = doc.edits.unplaced.clone();
        let version = (doc.edits.undo.len(), doc.edits.branch);
        let name = format!("Saving annotations of {}", article.display_name());
        let task = Task::spawn(name, self.ctx.as_ref(), move |_| {
            if replace {
                sahifa_annotate::save_sidecar_replacing(&sidecar, &article, &annotations, &unplaced)
            } else {
                sahifa_annotate::save_sidecar_keeping(&sidecar, &article, &annotations, &unplaced)
                    .map(|()| None)
            }
        });
        doc.edits.saving = Some((version, task));
    }

    /// Says that the save of document `index` failed; the next edit or Ctrl+S tries again.
    fn save_failed(&mut self, index: usize, message: String) {
        if let Some(doc) = self.docs.get_mut(index) {
            // Do not retry in a loop.
            doc.edits.last_change = None;
        }
        self.notices.push(Notice {
            message: format!("The annotations could not be saved: {message}"),
            is_error: true,
        });
    }

    /// Saves the shown document now (Ctrl+S).
    pub fn save_active(&mut self) {
        if let Some(index) = self.active {
            self.start_save(index, false);
        }
    }

    /// Collects finished saves; closes what was waiting for them.
    pub(crate) fn poll_saves(&mut self) {
        let mut failed = false;
        for index in 0..self.docs.len() {
            let doc = &mut self.docs[index];
            let Some(result) = doc.edits.saving.as_ref().and_then(|(_, t)| t.poll()) else {
                continue;
            };
            let Some(((depth, branch), _)) = doc.edits.saving.take() else {
                continue;
            };
            let result = match result {
                Ok(result) => result,
                Err(panicked) => {
                    failed = true;
                    self.save_failed(index, panicked.to_string());
                    continue;
                }
            };
            match result {
                Ok(kept_aside) => {
                    if branch == doc.edits.branch {
                        doc.edits.mark_saved(depth);
                    }
                    doc.edits.sidecar_problem = None;
                    doc.from_sidecar = true;
                    if let Some(old) = kept_aside {
                        let message = format!(
                            "The file that could not be read was kept as {}",
                            old.display()
                        );
                        self.notices.push(Notice {
                            message,
                            is_error: false,
                        });
                    }
                }
                Err(SaveError::ReadOnly { path, folder }) => {
                    failed = true;
                    // Nothing was written; do not retry on every edit.
                    doc.edits.last_change = None;
                    self.annot.dialog = Some(Dialog::ReadOnly {
                        doc: doc.id,
                        path,
                        folder,
                    });
                }
                Err(e) => {
                    failed = true;
                    self.save_failed(index, e.to_string());
                }
            }
        }
        let Some(target) = self.annot.close_after_save else {
            return;
        };
        if failed {
            self.annot.close_after_save = None;
            return;
        }
        let indices = self.close_indices(target);
        // A save that was already running (autosave) may hold an older state: save
        // again until what is closed is saved as it is now.
        for &i in &indices {
            if self.docs[i].edits.is_dirty() && !self.docs[i].edits.is_saving() {
                self.start_save(i, true);
            }
        }
        if indices.iter().any(|&i| self.docs[i].edits.is_saving()) {
            return;
        }
        self.annot.close_after_save = None;
        self.finish_close(target, &indices);
    }

    /// The indices of the documents `target` closes.
    fn close_indices(&self, target: CloseTarget) -> Vec<usize> {
        match target {
            CloseTarget::Document(id) => self.doc_index(id).into_iter().collect(),
            CloseTarget::Window => (0..self.docs.len()).collect(),
        }
    }

    /// Closes what `target` names, now that nothing in `indices` needs saving.
    fn finish_close(&mut self, target: CloseTarget, indices: &[usize]) {
        match target {
            CloseTarget::Document(_) => {
                if let Some(&i) = indices.first() {
                    self.close_document(i);
                }
            }
            CloseTarget::Window => {
                self.annot.allow_window_close = true;
                if let Some(ctx) = &self.ctx {
                    ctx.send_viewport_cmd(egui::ViewportCommand::Close);
                }
            }
        }
    }

    /// Called by `close_document`: true when the document has unsaved changes and the
    /// user is asked first (the document stays open).
    pub(crate) fn ask_before_closing(&mut self, index: usize) -> bool {
        let Some(doc) = self.docs.get(index) else {
            return false;
        };
        if doc.edits.is_dirty() {
            self.annot.dialog = Some(crate::app::annotate_actions::Dialog::Unsaved(
                CloseTarget::Document(doc.id),
            ));
            return true;
        }
        false
    }

    /// The user's answer to «unsaved changes»: `Some(true)` save, `Some(false)` discard,
    /// `None` cancel.
    pub(crate) fn answer_unsaved(&mut self, target: CloseTarget, save: Option<bool>) {
        self.annot.dialog = None;
        let indices = self.close_indices(target);
        match save {
            None => {}
            Some(true) => {
                self.annot.close_after_save = Some(target);
                self.poll_saves();
            }
            Some(false) => {
                for &i in &indices {
                    let edits = &mut self.docs[i].edits;
                    let depth = edits.undo.len();
                    edits.mark_saved(depth);
                }
                self.finish_close(target, &indices);
            }
        }
    }

    /// Once a frame, before drawing: finished saves, autosave, the window's close button.
    pub(crate) fn annotation_frame(&mut self, ctx: &egui::Context) {
        self.poll_saves();
        self.poll_file_jobs();
        let now = Instant::now();
        let mut wake: Option<Duration> = None;
        for index in 0..self.docs.len() {
            let edits = &self.docs[index].edits;
            if !edits.is_dirty() || edits.is_saving() || edits.sidecar_problem.is_some() {
                continue;
            }
            let Some(last) = edits.last_change else {
                continue;
            };
            let since = now.duration_since(last);
            if since >= AUTOSAVE_AFTER {
                self.start_save(index, false);
            } else {
                let left = AUTOSAVE_AFTER - since;
                wake = Some(wake.map_or(left, |w| w.min(left)));
            }
        }
        if let Some(wake) = wake {
            ctx.request_repaint_after(wake);
        }

        if ctx.input(|i| i.viewport().close_requested())
            && !self.annot.allow_window_close
            && self
                .docs
                .iter()
                .any(|d| d.edits.is_dirty() || d.edits.is_saving())
        {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.annot.dialog = Some(crate::app::annotate_actions::Dialog::Unsaved(
                CloseTarget::Window,
            ));
        }
    }

    /// Names the shown document in the window title, «•» marking unsaved annotation
    /// changes; sent only when that changes.
    pub(crate) fn update_title(&mut self, ctx: &egui::Context) {
        let shown = (self.active_document().map(|d| d.id), self.active_is_dirty());
        if self.annot.title != Some(shown) {
            self.annot.title = Some(shown);
            let title = match self.active_document() {
                Some(doc) if shown.1 => format!("• {} — Sahifa", doc.doc.display_name()),
                Some(doc) => format!("{} — Sahifa", doc.doc.display_name()),
                None => "Sahifa".to_owned(),
            };
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title));
        }
    }

    /// Running annotation tasks as (name, progress, elapsed), for the status bar.
    pub(crate) fn annotation_tasks(&self) -> Vec<(String, Option<f32>, Duration)> {
        let saves = self
            .docs
            .iter()
            .filter_map(|d| d.edits.saving.as_ref().map(|(_, t)| t.status()));
        saves.chain(self.file_job_tasks()).collect()
    }

    /// Records what was read with the document at `index` from its sidecar: unplaced
    /// mentions, or the reason it could not be used.
    pub(crate) fn record_sidecar(
        &mut self,
        index: usize,
        unplaced: Vec<UnplacedMention>,
        problem: Option<String>,
    ) {
        if let Some(doc) = self.docs.get_mut(index) {
            doc.edits.unplaced_open = !unplaced.is_empty();
            doc.edits.unplaced = unplaced;
            doc.edits.sidecar_problem = problem;
        }
    }

    /// Places unplaced mention `i` of the shown document on the article selection.
    pub(crate) fn place_unplaced(&mut self, i: usize) {
        let Some(index) = self.active else { return };
        let doc = &self.docs[index];
        let (Some(selection), Some(u)) = (doc.edits.selection, doc.edits.unplaced.get(i)) else {
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
        if self.apply_step(index, step, Record::New) {
            self.docs[index].edits.consume_selection();
        }
    }

    /// Drops unplaced mention `i` of the shown document (the user decided; undoable).
    pub(crate) fn drop_unplaced(&mut self, i: usize) {
        let Some(index) = self.active else { return };
        let step = Step {
            edit: None,
            unplaced: Some(UnplacedOp::Remove(i)),
            description: "Drop unplaced mention".to_owned(),
        };
        self.apply_step(index, step, Record::New);
    }

    /// The annotation dialog shown, if any.
    pub fn annotations_dialog(&self) -> Option<&crate::app::annotate_actions::Dialog> {
        self.annot.dialog.as_ref()
    }

    /// The entity ids and names of the shown document, for pickers.
    pub fn entity_choices(&self) -> Vec<(EntityId, Label, String)> {
        self.active_document()
            .map(|d| {
                d.annotations()
                    .entities
                    .iter()
                    .map(|e| (e.id, e.label, e.name.clone()))
                    .collect()
            })
            .unwrap_or_default()
    }
}
