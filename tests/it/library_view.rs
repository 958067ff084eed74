//! The library view, driven headless with kittest: add a folder (dropped, or typed where
//! no folder dialog exists), pick an entity, open an article from its snippet — in
//! English and in Arabic; a damaged library file is reported and left as it was; a
//! snapshot of the view.

use std::path::{Path, PathBuf};

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use sahifa::SahifaApp;
use sahifa::l10n::{tr, tr_args};
use sahifa::logic::{Action, Command};
use sahifa::state::settings::{Settings, UiLanguage};

use crate::support::{gpu_available, settle, start, wait_idle};

/// The person who appears in two of the articles.
const PERSON: &str = "سيف الهملان";

/// Three small articles; «سيف الهملان» appears in the first two.
const ARTICLES: [(&str, &str); 3] = [
    (
        "a1.txt",
        "وزير الدفاع يستقبل اللواء سيف الهملان في الدوحة\n\nاستقبل وزير الدفاع القطري خالد بن محمد العطية في الدوحة اليوم اللواء سيف الهملان قائد القوات البحرية، وبحث معه سبل تعزيز التعاون العسكري بين البلدين.\n",
    ),
    (
        "a2.txt",
        "معرض ديمدكس يفتتح أبوابه\n\nافتتح معرض الدوحة الدولي للدفاع البحري أبوابه أمس بحضور اللواء سيف الهملان وعدد من قادة الجيوش العربية، وقال الهملان إن المعرض يعزز الشراكات الإقليمية.\n",
    ),
    (
        "a3.txt",
        "أمطار غزيرة في عمّان\n\nشهدت العاصمة الأردنية عمّان أمطارًا غزيرة يوم الثلاثاء، وأعلنت مديرية الأرصاد الجوية أن المنخفض الجوي سيستمر حتى نهاية الأسبوع.\n",
    ),
];

/// A folder of the articles and a library file beside it, both temporary.
struct Fixture {
    _dir: tempfile::TempDir,
    folder: PathBuf,
    library: PathBuf,
}

fn fixture() -> Fixture {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("articles");
    std::fs::create_dir(&folder).unwrap();
    for (name, text) in ARTICLES {
        std::fs::write(folder.join(name), text).unwrap();
    }
    let library = dir.path().join("library.sqlite");
    Fixture {
        _dir: dir,
        folder,
        library,
    }
}

/// The app in `lang` with the library at `library` and extraction on (the opened article
/// needs its entities to select one).
fn app(library: &Path, lang: UiLanguage) -> Harness<'static, SahifaApp> {
    let mut options = crate::support::options(Vec::new());
    options.extract = true;
    options.library_path = Some(library.to_owned());
    options.settings = Some(Settings {
        language: lang,
        ..Settings::default()
    });
    let mut harness = start(options);
    wait_idle(&mut harness);
    harness
}

/// A folder dropped onto the window, as a file manager drops it.
#[derive(Debug)]
struct DroppedPath(PathBuf);

impl egui::DroppedFile for DroppedPath {
    fn path(&self) -> &Path {
        &self.0
    }

    fn bytes(&self) -> Result<Vec<u8>, String> {
        Err("a folder".into())
    }
}

/// Drops `folder` onto the window and waits for the add.
fn drop_folder(harness: &mut Harness<'static, SahifaApp>, folder: &Path) {
    start_dropping(harness, folder);
    wait_idle(harness);
}

/// Drops `folder` on the window and draws one frame: the add starts, not waited for.
fn start_dropping(harness: &mut Harness<'static, SahifaApp>, folder: &Path) {
    let dropped = DroppedPath(folder.to_owned());
    harness
        .input_mut()
        .dropped_files
        .push(std::sync::Arc::new(dropped));
    harness.step();
}

/// File → «Add folder to library…», typing the path where no folder dialog exists (as on
/// a test machine); with a dialog, the folder is dropped instead.
fn add_folder_from_menu(
    harness: &mut Harness<'static, SahifaApp>,
    folder: &Path,
    lang: UiLanguage,
) {
    if !sahifa::logic::io::file_dialog_missing() {
        drop_folder(harness, folder);
        return;
    }
    harness
        .state_mut()
        .run(Action::Command(Command::AddFolderToLibrary));
    settle(harness);
    let title = tr(lang, "library-prompt-folder");
    let path_box = || {
        egui_kittest::kittest::by()
            .role(egui::accesskit::Role::TextInput)
            .label(&title)
    };
    harness.get(path_box()).focus();
    settle(harness);
    harness
        .get(path_box())
        .type_text(&folder.display().to_string());
    settle(harness);
    click_button(harness, &tr(lang, "dialog-ok"));
    harness.step();
    wait_idle(harness);
}

/// The person's row, its snippets, and the article opened from the first snippet with
/// the person selected.
fn pick_the_person_and_open_a_snippet(harness: &mut Harness<'static, SahifaApp>, lang: UiLanguage) {
    let row = tr_args(
        lang,
        "library-entity-row",
        &[("name", PERSON.into()), ("counts", "".into())],
    );
    let two = tr_args(lang, "article-count", &[("count", 2.into())]);
    let person = harness
        .get_all_by(|node| {
            node.label()
                .is_some_and(|l| l.starts_with(row.trim()) && l.contains(&two))
        })
        .next()
        .unwrap_or_else(|| panic!("no row «{row}» with {two}"));
    person.click();
    harness.step();
    wait_idle(harness);
    let picked = harness.state().library.picked.clone().expect("picked");
    assert_eq!(picked.entity.canonical, PERSON);
    assert_eq!(picked.hits.len(), 2);
    assert!(picked.hits.iter().all(|h| !h.snippets.is_empty()));
    let title = &picked.hits[0].hit.article.title;
    let snippet = &picked.hits[0].snippets[0];
    let marked: String = snippet
        .text
        .chars()
        .skip(snippet.mark.start)
        .take(snippet.mark.len())
        .collect();
    assert!(PERSON.contains(marked.as_str()), "snippet marks «{marked}»");
    let open = tr_args(
        lang,
        "library-open-snippet",
        &[("title", title.as_str().into()), ("n", 1.into())],
    );
    harness.get_by_label(&open).scroll_to_me();
    settle(harness);
    harness.get_by_label(&open).click();
    harness.step();
    wait_idle(harness);
    let app = harness.state();
    assert!(!app.library.shown, "the article is shown, not the library");
    let doc = app.active_document().expect("an article is open");
    assert_eq!(
        doc.doc.source.path.as_deref(),
        Some(picked.hits[0].hit.article.path.as_path())
            .map(|p| std::fs::canonicalize(p).unwrap())
            .as_deref()
    );
    let selected = doc.view.selected.expect("the person is selected");
    let entity = doc.annotations().entity(selected).unwrap();
    assert_eq!(entity.name, PERSON);
    let current = doc.view.current_mention.expect("a current mention");
    assert!(doc.selected_mentions()[current].contains(snippet.range.start()));
}

#[test]
fn a_dropped_folder_is_added_and_a_snippet_opens_its_article_with_the_person_selected() {
    let f = fixture();
    let mut harness = app(&f.library, UiLanguage::English);
    harness.get_by_label("Library").click();
    settle(&mut harness);
    assert!(harness.state().library.shown);
    drop_folder(&mut harness, &f.folder);
    assert_eq!(harness.state().library.articles.len(), 3);
    // The filter, as in the sidebar: a tatweel and a missing «سيف» still find the person.
    crate::support::type_into(&mut harness, "Filter:", "الهمـلان");
    wait_idle(&mut harness);
    let shown: Vec<String> = harness
        .state()
        .library
        .visible_entities()
        .map(|e| e.canonical.clone())
        .collect();
    assert_eq!(shown, vec![PERSON.to_owned()]);
    pick_the_person_and_open_a_snippet(&mut harness, UiLanguage::English);
}

#[test]
fn in_arabic_the_menu_adds_a_folder_and_a_snippet_opens_its_article() {
    let f = fixture();
    let lang = UiLanguage::Arabic;
    let mut harness = app(&f.library, lang);
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::L);
    settle(&mut harness);
    assert!(harness.state().library.shown);
    add_folder_from_menu(&mut harness, &f.folder, lang);
    assert_eq!(harness.state().library.articles.len(), 3);
    pick_the_person_and_open_a_snippet(&mut harness, lang);
}

#[test]
fn a_damaged_library_is_reported_kept_byte_for_byte_and_replaced_only_on_request() {
    let f = fixture();
    let garbage = b"this is not a database, but it is somebody's file\n".repeat(40);
    std::fs::write(&f.library, &garbage).unwrap();
    let mut harness = app(&f.library, UiLanguage::English);
    harness.state_mut().run(Action::Command(Command::Library));
    settle(&mut harness);
    let status = harness.state().library.status.clone();
    assert!(
        matches!(status, sahifa::state::library::LibraryStatus::Refused(_)),
        "{status:?}"
    );
    // Said in a notice at start, and in the view with the way out.
    let said = harness
        .get_all_by_label_contains("is not a readable Sahifa library")
        .count();
    assert_eq!(said, 2, "a notice and the view");
    harness.get_by_label_contains("was kept as it is");
    assert_eq!(std::fs::read(&f.library).unwrap(), garbage, "file changed");

    harness.get_by_label("Start a new library").click();
    harness.step();
    wait_idle(&mut harness);
    assert!(harness.state().library.is_ready());
    let kept: Vec<_> = std::fs::read_dir(f.library.parent().unwrap())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| std::fs::read(p).is_ok_and(|b| b == garbage))
        .collect();
    assert_eq!(kept.len(), 1, "the old file is kept aside");
    assert_ne!(kept[0], f.library);
    harness.get_by_label_contains(&kept[0].display().to_string());
}

/// The library view with the person picked, in `lang`, compared with `name`.
fn snapshot_of_the_picked_person(lang: UiLanguage, name: &str) {
    if !gpu_available(name) {
        return;
    }
    let f = fixture();
    let mut harness = app(&f.library, lang);
    harness.set_size(egui::vec2(1100.0, 760.0));
    harness.state_mut().run(Action::Command(Command::Library));
    drop_folder(&mut harness, &f.folder);
    let id = harness
        .state()
        .library
        .entities
        .iter()
        .find(|e| e.canonical == PERSON)
        .map(|e| e.id)
        .expect("the person is listed");
    harness.state_mut().run(Action::Library(
        sahifa::logic::library_jobs::LibraryAction::Pick(id),
    ));
    wait_idle(&mut harness);
    // The notices («3 added…») are not what is compared.
    while !harness.state().notices().is_empty() {
        harness.state_mut().run(Action::DismissNotice(0));
    }
    draw_all(&mut harness);
    harness.snapshot(name);
}

#[test]
fn library_view_snapshot() {
    snapshot_of_the_picked_person(UiLanguage::English, "library-entity");
}

#[test]
fn library_view_snapshot_in_arabic() {
    snapshot_of_the_picked_person(UiLanguage::Arabic, "library-entity-arabic");
}

#[test]
fn a_library_search_finds_the_family_name_and_opens_the_article_at_the_hit() {
    use sahifa::state::library::LibraryPage;
    let f = fixture();
    let mut harness = app(&f.library, UiLanguage::English);
    harness.state_mut().run(Action::Command(Command::Library));
    drop_folder(&mut harness, &f.folder);
    harness.get_by_label("Search").click();
    settle(&mut harness);
    assert_eq!(harness.state().library.page, LibraryPage::Search);
    // «الهمـلان» with a tatweel finds «الهملان» as the find bar would.
    crate::support::type_into(&mut harness, "Search:", "الهمـلان");
    wait_idle(&mut harness);
    let hits = harness.state().library.search_hits.clone();
    let articles: std::collections::BTreeSet<_> = hits.iter().map(|h| h.path.clone()).collect();
    assert_eq!(articles.len(), 2, "{hits:#?}");
    let first = &hits[0];
    let name = sahifa::logic::io::file_name(&first.path);
    harness
        .get_by_label(&format!("Open {name} at hit 1"))
        .click();
    harness.step();
    wait_idle(&mut harness);
    let app = harness.state();
    let doc = app.active_document().unwrap();
    assert_eq!(doc.doc.source.path.as_deref(), Some(first.path.as_path()));
    let selected = doc.view.selected.expect("the hit's entity is selected");
    assert_eq!(doc.annotations().entity(selected).unwrap().name, PERSON);
}

#[test]
fn splitting_off_an_alias_and_merging_it_back_are_the_users_decisions() {
    let f = fixture();
    let mut harness = app(&f.library, UiLanguage::English);
    harness.state_mut().run(Action::Command(Command::Library));
    drop_folder(&mut harness, &f.folder);
    let row = |harness: &Harness<'static, SahifaApp>, name: &str| {
        harness
            .state()
            .library
            .entities
            .iter()
            .find(|e| e.canonical == name)
            .cloned()
    };
    let person = row(&harness, PERSON).expect("the person");
    assert!(person.aliases.iter().any(|a| a == "الهملان"), "{person:?}");
    let lang = UiLanguage::English;
    click_row(&mut harness, lang, PERSON);

    click_button(&mut harness, "Split off «الهملان»");
    harness.step();
    wait_idle(&mut harness);
    let split = row(&harness, "الهملان").expect("the alias is an entity of its own");
    let person = row(&harness, PERSON).unwrap();
    assert!(!person.aliases.iter().any(|a| a == "الهملان"));
    assert_eq!(
        harness.state().library.picked.as_ref().unwrap().entity.id,
        person.id
    );

    click_button(&mut harness, "Merge with…");
    settle(&mut harness);
    click_row(&mut harness, lang, "الهملان");
    assert!(row(&harness, "الهملان").is_none(), "merged back: {split:?}");
    let person = row(&harness, PERSON).unwrap();
    assert!(person.aliases.iter().any(|a| a == "الهملان"), "{person:?}");
}

/// Runs frames until the view asks for no more: rows are shaped over a few frames (a few
/// more in a debug build).
fn draw_all(harness: &mut Harness<'static, SahifaApp>) {
    for _ in 0..50 {
        if harness.try_run().is_ok() {
            return;
        }
    }
    panic!("the library view kept asking for frames");
}

/// Clicks the button `label` (not the text inside it, which has the same name).
fn click_button(harness: &mut Harness<'static, SahifaApp>, label: &str) {
    let button = egui_kittest::kittest::by()
        .role(egui::accesskit::Role::Button)
        .label(label);
    harness.get(button).click();
}

/// Clicks the entity row of `name` (its accessible name starts «NAME — »).
fn click_row(harness: &mut Harness<'static, SahifaApp>, lang: UiLanguage, name: &str) {
    let start = tr_args(
        lang,
        "library-entity-row",
        &[("name", name.into()), ("counts", "".into())],
    );
    let start = start.trim_end();
    harness
        .get_all_by(|node| node.label().is_some_and(|l| l.starts_with(start)))
        .next()
        .unwrap_or_else(|| panic!("no row «{start}»"))
        .click();
    harness.step();
    wait_idle(harness);
}

#[test]
fn a_node_of_the_neighbourhood_graph_picks_its_entity() {
    let f = fixture();
    let mut harness = app(&f.library, UiLanguage::English);
    harness.state_mut().run(Action::Command(Command::Library));
    drop_folder(&mut harness, &f.folder);
    click_row(&mut harness, UiLanguage::English, PERSON);
    draw_all(&mut harness);
    let picked = harness.state().library.picked.clone().unwrap();
    let neighbour = picked
        .neighbours
        .iter()
        .find(|n| n.entity.canonical == "الدوحة")
        .expect("«الدوحة» appears with the person");
    assert_eq!(neighbour.shared_articles, 1);
    harness
        .get_by_label("Node الدوحة, together in 1 article")
        .click();
    harness.step();
    wait_idle(&mut harness);
    let picked = harness.state().library.picked.clone().unwrap();
    assert_eq!(picked.entity.canonical, "الدوحة");
}

#[test]
fn files_that_cannot_be_read_are_listed_in_one_window_not_a_notice_each() {
    let f = fixture();
    for n in 0..3 {
        std::fs::write(f.folder.join(format!("broken{n}.docx")), b"not a zip").unwrap();
    }
    let mut harness = app(&f.library, UiLanguage::English);
    harness.state_mut().run(Action::Command(Command::Library));
    drop_folder(&mut harness, &f.folder);
    let library = &harness.state().library;
    assert_eq!(library.failures.len(), 3, "{:?}", library.failures);
    assert!(library.failures_open);
    let errors = harness
        .state()
        .notices()
        .iter()
        .filter(|n| n.is_error)
        .count();
    assert_eq!(errors, 0, "no notice per failed file");
    harness.get_by_label("Files that could not be added, or were added with a problem");
    for n in 0..3 {
        let path = f.folder.join(format!("broken{n}.docx"));
        let shown = harness
            .get_all_by_label_contains(&path.display().to_string())
            .count();
        assert!(shown >= 1, "{} is not listed", path.display());
    }
    // The readable articles were added all the same.
    assert!(
        harness
            .state()
            .library
            .entities
            .iter()
            .any(|e| e.canonical == PERSON && e.articles == 2)
    );
}

#[test]
fn an_article_saved_into_a_watched_folder_is_added_while_the_window_is_open() {
    let f = fixture();
    let mut harness = app(&f.library, UiLanguage::English);
    harness.state_mut().run(Action::Command(Command::Library));
    drop_folder(&mut harness, &f.folder);
    let articles_of_person = |harness: &Harness<'static, SahifaApp>| {
        harness
            .state()
            .library
            .entities
            .iter()
            .find(|e| e.canonical == PERSON)
            .map_or(0, |e| e.articles)
    };
    assert_eq!(articles_of_person(&harness), 2);
    std::fs::write(
        f.folder.join("a4.txt"),
        "اللواء سيف الهملان يزور البحرين\n\nوصل اللواء سيف الهملان إلى المنامة اليوم في زيارة رسمية.\n",
    )
    .unwrap();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    while articles_of_person(&harness) < 3 {
        assert!(
            std::time::Instant::now() < deadline,
            "the new article was not picked up"
        );
        std::thread::sleep(std::time::Duration::from_millis(50));
        harness.step();
    }
    assert_eq!(harness.state().library.articles.len(), 4);
}

/// The fixture with `n` more articles, copies of its own with a line of their own, so
/// adding them takes long enough to be stopped.
fn fixture_with_copies(n: usize) -> Fixture {
    let f = fixture();
    for i in 0..n {
        let (_, text) = ARTICLES[i % ARTICLES.len()];
        let text = format!("{text}\nنسخة {i}\n");
        std::fs::write(f.folder.join(format!("copy{i:03}.txt")), text).unwrap();
    }
    f
}

#[test]
fn cancel_stops_an_add_and_keeps_what_was_added() {
    let f = fixture_with_copies(400);
    let mut harness = app(&f.library, UiLanguage::English);
    harness.state_mut().run(Action::Command(Command::Library));
    start_dropping(&mut harness, &f.folder);
    assert!(harness.state().library.adding.is_some(), "the add runs");
    harness
        .state_mut()
        .run(Action::Command(Command::CancelLibraryAdd));
    wait_idle(&mut harness);
    let app = harness.state();
    assert!(app.library.adding.is_none());
    let said: Vec<_> = app.notices().iter().map(|n| n.message.clone()).collect();
    assert!(
        said.iter().any(|m| m.starts_with("Adding stopped")),
        "{said:?}"
    );
    let added = app.library.articles.len();
    assert!(added < 403, "{added} articles: the add was not stopped");
}

#[test]
fn the_status_bar_cancel_stops_an_add() {
    // The status bar shows a task after 150 ms; on a quiet machine 400 short articles were
    // all added before that, so the add is made long enough to be seen. 4,000 were not
    // enough once extraction got faster (mimalloc): under the whole test run's load the
    // add finished before the click reached it.
    let f = fixture_with_copies(12_000);
    let mut harness = app(&f.library, UiLanguage::English);
    start_dropping(&mut harness, &f.folder);
    assert!(harness.state().library.adding.is_some(), "the add runs");
    // Back to the article: the view's own Cancel is gone, the status bar's remains.
    harness.state_mut().run(Action::Command(Command::Library));
    // Click the status bar's Cancel as soon as it shows: a fixed wait let a fast machine
    // finish all 403 articles first.
    for _ in 0..500 {
        harness.step();
        if harness.query_by_label("Cancel").is_some() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    assert!(!harness.state().library.shown);
    harness.get_by_label("Cancel").click();
    wait_idle(&mut harness);
    let app = harness.state();
    assert!(app.library.adding.is_none());
    let added = app.library.articles.len();
    assert!(added < 12_003, "{added} articles: the add was not stopped");
}

#[test]
fn an_article_with_a_damaged_sidecar_is_added_and_listed_with_its_problem() {
    let f = fixture();
    let (name, _) = ARTICLES[0];
    let sidecar = f.folder.join(format!("{name}.sahifa.json"));
    std::fs::write(&sidecar, b"{ not json").unwrap();
    let mut harness = app(&f.library, UiLanguage::English);
    harness.state_mut().run(Action::Command(Command::Library));
    drop_folder(&mut harness, &f.folder);
    let library = &harness.state().library;
    assert_eq!(
        library.articles.len(),
        ARTICLES.len(),
        "every article is added"
    );
    let listed: Vec<_> = library
        .failures
        .iter()
        .filter(|(_, message)| message.starts_with("Added, but: "))
        .collect();
    assert_eq!(listed.len(), 1, "{:?}", library.failures);
    assert!(library.failures_open);
    assert_eq!(std::fs::read(&sidecar).unwrap(), b"{ not json", "untouched");
}

/// Makes each of `paths` refuse every write, root's too: `chattr +i` where the file
/// system has it (ext4, xfs, btrfs), else read-only permission bits (which stop everyone
/// but root). Undone when dropped, so the temporary folder can be removed.
struct WritesRefused(Vec<PathBuf>);

impl WritesRefused {
    fn on(paths: &[&Path]) -> Self {
        use std::os::unix::fs::PermissionsExt;
        for path in paths {
            let immutable = std::process::Command::new("chattr")
                .arg("+i")
                .arg(path)
                .status()
                .is_ok_and(|s| s.success());
            if !immutable {
                let mode = if path.is_dir() { 0o555 } else { 0o444 };
                std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
            }
        }
        Self(paths.iter().map(|p| p.to_path_buf()).collect())
    }
}

impl Drop for WritesRefused {
    fn drop(&mut self) {
        use std::os::unix::fs::PermissionsExt;
        for path in &self.0 {
            let _ = std::process::Command::new("chattr")
                .arg("-i")
                .arg(path)
                .status();
            let mode = if path.is_dir() { 0o755 } else { 0o644 };
            let _ = std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode));
        }
    }
}

/// The names in `folder`, sorted.
fn listing(folder: &Path) -> Vec<std::ffi::OsString> {
    let mut names: Vec<_> = std::fs::read_dir(folder)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    names.sort();
    names
}

/// The messages of the notices shown.
fn notices(harness: &Harness<'static, SahifaApp>) -> Vec<String> {
    let notices = harness.state().notices().iter();
    notices.map(|n| n.message.clone()).collect()
}

#[test]
fn a_library_in_a_read_only_folder_is_browsed_and_searched_and_adding_merging_splitting_say_so_leaving_it_unchanged()
 {
    read_only_library(Refused::FileAndFolder);
}

#[test]
fn a_read_only_library_file_in_a_writable_folder_is_browsed_and_searched_and_adding_merging_splitting_say_so_leaving_it_unchanged()
 {
    read_only_library(Refused::File);
}

#[test]
fn a_writable_library_file_in_a_read_only_folder_is_browsed_and_searched_and_adding_merging_splitting_say_so_leaving_it_unchanged()
 {
    read_only_library(Refused::Folder);
}

/// What may not be written.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Refused {
    /// A shared read-only drive.
    FileAndFolder,
    /// A file copied from a colleague without write permission.
    File,
    /// A folder the user may not write in (SQLite must make its `-wal` and `-shm` there).
    Folder,
}

/// A library that may not be written (`refused`) is opened to read: browsing and search
/// work, adding, merging and splitting say why not, and nothing is written to the file
/// or beside it.
fn read_only_library(refused: Refused) {
    use sahifa::logic::library_jobs::LibraryAction;
    let f = fixture();
    let lang = UiLanguage::English;
    // A library made by someone who may write there…
    let shared = f._dir.path().join("shared");
    let library = shared.join("library.sqlite");
    {
        let mut harness = app(&library, lang);
        drop_folder(&mut harness, &f.folder);
        assert_eq!(harness.state().library.articles.len(), 3);
    }
    // …then the file, its folder or both may not be written.
    let bytes = std::fs::read(&library).unwrap();
    let files = listing(&shared);
    let paths: &[&Path] = match refused {
        Refused::FileAndFolder => &[&library, &shared],
        Refused::File => &[&library],
        Refused::Folder => &[&shared],
    };
    let _refused = WritesRefused::on(paths);
    // Root on a file system without `chattr +i` (overlayfs) cannot be refused: say so
    // loudly rather than test nothing.
    let folder_open =
        refused != Refused::File && std::fs::File::create(shared.join("probe")).is_ok();
    let file_open = refused != Refused::Folder
        && std::fs::OpenOptions::new()
            .append(true)
            .open(&library)
            .is_ok();
    if folder_open || file_open {
        eprintln!("SKIPPED read_only_library({refused:?}): this machine cannot refuse writes");
        return;
    }

    let mut harness = app(&library, lang);
    harness.state_mut().run(Action::Command(Command::Library));
    settle(&mut harness);
    let path = [("path", library.display().to_string().into())];
    harness.get_by_label(&tr(lang, "library-read-only"));
    harness.get_by_label(&library.display().to_string());
    assert!(notices(&harness).is_empty(), "{:?}", notices(&harness));
    // Browsing and search work.
    assert_eq!(harness.state().library.articles.len(), 3);
    click_row(&mut harness, lang, PERSON);
    assert_eq!(
        harness.state().library.picked.as_ref().unwrap().hits.len(),
        2
    );
    harness
        .state_mut()
        .run(Action::Library(LibraryAction::SetQuery("الهملان".into())));
    wait_idle(&mut harness);
    assert!(!harness.state().library.search_hits.is_empty());

    // A dropped folder, the menu and the view's button: one clear message each.
    let refused_add = tr_args(lang, "library-read-only-add", &path);
    drop_folder(&mut harness, &f.folder);
    assert_eq!(notices(&harness), vec![refused_add.clone()]);
    harness.get_by_label(&refused_add);
    harness
        .state_mut()
        .run(Action::Command(Command::AddFolderToLibrary));
    settle(&mut harness);
    click_button(&mut harness, &tr(lang, "command-add-files-to-library"));
    harness.step();
    wait_idle(&mut harness);
    assert!(
        harness.state().library.path_prompt.is_none(),
        "no path asked"
    );
    assert_eq!(notices(&harness), vec![refused_add; 3]);
    // Split and merge, likewise.
    let refused_change = tr_args(lang, "library-read-only-change", &path);
    click_button(&mut harness, "Split off «الهملان»");
    harness.step();
    settle(&mut harness);
    click_button(&mut harness, "Merge with…");
    harness.step();
    wait_idle(&mut harness);
    let said = notices(&harness);
    assert_eq!(said[3..], [refused_change.clone(), refused_change]);
    assert!(!harness.state().library.merging);
    assert!(harness.state().library.adding.is_none());
    let person = harness
        .state()
        .library
        .entity(harness.state().library.picked.as_ref().unwrap().entity.id);
    assert!(person.unwrap().aliases.iter().any(|a| a == "الهملان"));

    drop(harness);
    assert_eq!(std::fs::read(&library).unwrap(), bytes, "the file changed");
    assert_eq!(listing(&shared), files, "files were made beside it");
}

#[test]
fn starting_without_a_library_file_makes_none_and_the_first_add_makes_it_and_lists_the_articles() {
    use sahifa::logic::library_jobs::LibraryAction;
    use sahifa::state::library::LibraryPage;
    let f = fixture();
    let lang = UiLanguage::English;
    let data = f._dir.path().join("data");
    let library = data.join("sahifa").join("library.sqlite");
    let mut harness = app(&library, lang);
    harness.state_mut().run(Action::Command(Command::Library));
    settle(&mut harness);
    // The empty library with its hint, and no file (nor folder) made for it.
    assert!(harness.state().library.is_ready());
    harness.get_by_label(&tr(lang, "library-no-entities"));
    harness
        .state_mut()
        .run(Action::Library(LibraryAction::SetPage(
            LibraryPage::Articles,
        )));
    settle(&mut harness);
    harness.get_by_label(&tr(lang, "library-empty"));
    assert!(!data.exists(), "a library was made at start");
    assert!(notices(&harness).is_empty(), "{:?}", notices(&harness));

    add_folder_from_menu(&mut harness, &f.folder, lang);
    assert!(library.is_file(), "the first add made no library");
    let view = &harness.state().library;
    assert_eq!(view.articles.len(), 3);
    assert!(view.read_only.is_none());
    let title = &view.articles[0].title;
    let open = tr_args(
        lang,
        "library-open-article",
        &[("title", title.as_str().into())],
    );
    harness.get_by_label(&open);
    let person = view.entities.iter().find(|e| e.canonical == PERSON);
    assert_eq!(person.map(|e| e.articles), Some(2));
}
