//! Where `export` writes, decided and checked before anything is written.
//!
//! An output never is an input article, an annotation file (an input's sidecar, the
//! `--annotations` file or any `*.sahifa.json`) or another output; paths are compared
//! canonically (symlinks resolved, `./x` = `x`) and, for files that exist, by device and
//! inode (hard links). brat names keep everything but the last extension (`a.v1.txt` →
//! `a.v1.txt` + `a.v1.ann`); two inputs with the same name from different folders get
//! `NAME-2`, `NAME-3`, …; the same input given twice is exported once. A file already in
//! the brat folder is replaced only with `--overwrite`.

use std::collections::HashMap;
use std::path::{Component, Path, PathBuf};

use super::ExportError;
use crate::sidecar::sidecar_path_for;

/// A path's identity: its canonical form (for a path that does not exist yet, its nearest
/// existing ancestor canonicalised plus the rest) and, when it exists, (device, inode).
#[derive(Clone, Debug)]
pub(crate) struct FileId {
    canonical: PathBuf,
    inode: Option<(u64, u64)>,
}

impl FileId {
    pub(crate) fn of(path: &Path) -> FileId {
        FileId {
            canonical: canonical_lenient(path),
            inode: inode(path),
        }
    }
}

#[cfg(unix)]
fn inode(path: &Path) -> Option<(u64, u64)> {
    use std::os::unix::fs::MetadataExt;
    std::fs::metadata(path).ok().map(|m| (m.dev(), m.ino()))
}

#[cfg(not(unix))]
fn inode(_path: &Path) -> Option<(u64, u64)> {
    None
}

/// The canonical path of `path`, which need not exist: component by component, resolved
/// (symlinks, `..`) while the path exists, then lexically (`.` dropped, `..` popping).
fn canonical_lenient(path: &Path) -> PathBuf {
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_owned());
    let mut out = PathBuf::new();
    let mut exists = true;
    for component in absolute.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir if !exists => {
                out.pop();
            }
            _ => {
                out.push(component);
                if exists {
                    match out.canonicalize() {
                        Ok(c) => out = c,
                        Err(_) => exists = false,
                    }
                }
            }
        }
    }
    out
}

/// File identities with a value each, looked up by canonical path or (device, inode).
struct IdMap<T> {
    by_path: HashMap<PathBuf, T>,
    by_inode: HashMap<(u64, u64), T>,
}

impl<T: Clone> IdMap<T> {
    fn new() -> Self {
        Self {
            by_path: HashMap::new(),
            by_inode: HashMap::new(),
        }
    }

    fn get(&self, id: &FileId) -> Option<&T> {
        self.by_path
            .get(&id.canonical)
            .or_else(|| id.inode.and_then(|i| self.by_inode.get(&i)))
    }

    fn insert(&mut self, id: FileId, value: T) {
        if let Some(i) = id.inode {
            self.by_inode.entry(i).or_insert_with(|| value.clone());
        }
        self.by_path.entry(id.canonical).or_insert(value);
    }
}

/// True for a file name that marks a Sahifa annotation file.
fn is_sidecar_name(path: &Path) -> bool {
    path.file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| n.to_ascii_lowercase().ends_with(".sahifa.json"))
}

/// Files no output may be: the inputs and their annotation files.
pub(crate) struct Protected {
    files: IdMap<(PathBuf, &'static str)>,
}

impl Protected {
    pub(crate) fn new(inputs: &[PathBuf], annotations: Option<&Path>) -> Self {
        let mut files = IdMap::new();
        for input in inputs {
            files.insert(FileId::of(input), (input.clone(), "the article"));
            let sidecar = sidecar_path_for(input);
            files.insert(FileId::of(&sidecar), (sidecar, "the annotation file"));
        }
        if let Some(a) = annotations {
            files.insert(FileId::of(a), (a.to_owned(), "the annotation file"));
        }
        Self { files }
    }

    /// Refuses `out` when it is an input, an annotation file, or a folder.
    pub(crate) fn check(&self, out: &Path) -> Result<FileId, ExportError> {
        let id = FileId::of(out);
        if let Some((path, what)) = self.files.get(&id) {
            return Err(ExportError::OutputIsAnInput {
                output: out.to_owned(),
                what,
                input: path.clone(),
            });
        }
        if is_sidecar_name(out) {
            return Err(ExportError::OutputIsASidecar(out.to_owned()));
        }
        if out.is_dir() {
            return Err(ExportError::OutputIsAFolder(out.to_owned()));
        }
        Ok(id)
    }
}

/// The two files one article's brat export goes to.
#[derive(Clone, Debug)]
pub(crate) struct BratNames {
    pub(crate) txt: PathBuf,
    pub(crate) ann: PathBuf,
}

/// brat file names for each input in `dir`: `None` for an input given twice (exported
/// once). Returns notes for the user too (renamed or skipped inputs).
pub(crate) fn plan_brat(
    dir: &Path,
    inputs: &[PathBuf],
) -> Result<(Vec<Option<BratNames>>, Vec<String>), ExportError> {
    let mut seen: IdMap<&PathBuf> = IdMap::new();
    // Lower-cased, as some file systems compare names without case.
    let mut taken: HashMap<String, &PathBuf> = HashMap::new();
    let mut plan = Vec::with_capacity(inputs.len());
    let mut notes = Vec::new();
    for input in inputs {
        let id = FileId::of(input);
        if let Some(first) = seen.get(&id) {
            notes.push(format!(
                "{} is the same file as {}; exported once",
                input.display(),
                first.display()
            ));
            plan.push(None);
            continue;
        }
        seen.insert(id, input);
        let stem = input
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .ok_or_else(|| ExportError::NoFileName(input.clone()))?;
        let mut name = stem.clone();
        let mut n = 1u32;
        while taken.contains_key(&name.to_lowercase()) {
            n = n.checked_add(1).ok_or(ExportError::TooManySameNames)?;
            name = format!("{stem}-{n}");
        }
        if let Some(other) = taken.get(&stem.to_lowercase()).filter(|_| name != stem) {
            notes.push(format!(
                "{} is written as {name}.txt and {name}.ann ({stem}.txt is {})",
                input.display(),
                other.display()
            ));
        }
        taken.insert(name.to_lowercase(), input);
        // A name near the length limit is shortened alike for both (same suffix length).
        let base = dir.join(&name);
        plan.push(Some(BratNames {
            txt: crate::file_name::with_suffix(&base, "", ".txt"),
            ann: crate::file_name::with_suffix(&base, "", ".ann"),
        }));
    }
    Ok((plan, notes))
}

/// Checks every planned output: none is protected, none is the same file as another, and
/// none exists already unless `overwrite`.
pub(crate) fn check_outputs(
    outputs: &[&Path],
    protected: &Protected,
    overwrite: bool,
) -> Result<(), ExportError> {
    let mut ids: IdMap<&Path> = IdMap::new();
    for &out in outputs {
        let id = protected.check(out)?;
        if let Some(other) = ids.get(&id) {
            return Err(ExportError::SameOutputTwice(
                other.to_path_buf(),
                out.to_owned(),
            ));
        }
        if !overwrite && std::fs::symlink_metadata(out).is_ok() {
            return Err(ExportError::OutputExists(out.to_owned()));
        }
        ids.insert(id, out);
    }
    Ok(())
}
