//! Writing a rebuild's entities ([`crate::entities::rebuild`]) as a difference: an entity
//! whose members did not change is left alone, the others are rewritten, the vanished ones
//! deleted — so a merge or split, or an add of a few articles, writes what it changes
//! rather than the whole library.

use std::collections::HashSet;

use rusqlite::{Transaction, params};

use crate::LibraryError;

/// One library entity as the rebuild computed it.
pub struct NewEntity {
    pub id: i64,
    pub label: &'static str,
    pub canonical: String,
    pub aliases: String,
    pub articles: i64,
    pub mentions: i64,
    /// Folded names, `true` for the canonical one.
    pub names: Vec<(String, bool)>,
    /// Per article: mentions and the first mention.
    pub pairs: Vec<(i64, i64, (i64, i64))>,
    /// Units that belong to it whole: (article, local, the entity they had).
    pub units: Vec<(i64, i64, Option<i64>)>,
    /// Pieces of units split off by the user: (article, local, folded form).
    pub carved: Vec<(i64, i64, String)>,
}

/// Writes the entities that changed; `kept` are the stored ones that did not (left as
/// they are); every other stored entity is gone and deleted.
pub fn write(
    tx: &Transaction<'_>,
    changed: &[NewEntity],
    kept: &HashSet<i64>,
) -> Result<(), LibraryError> {
    let written: HashSet<i64> = changed.iter().map(|e| e.id).collect();
    let old: Vec<i64> = tx
        .prepare("SELECT id FROM entities")?
        .query_map([], |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    for id in old
        .iter()
        .filter(|id| !kept.contains(id) && !written.contains(id))
    {
        forget(tx, *id)?;
    }
    tx.execute("DELETE FROM carved", [])?;
    for e in changed {
        write_one(tx, e)?;
    }
    Ok(())
}

fn forget(tx: &Transaction<'_>, id: i64) -> Result<(), LibraryError> {
    for sql in [
        "DELETE FROM entities WHERE id = ?1",
        "DELETE FROM entity_names WHERE entity = ?1",
        "DELETE FROM article_entity WHERE entity = ?1",
    ] {
        tx.prepare_cached(sql)?.execute([id])?;
    }
    Ok(())
}

fn write_one(tx: &Transaction<'_>, e: &NewEntity) -> Result<(), LibraryError> {
    forget(tx, e.id)?;
    tx.prepare_cached(
        "INSERT INTO entities (id, label, canonical, aliases, articles, mentions)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?
    .execute(params![
        e.id,
        e.label,
        e.canonical,
        e.aliases,
        e.articles,
        e.mentions
    ])?;
    let mut name = tx
        .prepare_cached("INSERT INTO entity_names (entity, name, canonical) VALUES (?1, ?2, ?3)")?;
    for (n, canonical) in &e.names {
        name.execute(params![e.id, n, canonical])?;
    }
    let mut pair = tx.prepare_cached(
        "INSERT INTO article_entity (entity, article, mentions, first_start, first_end)
         VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    for &(article, mentions, (fs, fe)) in &e.pairs {
        pair.execute(params![e.id, article, mentions, fs, fe])?;
    }
    let mut unit =
        tx.prepare_cached("UPDATE units SET entity = ?1 WHERE article = ?2 AND local = ?3")?;
    for &(article, local, old) in &e.units {
        if old != Some(e.id) {
            unit.execute(params![e.id, article, local])?;
        }
    }
    let mut carved = tx.prepare_cached(
        "INSERT OR REPLACE INTO carved (article, local, form, entity) VALUES (?1, ?2, ?3, ?4)",
    )?;
    for (article, local, form) in &e.carved {
        carved.execute(params![article, local, form, e.id])?;
    }
    Ok(())
}
