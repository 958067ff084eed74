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
    let mut out = DocBuilder::limited(limits);
    let mut depth = 0usize;
    let mut buf = String::new();
    let mut quote_depth = 0usize;
    let mut item_depth = 0usize;
    let mut heading: Option<u8> = None;
    // Inside an image or metadata block, whose text is not article text.
    let mut hidden_depth = 0usize;

    let kind = |heading: Option<u8>, quote_depth: usize, item_depth: usize| match heading {
        Some(level) => BlockKind::Heading { level },
        None if item_depth > 0 => BlockKind::ListItem,
        None if quote_depth > 0 => BlockKind::Quote,
        None => BlockKind::Paragraph,
    };
    let mut flush = |buf: &mut String, kind: BlockKind| {
        out.push(kind, buf);
        buf.clear();
    };

    for event in Parser::new_ext(markdown, options) {
        match &event {
            Event::Start(_) => depth += 1,
            Event::End(_) => depth = depth.saturating_sub(1),
            _ => {}
        }
        if depth > limits.max_depth {
            return Err(MarkdownError::Limit(Exceeded::Depth {
                format: "Markdown",
                depth,
                limit: limits.max_depth,
            }));
        }
        let current = kind(heading, quote_depth, item_depth);
        match event {
            Event::Start(Tag::Image { .. } | Tag::MetadataBlock(_) | Tag::HtmlBlock) => {
                hidden_depth += 1
            }
            Event::End(TagEnd::Image | TagEnd::MetadataBlock(_) | TagEnd::HtmlBlock) => {
                hidden_depth = hidden_depth.saturating_sub(1)
            }
            _ if hidden_depth > 0 => {}
            Event::Start(tag) => {
                flush_if_block(&tag, &mut buf, current, &mut flush);
                match tag {
                    Tag::Heading { level, .. } => heading = Some(level as u8),
                    Tag::BlockQuote(_) => quote_depth += 1,
                    Tag::Item => item_depth += 1,
                    _ => {}
                }
            }
            Event::End(end) => {
                if ends_block(end) {
                    flush(&mut buf, current);
                }
                match end {
                    TagEnd::Heading(_) => heading = None,
                    TagEnd::BlockQuote(_) => quote_depth = quote_depth.saturating_sub(1),
                    TagEnd::Item => item_depth = item_depth.saturating_sub(1),
                    _ => {}
                }
            }
            Event::Text(t) | Event::Code(t) | Event::InlineMath(t) | Event::DisplayMath(t) => {
                buf.push_str(&t)
            }
            Event::SoftBreak => buf.push(' '),
            Event::HardBreak | Event::Rule => flush(&mut buf, current),
            Event::Html(_)
            | Event::InlineHtml(_)
            | Event::FootnoteReference(_)
            | Event::TaskListMarker(_) => {}
        }
    }
    flush(&mut buf, BlockKind::Paragraph);
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

fn flush_if_block(
    tag: &Tag<'_>,
    buf: &mut String,
    current: BlockKind,
    flush: &mut impl FnMut(&mut String, BlockKind),
) {
    let is_block = matches!(
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
    );
    if is_block {
        flush(buf, current);
    }
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
