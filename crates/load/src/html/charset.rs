//! The encoding a page declares for itself in a `<meta>` tag, read from the raw bytes
//! before decoding (`<meta charset="windows-1256">`, or the `http-equiv` form).

use encoding_rs::Encoding;

/// The encoding a `<meta>` in the first 4 KiB declares, if any (UTF-16 labels mean UTF-8,
/// as in browsers).
pub fn meta_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = bytes[..bytes.len().min(4096)].to_ascii_lowercase();
    let mut rest = head.as_slice();
    while let Some(at) = find(rest, b"<meta") {
        rest = &rest[at + 5..];
        let end = rest.iter().position(|&b| b == b'>').unwrap_or(rest.len());
        let tag = &rest[..end];
        if let Some(cs) = find(tag, b"charset") {
            let mut label = &tag[cs + 7..];
            label = trim_start(label);
            if let Some(l) = label.strip_prefix(b"=") {
                let l = trim_start(l);
                let l = l
                    .strip_prefix(b"\"")
                    .or_else(|| l.strip_prefix(b"'"))
                    .unwrap_or(l);
                let stop = l
                    .iter()
                    .position(|&b| {
                        matches!(b, b'"' | b'\'' | b';' | b'/' | b'>') || b.is_ascii_whitespace()
                    })
                    .unwrap_or(l.len());
                if let Some(enc) = Encoding::for_label(&l[..stop]) {
                    return Some(enc.output_encoding());
                }
            }
        }
    }
    None
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

fn trim_start(b: &[u8]) -> &[u8] {
    let n = b.iter().take_while(|c| c.is_ascii_whitespace()).count();
    &b[n..]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn meta_charset_forms() {
        assert_eq!(
            meta_charset(b"<html><head><META CHARSET=\"windows-1256\">"),
            Some(encoding_rs::WINDOWS_1256)
        );
        assert_eq!(
            meta_charset(
                b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-6\">"
            ),
            Some(encoding_rs::ISO_8859_6)
        );
        assert_eq!(
            meta_charset(b"<meta charset=utf-16>"),
            Some(encoding_rs::UTF_8)
        );
        assert_eq!(meta_charset(b"<meta name=x>"), None);
    }
}
