//! Crash-safe file replacement: temporary file, fsync, backup, atomic rename.
//!
//! [`write_file_safely`] never leaves a half-written file at the destination: the bytes go
//! to a temporary file in the same folder, which is flushed to disk and only then renamed
//! over the destination (an atomic step on the same file system). The previous version is
//! first copied to `NAME.bak`. If anything fails, the temporary file is removed and the
//! destination is as it was.
//!
//! How the temporary file is opened is injectable ([`Opener`]) so tests can make a write
//! fail half way.

use std::fmt;
use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

/// Where the bytes of a save are written: a file that can be flushed to disk.
pub trait Sink: Write {
    /// Flushes and syncs the written bytes to the storage device.
    fn commit(self: Box<Self>) -> io::Result<()>;
}

/// A [`Sink`] writing straight to a file.
pub struct FileSink(File);

impl FileSink {
    /// Wraps an open file.
    pub fn new(file: File) -> Self {
        Self(file)
    }
}

impl Write for FileSink {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.0.write(buf)
    }
    fn flush(&mut self) -> io::Result<()> {
        self.0.flush()
    }
}

impl Sink for FileSink {
    fn commit(mut self: Box<Self>) -> io::Result<()> {
        self.0.flush()?;
        self.0.sync_all()
    }
}

/// Opens the temporary file a save writes to.
pub type Opener<'a> = &'a dyn Fn(&Path) -> io::Result<Box<dyn Sink>>;

/// The default [`Opener`]: creates the file (it must not exist yet).
pub fn open_file(path: &Path) -> io::Result<Box<dyn Sink>> {
    let file = OpenOptions::new().write(true).create_new(true).open(path)?;
    Ok(Box::new(FileSink(file)))
}

/// The backup of `path`: the same name with `.bak` appended (shortened as
/// [`crate::file_name::with_suffix`] says when that is too long).
pub fn backup_path_for(path: &Path) -> PathBuf {
    crate::file_name::with_suffix(path, "", ".bak")
}

/// Which step of a save failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SaveStep {
    /// Creating the temporary file.
    Create,
    /// Writing the bytes.
    Write,
    /// Flushing them to disk.
    Sync,
    /// Copying the previous version to the backup.
    Backup,
    /// Renaming the temporary file over the destination.
    Replace,
}

/// Why a save failed. The file at `path` is unchanged.
#[derive(Debug)]
pub enum SaveError {
    /// An I/O step failed.
    Io {
        /// The destination.
        path: PathBuf,
        /// Which step.
        step: SaveStep,
        /// The underlying error.
        source: io::Error,
    },
    /// The destination file, or the folder it would be written in, is read-only (no write
    /// permission bit, or writing it is refused). Nothing was written; the app offers
    /// «Save As» elsewhere. Checked from the permission bits too, so a read-only file is
    /// respected even when running as root (which the system would let write).
    ReadOnly {
        /// The destination.
        path: PathBuf,
        /// True when the folder is read-only rather than the file.
        folder: bool,
    },
    /// The file on disk was written by a newer Sahifa; overwriting it would lose data.
    NewerVersionOnDisk {
        /// The destination.
        path: PathBuf,
        /// Its schema version, as written in the file.
        found: u64,
    },
    /// An export would replace a file that is not Sahifa's (a brat `.txt` whose content is
    /// not the article's text). Nothing was written; choose another folder.
    Exists {
        /// The file that is left alone.
        path: PathBuf,
    },
    /// The annotations do not fit the document (a mention past the end of the text).
    Invalid(String),
}

impl fmt::Display for SaveError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SaveError::Io { path, step, source } => {
                let what = match step {
                    SaveStep::Create => "could not create a temporary file beside",
                    SaveStep::Write => "could not write",
                    SaveStep::Sync => "could not flush to disk",
                    SaveStep::Backup => "could not back up the previous version of",
                    SaveStep::Replace => "could not replace",
                };
                write!(
                    f,
                    "{what} {}: {source}. The previous file was left as it was.",
                    path.display()
                )
            }
            SaveError::ReadOnly { path, folder } => write!(
                f,
                "{} is read-only{}; nothing was written. Save to another place instead.",
                path.display(),
                if *folder {
                    " (its folder cannot be written)"
                } else {
                    ""
                }
            ),
            SaveError::NewerVersionOnDisk { path, found } => write!(
                f,
                "{} was written by a newer version of Sahifa (schema {found}); not overwriting it",
                path.display()
            ),
            SaveError::Exists { path } => write!(
                f,
                "{} already exists and holds other text; not replacing it. Choose another folder.",
                path.display()
            ),
            SaveError::Invalid(why) => write!(f, "annotations not saved: {why}"),
        }
    }
}

impl std::error::Error for SaveError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            SaveError::Io { source, .. } => Some(source),
            _ => None,
        }
    }
}

static COUNTER: AtomicU64 = AtomicU64::new(0);

fn temp_path_for(path: &Path) -> PathBuf {
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let suffix = format!(".tmp-{}-{n}", std::process::id());
    crate::file_name::with_suffix(path, ".", &suffix)
}

/// Replaces `path` with `bytes` safely (see the module docs), keeping the previous version
/// as `NAME.bak`.
pub fn write_file_safely(path: &Path, bytes: &[u8], open: Opener<'_>) -> Result<(), SaveError> {
    replace_file(path, bytes, open, true)
}

/// Replaces `path` with `bytes` atomically like [`write_file_safely`], without keeping a
/// backup (for exports, which can be made again).
pub fn write_file_atomically(path: &Path, bytes: &[u8]) -> Result<(), SaveError> {
    replace_file(path, bytes, &open_file, false)
}

/// Refuses a destination that is read-only, or whose folder is (see
/// [`SaveError::ReadOnly`]). The permission bits are read, not only tried: root may write
/// anything, but a file or folder without any write bit is still not Sahifa's to replace.
/// A file is also read-only when opening it for writing (without changing it) is refused.
pub fn check_writable(path: &Path) -> Result<(), SaveError> {
    let read_only = |folder| SaveError::ReadOnly {
        path: path.to_owned(),
        folder,
    };
    if let Ok(meta) = fs::metadata(path)
        && meta.is_file()
    {
        if meta.permissions().readonly() {
            return Err(read_only(false));
        }
        if let Err(e) = OpenOptions::new().write(true).open(path)
            && refused(&e)
        {
            return Err(read_only(false));
        }
    }
    let folder = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    if fs::metadata(folder).is_ok_and(|m| m.permissions().readonly()) {
        return Err(read_only(true));
    }
    Ok(())
}

/// True for the errors that mean «not allowed to write here».
fn refused(e: &io::Error) -> bool {
    matches!(
        e.kind(),
        io::ErrorKind::PermissionDenied | io::ErrorKind::ReadOnlyFilesystem
    )
}

fn replace_file(
    path: &Path,
    bytes: &[u8],
    open: Opener<'_>,
    keep_backup: bool,
) -> Result<(), SaveError> {
    check_writable(path)?;
    let fail = |step, source| SaveError::Io {
        path: path.to_owned(),
        step,
        source,
    };
    let tmp = temp_path_for(path);
    let mut sink = open(&tmp).map_err(|e| {
        if refused(&e) {
            SaveError::ReadOnly {
                path: path.to_owned(),
                folder: true,
            }
        } else {
            fail(SaveStep::Create, e)
        }
    })?;
    let cleanup = |e: SaveError| {
        // Best effort: the temporary file is ours and useless now.
        let _ = fs::remove_file(&tmp);
        e
    };
    sink.write_all(bytes)
        .map_err(|e| cleanup(fail(SaveStep::Write, e)))?;
    sink.commit()
        .map_err(|e| cleanup(fail(SaveStep::Sync, e)))?;
    if keep_backup && path.exists() {
        backup(path).map_err(|e| cleanup(fail(SaveStep::Backup, e)))?;
    }
    fs::rename(&tmp, path).map_err(|e| cleanup(fail(SaveStep::Replace, e)))?;
    sync_dir(path);
    Ok(())
}

/// Copies `path` to its backup through a temporary file, so a failed copy never leaves a
/// truncated backup either.
fn backup(path: &Path) -> io::Result<()> {
    let bak = backup_path_for(path);
    let tmp = temp_path_for(&bak);
    let result = (|| {
        fs::copy(path, &tmp)?;
        File::open(&tmp)?.sync_all()?;
        fs::rename(&tmp, &bak)
    })();
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result
}

/// Syncs the folder so the rename itself survives a crash. Not every platform or file
/// system can open a folder for syncing; the data is already safe without it, so failure
/// here is not reported.
fn sync_dir(path: &Path) {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty())
        && let Ok(d) = File::open(dir)
    {
        let _ = d.sync_all();
    }
}

/// Copies an unreadable file aside as `NAME.unreadable` (or `NAME.unreadable-2`, …) so
/// replacing it loses nothing. Returns the copy's path.
pub(crate) fn keep_unreadable(path: &Path) -> io::Result<PathBuf> {
    for n in 1..1000 {
        let suffix = if n == 1 {
            ".unreadable".to_owned()
        } else {
            format!(".unreadable-{n}")
        };
        let target = crate::file_name::with_suffix(path, "", &suffix);
        if !target.exists() {
            fs::copy(path, &target)?;
            return Ok(target);
        }
    }
    Err(io::Error::other("too many unreadable copies already"))
}
