//! Assembling a [`Document`] from blocks: the join rule and the source record.
//!
//! # Join rule (HTML, Markdown, Word)
//! Structured formats have no text of their own to point into, so the document text is
//! built: each block's text on one line, blocks joined by `"\n"`, and a blank line
//! (`"\n\n"`) after the title. This is the layout of a plain-text article (title, blank
//! line, one paragraph per line), so the same article saved as `.txt`, `.html`, `.md` or
//! `.docx` yields the same text and the same character offsets, and exported text reads
//! naturally. Inside a block, runs of whitespace (including line breaks and no-break
//! spaces) become one space; a `<br>` or a Word line break starts a new block of the same
//! kind instead.

use std::path::Path;

use encoding_rs::Encoding;
use sahifa_model::{Block, BlockError, BlockKind, DocText, Document, Format, Source, TextRange};

use crate::{Exceeded, LoadOptions};

/// Collects blocks of a structured document and joins them per the module's rule, up to
/// a text size and a number of blocks.
#[derive(Debug)]
pub(crate) struct DocBuilder {
    text: String,
    /// Characters in `text`.
    chars: usize,
    blocks: Vec<Block>,
    title: Option<String>,
    max_text: u64,
    max_blocks: usize,
    /// Set when a push went past a limit; later pushes are ignored.
    exceeded: Option<Exceeded>,
}

impl DocBuilder {
    /// A builder without limits.
    #[cfg(test)]
    pub(crate) fn new() -> Self {
        Self::limited(&LoadOptions {
            max_text_bytes: u64::MAX,
            max_lines: usize::MAX,
            ..LoadOptions::default()
        })
    }

    /// A builder refusing text past [`LoadOptions::max_text_bytes`] and blocks past
    /// [`LoadOptions::max_lines`].
    pub(crate) fn limited(options: &LoadOptions) -> Self {
        Self {
            text: String::new(),
            chars: 0,
            blocks: Vec::new(),
            title: None,
            max_text: options.max_text_bytes,
            max_blocks: options.max_lines,
            exceeded: None,
        }
    }

    /// The limit a push went past, if any (the loaders stop reading then).
    pub(crate) fn exceeded(&self) -> Option<Exceeded> {
        self.exceeded.clone()
    }

    /// Appends a block. Whitespace is collapsed; an empty block is dropped. A
    /// [`BlockKind::Title`] that is not the first block becomes a level-1 heading.
    pub(crate) fn push(&mut self, kind: BlockKind, content: &str) {
        if self.exceeded.is_some() {
            return;
        }
        let content = collapse_whitespace(content);
        if content.is_empty() {
            return;
        }
        let text_after = self
            .text
            .len()
            .saturating_add(content.len())
            .saturating_add(2);
        if text_after as u64 > self.max_text {
            self.exceeded = Some(Exceeded::Text {
                limit: self.max_text,
            });
            return;
        }
        if self.blocks.len() >= self.max_blocks {
            self.exceeded = Some(Exceeded::Lines {
                limit: self.max_blocks,
            });
            return;
        }
        let kind = match kind {
            BlockKind::Title if !self.blocks.is_empty() => BlockKind::Heading { level: 1 },
            other => other,
        };
        if let Some(last) = self.blocks.last() {
            let sep = if last.kind == BlockKind::Title {
                "\n\n"
            } else {
                "\n"
            };
            self.text.push_str(sep);
            self.chars += sep.len();
        }
        let start = self.chars;
        let len = content.chars().count();
        self.text.push_str(&content);
        self.chars += len;
        if kind == BlockKind::Title {
            self.title = Some(content);
        }
        if let Ok(range) = TextRange::unbounded(start, start + len) {
            self.blocks.push(Block { kind, range });
        }
    }

    /// True when no block has been pushed.
    pub(crate) fn is_empty(&self) -> bool {
        self.blocks.is_empty()
    }

    /// Number of blocks pushed.
    pub(crate) fn len(&self) -> usize {
        self.blocks.len()
    }

    /// The kind of the first block, if any.
    pub(crate) fn first_kind(&self) -> Option<BlockKind> {
        self.blocks.first().map(|b| b.kind)
    }

    /// Turns the first block into the title (used when the first block is a level-1
    /// heading). The separator after it becomes a blank line.
    pub(crate) fn promote_first_to_title(&mut self) {
        let Some(first) = self.blocks.first().copied() else {
            return;
        };
        if first.kind == BlockKind::Title {
            return;
        }
        let byte_end = self
            .text
            .char_indices()
            .nth(first.range.end())
            .map_or(self.text.len(), |(b, _)| b);
        self.title = Some(self.text[..byte_end].to_owned());
        if self.blocks.len() > 1 {
            self.text.insert(byte_end, '\n');
            self.chars += 1;
            for block in &mut self.blocks[1..] {
                if let Ok(r) = TextRange::unbounded(block.range.start() + 1, block.range.end() + 1)
                {
                    block.range = r;
                }
            }
        }
        if let Some(b) = self.blocks.first_mut() {
            b.kind = BlockKind::Title;
        }
    }

    /// Assembles the document.
    pub(crate) fn finish(
        self,
        path: Option<&Path>,
        format: Format,
        encoding: &'static Encoding,
    ) -> Result<Document, BlockError> {
        assemble(self.text, self.blocks, self.title, path, format, encoding)
    }
}

/// Builds the [`Source`] and checks the blocks.
pub(crate) fn assemble(
    text: String,
    blocks: Vec<Block>,
    title: Option<String>,
    path: Option<&Path>,
    format: Format,
    encoding: &'static Encoding,
) -> Result<Document, BlockError> {
    let source = Source {
        path: path.map(Path::to_path_buf),
        format,
        encoding: encoding.name().to_owned(),
        content_hash: sahifa_model::content_hash(&text),
    };
    Document::new(DocText::new(text), source, title, blocks)
}

/// Collapses every run of whitespace (any Unicode white space, including line breaks and
/// no-break spaces) into one ASCII space and trims both ends.
pub(crate) fn collapse_whitespace(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut pending_space = false;
    for c in s.chars() {
        if c.is_whitespace() {
            pending_space = !out.is_empty();
        } else {
            if pending_space {
                out.push(' ');
                pending_space = false;
            }
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_is_followed_by_a_blank_line_and_blocks_by_one_newline() {
        let mut b = DocBuilder::new();
        b.push(BlockKind::Title, " عنوان\n الخبر ");
        b.push(BlockKind::Paragraph, "فقرة\u{a0} أولى");
        b.push(BlockKind::Title, "عنوان ثان");
        b.push(BlockKind::Paragraph, "   ");
        let doc = b.finish(None, Format::Html, encoding_rs::UTF_8).unwrap();
        assert_eq!(doc.text.as_str(), "عنوان الخبر\n\nفقرة أولى\nعنوان ثان");
        assert_eq!(doc.title.as_deref(), Some("عنوان الخبر"));
        let kinds: Vec<_> = doc.blocks().iter().map(|b| b.kind).collect();
        assert_eq!(
            kinds,
            [
                BlockKind::Title,
                BlockKind::Paragraph,
                BlockKind::Heading { level: 1 }
            ]
        );
        assert_eq!(doc.block_text(&doc.blocks()[1]), "فقرة أولى");
    }

    #[test]
    fn promoting_a_heading_to_title_keeps_ranges_right() {
        let mut b = DocBuilder::new();
        b.push(BlockKind::Heading { level: 1 }, "العنوان");
        b.push(BlockKind::Paragraph, "النص");
        b.promote_first_to_title();
        let doc = b
            .finish(None, Format::Markdown, encoding_rs::UTF_8)
            .unwrap();
        assert_eq!(doc.text.as_str(), "العنوان\n\nالنص");
        assert_eq!(doc.block_text(&doc.blocks()[1]), "النص");
        assert_eq!(doc.title.as_deref(), Some("العنوان"));
    }
}
