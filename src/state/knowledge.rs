//! [`Knowledge`]: what the reader taught the extractor (names with their type, strings
//! they rejected), as the window shows it — the «Taught names» dialog and the mention
//! tooltip. A copy of the personal knowledge store, refreshed whenever it changes.

use std::collections::HashMap;

use sahifa_model::Label;

/// A name the reader taught.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TaughtRow {
    /// As the reader last marked it.
    pub text: String,
    /// Its type.
    pub label: Label,
    /// In how many articles or files it was taught.
    pub count: u32,
}

/// A string the reader rejected.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RejectedRow {
    /// As the reader saw it.
    pub text: String,
    /// Rejected under this type only; `None`: under any.
    pub label: Option<Label>,
    /// How often it was rejected.
    pub count: u32,
}

/// The reader's knowledge store as the window shows it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Knowledge {
    /// True when a store is in use (false in tests, or when it could not be opened).
    pub enabled: bool,
    /// Taught names, in the store's order.
    pub taught: Vec<TaughtRow>,
    /// Rejected strings, in the store's order.
    pub rejected: Vec<RejectedRow>,
    /// Folded key of each taught name → its type, for the tooltip.
    keys: HashMap<String, Label>,
    /// True while a retraining runs (its menu item becomes «Cancel retraining»).
    pub retraining: bool,
    /// True when a retrained model is in use instead of the shipped one.
    pub user_model: bool,
}

impl Knowledge {
    /// A store's contents: `taught` and `rejected` rows.
    pub fn new(taught: Vec<TaughtRow>, rejected: Vec<RejectedRow>) -> Self {
        let keys = taught
            .iter()
            .map(|t| (sahifa_extract::knowledge::key(&t.text), t.label))
            .collect();
        Self {
            enabled: true,
            taught,
            rejected,
            keys,
            retraining: false,
            user_model: false,
        }
    }

    /// The type `text` was taught with, if it was (loose comparison: harakat, alef forms,
    /// ة/ه, ى/ي and spaces do not matter).
    pub fn taught_label(&self, text: &str) -> Option<Label> {
        let key = sahifa_extract::knowledge::key(text);
        if let Some(label) = self.keys.get(&key) {
            return Some(*label);
        }
        // A mention may keep a leading clitic the reader did not mark («وقطر»).
        let rest = key.strip_prefix(['و', 'ف', 'ب', 'ل', 'ك'])?;
        self.keys.get(rest).copied()
    }

    /// True when a mention of `text` with `label` is a name the reader taught.
    pub fn is_taught(&self, text: &str, label: Label) -> bool {
        self.taught_label(text) == Some(label)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_taught_name_is_known_loosely_and_only_under_its_type() {
        let k = Knowledge::new(
            vec![TaughtRow {
                text: "سيف الهملان".into(),
                label: Label::Person,
                count: 1,
            }],
            Vec::new(),
        );
        assert!(k.is_taught("سَيف  الهملان", Label::Person));
        assert!(!k.is_taught("سيف الهملان", Label::Org));
        assert!(!k.is_taught("الهملان", Label::Person));
    }
}
