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

/// The article a sidecar belongs to: `a.txt.sahifa.json` → `a.txt`.
pub fn article_of_sidecar(path: &Path) -> Option<PathBuf> {
    let name = path.file_name()?.to_str()?;
    let article = name.strip_suffix(SIDECAR_SUFFIX)?;
    Some(path.with_file_name(article))
}

/// Every article file under `roots` (a file root is taken when it is an article), each
/// once, sorted; `on_found` is called with the running count. `library` is never listed.
/// Stops early when `cancel` is set.
pub fn articles(
    roots: &[PathBuf],
    library: &Path,
    cancel: &AtomicBool,
    on_found: &mut dyn FnMut(usize),
) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for root in roots {
        if root.is_file() {
            if is_article(root) {
                out.push(root.clone());
                on_found(out.len());
            }
            continue;
        }
        let walker = walkdir::WalkDir::new(root)
            .follow_links(true)
            .sort_by_file_name()
            .into_iter()
            .filter_entry(|e| e.depth() == 0 || !is_hidden(e.file_name()));
        // Errors (unreadable folders, symlink loops) skip that entry only.
        for entry in walker.flatten() {
            if cancel.load(Ordering::Relaxed) {
                break;
            }
            let path = entry.path();
            if entry.file_type().is_file() && is_article(path) && !same_file(path, library) {
                out.push(path.to_path_buf());
                if out.len() % 64 == 0 {
                    on_found(out.len());
                }
            }
        }
        on_found(out.len());
    }
    out.sort();
    out.dedup();
    out
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
}
