//! The lines of a brat `.ann`, read one by one: text-bound annotations checked against the
//! document's text, statuses, references and notes, kept until [`super::import`] forms
//! entities from them.

use std::collections::HashMap;

use sahifa_model::{DocText, Label, MentionStatus, TextRange};

use super::{ImportError, ImportProblem, unescape};

/// One line of a `.ann`, cut at its first two tabs.
pub(super) struct Line<'a> {
    /// 1-based line number.
    pub(super) no: usize,
    /// `T7`, `A3`, `N2`, `#1`, …
    pub(super) id: &'a str,
    /// Between the tabs: `PERSON 123 134`, `Status T7 confirmed`, …
    pub(super) middle: &'a str,
    /// After the second tab: the mention's text, a reference's name, a note.
    pub(super) rest: Option<&'a str>,
}

impl<'a> Line<'a> {
    pub(super) fn split(no: usize, line: &'a str) -> Self {
        let mut parts = line.splitn(3, '\t');
        Self {
            no,
            id: parts.next().unwrap_or_default(),
            middle: parts.next().unwrap_or_default(),
            rest: parts.next(),
        }
    }

    pub(super) fn error(&self, problem: ImportProblem) -> ImportError {
        ImportError {
            line: self.no,
            problem,
        }
    }
}

/// A text-bound annotation (`T` line) with what later lines said about it.
pub(super) struct TextBound {
    pub(super) id: String,
    pub(super) range: TextRange,
    pub(super) label: Label,
    pub(super) status: Option<MentionStatus>,
    pub(super) reference: Option<String>,
}

/// A normalisation (`N` line): text-bound annotation, key, name.
pub(super) struct Reference {
    pub(super) text_bound: usize,
    pub(super) key: String,
    pub(super) name: String,
}

/// An `AnnotatorNotes` (`#` line).
pub(super) struct Note {
    pub(super) line: usize,
    pub(super) text_bound: String,
    pub(super) text: String,
}

/// What the lines of a `.ann` say, before entities are formed.
#[derive(Default)]
pub(super) struct AnnLines {
    pub(super) text_bounds: Vec<TextBound>,
    /// Index in `text_bounds` of each `T` id.
    index: HashMap<String, usize>,
    /// In file order.
    pub(super) references: Vec<Reference>,
    pub(super) notes: Vec<Note>,
    saw_status: bool,
    pub(super) warnings: Vec<String>,
}

impl AnnLines {
    /// Reads one non-blank line.
    pub(super) fn read(&mut self, text: &DocText, line: &Line) -> Result<(), ImportError> {
        match line.id.chars().next() {
            Some('T') => self.read_text_bound(text, line),
            Some('A') | Some('M') => self.read_attribute(line),
            Some('N') => self.read_reference(line),
            Some('#') => {
                self.read_note(line);
                Ok(())
            }
            _ => {
                self.warnings.push(format!(
                    "line {}: {} skipped (only text annotations, statuses, references and notes are read)",
                    line.no, line.id
                ));
                Ok(())
            }
        }
    }

    /// Sahifa writes a Status for every mention and `sahifa:` references; other tools do not.
    pub(super) fn written_by_sahifa(&self) -> bool {
        self.saw_status || self.references.iter().any(|r| r.key.starts_with("sahifa:"))
    }

    /// The text-bound annotation a line refers to by its id.
    fn target(&self, line: &Line, word: Option<&str>) -> Result<usize, ImportError> {
        let w = word.unwrap_or_default();
        self.index
            .get(w)
            .copied()
            .ok_or_else(|| line.error(ImportProblem::UnknownTarget(w.to_owned())))
    }

    /// `T7<TAB>PERSON 123 134<TAB>سيف الهملان`, checked against the document's text.
    fn read_text_bound(&mut self, text: &DocText, line: &Line) -> Result<(), ImportError> {
        let (kind, offsets) = line
            .middle
            .split_once(' ')
            .ok_or_else(|| line.error(ImportProblem::NoOffsets))?;
        let label = Label::parse(kind).unwrap_or_else(|| {
            self.warnings.push(format!(
                "line {}: unknown type {kind:?} read as MISC",
                line.no
            ));
            Label::Misc
        });
        let fragments = parse_fragments(line, offsets)?;
        let start = fragments.iter().map(|f| f.0).min().unwrap_or(0);
        let end = fragments.iter().map(|f| f.1).max().unwrap_or(0);
        let range = text.range(start, end).map_err(|e| line.error(e.into()))?;
        let expected = fragments_text(text, line, &fragments)?;
        if let Some(found) = line.rest
            && found != expected
        {
            return Err(line.error(ImportProblem::TextMismatch {
                found: found.to_owned(),
                expected,
                start,
                end,
            }));
        }
        self.index
            .insert(line.id.to_owned(), self.text_bounds.len());
        self.text_bounds.push(TextBound {
            id: line.id.to_owned(),
            range,
            label,
            status: None,
            reference: None,
        });
        Ok(())
    }

    /// `A3<TAB>Status T7 confirmed`; other attributes are skipped with a warning.
    fn read_attribute(&mut self, line: &Line) -> Result<(), ImportError> {
        let mut words = line.middle.split_whitespace();
        let name = words.next().unwrap_or_default();
        if name != "Status" {
            self.warnings
                .push(format!("line {}: attribute {name:?} skipped", line.no));
            return Ok(());
        }
        let ti = self.target(line, words.next())?;
        let status = match words.next() {
            Some("auto") => MentionStatus::Auto,
            Some("confirmed") => MentionStatus::Confirmed,
            Some("manual") => MentionStatus::Manual,
            Some("rejected") => MentionStatus::Rejected,
            other => {
                return Err(line.error(ImportProblem::UnknownStatus(
                    other.unwrap_or_default().to_owned(),
                )));
            }
        };
        self.text_bounds[ti].status = Some(status);
        self.saw_status = true;
        Ok(())
    }

    /// `N2<TAB>Reference T7 sahifa:4<TAB>سيف الهملان`.
    fn read_reference(&mut self, line: &Line) -> Result<(), ImportError> {
        let mut words = line.middle.split_whitespace();
        let _kind = words.next();
        let ti = self.target(line, words.next())?;
        let key = words.next().unwrap_or_default().to_owned();
        let name = unescape(line.rest.unwrap_or_default());
        self.text_bounds[ti].reference = Some(key.clone());
        self.references.push(Reference {
            text_bound: ti,
            key,
            name,
        });
        Ok(())
    }

    /// `#1<TAB>AnnotatorNotes T7<TAB>title: …`, kept until entities exist.
    fn read_note(&mut self, line: &Line) {
        let mut words = line.middle.split_whitespace();
        let _kind = words.next();
        self.notes.push(Note {
            line: line.no,
            text_bound: words.next().unwrap_or_default().to_owned(),
            text: unescape(line.rest.unwrap_or_default()),
        });
    }
}

/// The `start end;start end` fragments of a `T` line.
fn parse_fragments(line: &Line, offsets: &str) -> Result<Vec<(usize, usize)>, ImportError> {
    let mut fragments = Vec::new();
    for fragment in offsets.split(';') {
        let mut nums = fragment.split_whitespace().map(str::parse::<usize>);
        match (nums.next(), nums.next(), nums.next()) {
            (Some(Ok(s)), Some(Ok(e)), None) => fragments.push((s, e)),
            _ => return Err(line.error(ImportProblem::BadOffsets(fragment.to_owned()))),
        }
    }
    Ok(fragments)
}

/// The document's text under `fragments`, joined by spaces as brat writes it.
fn fragments_text(
    text: &DocText,
    line: &Line,
    fragments: &[(usize, usize)],
) -> Result<String, ImportError> {
    let mut pieces = Vec::with_capacity(fragments.len());
    for &(s, e) in fragments {
        let r = text.range(s, e).map_err(|e| line.error(e.into()))?;
        pieces.push(text.slice(r));
    }
    Ok(pieces.join(" "))
}
