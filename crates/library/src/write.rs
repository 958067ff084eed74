//! The writer of [`crate::Library::add`]: on the calling thread, it receives what the
//! workers prepared and writes it in short transactions (at most [`BATCH`] articles or
//! [`BATCH_TIME`]), moving the full-text words in once per batch, and rebuilds the entities
//! now and then during a long add.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, RecvTimeoutError};
use std::time::{Duration, Instant};

use rusqlite::{Connection, Transaction, params};

use crate::article::{Prepared, Unit};
use crate::index::{BATCH, BATCH_TIME, Outcome, path_text};
use crate::{AddSummary, LibraryError, packed};

/// The writer: receives outcomes until the workers are done (or `cancel`), committing
/// every [`BATCH`] articles or [`BATCH_TIME`].
pub(crate) fn write_all(
    conn: &mut Connection,
    rx: &Receiver<Outcome>,
    cancel: &AtomicBool,
    on_done: &mut dyn FnMut(&Outcome),
    summary: &mut AddSummary,
) -> Result<(), LibraryError> {
    let mut open = true;
    let mut live = LiveEntities::new();
    while open {
        // Immediate: the write lock is taken up front, so another window adding at the
        // same time makes this wait (busy_timeout) instead of failing mid-batch.
        let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let started = Instant::now();
        let mut in_batch = 0;
        while in_batch < BATCH && started.elapsed() < BATCH_TIME {
            match rx.recv_timeout(BATCH_TIME.saturating_sub(started.elapsed())) {
                Ok(outcome) => {
                    write_one(&tx, &outcome, summary)?;
                    on_done(&outcome);
                    in_batch += 1;
                }
                Err(RecvTimeoutError::Timeout) => break,
                Err(RecvTimeoutError::Disconnected) => {
                    open = false;
                    break;
                }
            }
            if cancel.load(Ordering::Relaxed) {
                // What the workers finish from now on is dropped; adding again redoes it.
                open = false;
                break;
            }
        }
        flush_fts(&tx)?;
        tx.commit()?;
        if open && !cancel.load(Ordering::Relaxed) {
            live.maybe_rebuild(conn, summary.indexed)?;
        }
    }
    Ok(())
}

/// Entities rebuilt now and then during a long add, so a library view open meanwhile
/// shows them growing: at least [`LiveEntities::EVERY`] apart, and only once the articles
/// indexed have quadrupled since the last one (500, 2,000, 8,000, …) — so a few at most,
/// however slow the machine.
struct LiveEntities {
    last: Instant,
    /// Articles indexed by this add at the last rebuild.
    at: usize,
}

impl LiveEntities {
    const EVERY: Duration = Duration::from_secs(10);
    /// Articles before the first rebuild during an add.
    const FIRST: usize = 500;

    fn new() -> Self {
        LiveEntities {
            last: Instant::now(),
            at: 0,
        }
    }

    fn maybe_rebuild(&mut self, conn: &mut Connection, indexed: usize) -> Result<(), LibraryError> {
        let due = indexed >= Self::FIRST.max(4 * self.at);
        if !due || self.last.elapsed() < Self::EVERY {
            return Ok(());
        }
        crate::entities::rebuild(conn)?;
        self.last = Instant::now();
        self.at = indexed;
        Ok(())
    }
}

/// Moves the batch's staged words into the FTS5 index in one statement each: FTS5 flushes
/// its pending terms at every statement that touches it, so one row per statement would
/// write a tiny segment per article.
fn flush_fts(tx: &Transaction<'_>) -> Result<(), LibraryError> {
    tx.execute_batch(
        "DELETE FROM fts WHERE rowid IN (SELECT id FROM temp.fts_stage WHERE existed);
         INSERT INTO fts (rowid, words) SELECT id, words FROM temp.fts_stage;
         DELETE FROM temp.fts_stage;",
    )?;
    Ok(())
}

fn write_one(
    tx: &Transaction<'_>,
    outcome: &Outcome,
    summary: &mut AddSummary,
) -> Result<(), LibraryError> {
    match outcome {
        Outcome::Unchanged { path } => {
            summary.unchanged += 1;
            tx.prepare_cached("UPDATE articles SET missing = 0 WHERE path = ?1 AND missing = 1")?
                .execute([path_text(path)])?;
        }
        Outcome::Failed { file, message } => {
            summary.failed.push((file.path.clone(), message.clone()));
            let title = file
                .path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            tx.prepare_cached(
                "INSERT INTO articles (path, hash, size, mtime, title, error) VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                 ON CONFLICT (path) DO UPDATE SET hash = excluded.hash, size = excluded.size,
                   mtime = excluded.mtime, error = excluded.error, missing = 0",
            )?
            .execute(params![
                path_text(&file.path),
                file.hash,
                file.size,
                file.mtime,
                title,
                message
            ])?;
        }
        Outcome::Indexed(p) => {
            summary.indexed += 1;
            if let Some(w) = &p.warning {
                summary.warnings.push((p.path.clone(), w.clone()));
            }
            write_article(tx, p)?;
        }
    }
    Ok(())
}

/// Replaces everything stored of one article, and marks the entities as owing a rebuild.
fn write_article(tx: &Transaction<'_>, p: &Prepared) -> Result<(), LibraryError> {
    let mut existed = tx
        .prepare_cached("SELECT 1 FROM articles WHERE path = ?1")?
        .exists([path_text(&p.path)])?;
    if !existed {
        existed = take_moved(tx, p)?;
    }
    let id = upsert_article_row(tx, p)?;
    replace_text_and_words(tx, id, existed, p)?;
    insert_units(tx, id, &p.units)?;
    tx.prepare_cached("INSERT OR REPLACE INTO meta (key, value) VALUES ('entities_dirty', '1')")?
        .execute([])?;
    Ok(())
}

/// The article's row, new or updated in place (its id kept); returns the id.
fn upsert_article_row(tx: &Transaction<'_>, p: &Prepared) -> Result<i64, LibraryError> {
    let id = tx
        .prepare_cached(
            "INSERT INTO articles (path, hash, size, mtime, title, date, counts, missing, error)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 0, NULL)
             ON CONFLICT (path) DO UPDATE SET hash = excluded.hash, size = excluded.size,
               mtime = excluded.mtime, title = excluded.title, date = excluded.date,
               counts = excluded.counts, missing = 0, error = NULL
             RETURNING id",
        )?
        .query_row(
            params![
                path_text(&p.path),
                p.hash,
                p.size,
                p.mtime,
                p.title,
                p.date,
                p.counts
            ],
            |r| r.get(0),
        )?;
    Ok(id)
}

/// The article's text, its words staged for the full-text index (moved in by
/// [`flush_fts`]; `existed` says its old words must go), and its old units and carved
/// forms removed.
fn replace_text_and_words(
    tx: &Transaction<'_>,
    id: i64,
    existed: bool,
    p: &Prepared,
) -> Result<(), LibraryError> {
    tx.prepare_cached("INSERT OR REPLACE INTO texts (id, text) VALUES (?1, ?2)")?
        .execute(params![id, p.text])?;
    for table in ["units", "carved"] {
        tx.prepare_cached(&format!("DELETE FROM {table} WHERE article = ?1"))?
            .execute([id])?;
    }
    tx.prepare_cached(
        "INSERT OR REPLACE INTO temp.fts_stage (id, existed, words) VALUES (?1, ?2, ?3)",
    )?
    .execute(params![id, existed, p.fts])?;
    Ok(())
}

/// The article's entities, one row each (forms and mentions packed in it).
fn insert_units(tx: &Transaction<'_>, id: i64, units: &[Unit]) -> Result<(), LibraryError> {
    let mut unit = tx.prepare_cached(
        "INSERT INTO units (article, local, label, name, key, mentions, first_start, first_end,
                            acronym, forms, spans)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
    )?;
    for u in units {
        let first = u.mentions.first().map_or((0, 0), |m| (m.0, m.1));
        unit.execute(params![
            id,
            u.local,
            u.label.as_str(),
            u.name,
            u.key,
            u.mentions.len(),
            first.0,
            first.1,
            u.acronym,
            packed::forms(&u.forms),
            packed::spans(&u.mentions)
        ])?;
    }
    Ok(())
}

/// A new path whose content is that of an article whose file is gone is the same article
/// moved: its row takes the new path (and keeps its id), so it is not counted twice nor
/// left behind as missing. Returns whether a row was taken.
fn take_moved(tx: &Transaction<'_>, p: &Prepared) -> Result<bool, LibraryError> {
    let candidates: Vec<(i64, String)> = tx
        .prepare_cached("SELECT id, path FROM articles WHERE hash = ?1 AND path <> ?2")?
        .query_map(params![p.hash, path_text(&p.path)], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })?
        .collect::<Result<_, _>>()?;
    let Some((id, _)) = candidates
        .into_iter()
        .find(|(_, old)| !std::path::Path::new(old).exists())
    else {
        return Ok(false);
    };
    tx.prepare_cached("UPDATE articles SET path = ?1, missing = 0 WHERE id = ?2")?
        .execute(params![path_text(&p.path), id])?;
    Ok(true)
}
