//! The headless export command, run as a user would.

use std::path::Path;
use std::process::Command;

use sahifa_annotate::save_sidecar;

use crate::common::{fixture, gold, seed_doc, seed_text};

fn run(args: &[&std::ffi::OsStr]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_sahifa-annotate"))
        .arg("export")
        .args(args)
        .output()
        .unwrap()
}

/// An article with its sidecar in a fresh folder.
fn article_with_sidecar() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let article = dir.path().join("article.txt");
    std::fs::write(&article, seed_text()).unwrap();
    let mut doc = seed_doc();
    doc.source.path = Some(article.clone());
    save_sidecar(&sahifa_annotate::sidecar_path_for(&article), &doc, &gold()).unwrap();
    (dir, article)
}

#[test]
fn export_jsonl_and_conll_to_stdout_and_file() {
    let (dir, article) = article_with_sidecar();
    let out = run(&["--format".as_ref(), "jsonl".as_ref(), article.as_os_str()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        std::fs::read_to_string(fixture("seed-000.jsonl")).unwrap()
    );
    let conll = dir.path().join("out.conll");
    let out = run(&[
        "--format".as_ref(),
        "conll".as_ref(),
        "--out".as_ref(),
        conll.as_os_str(),
        article.as_os_str(),
    ]);
    assert!(out.status.success());
    assert_eq!(
        std::fs::read_to_string(&conll).unwrap(),
        std::fs::read_to_string(fixture("seed-000.conll")).unwrap()
    );
}

#[test]
fn export_brat_needs_a_folder_and_writes_both_files() {
    let (dir, article) = article_with_sidecar();
    let out = run(&["--format".as_ref(), "brat".as_ref(), article.as_os_str()]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("--out"));
    let brat = dir.path().join("brat");
    let out = run(&[
        "--format".as_ref(),
        "brat".as_ref(),
        "--out".as_ref(),
        brat.as_os_str(),
        article.as_os_str(),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        std::fs::read_to_string(brat.join("article.txt")).unwrap(),
        seed_text()
    );
    let ann = std::fs::read_to_string(brat.join("article.ann")).unwrap();
    assert_eq!(ann.lines().filter(|l| l.starts_with('T')).count(), 43);
    // Exporting into the article's own folder would overwrite it: refused.
    let out = run(&[
        "--format".as_ref(),
        "brat".as_ref(),
        "--out".as_ref(),
        dir.path().as_os_str(),
        article.as_os_str(),
    ]);
    assert!(!out.status.success());
    assert_eq!(std::fs::read_to_string(&article).unwrap(), seed_text());
}

#[test]
fn export_without_sidecar_says_so_and_exports_no_spans() {
    let dir = tempfile::tempdir().unwrap();
    let article = dir.path().join("bare.txt");
    std::fs::write(&article, "خبر قصير من الدوحة.").unwrap();
    let out = run(&["--format".as_ref(), "w3c".as_ref(), article.as_os_str()]);
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("no annotations"));
    let page: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(page["items"].as_array().unwrap().len(), 0);
}

#[test]
fn export_of_a_bad_sidecar_or_non_utf8_article_fails_clearly() {
    let (_dir, article) = article_with_sidecar();
    let sidecar = sahifa_annotate::sidecar_path_for(&article);
    std::fs::write(&sidecar, "{\"format\": \"sahifa-annotations\", \"vers").unwrap();
    let out = run(&["--format".as_ref(), "jsonl".as_ref(), article.as_os_str()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("truncated"));
    assert_eq!(
        std::fs::read_to_string(&sidecar).unwrap(),
        "{\"format\": \"sahifa-annotations\", \"vers"
    );

    let latin = Path::new(article.parent().unwrap()).join("cp1256.txt");
    std::fs::write(&latin, [0xC7u8, 0xE1, 0xCF, 0xE6, 0xCD, 0xC9]).unwrap();
    let out = run(&["--format".as_ref(), "jsonl".as_ref(), latin.as_os_str()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("not UTF-8"));
}

#[test]
fn the_root_binary_can_plug_in_its_loader_and_the_extractor() {
    use sahifa_annotate::cli::{ExportArgs, ExportHooks, open_utf8_text, run_export_with};
    use sahifa_annotate::export::ExportFormat;

    let dir = tempfile::tempdir().unwrap();
    let article = dir.path().join("no-sidecar.txt");
    std::fs::write(&article, seed_text()).unwrap();
    let out = dir.path().join("out.jsonl");
    let args = ExportArgs {
        format: ExportFormat::Jsonl,
        out: Some(out.clone()),
        annotations: None,
        overwrite: false,
        files: vec![article],
    };
    let extract = |_: &sahifa_model::Document| gold();
    let hooks = ExportHooks {
        open: &open_utf8_text,
        annotate: Some(&extract),
    };
    assert_eq!(
        run_export_with(&args, &hooks),
        std::process::ExitCode::SUCCESS
    );
    assert_eq!(
        std::fs::read_to_string(&out).unwrap(),
        std::fs::read_to_string(fixture("seed-000.jsonl")).unwrap()
    );
}
