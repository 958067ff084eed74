//! Issue 5 (UI half): marking, correcting, undo/redo, saving and reopening annotations —
//! and never losing one.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use sahifa::SahifaApp;
use sahifa::annotate::{Edit, Target};
use sahifa::logic::{Action, Command};
use sahifa::model::{Label, MentionStatus};

use crate::support::{gold, options, seed_path, settle, start, wait_idle};

const HEADLINE: &str = "آمر القوة البحرية بحث مع رئيس الأركان القطري سبل تعزيز التعاون العسكري";

/// A temporary copy of the seed article, so its sidecar is written beside the copy.
fn seed_copy() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("000_812f1e39dd98ed92.txt");
    std::fs::copy(seed_path(), &path).unwrap();
    let mut perms = std::fs::metadata(&path).unwrap().permissions();
    #[expect(
        clippy::permissions_set_readonly_false,
        reason = "a temp copy of a read-only seed"
    )]
    perms.set_readonly(false);
    std::fs::set_permissions(&path, perms).unwrap();
    (dir, path)
}

fn open(path: &std::path::Path, extract: bool) -> Harness<'static, SahifaApp> {
    let mut opts = options(vec![path.to_owned()]);
    opts.extract = extract;
    let mut harness = start(opts);
    wait_idle(&mut harness);
    harness
}

fn annotations(harness: &Harness<'static, SahifaApp>) -> sahifa::model::Annotations {
    harness
        .state()
        .active_document()
        .unwrap()
        .annotations()
        .clone()
}

fn dirty(harness: &Harness<'static, SahifaApp>) -> bool {
    harness.state().active_is_dirty()
}

/// Saves with Ctrl+S and waits for the save task.
fn save(harness: &mut Harness<'static, SahifaApp>) {
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.step();
    wait_idle(harness);
}

#[test]
fn mark_a_selection_with_key_1_undo_redo_save_and_reopen() {
    let (_dir, path) = seed_copy();
    let mut harness = open(&path, false);
    assert!(harness.query_by_label("PERSON (1)").is_none());

    // Drag across the start of the headline (right to left, as it runs), past its first
    // letters: a real pointer selection in the article view.
    let rect = harness.get_by_label(HEADLINE).rect();
    let y = rect.top() + 16.0;
    harness.drag_at(egui::pos2(rect.right() - 1.0, y));
    harness.step();
    harness.hover_at(egui::pos2(rect.right() - 30.0, y));
    harness.step();
    harness.drop_at(egui::pos2(rect.right() - 30.0, y));
    settle(&mut harness);
    let selection = harness
        .state()
        .active_document()
        .unwrap()
        .view
        .text_selection
        .expect("the drag selected text");
    assert_eq!(
        selection.start(),
        0,
        "the drag began at the headline's start"
    );

    harness.key_press(Key::Num1);
    settle(&mut harness);
    let marked = annotations(&harness);
    assert_eq!(marked.mentions.len(), 1);
    let mention = &marked.mentions[0];
    let doc = harness.state().active_document().unwrap().doc.clone();
    // Snapped to the whole first word, however far into it the drag ended.
    assert_eq!(doc.text.slice(mention.range), "آمر");
    assert_eq!(mention.label, Label::Person);
    assert_eq!(mention.status, MentionStatus::Manual);
    assert_eq!(marked.entities.len(), 1);
    assert_eq!(marked.entities[0].name, "آمر");
    harness.get_by_label("PERSON (1)");
    assert!(dirty(&harness));

    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    settle(&mut harness);
    assert!(annotations(&harness).mentions.is_empty());
    assert!(harness.query_by_label("PERSON (1)").is_none());
    assert!(!dirty(&harness), "back to the state as opened");

    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    settle(&mut harness);
    assert_eq!(annotations(&harness), marked);
    harness.get_by_label("PERSON (1)");

    save(&mut harness);
    assert!(!dirty(&harness));
    assert!(sahifa::annotate::sidecar_path_for(&path).is_file());
    drop(harness);

    // A new app on the same file restores exactly what was saved.
    let reopened = open(&path, false);
    assert_eq!(annotations(&reopened), marked);
    reopened.get_by_label("PERSON (1)");
    assert!(!dirty(&reopened));
}

#[test]
fn a_rejected_automatic_mention_stays_rejected_after_save_reopen_and_re_extraction() {
    let (_dir, path) = seed_copy();
    let mut harness = open(&path, true);
    let extracted = annotations(&harness);
    let (index, rejected) = extracted
        .mentions
        .iter()
        .enumerate()
        .find(|(_, m)| m.status == MentionStatus::Auto && m.entity.is_some())
        .map(|(i, m)| (i, m.clone()))
        .expect("the extractor finds entities in the seed");
    harness.state_mut().run(Action::Edit(Edit::Delete {
        target: Target::Mention(index),
    }));
    settle(&mut harness);
    let visible = |h: &Harness<'static, SahifaApp>| {
        annotations(h)
            .mentions
            .iter()
            .filter(|m| m.status != MentionStatus::Rejected && m.range.overlaps(rejected.range))
            .count()
    };
    assert_eq!(visible(&harness), 0);
    save(&mut harness);
    drop(harness);

    let mut reopened = open(&path, true);
    let is_rejected = |h: &Harness<'static, SahifaApp>| {
        annotations(h)
            .mentions
            .iter()
            .any(|m| m.range == rejected.range && m.status == MentionStatus::Rejected)
    };
    assert!(is_rejected(&reopened));
    assert_eq!(visible(&reopened), 0);

    reopened
        .state_mut()
        .run(Action::Command(Command::ReExtract));
    reopened.step();
    wait_idle(&mut reopened);
    assert!(is_rejected(&reopened), "re-extraction brought it back");
    assert_eq!(visible(&reopened), 0, "re-extraction brought it back");
}

#[test]
fn the_tab_marks_unsaved_changes_until_saved_and_right_click_confirms_an_entity() {
    let (_dir, path) = seed_copy();
    let mut harness = open(&path, false);
    harness.state_mut().set_annotations(0, gold().annotations);
    settle(&mut harness);
    assert!(harness.query_by_label_contains("• ").is_none());

    // Right-click the entity in the sidebar, confirm all its mentions.
    harness
        .get_by_label("سيف الهملان, اللواء الركن بحري, 5 mentions")
        .click_secondary();
    settle(&mut harness);
    harness.get_by_label("Confirm all its mentions").click();
    settle(&mut harness);
    let confirmed = annotations(&harness)
        .mentions
        .iter()
        .filter(|m| m.status == MentionStatus::Confirmed)
        .count();
    assert_eq!(confirmed, 5);
    assert!(dirty(&harness));
    harness.get_by_label("• 000_812f1e39dd98ed92.txt");

    save(&mut harness);
    assert!(!dirty(&harness));
    assert!(harness.query_by_label_contains("• ").is_none());
    // Undoing makes it unsaved again; redoing returns to the saved state.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    settle(&mut harness);
    assert!(dirty(&harness));
    harness.get_by_label("• 000_812f1e39dd98ed92.txt");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Y);
    settle(&mut harness);
    assert!(!dirty(&harness));
    assert!(harness.query_by_label_contains("• ").is_none());
    harness.get_by_role_and_label(egui::accesskit::Role::Button, "000_812f1e39dd98ed92.txt");
    // Undo, then a different edit: as many steps as when saved, but not the saved state.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    settle(&mut harness);
    harness.state_mut().run(Action::Edit(Edit::Delete {
        target: Target::Mention(0),
    }));
    settle(&mut harness);
    assert!(dirty(&harness));
}

#[test]
fn changes_are_saved_on_their_own_a_few_seconds_after_the_last_edit() {
    let (_dir, path) = seed_copy();
    let mut harness = open(&path, false);
    harness.state_mut().set_annotations(0, gold().annotations);
    settle(&mut harness);
    harness.state_mut().run(Action::Edit(Edit::Confirm {
        target: Target::Mention(0),
    }));
    settle(&mut harness);
    assert!(dirty(&harness));
    let deadline = Instant::now() + Duration::from_secs(20);
    while dirty(&harness) {
        assert!(Instant::now() < deadline, "no autosave");
        std::thread::sleep(Duration::from_millis(50));
        harness.step();
    }
    wait_idle(&mut harness);
    let reopened = open(&path, false);
    assert_eq!(
        annotations(&reopened).mentions[0].status,
        MentionStatus::Confirmed
    );
}

#[test]
fn closing_a_document_with_unsaved_changes_asks_first() {
    let (_dir, path) = seed_copy();
    let mut harness = open(&path, false);
    harness.state_mut().set_annotations(0, gold().annotations);
    settle(&mut harness);
    harness.state_mut().run(Action::Edit(Edit::Delete {
        target: Target::Mention(0),
    }));
    settle(&mut harness);

    harness.key_press_modifiers(Modifiers::COMMAND, Key::W);
    settle(&mut harness);
    harness.get_by_label("Unsaved annotation changes");
    harness.get_by_label("Cancel").click();
    settle(&mut harness);
    assert_eq!(harness.state().documents().len(), 1, "Cancel keeps it open");

    harness.key_press_modifiers(Modifiers::COMMAND, Key::W);
    settle(&mut harness);
    harness.get_by_label("Save").click();
    settle(&mut harness);
    wait_idle(&mut harness);
    assert!(harness.state().documents().is_empty(), "closed once saved");
    let reopened = open(&path, false);
    assert_eq!(
        annotations(&reopened).mentions[0].status,
        MentionStatus::Rejected
    );
}

#[test]
fn undo_and_redo_cover_rename_merge_and_split() {
    let (_dir, path) = seed_copy();
    let mut harness = open(&path, false);
    let gold = gold();
    harness
        .state_mut()
        .set_annotations(0, gold.annotations.clone());
    settle(&mut harness);
    let hamlan = gold.id("saif-alhamlan");
    let others: Vec<_> = gold
        .ids
        .iter()
        .map(|(_, id)| *id)
        .filter(|id| *id != hamlan)
        .collect();
    let edits = [
        Edit::MergeEntities {
            keep: others[0],
            absorb: others[1],
        },
        Edit::Rename {
            entity: hamlan,
            name: "الهملان".to_owned(),
        },
        Edit::SetNote {
            entity: hamlan,
            note: Some("آمر القوة البحرية".to_owned()),
        },
        Edit::SplitMention {
            mention: gold
                .annotations
                .mentions
                .iter()
                .position(|m| m.entity == Some(hamlan))
                .unwrap(),
            name: "سيف".to_owned(),
        },
    ];
    let mut states = vec![annotations(&harness)];
    for edit in edits {
        harness.state_mut().run(Action::Edit(edit));
        settle(&mut harness);
        states.push(annotations(&harness));
    }
    for expected in states.iter().rev().skip(1) {
        harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
        settle(&mut harness);
        assert_eq!(&annotations(&harness), expected);
    }
    for expected in states.iter().skip(1) {
        harness.key_press_modifiers(Modifiers::COMMAND, Key::Y);
        settle(&mut harness);
        assert_eq!(&annotations(&harness), expected);
    }
}

/// Opens the seed copy with the gold annotations, saves them, then changes the article so
/// that «بدر الرسمان» is no longer in it.
fn sidecar_then_edit_article() -> (tempfile::TempDir, PathBuf) {
    let (dir, path) = seed_copy();
    let mut harness = open(&path, false);
    harness.state_mut().set_annotations(0, gold().annotations);
    harness.state_mut().run(Action::Edit(Edit::Confirm {
        target: Target::Mention(0),
    }));
    save(&mut harness);
    drop(harness);
    let text = std::fs::read_to_string(&path).unwrap();
    assert_eq!(text.matches("بدر الرسمان").count(), 1);
    std::fs::write(&path, text.replace("بدر الرسمان", "خالد العتيبي")).unwrap();
    (dir, path)
}

fn unplaced(harness: &Harness<'static, SahifaApp>) -> Vec<String> {
    harness
        .state()
        .active_document()
        .unwrap()
        .sidecar
        .unplaced
        .iter()
        .map(|u| u.text().to_owned())
        .collect()
}

#[test]
fn mentions_that_no_longer_fit_are_listed_kept_on_save_and_can_be_placed() {
    let (_dir, path) = sidecar_then_edit_article();
    let mut harness = open(&path, false);
    assert_eq!(unplaced(&harness), ["بدر الرسمان"]);
    harness.get_by_label("Unplaced mentions (1)");

    // Saving without deciding keeps it in the file.
    harness.state_mut().run(Action::Edit(Edit::Confirm {
        target: Target::Mention(1),
    }));
    save(&mut harness);
    drop(harness);
    let mut harness = open(&path, false);
    assert_eq!(unplaced(&harness), ["بدر الرسمان"], "lost on save");

    // Select the new text and place it there.
    let doc = harness.state().active_document().unwrap().doc.clone();
    let start = doc.text.as_str().find("خالد العتيبي").unwrap();
    let start = doc.text.char_of_byte(start);
    let range = doc
        .text
        .range(start, start + "خالد العتيبي".chars().count())
        .unwrap();
    harness.state_mut().run(Action::TextSelected(Some(range)));
    settle(&mut harness);
    harness.get_by_label("Place here").click();
    settle(&mut harness);
    assert!(unplaced(&harness).is_empty());
    assert!(
        harness
            .query_by_label_contains("Unplaced mentions (")
            .is_none()
    );
    let placed = annotations(&harness)
        .mentions
        .iter()
        .find(|m| m.range == range)
        .cloned()
        .expect("placed on the selection");
    assert_eq!(placed.label, Label::Person);
    // Undoing the placing removes the mention and lists the unplaced one again.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    settle(&mut harness);
    assert_eq!(unplaced(&harness), ["بدر الرسمان"]);
    assert!(
        !annotations(&harness)
            .mentions
            .iter()
            .any(|m| m.range == range)
    );
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    settle(&mut harness);
    assert!(unplaced(&harness).is_empty());
    save(&mut harness);
    drop(harness);
    let harness = open(&path, false);
    assert!(unplaced(&harness).is_empty());
    assert!(
        annotations(&harness)
            .mentions
            .iter()
            .any(|m| m.range == range)
    );
}

#[test]
fn an_unplaced_mention_is_dropped_only_when_the_user_says_so() {
    let (_dir, path) = sidecar_then_edit_article();
    let mut harness = open(&path, false);
    assert_eq!(unplaced(&harness), ["بدر الرسمان"]);
    harness.get_by_label("Drop").click();
    settle(&mut harness);
    assert!(unplaced(&harness).is_empty());
    assert!(dirty(&harness), "dropping is a change to save");
    // Undo brings it back, redo drops it again.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    settle(&mut harness);
    assert_eq!(unplaced(&harness), ["بدر الرسمان"]);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Y);
    settle(&mut harness);
    assert!(unplaced(&harness).is_empty());
    save(&mut harness);
    drop(harness);
    let harness = open(&path, false);
    assert!(unplaced(&harness).is_empty());
}

#[test]
fn an_unreadable_sidecar_is_not_saved_over_without_asking() {
    let (_dir, path) = seed_copy();
    let sidecar = sahifa::annotate::sidecar_path_for(&path);
    std::fs::write(&sidecar, "{ not json").unwrap();
    let mut harness = open(&path, false);
    harness.state_mut().set_annotations(0, gold().annotations);
    harness.state_mut().run(Action::Edit(Edit::Confirm {
        target: Target::Mention(0),
    }));
    settle(&mut harness);
    assert!(dirty(&harness));
    // Past the autosave delay, nothing was written.
    let until = Instant::now() + Duration::from_millis(3500);
    while Instant::now() < until {
        std::thread::sleep(Duration::from_millis(50));
        harness.step();
    }
    assert_eq!(std::fs::read_to_string(&sidecar).unwrap(), "{ not json");
    // Ctrl+S asks; Cancel keeps the file.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    settle(&mut harness);
    harness.get_by_label("Replace the saved annotations?");
    harness.get_by_label("Cancel").click();
    settle(&mut harness);
    assert_eq!(std::fs::read_to_string(&sidecar).unwrap(), "{ not json");
    // «Save and replace» writes it.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    settle(&mut harness);
    harness.get_by_label("Save and replace").click();
    settle(&mut harness);
    wait_idle(&mut harness);
    assert!(!dirty(&harness));
    drop(harness);
    let reopened = open(&path, false);
    assert_eq!(
        annotations(&reopened).mentions[0].status,
        MentionStatus::Confirmed
    );
}

/// The commands the app sent to the window in the last frame.
fn window_commands(harness: &Harness<'static, SahifaApp>) -> Vec<egui::ViewportCommand> {
    harness
        .output()
        .viewport_output
        .get(&egui::ViewportId::ROOT)
        .map(|v| v.commands.clone())
        .unwrap_or_default()
}

#[test]
fn closing_the_window_with_unsaved_changes_is_cancelled_until_the_user_answers() {
    let (_dir, path) = seed_copy();
    let mut harness = open(&path, false);
    harness.state_mut().set_annotations(0, gold().annotations);
    harness.state_mut().run(Action::Edit(Edit::Delete {
        target: Target::Mention(0),
    }));
    settle(&mut harness);

    harness
        .input_mut()
        .viewports
        .entry(egui::ViewportId::ROOT)
        .or_default()
        .events
        .push(egui::ViewportEvent::Close);
    harness.step();
    assert!(window_commands(&harness).contains(&egui::ViewportCommand::CancelClose));
    settle(&mut harness);
    harness.get_by_label("Unsaved annotation changes");
    harness.get_by_label("Discard").click();
    harness.step();
    assert!(window_commands(&harness).contains(&egui::ViewportCommand::Close));
    // Discarded: nothing was written.
    assert!(!sahifa::annotate::sidecar_path_for(&path).exists());
}

#[test]
fn export_writes_the_format_and_import_merges_or_replaces_undoably() {
    use sahifa::annotate::export::ExportFormat;
    use sahifa::state::dialog::Dialog;
    use sahifa::state::dialog::PathFor;

    let (dir, path) = seed_copy();
    let mut harness = open(&path, false);
    let gold = gold();
    harness
        .state_mut()
        .set_annotations(0, gold.annotations.clone());
    settle(&mut harness);
    let doc = harness.state().active_document().unwrap().doc.clone();
    let current = annotations(&harness);

    // File > Export > CoNLL, where no file dialog exists: the path box.
    let conll = dir.path().join("out.conll");
    harness.state_mut().run(Action::OpenDialog(Dialog::Path {
        purpose: PathFor::Export(ExportFormat::Conll),
        text: conll.display().to_string(),
    }));
    settle(&mut harness);
    harness.get_by_label("OK").click();
    harness.step();
    wait_idle(&mut harness);
    assert_eq!(
        std::fs::read_to_string(&conll).unwrap(),
        sahifa::annotate::export::to_conll(&doc, &current)
    );

    // brat into a folder, then import that .ann over emptied annotations.
    let brat = dir.path().join("brat");
    harness.state_mut().run(Action::OpenDialog(Dialog::Path {
        purpose: PathFor::Export(ExportFormat::Brat),
        text: brat.display().to_string(),
    }));
    settle(&mut harness);
    harness.get_by_label("OK").click();
    harness.step();
    wait_idle(&mut harness);
    let ann = brat.join("000_812f1e39dd98ed92.ann");
    assert!(ann.is_file() && brat.join("000_812f1e39dd98ed92.txt").is_file());

    harness.state_mut().set_annotations(0, Default::default());
    settle(&mut harness);
    harness.state_mut().run(Action::OpenDialog(Dialog::Path {
        purpose: PathFor::Import,
        text: ann.display().to_string(),
    }));
    settle(&mut harness);
    harness.get_by_label("OK").click();
    harness.step();
    wait_idle(&mut harness);
    harness.get_by_label("Merge").click();
    settle(&mut harness);
    let imported = annotations(&harness);
    let ranges = |a: &sahifa::model::Annotations| {
        a.mentions
            .iter()
            .map(|m| (m.range, m.label))
            .collect::<Vec<_>>()
    };
    assert_eq!(ranges(&imported), ranges(&current));
    assert!(dirty(&harness));
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    settle(&mut harness);
    assert!(annotations(&harness).mentions.is_empty(), "import undone");
}

#[test]
fn right_clicking_a_mention_in_the_article_offers_its_corrections() {
    let (_dir, path) = seed_copy();
    let mut harness = open(&path, false);
    harness.state_mut().set_annotations(0, gold().annotations);
    settle(&mut harness);
    // Right-click along the first line of the first paragraph, right to left, until the
    // pointer is on a mention and its menu offers to delete it.
    let paragraph = harness
        .get_by_label_contains("ناقش آمر القوة البحرية")
        .rect();
    let y = paragraph.top() + 16.0;
    let mut x = paragraph.right() - 4.0;
    let mut found = false;
    while x > paragraph.left() && !found {
        let pos = egui::pos2(x, y);
        harness.hover_at(pos);
        harness.step();
        for pressed in [true, false] {
            harness.event(egui::Event::PointerButton {
                pos,
                button: egui::PointerButton::Secondary,
                pressed,
                modifiers: Modifiers::NONE,
            });
        }
        settle(&mut harness);
        found = harness.query_by_label("Delete mention").is_some();
        if !found {
            harness.key_press(Key::Escape);
            harness.step();
        }
        x -= 8.0;
    }
    assert!(found, "no right-click on the first line hit a mention");
    harness.get_by_label("Change type");
    harness.get_by_label("Attach to another entity…");
    let before = annotations(&harness);
    harness.get_by_label("Delete mention").click();
    settle(&mut harness);
    let after = annotations(&harness);
    let rejected: Vec<_> = after
        .mentions
        .iter()
        .zip(&before.mentions)
        .filter(|(a, b)| a.status == MentionStatus::Rejected && b.status == MentionStatus::Auto)
        .collect();
    assert_eq!(
        rejected.len(),
        1,
        "the automatic mention is remembered as rejected"
    );
    assert!(
        harness.query_by_label("Delete mention").is_none(),
        "the menu closed"
    );
}

#[test]
fn sahifa_export_runs_headless_with_the_loader_and_the_extractor() {
    let (dir, path) = seed_copy();
    let exe = env!("CARGO_BIN_EXE_sahifa");

    // No sidecar: the shipped extractor annotates the article.
    let out = std::process::Command::new(exe)
        .args(["export", "--format", "conll"])
        .arg(&path)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let conll = String::from_utf8(out.stdout).unwrap();
    assert!(
        conll.contains("B-PERSON"),
        "no extracted person in:\n{conll}"
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("extracting them"));

    // With a sidecar: exactly the saved annotations, brat into a folder.
    let mut harness = open(&path, false);
    harness.state_mut().set_annotations(0, gold().annotations);
    harness.state_mut().run(Action::Edit(Edit::Confirm {
        target: Target::Mention(0),
    }));
    save(&mut harness);
    let saved = annotations(&harness);
    let doc = harness.state().active_document().unwrap().doc.clone();
    drop(harness);
    let brat = dir.path().join("brat");
    let out = std::process::Command::new(exe)
        .args(["export", "--format", "brat", "--out"])
        .arg(&brat)
        .arg(&path)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let ann = std::fs::read_to_string(brat.join("000_812f1e39dd98ed92.ann")).unwrap();
    assert_eq!(ann, sahifa::annotate::export::to_brat(&doc, &saved).ann);
}

#[test]
fn number_keys_typed_into_a_text_box_do_not_mark_the_selection() {
    let (_dir, path) = seed_copy();
    let mut harness = open(&path, false);
    let doc = harness.state().active_document().unwrap().doc.clone();
    let headline = doc.text.range(0, 3).unwrap();
    harness
        .state_mut()
        .run(Action::TextSelected(Some(headline)));
    harness.get_by_label("Filter").focus();
    settle(&mut harness);
    harness.key_press(Key::Num1);
    harness.event(egui::Event::Text("1".to_owned()));
    settle(&mut harness);
    assert!(
        annotations(&harness).mentions.is_empty(),
        "1 in the filter marked text"
    );
    assert_eq!(harness.state().active_document().unwrap().view.filter, "1");
}
