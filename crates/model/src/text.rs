//! [`DocText`]: decoded text with fast conversions between char and byte offsets.

use crate::range::{RangeError, TextRange};

/// How many characters lie between two checkpoints of the offset index.
const STRIDE: usize = 64;

/// The decoded text of a document, held once, with an index for offset conversion.
///
/// Conversions between character offsets and byte offsets take O(log n) (a binary search
/// over checkpoints) plus at most 64 characters of scanning, so they stay cheap on
/// multi-megabyte articles.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DocText {
    text: String,
    /// Invariant: `checkpoints[i]` is the byte offset of character `i * STRIDE`; the vector
    /// holds one entry per full or partial stride, so `checkpoints[0] == 0` whenever the
    /// text is non-empty. Built only by [`DocText::new`].
    checkpoints: Vec<usize>,
    /// Number of characters (Unicode scalar values) in `text`.
    char_len: usize,
}

impl DocText {
    /// Indexes `text`. O(n).
    pub fn new(text: String) -> Self {
        let mut checkpoints = Vec::with_capacity(text.len() / STRIDE + 1);
        let mut char_len = 0;
        for (byte, _) in text.char_indices() {
            if char_len % STRIDE == 0 {
                checkpoints.push(byte);
            }
            char_len += 1;
        }
        Self {
            text,
            checkpoints,
            char_len,
        }
    }

    /// The whole text.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Length in characters.
    pub fn char_len(&self) -> usize {
        self.char_len
    }

    /// True when the text is empty.
    pub fn is_empty(&self) -> bool {
        self.text.is_empty()
    }

    /// A range over these characters, validated against this text.
    pub fn range(&self, start: usize, end: usize) -> Result<TextRange, RangeError> {
        TextRange::new(start, end, self.char_len)
    }

    /// The range covering the whole text.
    pub fn full_range(&self) -> TextRange {
        TextRange::unbounded(0, self.char_len).unwrap_or(TextRange::empty(0))
    }

    /// Byte offset of character `char_offset`; `char_len()` maps to `len()` in bytes.
    /// Offsets past the end clamp to the end.
    pub fn byte_of_char(&self, char_offset: usize) -> usize {
        if char_offset >= self.char_len {
            return self.text.len();
        }
        let base = self.checkpoints[char_offset / STRIDE];
        let skip = char_offset % STRIDE;
        match self.text[base..].char_indices().nth(skip) {
            Some((b, _)) => base + b,
            None => self.text.len(),
        }
    }

    /// Character offset of the character containing byte `byte_offset` (a byte inside a
    /// multi-byte character maps to that character's offset). Past the end clamps to
    /// `char_len()`.
    pub fn char_of_byte(&self, byte_offset: usize) -> usize {
        if byte_offset >= self.text.len() {
            return self.char_len;
        }
        // Last checkpoint at or before the byte.
        let idx = self
            .checkpoints
            .partition_point(|&b| b <= byte_offset)
            .saturating_sub(1);
        let base = self.checkpoints.get(idx).copied().unwrap_or(0);
        let mut count = idx * STRIDE;
        for (b, _) in self.text[base..].char_indices() {
            if base + b > byte_offset {
                return count - 1;
            }
            count += 1;
        }
        count - 1
    }

    /// Byte range of a character range.
    pub fn byte_range(&self, range: TextRange) -> std::ops::Range<usize> {
        self.byte_of_char(range.start())..self.byte_of_char(range.end())
    }

    /// The text a range covers. A range past the end is clamped to the text.
    pub fn slice(&self, range: TextRange) -> &str {
        &self.text[self.byte_range(range)]
    }

    /// Consumes the index and returns the text.
    pub fn into_string(self) -> String {
        self.text
    }
}

impl From<String> for DocText {
    fn from(text: String) -> Self {
        Self::new(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn conversions_agree_with_a_naive_walk() {
        // Mixed widths: Arabic (2 bytes), ASCII (1), emoji (4), harakat (2).
        let s: String = "قطر، DIMDEX 2026 😀 عُقد ".repeat(40);
        let text = DocText::new(s.clone());
        let offsets: Vec<usize> = s.char_indices().map(|(b, _)| b).collect();
        assert_eq!(text.char_len(), offsets.len());
        for (i, &b) in offsets.iter().enumerate() {
            assert_eq!(text.byte_of_char(i), b, "char {i}");
            assert_eq!(text.char_of_byte(b), i, "byte {b}");
        }
        assert_eq!(text.byte_of_char(offsets.len()), s.len());
        assert_eq!(text.char_of_byte(s.len()), offsets.len());
        // A byte inside the first Arabic letter maps to that letter.
        assert_eq!(text.char_of_byte(1), 0);
    }

    #[test]
    fn slice_by_char_range() {
        let text = DocText::new("ناقش آمر القوة".to_owned());
        let r = text.range(9, 14).unwrap();
        assert_eq!(text.slice(r), "القوة");
        assert!(text.range(9, 15).is_err());
    }

    #[test]
    fn empty_text() {
        let text = DocText::new(String::new());
        assert_eq!(text.char_len(), 0);
        assert_eq!(text.byte_of_char(0), 0);
        assert_eq!(text.char_of_byte(0), 0);
        assert_eq!(text.slice(text.full_range()), "");
    }
}
