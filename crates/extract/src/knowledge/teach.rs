//! Lessons: what one save or one file teaches — names with their labels, strings rejected —
//! read from the app's annotations, sidecars, brat `.ann` files and JSONL exports.

use std::collections::BTreeMap;
use std::path::Path;

use sahifa_model::{Annotations, Label, MentionStatus};
use serde::Deserialize;

use super::index::KnowledgeIndex;
use super::{KnowledgeError, key};

/// One name in a lesson: how it was written and how often under each label.
#[derive(Clone, Debug, Default)]
struct Votes {
    text: String,
    by_label: [u32; 7],
    /// In how many documents of the lesson it was marked.
    docs: u32,
    /// The last document (numbered from 1) that marked it.
    last_doc: u32,
}

impl Votes {
    fn total(&self) -> u32 {
        self.by_label.iter().sum()
    }

    /// The label used most (the first of [`Label::ALL`] on a tie).
    fn label(&self) -> Label {
        let mut best = 0;
        for (i, &n) in self.by_label.iter().enumerate() {
            if n > self.by_label[best] {
                best = i;
            }
        }
        Label::ALL[best]
    }
}

fn label_index(label: Label) -> usize {
    Label::ALL.iter().position(|&l| l == label).unwrap_or(0)
}

/// What one save or one file teaches. Build it with [`Lesson::from_annotations`] (a save
/// in the app), [`lesson_from_file`] (`sahifa learn`), or by hand with
/// [`Lesson::add_name`] / [`Lesson::add_rejection`]; apply it with
/// [`super::KnowledgeStore::learn`].
#[derive(Clone, Debug, Default)]
pub struct Lesson {
    names: BTreeMap<String, Votes>,
    rejections: BTreeMap<(String, Option<Label>), String>,
    /// Texts of labelled data, for [`Lesson::drop_mostly_untagged`].
    texts: Vec<String>,
    /// Parts of the input that were skipped, for the user (bad lines, unknown labels).
    pub warnings: Vec<String>,
    /// Where the lesson comes from (an article's path or content hash, a file): a name a
    /// source already taught does not count twice ([`Lesson::with_source`]).
    pub source: Option<String>,
    /// The document being added (0 before any [`Lesson::add_labelled`]).
    doc: u32,
}

impl Lesson {
    /// An empty lesson.
    pub fn new() -> Self {
        Self::default()
    }

    /// What a save in the app teaches: confirmed and manual mentions (a retyped mention is
    /// confirmed under its new label) are names; rejected mentions are strings not to
    /// propose again under that label; automatic mentions teach nothing. `text` is the
    /// article's text the mention offsets (chars) point into.
    pub fn from_annotations(text: &str, ann: &Annotations) -> Self {
        let chars: Vec<char> = text.chars().collect();
        let mut lesson = Self::new();
        for m in &ann.mentions {
            let Some(s) = chars.get(m.range.start()..m.range.end()) else {
                continue;
            };
            let s: String = s.iter().collect();
            match m.status {
                MentionStatus::Confirmed | MentionStatus::Manual => lesson.add_name(&s, m.label),
                MentionStatus::Rejected => lesson.add_rejection(&s, Some(m.label)),
                MentionStatus::Auto => {}
            }
        }
        lesson.fold_clitic_forms();
        lesson
    }

    /// The lesson with its source set: the app passes the article's path (or its content
    /// hash), so saving the same article again does not count its names twice.
    pub fn with_source(mut self, source: impl Into<String>) -> Self {
        self.source = Some(source.into());
        self
    }

    /// Adds one occurrence of a name.
    pub fn add_name(&mut self, text: &str, label: Label) {
        let k = key(text);
        if k.is_empty() {
            return;
        }
        let v = self.names.entry(k).or_default();
        if v.text.is_empty() {
            text.trim().clone_into(&mut v.text);
        }
        let n = &mut v.by_label[label_index(label)];
        *n = n.saturating_add(1);
        let doc = self.doc.saturating_add(1);
        if v.last_doc != doc {
            v.last_doc = doc;
            v.docs = v.docs.saturating_add(1);
        }
    }

    /// Adds a rejected string (`None`: under any label).
    pub fn add_rejection(&mut self, text: &str, label: Option<Label>) {
        let k = key(text);
        if !k.is_empty() {
            self.rejections
                .entry((k, label))
                .or_insert_with(|| text.trim().to_owned());
        }
    }

    /// Adds a labelled text: its spans `(start, end, label)` (chars, end exclusive) are
    /// names; the text is kept for [`Lesson::drop_mostly_untagged`]. Spans outside the
    /// text are skipped with a warning.
    pub fn add_labelled(&mut self, text: &str, spans: &[(usize, usize, Label)]) {
        self.doc = self.doc.saturating_add(1);
        let chars: Vec<char> = text.chars().collect();
        for &(s, e, label) in spans {
            match chars.get(s..e).filter(|_| s < e) {
                Some(c) => self.add_name(&c.iter().collect::<String>(), label),
                None => self.warnings.push(format!(
                    "a span {s}..{e} outside its text of {} chars",
                    chars.len()
                )),
            }
        }
        self.texts.push(text.to_owned());
    }

    /// The names and the label each was taught with, when at least two thirds of its
    /// occurrences agree on it (a name marked ORG here and LOCATION there is ambiguous and
    /// not taught).
    pub fn names(&self) -> impl Iterator<Item = (&str, Label)> {
        self.names_in_docs().map(|(text, label, _)| (text, label))
    }

    /// [`Lesson::names`] with the number of documents (JSONL lines) that marked each.
    pub fn names_in_docs(&self) -> impl Iterator<Item = (&str, Label, u32)> {
        self.names.values().filter_map(|v| {
            let label = v.label();
            let agree = u64::from(v.by_label[label_index(label)]);
            (agree * 3 >= u64::from(v.total()) * 2).then_some((v.text.as_str(), label, v.docs))
        })
    }

    /// The rejected strings, except those the same lesson also teaches under that label
    /// (the user confirmed them somewhere: that wins).
    pub fn rejections(&self) -> impl Iterator<Item = (&str, Option<Label>)> {
        self.rejections.iter().filter_map(|((k, label), text)| {
            let taught = self
                .names
                .get(k)
                .is_some_and(|v| label.is_none_or(|l| v.by_label[label_index(l)] > 0));
            (!taught).then_some((text.as_str(), *label))
        })
    }

    /// Number of distinct names.
    pub fn len(&self) -> usize {
        self.names.len()
    }

    /// True when the lesson teaches and rejects nothing.
    pub fn is_empty(&self) -> bool {
        self.names.is_empty() && self.rejections.is_empty()
    }

    /// A name marked with its clitic («وألمانيا») that the lesson also has without it
    /// («ألمانيا») is counted as the latter.
    fn fold_clitic_forms(&mut self) {
        let with_clitic: Vec<String> = self
            .names
            .keys()
            .filter(|k| {
                let mut c = k.chars();
                matches!(c.next(), Some('و' | 'ف' | 'ب' | 'ل' | 'ك'))
                    && self.names.contains_key(c.as_str())
            })
            .cloned()
            .collect();
        for k in with_clitic {
            let Some(v) = self.names.remove(&k) else {
                continue;
            };
            let bare = k.chars().skip(1).collect::<String>();
            if let Some(b) = self.names.get_mut(&bare) {
                for (n, add) in b.by_label.iter_mut().zip(v.by_label) {
                    *n = n.saturating_add(add);
                }
                b.docs = b.docs.saturating_add(v.docs);
            }
        }
    }

    /// Drops names the labelled texts tag in fewer than half of the places they occur
    /// (found as extraction would find them): the data says they are mostly not names.
    /// Returns how many went.
    pub fn drop_mostly_untagged(&mut self) -> usize {
        if self.texts.is_empty() || self.names.is_empty() {
            return 0;
        }
        let keys: Vec<String> = self.names.keys().cloned().collect();
        let index = KnowledgeIndex::from_keys(keys.iter().map(|k| (k.as_str(), Label::Misc)));
        let mut seen = vec![0u32; keys.len()];
        for t in &self.texts {
            let chars: Vec<char> = t.chars().collect();
            for hit in index.find(&chars) {
                if let Some(n) = seen.get_mut(hit.pattern) {
                    *n = n.saturating_add(1);
                }
            }
        }
        let before = self.names.len();
        for (k, &n) in keys.iter().zip(&seen) {
            if self
                .names
                .get(k)
                .is_some_and(|v| v.total().saturating_mul(2) < n)
            {
                self.names.remove(k);
            }
        }
        before - self.names.len()
    }
}

fn input_err(path: &Path, message: impl Into<String>) -> KnowledgeError {
    KnowledgeError::Input {
        path: path.to_owned(),
        message: message.into(),
    }
}

/// Reads a file to learn from, by its name: a sidecar (`*.sahifa.json`, or any `.json`
/// with the sidecar marker), a brat `.ann` (with its `.txt` beside it when there is one),
/// or JSONL lines `{"text": …, "spans": [{"start", "end", "label"}]}` (char offsets). In
/// labelled files (JSONL, brat with text) every span is a name, and names the file tags in
/// fewer than half of their occurrences are dropped.
pub fn lesson_from_file(path: &Path) -> Result<Lesson, KnowledgeError> {
    let text = crate::input::read_utf8(path).map_err(|e| input_err(path, e.to_string()))?;
    let name = path.to_string_lossy().to_lowercase();
    let mut lesson = if name.ends_with(".jsonl") {
        from_jsonl(&text)
    } else if name.ends_with(".ann") {
        from_brat(&text, &path.with_extension("txt"))
    } else if name.ends_with(".json") {
        from_sidecar(path, &text)?
    } else {
        return Err(input_err(
            path,
            "not a sidecar (.sahifa.json), a brat .ann or a JSONL (.jsonl) file",
        ));
    };
    lesson.fold_clitic_forms();
    lesson.drop_mostly_untagged();
    let source = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_owned());
    Ok(lesson.with_source(source.to_string_lossy()))
}

#[derive(Deserialize)]
struct SidecarFile {
    format: String,
    version: u64,
    #[serde(default)]
    mentions: Vec<SidecarMention>,
}

#[derive(Deserialize)]
struct SidecarMention {
    label: Label,
    status: MentionStatus,
    quote: Quote,
}

#[derive(Deserialize)]
struct Quote {
    exact: String,
}

/// A sidecar (the schema of `sahifa_annotate::sidecar`, version 1): its mention quotes.
fn from_sidecar(path: &Path, text: &str) -> Result<Lesson, KnowledgeError> {
    let file: SidecarFile = serde_json::from_str(text)
        .map_err(|e| input_err(path, format!("not a Sahifa sidecar: {e}")))?;
    if file.format != "sahifa-annotations" {
        return Err(input_err(path, "not a Sahifa sidecar (format marker)"));
    }
    if file.version > 1 {
        return Err(input_err(
            path,
            format!(
                "sidecar version {} is newer than this Sahifa reads",
                file.version
            ),
        ));
    }
    let mut lesson = Lesson::new();
    for m in &file.mentions {
        match m.status {
            MentionStatus::Confirmed | MentionStatus::Manual => {
                lesson.add_name(&m.quote.exact, m.label)
            }
            MentionStatus::Rejected => lesson.add_rejection(&m.quote.exact, Some(m.label)),
            MentionStatus::Auto => {}
        }
    }
    Ok(lesson)
}

#[derive(Deserialize)]
struct JsonlLine {
    text: String,
    #[serde(default)]
    spans: Vec<JsonlSpan>,
}

#[derive(Deserialize)]
struct JsonlSpan {
    start: usize,
    end: usize,
    label: String,
}

fn from_jsonl(text: &str) -> Lesson {
    let mut lesson = Lesson::new();
    for (n, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let parsed: JsonlLine = match serde_json::from_str(line) {
            Ok(l) => l,
            Err(e) => {
                lesson.warnings.push(format!("line {}: {e}", n + 1));
                continue;
            }
        };
        let spans: Vec<(usize, usize, Label)> = parsed
            .spans
            .iter()
            .filter_map(|s| Label::parse(&s.label).map(|l| (s.start, s.end, l)))
            .collect();
        if spans.len() < parsed.spans.len() {
            lesson
                .warnings
                .push(format!("line {}: spans with an unknown label", n + 1));
        }
        lesson.add_labelled(&parsed.text, &spans);
    }
    lesson
}

/// brat standoff: `T1\tLABEL start end[;start end]\ttext` lines; the text field is the name.
fn from_brat(ann: &str, txt: &Path) -> Lesson {
    let mut lesson = Lesson::new();
    for (n, line) in ann.lines().enumerate() {
        if !line.starts_with('T') {
            continue;
        }
        let mut fields = line.splitn(3, '\t');
        let (_, Some(what), Some(name)) = (fields.next(), fields.next(), fields.next()) else {
            lesson
                .warnings
                .push(format!("line {}: not a text-bound annotation", n + 1));
            continue;
        };
        match what.split_whitespace().next().and_then(Label::parse) {
            Some(label) => lesson.add_name(name, label),
            None => lesson
                .warnings
                .push(format!("line {}: unknown label «{what}»", n + 1)),
        }
    }
    let text = crate::input::read_bytes(txt)
        .ok()
        .and_then(|b| String::from_utf8(b).ok());
    if let Some(text) = text {
        lesson.texts.push(text);
    }
    lesson
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_the_data_mostly_leaves_untagged_is_not_taught() {
        let mut l = Lesson::new();
        l.add_labelled("قال الماضي", &[(4, 10, Label::Person)]);
        l.add_labelled("العام الماضي والعام الماضي", &[]);
        l.add_labelled("زار سيف الهملان", &[(4, 15, Label::Person)]);
        assert_eq!(l.drop_mostly_untagged(), 1);
        let names: Vec<_> = l.names().map(|(t, _)| t.to_owned()).collect();
        assert_eq!(names, ["سيف الهملان"]);
    }

    #[test]
    fn a_clitic_form_counts_for_the_bare_name() {
        let mut l = Lesson::new();
        l.add_name("وألمانيا", Label::Location);
        l.add_name("ألمانيا", Label::Location);
        l.add_name("وليد", Label::Person);
        l.fold_clitic_forms();
        let names: Vec<_> = l.names().map(|(t, _)| t.to_owned()).collect();
        assert_eq!(names, ["ألمانيا", "وليد"]);
    }
}
