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
use std::path::PathBuf;
use std::process::ExitCode;

use sahifa_model::Document;

use crate::Extractor;

mod conll;
mod inputs;
mod json_doc;
mod json_lines;
use conll::Conll;
use inputs::open_input;
pub use inputs::{ExtractHooks, open_utf8_text, utf8_text_document};
use json_doc::{EntityIndex, serialize_document};
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
            let mut conll = Conll::new(ex.scheme == crate::Scheme::Anercorp);
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
    let mut conll = Conll::new(ex.scheme == crate::Scheme::Anercorp);
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
