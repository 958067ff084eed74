//! The sidecar file: annotations saved beside the article. Format in [`schema`].
//!
//! Loading never writes; saving goes through [`crate::safe_write`], so a failed save leaves
//! the previous file intact and a `.bak` copy of the version before it.

mod anchor;
mod error;
mod load;
mod occurrences;
mod save;
pub mod schema;
mod warning;

use std::path::{Path, PathBuf};

use sahifa_model::TextRange;

use anchor::quote_for;
pub use error::SidecarError;
pub use load::{
    LoadedAnnotations, MAX_SIDECAR_BYTES, annotations_from_file, load_sidecar, load_sidecar_anyway,
    parse_sidecar, read_sidecar_bytes, read_sidecar_file,
};
pub use save::{
    save_sidecar, save_sidecar_keeping, save_sidecar_replacing, save_sidecar_via, sidecar_file_for,
};
pub use schema::{
    CONTEXT_CHARS, FORMAT_MARKER, Quote, SCHEMA_VERSION, SidecarDocument, SidecarEntity,
    SidecarFile, SidecarMention,
};
pub use warning::{LoadWarning, UnplacedMention, UnplacedReason};

/// The quote of `range` in `text`: its exact text and up to [`CONTEXT_CHARS`] characters
/// of context on each side, as stored in sidecars and W3C exports.
pub fn quote(text: &sahifa_model::DocText, range: TextRange) -> Quote {
    quote_for(text, range)
}

/// The default sidecar of an article: `ARTICLE.sahifa.json` in the same folder
/// (`news/a.txt` → `news/a.txt.sahifa.json`); for a name too long to take the suffix, its
/// start and a hash of it ([`crate::file_name::with_suffix`]).
pub fn sidecar_path_for(article: &Path) -> PathBuf {
    crate::file_name::with_suffix(article, "", ".sahifa.json")
}
