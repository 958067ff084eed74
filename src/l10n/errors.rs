//! The crates' errors and warnings as sentences in the interface language.
//!
//! The crates describe what went wrong with typed values (and an English `Display` for the
//! command line); the window says it with these. What only the operating system or a
//! parser can say (an I/O error, a JSON parser's message) arrives as `$detail` as it is.

use sahifa_annotate::safe_write::SaveStep;
use sahifa_annotate::{EditError, LoadWarning, SaveError, SidecarError};
use sahifa_load::{Exceeded, LoadError};

use super::{Arg, Language, tr, tr_args};

/// A path for messages.
fn path_arg(path: &std::path::Path) -> Arg<'static> {
    path.display().to_string().into()
}

/// Bytes as «52.4 MB» (the same in both languages; the unit is international).
fn megabytes(bytes: u64) -> Arg<'static> {
    // Precision loss is irrelevant for a size shown to one decimal.
    format!("{:.1} MB", bytes as f64 / 1_000_000.0).into()
}

/// Why an article could not be opened, naming the file.
pub fn load_error(lang: Language, error: &LoadError) -> String {
    let file: Arg<'_> = match error.path() {
        Some(path) => tr_args(lang, "error-load-file", &[("path", path_arg(path))]).into(),
        None => tr(lang, "error-load-no-name").into(),
    };
    let with = |id: &str, mut args: Vec<(&str, Arg<'_>)>| {
        args.push(("file", file.clone()));
        tr_args(lang, id, &args)
    };
    let detail = |d: String| vec![("detail", Arg::from(d))];
    match error {
        LoadError::NotFound { .. } => with("error-load-not-found", vec![]),
        LoadError::PermissionDenied { .. } => with("error-load-permission", vec![]),
        LoadError::IsDirectory { .. } => with("error-load-folder", vec![]),
        LoadError::Io { source, .. } => with("error-load-io", detail(source.to_string())),
        LoadError::Empty { .. } => with("error-load-empty", vec![]),
        LoadError::TooLarge { size, limit, .. } => with(
            "error-load-too-large",
            vec![("size", megabytes(*size)), ("limit", megabytes(*limit))],
        ),
        LoadError::Binary { what, .. } => with(
            "error-load-binary",
            vec![("what", file_kind(lang, what).into())],
        ),
        LoadError::Unsupported { what, advice, .. } => with(
            "error-load-unsupported",
            vec![
                ("what", file_kind(lang, what).into()),
                ("advice", advice_text(lang, advice).into()),
            ],
        ),
        LoadError::Decode { source, .. } => with("error-load-decode", detail(source.to_string())),
        LoadError::Text { source, .. } => with("error-load-content", detail(source.to_string())),
        LoadError::Html { source, .. } => with("error-load-content", detail(source.to_string())),
        LoadError::Markdown { source, .. } => {
            with("error-load-content", detail(source.to_string()))
        }
        LoadError::Docx { source, .. } => with("error-load-content", detail(source.to_string())),
        LoadError::Limit { exceeded, .. } => {
            with("error-load-content", detail(limit_exceeded(lang, exceeded)))
        }
        LoadError::Internal { source, .. } => {
            with("error-load-internal", detail(source.to_string()))
        }
    }
}

/// The kinds of file the loader recognises and refuses, as it names them, with their
/// messages; the advice for the unsupported ones is in the message.
const FILE_KINDS: [(&str, &str); 16] = [
    ("a PDF document", "file-kind-pdf"),
    ("a PNG image", "file-kind-png"),
    ("a JPEG image", "file-kind-jpeg"),
    ("a GIF image", "file-kind-gif"),
    ("a media file (RIFF: WebP, WAV or AVI)", "file-kind-riff"),
    ("a gzip-compressed file", "file-kind-gzip"),
    ("a program (ELF executable)", "file-kind-elf"),
    ("a RAR archive", "file-kind-rar"),
    ("a 7-Zip archive", "file-kind-7z"),
    (
        "a ZIP archive (or an office format other than Word .docx)",
        "file-kind-zip",
    ),
    ("binary data", "file-kind-binary"),
    (
        "an old Word (.doc) or other legacy Office document",
        "file-kind-doc",
    ),
    ("a Rich Text Format (.rtf) document", "file-kind-rtf"),
    ("a named pipe (FIFO), not a file", "file-kind-fifo"),
    ("a device, not a file", "file-kind-device"),
    ("a socket, not a file", "file-kind-socket"),
];

/// What a refused file is, in `lang`; a kind this table does not know stays English.
fn file_kind(lang: Language, what: &str) -> String {
    FILE_KINDS
        .iter()
        .find(|(english, _)| *english == what)
        .map_or_else(|| what.to_owned(), |(_, id)| tr(lang, id))
}

/// What the loader advises for a refused format, in `lang`; unknown advice stays English.
fn advice_text(lang: Language, advice: &str) -> String {
    match advice {
        "open it in Word or LibreOffice and save it as .docx" => tr(lang, "advice-save-as-docx"),
        "open it in Word or LibreOffice and save it as .docx or plain text" => {
            tr(lang, "advice-save-as-docx-or-text")
        }
        "save what it gives to a file and open that" => tr(lang, "advice-save-to-a-file"),
        _ => advice.to_owned(),
    }
}

/// Which of the loader's limits a document went past.
fn limit_exceeded(lang: Language, exceeded: &Exceeded) -> String {
    match exceeded {
        Exceeded::Depth {
            format,
            depth,
            limit,
        } => tr_args(
            lang,
            "error-limit-depth",
            &[
                ("format", (*format).into()),
                ("depth", (*depth).into()),
                ("limit", (*limit).into()),
            ],
        ),
        Exceeded::HtmlElements { limit } => {
            tr_args(lang, "error-limit-elements", &[("limit", (*limit).into())])
        }
        Exceeded::Text { limit } => {
            tr_args(lang, "error-limit-text", &[("limit", megabytes(*limit))])
        }
        Exceeded::Lines { limit } => {
            tr_args(lang, "error-limit-lines", &[("limit", (*limit).into())])
        }
    }
}

/// Why a saved-annotations file could not be used.
pub fn sidecar_error(lang: Language, error: &SidecarError) -> String {
    match error {
        SidecarError::Io { path, source } => tr_args(
            lang,
            "error-sidecar-io",
            &[
                ("path", path_arg(path)),
                ("detail", source.to_string().into()),
            ],
        ),
        SidecarError::TooLarge { path, size, limit } => tr_args(
            lang,
            "error-sidecar-too-large",
            &[
                ("path", path_arg(path)),
                ("size", megabytes(*size)),
                ("limit", megabytes(*limit)),
            ],
        ),
        SidecarError::Truncated { path } => {
            tr_args(lang, "error-sidecar-truncated", &[("path", path_arg(path))])
        }
        SidecarError::Corrupt {
            path,
            line,
            column,
            message,
        } => tr_args(
            lang,
            "error-sidecar-corrupt",
            &[
                ("path", path_arg(path)),
                ("line", (*line).into()),
                ("column", (*column).into()),
                ("detail", message.as_str().into()),
            ],
        ),
        SidecarError::NotASidecar { path } => tr_args(
            lang,
            "error-sidecar-not-sidecar",
            &[("path", path_arg(path))],
        ),
        SidecarError::NewerVersion {
            path,
            found,
            supported,
        } => tr_args(
            lang,
            "error-sidecar-newer",
            &[
                ("path", path_arg(path)),
                ("found", (*found).into()),
                ("supported", (*supported).into()),
            ],
        ),
        SidecarError::Invalid { path, message } => tr_args(
            lang,
            "error-sidecar-invalid",
            &[
                ("path", path_arg(path)),
                ("detail", message.as_str().into()),
            ],
        ),
        SidecarError::DifferentDocument {
            path,
            placed,
            total,
            ..
        } => tr_args(
            lang,
            "error-sidecar-other-article",
            &[
                ("path", path_arg(path)),
                ("placed", (*placed).into()),
                ("total", (*total).into()),
            ],
        ),
    }
}

/// What was worth telling about a saved-annotations file that could be used.
pub fn load_warning(lang: Language, warning: &LoadWarning) -> String {
    match warning {
        LoadWarning::TextChanged {
            unchanged,
            moved,
            unplaced,
        } => tr_args(
            lang,
            "warning-text-changed",
            &[
                ("unchanged", (*unchanged).into()),
                ("moved", (*moved).into()),
                ("unplaced", (*unplaced).into()),
            ],
        ),
        LoadWarning::OffsetsDoNotFit {
            out_of_range,
            mismatched,
            placed_by_text,
        } => {
            let misplaced = out_of_range.saturating_add(*mismatched);
            let lost = misplaced.saturating_sub(*placed_by_text);
            tr_args(
                lang,
                "warning-offsets",
                &[
                    ("misplaced", misplaced.into()),
                    ("placed", (*placed_by_text).into()),
                    ("lost", lost.into()),
                ],
            )
        }
        LoadWarning::DuplicateMentions { count } => {
            tr_args(lang, "warning-duplicates", &[("count", (*count).into())])
        }
        LoadWarning::UnknownEntity { start, entity } => tr_args(
            lang,
            "warning-unknown-entity",
            &[("start", (*start).into()), ("entity", (*entity).into())],
        ),
    }
}

/// Why an annotation edit could not be applied.
pub fn edit_error(lang: Language, error: &EditError) -> String {
    match error {
        EditError::NoSuchMention(i) => {
            tr_args(lang, "error-edit-no-mention", &[("number", (*i).into())])
        }
        EditError::NoSuchEntity(id) => {
            tr_args(lang, "error-edit-no-entity", &[("number", id.0.into())])
        }
        EditError::EmptyRange => tr(lang, "notice-no-word"),
        EditError::Duplicate(_) => tr(lang, "error-edit-duplicate"),
        EditError::SameEntity(_) => tr(lang, "error-edit-same-entity"),
        EditError::BlankName => tr(lang, "error-edit-blank-name"),
        EditError::Stale => tr(lang, "error-edit-stale"),
        EditError::NoFreeEntityId => tr(lang, "error-edit-no-free-id"),
    }
}

/// Why annotations (or an export) could not be written.
pub fn save_error(lang: Language, error: &SaveError) -> String {
    match error {
        SaveError::Io { path, step, source } => {
            let id = match step {
                SaveStep::Create => "error-save-create",
                SaveStep::Write => "error-save-write",
                SaveStep::Sync => "error-save-sync",
                SaveStep::Backup => "error-save-backup",
                SaveStep::Replace => "error-save-replace",
            };
            tr_args(
                lang,
                id,
                &[
                    ("path", path_arg(path)),
                    ("detail", source.to_string().into()),
                ],
            )
        }
        SaveError::ReadOnly { path, folder } => {
            let id = if *folder {
                "dialog-read-only-folder"
            } else {
                "dialog-read-only-file"
            };
            tr_args(lang, id, &[("path", path_arg(path))])
        }
        SaveError::NewerVersionOnDisk { path, found } => tr_args(
            lang,
            "error-save-newer",
            &[("path", path_arg(path)), ("found", (*found).into())],
        ),
        SaveError::Exists { path } => {
            tr_args(lang, "error-save-exists", &[("path", path_arg(path))])
        }
        SaveError::Invalid(why) => tr_args(
            lang,
            "error-save-invalid",
            &[("detail", why.as_str().into())],
        ),
    }
}
