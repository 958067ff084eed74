//! Learning from the reader: the personal knowledge store opened at start, taught on
//! every save (in the save's own task, see [`crate::logic::saving`]), shown and edited in
//! the «Taught names» dialog; the retrained model undone with «Use the shipped model».

use crate::l10n::{Language, tr, tr_args};
use crate::logic::App;
use crate::logic::learner::{Done, KnowledgeAction, LearnJob, LearnProblem, Learner, Learnt};
use crate::logic::tasks::{Task, take_finished};
use crate::state::dialog::Dialog;
use crate::state::notice::Notice;

impl App {
    /// Opens the knowledge store in the background (at start).
    pub(crate) fn start_learning(&mut self) {
        self.spawn_learning("task-knowledge-opening", Learner::open);
    }

    /// Runs `job` on the learner in a named background task.
    fn spawn_learning(&mut self, name_id: &str, job: fn(&Learner) -> Learnt) {
        let name = tr(self.state.settings.language, name_id);
        let learner = self.learner.clone();
        let task = Task::spawn(name, self.waker.as_ref(), move |_| job(&learner));
        self.tasks.learning.push(LearnJob { task });
    }

    /// Takes what finished knowledge tasks and saves learnt.
    pub(crate) fn poll_learning(&mut self) {
        for (_, result) in take_finished(&mut self.tasks.learning, |j| &j.task) {
            match result {
                Ok(learnt) => self.take_learnt(learnt),
                Err(panicked) => self.report(panicked),
            }
        }
        for learnt in self.learner.take_outbox() {
            self.take_learnt(learnt);
        }
        self.poll_retrain();
    }

    /// Shows what a knowledge change did.
    fn take_learnt(&mut self, learnt: Learnt) {
        let lang = self.state.settings.language;
        if let Some(mut knowledge) = learnt.knowledge {
            knowledge.retraining = self.state.knowledge.retraining;
            self.state.knowledge = knowledge;
        }
        for problem in &learnt.problems {
            self.state.notices.push(Notice {
                message: problem_message(lang, problem),
                is_error: true,
            });
        }
        if let Some(done) = learnt.done {
            self.inform(done_message(lang, &done));
        }
    }

    /// Runs what the «Taught names» dialog asked.
    pub fn run_knowledge(&mut self, action: KnowledgeAction) {
        let learner = self.learner.clone();
        let (name_id, job): (&str, Box<dyn FnOnce() -> Learnt + Send>) = match action {
            KnowledgeAction::Forget(name) => (
                "task-knowledge-saving",
                Box::new(move || learner.forget(&name)),
            ),
            KnowledgeAction::ForgetEverything => {
                if let Some(Dialog::Knowledge { confirm_reset, .. }) = &mut self.state.dialog {
                    *confirm_reset = false;
                }
                ("task-knowledge-saving", Box::new(move || learner.reset()))
            }
        };
        let name = tr(self.state.settings.language, name_id);
        let task = Task::spawn(name, self.waker.as_ref(), move |_| job());
        self.tasks.learning.push(LearnJob { task });
    }

    /// Opens the «Taught names» dialog.
    pub(crate) fn show_taught_names(&mut self) {
        self.state.dialog = Some(Dialog::Knowledge {
            filter: String::new(),
            confirm_reset: false,
        });
    }

    /// Removes the retrained model; extractions use the shipped one again.
    pub(crate) fn use_shipped_model(&mut self) {
        self.spawn_learning("task-knowledge-model", Learner::use_shipped);
    }
}

/// A knowledge problem as the notice says it.
pub fn problem_message(lang: Language, problem: &LearnProblem) -> String {
    let path = |p: &std::path::Path| p.display().to_string();
    match problem {
        LearnProblem::Recovered(r) => tr_args(
            lang,
            "knowledge-recovered",
            &[
                ("path", path(&r.path).into()),
                ("backup", path(&r.backup).into()),
                ("reason", r.reason.clone().into()),
            ],
        ),
        LearnProblem::Newer { path: p } => {
            tr_args(lang, "knowledge-newer", &[("path", path(p).into())])
        }
        LearnProblem::Store(error) => {
            tr_args(lang, "knowledge-failed", &[("error", error.clone().into())])
        }
        LearnProblem::Model { path: p, reason } => tr_args(
            lang,
            "knowledge-model-failed",
            &[("path", path(p).into()), ("error", reason.clone().into())],
        ),
    }
}

/// What a knowledge command did, as the notice says it.
fn done_message(lang: Language, done: &Done) -> String {
    match done {
        Done::Forgot(name, count) => tr_args(
            lang,
            "knowledge-forgot",
            &[("name", name.clone().into()), ("count", (*count).into())],
        ),
        Done::Reset(Some(backup)) => tr_args(
            lang,
            "knowledge-reset",
            &[("backup", backup.display().to_string().into())],
        ),
        Done::Reset(None) => tr(lang, "knowledge-reset-empty"),
        Done::ShippedModel => tr(lang, "knowledge-shipped-model"),
    }
}
