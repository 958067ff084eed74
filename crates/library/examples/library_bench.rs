//! The library benchmark (issue 13): on a corpus from `make_corpus`, times
//! (a) adding every article to an empty library, (b) adding them again unchanged,
//! (c) entity queries — `entities()`, and `find_entities` + `articles_of` for 20 frequent
//! names — (d) `search` for 20 words and names, and once the command line
//! `sahifa library add` into another empty library. Prints a Markdown table: wall time,
//! user CPU time, articles/s and MB/s for the adds, median and worst for the queries.
//!
//! ```sh
//! cargo run -p sahifa-library --release --example library_bench -- CORPUS_DIR \
//!     [--sahifa target/release/sahifa] [--workers N] [--work DIR]
//! ```
//! `scripts/bench-library.sh` builds, makes the corpus and runs this.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::AtomicBool;
use std::time::{Duration, Instant};

use sahifa_extract::Extractor;
use sahifa_library::{AddOptions, AddSummary, Library};

/// Words searched besides the frequent names: common words, a clitic form and loose
/// spellings (no hamza, ه for ة, ي for ى), as a reader types them.
const WORDS: [&str; 10] = [
    "الرئيس",
    "الحكومة",
    "وزير الخارجية",
    "والرئيس",
    "الامم المتحدة",
    "مجلس الأمن",
    "الانتخابات",
    "المنطقه",
    "مصطفي",
    "الاقتصاد",
];

/// How many times each query runs (the median and the worst of all runs are reported).
const REPEAT: usize = 5;

struct Args {
    corpus: PathBuf,
    sahifa: Option<PathBuf>,
    workers: Option<usize>,
    work: Option<PathBuf>,
}

fn parse_args() -> Result<Args, String> {
    let mut args = Args {
        corpus: PathBuf::new(),
        sahifa: None,
        workers: None,
        work: None,
    };
    let mut it = std::env::args().skip(1);
    while let Some(a) = it.next() {
        match a.as_str() {
            "--sahifa" => args.sahifa = it.next().map(PathBuf::from),
            "--work" => args.work = it.next().map(PathBuf::from),
            "--workers" => {
                args.workers = Some(
                    it.next()
                        .and_then(|n| n.parse().ok())
                        .ok_or("--workers needs a number")?,
                );
            }
            _ => args.corpus = PathBuf::from(a),
        }
    }
    if args.corpus.as_os_str().is_empty() {
        return Err(
            "usage: library_bench CORPUS_DIR [--sahifa BIN] [--workers N] [--work DIR]".into(),
        );
    }
    Ok(args)
}

/// User and system CPU time of this process and of its waited-for children, from
/// `/proc/self/stat` (Linux; clock ticks of 1/100 s, the USER_HZ every Linux ABI uses).
#[derive(Clone, Copy, Default)]
struct Cpu {
    user: Duration,
    children_user: Duration,
}

fn cpu() -> Cpu {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    // Fields after the command name (which may hold spaces) in parentheses.
    let rest = stat.rsplit_once(')').map_or("", |(_, r)| r);
    let fields: Vec<u64> = rest
        .split_whitespace()
        .map(|f| f.parse().unwrap_or(0))
        .collect();
    // utime is field 14 of the whole line, cutime field 16: 12th and 14th after ')'.
    let ticks = |i: usize| Duration::from_millis(fields.get(i).copied().unwrap_or(0) * 10);
    Cpu {
        user: ticks(11),
        children_user: ticks(13),
    }
}

/// Peak resident memory of this process (`VmHWM`), in MB.
fn peak_mb() -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
        .map_or(0.0, |kb| kb / 1024.0)
}

/// Bytes and number of article files under `dir`.
fn corpus_size(dir: &Path) -> (u64, usize) {
    let mut bytes = 0;
    let mut files = 0;
    let mut stack = vec![dir.to_owned()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if let Ok(meta) = entry.metadata() {
                bytes += meta.len();
                files += 1;
            }
        }
    }
    (bytes, files)
}

/// One timed add.
struct AddRun {
    wall: Duration,
    user: Duration,
    summary: AddSummary,
}

fn timed_add(
    lib: &mut Library,
    corpus: &Path,
    ex: &Extractor,
    options: &AddOptions,
) -> Result<AddRun, String> {
    let cancel = AtomicBool::new(false);
    let before = cpu();
    let started = Instant::now();
    let summary = lib
        .add(&[corpus.to_owned()], ex, options, &|_| {}, &cancel)
        .map_err(|e| e.to_string())?;
    Ok(AddRun {
        wall: started.elapsed(),
        user: cpu().user.saturating_sub(before.user),
        summary,
    })
}

/// Median and worst of `REPEAT` runs of each query, in ms.
fn time_queries<T>(
    queries: &[String],
    mut run: impl FnMut(&str) -> Result<T, String>,
) -> Result<(f64, f64), String> {
    let mut times = Vec::new();
    for q in queries {
        for _ in 0..REPEAT {
            let started = Instant::now();
            run(q)?;
            times.push(started.elapsed().as_secs_f64() * 1000.0);
        }
    }
    times.sort_by(f64::total_cmp);
    let median = times.get(times.len() / 2).copied().unwrap_or(0.0);
    let worst = times.last().copied().unwrap_or(0.0);
    Ok((median, worst))
}

/// The CLI's add into a new library, once: wall and user CPU time (of the child).
fn cli_add(sahifa: &Path, corpus: &Path, library: &Path, workers: usize) -> Result<AddRun, String> {
    let before = cpu();
    let started = Instant::now();
    let out = std::process::Command::new(sahifa)
        .args([
            "library",
            "add",
            "--no-knowledge",
            "--no-watch",
            "--workers",
        ])
        .arg(workers.to_string())
        .arg("--library")
        .arg(library)
        .arg(corpus)
        .output()
        .map_err(|e| format!("{}: {e}", sahifa.display()))?;
    let wall = started.elapsed();
    if !out.status.success() {
        return Err(format!(
            "sahifa library add failed: {}",
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    println!("CLI: {}", String::from_utf8_lossy(&out.stdout).trim_end());
    Ok(AddRun {
        wall,
        user: cpu().children_user.saturating_sub(before.children_user),
        summary: AddSummary::default(),
    })
}

fn run(args: &Args) -> Result<(), String> {
    let scratch = tempfile::Builder::new()
        .prefix("library-bench")
        .tempdir_in(args.work.clone().unwrap_or_else(std::env::temp_dir))
        .map_err(|e| e.to_string())?;
    let (bytes, files) = corpus_size(&args.corpus);
    let mb = bytes as f64 / 1e6;
    let options = AddOptions {
        workers: args.workers.unwrap_or(AddOptions::default().workers),
        watch: false,
        ..AddOptions::default()
    };
    println!(
        "corpus: {files} files, {mb:.1} MB; {} workers",
        options.workers
    );
    let ex = Extractor::shipped().map_err(|e| e.to_string())?;
    let mut lib =
        Library::open(&scratch.path().join("library.sqlite")).map_err(|e| e.to_string())?;
    let first = timed_add(&mut lib, &args.corpus, &ex, &options)?;
    let again = timed_add(&mut lib, &args.corpus, &ex, &options)?;
    println!("add: {:?}", counts(&first.summary));
    println!("re-add: {:?}", counts(&again.summary));

    let all = lib.entities(None).map_err(|e| e.to_string())?;
    let names: Vec<String> = all.iter().take(20).map(|e| e.canonical.clone()).collect();
    let entities = time_queries(&[String::new()], |_| {
        lib.entities(None).map_err(|e| e.to_string())
    })?;
    let articles_of = time_queries(&names, |name| {
        let found = lib.find_entities(name).map_err(|e| e.to_string())?;
        match found.first() {
            Some(best) => lib.articles_of(best.id).map_err(|e| e.to_string()),
            None => Err(format!("find_entities found no «{name}»")),
        }
    })?;
    let mut searched: Vec<String> = names.iter().take(10).cloned().collect();
    searched.extend(WORDS.iter().map(|w| (*w).to_owned()));
    let search = time_queries(&searched, |q| lib.search(q, 100).map_err(|e| e.to_string()))?;
    let per_query: Vec<String> = searched
        .iter()
        .map(|q| format!("{q} {}", lib.search(q, 100).map_or(0, |h| h.len())))
        .collect();
    println!("hits per search (max 100): {}", per_query.join(", "));
    let hits: usize = searched
        .iter()
        .map(|q| lib.search(q, 100).map_or(0, |h| h.len()))
        .sum();

    let cli = match &args.sahifa {
        Some(bin) => Some(cli_add(
            bin,
            &args.corpus,
            &scratch.path().join("cli.sqlite"),
            options.workers,
        )?),
        None => None,
    };
    print_table(mb, files, &first, &again, cli.as_ref());
    println!();
    println!("| query ({REPEAT} runs each) | median | worst |");
    println!("|---|---|---|");
    println!(
        "| `entities()` ({} entities) | {:.1} ms | {:.1} ms |",
        all.len(),
        entities.0,
        entities.1
    );
    println!(
        "| `find_entities` + `articles_of`, 20 frequent names | {:.1} ms | {:.1} ms |",
        articles_of.0, articles_of.1
    );
    println!(
        "| `search`, 10 names + 10 words ({hits} hits, max 100 each) | {:.1} ms | {:.1} ms |",
        search.0, search.1
    );
    println!();
    let file = std::fs::metadata(lib.path()).map_or(0, |m| m.len());
    println!(
        "library file: {:.1} MB; peak memory of the benchmark: {:.0} MB",
        file as f64 / 1e6,
        peak_mb()
    );
    Ok(())
}

fn counts(s: &AddSummary) -> (usize, usize, usize, usize) {
    (s.indexed, s.unchanged, s.failed.len(), s.missing)
}

fn print_table(mb: f64, files: usize, first: &AddRun, again: &AddRun, cli: Option<&AddRun>) {
    println!();
    println!("| step | wall | user CPU | articles/s | MB/s |");
    println!("|---|---|---|---|---|");
    let row = |name: &str, r: &AddRun| {
        let s = r.wall.as_secs_f64().max(1e-9);
        println!(
            "| {name} | {:.2} s | {:.2} s | {:.0} | {:.2} |",
            s,
            r.user.as_secs_f64(),
            files as f64 / s,
            mb / s
        );
    };
    row("add, empty library (API)", first);
    row("re-add, unchanged (API)", again);
    if let Some(c) = cli {
        row("`sahifa library add`, empty library (CLI)", c);
    }
}

fn main() -> ExitCode {
    match parse_args().and_then(|a| run(&a)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("library_bench: {e}");
            ExitCode::FAILURE
        }
    }
}
