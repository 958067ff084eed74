//! What an element is to the article: dropped (scripts, navigation, hidden elements,
//! page furniture such as share buttons and «أخبار ذات صلة» boxes), a block, or inline.

use ego_tree::NodeRef;
use scraper::Node;

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
pub(super) const BLOCKS: &[&str] = &[
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

pub(super) fn is_block(node: &NodeRef<'_, Node>) -> bool {
    element_name(node).is_some_and(|name| BLOCKS.contains(&name))
}

pub(super) fn is_dropped(el: &scraper::node::Element) -> bool {
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

pub(super) fn element_name<'a>(node: &NodeRef<'a, Node>) -> Option<&'a str> {
    node.value().as_element().map(|e| e.name())
}
