//! `sahifa library`: the library from the command line — add articles, list the
//! entities, the articles of one entity, full-text search — the same engine as the app's
//! library view (`sahifa_library`), JSON lines on stdout, messages on stderr.
//!
//! A library file from a newer Sahifa or a damaged one is never touched: every command
//! says so, naming the file, and exits with 1; `library add --start-new` keeps the old
//! file aside and starts a new, empty library.
//!
//! One file per command: `add.rs` (with `progress.rs`), `entities.rs`, `articles.rs`,
//! `search.rs`; what they share (the library file, opening it, messages, JSON lines) in
//! `shared.rs`; here the command line itself.

use std::process::ExitCode;

mod add;
mod articles;
mod entities;
mod progress;
mod search;
mod shared;

pub use add::AddArgs;
pub use articles::ArticlesArgs;
pub use entities::EntitiesArgs;
pub use search::SearchArgs;
pub use shared::LibraryPath;

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
