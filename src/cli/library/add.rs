//! `sahifa library add`: index files and folders into the library, with progress on
//! stderr, Ctrl-C to stop after the articles in hand, and one summary line on stdout.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use sahifa_library::{AddOptions, AddSummary, Library, LibraryError};

use super::progress::{Show, Ticker};
use super::shared::{LibraryPath, fail, library_file, refused};
use crate::extract::cli::{KnowledgeArgs, reader_extractor};

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
pub(super) fn run_add(args: &AddArgs) -> Result<ExitCode, ExitCode> {
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
