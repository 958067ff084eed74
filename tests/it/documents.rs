//! Issue 3: several documents, switching, recent files, errors that lose nothing.

use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;
use sahifa::AppOptions;
use sahifa::state::settings::Settings;

use crate::support::{fixture, options, seed_path, settle, start, type_into, wait_idle};

const SEED_FIRST: &str = "آمر القوة البحرية بحث مع رئيس الأركان القطري";
const SEED_LAST: &str = "وستراقب الأوساط العسكرية والسياسية";
const SECOND_FIRST: &str = "افتتاح معرض الكتاب في الرياض";

/// A file dropped onto the window, as the windowing layer hands it over.
#[derive(Debug)]
struct DroppedPath(std::path::PathBuf);

impl egui::DroppedFile for DroppedPath {
    fn path(&self) -> &std::path::Path {
        &self.0
    }

    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

#[test]
fn a_dropped_second_file_opens_and_switching_keeps_each_scroll_position() {
    let mut harness = start(options(vec![seed_path()]));
    wait_idle(&mut harness);

    // Scroll the seed down by finding a word of its last paragraph.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::F);
    settle(&mut harness);
    type_into(&mut harness, sahifa::ui::find_bar::FIND_BOX, "الأوساط");
    // Only paragraphs on screen are in the accessibility tree.
    assert!(
        harness.query_by_label_contains(SEED_FIRST).is_none(),
        "the seed did not scroll"
    );
    // The scroll lands once the blocks around the target have been laid out.
    let mut top_before = f32::NAN;
    for _ in 0..10 {
        settle(&mut harness);
        let top = harness.get_by_label_contains(SEED_LAST).rect().top();
        if top == top_before {
            break;
        }
        top_before = top;
    }

    // Drop a second file onto the window.
    let dropped = DroppedPath(fixture("second.txt"));
    harness
        .input_mut()
        .dropped_files
        .push(std::sync::Arc::new(dropped));
    harness.step();
    wait_idle(&mut harness);
    let app = harness.state();
    assert_eq!(app.documents().len(), 2);
    assert_eq!(app.active_index(), Some(1));
    harness.get_by_label_contains(SECOND_FIRST);

    // Back to the seed through its tab: same scroll position as before.
    harness.get_by_label("000_812f1e39dd98ed92.txt").click();
    settle(&mut harness);
    assert_eq!(harness.state().active_index(), Some(0));
    let top_after = harness.get_by_label_contains(SEED_LAST).rect().top();
    assert!(
        (top_after - top_before).abs() < 1.0,
        "scroll position lost: {top_before} → {top_after}"
    );

    // And to the second file again.
    harness.get_by_label("second.txt").click();
    settle(&mut harness);
    assert_eq!(harness.state().active_index(), Some(1));
    harness.get_by_label_contains(SECOND_FIRST);
}

#[test]
fn an_unreadable_file_gives_a_message_and_keeps_what_is_open() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("missing.txt");
    let binary = dir.path().join("binary.txt");
    std::fs::write(&binary, [0xff, 0xfe, 0x00, 0xd8, 0x00]).unwrap();
    let mut harness = start(options(vec![seed_path()]));
    wait_idle(&mut harness);

    harness
        .state_mut()
        .run(sahifa::logic::Action::OpenPaths(vec![
            missing.clone(),
            binary,
        ]));
    wait_idle(&mut harness);
    let app = harness.state();
    assert_eq!(app.documents().len(), 1, "the seed must stay open");
    assert_eq!(app.notices().len(), 2, "{:?}", app.notices());
    harness.get_by_label_contains(&format!("{}", missing.display()));
    harness.get_by_label_contains(SEED_FIRST);
}

#[test]
fn recent_files_survive_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let settings_path = dir.path().join("settings.json");
    let start_with_settings = |paths| {
        start(AppOptions {
            paths,
            settings_path: Some(settings_path.clone()),
            settings: None,
            extract: false,
            bundled_fonts_only: true,
            knowledge_path: None,
            library_path: None,
        })
    };
    {
        let mut harness = start_with_settings(vec![fixture("second.txt")]);
        wait_idle(&mut harness);
        assert_eq!(harness.state().documents().len(), 1);
    }
    // Settings are written by a background thread; give it a moment.
    for _ in 0..100 {
        if settings_path.exists() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    let (saved, problem) = sahifa::logic::settings_file::load(&settings_path);
    assert!(problem.is_none(), "{problem:?}");
    assert_eq!(
        saved.recent_files,
        [std::fs::canonicalize(fixture("second.txt")).unwrap()]
    );

    // A new run on the seed lists the file under File → Open Recent and reopens it.
    let mut harness = start_with_settings(vec![seed_path()]);
    wait_idle(&mut harness);
    harness.get_by_label("File").click();
    settle(&mut harness);
    harness.get_by_label("Open Recent").hover();
    settle(&mut harness);
    harness.get_by_label("second.txt").click();
    harness.step();
    wait_idle(&mut harness);
    assert_eq!(harness.state().documents().len(), 2);
    harness.get_by_label_contains(SECOND_FIRST);
}

#[test]
fn saved_annotations_beside_the_article_are_shown_instead_of_a_fresh_extraction() {
    let dir = tempfile::tempdir().unwrap();
    let article = dir.path().join("seed.txt");
    std::fs::copy(seed_path(), &article).unwrap();
    let doc = sahifa::load::load_path(&article).unwrap();
    let mut saved = crate::support::gold().annotations;
    // The user's own decision: only «سيف الهملان» and his mentions are kept.
    let hamlan = saved
        .entities
        .iter()
        .find(|e| e.name == "سيف الهملان")
        .unwrap()
        .id;
    saved.entities.retain(|e| e.id == hamlan);
    saved.mentions.retain(|m| m.entity == Some(hamlan));
    let sidecar = sahifa::annotate::sidecar_path_for(&article);
    sahifa::annotate::save_sidecar(&sidecar, &doc, &saved).unwrap();

    let mut harness = start(AppOptions {
        extract: true,
        ..options(vec![article])
    });
    wait_idle(&mut harness);
    let app = harness.state();
    let doc = app.active_document().unwrap();
    assert!(doc.from_sidecar);
    assert_eq!(doc.annotations().entities.len(), 1);
    assert_eq!(doc.annotations().mentions.len(), 5);
    harness.get_by_label("سيف الهملان");
    assert!(harness.query_by_label("جاسم المناعي").is_none());
}

#[test]
fn theme_language_and_zoom_survive_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let settings_path = dir.path().join("settings.json");
    let start_with_settings = || {
        start(AppOptions {
            paths: vec![seed_path()],
            settings_path: Some(settings_path.clone()),
            settings: None,
            extract: false,
            bundled_fonts_only: true,
            knowledge_path: None,
            library_path: None,
        })
    };
    let chosen = {
        let mut harness = start_with_settings();
        wait_idle(&mut harness);
        harness.state_mut().run(sahifa::logic::Action::SetTheme(
            sahifa::state::settings::ThemeChoice::Light,
        ));
        harness.state_mut().run(sahifa::logic::Action::SetLanguage(
            sahifa::state::settings::UiLanguage::Arabic,
        ));
        harness.key_press_modifiers(Modifiers::COMMAND, Key::Plus);
        settle(&mut harness);
        harness.state().settings().clone()
    };
    assert_eq!(chosen.language, sahifa::state::settings::UiLanguage::Arabic);
    assert!(chosen.font_size > Settings::DEFAULT_FONT_SIZE);
    // Written by a background thread: wait until the file holds the last change.
    let mut saved = Settings::default();
    for _ in 0..200 {
        saved = sahifa::logic::settings_file::load(&settings_path).0;
        if saved == chosen {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    assert_eq!(saved, chosen);

    let mut harness = start_with_settings();
    wait_idle(&mut harness);
    assert_eq!(harness.state().settings(), &chosen);
    harness.get_by_label("ملف"); // the menus come back in Arabic
}

#[test]
fn a_path_typed_where_no_file_dialog_exists_opens_the_article() {
    use sahifa::state::dialog::Dialog;
    use sahifa::state::dialog::PathFor;

    let mut harness = start(options(vec![seed_path()]));
    wait_idle(&mut harness);
    // What File → Open shows on a machine with neither a portal nor zenity.
    harness
        .state_mut()
        .run(sahifa::logic::Action::OpenDialog(Dialog::Path {
            purpose: PathFor::Open,
            text: fixture("second.txt").display().to_string(),
        }));
    settle(&mut harness);
    harness.get_by_label("OK").click();
    harness.step();
    wait_idle(&mut harness);
    let app = harness.state();
    assert_eq!(app.documents().len(), 2, "notices: {:?}", app.notices());
    harness.get_by_label_contains(SECOND_FIRST);
}
