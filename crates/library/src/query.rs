//! The library's read side: articles, entities, where an entity appears, snippets and
//! co-occurrence, each one or two indexed SQL queries over the precomputed tables.

use std::collections::HashMap;
use std::path::PathBuf;

use rusqlite::{Connection, OptionalExtension, Row, params};
use sahifa_model::words::is_word_char;
use sahifa_model::{Label, TextRange};

use crate::article::parse_counts;
use crate::entities::name_key;
use crate::packed;
use crate::{
    ArticleHit, ArticleId, ArticleRow, EntityRow, LibEntityId, LibraryError, Neighbour, Snippet,
};

/// Chars of context on each side of a snippet's mark, about.
pub const CONTEXT_CHARS: usize = 60;
/// Most entities [`find_entities`] returns.
const FIND_MAX: usize = 50;

const ARTICLE_COLUMNS: &str = "a.id, a.path, a.title, a.date, a.counts, a.missing, a.error";
const ENTITY_COLUMNS: &str = "e.id, e.label, e.canonical, e.aliases, e.articles, e.mentions";

fn article_row(r: &Row<'_>, at: usize) -> rusqlite::Result<ArticleRow> {
    Ok(ArticleRow {
        id: ArticleId(r.get(at)?),
        path: PathBuf::from(r.get::<_, String>(at + 1)?),
        title: r.get(at + 2)?,
        date: r.get(at + 3)?,
        entity_counts: parse_counts(&r.get::<_, String>(at + 4)?),
        missing: r.get(at + 5)?,
        error: r.get(at + 6)?,
    })
}

fn entity_row(r: &Row<'_>, at: usize) -> rusqlite::Result<EntityRow> {
    let aliases: String = r.get(at + 3)?;
    Ok(EntityRow {
        id: LibEntityId(r.get(at)?),
        label: Label::parse(&r.get::<_, String>(at + 1)?).unwrap_or(Label::Misc),
        canonical: r.get(at + 2)?,
        aliases: aliases
            .split('\n')
            .filter(|a| !a.is_empty())
            .map(str::to_owned)
            .collect(),
        articles: u32::try_from(r.get::<_, i64>(at + 4)?).unwrap_or(u32::MAX),
        mentions: u32::try_from(r.get::<_, i64>(at + 5)?).unwrap_or(u32::MAX),
    })
}

fn count(n: i64) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

fn offset(n: i64) -> usize {
    usize::try_from(n).unwrap_or(0)
}

/// Every article, by path.
pub fn articles(conn: &Connection) -> Result<Vec<ArticleRow>, LibraryError> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {ARTICLE_COLUMNS} FROM articles a ORDER BY a.path"
    ))?;
    let rows = stmt.query_map([], |r| article_row(r, 0))?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// Every entity (of `label`), most articles first.
pub fn entities(conn: &Connection, label: Option<Label>) -> Result<Vec<EntityRow>, LibraryError> {
    let sql = format!(
        "SELECT {ENTITY_COLUMNS} FROM entities e WHERE ?1 IS NULL OR e.label = ?1
         ORDER BY e.articles DESC, e.mentions DESC, e.id"
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map([label.map(Label::as_str)], |r| entity_row(r, 0))?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// One entity.
pub fn entity(conn: &Connection, id: LibEntityId) -> Result<EntityRow, LibraryError> {
    let sql = format!("SELECT {ENTITY_COLUMNS} FROM entities e WHERE e.id = ?1");
    conn.prepare_cached(&sql)?
        .query_row([id.0], |r| entity_row(r, 0))
        .optional()?
        .ok_or(LibraryError::NoSuchEntity)
}

/// Entities named `name` (folded): canonical matches first, then aliases, then names that
/// begin with it, then names with a word that begins with it (a family name finds «كولن
/// باول» even where «باول» never stood alone). The last is a scan of the names table
/// (tens of thousands of short rows: milliseconds).
pub fn find_entities(conn: &Connection, name: &str) -> Result<Vec<EntityRow>, LibraryError> {
    let key = name_key(name);
    if key.is_empty() {
        return Ok(Vec::new());
    }
    let sql = format!(
        "SELECT {ENTITY_COLUMNS} FROM entity_names n
         JOIN entities e ON e.id = n.entity
         WHERE (n.name >= ?1 AND n.name < ?1 || char(1114111))
            OR instr(n.name, ' ' || ?1) > 0
         GROUP BY e.id
         ORDER BY max(n.canonical AND n.name = ?1) DESC, max(n.name = ?1) DESC,
                  max(substr(n.name, 1, length(?1)) = ?1) DESC,
                  e.articles DESC, e.mentions DESC, e.id
         LIMIT ?2"
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map(params![key, i64::try_from(FIND_MAX).unwrap_or(50)], |r| {
        entity_row(r, 0)
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// The articles `entity` appears in, most mentions first.
pub fn articles_of(
    conn: &Connection,
    entity: LibEntityId,
) -> Result<Vec<ArticleHit>, LibraryError> {
    let sql = format!(
        "SELECT {ARTICLE_COLUMNS}, ae.mentions, ae.first_start, ae.first_end
         FROM article_entity ae JOIN articles a ON a.id = ae.article
         WHERE ae.entity = ?1 ORDER BY ae.mentions DESC, a.path"
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map([entity.0], |r| {
        let (s, e) = (offset(r.get(8)?), offset(r.get(9)?));
        Ok(ArticleHit {
            article: article_row(r, 0)?,
            mentions: count(r.get(7)?),
            first: TextRange::unbounded(s, e).unwrap_or_else(|_| TextRange::empty(s)),
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// One article's stored text.
pub fn text_of(conn: &Connection, article: ArticleId) -> Result<Option<String>, LibraryError> {
    Ok(conn
        .prepare_cached("SELECT text FROM texts WHERE id = ?1")?
        .query_row([article.0], |r| r.get(0))
        .optional()?)
}

/// Keyword-in-context snippets of `entity` in `article`.
pub fn snippets(
    conn: &Connection,
    entity: LibEntityId,
    article: ArticleId,
    max: usize,
) -> Result<Vec<Snippet>, LibraryError> {
    let Some(text) = text_of(conn, article)? else {
        return Ok(Vec::new());
    };
    let chars: Vec<char> = text.chars().collect();
    let mut ranges: Vec<TextRange> = mentions_of(conn, entity, article)?
        .into_iter()
        .filter_map(|(s, e)| TextRange::new(s, e, chars.len()).ok())
        .collect();
    ranges.sort_by_key(|r| (r.start(), r.end()));
    ranges.truncate(max);
    Ok(ranges.into_iter().map(|r| kwic(&chars, r)).collect())
}

/// The mentions of `entity` in `article`: those of its units, less the forms the user
/// split off to another entity, plus the forms split off other units to it.
fn mentions_of(
    conn: &Connection,
    entity: LibEntityId,
    article: ArticleId,
) -> Result<Vec<(usize, usize)>, LibraryError> {
    let carved: HashMap<(i64, String), i64> = conn
        .prepare_cached("SELECT local, form, entity FROM carved WHERE article = ?1")?
        .query_map([article.0], |r| Ok(((r.get(0)?, r.get(1)?), r.get(2)?)))?
        .collect::<Result<_, _>>()?;
    let mut stmt = conn.prepare_cached(
        "SELECT local, entity, forms, spans FROM units WHERE article = ?1
         AND (entity = ?2 OR local IN (SELECT local FROM carved WHERE article = ?1))",
    )?;
    let rows = stmt.query_map(params![article.0, entity.0], |r| {
        Ok((
            r.get::<_, i64>(0)?,
            r.get::<_, Option<i64>>(1)?,
            r.get::<_, String>(2)?,
            r.get::<_, String>(3)?,
        ))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (local, owner, forms, spans) = row?;
        let keys: Vec<String> = packed::unpack_forms(&forms)
            .iter()
            .map(|f| name_key(&f.text))
            .collect();
        for (s, e, form) in packed::unpack_spans(&spans) {
            let split_to = keys.get(form).and_then(|k| carved.get(&(local, k.clone())));
            if split_to.copied().or(owner) == Some(entity.0) {
                out.push((s, e));
            }
        }
    }
    Ok(out)
}

/// A window of about [`CONTEXT_CHARS`] chars each side of `range`, cut at word
/// boundaries, line breaks shown as spaces.
pub fn kwic(chars: &[char], range: TextRange) -> Snippet {
    let mut start = range.start().saturating_sub(CONTEXT_CHARS);
    if start > 0 {
        // Begin at a word start: skip the rest of a cut word, and the spaces after it.
        while start < range.start() && is_word_char(chars[start - 1]) {
            start += 1;
        }
        while start < range.start() && chars[start].is_whitespace() {
            start += 1;
        }
    }
    let mut end = (range.end() + CONTEXT_CHARS).min(chars.len());
    if end < chars.len() {
        while end > range.end() && is_word_char(chars[end]) {
            end -= 1;
        }
        while end > range.end() && chars[end - 1].is_whitespace() {
            end -= 1;
        }
    }
    let text = chars[start..end]
        .iter()
        .map(|&c| if c == '\n' || c == '\r' { ' ' } else { c })
        .collect();
    Snippet {
        text,
        mark: range.start() - start..range.end() - start,
        range,
    }
}

/// The entities sharing the most articles with `entity`.
pub fn appears_with(
    conn: &Connection,
    entity: LibEntityId,
    max: usize,
) -> Result<Vec<Neighbour>, LibraryError> {
    let sql = format!(
        "SELECT {ENTITY_COLUMNS}, n.shared FROM (
            SELECT b.entity AS id, count(*) AS shared FROM article_entity a
            JOIN article_entity b ON b.article = a.article AND b.entity <> a.entity
            WHERE a.entity = ?1 GROUP BY b.entity ORDER BY shared DESC LIMIT ?2
         ) n JOIN entities e ON e.id = n.id
         ORDER BY n.shared DESC, e.articles DESC, e.id"
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map(
        params![entity.0, i64::try_from(max).unwrap_or(i64::MAX)],
        |r| {
            Ok(Neighbour {
                entity: entity_row(r, 0)?,
                shared_articles: count(r.get(6)?),
            })
        },
    )?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// The folders added with `watch`.
pub fn watch_folders(conn: &Connection) -> Result<Vec<PathBuf>, LibraryError> {
    let mut stmt = conn.prepare_cached("SELECT path FROM roots WHERE watch = 1 ORDER BY path")?;
    let rows = stmt.query_map([], |r| Ok(PathBuf::from(r.get::<_, String>(0)?)))?;
    Ok(rows.collect::<Result<_, _>>()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_snippet_starts_and_ends_on_word_boundaries() {
        let text = "كلمة ".repeat(30) + "الهملان" + &" نص".repeat(40);
        let chars: Vec<char> = text.chars().collect();
        let range = TextRange::new(150, 157, chars.len()).unwrap();
        let s = kwic(&chars, range);
        let marked: String = s.text.chars().skip(s.mark.start).take(7).collect();
        assert_eq!(marked, "الهملان");
        assert!(s.text.starts_with("كلمة"), "{}", s.text);
        assert!(s.text.ends_with("نص"), "{}", s.text);
        assert!(s.text.chars().count() <= 7 + 2 * CONTEXT_CHARS);
    }
}
