//! Cutting a long text into article-sized pieces, and finding a mention's text again by its
//! char offsets without holding the whole text as chars.
//!
//! Extraction runs the pipeline on one piece at a time ([`chunks`]), so its memory stays
//! bounded by the piece, not the file, and document-level consistency (a name found once
//! tagged everywhere) stays within an article-sized window. A piece ends after a line
//! break; a line longer than a piece is cut after a sentence end followed by whitespace,
//! failing that after whitespace — never inside a word. Only a run of more than
//! [`CHUNK_CHARS`] chars without any whitespace is cut inside. Within a piece, and over
//! the whole text for entity resolution, [`articles`] finds where each article begins.

pub mod articles;

/// Most chars in one piece (about 15–20 news articles).
pub const CHUNK_CHARS: usize = 100_000;

/// One piece of a text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Chunk<'a> {
    /// The piece's text.
    pub text: &'a str,
    /// Char offset of its first char in the whole text.
    pub char_offset: usize,
    /// Its length in chars.
    pub char_len: usize,
}

/// The pieces of `text`, at most `max_chars` chars each (`max_chars` 0 counts as 1), in
/// order; together they are exactly `text`.
pub fn chunks(text: &str, max_chars: usize) -> Chunks<'_> {
    Chunks {
        rest: text,
        offset: 0,
        max: max_chars.max(1),
    }
}

/// Iterator returned by [`chunks`].
#[derive(Clone, Debug)]
pub struct Chunks<'a> {
    rest: &'a str,
    offset: usize,
    max: usize,
}

impl<'a> Iterator for Chunks<'a> {
    type Item = Chunk<'a>;

    fn next(&mut self) -> Option<Chunk<'a>> {
        if self.rest.is_empty() {
            return None;
        }
        let (bytes, char_len) = cut(self.rest, self.max);
        let (text, rest) = self.rest.split_at(bytes);
        let chunk = Chunk {
            text,
            char_offset: self.offset,
            char_len,
        };
        self.rest = rest;
        self.offset += char_len;
        Some(chunk)
    }
}

/// True for the chars that end a sentence when whitespace follows.
fn ends_sentence(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '؟' | '؛')
}

/// Byte length and char count of the first piece of `text`: everything when it is at most
/// `max` chars, else up to the last line break, sentence end or whitespace (in that order
/// of preference) within the first `max` chars. A text of at most `max` bytes, or of at
/// most `max` chars by a count, is whole without reading it char by char, and the last
/// line break is looked for from the limit back: a piece is cut for every hundred
/// thousand chars of every text, and most have a line break.
fn cut(text: &str, max: usize) -> (usize, usize) {
    if text.len() <= max {
        return (text.len(), text.chars().count());
    }
    let Some((limit, _)) = text.char_indices().nth(max) else {
        return (text.len(), text.chars().count());
    };
    match text[..limit].rfind(['\n', '\u{2029}']) {
        Some(b) => {
            let after = b + text[b..].chars().next().map_or(1, char::len_utf8);
            (after, text[..after].chars().count())
        }
        None => cut_without_line_break(text, max),
    }
}

/// [`cut`] where the first `max` chars hold no line break: after the last sentence end
/// followed by whitespace, failing that the last whitespace, failing that at `max`.
fn cut_without_line_break(text: &str, max: usize) -> (usize, usize) {
    let mut sentence = None;
    let mut space = None;
    let mut after_stop = false;
    for (n, (b, c)) in text.char_indices().enumerate() {
        if n == max {
            return sentence.or(space).unwrap_or((b, n));
        }
        let after = (b + c.len_utf8(), n + 1);
        if c.is_whitespace() {
            if after_stop {
                sentence = Some(after);
            }
            space = Some(after);
        }
        after_stop = ends_sentence(c);
    }
    (text.len(), text.chars().count())
}

/// Byte offsets of every 16th char of a text: slices by char offsets in O(16) for half a
/// byte per char (a `Vec<char>` takes four bytes per char). Resolution slices every
/// mention's text and its words through it: with every 64th char, finding a slice's two
/// ends walked 32 chars each on average, most of what the slicing cost.
#[derive(Clone, Debug)]
pub struct CharIndex<'a> {
    text: &'a str,
    checkpoints: Vec<usize>,
    char_len: usize,
}

const STRIDE: usize = 16;

impl<'a> CharIndex<'a> {
    /// Indexes `text` in one pass.
    pub fn new(text: &'a str) -> Self {
        let mut checkpoints = Vec::with_capacity(text.len() / STRIDE + 1);
        let mut char_len = 0;
        for (b, _) in text.char_indices() {
            if char_len % STRIDE == 0 {
                checkpoints.push(b);
            }
            char_len += 1;
        }
        Self {
            text,
            checkpoints,
            char_len,
        }
    }

    /// Length of the text in chars.
    pub fn char_len(&self) -> usize {
        self.char_len
    }

    /// The whole text.
    pub fn text(&self) -> &'a str {
        self.text
    }

    /// Byte offset of char `k` (the text's length for `k` at or past its end).
    pub fn byte_of(&self, k: usize) -> usize {
        let Some(&base) = self.checkpoints.get(k / STRIDE) else {
            return self.text.len();
        };
        // Skip whole chars by their lead bytes: this runs for every mention's text.
        let rest = &self.text.as_bytes()[base..];
        let mut at = 0;
        for _ in 0..k % STRIDE {
            match rest.get(at) {
                Some(&lead) => at += utf8_width(lead),
                None => break,
            }
        }
        if at < rest.len() {
            base + at
        } else {
            self.text.len()
        }
    }

    /// The chars `start..end` (clamped to the text).
    pub fn slice(&self, start: usize, end: usize) -> &'a str {
        let s = self.byte_of(start);
        let e = self.byte_of(end.max(start));
        &self.text[s..e]
    }
}

/// The byte length of the UTF-8 char that starts with byte `lead`.
fn utf8_width(lead: u8) -> usize {
    match lead {
        0..0xE0 => 1 + usize::from(lead >= 0xC0),
        0xE0..0xF0 => 3,
        _ => 4,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pieces(text: &str, max: usize) -> Vec<&str> {
        chunks(text, max).map(|c| c.text).collect()
    }

    #[test]
    fn pieces_end_after_a_line_break_and_keep_every_char() {
        let text = "سطر أول\nسطر ثان\nسطر ثالث\n";
        let p = pieces(text, 18);
        assert_eq!(p, ["سطر أول\nسطر ثان\n", "سطر ثالث\n"]);
        let offsets: Vec<usize> = chunks(text, 18).map(|c| c.char_offset).collect();
        assert_eq!(offsets, [0, 16]);
    }

    #[test]
    fn a_long_line_is_cut_after_a_sentence_end_then_at_whitespace_never_in_a_word() {
        let text = "قال الوزير. ثم غادر القاعة مسرعا";
        let p = pieces(text, 20);
        assert_eq!(p[0], "قال الوزير. ");
        let words_only = "كلمة طويلة جدا وأخرى";
        for piece in pieces(words_only, 7) {
            assert!(
                piece.ends_with(' ') || words_only.ends_with(piece),
                "{piece:?}"
            );
        }
        assert_eq!(pieces(words_only, 7).concat(), words_only);
    }

    #[test]
    fn a_run_without_whitespace_is_cut_at_the_limit() {
        let p = pieces("abcdefghij", 4);
        assert_eq!(p, ["abcd", "efgh", "ij"]);
    }

    /// [`cut`] as one scan of every char, as it was written first.
    fn cut_by_scan(text: &str, max: usize) -> (usize, usize) {
        let (mut line, mut sentence, mut space, mut after_stop) = (None, None, None, false);
        for (n, (b, c)) in text.char_indices().enumerate() {
            if n == max {
                return line.or(sentence).or(space).unwrap_or((b, n));
            }
            let after = (b + c.len_utf8(), n + 1);
            if c == '\n' || c == '\u{2029}' {
                line = Some(after);
            } else if c.is_whitespace() {
                if after_stop {
                    sentence = Some(after);
                }
                space = Some(after);
            }
            after_stop = ends_sentence(c);
        }
        (text.len(), text.chars().count())
    }

    #[test]
    fn cutting_from_the_limit_back_cuts_where_scanning_every_char_did() {
        let texts = [
            "قال الوزير. ثم غادر القاعة\nمسرعا، وأضاف: «لا تعليق»\u{2029}الخبر التالي",
            "سطر أول\nسطر ثان\nسطر ثالث\n",
            "abcdefghij",
            "جملة أولى؟ جملة ثانية! ثالثة\u{00A0}ورابعة ",
            "\n\n😀 نص\nآخر",
        ];
        for text in texts {
            for max in 1..=text.chars().count() + 2 {
                assert_eq!(cut(text, max), cut_by_scan(text, max), "{text:?} {max}");
            }
        }
    }

    #[test]
    fn char_index_finds_every_char_of_mixed_widths() {
        let text: String = "a قطر 😀 € ".repeat(30);
        let ix = CharIndex::new(&text);
        let starts: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
        for (k, &b) in starts.iter().enumerate() {
            assert_eq!(ix.byte_of(k), b);
        }
        assert_eq!(ix.byte_of(starts.len()), text.len());
        assert_eq!(ix.byte_of(starts.len() + 70), text.len());
    }

    #[test]
    fn char_index_slices_by_char_offsets() {
        let text: String = "قطر ".repeat(100);
        let ix = CharIndex::new(&text);
        assert_eq!(ix.char_len(), 400);
        assert_eq!(ix.slice(0, 3), "قطر");
        assert_eq!(ix.slice(196, 199), "قطر");
        assert_eq!(ix.slice(398, 500), "ر ");
        assert_eq!(ix.slice(500, 600), "");
    }
}
