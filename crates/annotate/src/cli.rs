//! The headless `export` command: `sahifa export --format FORMAT [--out PATH] FILE…`.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use sahifa_model::{Annotations, Document};

use crate::export::{self, ExportFormat};
use crate::safe_write::write_file_atomically;
use crate::sidecar::{load_sidecar, sidecar_path_for};

/// Arguments of `export`.
#[derive(Clone, Debug, clap::Args)]
pub struct ExportArgs {
    /// Output format.
    #[arg(long, value_enum)]
    pub format: ExportFormat,
    /// Where to write: a file for conll, jsonl and w3c (standard output when absent); a
    /// folder for brat (required), which gets NAME.txt and NAME.ann for each article.
    #[arg(long)]
    pub out: Option<PathBuf>,
    /// A sidecar to read instead of ARTICLE.sahifa.json (only with a single FILE).
    #[arg(long)]
    pub annotations: Option<PathBuf>,
    /// UTF-8 article files. Each one's annotations are read from its sidecar
    /// (ARTICLE.sahifa.json); an article without one is exported without annotations,
    /// with a note on standard error.
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
}

/// Why an export failed; printed as `sahifa export: …`.
#[derive(Debug)]
struct CliError(String);

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

/// Opens a UTF-8 plain-text article (a byte-order mark is dropped, line endings become
/// `\n`); its blocks are its lines.
pub fn open_utf8_text(file: &Path) -> Result<Document, String> {
    let bytes =
        std::fs::read(file).map_err(|e| format!("could not read {}: {e}", file.display()))?;
    let text = String::from_utf8(bytes).map_err(|e| {
        format!(
            "{} is not UTF-8 text (invalid byte at {}); convert it or open it in Sahifa first",
            file.display(),
            e.utf8_error().valid_up_to()
        )
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
) -> Result<(Document, Annotations), CliError> {
    let doc = (hooks.open)(file).map_err(CliError)?;
    let sidecar = annotations
        .map(Path::to_owned)
        .unwrap_or_else(|| sidecar_path_for(file));
    if !sidecar.exists() {
        if annotations.is_some() {
            return Err(CliError(format!("{} does not exist", sidecar.display())));
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
    let loaded = load_sidecar(&sidecar, &doc).map_err(|e| CliError(e.to_string()))?;
    for w in &loaded.warnings {
        eprintln!("sahifa export: {}: {w}", file.display());
    }
    for u in &loaded.unplaced {
        eprintln!(
            "sahifa export: {}: not exported, could not be placed: {} «{}» (was at {}..{})",
            file.display(),
            u.mention.label,
            u.text(),
            u.mention.start,
            u.mention.end
        );
    }
    Ok((doc, loaded.annotations))
}

fn write_out(out: Option<&Path>, content: &str) -> Result<(), CliError> {
    match out {
        Some(path) => {
            write_file_atomically(path, content.as_bytes()).map_err(|e| CliError(e.to_string()))
        }
        None => std::io::stdout()
            .lock()
            .write_all(content.as_bytes())
            .map_err(|e| CliError(format!("could not write to standard output: {e}"))),
    }
}

fn write_brat(dir: &Path, file: &Path, doc: &Document, ann: &Annotations) -> Result<(), CliError> {
    let stem = file
        .file_stem()
        .ok_or_else(|| CliError(format!("{} has no file name", file.display())))?;
    let txt = dir.join(stem).with_extension("txt");
    let ann_path = dir.join(stem).with_extension("ann");
    let same = |a: &Path, b: &Path| match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    };
    if same(&txt, file) {
        return Err(CliError(format!(
            "refusing to overwrite the article {} with the brat .txt; choose another --out folder",
            file.display()
        )));
    }
    export::write_export(ExportFormat::Brat, doc, ann, &ann_path)
        .map(drop)
        .map_err(|e| CliError(e.to_string()))
}

fn run(args: &ExportArgs, hooks: &ExportHooks<'_>) -> Result<(), CliError> {
    if args.annotations.is_some() && args.files.len() > 1 {
        return Err(CliError(
            "--annotations can only be used with a single FILE".to_owned(),
        ));
    }
    let mut docs = Vec::with_capacity(args.files.len());
    for file in &args.files {
        let (doc, ann) = load(file, args.annotations.as_deref(), hooks)?;
        docs.push((file, doc, ann));
    }
    let out = args.out.as_deref();
    match args.format {
        ExportFormat::Brat => {
            let dir = out.ok_or_else(|| {
                CliError("brat export needs --out FOLDER for the .txt and .ann files".to_owned())
            })?;
            std::fs::create_dir_all(dir)
                .map_err(|e| CliError(format!("could not create {}: {e}", dir.display())))?;
            for (file, doc, ann) in &docs {
                write_brat(dir, file, doc, ann)?;
            }
            Ok(())
        }
        ExportFormat::Conll => {
            let mut s = String::new();
            for (i, (_, doc, ann)) in docs.iter().enumerate() {
                if docs.len() > 1 {
                    if i > 0 {
                        s.push('\n');
                    }
                    s.push_str("-DOCSTART- O\n\n");
                }
                s.push_str(&export::to_conll(doc, ann));
            }
            write_out(out, &s)
        }
        ExportFormat::Jsonl => {
            let s: String = docs
                .iter()
                .map(|(_, doc, ann)| export::to_jsonl_line(doc, ann))
                .collect();
            write_out(out, &s)
        }
        ExportFormat::W3c => {
            let items = docs
                .iter()
                .flat_map(|(_, doc, ann)| export::w3c_annotations(doc, ann))
                .collect();
            write_out(out, &export::w3c_page(items))
        }
    }
}

/// Runs `export`: reads each UTF-8 article and its sidecar, writes the export. Errors go
/// to standard error as `sahifa export: …`; exit code 1 on failure, 0 on success.
pub fn run_export(args: &ExportArgs) -> ExitCode {
    run_export_with(args, &ExportHooks::default())
}

/// [`run_export`] with the given way of opening and annotating articles.
pub fn run_export_with(args: &ExportArgs, hooks: &ExportHooks<'_>) -> ExitCode {
    match run(args, hooks) {
        Ok(()) => ExitCode::SUCCESS,
        Err(CliError(message)) => {
            eprintln!("sahifa export: {message}");
            ExitCode::FAILURE
        }
    }
}
