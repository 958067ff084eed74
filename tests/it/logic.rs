//! The logic driven without a window: actions run against the state by
//! [`sahifa::logic::App`], no egui context, no harness. Each test takes milliseconds (the
//! only waits are a file read and a save on background threads).

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use sahifa::logic::effect::Effect;
use sahifa::logic::{Action, App, AppOptions, Command};
use sahifa::model::{Label, TextRange};
use sahifa::state::dialog::{CloseTarget, Dialog};
use sahifa::state::settings::Settings;

use crate::support::{gold, seed_path};

/// A temporary, writable copy of the seed article, so its sidecar is written beside it.
fn seed_copy() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("000_812f1e39dd98ed92.txt");
    std::fs::write(&path, std::fs::read(seed_path()).unwrap()).unwrap();
    (dir, path)
}

/// The logic with `path` opened (and nothing extracted), waited for.
fn open(path: &Path) -> App {
    let mut app = App::new(AppOptions {
        paths: vec![path.to_owned()],
        settings_path: None,
        settings: Some(Settings::default()),
        extract: false,
        bundled_fonts_only: true,
        knowledge_path: None,
        library_path: None,
    });
    app.start(None);
    wait_idle(&mut app);
    app
}

/// Runs frames of the logic (no drawing) until no background task runs.
fn wait_idle(app: &mut App) {
    let deadline = Instant::now() + Duration::from_secs(20);
    while app.is_busy() {
        assert!(Instant::now() < deadline, "background tasks did not finish");
        std::thread::sleep(Duration::from_millis(1));
        app.begin_frame();
    }
    app.end_frame(Vec::new());
}

/// The seed with the gold annotations, opened from a temporary copy.
fn seed_with_gold() -> (tempfile::TempDir, App) {
    let (dir, path) = seed_copy();
    let mut app = open(&path);
    app.set_annotations(0, gold().annotations);
    (dir, app)
}

/// Characters 0..3 of the seed: «آمر», the headline's first word.
fn first_word() -> TextRange {
    TextRange::unbounded(0, 3).unwrap()
}

#[test]
fn opening_a_file_adds_and_shows_its_document() {
    let (_dir, path) = seed_copy();
    let app = open(&path);
    assert_eq!(app.documents().len(), 1);
    assert_eq!(app.active_index(), Some(0));
    let doc = app.active_document().unwrap();
    assert!(doc.doc.text.as_str().starts_with("آمر القوة البحرية"));
    assert!(doc.stats.words > 100, "{:?}", doc.stats);
    assert!(!doc.is_dirty());
}

/// Dropping `ARTICLE.sahifa.json` on the window (or choosing it in File → Open) used to
/// open the JSON itself as an article; only the command line mapped it.
#[test]
fn opening_a_saved_annotations_file_opens_its_article() {
    let (dir, path) = seed_copy();
    let sidecar = dir.path().join("000_812f1e39dd98ed92.txt.sahifa.json");
    std::fs::write(&sidecar, "{}").unwrap();
    let app = open(&sidecar);
    assert_eq!(app.documents().len(), 1);
    let doc = app.active_document().unwrap();
    assert!(doc.doc.text.as_str().starts_with("آمر القوة البحرية"));
    assert_eq!(doc.doc.source.path.as_deref(), Some(path.as_path()));
}

#[test]
fn selecting_an_entity_makes_its_first_mention_current_and_scrolls_to_it() {
    let (_dir, mut app) = seed_with_gold();
    let gold = gold();
    let id = gold.id("saif-alhamlan");
    app.run(Action::SelectEntity(id));
    let doc = app.active_document().unwrap();
    assert_eq!(doc.view.selected, Some(id));
    assert_eq!(doc.view.current_mention, Some(0));
    assert_eq!(doc.selected_mentions(), gold.ranges_of("saif-alhamlan"));
    let first = gold.ranges_of("saif-alhamlan")[0];
    assert_eq!(doc.view.scroll_request.map(|r| r.range), Some(first));
    app.run(Action::Command(Command::NextMention));
    assert_eq!(app.active_document().unwrap().view.current_mention, Some(1));
}

#[test]
fn marking_the_selection_adds_a_mention_that_undo_takes_back_and_redo_restores() {
    let (_dir, mut app) = seed_with_gold();
    let before = app.active_document().unwrap().annotations().mentions.len();
    app.run(Action::TextSelected(Some(first_word())));
    app.run(Action::Command(Command::MarkAs(Label::Person)));
    let doc = app.active_document().unwrap();
    assert_eq!(doc.annotations().mentions.len(), before + 1);
    assert!(doc.is_dirty());
    assert_eq!(doc.view.text_selection, None, "the selection was used up");
    let marked = doc.view.selected.expect("the new entity is selected");
    assert_eq!(doc.annotations().entity(marked).unwrap().name, "آمر");

    app.run(Action::Command(Command::Undo));
    let doc = app.active_document().unwrap();
    assert_eq!(doc.annotations().mentions.len(), before);
    assert!(!doc.is_dirty(), "back to the state as opened");
    app.run(Action::Command(Command::Redo));
    assert_eq!(
        app.active_document().unwrap().annotations().mentions.len(),
        before + 1
    );
}

#[test]
fn marking_without_a_selection_says_what_to_do_and_changes_nothing() {
    let (_dir, mut app) = seed_with_gold();
    app.run(Action::Command(Command::MarkAs(Label::Person)));
    assert!(!app.active_document().unwrap().is_dirty());
    let notice = app.notices().last().unwrap();
    assert!(!notice.is_error);
    assert!(notice.message.contains("Select some text"), "{notice:?}");
}

#[test]
fn saving_writes_the_sidecar_beside_the_article_and_makes_the_document_clean() {
    let (_dir, path) = seed_copy();
    let mut app = open(&path);
    app.run(Action::TextSelected(Some(first_word())));
    app.run(Action::Command(Command::MarkAs(Label::Person)));
    assert!(app.active_is_dirty());
    app.run(Action::Command(Command::Save));
    assert!(app.is_busy(), "the save runs in the background");
    wait_idle(&mut app);
    assert!(!app.active_is_dirty());
    let sidecar = sahifa::annotate::sidecar_path_for(&path);
    let saved = std::fs::read_to_string(&sidecar).unwrap();
    assert!(saved.contains("آمر"), "{saved}");

    let reopened = open(&path);
    let doc = reopened.active_document().unwrap();
    assert_eq!(doc.annotations().mentions.len(), 1);
    assert!(doc.from_sidecar);
}

#[test]
fn closing_unsaved_work_asks_and_discarding_closes() {
    let (_dir, mut app) = seed_with_gold();
    app.run(Action::TextSelected(Some(first_word())));
    app.run(Action::Command(Command::MarkAs(Label::Person)));
    app.run(Action::Command(Command::CloseDocument));
    assert_eq!(app.documents().len(), 1, "asked first");
    let id = app.active_document().unwrap().id;
    let target = CloseTarget::Document(id);
    assert_eq!(app.dialog(), Some(&Dialog::Unsaved(target)));
    app.run(Action::AnswerUnsaved(target, Some(false)));
    assert!(app.documents().is_empty());
    assert_eq!(app.dialog(), None);
}

#[test]
fn the_window_is_asked_to_close_or_stay_open_through_effects() {
    let (_dir, mut app) = seed_with_gold();
    let _ = app.take_effects();
    app.run(Action::TextSelected(Some(first_word())));
    app.run(Action::Command(Command::MarkAs(Label::Person)));
    app.run(Action::WindowCloseRequested);
    assert_eq!(app.take_effects(), [Effect::CancelClose]);
    assert_eq!(app.dialog(), Some(&Dialog::Unsaved(CloseTarget::Window)));
    app.run(Action::AnswerUnsaved(CloseTarget::Window, Some(false)));
    assert_eq!(app.take_effects(), [Effect::CloseWindow]);
    app.end_frame(vec![Action::Command(Command::Quit)]);
    let effects = app.take_effects();
    assert!(effects.contains(&Effect::CloseWindow), "{effects:?}");
}

#[test]
fn zoom_is_the_article_font_size_kept_within_its_range() {
    let (_dir, mut app) = seed_with_gold();
    let start = app.settings().font_size;
    app.run(Action::Command(Command::ZoomIn));
    assert_eq!(app.settings().font_size, start + Settings::ZOOM_STEP);
    for _ in 0..100 {
        app.run(Action::Command(Command::ZoomOut));
    }
    assert_eq!(app.settings().font_size, *Settings::FONT_SIZES.start());
    app.run(Action::Command(Command::ZoomReset));
    assert_eq!(app.settings().font_size, Settings::DEFAULT_FONT_SIZE);
}
