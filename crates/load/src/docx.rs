//! Word documents (`.docx`): the paragraphs of `word/document.xml`, with heading styles.
//!
//! # Format
//! A `.docx` is a ZIP archive; the body is `word/document.xml` (WordprocessingML), the
//! style definitions `word/styles.xml` (optional). Both are streamed from the archive into
//! the XML reader (never held whole in memory) with one cap on their *decompressed* size
//! together ([`crate::LoadOptions::max_unzipped_bytes`]): sizes declared in the archive are
//! checked first, and the cap is enforced again while inflating, so a zip bomb stops at the
//! cap whatever its headers claim. XML nested deeper than [`crate::LoadOptions::max_depth`]
//! is refused.
//!
//! # Paragraph kinds
//! A paragraph's kind comes from its style (`w:pStyle`), resolved through `styles.xml`:
//! the style's name — built-in styles keep English names such as `heading 1` even in
//! Arabic Word, whose user interface shows «عنوان 1» — or, when the name says nothing, its
//! id (`Heading1`, `Title`), then its outline level, then the style it is based on.
//! - `Title` (or «العنوان») → [`BlockKind::Title`] when it is the first paragraph, else a
//!   level-1 heading;
//! - `heading N` / «عنوان N» or outline level N−1 → [`BlockKind::Heading`] level N;
//!   `Subtitle` → level 2;
//! - `Quote`, `Intense Quote` → [`BlockKind::Quote`];
//! - `List Paragraph`, `List Bullet`, `List Number`, or any paragraph with numbering
//!   (`w:numPr`) → [`BlockKind::ListItem`];
//! - anything else → [`BlockKind::Paragraph`].
//!
//! When the first paragraph is a level-1 heading it becomes the title.
//!
//! # Text
//! The text of `w:t` runs in document order (tables included, cell by cell); a tab is a
//! space; a line break (`w:br`, `w:cr`) ends a block. Deleted revisions (`w:delText`),
//! field codes (`w:instrText`) and the fallback copy of drawings (`mc:Fallback`, which
//! repeats the text box it stands for) are skipped. Right-to-left paragraphs (`w:bidi`,
//! `w:rtl`) need nothing: WordprocessingML stores text in logical order.

use std::fmt;
use std::io::Cursor;

use sahifa_model::BlockKind;

use crate::build::DocBuilder;
use crate::{Exceeded, LoadOptions};

mod archive;
mod body;
mod styles;
mod xml;

use archive::{Budget, check_declared_sizes, with_part};
use body::parse_document;
use styles::parse_styles;

/// Why a Word file could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DocxError {
    /// The bytes are not a ZIP archive at all.
    NotAZip,
    /// The archive is cut short (its table of contents at the end is missing).
    Truncated,
    /// The archive is damaged; the ZIP reader's explanation.
    Corrupt(String),
    /// A ZIP archive, but without `word/document.xml`: not a Word document.
    NotWord,
    /// The parts inflate past the cap together: a zip bomb or an absurdly large document.
    TooLarge {
        /// The part being read at the cap, e.g. `word/document.xml`.
        part: &'static str,
        /// The cap in bytes ([`crate::LoadOptions::max_unzipped_bytes`]).
        limit: u64,
    },
    /// The document goes past a limit: nesting, text or paragraphs.
    Limit(Exceeded),
    /// A part is not well-formed XML.
    Xml {
        /// The part.
        part: &'static str,
        /// Byte offset in the decompressed part.
        position: u64,
        /// The parser's explanation.
        message: String,
    },
    /// No paragraph holds any text.
    NoText,
}

impl fmt::Display for DocxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DocxError::NotAZip => write!(
                f,
                "it is not a Word .docx file (a .docx is a ZIP archive, and this is not one)"
            ),
            DocxError::Truncated => write!(
                f,
                "the Word file is incomplete (cut off; perhaps an interrupted download or copy)"
            ),
            DocxError::Corrupt(why) => write!(f, "the Word file is damaged ({why})"),
            DocxError::NotWord => write!(
                f,
                "the archive has no word/document.xml, so it is not a Word document"
            ),
            DocxError::TooLarge { part, limit } => write!(
                f,
                "its XML inflates to more than {} MB (at {part}), the most Sahifa reads from \
                 a Word file — a damaged file or a zip bomb; if it is a real document, save \
                 it as plain text or split it",
                limit / 1_000_000
            ),
            DocxError::Limit(exceeded) => exceeded.fmt(f),
            DocxError::Xml {
                part,
                position,
                message,
            } => write!(f, "{part} is not valid XML at byte {position}: {message}"),
            DocxError::NoText => write!(f, "the Word document has no text"),
        }
    }
}

impl std::error::Error for DocxError {}

const DOCUMENT: &str = "word/document.xml";
const STYLES: &str = "word/styles.xml";

/// Extracts the blocks of a `.docx` within `options`' limits.
pub(crate) fn parse(bytes: &[u8], options: &LoadOptions) -> Result<DocBuilder, DocxError> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| {
        if !bytes.starts_with(b"PK") {
            DocxError::NotAZip
        } else if matches!(
            e,
            zip::result::ZipError::InvalidArchive(_) | zip::result::ZipError::Io(_)
        ) {
            DocxError::Truncated
        } else {
            DocxError::Corrupt(e.to_string())
        }
    })?;
    let budget = Budget::new(options.max_unzipped_bytes);
    check_declared_sizes(&mut archive, &budget)?;
    let styles = with_part(&mut archive, STYLES, &budget, |xml| {
        parse_styles(xml, options.max_depth)
    })?
    .unwrap_or_default();
    let mut out = with_part(&mut archive, DOCUMENT, &budget, |xml| {
        parse_document(xml, &styles, options)
    })?
    .ok_or(DocxError::NotWord)?;
    if out.is_empty() {
        return Err(DocxError::NoText);
    }
    if out.first_kind() == Some(BlockKind::Heading { level: 1 }) {
        out.promote_first_to_title();
    }
    Ok(out)
}
