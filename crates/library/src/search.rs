//! Loose full-text search: FTS5 over the folded words (and each word without its leading
//! clitic, see [`crate::article::fts_words`]) finds the candidate articles; then
//! [`sahifa_extract::arabic::find_loose`] on each stored text gives the exact char ranges,
//! so a hit here is exactly a hit of the find bar.

use std::path::PathBuf;

use rusqlite::Connection;
use sahifa_extract::arabic::find_loose;
use sahifa_model::arabic::fold_char;
use sahifa_model::words::is_word_char;

use crate::query::{kwic, text_of};
use crate::{ArticleId, LibraryError, SearchHit};

/// The FTS5 query for `query`: every folded word, the last one as a prefix (the find
/// bar's hit may end inside a word); `None` when the query has no word.
pub fn fts_query(query: &str) -> Option<String> {
    let folded: String = query.chars().filter_map(fold_char).collect();
    let words: Vec<&str> = folded
        .split(|c: char| !is_word_char(c))
        .filter(|w| !w.is_empty())
        .collect();
    let last = words.len().checked_sub(1)?;
    let terms: Vec<String> = words
        .iter()
        .enumerate()
        .map(|(i, w)| {
            let star = if i == last { "*" } else { "" };
            format!("\"{}\"{star}", w.replace('"', "\"\""))
        })
        .collect();
    Some(terms.join(" AND "))
}

/// The query without the punctuation around it (quotes, brackets, a trailing comma or
/// `*` typed as in a search engine), which the text need not have: `"سيف"` finds سيف.
fn words_of(query: &str) -> &str {
    query.trim_matches(|c: char| fold_char(c).is_some_and(|f| !is_word_char(f)))
}

/// Hits of `query` in every article, by path then offset, at most `max`.
pub fn search(conn: &Connection, query: &str, max: usize) -> Result<Vec<SearchHit>, LibraryError> {
    let Some(fts) = fts_query(query) else {
        return Ok(Vec::new());
    };
    if max == 0 {
        return Ok(Vec::new());
    }
    let mut stmt = conn.prepare_cached(
        "SELECT a.id, a.path FROM articles a
         WHERE a.id IN (SELECT rowid FROM fts WHERE fts MATCH ?1) ORDER BY a.path",
    )?;
    let candidates: Vec<(i64, String)> = stmt
        .query_map([fts], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<Result<_, _>>()?;
    let mut out = Vec::new();
    for (id, path) in candidates {
        let Some(text) = text_of(conn, ArticleId(id))? else {
            continue;
        };
        let ranges = find_loose(&text, words_of(query));
        if ranges.is_empty() {
            continue;
        }
        let chars: Vec<char> = text.chars().collect();
        for range in ranges {
            out.push(SearchHit {
                article: ArticleId(id),
                path: PathBuf::from(&path),
                range,
                snippet: kwic(&chars, range),
            });
            if out.len() >= max {
                return Ok(out);
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_last_word_of_a_query_is_a_prefix() {
        assert_eq!(fts_query("قطر").as_deref(), Some("\"قطر\"*"));
        assert_eq!(
            fts_query("سيف الهمـلان").as_deref(),
            Some("\"سيف\" AND \"الهملان\"*")
        );
        assert_eq!(fts_query(" ، "), None);
    }

    #[test]
    fn punctuation_around_a_query_is_not_searched_for() {
        assert_eq!(words_of("\"سيف الهملان\""), "سيف الهملان");
        assert_eq!(words_of("(سيف)،"), "سيف");
        assert_eq!(words_of("سيف*"), "سيف");
        assert_eq!(words_of("سَيْف"), "سَيْف");
        assert_eq!(words_of("\"*^:"), "");
    }
}
