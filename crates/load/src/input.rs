//! Loading one input: its size checked, its format sniffed, and the format's loader run
//! with the limits and progress of [`LoadOptions`].

use std::borrow::Cow;
use std::path::{Path, PathBuf};

use sahifa_model::{BlockError, Document, Format};

use crate::sniff::{self, Sniffed};
use crate::{Exceeded, LoadError, LoadOptions, build, decode, docx, html, markdown, txt};

/// The load itself. Owned bytes (a file just read) are decoded in place where possible
/// and dropped as soon as they are decoded, so a file is not held twice.
pub(crate) fn load_input(
    bytes: Cow<'_, [u8]>,
    name_hint: Option<&Path>,
    options: &LoadOptions,
    progress: &dyn Fn(f32),
) -> Result<Document, LoadError> {
    let input = Input {
        name_hint,
        path: name_hint.map(Path::to_path_buf),
        options,
        progress,
    };
    input.check_size(&bytes)?;
    progress(0.0);
    let doc = match input.format(&bytes)? {
        Format::Docx => input.docx(bytes),
        Format::Html => input.html(bytes),
        Format::Markdown => input.markdown(bytes),
        Format::Text => input.text(bytes),
    }?;
    progress(1.0);
    Ok(doc)
}

/// What loading one input needs besides its bytes.
struct Input<'a> {
    /// Picks the format by its extension; recorded as the document's path.
    name_hint: Option<&'a Path>,
    /// The file, for errors.
    path: Option<PathBuf>,
    options: &'a LoadOptions,
    progress: &'a dyn Fn(f32),
}

impl Input<'_> {
    /// Refuses empty input and input past [`LoadOptions::max_file_bytes`].
    fn check_size(&self, bytes: &[u8]) -> Result<(), LoadError> {
        let path = self.path.clone();
        if bytes.is_empty() {
            return Err(LoadError::Empty { path });
        }
        let size = bytes.len() as u64;
        if size > self.options.max_file_bytes {
            return Err(LoadError::TooLarge {
                path,
                size,
                limit: self.options.max_file_bytes,
            });
        }
        Ok(())
    }

    /// The format the bytes are in; binary and unsupported formats are refused.
    fn format(&self, bytes: &[u8]) -> Result<Format, LoadError> {
        let path = self.path.clone();
        match sniff::sniff(bytes, self.name_hint) {
            Sniffed::Format(f) => Ok(f),
            Sniffed::Binary(what) => Err(LoadError::Binary { path, what }),
            Sniffed::Unsupported(what, advice) => {
                Err(LoadError::Unsupported { path, what, advice })
            }
        }
    }

    /// A loader's blocks as a document, or the bug they show.
    fn finish(&self, doc: Result<Document, BlockError>) -> Result<Document, LoadError> {
        doc.map_err(|source| LoadError::Internal {
            path: self.path.clone(),
            source,
        })
    }

    fn docx(&self, bytes: Cow<'_, [u8]>) -> Result<Document, LoadError> {
        let builder = docx::parse(&bytes, self.options).map_err(|source| match source {
            docx::DocxError::Limit(exceeded) => limit_error(&self.path, exceeded),
            source => LoadError::Docx {
                path: self.path.clone(),
                source,
            },
        })?;
        drop(bytes);
        (self.progress)(0.9);
        self.finish(builder.finish(self.name_hint, Format::Docx, encoding_rs::UTF_8))
    }

    fn html(&self, bytes: Cow<'_, [u8]>) -> Result<Document, LoadError> {
        let declared = html::meta_charset(&bytes);
        let decoded = decode_or_err(bytes, declared, self.options, &self.path)?;
        (self.progress)(0.3);
        let encoding = decoded.encoding;
        let builder = html::parse(decoded.text, self.options).map_err(|source| match source {
            html::HtmlError::Limit(exceeded) => limit_error(&self.path, exceeded),
            source => LoadError::Html {
                path: self.path.clone(),
                source,
            },
        })?;
        (self.progress)(0.9);
        self.finish(builder.finish(self.name_hint, Format::Html, encoding))
    }

    fn markdown(&self, bytes: Cow<'_, [u8]>) -> Result<Document, LoadError> {
        let decoded = decode_or_err(bytes, None, self.options, &self.path)?;
        (self.progress)(0.3);
        let text = txt::normalise_newlines(decoded.text);
        check_lines(&text, self.options, &self.path)?;
        let builder = markdown::parse(&text, self.options).map_err(|source| match source {
            markdown::MarkdownError::Limit(exceeded) => limit_error(&self.path, exceeded),
            source => LoadError::Markdown {
                path: self.path.clone(),
                source,
            },
        })?;
        drop(text);
        (self.progress)(0.9);
        self.finish(builder.finish(self.name_hint, Format::Markdown, decoded.encoding))
    }

    fn text(&self, bytes: Cow<'_, [u8]>) -> Result<Document, LoadError> {
        let decoded = decode_or_err(bytes, None, self.options, &self.path)?;
        (self.progress)(0.4);
        let text = txt::normalise_newlines(decoded.text);
        check_lines(&text, self.options, &self.path)?;
        let layout = txt::layout(text).map_err(|source| LoadError::Text {
            path: self.path.clone(),
            source,
        })?;
        (self.progress)(0.9);
        self.finish(build::assemble(
            layout.text,
            layout.blocks,
            layout.title,
            self.name_hint,
            Format::Text,
            decoded.encoding,
        ))
    }
}

fn limit_error(path: &Option<PathBuf>, exceeded: Exceeded) -> LoadError {
    LoadError::Limit {
        path: path.clone(),
        exceeded,
    }
}

/// Refuses text with more lines than [`LoadOptions::max_lines`] before it is split.
fn check_lines(text: &str, options: &LoadOptions, path: &Option<PathBuf>) -> Result<(), LoadError> {
    let lines = text
        .bytes()
        .filter(|&b| b == b'\n')
        .count()
        .saturating_add(1);
    if lines > options.max_lines {
        return Err(limit_error(
            path,
            Exceeded::Lines {
                limit: options.max_lines,
            },
        ));
    }
    Ok(())
}

fn decode_or_err(
    bytes: Cow<'_, [u8]>,
    declared: Option<&'static encoding_rs::Encoding>,
    options: &LoadOptions,
    path: &Option<PathBuf>,
) -> Result<decode::Decoded, LoadError> {
    decode::decode_input(bytes, declared, options.max_text_bytes).map_err(|source| match source {
        decode::DecodeError::TooLarge { limit } => limit_error(path, Exceeded::Text { limit }),
        source => LoadError::Decode {
            path: path.clone(),
            source,
        },
    })
}
