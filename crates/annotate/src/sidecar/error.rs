//! [`SidecarError`]: why a sidecar could not be loaded.

use std::fmt;
use std::path::PathBuf;

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
    /// The file is larger than [`super::load::MAX_SIDECAR_BYTES`]; it was not read.
    TooLarge {
        /// The sidecar.
        path: PathBuf,
        /// Its size in bytes.
        size: u64,
        /// The most a sidecar may have.
        limit: u64,
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
            SidecarError::TooLarge { path, size, limit } => write!(
                f,
                "{} is {}, more than the {} Sahifa reads; it was not read and was left untouched",
                path.display(),
                megabytes(*size),
                megabytes(*limit)
            ),
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

/// Bytes as «52.4 MB», as the interface says sizes.
fn megabytes(bytes: u64) -> String {
    // Precision loss is irrelevant for a size shown to one decimal.
    format!("{:.1} MB", bytes as f64 / 1_000_000.0)
}

impl std::error::Error for SidecarError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            SidecarError::Io { source, .. } => Some(source),
            _ => None,
        }
    }
}
