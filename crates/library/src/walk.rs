//! Finding article files under the roots given to `add`: folders recursively (symlinks
//! followed, loops detected and skipped), hidden folders skipped, and never our own
//! sidecars or library files.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};

/// Extensions of article files, lower case.
pub const ARTICLE_EXTENSIONS: [&str; 6] = ["txt", "html", "htm", "md", "markdown", "docx"];

/// The suffix of sidecar files, which are never articles.
pub const SIDECAR_SUFFIX: &str = ".sahifa.json";

/// True for a file that is an article by its name: an article extension, not a sidecar,
/// not hidden.
pub fn is_article(path: &Path) -> bool {
    let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
        return false;
    };
    if name.starts_with('.') || name.ends_with(SIDECAR_SUFFIX) {
        return false;
    }
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| ARTICLE_EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()))
}

/// The article a sidecar belongs to: `a.txt.sahifa.json` → `a.txt`; a sidecar whose name
/// was shortened to fit the file system leads back to its article too (see
/// [`sahifa_annotate::file_name::original_of`]).
pub fn article_of_sidecar(path: &Path) -> Option<PathBuf> {
    sahifa_annotate::file_name::original_of(path, "", SIDECAR_SUFFIX)
}

/// What the walk found: the article files, each once, sorted, and the paths it could not
/// take, each with why (an unreadable folder, a name that is not UTF-8).
#[derive(Debug, Default)]
pub struct Walked {
    pub files: Vec<PathBuf>,
    pub skipped: Vec<(PathBuf, String)>,
}

/// Every article file under `roots` (a file root is taken when it is an article);
/// `on_found` is called with the running count. `library` is never listed. Stops early
/// when `cancel` is set.
pub fn articles(
    roots: &[PathBuf],
    library: &Path,
    cancel: &AtomicBool,
    on_found: &mut dyn FnMut(usize),
) -> Walked {
    let mut out = Walked::default();
    for root in roots {
        if !root.is_dir() {
            take_root(root, library, &mut out);
            on_found(out.files.len());
            continue;
        }
        let walker = walkdir::WalkDir::new(root)
            .follow_links(true)
            .sort_by_file_name()
            .into_iter()
            .filter_entry(|e| e.depth() == 0 || !is_hidden(e.file_name()));
        for entry in walker {
            if cancel.load(Ordering::Relaxed) {
                break;
            }
            let entry = match entry {
                Ok(entry) => entry,
                Err(e) => {
                    skipped_folder(&e, &mut out);
                    continue;
                }
            };
            if entry.file_type().is_file()
                && take(entry.path(), library, &mut out)
                && out.files.len() % 64 == 0
            {
                on_found(out.files.len());
            }
        }
        on_found(out.files.len());
    }
    out.files.sort();
    out.files.dedup();
    // Roots are resolved, so two links to one pipe are one path: said once.
    out.skipped.sort();
    out.skipped.dedup_by(|a, b| a.0 == b.0);
    out
}

/// A root that is not a folder: taken when it is an article file; else said why not (a
/// pipe or device, given by name, is never opened; a named file of another kind is told).
fn take_root(root: &Path, library: &Path, out: &mut Walked) {
    let why = if !root.is_file() {
        "not a regular file or folder (a pipe, device or socket), so it was not read"
    } else if take(root, library, out) || out.skipped.iter().any(|(p, _)| p == root) {
        return;
    } else if same_file(root, library) {
        "this is the library itself"
    } else {
        "not an article file: Sahifa reads .txt, .html, .htm, .md, .markdown and .docx"
    };
    out.skipped.push((root.to_path_buf(), why.to_owned()));
}

/// Lists `path` when it is an article (true), or as skipped when its name would be one
/// but is not UTF-8: the library keeps paths as text, and a lossy copy would name another
/// file or none.
fn take(path: &Path, library: &Path, out: &mut Walked) -> bool {
    let utf8 = path.to_str().is_some();
    if utf8 && is_article(path) && !same_file(path, library) {
        out.files.push(path.to_path_buf());
        return true;
    }
    if !utf8 && is_article(Path::new(&*path.to_string_lossy())) {
        out.skipped.push((
            path.to_path_buf(),
            "its name is not valid UTF-8 text, which the library cannot keep; rename the file"
                .into(),
        ));
    }
    false
}

/// A walk error worth telling: a folder that cannot be read. A symlink loop is skipped
/// quietly (the folder it points to is walked once anyway).
fn skipped_folder(e: &walkdir::Error, out: &mut Walked) {
    if e.loop_ancestor().is_some() {
        return;
    }
    let Some(path) = e.path() else { return };
    let why = e
        .io_error()
        .map_or_else(|| e.to_string(), std::string::ToString::to_string);
    out.skipped.push((
        path.to_path_buf(),
        format!(
            "Cannot open \"{}\": {why}; nothing under it was added",
            path.display()
        ),
    ));
}

fn is_hidden(name: &std::ffi::OsStr) -> bool {
    name.to_str().is_some_and(|n| n.starts_with('.'))
}

fn same_file(a: &Path, b: &Path) -> bool {
    a == b || a.file_name().is_some_and(|n| n == crate::LIBRARY_FILE)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_article_files_count() {
        assert!(is_article(Path::new("a/خبر.txt")));
        assert!(is_article(Path::new("a/b.DOCX")));
        assert!(!is_article(Path::new("a/b.txt.sahifa.json")));
        assert!(!is_article(Path::new("a/.hidden.txt")));
        assert!(!is_article(Path::new("a/library.sqlite")));
        assert!(!is_article(Path::new("a/b.pdf")));
        assert_eq!(
            article_of_sidecar(Path::new("x/a.txt.sahifa.json")),
            Some(PathBuf::from("x/a.txt"))
        );
    }

    #[test]
    fn a_sidecar_with_a_shortened_name_belongs_to_its_long_named_article() {
        let dir = tempfile::tempdir().unwrap();
        let article = dir.path().join(format!("{}.txt", "مقال".repeat(31)));
        std::fs::write(&article, "نص").unwrap();
        let sidecar = sahifa_annotate::sidecar_path_for(&article);
        assert!(sidecar.to_string_lossy().contains('~'));
        assert_eq!(article_of_sidecar(&sidecar), Some(article));
    }
}
