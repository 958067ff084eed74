//! Mention-level scoring of whole news articles against gold files in the seed gold's
//! format (`tests/fixtures/seed-000.gold.json`), all seven types, as the reader shows them:
//!
//! ```text
//! cargo run --release -p sahifa-extract --example eval_news -- \
//!     crates/extract/eval/news-gold [--errors]
//! ```
//!
//! The folder holds `NN.txt` articles and `NN.gold.json` files: `{"document", "entities":
//! {id: {"type", "name", "title"?}}, "mentions": [{"start", "end", "text", "type",
//! "entity"}]}`, offsets in chars, end exclusive. Each article is one document for the
//! shipped extractor (news scheme, no personal store).
//!
//! - A mention is right when a found mention has its type and its end, and starts where
//!   it does or one clitic letter (و ف ب ل ك) before or after (the gold files accept
//!   either start).
//! - A title next to its holder is no mention in either file: it is the person entity's
//!   `title`. The row `person titles` scores those: a gold person's title is right when a
//!   found mention of that person belongs to an entity whose title is the same (folded,
//!   courtesy words at either end left out).
//!   Found: every found person entity with a title that has a mention in the gold.
//! - `TITLE + person titles` adds the two, the view of `eval_types`, which counts a title
//!   next to a name as a TITLE mention.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use sahifa_extract::eval::same_mention;
use sahifa_extract::{Extractor, arabic, rules, token};
use sahifa_model::{Annotations, EntityId, Label};
use serde_json::Value;

/// Gold, found and right counts of one row.
#[derive(Default, Clone, Copy)]
struct Counts {
    gold: usize,
    found: usize,
    right: usize,
}

impl Counts {
    fn add(&mut self, o: Counts) {
        self.gold += o.gold;
        self.found += o.found;
        self.right += o.right;
    }

    fn line(&self, name: &str) -> String {
        let pct = |a: usize, b: usize| {
            if b == 0 {
                0.0
            } else {
                100.0 * a as f64 / b as f64
            }
        };
        let (p, r) = (pct(self.right, self.found), pct(self.right, self.gold));
        let f = if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        };
        format!(
            "{name:<24}{:>6}{:>6}{:>6}{p:>8.2}{r:>8.2}{f:>8.2}",
            self.gold, self.found, self.right
        )
    }
}

/// One gold mention.
struct GoldMention {
    start: usize,
    end: usize,
    label: Label,
    text: String,
    entity: Option<String>,
}

/// One article's gold: its text, mentions and the titles of its people.
struct Gold {
    text: String,
    mentions: Vec<GoldMention>,
    titles: BTreeMap<String, String>,
}

fn num(v: &Value, key: &str) -> Result<usize, String> {
    v[key]
        .as_u64()
        .and_then(|n| usize::try_from(n).ok())
        .ok_or_else(|| format!("mention without a numeric {key}: {v}"))
}

fn read_gold(path: &Path) -> Result<Gold, String> {
    let err = |e: &dyn std::fmt::Display| format!("{}: {e}", path.display());
    let json: Value = serde_json::from_str(&std::fs::read_to_string(path).map_err(|e| err(&e))?)
        .map_err(|e| err(&e))?;
    let doc = json["document"]
        .as_str()
        .ok_or_else(|| err(&"no document"))?;
    let doc = path.parent().unwrap_or(Path::new(".")).join(doc);
    let text = std::fs::read_to_string(&doc).map_err(|e| format!("{}: {e}", doc.display()))?;
    let mut mentions = Vec::new();
    for m in json["mentions"]
        .as_array()
        .ok_or_else(|| err(&"no mentions"))?
    {
        let ty = m["type"].as_str().unwrap_or_default();
        let label = Label::parse(ty).ok_or_else(|| err(&format!("unknown type {ty}")))?;
        mentions.push(GoldMention {
            start: num(m, "start")?,
            end: num(m, "end")?,
            label,
            text: m["text"].as_str().unwrap_or_default().to_owned(),
            entity: m["entity"].as_str().map(str::to_owned),
        });
    }
    let mut titles = BTreeMap::new();
    for (id, e) in json["entities"].as_object().into_iter().flatten() {
        if let Some(t) = e["title"].as_str() {
            titles.insert(id.clone(), t.to_owned());
        }
    }
    Ok(Gold {
        text,
        mentions,
        titles,
    })
}

/// Scores one article: per type, then person titles; errors go to `errs`.
fn score(
    gold: &Gold,
    ann: &Annotations,
    rows: &mut BTreeMap<&'static str, Counts>,
    errs: &mut Vec<String>,
) {
    let chars: Vec<char> = gold.text.chars().collect();
    let slice = |a: usize, b: usize| {
        chars
            .get(a..b)
            .unwrap_or_default()
            .iter()
            .collect::<String>()
    };
    let mut used = vec![false; ann.mentions.len()];
    // Gold entity id → the found entities its matched mentions belong to.
    let mut aligned: BTreeMap<&str, Vec<EntityId>> = BTreeMap::new();
    for g in &gold.mentions {
        rows.entry(g.label.as_str()).or_default().gold += 1;
        let hit = ann.mentions.iter().enumerate().find(|(k, m)| {
            !used[*k]
                && m.label == g.label
                && same_mention(&chars, (m.range.start(), m.range.end()), g.start, g.end)
        });
        match hit {
            Some((k, m)) => {
                used[k] = true;
                rows.entry(g.label.as_str()).or_default().right += 1;
                if let (Some(id), Some(e)) = (&g.entity, m.entity) {
                    aligned.entry(id.as_str()).or_default().push(e);
                }
            }
            None => errs.push(format!("- {} «{}»", g.label.as_str(), g.text)),
        }
    }
    for (k, m) in ann.mentions.iter().enumerate() {
        rows.entry(m.label.as_str()).or_default().found += 1;
        if !used[k] {
            let t = slice(m.range.start(), m.range.end());
            errs.push(format!("+ {} «{t}»", m.label.as_str()));
        }
    }
    score_titles(gold, ann, &aligned, rows, errs);
}

/// The `person titles` row: gold people's titles against their found entities' titles.
fn score_titles(
    gold: &Gold,
    ann: &Annotations,
    aligned: &BTreeMap<&str, Vec<EntityId>>,
    rows: &mut BTreeMap<&'static str, Counts>,
    errs: &mut Vec<String>,
) {
    let row = rows.entry("person titles").or_default();
    let title_of = |id: EntityId| ann.entity(id).and_then(|e| e.title.clone());
    let mut found_titled: Vec<EntityId> = aligned
        .values()
        .flatten()
        .copied()
        .filter(|&id| title_of(id).is_some())
        .collect();
    found_titled.sort();
    found_titled.dedup();
    row.found += found_titled.len();
    for (id, title) in &gold.titles {
        row.gold += 1;
        let found: Vec<String> = aligned
            .get(id.as_str())
            .into_iter()
            .flatten()
            .filter_map(|&e| title_of(e))
            .collect();
        if found.iter().any(|t| office(t) == office(title)) {
            row.right += 1;
        } else {
            errs.push(format!("- title «{title}» (found: {found:?})"));
        }
    }
}

/// A title folded, without the courtesy words at its ends («الدكتور», «السيد»): which of
/// them a title keeps is no part of the office (GUIDELINES).
fn office(title: &str) -> String {
    let mut words: Vec<&str> = title.split_whitespace().collect();
    let courtesy = |w: &&str| rules::courtesy_only(&token::tokenize(w));
    while words.last().is_some_and(courtesy) {
        words.pop();
    }
    let start = words.iter().take_while(|w| courtesy(w)).count();
    arabic::fold(&words[start..].join(" "))
}

fn gold_files(dir: &Path) -> Result<Vec<PathBuf>, String> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.to_string_lossy().ends_with(".gold.json"))
        .collect();
    files.sort();
    Ok(files)
}

fn run() -> Result<(), String> {
    let mut dir = None;
    let mut errors = false;
    for a in std::env::args().skip(1) {
        match a.as_str() {
            "--errors" => errors = true,
            _ => dir = Some(PathBuf::from(a)),
        }
    }
    let dir = dir.ok_or("usage: eval_news DIR [--errors]")?;
    let ex = Extractor::shipped().map_err(|e| e.to_string())?;
    let mut total: BTreeMap<&'static str, Counts> = BTreeMap::new();
    let files = gold_files(&dir)?;
    for path in &files {
        let gold = read_gold(path)?;
        let ann = ex.extract(&gold.text);
        let (mut rows, mut errs) = (BTreeMap::new(), Vec::new());
        score(&gold, &ann, &mut rows, &mut errs);
        if errors {
            eprintln!("## {}", path.display());
            errs.iter().for_each(|e| eprintln!("{e}"));
        }
        for (k, v) in rows {
            total.entry(k).or_default().add(v);
        }
    }
    println!("{}: {} articles", dir.display(), files.len());
    println!(
        "{:<24}{:>6}{:>6}{:>6}{:>8}{:>8}{:>8}",
        "type", "gold", "found", "right", "prec", "rec", "F1"
    );
    let mut micro = Counts::default();
    for (name, c) in &total {
        if *name != "person titles" {
            micro.add(*c);
        }
        println!("{}", c.line(name));
    }
    println!("{}", micro.line("micro (mentions)"));
    let mut titles = total.get("TITLE").copied().unwrap_or_default();
    titles.add(total.get("person titles").copied().unwrap_or_default());
    println!("{}", titles.line("TITLE + person titles"));
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
