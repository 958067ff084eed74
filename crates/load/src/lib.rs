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
//! Files up to [`LoadOptions::max_file_bytes`] (default [`DEFAULT_MAX_FILE_BYTES`], 256 MiB)
//! are opened; a Word part may inflate to [`LoadOptions::max_unzipped_bytes`] (default
//! [`DEFAULT_MAX_UNZIPPED_BYTES`], 512 MiB). Every failure is a [`LoadError`] whose message
//! names the file; nothing panics on bad input.
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

use std::io::Read;
use std::path::Path;

use sahifa_model::{Document, Format};

pub use crate::error::LoadError;
use crate::sniff::Sniffed;

/// Default largest file opened: 256 MiB (a 50 MB article opens comfortably).
pub const DEFAULT_MAX_FILE_BYTES: u64 = 256 * 1024 * 1024;
/// Default cap on the inflated size of one part of a Word file: 512 MiB.
pub const DEFAULT_MAX_UNZIPPED_BYTES: u64 = 512 * 1024 * 1024;

/// Limits for one load.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LoadOptions {
    /// Files larger than this are refused with [`LoadError::TooLarge`].
    pub max_file_bytes: u64,
    /// A Word part inflating past this is refused (zip-bomb guard).
    pub max_unzipped_bytes: u64,
}

impl Default for LoadOptions {
    fn default() -> Self {
        Self {
            max_file_bytes: DEFAULT_MAX_FILE_BYTES,
            max_unzipped_bytes: DEFAULT_MAX_UNZIPPED_BYTES,
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
    load_bytes_with(&bytes, Some(path), options, &|f| progress(0.5 + f * 0.5))
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
    let path = name_hint.map(Path::to_path_buf);
    if bytes.is_empty() {
        return Err(LoadError::Empty { path });
    }
    if bytes.len() as u64 > options.max_file_bytes {
        return Err(LoadError::TooLarge {
            path,
            size: bytes.len() as u64,
            limit: options.max_file_bytes,
        });
    }
    progress(0.0);
    let format = match sniff::sniff(bytes, name_hint) {
        Sniffed::Format(f) => f,
        Sniffed::Binary(what) => return Err(LoadError::Binary { path, what }),
        Sniffed::Unsupported(what, advice) => {
            return Err(LoadError::Unsupported { path, what, advice });
        }
    };
    let doc = match format {
        Format::Docx => {
            let builder = docx::parse(bytes, options.max_unzipped_bytes).map_err(|source| {
                LoadError::Docx {
                    path: path.clone(),
                    source,
                }
            })?;
            progress(0.9);
            builder.finish(name_hint, format, encoding_rs::UTF_8)
        }
        Format::Html => {
            let declared = html::meta_charset(bytes);
            let decoded = decode_or_err(bytes, declared, &path)?;
            progress(0.3);
            let builder = html::parse(&decoded.text).map_err(|source| LoadError::Html {
                path: path.clone(),
                source,
            })?;
            progress(0.9);
            builder.finish(name_hint, format, decoded.encoding)
        }
        Format::Markdown => {
            let decoded = decode_or_err(bytes, None, &path)?;
            progress(0.3);
            let text = txt::normalise_newlines(decoded.text);
            let builder = markdown::parse(&text).map_err(|source| LoadError::Markdown {
                path: path.clone(),
                source,
            })?;
            progress(0.9);
            builder.finish(name_hint, format, decoded.encoding)
        }
        Format::Text => {
            let decoded = decode_or_err(bytes, None, &path)?;
            progress(0.4);
            let text = txt::normalise_newlines(decoded.text);
            let layout = txt::layout(text).map_err(|source| LoadError::Text {
                path: path.clone(),
                source,
            })?;
            progress(0.9);
            build::assemble(
                layout.text,
                layout.blocks,
                layout.title,
                name_hint,
                format,
                decoded.encoding,
            )
        }
    };
    let doc = doc.map_err(|source| LoadError::Internal { path, source })?;
    progress(1.0);
    Ok(doc)
}

fn decode_or_err(
    bytes: &[u8],
    declared: Option<&'static encoding_rs::Encoding>,
    path: &Option<std::path::PathBuf>,
) -> Result<decode::Decoded, LoadError> {
    decode::decode(bytes, declared).map_err(|source| LoadError::Decode {
        path: path.clone(),
        source,
    })
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
