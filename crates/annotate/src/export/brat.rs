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
//! entities by label and [`normalise_name`] (TITLE mentions stay without entity); unknown
//! types become MISC with a warning.

use std::collections::hash_map::Entry;
use std::collections::{HashMap, HashSet};
use std::fmt;

use sahifa_model::{
    Annotations, DocText, Document, Entity, EntityId, Label, Mention, MentionStatus, TextRange,
};

use crate::words::normalise_name;

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
    let text = &doc.text;
    let mut out = String::new();
    let mut t_of: Vec<Option<usize>> = vec![None; ann.mentions.len()];
    let mut t = 0;
    let mut a = 0;
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
        a += 1;
        out.push_str(&format!("A{a}\tStatus T{t} {}\n", status_name(m.status)));
    }
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
        if let Some(&first) = ts.first() {
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
    BratFiles {
        txt: text.as_str().to_owned(),
        ann: out,
    }
}

/// Why a `.ann` file could not be imported.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportError {
    /// 1-based line number in the `.ann`.
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

impl std::error::Error for ImportError {}

/// An imported `.ann`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BratImport {
    /// The annotations.
    pub annotations: Annotations,
    /// Lines skipped or interpreted loosely, with their line numbers.
    pub warnings: Vec<String>,
}

struct TLine {
    id: String,
    range: TextRange,
    label: Label,
    status: Option<MentionStatus>,
    reference: Option<(String, String)>,
}

/// The entity id of a `sahifa:N` reference.
fn sahifa_id(key: &str) -> Option<u32> {
    key.strip_prefix("sahifa:")?.parse().ok()
}

/// The key a reference groups mentions by: `sahifa:N` with N as a number (so `sahifa:07`
/// and `sahifa:7` are one entity), any other key as written.
fn reference_key(key: &str) -> String {
    sahifa_id(key).map_or_else(|| key.to_owned(), |id| format!("sahifa:{id}"))
}

/// Hands out entity ids no reserved id uses: one past the largest, and once that would
/// pass `u32::MAX`, the smallest free ones.
struct IdAllocator {
    used: HashSet<u32>,
    /// Every id from here up is free; `None` once `u32::MAX` is used.
    above: Option<u32>,
    /// Ids below this are all used (scan position for the free ones).
    low: u32,
}

impl IdAllocator {
    fn new(reserved: impl Iterator<Item = u32>) -> Self {
        let used: HashSet<u32> = reserved.collect();
        let above = used.iter().max().map_or(Some(0), |m| m.checked_add(1));
        Self {
            used,
            above,
            low: 0,
        }
    }

    fn allocate(&mut self) -> Option<u32> {
        if let Some(n) = self.above {
            self.above = n.checked_add(1);
            self.used.insert(n);
            return Some(n);
        }
        while self.used.contains(&self.low) {
            self.low = self.low.checked_add(1)?;
        }
        self.used.insert(self.low);
        Some(self.low)
    }
}

/// Reads a brat `.ann` against the document text it annotates (see the module docs).
pub fn import_brat(text: &DocText, ann: &str) -> Result<BratImport, ImportError> {
    let mut ts: Vec<TLine> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    let mut warnings = Vec::new();
    let mut saw_status = false;
    // (line, T id, note text)
    let mut notes: Vec<(usize, String, String)> = Vec::new();
    // references in file order: (T index, key, name)
    let mut refs: Vec<(usize, String, String)> = Vec::new();
    for (n, line) in ann.lines().enumerate() {
        let line_no = n + 1;
        let err = |message: String| ImportError {
            line: line_no,
            message,
        };
        if line.trim().is_empty() {
            continue;
        }
        let mut parts = line.splitn(3, '\t');
        let id = parts.next().unwrap_or_default();
        let middle = parts.next().unwrap_or_default();
        let rest = parts.next();
        let target = |word: Option<&str>| -> Result<usize, ImportError> {
            let w = word.unwrap_or_default();
            index.get(w).copied().ok_or_else(|| {
                err(format!(
                    "refers to {w:?}, which is not a text annotation above"
                ))
            })
        };
        match id.chars().next() {
            Some('T') => {
                let (kind, offsets) = middle
                    .split_once(' ')
                    .ok_or_else(|| err("expected «TYPE START END»".to_owned()))?;
                let label = match Label::parse(kind) {
                    Some(l) => l,
                    None => {
                        warnings.push(format!("line {line_no}: unknown type {kind:?} read as MISC"));
                        Label::Misc
                    }
                };
                let mut frags = Vec::new();
                for frag in offsets.split(';') {
                    let mut nums = frag.split_whitespace().map(str::parse::<usize>);
                    match (nums.next(), nums.next(), nums.next()) {
                        (Some(Ok(s)), Some(Ok(e)), None) => frags.push((s, e)),
                        _ => return Err(err(format!("bad offsets {frag:?}"))),
                    }
                }
                let start = frags.iter().map(|f| f.0).min().unwrap_or(0);
                let end = frags.iter().map(|f| f.1).max().unwrap_or(0);
                let range = text.range(start, end).map_err(|e| err(e.to_string()))?;
                let mut pieces = Vec::new();
                for &(s, e) in &frags {
                    let r = text.range(s, e).map_err(|e| err(e.to_string()))?;
                    pieces.push(text.slice(r));
                }
                let expected = pieces.join(" ");
                if let Some(found) = rest
                    && found != expected
                {
                    return Err(err(format!(
                        "the text {found:?} does not match the document's {expected:?} at {start}..{end} (is this the right .txt?)"
                    )));
                }
                index.insert(id.to_owned(), ts.len());
                ts.push(TLine {
                    id: id.to_owned(),
                    range,
                    label,
                    status: None,
                    reference: None,
                });
            }
            Some('A') | Some('M') => {
                let mut words = middle.split_whitespace();
                let name = words.next().unwrap_or_default();
                if name != "Status" {
                    warnings.push(format!("line {line_no}: attribute {name:?} skipped"));
                    continue;
                }
                let ti = target(words.next())?;
                let status = match words.next() {
                    Some("auto") => MentionStatus::Auto,
                    Some("confirmed") => MentionStatus::Confirmed,
                    Some("manual") => MentionStatus::Manual,
                    Some("rejected") => MentionStatus::Rejected,
                    other => {
                        return Err(err(format!("unknown status {:?}", other.unwrap_or(""))));
                    }
                };
                ts[ti].status = Some(status);
                saw_status = true;
            }
            Some('N') => {
                let mut words = middle.split_whitespace();
                let _kind = words.next();
                let ti = target(words.next())?;
                let key = words.next().unwrap_or_default().to_owned();
                let name = unescape(rest.unwrap_or_default());
                ts[ti].reference = Some((key.clone(), name.clone()));
                refs.push((ti, key, name));
            }
            Some('#') => {
                let mut words = middle.split_whitespace();
                let _kind = words.next();
                let t_id = words.next().unwrap_or_default().to_owned();
                notes.push((line_no, t_id, unescape(rest.unwrap_or_default())));
            }
            _ => warnings.push(format!(
                "line {line_no}: {id} skipped (only text annotations, statuses, references and notes are read)"
            )),
        }
    }

    // Sahifa writes a Status for every mention; other tools do not.
    let ours = saw_status || refs.iter().any(|(_, key, _)| key.starts_with("sahifa:"));
    let mut entities: Vec<Entity> = Vec::new();
    let mut by_key: HashMap<String, EntityId> = HashMap::new();
    // Ids named by `sahifa:N` references are kept; other entities get ids none of them
    // uses. `sahifa:7` and `sahifa:07` are one entity (one id, never two entities).
    let mut ids = IdAllocator::new(refs.iter().filter_map(|(_, k, _)| sahifa_id(k)));
    let mut new_entity = |key: &str, label: Label, name: String, entities: &mut Vec<Entity>| {
        let id = match sahifa_id(key) {
            Some(id) => EntityId(id),
            None => EntityId(ids.allocate().ok_or_else(|| ImportError {
                line: 0,
                message: "too many entities: every entity number is in use".to_owned(),
            })?),
        };
        entities.push(Entity {
            id,
            label,
            name,
            title: None,
            note: None,
        });
        Ok::<_, ImportError>(id)
    };
    for (ti, key, name) in &refs {
        if let Entry::Vacant(slot) = by_key.entry(reference_key(key)) {
            let id = new_entity(slot.key(), ts[*ti].label, name.clone(), &mut entities)?;
            slot.insert(id);
        }
    }
    let mut mentions = Vec::with_capacity(ts.len());
    let mut entity_of_t: HashMap<String, EntityId> = HashMap::new();
    for t in &ts {
        let entity = match &t.reference {
            Some((key, _)) => by_key.get(&reference_key(key)).copied(),
            None if ours || t.label == Label::Title => None,
            None => {
                let mention_text = text.slice(t.range);
                let key = format!("text:{}:{}", t.label, normalise_name(mention_text));
                Some(match by_key.get(&key) {
                    Some(&id) => id,
                    None => {
                        let id = new_entity(&key, t.label, mention_text.to_owned(), &mut entities)?;
                        by_key.insert(key, id);
                        id
                    }
                })
            }
        };
        if let Some(id) = entity {
            entity_of_t.insert(t.id.clone(), id);
        }
        mentions.push(Mention {
            range: t.range,
            label: t.label,
            entity,
            status: t.status.unwrap_or(MentionStatus::Manual),
        });
    }
    for (line_no, t_id, note) in notes {
        let Some(id) = entity_of_t.get(&t_id) else {
            warnings.push(format!(
                "line {line_no}: note on {t_id}, which has no entity, skipped"
            ));
            continue;
        };
        let Some(e) = entities.iter_mut().find(|e| e.id == *id) else {
            continue;
        };
        if let Some(title) = note.strip_prefix("title: ") {
            e.title = Some(title.to_owned());
        } else {
            let body = note.strip_prefix("note: ").unwrap_or(&note).to_owned();
            e.note = Some(match e.note.take() {
                Some(old) => format!("{old}\n{body}"),
                None => body,
            });
        }
    }
    let mut annotations = Annotations { entities, mentions };
    annotations.sort_mentions();
    Ok(BratImport {
        annotations,
        warnings,
    })
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
}
