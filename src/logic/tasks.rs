//! Named background tasks the logic polls once a frame.
//!
//! A [`Task`] runs a closure on its own thread; the closure reports progress through a
//! [`Progress`] handle and its result comes back over a channel. Nothing waits on a
//! task: the logic calls [`Task::poll`] each frame and the status bar shows
//! [`Task::name`] with the progress. A [`Waker`] (the window's repaint, given by the
//! shell) is called when a task reports progress or finishes.

use std::sync::Arc;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// Wakes the window when a task has news (progress or a result), so the logic notices
/// without polling in a busy loop. Without one (tests), nothing is woken.
#[derive(Clone)]
pub struct Waker(Arc<dyn Fn() + Send + Sync>);

impl Waker {
    /// A waker that calls `wake`.
    pub fn new(wake: impl Fn() + Send + Sync + 'static) -> Self {
        Self(Arc::new(wake))
    }

    /// Wakes the window.
    pub fn wake(&self) {
        (self.0)();
    }
}

impl std::fmt::Debug for Waker {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Waker")
    }
}

/// A progress value in `0.0..=1.0` shared between a task and the status bar.
#[derive(Clone, Debug, Default)]
pub struct Progress {
    /// `f32` bits; `u32::MAX` means "unknown" (an indeterminate spinner).
    bits: Arc<AtomicU32>,
    waker: Option<Waker>,
}

impl Progress {
    fn new(waker: Option<Waker>) -> Self {
        Self {
            bits: Arc::new(AtomicU32::new(u32::MAX)),
            waker,
        }
    }

    /// Reports progress (clamped to `0.0..=1.0`) and wakes the window.
    pub fn set(&self, fraction: f32) {
        let f = if fraction.is_finite() {
            fraction.clamp(0.0, 1.0)
        } else {
            0.0
        };
        self.bits.store(f.to_bits(), Ordering::Relaxed);
        if let Some(waker) = &self.waker {
            waker.wake();
        }
    }

    /// The last reported fraction, or `None` if the task has not reported any.
    pub fn get(&self) -> Option<f32> {
        let bits = self.bits.load(Ordering::Relaxed);
        (bits != u32::MAX).then(|| f32::from_bits(bits))
    }
}

/// How a task ended when it did not return a value.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{name} stopped unexpectedly (internal error)")]
pub struct TaskPanicked {
    /// The task's name.
    pub name: String,
}

/// A running task as the status bar shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct TaskStatus {
    /// What the task does, in a few words.
    pub name: String,
    /// Progress in `0.0..=1.0`, `None` while unknown.
    pub progress: Option<f32>,
    /// How long it has been running.
    pub elapsed: Duration,
    /// The command that stops it, for the tasks a user may stop (a retraining, an add to
    /// the library); the status bar shows it as a button beside the progress.
    pub cancel: Option<crate::logic::command::Command>,
}

/// One running background job producing a `T`.
pub struct Task<T> {
    name: String,
    progress: Progress,
    started: Instant,
    rx: mpsc::Receiver<T>,
}

impl<T: Send + 'static> Task<T> {
    /// Starts `job` on a new thread. `waker`, when given, is woken when the job reports
    /// progress or finishes.
    pub fn spawn(
        name: impl Into<String>,
        waker: Option<&Waker>,
        job: impl FnOnce(&Progress) -> T + Send + 'static,
    ) -> Self {
        let name = name.into();
        let progress = Progress::new(waker.cloned());
        let (tx, rx) = mpsc::channel();
        let thread_progress = progress.clone();
        let repaint = waker.cloned();
        let spawned = std::thread::Builder::new()
            .name(name.clone())
            .spawn(move || {
                let result = job(&thread_progress);
                // The receiver is gone only when the app dropped the task; nothing to do.
                let _ = tx.send(result);
                if let Some(waker) = repaint {
                    waker.wake();
                }
            });
        if let Err(e) = spawned {
            // Logged, not shown: the task's poll reports it as stopped, and that is shown.
            eprintln!("sahifa: cannot start background task {name}: {e}");
        }
        Self {
            name,
            progress,
            started: Instant::now(),
            rx,
        }
    }
}

impl<T> Task<T> {
    /// The task's name as shown in the status bar.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// Progress reported so far, `None` while unknown.
    pub fn progress(&self) -> Option<f32> {
        self.progress.get()
    }

    /// How long the task has been running.
    pub fn elapsed(&self) -> Duration {
        self.started.elapsed()
    }

    /// What the status bar shows of the task.
    pub fn status(&self) -> TaskStatus {
        TaskStatus {
            name: self.name.clone(),
            progress: self.progress(),
            elapsed: self.elapsed(),
            cancel: None,
        }
    }

    /// The result if the task has finished; `Some(Err)` if its thread died without one.
    pub fn poll(&self) -> Option<Result<T, TaskPanicked>> {
        match self.rx.try_recv() {
            Ok(value) => Some(Ok(value)),
            Err(mpsc::TryRecvError::Empty) => None,
            Err(mpsc::TryRecvError::Disconnected) => Some(Err(TaskPanicked {
                name: self.name.clone(),
            })),
        }
    }

    /// Waits for the result (tests and command-line use only; the UI never blocks).
    pub fn wait(self) -> Result<T, TaskPanicked> {
        self.rx.recv().map_err(|_| TaskPanicked { name: self.name })
    }
}

/// Takes the jobs whose task has finished out of `jobs`, each with its result, in their
/// order; the jobs still running stay.
pub fn take_finished<J, T>(
    jobs: &mut Vec<J>,
    task: impl Fn(&J) -> &Task<T>,
) -> Vec<(J, Result<T, TaskPanicked>)> {
    let mut done = Vec::new();
    let mut i = 0;
    while i < jobs.len() {
        match task(&jobs[i]).poll() {
            Some(result) => done.push((jobs.remove(i), result)),
            None => i += 1,
        }
    }
    done
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn result_and_progress_arrive() {
        let task = Task::spawn("count", None, |p| {
            p.set(0.5);
            41 + 1
        });
        assert_eq!(task.name(), "count");
        assert_eq!(task.wait(), Ok(42));
    }

    #[test]
    fn a_panicking_task_is_reported_not_lost() {
        let task: Task<u8> = Task::spawn("boom", None, |_| panic!("boom"));
        let name = task.name().to_owned();
        assert_eq!(task.wait(), Err(TaskPanicked { name }));
    }
}
