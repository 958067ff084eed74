//! The long multi-article check: builds a news-like file of about `--mb` megabytes from
//! CoNLL sentences (ANERcorp train first, then WikiFANE if more text is needed), grouped
//! into articles of 2–5 KB with a headline line each, extracts it as ONE document and lists
//! the entities with the most mentions (an error that spreads shows up at the top).
//!
//! ```text
//! cargo run --release -p sahifa-extract --example news_file -- \
//!     ../shared/data/ner/anercorp-train.conll ../shared/data/ner/wikifane-gold.coarse.conll \
//!     [--mb 5] [--top 20] [--write FILE]
//! ```
//!
//! The dev file must not be given: it is the held-out check of the model.

use std::collections::HashMap;
use std::process::ExitCode;
use std::time::Instant;

use sahifa_extract::{Extractor, conll};

/// Options read from the command line.
struct Opts {
    inputs: Vec<String>,
    mb: f64,
    top: usize,
    write: Option<String>,
}

fn parse_args() -> Result<Opts, String> {
    let mut opts = Opts {
        inputs: Vec::new(),
        mb: 5.0,
        top: 20,
        write: None,
    };
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let mut value = |name: &str| args.next().ok_or(format!("{name} needs a value"));
        match a.as_str() {
            "--mb" => opts.mb = value("--mb")?.parse().map_err(|e| format!("--mb: {e}"))?,
            "--top" => opts.top = value("--top")?.parse().map_err(|e| format!("--top: {e}"))?,
            "--write" => opts.write = Some(value("--write")?),
            _ => opts.inputs.push(a),
        }
    }
    if opts.inputs.is_empty() {
        return Err(
            "usage: news_file TRAIN.conll [MORE.conll] [--mb 5] [--top 20] [--write FILE]".into(),
        );
    }
    Ok(opts)
}

/// A sentence as text: its words joined by spaces.
fn sentence_text(s: &conll::Sentence) -> String {
    s.words.join(" ")
}

/// A headline from the first sentence of an article: its first words up to 8, without
/// punctuation-only tokens and with no final punctuation.
fn headline(first: &conll::Sentence) -> String {
    let words: Vec<&str> = first
        .words
        .iter()
        .map(String::as_str)
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .take(8)
        .collect();
    words.join(" ")
}

/// The file: articles of 2–5 KB (sizes cycle deterministically), each a headline line, a
/// blank line and paragraphs of three sentences, articles separated by a blank line.
fn build(sentences: &[conll::Sentence], bytes: usize) -> (String, usize) {
    let mut text = String::with_capacity(bytes + 8192);
    let mut articles = 0;
    let mut k = 0;
    while text.len() < bytes && k < sentences.len() {
        let target = 2000 + (articles * 1237) % 3000;
        let mut body = String::new();
        let first = k;
        let mut in_par = 0;
        while body.len() < target && k < sentences.len() {
            if in_par == 3 {
                body.push('\n');
                in_par = 0;
            } else if in_par > 0 {
                body.push(' ');
            }
            body.push_str(&sentence_text(&sentences[k]));
            in_par += 1;
            k += 1;
        }
        text.push_str(&headline(&sentences[first]));
        text.push_str("\n\n");
        text.push_str(&body);
        text.push_str("\n\n");
        articles += 1;
    }
    (text, articles)
}

fn run() -> Result<(), String> {
    let opts = parse_args()?;
    if opts.inputs.iter().any(|p| p.contains("anercorp-dev")) {
        return Err("the dev file is held out: do not build the check from it".into());
    }
    let mut sentences = Vec::new();
    for path in &opts.inputs {
        let data = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
        sentences.extend(conll::parse(&data));
    }
    let bytes = (opts.mb * 1_000_000.0) as usize;
    let (text, articles) = build(&sentences, bytes);
    if let Some(path) = &opts.write {
        std::fs::write(path, &text).map_err(|e| format!("{path}: {e}"))?;
    }
    let ex = Extractor::shipped().map_err(|e| e.to_string())?;
    let t = Instant::now();
    let ann = ex.extract(&text);
    let secs = t.elapsed().as_secs_f64();
    println!(
        "{:.2} MB, {articles} articles, {} mentions, {} entities, {secs:.1} s ({:.2} MB/s)",
        text.len() as f64 / 1e6,
        ann.mentions.len(),
        ann.entities.len(),
        text.len() as f64 / 1e6 / secs
    );
    let mut count: HashMap<u32, usize> = HashMap::new();
    for m in &ann.mentions {
        if let Some(e) = m.entity {
            *count.entry(e.0).or_default() += 1;
        }
    }
    let mut rows: Vec<(usize, u32)> = count.into_iter().map(|(e, n)| (n, e)).collect();
    rows.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    let print = |title: &str, label: Option<sahifa_model::Label>, top: usize| {
        println!("\n{title}\n\n| # | mentions | type | entity |\n|---|---|---|---|");
        let of_type = rows.iter().filter_map(|&(n, e)| {
            let ent = ann.entities.get(e as usize)?;
            label.is_none_or(|l| ent.label == l).then_some((n, ent))
        });
        for (rank, (n, ent)) in of_type.take(top).enumerate() {
            println!("| {} | {n} | {} | {} |", rank + 1, ent.label, ent.name);
        }
    };
    print("All types", None, opts.top);
    print("People", Some(sahifa_model::Label::Person), 10);
    print("Organisations", Some(sahifa_model::Label::Org), 10);
    Ok(())
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("{e}");
            ExitCode::FAILURE
        }
    }
}
