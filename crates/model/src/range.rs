//! [`TextRange`]: a validated range of character offsets.

use std::fmt;

use serde::{Deserialize, Serialize};

/// A half-open range `start..end` of character (Unicode scalar value) offsets into a text.
///
/// Invariant: `start <= end`, and when created through [`TextRange::new`] also
/// `end <= len` of the text it was validated against. A range never changes after creation,
/// so it stays valid for the text it was made for. Deserialised ranges are *not* validated
/// against any text: call [`TextRange::check`] before using one from a file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "RawRange", into = "RawRange")]
pub struct TextRange {
    start: usize,
    end: usize,
}

#[derive(Serialize, Deserialize)]
struct RawRange {
    start: usize,
    end: usize,
}

impl TryFrom<RawRange> for TextRange {
    type Error = RangeError;
    fn try_from(raw: RawRange) -> Result<Self, RangeError> {
        TextRange::unbounded(raw.start, raw.end)
    }
}

impl From<TextRange> for RawRange {
    fn from(r: TextRange) -> Self {
        RawRange {
            start: r.start,
            end: r.end,
        }
    }
}

/// Why a range was refused; says which range and which length.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RangeError {
    /// `start > end`.
    Reversed { start: usize, end: usize },
    /// `end` lies past the end of the text.
    OutOfBounds {
        start: usize,
        end: usize,
        len: usize,
    },
}

impl fmt::Display for RangeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RangeError::Reversed { start, end } => {
                write!(f, "range {start}..{end} is reversed (start after end)")
            }
            RangeError::OutOfBounds { start, end, len } => {
                write!(
                    f,
                    "range {start}..{end} out of bounds for text of {len} characters"
                )
            }
        }
    }
}

impl std::error::Error for RangeError {}

impl TextRange {
    /// A range validated against a text of `len` characters.
    pub fn new(start: usize, end: usize, len: usize) -> Result<Self, RangeError> {
        let range = Self::unbounded(start, end)?;
        range.check(len)?;
        Ok(range)
    }

    /// A range checked only for `start <= end`; validate it with [`TextRange::check`]
    /// before indexing a text with it.
    pub fn unbounded(start: usize, end: usize) -> Result<Self, RangeError> {
        if start > end {
            return Err(RangeError::Reversed { start, end });
        }
        Ok(Self { start, end })
    }

    /// An empty range at `at`.
    pub fn empty(at: usize) -> Self {
        Self { start: at, end: at }
    }

    /// Checks that the range fits a text of `len` characters.
    pub fn check(self, len: usize) -> Result<Self, RangeError> {
        if self.end > len {
            return Err(RangeError::OutOfBounds {
                start: self.start,
                end: self.end,
                len,
            });
        }
        Ok(self)
    }

    /// First character offset (inclusive).
    pub fn start(self) -> usize {
        self.start
    }

    /// One past the last character offset (exclusive).
    pub fn end(self) -> usize {
        self.end
    }

    /// Number of characters covered.
    pub fn len(self) -> usize {
        self.end - self.start
    }

    /// True when the range covers no character.
    pub fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// True when `offset` lies inside `start..end`.
    pub fn contains(self, offset: usize) -> bool {
        self.start <= offset && offset < self.end
    }

    /// True when the two ranges share at least one character.
    pub fn overlaps(self, other: TextRange) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// True when `other` lies entirely inside `self`.
    pub fn covers(self, other: TextRange) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// The overlap of two ranges, if any character is shared.
    pub fn intersect(self, other: TextRange) -> Option<TextRange> {
        let start = self.start.max(other.start);
        let end = self.end.min(other.end);
        (start < end).then_some(TextRange { start, end })
    }

    /// The range moved by `delta` characters (e.g. from block-relative to document offsets).
    pub fn shifted(self, delta: usize) -> TextRange {
        TextRange {
            start: self.start + delta,
            end: self.end + delta,
        }
    }

    /// As a standard range, for slicing char vectors.
    pub fn as_range(self) -> std::ops::Range<usize> {
        self.start..self.end
    }
}

impl fmt::Display for TextRange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..{}", self.start, self.end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_name_the_range_and_the_length() {
        let err = TextRange::new(3, 9, 5).unwrap_err();
        assert_eq!(
            err.to_string(),
            "range 3..9 out of bounds for text of 5 characters"
        );
        let err = TextRange::new(4, 2, 5).unwrap_err();
        assert_eq!(err.to_string(), "range 4..2 is reversed (start after end)");
    }

    #[test]
    fn deserialising_a_reversed_range_fails() {
        assert!(serde_json::from_str::<TextRange>(r#"{"start":5,"end":2}"#).is_err());
        let ok: TextRange = serde_json::from_str(r#"{"start":2,"end":5}"#).unwrap();
        assert_eq!((ok.start(), ok.end()), (2, 5));
    }

    #[test]
    fn overlap_and_intersection() {
        let a = TextRange::new(0, 5, 10).unwrap();
        let b = TextRange::new(5, 8, 10).unwrap();
        let c = TextRange::new(4, 6, 10).unwrap();
        assert!(!a.overlaps(b));
        assert!(a.overlaps(c) && b.overlaps(c));
        assert_eq!(a.intersect(c), Some(TextRange::new(4, 5, 10).unwrap()));
        assert_eq!(a.intersect(b), None);
    }
}
