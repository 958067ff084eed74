//! The seven news types on the guidelines' examples (GUIDELINES.md), what is never an
//! entity, and consistency in a long multi-article file: one test binary, a module per type.

#![allow(
    clippy::unwrap_used,
    reason = "test helpers: a panic is a test failure with its message"
)]

mod blind_orgs;
mod consistency;
mod dates_events;
mod orgs;
mod places;
mod regional_orgs;
mod regional_titles_dates;
mod sections_orgs;
mod sections_titles_dates;
mod titles;
mod world_orgs;
mod world_titles_dates;

use std::path::PathBuf;
use std::sync::LazyLock;

use sahifa_extract::Extractor;
use sahifa_model::{Annotations, Label};

static EX: LazyLock<Extractor> = LazyLock::new(|| Extractor::shipped().unwrap());

fn repo_file(path: &str) -> String {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    std::fs::read_to_string(root.join(path)).unwrap()
}

fn text_of(text: &str, ann: &Annotations, k: usize) -> String {
    let r = ann.mentions[k].range;
    text.chars().skip(r.start()).take(r.len()).collect()
}

/// (label, text) of every mention.
fn mentions(text: &str) -> Vec<(Label, String)> {
    let ann = EX.extract(text);
    (0..ann.mentions.len())
        .map(|k| (ann.mentions[k].label, text_of(text, &ann, k)))
        .collect()
}

fn assert_found(text: &str, label: Label, expected: &[&str]) {
    let found = mentions(text);
    for e in expected {
        assert!(
            found.iter().any(|(l, t)| *l == label && t == e),
            "{label} «{e}» not found in {found:?}"
        );
    }
}

fn assert_absent(text: &str, label: Label, never: &[&str]) {
    let found = mentions(text);
    for n in never {
        assert!(
            !found.iter().any(|(l, t)| *l == label && t == n),
            "{label} «{n}» found in {found:?}"
        );
    }
}

/// No mention of any type is one of `never`.
fn assert_no_mention(text: &str, never: &[&str]) {
    let found = mentions(text);
    for n in never {
        assert!(
            !found.iter().any(|(_, t)| t == n),
            "«{n}» should be no mention: {found:?}"
        );
    }
}

/// The title of the person named `name` in `text`.
fn title_of(text: &str, name: &str) -> Option<String> {
    let ann = EX.extract(text);
    let person = ann
        .entities
        .iter()
        .find(|e| e.label == Label::Person && e.name == name);
    person.and_then(|p| p.title.clone())
}
