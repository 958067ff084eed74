//! Extraction speed with a large personal knowledge store (issue 10, part 5: at least
//! 4 MB/s on one core with 10,000 taught names).
//!
//! ```text
//! cargo run --release -p sahifa-extract --example knowledge_speed -- \
//!     ../shared/data/ner/anercorp-train.conll ../shared/data/ner/wikifane-gold.coarse.conll \
//!     [--names 10000] [--doc-size 25] [--rounds 2]
//! ```
//!
//! The names are the distinct gold entities of the given CoNLL files, in file order, until
//! `--names`; the text is the first file's sentences in documents of `--doc-size` (so the
//! taught names are dense in it: a worst case). Each setting is timed `--rounds` times
//! (best CPU time of the thread kept, so a busy machine counts less): the shipped extractor, then the same with the store.

use std::process::ExitCode;
use std::time::Instant;

use sahifa_extract::conll::{self, Sentence};
use sahifa_extract::knowledge::KnowledgeStore;
use sahifa_extract::{Extractor, cli};
use sahifa_model::Label;

struct Opts {
    files: Vec<String>,
    names: usize,
    doc_size: usize,
    rounds: usize,
}

fn parse_args() -> Result<Opts, String> {
    let mut o = Opts {
        files: Vec::new(),
        names: 10_000,
        doc_size: 25,
        rounds: 2,
    };
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let mut num = |name: &str| {
            args.next()
                .and_then(|v| v.parse::<usize>().ok())
                .filter(|&n| n > 0)
                .ok_or(format!("{name} needs a positive number"))
        };
        match a.as_str() {
            "--names" => o.names = num("--names")?,
            "--doc-size" => o.doc_size = num("--doc-size")?,
            "--rounds" => o.rounds = num("--rounds")?,
            _ => o.files.push(a),
        }
    }
    if o.files.is_empty() {
        return Err("give CoNLL files".into());
    }
    Ok(o)
}

/// Distinct gold entities `(text, label)` of the sentences, in order.
fn gold_names(sentences: &[Sentence], out: &mut Vec<(String, Label)>, max: usize) {
    let mut seen: std::collections::HashSet<String> = out.iter().map(|n| n.0.clone()).collect();
    for s in sentences {
        for (a, b, ty) in conll::spans(&s.tags) {
            if out.len() >= max {
                return;
            }
            let name = s.words[a..b].join(" ");
            let label = Label::parse(&ty).unwrap_or(Label::Misc);
            if seen.insert(name.clone()) {
                out.push((name, label));
            }
        }
    }
}

/// CPU seconds this thread has run (Linux `schedstat`; wall-clock time elsewhere), so that
/// other processes on a shared machine do not count.
fn cpu_secs(wall: Instant) -> f64 {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse::<u64>().ok())
        .map_or_else(|| wall.elapsed().as_secs_f64(), |ns| ns as f64 / 1e9)
}

/// Best CPU time of `rounds` runs of `f`, and its result.
fn best_secs<T>(rounds: usize, mut f: impl FnMut() -> T) -> (f64, T) {
    let mut best = f64::INFINITY;
    let mut out = None;
    for _ in 0..rounds {
        let wall = Instant::now();
        let t0 = cpu_secs(wall);
        let r = f();
        best = best.min(cpu_secs(wall) - t0);
        out = Some(r);
    }
    (best, out.unwrap_or_else(f))
}

fn run(o: &Opts) -> Result<(), String> {
    let mut corpora = Vec::new();
    for f in &o.files {
        corpora.push(conll::parse(&cli::read_text(std::path::Path::new(f))?));
    }
    let mut names = Vec::new();
    for c in &corpora {
        gold_names(c, &mut names, o.names);
    }
    let docs: Vec<String> = corpora[0]
        .chunks(o.doc_size)
        .map(|d| {
            let mut text = String::new();
            for s in d {
                text.push_str(&s.words.join(" "));
                text.push('\n');
            }
            text
        })
        .collect();
    let bytes: usize = docs.iter().map(String::len).sum();
    let mb = bytes as f64 / 1e6;

    let dir = std::env::temp_dir().join(format!("sahifa-knowledge-speed-{}", std::process::id()));
    let path = dir.join("knowledge.json");
    let mut store = KnowledgeStore::empty(&path);
    for (n, l) in &names {
        store.teach(n, *l);
    }
    let t0 = Instant::now();
    store.save().map_err(|e| e.to_string())?;
    let save = t0.elapsed().as_secs_f64();
    let t0 = Instant::now();
    let store = KnowledgeStore::load(&path).map_err(|e| e.to_string())?;
    let load = t0.elapsed().as_secs_f64();
    let file_kb = std::fs::metadata(&path).map_or(0, |m| m.len()) / 1024;
    let _ = std::fs::remove_dir_all(&dir);

    let ex = Extractor::shipped().map_err(|e| e.to_string())?;
    let extract_all =
        |ex: &Extractor| -> usize { docs.iter().map(|d| ex.extract(d).mentions.len()).sum() };
    let (plain, m0) = best_secs(o.rounds, || extract_all(&ex));
    let t0 = Instant::now();
    let index = ex.set_knowledge(&store);
    let build = t0.elapsed().as_secs_f64();
    let (with, m1) = best_secs(o.rounds, || extract_all(&ex));
    let chars: Vec<Vec<char>> = docs.iter().map(|d| d.chars().collect()).collect();
    let (find, hits) = best_secs(o.rounds, || {
        chars.iter().map(|c| index.find(c).len()).sum::<usize>()
    });

    println!(
        "{} names taught ({} searched forms); store file {file_kb} KB, save {:.0} ms, load {:.0} ms, index {:.0} ms",
        store.taught().count(),
        index.searched(),
        1e3 * save,
        1e3 * load,
        1e3 * build
    );
    println!(
        "search alone: {hits} hits in {:.0} ms ({:.1} MB/s)",
        1e3 * find,
        mb / find
    );
    println!(
        "text: {mb:.2} MB of Arabic in {} documents of {} sentences\n",
        docs.len(),
        o.doc_size
    );
    println!("| setting | CPU time | speed | mentions |");
    println!("|---|---|---|---|");
    println!(
        "| shipped extractor | {plain:.2} s | {:.2} MB/s | {m0} |",
        mb / plain
    );
    println!(
        "| + knowledge store | {with:.2} s | {:.2} MB/s | {m1} |",
        mb / with
    );
    Ok(())
}

fn main() -> ExitCode {
    match parse_args().and_then(|o| run(&o)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("knowledge_speed: {e}");
            ExitCode::FAILURE
        }
    }
}
