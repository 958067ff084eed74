//! File → Import: reading annotations from a brat `.ann` or a Sahifa sidecar (on a
//! background task), and merging them into the current ones.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use sahifa_model::{Annotations, Document, Label, MentionStatus, TextRange};

use crate::l10n::{Language, errors, label_name, tr, tr_args};

/// Why annotations could not be imported.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    /// The brat file could not be read.
    #[error("{}: {source}", .path.display())]
    Brat {
        /// The file.
        path: PathBuf,
        /// What went wrong.
        source: sahifa_annotate::export::ImportError,
    },
    /// The Sahifa file could not be read.
    #[error(transparent)]
    Sidecar(#[from] sahifa_annotate::SidecarError),
}

/// Annotations read by an import task.
pub struct Imported {
    /// What was read.
    pub annotations: Annotations,
    /// Lines skipped, mentions not placed: shown before the user decides.
    pub warnings: Vec<String>,
}

/// Reads annotations for `doc` from a brat `.ann` or a Sahifa sidecar.
pub fn read_import(path: &Path, doc: &Document, lang: Language) -> Result<Imported, ImportError> {
    let is_ann = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("ann"));
    if is_ann {
        let read =
            sahifa_annotate::export::import_brat_file(path, &doc.text).map_err(|source| {
                ImportError::Brat {
                    path: path.to_owned(),
                    source,
                }
            })?;
        return Ok(Imported {
            annotations: read.annotations,
            warnings: read.warnings,
        });
    }
    let mut warnings = Vec::new();
    let loaded = match sahifa_annotate::load_sidecar(path, doc) {
        Ok(loaded) => loaded,
        Err(sahifa_annotate::SidecarError::DifferentDocument { .. }) => {
            warnings.push(tr(lang, "notice-import-other-version"));
            sahifa_annotate::load_sidecar_anyway(path, doc)?
        }
        Err(e) => return Err(e.into()),
    };
    // A damaged file can carry hundreds of thousands: the first few, then how many more.
    warnings.extend(sidecar_messages(&loaded, 20, lang));
    Ok(Imported {
        annotations: loaded.annotations,
        warnings,
    })
}

/// What is worth telling about a loaded sidecar, in `lang`: its warnings, then the
/// mentions that could not be placed, at most `max` of them, then how many more.
fn sidecar_messages(
    loaded: &sahifa_annotate::LoadedAnnotations,
    max: usize,
    lang: Language,
) -> Vec<String> {
    let warnings = loaded
        .warnings
        .iter()
        .map(|w| errors::load_warning(lang, w));
    let unplaced = loaded.unplaced.iter().map(|u| {
        let args = [
            ("label", label_name(lang, u.mention.label).into()),
            ("text", u.text().into()),
            ("start", u.mention.start.into()),
            ("end", u.mention.end.into()),
        ];
        tr_args(lang, "warning-not-placed", &args)
    });
    let total = loaded.warnings.len().saturating_add(loaded.unplaced.len());
    let mut out: Vec<String> = warnings.chain(unplaced).take(max).collect();
    if let Some(more) = total.checked_sub(out.len())
        && more > 0
    {
        out.push(tr_args(
            lang,
            "notice-more-warnings",
            &[("count", more.into())],
        ));
    }
    out
}

/// `current` with the imported mentions added where they overlap none of its own; added
/// mentions keep their imported status, entities follow [`sahifa_annotate::merge_extraction`].
pub fn merge_import(current: &Annotations, imported: &Annotations) -> Annotations {
    let mut merged = sahifa_annotate::merge_extraction(current, imported);
    // Looked up by (range, label): a scan of both lists per mention is quadratic, and this
    // runs on the UI thread.
    let existing: HashSet<(TextRange, Label)> = current
        .mentions
        .iter()
        .map(|c| (c.range, c.label))
        .collect();
    let mut imported_status: HashMap<(TextRange, Label), MentionStatus> = HashMap::new();
    for i in &imported.mentions {
        // The first imported mention of a (range, label) decides.
        imported_status
            .entry((i.range, i.label))
            .or_insert(i.status);
    }
    for m in &mut merged.mentions {
        let key = (m.range, m.label);
        if !existing.contains(&key)
            && let Some(&status) = imported_status.get(&key)
            && status != MentionStatus::Rejected
        {
            m.status = status;
        }
    }
    merged
}
