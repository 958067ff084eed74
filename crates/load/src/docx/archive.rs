//! Reading a part out of the `.docx` archive: each part is streamed into its reader
//! through one shared cap on the inflated size, so a zip bomb stops at the cap whatever
//! its headers declare.

use std::cell::Cell;
use std::io::{BufRead, BufReader, Cursor, Read};

use super::xml::PartError;
use super::{DOCUMENT, DocxError, STYLES};

pub(super) type Archive<'a> = zip::ZipArchive<Cursor<&'a [u8]>>;

/// What may still be inflated, shared by the parts of one file.
pub(super) struct Budget {
    left: Cell<u64>,
    /// Set when a read went past the cap.
    exceeded: Cell<bool>,
    limit: u64,
}

impl Budget {
    /// The whole cap left, nothing exceeded yet.
    pub(super) fn new(limit: u64) -> Self {
        Self {
            left: Cell::new(limit),
            exceeded: Cell::new(false),
            limit,
        }
    }
}

/// A reader that fails once the [`Budget`] is spent.
struct Capped<'b, R> {
    inner: R,
    budget: &'b Budget,
}

impl<R: Read> Read for Capped<'_, R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        let left = self.budget.left.get();
        if n as u64 > left {
            self.budget.exceeded.set(true);
            return Err(std::io::Error::other("the inflated size passed the cap"));
        }
        self.budget.left.set(left - n as u64);
        Ok(n)
    }
}

/// Refuses a file whose parts declare more than the cap together, before inflating any.
pub(super) fn check_declared_sizes(
    archive: &mut Archive<'_>,
    budget: &Budget,
) -> Result<(), DocxError> {
    let mut total = 0u64;
    for part in [STYLES, DOCUMENT] {
        if let Ok(file) = archive.by_name(part) {
            total = total.saturating_add(file.size());
            if total > budget.limit {
                return Err(DocxError::TooLarge {
                    part,
                    limit: budget.limit,
                });
            }
        }
    }
    Ok(())
}

/// Runs `read` on the inflating stream of `part` (`None` when the part is absent). A part
/// in UTF-16 (a byte-order mark; rare) is decoded to UTF-8 first, within the same cap.
pub(super) fn with_part<T>(
    archive: &mut Archive<'_>,
    part: &'static str,
    budget: &Budget,
    read: impl FnOnce(&mut dyn BufRead) -> Result<T, PartError>,
) -> Result<Option<T>, DocxError> {
    let file = match archive.by_name(part) {
        Ok(f) => f,
        Err(zip::result::ZipError::FileNotFound) => return Ok(None),
        Err(e) => return Err(DocxError::Corrupt(e.to_string())),
    };
    let mut stream = BufReader::with_capacity(
        64 * 1024,
        Capped {
            inner: file,
            budget,
        },
    );
    let io_error = |e: std::io::Error| {
        if budget.exceeded.get() {
            DocxError::TooLarge {
                part,
                limit: budget.limit,
            }
        } else {
            DocxError::Corrupt(format!("{part}: {e}"))
        }
    };
    let head = stream.fill_buf().map_err(io_error)?;
    let result = match encoding_rs::Encoding::for_bom(head) {
        Some((enc, bom)) if enc != encoding_rs::UTF_8 => {
            let mut raw = Vec::new();
            stream.read_to_end(&mut raw).map_err(io_error)?;
            let text = enc
                .decode_without_bom_handling(raw.get(bom..).unwrap_or_default())
                .0
                .into_owned();
            drop(raw);
            read(&mut text.as_bytes())
        }
        _ => read(&mut stream),
    };
    result.map(Some).map_err(|e| match e {
        PartError::Read(e) => io_error(e),
        PartError::Xml { position, message } => DocxError::Xml {
            part,
            position,
            message,
        },
        PartError::Docx(e) => e,
    })
}
