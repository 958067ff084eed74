//! `sahifa library`: the library from the command line — add articles, list the
//! entities, the articles of one entity, full-text search — the same engine as the app's
//! library view (`sahifa_library`), JSON lines on stdout, messages on stderr.
//!
//! Which entity `articles NAME` lists: the name is matched loosely (folded, as the find
//! bar matches) against canonical names and aliases, and as the start of a longer name;
//! the best match is taken (an exact canonical name before an alias, then the one in most
//! articles: [`Library::find_entities`]'s order), and the other matches are named on
//! stderr with their type, so that `--type` can choose among them. An analyst asking for
//! «عمان» wants one entity's articles, not the union of a city and a person.
//!
//! A library file from a newer Sahifa or a damaged one is never touched: every command
//! says so, naming the file, and exits with 1; `library add --start-new` keeps the old
//! file aside and starts a new, empty library.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use sahifa_library::{AddOptions, AddProgress, AddSummary, EntityRow, Library, LibraryError};
use serde_json::{Value, json};

use crate::extract::cli::{KnowledgeArgs, reader_extractor};
use crate::model::Label;

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

/// `sahifa library add`.
#[derive(clap::Args, Debug)]
pub struct AddArgs {
    /// Article files and folders (walked recursively for txt, html, md and docx files).
    #[arg(required = true, value_name = "DIR|FILE")]
    pub paths: Vec<PathBuf>,
    #[command(flatten)]
    pub library: LibraryPath,
    /// Worker threads loading and extracting (default: all cores).
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    pub workers: Option<u16>,
    /// If the library file is from a newer Sahifa or damaged: keep it aside (its new name
    /// is printed) and start a new, empty library.
    #[arg(long)]
    pub start_new: bool,
    /// Do not have the app watch the added folders for new or changed articles.
    #[arg(long)]
    pub no_watch: bool,
    /// Report progress on stderr as lines «indexing: DONE of FOUND files» even when it is
    /// not a terminal (for scripts and wrappers); on a terminal it always shows.
    #[arg(long)]
    pub progress: bool,
    #[command(flatten)]
    pub knowledge: KnowledgeArgs,
}

/// `sahifa library entities`.
#[derive(clap::Args, Debug)]
pub struct EntitiesArgs {
    /// Only entities of this type (PERSON, ORG, LOCATION, EVENT, DATE, TITLE, MISC; any case).
    #[arg(long = "type", value_name = "TYPE", value_parser = parse_type)]
    pub label: Option<Label>,
    #[command(flatten)]
    pub library: LibraryPath,
}

/// `sahifa library articles`.
#[derive(clap::Args, Debug)]
pub struct ArticlesArgs {
    /// The entity's name, matched loosely (harakat, alef forms, ة/ه, ى/ي, aliases).
    #[arg(value_name = "ENTITY_NAME", value_parser = clap::builder::NonEmptyStringValueParser::new())]
    pub name: String,
    /// Choose among entities of the same name by type (PERSON, ORG, LOCATION, …).
    #[arg(long = "type", value_name = "TYPE", value_parser = parse_type)]
    pub label: Option<Label>,
    #[command(flatten)]
    pub library: LibraryPath,
}

/// `sahifa library search`.
#[derive(clap::Args, Debug)]
pub struct SearchArgs {
    /// Words to find, matched as the find bar does (harakat, alef forms, tatweel, ة/ه,
    /// ى/ي and leading clitics ignored).
    #[arg(value_name = "QUERY", value_parser = clap::builder::NonEmptyStringValueParser::new())]
    pub query: String,
    /// At most this many hits.
    #[arg(long, value_name = "N", default_value_t = 100)]
    pub max: usize,
    #[command(flatten)]
    pub library: LibraryPath,
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
        LibraryCommand::Add(a) => run_add(a),
        LibraryCommand::Entities(a) => run_entities(a),
        LibraryCommand::Articles(a) => run_articles(a),
        LibraryCommand::Search(a) => run_search(a),
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

/// Opens (or creates) the library to add to; a refused file is set aside only with
/// `--start-new`.
fn open_for_add(path: &Path, start_new: bool, command: &str) -> Result<Library, ExitCode> {
    match Library::open(path) {
        Ok(lib) => {
            if start_new {
                eprintln!(
                    "{command}: {} opened normally; nothing was set aside",
                    path.display()
                );
            }
            Ok(lib)
        }
        Err(e @ (LibraryError::Newer { .. } | LibraryError::Corrupt { .. })) if start_new => {
            let (lib, kept) = Library::open_fresh(path).map_err(|e| refused(command, &e))?;
            eprintln!(
                "{command}: {e}\nThe old file is kept as {}; a new library was started at {}",
                kept.display(),
                path.display()
            );
            Ok(lib)
        }
        Err(e) => Err(refused(command, &e)),
    }
}

/// `sahifa library add`.
fn run_add(args: &AddArgs) -> Result<ExitCode, ExitCode> {
    let command = "sahifa library add";
    let path = library_file(&args.library, command)?;
    let (roots, absent) = existing_roots(&args.paths);
    if roots.is_empty() {
        return Err(fail(command, "none of the given files or folders exists"));
    }
    let mut lib = open_for_add(&path, args.start_new, command)?;
    let extractor = reader_extractor(&args.knowledge, command)
        .map_err(|e| fail(command, &format!("the extractor could not be loaded: {e}")))?;
    let options = AddOptions {
        watch: !args.no_watch,
        workers: args
            .workers
            .map_or(AddOptions::default().workers, usize::from),
        ..AddOptions::default()
    };
    let ticker = Ticker::new(if std::io::stderr().is_terminal() {
        Show::Terminal
    } else if args.progress {
        Show::Lines
    } else {
        Show::Off
    });
    stop_on_ctrl_c(command);
    let started = Instant::now();
    let result = lib.add(&roots, &extractor, &options, &|p| ticker.show(p), &CANCEL);
    ticker.clear();
    let summary = result.map_err(|e| refused(command, &e))?;
    for (file, message) in &summary.failed {
        eprintln!("{}: {}", file.display(), reason(file, message));
    }
    for (file, message) in &summary.warnings {
        eprintln!("{}: indexed, but {message}", file.display());
    }
    println!(
        "{}",
        summary_line(&summary, absent, started.elapsed(), lib.path())
    );
    Ok(if summary.cancelled {
        ExitCode::from(130)
    } else {
        ExitCode::SUCCESS
    })
}

/// Set by Ctrl-C during `library add`: the add stops after the articles in hand, commits
/// them and prints its summary (adding again resumes). A second Ctrl-C quits at once; the
/// library survives that too (each batch is one transaction).
static CANCEL: AtomicBool = AtomicBool::new(false);

fn stop_on_ctrl_c(command: &'static str) {
    let handler = move || {
        if CANCEL.swap(true, Ordering::SeqCst) {
            std::process::exit(130);
        }
        eprintln!("\n{command}: stopping after the articles in hand (Ctrl-C again to quit now)");
    };
    if let Err(e) = ctrlc::set_handler(handler) {
        eprintln!("{command}: Ctrl-C will quit without a summary ({e})");
    }
}

/// A failure's message without the loader's «Cannot open "PATH": », which the line
/// already starts with.
fn reason<'a>(file: &Path, message: &'a str) -> &'a str {
    let prefix = format!("Cannot open \"{}\": ", file.display());
    message.strip_prefix(&prefix).unwrap_or(message)
}

/// The given paths that exist, made absolute (the library keeps whole paths), and the
/// number of those that do not (each said on stderr).
fn existing_roots(paths: &[PathBuf]) -> (Vec<PathBuf>, usize) {
    let mut roots = Vec::new();
    let mut absent = 0usize;
    for p in paths {
        if p.exists() {
            roots.push(std::path::absolute(p).unwrap_or_else(|_| p.clone()));
        } else {
            eprintln!("{}: no such file or folder", p.display());
            absent += 1;
        }
    }
    (roots, absent)
}

/// The one line `add` ends with.
fn summary_line(s: &AddSummary, absent: usize, took: Duration, library: &Path) -> String {
    let failed = s.failed.len().saturating_add(absent);
    let cancelled = if s.cancelled { "cancelled: " } else { "" };
    format!(
        "{cancelled}{} indexed, {} unchanged, {failed} failed, {} missing in {:.1} s (library {})",
        s.indexed,
        s.unchanged,
        s.missing,
        took.as_secs_f64(),
        library.display()
    )
}

/// How progress shows on stderr.
#[derive(Clone, Copy, PartialEq)]
enum Show {
    Off,
    /// One line rewritten in place.
    Terminal,
    /// A line each time.
    Lines,
}

/// Progress on stderr, at most ten times a second.
struct Ticker {
    show: Show,
    last: Mutex<Option<Instant>>,
}

impl Ticker {
    fn new(show: Show) -> Ticker {
        Ticker {
            show,
            last: Mutex::new(None),
        }
    }

    fn show(&self, p: &AddProgress) {
        if self.show == Show::Off {
            return;
        }
        let Ok(mut last) = self.last.lock() else {
            return;
        };
        let now = Instant::now();
        if last.is_some_and(|t| now.duration_since(t) < Duration::from_millis(100)) {
            return;
        }
        *last = Some(now);
        let line = format!("indexing: {} of {} files", p.done, p.found);
        match self.show {
            Show::Terminal => eprint!("\r\x1b[K{line}"),
            _ => eprintln!("{line}"),
        }
    }

    fn clear(&self) {
        if self.show == Show::Terminal {
            eprint!("\r\x1b[K");
        }
    }
}

/// `sahifa library entities`.
fn run_entities(args: &EntitiesArgs) -> Result<ExitCode, ExitCode> {
    let command = "sahifa library entities";
    let lib = open_existing(&args.library, command)?;
    let rows = lib.entities(args.label).map_err(|e| refused(command, &e))?;
    Ok(print_lines(command, rows.iter().map(entity_line)))
}

fn entity_line(e: &EntityRow) -> Value {
    json!({
        "entity": e.canonical,
        "type": e.label.as_str(),
        "articles": e.articles,
        "mentions": e.mentions,
    })
}

/// `sahifa library articles`.
fn run_articles(args: &ArticlesArgs) -> Result<ExitCode, ExitCode> {
    let command = "sahifa library articles";
    let lib = open_existing(&args.library, command)?;
    let mut found = lib
        .find_entities(&args.name)
        .map_err(|e| refused(command, &e))?;
    if let Some(label) = args.label {
        found.retain(|e| e.label == label);
    }
    let Some((best, others)) = found.split_first() else {
        let of_type = args
            .label
            .map(|l| format!(" of type {l}"))
            .unwrap_or_default();
        return Err(fail(
            command,
            &format!("no entity{of_type} in the library matches «{}»", args.name),
        ));
    };
    if !others.is_empty() {
        eprintln!("{}", other_matches(&args.name, best, others));
    }
    let hits = lib.articles_of(best.id).map_err(|e| refused(command, &e))?;
    let lines = hits.iter().map(|h| {
        let line = json!({
            "path": h.article.path.to_string_lossy(),
            "mentions": h.mentions,
            "first": {"start": h.first.start(), "end": h.first.end()},
        });
        mark_missing(line, h.article.missing)
    });
    Ok(print_lines(command, lines))
}

/// The stderr note when a name matches several entities.
fn other_matches(name: &str, best: &EntityRow, others: &[EntityRow]) -> String {
    const SHOWN: usize = 5;
    let describe = |e: &EntityRow| {
        let noun = if e.articles == 1 {
            "article"
        } else {
            "articles"
        };
        format!("«{}» ({}, {} {noun})", e.canonical, e.label, e.articles)
    };
    let mut list: Vec<String> = others.iter().take(SHOWN).map(describe).collect();
    if others.len() > SHOWN {
        list.push(format!("{} more", others.len() - SHOWN));
    }
    format!(
        "sahifa library articles: «{name}» also matches {}; listed: {} (--type chooses)",
        list.join(", "),
        describe(best)
    )
}

/// `sahifa library search`.
fn run_search(args: &SearchArgs) -> Result<ExitCode, ExitCode> {
    let command = "sahifa library search";
    let has_word = args
        .query
        .chars()
        .any(|c| crate::model::arabic::fold_char(c).is_some_and(crate::model::words::is_word_char));
    if !has_word {
        return Err(fail(
            command,
            &format!(
                "«{}» has no letter or digit to search for (harakat, tatweel and punctuation are ignored)",
                args.query
            ),
        ));
    }
    let lib = open_existing(&args.library, command)?;
    let hits = lib
        .search(&args.query, args.max)
        .map_err(|e| refused(command, &e))?;
    let lines = hits.iter().map(|h| {
        let line = json!({
            "path": h.path.to_string_lossy(),
            "start": h.range.start(),
            "end": h.range.end(),
            "snippet": h.snippet.text,
        });
        mark_missing(line, !h.path.exists())
    });
    Ok(print_lines(command, lines))
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

    fn row(id: i64, canonical: &str, label: Label, articles: u32) -> EntityRow {
        EntityRow {
            id: sahifa_library::LibEntityId(id),
            canonical: canonical.to_owned(),
            label,
            aliases: Vec::new(),
            articles,
            mentions: articles,
        }
    }

    #[test]
    fn a_name_of_several_entities_names_the_others_and_how_to_choose() {
        let best = row(1, "عمان", Label::Location, 40);
        let others: Vec<EntityRow> = (2..9).map(|i| row(i, "عمان", Label::Person, 1)).collect();
        let note = other_matches("عمان", &best, &others);
        assert!(note.contains("«عمان» (PERSON, 1 article)"), "{note}");
        assert!(
            note.contains("listed: «عمان» (LOCATION, 40 articles)"),
            "{note}"
        );
        assert!(note.contains("2 more"), "{note}");
        assert!(note.contains("--type"), "{note}");
    }
}
