//! Sidecar timings on a large article: `cargo bench -p sahifa-annotate --bench sidecar`.
//!
//! The seed article repeated 300 times (about 1.1 million characters, the worst case for
//! re-anchoring because every quote occurs 300 times) with a mention on every twentieth
//! word. Prints the time to save, to reopen unchanged, and to reopen after a line was
//! inserted at the top (every mention re-anchored). Then a hostile file: one word 50,000
//! times, each mention's context matching nowhere, re-anchored after an edit; and 50,000
//! different quotes that occur nowhere in the large article.

use std::time::Instant;

use sahifa_annotate::{load_sidecar, save_sidecar};
use sahifa_model::{Annotations, Document, Label, Mention, MentionStatus, TextRange};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let seed = include_str!("../tests/fixtures/seed-000.txt");
    let big: String = (0..300).map(|i| format!("فقرة {i}: {seed}\n")).collect();
    let doc = Document::from_plain_text(&big);
    let mut words = Vec::new();
    let mut start = None;
    for (i, c) in big.chars().enumerate() {
        match (c.is_alphabetic(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                if i - s >= 4 {
                    words.push(TextRange::new(s, i, doc.text.char_len())?);
                }
                start = None;
            }
            _ => {}
        }
    }
    let mentions: Vec<Mention> = words
        .into_iter()
        .step_by(20)
        .map(|range| Mention {
            range,
            label: Label::Misc,
            entity: None,
            status: MentionStatus::Auto,
        })
        .collect();
    let ann = Annotations {
        entities: vec![],
        mentions,
    };
    let dir = std::env::temp_dir().join(format!("sahifa-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    let path = dir.join("big.txt.sahifa.json");
    println!(
        "{} characters, {} mentions",
        doc.text.char_len(),
        ann.mentions.len()
    );

    let t = Instant::now();
    save_sidecar(&path, &doc, &ann)?;
    println!(
        "save:                {:>8.1} ms",
        t.elapsed().as_secs_f64() * 1e3
    );

    let t = Instant::now();
    let same = load_sidecar(&path, &doc)?;
    println!(
        "reopen unchanged:    {:>8.1} ms",
        t.elapsed().as_secs_f64() * 1e3
    );
    assert_eq!(same.annotations, ann);

    let changed = Document::from_plain_text(&format!("مقدمة جديدة\n{big}"));
    let t = Instant::now();
    let moved = load_sidecar(&path, &changed)?;
    println!(
        "reopen re-anchored:  {:>8.1} ms",
        t.elapsed().as_secs_f64() * 1e3
    );
    assert!(moved.unplaced.is_empty());

    // Hostile: one word 50,000 times, a mention on each whose saved context matches
    // nowhere, and the text changed (every mention searched among 50,000 occurrences).
    let word = "محمد ".repeat(50_000);
    let plain = Document::from_plain_text(&word);
    let ann = Annotations {
        entities: vec![],
        mentions: (0..50_000)
            .map(|i| {
                Ok(Mention {
                    range: TextRange::new(i * 5, i * 5 + 4, plain.text.char_len())?,
                    label: Label::Person,
                    entity: None,
                    status: MentionStatus::Manual,
                })
            })
            .collect::<Result<_, sahifa_model::RangeError>>()?,
    };
    save_sidecar(&path, &plain, &ann)?;
    let mut file = sahifa_annotate::sidecar::read_sidecar_file(&path)?;
    for m in &mut file.mentions {
        m.quote.prefix = "ز ".to_owned();
        m.quote.suffix = " ق".to_owned();
    }
    let shifted = Document::from_plain_text(&format!("\n{word}"));
    let t = Instant::now();
    let placed = sahifa_annotate::sidecar::annotations_from_file(&path, &shifted, file)?;
    println!(
        "hostile re-anchor:   {:>8.1} ms  (50,000 mentions of one word, {} placed)",
        t.elapsed().as_secs_f64() * 1e3,
        placed.annotations.mentions.len()
    );

    // Hostile: 50,000 different quotes, none in the article (each once searched for).
    let mut file = sahifa_annotate::sidecar::read_sidecar_file(&path)?;
    for (i, m) in file.mentions.iter_mut().enumerate() {
        m.quote.exact = format!("غير{i}");
    }
    let t = Instant::now();
    let result = sahifa_annotate::sidecar::annotations_from_file(&path, &changed, file);
    println!(
        "hostile quotes:      {:>8.1} ms  (50,000 different quotes absent from {} characters: {})",
        t.elapsed().as_secs_f64() * 1e3,
        changed.text.char_len(),
        if result.is_err() { "refused" } else { "loaded" }
    );

    std::fs::remove_dir_all(&dir)?;
    Ok(())
}
