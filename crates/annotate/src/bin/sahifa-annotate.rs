//! A lean command line for the annotations crate, without the GUI:
//! `sahifa-annotate export --format brat|conll|jsonl|w3c [--out PATH] [--overwrite] FILE…`.

use std::process::ExitCode;

use clap::{Parser, Subcommand};
use sahifa_annotate::cli::{ExportArgs, run_export};

#[derive(Parser)]
#[command(
    name = "sahifa-annotate",
    about = "Sahifa's annotation tools, headless"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Export articles' annotations.
    Export(ExportArgs),
}

fn main() -> ExitCode {
    match Cli::parse().command {
        Command::Export(args) => run_export(&args),
    }
}
