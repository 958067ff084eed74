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
use std::sync::mpsc::{SyncSender, sync_channel};
use std::time::Duration;

use rusqlite::{Connection, params};
use sahifa_extract::Extractor;

use crate::article::{Prepared, prepare};
use crate::write::write_all;
use crate::{AddOptions, AddProgress, AddSummary, LibraryError, walk};

/// Articles per transaction, at most.
pub(crate) const BATCH: usize = 32;
/// Longest a transaction stays open while articles arrive.
pub(crate) const BATCH_TIME: Duration = Duration::from_millis(200);

/// What a worker reports for one file.
pub(crate) enum Outcome {
    Unchanged { path: PathBuf },
    Indexed(Box<Prepared>),
    Failed { file: FileFacts, message: String },
}

/// What is known of a file before it is loaded.
pub(crate) struct FileFacts {
    pub path: PathBuf,
    pub hash: String,
    pub size: i64,
    pub mtime: i64,
}

/// What the library already holds of one path: the hash it was indexed with, and why it
/// failed to load last time.
struct Known {
    hash: String,
    error: Option<String>,
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
    // Held to the end, also on an error: an open meanwhile leaves the entities to us.
    let _adding = crate::adding::begin(library);
    let roots: Vec<PathBuf> = roots.iter().map(|r| absolute(r)).collect();
    remember_roots(conn, &roots, options.watch)?;
    let known = load_known(conn)?;
    let mut state = AddProgress::default();
    let walked = walk::articles(&roots, library, cancel, &mut |found| {
        state.found = found;
        progress(&state);
    });
    let files = walked.files;
    state.found = files.len();
    let mut summary = AddSummary {
        failed: walked.skipped,
        ..AddSummary::default()
    };
    if !cancel.load(Ordering::Relaxed) {
        let job = Job {
            files: &files,
            known: &known,
            extractor,
            workers: options.workers,
            background: options.background,
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
        // A folder that could not be read is not gone: what it held stays as it was.
        let mut found: HashSet<&Path> = files.iter().map(PathBuf::as_path).collect();
        found.extend(summary.failed.iter().map(|(p, _)| p.as_path()));
        summary.missing = mark_missing(conn, &roots, &found)?;
    }
    // Also after a cancel: what was added shows with its entities (a rebuild of 10,000
    // articles takes well under a second). Only a killed add leaves them to the next one.
    if crate::entities::dirty(conn)? {
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
    let mut stmt = conn.prepare("SELECT path, hash, error FROM articles")?;
    let rows = stmt.query_map([], |r| {
        Ok((
            PathBuf::from(r.get::<_, String>(0)?),
            Known {
                hash: r.get(1)?,
                error: r.get(2)?,
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
    background: bool,
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
                if job.background {
                    lower_priority();
                }
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

/// Lowers the calling thread's scheduling priority to nice 10. On Linux each thread has
/// its own nice value and `setpriority(PRIO_PROCESS, 0, …)` sets the caller's; elsewhere
/// this does nothing. A failure only means the worker keeps its priority.
fn lower_priority() {
    #[cfg(target_os = "linux")]
    // SAFETY: setpriority takes plain integers and touches no memory of ours.
    unsafe {
        libc::setpriority(libc::PRIO_PROCESS, 0, 10);
    }
}

/// Hashes, loads and annotates one file.
fn process(path: &Path, known: &HashMap<PathBuf, Known>, extractor: &Extractor) -> Outcome {
    let (size, mtime) = size_and_mtime(path);
    let failed = |hash: String, message: String| Outcome::Failed {
        file: FileFacts {
            path: path.to_owned(),
            hash,
            size,
            mtime,
        },
        message,
    };
    let bytes = match sahifa_load::read_article_bytes(path, &sahifa_load::LoadOptions::default()) {
        Ok(b) => b,
        Err(e) => return failed(String::new(), e.to_string()),
    };
    let sidecar = sahifa_annotate::sidecar_path_for(path);
    let (side_bytes, side_problem) = read_sidecar(&sidecar);
    let hash = content_hash(&bytes, side_bytes.as_deref());
    if let Some(k) = known.get(path).filter(|k| k.hash == hash) {
        return match &k.error {
            // Unchanged and still unreadable: listed again, not retried.
            Some(message) => failed(hash, message.clone()),
            None => Outcome::Unchanged {
                path: path.to_owned(),
            },
        };
    }
    let doc = match sahifa_load::load_bytes(&bytes, Some(path)) {
        Ok(doc) => doc,
        Err(e) => return failed(hash, e.to_string()),
    };
    drop(bytes);
    let sidecar = side_bytes.is_some().then_some(sidecar.as_path());
    let (ann, warning) = annotations(sidecar, side_problem, &doc, extractor);
    let mut prepared = prepare(path.to_owned(), hash, (size, mtime), &doc, &ann);
    prepared.warning =
        warning.map(|w| format!("{w}; the extractor's annotations were used instead"));
    Outcome::Indexed(Box::new(prepared))
}

/// The file's size and modification time (seconds), 0 when unknown.
fn size_and_mtime(path: &Path) -> (i64, i64) {
    std::fs::metadata(path).map_or((0, 0), |m| {
        let mtime = m
            .modified()
            .ok()
            .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
            .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX));
        (i64::try_from(m.len()).unwrap_or(i64::MAX), mtime)
    })
}

/// The annotations of `doc`: its readable `sidecar`'s (the user's truth), else the
/// extractor's; with the problem to tell the user when a sidecar was there but unusable
/// (`side_problem` from reading it, or why it did not load).
fn annotations(
    sidecar: Option<&Path>,
    side_problem: Option<String>,
    doc: &sahifa_model::Document,
    extractor: &Extractor,
) -> (sahifa_model::Annotations, Option<String>) {
    match sidecar.map(|p| sahifa_annotate::load_sidecar(p, doc)) {
        Some(Ok(loaded)) => (loaded.annotations, side_problem),
        // The annotate crate's message names the sidecar.
        Some(Err(e)) => (extractor.extract(doc.text.as_str()), Some(e.to_string())),
        None => (extractor.extract(doc.text.as_str()), side_problem),
    }
}

/// The bytes of the sidecar `path`, at most `limit` of them: a file that grew past the
/// limit after its size was read is refused rather than read without end. (Articles are
/// read by the loader, `sahifa_load::read_article_bytes`.)
fn read_at_most(path: &Path, limit: u64) -> std::io::Result<Vec<u8>> {
    use std::io::Read;
    let mut bytes = Vec::new();
    std::fs::File::open(path)?
        .take(limit.saturating_add(1))
        .read_to_end(&mut bytes)?;
    if u64::try_from(bytes.len()).unwrap_or(u64::MAX) > limit {
        return Err(std::io::Error::other(format!(
            "it is larger than the {limit} bytes Sahifa opens"
        )));
    }
    Ok(bytes)
}

/// Most bytes read of a sidecar: far more than any article's annotations.
pub(crate) const MAX_SIDECAR_BYTES: u64 = 64 * 1024 * 1024;

/// The sidecar's bytes when there is a readable one, else why it was not read. Only a
/// regular file is opened: a sidecar that is a FIFO or a link to `/dev/zero` would block or
/// never end.
fn read_sidecar(sidecar: &Path) -> (Option<Vec<u8>>, Option<String>) {
    let meta = match std::fs::metadata(sidecar) {
        Ok(m) => m,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return (None, None),
        Err(e) => return (None, Some(format!("{}: {e}", sidecar.display()))),
    };
    let problem = |why: String| (None, Some(format!("{}: {why}", sidecar.display())));
    if !meta.is_file() {
        return problem("not a regular file (a pipe, device or folder), so it was not read".into());
    }
    if meta.len() > MAX_SIDECAR_BYTES {
        return problem(format!(
            "{} bytes, more than the {MAX_SIDECAR_BYTES} a sidecar may have, so it was not read",
            meta.len()
        ));
    }
    match read_at_most(sidecar, MAX_SIDECAR_BYTES) {
        Ok(b) => (Some(b), None),
        Err(e) => problem(e.to_string()),
    }
}

/// XXH3-64 of the file's bytes, and of its sidecar's when there is one.
pub fn content_hash(bytes: &[u8], sidecar: Option<&[u8]>) -> String {
    let file = xxhash_rust::xxh3::xxh3_64(bytes);
    match sidecar {
        Some(s) => format!("{file:016x}-{:016x}", xxhash_rust::xxh3::xxh3_64(s)),
        None => format!("{file:016x}"),
    }
}

/// Marks the articles under `roots` that the walk did not find as missing; returns how
/// many articles under the roots are missing now. Read after writing, so an article that
/// moved (its row took the new path) is not counted.
fn mark_missing(
    conn: &mut Connection,
    roots: &[PathBuf],
    found: &HashSet<&Path>,
) -> Result<usize, LibraryError> {
    let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
    let gone: Vec<(i64, bool)> = {
        let mut stmt = tx.prepare("SELECT id, path, missing FROM articles")?;
        let rows = stmt.query_map([], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                PathBuf::from(r.get::<_, String>(1)?),
                r.get::<_, bool>(2)?,
            ))
        })?;
        let mut gone = Vec::new();
        for row in rows {
            let (id, path, missing) = row?;
            let kept = path.ancestors().any(|p| found.contains(p));
            if roots.iter().any(|r| path.starts_with(r)) && !kept {
                gone.push((id, missing));
            }
        }
        gone
    };
    {
        let mut stmt = tx.prepare("UPDATE articles SET missing = 1 WHERE id = ?1")?;
        for (id, _) in gone.iter().filter(|(_, missing)| !missing) {
            stmt.execute([id])?;
        }
    }
    tx.commit()?;
    Ok(gone.len())
}
