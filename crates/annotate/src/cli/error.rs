//! [`ExportError`]: every way the `export` command can fail, each printed once as
//! `sahifa export: …`.

use std::path::PathBuf;

use crate::SaveError;
use crate::sidecar::SidecarError;

/// Why `export` failed. The `Display` text is the sentence printed after `sahifa export: `.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// The article could not be opened: the open hook's sentence, as it is.
    #[error("{0}")]
    Open(String),
    /// The file given with `--annotations` does not exist.
    #[error("{} does not exist", .0.display())]
    NoAnnotationsFile(PathBuf),
    /// The annotations file could not be used.
    #[error(transparent)]
    Sidecar(#[from] SidecarError),
    /// An output file could not be written.
    #[error(transparent)]
    Write(#[from] SaveError),
    /// Standard output could not be written.
    #[error("could not write to standard output: {0}")]
    Stdout(std::io::Error),
    /// `--annotations` with more than one article.
    #[error("--annotations can only be used with a single FILE")]
    AnnotationsForManyFiles,
    /// A brat export without `--out`.
    #[error("brat export needs --out FOLDER for the .txt and .ann files")]
    BratNeedsFolder,
    /// A brat `--out` that exists and is no folder.
    #[error("{} is not a folder; brat export needs --out FOLDER", .0.display())]
    NotAFolder(PathBuf),
    /// The brat folder could not be created.
    #[error("could not create {}: {source}", .path.display())]
    CreateFolder {
        /// The folder.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// An output is an article or an annotation file given to the command.
    #[error(
        "refusing to write {}: it is {what} {}; choose another output",
        .output.display(),
        .input.display()
    )]
    OutputIsAnInput {
        /// The output refused.
        output: PathBuf,
        /// «the article» or «the annotation file».
        what: &'static str,
        /// The input it is.
        input: PathBuf,
    },
    /// An output named like an annotation file.
    #[error(
        "refusing to write {}: a *.sahifa.json file holds saved annotations; choose another output",
        .0.display()
    )]
    OutputIsASidecar(PathBuf),
    /// An output file that is a folder.
    #[error("{} is a folder; give a file name", .0.display())]
    OutputIsAFolder(PathBuf),
    /// Two outputs are one file.
    #[error(
        "{} and {} are the same file; refusing to write either",
        .0.display(),
        .1.display()
    )]
    SameOutputTwice(PathBuf, PathBuf),
    /// A brat output exists and `--overwrite` was not given.
    #[error(
        "{} already exists and was not written by this export; use --overwrite to replace it, or choose an empty folder",
        .0.display()
    )]
    OutputExists(PathBuf),
    /// An input path without a file name (for its brat files).
    #[error("{} has no file name", .0.display())]
    NoFileName(PathBuf),
    /// More same-named inputs than `NAME-N` numbers.
    #[error("too many inputs with the same name")]
    TooManySameNames,
}

/// Why [`super::read_utf8_text`] could not open an article.
#[derive(Debug, thiserror::Error)]
pub enum OpenTextError {
    /// The file could not be read.
    #[error("could not read {}: {source}", .path.display())]
    Read {
        /// The file.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// The file is not UTF-8.
    #[error(
        "{} is not UTF-8 text (invalid byte at {at}); convert it or open it in Sahifa first",
        .path.display()
    )]
    NotUtf8 {
        /// The file.
        path: PathBuf,
        /// Byte offset of the first invalid byte.
        at: usize,
    },
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn export_errors_read_as_the_sentences_users_know() {
        let exists = ExportError::OutputExists(PathBuf::from("out/a.ann"));
        assert_eq!(
            exists.to_string(),
            "out/a.ann already exists and was not written by this export; use --overwrite to replace it, or choose an empty folder"
        );
        let input = ExportError::OutputIsAnInput {
            output: PathBuf::from("a.txt"),
            what: "the article",
            input: PathBuf::from("a.txt"),
        };
        assert_eq!(
            input.to_string(),
            "refusing to write a.txt: it is the article a.txt; choose another output"
        );
        let not_utf8 = OpenTextError::NotUtf8 {
            path: PathBuf::from("a.txt"),
            at: 7,
        };
        assert_eq!(
            not_utf8.to_string(),
            "a.txt is not UTF-8 text (invalid byte at 7); convert it or open it in Sahifa first"
        );
    }
}
