//! Entity extraction: run on a background task per document; its result replaces the
//! annotations, or is merged into the user's saved or edited work.

use sahifa_model::Annotations;

use crate::logic::App;
use crate::logic::background::ExtractJob;
use crate::logic::editing::replace_all;
use crate::logic::problem::Problem;
use crate::logic::tasks::{Task, take_finished};
use crate::state::document::Extraction;

impl App {
    /// Replaces the entities of the document at `index` (tests, sidecars, extraction).
    /// Mentions outside the text are left out, and the user is told.
    pub fn set_annotations(&mut self, index: usize, annotations: Annotations) {
        let Some(doc) = self.state.document_mut(index) else {
            return;
        };
        let dropped = doc.set_annotations(annotations);
        doc.extraction = Extraction::Done;
        if dropped > 0 {
            let doc = doc.doc.display_name();
            self.report(Problem::MentionsOutsideText { doc, dropped });
        }
    }

    /// Starts extracting the entities of the document at `index` (again).
    pub(crate) fn start_extraction(&mut self, index: usize) {
        let lang = self.state.settings.language;
        let Some(doc) = self.state.document_mut(index) else {
            return;
        };
        let id = doc.id;
        let article = doc.doc.clone();
        doc.extraction = Extraction::Running;
        self.tasks.extractions.retain(|j| j.doc != id);
        let name = crate::l10n::tr_args(
            lang,
            "task-extracting",
            &[("name", article.display_name().into())],
        );
        let learner = self.learner.clone();
        let task = Task::spawn(name, self.waker.as_ref(), move |progress| {
            learner.extract(&article, progress)
        });
        self.tasks.extractions.push(ExtractJob { doc: id, task });
    }

    /// Takes the results of finished extractions. A failure is shown where the entities
    /// would be (the sidebar and the status bar), not as a notice.
    pub(crate) fn poll_extractions(&mut self) {
        let lang = self.state.settings.language;
        for (ExtractJob { doc: id, .. }, result) in
            take_finished(&mut self.tasks.extractions, |j| &j.task)
        {
            let Some(index) = self.state.doc_index(id) else {
                continue;
            };
            let message = match result {
                // Saved work wins: re-extraction only adds what the user has not decided
                // about.
                Ok(Ok(fresh)) => {
                    self.take_extraction(index, fresh);
                    continue;
                }
                Ok(Err(problem)) => problem.message(lang),
                Err(panicked) => panicked.message(lang),
            };
            if let Some(doc) = self.state.document_mut(index) {
                doc.extraction = Extraction::Failed(message);
            }
        }
    }

    /// Takes a finished extraction for the document at `index`. Work the user has
    /// changed or saved wins (fresh finds are merged in), and over edited work the merge
    /// is an undoable step.
    pub(crate) fn take_extraction(&mut self, index: usize, fresh: Annotations) {
        let Some(doc) = self.state.document(index) else {
            return;
        };
        let edited = doc.history.has_history();
        if !doc.from_sidecar && !edited {
            self.set_annotations(index, fresh);
            return;
        }
        let merged = sahifa_annotate::merge_extraction(doc.annotations(), &fresh);
        if edited {
            let edit = replace_all(doc.annotations(), &merged, "Extract entities again");
            self.apply_edit(index, edit);
            if let Some(doc) = self.state.document_mut(index) {
                doc.extraction = Extraction::Done;
            }
        } else {
            self.set_annotations(index, merged);
        }
    }
}
