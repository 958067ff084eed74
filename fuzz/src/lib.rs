//! The calls the fuzz targets make, and what must hold after each.
//!
//! Every function takes arbitrary bytes, calls the project's public API the way the app
//! does, and panics only when a promise is broken: a panic inside the call itself, a
//! mention outside the text, mentions out of order, entity ids used twice, a mention
//! pointing at an entity that is not there, a document whose text or blocks break the
//! loader's documented guarantees. Each call runs on a thread with the app's worker stack
//! (2 MiB, what `std::thread` gives the app's background tasks), so input that would
//! overflow the stack there overflows it here too.
//!
//! The fuzz targets in `fuzz_targets/` are one line each around these; the root package's
//! `tests/fuzz_replay.rs` includes this file (`#[path]`) to replay the saved corpus and the
//! regressions through exactly the same calls in CI.

use std::collections::HashSet;
use std::path::Path;
use std::sync::OnceLock;

use sahifa_annotate::export::import_brat;
use sahifa_annotate::sidecar::{annotations_from_file, parse_sidecar};
use sahifa_annotate::{LoadedAnnotations, SidecarError, load_sidecar_anyway};
use sahifa_extract::Extractor;
use sahifa_model::{Annotations, Document, content_hash};

/// Stack of the app's background threads (Rust's default for spawned threads).
pub const APP_STACK_BYTES: usize = 2 * 1024 * 1024;

/// A fuzz target's call.
pub type Call = fn(&[u8]);

/// Every target by name, as its directory under `fuzz/corpus/` and `fuzz/regressions/`.
pub const TARGETS: &[(&str, Call)] = &[
    ("load_txt", |d| load(d, Some("x.txt"))),
    ("load_html", |d| load(d, Some("x.html"))),
    ("load_md", |d| load(d, Some("x.md"))),
    ("load_docx", |d| load(d, Some("x.docx"))),
    ("load_any", |d| load(d, None)),
    ("docx_xml", docx_xml),
    ("sidecar", sidecar),
    ("brat_import", brat_import),
    ("extract", extract),
];

/// Runs `f` on a thread with the app's worker stack; a panic there is re-raised here.
pub fn on_app_stack<F: FnOnce() + Send>(f: F) {
    std::thread::scope(|s| {
        let handle = std::thread::Builder::new()
            .name("fuzz call".into())
            .stack_size(APP_STACK_BYTES)
            .spawn_scoped(s, f);
        match handle.map(|h| h.join()) {
            Ok(Ok(())) => {}
            Ok(Err(panic)) => std::panic::resume_unwind(panic),
            Err(e) => panic!("cannot start a thread: {e}"),
        }
    });
}

/// `sahifa_load::load_bytes(data, name)`: a document that keeps the loader's promises, or
/// an error.
pub fn load(data: &[u8], name: Option<&str>) {
    on_app_stack(|| {
        if let Ok(doc) = sahifa_load::load_bytes(data, name.map(Path::new)) {
            check_document(&doc);
        }
    });
}

/// Input `DOCUMENT-XML \0 STYLES-XML`: the two parts packed into a Word file (stored, with
/// correct checksums) and loaded as `x.docx`, so mutations reach the XML and the style
/// resolution instead of dying in the zip reader.
pub fn docx_xml(data: &[u8]) {
    if let Some(zip) = docx_from_parts(data) {
        load(&zip, Some("x.docx"));
    }
}

/// The Word file [`docx_xml`] loads: `DOCUMENT-XML \0 STYLES-XML` zipped.
pub fn docx_from_parts(data: &[u8]) -> Option<Vec<u8>> {
    let (document, styles) = match data.iter().position(|&b| b == 0) {
        Some(i) => (&data[..i], &data[i + 1..]),
        None => (data, &[][..]),
    };
    let mut parts = vec![("word/document.xml", document)];
    if !styles.is_empty() {
        parts.push(("word/styles.xml", styles));
    }
    stored_zip(&parts)
}

/// A zip archive holding `parts` uncompressed; `None` past the 32-bit sizes.
pub fn stored_zip(parts: &[(&str, &[u8])]) -> Option<Vec<u8>> {
    fn u16le(out: &mut Vec<u8>, v: usize) -> Option<()> {
        out.extend_from_slice(&u16::try_from(v).ok()?.to_le_bytes());
        Some(())
    }
    fn u32le(out: &mut Vec<u8>, v: usize) -> Option<()> {
        out.extend_from_slice(&u32::try_from(v).ok()?.to_le_bytes());
        Some(())
    }
    // Version 2.0, no flags, stored, 1980-01-01 00:00, then CRC and both sizes.
    let header = |out: &mut Vec<u8>, name: &str, data: &[u8]| -> Option<()> {
        out.extend_from_slice(&[20, 0, 0, 0, 0, 0, 0, 0, 0x21, 0]);
        out.extend_from_slice(&crc32(data).to_le_bytes());
        u32le(out, data.len())?;
        u32le(out, data.len())?;
        u16le(out, name.len())?;
        u16le(out, 0)
    };
    let (mut out, mut central) = (Vec::new(), Vec::new());
    for (name, data) in parts {
        let offset = out.len();
        out.extend_from_slice(b"PK\x03\x04");
        header(&mut out, name, data)?;
        out.extend_from_slice(name.as_bytes());
        out.extend_from_slice(data);
        central.extend_from_slice(b"PK\x01\x02\x14\x00");
        header(&mut central, name, data)?;
        central.extend_from_slice(&[0; 10]); // comment, disk, attributes
        u32le(&mut central, offset)?;
        central.extend_from_slice(name.as_bytes());
    }
    let central_at = out.len();
    out.extend_from_slice(&central);
    out.extend_from_slice(b"PK\x05\x06\0\0\0\0");
    u16le(&mut out, parts.len())?;
    u16le(&mut out, parts.len())?;
    u32le(&mut out, central.len())?;
    u32le(&mut out, central_at)?;
    u16le(&mut out, 0)?;
    Some(out)
}

fn crc32(data: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &b in data {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

fn check_document(doc: &Document) {
    let text = doc.text.as_str();
    assert!(
        !text.contains('\r'),
        "a carriage return is left in the text"
    );
    assert_eq!(
        doc.source.content_hash,
        content_hash(text),
        "stale content hash"
    );
    let len = doc.text.char_len();
    let mut prev_end = 0;
    for b in doc.blocks() {
        assert!(
            b.range.end() <= len,
            "block {} outside the text ({len})",
            b.range
        );
        assert!(
            b.range.start() >= prev_end,
            "block {} overlaps the previous",
            b.range
        );
        prev_end = b.range.end();
    }
}

/// Splits fuzz input into two parts at its first NUL byte (all of it is the second part
/// when there is none), each read as lossy UTF-8 where text is wanted.
pub fn split_at_nul(data: &[u8]) -> (&[u8], &[u8]) {
    match data.iter().position(|&b| b == 0) {
        Some(i) => (&data[..i], &data[i + 1..]),
        None => (&[], data),
    }
}

/// Input `ARTICLE-TEXT \0 SIDECAR-JSON`: the sidecar is parsed and placed in the article
/// as File → Open does (`parse_sidecar` + `annotations_from_file`, then
/// `load_sidecar_anyway` when it looks like another article's), and what comes back must
/// lie inside the text with unique entity ids.
pub fn sidecar(data: &[u8]) {
    let (text, json) = split_at_nul(data);
    let doc = Document::from_plain_text(&String::from_utf8_lossy(text));
    on_app_stack(|| {
        let path = Path::new("x.sahifa.json");
        let Ok(file) = parse_sidecar(path, json) else {
            return;
        };
        match annotations_from_file(path, &doc, file) {
            Ok(loaded) => check_loaded(&doc, &loaded),
            Err(SidecarError::DifferentDocument { .. }) => {
                if let Some(loaded) = load_anyway(json, &doc) {
                    check_loaded(&doc, &loaded);
                }
            }
            Err(_) => {}
        }
    });
}

/// «Open anyway»: `load_sidecar_anyway` reads a file, so the JSON goes to a scratch file.
fn load_anyway(json: &[u8], doc: &Document) -> Option<LoadedAnnotations> {
    static SCRATCH: OnceLock<Option<tempfile::TempDir>> = OnceLock::new();
    let dir = SCRATCH.get_or_init(|| tempfile::tempdir().ok()).as_ref()?;
    let path = dir
        .path()
        .join(format!("{:?}.sahifa.json", std::thread::current().id()));
    std::fs::write(&path, json).ok()?;
    load_sidecar_anyway(&path, doc).ok()
}

fn check_loaded(doc: &Document, loaded: &LoadedAnnotations) {
    check_annotations(doc.text.char_len(), &loaded.annotations);
}

/// Input `DOCUMENT-TEXT \0 ANN`: the `.ann` is imported against the text (normalised as
/// an opened article's is), and the annotations must lie inside the text.
pub fn brat_import(data: &[u8]) {
    let (text, ann) = split_at_nul(data);
    let doc = Document::from_plain_text(&String::from_utf8_lossy(text));
    let ann = String::from_utf8_lossy(ann);
    on_app_stack(|| {
        if let Ok(imported) = import_brat(&doc.text, &ann) {
            check_annotations(doc.text.char_len(), &imported.annotations);
        }
    });
}

/// The shipped extractor, loaded once per process.
pub fn shipped_extractor() -> &'static Extractor {
    static EXTRACTOR: OnceLock<Extractor> = OnceLock::new();
    EXTRACTOR.get_or_init(|| match Extractor::shipped() {
        Ok(x) => x,
        Err(e) => panic!("the shipped model does not load: {e}"),
    })
}

/// Input: text (lossy UTF-8). `Extractor::extract` must return mentions inside the text,
/// in order, with entities that exist.
pub fn extract(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let extractor = shipped_extractor();
    on_app_stack(|| {
        let ann = extractor.extract(&text);
        check_annotations(text.chars().count(), &ann);
        let starts: Vec<_> = ann.mentions.iter().map(|m| m.range.start()).collect();
        assert!(starts.is_sorted(), "mentions out of text order: {starts:?}");
    });
}

/// Mentions inside `0..len`; entity ids unique; every mention's entity exists.
pub fn check_annotations(len: usize, ann: &Annotations) {
    let mut ids = HashSet::new();
    for e in &ann.entities {
        assert!(ids.insert(e.id), "entity id {:?} used twice", e.id);
    }
    for m in &ann.mentions {
        assert!(
            m.range.end() <= len,
            "mention {} outside the text ({len})",
            m.range
        );
        if let Some(id) = m.entity {
            assert!(
                ids.contains(&id),
                "mention {} names missing entity {id:?}",
                m.range
            );
        }
    }
}
