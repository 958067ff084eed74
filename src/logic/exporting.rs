//! File → Export: where an export goes by default, and writing one (on a background
//! task started by [`crate::logic::file_choice`]).

use std::path::{Path, PathBuf};

use sahifa_annotate::export::ExportFormat;
use sahifa_model::{Annotations, Document};

use crate::l10n::{Language, export_format_name, tr_args};

/// Why an export was not written.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// The brat folder could not be created.
    #[error("could not create {}: {source}", .path.display())]
    CreateFolder {
        /// The folder.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
    /// Writing the files failed.
    #[error(transparent)]
    Write(#[from] sahifa_annotate::SaveError),
}

/// Where an export goes by default: beside the article (brat: a folder `NAME-brat`).
pub fn default_export_path(doc: &Document, format: ExportFormat) -> PathBuf {
    let article = doc
        .source
        .path
        .clone()
        .unwrap_or_else(|| PathBuf::from(doc.display_name()));
    let stem = article.file_stem().map_or_else(
        || "article".to_owned(),
        |s| s.to_string_lossy().into_owned(),
    );
    let dir = article.parent().map(Path::to_owned).unwrap_or_default();
    match format {
        ExportFormat::Brat => dir.join(format!("{stem}-brat")),
        _ => dir.join(format!("{stem}.{}", format.extension())),
    }
}

/// Writes one export; for brat `out` is a folder that gets `NAME.txt` and `NAME.ann`.
/// Returns the sentence telling the user what was written.
pub fn export_to(
    lang: Language,
    format: ExportFormat,
    doc: &Document,
    annotations: &Annotations,
    out: &Path,
) -> Result<String, ExportError> {
    let target = match format {
        ExportFormat::Brat => {
            std::fs::create_dir_all(out).map_err(|source| ExportError::CreateFolder {
                path: out.to_owned(),
                source,
            })?;
            let stem = doc
                .source
                .path
                .as_deref()
                .and_then(Path::file_stem)
                .map_or_else(
                    || "article".to_owned(),
                    |s| s.to_string_lossy().into_owned(),
                );
            out.join(format!("{stem}.ann"))
        }
        _ => out.to_owned(),
    };
    let files = sahifa_annotate::export::write_export(format, doc, annotations, &target)?;
    let names: Vec<String> = files.iter().map(|p| p.display().to_string()).collect();
    let args = [
        ("name", doc.display_name().into()),
        ("format", export_format_name(lang, format).into()),
        ("files", names.join(", ").into()),
    ];
    Ok(tr_args(lang, "notice-export-done", &args))
}
