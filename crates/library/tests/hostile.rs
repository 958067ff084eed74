//! Files a real user's folders hold that an article reader must survive: pipes and
//! devices where a sidecar should be, names that are not UTF-8, folders that cannot be
//! read, a library path that is a folder. Each must neither hang nor stop the rest.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::os::unix::ffi::OsStrExt;
use std::path::PathBuf;
use std::sync::mpsc;
use std::time::Duration;

use common::*;
use sahifa_library::{Library, LibraryError};

/// Runs `add` on a thread and fails the test instead of hanging when it does not return.
fn add_within(lib: Library, roots: Vec<PathBuf>, secs: u64) -> sahifa_library::AddSummary {
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let mut lib = lib;
        let _ = tx.send(add(&mut lib, &roots));
    });
    rx.recv_timeout(Duration::from_secs(secs))
        .expect("add returned instead of hanging")
}

#[test]
fn a_sidecar_that_is_a_fifo_or_dev_zero_neither_hangs_nor_stops_the_article() {
    let dir = tempfile::tempdir().unwrap();
    let news = dir.path().join("news");
    let a = write(&news, "a.txt", HAMLAN_DOHA);
    let b = write(&news, "b.txt", RIYADH);
    let fifo = news.join("a.txt.sahifa.json");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(made.success());
    std::os::unix::fs::symlink("/dev/zero", news.join("b.txt.sahifa.json")).unwrap();
    let summary = add_within(library_in(dir.path()), vec![news], 60);
    assert_eq!(summary.indexed, 2, "{summary:?}");
    assert!(summary.failed.is_empty(), "{summary:?}");
    let mut warnings = summary.warnings.clone();
    warnings.sort();
    let warned: Vec<&PathBuf> = warnings.iter().map(|(p, _)| p).collect();
    assert_eq!(warned, [&a, &b]);
    assert!(warnings[0].1.contains("a.txt.sahifa.json"), "{warnings:?}");
}

#[test]
fn a_damaged_sidecar_is_named_in_a_warning_and_the_extractor_is_used() {
    let dir = tempfile::tempdir().unwrap();
    let news = dir.path().join("news");
    let a = write(&news, "a.txt", HAMLAN_DOHA);
    write(&news, "a.txt.sahifa.json", "{\"broken\": [1,");
    let mut lib = library_in(dir.path());
    let summary = add(&mut lib, &[news]);
    assert_eq!(summary.indexed, 1);
    assert_eq!(summary.warnings.len(), 1, "{summary:?}");
    assert_eq!(summary.warnings[0].0, a);
    assert!(summary.warnings[0].1.contains("sahifa.json"));
    assert!(entity(&lib, "سيف الهملان").is_some());
}

#[test]
fn a_file_name_that_is_not_utf8_is_listed_as_failed_and_the_rest_indexed() {
    let dir = tempfile::tempdir().unwrap();
    let news = dir.path().join("news");
    write(&news, "good.txt", RIYADH);
    let bad = news.join(std::ffi::OsStr::from_bytes(b"bad\xff\xfe.txt"));
    std::fs::write(&bad, HAMLAN_KUWAIT).unwrap();
    // A good name in a folder whose name is not UTF-8 is no better.
    let bad_dir = news.join(std::ffi::OsStr::from_bytes(b"dir\xff"));
    let inside = write(&bad_dir, "a.txt", HAMLAN_DOHA);
    let mut lib = library_in(dir.path());
    let summary = add(&mut lib, std::slice::from_ref(&news));
    assert_eq!(summary.indexed, 1);
    let mut failed = summary.failed.clone();
    failed.sort();
    let paths: Vec<&PathBuf> = failed.iter().map(|(p, _)| p).collect();
    assert_eq!(paths, [&bad, &inside], "{summary:?}");
    assert!(failed.iter().all(|(_, why)| why.contains("UTF-8")));
    // Adding again does not mark anything missing or store a lossy path.
    let again = add(&mut lib, &[news]);
    assert_eq!((again.unchanged, again.missing), (1, 0));
    assert_eq!(lib.articles().unwrap().len(), 1);
}

#[test]
fn a_folder_given_as_the_library_is_refused_with_a_file_to_use_instead() {
    let dir = tempfile::tempdir().unwrap();
    let Err(e) = Library::open(dir.path()) else {
        panic!("a folder opened as a library");
    };
    assert!(matches!(e, LibraryError::Io { .. }), "{e:?}");
    assert!(e.to_string().contains("library.sqlite"), "{e}");
}

#[test]
fn a_library_whose_folder_is_missing_parents_is_created_with_them() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("no").join("such").join("library.sqlite");
    let mut lib = Library::open(&path).unwrap();
    let news = dir.path().join("news");
    write(&news, "a.txt", RIYADH);
    assert_eq!(add(&mut lib, &[news]).indexed, 1);
}

#[test]
fn a_library_opened_read_only_answers_queries_and_refuses_writes_naming_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let news = dir.path().join("news");
    write(&news, "a.txt", HAMLAN_DOHA);
    // `?`, `#` and `%` in the folder name must not end or garble SQLite's URI.
    let path = dir.path().join("shared w?e#i%d").join("library.sqlite");
    {
        let mut lib = Library::open(&path).unwrap();
        add(&mut lib, std::slice::from_ref(&news));
    }
    let before = std::fs::read(&path).unwrap();
    let mut lib = Library::open_read_only(&path).unwrap();
    assert!(entity(&lib, "سيف الهملان").is_some());
    assert!(!lib.search("الهملان", 10).unwrap().is_empty());
    let cancel = std::sync::atomic::AtomicBool::new(false);
    let Err(e) = lib.add(&[news], extractor(), &options(), &|_| {}, &cancel) else {
        panic!("a read-only library took an add");
    };
    assert!(e.to_string().contains("library.sqlite"), "{e}");
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn a_fifo_a_device_or_a_pdf_given_by_name_is_listed_as_failed_and_the_rest_indexed() {
    let dir = tempfile::tempdir().unwrap();
    let good = write(dir.path(), "good.txt", RIYADH);
    let pdf = write(dir.path(), "report.pdf", "%PDF-1.4");
    let fifo = dir.path().join("pipe.txt");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(made.success());
    let zero = dir.path().join("zero.txt");
    std::os::unix::fs::symlink("/dev/zero", &zero).unwrap();
    let roots = vec![fifo.clone(), zero.clone(), pdf.clone(), good];
    let summary = add_within(library_in(dir.path()), roots, 60);
    assert_eq!(summary.indexed, 1, "{summary:?}");
    let failed: Vec<&PathBuf> = summary.failed.iter().map(|(p, _)| p).collect();
    assert_eq!(failed.len(), 3, "{summary:?}");
    assert!(failed.contains(&&PathBuf::from("/dev/zero")), "{summary:?}");
    assert!(
        failed.iter().any(|p| p.ends_with("pipe.txt")),
        "{summary:?}"
    );
    assert!(
        failed.iter().any(|p| p.ends_with("report.pdf")),
        "{summary:?}"
    );
}

#[test]
fn a_library_file_that_may_not_be_written_is_refused_at_open_naming_it_with_its_bytes_kept() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("library.sqlite");
    drop(Library::open(&path).unwrap());
    let before = std::fs::read(&path).unwrap();
    // Root is refused only by the immutable flag; elsewhere say so rather than test nothing.
    let immutable = std::process::Command::new("chattr")
        .args(["+i".as_ref(), path.as_os_str()])
        .status()
        .is_ok_and(|s| s.success());
    if !immutable || std::fs::OpenOptions::new().append(true).open(&path).is_ok() {
        eprintln!(
            "SKIPPED: this machine cannot refuse writes to {}",
            path.display()
        );
        return;
    }
    let opened = Library::open(&path);
    let _ = std::process::Command::new("chattr")
        .args(["-i".as_ref(), path.as_os_str()])
        .status();
    let Err(e) = opened else {
        panic!("a file that may not be written was opened for writing");
    };
    let text = e.to_string();
    assert!(
        text.contains("library.sqlite") && text.contains("read-only"),
        "{text}"
    );
    assert_eq!(std::fs::read(&path).unwrap(), before);
}
