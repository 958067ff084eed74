//! Sahifa's document model: the decoded text of an article, ranges into it, its block
//! structure, and the entities and mentions found in it.
//!
//! No UI and no I/O lives here; every other crate of the project depends on this one.
//!
//! # Offsets
//! Every offset in this crate — and in every file Sahifa writes — is a count of Unicode
//! scalar values (Rust `char`s, Python `str` indices) into the decoded text, in logical
//! order, with `end` exclusive. Byte offsets exist only at the boundary with string APIs
//! and are converted through [`DocText`].
//!
//! ```
//! use sahifa_model::{DocText, TextRange};
//! let text = DocText::new("في الدوحة".to_owned());
//! let doha = TextRange::new(3, 9, text.char_len()).unwrap();
//! assert_eq!(text.slice(doha), "الدوحة");
//! ```

pub mod arabic;
mod document;
mod entity;
mod range;
mod text;
pub mod words;

pub use document::{Block, BlockError, BlockKind, Document, Format, Source, content_hash};
pub use entity::{Annotations, Entity, EntityId, Label, Mention, MentionStatus};
pub use range::{RangeError, TextRange};
pub use text::DocText;
