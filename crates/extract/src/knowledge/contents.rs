//! What the store holds — taught names and rejected strings by folded key — and the rule
//! that the latest decision wins (teaching «الماضي» drops its rejection; rejecting it
//! drops the taught name).

use std::collections::BTreeMap;

use sahifa_model::Label;
use serde::{Deserialize, Serialize};

/// A name the user taught.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Taught {
    /// As the user last marked it.
    pub text: String,
    /// Its folded form ([`key`]).
    pub key: String,
    /// Its type.
    pub label: Label,
    /// In how many lessons (distinct sources) it was taught.
    pub count: u32,
    /// Unix seconds of the latest lesson.
    pub last_seen: u64,
    /// The latest lessons' sources (at most [`MAX_SOURCES`]).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<String>,
}

/// How many lesson sources a taught name remembers.
pub const MAX_SOURCES: usize = 16;

/// A string the user rejected.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rejected {
    /// As the user saw it.
    pub text: String,
    /// Its folded form ([`key`]).
    pub key: String,
    /// Rejected under this label only; `None`: under any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<Label>,
    /// In how many lessons it was rejected.
    pub count: u32,
    /// Unix seconds of the latest lesson.
    pub last_seen: u64,
}

/// The folded key of a name: [`crate::arabic::fold`], runs of spaces and tabs made one
/// space, trimmed.
pub fn key(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in crate::arabic::fold(text).chars() {
        if c.is_whitespace() {
            if !out.is_empty() && !out.ends_with(' ') {
                out.push(' ');
            }
        } else {
            out.push(c);
        }
    }
    if out.ends_with(' ') {
        out.pop();
    }
    out
}

/// What the store holds.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Contents {
    pub taught: BTreeMap<String, Taught>,
    pub rejected: BTreeMap<(String, Option<Label>), Rejected>,
}

/// One change to the store, replayed on top of the file when saving.
#[derive(Clone, Debug)]
pub(super) enum Change {
    Teach(Taught),
    Reject(Rejected),
    Forget(String),
}

impl Contents {
    pub(super) fn apply(&mut self, change: &Change) {
        match change {
            Change::Teach(t) => {
                self.rejected.remove(&(t.key.clone(), None));
                self.rejected.remove(&(t.key.clone(), Some(t.label)));
                match self.taught.get_mut(&t.key) {
                    Some(old) => {
                        let again = t.sources.iter().all(|s| old.sources.contains(s))
                            && !t.sources.is_empty();
                        if !again {
                            old.count = old.count.saturating_add(t.count);
                        }
                        for src in &t.sources {
                            old.sources.retain(|o| o != src);
                            old.sources.push(src.clone());
                        }
                        let extra = old.sources.len().saturating_sub(MAX_SOURCES);
                        old.sources.drain(..extra);
                        old.last_seen = old.last_seen.max(t.last_seen);
                        old.label = t.label;
                        old.text.clone_from(&t.text);
                    }
                    None => {
                        self.taught.insert(t.key.clone(), t.clone());
                    }
                }
            }
            Change::Reject(r) => {
                if self
                    .taught
                    .get(&r.key)
                    .is_some_and(|t| r.label.is_none_or(|l| l == t.label))
                {
                    self.taught.remove(&r.key);
                }
                let slot = (r.key.clone(), r.label);
                match self.rejected.get_mut(&slot) {
                    Some(old) => {
                        old.count = old.count.saturating_add(r.count);
                        old.last_seen = old.last_seen.max(r.last_seen);
                        old.text.clone_from(&r.text);
                    }
                    None => {
                        self.rejected.insert(slot, r.clone());
                    }
                }
            }
            Change::Forget(k) => {
                self.taught.remove(k);
                self.rejected.retain(|(rk, _), _| rk != k);
            }
        }
    }
}
