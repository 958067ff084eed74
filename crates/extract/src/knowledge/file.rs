//! Reading, locking, backing up and atomically writing `knowledge.json`.

use std::fs::{self, File, OpenOptions};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};

use super::{Contents, KnowledgeError, Recovery, Rejected, Taught, key};

/// The `format` marker of a knowledge store.
pub const FORMAT_MARKER: &str = "sahifa-knowledge";

/// The format version this build reads and writes.
pub const FORMAT_VERSION: u32 = 1;

/// The largest store file read (64 MiB, some hundred thousand names); a larger one is
/// refused and left alone.
pub const MAX_FILE_BYTES: u64 = 64 << 20;

/// `dirs::data_dir()/sahifa/knowledge.json` (`$XDG_DATA_HOME/sahifa/knowledge.json` on
/// Linux when set, else `~/.local/share/…`; `~/Library/Application Support/…` on macOS;
/// `%APPDATA%\…` on Windows).
pub fn default_path() -> Result<PathBuf, KnowledgeError> {
    dirs::data_dir()
        .map(|d| d.join("sahifa").join("knowledge.json"))
        .ok_or(KnowledgeError::NoDataDir)
}

pub(super) fn now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

#[derive(Deserialize)]
struct Header {
    format: Option<String>,
    version: Option<u64>,
}

#[derive(Serialize, Deserialize)]
struct FileV1 {
    format: String,
    version: u32,
    #[serde(default)]
    taught: Vec<Taught>,
    #[serde(default)]
    rejected: Vec<Rejected>,
}

fn io_err(path: &Path) -> impl FnOnce(std::io::Error) -> KnowledgeError + '_ {
    move |source| KnowledgeError::Io {
        path: path.to_owned(),
        source,
    }
}

/// What reading the file found.
enum Found {
    Missing,
    Good(Contents),
    Damaged(String),
}

fn read_file(path: &Path) -> Result<Found, KnowledgeError> {
    let mut f = match File::open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Found::Missing),
        Err(e) => return Err(io_err(path)(e)),
    };
    let size = f.metadata().map_err(io_err(path))?.len();
    if size > MAX_FILE_BYTES {
        return Err(KnowledgeError::TooLarge {
            path: path.to_owned(),
            size,
        });
    }
    let mut bytes = Vec::new();
    Read::by_ref(&mut f)
        .take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(io_err(path))?;
    parse(path, &bytes)
}

fn parse(path: &Path, bytes: &[u8]) -> Result<Found, KnowledgeError> {
    let header: Header = match serde_json::from_slice(bytes) {
        Ok(h) => h,
        Err(e) => return Ok(Found::Damaged(format!("not JSON: {e}"))),
    };
    if header.format.as_deref() != Some(FORMAT_MARKER) {
        return Ok(Found::Damaged(format!(
            "not a knowledge store (no \"format\": \"{FORMAT_MARKER}\")"
        )));
    }
    match header.version {
        Some(v) if v > u64::from(FORMAT_VERSION) => Err(KnowledgeError::NewerVersion {
            path: path.to_owned(),
            found: v,
            supported: FORMAT_VERSION,
        }),
        Some(v) if v >= 1 => match serde_json::from_slice::<FileV1>(bytes) {
            Ok(f) => Ok(Found::Good(contents_of(f))),
            Err(e) => Ok(Found::Damaged(format!("unexpected contents: {e}"))),
        },
        _ => Ok(Found::Damaged("no valid \"version\"".to_owned())),
    }
}

/// The file's entries with keys recomputed from their text (hand edits, folding changes).
fn contents_of(f: FileV1) -> Contents {
    let mut c = Contents::default();
    for mut t in f.taught {
        t.key = key(&t.text);
        if !t.key.is_empty() {
            c.taught.insert(t.key.clone(), t);
        }
    }
    for mut r in f.rejected {
        r.key = key(&r.text);
        if !r.key.is_empty() {
            c.rejected.insert((r.key.clone(), r.label), r);
        }
    }
    c
}

/// Reads the store, refusing a damaged one.
pub(super) fn read(path: &Path) -> Result<Contents, KnowledgeError> {
    match read_file(path)? {
        Found::Missing => Ok(Contents::default()),
        Found::Good(c) => Ok(c),
        Found::Damaged(reason) => Err(KnowledgeError::Damaged {
            path: path.to_owned(),
            reason,
        }),
    }
}

/// Reads the store; a damaged one is moved aside (under the lock) and an empty store
/// returned with the [`Recovery`].
pub(super) fn read_or_recover(path: &Path) -> Result<(Contents, Option<Recovery>), KnowledgeError> {
    match read_file(path)? {
        Found::Missing => Ok((Contents::default(), None)),
        Found::Good(c) => Ok((c, None)),
        Found::Damaged(_) => {
            // Another process may be replacing it right now: decide under the lock.
            let _lock = lock(path)?;
            read_or_recover_locked(path)
        }
    }
}

/// [`read_or_recover`] for a caller that holds the lock.
pub(super) fn read_or_recover_locked(
    path: &Path,
) -> Result<(Contents, Option<Recovery>), KnowledgeError> {
    match read_file(path)? {
        Found::Missing => Ok((Contents::default(), None)),
        Found::Good(c) => Ok((c, None)),
        Found::Damaged(reason) => {
            let backup = back_up(path)?.unwrap_or_default();
            Ok((
                Contents::default(),
                Some(Recovery {
                    path: path.to_owned(),
                    backup,
                    reason,
                }),
            ))
        }
    }
}

/// The held lock on `knowledge.json.lock`; released when dropped.
pub(super) struct Lock(File);

impl Drop for Lock {
    fn drop(&mut self) {
        // Closing the file releases the lock too; unlocking first only makes it prompt.
        let _ = self.0.unlock();
    }
}

fn sibling(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_owned();
    name.push(suffix);
    path.with_file_name(name)
}

/// Takes the exclusive lock beside the store (creating its folder), waiting for it.
pub(super) fn lock(path: &Path) -> Result<Lock, KnowledgeError> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        fs::create_dir_all(dir).map_err(io_err(dir))?;
    }
    let lock_path = sibling(path, ".lock");
    let f = OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&lock_path)
        .map_err(io_err(&lock_path))?;
    f.lock().map_err(io_err(&lock_path))?;
    Ok(Lock(f))
}

/// Moves the file to the first free name of `NAME.bak`, `NAME.bak.1`, `NAME.bak.2`, …
/// (never over an older backup). `None` when there is no file.
pub(super) fn back_up(path: &Path) -> Result<Option<PathBuf>, KnowledgeError> {
    if fs::symlink_metadata(path).is_err() {
        return Ok(None);
    }
    for n in 0..10_000u32 {
        let candidate = if n == 0 {
            sibling(path, ".bak")
        } else {
            sibling(path, &format!(".bak.{n}"))
        };
        if fs::symlink_metadata(&candidate).is_err() {
            fs::rename(path, &candidate).map_err(io_err(path))?;
            return Ok(Some(candidate));
        }
    }
    Err(KnowledgeError::Io {
        path: path.to_owned(),
        source: std::io::Error::other("10,000 backups already; remove some"),
    })
}

/// Writes the store to a temporary file beside it, syncs it and renames it over the old
/// one, so a reader sees the old file or the new one, never half of one.
pub(super) fn write(path: &Path, c: &Contents) -> Result<(), KnowledgeError> {
    let file = FileV1 {
        format: FORMAT_MARKER.to_owned(),
        version: FORMAT_VERSION,
        taught: c.taught.values().cloned().collect(),
        rejected: c.rejected.values().cloned().collect(),
    };
    let mut bytes = serde_json::to_vec_pretty(&file).map_err(|e| KnowledgeError::Io {
        path: path.to_owned(),
        source: std::io::Error::other(e),
    })?;
    bytes.push(b'\n');
    let tmp = sibling(path, &format!(".tmp.{}", std::process::id()));
    let result = (|| {
        let mut f = File::create(&tmp)?;
        f.write_all(&bytes)?;
        f.sync_all()?;
        fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result.map_err(io_err(path))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_version_zero_or_missing_is_damaged_and_a_later_one_refused() {
        let p = Path::new("k.json");
        let damaged = |s: &str| matches!(parse(p, s.as_bytes()), Ok(Found::Damaged(_)));
        assert!(damaged(r#"{"format":"sahifa-knowledge"}"#));
        assert!(damaged(r#"{"format":"sahifa-knowledge","version":0}"#));
        assert!(damaged(r#"{"format":"other","version":1}"#));
        assert!(damaged(
            r#"{"format":"sahifa-knowledge","version":1,"taught":5}"#
        ));
        assert!(damaged("\u{0}\u{1}"));
        assert!(matches!(
            parse(
                p,
                br#"{"format":"sahifa-knowledge","version":7,"taught":5}"#
            ),
            Err(KnowledgeError::NewerVersion { found: 7, .. })
        ));
    }
}
