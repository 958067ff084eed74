//! The crates' errors in the window: in English word for word what their `Display` says
//! (the command line's text), in Arabic complete sentences.

use std::path::{Path, PathBuf};

use sahifa_annotate::{EditError, LoadWarning, SaveError, SidecarError};
use sahifa_load::{Exceeded, LoadError};
use sahifa_model::EntityId;

use super::Language::{Arabic, English};
use super::errors::{edit_error, load_error, load_warning, save_error, sidecar_error};

fn path() -> Option<PathBuf> {
    Some(PathBuf::from("/news/x.txt"))
}

/// What the loader says about `bytes` named `name`.
fn refused(bytes: &[u8], name: &str) -> LoadError {
    match sahifa_load::load_bytes(bytes, Some(Path::new(name))) {
        Err(e) => e,
        Ok(_) => panic!("{name} was opened"),
    }
}

#[test]
fn opening_errors_read_in_english_as_the_loader_writes_them() {
    let errors = [
        LoadError::NotFound { path: path() },
        LoadError::PermissionDenied { path: path() },
        LoadError::IsDirectory { path: path() },
        LoadError::Empty { path: None },
        LoadError::TooLarge {
            path: path(),
            size: 300_000_000,
            limit: 268_435_456,
        },
        LoadError::Limit {
            path: path(),
            exceeded: Exceeded::Depth {
                format: "HTML",
                depth: 513,
                limit: 512,
            },
        },
        LoadError::Limit {
            path: path(),
            exceeded: Exceeded::Lines { limit: 2_000_000 },
        },
        refused(b"%PDF-1.7 ...", "a.pdf"),
        refused(b"\x89PNG\r\n\x1a\n....", "a.png"),
        refused(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1 old word", "a.doc"),
        refused(b"{\\rtf1 hello}", "a.rtf"),
        refused(b"ab\0cd", "a.bin"),
    ];
    for error in &errors {
        assert_eq!(load_error(English, error), error.to_string());
        let arabic = load_error(Arabic, error);
        assert!(
            arabic.starts_with("تعذّر"),
            "{arabic:?} does not read as Arabic"
        );
    }
}

#[test]
fn a_refused_file_is_named_and_described_in_arabic() {
    assert_eq!(
        load_error(Arabic, &LoadError::NotFound { path: path() }),
        // The path is a left-to-right isolate (LRI … PDI) inside the file's isolate.
        "تعذّر فتح \u{2068}«\u{2066}/news/x.txt\u{2069}»\u{2069}: الملف غير موجود."
    );
    let pdf = load_error(Arabic, &refused(b"%PDF-1.7 ...", "a.pdf"));
    assert!(pdf.contains("مستند PDF"), "{pdf}");
    let doc = load_error(
        Arabic,
        &refused(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", "a.doc"),
    );
    assert!(doc.contains("احفظه بصيغة docx"), "{doc}");
}

#[test]
fn sidecar_errors_and_warnings_read_in_english_as_the_crate_writes_them() {
    let file = PathBuf::from("/news/x.txt.sahifa.json");
    let errors = [
        SidecarError::Truncated { path: file.clone() },
        SidecarError::TooLarge {
            path: file.clone(),
            size: 10_000_000_000,
            limit: 268_435_456,
        },
        SidecarError::NotASidecar { path: file.clone() },
        SidecarError::Corrupt {
            path: file.clone(),
            line: 3,
            column: 7,
            message: "expected `,`".to_owned(),
        },
        SidecarError::NewerVersion {
            path: file.clone(),
            found: 9,
            supported: 2,
        },
        SidecarError::DifferentDocument {
            path: file.clone(),
            recorded: None,
            placed: 1,
            total: 40,
        },
    ];
    for error in &errors {
        assert_eq!(sidecar_error(English, error), error.to_string());
        assert!(sidecar_error(Arabic, error).contains("/news/x.txt.sahifa.json"));
    }
    let warnings = [
        LoadWarning::TextChanged {
            unchanged: 10,
            moved: 2,
            unplaced: 1,
        },
        LoadWarning::DuplicateMentions { count: 1 },
        LoadWarning::DuplicateMentions { count: 4 },
        LoadWarning::UnknownEntity {
            start: 12,
            entity: 7,
        },
    ];
    for warning in &warnings {
        assert_eq!(load_warning(English, warning), warning.to_string());
    }
    assert_eq!(
        load_warning(Arabic, &LoadWarning::DuplicateMentions { count: 4 }),
        "أُسقطت 4 إشارات مكررة (بنطاق إشارة أُبقيت ونوعها)"
    );
}

#[test]
fn edit_and_save_errors_read_in_english_as_the_crate_writes_them() {
    let edits = [
        EditError::NoSuchMention(4),
        EditError::NoSuchEntity(EntityId(9)),
        EditError::Duplicate(0),
        EditError::SameEntity(EntityId(1)),
        EditError::BlankName,
        EditError::Stale,
        EditError::NoFreeEntityId,
    ];
    for error in &edits {
        assert_eq!(edit_error(English, error), error.to_string());
        assert!(!edit_error(Arabic, error).is_ascii());
    }
    let file = PathBuf::from("/news/out.ann");
    let saves = [
        SaveError::Exists { path: file.clone() },
        SaveError::NewerVersionOnDisk {
            path: file.clone(),
            found: 5,
        },
        SaveError::Invalid("a mention past the end".to_owned()),
    ];
    for error in &saves {
        assert_eq!(save_error(English, error), error.to_string());
        assert!(!save_error(Arabic, error).is_ascii());
    }
}
