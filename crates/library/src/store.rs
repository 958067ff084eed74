//! Writing a rebuild's entities ([`crate::entities::rebuild`]) as a difference: only the
//! rows that changed are written, so a merge or split, or an add of a few articles, costs
//! what it changes rather than the whole library.

use std::collections::{HashMap, HashSet};

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

type EntityFigures = (String, String, String, i64, i64);

/// Writes `entities` over the stored ones, touching only what differs.
pub fn write(tx: &Transaction<'_>, entities: &[NewEntity]) -> Result<(), LibraryError> {
    write_entities(tx, entities)?;
    write_names(tx, entities)?;
    write_pairs(tx, entities)?;
    let mut unit = tx.prepare("UPDATE units SET entity = ?1 WHERE article = ?2 AND local = ?3")?;
    tx.execute("DELETE FROM carved", [])?;
    let mut carved = tx.prepare(
        "INSERT OR REPLACE INTO carved (article, local, form, entity) VALUES (?1, ?2, ?3, ?4)",
    )?;
    for e in entities {
        for &(article, local, old) in &e.units {
            if old != Some(e.id) {
                unit.execute(params![e.id, article, local])?;
            }
        }
        for (article, local, form) in &e.carved {
            carved.execute(params![article, local, form, e.id])?;
        }
    }
    Ok(())
}

fn write_entities(tx: &Transaction<'_>, entities: &[NewEntity]) -> Result<(), LibraryError> {
    let mut old: HashMap<i64, EntityFigures> = {
        let mut stmt =
            tx.prepare("SELECT id, label, canonical, aliases, articles, mentions FROM entities")?;
        stmt.query_map([], |r| {
            Ok((
                r.get(0)?,
                (r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?),
            ))
        })?
        .collect::<Result<_, _>>()?
    };
    let mut put = tx.prepare(
        "INSERT OR REPLACE INTO entities (id, label, canonical, aliases, articles, mentions)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    for e in entities {
        let new: EntityFigures = (
            e.label.to_owned(),
            e.canonical.clone(),
            e.aliases.clone(),
            e.articles,
            e.mentions,
        );
        if old.remove(&e.id).as_ref() != Some(&new) {
            put.execute(params![
                e.id,
                e.label,
                e.canonical,
                e.aliases,
                e.articles,
                e.mentions
            ])?;
        }
    }
    let mut gone = tx.prepare("DELETE FROM entities WHERE id = ?1")?;
    for id in old.keys() {
        gone.execute([id])?;
    }
    Ok(())
}

fn write_names(tx: &Transaction<'_>, entities: &[NewEntity]) -> Result<(), LibraryError> {
    let mut old: HashSet<(i64, String, bool)> = {
        let mut stmt = tx.prepare("SELECT entity, name, canonical FROM entity_names")?;
        stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
            .collect::<Result<_, _>>()?
    };
    let mut put =
        tx.prepare("INSERT INTO entity_names (entity, name, canonical) VALUES (?1, ?2, ?3)")?;
    for e in entities {
        for (name, canonical) in &e.names {
            let row = (e.id, name.clone(), *canonical);
            if !old.remove(&row) {
                put.execute(params![e.id, name, canonical])?;
            }
        }
    }
    let mut gone =
        tx.prepare("DELETE FROM entity_names WHERE entity = ?1 AND name = ?2 AND canonical = ?3")?;
    for (entity, name, canonical) in &old {
        gone.execute(params![entity, name, canonical])?;
    }
    Ok(())
}

fn write_pairs(tx: &Transaction<'_>, entities: &[NewEntity]) -> Result<(), LibraryError> {
    type Figures = (i64, i64, i64);
    let mut old: HashMap<(i64, i64), Figures> = {
        let mut stmt = tx.prepare(
            "SELECT entity, article, mentions, first_start, first_end FROM article_entity",
        )?;
        stmt.query_map([], |r| {
            Ok(((r.get(0)?, r.get(1)?), (r.get(2)?, r.get(3)?, r.get(4)?)))
        })?
        .collect::<Result<_, _>>()?
    };
    let mut put = tx.prepare(
        "INSERT OR REPLACE INTO article_entity (entity, article, mentions, first_start, first_end)
         VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    for e in entities {
        for &(article, mentions, (fs, fe)) in &e.pairs {
            if old.remove(&(e.id, article)) != Some((mentions, fs, fe)) {
                put.execute(params![e.id, article, mentions, fs, fe])?;
            }
        }
    }
    let mut gone = tx.prepare("DELETE FROM article_entity WHERE entity = ?1 AND article = ?2")?;
    for (entity, article) in old.keys() {
        gone.execute([entity, article])?;
    }
    Ok(())
}
