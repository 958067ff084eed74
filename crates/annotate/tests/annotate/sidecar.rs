//! Saving and reopening the sidecar: exact round trip, safe writes, bad input.

use std::io::{self, Write};
use std::path::Path;

use sahifa_annotate::safe_write::{self, FileSink, Sink};
use sahifa_annotate::sidecar::{annotations_from_file, read_sidecar_file, save_sidecar_via};
use sahifa_annotate::{
    LoadWarning, SaveError, SidecarError, UnplacedReason, load_sidecar, load_sidecar_anyway,
    save_sidecar, save_sidecar_keeping, sidecar_path_for,
};
use sahifa_model::{Document, MentionStatus};

use crate::common::{gold, gold_with_decisions, seed_doc};

fn setup() -> (tempfile::TempDir, std::path::PathBuf, Document) {
    let dir = tempfile::tempdir().unwrap();
    let article = dir.path().join("مقال.txt");
    let mut doc = seed_doc();
    std::fs::write(&article, doc.text.as_str()).unwrap();
    doc.source.path = Some(article.clone());
    let sidecar = sidecar_path_for(&article);
    (dir, sidecar, doc)
}

#[test]
fn sidecar_lives_beside_the_article() {
    assert_eq!(
        sidecar_path_for(Path::new("/news/a.txt")),
        Path::new("/news/a.txt.sahifa.json")
    );
}

#[test]
fn save_then_reopen_restores_every_annotation_exactly() {
    let (_dir, path, doc) = setup();
    let ann = gold_with_decisions();
    save_sidecar(&path, &doc, &ann).unwrap();
    let loaded = load_sidecar(&path, &doc).unwrap();
    assert_eq!(loaded.annotations, ann);
    assert!(loaded.unplaced.is_empty());
    assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
    // The file records what the schema promises.
    let file = read_sidecar_file(&path).unwrap();
    assert_eq!(file.version, 1);
    assert_eq!(file.document.content_hash, doc.source.content_hash);
    assert_eq!(file.mentions[0].quote.exact, "القوة البحرية");
    assert_eq!(file.mentions[0].quote.prefix, "آمر ");
    assert!(file.created_at.is_some() && file.saved_at.is_some());
    assert!(
        file.mentions
            .iter()
            .any(|m| m.status == MentionStatus::Rejected)
    );
}

#[test]
fn a_second_save_keeps_the_previous_version_as_backup() {
    let (_dir, path, doc) = setup();
    let first = gold();
    save_sidecar(&path, &doc, &first).unwrap();
    let created = read_sidecar_file(&path).unwrap().created_at;
    let second = gold_with_decisions();
    save_sidecar(&path, &doc, &second).unwrap();
    assert_eq!(load_sidecar(&path, &doc).unwrap().annotations, second);
    let bak = safe_write::backup_path_for(&path);
    assert_eq!(load_sidecar(&bak, &doc).unwrap().annotations, first);
    assert_eq!(read_sidecar_file(&path).unwrap().created_at, created);
}

/// A sink that writes `limit` bytes and then fails, like a full disk.
struct FailingSink {
    inner: FileSink,
    left: usize,
}

impl Write for FailingSink {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        if self.left == 0 {
            return Err(io::Error::new(
                io::ErrorKind::StorageFull,
                "disk full (injected)",
            ));
        }
        let n = buf.len().min(self.left);
        self.left -= n;
        self.inner.write(&buf[..n])
    }
    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

impl Sink for FailingSink {
    fn commit(self: Box<Self>) -> io::Result<()> {
        Box::new(self.inner).commit()
    }
}

#[test]
fn a_write_that_fails_half_way_leaves_the_previous_file_loadable() {
    let (dir, path, doc) = setup();
    let old = gold();
    save_sidecar(&path, &doc, &old).unwrap();
    let before = std::fs::read(&path).unwrap();
    // The temporary file is created as usual; the write stops after 1000 bytes.
    let open_failing = |p: &Path| -> io::Result<Box<dyn Sink>> {
        let file = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(p)?;
        Ok(Box::new(FailingSink {
            inner: FileSink::new(file),
            left: 1000,
        }))
    };
    let err =
        save_sidecar_via(&path, &doc, &gold_with_decisions(), &[], &open_failing).unwrap_err();
    assert!(matches!(err, SaveError::Io { .. }), "{err:?}");
    assert!(
        err.to_string().contains("previous file was left as it was"),
        "{err}"
    );
    assert_eq!(std::fs::read(&path).unwrap(), before, "old file changed");
    assert_eq!(load_sidecar(&path, &doc).unwrap().annotations, old);
    // No temporary file is left behind.
    let names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(names.iter().all(|n| !n.contains(".tmp-")), "{names:?}");
}

/// Writes `bytes` as the sidecar, then checks that loading fails as `check` expects and
/// leaves the file byte for byte as it was.
fn assert_bad(bytes: &[u8], check: impl Fn(&SidecarError) -> bool) {
    let (_dir, path, doc) = setup();
    std::fs::write(&path, bytes).unwrap();
    let err = load_sidecar(&path, &doc).unwrap_err();
    assert!(check(&err), "unexpected error: {err:?}");
    assert!(!err.to_string().is_empty());
    assert_eq!(
        std::fs::read(&path).unwrap(),
        bytes,
        "loading changed the file"
    );
}

fn good_bytes() -> Vec<u8> {
    let (_dir, path, doc) = setup();
    save_sidecar(&path, &doc, &gold()).unwrap();
    std::fs::read(&path).unwrap()
}

#[test]
fn a_truncated_sidecar_is_reported_as_truncated() {
    let good = good_bytes();
    assert_bad(&good[..good.len() / 2], |e| {
        matches!(e, SidecarError::Truncated { .. })
    });
}

#[test]
fn a_corrupt_sidecar_names_the_line() {
    let good = String::from_utf8(good_bytes()).unwrap();
    // A comma in the middle of the mentions becomes a semicolon (line 60 or later).
    let at = good[good.len() / 2..].find(",\n").unwrap() + good.len() / 2;
    let bad = format!("{};{}", &good[..at], &good[at + 1..]);
    assert_bad(
        bad.as_bytes(),
        |e| matches!(e, SidecarError::Corrupt { line, .. } if *line > 60),
    );
    assert_bad(b"\xff\xfe not json", |e| {
        matches!(e, SidecarError::Corrupt { .. })
    });
}

#[test]
fn a_sidecar_of_a_newer_schema_is_refused_and_not_overwritten() {
    let text = String::from_utf8(good_bytes()).unwrap();
    let newer = text.replacen("\"version\": 1", "\"version\": 2", 1);
    assert_bad(newer.as_bytes(), |e| {
        matches!(
            e,
            SidecarError::NewerVersion {
                found: 2,
                supported: 1,
                ..
            }
        )
    });
    // Saving over it is refused too, so the newer Sahifa's data survives.
    let (_dir, path, doc) = setup();
    std::fs::write(&path, &newer).unwrap();
    let err = save_sidecar(&path, &doc, &gold()).unwrap_err();
    assert!(matches!(
        err,
        SaveError::NewerVersionOnDisk { found: 2, .. }
    ));
    assert_eq!(std::fs::read_to_string(&path).unwrap(), newer);
}

#[test]
fn json_that_is_not_a_sidecar_or_misses_fields_is_refused() {
    assert_bad(br#"{"hello": 1}"#, |e| {
        matches!(e, SidecarError::NotASidecar { .. })
    });
    assert_bad(br#"{"format": "sahifa-annotations", "version": 1}"#, |e| {
        matches!(e, SidecarError::Invalid { .. })
    });
    let text = String::from_utf8(good_bytes()).unwrap();
    let dup = text.replacen("\"id\": 1,", "\"id\": 0,", 1);
    assert_bad(
        dup.as_bytes(),
        |e| matches!(e, SidecarError::Invalid { message, .. } if message.contains("used twice")),
    );
}

#[test]
fn a_sidecar_of_another_article_is_refused() {
    let (_dir, path, _) = setup();
    save_sidecar(&path, &seed_doc(), &gold()).unwrap();
    let bytes = std::fs::read(&path).unwrap();
    let other = Document::from_plain_text("نص مقال آخر تماما عن الاقتصاد والأسواق.");
    let err = load_sidecar(&path, &other).unwrap_err();
    assert!(
        matches!(
            err,
            SidecarError::DifferentDocument {
                placed: 0,
                total: 43,
                ..
            }
        ),
        "{err:?}"
    );
    assert_eq!(std::fs::read(&path).unwrap(), bytes);
    // «Open anyway»: nothing placed, everything listed, still nothing written.
    let anyway = load_sidecar_anyway(&path, &other).unwrap();
    assert_eq!(anyway.unplaced.len(), 43);
    assert!(anyway.annotations.mentions.is_empty());
    assert_eq!(std::fs::read(&path).unwrap(), bytes);
}

#[test]
fn mentions_out_of_range_are_reported_not_dropped() {
    let (_dir, path, doc) = setup();
    save_sidecar(&path, &doc, &gold()).unwrap();
    let mut file = read_sidecar_file(&path).unwrap();
    // Hand-edited: one mention pushed past the end, its quote changed to text not there.
    let last = file.mentions.len() - 1;
    file.mentions[last].start = 9000;
    file.mentions[last].end = 9003;
    file.mentions[last].quote.exact = "غير موجود".to_owned();
    // Another past the end but with a quote that is found: it is re-anchored.
    file.mentions[0].start += 5000;
    file.mentions[0].end += 5000;
    // A mention naming an entity that does not exist.
    file.mentions[1].entity = Some(99);
    let loaded = annotations_from_file(&path, &doc, file).unwrap();
    assert_eq!(loaded.unplaced.len(), 1);
    assert_eq!(
        loaded.unplaced[0].reason,
        UnplacedReason::OutOfRange {
            len: doc.text.char_len()
        }
    );
    assert_eq!(loaded.unplaced[0].text(), "غير موجود");
    assert_eq!(loaded.annotations.mentions.len(), gold().mentions.len() - 1);
    assert_eq!(loaded.annotations.mentions[0], gold().mentions[0]);
    assert!(
        loaded
            .warnings
            .iter()
            .any(|w| matches!(w, LoadWarning::UnknownEntity { entity: 99, .. }))
    );
    // The article itself is unchanged: the warning says the offsets are out of range.
    assert!(loaded.warnings.contains(&LoadWarning::OffsetsDoNotFit {
        out_of_range: 2,
        mismatched: 0,
        placed_by_text: 1,
    }));
    assert!(
        !loaded
            .warnings
            .iter()
            .any(|w| matches!(w, LoadWarning::TextChanged { .. }))
    );
}

#[test]
fn unplaced_mentions_survive_a_save_and_come_back_when_their_text_does() {
    let (_dir, path, doc) = setup();
    let ann = gold();
    save_sidecar(&path, &doc, &ann).unwrap();
    // The article loses «الخليج» …
    let changed = Document::from_plain_text(&doc.text.as_str().replace("الخليج", "المنطقة"));
    let loaded = load_sidecar(&path, &changed).unwrap();
    assert_eq!(loaded.unplaced.len(), 1);
    assert_eq!(loaded.unplaced[0].text(), "الخليج");
    save_sidecar_keeping(&path, &changed, &loaded.annotations, &loaded.unplaced).unwrap();
    let again = load_sidecar(&path, &changed).unwrap();
    assert_eq!(
        again.unplaced.len(),
        1,
        "the unplaced mention was dropped by saving"
    );
    // … and gets it back.
    let restored = load_sidecar(&path, &doc).unwrap();
    assert!(restored.unplaced.is_empty());
    assert_eq!(restored.annotations, ann);
}

#[test]
fn an_unreadable_sidecar_is_kept_aside_before_being_replaced() {
    let (_dir, path, doc) = setup();
    std::fs::write(&path, b"{ garbage").unwrap();
    save_sidecar(&path, &doc, &gold()).unwrap();
    let aside = path.with_file_name(format!(
        "{}.unreadable",
        path.file_name().unwrap().to_string_lossy()
    ));
    assert_eq!(std::fs::read(&aside).unwrap(), b"{ garbage");
    assert_eq!(load_sidecar(&path, &doc).unwrap().annotations, gold());
}
