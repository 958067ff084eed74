//! [`Document`]: an opened article — its text once, where it came from, and its blocks.

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use crate::range::TextRange;
use crate::text::DocText;

/// The file format an article was read from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    /// Plain text.
    Text,
    /// HTML.
    Html,
    /// Markdown.
    Markdown,
    /// Word `.docx`.
    Docx,
}

impl Format {
    /// A short human name, as shown in the status bar.
    pub fn name(self) -> &'static str {
        match self {
            Format::Text => "Plain text",
            Format::Html => "HTML",
            Format::Markdown => "Markdown",
            Format::Docx => "Word (.docx)",
        }
    }
}

/// Where a document's text came from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    /// The file it was read from; `None` for text that came from elsewhere (tests, stdin).
    pub path: Option<PathBuf>,
    /// The format it was parsed as.
    pub format: Format,
    /// The character encoding it was decoded from (an encoding_rs name such as `UTF-8`
    /// or `windows-1256`).
    pub encoding: String,
    /// Content hash: 64-bit FNV-1a of the *decoded* text, as 16 lowercase
    /// hex digits. Sidecars store it to notice that an article's text has changed.
    pub content_hash: String,
}

/// What kind of block a part of the article is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BlockKind {
    /// The article's title.
    Title,
    /// A heading inside the article; `level` 1 is the highest.
    Heading { level: u8 },
    /// Body text.
    Paragraph,
    /// A block quotation.
    Quote,
    /// One item of a list.
    ListItem,
}

/// One block of the article: a paragraph, heading, quote or list item.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Block {
    /// What the block is.
    pub kind: BlockKind,
    /// The block's characters in [`Document::text`], without the line breaks around it.
    pub range: TextRange,
}

/// An opened article.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Document {
    /// The decoded text, with line endings normalised to `\n`. All offsets point into it.
    pub text: DocText,
    /// Where the text came from.
    pub source: Source,
    /// The article's title, if it has one (also present as the first block).
    pub title: Option<String>,
    /// Invariant: blocks are in text order, do not overlap, and every range is in bounds
    /// of `text`. Checked by [`Document::new`].
    blocks: Vec<Block>,
}

/// Why a document could not be assembled.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BlockError {
    /// Index of the offending block.
    pub index: usize,
    /// What is wrong with it.
    pub reason: String,
}

impl std::fmt::Display for BlockError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "block {}: {}", self.index, self.reason)
    }
}

impl std::error::Error for BlockError {}

impl Document {
    /// Assembles a document, checking that `blocks` are in order, disjoint and in bounds.
    pub fn new(
        text: DocText,
        source: Source,
        title: Option<String>,
        blocks: Vec<Block>,
    ) -> Result<Self, BlockError> {
        let mut prev_end = 0;
        for (index, block) in blocks.iter().enumerate() {
            if let Err(e) = block.range.check(text.char_len()) {
                return Err(BlockError {
                    index,
                    reason: e.to_string(),
                });
            }
            if block.range.start() < prev_end {
                return Err(BlockError {
                    index,
                    reason: format!(
                        "range {} starts before the previous block ends at {prev_end}",
                        block.range
                    ),
                });
            }
            prev_end = block.range.end();
        }
        Ok(Self {
            text,
            source,
            title,
            blocks,
        })
    }

    /// A plain-text document whose blocks are its non-empty lines — for tests and for text
    /// that arrives without a file.
    pub fn from_plain_text(text: &str) -> Self {
        let normalised = text.replace("\r\n", "\n").replace('\r', "\n");
        let mut blocks = Vec::new();
        let mut offset = 0;
        for line in normalised.split('\n') {
            let len = line.chars().count();
            if !line.trim().is_empty()
                && let Ok(range) = TextRange::unbounded(offset, offset + len)
            {
                blocks.push(Block {
                    kind: BlockKind::Paragraph,
                    range,
                });
            }
            offset += len + 1;
        }
        let content_hash = content_hash(&normalised);
        let text = DocText::new(normalised);
        let source = Source {
            path: None,
            format: Format::Text,
            encoding: "UTF-8".to_owned(),
            content_hash,
        };
        Self {
            text,
            source,
            title: None,
            blocks,
        }
    }

    /// The blocks in text order.
    pub fn blocks(&self) -> &[Block] {
        &self.blocks
    }

    /// The text of one block.
    pub fn block_text(&self, block: &Block) -> &str {
        self.text.slice(block.range)
    }

    /// Index of the block containing character `offset`, if any.
    pub fn block_at(&self, offset: usize) -> Option<usize> {
        let idx = self.blocks.partition_point(|b| b.range.end() <= offset);
        (idx < self.blocks.len() && self.blocks[idx].range.start() <= offset).then_some(idx)
    }

    /// A short name for the document: its file name, else its title, else "Untitled".
    pub fn display_name(&self) -> String {
        if let Some(name) = self.source.path.as_ref().and_then(|p| p.file_name()) {
            return name.to_string_lossy().into_owned();
        }
        self.title.clone().unwrap_or_else(|| "Untitled".to_owned())
    }
}

/// The content hash stored in [`Source::content_hash`]: 64-bit FNV-1a over the UTF-8 bytes
/// of the decoded text, as 16 lowercase hex digits.
pub fn content_hash(text: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in text.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{h:016x}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_blocks_are_its_lines() {
        let doc = Document::from_plain_text("عنوان\r\n\r\nفقرة أولى\nفقرة ثانية\n");
        let texts: Vec<&str> = doc.blocks().iter().map(|b| doc.block_text(b)).collect();
        assert_eq!(texts, ["عنوان", "فقرة أولى", "فقرة ثانية"]);
        assert_eq!(doc.block_at(7), Some(1));
        assert_eq!(doc.block_at(5), None); // the blank line
    }

    #[test]
    fn overlapping_blocks_are_refused() {
        let text = DocText::new("abcdef".into());
        let src = Document::from_plain_text("").source;
        let b = |s, e| Block {
            kind: BlockKind::Paragraph,
            range: TextRange::new(s, e, 6).unwrap(),
        };
        let err = Document::new(text, src, None, vec![b(0, 4), b(3, 6)]).unwrap_err();
        assert_eq!(err.index, 1);
    }
}
