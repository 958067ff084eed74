//! Exports and imports: expected files for the seed, exact round trips, Python offsets.

use std::process::Command;

use sahifa_annotate::export::{import_brat, to_brat, to_conll, to_jsonl_line, to_w3c};
use sahifa_annotate::{load_sidecar, save_sidecar};
use sahifa_model::{Annotations, Document, MentionStatus};

use crate::common::{fixture, gold, gold_with_decisions, seed_doc, seed_text};

fn expected(name: &str) -> String {
    std::fs::read_to_string(fixture(name)).unwrap()
}

/// Compares line by line so a failure names the first differing line.
fn assert_same_text(got: &str, want: &str, what: &str) {
    for (n, (g, w)) in got.lines().zip(want.lines()).enumerate() {
        assert_eq!(g, w, "{what}: line {} differs", n + 1);
    }
    assert_eq!(
        got.lines().count(),
        want.lines().count(),
        "{what}: line count"
    );
    assert_eq!(got, want, "{what}: trailing newlines");
}

#[test]
fn conll_of_the_seed_matches_the_expected_file() {
    let got = to_conll(&seed_doc(), &gold());
    // The headline, written out by hand.
    let headline = "آمر O\nالقوة B-ORG\nالبحرية I-ORG\nبحث O\nمع O\nرئيس B-TITLE\n\
                    الأركان I-TITLE\nالقطري I-TITLE\nسبل O\nتعزيز O\nالتعاون O\nالعسكري O\n\n";
    assert!(got.starts_with(headline), "{}", &got[..400]);
    // A clitic left out of a mention is a token of its own.
    assert!(got.contains("الكويت B-LOCATION\nو O\nقطر B-LOCATION\n"));
    assert_same_text(&got, &expected("seed-000.conll"), "CoNLL");
}

#[test]
fn jsonl_of_the_seed_matches_the_expected_file() {
    let got = to_jsonl_line(&seed_doc(), &gold());
    assert!(got.contains(r#""spans":[{"start":4,"end":17,"label":"ORG"},"#));
    assert_eq!(got.lines().count(), 1);
    assert_same_text(&got, &expected("seed-000.jsonl"), "JSONL");
}

#[test]
fn w3c_of_the_seed_matches_the_expected_file() {
    let got = to_w3c(&seed_doc(), &gold());
    assert_same_text(&got, &expected("seed-000.w3c.json"), "W3C");
}

#[test]
fn rejected_mentions_are_not_exported() {
    let mut ann = gold();
    ann.mentions[0].status = MentionStatus::Rejected;
    let doc = seed_doc();
    assert!(!to_jsonl_line(&doc, &ann).contains(r#"{"start":4,"end":17"#));
    assert!(to_conll(&doc, &ann).starts_with("آمر O\nالقوة O\n"));
    assert!(!to_brat(&doc, &ann).ann.contains("ORG 4 17"));
    assert!(!to_w3c(&doc, &ann).contains("\"start\": 4,"));
}

#[test]
fn brat_export_then_import_restores_the_annotations_exactly() {
    let doc = seed_doc();
    // Every visible status, a renamed entity, a note with tab, newline and backslash, a
    // title, mentions without entity.
    let mut ann = gold_with_decisions();
    // brat holds visible mentions only, so entities need one to be exported.
    ann.mentions.retain(|m| m.status != MentionStatus::Rejected);
    let visible = ann.clone();
    ann.entities
        .retain(|e| visible.mentions_of(e.id).next().is_some());
    let files = to_brat(&doc, &ann);
    assert_eq!(files.txt, doc.text.as_str());
    assert!(
        files
            .ann
            .starts_with("T1\tORG 4 17\tالقوة البحرية\nA1\tStatus T1 confirmed\n")
    );
    let back = import_brat(&doc.text, &files.ann).unwrap();
    assert!(back.warnings.is_empty(), "{:?}", back.warnings);
    assert_eq!(back.annotations, ann);
}

#[test]
fn brat_from_another_tool_is_grouped_by_name_and_checked_against_the_text() {
    let doc = Document::from_plain_text("زار ماكرون قطر ثم التقى ماكرون أمير قطر.");
    let ann = "T1\tPER 4 10\tماكرون\nT2\tGPE 11 14\tقطر\nT3\tPER 24 30\tماكرون\n\
               T4\tLOC 36 39\tقطر\nR1\tMeets Arg1:T1 Arg2:T2\n";
    let got = import_brat(&doc.text, ann).unwrap();
    let a = &got.annotations;
    assert_eq!(a.entities.len(), 2);
    assert_eq!(a.mentions[0].entity, a.mentions[2].entity);
    assert_eq!(a.mentions[1].entity, a.mentions[3].entity);
    assert!(a.mentions.iter().all(|m| m.status == MentionStatus::Manual));
    assert_eq!(got.warnings.len(), 1, "the relation is reported as skipped");

    let wrong = import_brat(&doc.text, "T1\tPER 4 10\tترامب\n").unwrap_err();
    assert_eq!(wrong.line, 1);
    assert!(wrong.to_string().contains("does not match"), "{wrong}");
    let out_of_range = import_brat(&doc.text, "T1\tPER 4 100\tx\n").unwrap_err();
    assert!(
        out_of_range.to_string().contains("out of bounds"),
        "{out_of_range}"
    );
}

#[test]
fn a_mention_across_a_line_break_is_written_as_brat_fragments() {
    let doc = Document::from_plain_text("معرض\nالدوحة");
    let ann = Annotations {
        entities: vec![],
        mentions: vec![sahifa_model::Mention {
            range: doc.text.range(0, 11).unwrap(),
            label: sahifa_model::Label::Event,
            entity: None,
            status: MentionStatus::Manual,
        }],
    };
    let files = to_brat(&doc, &ann);
    assert!(
        files.ann.starts_with("T1\tEVENT 0 4;5 11\tمعرض الدوحة\n"),
        "{}",
        files.ann
    );
    assert_eq!(import_brat(&doc.text, &files.ann).unwrap().annotations, ann);
}

#[test]
fn project_file_export_then_import_restores_the_annotations_exactly() {
    // «Export» of the project's own format is a sidecar at a chosen path.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("exported.sahifa.json");
    let doc = seed_doc();
    let ann = gold_with_decisions();
    save_sidecar(&path, &doc, &ann).unwrap();
    let back = load_sidecar(&path, &doc).unwrap();
    assert_eq!(back.annotations, ann);
}

#[test]
fn exported_offsets_agree_with_python_str_indexing() {
    let python = ["python3", "python"].into_iter().find(|p| {
        Command::new(p)
            .arg("--version")
            .output()
            .is_ok_and(|o| o.status.success())
    });
    let Some(python) = python else {
        eprintln!("SKIPPED exported_offsets_agree_with_python_str_indexing: python3 not found");
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let doc = seed_doc();
    let ann = gold();
    let jsonl = dir.path().join("seed.jsonl");
    let txt = dir.path().join("seed.txt");
    let brat_ann = dir.path().join("seed.ann");
    let w3c = dir.path().join("seed.w3c.json");
    std::fs::write(&jsonl, to_jsonl_line(&doc, &ann)).unwrap();
    let files = to_brat(&doc, &ann);
    std::fs::write(&txt, &files.txt).unwrap();
    std::fs::write(&brat_ann, &files.ann).unwrap();
    std::fs::write(&w3c, to_w3c(&doc, &ann)).unwrap();
    let script = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/check_offsets.py");
    let out = Command::new(python)
        .arg(script)
        .arg(fixture("seed-000.json"))
        .args([&jsonl, &txt, &brat_ann, &w3c])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn w3c_carries_the_entity_name_and_note() {
    let ann = gold_with_decisions();
    let page: serde_json::Value = serde_json::from_str(&to_w3c(&seed_doc(), &ann)).unwrap();
    let badr = page["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["target"]["selector"][0]["exact"] == "بدر الرسمان")
        .unwrap();
    assert_eq!(badr["body"][1]["value"], "بدر الرسمان");
    assert_eq!(badr["body"][2]["purpose"], "commenting");
    assert_eq!(
        badr["body"][2]["value"],
        ann.entities[0].note.as_deref().unwrap()
    );
}

#[test]
fn write_export_writes_each_format_and_never_the_article() {
    use sahifa_annotate::export::{ExportFormat, import_brat_file, write_export};
    let dir = tempfile::tempdir().unwrap();
    let article = dir.path().join("seed.txt");
    std::fs::write(&article, seed_text()).unwrap();
    let mut doc = seed_doc();
    doc.source.path = Some(article.clone());
    let ann = gold();

    let out = dir.path().join("seed.conll");
    let written = write_export(ExportFormat::Conll, &doc, &ann, &out).unwrap();
    assert_eq!(written, std::slice::from_ref(&out));
    assert_eq!(
        std::fs::read_to_string(&out).unwrap(),
        expected("seed-000.conll")
    );

    // brat beside the article with the same stem would replace the article: refused.
    let err =
        write_export(ExportFormat::Brat, &doc, &ann, &dir.path().join("seed.ann")).unwrap_err();
    assert!(err.to_string().contains("overwrite the article"), "{err}");
    assert_eq!(std::fs::read_to_string(&article).unwrap(), seed_text());

    let ann_path = dir.path().join("brat-seed.ann");
    let written = write_export(ExportFormat::Brat, &doc, &ann, &ann_path).unwrap();
    assert_eq!(
        written,
        [dir.path().join("brat-seed.txt"), ann_path.clone()]
    );
    assert_eq!(
        import_brat_file(&ann_path, &doc.text).unwrap().annotations,
        ann
    );
    let missing = import_brat_file(&dir.path().join("nope.ann"), &doc.text).unwrap_err();
    assert_eq!(missing.line, 0);
}
