//! Opening `extract`'s inputs as articles: files and standard input, through hooks the
//! root binary replaces with the full loader (HTML, Word, windows-1256 text).

use std::path::Path;

use sahifa_model::Document;

/// How [`super::run_extract_with`] turns files and standard input into articles — so the root
/// binary can plug in the full loader (HTML, Word, legacy encodings) without this crate
/// depending on it. Errors are shown to the user as they are.
pub struct ExtractHooks<'a> {
    /// Opens a (non-empty) file. [`open_utf8_text`] by default.
    pub open: &'a dyn Fn(&Path) -> Result<Document, String>,
    /// Makes an article of the (non-empty) bytes read from standard input.
    /// [`utf8_text_document`] by default.
    pub open_bytes: &'a dyn Fn(&[u8]) -> Result<Document, String>,
}

impl Default for ExtractHooks<'_> {
    fn default() -> Self {
        Self {
            open: &open_utf8_text,
            open_bytes: &utf8_text_document,
        }
    }
}

/// Opens a UTF-8 plain-text file as [`utf8_text_document`] reads its bytes.
pub fn open_utf8_text(path: &Path) -> Result<Document, String> {
    let bytes = crate::input::read_named(path)?;
    let mut doc = utf8_text_document(&bytes).map_err(|e| format!("{}: {e}", path.display()))?;
    doc.source.path = Some(path.to_owned());
    Ok(doc)
}

/// A plain-text article of UTF-8 bytes: binary data (NUL bytes) and invalid UTF-8 refused,
/// a byte-order mark dropped, line endings made `\n` ([`Document::from_plain_text`]).
pub fn utf8_text_document(bytes: &[u8]) -> Result<Document, String> {
    let text = crate::input::utf8_text(bytes).map_err(|e| e.to_string())?;
    Ok(Document::from_plain_text(text))
}

/// Opens one input: `-` is standard input; an empty file or input is an empty article.
pub(super) fn open_input(path: &Path, hooks: &ExtractHooks<'_>) -> Result<Document, String> {
    if path.as_os_str() == "-" {
        let bytes = crate::input::read_named(path)?;
        if bytes.is_empty() {
            return Ok(Document::from_plain_text(""));
        }
        return (hooks.open_bytes)(&bytes).map_err(|e| format!("standard input: {e}"));
    }
    let meta =
        std::fs::metadata(path).map_err(|e| format!("{}: cannot read: {e}", path.display()))?;
    if meta.is_file() && meta.len() == 0 {
        let mut doc = Document::from_plain_text("");
        doc.source.path = Some(path.to_owned());
        return Ok(doc);
    }
    (hooks.open)(path)
}
