//! `export` never writes over an article, a sidecar, another output or a user's file.

use super::{export_in, snapshot, stderr, write};

const TEXT: &str = "قال الرئيس محمد في الدوحة\n";

#[test]
fn brat_export_keeps_the_full_name_and_never_replaces_a_users_file_of_the_same_stem() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(&d.join("a.v1.txt"), TEXT);
    write(&d.join("out/a.txt"), "MY OWN FILE");
    let out = export_in(d, &["--format", "brat", "--out", "out", "a.v1.txt"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        std::fs::read_to_string(d.join("out/a.txt")).unwrap(),
        "MY OWN FILE"
    );
    assert_eq!(
        std::fs::read_to_string(d.join("out/a.v1.txt")).unwrap(),
        TEXT
    );
    assert!(d.join("out/a.v1.ann").is_file());
}

#[test]
fn brat_export_refuses_to_replace_an_existing_file_unless_told_to() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    // `a.md` exports as `a.txt` + `a.ann`; the folder already holds the user's `a.txt`.
    write(&d.join("a.md"), TEXT);
    write(&d.join("out/a.txt"), "MY OWN FILE");
    let before = snapshot(d);
    let out = export_in(d, &["--format", "brat", "--out", "out", "a.md"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("out/a.txt already exists"),
        "{}",
        stderr(&out)
    );
    assert!(stderr(&out).contains("--overwrite"));
    assert_eq!(snapshot(d), before);

    let out = export_in(
        d,
        &["--format", "brat", "--out", "out", "--overwrite", "a.md"],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(std::fs::read_to_string(d.join("out/a.txt")).unwrap(), TEXT);
}

#[test]
fn brat_export_of_two_versions_of_an_article_writes_both() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(&d.join("a.v1.txt"), TEXT);
    write(&d.join("a.v2.txt"), "نص آخر\n");
    let out = export_in(
        d,
        &["--format", "brat", "--out", "out", "a.v1.txt", "a.v2.txt"],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let files: Vec<String> = snapshot(&d.join("out"))
        .keys()
        .map(|p| p.display().to_string())
        .collect();
    assert_eq!(files, ["a.v1.ann", "a.v1.txt", "a.v2.ann", "a.v2.txt"]);
    assert_eq!(
        std::fs::read_to_string(d.join("out/a.v2.txt")).unwrap(),
        "نص آخر\n"
    );
}

#[test]
fn brat_export_of_same_named_articles_from_two_folders_keeps_both() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(&d.join("d1/x.txt"), "الأول\n");
    write(&d.join("d2/x.txt"), "الثاني\n");
    let out = export_in(
        d,
        &["--format", "brat", "--out", "out", "d1/x.txt", "d2/x.txt"],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("d2/x.txt is written as x-2.txt"),
        "{}",
        stderr(&out)
    );
    assert_eq!(
        std::fs::read_to_string(d.join("out/x.txt")).unwrap(),
        "الأول\n"
    );
    assert_eq!(
        std::fs::read_to_string(d.join("out/x-2.txt")).unwrap(),
        "الثاني\n"
    );
    assert!(d.join("out/x-2.ann").is_file());
}

#[test]
fn export_never_writes_over_its_own_input_however_it_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(&d.join("art.txt"), TEXT);
    std::os::unix::fs::symlink(d.join("art.txt"), d.join("link.txt")).unwrap();
    std::fs::hard_link(d.join("art.txt"), d.join("hard.txt")).unwrap();
    let before = snapshot(d);
    for out_path in [
        "art.txt",
        "./art.txt",
        "link.txt",
        "hard.txt",
        "sub/../art.txt",
    ] {
        let out = export_in(d, &["--format", "jsonl", "--out", out_path, "art.txt"]);
        assert_eq!(out.status.code(), Some(1), "--out {out_path}");
        let err = stderr(&out);
        assert!(
            err.contains(&format!("refusing to write {out_path}")) && err.contains("art.txt"),
            "--out {out_path}: {err}"
        );
        assert_eq!(snapshot(d), before, "--out {out_path}");
    }
}

#[test]
fn export_never_writes_over_a_sidecar() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(&d.join("art.txt"), TEXT);
    write(&d.join("other.txt.sahifa.json"), "{}");
    let before = snapshot(d);
    for out_path in ["art.txt.sahifa.json", "other.txt.sahifa.json"] {
        let out = export_in(d, &["--format", "w3c", "--out", out_path, "art.txt"]);
        assert_eq!(out.status.code(), Some(1), "--out {out_path}");
        assert!(
            stderr(&out).contains("refusing to write"),
            "{}",
            stderr(&out)
        );
        assert_eq!(snapshot(d), before, "--out {out_path}");
    }
}

#[test]
fn brat_export_into_the_articles_folder_refuses_to_write_the_article_even_with_overwrite() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(&d.join("a.txt"), TEXT);
    let before = snapshot(d);
    let out = export_in(
        d,
        &["--format", "brat", "--out", ".", "--overwrite", "a.txt"],
    );
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains("refusing to write ./a.txt: it is the article a.txt"),
        "{err}"
    );
    assert_eq!(snapshot(d), before);
}

#[test]
fn brat_export_of_the_same_article_twice_writes_it_once() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(&d.join("a.txt"), TEXT);
    let out = export_in(d, &["--format", "brat", "--out", "out", "a.txt", "./a.txt"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).contains("same file"), "{}", stderr(&out));
    assert_eq!(snapshot(&d.join("out")).len(), 2);
}

#[test]
fn export_of_an_empty_article_is_an_empty_export_with_a_note() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(&d.join("empty.txt"), "");
    let out = export_in(d, &["--format", "jsonl", "empty.txt"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "{\"text\":\"\",\"spans\":[]}\n"
    );
    assert!(stderr(&out).contains("empty.txt is empty"));
    let out = export_in(d, &["--format", "brat", "--out", "out", "empty.txt"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(std::fs::read(d.join("out/empty.ann")).unwrap(), b"");
}

#[test]
fn export_prints_at_most_twenty_warnings_per_file() {
    use sahifa_annotate::sidecar::{sidecar_file_for, sidecar_path_for};
    use sahifa_model::{Annotations, Document, EntityId, Label, Mention, MentionStatus};

    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let text = "محمد ".repeat(100);
    write(&d.join("a.txt"), &text);
    let doc = Document::from_plain_text(&text);
    // 100 mentions naming an entity the file does not define: 100 warnings.
    let mentions = (0..100)
        .map(|i| Mention {
            range: doc.text.range(i * 5, i * 5 + 4).unwrap(),
            label: Label::Person,
            entity: Some(EntityId(7)),
            status: MentionStatus::Manual,
        })
        .collect();
    let ann = Annotations {
        entities: vec![],
        mentions,
    };
    let file = sidecar_file_for(&doc, &ann, &[]).unwrap();
    let json = serde_json::to_string(&file).unwrap();
    write(&sidecar_path_for(&d.join("a.txt")), &json);
    let out = export_in(d, &["--format", "jsonl", "a.txt"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let err = stderr(&out);
    assert_eq!(err.lines().count(), 21, "{err}");
    assert!(err.ends_with("a.txt: … and 80 more\n"), "{err}");
}

#[test]
fn brat_export_of_an_article_named_at_the_length_limit_writes_a_matching_pair() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    // 252 + 3 = 255 bytes: «.md» becomes «.txt», one byte too many.
    let name = format!("{}.md", "ع".repeat(126));
    write(&d.join(&name), TEXT);
    let out = export_in(d, &["--format", "brat", "--out", "out", &name]);
    assert!(out.status.success(), "{}", stderr(&out));
    let mut written: Vec<String> = std::fs::read_dir(d.join("out"))
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    written.sort();
    assert_eq!(written.len(), 2, "{written:?}");
    let stems: Vec<&str> = written.iter().map(|n| &n[..n.len() - 4]).collect();
    assert_eq!(stems[0], stems[1], "{written:?}");
    assert!(
        written
            .iter()
            .all(|n| n.len() <= 255 && n.starts_with("ععع"))
    );
    assert_eq!(
        std::fs::read_to_string(d.join("out").join(&written[1])).unwrap(),
        TEXT
    );
}
