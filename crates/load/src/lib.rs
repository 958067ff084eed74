//! sahifa-load: opening article files as [`sahifa_model::Document`]s.
//!
//! ```no_run
//! let doc = sahifa_load::load_path(std::path::Path::new("article.txt"))?;
//! println!("{} blocks, encoding {}", doc.blocks().len(), doc.source.encoding);
//! # Ok::<(), sahifa_load::LoadError>(())
//! ```
//!
//! # Formats
//! | format | module | text of the document |
//! |---|---|---|
//! | plain text (`.txt`, anything text-like) | [`txt`] | the file's text, line endings normalised |
//! | HTML (`.html`, `.htm`) | [`html`] | the article's blocks, joined per the [join rule](#join-rule) |
//! | Markdown (`.md`) | [`markdown`] | blocks, joined |
//! | Word (`.docx`) | [`docx`] | paragraphs, joined |
//!
//! Which loader runs is decided by [`sniff`]: extension first, content for unknown
//! extensions, and binary content (PDF, images, archives, NUL bytes) is refused with
//! [`LoadError::Binary`]. Encodings are detected by [`decode`]: BOM, UTF-8, `<meta
//! charset>`, chardetng with an Arabic sanity rule for windows-1256 / ISO-8859-6.
//!
//! # Join rule
//! For the structured formats each block is one line, blocks are joined by `"\n"`, and a
//! blank line (`"\n\n"`) follows the title — the layout of a plain-text news article — so
//! one article saved in any format has the same text and the same offsets. Plain text keeps
//! the file's own text, so offsets match the file.
//!
//! # Every document
//! - `text`: `\n` line endings only, no byte-order mark.
//! - blocks: validated ranges, in order, not overlapping ([`sahifa_model::Document::new`]).
//! - `title`: the first block when it is a [`sahifa_model::BlockKind::Title`].
//! - `source`: path, format, encoding (an encoding_rs name; `UTF-8` for Word), and
//!   [`sahifa_model::content_hash`] of the document text.
//!
//! # Limits
//! Every limit is a field of [`LoadOptions`] with a named default, and every refusal is a
//! [`LoadError`] naming the file, the limit and what to do:
//!
//! | limit | default | guards against |
//! |---|---|---|
//! | [`LoadOptions::max_file_bytes`] | [`DEFAULT_MAX_FILE_BYTES`], 256 MiB | huge files, checked before reading |
//! | [`LoadOptions::max_unzipped_bytes`] | [`DEFAULT_MAX_UNZIPPED_BYTES`], 256 MiB | zip bombs: all parts of a Word file together, enforced while inflating |
//! | [`LoadOptions::max_text_bytes`] | [`DEFAULT_MAX_TEXT_BYTES`], 256 MiB | text that grows when decoded (legacy encodings, UTF-16, Word) |
//! | [`LoadOptions::max_lines`] | [`DEFAULT_MAX_LINES`], 2,000,000 | millions of empty lines or paragraphs, each costing memory |
//! | [`LoadOptions::max_depth`] | [`DEFAULT_MAX_DEPTH`], 512 | deeply nested HTML, Markdown or Word XML (stack overflows, quadratic parsing) |
//! | [`LoadOptions::max_html_elements`] | [`DEFAULT_MAX_HTML_ELEMENTS`], 1,000,000 | pages that make the HTML parser multiply elements |
//!
//! Nothing panics or overflows the stack on bad input: tree walks are iterative, and the
//! nesting limit is checked while parsing, before the parser's cost grows with the depth.
//! The loader's peak memory stays a small multiple of the file (see the `peak` example).
//!
//! # Background loading
//! [`load_path_with`] reports progress in `0.0..=1.0` through a callback, so the app can
//! run it on a worker thread and show a progress bar. Reading the file is the first half;
//! decoding and parsing the second.

pub mod decode;
pub mod docx;
mod error;
pub mod html;
pub mod markdown;
pub mod sniff;
pub mod txt;

mod build;
mod input;
mod utf16;

use std::borrow::Cow;
use std::io::Read;
use std::path::Path;

use sahifa_model::Document;

pub use crate::error::{Exceeded, LoadError};
use crate::input::load_input;

/// Default largest file opened: 256 MiB (a 50 MB article opens comfortably).
pub const DEFAULT_MAX_FILE_BYTES: u64 = 256 * 1024 * 1024;
/// Default cap on the inflated size of the parts of a Word file, all together: 256 MiB,
/// the same as the text limit (the XML of a document is larger than its text).
pub const DEFAULT_MAX_UNZIPPED_BYTES: u64 = 256 * 1024 * 1024;
/// Default cap on a document's text, in UTF-8 bytes: 256 MiB. A legacy-encoded file
/// doubles when decoded (one byte per Arabic letter becomes two).
pub const DEFAULT_MAX_TEXT_BYTES: u64 = 256 * 1024 * 1024;
/// Default cap on lines: a plain-text or Markdown file's lines (blank ones included), or
/// the blocks of any document (each block is one line of its text). A 50 MB news text has
/// about 100,000.
pub const DEFAULT_MAX_LINES: usize = 2_000_000;
/// Default cap on nesting: HTML elements inside each other, Markdown block quotes and
/// lists, Word XML elements: 512 levels, where Chromium's HTML parser stops nesting too.
/// Real articles nest fewer than 100 levels. html5ever spends time in proportion to the
/// depth on many tags, so the cap also bounds the cost of each tag.
pub const DEFAULT_MAX_DEPTH: usize = 512;
/// Default cap on the elements (and comments) of an HTML page, counting those the parser
/// adds or re-opens itself: 1,000,000. A 50 MB page of paragraphs has about 100,000; each
/// element costs about 170 bytes in the parsed tree, so the cap bounds the tree near 170 MB.
pub const DEFAULT_MAX_HTML_ELEMENTS: usize = 1_000_000;

/// Limits for one load (see [the table](crate#limits)).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LoadOptions {
    /// Files larger than this are refused with [`LoadError::TooLarge`].
    pub max_file_bytes: u64,
    /// The parts of a Word file inflating past this, together, are refused (zip-bomb
    /// guard) with [`docx::DocxError::TooLarge`].
    pub max_unzipped_bytes: u64,
    /// Text larger than this (UTF-8 bytes) is refused with [`Exceeded::Text`].
    pub max_text_bytes: u64,
    /// More lines (or blocks) than this are refused with [`Exceeded::Lines`].
    pub max_lines: usize,
    /// Nesting deeper than this is refused with [`Exceeded::Depth`].
    pub max_depth: usize,
    /// An HTML page building more elements than this is refused with
    /// [`Exceeded::HtmlElements`].
    pub max_html_elements: usize,
}

impl Default for LoadOptions {
    fn default() -> Self {
        Self {
            max_file_bytes: DEFAULT_MAX_FILE_BYTES,
            max_unzipped_bytes: DEFAULT_MAX_UNZIPPED_BYTES,
            max_text_bytes: DEFAULT_MAX_TEXT_BYTES,
            max_lines: DEFAULT_MAX_LINES,
            max_depth: DEFAULT_MAX_DEPTH,
            max_html_elements: DEFAULT_MAX_HTML_ELEMENTS,
        }
    }
}

/// Opens the article at `path` with default limits.
pub fn load_path(path: &Path) -> Result<Document, LoadError> {
    load_path_with(path, &LoadOptions::default(), &|_| {})
}

/// Opens the article at `path`, reporting progress in `0.0..=1.0` to `progress`.
pub fn load_path_with(
    path: &Path,
    options: &LoadOptions,
    progress: &dyn Fn(f32),
) -> Result<Document, LoadError> {
    let bytes = read_file(path, options, &|f| progress(f * 0.5))?;
    load_input(Cow::Owned(bytes), Some(path), options, &|f| {
        progress(0.5 + f * 0.5)
    })
}

/// Opens an article from bytes; `name_hint` (a file name or path) picks the format by its
/// extension and names the file in errors.
pub fn load_bytes(bytes: &[u8], name_hint: Option<&Path>) -> Result<Document, LoadError> {
    load_bytes_with(bytes, name_hint, &LoadOptions::default(), &|_| {})
}

/// [`load_bytes`] with limits and a progress callback.
pub fn load_bytes_with(
    bytes: &[u8],
    name_hint: Option<&Path>,
    options: &LoadOptions,
    progress: &dyn Fn(f32),
) -> Result<Document, LoadError> {
    load_input(Cow::Borrowed(bytes), name_hint, options, progress)
}

/// The bytes of the article at `path`, read as [`load_path_with`] reads them: a folder or
/// a file over `options.max_file_bytes` is refused before reading, a file that grows past
/// the limit while read is refused, and I/O failures get the loader's specific errors.
/// For callers that need the bytes themselves (the library hashes them) before
/// [`load_bytes_with`].
pub fn read_article_bytes(path: &Path, options: &LoadOptions) -> Result<Vec<u8>, LoadError> {
    read_file(path, options, &|_| {})
}

/// The specific error for an I/O failure on `path`.
fn io_error(path: &Path, source: std::io::Error) -> LoadError {
    let path = Some(path.to_path_buf());
    match source.kind() {
        std::io::ErrorKind::NotFound => LoadError::NotFound { path },
        std::io::ErrorKind::PermissionDenied => LoadError::PermissionDenied { path },
        std::io::ErrorKind::IsADirectory => LoadError::IsDirectory { path },
        _ => LoadError::Io { path, source },
    }
}

/// Reads a whole file, mapping failures to specific errors and refusing oversize files
/// before reading them.
fn read_file(
    path: &Path,
    options: &LoadOptions,
    progress: &dyn Fn(f32),
) -> Result<Vec<u8>, LoadError> {
    let io_err = |source: std::io::Error| io_error(path, source);
    let meta = std::fs::metadata(path).map_err(io_err)?;
    if meta.is_dir() {
        return Err(LoadError::IsDirectory {
            path: Some(path.to_path_buf()),
        });
    }
    refuse_special(path, &meta)?;
    let size = meta.len();
    if size > options.max_file_bytes {
        return Err(LoadError::TooLarge {
            path: Some(path.to_path_buf()),
            size,
            limit: options.max_file_bytes,
        });
    }
    let file = std::fs::File::open(path).map_err(io_err)?;
    // The file may grow between metadata and read: never read past the limit.
    let mut reader = file.take(options.max_file_bytes.saturating_add(1));
    let capacity = usize::try_from(size).unwrap_or(0);
    let mut bytes = Vec::with_capacity(capacity);
    let mut chunk = vec![0u8; 1 << 20];
    loop {
        let n = match reader.read(&mut chunk) {
            Ok(0) => break,
            Ok(n) => n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(io_err(e)),
        };
        bytes.extend_from_slice(&chunk[..n]);
        if size > 0 {
            progress((bytes.len() as f64 / size as f64).min(1.0) as f32);
        }
    }
    if bytes.len() as u64 > options.max_file_bytes {
        return Err(LoadError::TooLarge {
            path: Some(path.to_path_buf()),
            size: bytes.len() as u64,
            limit: options.max_file_bytes,
        });
    }
    progress(1.0);
    Ok(bytes)
}

/// What a refused pipe or device can do instead.
const SAVE_TO_A_FILE: &str = "save what it gives to a file and open that";

/// Refuses, before opening, what would never give an article: a named pipe (FIFO) would
/// block the open until some program writes to it, perhaps for ever, and a device
/// (`/dev/zero`, `/dev/urandom`, a disk) gives bytes without end. A pipe a program is
/// already writing into — `sahifa extract <(command)`, `/dev/stdin` fed by a pipe — is
/// read as a file is.
#[cfg(unix)]
fn refuse_special(path: &Path, meta: &std::fs::Metadata) -> Result<(), LoadError> {
    use std::os::unix::fs::FileTypeExt;
    let kind = meta.file_type();
    let what = if kind.is_fifo() && !is_open_pipe(path) {
        "a named pipe (FIFO), not a file"
    } else if kind.is_char_device() || kind.is_block_device() {
        "a device, not a file"
    } else if kind.is_socket() {
        "a socket, not a file"
    } else {
        return Ok(());
    };
    Err(LoadError::Unsupported {
        path: Some(path.to_path_buf()),
        what,
        advice: SAVE_TO_A_FILE,
    })
}

#[cfg(not(unix))]
fn refuse_special(_path: &Path, _meta: &std::fs::Metadata) -> Result<(), LoadError> {
    Ok(())
}

/// True for `/dev/fd/N` (or `/proc/self/fd/N`) of an anonymous pipe, which a program
/// holds open for writing (process substitution, a piped standard input).
#[cfg(unix)]
fn is_open_pipe(path: &Path) -> bool {
    std::fs::read_link(path).is_ok_and(|target| target.to_string_lossy().starts_with("pipe:"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn permission_denied_is_its_own_error_naming_the_file() {
        // Integration tests cannot provoke EACCES when run as root; the mapping is here.
        let err = io_error(
            Path::new("/x/secret.txt"),
            std::io::Error::from(std::io::ErrorKind::PermissionDenied),
        );
        assert!(matches!(err, LoadError::PermissionDenied { .. }));
        assert!(err.to_string().contains("/x/secret.txt"), "{err}");
    }
}
