//! The library file (newer, corrupt, fresh), the user's decisions, search and the watcher.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::time::{Duration, Instant};

use common::*;
use sahifa_library::{Library, LibraryError};
use sahifa_model::Label;

#[test]
fn a_library_from_a_newer_version_is_refused_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("library.sqlite");
    drop(Library::open(&path).unwrap());
    {
        let raw = rusqlite::Connection::open(&path).unwrap();
        raw.pragma_update(None, "user_version", 999).unwrap();
        raw.pragma_update(None, "journal_mode", "DELETE").unwrap();
    }
    let before = std::fs::read(&path).unwrap();
    match Library::open(&path) {
        Err(LibraryError::Newer { found: 999, .. }) => {}
        other => panic!("expected Newer, got {:?}", other.map(|_| ())),
    }
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn a_file_of_garbage_is_corrupt_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("library.sqlite");
    let garbage: Vec<u8> = (0..5000u32).map(|i| (i * 7 % 251) as u8).collect();
    std::fs::write(&path, &garbage).unwrap();
    let err = Library::open(&path).err().expect("garbage is refused");
    assert!(matches!(err, LibraryError::Corrupt { .. }), "{err}");
    assert!(err.to_string().contains("not changed"), "{err}");
    assert_eq!(std::fs::read(&path).unwrap(), garbage);
    // Another program's database is refused too.
    let other = dir.path().join("other.sqlite");
    rusqlite::Connection::open(&other)
        .unwrap()
        .execute_batch("CREATE TABLE t (x); INSERT INTO t VALUES (1);")
        .unwrap();
    assert!(matches!(
        Library::open(&other),
        Err(LibraryError::Corrupt { .. })
    ));
}

#[test]
fn open_fresh_keeps_the_old_file_beside_the_new_one() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("library.sqlite");
    std::fs::write(&path, b"garbage").unwrap();
    let (lib, kept) = Library::open_fresh(&path).unwrap();
    assert_eq!(kept, dir.path().join("library.sqlite.old-1"));
    assert_eq!(std::fs::read(&kept).unwrap(), b"garbage");
    assert!(lib.articles().unwrap().is_empty());
    drop(lib);
    let (_, kept2) = Library::open_fresh(&path).unwrap();
    assert_eq!(kept2, dir.path().join("library.sqlite.old-2"));
    assert_eq!(std::fs::read(&kept).unwrap(), b"garbage");
}

#[test]
fn start_new_while_a_newer_sahifa_adds_is_refused_as_busy_and_moves_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("library.sqlite");
    drop(Library::open(&path).unwrap());
    rusqlite::Connection::open(&path)
        .unwrap()
        .pragma_update(None, "user_version", 999)
        .unwrap();
    let listing = || {
        let mut names: Vec<String> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    };
    // A newer Sahifa adding to it holds the lock file as this version's adds do.
    let lock = std::fs::File::create(dir.path().join("library.sqlite.adding")).unwrap();
    lock.lock_shared().unwrap();
    let (bytes, files) = (std::fs::read(&path).unwrap(), listing());
    match Library::open_fresh(&path) {
        Err(LibraryError::Busy { path: busy }) => assert_eq!(busy, path),
        other => panic!("expected Busy, got {:?}", other.map(|_| ())),
    }
    assert_eq!(listing(), files);
    assert!(std::fs::read(&path).unwrap() == bytes, "the file changed");

    // Once it is done: the old file goes aside, the lock file stays (the path's, and the
    // new library's from now on).
    drop(lock);
    let (lib, kept) = Library::open_fresh(&path).unwrap();
    assert_eq!(kept, dir.path().join("library.sqlite.old-1"));
    assert!(
        std::fs::read(&kept).unwrap() == bytes,
        "the old file was not kept"
    );
    drop(lib);
    assert_eq!(
        listing(),
        [
            "library.sqlite",
            "library.sqlite.adding",
            "library.sqlite.old-1"
        ]
    );
}

#[test]
fn merge_and_split_survive_re_indexing_the_changed_file() {
    let dir = tempfile::tempdir().unwrap();
    let a = write(dir.path(), "a.txt", HAMLAN_DOHA);
    write(dir.path(), "b.txt", HAMLAN_KUWAIT);
    let mut lib = library_in(dir.path());
    add(&mut lib, &[dir.path().to_owned()]);
    let doha = entity(&lib, "الدوحة").unwrap();
    let qatar = entity(&lib, "قطر").unwrap();
    lib.merge(qatar.id, doha.id).unwrap();
    let merged = entity(&lib, "قطر").unwrap();
    assert_eq!(merged.articles, 2);
    assert!(merged.aliases.contains(&"الدوحة".to_owned()));
    assert!(entity(&lib, "الدوحة").is_none());

    std::fs::write(&a, format!("{HAMLAN_DOHA}وعاد الوفد إلى الدوحة.\n")).unwrap();
    let again = add(&mut lib, &[dir.path().to_owned()]);
    assert_eq!(again.indexed, 1);
    let merged = entity(&lib, "قطر").unwrap();
    assert!(merged.aliases.contains(&"الدوحة".to_owned()), "{merged:?}");
    assert!(entity(&lib, "الدوحة").is_none(), "the merge survived");

    let person = entity(&lib, "سيف الهملان").unwrap();
    let alone = lib.split(person.id, "الهملان").unwrap();
    let _ = alone;
    let after = entity(&lib, "سيف الهملان").unwrap();
    assert!(!after.aliases.contains(&"الهملان".to_owned()), "{after:?}");
    let split_off = entity(&lib, "الهملان").expect("the split form stands alone");
    assert_eq!(split_off.id, alone);
    let marked = |id, article| -> Vec<String> {
        lib.snippets(id, article, 10)
            .unwrap()
            .iter()
            .map(|s| {
                s.text
                    .chars()
                    .skip(s.mark.start)
                    .take(s.mark.len())
                    .collect()
            })
            .collect()
    };
    let in_a = lib.articles_of(alone).unwrap()[0].article.id;
    assert_eq!(marked(alone, in_a), ["الهملان"]);
    assert_eq!(marked(after.id, in_a), ["سيف الهملان"]);

    std::fs::write(&a, format!("{HAMLAN_DOHA}وقال الهملان مرة أخرى.\n")).unwrap();
    add(&mut lib, &[dir.path().to_owned()]);
    assert!(entity(&lib, "الهملان").is_some(), "the split survived");
    assert!(entity(&lib, "الدوحة").is_none(), "so did the merge");
}

#[test]
fn search_matches_as_the_find_bar_does_with_exact_offsets() {
    let dir = tempfile::tempdir().unwrap();
    let text = "بين الكويت وقطر اتفاق.\nوقال اللواء سيف الهمـلان إن الاتفاق مهم.\n";
    write(dir.path(), "a.txt", text);
    write(dir.path(), "b.txt", "قال محمد إن الاقتصاد ينمو في الرياض.\n");
    let mut lib = library_in(dir.path());
    add(&mut lib, &[dir.path().to_owned()]);
    let slice = |r: sahifa_model::TextRange| -> String {
        text.chars().skip(r.start()).take(r.len()).collect()
    };
    let qatar = lib.search("قطر", 10).unwrap();
    assert_eq!(qatar.len(), 1, "{qatar:#?}");
    assert_eq!((qatar[0].range.start(), qatar[0].range.end()), (12, 15));
    assert_eq!(slice(qatar[0].range), "قطر");
    let name = lib.search("الهملان", 10).unwrap();
    assert_eq!(name.len(), 1);
    assert_eq!(slice(name[0].range), "الهمـلان");
    let s = &name[0].snippet;
    let marked: String = s
        .text
        .chars()
        .skip(s.mark.start)
        .take(s.mark.len())
        .collect();
    assert_eq!(marked, "الهمـلان");
    let two = lib.search("سيف الهملان", 10).unwrap();
    assert_eq!(two.len(), 1);
    assert_eq!(slice(two[0].range), "سيف الهمـلان");
    let other = lib.search("محمد", 10).unwrap();
    assert!(
        other.len() == 1 && other[0].path.ends_with("b.txt"),
        "{other:?}"
    );
    assert!(lib.search("المريخ", 10).unwrap().is_empty());
}

#[test]
fn the_watcher_reports_a_file_created_in_a_watched_folder() {
    let dir = tempfile::tempdir().unwrap();
    let news = dir.path().join("news");
    std::fs::create_dir_all(&news).unwrap();
    let mut watcher =
        sahifa_library::watch::FolderWatcher::start(std::slice::from_ref(&news)).unwrap();
    let created = write(&news, "new.txt", RIYADH);
    write(&news, "ignored.pdf", "x");
    let deadline = Instant::now() + Duration::from_secs(10);
    let mut seen = Vec::new();
    while Instant::now() < deadline && seen.is_empty() {
        std::thread::sleep(Duration::from_millis(100));
        seen = watcher.changed();
    }
    assert_eq!(seen, vec![created]);
    assert!(watcher.changed().is_empty(), "each file once");
    let _ = Label::Person;
}

#[test]
fn a_library_with_damaged_pages_is_corrupt_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("library.sqlite");
    drop(Library::open(&path).unwrap());
    {
        let raw = rusqlite::Connection::open(&path).unwrap();
        raw.pragma_update(None, "journal_mode", "DELETE").unwrap();
    }
    let mut bytes = std::fs::read(&path).unwrap();
    for b in bytes.iter_mut().skip(100).take(4000) {
        *b = 0xA5;
    }
    std::fs::write(&path, &bytes).unwrap();
    let err = Library::open(&path).err().expect("damage is found");
    assert!(matches!(err, LibraryError::Corrupt { .. }), "{err}");
    assert_eq!(std::fs::read(&path).unwrap(), bytes);
}

#[test]
fn a_second_window_reads_the_library_while_the_first_adds() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "a.txt", HAMLAN_DOHA);
    let mut writer = library_in(dir.path());
    let reader = Library::open(writer.path()).unwrap();
    assert!(reader.entities(None).unwrap().is_empty());
    add(&mut writer, &[dir.path().to_owned()]);
    assert!(entity(&reader, "سيف الهملان").is_some());
    assert_eq!(reader.articles().unwrap().len(), 1);
}

#[test]
fn an_empty_file_at_the_library_path_becomes_a_library() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("library.sqlite");
    std::fs::write(&path, b"").unwrap();
    let lib = Library::open(&path).unwrap();
    assert!(lib.articles().unwrap().is_empty());
    drop(lib);
    let raw = rusqlite::Connection::open(&path).unwrap();
    let version: i64 = raw
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .unwrap();
    assert_eq!(version, sahifa_library::schema::SCHEMA_VERSION);
}

#[test]
fn two_windows_adding_at_once_both_finish() {
    let dir = tempfile::tempdir().unwrap();
    let (one, two) = (dir.path().join("one"), dir.path().join("two"));
    for i in 0..20 {
        write(
            &one,
            &format!("{i}.txt"),
            &format!("{HAMLAN_DOHA}العدد {i}\n"),
        );
        write(
            &two,
            &format!("{i}.txt"),
            &format!("{HAMLAN_KUWAIT}العدد {i}\n"),
        );
    }
    let path = dir.path().join("library.sqlite");
    drop(Library::open(&path).unwrap());
    std::thread::scope(|s| {
        for root in [&one, &two] {
            let path = &path;
            s.spawn(move || {
                let mut lib = Library::open(path).unwrap();
                let summary = add(&mut lib, std::slice::from_ref(root));
                assert_eq!(summary.indexed, 20, "{summary:?}");
            });
        }
    });
    let lib = Library::open(&path).unwrap();
    assert_eq!(lib.articles().unwrap().len(), 40);
    assert_eq!(entity(&lib, "سيف الهملان").unwrap().articles, 40);
}
