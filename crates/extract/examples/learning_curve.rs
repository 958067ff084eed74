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
//! elsewhere; a proposal the gold has under another label is retyped, which rejects
//! nothing (as in the app). The rejections come from A only, like the names.
//!
//! With `--cv K --data DIR` (no file), the set is ANERcorp train and the models are the
//! K cross-validation fold models of `sahifa-ner eval --cv K` (cached in `--cache`,
//! default `target/cv`, shared with it): each fold's held-out block is split as above,
//! taught from A and scored on B, and the folds' counts are pooled. This is the selection
//! set for the store's features; dev halves are the figure reported once.
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
    /// `--cv K --data DIR`: the CV fold models instead of the shipped one.
    cv: Option<(usize, std::path::PathBuf)>,
}

fn parse_args() -> Result<Opts, String> {
    let mut args = std::env::args().skip(1);
    let mut file = None;
    let mut doc_size = 25;
    let mut alternate = false;
    let mut retrain = None;
    let mut iterations = 100;
    let mut cache: Option<std::path::PathBuf> = None;
    let mut corrections = false;
    let mut scheme = sahifa_extract::Scheme::Anercorp;
    let (mut folds, mut data) = (None, None);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--cv" => {
                folds = args
                    .next()
                    .and_then(|v| v.parse().ok())
                    .filter(|&n: &usize| n >= 2)
                    .map(Some)
                    .ok_or("--cv needs a number of folds (at least 2)")?;
            }
            "--data" => data = Some(std::path::PathBuf::from(args.next().ok_or("--data DIR")?)),
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
            "--cache" => cache = Some(args.next().ok_or("--cache DIR")?.into()),
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
    let cv = match (folds, data) {
        (Some(k), Some(d)) => Some((k, d)),
        (None, None) => None,
        _ => return Err("--cv K and --data DIR go together".into()),
    };
    if cv.is_some() && retrain.is_some() {
        return Err("--cv does not retrain (use the shipped model without --cv)".into());
    }
    let cache = cache.unwrap_or_else(|| {
        if cv.is_some() {
            "target/cv"
        } else {
            "target/learning-curve"
        }
        .into()
    });
    let file = if cv.is_some() {
        file.unwrap_or_default()
    } else {
        file.ok_or("give a CoNLL file")?
    };
    Ok(Opts {
        cv,
        file,
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

/// Documents of `doc_size` sentences, cut into A (taught) and B (scored).
fn split<'s>(sentences: &'s [Sentence], o: &Opts) -> (Vec<&'s [Sentence]>, Vec<&'s [Sentence]>) {
    let docs: Vec<&[Sentence]> = sentences.chunks(o.doc_size).collect();
    let (mut a, mut b) = (Vec::new(), Vec::new());
    for (i, d) in docs.iter().enumerate() {
        let in_a = if o.alternate {
            i % 2 == 0
        } else {
            i < docs.len() / 2
        };
        if in_a { a.push(*d) } else { b.push(*d) }
    }
    (a, b)
}

/// What teaching A did to `ex` on B.
struct Curve {
    before: Scores,
    after: Scores,
    taught: usize,
    searched: usize,
    rejected: usize,
    secs: f64,
    store: KnowledgeStore,
}

/// Scores B with `ex`, teaches A's gold (as `sahifa learn A.jsonl` would, into a store in a
/// temporary folder), and scores B again; `ex` keeps the store.
fn teach_and_score(
    ex: &Extractor,
    a: &[&[Sentence]],
    b_sents: &[Sentence],
    o: &Opts,
) -> Result<Curve, String> {
    let dir = std::env::temp_dir().join(format!("sahifa-learning-curve-{}", std::process::id()));
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    let jsonl = dir.join("A.jsonl");
    std::fs::write(&jsonl, jsonl_of(a)).map_err(|e| e.to_string())?;
    let errors = std::env::var_os("LEARNING_CURVE_ERRORS").is_some();
    if errors {
        eprintln!("=== before");
    }
    let before = eval::evaluate_verbose(ex, b_sents, o.doc_size, errors);
    let t0 = std::time::Instant::now();
    let mut lesson = knowledge::lesson_from_file(&jsonl).map_err(|e| e.to_string())?;
    let rejected = if o.corrections {
        let text = std::fs::read_to_string(&jsonl).map_err(|e| e.to_string())?;
        corrections(ex, &text, &mut lesson)
    } else {
        0
    };
    let mut store = KnowledgeStore::empty(&dir.join("knowledge.json"));
    let learned = store.learn(&lesson);
    store.save().map_err(|e| e.to_string())?;
    let index = ex.set_knowledge(&store);
    let secs = t0.elapsed().as_secs_f64();
    if errors {
        eprintln!("=== after");
    }
    let after = eval::evaluate_verbose(ex, b_sents, o.doc_size, errors);
    let _ = std::fs::remove_dir_all(&dir);
    Ok(Curve {
        before,
        after,
        taught: learned.taught,
        searched: index.searched(),
        rejected,
        secs,
        store,
    })
}

fn gain(c: &Curve) -> f64 {
    100.0 * (c.after.micro().prf().2 - c.before.micro().prf().2)
}

fn run(o: &Opts) -> Result<(), String> {
    if let Some((k, data)) = &o.cv {
        return run_cv(o, *k, data);
    }
    let sentences = conll::parse(&cli::read_text(std::path::Path::new(&o.file))?);
    let (a, b) = split(&sentences, o);
    let b_sents: Vec<Sentence> = b.iter().flat_map(|d| d.iter().cloned()).collect();
    let mut ex = Extractor::shipped().map_err(|e| e.to_string())?;
    ex.scheme = o.scheme;
    let c = teach_and_score(&ex, &a, &b_sents, o)?;

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
        "taught from A: {} names ({} searched forms), {} rejected strings, in {:.2} s\n",
        c.taught, c.searched, c.rejected, c.secs
    );
    let _ = writeln!(out, "| on B | P | R | F1 | PERS | LOC | ORG | MISC |");
    let _ = writeln!(out, "|---|---|---|---|---|---|---|---|");
    let _ = writeln!(out, "{}", row("shipped extractor", &c.before));
    let _ = writeln!(out, "{}", row("+ knowledge taught from A", &c.after));
    if let Some(data) = &o.retrain {
        retrained_rows(o, data, &a, &b_sents, &c.store, &mut out)?;
    }
    let _ = writeln!(
        out,
        "\nF1 gain of the knowledge store on the shipped model: {:+.1} points",
        gain(&c)
    );
    Ok(())
}

/// The retrained rows: ANERcorp train alone and with A, each without and with the store.
fn retrained_rows(
    o: &Opts,
    data: &std::path::Path,
    a: &[&[Sentence]],
    b_sents: &[Sentence],
    store: &KnowledgeStore,
    out: &mut impl std::io::Write,
) -> Result<(), String> {
    let jsonl_text = jsonl_of(a);
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
            row(&name, &eval::evaluate(ex, b_sents, o.doc_size))
        );
        ex.set_knowledge(store);
        let s = eval::evaluate(ex, b_sents, o.doc_size);
        let _ = writeln!(out, "{}", row(&format!("{name} + knowledge"), &s));
    }
    Ok(())
}

/// `--cv K`: for each fold of ANERcorp train, its CV model (cached in `--cache`, shared
/// with `sahifa-ner eval --cv`) is taught from half of its held-out block and scored on the
/// other half; the folds' counts are pooled. A selection set that leaves dev alone.
fn run_cv(o: &Opts, k: usize, data: &std::path::Path) -> Result<(), String> {
    let cfg = sahifa_extract::cv::CvConfig {
        data: data.to_owned(),
        folds: k,
        hyper: sahifa_extract::train::Hyper {
            iterations: 100,
            wiki_max: 0,
            ..sahifa_extract::train::Hyper::shipped()
        },
        cache: o.cache.clone(),
        threads: 1,
        doc_size: o.doc_size,
        rules: true,
        scheme: o.scheme,
        spread: true,
        errors: false,
        only: Vec::new(),
    };
    let corpus = sahifa_extract::train::Corpus::read(data).map_err(|e| e.0)?;
    let (mut before, mut after) = (Scores::default(), Scores::default());
    let mut out = std::io::stdout().lock();
    let _ = writeln!(
        out,
        "{k}-fold CV models, documents of {}, split {}, {} scheme\n",
        o.doc_size,
        if o.alternate { "alternate" } else { "halves" },
        o.scheme
    );
    let _ = writeln!(out, "| fold | taught | before | after | gain |");
    let _ = writeln!(out, "|---|---|---|---|---|");
    for fold in 0..k {
        let f = sahifa_extract::cv::fold_extractor(&cfg, &corpus, fold).map_err(|e| e.0)?;
        let (a, b) = split(&f.held, o);
        let b_sents: Vec<Sentence> = b.iter().flat_map(|d| d.iter().cloned()).collect();
        let c = teach_and_score(&f.extractor, &a, &b_sents, o)?;
        let _ = writeln!(
            out,
            "| {} | {} | {:.1} | {:.1} | {:+.1} |",
            fold + 1,
            c.taught,
            100.0 * c.before.micro().prf().2,
            100.0 * c.after.micro().prf().2,
            gain(&c)
        );
        add_counts(&mut before, &c.before);
        add_counts(&mut after, &c.after);
    }
    let _ = writeln!(
        out,
        "\n| pooled on B | P | R | F1 | PERS | LOC | ORG | MISC |"
    );
    let _ = writeln!(out, "|---|---|---|---|---|---|---|---|");
    let _ = writeln!(out, "{}", row("fold model", &before));
    let _ = writeln!(out, "{}", row("+ knowledge taught from A", &after));
    let g = 100.0 * (after.micro().prf().2 - before.micro().prf().2);
    let _ = writeln!(
        out,
        "\npooled F1 gain of the knowledge store: {g:+.1} points"
    );
    Ok(())
}

fn add_counts(all: &mut Scores, s: &Scores) {
    for (t, c) in &s.by_type {
        let e = all.by_type.entry(t.clone()).or_default();
        e.gold += c.gold;
        e.pred += c.pred;
        e.correct += c.correct;
    }
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
            // Same words under another label: the reader retypes it, which teaches the
            // new label and rejects nothing.
            // ANERcorp tags a word with its clitics («لسوريا»), the extractor the name
            // after them: the same mention.
            let retyped = gold
                .iter()
                .any(|&(ga, gb, _)| gb == b && ga <= a && a - ga <= 2);
            if four && !retyped {
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
