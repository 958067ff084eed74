//! The end-of-text check: extracts every word prefix of every line of the given files, so
//! that a rule which reads past a name that ends the text («… في فندق الرويال», «ولاية
//! شمال») shows up here as a panic, with the prefix that caused it, and not as a document
//! that lost all its entities. A long check, not part of the test run:
//!
//! ```text
//! cargo run --release -p sahifa-extract --example prefixes -- FILE... [--max-words 60]
//! ```
//!
//! Lines are cut at `--max-words` words (default 60: rules look a few words ahead, so longer
//! prefixes add time and no new endings). Exits with 1 when any prefix panicked.

use std::panic::{self, AssertUnwindSafe};
use std::process::ExitCode;

use sahifa_extract::Extractor;

fn main() -> ExitCode {
    let mut files = Vec::new();
    let mut max_words = 60;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        if a == "--max-words" {
            match args.next().and_then(|v| v.parse().ok()) {
                Some(n) => max_words = n,
                None => return usage("--max-words needs a number"),
            }
        } else {
            files.push(a);
        }
    }
    if files.is_empty() {
        return usage("no input file");
    }
    let ex = match Extractor::shipped() {
        Ok(ex) => ex,
        Err(e) => return usage(&format!("cannot load the extractor: {e}")),
    };
    let (mut checked, mut panicked) = (0usize, 0usize);
    for file in &files {
        let text = match std::fs::read_to_string(file) {
            Ok(t) => t,
            Err(e) => return usage(&format!("{file}: {e}")),
        };
        for line in text.lines() {
            let words: Vec<&str> = line.split_whitespace().take(max_words).collect();
            for k in 1..=words.len() {
                let prefix = words[..k].join(" ");
                checked += 1;
                if panic::catch_unwind(AssertUnwindSafe(|| ex.extract(&prefix))).is_err() {
                    panicked += 1;
                    println!("panicked on: {prefix}");
                }
            }
        }
    }
    println!("{checked} prefixes, {panicked} panicked");
    if panicked == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

fn usage(message: &str) -> ExitCode {
    eprintln!("prefixes: {message}\nusage: prefixes FILE... [--max-words N]");
    ExitCode::from(2)
}
