//! Markdown articles (`.md`, `.markdown`), parsed by pulldown-cmark (CommonMark plus
//! tables, strikethrough and YAML front matter).
//!
//! # What is kept
//! Headings (`#` … `######`, and setext), paragraphs, block quotes (every block inside a
//! `>` is a [`BlockKind::Quote`]), list items, table cells and code blocks, in order.
//! Inline markup is reduced to its text (`**قال**` → `قال`, a link to its label); image
//! alt text, raw HTML and front matter are dropped. A hard line break ends a block, a
//! soft one is a space.
//!
//! # Title
//! When the first block is a level-1 heading it becomes the title. Encoding rules are those
//! of plain text ([`crate::decode`]); the text is joined per the
//! [join rule](crate#join-rule).

use std::fmt;

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
use sahifa_model::BlockKind;

use crate::build::DocBuilder;
use crate::{Exceeded, LoadOptions};

/// Why a Markdown file held no article.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MarkdownError {
    /// No text outside markup, front matter and images.
    NoText,
    /// The file goes past a limit: nesting, text or blocks.
    Limit(Exceeded),
}

impl fmt::Display for MarkdownError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            MarkdownError::NoText => write!(f, "the Markdown file has no text"),
            MarkdownError::Limit(exceeded) => exceeded.fmt(f),
        }
    }
}

impl std::error::Error for MarkdownError {}

/// Extracts the blocks of a Markdown document.
/// Block quotes and list items nested deeper than [`LoadOptions::max_depth`] are refused
/// (pulldown-cmark itself parses them in linear time without recursion).
pub(crate) fn parse(markdown: &str, limits: &LoadOptions) -> Result<DocBuilder, MarkdownError> {
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS;
    let mut walk = Walk::new(limits);
    for event in Parser::new_ext(markdown, options) {
        walk.track_depth(&event)?;
        walk.event(event);
    }
    walk.finish()
}

/// Where the walk through pulldown-cmark's events is: the blocks so far, the text of the
/// block being read and what it is inside of.
struct Walk<'a> {
    out: DocBuilder,
    limits: &'a LoadOptions,
    /// Nesting of all tags, against [`LoadOptions::max_depth`].
    depth: usize,
    /// The text of the current block.
    buf: String,
    quote_depth: usize,
    item_depth: usize,
    heading: Option<u8>,
    /// Inside an image or metadata block, whose text is not article text.
    hidden_depth: usize,
}

impl<'a> Walk<'a> {
    fn new(limits: &'a LoadOptions) -> Self {
        Self {
            out: DocBuilder::limited(limits),
            limits,
            depth: 0,
            buf: String::new(),
            quote_depth: 0,
            item_depth: 0,
            heading: None,
            hidden_depth: 0,
        }
    }

    /// Counts tag nesting; refuses the file past [`LoadOptions::max_depth`].
    fn track_depth(&mut self, event: &Event<'_>) -> Result<(), MarkdownError> {
        match event {
            Event::Start(_) => self.depth += 1,
            Event::End(_) => self.depth = self.depth.saturating_sub(1),
            _ => {}
        }
        if self.depth > self.limits.max_depth {
            return Err(MarkdownError::Limit(Exceeded::Depth {
                format: "Markdown",
                depth: self.depth,
                limit: self.limits.max_depth,
            }));
        }
        Ok(())
    }

    /// The kind of the block being read: a heading, else a list item, else a quote.
    fn kind(&self) -> BlockKind {
        match self.heading {
            Some(level) => BlockKind::Heading { level },
            None if self.item_depth > 0 => BlockKind::ListItem,
            None if self.quote_depth > 0 => BlockKind::Quote,
            None => BlockKind::Paragraph,
        }
    }

    /// Ends the block being read as a block of `kind` (nothing when it has no text).
    fn flush(&mut self, kind: BlockKind) {
        self.out.push(kind, &self.buf);
        self.buf.clear();
    }

    fn event(&mut self, event: Event<'_>) {
        let current = self.kind();
        match event {
            Event::Start(Tag::Image { .. } | Tag::MetadataBlock(_) | Tag::HtmlBlock) => {
                self.hidden_depth += 1
            }
            Event::End(TagEnd::Image | TagEnd::MetadataBlock(_) | TagEnd::HtmlBlock) => {
                self.hidden_depth = self.hidden_depth.saturating_sub(1)
            }
            _ if self.hidden_depth > 0 => {}
            Event::Start(tag) => self.start(&tag, current),
            Event::End(end) => self.end(end, current),
            Event::Text(t) | Event::Code(t) | Event::InlineMath(t) | Event::DisplayMath(t) => {
                self.buf.push_str(&t)
            }
            Event::SoftBreak => self.buf.push(' '),
            Event::HardBreak | Event::Rule => self.flush(current),
            Event::Html(_)
            | Event::InlineHtml(_)
            | Event::FootnoteReference(_)
            | Event::TaskListMarker(_) => {}
        }
    }

    /// A tag opens: a block tag ends the block before it.
    fn start(&mut self, tag: &Tag<'_>, current: BlockKind) {
        if starts_block(tag) {
            self.flush(current);
        }
        match tag {
            Tag::Heading { level, .. } => self.heading = Some(*level as u8),
            Tag::BlockQuote(_) => self.quote_depth += 1,
            Tag::Item => self.item_depth += 1,
            _ => {}
        }
    }

    /// A tag closes: a block tag ends its block.
    fn end(&mut self, end: TagEnd, current: BlockKind) {
        if ends_block(end) {
            self.flush(current);
        }
        match end {
            TagEnd::Heading(_) => self.heading = None,
            TagEnd::BlockQuote(_) => self.quote_depth = self.quote_depth.saturating_sub(1),
            TagEnd::Item => self.item_depth = self.item_depth.saturating_sub(1),
            _ => {}
        }
    }

    /// The last block, then the limits, an empty file, and a level-1 heading first as title.
    fn finish(mut self) -> Result<DocBuilder, MarkdownError> {
        self.flush(BlockKind::Paragraph);
        let mut out = self.out;
        if let Some(exceeded) = out.exceeded() {
            return Err(MarkdownError::Limit(exceeded));
        }
        if out.is_empty() {
            return Err(MarkdownError::NoText);
        }
        if out.first_kind() == Some(BlockKind::Heading { level: 1 }) {
            out.promote_first_to_title();
        }
        Ok(out)
    }
}

fn starts_block(tag: &Tag<'_>) -> bool {
    matches!(
        tag,
        Tag::Paragraph
            | Tag::Heading { .. }
            | Tag::BlockQuote(_)
            | Tag::CodeBlock(_)
            | Tag::List(_)
            | Tag::Item
            | Tag::FootnoteDefinition(_)
            | Tag::DefinitionList
            | Tag::DefinitionListTitle
            | Tag::DefinitionListDefinition
            | Tag::Table(_)
            | Tag::TableHead
            | Tag::TableRow
            | Tag::TableCell
    )
}

fn ends_block(end: TagEnd) -> bool {
    matches!(
        end,
        TagEnd::Paragraph
            | TagEnd::Heading(_)
            | TagEnd::BlockQuote(_)
            | TagEnd::CodeBlock
            | TagEnd::List(_)
            | TagEnd::Item
            | TagEnd::FootnoteDefinition
            | TagEnd::DefinitionList
            | TagEnd::DefinitionListTitle
            | TagEnd::DefinitionListDefinition
            | TagEnd::Table
            | TagEnd::TableHead
            | TagEnd::TableRow
            | TagEnd::TableCell
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use sahifa_model::Format;

    #[test]
    fn headings_paragraphs_quotes_items() {
        let md = "---\ntitle: x\n---\n# العنوان\n\nفقرة **أولى**\nتكمل هنا.\n\n## قسم\n\n> قول مأثور\n\n- بند ![صورة](a.png)\n";
        let doc = parse(md, &LoadOptions::default())
            .unwrap()
            .finish(None, Format::Markdown, encoding_rs::UTF_8)
            .unwrap();
        assert_eq!(
            doc.text.as_str(),
            "العنوان\n\nفقرة أولى تكمل هنا.\nقسم\nقول مأثور\nبند"
        );
        assert_eq!(doc.title.as_deref(), Some("العنوان"));
        let kinds: Vec<_> = doc.blocks().iter().map(|b| b.kind).collect();
        assert_eq!(
            kinds,
            [
                BlockKind::Title,
                BlockKind::Paragraph,
                BlockKind::Heading { level: 2 },
                BlockKind::Quote,
                BlockKind::ListItem
            ]
        );
    }

    #[test]
    fn only_front_matter_is_no_text() {
        assert_eq!(
            parse("---\na: b\n---\n", &LoadOptions::default()).err(),
            Some(MarkdownError::NoText)
        );
    }
}
