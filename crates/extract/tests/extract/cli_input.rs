//! How `extract` reads its input: line endings and byte-order marks normalised as the
//! app's loader does, empty input, and a caller's own way of opening files.

use std::path::{Path, PathBuf};

use sahifa_extract::cli::{self, ExtractArgs, ExtractHooks, OutputFormat};
use sahifa_model::Document;
use serde_json::Value;

use super::{EX, cli, seed_text};

fn args(format: OutputFormat, files: &[&Path]) -> ExtractArgs {
    ExtractArgs {
        format,
        lines: false,
        files: files.iter().map(|p| p.to_path_buf()).collect(),
        scheme: Default::default(),
    }
}

/// A scratch file under the system's temporary folder, removed when dropped.
struct Scratch(PathBuf);

impl Scratch {
    fn new(name: &str, bytes: &[u8]) -> Self {
        let path =
            std::env::temp_dir().join(format!("sahifa-extract-{}-{name}", std::process::id()));
        std::fs::write(&path, bytes).unwrap();
        Self(path)
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

fn mentions(json: &str) -> Value {
    let v: Value = serde_json::from_str(json).unwrap();
    v["mentions"].clone()
}

#[test]
fn crlf_and_bom_input_gives_the_offsets_of_the_loaders_text() {
    let lf = seed_text();
    let crlf = format!("\u{FEFF}{}", lf.replace('\n', "\r\n"));
    let (from_lf, err, ok) = cli(&["extract", "--format", "jsonl", "-"], &lf);
    assert!(ok, "{err}");
    let (from_crlf, err, ok) = cli(&["extract", "--format", "jsonl", "-"], &crlf);
    assert!(ok, "{err}");
    assert_eq!(mentions(&from_crlf), mentions(&from_lf));

    let file = Scratch::new("crlf.txt", crlf.as_bytes());
    let (from_file, err, ok) = cli(
        &["extract", "--format", "jsonl", file.0.to_str().unwrap()],
        "",
    );
    assert!(ok, "{err}");
    assert_eq!(mentions(&from_file), mentions(&from_lf));

    // Offsets are chars into the text the app's plain-text loader makes of the file.
    let doc = Document::from_plain_text(crlf.trim_start_matches('\u{FEFF}'));
    let chars: Vec<char> = doc.text.as_str().chars().collect();
    for m in mentions(&from_crlf).as_array().unwrap() {
        let (s, e) = (
            m["start"].as_u64().unwrap() as usize,
            m["end"].as_u64().unwrap() as usize,
        );
        let text: String = chars[s..e].iter().collect();
        assert_eq!(m["text"].as_str().unwrap(), text);
    }
    assert_eq!(
        cli::utf8_text_document(crlf.as_bytes()).unwrap().text,
        doc.text
    );
}

#[test]
fn an_empty_file_or_input_is_an_empty_result_not_an_error() {
    let (out, err, ok) = cli(&["extract", "--format", "jsonl", "-"], "");
    assert!(ok, "{err}");
    assert_eq!(mentions(&out), Value::Array(vec![]));
    let file = Scratch::new("empty.txt", b"");
    // A loader that refuses empty files is never asked about one.
    let refuse = |p: &Path| -> Result<Document, String> { Err(format!("{} refused", p.display())) };
    let hooks = ExtractHooks {
        open: &refuse,
        ..ExtractHooks::default()
    };
    let mut out = Vec::new();
    let ok = cli::extract_to(&EX, &args(OutputFormat::Json, &[&file.0]), &hooks, &mut out).unwrap();
    assert!(ok);
    let v: Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(v["entities"], Value::Array(vec![]));
}

#[test]
fn a_callers_loader_decides_the_text_and_the_offsets() {
    // As the root binary plugs in the full loader (HTML, Word, legacy encodings).
    let open = |_: &Path| Ok(Document::from_plain_text("<p>\nزار الوزير الدوحة أمس\n"));
    let hooks = ExtractHooks {
        open: &open,
        ..ExtractHooks::default()
    };
    let file = Scratch::new("page.html", b"<p>raw bytes the hook ignores</p>");
    let mut out = Vec::new();
    assert!(cli::extract_to(&EX, &args(OutputFormat::Json, &[&file.0]), &hooks, &mut out).unwrap());
    let v: Value = serde_json::from_slice(&out).unwrap();
    let doha = v["mentions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["text"] == "الدوحة")
        .unwrap();
    assert_eq!(
        (doha["start"].as_u64(), doha["end"].as_u64()),
        (Some(15), Some(21))
    );
    // Each entity's count is the number of mentions pointing at it.
    for e in v["entities"].as_array().unwrap() {
        let n = v["mentions"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|m| m["entity_id"] == e["id"])
            .count();
        assert_eq!(e["mentions"].as_u64(), Some(n as u64));
    }
}

#[test]
fn conll_output_tags_every_token_of_a_long_text_once() {
    let text = seed_text().repeat(20);
    let (out, err, ok) = cli(&["extract", "--format", "conll", "-"], &text);
    assert!(ok, "{err}");
    let tokens = out.lines().filter(|l| !l.is_empty()).count();
    let expected = sahifa_extract::token::tokenize(&text).len();
    assert_eq!(tokens, expected);
    let (one, _, _) = cli(&["extract", "--format", "conll", "-"], &seed_text());
    assert!(
        out.starts_with(one.trim_end()),
        "the first copy is tagged as the article alone"
    );
}

#[test]
fn conll_output_under_the_anercorp_scheme_uses_its_four_tags_and_its_conventions() {
    let text = "ارتفع الدولار بعد أن أعلن الجيش الإسرائيلي في القدس انسحابه في أكتوبر.";
    let (news, err, ok) = cli(&["extract", "--format", "conll", "-"], text);
    assert!(ok, "{err}");
    assert!(
        news.contains("الجيش B-ORG") && news.contains("القدس B-LOCATION"),
        "{news}"
    );
    assert!(news.contains("الدولار O"), "{news}");
    let args = ["extract", "--format", "conll", "--scheme", "anercorp", "-"];
    let (ane, err, ok) = cli(&args, text);
    assert!(ok, "{err}");
    for line in ["الدولار B-MISC", "الجيش O", "القدس B-LOC", "أكتوبر O"] {
        assert!(ane.lines().any(|l| l == line), "{line}: {ane}");
    }
    // Nothing on stdin: the refusal comes before reading it.
    let (_, err, ok) = cli(&["extract", "--scheme", "wojood", "-"], "");
    assert!(!ok && err.contains("unknown scheme"), "{err}");
}

#[test]
fn eval_scores_anercorp_files_by_their_conventions_unless_asked_for_the_news_scheme() {
    let gold = "ارتفع O\nالدولار B-MISC\nأمام O\nاليورو B-MISC\nفي O\nالقدس B-LOC\n. O\n";
    let micro = |out: &str| -> String {
        let line = out.lines().find(|l| l.starts_with("micro")).unwrap_or("");
        line.split_whitespace().last().unwrap_or("").to_owned()
    };
    let (ane, err, ok) = cli(&["eval", "-"], gold);
    assert!(ok, "{err}");
    assert_eq!(micro(&ane), "100.00", "{ane}");
    let (news, err, ok) = cli(&["eval", "--scheme", "news", "-"], gold);
    assert!(ok, "{err}");
    assert_ne!(
        micro(&news),
        "100.00",
        "currencies are no entity in the news: {news}"
    );
}
