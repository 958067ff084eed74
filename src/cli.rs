//! The command line: `sahifa [PATH…]` opens the reader, `sahifa <tool>` runs a tool.
//!
//! The clap definitions live here (not in `main.rs`) so that the man pages and shell
//! completions the Debian package ships are generated from the same [`Cli`] the binary
//! parses. To add a tool: a variant in [`Tool`], an arm in `main.rs`'s `run_tool`.

use std::io::Write;
use std::path::{Path, PathBuf};

use clap::{CommandFactory, Parser, Subcommand};

pub mod library;

/// What `sahifa --help` and the man page say about the reader.
const LONG_ABOUT: &str = "\
Sahifa opens Arabic news articles (plain text in any common Arabic encoding, \
HTML, Markdown, Word .docx) in a window, renders them right to left with Arabic shaping, \
and lists the people, organisations, places, events, dates and titles it finds. \
Annotations you correct or add are saved beside the article as ARTICLE.sahifa.json; \
settings live in $XDG_CONFIG_HOME/sahifa/settings.json. The tools below use the same \
engine without a window.";

/// Sahifa (صحيفة): a reader for Arabic news articles with named-entity extraction.
#[derive(Parser, Debug)]
#[command(
    name = "sahifa",
    version,
    propagate_version = true,
    about,
    long_about = LONG_ABOUT,
    args_conflicts_with_subcommands = true
)]
pub struct Cli {
    /// Articles to open (txt, html, md, docx), or their saved annotations
    /// (ARTICLE.sahifa.json, which opens ARTICLE). Without any, the bundled sample opens.
    pub paths: Vec<PathBuf>,
    /// Do not run entity extraction on opened articles.
    #[arg(long)]
    pub no_extract: bool,
    /// The library file to open instead of the one in the user's data folder
    /// ($XDG_DATA_HOME/sahifa/library.sqlite).
    #[arg(long, value_name = "PATH")]
    pub library: Option<PathBuf>,
    #[command(subcommand)]
    pub command: Option<Tool>,
}

/// Command-line tools.
#[derive(Subcommand, Debug)]
pub enum Tool {
    /// Extract named entities from articles (JSON, JSON lines, CoNLL or brat).
    Extract(crate::extract::cli::ExtractCliArgs),
    /// Score the extractor against a CoNLL file.
    Eval(crate::extract::cli::EvalArgs),
    /// Train the CRF model from a data folder.
    Train(crate::extract::cli::TrainArgs),
    /// Measure extraction speed on a file.
    Bench(crate::extract::cli::BenchArgs),
    /// Teach the personal knowledge store from annotated files; list, forget, reset it.
    Learn(crate::extract::cli::LearnArgs),
    /// Export an article's annotations (brat, CoNLL, JSON lines, W3C).
    Export(crate::annotate::cli::ExportArgs),
    /// The library: add articles, list its entities, the articles of one, search them all.
    Library(library::LibraryArgs),
    /// Write the man pages (sahifa.1 and one per tool) into a folder; used to package.
    #[command(hide = true)]
    Manpages(ManpagesArgs),
    /// Print a shell completion script (bash, zsh, fish, …); used to package.
    #[command(hide = true)]
    Completions(CompletionsArgs),
}

/// `sahifa manpages --out DIR`.
#[derive(clap::Args, Debug)]
pub struct ManpagesArgs {
    /// Folder to write the `.1` files into (created if missing).
    #[arg(long)]
    pub out: PathBuf,
}

/// `sahifa completions SHELL`.
#[derive(clap::Args, Debug)]
pub struct CompletionsArgs {
    /// The shell to write a completion script for.
    pub shell: clap_complete::Shell,
}

/// The names of the visible tools, for suggestions and messages.
pub fn tool_names() -> Vec<String> {
    Cli::command()
        .get_subcommands()
        .filter(|c| !c.is_hide_set())
        .map(|c| c.get_name().to_owned())
        .collect()
}

/// Writes `sahifa.1` and `sahifa-TOOL.1` for every visible tool into `dir` (created if
/// missing), returning the paths written.
pub fn write_manpages(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    std::fs::create_dir_all(dir)?;
    let cmd = Cli::command();
    clap_mangen::generate_to(cmd.clone(), dir)?;
    let mut written = vec![dir.join("sahifa.1")];
    written.extend(
        tool_names()
            .iter()
            .map(|n| dir.join(format!("sahifa-{n}.1"))),
    );
    Ok(written)
}

/// Writes the completion script for `shell` (bash, zsh, fish, …) to `out`: the reader's
/// arguments and the visible tools (clap_complete would offer hidden ones too).
pub fn write_completions(shell: clap_complete::Shell, out: &mut dyn Write) {
    let full = Cli::command();
    let mut public = clap::Command::new("sahifa")
        .version(env!("CARGO_PKG_VERSION"))
        .about(full.get_about().cloned().unwrap_or_default())
        .args(full.get_arguments().cloned())
        .subcommands(full.get_subcommands().filter(|c| !c.is_hide_set()).cloned())
        .args_conflicts_with_subcommands(true)
        .propagate_version(true);
    clap_complete::generate(shell, &mut public, "sahifa", out);
}

pub use crate::logic::io::article_for;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cli_definition_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn packaging_tools_stay_out_of_the_listed_tools() {
        let names = tool_names();
        assert!(names.contains(&"extract".to_owned()), "{names:?}");
        assert!(!names.iter().any(|n| n == "manpages" || n == "completions"));
    }

    #[test]
    fn man_pages_cover_the_reader_and_every_tool() {
        let dir = tempfile::tempdir().unwrap();
        let written = write_manpages(dir.path()).unwrap();
        let names: Vec<String> = written
            .iter()
            .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
            .collect();
        assert!(names.contains(&"sahifa.1".to_owned()), "{names:?}");
        assert!(names.contains(&"sahifa-extract.1".to_owned()), "{names:?}");
        assert!(!names.iter().any(|n| n.contains("manpages")), "{names:?}");
        let main = std::fs::read_to_string(dir.path().join("sahifa.1")).unwrap();
        assert!(main.contains("sahifa\\-extract"), "{main}");
    }

    #[test]
    fn bash_completion_offers_the_tools() {
        let mut out = Vec::new();
        write_completions(clap_complete::Shell::Bash, &mut out);
        let script = String::from_utf8(out).unwrap();
        assert!(script.contains("extract"));
        assert!(script.contains("--no-extract"));
        assert!(!script.contains("manpages"), "{script}");
        assert!(!script.contains("completions"), "{script}");
    }

    #[test]
    fn the_library_tool_has_its_man_pages_and_completions() {
        let dir = tempfile::tempdir().unwrap();
        let written = write_manpages(dir.path()).unwrap();
        assert!(
            written.iter().any(|p| p.ends_with("sahifa-library.1")),
            "{written:?}"
        );
        let page = std::fs::read_to_string(dir.path().join("sahifa-library.1")).unwrap();
        for command in ["add", "entities", "articles", "search"] {
            assert!(page.contains(command), "{command} missing from {page}");
        }
        let mut out = Vec::new();
        write_completions(clap_complete::Shell::Bash, &mut out);
        let script = String::from_utf8(out).unwrap();
        assert!(script.contains("library"), "{script}");
        assert!(script.contains("--start-new"), "{script}");
    }

    #[test]
    fn the_reader_and_each_library_command_take_a_library_file() {
        let cli = Cli::try_parse_from(["sahifa", "--library", "/x/lib.sqlite", "a.txt"]).unwrap();
        assert_eq!(cli.library, Some(PathBuf::from("/x/lib.sqlite")));
        for args in [
            &["library", "add", "--library", "l", "dir"][..],
            &["library", "entities", "--type", "person", "--library", "l"],
            &["library", "articles", "سيف", "--library", "l"],
            &[
                "library",
                "search",
                "الرئيس",
                "--max",
                "5",
                "--library",
                "l",
            ],
        ] {
            let parsed = Cli::try_parse_from(std::iter::once("sahifa").chain(args.iter().copied()));
            assert!(parsed.is_ok(), "{args:?}: {parsed:?}");
        }
        assert!(Cli::try_parse_from(["sahifa", "library", "add"]).is_err());
        assert!(Cli::try_parse_from(["sahifa", "library", "entities", "--type", "x"]).is_err());
    }

    #[test]
    fn opening_a_sidecar_opens_its_article() {
        let dir = tempfile::tempdir().unwrap();
        let article = dir.path().join("news.txt");
        std::fs::write(&article, "خبر").unwrap();
        let sidecar = dir.path().join("news.txt.sahifa.json");
        assert_eq!(article_for(&sidecar), article);
        assert_eq!(article_for(&article), article);
        let orphan = dir.path().join("gone.txt.sahifa.json");
        assert_eq!(article_for(&orphan), orphan);
        let bare = dir.path().join(".sahifa.json");
        assert_eq!(article_for(&bare), bare);
    }

    #[test]
    fn opening_a_sidecar_with_a_shortened_name_opens_its_long_named_article() {
        let dir = tempfile::tempdir().unwrap();
        let article = dir.path().join(format!("{}.txt", "خبر".repeat(41)));
        std::fs::write(&article, "خبر").unwrap();
        let sidecar = sahifa_annotate::sidecar_path_for(&article);
        assert!(sidecar.to_string_lossy().contains('~'));
        assert_eq!(article_for(&sidecar), article);
    }
}
