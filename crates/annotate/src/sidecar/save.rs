//! Saving a sidecar safely.

use std::path::{Path, PathBuf};

use sahifa_model::{Annotations, Document, TextRange};

use super::anchor::quote_for;
#[cfg(doc)]
use super::load_sidecar;
use super::{
    FORMAT_MARKER, SCHEMA_VERSION, SidecarDocument, SidecarEntity, SidecarError, SidecarFile,
    SidecarMention, UnplacedMention, read_sidecar_file,
};
use crate::safe_write::{self, Opener, SaveError};

/// The sidecar file for `ann` on `doc` (timestamps unset).
pub fn sidecar_file_for(
    doc: &Document,
    ann: &Annotations,
    unplaced: &[UnplacedMention],
) -> Result<SidecarFile, SaveError> {
    let text = &doc.text;
    let mut mentions = Vec::with_capacity(ann.mentions.len());
    for m in &ann.mentions {
        let range: TextRange = m
            .range
            .check(text.char_len())
            .map_err(|e| SaveError::Invalid(format!("a mention is out of range: {e}")))?;
        mentions.push(SidecarMention {
            start: range.start(),
            end: range.end(),
            label: m.label,
            entity: m.entity.map(|id| id.0),
            status: m.status,
            quote: quote_for(text, range),
        });
    }
    Ok(SidecarFile {
        format: FORMAT_MARKER.to_owned(),
        version: SCHEMA_VERSION,
        document: SidecarDocument {
            path: doc
                .source
                .path
                .as_ref()
                .map(|p| p.to_string_lossy().into_owned()),
            format: doc.source.format,
            encoding: doc.source.encoding.clone(),
            content_hash: doc.source.content_hash.clone(),
            char_len: text.char_len(),
        },
        created_at: None,
        saved_at: None,
        entities: ann
            .entities
            .iter()
            .map(|e| SidecarEntity {
                id: e.id.0,
                label: e.label,
                name: e.name.clone(),
                title: e.title.clone(),
                note: e.note.clone(),
            })
            .collect(),
        mentions,
        unplaced: unplaced.iter().map(|u| u.mention.clone()).collect(),
    })
}

/// Saves `ann` for `doc` to `path` safely; see [`save_sidecar_via`].
pub fn save_sidecar(path: &Path, doc: &Document, ann: &Annotations) -> Result<(), SaveError> {
    save_sidecar_via(path, doc, ann, &[], &safe_write::open_file)
}

/// Saves `ann`, keeping `unplaced` mentions (from [`load_sidecar`]) in the file's
/// `unplaced` list so they are not lost; see [`save_sidecar_via`].
pub fn save_sidecar_keeping(
    path: &Path,
    doc: &Document,
    ann: &Annotations,
    unplaced: &[UnplacedMention],
) -> Result<(), SaveError> {
    save_sidecar_via(path, doc, ann, unplaced, &safe_write::open_file)
}

/// «Save and replace»: like [`save_sidecar_keeping`], but an existing file that cannot be
/// used — damaged, not a sidecar, or written by a newer Sahifa — is first copied aside to
/// `NAME.unreadable` (`-2`, `-3`, … if taken) and then replaced. Returns that copy's path,
/// or `None` when the existing file was a readable sidecar (kept as `NAME.bak` as usual)
/// or there was none. A read-only file or folder is still refused
/// ([`SaveError::ReadOnly`]).
pub fn save_sidecar_replacing(
    path: &Path,
    doc: &Document,
    ann: &Annotations,
    unplaced: &[UnplacedMention],
) -> Result<Option<PathBuf>, SaveError> {
    save_with(path, doc, ann, unplaced, &safe_write::open_file, true)
}

/// Saves through a given [`Opener`] (tests inject failing writers).
///
/// - A read-only sidecar or folder is not written ([`SaveError::ReadOnly`]), even when the
///   system would allow it (root).
/// - Written with [`safe_write::write_file_safely`]: temporary file, fsync, the previous
///   version copied to `NAME.bak`, atomic rename. On error the old file is intact.
/// - An existing sidecar of a newer schema is not overwritten
///   ([`SaveError::NewerVersionOnDisk`]; [`save_sidecar_replacing`] copies it aside first).
/// - An existing file that is not a readable sidecar is first copied aside to
///   `NAME.unreadable` (`-2`, `-3`, … if taken), so nothing is lost.
/// - `created_at` is carried over from the existing file; `saved_at` is now.
pub fn save_sidecar_via(
    path: &Path,
    doc: &Document,
    ann: &Annotations,
    unplaced: &[UnplacedMention],
    open: Opener<'_>,
) -> Result<(), SaveError> {
    save_with(path, doc, ann, unplaced, open, false).map(drop)
}

fn save_with(
    path: &Path,
    doc: &Document,
    ann: &Annotations,
    unplaced: &[UnplacedMention],
    open: Opener<'_>,
    replace_newer: bool,
) -> Result<Option<PathBuf>, SaveError> {
    let mut file = sidecar_file_for(doc, ann, unplaced)?;
    safe_write::check_writable(path)?;
    let now = humantime::format_rfc3339_seconds(std::time::SystemTime::now()).to_string();
    let mut created = None;
    let mut set_aside = None;
    if path.exists() {
        match read_sidecar_file(path) {
            Ok(old) => created = old.created_at,
            Err(SidecarError::NewerVersion { found, .. }) if !replace_newer => {
                return Err(SaveError::NewerVersionOnDisk {
                    path: path.to_owned(),
                    found,
                });
            }
            Err(_) => {
                let copy = safe_write::keep_unreadable(path).map_err(|source| SaveError::Io {
                    path: path.to_owned(),
                    step: safe_write::SaveStep::Backup,
                    source,
                })?;
                set_aside = Some(copy);
            }
        }
    }
    file.created_at = Some(created.unwrap_or_else(|| now.clone()));
    file.saved_at = Some(now);
    let mut bytes = serde_json::to_vec_pretty(&file)
        .map_err(|e| SaveError::Invalid(format!("could not encode the annotations: {e}")))?;
    bytes.push(b'\n');
    safe_write::write_file_safely(path, &bytes, open)?;
    Ok(set_aside)
}
