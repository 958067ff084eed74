//! The nesting guard: a [`TokenSink`] between html5ever's tokenizer and its tree builder
//! that keeps a cheap model of the stack of open elements and stops feeding the tree
//! builder once the page nests deeper than [`crate::LoadOptions::max_depth`] or builds more
//! than [`crate::LoadOptions::max_html_elements`] elements (and comments).
//!
//! Why: html5ever's scope checks walk the stack of open elements, so a page nested `d`
//! levels deep costs O(d) per tag and O(d²) in all (200,000 nested `<div>`s take minutes),
//! and re-opened formatting elements (`<p><b id=1>…<b id=999>x</p>` followed by many
//! `<p>x</p>`) can multiply elements without bound. The model costs O(1) amortised per
//! token while the page stays under the limits.
//!
//! # The model
//! Start tags push, end tags pop back to the matching element, as in the HTML tree
//! construction rules, with the cases that keep real pages shallow: void elements never
//! stay open; `<p>` is closed by a block start tag, `<li>` by `<li>`, `<dd>`/`<dt>` by each
//! other, `<option>` by `<option>`, cells and rows by the next cell or row; an end tag is
//! ignored when its element is out of scope (behind a table cell); a formatting end tag
//! with a block open inside it leaves the block open and closes what is inside the block
//! (the adoption agency moves the block out of it); unclosed formatting elements are re-opened where text continues (the list of
//! active formatting elements, up to table cells). `<html>`, `<head>` and `<body>` are not
//! counted. Foreign content (`<svg>`, `<math>`) honours `/>`. The model may be off by a
//! few levels on odd markup; that does not matter against a limit of hundreds.
//!
//! Past a limit the guard stops forwarding tokens and only counts, so the refusal can say
//! how deep the page goes, in time linear in its size.

mod model;
mod tags;

use std::cell::{Cell, RefCell};

use html5ever::local_name;
use html5ever::tokenizer::states::RawKind;
use html5ever::tokenizer::{Tag, TagKind, Token, TokenSink, TokenSinkResult};

use model::Model;

/// Why the guard stopped the tree builder.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Stop {
    /// Nested deeper than the limit; the deepest level seen.
    Depth(usize),
    /// More elements than the limit.
    Elements,
}

/// The raw-text state a start tag switches the tokenizer to (used once the tree builder,
/// which normally does this, no longer sees the tokens).
fn raw_state<H>(tag: &Tag) -> TokenSinkResult<H> {
    match &*tag.name {
        "title" | "textarea" => TokenSinkResult::RawData(RawKind::Rcdata),
        "style" | "xmp" | "iframe" | "noembed" | "noframes" | "noscript" => {
            TokenSinkResult::RawData(RawKind::Rawtext)
        }
        "script" => TokenSinkResult::RawData(RawKind::ScriptData),
        "plaintext" => TokenSinkResult::Plaintext,
        _ => TokenSinkResult::Continue,
    }
}

/// End tags whose element is not open cost html5ever a scan of the whole stack of open
/// elements each, to change nothing: they are dropped here (`</x>` × millions under a
/// deep page would stall the parser). Kept: the tags whose rules act without a match
/// (`</p>`, `</br>`, `</body>`, `</html>`, `</head>`, `</form>`, and `</h1>`…`</h6>`, which
/// close any open heading). A `</p>` without an open `<p>` makes an empty paragraph, a
/// block boundary and nothing else for the article text: it becomes a `<br>`, the same
/// boundary without the scan.
fn unmatched_end(model: &Model, token: Token) -> Option<Token> {
    let Token::TagToken(tag) = &token else {
        return Some(token);
    };
    if tag.kind == TagKind::StartTag || model.is_open(&tag.name) {
        return Some(token);
    }
    match &*tag.name {
        "p" => Some(Token::TagToken(Tag {
            kind: TagKind::StartTag,
            name: local_name!("br"),
            self_closing: false,
            attrs: Vec::new(),
            had_duplicate_attributes: false,
        })),
        "br" | "body" | "html" | "head" | "form" | "frameset" | "h1" | "h2" | "h3" | "h4"
        | "h5" | "h6" => Some(token),
        _ => None,
    }
}

/// The guard (see the module docs).
pub(crate) struct DepthGuard<S> {
    pub(crate) inner: S,
    model: RefCell<Model>,
    max_depth: usize,
    max_elements: usize,
    stopped: Cell<Option<Stop>>,
}

impl<S> DepthGuard<S> {
    pub(crate) fn new(inner: S, max_depth: usize, max_elements: usize) -> Self {
        Self {
            inner,
            model: RefCell::new(Model::default()),
            max_depth,
            max_elements,
            stopped: Cell::new(None),
        }
    }

    /// Why the tree builder was stopped, if it was; the depth is the deepest level seen.
    pub(crate) fn stopped(&self) -> Option<Stop> {
        match self.stopped.get()? {
            Stop::Depth(_) => Some(Stop::Depth(self.model.borrow().deepest)),
            other => Some(other),
        }
    }
}

impl<S: TokenSink> TokenSink for DepthGuard<S> {
    type Handle = S::Handle;

    fn process_token(&self, token: Token, line_number: u64) -> TokenSinkResult<S::Handle> {
        let mut model = self.model.borrow_mut();
        if self.stopped.get().is_some() {
            if let Token::TagToken(tag) = &token {
                model.count(tag);
                if tag.kind == TagKind::StartTag {
                    return raw_state(tag);
                }
            }
            return TokenSinkResult::Continue;
        }
        let token = match unmatched_end(&model, token) {
            Some(token) => token,
            None => return TokenSinkResult::Continue,
        };
        match &token {
            Token::TagToken(tag) if tag.kind == TagKind::StartTag => model.start(tag),
            Token::TagToken(tag) => model.end(tag),
            Token::CharacterTokens(text) if !text.trim().is_empty() => model.reconstruct(),
            Token::CommentToken(_) => model.created += 1,
            _ => {}
        }
        if model.stack.len() > self.max_depth {
            self.stopped.set(Some(Stop::Depth(model.deepest)));
        } else if model.created > self.max_elements {
            self.stopped.set(Some(Stop::Elements));
        }
        if let (Some(_), Token::TagToken(tag)) = (self.stopped.get(), &token) {
            return if tag.kind == TagKind::StartTag {
                raw_state(tag)
            } else {
                TokenSinkResult::Continue
            };
        }
        drop(model);
        self.inner.process_token(token, line_number)
    }

    fn end(&self) {
        if self.stopped.get().is_none() {
            self.inner.end();
        }
    }

    fn adjusted_current_node_present_but_not_in_html_namespace(&self) -> bool {
        self.inner
            .adjusted_current_node_present_but_not_in_html_namespace()
    }
}

#[cfg(test)]
mod tests {
    use ego_tree::NodeRef;
    use scraper::{Html, Node};

    use crate::LoadOptions;

    /// The real depth of the parsed tree (elements only), walked without recursion.
    fn tree_depth(html: &Html) -> usize {
        let mut deepest = 0;
        let mut pending: Vec<(NodeRef<'_, Node>, usize)> = vec![(html.tree.root(), 0)];
        while let Some((node, depth)) = pending.pop() {
            let depth = depth + usize::from(node.value().is_element());
            deepest = deepest.max(depth);
            pending.extend(node.children().map(|c| (c, depth)));
        }
        deepest
    }

    /// The model's verdict at a given limit agrees with the real tree within a few levels.
    fn model_is_close(page: &str) {
        let real = tree_depth(&Html::parse_document(page));
        for (limit, should_pass) in [(real + 5, true), (real.saturating_sub(5), false)] {
            let options = LoadOptions {
                max_depth: limit,
                ..LoadOptions::default()
            };
            let passed = super::super::parse_tree(page.to_owned(), &options).is_ok();
            assert_eq!(
                passed, should_pass,
                "real depth {real}, limit {limit}: {page:.80}"
            );
        }
    }

    #[test]
    fn the_model_follows_the_tree_builder_on_sloppy_and_deep_markup() {
        let sloppy = [
            "<p>نص <b>عريض</p>".repeat(200),
            "<ul>".to_owned() + &"<li>بند".repeat(200),
            "<table>".to_owned() + &"<tr><td>خلية<td>أخرى".repeat(200),
            "<font><p>فقرة</font></p>".repeat(200),
            "<dl><dt>م<dd>ت</dl>".repeat(200),
            "<select><option>أ<option>ب</select>".repeat(200),
            "<a href=x>رابط<a href=y>آخر".repeat(200),
            "<ruby>".to_owned() + &"<rb>ن<rt>ص".repeat(200),
        ];
        for page in &sloppy {
            // Shallow for a browser: the limit 20 must pass.
            let real = tree_depth(&Html::parse_document(page));
            assert!(real < 15, "{real}: {page:.60}");
            let options = LoadOptions {
                max_depth: 20,
                ..LoadOptions::default()
            };
            assert!(
                super::super::parse_tree(page.clone(), &options).is_ok(),
                "{page:.60}"
            );
        }
        let deep = [
            "<div>".repeat(100),
            "<b><div>نص</b>".repeat(40),
            "<span><i>".repeat(50),
            "<table><tr><td>".repeat(30),
            "<svg>".to_owned() + &"<g>".repeat(60),
        ];
        for page in &deep {
            model_is_close(page);
        }
    }
}
