//! Loading a sidecar: parsing, version checks, placing mentions in the current text.

use std::collections::HashSet;
use std::path::Path;

use serde::Deserialize;

use sahifa_model::{Annotations, DocText, Document, Entity, EntityId, Mention, TextRange};

use super::anchor::Anchorer;
use super::{
    FORMAT_MARKER, LoadWarning, SCHEMA_VERSION, SidecarEntity, SidecarError, SidecarFile,
    SidecarMention, UnplacedMention, UnplacedReason,
};

/// What [`load_sidecar`] returns.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LoadedAnnotations {
    /// The annotations, placed in the current text.
    pub annotations: Annotations,
    /// Mentions that could not be placed; never silently dropped.
    pub unplaced: Vec<UnplacedMention>,
    /// Things to tell the user.
    pub warnings: Vec<LoadWarning>,
    /// When the sidecar was first saved (RFC 3339), if recorded.
    pub created_at: Option<String>,
}

impl LoadedAnnotations {
    /// What to tell the user, as sentences: the warnings, then each unplaced mention — at
    /// most `max` of them, then «… and N more» (a damaged file can hold hundreds of
    /// thousands; nobody reads them one by one).
    pub fn messages(&self, max: usize) -> Vec<String> {
        let warnings = self.warnings.iter().map(ToString::to_string);
        let unplaced = self.unplaced.iter().map(|u| {
            format!(
                "not placed, its text was not found: {} «{}» (was at {}..{})",
                u.mention.label,
                u.text(),
                u.mention.start,
                u.mention.end
            )
        });
        let total = self.warnings.len() + self.unplaced.len();
        let mut out: Vec<String> = warnings.chain(unplaced).take(max).collect();
        if total > out.len() {
            out.push(format!("… and {} more", total - out.len()));
        }
        out
    }
}

/// A sidecar larger than this is not read (the loader's limit for an article): a file made
/// to exhaust memory, or a sparse one, would otherwise take the reader down.
pub const MAX_SIDECAR_BYTES: u64 = 256 * 1024 * 1024;

/// Reads and parses a sidecar file without interpreting it against a document.
pub fn read_sidecar_file(path: &Path) -> Result<SidecarFile, SidecarError> {
    let bytes = read_sidecar_bytes(path)?;
    parse_sidecar(path, &bytes)
}

/// The bytes of the sidecar at `path`. Only a regular file is opened (a named pipe would
/// block the open, a link to `/dev/zero` never end), and at most [`MAX_SIDECAR_BYTES`]
/// are read ([`SidecarError::TooLarge`]).
pub fn read_sidecar_bytes(path: &Path) -> Result<Vec<u8>, SidecarError> {
    use std::io::Read;
    let io = |source| SidecarError::Io {
        path: path.to_owned(),
        source,
    };
    let meta = std::fs::metadata(path).map_err(io)?;
    if !meta.is_file() {
        return Err(io(std::io::Error::new(
            std::io::ErrorKind::InvalidInput,
            "not a regular file (a folder, pipe or device), so it was not read",
        )));
    }
    let too_large = |size| SidecarError::TooLarge {
        path: path.to_owned(),
        size,
        limit: MAX_SIDECAR_BYTES,
    };
    if meta.len() > MAX_SIDECAR_BYTES {
        return Err(too_large(meta.len()));
    }
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0));
    std::fs::File::open(path)
        .and_then(|f| f.take(MAX_SIDECAR_BYTES + 1).read_to_end(&mut bytes))
        .map_err(io)?;
    if bytes.len() as u64 > MAX_SIDECAR_BYTES {
        return Err(too_large(bytes.len() as u64));
    }
    Ok(bytes)
}

/// The two fields read before the rest, so a file of another kind or version is told
/// apart without building the whole file in memory twice.
#[derive(Deserialize)]
struct Header {
    #[serde(default)]
    format: serde_json::Value,
    #[serde(default)]
    version: serde_json::Value,
}

/// Parses sidecar bytes; `path` is only used in errors. Touches no file: with
/// [`annotations_from_file`] this is the bytes-in entry point (fuzzing, tests).
pub fn parse_sidecar(path: &Path, bytes: &[u8]) -> Result<SidecarFile, SidecarError> {
    let header: Header = serde_json::from_slice(bytes).map_err(|e| {
        if e.is_eof() {
            SidecarError::Truncated {
                path: path.to_owned(),
            }
        } else if e.is_data() {
            // Valid JSON, but not an object.
            SidecarError::NotASidecar {
                path: path.to_owned(),
            }
        } else {
            SidecarError::Corrupt {
                path: path.to_owned(),
                line: e.line(),
                column: e.column(),
                message: e.to_string(),
            }
        }
    })?;
    if header.format.as_str() != Some(FORMAT_MARKER) {
        return Err(SidecarError::NotASidecar {
            path: path.to_owned(),
        });
    }
    let invalid = |message: String| SidecarError::Invalid {
        path: path.to_owned(),
        message,
    };
    let version = header
        .version
        .as_u64()
        .ok_or_else(|| invalid("\"version\" is missing or not a whole number".to_owned()))?;
    if version > u64::from(SCHEMA_VERSION) {
        return Err(SidecarError::NewerVersion {
            path: path.to_owned(),
            found: version,
            supported: SCHEMA_VERSION,
        });
    }
    let file: SidecarFile = serde_json::from_slice(bytes).map_err(|e| invalid(e.to_string()))?;
    let mut ids = HashSet::new();
    for e in &file.entities {
        if !ids.insert(e.id) {
            return Err(invalid(format!("entity id {} is used twice", e.id)));
        }
    }
    Ok(file)
}

/// Loads the annotations of `doc` from a sidecar.
///
/// When the article's content hash matches the sidecar's, mentions are taken at their
/// offsets (still checked against their quotes). When it differs, each mention is placed by
/// its quote and context (see the `anchor` module docs); mentions that cannot be placed are
/// returned in [`LoadedAnnotations::unplaced`] together with those already unplaced in the
/// file, and a [`LoadWarning::TextChanged`] is added. If the hash differs and fewer than
/// half of the mentions can be placed, the sidecar is taken to belong to another article
/// ([`SidecarError::DifferentDocument`]).
pub fn load_sidecar(path: &Path, doc: &Document) -> Result<LoadedAnnotations, SidecarError> {
    let file = read_sidecar_file(path)?;
    annotations_from_file(path, doc, file)
}

/// Like [`load_sidecar`], but places what it can even when the sidecar looks like it
/// belongs to another article — for an «Open anyway» answer to
/// [`SidecarError::DifferentDocument`]. Unplaced mentions are returned as usual.
pub fn load_sidecar_anyway(path: &Path, doc: &Document) -> Result<LoadedAnnotations, SidecarError> {
    let file = read_sidecar_file(path)?;
    place_annotations(path, doc, file, false)
}

/// [`load_sidecar`] on an already parsed file.
pub fn annotations_from_file(
    path: &Path,
    doc: &Document,
    file: SidecarFile,
) -> Result<LoadedAnnotations, SidecarError> {
    place_annotations(path, doc, file, true)
}

/// Places the file's mentions in `doc`'s text. With `check_document`, a changed text
/// where fewer than half the mentions fit is refused as another document.
fn place_annotations(
    path: &Path,
    doc: &Document,
    file: SidecarFile,
    check_document: bool,
) -> Result<LoadedAnnotations, SidecarError> {
    let text = &doc.text;
    let same_text = file.document.content_hash == doc.source.content_hash
        && file.document.char_len == text.char_len();
    let ids: HashSet<u32> = file.entities.iter().map(|e| e.id).collect();
    let (saved, duplicates) = without_duplicates(file.mentions, file.unplaced);
    let mut placement = place_mentions(text, saved, same_text, &ids);
    let (placed, unplaced) = (placement.placed.len(), placement.unplaced.len());
    let total = placed + unplaced;
    if check_document && !same_text && total > 0 && placed * 2 < total {
        return Err(SidecarError::DifferentDocument {
            path: path.to_owned(),
            recorded: file.document.path,
            placed,
            total,
        });
    }
    let warnings = placement.warnings(same_text, duplicates);
    let mut annotations = Annotations {
        entities: file.entities.into_iter().map(entity_of).collect(),
        mentions: placement.placed,
    };
    annotations.sort_mentions();
    Ok(LoadedAnnotations {
        annotations,
        unplaced: placement.unplaced,
        warnings,
        created_at: file.created_at,
    })
}

/// The saved mentions, placed or not, and what to say about them.
#[derive(Default)]
struct Placement {
    placed: Vec<Mention>,
    unplaced: Vec<UnplacedMention>,
    tally: Tally,
    /// Mentions' own warnings (an unknown entity), in text order.
    mention_warnings: Vec<LoadWarning>,
}

/// Places each saved mention (flagged when the file had it unplaced already).
fn place_mentions(
    text: &DocText,
    saved: Vec<(SidecarMention, bool)>,
    same_text: bool,
    ids: &HashSet<u32>,
) -> Placement {
    let mut anchorer = Anchorer::new(text);
    if !same_text {
        anchorer.find_quotes(saved.iter().map(|(m, _)| m.quote.exact.as_str()));
    }
    let mut out = Placement::default();
    for (m, was_unplaced) in saved {
        // Unchanged text: offsets are trusted once the quote agrees. Changed text: every
        // mention is searched, since its old offset may now hold the same word by chance.
        let kept = if same_text { anchorer.keep(&m) } else { None };
        // On unchanged text, a mention (not already unplaced) whose offsets do not fit
        // was damaged or edited by hand: the article did not change.
        let bad = same_text && kept.is_none() && !was_unplaced;
        if bad {
            out.tally.count_bad_offsets(&m, text.char_len());
        }
        match kept.or_else(|| anchorer.place(&m)) {
            Some(range) => {
                out.tally.count_placed(&m, range, bad);
                let entity = out.known_entity(&m, ids);
                out.placed.push(Mention {
                    range,
                    label: m.label,
                    entity,
                    status: m.status,
                });
            }
            None => out.unplaced.push(unplaced(m, text.char_len())),
        }
    }
    out
}

/// A mention that could not be placed, with the reason.
fn unplaced(mention: SidecarMention, len: usize) -> UnplacedMention {
    let reason = if mention.end > len {
        UnplacedReason::OutOfRange { len }
    } else {
        UnplacedReason::QuoteNotFound
    };
    UnplacedMention { mention, reason }
}

impl Placement {
    /// The mention's entity when the file has it; otherwise none, with a warning.
    fn known_entity(&mut self, m: &SidecarMention, ids: &HashSet<u32>) -> Option<EntityId> {
        match m.entity {
            Some(id) if !ids.contains(&id) => {
                self.mention_warnings.push(LoadWarning::UnknownEntity {
                    start: m.start,
                    entity: id,
                });
                None
            }
            other => other.map(EntityId),
        }
    }

    /// The warnings for the user: how the text changed (only when the hash differs) or
    /// how many offsets did not fit, repeated mentions dropped, then the mentions' own.
    fn warnings(&mut self, same_text: bool, duplicates: usize) -> Vec<LoadWarning> {
        let tally = &self.tally;
        let mut out = Vec::new();
        if !same_text {
            out.push(LoadWarning::TextChanged {
                unchanged: tally.unchanged,
                moved: tally.moved,
                unplaced: self.unplaced.len(),
            });
        } else if tally.out_of_range + tally.mismatched > 0 {
            out.push(LoadWarning::OffsetsDoNotFit {
                out_of_range: tally.out_of_range,
                mismatched: tally.mismatched,
                placed_by_text: tally.placed_by_text,
            });
        }
        if duplicates > 0 {
            out.push(LoadWarning::DuplicateMentions { count: duplicates });
        }
        out.append(&mut self.mention_warnings);
        out
    }
}

/// A saved entity as the model's.
fn entity_of(e: SidecarEntity) -> Entity {
    Entity {
        id: EntityId(e.id),
        label: e.label,
        name: e.name,
        title: e.title,
        note: e.note,
    }
}

/// The saved mentions and the file's unplaced ones (flagged `true`) in text order, each
/// (start, end, label) once — the first kept — and how many repeats were dropped. A
/// repeat would otherwise be «moved» onto another occurrence of its text.
fn without_duplicates(
    mentions: Vec<SidecarMention>,
    unplaced: Vec<SidecarMention>,
) -> (Vec<(SidecarMention, bool)>, usize) {
    let mut seen = HashSet::new();
    let mut duplicates = 0;
    let mut saved: Vec<(SidecarMention, bool)> = mentions
        .into_iter()
        .map(|m| (m, false))
        .chain(unplaced.into_iter().map(|m| (m, true)))
        .filter(|(m, _)| {
            let first = seen.insert((m.start, m.end, m.label));
            duplicates += usize::from(!first);
            first
        })
        .collect();
    saved.sort_by_key(|(m, _)| (m.start, m.end));
    (saved, duplicates)
}

/// Counts of how the saved mentions were placed.
#[derive(Default)]
struct Tally {
    unchanged: usize,
    moved: usize,
    /// Unchanged text, offsets past its end.
    out_of_range: usize,
    /// Unchanged text, offsets in range but not where the saved text is.
    mismatched: usize,
    /// Of those two, placed by their text.
    placed_by_text: usize,
}

impl Tally {
    fn count_bad_offsets(&mut self, m: &SidecarMention, len: usize) {
        if m.end > len || m.start > m.end {
            self.out_of_range += 1;
        } else {
            self.mismatched += 1;
        }
    }

    /// Counts a placed mention; `bad` when its offsets did not fit the unchanged text.
    fn count_placed(&mut self, m: &SidecarMention, range: TextRange, bad: bool) {
        if (range.start(), range.end()) == (m.start, m.end) {
            self.unchanged += 1;
        } else {
            self.moved += 1;
        }
        self.placed_by_text += usize::from(bad);
    }
}
