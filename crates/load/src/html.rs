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

use ego_tree::NodeRef;
use encoding_rs::Encoding;
use html5ever::TokenizerResult;
use html5ever::tendril::StrTendril;
use html5ever::tokenizer::{BufferQueue, Tokenizer, TokenizerOpts};
use html5ever::tree_builder::{TreeBuilder, TreeBuilderOpts, TreeSink};
use sahifa_model::BlockKind;
use scraper::{Html, HtmlTreeSink, Node};

use crate::build::{DocBuilder, collapse_whitespace};
use crate::{Exceeded, LoadOptions};

mod depth;

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

/// Elements whose content is never article text.
const DROPPED: &[&str] = &[
    "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form",
    "button", "select", "textarea", "input", "label", "iframe", "svg", "canvas", "video", "audio",
    "object", "embed", "head", "dialog", "menu", "math",
];

/// `class`/`id` tokens that mark page furniture rather than article text.
pub const NOISE_TOKENS: &[&str] = &[
    "share",
    "sharing",
    "social",
    "related",
    "advert",
    "advertisement",
    "ads",
    "ad",
    "comments",
    "newsletter",
    "breadcrumb",
    "breadcrumbs",
    "promo",
    "sponsored",
    "cookie",
    "cookies",
    "popup",
    "subscribe",
    "tags",
];

/// Elements that start and end a block.
const BLOCKS: &[&str] = &[
    "address",
    "article",
    "blockquote",
    "body",
    "center",
    "dd",
    "details",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hgroup",
    "hr",
    "html",
    "li",
    "main",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "tr",
    "ul",
    "caption",
    "legend",
];

/// The encoding a `<meta>` in the first 4 KiB declares, if any (UTF-16 labels mean UTF-8,
/// as in browsers).
pub fn meta_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = bytes[..bytes.len().min(4096)].to_ascii_lowercase();
    let mut rest = head.as_slice();
    while let Some(at) = find(rest, b"<meta") {
        rest = &rest[at + 5..];
        let end = rest.iter().position(|&b| b == b'>').unwrap_or(rest.len());
        let tag = &rest[..end];
        if let Some(cs) = find(tag, b"charset") {
            let mut label = &tag[cs + 7..];
            label = trim_start(label);
            if let Some(l) = label.strip_prefix(b"=") {
                let l = trim_start(l);
                let l = l
                    .strip_prefix(b"\"")
                    .or_else(|| l.strip_prefix(b"'"))
                    .unwrap_or(l);
                let stop = l
                    .iter()
                    .position(|&b| {
                        matches!(b, b'"' | b'\'' | b';' | b'/' | b'>') || b.is_ascii_whitespace()
                    })
                    .unwrap_or(l.len());
                if let Some(enc) = Encoding::for_label(&l[..stop]) {
                    return Some(enc.output_encoding());
                }
            }
        }
    }
    None
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

fn trim_start(b: &[u8]) -> &[u8] {
    let n = b.iter().take_while(|c| c.is_ascii_whitespace()).count();
    &b[n..]
}

/// Extracts the article's blocks from decoded HTML.
pub(crate) fn parse(html: String, options: &LoadOptions) -> Result<DocBuilder, HtmlError> {
    let doc = parse_tree(html, options)?;
    let tree_root = doc.tree.root();
    let (root, in_article) = choose_root(tree_root);
    let title_h1 = find_h1(root, in_article);
    let mut walker = Walker {
        out: DocBuilder::limited(options),
        buf: String::new(),
        skip: title_h1.map(|n| n.id()),
    };
    match title_h1 {
        Some(h1) => walker.out.push(BlockKind::Title, &text_of(h1)),
        None => {
            if let Some(t) = page_title(tree_root) {
                walker.out.push(BlockKind::Title, &t);
            }
        }
    }
    walker.walk(root, BlockKind::Paragraph);
    walker.flush(BlockKind::Paragraph);
    let out = walker.out;
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

struct Walker {
    out: DocBuilder,
    buf: String,
    skip: Option<ego_tree::NodeId>,
}

/// A step of the walk: enter a node (with the block kind around it), or leave a block.
enum Step<'a> {
    Enter(NodeRef<'a, Node>, BlockKind),
    Leave(BlockKind),
}

impl Walker {
    fn flush(&mut self, kind: BlockKind) {
        if !self.buf.trim().is_empty() {
            self.out.push(kind, &self.buf);
        }
        self.buf.clear();
    }

    /// Walks the tree in document order with an explicit stack (never recursion: pages
    /// may nest up to [`LoadOptions::max_depth`] levels, and a worker thread's stack is
    /// small).
    fn walk(&mut self, root: NodeRef<'_, Node>, kind: BlockKind) {
        let mut steps = vec![Step::Enter(root, kind)];
        while let Some(step) = steps.pop() {
            if self.out.exceeded().is_some() {
                return;
            }
            let (node, kind) = match step {
                Step::Leave(kind) => {
                    self.flush(kind);
                    continue;
                }
                Step::Enter(node, kind) => (node, kind),
            };
            let inner = match node.value() {
                Node::Text(t) => {
                    self.buf.push_str(t);
                    continue;
                }
                Node::Element(el) => {
                    if Some(node.id()) == self.skip || is_dropped(el) {
                        continue;
                    }
                    match self.element_kind(el.name(), kind) {
                        Some(inner) => inner,
                        None => continue,
                    }
                }
                Node::Document | Node::Fragment => kind,
                _ => continue,
            };
            if is_block(&node) {
                steps.push(Step::Leave(inner));
            }
            steps.extend(node.children().rev().map(|c| Step::Enter(c, inner)));
        }
    }

    /// The block kind inside element `name` (flushing the text before a block), or `None`
    /// for a line break.
    fn element_kind(&mut self, name: &str, kind: BlockKind) -> Option<BlockKind> {
        if name == "br" {
            self.flush(kind);
            return None;
        }
        if !BLOCKS.contains(&name) {
            return Some(kind);
        }
        self.flush(kind);
        Some(match name {
            "h1" => BlockKind::Heading { level: 1 },
            "h2" => BlockKind::Heading { level: 2 },
            "h3" => BlockKind::Heading { level: 3 },
            "h4" => BlockKind::Heading { level: 4 },
            "h5" => BlockKind::Heading { level: 5 },
            "h6" => BlockKind::Heading { level: 6 },
            "blockquote" => BlockKind::Quote,
            "li" | "dt" | "dd" if kind != BlockKind::Quote => BlockKind::ListItem,
            _ => kind,
        })
    }
}

fn is_block(node: &NodeRef<'_, Node>) -> bool {
    element_name(node).is_some_and(|name| BLOCKS.contains(&name))
}

fn is_dropped(el: &scraper::node::Element) -> bool {
    if DROPPED.contains(&el.name()) || el.attr("hidden").is_some() {
        return true;
    }
    if el
        .attr("aria-hidden")
        .is_some_and(|v| v.eq_ignore_ascii_case("true"))
    {
        return true;
    }
    if el.attr("style").is_some_and(|s| {
        let s: String = s.chars().filter(|c| !c.is_whitespace()).collect();
        s.to_ascii_lowercase().contains("display:none")
    }) {
        return true;
    }
    if matches!(el.name(), "html" | "body" | "main" | "article") {
        return false;
    }
    [el.attr("class"), el.attr("id")]
        .into_iter()
        .flatten()
        .flat_map(|v| v.split(|c: char| c.is_whitespace() || c == '-' || c == '_'))
        .any(|token| {
            NOISE_TOKENS
                .iter()
                .any(|noise| token.eq_ignore_ascii_case(noise))
        })
}

fn element_name<'a>(node: &NodeRef<'a, Node>) -> Option<&'a str> {
    node.value().as_element().map(|e| e.name())
}

/// Descendants of `node` in document order, not entering dropped elements (nor, unless
/// `allow_header`, `<header>`), until `out` returns true. Iterative, like the walk.
fn visible_descendants<'a>(
    node: NodeRef<'a, Node>,
    allow_header: bool,
    out: &mut dyn FnMut(NodeRef<'a, Node>) -> bool,
) -> bool {
    let mut pending: Vec<NodeRef<'a, Node>> = node.children().rev().collect();
    while let Some(child) = pending.pop() {
        if let Some(el) = child.value().as_element() {
            let header_ok = allow_header && el.name() == "header";
            if is_dropped(el) && !header_ok {
                continue;
            }
        }
        if out(child) {
            return true;
        }
        pending.extend(child.children().rev());
    }
    false
}

/// Visible text length under `node`, for choosing among `<article>`s.
fn text_len(node: NodeRef<'_, Node>) -> usize {
    let mut n = 0;
    visible_descendants(node, false, &mut |d| {
        if let Some(t) = d.value().as_text() {
            n += t.trim().len();
        }
        false
    });
    n
}

/// The article root and whether it is an `<article>`/`<main>` (not the whole body).
fn choose_root(root: NodeRef<'_, Node>) -> (NodeRef<'_, Node>, bool) {
    let mut articles = Vec::new();
    let mut main = None;
    let mut body = None;
    visible_descendants(root, false, &mut |d| {
        match d.value().as_element() {
            Some(el) if el.name() == "article" => articles.push(d),
            Some(el)
                if main.is_none() && (el.name() == "main" || el.attr("role") == Some("main")) =>
            {
                main = Some(d);
            }
            Some(el) if body.is_none() && el.name() == "body" => body = Some(d),
            _ => {}
        }
        false
    });
    let best = articles
        .into_iter()
        .map(|a| (text_len(a), a))
        .filter(|(len, _)| *len > 0)
        .max_by_key(|(len, _)| *len)
        .map(|(_, a)| a);
    match best.or(main) {
        Some(n) => (n, true),
        None => (body.unwrap_or(root), false),
    }
}

fn find_h1(root: NodeRef<'_, Node>, allow_header: bool) -> Option<NodeRef<'_, Node>> {
    let mut found = None;
    visible_descendants(root, allow_header, &mut |d| {
        if element_name(&d) == Some("h1") && !text_of(d).is_empty() {
            found = Some(d);
            return true;
        }
        false
    });
    found
}

/// All text under `node`, whitespace collapsed (dropped elements excluded).
fn text_of(node: NodeRef<'_, Node>) -> String {
    let mut s = String::new();
    visible_descendants(node, true, &mut |d| {
        if let Some(t) = d.value().as_text() {
            s.push_str(t);
        } else if element_name(&d) == Some("br") {
            s.push(' ');
        }
        false
    });
    collapse_whitespace(&s)
}

/// `og:title`, else `<title>` minus the site name (see the module docs).
fn page_title(root: NodeRef<'_, Node>) -> Option<String> {
    let og = root.descendants().find_map(|d| {
        let el = d.value().as_element()?;
        let is_og = el.name() == "meta" && el.attr("property") == Some("og:title");
        let content = collapse_whitespace(el.attr("content")?);
        (is_og && !content.is_empty()).then_some(content)
    });
    if og.is_some() {
        return og;
    }
    let title = root
        .descendants()
        .find(|d| element_name(d) == Some("title"))?;
    let raw: String = title
        .children()
        .filter_map(|c| c.value().as_text().map(|t| t.to_string()))
        .collect();
    let full = collapse_whitespace(&raw);
    let mut parts = vec![full.as_str()];
    for sep in [" | ", " - ", " – ", " — "] {
        parts = parts.iter().flat_map(|p| p.split(sep)).collect();
    }
    parts
        .into_iter()
        .map(str::trim)
        .max_by_key(|p| p.chars().count())
        .filter(|p| !p.is_empty())
        .map(str::to_owned)
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
    fn meta_charset_forms() {
        assert_eq!(
            meta_charset(b"<html><head><META CHARSET=\"windows-1256\">"),
            Some(encoding_rs::WINDOWS_1256)
        );
        assert_eq!(
            meta_charset(
                b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-6\">"
            ),
            Some(encoding_rs::ISO_8859_6)
        );
        assert_eq!(
            meta_charset(b"<meta charset=utf-16>"),
            Some(encoding_rs::UTF_8)
        );
        assert_eq!(meta_charset(b"<meta name=x>"), None);
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
