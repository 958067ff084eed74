//! An open for writing while an add runs (here in another thread: the lock is per open
//! file, so a thread stands for a process) leaves the owed entities to the add: it neither
//! rebuilds them nor waits for the add's write lock, and does not fail.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::sync::Mutex;
use std::sync::atomic::AtomicBool;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use common::*;
use sahifa_library::Library;

const ARTICLES: usize = 80;
/// Past the first batch (at most 32 articles), so some are committed and a rebuild owed.
const PAUSE_AT: usize = 50;

#[test]
fn an_open_during_an_add_leaves_the_entities_to_it_without_waiting() {
    let dir = tempfile::tempdir().unwrap();
    let first = dir.path().join("first");
    write(&first, "doha.txt", HAMLAN_DOHA);
    let news = dir.path().join("news");
    for i in 0..ARTICLES {
        let text = [HAMLAN_KUWAIT, RIYADH][i % 2];
        write(&news, &format!("{i:03}.txt"), &format!("{text}العدد {i}\n"));
    }
    let mut lib = library_in(dir.path());
    add(&mut lib, std::slice::from_ref(&first));
    let before = figures(&lib);
    let path = lib.path().to_owned();

    let (reached_tx, reached_rx) = mpsc::channel::<()>();
    let (go_tx, go_rx) = mpsc::channel::<()>();
    let reached = Mutex::new(Some(reached_tx));
    let go = Mutex::new(go_rx);
    // Half-way, the add stops in the middle of a batch (holding SQLite's write lock) until
    // the test has opened the library beside it.
    let pause = |p: &sahifa_library::AddProgress| {
        if p.done == PAUSE_AT
            && let Some(tx) = reached.lock().unwrap().take()
        {
            tx.send(()).unwrap();
            go.lock().unwrap().recv().unwrap();
        }
    };
    std::thread::scope(|scope| {
        let adder = scope.spawn(|| {
            let cancel = AtomicBool::new(false);
            lib.add(
                std::slice::from_ref(&news),
                extractor(),
                &options(),
                &pause,
                &cancel,
            )
            .unwrap()
        });
        reached_rx.recv_timeout(Duration::from_secs(60)).unwrap();
        let started = Instant::now();
        let beside = Library::open(&path).expect("an open during an add does not fail");
        let took = started.elapsed();
        let (articles, owed_then, seen) = (
            beside.articles().unwrap().len(),
            entities_owed(&path),
            figures(&beside),
        );
        // Let the add go on before asserting: a failed assertion must not leave it waiting.
        go_tx.send(()).unwrap();
        assert!(took < Duration::from_secs(2), "the open waited {took:?}");
        assert!(articles > 1, "a batch was committed");
        assert!(owed_then, "a rebuild is owed, and left to the add");
        assert_eq!(seen, before, "the running add's entities left to it");
        let summary = adder.join().unwrap();
        assert_eq!(summary.indexed, ARTICLES);
    });

    let clean_dir = tempfile::tempdir().unwrap();
    let mut clean = library_in(clean_dir.path());
    add(&mut clean, &[first, news]);
    let after = Library::open(&path).unwrap();
    assert_eq!(
        figures(&after),
        figures(&clean),
        "the add rebuilt them at its end"
    );
}
