//! Bytes → text: byte-order marks, declared encodings, detection of legacy Arabic encodings.
//!
//! # Rules, in order
//! 1. A byte-order mark wins: UTF-8, UTF-16LE or UTF-16BE. The mark is not part of the text.
//!    Without one, UTF-16 is told by its content (`utf16.rs`: NUL bytes, and text in one
//!    byte order).
//! 2. Bytes that are valid UTF-8 are UTF-8 — even when a declaration says otherwise, because
//!    a legacy Arabic page whose non-ASCII bytes happen to form valid UTF-8 does not occur
//!    in practice, while pages re-saved as UTF-8 with a stale `<meta charset>` do.
//! 3. Bytes that are *mostly* valid UTF-8 (at least [`UTF8_DAMAGE_RATIO`] valid multi-byte
//!    characters per invalid sequence) are damaged UTF-8: refused with
//!    [`DecodeError::InvalidBytes`] naming the first bad byte, rather than shown as
//!    mojibake.
//! 4. A declared encoding (HTML `<meta charset>`) is used when there is one.
//! 5. Otherwise chardetng guesses, and an Arabic sanity rule checks the guess: chardetng can
//!    confuse windows-1256 and ISO-8859-6, so the guess, windows-1256 and ISO-8859-6 each
//!    decode a sample, decodings with errors are dropped, and the one with the most Arabic
//!    letters wins when it has more than the guess and at least half of the sample's
//!    non-ASCII characters are Arabic letters.
//!
//! A chosen encoding that still meets malformed bytes (ISO-8859-6 has unmapped bytes) gives
//! [`DecodeError::InvalidBytes`]; nothing is replaced silently.

use std::borrow::Cow;
use std::fmt;

use chardetng::{EncodingDetector, Iso2022JpDetection, Utf8Detection};
use encoding_rs::{Encoding, ISO_8859_6, UTF_8, UTF_16BE, UTF_16LE, WINDOWS_1256};

/// At least this many valid multi-byte UTF-8 characters per invalid sequence make a file
/// "damaged UTF-8" rather than a legacy encoding.
pub const UTF8_DAMAGE_RATIO: usize = 8;

/// How many bytes around the first invalid UTF-8 sequence decide "damaged UTF-8".
const SAMPLE_BYTES: usize = 1 << 20;
/// How many bytes chardetng and the Arabic sanity rule look at: plenty for a confident
/// guess, and keeps detection a small cost on multi-megabyte files.
const DETECT_SAMPLE_BYTES: usize = 64 * 1024;

/// Decoded text and the encoding it came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decoded {
    /// The text, without a byte-order mark; line endings untouched.
    pub text: String,
    /// The encoding used.
    pub encoding: &'static Encoding,
}

/// Why bytes could not be decoded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeError {
    /// A byte sequence is not valid in the encoding that the file uses.
    InvalidBytes {
        /// encoding_rs name of the encoding, e.g. `UTF-8`.
        encoding: &'static str,
        /// Byte offset of the first invalid sequence.
        offset: usize,
        /// 1-based line of that byte.
        line: usize,
    },
    /// The decoded text would be larger than the limit (bytes).
    TooLarge {
        /// [`crate::LoadOptions::max_text_bytes`].
        limit: u64,
    },
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DecodeError::InvalidBytes {
                encoding,
                offset,
                line,
            } => write!(
                f,
                "the bytes are not valid {encoding} (first bad byte at offset {offset}, line {line}); \
                 the file is damaged or in an encoding Sahifa cannot recognise"
            ),
            DecodeError::TooLarge { limit } => write!(
                f,
                "the text is larger than {limit} bytes once decoded, the most Sahifa opens"
            ),
        }
    }
}

impl std::error::Error for DecodeError {}

/// Decodes `bytes`, honouring `declared` (from an HTML `<meta charset>`) per the module rules.
pub fn decode(bytes: &[u8], declared: Option<&'static Encoding>) -> Result<Decoded, DecodeError> {
    decode_input(Cow::Borrowed(bytes), declared, u64::MAX)
}

/// [`decode`] taking the bytes by value: owned UTF-8 becomes the `String` in place (no
/// copy), and the bytes are dropped as soon as the text exists. Text longer than
/// `max_text` bytes is refused with [`DecodeError::TooLarge`] as soon as decoding passes it.
pub(crate) fn decode_input(
    bytes: Cow<'_, [u8]>,
    declared: Option<&'static Encoding>,
    max_text: u64,
) -> Result<Decoded, DecodeError> {
    if let Some((encoding, bom_len)) = Encoding::for_bom(&bytes) {
        if encoding != UTF_8 {
            return decode_legacy(&bytes[bom_len..], encoding, bom_len, max_text);
        }
        let body = match bytes {
            Cow::Owned(mut v) => {
                v.drain(..bom_len);
                Cow::Owned(v)
            }
            Cow::Borrowed(b) => Cow::Borrowed(&b[bom_len..]),
        };
        return match into_utf8(body) {
            Ok(text) => checked(text, UTF_8, max_text),
            Err((body, at)) => Err(invalid_at(&body, UTF_8, at, bom_len)),
        };
    }
    if let Some(encoding) = crate::utf16::without_bom(&bytes) {
        return decode_legacy(&bytes, encoding, 0, max_text);
    }
    let (bytes, first_bad) = match into_utf8(bytes) {
        Ok(text) => return checked(text, UTF_8, max_text),
        Err(not_utf8) => not_utf8,
    };
    if let Utf8Health::Damaged = utf8_health(&bytes, first_bad) {
        return Err(invalid(&bytes, UTF_8, first_bad));
    }
    let encoding = match declared {
        Some(enc) if enc != UTF_8 => enc,
        // A UTF-8 declaration over bytes that are not UTF-8: detect instead.
        _ => detect_legacy(&bytes),
    };
    decode_legacy(&bytes, encoding, 0, max_text)
}

/// The bytes as UTF-8 text (owned bytes are reused, not copied), or the bytes back with
/// the offset of the first invalid sequence.
fn into_utf8(bytes: Cow<'_, [u8]>) -> Result<String, (Cow<'_, [u8]>, usize)> {
    match bytes {
        Cow::Owned(v) => String::from_utf8(v).map_err(|e| {
            let at = e.utf8_error().valid_up_to();
            (Cow::Owned(e.into_bytes()), at)
        }),
        Cow::Borrowed(b) => match std::str::from_utf8(b) {
            Ok(s) => Ok(s.to_owned()),
            Err(e) => Err((Cow::Borrowed(b), e.valid_up_to())),
        },
    }
}

fn checked(
    text: String,
    encoding: &'static Encoding,
    max_text: u64,
) -> Result<Decoded, DecodeError> {
    if text.len() as u64 > max_text {
        return Err(DecodeError::TooLarge { limit: max_text });
    }
    Ok(Decoded { text, encoding })
}

/// Decodes without replacement, stopping at the first malformed sequence or when the text
/// passes `max_text`; `base` is added to reported offsets (a stripped BOM).
fn decode_legacy(
    bytes: &[u8],
    encoding: &'static Encoding,
    base: usize,
    max_text: u64,
) -> Result<Decoded, DecodeError> {
    let mut decoder = encoding.new_decoder_without_bom_handling();
    // Arabic letters take two UTF-8 bytes for one or two in the file: start at 2x, grow
    // if needed (large buffers grow without copying).
    let mut text = String::with_capacity(bytes.len().saturating_mul(2).saturating_add(16));
    let mut read = 0;
    loop {
        let (result, n) =
            decoder.decode_to_string_without_replacement(&bytes[read..], &mut text, true);
        read += n;
        if text.len() as u64 > max_text {
            return Err(DecodeError::TooLarge { limit: max_text });
        }
        match result {
            encoding_rs::DecoderResult::InputEmpty => break,
            encoding_rs::DecoderResult::OutputFull => {
                text.reserve(bytes.len().saturating_sub(read).saturating_add(64 * 1024));
            }
            encoding_rs::DecoderResult::Malformed(bad, pending) => {
                let at = read.saturating_sub(usize::from(bad) + usize::from(pending));
                return Err(invalid_at(bytes, encoding, at, base));
            }
        }
    }
    // Give back the unused capacity (large buffers shrink in place, without a copy).
    text.shrink_to_fit();
    Ok(Decoded { text, encoding })
}

fn invalid(bytes: &[u8], encoding: &'static Encoding, offset: usize) -> DecodeError {
    invalid_at(bytes, encoding, offset, 0)
}

fn invalid_at(
    bytes: &[u8],
    encoding: &'static Encoding,
    offset: usize,
    base: usize,
) -> DecodeError {
    let offset = offset.min(bytes.len());
    let line = if encoding == UTF_16LE || encoding == UTF_16BE {
        // Count U+000A code units.
        let nl: [u8; 2] = if encoding == UTF_16LE {
            [0x0a, 0]
        } else {
            [0, 0x0a]
        };
        1 + bytes[..offset]
            .chunks_exact(2)
            .filter(|c| *c == nl.as_slice())
            .count()
    } else {
        1 + bytes[..offset].iter().filter(|&&b| b == b'\n').count()
    };
    DecodeError::InvalidBytes {
        encoding: encoding.name(),
        offset: offset + base,
        line,
    }
}

enum Utf8Health {
    Damaged,
    NotUtf8,
}

/// Classifies bytes that are not valid UTF-8 (the first invalid sequence at `first_bad`) as
/// damaged UTF-8 or something else, by counting valid multi-byte characters against
/// invalid sequences in a window around the first bad byte.
fn utf8_health(bytes: &[u8], first_bad: usize) -> Utf8Health {
    let mut start = first_bad.saturating_sub(SAMPLE_BYTES / 2);
    // Start on a character boundary: skip continuation bytes.
    while start < first_bad && (bytes[start] & 0xC0) == 0x80 {
        start += 1;
    }
    let end = bytes.len().min(first_bad + SAMPLE_BYTES / 2);
    let mut rest = &bytes[start..end];
    let mut good_multibyte = 0usize;
    let mut bad = 0usize;
    let count_non_ascii = |valid: &[u8]| {
        std::str::from_utf8(valid).map_or(0, |s| s.chars().filter(|c| !c.is_ascii()).count())
    };
    loop {
        match std::str::from_utf8(rest) {
            Ok(s) => {
                good_multibyte += s.chars().filter(|c| !c.is_ascii()).count();
                break;
            }
            Err(e) => {
                good_multibyte += count_non_ascii(&rest[..e.valid_up_to()]);
                match e.error_len() {
                    Some(n) => {
                        bad += 1;
                        rest = &rest[e.valid_up_to() + n..];
                    }
                    // Cut off at the end of the window (or of the file).
                    None => {
                        if end == bytes.len() && bad == 0 && good_multibyte > 0 {
                            // The only flaw is a truncated last character.
                            return Utf8Health::Damaged;
                        }
                        break;
                    }
                }
            }
        }
    }
    if bad > 0 && good_multibyte >= bad.saturating_mul(UTF8_DAMAGE_RATIO) {
        Utf8Health::Damaged
    } else {
        Utf8Health::NotUtf8
    }
}

/// Guesses a legacy (non-UTF) encoding with chardetng plus the Arabic sanity rule.
fn detect_legacy(bytes: &[u8]) -> &'static Encoding {
    let sample = &bytes[..bytes.len().min(DETECT_SAMPLE_BYTES)];
    let mut detector = EncodingDetector::new(Iso2022JpDetection::Deny);
    detector.feed(sample, sample.len() == bytes.len());
    let guess = detector.guess(None, Utf8Detection::Deny);
    prefer_arabic(sample, guess)
}

/// The Arabic sanity rule (see the module docs).
fn prefer_arabic(sample: &[u8], guess: &'static Encoding) -> &'static Encoding {
    // A sample cut mid-character would look malformed; single-byte encodings have no
    // such issue, and those are the only candidates here.
    let score = |enc: &'static Encoding| -> Option<(usize, usize)> {
        let text = enc.decode_without_bom_handling_and_without_replacement(sample)?;
        let arabic = text.chars().filter(|&c| is_arabic_letter(c)).count();
        let non_ascii = text.chars().filter(|c| !c.is_ascii()).count();
        Some((arabic, non_ascii))
    };
    let guess_arabic = score(guess).map_or(0, |(a, _)| a);
    let mut best: Option<(&'static Encoding, usize)> = None;
    for enc in [WINDOWS_1256, ISO_8859_6] {
        if let Some((arabic, non_ascii)) = score(enc)
            && arabic * 2 >= non_ascii
            && arabic > best.map_or(0, |(_, a)| a)
        {
            best = Some((enc, arabic));
        }
    }
    match best {
        Some((enc, arabic)) if arabic > guess_arabic || guess == enc => enc,
        _ => guess,
    }
}

/// Arabic letters (not harakat, digits or punctuation) in the Arabic block.
pub(crate) fn is_arabic_letter(c: char) -> bool {
    matches!(c, '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}' | '\u{0671}'..='\u{06D3}')
}

#[cfg(test)]
mod tests {
    use super::*;

    const ARABIC: &str = "ناقش آمر القوة البحرية الكويتية، اللواء الركن بحري سيف الهملان، \
                          مع رئيس أركان القوات المسلحة القطرية سبل تعزيز التعاون العسكري.";

    #[test]
    fn windows_1256_and_iso_8859_6_are_told_apart() {
        for enc in [WINDOWS_1256, ISO_8859_6] {
            let (bytes, _, unmappable) = enc.encode(ARABIC);
            assert!(!unmappable);
            let decoded = decode(&bytes, None).unwrap();
            assert_eq!(decoded.encoding, enc, "{}", enc.name());
            assert_eq!(decoded.text, ARABIC);
        }
    }

    #[test]
    fn short_iso_8859_6_text_is_not_taken_for_windows_1252() {
        // chardetng alone guesses windows-1252 for these bytes; the Arabic rule corrects it.
        let (bytes, _, _) = ISO_8859_6.encode("قطر");
        let mut detector = EncodingDetector::new(Iso2022JpDetection::Deny);
        detector.feed(&bytes, true);
        assert_eq!(
            detector.guess(None, Utf8Detection::Deny),
            encoding_rs::WINDOWS_1252
        );
        assert_eq!(decode(&bytes, None).unwrap().text, "قطر");
    }

    #[test]
    fn latin_legacy_text_is_left_to_chardetng() {
        let (bytes, _, _) =
            encoding_rs::WINDOWS_1252.encode("Le café où l'élève étudiait près de la fenêtre.");
        assert_eq!(
            decode(&bytes, None).unwrap().encoding,
            encoding_rs::WINDOWS_1252
        );
    }

    #[test]
    fn bom_decides_and_is_stripped() {
        let mut bytes = vec![0xFF, 0xFE];
        bytes.extend(ARABIC.encode_utf16().flat_map(u16::to_le_bytes));
        let decoded = decode(&bytes, None).unwrap();
        assert_eq!(decoded.encoding, UTF_16LE);
        assert_eq!(decoded.text, ARABIC);
    }

    #[test]
    fn damaged_utf8_is_refused_with_its_offset() {
        let mut bytes = ARABIC.as_bytes().to_vec();
        bytes.insert(9, 0xFF); // after «ناقش », on a character boundary
        let err = decode(&bytes, None).unwrap_err();
        assert_eq!(
            err,
            DecodeError::InvalidBytes {
                encoding: "UTF-8",
                offset: 9,
                line: 1
            }
        );
    }

    #[test]
    fn stale_legacy_declaration_over_utf8_is_ignored() {
        let decoded = decode(ARABIC.as_bytes(), Some(WINDOWS_1256)).unwrap();
        assert_eq!(decoded.encoding, UTF_8);
    }

    #[test]
    fn declared_legacy_encoding_is_used() {
        let (bytes, _, _) = ISO_8859_6.encode(ARABIC);
        let decoded = decode(&bytes, Some(ISO_8859_6)).unwrap();
        assert_eq!(decoded.text, ARABIC);
    }
}
