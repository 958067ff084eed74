//! `sahifa library`: the library from the command line — add articles, list the
//! entities, the articles of one entity, full-text search — the same engine as the app's
//! library view (`sahifa_library`), JSON lines on stdout, messages on stderr.
//!
//! A library file from a newer Sahifa or a damaged one is never touched: every command
//! says so, naming the file, and exits with 1; `library add --start-new` keeps the old
//! file aside and starts a new, empty library.
//!
//! One file per command: `add.rs` (with `progress.rs`), `entities.rs`, `articles.rs`,
//! `search.rs`; here the command line itself and what they share (the library file,
//! opening it, messages, JSON lines).

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use sahifa_library::{Library, LibraryError};
use serde_json::Value;

use crate::model::Label;

mod add;
mod articles;
mod entities;
mod progress;
mod search;

pub use add::AddArgs;
pub use articles::ArticlesArgs;
pub use entities::EntitiesArgs;
pub use search::SearchArgs;

/// `sahifa library …`.
#[derive(clap::Args, Debug)]
pub struct LibraryArgs {
    #[command(subcommand)]
    pub command: LibraryCommand,
}

/// The library's commands.
#[derive(clap::Subcommand, Debug)]
pub enum LibraryCommand {
    /// Index article files and folders (recursively) into the library; unchanged files
    /// are skipped, files that fail are listed on stderr, the rest go on.
    ///
    /// Ends with one line on stdout: «N indexed, N unchanged, N failed, N missing in S s
    /// (library PATH)»; each file that failed is a «PATH: message» line on stderr. Exit
    /// status 0 even when some files failed; 1 when the library file is from a newer
    /// Sahifa or damaged (it is left untouched: --start-new keeps it aside and starts
    /// anew). Ctrl-C stops after the articles in hand, prints the summary (starting
    /// «cancelled:») and exits with 130. A killed run loses at most the last batch;
    /// adding again resumes.
    Add(AddArgs),
    /// Every entity of the library as a JSON line
    /// {"entity", "type", "articles", "mentions"}, most articles first.
    Entities(EntitiesArgs),
    /// The articles an entity appears in, as JSON lines
    /// {"path", "mentions", "first": {"start", "end"}}, most mentions first.
    ///
    /// Offsets are chars (Unicode scalar values) of the article's text. When the name
    /// matches several entities, the best match is listed (an exact name before an alias,
    /// then the one in most articles) and stderr names the others: --type chooses among
    /// them. No match: a message and exit status 1. An article whose file is gone since
    /// it was indexed is marked "missing": true.
    Articles(ArticlesArgs),
    /// Loose full-text search over every article, as JSON lines
    /// {"path", "start", "end", "snippet"}.
    ///
    /// No hit: no line, exit status 0. A query with no letter or digit (only harakat,
    /// tatweel or punctuation): a message and exit status 1.
    Search(SearchArgs),
}

/// `--library PATH`, common to every library command.
#[derive(clap::Args, Debug, Clone, Default)]
pub struct LibraryPath {
    /// The library file to use instead of the one in the user's data folder
    /// ($XDG_DATA_HOME/sahifa/library.sqlite).
    #[arg(long, value_name = "PATH")]
    pub library: Option<PathBuf>,
}

/// A type name as `sahifa extract` prints it, in any case (`--type person`).
fn parse_type(s: &str) -> Result<Label, String> {
    Label::parse(s).ok_or_else(|| {
        let valid: Vec<&str> = Label::ALL.iter().map(|l| l.as_str()).collect();
        format!("no such type; the types are {}", valid.join(", "))
    })
}

/// Runs `sahifa library …`.
pub fn run_library(args: &LibraryArgs) -> ExitCode {
    let outcome = match &args.command {
        LibraryCommand::Add(a) => add::run_add(a),
        LibraryCommand::Entities(a) => entities::run_entities(a),
        LibraryCommand::Articles(a) => articles::run_articles(a),
        LibraryCommand::Search(a) => search::run_search(a),
    };
    outcome.unwrap_or_else(|code| code)
}

/// The library file: `--library PATH` (made absolute, so messages name it whole), else
/// the one in the user's data folder.
fn library_file(arg: &LibraryPath, command: &str) -> Result<PathBuf, ExitCode> {
    match &arg.library {
        Some(path) => Ok(std::path::absolute(path).unwrap_or_else(|_| path.clone())),
        None => Library::default_path().map_err(|e| fail(command, &e.to_string())),
    }
}

/// Says `message` on stderr and gives exit status 1.
fn fail(command: &str, message: &str) -> ExitCode {
    eprintln!("{command}: {message}");
    ExitCode::FAILURE
}

/// Explains a library that cannot be opened; for a newer or damaged file, how to start anew.
fn refused(command: &str, e: &LibraryError) -> ExitCode {
    let hint = match e {
        LibraryError::Newer { .. } | LibraryError::Corrupt { .. } => {
            "\nTo keep that file aside and start a new, empty library: sahifa library add --start-new DIR|FILE…"
        }
        _ => "",
    };
    fail(command, &format!("{e}{hint}"))
}

/// Opens an existing library for a query (a query never creates one).
fn open_existing(arg: &LibraryPath, command: &str) -> Result<Library, ExitCode> {
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
        // A library on a read-only drive or folder is still read.
        Err(LibraryError::Io { source, .. })
            if source.kind() == std::io::ErrorKind::PermissionDenied =>
        {
            Library::open_read_only(&path).map_err(|e| refused(command, &e))
        }
        opened => opened.map_err(|e| refused(command, &e)),
    }
}

/// Adds `"missing": true` to a line whose article file is gone (deleted or moved since it
/// was indexed): the library still answers from what it kept.
fn mark_missing(mut line: Value, missing: bool) -> Value {
    if missing && let Value::Object(map) = &mut line {
        map.insert("missing".to_owned(), Value::Bool(true));
    }
    line
}

/// Writes one compact JSON object per line; a closed pipe (`| head`) ends quietly.
fn print_lines(command: &str, mut lines: impl Iterator<Item = Value>) -> ExitCode {
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
