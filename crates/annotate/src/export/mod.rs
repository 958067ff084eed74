//! Exports (brat, CoNLL BIO, JSONL, W3C Web Annotation) and the brat import.
//!
//! Every offset written is a count of Unicode scalar values into the document text, end
//! exclusive — Python `str` indices.

pub mod brat;
pub mod conll;
pub mod jsonl;
pub mod w3c;

pub use brat::{BratFiles, BratImport, ImportError, import_brat, to_brat};
pub use conll::to_conll;
pub use jsonl::to_jsonl_line;
pub use w3c::{to_w3c, w3c_annotations, w3c_page};

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
