//! Writing a sidecar that another window (or program) may have written since this one
//! read it: two windows with the same article open each save their own annotations, and
//! the second must not write over the first's. The save holds a lock on the article file
//! while it reads, merges and writes, and merges in what it finds changed on disk.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use sahifa_annotate::{SaveError, UnplacedMention};
use sahifa_model::{Annotations, Document};

use crate::state::sidecar::{OnDisk, fingerprint};

/// One save, as the background task runs it.
pub struct SaveRequest {
    /// The article (its file is locked while the sidecar is written).
    pub article_path: PathBuf,
    /// The sidecar file.
    pub sidecar: PathBuf,
    pub article: Arc<Document>,
    pub annotations: Annotations,
    pub unplaced: Vec<UnplacedMention>,
    /// Write over a sidecar that could not be read (the user agreed).
    pub replace: bool,
    /// What this window last knew of the file.
    pub seen: OnDisk,
}

/// What a save did.
#[derive(Debug)]
pub struct Written {
    /// Where an unreadable file was kept before it was replaced.
    pub kept_aside: Option<PathBuf>,
    /// The file as written.
    pub on_disk: OnDisk,
    /// Annotations another window had saved meanwhile, placed in this text: they were
    /// merged into what was written, and the window merges them into the document too.
    pub theirs: Option<Annotations>,
}

/// Writes the sidecar, merging in (as File → Import's merge does) the annotations of a
/// readable sidecar that changed since this window last read or wrote it. The article file
/// is locked meanwhile, so a second window's save waits for this one and then finds it.
pub fn write(request: &SaveRequest) -> Result<Written, SaveError> {
    // Locked for reading, so a read-only article folder locks too; without a lock (no
    // such file, no locks on this file system) the save goes on as before.
    let lock = std::fs::File::open(&request.article_path).ok();
    if let Some(file) = &lock {
        let _ = file.lock();
    }
    let theirs = match request.seen {
        OnDisk::Unknown => None,
        _ if request.replace => None,
        seen => changed_since(&request.sidecar, &request.article, seen),
    };
    let merged = theirs
        .as_ref()
        .map(|theirs| crate::logic::importing::merge_import(&request.annotations, theirs));
    let annotations = merged.as_ref().unwrap_or(&request.annotations);
    let (sidecar, article, unplaced) = (&request.sidecar, &request.article, &request.unplaced);
    let kept_aside = if request.replace {
        sahifa_annotate::save_sidecar_replacing(sidecar, article, annotations, unplaced)?
    } else {
        sahifa_annotate::save_sidecar_keeping(sidecar, article, annotations, unplaced)?;
        None
    };
    let on_disk = std::fs::read(sidecar).map_or(OnDisk::Unknown, |b| OnDisk::Read(fingerprint(&b)));
    drop(lock);
    Ok(Written {
        kept_aside,
        on_disk,
        theirs,
    })
}

/// The annotations of the sidecar at `path` when it is a readable sidecar of `article`
/// that is not what this window last knew (`seen`); else `None` (unchanged, gone, or not
/// readable — the save then treats it as before: kept as `.bak` or set aside).
fn changed_since(path: &Path, article: &Document, seen: OnDisk) -> Option<Annotations> {
    let bytes = sahifa_annotate::sidecar::read_sidecar_bytes(path).ok()?;
    if seen == OnDisk::Read(fingerprint(&bytes)) {
        return None;
    }
    let file = sahifa_annotate::sidecar::parse_sidecar(path, &bytes).ok()?;
    let loaded = sahifa_annotate::sidecar::annotations_from_file(path, article, file).ok()?;
    Some(loaded.annotations)
}
