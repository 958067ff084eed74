//! brat standoff export and import (`.txt` + `.ann`).
//!
//! The `.txt` is the document text exactly (line endings `\n`). brat counts offsets in
//! characters of the `.txt` as Python's `str` does — Unicode scalar values — which is what
//! Sahifa's offsets are, so they are written unchanged.
//!
//! What Sahifa writes in the `.ann`, for visible (non-rejected) mentions only:
//! - `T7<TAB>PERSON 123 134<TAB>سيف الهملان` — one text-bound annotation per mention, in
//!   text order. A mention that spans a line break is written as fragments
//!   (`start end;start end`) whose texts are joined by a space, as brat expects.
//! - `A3<TAB>Status T7 confirmed` — the mention's status (`auto`, `confirmed`, `manual`).
//! - `N2<TAB>Reference T7 sahifa:4<TAB>سيف الهملان` — the mention refers to entity 4,
//!   whose canonical name follows. N lines are grouped by entity, in entity order.
//! - `#1<TAB>AnnotatorNotes T7<TAB>title: اللواء الركن بحري` and `… note: …` — the entity's
//!   title and note, on its first mention; `\`, newline and tab are escaped as `\\`, `\n`,
//!   `\t`.
//!
//! Not exported: rejected mentions, entities without a visible mention.
//!
//! Importing reads the same lines. `R`, `E` and `*` lines and attributes other than `Status` are
//! skipped with a warning. Files written by Sahifa are recognised by their `Status`
//! attributes or `sahifa:` references; there a mention without reference has no entity.
//! In files from other tools:
//! mentions without status are `manual`; mentions with the same normalisation reference
//! are one entity named by the N line's text; mentions without a reference are grouped into
//! entities by label and [`normalise_name`](crate::normalise_name) (TITLE mentions stay without entity); unknown
//! types become MISC with a warning.

mod ann_lines;
mod import;

use sahifa_model::{Annotations, DocText, Document, MentionStatus, TextRange};

pub use import::{BratImport, ImportError, ImportProblem, import_brat};

/// The two files of a brat document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BratFiles {
    /// The `.txt`: the document text.
    pub txt: String,
    /// The `.ann`: the standoff annotations.
    pub ann: String,
}

fn status_name(s: MentionStatus) -> &'static str {
    match s {
        MentionStatus::Auto => "auto",
        MentionStatus::Confirmed => "confirmed",
        MentionStatus::Manual => "manual",
        MentionStatus::Rejected => "rejected",
    }
}

fn escape(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace('\n', "\\n")
        .replace('\t', "\\t")
        .replace('\r', "\\r")
}

fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n') => out.push('\n'),
                Some('t') => out.push('\t'),
                Some('r') => out.push('\r'),
                Some(o) => out.push(o),
                None => out.push('\\'),
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// The fragments of a range, split at line breaks, with their joined text.
fn fragments(text: &DocText, range: TextRange) -> (Vec<(usize, usize)>, String) {
    let mut frags = Vec::new();
    let mut pos = range.start();
    for line in text.slice(range).split('\n') {
        let n = line.chars().count();
        if n > 0 {
            frags.push((pos, pos + n));
        }
        pos += n + 1;
    }
    let joined = frags
        .iter()
        .filter_map(|&(s, e)| TextRange::unbounded(s, e).ok())
        .map(|r| text.slice(r))
        .collect::<Vec<_>>()
        .join(" ");
    (frags, joined)
}

/// Writes a document and its annotations as brat standoff.
pub fn to_brat(doc: &Document, ann: &Annotations) -> BratFiles {
    let mut out = String::new();
    let t_of = write_text_bounds(&doc.text, ann, &mut out);
    write_references_and_notes(ann, &t_of, &mut out);
    BratFiles {
        txt: doc.text.as_str().to_owned(),
        ann: out,
    }
}

/// The `T` line of each visible mention and its `A` status line; returns each mention's
/// `T` number (`None`: not written).
fn write_text_bounds(text: &DocText, ann: &Annotations, out: &mut String) -> Vec<Option<usize>> {
    let mut t_of: Vec<Option<usize>> = vec![None; ann.mentions.len()];
    let mut t = 0;
    for (i, m) in ann.mentions.iter().enumerate() {
        if m.status == MentionStatus::Rejected {
            continue;
        }
        let (frags, joined) = fragments(text, m.range);
        if frags.is_empty() {
            continue;
        }
        t += 1;
        t_of[i] = Some(t);
        let offsets = frags
            .iter()
            .map(|(s, e)| format!("{s} {e}"))
            .collect::<Vec<_>>()
            .join(";");
        out.push_str(&format!("T{t}\t{} {offsets}\t{joined}\n", m.label));
        out.push_str(&format!("A{t}\tStatus T{t} {}\n", status_name(m.status)));
    }
    t_of
}

/// Per entity, in entity order: an `N` reference line for each of its written mentions,
/// then its title and note as `#` notes on the first.
fn write_references_and_notes(ann: &Annotations, t_of: &[Option<usize>], out: &mut String) {
    let mut n = 0;
    let mut notes = 0;
    for e in &ann.entities {
        let ts: Vec<usize> = ann
            .mentions
            .iter()
            .enumerate()
            .filter(|(_, m)| m.entity == Some(e.id))
            .filter_map(|(i, _)| t_of[i])
            .collect();
        for &tk in &ts {
            n += 1;
            out.push_str(&format!(
                "N{n}\tReference T{tk} sahifa:{}\t{}\n",
                e.id.0,
                escape(&e.name)
            ));
        }
        let Some(&first) = ts.first() else { continue };
        for (key, value) in [("title", &e.title), ("note", &e.note)] {
            if let Some(v) = value {
                notes += 1;
                out.push_str(&format!(
                    "#{notes}\tAnnotatorNotes T{first}\t{key}: {}\n",
                    escape(v)
                ));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping_round_trips_notes_with_tabs_newlines_and_backslashes() {
        // A literal backslash-n must come back as backslash-n, not as a line break.
        for raw in ["a\tb", "سطر\nآخر", "\\n ليس سطرا", "ends with \\", "\r\n"] {
            let escaped = escape(raw);
            assert!(!escaped.contains(['\n', '\t', '\r']), "{escaped:?}");
            assert_eq!(unescape(&escaped), raw);
        }
    }

    #[test]
    fn import_errors_name_the_line_and_the_problem_in_the_same_words() {
        let text = DocText::new("زار قطر".to_owned());
        let message = |ann: &str| import_brat(&text, ann).map(|_| ()).unwrap_err().to_string();
        assert_eq!(message("T1\tLOCATION"), "line 1: expected «TYPE START END»");
        assert_eq!(message("T1\tLOCATION 4 x"), "line 1: bad offsets \"4 x\"");
        assert_eq!(
            message("T1\tLOCATION 4 7\tقطر\nA1\tStatus T9 auto"),
            "line 2: refers to \"T9\", which is not a text annotation above"
        );
        assert_eq!(
            message("T1\tLOCATION 4 7\tقطر\nA1\tStatus T1 maybe"),
            "line 2: unknown status \"maybe\""
        );
        assert_eq!(
            message("T1\tLOCATION 0 3\tقطر"),
            "line 1: the text \"قطر\" does not match the document's \"زار\" at 0..3 (is this the right .txt?)"
        );
    }
}
