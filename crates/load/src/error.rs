//! [`LoadError`]: every way opening an article can fail, each with a message naming the file.

use std::fmt;
use std::path::{Path, PathBuf};

use sahifa_model::BlockError;

use crate::decode::DecodeError;
use crate::docx::DocxError;
use crate::html::HtmlError;
use crate::markdown::MarkdownError;
use crate::txt::TextError;

/// Why an article could not be opened. `path` is the file, or `None` for bytes that came
/// without a name; the `Display` text is a complete sentence for the user that names it.
#[derive(Debug)]
pub enum LoadError {
    /// Nothing exists at the path.
    NotFound { path: Option<PathBuf> },
    /// The operating system refused to let us read the file.
    PermissionDenied { path: Option<PathBuf> },
    /// The path is a directory.
    IsDirectory { path: Option<PathBuf> },
    /// Any other I/O failure while reading.
    Io {
        path: Option<PathBuf>,
        source: std::io::Error,
    },
    /// The file has no bytes at all.
    Empty { path: Option<PathBuf> },
    /// The file is larger than [`crate::LoadOptions::max_file_bytes`].
    TooLarge {
        path: Option<PathBuf>,
        size: u64,
        limit: u64,
    },
    /// The content is not text: an image, a PDF, an archive, raw binary data.
    Binary {
        path: Option<PathBuf>,
        /// What it looks like, e.g. "a PDF document".
        what: &'static str,
    },
    /// A known document format Sahifa does not read, with advice.
    Unsupported {
        path: Option<PathBuf>,
        /// What it is, e.g. "an old Word (.doc) document".
        what: &'static str,
        /// What the user can do, e.g. "save it as .docx".
        advice: &'static str,
    },
    /// The bytes could not be decoded as text.
    Decode {
        path: Option<PathBuf>,
        source: DecodeError,
    },
    /// A plain-text file held no article.
    Text {
        path: Option<PathBuf>,
        source: TextError,
    },
    /// An HTML page held no article.
    Html {
        path: Option<PathBuf>,
        source: HtmlError,
    },
    /// A Markdown file held no article.
    Markdown {
        path: Option<PathBuf>,
        source: MarkdownError,
    },
    /// A Word file could not be read.
    Docx {
        path: Option<PathBuf>,
        source: DocxError,
    },
    /// The document goes past one of the limits of [`crate::LoadOptions`].
    Limit {
        path: Option<PathBuf>,
        exceeded: Exceeded,
    },
    /// A loader produced inconsistent blocks — a bug in Sahifa, reported instead of a panic.
    Internal {
        path: Option<PathBuf>,
        source: BlockError,
    },
}

impl LoadError {
    /// The file the error is about, if known.
    pub fn path(&self) -> Option<&Path> {
        match self {
            LoadError::NotFound { path }
            | LoadError::PermissionDenied { path }
            | LoadError::IsDirectory { path }
            | LoadError::Io { path, .. }
            | LoadError::Empty { path }
            | LoadError::TooLarge { path, .. }
            | LoadError::Binary { path, .. }
            | LoadError::Unsupported { path, .. }
            | LoadError::Decode { path, .. }
            | LoadError::Text { path, .. }
            | LoadError::Html { path, .. }
            | LoadError::Markdown { path, .. }
            | LoadError::Docx { path, .. }
            | LoadError::Limit { path, .. }
            | LoadError::Internal { path, .. } => path.as_deref(),
        }
    }
}

/// `"name"` for messages.
struct Shown<'a>(Option<&'a Path>);

impl fmt::Display for Shown<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            Some(p) => write!(f, "\"{}\"", p.display()),
            None => write!(f, "the data"),
        }
    }
}

/// Sizes for messages: "52.4 MB".
fn megabytes(bytes: u64) -> String {
    // Precision loss is irrelevant for a size shown to one decimal.
    let mb = bytes as f64 / 1_000_000.0;
    format!("{mb:.1} MB")
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let file = Shown(self.path());
        match self {
            LoadError::NotFound { .. } => write!(f, "Cannot open {file}: it does not exist."),
            LoadError::PermissionDenied { .. } => write!(
                f,
                "Cannot open {file}: permission denied (you are not allowed to read it)."
            ),
            LoadError::IsDirectory { .. } => {
                write!(
                    f,
                    "Cannot open {file}: it is a folder, not an article file."
                )
            }
            LoadError::Io { source, .. } => write!(f, "Cannot read {file}: {source}."),
            LoadError::Empty { .. } => write!(f, "Cannot open {file}: the file is empty."),
            LoadError::TooLarge { size, limit, .. } => write!(
                f,
                "Cannot open {file}: it is {}, more than the {} Sahifa opens.",
                megabytes(*size),
                megabytes(*limit)
            ),
            LoadError::Binary { what, .. } => write!(
                f,
                "Cannot open {file}: it looks like {what}, not an article (Sahifa reads text, \
                 HTML, Markdown and Word .docx files)."
            ),
            LoadError::Unsupported { what, advice, .. } => {
                write!(f, "Cannot open {file}: it is {what}; {advice}.")
            }
            LoadError::Decode { source, .. } => write!(f, "Cannot read {file}: {source}."),
            LoadError::Text { source, .. } => write!(f, "Cannot open {file}: {source}."),
            LoadError::Html { source, .. } => write!(f, "Cannot open {file}: {source}."),
            LoadError::Markdown { source, .. } => write!(f, "Cannot open {file}: {source}."),
            LoadError::Docx { source, .. } => write!(f, "Cannot open {file}: {source}."),
            LoadError::Limit { exceeded, .. } => write!(f, "Cannot open {file}: {exceeded}."),
            LoadError::Internal { source, .. } => write!(
                f,
                "Cannot open {file}: Sahifa built an inconsistent document ({source}); \
                 please report this as a bug."
            ),
        }
    }
}

/// Which limit of [`crate::LoadOptions`] a document went past, and the limit.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Exceeded {
    /// Elements nested deeper than [`crate::LoadOptions::max_depth`].
    Depth {
        /// What nests: "HTML", "Markdown" or "Word XML".
        format: &'static str,
        /// The deepest level seen (at least `limit + 1`).
        depth: usize,
        /// The limit.
        limit: usize,
    },
    /// An HTML page building more than [`crate::LoadOptions::max_html_elements`] elements.
    HtmlElements {
        /// The limit.
        limit: usize,
    },
    /// Text larger than [`crate::LoadOptions::max_text_bytes`] once decoded.
    Text {
        /// The limit in bytes.
        limit: u64,
    },
    /// More lines or blocks than [`crate::LoadOptions::max_lines`].
    Lines {
        /// The limit.
        limit: usize,
    },
}

impl fmt::Display for Exceeded {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Exceeded::Depth {
                format,
                depth,
                limit,
            } => write!(
                f,
                "its {format} is nested at least {depth} levels deep, and Sahifa opens {format} \
                 nested up to {limit} levels (real articles nest fewer than 100); the file is \
                 damaged or made to crash programs — if it is a real article, save it as plain \
                 text and open that"
            ),
            Exceeded::HtmlElements { limit } => write!(
                f,
                "the page builds more than {limit} HTML elements, the most Sahifa opens; the \
                 file is damaged or made to stall programs — if it is a real page, save it as \
                 plain text and open that"
            ),
            Exceeded::Text { limit } => write!(
                f,
                "its text is larger than {}, the most Sahifa opens; split it into smaller files",
                megabytes(*limit)
            ),
            Exceeded::Lines { limit } => write!(
                f,
                "it has more than {limit} lines or paragraphs, the most Sahifa opens; split it \
                 into smaller files"
            ),
        }
    }
}

impl std::error::Error for LoadError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            LoadError::Io { source, .. } => Some(source),
            LoadError::Decode { source, .. } => Some(source),
            LoadError::Text { source, .. } => Some(source),
            LoadError::Html { source, .. } => Some(source),
            LoadError::Markdown { source, .. } => Some(source),
            LoadError::Docx { source, .. } => Some(source),
            LoadError::Internal { source, .. } => Some(source),
            _ => None,
        }
    }
}
