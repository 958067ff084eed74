//! The headless `export` command: `sahifa export --format FORMAT [--out PATH] [--overwrite] FILE…`.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use sahifa_model::{Annotations, Document};

use crate::export::{self, ExportFormat};
use crate::safe_write::write_file_atomically;
use crate::sidecar::{load_sidecar, sidecar_path_for};

mod error;
mod outputs;

pub use error::{ExportError, OpenTextError};
use outputs::{BratNames, Protected, check_outputs, plan_brat};

/// Arguments of `export`.
#[derive(Clone, Debug, clap::Args)]
pub struct ExportArgs {
    /// Output format.
    #[arg(long, value_enum)]
    pub format: ExportFormat,
    /// Where to write: a file for conll, jsonl and w3c (standard output when absent; an
    /// existing file is replaced, never an article or annotation file); a folder for brat
    /// (required), which gets NAME.txt and NAME.ann for each article (`a.v1.txt` →
    /// `a.v1.txt`, `a.v1.ann`; same names from different folders → `NAME-2`, …).
    #[arg(long)]
    pub out: Option<PathBuf>,
    /// A sidecar to read instead of ARTICLE.sahifa.json (only with a single FILE).
    #[arg(long)]
    pub annotations: Option<PathBuf>,
    /// Replace files already in the brat folder. Without it, an existing NAME.txt or
    /// NAME.ann is never replaced. Articles and annotation files are never written over.
    #[arg(long, alias = "force")]
    pub overwrite: bool,
    /// UTF-8 article files. Each one's annotations are read from its sidecar
    /// (ARTICLE.sahifa.json); an article without one is exported without annotations,
    /// with a note on standard error.
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
}

/// At most this many warnings are printed for one article; then «… and N more».
pub const MAX_WARNINGS_PER_FILE: usize = 20;

/// How [`run_export_with`] opens articles and annotates those without a sidecar — so the
/// root binary can plug in the full loader (HTML, Word, legacy encodings) and the
/// extractor without this crate depending on them.
pub struct ExportHooks<'a> {
    /// Opens an article; the error is shown to the user as is. [`open_utf8_text`] by
    /// default.
    pub open: &'a dyn Fn(&Path) -> Result<Document, String>,
    /// Annotates an article that has no sidecar (e.g. runs the extractor); `None` exports
    /// it without annotations.
    pub annotate: Option<&'a dyn Fn(&Document) -> Annotations>,
}

impl Default for ExportHooks<'_> {
    fn default() -> Self {
        Self {
            open: &open_utf8_text,
            annotate: None,
        }
    }
}

/// [`read_utf8_text`] as an [`ExportHooks::open`] hook: the error as its sentence.
pub fn open_utf8_text(file: &Path) -> Result<Document, String> {
    read_utf8_text(file).map_err(|e| e.to_string())
}

/// Opens a UTF-8 plain-text article (a byte-order mark is dropped, line endings become
/// `\n`); its blocks are its lines.
pub fn read_utf8_text(file: &Path) -> Result<Document, OpenTextError> {
    let bytes = std::fs::read(file).map_err(|source| OpenTextError::Read {
        path: file.to_owned(),
        source,
    })?;
    let text = String::from_utf8(bytes).map_err(|e| OpenTextError::NotUtf8 {
        path: file.to_owned(),
        at: e.utf8_error().valid_up_to(),
    })?;
    // Decoding strips a byte-order mark, as the app's loader (encoding_rs) does.
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(&text);
    let mut doc = Document::from_plain_text(text);
    doc.source.path = Some(file.to_owned());
    Ok(doc)
}

/// Reads one article and its annotations.
fn load(
    file: &Path,
    annotations: Option<&Path>,
    hooks: &ExportHooks<'_>,
) -> Result<(Document, Annotations), ExportError> {
    let doc = open(file, hooks)?;
    let sidecar = annotations
        .map(Path::to_owned)
        .unwrap_or_else(|| sidecar_path_for(file));
    if !sidecar.exists() {
        if annotations.is_some() {
            return Err(ExportError::NoAnnotationsFile(sidecar));
        }
        if doc.text.char_len() == 0 {
            eprintln!(
                "sahifa export: {} is empty; exported with no annotations",
                file.display()
            );
            return Ok((doc, Annotations::default()));
        }
        if let Some(annotate) = hooks.annotate {
            eprintln!(
                "sahifa export: no saved annotations for {} ({} not found); extracting them",
                file.display(),
                sidecar.display()
            );
            let ann = annotate(&doc);
            return Ok((doc, ann));
        }
        eprintln!(
            "sahifa export: no annotations for {} ({} not found); exporting it without annotations",
            file.display(),
            sidecar.display()
        );
        return Ok((doc, Annotations::default()));
    }
    let loaded = load_sidecar(&sidecar, &doc)?;
    for line in loaded.messages(MAX_WARNINGS_PER_FILE) {
        eprintln!("sahifa export: {}: {line}", file.display());
    }
    Ok((doc, loaded.annotations))
}

/// Opens an article; an empty file is an empty article (as `extract` treats it), whatever
/// the hook thinks of it.
fn open(file: &Path, hooks: &ExportHooks<'_>) -> Result<Document, ExportError> {
    let empty = std::fs::metadata(file).is_ok_and(|m| m.is_file() && m.len() == 0);
    if empty {
        let mut doc = Document::from_plain_text("");
        doc.source.path = Some(file.to_owned());
        return Ok(doc);
    }
    (hooks.open)(file).map_err(ExportError::Open)
}

fn write_out(out: Option<&Path>, content: &str) -> Result<(), ExportError> {
    match out {
        Some(path) => Ok(write_file_atomically(path, content.as_bytes())?),
        None => std::io::stdout()
            .lock()
            .write_all(content.as_bytes())
            .map_err(ExportError::Stdout),
    }
}

fn write_brat(names: &BratNames, doc: &Document, ann: &Annotations) -> Result<(), ExportError> {
    let files = export::to_brat(doc, ann);
    write_file_atomically(&names.txt, files.txt.as_bytes())?;
    Ok(write_file_atomically(&names.ann, files.ann.as_bytes())?)
}

/// The brat export: every output name decided and checked before anything is written.
fn run_brat(args: &ExportArgs, hooks: &ExportHooks<'_>) -> Result<(), ExportError> {
    let dir = args.out.as_deref().ok_or(ExportError::BratNeedsFolder)?;
    if dir.exists() && !dir.is_dir() {
        return Err(ExportError::NotAFolder(dir.to_owned()));
    }
    let (plan, notes) = plan_brat(dir, &args.files)?;
    let protected = Protected::new(&args.files, args.annotations.as_deref());
    let outputs: Vec<&Path> = plan
        .iter()
        .flatten()
        .flat_map(|n| [n.txt.as_path(), n.ann.as_path()])
        .collect();
    check_outputs(&outputs, &protected, args.overwrite)?;
    let mut docs = Vec::with_capacity(args.files.len());
    for (file, names) in args.files.iter().zip(&plan) {
        if let Some(names) = names {
            let (doc, ann) = load(file, args.annotations.as_deref(), hooks)?;
            docs.push((names, doc, ann));
        }
    }
    for note in notes {
        eprintln!("sahifa export: {note}");
    }
    std::fs::create_dir_all(dir).map_err(|source| ExportError::CreateFolder {
        path: dir.to_owned(),
        source,
    })?;
    for (names, doc, ann) in &docs {
        write_brat(names, doc, ann)?;
    }
    Ok(())
}

/// Runs `export` and returns why it failed, if it did (nothing printed for the error:
/// [`run_export_with`] prints it).
pub fn export(args: &ExportArgs, hooks: &ExportHooks<'_>) -> Result<(), ExportError> {
    if args.annotations.is_some() && args.files.len() > 1 {
        return Err(ExportError::AnnotationsForManyFiles);
    }
    if args.format == ExportFormat::Brat {
        return run_brat(args, hooks);
    }
    let out = args.out.as_deref();
    if let Some(out) = out {
        let protected = Protected::new(&args.files, args.annotations.as_deref());
        check_outputs(&[out], &protected, true)?;
    }
    let mut docs = Vec::with_capacity(args.files.len());
    for file in &args.files {
        docs.push(load(file, args.annotations.as_deref(), hooks)?);
    }
    let content = match args.format {
        ExportFormat::Conll => {
            let mut s = String::new();
            for (i, (doc, ann)) in docs.iter().enumerate() {
                if docs.len() > 1 {
                    if i > 0 {
                        s.push('\n');
                    }
                    s.push_str("-DOCSTART- O\n\n");
                }
                s.push_str(&export::to_conll(doc, ann));
            }
            s
        }
        ExportFormat::Jsonl => docs
            .iter()
            .map(|(doc, ann)| export::to_jsonl_line(doc, ann))
            .collect(),
        // brat returned above.
        ExportFormat::W3c | ExportFormat::Brat => {
            let items = docs
                .iter()
                .flat_map(|(doc, ann)| export::w3c_annotations(doc, ann))
                .collect();
            export::w3c_page(items)
        }
    };
    write_out(out, &content)
}

/// Runs `export`: reads each UTF-8 article and its sidecar, writes the export. Errors go
/// to standard error as `sahifa export: …`; exit code 1 on failure, 0 on success.
pub fn run_export(args: &ExportArgs) -> ExitCode {
    run_export_with(args, &ExportHooks::default())
}

/// [`run_export`] with the given way of opening and annotating articles.
pub fn run_export_with(args: &ExportArgs, hooks: &ExportHooks<'_>) -> ExitCode {
    match export(args, hooks) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("sahifa export: {error}");
            ExitCode::FAILURE
        }
    }
}
