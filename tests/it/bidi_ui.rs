//! Arabic in egui's own widgets (menus, tooltips, checkboxes): drawn by the text layer in
//! reading order, not word by word left to right, with logical accessible names.

use egui::epaint::Shape;
use egui_kittest::kittest::Queryable;
use sahifa::logic::{Action, Command};
use sahifa::state::settings::UiLanguage;
use sahifa::ui::bidi_widgets::visual_words;

use crate::support::{options, settle, start, wait_idle};

/// The app with no document, so nothing of the text layer lies under the menus.
fn empty_app(lang: UiLanguage) -> egui_kittest::Harness<'static, sahifa::SahifaApp> {
    let mut harness = start(options(Vec::new()));
    wait_idle(&mut harness);
    harness.state_mut().run(Action::SetLanguage(lang));
    settle(&mut harness);
    harness
}

/// The x extents of the painted shapes inside `rect`: (egui text, text-layer meshes).
fn painted_in(shapes: &[egui::epaint::ClippedShape], rect: egui::Rect) -> (Vec<f32>, Vec<f32>) {
    let mut egui_text = Vec::new();
    let mut meshes = Vec::new();
    for clipped in shapes {
        match &clipped.shape {
            Shape::Text(text) if rect.contains(text.visual_bounding_rect().center()) => {
                egui_text.push(text.visual_bounding_rect().center().x);
            }
            Shape::Mesh(mesh) if mesh.texture_id != egui::TextureId::default() => {
                meshes.extend(
                    mesh.vertices
                        .iter()
                        .filter(|v| rect.contains(v.pos))
                        .map(|v| v.pos.x),
                );
            }
            _ => {}
        }
    }
    (egui_text, meshes)
}

#[test]
fn arabic_menu_items_are_not_drawn_in_reverse_word_order() {
    let mut harness = empty_app(UiLanguage::Arabic);
    harness.get_by_label("تحرير").click();
    settle(&mut harness);
    let lang = UiLanguage::Arabic;
    let ctx = harness.ctx.clone();
    for command in [
        Command::ClearSelection,
        Command::NextMention,
        Command::PreviousMention,
        Command::ReExtract,
    ] {
        let text = command.label(lang);
        let logical: Vec<&str> = text.split(' ').collect();
        assert!(logical.len() > 1, "«{text}» has several words");
        // The accessible name is the logical text, so screen readers read it right.
        let rect = harness.get_by_label(&text).rect();
        // Drawn by the text layer (its own glyph textures), not by egui word by word.
        let (egui_text, meshes) = painted_in(&harness.output().shapes, rect);
        assert!(!meshes.is_empty(), "«{text}» is painted by the text layer");
        let ink_left = meshes.iter().copied().fold(f32::INFINITY, f32::min);
        // The text layer puts the first word on the right: right to left, in reading order.
        let mut expected: Vec<String> = logical.iter().map(|w| (*w).to_owned()).collect();
        expected.reverse();
        assert_eq!(visual_words(&ctx, &text), expected, "«{text}» on screen");
        // Right-aligned, with the shortcut (egui text) on the left.
        let ink_right = meshes.iter().copied().fold(f32::NEG_INFINITY, f32::max);
        assert!(
            ink_right > rect.right() - 16.0,
            "«{text}» sits on the right"
        );
        if command.shortcut().is_some() {
            assert!(
                egui_text.iter().all(|&x| x < ink_left),
                "«{text}»: its shortcut is on the left"
            );
        }
    }
}

#[test]
fn english_menu_items_stay_egui_text() {
    let mut harness = empty_app(UiLanguage::English);
    harness.get_by_label("Edit").click();
    settle(&mut harness);
    let rect = harness.get_by_label("Clear selection").rect();
    let (egui_text, meshes) = painted_in(&harness.output().shapes, rect);
    assert!(
        meshes.is_empty(),
        "English menu text is not shaped by the text layer"
    );
    assert!(!egui_text.is_empty());
}

#[test]
fn an_arabic_tooltip_reads_in_word_order() {
    let mut harness = empty_app(UiLanguage::Arabic);
    harness.get_by_label("تحرير").click();
    settle(&mut harness);
    let label = Command::ReExtract.label(UiLanguage::Arabic);
    harness.get_by_label(&label).hover();
    // Tooltips wait for the pointer to rest.
    for _ in 0..40 {
        harness.step();
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    let tooltip = Command::ReExtract.tooltip(UiLanguage::Arabic);
    // The tooltip is a text-layer label, named by its logical text, not egui text.
    let rect = harness.get_by_label(&tooltip).rect();
    let (egui_text, meshes) = painted_in(&harness.output().shapes, rect);
    assert!(
        !meshes.is_empty(),
        "the tooltip is painted by the text layer"
    );
    assert!(egui_text.is_empty(), "egui draws none of the tooltip");
}

#[test]
fn mixed_arabic_with_a_file_name_and_digits_reads_in_bidi_order() {
    let harness = empty_app(UiLanguage::Arabic);
    // An Arabic sentence holding a Latin file name and digits: the Latin and the number
    // keep their own order inside the right-to-left line.
    let text = "فتح الملف report-2026.txt الآن";
    let words = visual_words(&harness.ctx, text);
    assert_eq!(words, ["الآن", "report-2026.txt", "الملف", "فتح"]);
}

#[test]
fn an_arabic_file_name_in_an_english_tab_is_drawn_by_the_text_layer() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("خبر عاجل.txt");
    std::fs::copy(crate::support::fixture("second.txt"), &path).unwrap();
    let mut harness = start(options(vec![path]));
    wait_idle(&mut harness);
    // The tab is named by its logical text, and its words are not reversed.
    let tab = harness.get_by_role_and_label(egui::accesskit::Role::Button, "خبر عاجل.txt");
    let rect = tab.rect();
    let (egui_text, meshes) = painted_in(&harness.output().shapes, rect);
    assert!(!meshes.is_empty(), "the tab's Arabic name is shaped");
    assert!(egui_text.is_empty(), "egui draws none of it");
    assert_eq!(
        visual_words(&harness.ctx, "خبر عاجل.txt"),
        ["عاجل.txt", "خبر"]
    );
}
