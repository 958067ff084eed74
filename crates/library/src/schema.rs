//! The library file: opening, checking, creating and migrating it.
//!
//! One SQLite file in WAL mode, `PRAGMA application_id` = [`APPLICATION_ID`] (so another
//! program's database is refused), `PRAGMA user_version` = the schema version
//! ([`SCHEMA_VERSION`]), migrations as an ordered list ([`MIGRATIONS`], the n-th brings a
//! file from version n to n + 1, each in one transaction).
//!
//! # Schema (version 1)
//! | table | one row per | columns |
//! |---|---|---|
//! | `roots` | folder or file given to `add` | `path`, `watch` (1 = a watched folder) |
//! | `articles` | article file | `id`, `path` (unique), `hash` (XXH3 of the file's bytes and its sidecar's), `size`, `mtime`, `title`, `date`, `counts` (entities per label, `PERSON=3;ORG=1`), `missing`, `error` (last load failure) |
//! | `texts` | indexed article | `id` (the article's), `text`: decoded, offsets point into it (a table of its own, so listing articles reads small rows) |
//! | `units` | entity of one article (from its sidecar or the extractor) | `article`, `local` (its id in the article), `label`, `name` (the article's canonical name), `key` (folded name, see `entities`), `mentions`, `first_start`, `first_end`, `acronym` (an ORG's bracketed acronym, folded), `entity` (the library entity, set by the rebuild), `forms` and `spans` (its surface forms with counts, and its mentions, packed: `packed.rs`) |
//! | `carved` | form split off its unit by the user | `article`, `local`, `form` (folded key), `entity`: those mentions belong to `entity` (derived, rebuilt) |
//! | `fts` | article (FTS5, contentless, `detail=none`: which articles hold a word, no positions) | `words`: each distinct folded word of the text, and each without its leading clitic |
//! | `entities` | library entity (derived, rebuilt) | `id`, `label`, `canonical`, `aliases` (newline-separated, most frequent first), `articles`, `mentions` |
//! | `entity_ids` | name key ever seen | `key` (`LABEL` + folded canonical), `id`: keeps ids stable across rebuilds |
//! | `entity_names` | name of a library entity | `entity`, `name` (folded), `canonical` (1 for the canonical name) |
//! | `article_entity` | (entity, article) pair | `entity`, `article`, `mentions`, `first_start`, `first_end` |
//! | `decisions` | user's merge or split | `kind` (`merge`/`split`), `label`, `a`, `b` (folded names), `at` |
//! | `meta` | setting | `key`, `value` (`entities_dirty` = 1 while entities need a rebuild) |

use std::path::Path;
use std::time::Duration;

use rusqlite::{Connection, OpenFlags};

use crate::LibraryError;

/// `PRAGMA application_id` of a Sahifa library: "SAHF" in ASCII.
pub const APPLICATION_ID: i64 = 0x5341_4846;

/// The schema version this build writes and reads up to.
pub const SCHEMA_VERSION: i64 = 1;

/// How long a write waits for another writer before giving up.
const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// The migrations: `MIGRATIONS[n]` brings a library from version `n` to `n + 1`.
pub const MIGRATIONS: &[&str] = &[V1];

const V1: &str = "
CREATE TABLE roots (path TEXT PRIMARY KEY, watch INTEGER NOT NULL DEFAULT 0);
CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL UNIQUE,
    hash TEXT NOT NULL DEFAULT '',
    size INTEGER NOT NULL DEFAULT 0,
    mtime INTEGER NOT NULL DEFAULT 0,
    title TEXT NOT NULL DEFAULT '',
    date TEXT,
    counts TEXT NOT NULL DEFAULT '',
    missing INTEGER NOT NULL DEFAULT 0,
    error TEXT
);
CREATE INDEX articles_hash ON articles (hash);
CREATE TABLE texts (id INTEGER PRIMARY KEY, text TEXT NOT NULL);
CREATE TABLE units (
    article INTEGER NOT NULL,
    local INTEGER NOT NULL,
    label TEXT NOT NULL,
    name TEXT NOT NULL,
    key TEXT NOT NULL,
    mentions INTEGER NOT NULL,
    first_start INTEGER NOT NULL,
    first_end INTEGER NOT NULL,
    acronym TEXT,
    entity INTEGER,
    forms TEXT NOT NULL,
    spans TEXT NOT NULL,
    PRIMARY KEY (article, local)
) WITHOUT ROWID;
CREATE INDEX units_entity ON units (entity, article);
CREATE TABLE carved (
    article INTEGER NOT NULL,
    local INTEGER NOT NULL,
    form TEXT NOT NULL,
    entity INTEGER NOT NULL,
    PRIMARY KEY (article, local, form)
) WITHOUT ROWID;
CREATE VIRTUAL TABLE fts USING fts5 (
    words, content='', contentless_delete=1, detail=none, prefix='2 3',
    tokenize='unicode61 remove_diacritics 0'
);
CREATE TABLE entities (
    id INTEGER PRIMARY KEY,
    label TEXT NOT NULL,
    canonical TEXT NOT NULL,
    aliases TEXT NOT NULL,
    articles INTEGER NOT NULL,
    mentions INTEGER NOT NULL
);
CREATE INDEX entities_by_articles ON entities (articles DESC, mentions DESC);
CREATE TABLE entity_ids (key TEXT PRIMARY KEY, id INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE entity_names (entity INTEGER NOT NULL, name TEXT NOT NULL, canonical INTEGER NOT NULL);
CREATE INDEX entity_names_name ON entity_names (name);
CREATE INDEX entity_names_entity ON entity_names (entity);
CREATE TABLE article_entity (
    entity INTEGER NOT NULL,
    article INTEGER NOT NULL,
    mentions INTEGER NOT NULL,
    first_start INTEGER NOT NULL,
    first_end INTEGER NOT NULL,
    PRIMARY KEY (entity, article)
) WITHOUT ROWID;
CREATE INDEX article_entity_article ON article_entity (article, entity);
CREATE TABLE decisions (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    label TEXT NOT NULL,
    a TEXT NOT NULL,
    b TEXT NOT NULL
);
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
";

/// Opens (creating or migrating) the library at `path`; refuses a newer or damaged file
/// without writing to it.
pub(crate) fn open(path: &Path) -> Result<Connection, LibraryError> {
    let io = |source| LibraryError::Io {
        path: path.to_owned(),
        source,
    };
    let exists = path.exists();
    if !exists && let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(io)?;
    }
    if exists {
        refuse_unwritable(path)?;
        check_existing(path)?;
    }
    let mut conn = Connection::open(path).map_err(|e| busy_or(path, e))?;
    // SQLite opens a file it may not write read-only without a word, and the first write
    // would fail deep inside an add: say so now, with the file's bytes untouched.
    if conn.is_readonly(rusqlite::MAIN_DB)? {
        return Err(busy_or(
            path,
            rusqlite::Error::SqliteFailure(
                rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_READONLY),
                None,
            ),
        ));
    }
    conn.busy_timeout(BUSY_TIMEOUT)?;
    configure(&conn).map_err(|e| busy_or(path, e))?;
    migrate(&mut conn, path).map_err(|e| match e {
        LibraryError::Sqlite(e) => busy_or(path, e),
        e => e,
    })?;
    Ok(conn)
}

/// What a library file or folder that may not be written is told (an [`LibraryError::Io`]).
const READ_ONLY: &str = "the library file or its folder is read-only to you, and SQLite must write there (the file, or its -wal and -shm beside it); nothing was changed";

/// Refuses a file the system will not let us write (its permissions, an immutable flag, a
/// read-only file system) before SQLite or [`check_existing`] opens it, so nothing is
/// made beside it; the error keeps the system's kind.
fn refuse_unwritable(path: &Path) -> Result<(), LibraryError> {
    use std::io::ErrorKind::{PermissionDenied, ReadOnlyFilesystem};
    if !path.is_file() {
        return Ok(());
    }
    match std::fs::OpenOptions::new().write(true).open(path) {
        Err(e) if matches!(e.kind(), PermissionDenied | ReadOnlyFilesystem) => {
            Err(LibraryError::Io {
                path: path.to_owned(),
                source: std::io::Error::new(e.kind(), READ_ONLY),
            })
        }
        _ => Ok(()),
    }
}

/// Checks an existing file read-only: a SQLite database, ours (or empty), not newer, and
/// its pages readable. Nothing is written, so a refused file keeps its bytes.
fn check_existing(path: &Path) -> Result<(), LibraryError> {
    let corrupt = |reason: String| LibraryError::Corrupt {
        path: path.to_owned(),
        reason,
    };
    let meta = std::fs::metadata(path).map_err(|source| LibraryError::Io {
        path: path.to_owned(),
        source,
    })?;
    if meta.is_dir() {
        return Err(LibraryError::Io {
            path: path.to_owned(),
            source: std::io::Error::new(
                std::io::ErrorKind::IsADirectory,
                format!(
                    "this is a folder, not a library file: give a file, such as {}",
                    path.join(crate::LIBRARY_FILE).display()
                ),
            ),
        });
    }
    if meta.len() == 0 {
        return Ok(());
    }
    let header = read_header(path)?;
    if !header.starts_with(b"SQLite format 3\0") {
        return Err(corrupt("not a SQLite database".into()));
    }
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let conn = Connection::open_with_flags(path, flags).map_err(|e| not_corrupt_or(path, e))?;
    verify(&conn, path)
}

/// Opens an existing library only to read it, when it may not be written (a read-only
/// file or folder, e.g. on a shared drive): SQLite is told the file is immutable, so it
/// needs no `-shm` beside it. The same checks as for writing; nothing is ever written.
pub(crate) fn open_read_only(path: &Path) -> Result<Connection, LibraryError> {
    let uri = format!("file:{}?immutable=1", uri_path(path));
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY
        | OpenFlags::SQLITE_OPEN_NO_MUTEX
        | OpenFlags::SQLITE_OPEN_URI;
    let conn = Connection::open_with_flags(uri, flags).map_err(|e| not_corrupt_or(path, e))?;
    verify(&conn, path)?;
    Ok(conn)
}

/// `path` for a SQLite URI: every byte but ASCII letters, digits and `/._-` as `%XX`
/// (`?`, `#` and `%` in a folder name would otherwise end or garble the path).
fn uri_path(path: &Path) -> String {
    use std::fmt::Write;
    let mut out = String::new();
    for b in path.to_string_lossy().bytes() {
        if b.is_ascii_alphanumeric() || b"/._-".contains(&b) {
            out.push(char::from(b));
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
    out
}

/// Checks an open file: ours (or empty), not newer, its first pages readable.
fn verify(conn: &Connection, path: &Path) -> Result<(), LibraryError> {
    let corrupt = |reason: String| LibraryError::Corrupt {
        path: path.to_owned(),
        reason,
    };
    conn.busy_timeout(BUSY_TIMEOUT)?;
    let app: i64 = conn
        .pragma_query_value(None, "application_id", |r| r.get(0))
        .map_err(|e| not_corrupt_or(path, e))?;
    let version: i64 = conn
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .map_err(|e| not_corrupt_or(path, e))?;
    if app != APPLICATION_ID && !(app == 0 && version == 0 && is_empty_db(conn)) {
        return Err(corrupt(format!(
            "application id {app:#x} is not a Sahifa library's"
        )));
    }
    if version > SCHEMA_VERSION {
        return Err(LibraryError::Newer {
            path: path.to_owned(),
            found: version,
            supported: SCHEMA_VERSION,
        });
    }
    // The schema pages and the small tables: a whole-file check would read every page
    // (most of a second on 10,000 articles); damage further in surfaces as an error of
    // the query that meets it.
    let check: String = if version >= 1 {
        conn.query_row("PRAGMA quick_check(meta)", [], |r| r.get(0))
    } else {
        conn.query_row("PRAGMA quick_check", [], |r| r.get(0))
    }
    .map_err(|e| corrupt(e.to_string()))?;
    if check != "ok" {
        return Err(corrupt(check));
    }
    Ok(())
}

fn read_header(path: &Path) -> Result<Vec<u8>, LibraryError> {
    use std::io::Read;
    let mut header = Vec::with_capacity(16);
    std::fs::File::open(path)
        .and_then(|f| f.take(16).read_to_end(&mut header))
        .map_err(|source| LibraryError::Io {
            path: path.to_owned(),
            source,
        })?;
    Ok(header)
}

fn is_empty_db(conn: &Connection) -> bool {
    conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| {
        r.get::<_, i64>(0)
    })
    .is_ok_and(|n| n == 0)
}

/// Connection settings: WAL, `synchronous=NORMAL` (safe in WAL: a crash loses at most the
/// last transactions, never the file), foreign keys off (the rebuild keeps links).
fn configure(conn: &Connection) -> rusqlite::Result<()> {
    conn.pragma_update(None, "journal_mode", "WAL")?;
    conn.pragma_update(None, "synchronous", "NORMAL")?;
    conn.pragma_update(None, "temp_store", "MEMORY")?;
    conn.pragma_update(None, "cache_size", -32_000)?;
    Ok(())
}

/// Brings the file to [`SCHEMA_VERSION`], one migration per transaction.
fn migrate(conn: &mut Connection, path: &Path) -> Result<(), LibraryError> {
    // Up to date: no write lock taken, so opening beside a running add never waits.
    let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    if version == SCHEMA_VERSION {
        return Ok(());
    }
    loop {
        let tx = conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
            .map_err(|e| busy_or(path, e))?;
        let version: i64 = tx.pragma_query_value(None, "user_version", |r| r.get(0))?;
        if version > SCHEMA_VERSION {
            return Err(LibraryError::Newer {
                path: path.to_owned(),
                found: version,
                supported: SCHEMA_VERSION,
            });
        }
        let Some(step) = usize::try_from(version)
            .ok()
            .and_then(|v| MIGRATIONS.get(v))
        else {
            return Ok(());
        };
        tx.execute_batch(step)?;
        tx.pragma_update(None, "application_id", APPLICATION_ID)?;
        tx.pragma_update(None, "user_version", version + 1)?;
        tx.commit()?;
    }
}

/// [`LibraryError::Busy`] for a lock timeout; for a file that cannot be written (read-only,
/// disk full, folder missing or not writable) an [`LibraryError::Io`] naming the file and
/// saying what to do; else the database error.
pub(crate) fn busy_or(path: &Path, e: rusqlite::Error) -> LibraryError {
    use rusqlite::ErrorCode as C;
    use std::io::ErrorKind as K;
    let io = |kind: K, message: &str| LibraryError::Io {
        path: path.to_owned(),
        source: std::io::Error::new(kind, message.to_owned()),
    };
    match e.sqlite_error_code() {
        Some(C::DatabaseBusy | C::DatabaseLocked) => LibraryError::Busy {
            path: path.to_owned(),
        },
        Some(C::ReadOnly) => io(K::PermissionDenied, READ_ONLY),
        Some(C::DiskFull) => io(
            K::StorageFull,
            "the disk is full; what was committed before is kept: free some space and add again to resume",
        ),
        Some(C::DatabaseCorrupt | C::NotADatabase) => LibraryError::Corrupt {
            path: path.to_owned(),
            reason: e.to_string(),
        },
        // A value of a type no version of Sahifa writes: the file was damaged under us.
        None if matches!(e, rusqlite::Error::InvalidColumnType(..)) => LibraryError::Corrupt {
            path: path.to_owned(),
            reason: e.to_string(),
        },
        Some(C::CannotOpen | C::PermissionDenied) => io(
            K::PermissionDenied,
            "cannot open or create the library file there (is it a folder, or its folder not writable?)",
        ),
        _ => LibraryError::Sqlite(e),
    }
}

/// The error of a read-only check that failed: a file we may not read or whose folder we
/// may not write (SQLite needs its `-shm` beside a WAL file) is not a damaged one.
fn not_corrupt_or(path: &Path, e: rusqlite::Error) -> LibraryError {
    match busy_or(path, e) {
        LibraryError::Sqlite(e) => LibraryError::Corrupt {
            path: path.to_owned(),
            reason: e.to_string(),
        },
        other => other,
    }
}

/// Moves `path` (and its `-wal`/`-shm`) aside to the first free `NAME.old-N`; returns it.
pub(crate) fn move_aside(path: &Path) -> Result<std::path::PathBuf, LibraryError> {
    let io = |source| LibraryError::Io {
        path: path.to_owned(),
        source,
    };
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| crate::LIBRARY_FILE.to_owned());
    let with_suffix = |p: &Path, suffix: &str| {
        let mut s = p.as_os_str().to_owned();
        s.push(suffix);
        std::path::PathBuf::from(s)
    };
    for n in 1..10_000u32 {
        let kept = path.with_file_name(format!("{name}.old-{n}"));
        let taken = ["", "-wal", "-shm"]
            .iter()
            .any(|s| with_suffix(&kept, s).exists());
        if taken {
            continue;
        }
        if path.exists() {
            std::fs::rename(path, &kept).map_err(io)?;
        }
        for s in ["-wal", "-shm"] {
            let side = with_suffix(path, s);
            if side.exists() {
                std::fs::rename(&side, with_suffix(&kept, s)).map_err(io)?;
            }
        }
        return Ok(kept);
    }
    Err(io(std::io::Error::other(
        "no free name to keep the old library",
    )))
}

#[cfg(test)]
mod error_tests {
    use super::*;
    use rusqlite::ffi;

    fn failure(code: i32) -> rusqlite::Error {
        rusqlite::Error::SqliteFailure(ffi::Error::new(code), None)
    }

    #[test]
    fn a_full_disk_or_read_only_file_is_named_and_explained_not_called_damaged() {
        let path = Path::new("/x/library.sqlite");
        for (code, words) in [
            (ffi::SQLITE_FULL, "disk is full"),
            (ffi::SQLITE_READONLY, "read-only"),
            (ffi::SQLITE_CANTOPEN, "cannot open or create"),
        ] {
            let e = busy_or(path, failure(code));
            assert!(matches!(e, LibraryError::Io { .. }), "{e:?}");
            let text = e.to_string();
            assert!(
                text.starts_with("/x/library.sqlite: ") && text.contains(words),
                "{text}"
            );
        }
    }

    #[test]
    fn a_file_damaged_under_a_running_add_is_called_damaged_naming_it() {
        let path = Path::new("/x/library.sqlite");
        let null =
            rusqlite::Error::InvalidColumnType(0, "article".into(), rusqlite::types::Type::Null);
        assert!(matches!(busy_or(path, null), LibraryError::Corrupt { .. }));
        let corrupt = busy_or(path, failure(ffi::SQLITE_CORRUPT));
        assert!(matches!(corrupt, LibraryError::Corrupt { .. }));
    }
}
