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

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::hash::{DefaultHasher, Hash, Hasher};

use html5ever::tokenizer::states::RawKind;
use html5ever::tokenizer::{Tag, TagKind, Token, TokenSink, TokenSinkResult};
use html5ever::{LocalName, local_name};

/// Elements that never have content.
const VOID: &[&str] = &[
    "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "image", "img",
    "input", "keygen", "link", "meta", "param", "source", "track", "wbr",
];

/// Formatting elements: re-opened after being closed implicitly, moved by misnested end tags.
const FORMATTING: &[&str] = &[
    "a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u",
];

/// Start tags that close an open `<p>`.
const CLOSES_P: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "center",
    "details",
    "dialog",
    "dir",
    "div",
    "dl",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hgroup",
    "hr",
    "li",
    "dd",
    "dt",
    "listing",
    "main",
    "menu",
    "nav",
    "ol",
    "p",
    "plaintext",
    "pre",
    "search",
    "section",
    "summary",
    "table",
    "ul",
    "xmp",
];

/// Elements that stop an end tag's search (the scope boundaries of the HTML rules).
const SCOPE: &[&str] = &[
    "applet", "caption", "html", "marquee", "object", "table", "td", "template", "th",
];

/// Elements after which re-opened formatting elements start afresh (markers).
const MARKERS: &[&str] = &[
    "applet", "caption", "marquee", "object", "td", "template", "th",
];

/// "Special" elements (HTML rules): a formatting end tag above one of these moves instead
/// of closing it; `<li>`/`<dd>` stop looking for an open item at them.
const SPECIAL: &[&str] = &[
    "address",
    "applet",
    "article",
    "aside",
    "blockquote",
    "button",
    "caption",
    "center",
    "colgroup",
    "dd",
    "details",
    "dir",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hgroup",
    "iframe",
    "li",
    "listing",
    "main",
    "marquee",
    "menu",
    "nav",
    "noembed",
    "noframes",
    "noscript",
    "object",
    "ol",
    "p",
    "plaintext",
    "pre",
    "script",
    "search",
    "section",
    "select",
    "style",
    "summary",
    "table",
    "tbody",
    "td",
    "template",
    "textarea",
    "tfoot",
    "th",
    "thead",
    "title",
    "tr",
    "ul",
    "xmp",
];

/// HTML start tags that end foreign (SVG/MathML) content.
const BREAKS_FOREIGN: &[&str] = &[
    "b",
    "big",
    "blockquote",
    "body",
    "br",
    "center",
    "code",
    "dd",
    "div",
    "dl",
    "dt",
    "em",
    "embed",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "head",
    "hr",
    "i",
    "img",
    "li",
    "listing",
    "menu",
    "meta",
    "nobr",
    "ol",
    "p",
    "pre",
    "ruby",
    "s",
    "small",
    "span",
    "strike",
    "strong",
    "sub",
    "sup",
    "table",
    "tt",
    "u",
    "ul",
    "var",
];

/// Why the guard stopped the tree builder.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Stop {
    /// Nested deeper than the limit; the deepest level seen.
    Depth(usize),
    /// More elements than the limit.
    Elements,
}

/// One open element of the model.
#[derive(Clone)]
struct Open {
    name: LocalName,
    foreign: bool,
    /// Unique per element, so re-opened formatting elements can be found.
    id: u64,
}

/// An entry of the list of active formatting elements.
#[derive(Clone)]
enum Active {
    Marker,
    Element {
        name: LocalName,
        /// A hash of the attributes: identical elements count towards Noah's ark.
        attrs: u64,
        id: u64,
    },
}

/// The model of the stack of open elements (see the module docs).
#[derive(Default)]
struct Model {
    stack: Vec<Open>,
    /// Open elements by name, to skip searches for names that are not open.
    counts: HashMap<LocalName, usize>,
    active: Vec<Active>,
    next_id: u64,
    /// Elements created so far, implied and re-opened ones included.
    created: usize,
    deepest: usize,
}

fn is(name: &LocalName, set: &[&str]) -> bool {
    set.contains(&&**name)
}

impl Model {
    fn push(&mut self, name: &LocalName, foreign: bool) -> u64 {
        self.next_id += 1;
        self.created += 1;
        *self.counts.entry(name.clone()).or_insert(0) += 1;
        self.stack.push(Open {
            name: name.clone(),
            foreign,
            id: self.next_id,
        });
        self.deepest = self.deepest.max(self.stack.len());
        self.next_id
    }

    fn forget(&mut self, open: &Open) {
        if let Some(n) = self.counts.get_mut(&open.name) {
            *n = n.saturating_sub(1);
        }
    }

    /// Pops every element above index `at`, and the one at `at`.
    fn truncate(&mut self, at: usize) {
        while self.stack.len() > at {
            if let Some(open) = self.stack.pop() {
                self.forget(&open);
            }
        }
    }

    fn is_open(&self, name: &LocalName) -> bool {
        self.counts.get(name).is_some_and(|n| *n > 0)
    }

    fn top_is(&self, names: &[&str]) -> bool {
        self.stack.last().is_some_and(|o| is(&o.name, names))
    }

    /// Index of the topmost `name`, searching down to a scope boundary (`stop`).
    fn find(&self, name: &LocalName, stop: &dyn Fn(&Open) -> bool) -> Option<usize> {
        if !self.is_open(name) {
            return None;
        }
        for (i, open) in self.stack.iter().enumerate().rev() {
            if open.name == *name {
                return Some(i);
            }
            if stop(open) {
                return None;
            }
        }
        None
    }

    fn in_scope(&self, name: &LocalName) -> Option<usize> {
        self.find(name, &|o| o.foreign || is(&o.name, SCOPE))
    }

    fn close_p(&mut self) {
        let button_scope = |o: &Open| o.foreign || is(&o.name, SCOPE) || &*o.name == "button";
        if let Some(i) = self.find(&local_name!("p"), &button_scope) {
            self.truncate(i);
        }
    }

    /// `<li>`, `<dd>`, `<dt>`: close an open item of the kinds `items`.
    fn close_item(&mut self, items: &[&str]) {
        let stop = |o: &Open| is(&o.name, SPECIAL) && !is(&o.name, &["address", "div", "p"]);
        let found = self
            .stack
            .iter()
            .rposition(|o| is(&o.name, items) || stop(o))
            .filter(|&i| is(&self.stack[i].name, items));
        if let Some(i) = found {
            self.truncate(i);
        }
    }

    /// Re-opens the active formatting elements that were closed implicitly.
    fn reconstruct(&mut self) {
        let mut from = self.active.len();
        while from > 0 {
            match &self.active[from - 1] {
                Active::Marker => break,
                Active::Element { id, .. } if self.stack.iter().rev().any(|o| o.id == *id) => {
                    break;
                }
                Active::Element { .. } => from -= 1,
            }
        }
        for i in from..self.active.len() {
            if let Active::Element { name, attrs, .. } = self.active[i].clone() {
                let id = self.push(&name, false);
                self.active[i] = Active::Element { name, attrs, id };
            }
        }
    }

    fn clear_to_marker(&mut self) {
        while let Some(entry) = self.active.pop() {
            if matches!(entry, Active::Marker) {
                break;
            }
        }
    }

    fn start(&mut self, tag: &Tag) {
        if self.start_in_foreign_content(tag) || self.start_handled_apart(tag) {
            return;
        }
        self.close_implied_by(&tag.name);
        self.open(tag);
    }

    /// Inside SVG or MathML, a tag opens a foreign element (true: done), unless it is one
    /// that breaks out of foreign content, which closes it first.
    fn start_in_foreign_content(&mut self, tag: &Tag) -> bool {
        if !self.stack.last().is_some_and(|o| o.foreign) {
            return false;
        }
        if !is(&tag.name, BREAKS_FOREIGN) {
            if !tag.self_closing {
                self.push(&tag.name, true);
            }
            return true;
        }
        while self.stack.last().is_some_and(|o| o.foreign) {
            self.truncate(self.stack.len() - 1);
        }
        false
    }

    /// Tags with a rule of their own. True when that rule is all (the tag opens nothing
    /// more); otherwise what it closed is closed and the tag opens as usual.
    fn start_handled_apart(&mut self, tag: &Tag) -> bool {
        let name = &tag.name;
        match &**name {
            "html" | "head" | "body" | "frameset" => return true,
            "svg" | "math" => {
                self.reconstruct();
                if !tag.self_closing {
                    self.push(name, true);
                }
                return true;
            }
            "form" if self.is_open(name) => return true,
            "select" if self.is_open(name) => {
                if let Some(i) = self.in_scope(name) {
                    self.truncate(i);
                }
                return true;
            }
            "li" => self.close_item(&["li"]),
            "dd" | "dt" => self.close_item(&["dd", "dt"]),
            "option" | "optgroup" if self.top_is(&["option"]) => {
                self.truncate(self.stack.len() - 1);
            }
            "button" => {
                if let Some(i) = self.in_scope(name) {
                    self.truncate(i);
                }
            }
            "a" | "nobr" if self.is_open(name) => self.end_formatting(name),
            "rb" | "rp" | "rt" | "rtc" => {
                while self.top_is(&["rb", "rp", "rt", "rtc"]) {
                    self.truncate(self.stack.len() - 1);
                }
            }
            "td" | "th" | "tr" | "tbody" | "thead" | "tfoot" | "caption" | "colgroup" => {
                self.table_part(name);
            }
            _ => {}
        }
        false
    }

    /// What a new element closes: an open `<p>` before a block, a heading before a heading.
    fn close_implied_by(&mut self, name: &LocalName) {
        if is(name, CLOSES_P) {
            self.close_p();
        }
        if is(name, &["h1", "h2", "h3", "h4", "h5", "h6"])
            && self.top_is(&["h1", "h2", "h3", "h4", "h5", "h6"])
        {
            self.truncate(self.stack.len() - 1);
        }
    }

    /// Opens the element (void ones are only counted), reopening formatting elements
    /// first and recording formatting elements and markers in the active list.
    fn open(&mut self, tag: &Tag) {
        let name = &tag.name;
        if !is(name, SPECIAL) {
            self.reconstruct();
        }
        if is(name, VOID) {
            self.created += 1;
            return;
        }
        let id = self.push(name, false);
        if is(name, FORMATTING) {
            self.push_active(tag, id);
        } else if is(name, MARKERS) {
            self.active.push(Active::Marker);
        }
    }

    /// Adds a formatting element to the active list; Noah's ark: at most three identical
    /// ones (same name and attributes) after the last marker, the earliest goes.
    fn push_active(&mut self, tag: &Tag, id: u64) {
        let mut hasher = DefaultHasher::new();
        for attr in &tag.attrs {
            (&*attr.name.local, &*attr.value).hash(&mut hasher);
        }
        let attrs = hasher.finish();
        let same = |a: &Active| {
            matches!(a, Active::Element { name, attrs: other, .. }
                if *name == tag.name && *other == attrs)
        };
        let start = self
            .active
            .iter()
            .rposition(|a| matches!(a, Active::Marker))
            .map_or(0, |m| m + 1);
        let twins: Vec<usize> = (start..self.active.len())
            .filter(|&i| same(&self.active[i]))
            .collect();
        if twins.len() >= 3 {
            self.active.remove(twins[0]);
        }
        self.active.push(Active::Element {
            name: tag.name.clone(),
            attrs,
            id,
        });
    }

    /// Table parts close the open part of their level or below and imply missing levels.
    fn table_part(&mut self, name: &LocalName) {
        let levels: &[&str] = match &**name {
            "td" | "th" => &["td", "th"],
            "tr" => &["tr"],
            "caption" | "colgroup" => &["caption", "colgroup"],
            _ => &["tbody", "thead", "tfoot"],
        };
        let table = |o: &Open| &*o.name == "table" || o.foreign;
        let found = self
            .stack
            .iter()
            .rposition(|o| is(&o.name, levels) || table(o))
            .filter(|&i| is(&self.stack[i].name, levels));
        if let Some(i) = found {
            if is(&self.stack[i].name, &["td", "th", "caption"]) {
                self.clear_to_marker();
            }
            self.truncate(i);
        }
        let implied: &[&str] = match (&**name, self.stack.last().map(|o| &*o.name)) {
            ("td" | "th", Some("table")) => &["tbody", "tr"],
            ("td" | "th", Some("tbody" | "thead" | "tfoot")) => &["tr"],
            ("tr", Some("table")) => &["tbody"],
            _ => &[],
        };
        for part in implied {
            self.push(&LocalName::from(*part), false);
        }
    }

    fn end(&mut self, tag: &Tag) {
        let name = &tag.name;
        match &**name {
            "html" | "head" | "body" => {}
            "br" => self.created += 1,
            "p" => self.close_p(),
            _ if is(name, FORMATTING) => self.end_formatting(name),
            _ => {
                if let Some(i) = self.in_scope(name) {
                    if is(&self.stack[i].name, MARKERS) {
                        self.clear_to_marker();
                    }
                    self.truncate(i);
                }
            }
        }
    }

    /// A formatting end tag: close it; when a block is open inside it, the adoption agency
    /// moves the block out of it and closes what is open inside the block (the element
    /// re-created inside the block has nothing above it on the second round, so it is
    /// popped too).
    fn end_formatting(&mut self, name: &LocalName) {
        let Some(at) = self.in_scope(name) else {
            return;
        };
        let id = self.stack[at].id;
        self.active
            .retain(|a| !matches!(a, Active::Element { id: other, .. } if *other == id));
        let block = (at + 1..self.stack.len()).find(|&i| is(&self.stack[i].name, SPECIAL));
        let Some(block) = block else {
            self.truncate(at);
            return;
        };
        self.truncate(block + 1);
        // Between the formatting element and the block only formatting elements stay open.
        let between: Vec<Open> = self.stack.drain(at..block).collect();
        for open in &between {
            self.forget(open);
        }
        let kept = between
            .into_iter()
            .skip(1)
            .filter(|open| is(&open.name, FORMATTING));
        for (offset, open) in kept.enumerate() {
            *self.counts.entry(open.name.clone()).or_insert(0) += 1;
            self.stack.insert(at + offset, open);
        }
    }

    /// Counting only, once past a limit: pushes and pops, nothing quadratic.
    fn count(&mut self, tag: &Tag) {
        match tag.kind {
            TagKind::StartTag if !is(&tag.name, VOID) && !tag.self_closing => {
                self.push(&tag.name, false);
            }
            TagKind::StartTag => {}
            TagKind::EndTag => {
                if let Some(i) = self.stack.iter().rposition(|o| o.name == tag.name)
                    && self.is_open(&tag.name)
                {
                    self.truncate(i);
                }
            }
        }
    }
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
