//! «Retrain with my annotations»: the open documents' saved annotations and the recent
//! files' sidecars fold into CRF training in a named background task with progress and
//! «Cancel retraining»; the outcome, with both scores, is a notice.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use crate::l10n::{tr, tr_args};
use crate::logic::App;
use crate::logic::retrain_job::{self, RetrainJob, Retrained};
use crate::logic::tasks::Task;

impl App {
    /// Starts retraining, unless one runs, the training corpus is missing or nothing was
    /// annotated (each said in a notice).
    pub(crate) fn start_retrain(&mut self) {
        let lang = self.state.settings.language;
        if self.tasks.retrain.is_some() {
            return;
        }
        let data = match retrain_job::training_data_dir() {
            Ok(dir) => dir,
            Err(looked) => {
                self.report_text(tr_args(
                    lang,
                    "retrain-no-corpus",
                    &[("looked", looked.into())],
                ));
                return;
            }
        };
        let mut open_paths = Vec::new();
        let mut open = Vec::new();
        for doc in self.state.documents() {
            open_paths.extend(doc.doc.source.path.clone());
            if doc.from_sidecar
                && let Some(a) = retrain_job::article(doc.doc.text.as_str(), doc.annotations())
            {
                open.push(a);
            }
        }
        let recent: Vec<_> = self
            .state
            .settings
            .recent_files
            .iter()
            .filter(|p| !open_paths.contains(p))
            .cloned()
            .collect();
        if open.is_empty()
            && !recent
                .iter()
                .any(|p| sahifa_annotate::sidecar_path_for(p).is_file())
        {
            self.report_text(tr(lang, "retrain-nothing"));
            return;
        }
        let cancel = Arc::new(AtomicBool::new(false));
        let (learner, stop) = (self.learner.clone(), Arc::clone(&cancel));
        let name = tr(lang, "task-retraining");
        let task = Task::spawn(name, self.waker.as_ref(), move |progress| {
            retrain_job::run(&learner, data, open, &recent, progress, &stop)
        });
        self.tasks.retrain = Some(RetrainJob { cancel, task });
        self.state.knowledge.retraining = true;
    }

    /// Asks the running retraining to stop; nothing changes.
    pub(crate) fn cancel_retrain(&mut self) {
        if let Some(job) = &self.tasks.retrain {
            job.cancel.store(true, Ordering::Relaxed);
        }
    }

    /// Takes the outcome of a finished retraining.
    pub(crate) fn poll_retrain(&mut self) {
        let lang = self.state.settings.language;
        let Some(result) = self.tasks.retrain.as_ref().and_then(|j| j.task.poll()) else {
            return;
        };
        self.tasks.retrain = None;
        self.state.knowledge.retraining = false;
        let percent = |f: f64| format!("{:.1}", f * 100.0);
        let scores =
            |new: f64, old: f64| [("new", percent(new).into()), ("old", percent(old).into())];
        match result {
            Ok(Ok(Retrained::Kept { new, old })) => {
                self.state.knowledge.user_model = true;
                self.inform(tr_args(lang, "retrain-kept", &scores(new, old)));
            }
            Ok(Ok(Retrained::NotKept { new, old })) => {
                self.inform(tr_args(lang, "retrain-not-kept", &scores(new, old)));
            }
            Ok(Ok(Retrained::Cancelled)) => self.inform(tr(lang, "retrain-cancelled")),
            Ok(Err(error)) => {
                self.report_text(tr_args(lang, "retrain-failed", &[("error", error.into())]));
            }
            Err(panicked) => self.report(panicked),
        }
    }

    /// Shows an error notice already in words.
    fn report_text(&mut self, message: String) {
        self.state.notices.push(crate::state::notice::Notice {
            message,
            is_error: true,
        });
    }
}
