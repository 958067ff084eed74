//! Adding articles: what is indexed, skipped, failed, missing, and what the entities are.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::sync::atomic::{AtomicBool, Ordering};

use common::*;
use sahifa_model::Label;

#[test]
fn adding_a_folder_lists_its_articles_and_entities_with_counts() {
    let dir = tempfile::tempdir().unwrap();
    let news = dir.path().join("news");
    write(&news, "a.txt", HAMLAN_DOHA);
    write(&news, "sub/b.txt", HAMLAN_KUWAIT);
    write(&news, ".hidden/c.txt", RIYADH);
    write(&news, "notes.pdf", "not an article");
    let mut lib = library_in(dir.path());
    let summary = add(&mut lib, std::slice::from_ref(&news));
    assert_eq!(summary.indexed, 2, "{summary:?}");
    assert!(summary.failed.is_empty());
    let articles = lib.articles().unwrap();
    assert_eq!(articles.len(), 2);
    let a = &articles[0];
    assert!(a.path.ends_with("news/a.txt"), "{:?}", a.path);
    assert_eq!(a.title, "الدوحة - 12 مارس 2026");
    assert_eq!(a.date.as_deref(), Some("12 مارس 2026"));
    assert!(a.entity_counts.contains(&(Label::Person, 1)), "{a:?}");
    assert!(!a.missing && a.error.is_none());
    let doha = entity(&lib, "الدوحة").expect("Doha is an entity");
    assert_eq!(
        (doha.label, doha.articles, doha.mentions),
        (Label::Location, 1, 2)
    );
    assert_eq!(
        lib.watch_folders().unwrap(),
        vec![news.canonicalize().unwrap()]
    );
}

#[test]
fn the_same_person_in_two_articles_is_one_entity() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "a.txt", HAMLAN_DOHA);
    write(dir.path(), "b.txt", HAMLAN_KUWAIT);
    let mut lib = library_in(dir.path());
    add(&mut lib, &[dir.path().to_owned()]);
    let person = entity(&lib, "سيف الهملان").expect("the person is listed");
    assert_eq!(person.label, Label::Person);
    assert_eq!(person.articles, 2);
    assert_eq!(
        person.mentions, 3,
        "two in the first article, one in the second"
    );
    assert!(person.aliases.contains(&"الهملان".to_owned()), "{person:?}");
    let qatar = entity(&lib, "قطر").unwrap();
    assert_eq!(qatar.articles, 2, "«قطر» and «وقطر» are one place");
    let hits = lib.articles_of(person.id).unwrap();
    assert_eq!(hits.len(), 2);
    let text = std::fs::read_to_string(&hits[0].article.path).unwrap();
    let first: String = text
        .chars()
        .skip(hits[0].first.start())
        .take(hits[0].first.len())
        .collect();
    assert_eq!(first, "سيف الهملان");
    let neighbours = lib.appears_with(person.id, 10).unwrap();
    let qatar_n = neighbours
        .iter()
        .find(|n| n.entity.canonical == "قطر")
        .unwrap();
    assert_eq!(qatar_n.shared_articles, 2);
    let snippets = lib.snippets(person.id, hits[0].article.id, 10).unwrap();
    assert_eq!(snippets.len(), 2);
    let marked: String = snippets[0]
        .text
        .chars()
        .skip(snippets[0].mark.start)
        .take(snippets[0].mark.len())
        .collect();
    assert_eq!(marked, "سيف الهملان");
    assert_eq!(
        lib.find_entities("الهمـلان").unwrap().first().map(|e| e.id),
        Some(person.id)
    );
}

#[test]
fn a_family_name_alone_joins_the_one_person_it_belongs_to() {
    let dir = tempfile::tempdir().unwrap();
    let a = write(dir.path(), "a.txt", HAMLAN_DOHA);
    let b = write(dir.path(), "b.txt", "وقال الهملان إن الحوار مستمر.\n");
    let c = write(dir.path(), "c.txt", "وقال المسلم إن الحوار مستمر.\n");
    let d = write(dir.path(), "d.txt", "التقى أحمد المسلم وخالد المسلم.\n");
    sidecar(&a, &[("سيف الهملان", Label::Person)]);
    sidecar(&b, &[("الهملان", Label::Person)]);
    sidecar(&c, &[("المسلم", Label::Person)]);
    sidecar(
        &d,
        &[
            ("أحمد المسلم", Label::Person),
            ("خالد المسلم", Label::Person),
        ],
    );
    let mut lib = library_in(dir.path());
    add(&mut lib, &[dir.path().to_owned()]);
    assert_eq!(entity(&lib, "سيف الهملان").unwrap().articles, 2);
    assert!(entity(&lib, "الهملان").is_none());
    assert_eq!(
        entity(&lib, "المسلم").map(|e| e.articles),
        Some(1),
        "two persons end in «المسلم»: it stays alone"
    );
}

#[test]
fn an_acronym_in_brackets_joins_its_organisation() {
    let dir = tempfile::tempdir().unwrap();
    let a = write(
        dir.path(),
        "a.txt",
        "أعلن مجلس التعاون الخليجي (GCC) عن قمة.\n",
    );
    let b = write(dir.path(), "b.txt", "وقالت GCC إن القمة مهمة.\n");
    sidecar(&a, &[("مجلس التعاون الخليجي", Label::Org)]);
    sidecar(&b, &[("GCC", Label::Org)]);
    let mut lib = library_in(dir.path());
    add(&mut lib, &[dir.path().to_owned()]);
    let org = entity(&lib, "مجلس التعاون الخليجي").unwrap();
    assert_eq!(org.articles, 2, "{:?}", lib.entities(None).unwrap());
    assert!(org.aliases.contains(&"GCC".to_owned()));
}

#[test]
fn re_adding_unchanged_files_indexes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "a.txt", HAMLAN_DOHA);
    write(dir.path(), "b.txt", HAMLAN_KUWAIT);
    let mut lib = library_in(dir.path());
    add(&mut lib, &[dir.path().to_owned()]);
    let before = figures(&lib);
    let again = add(&mut lib, &[dir.path().to_owned()]);
    assert_eq!((again.indexed, again.unchanged), (0, 2), "{again:?}");
    assert_eq!(figures(&lib), before);
}

#[test]
fn a_changed_file_is_re_indexed() {
    let dir = tempfile::tempdir().unwrap();
    let a = write(dir.path(), "a.txt", HAMLAN_KUWAIT);
    write(dir.path(), "b.txt", RIYADH);
    let mut lib = library_in(dir.path());
    add(&mut lib, &[dir.path().to_owned()]);
    assert!(entity(&lib, "الكويت").is_some());
    std::fs::write(&a, RIYADH.replace("محمد", "خالد")).unwrap();
    let again = add(&mut lib, &[dir.path().to_owned()]);
    assert_eq!((again.indexed, again.unchanged), (1, 1), "{again:?}");
    assert!(
        entity(&lib, "الكويت").is_none(),
        "the old index is replaced"
    );
    assert_eq!(entity(&lib, "الرياض").unwrap().articles, 2);
    assert!(
        lib.search("الكويت", 10).unwrap().is_empty(),
        "and its words"
    );
    assert_eq!(lib.search("خالد", 10).unwrap().len(), 1);
}

#[test]
fn a_file_that_fails_is_listed_and_the_rest_indexed() {
    let dir = tempfile::tempdir().unwrap();
    let bad = write(dir.path(), "broken.docx", "this is no zip archive");
    write(dir.path(), "a.txt", HAMLAN_DOHA);
    let mut lib = library_in(dir.path());
    let summary = add(&mut lib, &[dir.path().to_owned()]);
    assert_eq!(summary.indexed, 1);
    assert_eq!(summary.failed.len(), 1);
    assert_eq!(summary.failed[0].0, bad.canonicalize().unwrap());
    let rows = lib.articles().unwrap();
    let broken = rows
        .iter()
        .find(|r| r.path.ends_with("broken.docx"))
        .unwrap();
    assert!(broken.error.is_some());
    assert!(entity(&lib, "سيف الهملان").is_some());
    let again = add(&mut lib, &[dir.path().to_owned()]);
    assert_eq!(
        (again.unchanged, again.failed.len()),
        (1, 1),
        "still listed"
    );
}

#[test]
fn a_deleted_file_shows_as_missing_not_as_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let a = write(dir.path(), "a.txt", HAMLAN_DOHA);
    write(dir.path(), "b.txt", HAMLAN_KUWAIT);
    let mut lib = library_in(dir.path());
    add(&mut lib, &[dir.path().to_owned()]);
    std::fs::remove_file(&a).unwrap();
    let again = add(&mut lib, &[dir.path().to_owned()]);
    assert_eq!(again.missing, 1);
    assert!(again.failed.is_empty());
    let rows = lib.articles().unwrap();
    let gone = rows.iter().find(|r| r.path.ends_with("a.txt")).unwrap();
    assert!(gone.missing && gone.error.is_none());
    // It comes back unchanged when restored.
    write(dir.path(), "a.txt", HAMLAN_DOHA);
    let back = add(&mut lib, &[dir.path().to_owned()]);
    assert_eq!((back.missing, back.unchanged), (0, 2));
    assert!(lib.articles().unwrap().iter().all(|r| !r.missing));
}

#[test]
fn a_sidecars_annotations_win_over_extraction() {
    let dir = tempfile::tempdir().unwrap();
    let a = write(dir.path(), "a.txt", HAMLAN_DOHA);
    sidecar(&a, &[("رئيس الأركان", Label::Org)]);
    let mut lib = library_in(dir.path());
    add(&mut lib, &[dir.path().to_owned()]);
    let names: Vec<String> = lib
        .entities(None)
        .unwrap()
        .into_iter()
        .map(|e| e.canonical)
        .collect();
    assert_eq!(names, ["رئيس الأركان"]);
    // Changing only the sidecar re-indexes the article.
    sidecar(&a, &[("الدوحة", Label::Location)]);
    let again = add(&mut lib, &[dir.path().to_owned()]);
    assert_eq!(again.indexed, 1);
    assert_eq!(entity(&lib, "الدوحة").unwrap().mentions, 1);
}

#[test]
fn an_interrupted_add_resumes_to_the_counts_of_a_clean_run() {
    let dir = tempfile::tempdir().unwrap();
    let news = dir.path().join("news");
    for i in 0..12 {
        let text = [HAMLAN_DOHA, HAMLAN_KUWAIT, RIYADH][i % 3];
        write(&news, &format!("{i:02}.txt"), &format!("{text}العدد {i}\n"));
    }
    let clean_dir = tempfile::tempdir().unwrap();
    let mut clean = library_in(clean_dir.path());
    add(&mut clean, std::slice::from_ref(&news));

    let mut lib = library_in(dir.path());
    let cancel = AtomicBool::new(false);
    let summary = lib
        .add(
            std::slice::from_ref(&news),
            extractor(),
            &options(),
            &|p| {
                if p.done >= 3 {
                    cancel.store(true, Ordering::Relaxed);
                }
            },
            &cancel,
        )
        .unwrap();
    assert!(summary.cancelled);
    assert!(summary.indexed < 12, "{summary:?}");
    assert!(
        entity(&lib, "سيف الهملان").is_some(),
        "what a cancelled add indexed shows with its entities"
    );
    let path = lib.path().to_owned();
    drop(lib);
    // A connection that dies inside a transaction leaves nothing behind.
    {
        let raw = rusqlite::Connection::open(&path).unwrap();
        raw.execute_batch("BEGIN; DELETE FROM articles; DELETE FROM units;")
            .unwrap();
    }
    let mut lib = sahifa_library::Library::open(&path).unwrap();
    let resumed = add(&mut lib, std::slice::from_ref(&news));
    assert_eq!(resumed.indexed + resumed.unchanged, 12);
    assert_eq!(resumed.indexed, 12 - summary.indexed);
    assert_eq!(figures(&lib), figures(&clean));
}

#[test]
fn a_symlink_loop_in_an_added_folder_is_walked_once() {
    let dir = tempfile::tempdir().unwrap();
    let news = dir.path().join("news");
    write(&news, "a.txt", HAMLAN_DOHA);
    std::os::unix::fs::symlink(&news, news.join("loop")).unwrap();
    let mut lib = library_in(dir.path());
    let summary = add(&mut lib, std::slice::from_ref(&news));
    assert_eq!(summary.indexed, 1, "{summary:?}");
    assert_eq!(lib.articles().unwrap().len(), 1);
}

#[test]
fn a_moved_article_is_found_at_its_new_path_and_counted_once() {
    let dir = tempfile::tempdir().unwrap();
    let news = dir.path().join("news");
    let a = write(&news, "a.txt", HAMLAN_DOHA);
    write(&news, "b.txt", HAMLAN_KUWAIT);
    let mut lib = library_in(dir.path());
    add(&mut lib, std::slice::from_ref(&news));
    let before = figures(&lib);
    std::fs::create_dir_all(news.join("2026")).unwrap();
    std::fs::rename(&a, news.join("2026").join("a.txt")).unwrap();
    let again = add(&mut lib, std::slice::from_ref(&news));
    assert_eq!(again.missing, 0, "{again:?}");
    let rows = lib.articles().unwrap();
    assert_eq!(rows.len(), 2);
    assert!(
        rows.iter()
            .any(|r| r.path.ends_with("2026/a.txt") && !r.missing)
    );
    assert_eq!(figures(&lib), before);
}

#[test]
fn an_entity_that_loses_an_article_is_counted_again() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "a.txt", HAMLAN_DOHA);
    let b = write(dir.path(), "b.txt", HAMLAN_KUWAIT);
    let mut lib = library_in(dir.path());
    add(&mut lib, &[dir.path().to_owned()]);
    let before = entity(&lib, "سيف الهملان").unwrap();
    assert_eq!(before.articles, 2);
    std::fs::write(&b, RIYADH.replace("محمد الهملان", "خالد")).unwrap();
    add(&mut lib, &[dir.path().to_owned()]);
    let after = entity(&lib, "سيف الهملان").unwrap();
    assert_eq!(
        (after.id, after.articles, after.mentions),
        (before.id, 1, 2)
    );
    assert_eq!(lib.articles_of(after.id).unwrap().len(), 1);
}

#[test]
fn a_family_name_finds_the_full_name_it_never_stood_alone_in() {
    let dir = tempfile::tempdir().unwrap();
    let a = write(dir.path(), "a.txt", "وصل كولن باول إلى الدوحة أمس.\n");
    sidecar(&a, &[("كولن باول", Label::Person)]);
    let mut lib = library_in(dir.path());
    add(&mut lib, &[dir.path().to_owned()]);
    let found: Vec<String> = lib
        .find_entities("باول")
        .unwrap()
        .into_iter()
        .map(|e| e.canonical)
        .collect();
    assert_eq!(found, vec!["كولن باول".to_owned()]);
    assert!(
        lib.find_entities("ول").unwrap().is_empty(),
        "only at a word start"
    );
}
