//! The app's edge with files and with the extractor: every call into a loader or the
//! extractor goes through one function here, so swapping an implementation is one edit.
//! Failures are [`IoError`] and [`SidecarProblem`] values; they become a message for the
//! user in one place ([`crate::logic::App::report`]).

use std::path::{Path, PathBuf};

use std::sync::{Arc, OnceLock};

use sahifa_extract::{ExtractError, Extractor};
use sahifa_model::{Annotations, Document};

use crate::l10n::{Language, errors, tr_args};
use crate::logic::tasks::Progress;
use crate::state::sidecar::{OnDisk, fingerprint};

/// Why a file could not be opened, or entities not extracted.
#[derive(Debug, thiserror::Error)]
pub enum IoError {
    /// The bundled sample article is in none of the places looked in.
    #[error(
        "The sample article {SEED_FILE} was not found (looked in {looked}). Open an article with File > Open."
    )]
    SeedMissing {
        /// The places looked in, joined with commas.
        looked: String,
    },
    /// An article could not be read or decoded; the loader's message names the file.
    #[error(transparent)]
    Load(#[from] sahifa_load::LoadError),
    /// The shipped extractor could not be built.
    #[error("{0}")]
    Extractor(&'static ExtractError),
    /// Neither file dialog backend exists here.
    #[error(
        "No file dialog is available here (it needs the xdg-desktop-portal service or the zenity program). Drop files onto the window, or name them on the command line: sahifa FILE..."
    )]
    NoFileDialog,
}

/// File name of the bundled sample article.
pub const SEED_FILE: &str = "000_812f1e39dd98ed92.txt";

/// Where an installed Sahifa keeps its read-only data (the sample article under `seeds/`):
/// `SAHIFA_DATA_DIR` at build time, else the Debian package's `/usr/share/sahifa`.
pub const DATA_DIR: &str = match option_env!("SAHIFA_DATA_DIR") {
    Some(dir) => dir,
    None => "/usr/share/sahifa",
};

/// The bundled sample article: in `seeds/` of the current directory (a source checkout, as
/// `cargo run` starts it), in `seeds/` next to the executable (a relocatable copy), else in
/// the installed [`DATA_DIR`]. Never the build machine's source tree. The error lists where
/// it looked.
pub fn seed_path() -> Result<PathBuf, IoError> {
    let mut candidates = Vec::new();
    if let Ok(cwd) = std::env::current_dir() {
        candidates.push(cwd.join("seeds").join(SEED_FILE));
    }
    if let Some(dir) = std::env::current_exe()
        .ok()
        .and_then(|exe| exe.parent().map(Path::to_owned))
    {
        candidates.push(dir.join("seeds").join(SEED_FILE));
    }
    candidates.push(Path::new(DATA_DIR).join("seeds").join(SEED_FILE));
    if let Some(found) = candidates.iter().find(|p| p.is_file()) {
        return Ok(found.clone());
    }
    let looked: Vec<String> = candidates.iter().map(|p| p.display().to_string()).collect();
    Err(IoError::SeedMissing {
        looked: looked.join(", "),
    })
}

/// The article to open for a path the user chose (command line, "Open with Sahifa", File →
/// Open, a drop): a saved annotations file `ARTICLE.sahifa.json` stands for `ARTICLE` when
/// that exists, so the article opens with its annotations; any other path is itself.
pub fn article_for(path: &Path) -> PathBuf {
    sahifa_annotate::file_name::original_of(path, "", ".sahifa.json")
        .filter(|article| article.is_file())
        .unwrap_or_else(|| path.to_owned())
}

/// A path's file name for the interface (the whole path when it has none).
pub fn file_name(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

/// Reads and decodes an article (txt, html, md, docx; encoding detected), reporting
/// progress.
///
/// The document's `source.path` is the file's absolute path with symbolic links resolved,
/// so the same file opened twice under two names is recognised.
pub fn load_article(path: &Path, progress: &Progress) -> Result<Document, IoError> {
    let options = sahifa_load::LoadOptions::default();
    let mut doc = sahifa_load::load_path_with(path, &options, &|f| progress.set(f))?;
    if let Ok(absolute) = std::fs::canonicalize(path) {
        doc.source.path = Some(absolute);
    }
    Ok(doc)
}

/// [`load_article`] for the command-line tools, whose hooks take the error as the
/// sentence they print (a sentence naming the file).
pub fn load_document(path: &Path, progress: &Progress) -> Result<Document, String> {
    load_article(path, progress).map_err(|e| e.to_string())
}

/// Annotations saved beside an article, as found when it was opened.
#[derive(Debug)]
pub enum Saved {
    /// No sidecar file exists.
    None,
    /// The sidecar was read: its annotations and what to tell the user about it.
    Loaded {
        /// The annotations placed in the current text.
        annotations: Annotations,
        /// Warnings and unplaced mentions, as sentences.
        messages: Vec<String>,
        /// Saved mentions that no longer fit the text: listed for the user and kept in
        /// the file on the next save.
        unplaced: Vec<sahifa_annotate::UnplacedMention>,
        /// The file as read (a later save tells from it whether another window wrote).
        on_disk: OnDisk,
    },
    /// The sidecar exists but could not be used.
    Failed(SidecarProblem),
}

/// Why an article's annotations file could not be used when it was opened.
#[derive(Debug, thiserror::Error)]
pub enum SidecarProblem {
    /// Something other than a file has the sidecar's name.
    #[error(
        "{} is a folder (or another kind of file), not saved annotations; entities are extracted afresh, and nothing is written there",
        .path.display()
    )]
    NotAFile {
        /// The sidecar's path.
        path: PathBuf,
    },
    /// The file could not be read or does not fit the article.
    #[error(
        "The saved annotations {} could not be used: {source}; entities are extracted afresh, and the file is left untouched until you save (File > Save annotations asks first)",
        .path.display()
    )]
    Unusable {
        /// The sidecar's path.
        path: PathBuf,
        /// What went wrong.
        source: sahifa_annotate::SidecarError,
    },
}

/// At most this many of a sidecar's warnings are shown, then how many more there were.
const MAX_WARNINGS: usize = 20;

/// Reads the sidecar (`ARTICLE.sahifa.json`) of an article, if there is one; what is worth
/// telling about it is said in `lang`.
pub fn load_saved(path: &Path, doc: &Document, lang: Language) -> Saved {
    let sidecar = sahifa_annotate::sidecar_path_for(path);
    if !sidecar.exists() {
        return Saved::None;
    }
    if !sidecar.is_file() {
        return Saved::Failed(SidecarProblem::NotAFile { path: sidecar });
    }
    let read = sahifa_annotate::sidecar::read_sidecar_bytes(&sidecar);
    let on_disk = read.as_deref().map(fingerprint).unwrap_or_default();
    let loaded = read.and_then(|bytes| {
        let file = sahifa_annotate::sidecar::parse_sidecar(&sidecar, &bytes)?;
        sahifa_annotate::sidecar::annotations_from_file(&sidecar, doc, file)
    });
    match loaded {
        Ok(loaded) => {
            // A damaged file can carry hundreds of thousands of warnings: the first few.
            let mut messages: Vec<String> = loaded
                .warnings
                .iter()
                .take(MAX_WARNINGS)
                .map(|w| errors::load_warning(lang, w))
                .collect();
            if let Some(more) = loaded.warnings.len().checked_sub(MAX_WARNINGS)
                && more > 0
            {
                messages.push(tr_args(
                    lang,
                    "notice-more-warnings",
                    &[("count", more.into())],
                ));
            }
            if !loaded.unplaced.is_empty() {
                let path = sidecar.display().to_string();
                let count = loaded.unplaced.len();
                let args = [("path", path.into()), ("count", count.into())];
                messages.push(tr_args(lang, "notice-sidecar-unplaced", &args));
            }
            Saved::Loaded {
                annotations: loaded.annotations,
                messages,
                unplaced: loaded.unplaced,
                on_disk: OnDisk::Read(on_disk),
            }
        }
        Err(source) => Saved::Failed(SidecarProblem::Unusable {
            path: sidecar,
            source,
        }),
    }
}

/// The shipped extractor, built once on first use and shared by every extraction task
/// that has no knowledge store of its own (see [`crate::logic::learner::Learner`]).
pub fn shipped_extractor() -> Result<Arc<Extractor>, IoError> {
    static EXTRACTOR: OnceLock<Result<Arc<Extractor>, ExtractError>> = OnceLock::new();
    EXTRACTOR
        .get_or_init(|| Extractor::shipped().map(Arc::new))
        .as_ref()
        .map(Arc::clone)
        .map_err(IoError::Extractor)
}

/// Finds the entities of a document with the shipped extractor, reporting progress.
pub fn extract_entities(doc: &Document, progress: &Progress) -> Result<Annotations, IoError> {
    Ok(extract_with(&*shipped_extractor()?, doc, progress))
}

/// Finds the entities of a document with `extractor`, reporting progress.
pub fn extract_with(extractor: &Extractor, doc: &Document, progress: &Progress) -> Annotations {
    extractor.extract_with_progress(doc.text.as_str(), &|f| progress.set(f))
}

/// True when neither of the dialog backends rfd uses on Linux can work: no D-Bus session
/// (for xdg-desktop-portal) and no `zenity` on the `PATH`.
pub fn file_dialog_missing() -> bool {
    if !cfg!(target_os = "linux") {
        return false;
    }
    let has_dbus = std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some();
    let has_zenity = std::env::var_os("PATH")
        .is_some_and(|path| std::env::split_paths(&path).any(|dir| dir.join("zenity").is_file()));
    !has_dbus && !has_zenity
}
