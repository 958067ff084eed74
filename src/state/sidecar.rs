//! [`SidecarState`]: what one document knows about its annotations file
//! (`ARTICLE.sahifa.json`): where it is, whether it could be read, the saved mentions
//! that no longer fit the text, when the annotations last changed, and whether a save
//! is running.

use std::hash::{DefaultHasher, Hasher};
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
    /// The file as this window last read or wrote it: a save that finds it changed (by
    /// another window) merges its annotations in instead of writing over them.
    pub on_disk: OnDisk,
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

/// What this window last knew of its sidecar file.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum OnDisk {
    /// Nothing known (a «Save As» file, one that could not be read): written as before.
    #[default]
    Unknown,
    /// There was no file when this window looked.
    Absent,
    /// The file held bytes with this fingerprint when this window read or wrote it.
    Read(u64),
}

/// A fingerprint of a sidecar's bytes (not kept anywhere: it only tells a change).
pub fn fingerprint(bytes: &[u8]) -> u64 {
    let mut hasher = DefaultHasher::new();
    hasher.write(bytes);
    hasher.finish()
}
