//! HTML pages (`.html`, `.htm`): the article inside a web page.
//!
//! # Encoding
//! A byte-order mark wins; then a `<meta charset=…>` or `<meta http-equiv="Content-Type"
//! content="…; charset=…">` in the first 4 KiB; then the rules of [`crate::decode`]
//! (valid UTF-8 is UTF-8 even under a stale legacy declaration; chardetng plus the Arabic
//! rule otherwise).
//!
//! # What is kept
//! The page is parsed by html5ever (through scraper), as a browser would. The article is
//! the `<article>` with the most text, else `<main>` (or `role="main"`), else `<body>`.
//! Inside it, in document order: headings (`h1`–`h6`), paragraphs and other blocks of
//! text (`p`, `div`, `td`, `figcaption`, loose text), quotations (anything inside
//! `<blockquote>`) and list items (`li`, `dt`, `dd`). A `<br>` ends a block.
//! Dropped: `script`, `style`, `noscript`, `template`, `nav`, `header`, `footer`, `aside`,
//! `form` and its controls, `iframe`, `svg`, `canvas`, media, comments, elements marked
//! `hidden`, `aria-hidden="true"` or `style="display:none"`, and page furniture inside the
//! article: any element other than `html`, `body`, `main` and `article` whose `class` or
//! `id` has a token (split at spaces, `-` and `_`) from [`NOISE_TOKENS`] — share buttons,
//! "related news" boxes, ad slots, comment threads, tag lists.
//!
//! # Title
//! The first `<h1>` of the article (an `<h1>` inside the article's own `<header>` counts;
//! a site header's `<h1>` outside the article does not) becomes the first block, as
//! [`BlockKind::Title`], and is not repeated where it stood. Without one, the page's
//! `<meta property="og:title">` is used (news sites set it to the bare headline), else the
//! `<title>` element minus a site name: it is split at ` | `, ` - `, ` – `, ` — ` and the
//! longest part is kept.
//!
//! The text is joined per the [join rule](crate#join-rule): one block per line, a blank
//! line after the title.
//!
//! # Hostile pages
//! A nesting guard sits between html5ever's tokenizer and its tree builder (see
//! `html/depth.rs`): pages nested deeper than [`LoadOptions::max_depth`] or building more
//! than [`LoadOptions::max_html_elements`] elements are refused before the parser's cost
//! grows with the depth, and end tags matching nothing are dropped before they cost a scan
//! of the open elements. The tree is walked with explicit stacks, never recursion.

use std::fmt;

use html5ever::TokenizerResult;
use html5ever::tendril::StrTendril;
use html5ever::tokenizer::{BufferQueue, Tokenizer, TokenizerOpts};
use html5ever::tree_builder::{TreeBuilder, TreeBuilderOpts, TreeSink};
use sahifa_model::BlockKind;
use scraper::{Html, HtmlTreeSink};

use crate::build::DocBuilder;
use crate::{Exceeded, LoadOptions};

mod article;
mod charset;
mod depth;
mod elements;
mod walk;

use article::{choose_root, find_h1, page_title, text_of};
pub use charset::meta_charset;
pub use elements::NOISE_TOKENS;
use walk::Walker;

/// Why a page held no article.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HtmlError {
    /// Once navigation, scripts and the like are dropped, no text remains.
    NoText,
    /// The page goes past a limit: nesting, elements, text or blocks.
    Limit(Exceeded),
}

impl fmt::Display for HtmlError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            HtmlError::NoText => write!(
                f,
                "the page has no article text (only markup, scripts or navigation)"
            ),
            HtmlError::Limit(exceeded) => exceeded.fmt(f),
        }
    }
}

impl std::error::Error for HtmlError {}

/// Extracts the article's blocks from decoded HTML.
pub(crate) fn parse(html: String, options: &LoadOptions) -> Result<DocBuilder, HtmlError> {
    let doc = parse_tree(html, options)?;
    let tree_root = doc.tree.root();
    let (root, in_article) = choose_root(tree_root);
    let title_h1 = find_h1(root, in_article);
    let mut out = DocBuilder::limited(options);
    match title_h1 {
        Some(h1) => out.push(BlockKind::Title, &text_of(h1)),
        None => {
            if let Some(t) = page_title(tree_root) {
                out.push(BlockKind::Title, &t);
            }
        }
    }
    let mut walker = Walker::new(out, title_h1.map(|n| n.id()));
    walker.walk(root, BlockKind::Paragraph);
    walker.flush(BlockKind::Paragraph);
    let out = walker.into_blocks();
    if let Some(exceeded) = out.exceeded() {
        return Err(HtmlError::Limit(exceeded));
    }
    let title_blocks = usize::from(out.first_kind() == Some(BlockKind::Title));
    if out.len() <= title_blocks {
        return Err(HtmlError::NoText);
    }
    Ok(out)
}

/// Bytes of text handed to the parser at a time.
const CHUNK_BYTES: usize = 64 * 1024;

/// Parses the page as html5ever would for a browser, with the nesting guard of
/// [`depth`] between its tokenizer and tree builder. The text is fed in chunks and
/// dropped once fed, so it is not held twice alongside the tree.
fn parse_tree(html: String, options: &LoadOptions) -> Result<Html, HtmlError> {
    let sink = HtmlTreeSink::new(Html::new_document());
    let builder = TreeBuilder::new(sink, TreeBuilderOpts::default());
    let guard = depth::DepthGuard::new(builder, options.max_depth, options.max_html_elements);
    let tokenizer = Tokenizer::new(guard, TokenizerOpts::default());
    let queue = BufferQueue::default();
    let mut rest = html.as_str();
    while !rest.is_empty() {
        let mut cut = rest.len().min(CHUNK_BYTES);
        while !rest.is_char_boundary(cut) {
            cut -= 1;
        }
        queue.push_back(StrTendril::from_slice(&rest[..cut]));
        rest = &rest[cut..];
        // Feeding pauses at each `</script>` and `<meta charset>`; resume until done.
        while !matches!(tokenizer.feed(&queue), TokenizerResult::Done) {}
    }
    drop(html);
    tokenizer.end();
    let guard = tokenizer.sink;
    match guard.stopped() {
        Some(depth::Stop::Depth(depth)) => Err(HtmlError::Limit(Exceeded::Depth {
            format: "HTML",
            depth,
            limit: options.max_depth,
        })),
        Some(depth::Stop::Elements) => Err(HtmlError::Limit(Exceeded::HtmlElements {
            limit: options.max_html_elements,
        })),
        None => Ok(guard.inner.sink.finish()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use sahifa_model::Format;

    fn load(html: &str) -> sahifa_model::Document {
        parse(html.to_owned(), &LoadOptions::default())
            .unwrap()
            .finish(None, Format::Html, encoding_rs::UTF_8)
            .unwrap()
    }

    #[test]
    fn site_header_h1_is_not_the_title_but_the_article_h1_is() {
        let doc = load(
            "<body><header><h1>الموقع</h1></header><article><header><h1>الخبر</h1>\
             </header><div class=\"share-bar\">شارك</div><p>نص <b>الخبر</b><br>سطر ثان</p>\
             <div id=\"related_news\"><p>خبر آخر</p></div><blockquote><p>قول</p></blockquote>\
             <ul><li>بند</li></ul></article></body>",
        );
        assert_eq!(doc.title.as_deref(), Some("الخبر"));
        assert_eq!(doc.text.as_str(), "الخبر\n\nنص الخبر\nسطر ثان\nقول\nبند");
        let kinds: Vec<_> = doc.blocks().iter().map(|b| b.kind).collect();
        assert_eq!(
            kinds,
            [
                BlockKind::Title,
                BlockKind::Paragraph,
                BlockKind::Paragraph,
                BlockKind::Quote,
                BlockKind::ListItem
            ]
        );
    }

    #[test]
    fn title_element_without_site_name_when_no_h1() {
        let doc = load("<title>عنوان الخبر الطويل - صحيفة</title><p>نص</p>");
        assert_eq!(doc.title.as_deref(), Some("عنوان الخبر الطويل"));
    }

    #[test]
    fn og_title_is_preferred_to_the_title_element() {
        let doc = load(
            "<head><title>الرئيسية | صحيفة</title>\
             <meta property=\"og:title\" content=\" عنوان الخبر \"></head><p>نص</p>",
        );
        assert_eq!(doc.title.as_deref(), Some("عنوان الخبر"));
    }

    #[test]
    fn markup_without_text_is_refused() {
        assert_eq!(
            parse(
                "<html><body><nav>قائمة</nav><script>x()</script><!-- c --></body></html>"
                    .to_owned(),
                &LoadOptions::default()
            )
            .err(),
            Some(HtmlError::NoText)
        );
    }
}
