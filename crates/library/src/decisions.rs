//! The user's merge and split decisions, stored by name (label + folded names) in the
//! `decisions` table, in the order made, and replayed by every entity rebuild
//! ([`crate::entities::rebuild`]) so they survive re-indexing changed files.

use rusqlite::{Connection, OptionalExtension, params};
use sahifa_model::Label;

use crate::entities::name_key;
use crate::{LibEntityId, LibraryError};

/// One decision, as replayed.
#[derive(Debug, Clone, PartialEq)]
pub enum Decision {
    /// The names `other` and `keep` are one entity.
    Merge {
        keep: (Label, String),
        other: (Label, String),
    },
    /// The name `alias` (folded) is not the entity named `from`.
    Split {
        label: Label,
        alias: String,
        from: String,
    },
}

/// Every decision, oldest first.
pub fn load(conn: &Connection) -> Result<Vec<Decision>, LibraryError> {
    let mut stmt = conn.prepare("SELECT kind, label, a, b FROM decisions ORDER BY id")?;
    let rows = stmt.query_map([], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
            r.get::<_, String>(3)?,
        ))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (kind, label, a, b) = row?;
        let Some(label) = Label::parse(&label) else {
            continue;
        };
        match kind.as_str() {
            "merge" => {
                if let (Some(keep), Some(other)) = (unlabel(&a), unlabel(&b)) {
                    out.push(Decision::Merge { keep, other });
                }
            }
            "split" => out.push(Decision::Split {
                label,
                alias: b,
                from: a,
            }),
            _ => {}
        }
    }
    Ok(out)
}

fn unlabel(s: &str) -> Option<(Label, String)> {
    let (l, k) = s.split_once('\t')?;
    Some((Label::parse(l)?, k.to_owned()))
}

/// The label and folded canonical name of a library entity.
pub fn name_of(conn: &Connection, id: LibEntityId) -> Result<(Label, String), LibraryError> {
    let row: Option<(String, String)> = conn
        .query_row(
            "SELECT label, canonical FROM entities WHERE id = ?1",
            [id.0],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    let (label, canonical) = row.ok_or(LibraryError::NoSuchEntity)?;
    let label = Label::parse(&label).ok_or(LibraryError::NoSuchEntity)?;
    Ok((label, name_key(&canonical)))
}

/// Records that `other` is the same as `keep`.
pub fn record_merge(
    conn: &Connection,
    keep: LibEntityId,
    other: LibEntityId,
) -> Result<(), LibraryError> {
    let (kl, kk) = name_of(conn, keep)?;
    let (ol, ok) = name_of(conn, other)?;
    conn.execute(
        "INSERT INTO decisions (kind, label, a, b) VALUES ('merge', ?1, ?2, ?3)",
        params![
            kl.as_str(),
            crate::entities::labelled(kl, &kk),
            crate::entities::labelled(ol, &ok)
        ],
    )?;
    owe_rebuild(conn)
}

/// Records that the form `alias` of `entity` is someone (something) else; returns the
/// label and folded alias to find the new entity by after the rebuild.
pub fn record_split(
    conn: &Connection,
    entity: LibEntityId,
    alias: &str,
) -> Result<(Label, String), LibraryError> {
    let (label, key) = name_of(conn, entity)?;
    let alias = name_key(alias);
    if alias.is_empty() {
        return Err(LibraryError::NoSuchEntity);
    }
    conn.execute(
        "INSERT INTO decisions (kind, label, a, b) VALUES ('split', ?1, ?2, ?3)",
        params![label.as_str(), key, alias],
    )?;
    owe_rebuild(conn)?;
    Ok((label, alias))
}

/// Marks the entities as owing a rebuild, so a decision whose rebuild fails (or is cut
/// short) is applied by the next add.
fn owe_rebuild(conn: &Connection) -> Result<(), LibraryError> {
    conn.execute(
        "INSERT OR REPLACE INTO meta (key, value) VALUES ('entities_dirty', '1')",
        [],
    )?;
    Ok(())
}

/// The entity a split made: the one named `alias` (folded) with `label`, other than
/// `from` when there is a choice.
pub fn split_off(
    conn: &Connection,
    label: Label,
    alias: &str,
    from: LibEntityId,
) -> Result<LibEntityId, LibraryError> {
    let found: Option<i64> = conn
        .query_row(
            "SELECT e.id FROM entity_names n JOIN entities e ON e.id = n.entity
             WHERE n.name = ?2 AND e.label = ?1
             ORDER BY n.canonical DESC, e.id <> ?3 DESC, e.articles DESC LIMIT 1",
            params![label.as_str(), alias, from.0],
            |r| r.get(0),
        )
        .optional()?;
    found.map(LibEntityId).ok_or(LibraryError::NoSuchEntity)
}
