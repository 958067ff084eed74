//! Builds a synthetic news archive for the library benchmark: N articles of 2–5 KB from
//! the sentences of CoNLL files, each a headline line, a date line and paragraphs of
//! consecutive sentences (ANERcorp keeps an article's sentences together, so an article
//! reads as one story), in sub-folders of 500 files like a news archive. The same seed and
//! files give the same corpus, byte for byte.
//!
//! ```sh
//! cargo run -p sahifa-library --release --example make_corpus -- OUT_DIR \
//!     assets/training/anercorp-train.conll ../shared/data/ner/wikifane-gold.coarse.conll \
//!     [--articles 10000] [--seed 1]
//! ```

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use sahifa_extract::conll;

/// Files per sub-folder.
const PER_FOLDER: usize = 500;
/// Article size in bytes, headline and date included.
const MIN_BYTES: usize = 2_000;
const MAX_BYTES: usize = 5_000;

struct Args {
    out: PathBuf,
    conll: Vec<PathBuf>,
    articles: usize,
    seed: u64,
}

fn parse_args() -> Result<Args, String> {
    let mut positional = Vec::new();
    let mut articles = 10_000;
    let mut seed = 1;
    let mut it = std::env::args().skip(1);
    while let Some(a) = it.next() {
        match a.as_str() {
            "--articles" => articles = number(it.next(), "--articles")?,
            "--seed" => seed = number(it.next(), "--seed")?,
            _ => positional.push(PathBuf::from(a)),
        }
    }
    if positional.len() < 2 {
        return Err("usage: make_corpus OUT_DIR FILE.conll… [--articles N] [--seed S]".into());
    }
    let out = positional.remove(0);
    Ok(Args {
        out,
        conll: positional,
        articles,
        seed,
    })
}

fn number<T: std::str::FromStr>(value: Option<String>, flag: &str) -> Result<T, String> {
    value
        .and_then(|v| v.parse().ok())
        .ok_or_else(|| format!("{flag} needs a number"))
}

/// SplitMix64: a tiny, fixed pseudo-random sequence, so the corpus depends only on the
/// seed (not on a crate's version).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `lo..hi` (`hi > lo`).
    fn range(&mut self, lo: usize, hi: usize) -> usize {
        let span = u64::try_from(hi.saturating_sub(lo).max(1)).unwrap_or(u64::MAX);
        lo + usize::try_from(self.next() % span).unwrap_or(0)
    }
}

/// Every sentence of the files, as text (words joined by single spaces).
fn sentences(files: &[PathBuf]) -> Result<Vec<String>, String> {
    let mut out = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(file).map_err(|e| format!("{}: {e}", file.display()))?;
        for s in conll::parse(&text) {
            let (mut line, mut pos) = (String::new(), 0);
            conll::push_words(&s.words, &mut line, &mut pos);
            out.push(line);
        }
    }
    if out.is_empty() {
        return Err("the CoNLL files hold no sentence".into());
    }
    Ok(out)
}

/// One article: a headline (the first words of its first sentence), a date line, and
/// paragraphs of 2–4 consecutive sentences up to a size drawn in 2–5 KB.
fn article(sentences: &[String], rng: &mut Rng) -> String {
    let target = rng.range(MIN_BYTES, MAX_BYTES);
    let mut at = rng.range(0, sentences.len());
    let headline: Vec<&str> = sentences[at].split(' ').take(9).collect();
    let date = format!(
        "{:04}/{:02}/{:02}",
        rng.range(2003, 2025),
        rng.range(1, 13),
        rng.range(1, 29)
    );
    let mut text = format!("{}\n{date}\n", headline.join(" "));
    'paragraphs: while text.len() < target {
        text.push('\n');
        for _ in 0..rng.range(2, 5) {
            let s = &sentences[at % sentences.len()];
            at += 1;
            if text.len() + s.len() + 1 > MAX_BYTES {
                if text.len() >= MIN_BYTES {
                    break 'paragraphs;
                }
                continue;
            }
            text.push_str(s);
            text.push(' ');
        }
        text.truncate(text.trim_end().len());
        text.push('\n');
    }
    text.truncate(text.trim_end().len());
    text.push('\n');
    text
}

fn write_corpus(args: &Args, sentences: &[String]) -> Result<u64, String> {
    let mut rng = Rng(args.seed);
    let mut bytes = 0u64;
    for i in 0..args.articles {
        let folder = args.out.join(format!("{:03}", i / PER_FOLDER));
        if i % PER_FOLDER == 0 {
            std::fs::create_dir_all(&folder).map_err(|e| format!("{}: {e}", folder.display()))?;
        }
        let text = article(sentences, &mut rng);
        let path = folder.join(format!("article-{i:06}.txt"));
        std::fs::write(&path, &text).map_err(|e| format!("{}: {e}", path.display()))?;
        bytes += u64::try_from(text.len()).unwrap_or(0);
    }
    Ok(bytes)
}

fn run(args: &Args) -> Result<(), String> {
    if args.out.exists() && std::fs::read_dir(&args.out).is_ok_and(|mut d| d.next().is_some()) {
        return Err(format!("{} is not empty", args.out.display()));
    }
    let sentences = sentences(&args.conll)?;
    let bytes = write_corpus(args, &sentences)?;
    println!(
        "{} articles, {:.1} MB, from {} sentences, in {}",
        args.articles,
        bytes as f64 / 1e6,
        sentences.len(),
        Path::new(&args.out).display()
    );
    Ok(())
}

fn main() -> ExitCode {
    match parse_args().and_then(|a| run(&a)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("make_corpus: {e}");
            ExitCode::FAILURE
        }
    }
}
