//! Saving a document's annotations beside it (`ARTICLE.sahifa.json`) on a background
//! task: on Ctrl+S, [`AUTOSAVE_AFTER`] the last change, before closing. A document is
//! *dirty* when it changed since its sidecar was last written. A sidecar that could not
//! be read when the document was opened is left untouched until the user chooses to
//! replace it; a read-only one is never written (the user is offered «Save As»).

use std::time::{Duration, Instant};

use sahifa_annotate::SaveError;
use sahifa_model::Annotations;

use crate::l10n::tr_args;
use crate::logic::App;
use crate::logic::background::SaveJob;
use crate::logic::editing::replace_all;
use crate::logic::effect::Effect;
use crate::logic::importing::merge_import;
use crate::logic::problem::{Problem, SaveFailure};
use crate::logic::sidecar_write::{self, SaveRequest, Written};
use crate::logic::tasks::{Task, TaskPanicked, take_finished};
use crate::state::dialog::Dialog;

/// How long after the last edit a dirty document is saved on its own.
pub const AUTOSAVE_AFTER: Duration = Duration::from_secs(3);

impl App {
    /// Starts writing the sidecar of the document at `index` in the background. `force`
    /// writes over a sidecar that could not be read (the user agreed). A second save of
    /// the same document is refused while one runs.
    pub fn start_save(&mut self, index: usize, force: bool) {
        let lang = self.state.settings.language;
        let Some(doc) = self.state.document_mut(index) else {
            return;
        };
        if doc.sidecar.is_saving() {
            return;
        }
        if doc.sidecar.problem.is_some() && !force {
            self.state.dialog = Some(Dialog::ReplaceSidecar(doc.id));
            return;
        }
        let Some(path) = doc.doc.source.path.clone() else {
            let doc = doc.doc.display_name();
            self.report(Problem::NoFileToSaveBeside { doc });
            return;
        };
        let sidecar = doc
            .sidecar
            .path
            .clone()
            .unwrap_or_else(|| sahifa_annotate::sidecar_path_for(&path));
        let request = SaveRequest {
            article_path: path.clone(),
            sidecar,
            article: doc.doc.clone(),
            annotations: doc.annotations().clone(),
            unplaced: doc.sidecar.unplaced.clone(),
            // Only over a file the user agreed to replace (it could not be read); the
            // old one is kept aside.
            replace: force && doc.sidecar.problem.is_some(),
            seen: doc.sidecar.on_disk,
        };
        doc.sidecar.saving = Some(doc.history.version());
        let id = doc.id;
        let name = tr_args(
            lang,
            "task-saving",
            &[("name", request.article.display_name().into())],
        );
        let learner = self.learner.clone();
        let task = Task::spawn(name, self.waker.as_ref(), move |_| {
            let written = sidecar_write::write(&request);
            // The sidecar is written first: a store that cannot learn is only a notice.
            if written.is_ok() {
                let text = request.article.text.as_str();
                learner.teach(text, &request.annotations, Some(&path));
            }
            written
        });
        self.tasks.saves.push(SaveJob { doc: id, task });
    }

    /// Saves the shown document now (Ctrl+S).
    pub fn save_active(&mut self) {
        if let Some(index) = self.state.active_index() {
            self.start_save(index, false);
        }
    }

    /// Collects finished saves; closes what was waiting for them.
    pub(crate) fn poll_saves(&mut self) {
        let mut failed = false;
        for (SaveJob { doc: id, .. }, result) in take_finished(&mut self.tasks.saves, |j| &j.task) {
            if let Some(index) = self.state.doc_index(id) {
                failed |= !self.save_finished(index, result);
            }
        }
        self.close_when_saved(failed);
    }

    /// Takes the result of a save of the document at `index`; false when it failed.
    fn save_finished(
        &mut self,
        index: usize,
        result: Result<Result<Written, SaveError>, TaskPanicked>,
    ) -> bool {
        let lang = self.state.settings.language;
        let Some(doc) = self.state.document_mut(index) else {
            return false;
        };
        let Some(version) = doc.sidecar.saving.take() else {
            return false;
        };
        let failure: SaveFailure = match result {
            Ok(Ok(written)) => {
                doc.history.saved(version);
                doc.sidecar.problem = None;
                doc.sidecar.on_disk = written.on_disk;
                doc.from_sidecar = true;
                if let Some(old) = written.kept_aside {
                    let path = old.display().to_string();
                    let message = tr_args(lang, "notice-kept-aside", &[("path", path.into())]);
                    self.inform(message);
                }
                if let Some(theirs) = written.theirs {
                    self.merge_other_save(index, &theirs);
                }
                return true;
            }
            Ok(Err(SaveError::ReadOnly { path, folder })) => {
                // Nothing was written; do not retry on every edit.
                doc.sidecar.last_change = None;
                self.state.dialog = Some(Dialog::ReadOnly {
                    doc: doc.id,
                    path,
                    folder,
                });
                return false;
            }
            Ok(Err(e)) => e.into(),
            Err(panicked) => panicked.into(),
        };
        // The next edit or Ctrl+S tries again; autosave does not retry in a loop.
        doc.sidecar.last_change = None;
        self.report(Problem::Save(failure));
        false
    }

    /// Another window's annotations, found in the sidecar by a save (which wrote them
    /// merged with this window's): merged into the document too, as one undoable step.
    /// When nothing was edited since the save began, the merged document is what the save
    /// wrote, so it stays clean (no second save).
    fn merge_other_save(&mut self, index: usize, theirs: &Annotations) {
        let lang = self.state.settings.language;
        let Some(doc) = self.state.document(index) else {
            return;
        };
        let current = doc.annotations();
        let merged = merge_import(current, theirs);
        if merged == *current {
            return;
        }
        let name = doc.doc.display_name();
        let beside = doc
            .doc
            .source
            .path
            .as_deref()
            .map(sahifa_annotate::sidecar_path_for);
        let sidecar = doc.sidecar.path.clone().or(beside).unwrap_or_default();
        let sidecar = sidecar.display().to_string();
        // Unchanged since the save began: the merge gives exactly what was written.
        let as_written = !doc.is_dirty();
        let edit = replace_all(current, &merged, "Merge another window's save");
        if self.apply_edit(index, edit)
            && as_written
            && let Some(doc) = self.state.document_mut(index)
        {
            doc.history.mark_clean();
            doc.sidecar.last_change = None;
        }
        let args = [("name", name.into()), ("path", sidecar.into())];
        let message = tr_args(lang, "notice-merged-other-save", &args);
        self.inform(message);
    }

    /// Saves the dirty documents whose last change is [`AUTOSAVE_AFTER`] old; asks for a
    /// frame when the next one is due.
    pub(crate) fn autosave(&mut self) {
        let now = Instant::now();
        let mut wake: Option<Duration> = None;
        let mut due = Vec::new();
        for (index, doc) in self.state.documents().iter().enumerate() {
            if !doc.is_dirty() || doc.sidecar.is_saving() || doc.sidecar.problem.is_some() {
                continue;
            }
            let Some(last) = doc.sidecar.last_change else {
                continue;
            };
            let since = now.duration_since(last);
            if since >= AUTOSAVE_AFTER {
                due.push(index);
            } else {
                let left = AUTOSAVE_AFTER - since;
                wake = Some(wake.map_or(left, |w| w.min(left)));
            }
        }
        for index in due {
            self.start_save(index, false);
        }
        if let Some(wake) = wake {
            self.effects.push(Effect::RepaintAfter(wake));
        }
    }
}
