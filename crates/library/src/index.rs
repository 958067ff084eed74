//! [`crate::Library::add`]: walk, hash, load and annotate on worker threads, write on the
//! calling thread in short transactions.
//!
//! Each worker takes the next file, hashes its bytes (and its sidecar's), and when the
//! hash is the one stored reports it unchanged; otherwise it loads the article, takes the
//! sidecar's annotations (the user's truth) or runs the extractor, and hands the writer a
//! [`Prepared`] article. The writer commits every [`BATCH`] articles or [`BATCH_TIME`], so
//! a killed run loses at most one batch and adding again resumes by hash.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc::{Receiver, RecvTimeoutError, SyncSender, sync_channel};
use std::time::{Duration, Instant};

use rusqlite::{Connection, Transaction, params};
use sahifa_extract::Extractor;

use crate::article::{Prepared, prepare};
use crate::{AddOptions, AddProgress, AddSummary, LibraryError, walk};

/// Articles per transaction, at most.
const BATCH: usize = 32;
/// Longest a transaction stays open while articles arrive.
const BATCH_TIME: Duration = Duration::from_millis(200);

/// What a worker reports for one file.
enum Outcome {
    Unchanged { path: PathBuf },
    Indexed(Box<Prepared>),
    Failed { file: FileFacts, message: String },
}

/// What is known of a file before it is loaded.
struct FileFacts {
    path: PathBuf,
    hash: String,
    size: i64,
    mtime: i64,
}

/// What the library already holds of one path.
struct Known {
    hash: String,
    missing: bool,
}

/// The whole of `add` (see [`crate::Library::add`]).
pub fn add(
    conn: &mut Connection,
    library: &Path,
    roots: &[PathBuf],
    extractor: &Extractor,
    options: &AddOptions,
    progress: &(dyn Fn(&AddProgress) + Sync),
    cancel: &AtomicBool,
) -> Result<AddSummary, LibraryError> {
    let roots: Vec<PathBuf> = roots.iter().map(|r| absolute(r)).collect();
    remember_roots(conn, &roots, options.watch)?;
    let known = load_known(conn)?;
    let mut state = AddProgress::default();
    let files = walk::articles(&roots, library, cancel, &mut |found| {
        state.found = found;
        progress(&state);
    });
    state.found = files.len();
    let mut summary = AddSummary::default();
    if !cancel.load(Ordering::Relaxed) {
        let job = Job {
            files: &files,
            known: &known,
            extractor,
            workers: options.workers,
            cancel,
        };
        let mut on_done = |o: &Outcome| {
            state.done += 1;
            state.current = Some(o.path().to_owned());
            progress(&state);
        };
        run_workers(conn, &job, &mut on_done, &mut summary)?;
    }
    summary.cancelled = cancel.load(Ordering::Relaxed);
    if !summary.cancelled {
        // Only a finished walk knows which files are gone.
        let found: HashSet<&Path> = files.iter().map(PathBuf::as_path).collect();
        summary.missing = mark_missing(conn, &roots, &found, &known)?;
    }
    if !summary.cancelled && crate::entities::dirty(conn)? {
        crate::entities::rebuild(conn)?;
    }
    Ok(summary)
}

impl Outcome {
    fn path(&self) -> &Path {
        match self {
            Outcome::Unchanged { path } => path,
            Outcome::Indexed(p) => &p.path,
            Outcome::Failed { file, .. } => &file.path,
        }
    }
}

/// An absolute form of `path` (symlinks resolved when it exists).
pub fn absolute(path: &Path) -> PathBuf {
    std::fs::canonicalize(path)
        .or_else(|_| std::path::absolute(path))
        .unwrap_or_else(|_| path.to_owned())
}

fn remember_roots(conn: &Connection, roots: &[PathBuf], watch: bool) -> Result<(), LibraryError> {
    let mut stmt = conn.prepare(
        "INSERT INTO roots (path, watch) VALUES (?1, ?2)
         ON CONFLICT (path) DO UPDATE SET watch = max(watch, excluded.watch)",
    )?;
    for root in roots.iter().filter(|r| r.is_dir()) {
        stmt.execute(params![path_text(root), watch])?;
    }
    Ok(())
}

fn load_known(conn: &Connection) -> Result<HashMap<PathBuf, Known>, LibraryError> {
    let mut stmt = conn.prepare("SELECT path, hash, missing FROM articles")?;
    let rows = stmt.query_map([], |r| {
        Ok((
            PathBuf::from(r.get::<_, String>(0)?),
            Known {
                hash: r.get(1)?,
                missing: r.get(2)?,
            },
        ))
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// The path as stored (lossy for names that are not UTF-8).
pub fn path_text(path: &Path) -> String {
    path.to_string_lossy().into_owned()
}

/// What the workers share.
struct Job<'a> {
    files: &'a [PathBuf],
    known: &'a HashMap<PathBuf, Known>,
    extractor: &'a Extractor,
    workers: usize,
    cancel: &'a AtomicBool,
}

fn run_workers(
    conn: &mut Connection,
    job: &Job<'_>,
    on_done: &mut dyn FnMut(&Outcome),
    summary: &mut AddSummary,
) -> Result<(), LibraryError> {
    let Job {
        files,
        known,
        extractor,
        cancel,
        ..
    } = *job;
    conn.execute_batch(
        "CREATE TEMP TABLE IF NOT EXISTS fts_stage
             (id INTEGER PRIMARY KEY, existed INTEGER NOT NULL, words TEXT NOT NULL);
         DELETE FROM temp.fts_stage;",
    )?;
    let next = AtomicUsize::new(0);
    let workers = job.workers.clamp(1, 64);
    std::thread::scope(|scope| {
        let (tx, rx) = sync_channel::<Outcome>(4 * BATCH);
        for _ in 0..workers {
            let tx: SyncSender<Outcome> = tx.clone();
            let next = &next;
            scope.spawn(move || {
                loop {
                    if cancel.load(Ordering::Relaxed) {
                        break;
                    }
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(path) = files.get(i) else { break };
                    if tx.send(process(path, known, extractor)).is_err() {
                        break;
                    }
                }
            });
        }
        drop(tx);
        write_all(conn, &rx, cancel, on_done, summary)
    })
}

/// Hashes, loads and annotates one file.
fn process(path: &Path, known: &HashMap<PathBuf, Known>, extractor: &Extractor) -> Outcome {
    let (size, mtime) = std::fs::metadata(path).map_or((0, 0), |m| {
        let mtime = m
            .modified()
            .ok()
            .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
            .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX));
        (i64::try_from(m.len()).unwrap_or(i64::MAX), mtime)
    });
    let failed = |hash: String, message: String| Outcome::Failed {
        file: FileFacts {
            path: path.to_owned(),
            hash,
            size,
            mtime,
        },
        message,
    };
    if u64::try_from(size).unwrap_or(u64::MAX) > sahifa_load::DEFAULT_MAX_FILE_BYTES {
        let e = sahifa_load::LoadError::TooLarge {
            path: Some(path.to_owned()),
            size: u64::try_from(size).unwrap_or(u64::MAX),
            limit: sahifa_load::DEFAULT_MAX_FILE_BYTES,
        };
        return failed(String::new(), e.to_string());
    }
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => return failed(String::new(), format!("{}: {e}", path.display())),
    };
    let sidecar = sahifa_annotate::sidecar_path_for(path);
    let side_bytes = std::fs::read(&sidecar).ok();
    let hash = content_hash(&bytes, side_bytes.as_deref());
    if known.get(path).is_some_and(|k| k.hash == hash) {
        return Outcome::Unchanged {
            path: path.to_owned(),
        };
    }
    let doc = match sahifa_load::load_bytes(&bytes, Some(path)) {
        Ok(doc) => doc,
        Err(e) => return failed(hash, e.to_string()),
    };
    drop(bytes);
    let from_sidecar = side_bytes
        .is_some()
        .then(|| sahifa_annotate::load_sidecar(&sidecar, &doc).ok())
        .flatten();
    let ann = match from_sidecar {
        Some(loaded) => loaded.annotations,
        None => extractor.extract(doc.text.as_str()),
    };
    Outcome::Indexed(Box::new(prepare(
        path.to_owned(),
        hash,
        (size, mtime),
        &doc,
        &ann,
    )))
}

/// XXH3-64 of the file's bytes, and of its sidecar's when there is one.
pub fn content_hash(bytes: &[u8], sidecar: Option<&[u8]>) -> String {
    let file = xxhash_rust::xxh3::xxh3_64(bytes);
    match sidecar {
        Some(s) => format!("{file:016x}-{:016x}", xxhash_rust::xxh3::xxh3_64(s)),
        None => format!("{file:016x}"),
    }
}

/// The writer: receives outcomes until the workers are done (or `cancel`), committing
/// every [`BATCH`] articles or [`BATCH_TIME`].
fn write_all(
    conn: &mut Connection,
    rx: &Receiver<Outcome>,
    cancel: &AtomicBool,
    on_done: &mut dyn FnMut(&Outcome),
    summary: &mut AddSummary,
) -> Result<(), LibraryError> {
    let mut open = true;
    let mut live = LiveEntities::new();
    while open {
        let indexed_before = summary.indexed;
        let tx = conn.transaction()?;
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
        live.owed |= summary.indexed > indexed_before;
        if open && !cancel.load(Ordering::Relaxed) {
            live.maybe_rebuild(conn)?;
        }
    }
    Ok(())
}

/// Entities rebuilt now and then during a long add, so a library view open meanwhile
/// shows them growing; at most about a ninth of the time goes to it.
struct LiveEntities {
    last: Instant,
    interval: Duration,
    owed: bool,
}

impl LiveEntities {
    const EVERY: Duration = Duration::from_secs(10);

    fn new() -> Self {
        LiveEntities {
            last: Instant::now(),
            interval: Self::EVERY,
            owed: false,
        }
    }

    fn maybe_rebuild(&mut self, conn: &mut Connection) -> Result<(), LibraryError> {
        if !self.owed || self.last.elapsed() < self.interval {
            return Ok(());
        }
        let started = Instant::now();
        crate::entities::rebuild(conn)?;
        self.interval = Self::EVERY.max(started.elapsed() * 8);
        self.last = Instant::now();
        self.owed = false;
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
            write_article(tx, p)?;
        }
    }
    Ok(())
}

/// Replaces everything stored of one article.
fn write_article(tx: &Transaction<'_>, p: &Prepared) -> Result<(), LibraryError> {
    let existed = tx
        .prepare_cached("SELECT 1 FROM articles WHERE path = ?1")?
        .exists([path_text(&p.path)])?;
    let id: i64 = tx
        .prepare_cached(
            "INSERT INTO articles (path, hash, size, mtime, title, date, text, counts, missing, error)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 0, NULL)
             ON CONFLICT (path) DO UPDATE SET hash = excluded.hash, size = excluded.size,
               mtime = excluded.mtime, title = excluded.title, date = excluded.date,
               text = excluded.text, counts = excluded.counts, missing = 0, error = NULL
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
                p.text,
                p.counts
            ],
            |r| r.get(0),
        )?;
    for table in ["units", "forms", "mentions", "carved"] {
        tx.prepare_cached(&format!("DELETE FROM {table} WHERE article = ?1"))?
            .execute([id])?;
    }
    tx.prepare_cached(
        "INSERT OR REPLACE INTO temp.fts_stage (id, existed, words) VALUES (?1, ?2, ?3)",
    )?
    .execute(params![id, existed, p.fts])?;
    let mut unit = tx.prepare_cached(
        "INSERT INTO units (article, local, label, name, key, mentions, first_start, first_end, acronym)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    )?;
    let mut form = tx.prepare_cached(
        "INSERT INTO forms (article, local, form, count, first_start, first_end)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    let mut mention = tx.prepare_cached(
        "INSERT INTO mentions (article, local, start, end, form) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    for u in &p.units {
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
            u.acronym
        ])?;
        for f in &u.forms {
            form.execute(params![id, u.local, f.text, f.count, f.first.0, f.first.1])?;
        }
        for (s, e, key) in &u.mentions {
            mention.execute(params![id, u.local, s, e, key])?;
        }
    }
    tx.prepare_cached("INSERT OR REPLACE INTO meta (key, value) VALUES ('entities_dirty', '1')")?
        .execute([])?;
    Ok(())
}

/// Marks the articles under `roots` that the walk did not find as missing; returns how
/// many articles under the roots are missing now.
fn mark_missing(
    conn: &mut Connection,
    roots: &[PathBuf],
    found: &HashSet<&Path>,
    known: &HashMap<PathBuf, Known>,
) -> Result<usize, LibraryError> {
    let gone: Vec<&PathBuf> = known
        .keys()
        .filter(|p| roots.iter().any(|r| p.starts_with(r)))
        .filter(|p| !found.contains(p.as_path()))
        .collect();
    let tx = conn.transaction()?;
    {
        let mut stmt = tx.prepare("UPDATE articles SET missing = 1 WHERE path = ?1")?;
        for p in gone
            .iter()
            .filter(|p| known.get(**p).is_some_and(|k| !k.missing))
        {
            stmt.execute([path_text(p)])?;
        }
    }
    tx.commit()?;
    Ok(gone.len())
}
