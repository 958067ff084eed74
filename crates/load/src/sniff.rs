//! Which loader a file goes to: its extension first, its content where the extension is
//! unknown, and a refusal for content that is not text.
//!
//! # Rules
//! - Known signatures are checked whatever the extension: PDF, PNG, JPEG, GIF, WebP/RIFF,
//!   other ZIP archives, gzip, ELF/PE executables are refused as binary; old Word `.doc`
//!   (OLE compound file) and RTF are refused as unsupported with advice.
//! - Extension: `.txt`/`.text` → text, `.html`/`.htm`/`.xhtml` → HTML, `.md`/`.markdown` →
//!   Markdown, `.docx` → Word. Case does not matter.
//! - Otherwise: a ZIP holding `word/document.xml` → Word; content starting (after white
//!   space) with `<!doctype html`, `<html`, `<head` or `<body` → HTML; text → text.
//! - Text or not: with no byte-order mark, the first 8 KiB must contain no NUL byte and
//!   fewer than 1 in 20 control characters other than tab, line feed, carriage return,
//!   form feed and escape — unless they read as UTF-16 without a mark (`utf16.rs`).

use std::path::Path;

use sahifa_model::Format;

/// Where a file goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sniffed {
    /// Load it with this format's loader.
    Format(Format),
    /// Not text; what it looks like.
    Binary(&'static str),
    /// A document format Sahifa does not read: what it is, and advice.
    Unsupported(&'static str, &'static str),
}

/// Decides where `bytes` (named `name_hint`, if known) go.
pub fn sniff(bytes: &[u8], name_hint: Option<&Path>) -> Sniffed {
    let ext = name_hint
        .and_then(Path::extension)
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    let is_zip = bytes.starts_with(b"PK\x03\x04");
    if is_zip {
        if ext.as_deref() == Some("docx") || zip_has_word_document(bytes) {
            return Sniffed::Format(Format::Docx);
        }
        return Sniffed::Binary("a ZIP archive (or an office format other than Word .docx)");
    }
    if ext.as_deref() == Some("docx") {
        // Not a ZIP at all: let the Word loader say so (it names the problem precisely).
        return Sniffed::Format(Format::Docx);
    }
    if let Some(s) = signature(bytes) {
        return s;
    }
    if looks_binary(bytes) && crate::utf16::without_bom(bytes).is_none() {
        return Sniffed::Binary("binary data");
    }
    match ext.as_deref() {
        Some("txt" | "text") => Sniffed::Format(Format::Text),
        Some("html" | "htm" | "xhtml" | "shtml") => Sniffed::Format(Format::Html),
        Some("md" | "markdown" | "mdown" | "mkd") => Sniffed::Format(Format::Markdown),
        _ if looks_like_html(bytes) => Sniffed::Format(Format::Html),
        _ => Sniffed::Format(Format::Text),
    }
}

fn signature(bytes: &[u8]) -> Option<Sniffed> {
    const BINARY: &[(&[u8], &str)] = &[
        (b"%PDF", "a PDF document"),
        (b"\x89PNG", "a PNG image"),
        (b"\xFF\xD8\xFF", "a JPEG image"),
        (b"GIF8", "a GIF image"),
        (b"RIFF", "a media file (RIFF: WebP, WAV or AVI)"),
        (b"\x1F\x8B", "a gzip-compressed file"),
        (b"\x7FELF", "a program (ELF executable)"),
        (b"Rar!", "a RAR archive"),
        (b"7z\xBC\xAF", "a 7-Zip archive"),
    ];
    if bytes.starts_with(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") {
        return Some(Sniffed::Unsupported(
            "an old Word (.doc) or other legacy Office document",
            "open it in Word or LibreOffice and save it as .docx",
        ));
    }
    if bytes.starts_with(b"{\\rtf") {
        return Some(Sniffed::Unsupported(
            "a Rich Text Format (.rtf) document",
            "open it in Word or LibreOffice and save it as .docx or plain text",
        ));
    }
    BINARY
        .iter()
        .find(|(magic, _)| bytes.starts_with(magic))
        .map(|(_, what)| Sniffed::Binary(what))
}

/// The local file headers of a ZIP name their entries; `word/document.xml` marks Word.
fn zip_has_word_document(bytes: &[u8]) -> bool {
    let needle = b"word/document.xml";
    bytes.windows(needle.len()).any(|w| w == needle)
}

/// See the module docs.
pub fn looks_binary(bytes: &[u8]) -> bool {
    if bytes.starts_with(b"\xEF\xBB\xBF")
        || bytes.starts_with(b"\xFF\xFE")
        || bytes.starts_with(b"\xFE\xFF")
    {
        return false;
    }
    let head = &bytes[..bytes.len().min(8192)];
    if head.contains(&0) {
        return true;
    }
    let controls = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C | 0x1B))
        .count();
    controls * 20 > head.len()
}

fn looks_like_html(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(1024)];
    let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    let start = head
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(head.len());
    let head = head[start..].to_ascii_lowercase();
    [b"<!doctype html".as_slice(), b"<html", b"<head", b"<body"]
        .iter()
        .any(|tag| head.starts_with(tag))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extension_then_content() {
        let p = |s: &str| Some(Path::new(s).to_owned());
        assert_eq!(
            sniff(b"x", p("a.HTM").as_deref()),
            Sniffed::Format(Format::Html)
        );
        assert_eq!(
            sniff(b"  <!DOCTYPE html><p>x", None),
            Sniffed::Format(Format::Html)
        );
        assert_eq!(sniff("نص".as_bytes(), None), Sniffed::Format(Format::Text));
        assert_eq!(
            sniff(b"%PDF-1.7", p("a.txt").as_deref()),
            Sniffed::Binary("a PDF document")
        );
        assert_eq!(sniff(b"ab\0cd", None), Sniffed::Binary("binary data"));
        assert!(matches!(
            sniff(
                b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1....",
                p("a.doc").as_deref()
            ),
            Sniffed::Unsupported(..)
        ));
    }

    #[test]
    fn utf16_with_bom_is_text_despite_nuls() {
        let mut b = vec![0xFF, 0xFE];
        b.extend("a b".encode_utf16().flat_map(u16::to_le_bytes));
        assert!(!looks_binary(&b));
    }
}
