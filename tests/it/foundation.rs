//! Issue 2: the app opens on the bundled seed article.

use egui_kittest::kittest::Queryable;

use crate::support::{gpu_available, options, seed_path, start, wait_idle};

const FIRST_PARAGRAPH: &str =
    "آمر القوة البحرية بحث مع رئيس الأركان القطري سبل تعزيز التعاون العسكري";

#[test]
fn starting_without_paths_shows_the_seed_article() {
    let mut harness = start(options(Vec::new()));
    wait_idle(&mut harness);
    let app = harness.state();
    assert_eq!(app.documents().len(), 1, "notices: {:?}", app.notices());
    assert_eq!(
        app.documents()[0].doc.source.path.as_deref(),
        Some(seed_path().as_path())
    );
    // A screen reader (and this test) finds the first paragraph's text.
    harness.get_by_label_contains(FIRST_PARAGRAPH);
}

#[test]
fn status_bar_shows_encoding_format_and_counts() {
    let mut harness = start(options(vec![seed_path()]));
    wait_idle(&mut harness);
    let stats = harness.state().documents()[0].stats;
    let text = std::fs::read_to_string(seed_path()).unwrap();
    assert_eq!(stats.words, text.split_whitespace().count());
    harness.get_by_label("Encoding: UTF-8");
    harness.get_by_label("Format: Plain text");
    harness.get_by_label(&format!("Words: {}", stats.words));
    harness.get_by_label(&format!("Characters: {}", text.chars().count()));
}

#[test]
fn snapshot_of_the_seed_article() {
    if !gpu_available("app-seed") {
        return;
    }
    let mut harness = start(options(vec![seed_path()]));
    harness.set_size(egui::vec2(960.0, 600.0));
    wait_idle(&mut harness);
    harness.snapshot("app-seed");
}

#[test]
fn snapshot_of_an_entity_selected() {
    if !gpu_available("app-entity-selected") {
        return;
    }
    let (mut harness, _) = crate::support::seed_with_gold();
    harness.set_size(egui::vec2(960.0, 600.0));
    harness.get_by_label("سيف الهملان").click();
    crate::support::settle(&mut harness);
    harness.key_press(egui::Key::F3);
    crate::support::settle(&mut harness);
    harness.snapshot("app-entity-selected");
}

#[test]
fn snapshot_of_the_arabic_interface() {
    if !gpu_available("app-arabic") {
        return;
    }
    let (mut harness, _) = crate::support::seed_with_gold();
    harness.set_size(egui::vec2(960.0, 600.0));
    harness.state_mut().run(sahifa::logic::Action::SetLanguage(
        sahifa::state::settings::UiLanguage::Arabic,
    ));
    crate::support::settle(&mut harness);
    harness.get_by_label("سيف الهملان").click();
    crate::support::settle(&mut harness);
    harness.snapshot("app-arabic");
}

#[test]
fn snapshots_in_the_light_theme_english_and_arabic() {
    if !gpu_available("app-light") {
        return;
    }
    let (mut harness, _) = crate::support::seed_with_gold();
    harness.set_size(egui::vec2(960.0, 600.0));
    harness.state_mut().run(sahifa::logic::Action::SetTheme(
        sahifa::state::settings::ThemeChoice::Light,
    ));
    crate::support::settle(&mut harness);
    harness.get_by_label("سيف الهملان").click();
    crate::support::settle(&mut harness);
    harness.snapshot("app-light-entity-selected");
    harness.state_mut().run(sahifa::logic::Action::SetLanguage(
        sahifa::state::settings::UiLanguage::Arabic,
    ));
    crate::support::settle(&mut harness);
    harness.snapshot("app-light-arabic");
}

#[test]
fn every_control_has_an_accessible_name() {
    let (mut harness, _) = crate::support::seed_with_gold();
    harness.get_by_label("سيف الهملان").click();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::F);
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::E);
    crate::support::settle(&mut harness);
    harness.check_accessibility();
    harness.get_by_label("View").click();
    crate::support::settle(&mut harness);
    harness.check_accessibility();
}
