//! The sidecar file: annotations saved beside the article. Format in [`schema`].
//!
//! Loading never writes; saving goes through [`crate::safe_write`], so a failed save leaves
//! the previous file intact and a `.bak` copy of the version before it.

mod anchor;
pub mod schema;

use std::collections::HashSet;
use std::fmt;
use std::path::{Path, PathBuf};

use sahifa_model::{Annotations, Document, Entity, EntityId, Mention, TextRange};

use crate::safe_write::{self, Opener, SaveError};
use anchor::{Anchorer, quote_for};
pub use schema::{
    CONTEXT_CHARS, FORMAT_MARKER, Quote, SCHEMA_VERSION, SidecarDocument, SidecarEntity,
    SidecarFile, SidecarMention,
};

/// The quote of `range` in `text`: its exact text and up to [`CONTEXT_CHARS`] characters
/// of context on each side, as stored in sidecars and W3C exports.
pub fn quote(text: &sahifa_model::DocText, range: TextRange) -> Quote {
    quote_for(text, range)
}

/// The default sidecar of an article: `ARTICLE.sahifa.json` in the same folder
/// (`news/a.txt` → `news/a.txt.sahifa.json`).
pub fn sidecar_path_for(article: &Path) -> PathBuf {
    let mut name = article
        .file_name()
        .map(|n| n.to_os_string())
        .unwrap_or_default();
    name.push(".sahifa.json");
    article.with_file_name(name)
}

/// Why a sidecar could not be loaded. The file on disk is never changed by loading.
#[derive(Debug)]
pub enum SidecarError {
    /// The file could not be read.
    Io {
        /// The sidecar.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
    /// The file ends in the middle of the JSON (an interrupted copy or write).
    Truncated {
        /// The sidecar.
        path: PathBuf,
    },
    /// The file is not valid JSON (or not UTF-8).
    Corrupt {
        /// The sidecar.
        path: PathBuf,
        /// Line of the first error (1-based; 0 when unknown).
        line: usize,
        /// Column of the first error (1-based; 0 when unknown).
        column: usize,
        /// What is wrong.
        message: String,
    },
    /// Valid JSON, but not a Sahifa sidecar (no `"format": "sahifa-annotations"`).
    NotASidecar {
        /// The file.
        path: PathBuf,
    },
    /// Written by a newer Sahifa with a schema this build does not know.
    NewerVersion {
        /// The sidecar.
        path: PathBuf,
        /// Its schema version.
        found: u32,
        /// The newest this build reads.
        supported: u32,
    },
    /// A sidecar, but with fields missing or of the wrong type, or duplicate entity ids.
    Invalid {
        /// The sidecar.
        path: PathBuf,
        /// What is wrong.
        message: String,
    },
    /// The sidecar belongs to another article: its text differs and most mentions' quotes
    /// are not found in this one.
    DifferentDocument {
        /// The sidecar.
        path: PathBuf,
        /// The article path recorded in the sidecar.
        recorded: Option<String>,
        /// Mentions whose quote was found.
        placed: usize,
        /// Mentions in the sidecar.
        total: usize,
    },
}

impl fmt::Display for SidecarError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SidecarError::Io { path, source } => {
                write!(f, "could not read {}: {source}", path.display())
            }
            SidecarError::Truncated { path } => write!(
                f,
                "{} is truncated (it ends in the middle); it was left untouched",
                path.display()
            ),
            SidecarError::Corrupt {
                path,
                line,
                column,
                message,
            } => write!(
                f,
                "{} is damaged at line {line}, column {column}: {message}; it was left untouched",
                path.display()
            ),
            SidecarError::NotASidecar { path } => {
                write!(f, "{} is not a Sahifa annotation file", path.display())
            }
            SidecarError::NewerVersion {
                path,
                found,
                supported,
            } => write!(
                f,
                "{} was written by a newer Sahifa (schema version {found}; this version reads up to {supported}); please update Sahifa",
                path.display()
            ),
            SidecarError::Invalid { path, message } => {
                write!(
                    f,
                    "{} is not a valid annotation file: {message}",
                    path.display()
                )
            }
            SidecarError::DifferentDocument {
                path,
                recorded,
                placed,
                total,
            } => write!(
                f,
                "{} belongs to a different article{}: only {placed} of its {total} mentions occur in this one",
                path.display(),
                recorded
                    .as_deref()
                    .map(|r| format!(" ({r})"))
                    .unwrap_or_default()
            ),
        }
    }
}

impl std::error::Error for SidecarError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            SidecarError::Io { source, .. } => Some(source),
            _ => None,
        }
    }
}

/// Why a saved mention is not among the loaded annotations.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum UnplacedReason {
    /// Its text no longer occurs in the article.
    QuoteNotFound,
    /// Its offsets lie past the end of the text and its text is not found either.
    OutOfRange {
        /// Length of the article in characters.
        len: usize,
    },
}

/// A saved mention that could not be placed in the article. The UI lists these; saving
/// with [`save_sidecar_keeping`] keeps them in the file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnplacedMention {
    /// The mention as saved (old offsets, quote, label, entity, status).
    pub mention: SidecarMention,
    /// Why it was not placed.
    pub reason: UnplacedReason,
}

impl UnplacedMention {
    /// The mention's text as saved.
    pub fn text(&self) -> &str {
        &self.mention.quote.exact
    }
}

/// Something the user should know about a load that otherwise succeeded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadWarning {
    /// The article's text changed since the save; mentions were re-anchored by their quotes.
    TextChanged {
        /// Mentions found at their old offsets.
        unchanged: usize,
        /// Mentions found elsewhere.
        moved: usize,
        /// Mentions not found (see [`LoadedAnnotations::unplaced`]).
        unplaced: usize,
    },
    /// A mention named an entity id the file does not define; it was kept without entity.
    UnknownEntity {
        /// The mention's saved start offset.
        start: usize,
        /// The missing id.
        entity: u32,
    },
}

impl fmt::Display for LoadWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadWarning::TextChanged {
                unchanged,
                moved,
                unplaced,
            } => write!(
                f,
                "the article changed since the annotations were saved: {unchanged} mentions unchanged, {moved} moved, {unplaced} could not be placed"
            ),
            LoadWarning::UnknownEntity { start, entity } => write!(
                f,
                "the mention at {start} refers to entity {entity}, which the file does not define; it was kept without entity"
            ),
        }
    }
}

/// What [`load_sidecar`] returns.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LoadedAnnotations {
    /// The annotations, placed in the current text.
    pub annotations: Annotations,
    /// Mentions that could not be placed; never silently dropped.
    pub unplaced: Vec<UnplacedMention>,
    /// Things to tell the user.
    pub warnings: Vec<LoadWarning>,
    /// When the sidecar was first saved (RFC 3339), if recorded.
    pub created_at: Option<String>,
}

/// Reads and parses a sidecar file without interpreting it against a document.
pub fn read_sidecar_file(path: &Path) -> Result<SidecarFile, SidecarError> {
    let bytes = std::fs::read(path).map_err(|source| SidecarError::Io {
        path: path.to_owned(),
        source,
    })?;
    parse_sidecar(path, &bytes)
}

/// Parses sidecar bytes; `path` is only used in errors.
pub fn parse_sidecar(path: &Path, bytes: &[u8]) -> Result<SidecarFile, SidecarError> {
    let value: serde_json::Value = serde_json::from_slice(bytes).map_err(|e| {
        if e.is_eof() {
            SidecarError::Truncated {
                path: path.to_owned(),
            }
        } else {
            SidecarError::Corrupt {
                path: path.to_owned(),
                line: e.line(),
                column: e.column(),
                message: e.to_string(),
            }
        }
    })?;
    if value.get("format").and_then(|f| f.as_str()) != Some(FORMAT_MARKER) {
        return Err(SidecarError::NotASidecar {
            path: path.to_owned(),
        });
    }
    let invalid = |message: String| SidecarError::Invalid {
        path: path.to_owned(),
        message,
    };
    let version = value
        .get("version")
        .and_then(|v| v.as_u64())
        .ok_or_else(|| invalid("\"version\" is missing or not a whole number".to_owned()))?;
    if version > u64::from(SCHEMA_VERSION) {
        return Err(SidecarError::NewerVersion {
            path: path.to_owned(),
            found: u32::try_from(version).unwrap_or(u32::MAX),
            supported: SCHEMA_VERSION,
        });
    }
    let file: SidecarFile = serde_json::from_value(value).map_err(|e| invalid(e.to_string()))?;
    let mut ids = HashSet::new();
    for e in &file.entities {
        if !ids.insert(e.id) {
            return Err(invalid(format!("entity id {} is used twice", e.id)));
        }
    }
    Ok(file)
}

/// Loads the annotations of `doc` from a sidecar.
///
/// When the article's content hash matches the sidecar's, mentions are taken at their
/// offsets (still checked against their quotes). When it differs, each mention is placed by
/// its quote and context (see the `anchor` module docs); mentions that cannot be placed are
/// returned in [`LoadedAnnotations::unplaced`] together with those already unplaced in the
/// file, and a [`LoadWarning::TextChanged`] is added. If the hash differs and fewer than
/// half of the mentions can be placed, the sidecar is taken to belong to another article
/// ([`SidecarError::DifferentDocument`]).
pub fn load_sidecar(path: &Path, doc: &Document) -> Result<LoadedAnnotations, SidecarError> {
    let file = read_sidecar_file(path)?;
    annotations_from_file(path, doc, file)
}

/// Like [`load_sidecar`], but places what it can even when the sidecar looks like it
/// belongs to another article — for an «Open anyway» answer to
/// [`SidecarError::DifferentDocument`]. Unplaced mentions are returned as usual.
pub fn load_sidecar_anyway(path: &Path, doc: &Document) -> Result<LoadedAnnotations, SidecarError> {
    let file = read_sidecar_file(path)?;
    place_annotations(path, doc, file, false)
}

/// [`load_sidecar`] on an already parsed file.
pub fn annotations_from_file(
    path: &Path,
    doc: &Document,
    file: SidecarFile,
) -> Result<LoadedAnnotations, SidecarError> {
    place_annotations(path, doc, file, true)
}

fn place_annotations(
    path: &Path,
    doc: &Document,
    file: SidecarFile,
    check_document: bool,
) -> Result<LoadedAnnotations, SidecarError> {
    let text = &doc.text;
    let same_text = file.document.content_hash == doc.source.content_hash
        && file.document.char_len == text.char_len();
    let mut anchorer = Anchorer::new(text);
    let mut placed: Vec<Mention> = Vec::new();
    let mut unplaced = Vec::new();
    let (mut unchanged, mut moved) = (0, 0);
    let mut warnings = Vec::new();
    let ids: HashSet<u32> = file.entities.iter().map(|e| e.id).collect();
    let previously_unplaced = file.unplaced.len();

    let mut saved: Vec<SidecarMention> = file.mentions;
    saved.extend(file.unplaced);
    saved.sort_by_key(|m| (m.start, m.end));
    for m in saved {
        let range = anchorer.keep(&m).or_else(|| anchorer.place(&m));
        let Some(range) = range else {
            let reason = if m.end > text.char_len() {
                UnplacedReason::OutOfRange {
                    len: text.char_len(),
                }
            } else {
                UnplacedReason::QuoteNotFound
            };
            unplaced.push(UnplacedMention { mention: m, reason });
            continue;
        };
        if (range.start(), range.end()) == (m.start, m.end) {
            unchanged += 1;
        } else {
            moved += 1;
        }
        let entity = match m.entity {
            Some(id) if !ids.contains(&id) => {
                warnings.push(LoadWarning::UnknownEntity {
                    start: m.start,
                    entity: id,
                });
                None
            }
            other => other.map(EntityId),
        };
        placed.push(Mention {
            range,
            label: m.label,
            entity,
            status: m.status,
        });
    }
    let total = placed.len() + unplaced.len();
    if check_document && !same_text && total > 0 && placed.len() * 2 < total {
        return Err(SidecarError::DifferentDocument {
            path: path.to_owned(),
            recorded: file.document.path,
            placed: placed.len(),
            total,
        });
    }
    if !same_text || moved > 0 || unplaced.len() > previously_unplaced {
        warnings.insert(
            0,
            LoadWarning::TextChanged {
                unchanged,
                moved,
                unplaced: unplaced.len(),
            },
        );
    }
    let mut annotations = Annotations {
        entities: file
            .entities
            .into_iter()
            .map(|e| Entity {
                id: EntityId(e.id),
                label: e.label,
                name: e.name,
                title: e.title,
                note: e.note,
            })
            .collect(),
        mentions: placed,
    };
    annotations.sort_mentions();
    Ok(LoadedAnnotations {
        annotations,
        unplaced,
        warnings,
        created_at: file.created_at,
    })
}

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

/// Saves through a given [`Opener`] (tests inject failing writers).
///
/// - Written with [`safe_write::write_file_safely`]: temporary file, fsync, the previous
///   version copied to `NAME.bak`, atomic rename. On error the old file is intact.
/// - An existing sidecar of a newer schema is not overwritten
///   ([`SaveError::NewerVersionOnDisk`]).
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
    let mut file = sidecar_file_for(doc, ann, unplaced)?;
    let now = humantime::format_rfc3339_seconds(std::time::SystemTime::now()).to_string();
    let mut created = None;
    if path.exists() {
        match read_sidecar_file(path) {
            Ok(old) => created = old.created_at,
            Err(SidecarError::NewerVersion { found, .. }) => {
                return Err(SaveError::NewerVersionOnDisk {
                    path: path.to_owned(),
                    found,
                });
            }
            Err(_) => {
                safe_write::keep_unreadable(path).map_err(|source| SaveError::Io {
                    path: path.to_owned(),
                    step: safe_write::SaveStep::Backup,
                    source,
                })?;
            }
        }
    }
    file.created_at = Some(created.unwrap_or_else(|| now.clone()));
    file.saved_at = Some(now);
    let mut bytes = serde_json::to_vec_pretty(&file)
        .map_err(|e| SaveError::Invalid(format!("could not encode the annotations: {e}")))?;
    bytes.push(b'\n');
    safe_write::write_file_safely(path, &bytes, open)
}
