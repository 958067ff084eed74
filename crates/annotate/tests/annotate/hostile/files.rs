//! Hostile sidecars, read-only files, huge entity ids, brat files with odd references.

use std::os::unix::fs::PermissionsExt;
use std::path::Path;

use sahifa_annotate::export::{ExportFormat, import_brat, to_brat, write_export};
use sahifa_annotate::sidecar::{parse_sidecar, read_sidecar_file, sidecar_file_for};
use sahifa_annotate::{
    Edit, JoinEntity, LoadWarning, SaveError, SidecarError, load_sidecar, save_sidecar,
    save_sidecar_keeping, save_sidecar_replacing, sidecar_path_for,
};
use sahifa_model::{Annotations, Document, Entity, EntityId, Label, Mention, MentionStatus};

use super::{snapshot, write};

const TEXT: &str = "قال محمد في الدوحة ثم عاد محمد إلى الدوحة\n";

/// An article on disk with `doc` pointing at it.
fn article(dir: &Path) -> (std::path::PathBuf, Document) {
    let path = dir.join("a.txt");
    write(&path, TEXT);
    let mut doc = Document::from_plain_text(TEXT);
    doc.source.path = Some(path.clone());
    (sidecar_path_for(&path), doc)
}

fn mention(doc: &Document, start: usize, end: usize, label: Label, id: Option<u32>) -> Mention {
    Mention {
        range: doc.text.range(start, end).unwrap(),
        label,
        entity: id.map(EntityId),
        status: MentionStatus::Manual,
    }
}

fn entity(id: u32, label: Label, name: &str) -> Entity {
    Entity {
        id: EntityId(id),
        label,
        name: name.to_owned(),
        title: None,
        note: None,
    }
}

#[test]
fn a_new_entity_after_id_u32_max_gets_a_free_id_and_the_save_reloads_and_exports() {
    let dir = tempfile::tempdir().unwrap();
    let (sidecar, doc) = article(dir.path());
    let mut ann = Annotations {
        entities: vec![
            entity(0, Label::Title, "قال"),
            entity(u32::MAX, Label::Location, "الدوحة"),
        ],
        mentions: vec![
            mention(&doc, 0, 3, Label::Title, Some(0)),
            mention(&doc, 12, 18, Label::Location, Some(u32::MAX)),
        ],
    };
    save_sidecar(&sidecar, &doc, &ann).unwrap();
    let mut ann_loaded = load_sidecar(&sidecar, &doc).unwrap().annotations;
    assert_eq!(ann_loaded, {
        ann.sort_mentions();
        ann
    });
    // Mark «محمد» as a new PERSON.
    let edit = Edit::AddMention {
        range: doc.text.range(4, 8).unwrap(),
        label: Label::Person,
        entity: JoinEntity::New {
            name: "محمد".to_owned(),
        },
    };
    edit.apply(&mut ann_loaded).unwrap();
    let person = ann_loaded.mentions[1].entity.unwrap();
    assert!(person != EntityId(0) && person != EntityId(u32::MAX));
    assert_eq!(ann_loaded.entity(EntityId(0)).unwrap().label, Label::Title);
    save_sidecar(&sidecar, &doc, &ann_loaded).unwrap();
    let again = load_sidecar(&sidecar, &doc).unwrap().annotations;
    assert_eq!(again.entities.len(), 3);
    assert_eq!(again.entity(person).unwrap().label, Label::Person);
    assert!(to_brat(&doc, &again).ann.contains("sahifa:4294967295"));
}

#[test]
fn a_sidecar_with_one_entity_id_twice_is_refused_clearly() {
    let dir = tempfile::tempdir().unwrap();
    let (sidecar, doc) = article(dir.path());
    let ann = Annotations {
        entities: vec![
            entity(5, Label::Title, "قال"),
            entity(5, Label::Person, "محمد"),
        ],
        mentions: vec![],
    };
    let file = sidecar_file_for(&doc, &ann, &[]).unwrap();
    let bytes = serde_json::to_vec(&file).unwrap();
    let err = parse_sidecar(&sidecar, &bytes).unwrap_err();
    assert!(matches!(err, SidecarError::Invalid { .. }));
    assert!(
        err.to_string().contains("entity id 5 is used twice"),
        "{err}"
    );
}

#[test]
fn brat_import_with_huge_or_padded_entity_ids_never_repeats_an_id() {
    let doc = Document::from_plain_text(TEXT);
    let ann = "T1\tTITLE 0 3\tقال\nT2\tPERSON 4 8\tمحمد\nT3\tLOCATION 12 18\tالدوحة\n\
               T4\tPERSON 26 30\tمحمد\n\
               N1\tReference T1 sahifa:4294967295\tقال\nN2\tReference T2 wiki:Q1\tمحمد\n\
               N3\tReference T3 sahifa:7\tالدوحة\nN4\tReference T4 sahifa:07\tمحمد\n";
    let imported = import_brat(&doc.text, ann).unwrap().annotations;
    let mut ids: Vec<u32> = imported.entities.iter().map(|e| e.id.0).collect();
    ids.sort_unstable();
    let before = ids.len();
    ids.dedup();
    assert_eq!(ids.len(), before, "{:?}", imported.entities);
    // `sahifa:7` and `sahifa:07` are one entity; `wiki:Q1` got an id nobody else has.
    assert_eq!(imported.entities.len(), 3);
    assert_eq!(imported.mentions[2].entity, imported.mentions[3].entity);
}

/// Runs `f` with `path`'s permission bits set to `mode`, then restores them.
fn with_mode<T>(path: &Path, mode: u32, f: impl FnOnce() -> T) -> T {
    let old = std::fs::metadata(path).unwrap().permissions();
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
    let result = f();
    std::fs::set_permissions(path, old).unwrap();
    result
}

#[test]
fn save_refuses_a_read_only_sidecar_even_as_root_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let (sidecar, doc) = article(dir.path());
    save_sidecar(&sidecar, &doc, &Annotations::default()).unwrap();
    let before = snapshot(dir.path());
    let ann = Annotations {
        entities: vec![entity(0, Label::Person, "محمد")],
        mentions: vec![mention(&doc, 4, 8, Label::Person, Some(0))],
    };
    let result = with_mode(&sidecar, 0o444, || save_sidecar(&sidecar, &doc, &ann));
    match result {
        Err(SaveError::ReadOnly { path, folder }) => {
            assert_eq!(path, sidecar);
            assert!(!folder);
        }
        other => panic!("expected ReadOnly, got {other:?}"),
    }
    assert_eq!(snapshot(dir.path()), before);
}

#[test]
fn save_refuses_a_read_only_folder_even_as_root_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("ro");
    std::fs::create_dir(&folder).unwrap();
    let (sidecar, doc) = article(&folder);
    let before = snapshot(dir.path());
    let result = with_mode(&folder, 0o555, || {
        save_sidecar(&sidecar, &doc, &Annotations::default())
    });
    let err = result.unwrap_err();
    assert!(
        matches!(err, SaveError::ReadOnly { folder: true, .. }),
        "{err:?}"
    );
    assert!(err.to_string().contains("read-only"), "{err}");
    assert_eq!(snapshot(dir.path()), before);
}

#[test]
fn save_and_replace_succeeds_over_a_newer_schema_sidecar_and_keeps_a_copy() {
    let dir = tempfile::tempdir().unwrap();
    let (sidecar, doc) = article(dir.path());
    let newer = r#"{"format": "sahifa-annotations", "version": 99999999999, "document": {}}"#;
    write(&sidecar, newer);
    // The number is reported as written, not clipped to 4294967295.
    let err = load_sidecar(&sidecar, &doc).unwrap_err();
    assert!(
        err.to_string().contains("schema version 99999999999"),
        "{err}"
    );
    // A plain save (autosave) never overwrites it…
    let ann = Annotations::default();
    let err = save_sidecar_keeping(&sidecar, &doc, &ann, &[]).unwrap_err();
    assert!(matches!(
        err,
        SaveError::NewerVersionOnDisk {
            found: 99_999_999_999,
            ..
        }
    ));
    assert_eq!(std::fs::read_to_string(&sidecar).unwrap(), newer);
    // …«Save and replace» does, keeping the newer file aside.
    let copy = save_sidecar_replacing(&sidecar, &doc, &ann, &[])
        .unwrap()
        .unwrap();
    assert_eq!(std::fs::read_to_string(copy).unwrap(), newer);
    assert!(load_sidecar(&sidecar, &doc).is_ok());
}

#[test]
fn an_unchanged_article_with_offsets_out_of_range_is_not_called_changed() {
    let dir = tempfile::tempdir().unwrap();
    let (sidecar, doc) = article(dir.path());
    let ann = Annotations {
        entities: vec![],
        mentions: vec![mention(&doc, 4, 8, Label::Person, None)],
    };
    save_sidecar(&sidecar, &doc, &ann).unwrap();
    let mut file = read_sidecar_file(&sidecar).unwrap();
    file.mentions[0].start = 400;
    file.mentions[0].end = 404;
    write(&sidecar, &serde_json::to_string(&file).unwrap());
    let loaded = load_sidecar(&sidecar, &doc).unwrap();
    let said: Vec<String> = loaded.warnings.iter().map(ToString::to_string).collect();
    assert_eq!(said.len(), 1, "{said:?}");
    assert!(said[0].contains("offsets out of range"), "{said:?}");
    assert!(!said[0].contains("changed"), "{said:?}");
}

#[test]
fn a_mention_saved_twice_is_kept_once_where_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let (sidecar, doc) = article(dir.path());
    let ann = Annotations {
        entities: vec![entity(0, Label::Person, "محمد")],
        mentions: vec![mention(&doc, 4, 8, Label::Person, Some(0))],
    };
    save_sidecar(&sidecar, &doc, &ann).unwrap();
    let mut file = read_sidecar_file(&sidecar).unwrap();
    file.mentions.push(file.mentions[0].clone());
    write(&sidecar, &serde_json::to_string(&file).unwrap());
    let loaded = load_sidecar(&sidecar, &doc).unwrap();
    // Not moved to the other «محمد» at 26..30.
    assert_eq!(loaded.annotations, ann);
    assert_eq!(
        loaded.warnings,
        [LoadWarning::DuplicateMentions { count: 1 }]
    );
}

#[test]
fn brat_export_from_the_app_never_replaces_a_different_txt() {
    let dir = tempfile::tempdir().unwrap();
    let (_, doc) = article(dir.path());
    write(&dir.path().join("out/notes.txt"), "MY OWN NOTES");
    let before = snapshot(dir.path());
    let target = dir.path().join("out/notes.ann");
    let err = write_export(ExportFormat::Brat, &doc, &Annotations::default(), &target);
    assert!(matches!(err, Err(SaveError::Exists { .. })), "{err:?}");
    assert_eq!(snapshot(dir.path()), before);
    // The same name with the article's text in it (an earlier export) is fine.
    write(&dir.path().join("out/notes.txt"), TEXT);
    write_export(ExportFormat::Brat, &doc, &Annotations::default(), &target).unwrap();
    // `a.v1` keeps its name: `a.v1.txt` + `a.v1.ann`.
    let files = write_export(
        ExportFormat::Brat,
        &doc,
        &Annotations::default(),
        &dir.path().join("out/a.v1"),
    )
    .unwrap();
    assert_eq!(files[0], dir.path().join("out/a.v1.txt"));
    assert_eq!(files[1], dir.path().join("out/a.v1.ann"));
}

#[test]
fn an_article_named_near_the_length_limit_saves_twice_with_a_backup_and_reloads() {
    let dir = tempfile::tempdir().unwrap();
    // 4 + 246 + 4 = 254 bytes: a legal name, too long to take «.sahifa.json» or «.bak».
    for stem in ["news", "خبر"] {
        let name = format!("{}{}.txt", stem, "ع".repeat(123 - stem.len() / 2));
        assert!(name.len() <= 255 && name.len() >= 250, "{}", name.len());
        let path = dir.path().join(&name);
        write(&path, TEXT);
        let mut doc = Document::from_plain_text(TEXT);
        doc.source.path = Some(path.clone());
        let sidecar = sidecar_path_for(&path);
        let ann = Annotations {
            entities: vec![entity(1, Label::Person, "محمد")],
            mentions: vec![mention(&doc, 4, 8, Label::Person, Some(1))],
        };
        save_sidecar(&sidecar, &doc, &ann).unwrap();
        save_sidecar(&sidecar, &doc, &ann).unwrap();
        let loaded = load_sidecar(&sidecar_path_for(&path), &doc).unwrap();
        assert_eq!(loaded.annotations, ann);
        assert!(sahifa_annotate::safe_write::backup_path_for(&sidecar).is_file());
        for entry in std::fs::read_dir(dir.path()).unwrap() {
            let entry = entry.unwrap().file_name();
            assert!(!entry.to_string_lossy().contains(".tmp-"), "{entry:?} left");
        }
    }
}

#[test]
fn a_sidecar_of_ten_gigabytes_or_a_named_pipe_is_refused_unread_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let (sidecar, doc) = article(dir.path());
    // Sparse: no room on disk, ten gigabytes in memory if read.
    std::fs::File::create(&sidecar)
        .unwrap()
        .set_len(10_000_000_000)
        .unwrap();
    let started = std::time::Instant::now();
    match load_sidecar(&sidecar, &doc) {
        Err(SidecarError::TooLarge { size, .. }) => assert_eq!(size, 10_000_000_000),
        other => panic!("expected TooLarge, got {:?}", other.map(|_| ())),
    }
    std::fs::remove_file(&sidecar).unwrap();
    let made = std::process::Command::new("mkfifo").arg(&sidecar).status();
    assert!(made.is_ok_and(|s| s.success()), "mkfifo failed");
    match load_sidecar(&sidecar, &doc) {
        Err(SidecarError::Io { source, .. }) => {
            assert!(
                source.to_string().contains("not a regular file"),
                "{source}"
            );
        }
        other => panic!("expected Io, got {:?}", other.map(|_| ())),
    }
    assert!(started.elapsed().as_secs() < 5, "{:?}", started.elapsed());
}
