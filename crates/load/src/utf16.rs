//! UTF-16 without a byte-order mark, told by its content. Some exporters write UTF-16 with
//! no mark; its spaces and line ends hold NUL bytes, so without this it would be refused
//! as binary data.

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE};

/// How many bytes are looked at.
const SAMPLE_BYTES: usize = 8192;

/// The byte order of `bytes` when they are UTF-16 text without a byte-order mark: the
/// start holds NUL bytes (UTF-8 text and the legacy Arabic encodings never do) and decodes
/// in that order, without error, to text of which at least 95 in 100 characters are
/// Arabic, Latin script, digits, punctuation or white space. Binary data fails this (its
/// NULs decode to U+0000 or to control and unassigned characters), and only one byte
/// order passes for real text (the other turns «ا», 27 06, into U+2706).
pub(crate) fn without_bom(bytes: &[u8]) -> Option<&'static Encoding> {
    let sample = &bytes[..bytes.len().min(SAMPLE_BYTES) & !1];
    if sample.len() < 4 || !sample.contains(&0) {
        return None;
    }
    [UTF_16LE, UTF_16BE]
        .into_iter()
        .find(|&encoding| reads_as_text(sample, encoding))
}

/// True when `sample` decodes in `encoding` to text as [`without_bom`] describes. A pair
/// of surrogates cut at the sample's end is not held against it.
fn reads_as_text(sample: &[u8], encoding: &'static Encoding) -> bool {
    let (text, _) = encoding.decode_without_bom_handling(sample);
    let mut total = 0usize;
    let mut good = 0usize;
    for c in text.trim_end_matches('\u{FFFD}').chars() {
        total += 1;
        good += usize::from(is_text_char(c));
    }
    total > 0 && good * 100 >= total * 95
}

/// Arabic (with its presentation forms), Latin, digits, punctuation, white space.
fn is_text_char(c: char) -> bool {
    matches!(c,
        '\t' | '\n' | '\r' | ' '..='~'
        | '\u{A0}'..='\u{24F}'
        | '\u{600}'..='\u{6FF}' | '\u{750}'..='\u{77F}' | '\u{8A0}'..='\u{8FF}'
        | '\u{2000}'..='\u{206F}'
        | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utf16(text: &str, little: bool) -> Vec<u8> {
        text.encode_utf16()
            .flat_map(|u| {
                if little {
                    u.to_le_bytes()
                } else {
                    u.to_be_bytes()
                }
            })
            .collect()
    }

    #[test]
    fn arabic_or_english_utf16_without_a_mark_is_told_in_either_byte_order() {
        for text in ["قال الوزير في الدوحة أمس.\n", "The minister said.\r\n"] {
            assert_eq!(without_bom(&utf16(text, true)), Some(UTF_16LE), "{text}");
            assert_eq!(without_bom(&utf16(text, false)), Some(UTF_16BE), "{text}");
        }
    }

    #[test]
    fn binary_data_and_utf8_are_not_utf16() {
        let binary: Vec<u8> = (0..4096u32).map(|i| (i * 7 % 13) as u8).collect();
        assert_eq!(without_bom(&binary), None);
        assert_eq!(without_bom(&[0u8; 64]), None);
        assert_eq!(without_bom("قال الوزير".as_bytes()), None);
    }
}
