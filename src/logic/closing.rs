//! Closing a document or the window. With unsaved annotation changes the user is asked
//! first (Save / Discard / Cancel); «Save» closes once the saves have finished.

use crate::logic::App;
use crate::logic::effect::Effect;
use crate::state::dialog::{CloseTarget, Dialog};

impl App {
    /// Closes the document at `index`, or asks first when it has unsaved changes.
    pub(crate) fn close_document(&mut self, index: usize) {
        let Some(doc) = self.state.document(index) else {
            return;
        };
        if doc.is_dirty() {
            self.state.dialog = Some(Dialog::Unsaved(CloseTarget::Document(doc.id)));
            return;
        }
        if let Some(doc) = self.state.remove_document(index) {
            self.tasks.extractions.retain(|j| j.doc != doc.id);
        }
    }

    /// The window's close button: with unsaved work (or a save running) the window stays
    /// open and the user is asked.
    pub(crate) fn window_close_requested(&mut self) {
        let unsaved = self
            .state
            .documents()
            .iter()
            .any(|d| d.is_dirty() || d.sidecar.is_saving());
        if !self.allow_window_close && unsaved {
            self.effects.push(Effect::CancelClose);
            self.state.dialog = Some(Dialog::Unsaved(CloseTarget::Window));
        }
    }

    /// The user's answer to «unsaved changes»: `Some(true)` save, `Some(false)` discard,
    /// `None` cancel.
    pub(crate) fn answer_unsaved(&mut self, target: CloseTarget, save: Option<bool>) {
        self.state.dialog = None;
        match save {
            None => {}
            Some(true) => {
                self.close_after_save = Some(target);
                self.poll_saves();
            }
            Some(false) => {
                let indices = self.close_indices(target);
                for &i in &indices {
                    if let Some(doc) = self.state.document_mut(i) {
                        doc.history.mark_clean();
                    }
                }
                self.finish_close(target, &indices);
            }
        }
    }

    /// Closes what waits for its saves once they have all finished; gives up when one
    /// `failed` (the user has been told).
    pub(crate) fn close_when_saved(&mut self, failed: bool) {
        let Some(target) = self.close_after_save else {
            return;
        };
        if failed {
            self.close_after_save = None;
            return;
        }
        let indices = self.close_indices(target);
        // A save that was already running (autosave) may hold an older state: save
        // again until what is closed is saved as it is now.
        for &i in &indices {
            if self
                .state
                .document(i)
                .is_some_and(|d| d.is_dirty() && !d.sidecar.is_saving())
            {
                self.start_save(i, true);
            }
        }
        let saving = indices.iter().any(|&i| {
            self.state
                .document(i)
                .is_some_and(|d| d.sidecar.is_saving())
        });
        if saving {
            return;
        }
        self.close_after_save = None;
        self.finish_close(target, &indices);
    }

    /// The indices of the documents `target` closes.
    fn close_indices(&self, target: CloseTarget) -> Vec<usize> {
        match target {
            CloseTarget::Document(id) => self.state.doc_index(id).into_iter().collect(),
            CloseTarget::Window => (0..self.state.documents().len()).collect(),
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
                self.allow_window_close = true;
                self.effects.push(Effect::CloseWindow);
            }
        }
    }
}
