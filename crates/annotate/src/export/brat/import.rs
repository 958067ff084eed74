//! Reading a brat `.ann` back into annotations (see the module docs of [`super`]): the
//! lines are read first ([`AnnLines`]), then entities are formed here from references and
//! from mentions' texts, and given their notes.

use std::collections::{HashMap, HashSet};

use sahifa_model::{Annotations, DocText, Entity, EntityId, Label, Mention, MentionStatus};

use super::ann_lines::{AnnLines, Line, Note, Reference, TextBound};
use crate::words::normalise_name;

/// Why a `.ann` file could not be imported: the line and what is wrong with it. Shown as
/// `line N: …`; line 0 is the file as a whole.
#[derive(Debug, thiserror::Error)]
#[error("line {line}: {problem}")]
pub struct ImportError {
    /// 1-based line number in the `.ann`; 0 for the whole file.
    pub line: usize,
    /// What is wrong.
    pub problem: ImportProblem,
}

/// What is wrong with a `.ann` line (or file).
#[derive(Debug, thiserror::Error)]
pub enum ImportProblem {
    /// The file could not be read (or is not UTF-8).
    #[error("could not read {}: {source}", .path.display())]
    Read {
        /// The `.ann` file.
        path: std::path::PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// A `T` line without `TYPE START END`.
    #[error("expected «TYPE START END»")]
    NoOffsets,
    /// A fragment that is not two numbers.
    #[error("bad offsets {0:?}")]
    BadOffsets(String),
    /// Offsets outside the document's text.
    #[error(transparent)]
    OutOfText(#[from] sahifa_model::RangeError),
    /// The text written in the line is not the document's text at its offsets.
    #[error(
        "the text {found:?} does not match the document's {expected:?} at {start}..{end} (is this the right .txt?)"
    )]
    TextMismatch {
        /// The text in the `.ann`.
        found: String,
        /// The document's text at the offsets.
        expected: String,
        /// First offset.
        start: usize,
        /// Last offset (exclusive).
        end: usize,
    },
    /// A status, reference or note on a `T` id not defined above.
    #[error("refers to {0:?}, which is not a text annotation above")]
    UnknownTarget(String),
    /// A `Status` attribute with a value Sahifa does not know.
    #[error("unknown status {0:?}")]
    UnknownStatus(String),
    /// More entities than entity numbers.
    #[error("too many entities: every entity number is in use")]
    NoFreeEntityId,
}

/// An imported `.ann`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BratImport {
    /// The annotations.
    pub annotations: Annotations,
    /// Lines skipped or interpreted loosely, with their line numbers.
    pub warnings: Vec<String>,
}

/// Reads a brat `.ann` against the document text it annotates (see the module docs).
pub fn import_brat(text: &DocText, ann: &str) -> Result<BratImport, ImportError> {
    let mut lines = AnnLines::default();
    for (n, line) in ann.lines().enumerate() {
        if !line.trim().is_empty() {
            lines.read(text, &Line::split(n + 1, line))?;
        }
    }
    let ours = lines.written_by_sahifa();
    let mut entities = EntityTable::new(&lines.references);
    for r in &lines.references {
        entities.get_or_add(
            reference_key(&r.key),
            lines.text_bounds[r.text_bound].label,
            &r.name,
        )?;
    }
    let mut mentions = Vec::with_capacity(lines.text_bounds.len());
    let mut entity_of_t: HashMap<&str, EntityId> = HashMap::new();
    for t in &lines.text_bounds {
        let entity = entities.of_text_bound(text, t, ours)?;
        if let Some(id) = entity {
            entity_of_t.insert(&t.id, id);
        }
        mentions.push(Mention {
            range: t.range,
            label: t.label,
            entity,
            status: t.status.unwrap_or(MentionStatus::Manual),
        });
    }
    let mut entities = entities.list;
    let mut warnings = lines.warnings;
    for note in &lines.notes {
        attach_note(&mut entities, &entity_of_t, note, &mut warnings);
    }
    let mut annotations = Annotations { entities, mentions };
    annotations.sort_mentions();
    Ok(BratImport {
        annotations,
        warnings,
    })
}

/// The entities formed so far, by the key that groups mentions into them.
struct EntityTable {
    list: Vec<Entity>,
    by_key: HashMap<String, EntityId>,
    ids: IdAllocator,
}

impl EntityTable {
    /// Ids named by `sahifa:N` references are kept; other entities get ids none of them
    /// uses. `sahifa:7` and `sahifa:07` are one entity (one id, never two entities).
    fn new(references: &[Reference]) -> Self {
        Self {
            list: Vec::new(),
            by_key: HashMap::new(),
            ids: IdAllocator::new(references.iter().filter_map(|r| sahifa_id(&r.key))),
        }
    }

    /// The entity of `key`, created with `label` and `name` if there is none yet.
    fn get_or_add(
        &mut self,
        key: String,
        label: Label,
        name: &str,
    ) -> Result<EntityId, ImportError> {
        if let Some(&id) = self.by_key.get(&key) {
            return Ok(id);
        }
        let id = match sahifa_id(&key) {
            Some(id) => EntityId(id),
            None => EntityId(self.ids.allocate().ok_or(ImportError {
                line: 0,
                problem: ImportProblem::NoFreeEntityId,
            })?),
        };
        self.list.push(Entity {
            id,
            label,
            name: name.to_owned(),
            title: None,
            note: None,
        });
        self.by_key.insert(key, id);
        Ok(id)
    }

    /// The entity of a mention: its reference's; none in Sahifa's own files and for
    /// TITLE mentions; otherwise the one of its label and normalised text.
    fn of_text_bound(
        &mut self,
        text: &DocText,
        t: &TextBound,
        ours: bool,
    ) -> Result<Option<EntityId>, ImportError> {
        match &t.reference {
            Some(key) => Ok(self.by_key.get(&reference_key(key)).copied()),
            None if ours || t.label == Label::Title => Ok(None),
            None => {
                let mention_text = text.slice(t.range);
                let key = format!("text:{}:{}", t.label, normalise_name(mention_text));
                self.get_or_add(key, t.label, mention_text).map(Some)
            }
        }
    }
}

/// Gives a note's title or note to the entity of its text-bound annotation.
fn attach_note(
    entities: &mut [Entity],
    entity_of_t: &HashMap<&str, EntityId>,
    note: &Note,
    warnings: &mut Vec<String>,
) {
    let Some(id) = entity_of_t.get(note.text_bound.as_str()) else {
        warnings.push(format!(
            "line {}: note on {}, which has no entity, skipped",
            note.line, note.text_bound
        ));
        return;
    };
    let Some(e) = entities.iter_mut().find(|e| e.id == *id) else {
        return;
    };
    if let Some(title) = note.text.strip_prefix("title: ") {
        e.title = Some(title.to_owned());
    } else {
        let body = note.text.strip_prefix("note: ").unwrap_or(&note.text);
        e.note = Some(match e.note.take() {
            Some(old) => format!("{old}\n{body}"),
            None => body.to_owned(),
        });
    }
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
