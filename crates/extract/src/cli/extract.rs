//! `extract`: entities of articles, written out as they are produced.
//!
//! Offsets in every format are chars (Unicode scalar values) into the article's text as
//! the open hook returns it ([`ExtractHooks`]; by default a byte-order mark dropped and
//! line endings made `\n`, as [`Document::from_plain_text`] does), end exclusive.
//! - `json` (default): one pretty JSON document per file:
//!   `{"entities": [{"id", "mentions", "name", "title"?, "type"}], "file": …,
//!   "mentions": [{"end", "entity", "entity_id", "start", "text", "type"}]}`.
//! - `jsonl`: the same, one compact line per file. With `--lines`, every input line is an
//!   independent document and gets one line `{"line": N, "mentions": [{"end", "entity",
//!   "start", "text", "title"?, "type"}]}`, `N` 0-based, offsets relative to the line,
//!   `entity` the canonical name, `title` its title where it has one.
//! - `conll`: `token TAG` per line (BIO over PERSON/ORG/LOCATION/EVENT/DATE/TITLE/MISC;
//!   with `--scheme anercorp` over ANERcorp's PERS/LOC/ORG/MISC, events as MISC, dates and
//!   titles left out), a blank line after each sentence (each input line with `--lines`).
//! - `brat`: standoff `T1\tPERSON 12 23\ttext` lines; with `--lines` offsets stay relative
//!   to the whole file.
//!
//! Output goes through a buffer as it is produced: nothing holds the whole output. An
//! empty file gives an empty result. Unreadable or binary input: a message on stderr, exit
//! status 1, other files still done.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use rustc_hash::FxHashMap as HashMap;
use sahifa_model::{Annotations, Document, Entity, EntityId, MentionStatus};
use serde::ser::{SerializeMap, Serializer};
use serde_json::json;

use crate::Extractor;
use crate::token::tokenize_chars;

mod json_lines;
use json_lines::{LineOut, line_mentions};

/// Output formats of `extract`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum OutputFormat {
    /// One JSON document per file (entities and mentions).
    Json,
    /// One JSON object per line of output.
    Jsonl,
    /// `token TAG` lines, BIO tags, blank line between sentences.
    Conll,
    /// brat standoff (`T1\tPERSON 0 5\ttext`).
    Brat,
}

/// Arguments of `extract`.
#[derive(Clone, Debug, clap::Args)]
pub struct ExtractArgs {
    /// Output format.
    #[arg(long, value_enum, default_value = "json")]
    pub format: OutputFormat,
    /// Treat every input line as an independent document.
    #[arg(long)]
    pub lines: bool,
    /// Input files (UTF-8 text); `-` or none for standard input.
    pub files: Vec<PathBuf>,
    /// Whose conventions to follow: `news` (the reader's seven types) or `anercorp`
    /// (ANERcorp's: no «الجيش X» or «وزارة …» organisations, no event rules, currencies
    /// as MISC; see `sahifa_extract::scheme`).
    #[arg(long, default_value = "news")]
    pub scheme: crate::Scheme,
}

/// How [`run_extract_with`] turns files and standard input into articles — so the root
/// binary can plug in the full loader (HTML, Word, legacy encodings) without this crate
/// depending on it. Errors are shown to the user as they are.
pub struct ExtractHooks<'a> {
    /// Opens a (non-empty) file. [`open_utf8_text`] by default.
    pub open: &'a dyn Fn(&Path) -> Result<Document, String>,
    /// Makes an article of the (non-empty) bytes read from standard input.
    /// [`utf8_text_document`] by default.
    pub open_bytes: &'a dyn Fn(&[u8]) -> Result<Document, String>,
}

impl Default for ExtractHooks<'_> {
    fn default() -> Self {
        Self {
            open: &open_utf8_text,
            open_bytes: &utf8_text_document,
        }
    }
}

/// Opens a UTF-8 plain-text file as [`utf8_text_document`] reads its bytes.
pub fn open_utf8_text(path: &Path) -> Result<Document, String> {
    let bytes = crate::input::read_named(path)?;
    let mut doc = utf8_text_document(&bytes).map_err(|e| format!("{}: {e}", path.display()))?;
    doc.source.path = Some(path.to_owned());
    Ok(doc)
}

/// A plain-text article of UTF-8 bytes: binary data (NUL bytes) and invalid UTF-8 refused,
/// a byte-order mark dropped, line endings made `\n` ([`Document::from_plain_text`]).
pub fn utf8_text_document(bytes: &[u8]) -> Result<Document, String> {
    let text = crate::input::utf8_text(bytes).map_err(|e| e.to_string())?;
    Ok(Document::from_plain_text(text))
}

/// Opens one input: `-` is standard input; an empty file or input is an empty article.
fn open_input(path: &Path, hooks: &ExtractHooks<'_>) -> Result<Document, String> {
    if path.as_os_str() == "-" {
        let bytes = crate::input::read_named(path)?;
        if bytes.is_empty() {
            return Ok(Document::from_plain_text(""));
        }
        return (hooks.open_bytes)(&bytes).map_err(|e| format!("standard input: {e}"));
    }
    let meta =
        std::fs::metadata(path).map_err(|e| format!("{}: cannot read: {e}", path.display()))?;
    if meta.is_file() && meta.len() == 0 {
        let mut doc = Document::from_plain_text("");
        doc.source.path = Some(path.to_owned());
        return Ok(doc);
    }
    (hooks.open)(path)
}

/// Runs `extract` on plain UTF-8 text ([`ExtractHooks::default`]).
pub fn run_extract(args: &ExtractArgs) -> ExitCode {
    run_extract_with(args, &ExtractHooks::default())
}

/// Runs `extract`, opening inputs through `hooks`, writing to standard output, with the
/// user's knowledge store ([`crate::knowledge::default_path`]).
pub fn run_extract_with(args: &ExtractArgs, hooks: &ExtractHooks<'_>) -> ExitCode {
    run_extract_knowing(args, &super::KnowledgeArgs::default(), hooks)
}

/// [`run_extract_with`] with the knowledge store `knowledge` chooses (or none). For a
/// command that ends the process: the extractor is leaked, not freed (see below), so a
/// long-running program must not call it in a loop.
pub fn run_extract_knowing(
    args: &ExtractArgs,
    knowledge: &super::KnowledgeArgs,
    hooks: &ExtractHooks<'_>,
) -> ExitCode {
    let mut ex = match super::reader_extractor(knowledge, "sahifa extract") {
        Ok(ex) => ex,
        Err(e) => {
            eprintln!("sahifa extract: {e}");
            return ExitCode::FAILURE;
        }
    };
    ex.scheme = args.scheme;
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let status = match extract_to(&ex, args, hooks, &mut out) {
        Ok(true) => ExitCode::SUCCESS,
        // Unreadable inputs were reported; a closed pipe takes nothing more.
        Ok(false) | Err(_) => ExitCode::FAILURE,
    };
    // The command ends the process: freeing the lists' half a million strings one by
    // one («القاهرة», «بغداد» …) took as long as extracting seventy news lines.
    std::mem::forget(ex);
    status
}

/// Extracts every input of `args` into `out`; `Ok(false)` when some input could not be
/// read (each reported on stderr), `Err` when `out` failed.
pub fn extract_to(
    ex: &Extractor,
    args: &ExtractArgs,
    hooks: &ExtractHooks<'_>,
    out: &mut dyn Write,
) -> std::io::Result<bool> {
    let files = if args.files.is_empty() {
        vec![PathBuf::from("-")]
    } else {
        args.files.clone()
    };
    let mut ok = true;
    for f in &files {
        match open_input(f, hooks) {
            Ok(doc) => {
                write_document(ex, &f.display().to_string(), &doc, args, out)?;
                out.flush()?;
            }
            Err(e) => {
                eprintln!("sahifa extract: {e}");
                ok = false;
            }
        }
    }
    Ok(ok)
}

/// Writes one article's result in the chosen format.
fn write_document(
    ex: &Extractor,
    name: &str,
    doc: &Document,
    args: &ExtractArgs,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let text = doc.text.as_str();
    if args.lines {
        return write_lines(ex, text, args.format, out);
    }
    match args.format {
        OutputFormat::Json => {
            let ann = ex.extract(text);
            let mut ser = serde_json::Serializer::pretty(&mut *out);
            serialize_document(&mut ser, name, doc, &ann)?;
            out.write_all(b"\n")
        }
        OutputFormat::Jsonl => {
            let ann = ex.extract(text);
            serialize_document(&mut serde_json::Serializer::new(&mut *out), name, doc, &ann)?;
            out.write_all(b"\n")
        }
        OutputFormat::Conll => {
            let mut conll = Conll {
                anercorp_tags: ex.scheme == crate::Scheme::Anercorp,
                ..Conll::default()
            };
            ex.for_each_chunk(text, &|_| {}, &mut |_, chars, spans| {
                conll.piece(chars, &spans, out)
            });
            conll.finish(out)
        }
        OutputFormat::Brat => {
            let ann = ex.extract(text);
            let mut counter = 0;
            for m in &ann.mentions {
                let r = m.range;
                brat_line(
                    out,
                    &mut counter,
                    m.label.as_str(),
                    r.start(),
                    r.end(),
                    doc.text.slice(r),
                )?;
            }
            Ok(())
        }
    }
}

/// `--lines`: every line an independent document.
fn write_lines(
    ex: &Extractor,
    text: &str,
    format: OutputFormat,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    if text.is_empty() {
        return Ok(());
    }
    // A final empty piece after the last newline is not a line.
    let body = text.strip_suffix('\n').unwrap_or(text);
    let (mut offset, mut counter) = (0, 0);
    let mut conll = Conll {
        anercorp_tags: ex.scheme == crate::Scheme::Anercorp,
        ..Conll::default()
    };
    for (n, line) in body.split('\n').enumerate() {
        let line_len = line.chars().count();
        let line = line.strip_suffix('\r').unwrap_or(line);
        let chars: Vec<char> = line.chars().collect();
        match format {
            OutputFormat::Json | OutputFormat::Jsonl => {
                let ann = ex.extract(line);
                let v = LineOut {
                    line: n,
                    mentions: line_mentions(&chars, &ann),
                };
                serde_json::to_writer(&mut *out, &v)?;
                out.write_all(b"\n")?;
            }
            OutputFormat::Conll => {
                conll.piece(&chars, &ex.spans(&chars), out);
                conll.finish(out)?;
            }
            OutputFormat::Brat => {
                for m in &ex.extract(line).mentions {
                    let (s, e) = (m.range.start(), m.range.end());
                    let word: String = chars[s..e].iter().collect();
                    brat_line(
                        out,
                        &mut counter,
                        m.label.as_str(),
                        s + offset,
                        e + offset,
                        &word,
                    )?;
                }
            }
        }
        offset += line_len + 1;
    }
    Ok(())
}

/// One brat `T` line; line breaks inside the text become spaces.
fn brat_line(
    out: &mut dyn Write,
    counter: &mut usize,
    label: &str,
    start: usize,
    end: usize,
    text: &str,
) -> std::io::Result<()> {
    *counter += 1;
    let text = text.replace('\n', " ");
    writeln!(out, "T{counter}\t{label} {start} {end}\t{text}")
}

/// Entities by id, and how many visible mentions each has, in one pass over each list.
struct EntityIndex<'a> {
    by_id: HashMap<EntityId, (&'a Entity, usize)>,
}

impl<'a> EntityIndex<'a> {
    fn new(ann: &'a Annotations) -> Self {
        let mut by_id: HashMap<EntityId, (&Entity, usize)> =
            ann.entities.iter().map(|e| (e.id, (e, 0))).collect();
        for m in &ann.mentions {
            if m.status != MentionStatus::Rejected
                && let Some((_, n)) = m.entity.and_then(|id| by_id.get_mut(&id))
            {
                *n += 1;
            }
        }
        Self { by_id }
    }

    fn get(&self, id: Option<EntityId>) -> Option<&'a Entity> {
        id.and_then(|id| self.by_id.get(&id)).map(|(e, _)| *e)
    }

    fn count(&self, id: EntityId) -> usize {
        self.by_id.get(&id).map_or(0, |(_, n)| *n)
    }
}

/// Streams `{"entities": […], "file": …, "mentions": […]}` (keys in the order a
/// `serde_json::Value` prints them), one small value per entity and per mention.
fn serialize_document<W: Write, F: serde_json::ser::Formatter>(
    ser: &mut serde_json::Serializer<W, F>,
    name: &str,
    doc: &Document,
    ann: &Annotations,
) -> std::io::Result<()> {
    let index = EntityIndex::new(ann);
    let entities = serde_iter(ann.entities.iter().map(|e| {
        let mut v = json!({
            "id": e.id.0,
            "type": e.label.as_str(),
            "name": e.name,
            "mentions": index.count(e.id),
        });
        if let Some(t) = &e.title {
            v["title"] = json!(t);
        }
        v
    }));
    let mentions = serde_iter(ann.mentions.iter().map(|m| {
        let r = m.range;
        let entity = index.get(m.entity);
        let mut v = json!({
            "start": r.start(),
            "end": r.end(),
            "type": m.label.as_str(),
            "text": doc.text.slice(r),
            "entity": entity.map(|e| e.name.as_str()),
        });
        if let Some(e) = entity {
            v["entity_id"] = json!(e.id.0);
        }
        v
    }));
    let mut map = ser.serialize_map(Some(3))?;
    map.serialize_entry("entities", &entities)?;
    map.serialize_entry("file", name)?;
    map.serialize_entry("mentions", &mentions)?;
    map.end()?;
    Ok(())
}

/// Serialises an iterator's items as a JSON array without collecting them.
fn serde_iter<I>(items: I) -> SerdeIter<I> {
    SerdeIter(std::cell::Cell::new(Some(items)))
}

/// See [`serde_iter`]; serialisable once.
struct SerdeIter<I>(std::cell::Cell<Option<I>>);

impl<I> serde::Serialize for SerdeIter<I>
where
    I: Iterator,
    I::Item: serde::Serialize,
{
    fn serialize<S: Serializer>(&self, ser: S) -> Result<S::Ok, S::Error> {
        ser.collect_seq(self.0.take().into_iter().flatten())
    }
}

/// CoNLL output across pieces: `token TAG` lines, a blank line before each line start
/// and at the end of a document.
#[derive(Default)]
struct Conll {
    /// Something was written.
    any: bool,
    /// How many line breaks end the output (2 for two or more).
    tail: u8,
    /// ANERcorp's four tags (`PERS`, `LOC`, `ORG`, `MISC`; DATE and TITLE left out)
    /// instead of the seven types' names.
    anercorp_tags: bool,
    error: Option<std::io::Error>,
}

impl Conll {
    /// The tokens of one piece (`chars`) with their tags from `spans` (sorted, disjoint:
    /// one moving index finds each token's span).
    fn piece(&mut self, chars: &[char], spans: &[crate::Span], out: &mut dyn Write) {
        let mut k = 0;
        let mut prev: Option<usize> = None;
        let mut line = String::new();
        for t in tokenize_chars(chars) {
            if self.error.is_some() {
                return;
            }
            while k < spans.len() && spans[k].end <= t.start {
                k += 1;
            }
            let hit = spans
                .get(k)
                .filter(|s| s.start < t.end)
                .and_then(|s| Some((k, self.tag(s.label)?)));
            line.clear();
            if t.line_start && self.any && self.tail < 2 {
                line.push('\n');
            }
            line.extend(&chars[t.start..t.end]);
            match hit {
                Some((k, tag)) => {
                    let bio = if prev == Some(k) { 'I' } else { 'B' };
                    line.push_str(&format!(" {bio}-{tag}\n"));
                }
                None => line.push_str(" O\n"),
            }
            prev = hit.map(|(k, _)| k);
            (self.any, self.tail) = (true, 1);
            if let Err(e) = out.write_all(line.as_bytes()) {
                self.error = Some(e);
            }
        }
    }

    /// The tag written for `label`; `None` leaves the mention out.
    fn tag(&self, label: sahifa_model::Label) -> Option<&'static str> {
        if self.anercorp_tags {
            crate::eval::conll_type(label)
        } else {
            Some(label.as_str())
        }
    }

    /// Ends a document with a blank line.
    fn finish(&mut self, out: &mut dyn Write) -> std::io::Result<()> {
        if let Some(e) = self.error.take() {
            return Err(e);
        }
        if self.tail < 2 {
            out.write_all(b"\n")?;
            (self.any, self.tail) = (true, self.tail + 1);
        }
        Ok(())
    }
}
