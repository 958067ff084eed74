//! Where the article is in the page (the `<article>` with the most text, else `<main>`,
//! else `<body>`) and its title (its first `<h1>`, else `og:title`, else `<title>` minus
//! the site name).

use ego_tree::NodeRef;
use scraper::Node;

use super::elements::{element_name, is_dropped};
use crate::build::collapse_whitespace;

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
pub(super) fn choose_root(root: NodeRef<'_, Node>) -> (NodeRef<'_, Node>, bool) {
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

pub(super) fn find_h1(root: NodeRef<'_, Node>, allow_header: bool) -> Option<NodeRef<'_, Node>> {
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
pub(super) fn text_of(node: NodeRef<'_, Node>) -> String {
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
pub(super) fn page_title(root: NodeRef<'_, Node>) -> Option<String> {
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
