//! Edits of the line breaks, in place and one byte for one so that offsets hold: `\r\n`
//! and `\r` made `\n`, and a hard-wrapped paragraph's inner breaks made spaces.

/// Normalises line endings to `\n`, in place (no second copy of the text).
pub(crate) fn normalise_newlines(text: String) -> String {
    if !text.contains('\r') {
        return text;
    }
    let mut bytes = text.into_bytes();
    let mut write = 0;
    for read in 0..bytes.len() {
        match bytes[read] {
            b'\r' if bytes.get(read + 1) == Some(&b'\n') => continue,
            b'\r' => bytes[write] = b'\n',
            b => bytes[write] = b,
        }
        write += 1;
    }
    bytes.truncate(write);
    utf8_again(bytes)
}

/// Bytes that were valid UTF-8 and had ASCII bytes removed or replaced by ASCII bytes are
/// still valid; this never copies (the lossy branch is unreachable in practice).
fn utf8_again(bytes: Vec<u8>) -> String {
    String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// Replaces the line break after each listed line (ascending indices) with a space, in
/// place.
pub(super) fn unwrap_lines(text: String, joins: &[usize]) -> String {
    let mut bytes = text.into_bytes();
    let mut joins = joins.iter().peekable();
    let mut line = 0;
    for b in &mut bytes {
        if *b != b'\n' {
            continue;
        }
        if joins.peek() == Some(&&line) {
            *b = b' ';
            joins.next();
        }
        line += 1;
    }
    utf8_again(bytes)
}
