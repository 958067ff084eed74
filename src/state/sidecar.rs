//! [`SidecarState`]: what one document knows about its annotations file
//! (`ARTICLE.sahifa.json`): where it is, whether it could be read, the saved mentions
//! that no longer fit the text, when the annotations last changed, and whether a save
//! is running.

use std::path::PathBuf;
use std::time::Instant;

use sahifa_annotate::UnplacedMention;

use crate::state::undo::SaveVersion;

/// One document's annotations file, as far as the app knows it.
#[derive(Debug, Default)]
pub struct SidecarState {
    /// Why the sidecar could not be read when the document was opened. While set, nothing
    /// is written over it without the user saying so.
    pub problem: Option<String>,
    /// Where the annotations are saved when not beside the article (the user chose
    /// «Save As» because that file is read-only).
    pub path: Option<PathBuf>,
    /// Saved mentions that could not be placed in the current text; kept in the sidecar
    /// and listed until the user places or drops them.
    pub unplaced: Vec<UnplacedMention>,
    /// When the annotations last changed (drives autosave); `None` once a save failed,
    /// so it is not retried in a loop.
    pub last_change: Option<Instant>,
    /// The state a running save writes; `None` while no save runs.
    pub saving: Option<SaveVersion>,
}

impl SidecarState {
    /// True while the sidecar is being written.
    pub fn is_saving(&self) -> bool {
        self.saving.is_some()
    }

    /// The annotations changed now.
    pub fn changed(&mut self) {
        self.last_change = Some(Instant::now());
    }
}
