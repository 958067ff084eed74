//! What the library commands share: the library file, opening it, messages, JSON lines.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use sahifa_library::{Library, LibraryError};
use serde_json::Value;

use crate::model::Label;

/// `--library PATH`, common to every library command.
#[derive(clap::Args, Debug, Clone, Default)]
pub struct LibraryPath {
    /// The library file to use instead of the one in the user's data folder
    /// ($XDG_DATA_HOME/sahifa/library.sqlite).
    #[arg(long, value_name = "PATH")]
    pub library: Option<PathBuf>,
}

/// A type name as `sahifa extract` prints it, in any case (`--type person`).
pub(super) fn parse_type(s: &str) -> Result<Label, String> {
    Label::parse(s).ok_or_else(|| {
        let valid: Vec<&str> = Label::ALL.iter().map(|l| l.as_str()).collect();
        format!("no such type; the types are {}", valid.join(", "))
    })
}

/// The library file: `--library PATH` (made absolute, so messages name it whole), else
/// the one in the user's data folder.
pub(super) fn library_file(arg: &LibraryPath, command: &str) -> Result<PathBuf, ExitCode> {
    match &arg.library {
        Some(path) => Ok(std::path::absolute(path).unwrap_or_else(|_| path.clone())),
        None => Library::default_path().map_err(|e| fail(command, &e.to_string())),
    }
}

/// Says `message` on stderr and gives exit status 1.
pub(super) fn fail(command: &str, message: &str) -> ExitCode {
    eprintln!("{command}: {message}");
    ExitCode::FAILURE
}

/// Explains a library that cannot be opened; for a newer or damaged file, how to start anew.
pub(super) fn refused(command: &str, e: &LibraryError) -> ExitCode {
    let hint = match e {
        LibraryError::Newer { .. } | LibraryError::Corrupt { .. } => {
            "\nTo keep that file aside and start a new, empty library: sahifa library add --start-new DIR|FILE…"
        }
        _ => "",
    };
    fail(command, &format!("{e}{hint}"))
}

/// Opens an existing library for a query (a query never creates one).
pub(super) fn open_existing(arg: &LibraryPath, command: &str) -> Result<Library, ExitCode> {
    let path = library_file(arg, command)?;
    if !path.exists() {
        return Err(fail(
            command,
            &format!(
                "there is no library at {} yet; `sahifa library add FOLDER` makes it",
                path.display()
            ),
        ));
    }
    match Library::open(&path) {
        // A library on a read-only drive, folder or file is still read.
        Err(e) if e.is_read_only() => {
            Library::open_read_only(&path).map_err(|e| refused(command, &e))
        }
        opened => opened.map_err(|e| refused(command, &e)),
    }
}

/// Adds `"missing": true` to a line whose article file is gone (deleted or moved since it
/// was indexed): the library still answers from what it kept.
pub(super) fn mark_missing(mut line: Value, missing: bool) -> Value {
    if missing && let Value::Object(map) = &mut line {
        map.insert("missing".to_owned(), Value::Bool(true));
    }
    line
}

/// Writes one compact JSON object per line; a closed pipe (`| head`) ends quietly.
pub(super) fn print_lines(command: &str, mut lines: impl Iterator<Item = Value>) -> ExitCode {
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let written = lines
        .try_for_each(|v| writeln!(out, "{v}"))
        .and_then(|()| out.flush());
    match written {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => fail(command, &format!("cannot write the output: {e}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_type_is_accepted_in_any_case_and_a_bad_one_lists_the_valid_ones() {
        assert_eq!(parse_type("person"), Ok(Label::Person));
        assert_eq!(parse_type("Loc"), Ok(Label::Location));
        let err = parse_type("people").unwrap_err();
        assert!(
            err.contains("PERSON, ORG, LOCATION, EVENT, DATE, TITLE, MISC"),
            "{err}"
        );
    }
}
