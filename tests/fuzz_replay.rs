//! Replays what the fuzzers saved through the fuzz targets' own calls (`fuzz/src/lib.rs`,
//! included below), so CI checks every input that once crashed and a sample of the corpus
//! without needing a fuzzer or a nightly toolchain. Fuzzing itself is `fuzz/run.sh`.
//!
//! Inputs: every file in `fuzz/regressions/TARGET/` (inputs that crashed once; each also
//! has a test below named after what it guards) and up to [`CORPUS_SAMPLE`] files of each
//! `fuzz/corpus/TARGET/` (fewer for the extractor, slow unoptimised).

#[path = "../fuzz/src/lib.rs"]
#[allow(dead_code)]
mod fuzz_calls;

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};

/// Corpus files replayed per target (spread evenly over the sorted file names).
const CORPUS_SAMPLE: usize = 60;
/// The extractor is unoptimised in test builds; it gets a smaller sample.
const EXTRACT_SAMPLE: usize = 12;

/// Regression inputs that still crash, left out of the catch-all replay; each has an
/// `#[ignore]`d test below saying what crashes.
const STILL_CRASHING: &[&str] = &[];

fn fuzz_dir(kind: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz")
        .join(kind)
}

fn files_in(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|rd| rd.filter_map(|e| e.ok()).map(|e| e.path()).collect())
        .unwrap_or_default();
    files.retain(|p| p.is_file());
    files.sort();
    files
}

fn spread(files: Vec<PathBuf>, cap: usize) -> Vec<PathBuf> {
    if files.len() <= cap {
        return files;
    }
    let step = files.len() as f64 / cap as f64;
    (0..cap)
        .map(|i| files[(i as f64 * step) as usize].clone())
        .collect()
}

fn target(name: &str) -> fuzz_calls::Call {
    fuzz_calls::TARGETS
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, f)| *f)
        .unwrap_or_else(|| panic!("no fuzz target {name}"))
}

/// Runs each file through its target; returns "path: panic message" for each that panicked.
fn replay(name: &str, files: &[PathBuf]) -> Vec<String> {
    let call = target(name);
    let mut failures = Vec::new();
    for path in files {
        let data =
            std::fs::read(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
        if let Err(panic) = catch_unwind(AssertUnwindSafe(|| call(&data))) {
            let message = panic
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_default();
            failures.push(format!("{}: {message}", path.display()));
        }
    }
    failures
}

#[test]
fn every_saved_crash_input_is_handled_without_panicking() {
    let mut failures = Vec::new();
    for (name, _) in fuzz_calls::TARGETS {
        let files: Vec<PathBuf> = files_in(&fuzz_dir("regressions").join(name))
            .into_iter()
            .filter(|p| {
                let rel = format!("{name}/{}", p.file_name().unwrap().to_string_lossy());
                !STILL_CRASHING.contains(&rel.as_str())
            })
            .collect();
        failures.extend(replay(name, &files));
    }
    assert!(failures.is_empty(), "{failures:#?}");
}

#[test]
fn fuzz_corpus_sample_is_handled_without_panicking() {
    let mut failures = Vec::new();
    let mut replayed = 0;
    for (name, _) in fuzz_calls::TARGETS {
        let cap = if *name == "extract" {
            EXTRACT_SAMPLE
        } else {
            CORPUS_SAMPLE
        };
        let files = spread(files_in(&fuzz_dir("corpus").join(name)), cap);
        replayed += files.len();
        failures.extend(replay(name, &files));
    }
    assert!(replayed > 0, "no corpus found under fuzz/corpus");
    assert!(failures.is_empty(), "{failures:#?}");
}

/// The sidecar and brat seeds must stay readable by the current code, or the fuzzers
/// start from files rejected at the first check and never reach placement.
#[test]
fn sidecar_and_brat_seeds_are_read_and_placed() {
    use sahifa_annotate::sidecar::{annotations_from_file, parse_sidecar};
    use sahifa_model::Document;

    let data = std::fs::read(fuzz_dir("corpus").join("sidecar/same-text")).unwrap();
    let (text, json) = fuzz_calls::split_at_nul(&data);
    let doc = Document::from_plain_text(std::str::from_utf8(text).unwrap());
    let path = Path::new("same-text");
    let loaded = annotations_from_file(path, &doc, parse_sidecar(path, json).unwrap()).unwrap();
    assert!(loaded.annotations.mentions.len() >= 10, "{loaded:#?}");

    let data = std::fs::read(fuzz_dir("corpus").join("brat_import/sahifa-export")).unwrap();
    let (text, ann) = fuzz_calls::split_at_nul(&data);
    let doc = Document::from_plain_text(std::str::from_utf8(text).unwrap());
    let imported =
        sahifa_annotate::export::import_brat(&doc.text, std::str::from_utf8(ann).unwrap()).unwrap();
    assert!(imported.annotations.mentions.len() >= 10, "{imported:#?}");
    assert!(imported.annotations.entities.len() >= 3, "{imported:#?}");
}

/// `docx_xml` zips its input itself; its seed must open as a Word file with its headings,
/// or every execution dies in the zip reader and the XML is never fuzzed.
#[test]
fn docx_xml_seed_opens_as_a_word_file() {
    let data = std::fs::read(fuzz_dir("corpus").join("docx_xml/styled")).unwrap();
    let zip = fuzz_calls::docx_from_parts(&data).unwrap();
    let doc = sahifa_load::load_bytes(&zip, Some(Path::new("x.docx"))).unwrap();
    assert!(doc.title.is_some(), "{doc:#?}");
    assert!(doc.blocks().len() >= 6, "{doc:#?}");
}
