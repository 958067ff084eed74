//! `sahifa-ner`: the extractor's command line without the GUI.

use std::process::ExitCode;

use clap::{Parser, Subcommand};
use sahifa_extract::cli;

/// mimalloc: see the crate's Cargo.toml.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(name = "sahifa-ner", about = "Arabic named-entity extraction (Sahifa)")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Extract entities from files or standard input.
    Extract(cli::ExtractCliArgs),
    /// Score the extractor on a CoNLL file.
    Eval(cli::EvalArgs),
    /// Train the CRF and rebuild the derived gazetteers.
    Train(cli::TrainArgs),
    /// Measure extraction throughput on a text or CoNLL file.
    Bench(cli::BenchArgs),
    /// Teach the personal knowledge store from annotated files; list, forget, reset it.
    Learn(cli::LearnArgs),
}

fn main() -> ExitCode {
    match Cli::parse().command {
        Command::Extract(a) => cli::run_extract_cli(&a),
        Command::Eval(a) => cli::run_eval(&a),
        Command::Train(a) => cli::run_train(&a),
        Command::Bench(a) => cli::run_bench(&a),
        Command::Learn(a) => cli::run_learn(&a),
    }
}
