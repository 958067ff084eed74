//! A process killed (SIGKILL) in the middle of adding leaves a library that opens with
//! the entities of the articles it committed, and adding again ends with the figures of a
//! clean run. The test runs itself as the child
//! that is killed: with `SAHIFA_LIBRARY_KILL_CHILD` set it only adds, slowly.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::AtomicBool;
use std::time::{Duration, Instant};

use common::*;
use sahifa_library::Library;

const CHILD: &str = "SAHIFA_LIBRARY_KILL_CHILD";
const ARTICLES: usize = 120;
const TEST_NAME: &str = "a_killed_add_leaves_a_library_that_opens_with_its_entities_and_resumes";

/// The child: adds `news` into `library`, sleeping after each file so the parent can kill
/// it half-way.
fn child(spec: &str) {
    let (news, library) = spec.split_once('\n').unwrap();
    let mut lib = Library::open(Path::new(library)).unwrap();
    let cancel = AtomicBool::new(false);
    lib.add(
        &[PathBuf::from(news)],
        extractor(),
        &options(),
        &|_| std::thread::sleep(Duration::from_millis(25)),
        &cancel,
    )
    .unwrap();
}

fn committed(library: &Path) -> usize {
    let Ok(conn) = rusqlite::Connection::open(library) else {
        return 0;
    };
    conn.query_row("SELECT count(*) FROM articles", [], |r| r.get::<_, i64>(0))
        .map_or(0, |n| usize::try_from(n).unwrap())
}

#[test]
fn a_killed_add_leaves_a_library_that_opens_with_its_entities_and_resumes() {
    if let Ok(spec) = std::env::var(CHILD) {
        child(&spec);
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let news = dir.path().join("news");
    for i in 0..ARTICLES {
        let text = [HAMLAN_DOHA, HAMLAN_KUWAIT, RIYADH][i % 3];
        write(&news, &format!("{i:03}.txt"), &format!("{text}العدد {i}\n"));
    }
    let library = dir.path().join("lib").join("library.sqlite");
    drop(Library::open(&library).unwrap());
    let mut child = Command::new(std::env::current_exe().unwrap())
        .args([TEST_NAME, "--exact", "--test-threads=1"])
        .env(CHILD, format!("{}\n{}", news.display(), library.display()))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(60);
    while committed(&library) < 40 && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(20));
    }
    // While the child adds, an open here leaves the entities to it, without waiting.
    let started = Instant::now();
    let beside = Library::open(&library).expect("an open beside a running add does not fail");
    let took = started.elapsed();
    assert!(took < Duration::from_secs(2), "the open waited {took:?}");
    assert_eq!(figures(&beside), Vec::new(), "left to the running add");
    drop(beside);
    child.kill().unwrap();
    child.wait().unwrap();
    let half = committed(&library);
    assert!(
        (40..ARTICLES).contains(&half),
        "killed after {half} articles"
    );

    // The killed add's articles are in, its entities not (its rebuild never ran): a
    // read-only open shows them as they are, an open for writing rebuilds them.
    assert!(entities_owed(&library));
    let read_only = Library::open_read_only(&library).unwrap();
    assert_eq!(
        figures(&read_only),
        Vec::new(),
        "read-only opens never rebuild"
    );
    drop(read_only);
    let mut lib = Library::open(&library).expect("a killed add leaves a library that opens");
    assert!(!entities_owed(&library));
    let committed_dir = tempfile::tempdir().unwrap();
    let mut of_committed = library_in(committed_dir.path());
    let paths: Vec<PathBuf> = lib
        .articles()
        .unwrap()
        .into_iter()
        .map(|a| a.path)
        .collect();
    add(&mut of_committed, &paths);
    assert!(!figures(&of_committed).is_empty());
    assert_eq!(
        figures(&lib),
        figures(&of_committed),
        "opening shows the killed add's entities without adding again"
    );

    let resumed = add(&mut lib, std::slice::from_ref(&news));
    assert_eq!(resumed.unchanged + resumed.indexed, ARTICLES);
    assert!(resumed.unchanged >= 40, "{resumed:?}");

    let clean_dir = tempfile::tempdir().unwrap();
    let mut clean = library_in(clean_dir.path());
    add(&mut clean, std::slice::from_ref(&news));
    assert_eq!(figures(&lib), figures(&clean));
    assert_eq!(lib.articles().unwrap().len(), ARTICLES);
}
