//! The learning-curve benchmark of the personal knowledge store (issue 10, part 5): teach
//! from one half of a labelled newswire set, score the other half before and after.
//!
//! ```text
//! cargo run --release -p sahifa-extract --example learning_curve -- \
//!     ../shared/data/ner/anercorp-dev.conll [--doc-size 25] [--split halves|alternate] \
//!     [--retrain ../shared/data/ner [--iterations 100] [--cache target/learning-curve]] \
//!     [--scheme anercorp|news]
//! ```
//!
//! B is scored under ANERcorp's conventions (`--scheme anercorp`, the default: its
//! files tag currencies as MISC and leave «الجيش X» untagged) or the reader's
//! (`--scheme news`); see `sahifa_extract::scheme`.
//!
//! The set is cut into documents of `--doc-size` sentences (ANERcorp has no document
//! marks; its articles are contiguous). `halves`: A is the first half of the documents, B
//! the second; `alternate`: even documents are A, odd ones B. A's gold spans are written
//! as the project's JSONL export and taught exactly as `sahifa learn A.jsonl` would (into
//! a store in a temporary folder, never the user's); B is scored with conlleval rules
//! (`eval::evaluate`) by the shipped extractor without and with that store.
//!
//! With `--corrections`, A is also read as a user reads it in the app: the shipped
//! extractor's mentions of A's four types that the gold does not have are rejected (what
//! deleting a wrong proposal and saving teaches), except strings A tags as names
//! elsewhere. The rejections come from A only, like the names.
//!
//! With `--retrain DATA`, two CRFs are trained with the same settings
//! ([`retrain::train_with`], `--iterations`): on ANERcorp train alone (the baseline, cached
//! in `--cache`) and on ANERcorp train plus A's articles (what `sahifa train --add A.jsonl`
//! does); B is scored with each, without and with the store.
//!
//! The shipped model was trained on ANERcorp train: score a file it never saw (dev) for an
//! honest figure; on train the CRF already knows the names and the lexicon adds little.

use std::io::Write as _;
use std::process::ExitCode;

use sahifa_extract::conll::{self, Sentence};
use sahifa_extract::eval::{self, Scores};
use sahifa_extract::knowledge::{self, KnowledgeStore};
use sahifa_extract::{Extractor, cli, retrain};

struct Opts {
    file: String,
    doc_size: usize,
    alternate: bool,
    retrain: Option<std::path::PathBuf>,
    iterations: usize,
    cache: std::path::PathBuf,
    corrections: bool,
    scheme: sahifa_extract::Scheme,
}

fn parse_args() -> Result<Opts, String> {
    let mut args = std::env::args().skip(1);
    let mut file = None;
    let mut doc_size = 25;
    let mut alternate = false;
    let mut retrain = None;
    let mut iterations = 100;
    let mut cache = std::path::PathBuf::from("target/learning-curve");
    let mut corrections = false;
    let mut scheme = sahifa_extract::Scheme::Anercorp;
    while let Some(a) = args.next() {
        match a.as_str() {
            "--doc-size" => {
                doc_size = args
                    .next()
                    .and_then(|v| v.parse().ok())
                    .filter(|&n| n > 0)
                    .ok_or("--doc-size needs a positive number")?;
            }
            "--corrections" => corrections = true,
            "--scheme" => {
                scheme = args
                    .next()
                    .ok_or("--scheme news|anercorp")?
                    .parse()
                    .map_err(|e| format!("{e}"))?;
            }
            "--retrain" => retrain = Some(args.next().ok_or("--retrain DATA")?.into()),
            "--cache" => cache = args.next().ok_or("--cache DIR")?.into(),
            "--iterations" => {
                iterations = args
                    .next()
                    .and_then(|v| v.parse().ok())
                    .filter(|&n| n > 0)
                    .ok_or("--iterations needs a positive number")?;
            }
            "--split" => match args.next().as_deref() {
                Some("halves") => alternate = false,
                Some("alternate") => alternate = true,
                _ => return Err("--split halves|alternate".into()),
            },
            _ if file.is_none() => file = Some(a),
            _ => return Err(format!("unexpected argument {a}")),
        }
    }
    Ok(Opts {
        file: file.ok_or("give a CoNLL file")?,
        doc_size,
        alternate,
        retrain,
        iterations,
        cache,
        corrections,
        scheme,
    })
}

/// One JSONL line per document: the sentences joined by newlines, gold spans in chars.
fn jsonl_of(docs: &[&[Sentence]]) -> String {
    let mut out = String::new();
    for doc in docs {
        let mut text = String::new();
        let mut pos = 0;
        let mut spans = Vec::new();
        for s in *doc {
            let words = conll::push_words(&s.words, &mut text, &mut pos);
            for (a, b, ty) in conll::spans(&s.tags) {
                let (Some(first), Some(last)) = (words.get(a), words.get(b - 1)) else {
                    continue;
                };
                spans.push(serde_json::json!({"start": first.0, "end": last.1, "label": ty}));
            }
            text.push('\n');
            pos += 1;
        }
        let line = serde_json::json!({"text": text, "spans": spans});
        out.push_str(&line.to_string());
        out.push('\n');
    }
    out
}

fn row(name: &str, s: &Scores) -> String {
    let (p, r, f) = s.micro().prf();
    let mut out = format!(
        "| {name} | {:.1} | {:.1} | **{:.1}** |",
        100.0 * p,
        100.0 * r,
        100.0 * f
    );
    for ty in ["PERS", "LOC", "ORG", "MISC"] {
        let f = s.by_type.get(ty).map_or(0.0, |c| c.prf().2);
        out.push_str(&format!(" {:.1} |", 100.0 * f));
    }
    out
}

fn run(o: &Opts) -> Result<(), String> {
    let sentences = conll::parse(&cli::read_text(std::path::Path::new(&o.file))?);
    let docs: Vec<&[Sentence]> = sentences.chunks(o.doc_size).collect();
    let (mut a, mut b): (Vec<&[Sentence]>, Vec<&[Sentence]>) = (Vec::new(), Vec::new());
    for (i, d) in docs.iter().enumerate() {
        let in_a = if o.alternate {
            i % 2 == 0
        } else {
            i < docs.len() / 2
        };
        if in_a { a.push(d) } else { b.push(d) }
    }
    let b_sents: Vec<Sentence> = b.iter().flat_map(|d| d.iter().cloned()).collect();
    let dir = std::env::temp_dir().join(format!("sahifa-learning-curve-{}", std::process::id()));
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    let jsonl = dir.join("A.jsonl");
    std::fs::write(&jsonl, jsonl_of(&a)).map_err(|e| e.to_string())?;

    let mut ex = Extractor::shipped().map_err(|e| e.to_string())?;
    ex.scheme = o.scheme;
    let errors = std::env::var_os("LEARNING_CURVE_ERRORS").is_some();
    if errors {
        eprintln!("=== before");
    }
    let before = eval::evaluate_verbose(&ex, &b_sents, o.doc_size, errors);

    let t0 = std::time::Instant::now();
    let mut lesson = knowledge::lesson_from_file(&jsonl).map_err(|e| e.to_string())?;
    let rejected = if o.corrections {
        corrections(
            &ex,
            &std::fs::read_to_string(&jsonl).map_err(|e| e.to_string())?,
            &mut lesson,
        )
    } else {
        0
    };
    let mut store = KnowledgeStore::empty(&dir.join("knowledge.json"));
    let learned = store.learn(&lesson);
    store.save().map_err(|e| e.to_string())?;
    let index = ex.set_knowledge(&store);
    let teach_secs = t0.elapsed().as_secs_f64();
    if errors {
        eprintln!("=== after");
    }
    let after = eval::evaluate_verbose(&ex, &b_sents, o.doc_size, errors);
    let _ = std::fs::remove_dir_all(&dir);

    let a_sents: usize = a.iter().map(|d| d.len()).sum();
    let mut out = std::io::stdout().lock();
    let _ = writeln!(
        out,
        "{}: {} sentences in documents of {}, split {}, {} scheme: A {a_sents} sentences, B {}",
        o.file,
        sentences.len(),
        o.doc_size,
        if o.alternate { "alternate" } else { "halves" },
        o.scheme,
        b_sents.len()
    );
    let _ = writeln!(
        out,
        "taught from A: {} names ({} searched forms), {rejected} rejected strings, in {teach_secs:.2} s\n",
        learned.taught,
        index.searched()
    );
    let _ = writeln!(out, "| on B | P | R | F1 | PERS | LOC | ORG | MISC |");
    let _ = writeln!(out, "|---|---|---|---|---|---|---|---|");
    let _ = writeln!(out, "{}", row("shipped extractor", &before));
    let _ = writeln!(out, "{}", row("+ knowledge taught from A", &after));
    if let Some(data) = &o.retrain {
        let jsonl_text = jsonl_of(&a);
        let base = trained(
            o,
            data,
            "",
            &o.cache.join(format!("base-it{}", o.iterations)),
        )?;
        let key = format!(
            "{}-{}",
            if o.alternate { "alt" } else { "half" },
            o.doc_size
        );
        let dir = o.cache.join(format!("with-A-{key}-it{}", o.iterations));
        let with_a = trained(o, data, &jsonl_text, &dir)?;
        for (name, ex) in [
            (format!("retrained without A ({} it.)", o.iterations), &base),
            (format!("retrained with A ({} it.)", o.iterations), &with_a),
        ] {
            let _ = writeln!(
                out,
                "{}",
                row(&name, &eval::evaluate(ex, &b_sents, o.doc_size))
            );
            ex.set_knowledge(&store);
            let s = eval::evaluate(ex, &b_sents, o.doc_size);
            let _ = writeln!(out, "{}", row(&format!("{name} + knowledge"), &s));
        }
    }
    let gain = 100.0 * (after.micro().prf().2 - before.micro().prf().2);
    let _ = writeln!(
        out,
        "\nF1 gain of the knowledge store on the shipped model: {gain:+.1} points"
    );
    Ok(())
}

/// What reading A in the app teaches beyond its names: each mention the extractor
/// proposes in an article of `jsonl` (ANERcorp's four types) that the gold does not hold
/// is rejected under its label, unless A tags the same string as a name somewhere.
/// Returns how many strings were rejected.
fn corrections(ex: &Extractor, jsonl: &str, lesson: &mut knowledge::Lesson) -> usize {
    use sahifa_model::Label;
    let mut gold_names = std::collections::HashSet::new();
    let mut wrong = Vec::new();
    for line in jsonl.lines() {
        let Ok(v) = serde_json::from_str::<serde_json::Value>(line) else {
            continue;
        };
        let text = v["text"].as_str().unwrap_or_default();
        let chars: Vec<char> = text.chars().collect();
        let slice = |a: usize, b: usize| chars.get(a..b).map(|c| c.iter().collect::<String>());
        let mut gold = std::collections::HashSet::new();
        for sp in v["spans"].as_array().into_iter().flatten() {
            let (Some(a), Some(b)) = (sp["start"].as_u64(), sp["end"].as_u64()) else {
                continue;
            };
            let label = sp["label"].as_str().and_then(Label::parse);
            gold.insert((a as usize, b as usize, label));
            if let Some(t) = slice(a as usize, b as usize) {
                gold_names.insert(knowledge::key(&t));
            }
        }
        for m in ex.extract(text).mentions {
            let (a, b) = (m.range.start(), m.range.end());
            let four = matches!(
                m.label,
                Label::Person | Label::Location | Label::Org | Label::Misc
            );
            if four && !gold.contains(&(a, b, Some(m.label))) {
                wrong.extend(slice(a, b).map(|t| (t, m.label)));
            }
        }
    }
    let mut n = 0;
    for (t, label) in wrong {
        if !gold_names.contains(&knowledge::key(&t)) {
            lesson.add_rejection(&t, Some(label));
            n += 1;
        }
    }
    n
}

/// A CRF trained on ANERcorp train plus the articles of `jsonl` (none when empty), cached
/// in `dir` ([`retrain::write_model_dir`]).
fn trained(
    o: &Opts,
    data: &std::path::Path,
    jsonl: &str,
    dir: &std::path::Path,
) -> Result<Extractor, String> {
    if !dir.join("ner.crfsuite").exists() {
        let articles = retrain::parse_jsonl(jsonl, "A").map_err(|e| e.0)?;
        let added: Vec<_> = articles
            .iter()
            .flat_map(retrain::article_sentences)
            .collect();
        let corpus = sahifa_extract::train::Corpus::read(data).map_err(|e| e.0)?;
        let mut hyper = sahifa_extract::train::Hyper::shipped();
        hyper.iterations = o.iterations;
        eprintln!(
            "training {} ({} added sentences, {} iterations)…",
            dir.display(),
            added.len(),
            o.iterations
        );
        let never = std::sync::atomic::AtomicBool::new(false);
        let t = retrain::train_with(&corpus, &added, &hyper, &|_| {}, &never)
            .map_err(|e| e.0)?
            .ok_or("cancelled")?;
        retrain::write_model_dir(dir, &t).map_err(|e| e.0)?;
    }
    let mut ex = retrain::load_model_dir(dir).map_err(|e| e.to_string())?;
    ex.scheme = o.scheme;
    Ok(ex)
}

fn main() -> ExitCode {
    match parse_args().and_then(|o| run(&o)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("learning_curve: {e}");
            ExitCode::FAILURE
        }
    }
}
