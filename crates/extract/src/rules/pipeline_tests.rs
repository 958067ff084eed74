//! The whole pipeline for the unit tests of the rules that act on the chosen mentions
//! (`title_links`, `joined_orgs`) or on the tagger's reading (`datelines`): one shipped
//! extractor, loaded once for all of them.

use std::sync::LazyLock;

use sahifa_model::Annotations;

use crate::Extractor;

static EX: LazyLock<Extractor> = LazyLock::new(|| Extractor::shipped().unwrap());

/// The shipped extractor's annotations of `text`.
pub(super) fn extract(text: &str) -> Annotations {
    EX.extract(text)
}

/// (type, text) of each mention of `text`.
pub(super) fn mentions(text: &str) -> Vec<(&'static str, String)> {
    let chars: Vec<char> = text.chars().collect();
    extract(text)
        .mentions
        .iter()
        .map(|m| {
            let t = chars[m.range.start()..m.range.end()].iter().collect();
            (m.label.as_str(), t)
        })
        .collect()
}

/// The texts of `text`'s mentions of type `ty` («ORG», «MISC»), as written.
pub(super) fn texts_of(text: &str, ty: &str) -> Vec<String> {
    mentions(text)
        .into_iter()
        .filter(|(l, _)| *l == ty)
        .map(|(_, t)| t)
        .collect()
}

/// The organisations of `text`, as written.
pub(super) fn orgs(text: &str) -> Vec<String> {
    texts_of(text, "ORG")
}
