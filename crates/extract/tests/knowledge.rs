//! The personal knowledge store: taught names are found in new articles, rejected strings
//! are not proposed, a damaged or newer file is never overwritten silently, and two
//! writers at once lose nothing.

#![allow(
    clippy::unwrap_used,
    reason = "test helpers: a panic is a test failure with its message"
)]

use std::path::{Path, PathBuf};

use sahifa_extract::Extractor;
use sahifa_extract::knowledge::{KnowledgeError, KnowledgeStore, Lesson, lesson_from_file};
use sahifa_model::{Annotations, Label, Mention, MentionStatus, TextRange};

fn store_path(dir: &tempfile::TempDir) -> PathBuf {
    dir.path().join("sahifa").join("knowledge.json")
}

/// `(text, label)` of every mention.
fn mentions(text: &str, ann: &Annotations) -> Vec<(String, Label)> {
    let chars: Vec<char> = text.chars().collect();
    ann.mentions
        .iter()
        .map(|m| {
            let s: String = chars[m.range.start()..m.range.end()].iter().collect();
            (s, m.label)
        })
        .collect()
}

fn has(text: &str, ann: &Annotations, name: &str, label: Label) -> bool {
    mentions(text, ann)
        .iter()
        .any(|(s, l)| s == name && *l == label)
}

fn mention(text: &str, name: &str, label: Label, status: MentionStatus) -> Mention {
    let byte = text.find(name).unwrap();
    let start = text[..byte].chars().count();
    let range = TextRange::new(start, start + name.chars().count(), text.chars().count()).unwrap();
    Mention {
        range,
        label,
        entity: None,
        status,
    }
}

#[test]
fn a_taught_name_is_found_in_a_new_article_with_a_clitic_and_another_alef() {
    let dir = tempfile::tempdir().unwrap();
    let saved = "وقعت شركة أوبتيموم للحلول عقدا جديدا.";
    let ann = Annotations {
        entities: vec![],
        mentions: vec![mention(
            saved,
            "أوبتيموم للحلول",
            Label::Org,
            MentionStatus::Manual,
        )],
    };
    let mut store = KnowledgeStore::open(&store_path(&dir)).unwrap();
    store.learn(&Lesson::from_annotations(saved, &ann));
    store.save().unwrap();

    let article =
        "وأعلنت وأوبتيموم للحلول أمس عن أرباحها، وقال مدير اوبتيموم  للحلول إن العام كان جيدا.";
    let ex = Extractor::shipped().unwrap();
    let before = ex.extract(article);
    assert!(!has(article, &before, "أوبتيموم للحلول", Label::Org));

    let reopened = KnowledgeStore::open(&store_path(&dir)).unwrap();
    let ex = ex.with_knowledge(&reopened);
    let after = ex.extract(article);
    let found = mentions(article, &after);
    assert!(
        has(article, &after, "أوبتيموم للحلول", Label::Org),
        "the clitic «و» stays out of the name: {found:?}"
    );
    assert!(
        has(article, &after, "اوبتيموم  للحلول", Label::Org),
        "plain alef, two spaces: {found:?}"
    );
    let k = ex.knowledge().unwrap();
    assert_eq!(k.taught_label("اوبتيموم للحلول"), Some(Label::Org));
    assert_eq!(k.taught_label("قطر"), None);
}

#[test]
fn a_retyped_mention_is_taught_under_its_new_label_and_auto_ones_teach_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let text = "التقى الهملان مع فريق النجمة في الكويت.";
    let mut store = KnowledgeStore::open(&store_path(&dir)).unwrap();
    store.teach("النجمة", Label::Person);
    let ann = Annotations {
        entities: vec![],
        mentions: vec![
            mention(text, "الهملان", Label::Person, MentionStatus::Auto),
            mention(text, "النجمة", Label::Org, MentionStatus::Confirmed),
        ],
    };
    store.learn(&Lesson::from_annotations(text, &ann));
    assert_eq!(store.taught_label("النجمه"), Some(Label::Org));
    assert_eq!(store.taught_label("الهملان"), None);
}

#[test]
fn a_rejected_string_is_not_proposed_again() {
    let text = "وصل الوفد إلى قطر أمس، وقال وزير خارجية قطر إن المحادثات مثمرة.";
    let ex = Extractor::shipped().unwrap();
    let before = ex.extract(text);
    assert!(
        has(text, &before, "قطر", Label::Location),
        "{:?}",
        mentions(text, &before)
    );

    let dir = tempfile::tempdir().unwrap();
    let mut store = KnowledgeStore::open(&store_path(&dir)).unwrap();
    let ann = Annotations {
        entities: vec![],
        mentions: vec![mention(
            text,
            "قطر",
            Label::Location,
            MentionStatus::Rejected,
        )],
    };
    let done = store.learn(&Lesson::from_annotations(text, &ann));
    assert_eq!(done.rejected, 1);
    store.save().unwrap();
    let store = KnowledgeStore::open(&store_path(&dir)).unwrap();
    let ex = ex.with_knowledge(&store);
    let after = ex.extract(text);
    assert!(
        !mentions(text, &after).iter().any(|(s, _)| s == "قطر"),
        "{:?}",
        mentions(text, &after)
    );
    assert!(ex.knowledge().unwrap().is_rejected("قَطَر", Label::Location));

    // Teaching it again undoes the rejection.
    let mut store = store;
    store.teach("قطر", Label::Location);
    ex.set_knowledge(&store);
    assert!(has(text, &ex.extract(text), "قطر", Label::Location));
}

#[test]
fn a_pronoun_taught_as_a_person_is_never_proposed_alone() {
    // ANERcorp's gold once tags a quoted speaker's «أنا» as a person; taught from such a
    // file, it made «أنا» a person in every later article.
    let dir = tempfile::tempdir().unwrap();
    let ex = Extractor::shipped().unwrap();
    let mut store = KnowledgeStore::open(&store_path(&dir)).unwrap();
    for _ in 0..3 {
        store.teach("أنا", Label::Person);
        store.teach("نحن", Label::Person);
    }
    ex.set_knowledge(&store);
    let text = "وقال: أنا لا أعرف، ونحن ننتظر القرار.";
    let ann = ex.extract(text);
    assert!(!has(text, &ann, "أنا", Label::Person));
    assert!(!has(text, &ann, "ونحن", Label::Person) && !has(text, &ann, "نحن", Label::Person));
}

#[test]
fn a_single_common_word_is_searched_only_after_two_lessons() {
    let dir = tempfile::tempdir().unwrap();
    let text = "قال إنه سيعود في العام الماضي إلى البلاد.";
    let ex = Extractor::shipped().unwrap();
    let mut store = KnowledgeStore::open(&store_path(&dir)).unwrap();
    store.teach("الماضي", Label::Person);
    store.teach("فإن", Label::Person);
    store.teach("فإن", Label::Person);
    ex.set_knowledge(&store);
    let ann = ex.extract(text);
    assert!(!has(text, &ann, "الماضي", Label::Person));
    assert_eq!(
        store.taught_label("الماضي"),
        Some(Label::Person),
        "still listed"
    );
    let text2 = "وقال فإن الأمر انتهى.";
    assert!(
        !has(text2, &ex.extract(text2), "فإن", Label::Person),
        "a particle never"
    );
}

#[test]
fn a_damaged_store_is_kept_as_a_bak_with_a_clear_message_and_never_overwritten() {
    let dir = tempfile::tempdir().unwrap();
    let path = store_path(&dir);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    let garbage = b"{\"format\": \"sahifa-knowledge\", \"version\": 1, \"taught\": [ {\"te";
    std::fs::write(&path, garbage).unwrap();

    // A read-only load refuses it and changes nothing.
    let err = KnowledgeStore::load(&path).unwrap_err();
    assert!(matches!(err, KnowledgeError::Damaged { .. }), "{err}");
    assert!(err.to_string().contains("damaged"), "{err}");
    assert_eq!(std::fs::read(&path).unwrap(), garbage);

    let mut store = KnowledgeStore::open(&path).unwrap();
    let r = store.recovered().expect("a recovery notice").clone();
    let bak = path.with_file_name("knowledge.json.bak");
    assert_eq!(r.backup, bak);
    assert!(r.to_string().contains("damaged"), "{r}");
    assert!(r.to_string().contains("knowledge.json.bak"), "{r}");
    assert_eq!(std::fs::read(&bak).unwrap(), garbage);
    assert_eq!(store.taught().count(), 0);
    store.teach("سيف الهملان", Label::Person);
    store.save().unwrap();

    // A second damage gets a new backup name: the first is not replaced.
    std::fs::write(&path, b"not json").unwrap();
    let store = KnowledgeStore::open(&path).unwrap();
    let second = store.recovered().unwrap().backup.clone();
    assert_eq!(second, path.with_file_name("knowledge.json.bak.1"));
    assert_eq!(std::fs::read(&bak).unwrap(), garbage);
    assert_eq!(std::fs::read(&second).unwrap(), b"not json");
}

#[test]
fn a_store_from_a_newer_version_is_refused_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = store_path(&dir);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    let newer = br#"{"format": "sahifa-knowledge", "version": 2, "names": {}}"#;
    std::fs::write(&path, newer).unwrap();
    let err = KnowledgeStore::open(&path).unwrap_err();
    assert!(
        matches!(err, KnowledgeError::NewerVersion { found: 2, .. }),
        "{err}"
    );
    assert!(err.to_string().contains("newer"), "{err}");

    // A store opened before the newer Sahifa wrote it cannot overwrite it either.
    let mut old = KnowledgeStore::empty(&path);
    old.teach("قطر", Label::Location);
    assert!(matches!(
        old.save(),
        Err(KnowledgeError::NewerVersion { .. })
    ));
    assert_eq!(std::fs::read(&path).unwrap(), newer);
}

#[test]
fn two_writers_saving_at_once_lose_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = store_path(&dir);
    let per_writer = 40;
    let writer = |w: usize, path: PathBuf| {
        std::thread::spawn(move || {
            let mut store = KnowledgeStore::open(&path).unwrap();
            for i in 0..per_writer {
                store.teach(&format!("اسم{w} رقم{i}"), Label::Person);
                store.save().unwrap();
            }
        })
    };
    let a = writer(1, path.clone());
    let b = writer(2, path.clone());
    a.join().unwrap();
    b.join().unwrap();
    let store = KnowledgeStore::load(&path).unwrap();
    assert_eq!(store.taught().count(), 2 * per_writer);
    for w in 1..=2 {
        for i in 0..per_writer {
            let name = format!("اسم{w} رقم{i}");
            assert_eq!(store.taught_label(&name), Some(Label::Person), "{name}");
        }
    }
    // No temporary file is left behind.
    let names: Vec<_> = std::fs::read_dir(path.parent().unwrap())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(names.iter().all(|n| !n.contains(".tmp")), "{names:?}");
}

#[test]
fn forget_and_reset_keep_a_backup() {
    let dir = tempfile::tempdir().unwrap();
    let path = store_path(&dir);
    let mut store = KnowledgeStore::open(&path).unwrap();
    store.teach("سيف الهملان", Label::Person);
    store.teach("قطر", Label::Location);
    store.reject("الماضي", None);
    store.save().unwrap();
    assert_eq!(store.forget("سَيف الهملان"), 1);
    store.save().unwrap();
    let store2 = KnowledgeStore::load(&path).unwrap();
    assert_eq!(store2.taught().count(), 1);
    let before = std::fs::read(&path).unwrap();
    let mut store = store2;
    let bak = store.reset().unwrap().unwrap();
    assert_eq!(std::fs::read(bak).unwrap(), before);
    let empty = KnowledgeStore::load(&path).unwrap();
    assert_eq!(empty.taught().count() + empty.rejected().count(), 0);
}

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p
}

#[test]
fn files_teach_sidecars_brat_and_jsonl() {
    let dir = tempfile::tempdir().unwrap();
    let sidecar = write(
        dir.path(),
        "a.txt.sahifa.json",
        r#"{"format": "sahifa-annotations", "version": 1,
            "document": {"format": "text", "encoding": "UTF-8", "content_hash": "0", "char_len": 9},
            "mentions": [
              {"start": 0, "end": 3, "label": "ORG", "status": "manual", "quote": {"exact": "فيفا"}},
              {"start": 4, "end": 8, "label": "PERSON", "status": "rejected", "quote": {"exact": "الماضي"}},
              {"start": 4, "end": 8, "label": "LOCATION", "status": "auto", "quote": {"exact": "قطر"}}
            ]}"#,
    );
    let l = lesson_from_file(&sidecar).unwrap();
    assert_eq!(l.names().collect::<Vec<_>>(), [("فيفا", Label::Org)]);
    assert_eq!(
        l.rejections().collect::<Vec<_>>(),
        [("الماضي", Some(Label::Person))]
    );

    let ann = write(
        dir.path(),
        "b.ann",
        "T1\tPERSON 0 11\tسيف الهملان\nT2\tLOC 17 20\tقطر\n#1\tAnnotatorNotes T1\tnote\n",
    );
    let l = lesson_from_file(&ann).unwrap();
    assert_eq!(
        l.names().collect::<Vec<_>>(),
        [("سيف الهملان", Label::Person), ("قطر", Label::Location)]
    );

    let jsonl = write(
        dir.path(),
        "c.jsonl",
        concat!(
            r#"{"text": "زار سيف الهملان قطر", "spans": [{"start": 4, "end": 15, "label": "PERSON"}]}"#,
            "\n",
            "not json\n",
        ),
    );
    let l = lesson_from_file(&jsonl).unwrap();
    assert_eq!(
        l.names().collect::<Vec<_>>(),
        [("سيف الهملان", Label::Person)]
    );
    assert_eq!(l.warnings.len(), 1);
    assert!(lesson_from_file(&write(dir.path(), "d.csv", "x")).is_err());
}

/// `sahifa-ner` with `XDG_DATA_HOME` (and `HOME`) in `home`, so nothing touches the real
/// user's data folder.
fn ner(home: &Path) -> std::process::Command {
    let mut c = std::process::Command::new(env!("CARGO_BIN_EXE_sahifa-ner"));
    c.env("XDG_DATA_HOME", home.join("data"))
        .env("HOME", home)
        .stderr(std::process::Stdio::null());
    c
}

fn jsonl_teaching(dir: &Path, i: usize) -> PathBuf {
    let name = format!("شركة نمرة{i}");
    let text = format!("وقعت {name} عقدا.");
    let start = "وقعت ".chars().count();
    let end = start + name.chars().count();
    let line =
        serde_json::json!({"text": text, "spans": [{"start": start, "end": end, "label": "ORG"}]});
    write(dir, &format!("t{i}.jsonl"), &format!("{line}\n"))
}

#[test]
fn several_learn_processes_at_once_lose_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let n = 8;
    let files: Vec<PathBuf> = (0..n).map(|i| jsonl_teaching(dir.path(), i)).collect();
    let children: Vec<_> = files
        .iter()
        .map(|f| ner(dir.path()).arg("learn").arg(f).spawn().unwrap())
        .collect();
    for mut c in children {
        assert!(c.wait().unwrap().success());
    }
    // The default store is under XDG_DATA_HOME.
    let path = dir.path().join("data/sahifa/knowledge.json");
    let store = KnowledgeStore::load(&path).unwrap();
    assert_eq!(store.taught().count(), n);
    let out = ner(dir.path()).args(["learn", "--list"]).output().unwrap();
    let list = String::from_utf8(out.stdout).unwrap();
    for i in 0..n {
        assert!(list.contains(&format!("ORG\t1\tشركة نمرة{i}")), "{list}");
    }
}

#[test]
fn extract_uses_the_store_unless_told_not_to() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("k.json");
    let teach = jsonl_teaching(dir.path(), 7);
    let ok = ner(dir.path())
        .args(["learn", "--knowledge"])
        .arg(&store)
        .arg(&teach)
        .status()
        .unwrap();
    assert!(ok.success());
    let article = write(dir.path(), "a.txt", "قال مدير شركة نمرة7 إن الأرباح زادت.");
    let run = |extra: &[&str]| {
        let out = ner(dir.path())
            .args(["extract", "--format", "jsonl"])
            .args(extra)
            .arg(&article)
            .output()
            .unwrap();
        String::from_utf8(out.stdout).unwrap()
    };
    let store_arg = store.to_str().unwrap();
    assert!(run(&["--knowledge", store_arg]).contains("\"text\":\"شركة نمرة7\""));
    assert!(!run(&["--no-knowledge"]).contains("\"text\":\"شركة نمرة7\""));

    let forget = ner(dir.path())
        .args(["learn", "--knowledge", store_arg, "--forget", "شركة نمرة7"])
        .status()
        .unwrap();
    assert!(forget.success());
    assert!(!run(&["--knowledge", store_arg]).contains("\"text\":\"شركة نمرة7\""));
}

#[test]
fn saving_the_same_article_again_does_not_count_its_names_twice() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = KnowledgeStore::open(&store_path(&dir)).unwrap();
    let lesson = |src: &str| {
        let mut l = Lesson::new();
        l.add_name("علي", Label::Person);
        l.with_source(src)
    };
    store.learn(&lesson("a.txt"));
    store.learn(&lesson("a.txt"));
    store.save().unwrap();
    let count = |s: &KnowledgeStore| s.taught().next().map(|t| t.count);
    assert_eq!(count(&store), Some(1));
    let ex = Extractor::shipped().unwrap();
    let text = "سيطر الجيش على المدينة أمس.";
    ex.set_knowledge(&store);
    assert!(
        !has(text, &ex.extract(text), "على", Label::Person),
        "a function word, one source"
    );
    store.learn(&lesson("b.txt"));
    assert_eq!(count(&store), Some(2));
    ex.set_knowledge(&store);
    assert!(
        has(text, &ex.extract(text), "على", Label::Person),
        "two sources: the user insists"
    );
}

/// What the extractor finds in `text` knowing only `names`.
fn knowing(names: &[(&str, Label)], text: &str) -> Vec<(String, Label)> {
    let dir = tempfile::tempdir().unwrap();
    let mut store = KnowledgeStore::open(&store_path(&dir)).unwrap();
    for (n, l) in names {
        store.teach(n, *l);
    }
    let ex = Extractor::shipped().unwrap().with_knowledge(&store);
    mentions(text, &ex.extract(text))
}

#[test]
fn a_taught_name_wins_over_a_longer_mention_the_tagger_ran_past() {
    let text = "وتعادل الفريق مع مضيفه ليون صفر - صفر في المباراة .";
    let found = knowing(&[("ليون", Label::Org)], text);
    assert!(found.contains(&("ليون".into(), Label::Org)), "{found:?}");
    assert!(
        !found.iter().any(|(s, _)| s.contains("صفر")),
        "a number word does not extend the user's name: {found:?}"
    );
}

#[test]
fn a_taught_name_inside_a_headed_or_listed_name_stays_part_of_it() {
    let text = "وأعلن مصرف قطر المركزي أمس خفض الفائدة ، وفاز ريال مدريد على ضيفه .";
    let found = knowing(
        &[("قطر", Label::Location), ("مدريد", Label::Location)],
        text,
    );
    assert!(
        found.contains(&("مصرف قطر المركزي".into(), Label::Org)),
        "{found:?}"
    );
    assert!(
        found.contains(&("ريال مدريد".into(), Label::Org)),
        "{found:?}"
    );
}

#[test]
fn a_mention_joining_another_name_to_a_taught_one_with_wa_is_cut_before_it() {
    let text =
        "وحقق مانشستر يونايتد وليون الفرنسي انطلاقة قوية في البطولة . وفاز ليون على ضيفه بهدفين .";
    let found = knowing(&[("ليون", Label::Org)], text);
    assert!(
        found.contains(&("مانشستر يونايتد".into(), Label::Org)),
        "{found:?}"
    );
    let lyon = found.iter().filter(|m| *m == &("ليون".into(), Label::Org));
    assert_eq!(lyon.count(), 2, "{found:?}");
}

#[test]
fn learn_with_one_unreadable_file_still_teaches_the_others_and_fails() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("k.json");
    let good = jsonl_teaching(dir.path(), 3);
    let missing = dir.path().join("no-such-file.jsonl");
    let out = ner(dir.path())
        .args(["learn", "--knowledge"])
        .arg(&store)
        .arg(&good)
        .arg(&missing)
        .stderr(std::process::Stdio::piped())
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("no-such-file.jsonl"), "{err}");
    assert!(err.contains("1 of 2 files not learnt from"), "{err}");
    let taught = KnowledgeStore::load(&store).unwrap();
    assert_eq!(taught.taught().count(), 1);
}
