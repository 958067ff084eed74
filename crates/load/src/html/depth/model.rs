//! The model of the stack of open elements and the list of active formatting elements
//! (see the parent module's docs).

use std::collections::HashMap;
use std::hash::{DefaultHasher, Hash, Hasher};

use html5ever::tokenizer::{Tag, TagKind};
use html5ever::{LocalName, local_name};

use super::tags::*;

/// One open element of the model.
#[derive(Clone)]
pub(super) struct Open {
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

/// The model of the stack of open elements (see the docs of [`super`]).
#[derive(Default)]
pub(super) struct Model {
    pub(super) stack: Vec<Open>,
    /// Open elements by name, to skip searches for names that are not open.
    counts: HashMap<LocalName, usize>,
    active: Vec<Active>,
    next_id: u64,
    /// Elements created so far, implied and re-opened ones included.
    pub(super) created: usize,
    pub(super) deepest: usize,
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

    pub(super) fn is_open(&self, name: &LocalName) -> bool {
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
    pub(super) fn reconstruct(&mut self) {
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

    pub(super) fn start(&mut self, tag: &Tag) {
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

    pub(super) fn end(&mut self, tag: &Tag) {
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
    pub(super) fn count(&mut self, tag: &Tag) {
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
