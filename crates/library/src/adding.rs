//! Whether an add is running on a library, in any process, and the repair of what a
//! killed add left owed.
//!
//! An add holds a shared advisory lock on `LIBRARY.adding` (the library's file name with
//! `.adding`, beside it) for its whole run; the OS frees it when the process ends, even
//! killed (SIGKILL, power cut). An add writes articles with `entities_dirty` = 1 and
//! rebuilds the entities at its end; a killed one leaves the flag set. An open for writing
//! that finds the flag set tries to take the lock exclusively: when it can, no add is
//! running, and it rebuilds the entities (holding the lock, so an add starting meanwhile
//! waits for the rebuild); when it cannot, the running add will rebuild them, and the open
//! goes on at once.
//!
//! The lock is shared, not exclusive, so two adds at once (two windows, a window and the
//! command line) both run, as they did before the lock: their batches take turns on
//! SQLite's write lock.
//!
//! Where the lock cannot be had at all (the lock file cannot be created, or the file
//! system has no advisory locks), an add runs without it, and an open rebuilds owed
//! entities anyway: the rebuild is one transaction, so beside a running add it is only
//! work done twice, never a wrong result.

use std::fs::{File, OpenOptions, TryLockError};
use std::path::{Path, PathBuf};

use rusqlite::Connection;

use crate::{LibraryError, entities};

/// The lock file of the library at `library`: `library.sqlite.adding` beside
/// `library.sqlite`.
pub fn lock_path(library: &Path) -> PathBuf {
    let mut name = library.as_os_str().to_owned();
    name.push(".adding");
    PathBuf::from(name)
}

/// The lock file, created when missing. One that exists but is read-only to the user
/// (another user's library) is opened for reading: an advisory lock needs no more.
fn open_lock_file(library: &Path) -> std::io::Result<File> {
    let path = lock_path(library);
    OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .open(&path)
        .or_else(|_| File::open(&path))
}

/// Held by a running add: the shared lock on the lock file, released when dropped (or
/// when the process ends).
pub(crate) struct Adding {
    _file: Option<File>,
}

/// Takes the shared lock for an add. Waits only while an open is rebuilding owed
/// entities (well under a second for 10,000 articles). Without a lock file or locks on
/// this file system, the add runs unlocked (see the module's documentation).
pub(crate) fn begin(library: &Path) -> Adding {
    let file = open_lock_file(library)
        .ok()
        .filter(|f| f.lock_shared().is_ok());
    Adding { _file: file }
}

/// Held while the library at `library` is moved aside ([`crate::Library::open_fresh`]): the
/// lock taken exclusively, so no add — this version's or a newer Sahifa's, which locks the
/// same file — runs on the file being moved or starts before the new one is made.
/// [`LibraryError::Busy`] while one runs; without a lock file or locks, `None` (as for
/// [`begin`]). The lock file itself stays: it is the lock of the library's path, whichever
/// file is there.
pub(crate) fn exclusive(library: &Path) -> Result<Option<File>, LibraryError> {
    let Ok(file) = open_lock_file(library) else {
        return Ok(None);
    };
    match file.try_lock() {
        Ok(()) => Ok(Some(file)),
        Err(TryLockError::WouldBlock) => Err(LibraryError::Busy {
            path: library.to_owned(),
        }),
        Err(TryLockError::Error(_)) => Ok(None),
    }
}

/// At an open for writing: rebuilds the entities when a rebuild is owed and no add is
/// running in any process. A rebuild that waited too long for another writer is left to
/// the next open or add (the library opens with the entities it has).
pub(crate) fn repair_owed_entities(
    conn: &mut Connection,
    library: &Path,
) -> Result<(), LibraryError> {
    if !entities::dirty(conn)? {
        return Ok(());
    }
    // Kept open until the rebuild is done: closing it releases the lock.
    let lock = open_lock_file(library);
    if let Ok(file) = &lock {
        match file.try_lock() {
            Ok(()) | Err(TryLockError::Error(_)) => {}
            // An add is running: it rebuilds the entities at its end.
            Err(TryLockError::WouldBlock) => return Ok(()),
        }
    }
    // Checked again under the lock: another open may have rebuilt them meanwhile.
    if !entities::dirty(conn)? {
        return Ok(());
    }
    match entities::rebuild(conn) {
        Err(LibraryError::Sqlite(e))
            if matches!(
                e.sqlite_error_code(),
                Some(rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked)
            ) =>
        {
            Ok(())
        }
        done => done,
    }
}
