//! The sidecar file format, version 1.
//!
//! A sidecar is a UTF-8 JSON object stored beside the article as `ARTICLE.sahifa.json`
//! (see [`sidecar_path_for`](super::sidecar_path_for)) or at a path the user chose.
//! Unknown fields are ignored when reading, so later minor additions stay readable.
//!
//! ```json
//! {
//!   "format": "sahifa-annotations",
//!   "version": 1,
//!   "document": {
//!     "path": "/home/user/news/article.txt",
//!     "format": "text",
//!     "encoding": "UTF-8",
//!     "content_hash": "8c1f0d2e3a4b5c6d",
//!     "char_len": 3625
//!   },
//!   "created_at": "2026-11-29T02:30:00Z",
//!   "saved_at": "2026-11-29T02:41:13Z",
//!   "entities": [
//!     { "id": 3, "label": "PERSON", "name": "سيف الهملان",
//!       "title": "اللواء الركن بحري", "note": "آمر القوة البحرية" }
//!   ],
//!   "mentions": [
//!     { "start": 123, "end": 134, "label": "PERSON", "entity": 3, "status": "confirmed",
//!       "quote": { "exact": "سيف الهملان", "prefix": "…اللواء الركن بحري ", "suffix": "، مع رئيس…" } }
//!   ],
//!   "unplaced": []
//! }
//! ```
//!
//! Fields:
//! - `format` — always `"sahifa-annotations"`; anything else is not a sidecar.
//! - `version` — schema version, an integer. This build writes [`SCHEMA_VERSION`] and
//!   refuses files with a higher one (rather than lose what a newer Sahifa wrote).
//! - `document` — the article the annotations belong to: `path` (as last opened; may be
//!   absent), `format` (`text`, `html`, `markdown`, `docx`), `encoding` (an encoding_rs
//!   name), `content_hash` (64-bit FNV-1a of the decoded text as 16 lowercase hex digits,
//!   see [`sahifa_model::content_hash`]) and `char_len` (its length in characters). When the
//!   hash differs from the opened article's, mentions are re-anchored by their quotes.
//! - `created_at`, `saved_at` — RFC 3339 UTC timestamps of the first and the latest save.
//! - `entities` — `id` (integer, unique in the file), `label` (`PERSON`, `ORG`,
//!   `LOCATION`, `EVENT`, `DATE`, `TITLE`, `MISC`), `name` (canonical name), optional
//!   `title` and `note` (free text by the user).
//! - `mentions` — in text order. `start`, `end`: offsets in Unicode scalar values (Rust
//!   `char`s, Python `str` indices) into the decoded text, end exclusive. `label`; `entity`:
//!   an entity id or absent; `status`: `auto` (found by the extractor), `confirmed`
//!   (extractor's, confirmed by the user), `manual` (added by the user), `rejected` (the
//!   extractor's, rejected by the user; kept so re-extraction does not bring it back).
//!   `quote`: `exact` is the mention's text, `prefix`/`suffix` up to [`CONTEXT_CHARS`]
//!   characters before and after it — what re-anchoring searches for.
//! - `unplaced` — mentions (same shape) that could not be re-anchored after the article
//!   changed; kept for the user to review rather than dropped. Optional.
//!
//! Line endings inside the document are `\n` (the model normalises them before offsets are
//! counted).

use serde::{Deserialize, Serialize};

use sahifa_model::{Format, Label, MentionStatus};

/// The `format` marker of every sidecar.
pub const FORMAT_MARKER: &str = "sahifa-annotations";

/// The schema version this build reads and writes.
pub const SCHEMA_VERSION: u32 = 1;

/// How many characters of context a quote keeps on each side.
pub const CONTEXT_CHARS: usize = 32;

/// The whole sidecar file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SidecarFile {
    /// Always [`FORMAT_MARKER`].
    pub format: String,
    /// Schema version; see [`SCHEMA_VERSION`].
    pub version: u32,
    /// The annotated article.
    pub document: SidecarDocument,
    /// First save, RFC 3339 UTC.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
    /// Latest save, RFC 3339 UTC.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub saved_at: Option<String>,
    /// Entities, ids unique.
    #[serde(default)]
    pub entities: Vec<SidecarEntity>,
    /// Mentions in text order.
    #[serde(default)]
    pub mentions: Vec<SidecarMention>,
    /// Mentions that could not be re-anchored when the article changed.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unplaced: Vec<SidecarMention>,
}

/// The article a sidecar belongs to.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SidecarDocument {
    /// The article's path when it was last saved.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    /// The format it was parsed as.
    pub format: Format,
    /// The encoding it was decoded from.
    pub encoding: String,
    /// FNV-1a 64 of the decoded text, 16 lowercase hex digits.
    pub content_hash: String,
    /// Length of the decoded text in characters.
    pub char_len: usize,
}

/// One entity.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SidecarEntity {
    /// Unique within the file.
    pub id: u32,
    /// Its type.
    pub label: Label,
    /// Canonical name.
    pub name: String,
    /// Title or rank, for people.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The user's note.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// One mention.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SidecarMention {
    /// First character (inclusive).
    pub start: usize,
    /// One past the last character.
    pub end: usize,
    /// Its type.
    pub label: Label,
    /// The entity id, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entity: Option<u32>,
    /// Automatic, confirmed, manual or rejected.
    pub status: MentionStatus,
    /// The quoted text and its context.
    pub quote: Quote,
}

/// A W3C-style text quote: the exact text and some context on each side.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quote {
    /// The mention's text.
    pub exact: String,
    /// Up to [`CONTEXT_CHARS`] characters before it.
    #[serde(default)]
    pub prefix: String,
    /// Up to [`CONTEXT_CHARS`] characters after it.
    #[serde(default)]
    pub suffix: String,
}
