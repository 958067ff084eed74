//! The command line: `extract`, `eval`, `train`, `bench`.
//!
//! # Output of `extract`
//! Offsets in every format are chars (Unicode scalar values) into the decoded text (a
//! leading BOM removed), end exclusive.
//! - `json` (default): one pretty JSON document per file:
//!   `{"file": …, "entities": [{"id", "type", "name", "title"?, "mentions"}],
//!   "mentions": [{"start", "end", "type", "text", "entity", "entity_id"}]}`.
//! - `jsonl`: the same, one compact line per file. With `--lines`, every input line is an
//!   independent document and gets one line `{"line": N, "mentions": [{"start", "end",
//!   "type", "text", "entity"}]}`, `N` 0-based, offsets relative to the line, `entity` the
//!   canonical name.
//! - `conll`: `token TAG` per line (BIO over PERSON/ORG/LOCATION/EVENT/DATE/TITLE/MISC), a
//!   blank line after each sentence (each input line with `--lines`).
//! - `brat`: standoff `T1\tPERSON 12 23\ttext` lines; with `--lines` offsets stay relative
//!   to the whole file.
//!
//! Unreadable or binary input: a message on stderr, exit status 1, other files still done.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use sahifa_model::Annotations;
use serde_json::{Value, json};

use crate::Extractor;

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
}

/// Arguments of `eval`.
#[derive(Clone, Debug, clap::Args)]
pub struct EvalArgs {
    /// A CoNLL file (`token TAG`, BIO over PERS/LOC/ORG/MISC).
    pub file: PathBuf,
    /// Sentences per pseudo-document (document-level consistency works within one).
    #[arg(long, default_value_t = 1)]
    pub doc_size: usize,
    /// A CRFsuite model file to use instead of the shipped one.
    #[arg(long)]
    pub model: Option<PathBuf>,
    /// Score the CRF alone (no rules, no document-level consistency).
    #[arg(long)]
    pub crf_only: bool,
    /// Switch off document-level consistency only.
    #[arg(long)]
    pub no_spread: bool,
    /// Print every missed (-) and spurious (+) entity to stderr.
    #[arg(long)]
    pub errors: bool,
}

/// Arguments of `train`.
#[derive(Clone, Debug, clap::Args)]
pub struct TrainArgs {
    /// The data folder holding anercorp-train.conll and (optional) wikifane-gold.coarse.conll.
    #[arg(long)]
    pub data: PathBuf,
    /// The assets folder to write the model and derived gazetteers into.
    #[arg(long, default_value = "assets")]
    pub out: PathBuf,
    /// Jackknife folds for the harvested-gazetteer features.
    #[arg(long, default_value_t = 5)]
    pub folds: usize,
    /// L1 regularisation (prunes rare features; keeps the model small).
    #[arg(long, default_value_t = 0.2)]
    pub c1: f64,
    /// L2 regularisation.
    #[arg(long, default_value_t = 0.05)]
    pub c2: f64,
    /// L-BFGS iterations.
    #[arg(long, default_value_t = 300)]
    pub iterations: usize,
    /// Number of word clusters to learn (0 for none).
    #[arg(long, default_value_t = 256)]
    pub clusters: usize,
    /// Weight of WikiFANE sentences as extra training data (0: phrases and clusters only).
    #[arg(long, default_value_t = 0.0)]
    pub wiki_weight: f64,
    /// At most this many WikiFANE sentences as training data.
    #[arg(long, default_value_t = 3000)]
    pub wiki_max: usize,
}

/// Arguments of `bench`.
#[derive(Clone, Debug, clap::Args)]
pub struct BenchArgs {
    /// A text file, or a CoNLL file (each sentence's tokens joined with spaces).
    pub file: PathBuf,
    /// Characters per document the text is cut into (at line ends).
    #[arg(long, default_value_t = 8000)]
    pub doc_chars: usize,
    /// Time the CRF alone (no rules, no document consistency).
    #[arg(long)]
    pub crf_only: bool,
}

fn load_extractor(model: Option<&Path>) -> Result<Extractor, String> {
    match model {
        Some(p) => {
            let bytes = std::fs::read(p).map_err(|e| format!("{}: {e}", p.display()))?;
            Extractor::with_model(bytes).map_err(|e| e.to_string())
        }
        None => Extractor::shipped().map_err(|e| e.to_string()),
    }
}

/// Reads a file (or stdin for `-`) as UTF-8 text, refusing binary data.
pub fn read_text(path: &Path) -> Result<String, String> {
    let mut bytes = Vec::new();
    let name = path.display();
    if path.as_os_str() == "-" {
        std::io::stdin()
            .read_to_end(&mut bytes)
            .map_err(|e| format!("standard input: {e}"))?;
    } else {
        bytes = std::fs::read(path).map_err(|e| format!("{name}: cannot read: {e}"))?;
    }
    if bytes.contains(&0) {
        return Err(format!("{name}: binary data (NUL bytes), not a text file"));
    }
    let text = String::from_utf8(bytes).map_err(|e| {
        format!(
            "{name}: not UTF-8 text (invalid byte at offset {})",
            e.utf8_error().valid_up_to()
        )
    })?;
    Ok(text.strip_prefix('\u{FEFF}').unwrap_or(&text).to_owned())
}

fn mention_json(text_chars: &[char], ann: &Annotations, with_id: bool) -> Vec<Value> {
    ann.mentions
        .iter()
        .map(|m| {
            let r = m.range;
            let text: String = text_chars[r.start()..r.end()].iter().collect();
            let entity = m.entity.and_then(|id| ann.entity(id));
            let mut v = json!({
                "start": r.start(),
                "end": r.end(),
                "type": m.label.as_str(),
                "text": text,
                "entity": entity.map(|e| e.name.clone()),
            });
            if with_id && let Some(e) = entity {
                v["entity_id"] = json!(e.id.0);
            }
            v
        })
        .collect()
}

fn document_json(file: &str, chars: &[char], ann: &Annotations) -> Value {
    let entities: Vec<Value> = ann
        .entities
        .iter()
        .map(|e| {
            let mut v = json!({
                "id": e.id.0,
                "type": e.label.as_str(),
                "name": e.name,
                "mentions": ann.mentions_of(e.id).count(),
            });
            if let Some(t) = &e.title {
                v["title"] = json!(t);
            }
            v
        })
        .collect();
    json!({
        "file": file,
        "entities": entities,
        "mentions": mention_json(chars, ann, true),
    })
}

fn conll_lines(ex: &Extractor, chars: &[char], out: &mut String) {
    let spans = ex.spans(chars);
    let tokens = crate::token::tokenize_chars(chars);
    let mut prev: Option<usize> = None;
    for t in &tokens {
        if t.line_start && !out.is_empty() && !out.ends_with("\n\n") {
            out.push('\n');
        }
        let hit = spans
            .iter()
            .position(|s| s.start < t.end && t.start < s.end);
        let tag = match hit {
            Some(k) => {
                let bio = if prev == Some(k) { 'I' } else { 'B' };
                format!("{bio}-{}", spans[k].label.as_str())
            }
            None => "O".to_owned(),
        };
        prev = hit;
        let word: String = chars[t.start..t.end].iter().collect();
        out.push_str(&word);
        out.push(' ');
        out.push_str(&tag);
        out.push('\n');
    }
    if !out.ends_with("\n\n") {
        out.push('\n');
    }
}

fn brat_lines(chars: &[char], ann: &Annotations, offset: usize, counter: &mut usize) -> String {
    let mut out = String::new();
    for m in &ann.mentions {
        *counter += 1;
        let r = m.range;
        let text: String = chars[r.start()..r.end()]
            .iter()
            .map(|&c| if c == '\n' { ' ' } else { c })
            .collect();
        out.push_str(&format!(
            "T{}\t{} {} {}\t{}\n",
            counter,
            m.label.as_str(),
            r.start() + offset,
            r.end() + offset,
            text
        ));
    }
    out
}

fn process(ex: &Extractor, name: &str, text: &str, args: &ExtractArgs) -> String {
    let mut out = String::new();
    if args.lines {
        let mut offset = 0;
        let mut counter = 0;
        let mut pieces: Vec<&str> = text.split('\n').collect();
        if text.is_empty() || text.ends_with('\n') {
            // A final empty piece after the last newline is not a line.
            pieces.pop();
        }
        for (n, line) in pieces.into_iter().enumerate() {
            let line_len = line.chars().count();
            let line = line.strip_suffix('\r').unwrap_or(line);
            let chars: Vec<char> = line.chars().collect();
            match args.format {
                OutputFormat::Json | OutputFormat::Jsonl => {
                    let ann = ex.extract(line);
                    let v = json!({"line": n, "mentions": mention_json(&chars, &ann, false)});
                    out.push_str(&v.to_string());
                    out.push('\n');
                }
                OutputFormat::Conll => conll_lines(ex, &chars, &mut out),
                OutputFormat::Brat => {
                    let ann = ex.extract(line);
                    out.push_str(&brat_lines(&chars, &ann, offset, &mut counter));
                }
            }
            offset += line_len + 1;
        }
        return out;
    }
    let chars: Vec<char> = text.chars().collect();
    match args.format {
        OutputFormat::Json => {
            let ann = ex.extract(text);
            let v = document_json(name, &chars, &ann);
            out.push_str(&serde_json::to_string_pretty(&v).unwrap_or_default());
            out.push('\n');
        }
        OutputFormat::Jsonl => {
            let ann = ex.extract(text);
            out.push_str(&document_json(name, &chars, &ann).to_string());
            out.push('\n');
        }
        OutputFormat::Conll => conll_lines(ex, &chars, &mut out),
        OutputFormat::Brat => {
            let ann = ex.extract(text);
            out.push_str(&brat_lines(&chars, &ann, 0, &mut 0));
        }
    }
    out
}

/// Runs `extract`.
pub fn run_extract(args: &ExtractArgs) -> ExitCode {
    let ex = match load_extractor(None) {
        Ok(ex) => ex,
        Err(e) => {
            eprintln!("sahifa extract: {e}");
            return ExitCode::FAILURE;
        }
    };
    let files = if args.files.is_empty() {
        vec![PathBuf::from("-")]
    } else {
        args.files.clone()
    };
    let mut failed = false;
    let stdout = std::io::stdout();
    for f in &files {
        match read_text(f) {
            Ok(text) => {
                let name = f.display().to_string();
                let out = process(&ex, &name, &text, args);
                let mut lock = stdout.lock();
                if lock
                    .write_all(out.as_bytes())
                    .and_then(|_| lock.flush())
                    .is_err()
                {
                    // Closed pipe: nothing more can be written.
                    return ExitCode::FAILURE;
                }
            }
            Err(e) => {
                eprintln!("sahifa extract: {e}");
                failed = true;
            }
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// Runs `eval`.
pub fn run_eval(args: &EvalArgs) -> ExitCode {
    let mut ex = match load_extractor(args.model.as_deref()) {
        Ok(ex) => ex,
        Err(e) => {
            eprintln!("sahifa eval: {e}");
            return ExitCode::FAILURE;
        }
    };
    let text = match read_text(&args.file) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("sahifa eval: {e}");
            return ExitCode::FAILURE;
        }
    };
    ex.stages.rules = !args.crf_only;
    ex.stages.spread = !args.crf_only && !args.no_spread;
    let sentences = crate::conll::parse(&text);
    let scores = crate::eval::evaluate_verbose(&ex, &sentences, args.doc_size, args.errors);
    print!("{}", scores.report());
    ExitCode::SUCCESS
}

/// Runs `train`.
pub fn run_train(args: &TrainArgs) -> ExitCode {
    let cfg = crate::train::TrainConfig {
        data: args.data.clone(),
        out: args.out.clone(),
        folds: args.folds,
        c1: args.c1,
        c2: args.c2,
        iterations: args.iterations,
        clusters: args.clusters,
        wiki_weight: args.wiki_weight,
        wiki_max: args.wiki_max,
    };
    match crate::train::train(&cfg) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("sahifa train: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Runs `bench`: extraction throughput on one core, in MB/s of UTF-8 text.
pub fn run_bench(args: &BenchArgs) -> ExitCode {
    let mut ex = match load_extractor(None) {
        Ok(ex) => ex,
        Err(e) => {
            eprintln!("sahifa bench: {e}");
            return ExitCode::FAILURE;
        }
    };
    ex.stages.rules = !args.crf_only;
    ex.stages.spread = !args.crf_only;
    let raw = match read_text(&args.file) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("sahifa bench: {e}");
            return ExitCode::FAILURE;
        }
    };
    let looks_conll = raw
        .lines()
        .take(20)
        .filter(|l| !l.trim().is_empty())
        .all(|l| l.split_whitespace().count() == 2);
    let text = if looks_conll {
        crate::conll::parse(&raw)
            .iter()
            .map(|s| s.words.join(" "))
            .collect::<Vec<_>>()
            .join("\n")
    } else {
        raw
    };
    // Cut into article-sized documents at line ends.
    let mut docs = Vec::new();
    let mut cur = String::new();
    for line in text.lines() {
        cur.push_str(line);
        cur.push('\n');
        if cur.chars().count() >= args.doc_chars {
            docs.push(std::mem::take(&mut cur));
        }
    }
    if !cur.is_empty() {
        docs.push(cur);
    }
    let bytes: usize = docs.iter().map(String::len).sum();
    let t0 = std::time::Instant::now();
    let mut mentions = 0;
    for d in &docs {
        mentions += ex.extract(d).mentions.len();
    }
    let secs = t0.elapsed().as_secs_f64();
    println!(
        "{} documents, {:.2} MB, {} mentions in {:.2} s: {:.2} MB/s",
        docs.len(),
        bytes as f64 / 1e6,
        mentions,
        secs,
        bytes as f64 / 1e6 / secs.max(1e-9)
    );
    ExitCode::SUCCESS
}
