//! What can go wrong or be worth telling when a sidecar is loaded.

use std::fmt;
use std::path::PathBuf;

use super::SidecarMention;
#[cfg(doc)]
use super::{LoadedAnnotations, save_sidecar_keeping};

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
        /// Its schema version, as written in the file.
        found: u64,
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
    /// The article is unchanged (same hash), but some saved mentions' offsets do not fit
    /// it — the file was edited by hand or damaged. They were placed by their text where
    /// it occurs; the rest are unplaced.
    OffsetsDoNotFit {
        /// Mentions whose offsets lie past the end of the text.
        out_of_range: usize,
        /// Mentions whose offsets are in range but not where their saved text is.
        mismatched: usize,
        /// Of those, how many were placed by their text.
        placed_by_text: usize,
    },
    /// The same mention (range and label) was saved more than once; the repeats were
    /// dropped.
    DuplicateMentions {
        /// How many repeats were dropped.
        count: usize,
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
            LoadWarning::OffsetsDoNotFit {
                out_of_range,
                mismatched,
                placed_by_text,
            } => {
                let mut parts = Vec::new();
                if *out_of_range > 0 {
                    parts.push(format!("{out_of_range} with offsets out of range"));
                }
                if *mismatched > 0 {
                    parts.push(format!("{mismatched} with offsets not at their text"));
                }
                let lost = (out_of_range + mismatched).saturating_sub(*placed_by_text);
                write!(
                    f,
                    "the article's text is as saved, but some saved mentions do not fit it ({}): {placed_by_text} placed by their text, {lost} could not be placed",
                    parts.join(", ")
                )
            }
            LoadWarning::DuplicateMentions { count: 1 } => f.write_str(
                "a mention was saved twice (same text range and type); the repeat was dropped",
            ),
            LoadWarning::DuplicateMentions { count } => write!(
                f,
                "{count} repeated mentions (same text range and type as one kept) were dropped"
            ),
            LoadWarning::UnknownEntity { start, entity } => write!(
                f,
                "the mention at {start} refers to entity {entity}, which the file does not define; it was kept without entity"
            ),
        }
    }
}
