//! JSONL export: one document a line, `{"text": …, "spans": [{"start", "end", "label"}]}`.
//!
//! Offsets are Unicode scalar values, as Python's `str` indexes them; spans are the visible
//! mentions in text order (overlapping ones included).

use serde::Serialize;

use sahifa_model::{Annotations, Document, MentionStatus};

#[derive(Serialize)]
struct Line<'a> {
    text: &'a str,
    spans: Vec<Span>,
}

#[derive(Serialize)]
struct Span {
    start: usize,
    end: usize,
    label: &'static str,
}

/// One JSONL line for the document, ending with `\n`.
pub fn to_jsonl_line(doc: &Document, ann: &Annotations) -> String {
    let line = Line {
        text: doc.text.as_str(),
        spans: ann
            .mentions
            .iter()
            .filter(|m| m.status != MentionStatus::Rejected)
            .map(|m| Span {
                start: m.range.start(),
                end: m.range.end(),
                label: m.label.as_str(),
            })
            .collect(),
    };
    // Serialising plain strings and numbers cannot fail.
    let mut s = serde_json::to_string(&line).unwrap_or_default();
    s.push('\n');
    s
}
