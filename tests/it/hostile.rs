//! Issue 11: hostile and huge files, as a hostile user would try them on the real app and
//! the real binary. Each input is built here; the outcome is a clear message or success,
//! no panic, nothing outside the output touched.

use std::path::Path;

use egui::{Key, Modifiers};
use egui_kittest::kittest::{NodeT, Queryable};

use sahifa::logic::{Action, Command};
use sahifa::model::Label;

use crate::support::{options, settle, start, type_into, wait_idle};

/// Runs the real `sahifa` binary with `args` in `dir`: (exit code, stdout, stderr).
fn sahifa(dir: &Path, args: &[&str]) -> (Option<i32>, String, String) {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_sahifa"))
        .args(args)
        .current_dir(dir)
        .output()
        .expect("run sahifa");
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn a_mistyped_command_is_refused_not_opened_as_a_file() {
    let dir = tempfile::tempdir().unwrap();
    let (code, _, stderr) = sahifa(dir.path(), &["extrct", "x.txt"]);
    assert_eq!(code, Some(2), "{stderr}");
    assert!(
        stderr.contains("«extrct» is neither a command nor a file"),
        "{stderr}"
    );
    assert!(stderr.contains("Did you mean «extract»?"), "{stderr}");
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
}

#[test]
fn a_huge_single_line_article_shows_its_first_screen_in_pieces() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("one-line.txt");
    let sentence = "قال الوزير إن المحادثات ستستمر في الدوحة الأسبوع المقبل. ";
    std::fs::write(&path, sentence.repeat(40_000)).unwrap();
    let mut harness = start(options(vec![path]));
    wait_idle(&mut harness);
    // The visible text is a few thousand characters of the 2.3-million-character line,
    // not all of it: each piece on screen is one accessibility label.
    let first = harness.get_by_label_contains("قال الوزير إن المحادثات");
    let node = first.accesskit_node();
    let shown = node
        .label()
        .or(node.value())
        .map_or(0, |l| l.chars().count());
    assert!(
        (1_000..=4_096).contains(&shown),
        "{shown} characters in one piece"
    );
}

/// The article of these tests: «قطر» (a place) at 11..14.
const ARTICLE: &str = "زار الوزير قطر أمس.\n";

/// Marks «قطر» in the first document as a LOCATION, as selecting it and pressing 3 does.
fn mark_qatar(harness: &mut egui_kittest::Harness<'static, sahifa::SahifaApp>) {
    let place = harness.state().documents()[0]
        .doc
        .text
        .range(11, 14)
        .unwrap();
    let app = harness.state_mut();
    app.run(Action::TextSelected(Some(place)));
    app.run(Action::Command(Command::MarkAs(Label::Location)));
}

#[test]
fn ctrl_z_in_the_find_box_does_not_undo_an_annotation() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.txt");
    std::fs::write(&path, ARTICLE).unwrap();
    let mut harness = start(options(vec![path]));
    wait_idle(&mut harness);
    mark_qatar(&mut harness);
    settle(&mut harness);
    assert_eq!(
        harness.state().documents()[0].annotations().mentions.len(),
        1
    );

    harness.key_press_modifiers(Modifiers::COMMAND, Key::F);
    settle(&mut harness);
    type_into(&mut harness, sahifa::ui::find_bar::FIND_BOX, "قطر");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    settle(&mut harness);
    assert_eq!(
        harness.state().documents()[0].annotations().mentions.len(),
        1,
        "Ctrl+Z while typing undid the mark"
    );
    // Outside the find box, Ctrl+Z undoes it.
    // The paragraph (the window title holds the same words).
    let paragraph = harness
        .get_all_by_label("زار الوزير قطر أمس.")
        .last()
        .unwrap();
    paragraph.click();
    settle(&mut harness);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    settle(&mut harness);
    assert!(
        harness.state().documents()[0]
            .annotations()
            .mentions
            .is_empty()
    );
}

#[test]
fn a_read_only_sidecar_is_left_as_it_is_and_save_as_is_offered() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.txt");
    std::fs::write(&path, ARTICLE).unwrap();
    let doc = sahifa::load::load_path(&path).unwrap();
    let sidecar = sahifa::annotate::sidecar_path_for(&path);
    sahifa::annotate::save_sidecar_keeping(&sidecar, &doc, &Default::default(), &[]).unwrap();
    std::fs::set_permissions(&sidecar, std::fs::Permissions::from_mode(0o444)).unwrap();
    let before = std::fs::read(&sidecar).unwrap();

    let mut harness = start(options(vec![path]));
    wait_idle(&mut harness);
    mark_qatar(&mut harness);
    harness.state_mut().run(Action::Command(Command::Save));
    wait_idle(&mut harness);

    harness.get_by_label("The annotations file is read-only");
    harness.get_by_label("Save As…");
    assert_eq!(
        std::fs::read(&sidecar).unwrap(),
        before,
        "the sidecar was written"
    );
    let mode = std::fs::metadata(&sidecar).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o444);
    assert!(
        harness.state().documents()[0].is_dirty(),
        "the edit is still unsaved"
    );
}

#[test]
fn a_sidecar_that_is_a_folder_is_reported_not_ignored() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.txt");
    std::fs::write(&path, ARTICLE).unwrap();
    std::fs::create_dir(sahifa::annotate::sidecar_path_for(&path)).unwrap();
    let mut harness = start(options(vec![path]));
    wait_idle(&mut harness);
    harness.get_by_label_contains("is a folder (or another kind of file), not saved annotations");
}

#[test]
fn extract_and_export_give_the_same_offsets_on_a_crlf_windows_1256_file() {
    let dir = tempfile::tempdir().unwrap();
    let text = "زار وزير الخارجية القطري الكويت أمس.\r\nوالتقى أمير الكويت في قصر بيان.\r\n";
    let (bytes, _, _) = encoding_rs::WINDOWS_1256.encode(text);
    std::fs::write(dir.path().join("a.txt"), &bytes).unwrap();
    let spans = |out: &str| -> Vec<(u64, u64)> {
        out.lines()
            .filter(|l| l.starts_with('T'))
            .map(|l| {
                let mut f = l.split('\t').nth(1).unwrap().split(' ').skip(1);
                (
                    f.next().unwrap().parse().unwrap(),
                    f.next().unwrap().parse().unwrap(),
                )
            })
            .collect()
    };
    let (code, extracted, stderr) = sahifa(dir.path(), &["extract", "--format", "brat", "a.txt"]);
    assert_eq!(code, Some(0), "{stderr}");
    let (code, _, stderr) = sahifa(
        dir.path(),
        &["export", "--format", "brat", "--out", "brat", "a.txt"],
    );
    assert_eq!(code, Some(0), "{stderr}");
    let exported = std::fs::read_to_string(dir.path().join("brat/a.ann")).unwrap();
    assert!(!spans(&extracted).is_empty());
    assert_eq!(spans(&extracted), spans(&exported));
    // The brat text is the decoded article with \n line ends: the offsets point into it.
    let txt = std::fs::read_to_string(dir.path().join("brat/a.txt")).unwrap();
    assert_eq!(txt, text.replace("\r\n", "\n"));
}

#[test]
fn html_nested_20000_deep_is_a_message_in_the_window_not_a_crash() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("deep.html");
    let html = format!(
        "<html><body>{}<p>نص</p>{}</body></html>",
        "<div>".repeat(20_000),
        "</div>".repeat(20_000)
    );
    std::fs::write(&path, html).unwrap();
    let mut harness = start(options(vec![path]));
    wait_idle(&mut harness);
    harness.get_by_label_contains("levels deep");
    assert!(harness.state().documents().is_empty());
}
