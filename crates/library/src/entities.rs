//! Cross-article entities: the units (one article's entity each) grouped into library
//! entities, rebuilt in memory from the `units` table after every add and every
//! decision.
//!
//! Units join by (label, [`name_key`]). Then a one-word PERSON joins the unique multi-word
//! person whose last word it is; an ORG named by an acronym joins the unique ORG that
//! wrote it in brackets beside its name; then the user's decisions
//! ([`crate::decisions`]) are replayed in order. The canonical name shown is the most
//! frequent full form; ids stay stable through the `entity_ids` table.

use rusqlite::Connection;
use sahifa_model::Label;
use sahifa_model::arabic::fold_char;
use sahifa_model::words::{is_word_char, leading_clitic};

use crate::LibraryError;
use crate::decisions;

mod clusters;
mod grouping;
mod units;

/// The folded name that joins entities across articles: words folded
/// ([`fold_char`]), a leading clitic before «ال» dropped from the first word
/// («والدوحة» → «الدوحه»), words joined by one space.
pub fn name_key(name: &str) -> String {
    let mut out = String::new();
    for (i, word) in name
        .split(|c: char| !is_word_char(c))
        .filter(|w| !w.is_empty())
        .enumerate()
    {
        let skip = if i == 0 {
            leading_clitic(word, |_| false)
        } else {
            0
        };
        let folded: String = word.chars().skip(skip).filter_map(fold_char).collect();
        if folded.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&folded);
    }
    out
}

/// A `label` + key pair as stored in `entity_ids` and decisions.
pub fn labelled(label: Label, key: &str) -> String {
    format!("{}\t{key}", label.as_str())
}

/// Recomputes every library entity from the units and the user's decisions, in one
/// transaction, and clears the `entities_dirty` flag.
pub fn rebuild(conn: &mut Connection) -> Result<(), LibraryError> {
    // One write transaction from the first read: an add in another process cannot slip
    // units in between, so what is written matches what was read.
    let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
    let mut units = units::load_units(&tx)?;
    let decisions = decisions::load(&tx)?;
    units::carve_split_forms(&mut units, &decisions);
    let clusters = grouping::clusters(&units, &decisions);
    clusters::write_clusters(&tx, &units, clusters.into_iter())?;
    tx.execute(
        "INSERT OR REPLACE INTO meta (key, value) VALUES ('entities_dirty', '0')",
        [],
    )?;
    tx.commit()?;
    Ok(())
}

/// True when the entities need a rebuild (an add was interrupted before its rebuild).
pub fn dirty(conn: &Connection) -> Result<bool, LibraryError> {
    let v: Option<String> = conn
        .query_row(
            "SELECT value FROM meta WHERE key = 'entities_dirty'",
            [],
            |r| r.get(0),
        )
        .map(Some)
        .or_else(|e| match e {
            rusqlite::Error::QueryReturnedNoRows => Ok(None),
            e => Err(e),
        })?;
    Ok(v.as_deref() == Some("1"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_fold_to_one_key() {
        assert_eq!(name_key("سيف  الهمـلان"), name_key("سَيف الهملان"));
        assert_eq!(name_key("والدوحة"), name_key("الدوحة"));
        assert_eq!(name_key("قطر"), "قطر");
        assert_eq!(name_key("مؤسسة قطر"), "مؤسسه قطر");
    }
}
