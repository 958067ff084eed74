//! More of what a hostile (or unlucky) user does: two windows saving annotations of the
//! same article, `sahifa extract` given a named pipe or a device, odd file names.

use std::path::Path;
use std::time::{Duration, Instant};

use egui_kittest::Harness;
use sahifa::SahifaApp;
use sahifa::logic::{Action, Command};
use sahifa::model::Label;

use crate::support::{options, start, wait_idle};

/// Two places and a person: «قطر», «عمان», «خالد العطية».
const ARTICLE: &str = "زار الوزير خالد العطية قطر أمس ثم توجه إلى عمان.\n";

/// Marks the first `name` in the shown document as `label`, as selecting it and pressing
/// a type's key does.
fn mark(harness: &mut Harness<'static, SahifaApp>, name: &str, label: Label) {
    let doc = &harness.state().documents()[0].doc;
    let text = doc.text.as_str();
    let byte = text.find(name).unwrap();
    let start = text[..byte].chars().count();
    let range = doc.text.range(start, start + name.chars().count()).unwrap();
    let app = harness.state_mut();
    app.run(Action::TextSelected(Some(range)));
    app.run(Action::Command(Command::MarkAs(label)));
}

/// The (text, label) of each mention in the sidecar of `article`, sorted.
fn saved_mentions(article: &Path) -> Vec<(String, Label)> {
    let doc = sahifa::load::load_path(article).unwrap();
    let sidecar = sahifa::annotate::sidecar_path_for(article);
    let loaded = sahifa::annotate::load_sidecar(&sidecar, &doc).unwrap();
    let mut out: Vec<(String, Label)> = loaded
        .annotations
        .mentions
        .iter()
        .map(|m| (doc.text.slice(m.range).to_owned(), m.label))
        .collect();
    out.sort();
    out
}

/// The (text, label) of each mention of the shown document, sorted.
fn shown_mentions(harness: &Harness<'static, SahifaApp>) -> Vec<(String, Label)> {
    let doc = &harness.state().documents()[0];
    let mut out: Vec<(String, Label)> = doc
        .annotations()
        .mentions
        .iter()
        .map(|m| (doc.doc.text.slice(m.range).to_owned(), m.label))
        .collect();
    out.sort();
    out
}

#[test]
fn two_windows_saving_annotations_of_one_article_lose_neither_ones_work() {
    let dir = tempfile::tempdir().unwrap();
    let article = dir.path().join("a.txt");
    std::fs::write(&article, ARTICLE).unwrap();
    let mut first = start(options(vec![article.clone()]));
    let mut second = start(options(vec![article.clone()]));
    wait_idle(&mut first);
    wait_idle(&mut second);

    // Both save at once, each its own mark.
    mark(&mut first, "قطر", Label::Location);
    mark(&mut second, "عمان", Label::Location);
    first.state_mut().run(Action::Command(Command::Save));
    second.state_mut().run(Action::Command(Command::Save));
    wait_idle(&mut first);
    wait_idle(&mut second);
    let both = vec![
        ("عمان".to_owned(), Label::Location),
        ("قطر".to_owned(), Label::Location),
    ];
    assert_eq!(saved_mentions(&article), both);

    // The first window, which saved before the second, learns of «عمان» at its next save.
    mark(&mut first, "خالد العطية", Label::Person);
    first.state_mut().run(Action::Command(Command::Save));
    wait_idle(&mut first);
    let all = vec![
        ("خالد العطية".to_owned(), Label::Person),
        ("عمان".to_owned(), Label::Location),
        ("قطر".to_owned(), Label::Location),
    ];
    assert_eq!(saved_mentions(&article), all);
    assert_eq!(
        shown_mentions(&first),
        all,
        "the window shows what it saved"
    );
    let said = first.state().notices().iter().map(|n| n.message.clone());
    let said: Vec<String> = said.collect();
    assert!(
        said.iter().any(|m| m.contains("Another window")),
        "{said:?}"
    );
    assert!(
        !first.state().documents()[0].is_dirty(),
        "what the window shows after the merge is what it saved: no second save"
    );
    // And the second window, saving again, keeps the person.
    mark(&mut second, "الوزير", Label::Title);
    second.state_mut().run(Action::Command(Command::Save));
    wait_idle(&mut second);
    assert_eq!(saved_mentions(&article).len(), 4);
    assert_eq!(shown_mentions(&second).len(), 4);
}

/// `sahifa ARGS…` in `dir`, killed if it has not ended within 10 s: (exit code, stderr),
/// `None` when it had to be killed.
fn sahifa_within_10s(dir: &Path, args: &[&str]) -> Option<(Option<i32>, String)> {
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_sahifa"))
        .args(args)
        .current_dir(dir)
        .env("XDG_DATA_HOME", dir.join("data"))
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(10);
    while Instant::now() < deadline {
        if child.try_wait().unwrap().is_some() {
            let out = child.wait_with_output().unwrap();
            let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
            return Some((out.status.code(), stderr));
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let _ = child.kill();
    let _ = child.wait();
    None
}

#[test]
fn extract_on_a_named_pipe_or_dev_zero_says_what_it_is_and_ends() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("news.txt");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    assert!(made.is_ok_and(|s| s.success()), "mkfifo failed");
    std::fs::write(dir.path().join("good.txt"), ARTICLE).unwrap();
    for (input, what) in [("news.txt", "named pipe"), ("/dev/zero", "device")] {
        let (code, stderr) = sahifa_within_10s(dir.path(), &["extract", input, "good.txt"])
            .unwrap_or_else(|| panic!("sahifa extract {input} did not end in 10 s"));
        assert_eq!(code, Some(1), "{stderr}");
        assert!(stderr.contains(what), "{stderr}");
        assert!(stderr.contains(input), "{stderr}");
    }
}

#[test]
fn a_sidecar_of_ten_gigabytes_is_refused_unread_and_left_as_it_is() {
    let dir = tempfile::tempdir().unwrap();
    let article = dir.path().join("a.txt");
    std::fs::write(&article, ARTICLE).unwrap();
    // Sparse: ten gigabytes that take no room on disk, but would in memory.
    let sidecar = sahifa::annotate::sidecar_path_for(&article);
    let file = std::fs::File::create(&sidecar).unwrap();
    file.set_len(10_000_000_000).unwrap();
    drop(file);
    let mut harness = start(options(vec![article]));
    wait_idle(&mut harness);
    assert_eq!(harness.state().documents().len(), 1, "the article opened");
    let said: Vec<String> = harness
        .state()
        .notices()
        .iter()
        .map(|n| n.message.clone())
        .collect();
    assert!(
        said.iter()
            .any(|m| m.contains("10000.0 MB, more than the 268.4 MB")),
        "{said:?}"
    );
    assert_eq!(std::fs::metadata(&sidecar).unwrap().len(), 10_000_000_000);
}
