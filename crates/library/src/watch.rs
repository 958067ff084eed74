//! Watched folders: [`FolderWatcher`] reports article files created or changed under the
//! library's watched folders (through `notify`), debounced, so the app can add them.
//!
//! `notify`'s events go to a small thread that keeps the article paths they name (a
//! sidecar's event names its article), and hands them on once no new event came for
//! [`DEBOUNCE`] — so a file written in many steps is reported once.

use std::collections::BTreeSet;
use std::path::PathBuf;
use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender, channel};
use std::time::{Duration, Instant};

use notify::{EventKind, RecursiveMode, Watcher};

use crate::walk::{article_of_sidecar, is_article};

/// Quiet time after the last event before the changed files are reported.
pub const DEBOUNCE: Duration = Duration::from_millis(500);

/// Watches folders; [`FolderWatcher::changed`] drains the article files that changed
/// since the last call (each once).
pub struct FolderWatcher {
    _watcher: Option<notify::RecommendedWatcher>,
    rx: Option<Receiver<PathBuf>>,
    failures: Vec<(PathBuf, String)>,
}

impl FolderWatcher {
    /// Starts watching `folders` recursively. A folder that cannot be watched is reported
    /// in the error and the others are still watched.
    ///
    /// The error comes only when no folder at all could be watched; when some could,
    /// the others are listed by [`FolderWatcher::failures`].
    pub fn start(folders: &[PathBuf]) -> Result<FolderWatcher, crate::LibraryError> {
        let (raw_tx, raw_rx) = channel::<notify::Result<notify::Event>>();
        let mut watcher = notify::recommended_watcher(raw_tx).map_err(|e| notify_error(None, e))?;
        let mut failures = Vec::new();
        for folder in folders {
            if let Err(e) = watcher.watch(folder, RecursiveMode::Recursive) {
                failures.push((folder.clone(), e.to_string()));
            }
        }
        if !folders.is_empty() && failures.len() == folders.len() {
            let (path, reason) = failures.swap_remove(0);
            return Err(crate::LibraryError::Io {
                path,
                source: std::io::Error::other(reason),
            });
        }
        let (tx, rx) = channel();
        std::thread::Builder::new()
            .name("sahifa-library-watch".into())
            .spawn(move || debounce(&raw_rx, &tx))
            .map_err(|source| crate::LibraryError::Io {
                path: folders.first().cloned().unwrap_or_default(),
                source,
            })?;
        Ok(FolderWatcher {
            _watcher: Some(watcher),
            rx: Some(rx),
            failures,
        })
    }

    /// Article files (txt, html, md, docx, and articles whose sidecar changed) created or
    /// changed since the last call, deduplicated; never blocks.
    pub fn changed(&mut self) -> Vec<PathBuf> {
        match &self.rx {
            Some(rx) => {
                let set: BTreeSet<PathBuf> = rx.try_iter().collect();
                set.into_iter().collect()
            }
            None => Vec::new(),
        }
    }

    /// The folders that could not be watched, with the reason.
    pub fn failures(&self) -> &[(PathBuf, String)] {
        &self.failures
    }
}

fn notify_error(path: Option<PathBuf>, e: notify::Error) -> crate::LibraryError {
    crate::LibraryError::Io {
        path: path.unwrap_or_default(),
        source: std::io::Error::other(e.to_string()),
    }
}

/// The article an event's path stands for, if any.
fn article_for(path: PathBuf) -> Option<PathBuf> {
    if let Some(article) = article_of_sidecar(&path) {
        return is_article(&article).then_some(article);
    }
    is_article(&path).then_some(path)
}

/// Collects article paths from `raw` and sends them on after [`DEBOUNCE`] of quiet; ends
/// when the watcher or the [`FolderWatcher`] is gone.
fn debounce(raw: &Receiver<notify::Result<notify::Event>>, out: &Sender<PathBuf>) {
    let mut pending: BTreeSet<PathBuf> = BTreeSet::new();
    let mut last = Instant::now();
    loop {
        let wait = if pending.is_empty() {
            Duration::from_secs(3600)
        } else {
            DEBOUNCE.saturating_sub(last.elapsed())
        };
        match raw.recv_timeout(wait) {
            Ok(Ok(event)) => {
                if matches!(event.kind, EventKind::Access(_)) {
                    continue;
                }
                let mut articles = event.paths.into_iter().filter_map(article_for).peekable();
                if articles.peek().is_some() {
                    pending.extend(articles);
                    last = Instant::now();
                }
            }
            Ok(Err(_)) => {}
            Err(RecvTimeoutError::Timeout) => {
                for path in std::mem::take(&mut pending) {
                    if out.send(path).is_err() {
                        return;
                    }
                }
            }
            Err(RecvTimeoutError::Disconnected) => return,
        }
    }
}
