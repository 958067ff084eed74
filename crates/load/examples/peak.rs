//! Loads one file the way the app does and prints what it cost, for peak-memory checks:
//!
//! ```sh
//! cargo run --release -p sahifa-load --example hostile_inputs -- /tmp/hostile
//! cargo build --release -p sahifa-load --example peak
//! /usr/bin/time -v target/release/examples/peak /tmp/hostile/text-20mb.txt
//! ```
//!
//! The load runs on a thread with a 2 MiB stack (Rust's default for spawned threads, as
//! the app's loader thread has). Prints the time, the input and text sizes and the
//! outcome; `/usr/bin/time -v` gives the peak RSS ("Maximum resident set size").
#![expect(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a measuring tool: failing loudly is the right behaviour"
)]

use std::path::PathBuf;
use std::time::Instant;

fn main() {
    let path = PathBuf::from(std::env::args().nth(1).expect("usage: peak FILE"));
    let input = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
    let started = Instant::now();
    let worker = std::thread::Builder::new()
        .stack_size(2 * 1024 * 1024)
        .spawn(move || sahifa_load::load_path(&path))
        .unwrap();
    let result = worker.join().expect("the loader thread panicked");
    let elapsed = started.elapsed();
    match result {
        Ok(doc) => println!(
            "ok: {} input bytes -> {} text bytes, {} blocks, {:.3} s",
            input,
            doc.text.as_str().len(),
            doc.blocks().len(),
            elapsed.as_secs_f64()
        ),
        Err(e) => println!("refused in {:.3} s: {e}", elapsed.as_secs_f64()),
    }
}
