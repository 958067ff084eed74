//! The article view and the label through egui_kittest: accessibility labels, selection,
//! copy, zoom, scrolling.

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use sahifa_model::{Document, TextRange};
use sahifa_text::{ArticleView, TextLabel};

use super::*;

fn doc() -> Document {
    Document::from_plain_text(
        "افتتاح معرض DIMDEX 2026 في الدوحة (قطر)\n\nناقش آمر القوة البحرية مع رئيس الأركان سبل تعزيز التعاون.\n\nThe exhibition opened on Monday.",
    )
}

fn harness(mut view: ArticleView, doc: Document) -> Harness<'static, ArticleView> {
    Harness::builder()
        .with_size(egui::vec2(800.0, 600.0))
        .build_ui_state(
            move |ui, view: &mut ArticleView| {
                if ui.ctx().cumulative_pass_nr() == 0 {
                    TextSystem::install(ui.ctx(), system());
                }
                view.show(ui, &doc, &[]);
            },
            std::mem::take(&mut view),
        )
}

#[test]
fn paragraphs_are_exposed_to_screen_readers() {
    let d = doc();
    let mut h = harness(ArticleView::new(), d.clone());
    h.run();
    for block in d.blocks() {
        h.get_by_label(d.block_text(block));
    }
}

#[test]
fn label_widget_exposes_its_text() {
    let mut h = Harness::new_ui(|ui| {
        if ui.ctx().cumulative_pass_nr() == 0 {
            TextSystem::install(ui.ctx(), system());
        }
        ui.add(TextLabel::new("اللواء سيف الهملان").highlight(7..10, egui::Color32::YELLOW));
    });
    h.run();
    h.get_by_label("اللواء سيف الهملان");
}

#[test]
fn select_all_selects_the_whole_document() {
    let d = doc();
    let mut h = harness(ArticleView::new(), d.clone());
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.run();
    let sel = h.state().selection();
    assert_eq!(
        sel,
        Some(TextRange::new(0, d.text.char_len(), d.text.char_len()).unwrap())
    );
}

#[test]
fn zoom_keys_change_the_zoom() {
    let mut h = harness(ArticleView::new(), doc());
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Plus);
    h.run();
    assert!(h.state().zoom() > 1.05);
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Num0);
    h.run();
    assert_eq!(h.state().zoom(), 1.0);
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Minus);
    h.run();
    assert!(h.state().zoom() < 0.95);
}
