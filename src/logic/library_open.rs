//! Opening the library for the window: a file that does not exist is not created (the
//! first add creates it), one that may not be written is opened only to read, and the
//! watched folders are watched.

use std::path::{Path, PathBuf};

use sahifa_library::watch::FolderWatcher;
use sahifa_library::{Library, LibraryError};

/// The library opened: the query connection and the watcher of its folders.
pub struct Opened {
    /// The library, for queries; `None` while no library file exists (none is created
    /// until the user adds to it).
    pub library: Option<Library>,
    /// The watched folders' watcher (`None` when watching could not start, or nothing
    /// may be added).
    pub watcher: Option<FolderWatcher>,
    /// Where the old file went, when a new library was started on the user's word.
    pub kept: Option<PathBuf>,
    /// The file may not be written (a read-only drive, folder or file): it was opened
    /// only to read, and nothing may be added, merged or split.
    pub read_only: bool,
}

/// Opens (or, `fresh`, starts anew) the library at `path` and watches its folders. A
/// file that does not exist is not created (the first add creates it); one that may not
/// be written is opened only to read.
pub fn open(path: &Path, fresh: bool) -> Result<Opened, LibraryError> {
    let mut opened = Opened {
        library: None,
        watcher: None,
        kept: None,
        read_only: false,
    };
    let library = if fresh {
        let (library, kept) = Library::open_fresh(path)?;
        opened.kept = Some(kept);
        library
    } else if matches!(path.try_exists(), Ok(false)) {
        return Ok(opened);
    } else {
        match Library::open(path) {
            Ok(library) => library,
            Err(error) if error.is_read_only() => {
                opened.read_only = true;
                Library::open_read_only(path)?
            }
            Err(error) => return Err(error),
        }
    };
    if !opened.read_only {
        opened.watcher = library
            .watch_folders()
            .ok()
            .and_then(|folders| FolderWatcher::start(&folders).ok());
    }
    opened.library = Some(library);
    Ok(opened)
}
