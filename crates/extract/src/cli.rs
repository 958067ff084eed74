//! The command line: `extract`, `eval`, `train`.

use std::path::PathBuf;
use std::process::ExitCode;

/// Output formats of `extract`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum OutputFormat {
    /// One JSON document per file (entities and mentions).
    Json,
    /// One JSON object per line of output.
    Jsonl,
    /// `token TAG` lines, BIO tags, blank line between sentences.
    Conll,
    /// brat standoff (`T1\tPERSON 0 5\ttext`).
    Brat,
}

/// Arguments of `extract`.
#[derive(Clone, Debug, clap::Args)]
pub struct ExtractArgs {
    /// Output format.
    #[arg(long, value_enum, default_value = "json")]
    pub format: OutputFormat,
    /// Treat every input line as an independent document.
    #[arg(long)]
    pub lines: bool,
    /// Input files; `-` or none for standard input.
    pub files: Vec<PathBuf>,
}

/// Arguments of `eval`.
#[derive(Clone, Debug, clap::Args)]
pub struct EvalArgs {
    /// A CoNLL file (`token TAG`, BIO over PERS/LOC/ORG/MISC).
    pub file: PathBuf,
}

/// Arguments of `train`.
#[derive(Clone, Debug, clap::Args)]
pub struct TrainArgs {
    /// The data folder holding anercorp-train.conll and wikifane-gold.coarse.conll.
    #[arg(long)]
    pub data: PathBuf,
}

/// Runs `extract`.
pub fn run_extract(_args: &ExtractArgs) -> ExitCode {
    ExitCode::FAILURE
}

/// Runs `eval`.
pub fn run_eval(_args: &EvalArgs) -> ExitCode {
    ExitCode::FAILURE
}

/// Runs `train`.
pub fn run_train(_args: &TrainArgs) -> ExitCode {
    ExitCode::FAILURE
}

/// Arguments of `bench`.
#[derive(Clone, Debug, clap::Args)]
pub struct BenchArgs {
    /// A text file, or a CoNLL file (tokens joined with spaces).
    pub file: PathBuf,
}

/// Runs `bench`.
pub fn run_bench(_args: &BenchArgs) -> ExitCode {
    ExitCode::FAILURE
}
