//! Exports (brat, CoNLL BIO, JSONL, W3C Web Annotation) and the brat import.
//!
//! Every offset written is a count of Unicode scalar values into the document text, end
//! exclusive — Python `str` indices.

pub mod brat;
pub mod conll;
pub mod jsonl;
pub mod w3c;

pub use brat::{BratFiles, BratImport, ImportError, ImportProblem, import_brat, to_brat};
pub use conll::to_conll;
pub use jsonl::to_jsonl_line;
pub use w3c::{to_w3c, w3c_annotations, w3c_page};

use std::path::{Path, PathBuf};

use sahifa_model::{Annotations, DocText, Document};

use crate::safe_write::{SaveError, write_file_atomically};

/// The export formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum ExportFormat {
    /// brat standoff: `NAME.txt` + `NAME.ann` in the output folder.
    Brat,
    /// CoNLL BIO: `TOKEN TAG` lines.
    Conll,
    /// JSONL: one document a line with `text` and `spans`.
    Jsonl,
    /// W3C Web Annotation JSON-LD.
    W3c,
}

impl ExportFormat {
    /// The usual file extension (for brat, of the annotation file).
    pub fn extension(self) -> &'static str {
        match self {
            ExportFormat::Brat => "ann",
            ExportFormat::Conll => "conll",
            ExportFormat::Jsonl => "jsonl",
            ExportFormat::W3c => "jsonld",
        }
    }
}

/// Writes one document's export to `out`, each file replaced atomically. For brat, `out`
/// is the `.ann` file and the `.txt` is written beside it with the same name
/// (`a.v1.ann` → `a.v1.txt`; an `out` ending in neither `.ann` nor `.txt` gets both
/// appended).
/// Refused: a `.txt` that is the article itself or an annotation file, and an existing
/// `.txt` whose content is not exactly the document text (someone else's file:
/// [`SaveError::Exists`]). Returns the files written.
pub fn write_export(
    format: ExportFormat,
    doc: &Document,
    ann: &Annotations,
    out: &Path,
) -> Result<Vec<PathBuf>, SaveError> {
    match format {
        ExportFormat::Brat => {
            let (txt_path, ann_path) = brat_pair(out);
            let is_article = |p: &Path| {
                doc.source.path.as_ref().is_some_and(|a| {
                    a == p
                        || matches!((a.canonicalize(), p.canonicalize()), (Ok(x), Ok(y)) if x == y)
                })
            };
            if is_article(&txt_path) || is_article(&ann_path) {
                return Err(SaveError::Invalid(format!(
                    "the brat file {} would overwrite the article; choose another name or folder",
                    txt_path.display()
                )));
            }
            let files = to_brat(doc, ann);
            if let Ok(existing) = std::fs::read(&txt_path)
                && existing != files.txt.as_bytes()
            {
                return Err(SaveError::Exists { path: txt_path });
            }
            write_file_atomically(&txt_path, files.txt.as_bytes())?;
            write_file_atomically(&ann_path, files.ann.as_bytes())?;
            Ok(vec![txt_path, ann_path])
        }
        ExportFormat::Conll => write_one(out, &to_conll(doc, ann)),
        ExportFormat::Jsonl => write_one(out, &to_jsonl_line(doc, ann)),
        ExportFormat::W3c => write_one(out, &to_w3c(doc, ann)),
    }
}

/// The brat `.txt` and `.ann` for an output named `out`.
fn brat_pair(out: &Path) -> (PathBuf, PathBuf) {
    let brat_ext = out
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("ann") || e.eq_ignore_ascii_case("txt"));
    if brat_ext {
        return (out.with_extension("txt"), out.with_extension("ann"));
    }
    let with = |ext: &str| crate::file_name::with_suffix(out, "", ext);
    (with(".txt"), with(".ann"))
}

fn write_one(out: &Path, content: &str) -> Result<Vec<PathBuf>, SaveError> {
    write_file_atomically(out, content.as_bytes())?;
    Ok(vec![out.to_owned()])
}

/// Reads a brat `.ann` file and imports it against `text` (see [`import_brat`]). A file
/// that cannot be read or is not UTF-8 is reported as line 0.
pub fn import_brat_file(path: &Path, text: &DocText) -> Result<BratImport, ImportError> {
    let content = std::fs::read_to_string(path).map_err(|source| ImportError {
        line: 0,
        problem: ImportProblem::Read {
            path: path.to_owned(),
            source,
        },
    })?;
    import_brat(text, &content)
}
