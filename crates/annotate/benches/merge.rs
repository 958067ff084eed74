//! Merge timings: `cargo bench -p sahifa-annotate --bench merge`.
//!
//! Re-extraction (and an import, which goes through the same merge) of an article with N
//! mentions: the saved annotations hold every other mention slot, the fresh extraction
//! every slot, so half the fresh mentions overlap saved ones and half are added; entities
//! have four mentions each and half the fresh names match saved ones. A linear-or-n-log-n
//! merge grows about tenfold per row; a quadratic one a hundredfold.
//! `SAHIFA_BENCH_MAX=N` stops after size N.

use std::time::Instant;

use sahifa_annotate::merge_extraction;
use sahifa_model::{Annotations, Entity, EntityId, Label, Mention, MentionStatus, TextRange};

fn annotations(
    n: usize,
    step: usize,
    prefix: &str,
) -> Result<Annotations, Box<dyn std::error::Error>> {
    let len = n * 10 + 10;
    let mut mentions = Vec::new();
    let mut entities = Vec::new();
    for (k, slot) in (0..n).step_by(step).enumerate() {
        let id = EntityId(u32::try_from(k / 4)?);
        if k % 4 == 0 {
            // Every other entity name is shared between saved and fresh.
            let name = if (k / 4) % 2 == 0 {
                format!("اسم {}", k / 4)
            } else {
                format!("{prefix} {}", k / 4)
            };
            entities.push(Entity {
                id,
                label: Label::Person,
                name,
                title: None,
                note: None,
            });
        }
        mentions.push(Mention {
            range: TextRange::new(slot * 10, slot * 10 + 5, len)?,
            label: Label::Person,
            entity: Some(id),
            status: MentionStatus::Auto,
        });
    }
    Ok(Annotations { entities, mentions })
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let max: usize = std::env::var("SAHIFA_BENCH_MAX")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(usize::MAX);
    println!(
        "{:>9} {:>9} {:>9} {:>11}",
        "slots", "saved", "fresh", "merge ms"
    );
    for n in [1_000, 10_000, 100_000, 1_000_000] {
        if n > max {
            break;
        }
        let saved = annotations(n, 2, "محفوظ")?;
        let fresh = annotations(n, 1, "جديد")?;
        let t = Instant::now();
        let merged = merge_extraction(&saved, &fresh);
        let ms = t.elapsed().as_secs_f64() * 1e3;
        assert!(merged.mentions.len() >= saved.mentions.len());
        println!(
            "{n:>9} {:>9} {:>9} {ms:>11.1}",
            saved.mentions.len(),
            fresh.mentions.len()
        );
    }
    Ok(())
}
