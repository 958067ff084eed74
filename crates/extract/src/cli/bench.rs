//! `bench`: extraction throughput on article-sized documents, and (`--scaling`) on one
//! ever longer text, to check that time grows linearly with the input.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use crate::Extractor;

/// Arguments of `bench`.
#[derive(Clone, Debug, clap::Args)]
pub struct BenchArgs {
    /// A text file, or a CoNLL file (each sentence's tokens joined with spaces).
    pub file: PathBuf,
    /// Characters per document the text is cut into (at line ends).
    #[arg(long, default_value_t = 8000)]
    pub doc_chars: usize,
    /// Time the CRF alone (no rules, no document consistency).
    #[arg(long)]
    pub crf_only: bool,
    /// Instead: repeat the text to each of `--sizes` and extract it as one document.
    #[arg(long)]
    pub scaling: bool,
    /// Sizes in MB for `--scaling`.
    #[arg(long, value_delimiter = ',', default_value = "10,20,40,200")]
    pub sizes: Vec<usize>,
    /// Runs per size for `--scaling`; the fastest is reported.
    #[arg(long, default_value_t = 3)]
    pub repeat: usize,
    /// Threads extracting the documents at once, sharing one extractor (each extracts
    /// all of them); speed is given per thread, in MB per second of its own CPU time.
    #[arg(long, default_value_t = 1)]
    pub threads: usize,
    /// A personal knowledge store to extract with (as `extract --knowledge`).
    #[arg(long, value_name = "PATH")]
    pub knowledge: Option<PathBuf>,
}

/// Runs `bench`: extraction throughput on one core, in MB/s of UTF-8 text.
pub fn run_bench(args: &BenchArgs) -> ExitCode {
    let t0 = Instant::now();
    let mut ex = match super::load_extractor(None) {
        Ok(ex) => ex,
        Err(e) => {
            eprintln!("sahifa bench: {e}");
            return ExitCode::FAILURE;
        }
    };
    if let Some(path) = &args.knowledge {
        match crate::knowledge::KnowledgeStore::load(path) {
            Ok(store) => {
                let index = ex.set_knowledge(&store);
                println!(
                    "knowledge: {} names, {} searched forms",
                    store.taught().count(),
                    index.searched()
                );
            }
            Err(e) => {
                eprintln!("sahifa bench: {e}");
                return ExitCode::FAILURE;
            }
        }
    }
    println!("extractor loaded in {:.3} s", t0.elapsed().as_secs_f64());
    ex.stages.rules = !args.crf_only;
    ex.stages.spread = !args.crf_only;
    let raw = match super::read_text(&args.file) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("sahifa bench: {e}");
            return ExitCode::FAILURE;
        }
    };
    let text = plain_text(raw);
    if text.trim().is_empty() {
        eprintln!("sahifa bench: {}: no text", args.file.display());
        return ExitCode::FAILURE;
    }
    if args.scaling {
        scaling(&ex, &text, &args.sizes, args.repeat.max(1));
    } else {
        documents(&ex, &text, args.doc_chars, args.threads.max(1));
    }
    ExitCode::SUCCESS
}

/// A CoNLL file's sentences as lines of words; any other text as it is.
fn plain_text(raw: String) -> String {
    let looks_conll = raw
        .lines()
        .take(20)
        .filter(|l| !l.trim().is_empty())
        .all(|l| l.split_whitespace().count() == 2);
    if !looks_conll {
        return raw;
    }
    crate::conll::parse(&raw)
        .iter()
        .map(|s| s.words.join(" "))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Extracts article-sized documents (cut at line ends) one after the other, on
/// `threads` threads at once that share `ex`.
fn documents(ex: &Extractor, text: &str, doc_chars: usize, threads: usize) {
    let mut docs = Vec::new();
    let mut cur = String::new();
    for line in text.lines() {
        cur.push_str(line);
        cur.push('\n');
        if cur.chars().count() >= doc_chars {
            docs.push(std::mem::take(&mut cur));
        }
    }
    if !cur.is_empty() {
        docs.push(cur);
    }
    let mb = docs.iter().map(String::len).sum::<usize>() as f64 / 1e6;
    let t0 = Instant::now();
    let runs: Vec<(usize, Option<f64>)> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..threads)
            .map(|_| {
                scope.spawn(|| {
                    let c0 = thread_cpu_seconds();
                    let mentions: usize = docs.iter().map(|d| ex.extract(d).mentions.len()).sum();
                    let cpu = c0.zip(thread_cpu_seconds()).map(|(a, b)| b - a);
                    (mentions, cpu)
                })
            })
            .collect();
        handles.into_iter().filter_map(|h| h.join().ok()).collect()
    });
    let secs = t0.elapsed().as_secs_f64().max(1e-9);
    let mentions = runs.first().map_or(0, |r| r.0);
    let cpu: Vec<String> = runs
        .iter()
        .filter_map(|r| r.1)
        .map(|c| format!("{:.2} MB/s ({c:.2} s)", mb / c.max(1e-9)))
        .collect();
    println!(
        "{} documents, {mb:.2} MB, {mentions} mentions, {threads} thread(s): wall {secs:.2} s, {:.2} MB/s in all; per thread CPU: {}",
        docs.len(),
        mb * threads as f64 / secs,
        cpu.join(", ")
    );
}

/// User + system CPU time of the calling thread (Linux `/proc/thread-self/stat`, clock
/// ticks of 1/100 s); `None` elsewhere.
fn thread_cpu_seconds() -> Option<f64> {
    proc_cpu_seconds("/proc/thread-self/stat")
}

/// Repeats `text` (whole lines) to each size and extracts it as one document, the
/// fastest of `repeat` runs by wall clock (and, on Linux, the least CPU time of this
/// process, which other programs on the machine disturb less); the last column is CPU
/// (else wall-clock) seconds per MB relative to the first size: 1.00 everywhere when time
/// is proportional to size.
fn scaling(ex: &Extractor, text: &str, sizes: &[usize], repeat: usize) {
    let unit = if text.ends_with('\n') {
        text.to_owned()
    } else {
        format!("{text}\n")
    };
    println!(
        "| MB | mentions | wall, best of {repeat} (s) | MB/s | CPU (s) | MB/s per core | s/MB vs first |"
    );
    println!("|---|---|---|---|---|---|---|");
    let mut first: Option<f64> = None;
    for &mb in sizes {
        let want = mb.saturating_mul(1_000_000);
        let copies = want.div_ceil(unit.len().max(1));
        let big = unit.repeat(copies.max(1));
        let (mut best, mut best_cpu) = (f64::INFINITY, f64::INFINITY);
        let mut mentions = 0;
        for _ in 0..repeat {
            let (t0, c0) = (Instant::now(), cpu_seconds());
            mentions = ex.extract(&big).mentions.len();
            best = best.min(t0.elapsed().as_secs_f64());
            if let (Some(c0), Some(c1)) = (c0, cpu_seconds()) {
                best_cpu = best_cpu.min(c1 - c0);
            }
        }
        let size = big.len() as f64 / 1e6;
        let secs = if best_cpu.is_finite() { best_cpu } else { best };
        let per_mb = secs / size;
        let ratio = per_mb / *first.get_or_insert(per_mb);
        println!(
            "| {size:.1} | {mentions} | {best:.2} | {:.2} | {best_cpu:.2} | {:.2} | {ratio:.2} |",
            size / best.max(1e-9),
            size / secs.max(1e-9)
        );
    }
}

/// User + system CPU time of this process so far, from `/proc/self/stat` (Linux; clock
/// ticks of 1/100 s). `None` elsewhere.
fn cpu_seconds() -> Option<f64> {
    proc_cpu_seconds("/proc/self/stat")
}

/// utime + stime of a `/proc/…/stat` file, in seconds.
fn proc_cpu_seconds(path: &str) -> Option<f64> {
    let stat = std::fs::read_to_string(path).ok()?;
    // Fields after the parenthesised command name; utime and stime are the 14th and 15th.
    let rest = &stat[stat.rfind(')')? + 1..];
    let mut fields = rest.split_whitespace().skip(11);
    let utime: f64 = fields.next()?.parse().ok()?;
    let stime: f64 = fields.next()?.parse().ok()?;
    Some((utime + stime) / 100.0)
}
