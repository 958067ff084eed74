//! Display pieces: a document's blocks, with every block longer than [`MAX_PIECE_CHARS`]
//! cut into pieces that are laid out one at a time.
//!
//! Laying out a paragraph shapes all of it, so a 20 MB single-line file would be one
//! paragraph of ten million characters: seconds of shaping and gigabytes of glyphs before
//! the first screen. The article view lays out pieces instead; a long paragraph's pieces
//! follow each other with no spacing between them, so on screen it reads as one paragraph
//! that starts a new line at a sentence end every few thousand characters.

use sahifa_model::{BlockKind, Document, TextRange};

use crate::blocks::BlockLook;

/// The longest piece, in characters. Shaping this much takes a few milliseconds.
pub const MAX_PIECE_CHARS: usize = 4096;

/// A cut is looked for in the last half of a piece: a sentence end, else a space, else
/// (one unbroken word of thousands of characters) any character that is not a mark.
const MIN_PIECE_CHARS: usize = MAX_PIECE_CHARS / 2;

/// One laid-out unit of the article view.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Piece {
    /// The kind of the block the piece belongs to.
    pub kind: BlockKind,
    /// Document characters of the piece; the pieces of a block cover it without gaps.
    pub range: TextRange,
    /// Index of the block in [`Document::blocks`].
    pub block: usize,
    /// True for a block's first piece (it gets the space above the block).
    pub first: bool,
    /// True for a block's last piece (it gets the space below the block).
    pub last: bool,
}

impl Piece {
    /// How the piece is set: its block's look, with the spacing only at the block's ends.
    pub fn look(&self) -> BlockLook {
        let mut look = BlockLook::of(self.kind);
        if !self.first {
            look.before = 0.0;
        }
        if !self.last {
            look.after = 0.0;
        }
        look
    }
}

/// The pieces of `doc`, in text order. Linear in the length of the long blocks only.
pub(crate) fn pieces_of(doc: &Document) -> Vec<Piece> {
    let mut out = Vec::with_capacity(doc.blocks().len());
    for (index, block) in doc.blocks().iter().enumerate() {
        if block.range.len() <= MAX_PIECE_CHARS {
            out.push(Piece {
                kind: block.kind,
                range: block.range,
                block: index,
                first: true,
                last: true,
            });
            continue;
        }
        let start = out.len();
        let mut from = block.range.start();
        for len in cut_lengths(doc.block_text(block)) {
            let Ok(range) = TextRange::unbounded(from, from + len) else {
                break;
            };
            out.push(Piece {
                kind: block.kind,
                range,
                block: index,
                first: out.len() == start,
                last: false,
            });
            from += len;
        }
        if out.len() > start
            && let Some(last) = out.last_mut()
        {
            last.last = true;
        }
    }
    out
}

/// Index of the piece holding document offset `offset`, if any.
pub(crate) fn piece_at(pieces: &[Piece], offset: usize) -> Option<usize> {
    let i = pieces.partition_point(|p| p.range.end() <= offset);
    (i < pieces.len() && pieces[i].range.start() <= offset).then_some(i)
}

/// Lengths (in characters) of the pieces `text` is cut into; they add up to its length.
fn cut_lengths(text: &str) -> Vec<usize> {
    let mut lengths = Vec::new();
    let mut window: Vec<char> = Vec::with_capacity(MAX_PIECE_CHARS + 1);
    let mut chars = text.chars();
    loop {
        window.extend(chars.by_ref().take(MAX_PIECE_CHARS + 1 - window.len()));
        if window.len() <= MAX_PIECE_CHARS {
            if !window.is_empty() {
                lengths.push(window.len());
            }
            return lengths;
        }
        let cut = best_cut(&window);
        lengths.push(cut);
        window.drain(..cut);
    }
}

/// Where to end a piece of `window` (which holds more than [`MAX_PIECE_CHARS`]): after
/// the space that follows the last sentence end, else after the last space, else before
/// the last character that does not join the one before it.
fn best_cut(window: &[char]) -> usize {
    let range = MIN_PIECE_CHARS..=MAX_PIECE_CHARS;
    let after_space = |i: &usize| window[*i - 1].is_whitespace() && !window[*i].is_whitespace();
    let sentence = range.clone().rev().find(|i| {
        after_space(i)
            && window[..*i - 1]
                .iter()
                .rev()
                .find(|c| !c.is_whitespace())
                .is_some_and(|&c| is_sentence_end(c))
    });
    sentence
        .or_else(|| range.clone().rev().find(after_space))
        .or_else(|| range.rev().find(|&i| !joins_previous(window[i])))
        .unwrap_or(MAX_PIECE_CHARS)
}

fn is_sentence_end(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '؟' | '۔' | '؛' | '…')
}

/// True for a character that must stay with the one before it: Arabic marks and tatweel,
/// joiners and other invisible format characters, Latin combining marks and variation
/// selectors.
fn joins_previous(c: char) -> bool {
    use sahifa_model::arabic::{is_arabic_mark, is_invisible};
    is_arabic_mark(c)
        || is_invisible(c)
        || matches!(c, '\u{0300}'..='\u{036F}' | '\u{FE00}'..='\u{FE0F}')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(text: &str) -> Document {
        Document::from_plain_text(text)
    }

    #[test]
    fn short_blocks_are_one_piece_each() {
        let d = doc("عنوان\n\nفقرة أولى.\nفقرة ثانية.");
        let pieces = pieces_of(&d);
        assert_eq!(pieces.len(), d.blocks().len());
        assert!(pieces.iter().all(|p| p.first && p.last));
    }

    #[test]
    fn a_huge_line_is_cut_after_sentence_ends_and_covered_without_gaps() {
        let sentence = "قال الوزير إن المحادثات ستستمر في الدوحة. ";
        let text = sentence.repeat(2_000);
        let d = doc(&text);
        let pieces = pieces_of(&d);
        assert!(pieces.len() > 10);
        let mut at = 0;
        for p in &pieces {
            assert_eq!(p.range.start(), at);
            assert!(p.range.len() <= MAX_PIECE_CHARS);
            at = p.range.end();
            if !p.last {
                let piece = d.text.slice(p.range);
                assert!(
                    piece.trim_end().ends_with('.'),
                    "cut mid-sentence: {piece:?}"
                );
            }
        }
        assert_eq!(at, d.text.char_len());
        assert!(pieces[0].first && !pieces[0].last);
        assert!(pieces.last().is_some_and(|p| p.last && !p.first));
    }

    #[test]
    fn one_endless_word_with_harakat_is_never_cut_before_a_mark() {
        let text = "بَ".repeat(10_000);
        let d = doc(&text);
        let pieces = pieces_of(&d);
        let chars: Vec<char> = text.chars().collect();
        for p in &pieces[1..] {
            assert!(!joins_previous(chars[p.range.start()]));
        }
        assert_eq!(pieces.last().map(|p| p.range.end()), Some(chars.len()));
    }

    #[test]
    fn piece_at_finds_the_piece_of_an_offset() {
        let text = "كلمة ".repeat(3_000);
        let d = doc(&text);
        let pieces = pieces_of(&d);
        for (i, p) in pieces.iter().enumerate() {
            assert_eq!(piece_at(&pieces, p.range.start()), Some(i));
            assert_eq!(piece_at(&pieces, p.range.end() - 1), Some(i));
        }
        assert_eq!(piece_at(&pieces, d.text.char_len()), None);
    }
}
