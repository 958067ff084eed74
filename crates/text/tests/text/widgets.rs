//! The article view and the label through egui_kittest: accessibility labels, selection,
//! copy, font size, scrolling.

use egui::Modifiers;
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

/// The view plus what its last response reported.
#[derive(Default)]
struct Probe {
    view: ArticleView,
    hovered: Option<usize>,
    clicked: Option<usize>,
}

fn probe_harness(doc: Document) -> Harness<'static, Probe> {
    Harness::builder()
        .with_size(egui::vec2(800.0, 600.0))
        .build_ui_state(
            move |ui, probe: &mut Probe| {
                if ui.ctx().cumulative_pass_nr() == 0 {
                    TextSystem::install(ui.ctx(), system());
                }
                let out = probe.view.show(ui, &doc, &[]);
                probe.hovered = out.hovered;
                if out.clicked.is_some() {
                    probe.clicked = out.clicked;
                }
            },
            Probe::default(),
        )
}

#[test]
fn dragging_across_an_rtl_paragraph_selects_it_and_ctrl_c_copies_it_in_logical_order() {
    let d = doc();
    let first = d.block_text(&d.blocks()[0]).to_owned();
    let mut h = probe_harness(d.clone());
    h.run();
    let rect = h.get_by_label(&first).rect();
    let y = rect.top() + 20.0;
    // From right of the text's start (RTL: the right end) to the left margin.
    h.drag_at(egui::pos2(rect.right() - 1.0, y));
    h.run();
    h.hover_at(egui::pos2(rect.center().x, y));
    h.run();
    h.drop_at(egui::pos2(rect.left() + 1.0, y));
    h.run();
    let sel = h.state().view.selection().expect("a selection");
    assert_eq!((sel.start(), sel.end()), (0, first.chars().count()));
    h.event(egui::Event::Copy);
    h.step();
    let copied = h
        .output()
        .platform_output
        .commands
        .iter()
        .find_map(|c| match c {
            egui::OutputCommand::CopyText(t) => Some(t.clone()),
            _ => None,
        });
    assert_eq!(copied.as_deref(), Some(first.as_str()));
}

#[test]
fn hovering_and_clicking_the_right_end_of_an_rtl_line_reports_its_first_word() {
    let d = doc();
    let first = d.block_text(&d.blocks()[0]).to_owned();
    let mut h = probe_harness(d);
    h.run();
    let rect = h.get_by_label(&first).rect();
    // Find the text's right end: hover leftwards from the right edge until a char shows.
    let y = rect.top() + 16.0;
    let mut x = rect.right();
    let mut hit = None;
    while x > rect.left() && hit.is_none() {
        h.hover_at(egui::pos2(x, y));
        h.run();
        hit = h.state().hovered;
        x -= 2.0;
    }
    assert_eq!(
        hit,
        Some(0),
        "the right end of an RTL line is its first character"
    );
    h.get_by_label(&first).hover();
    h.run();
    // Clicking at the left end hits the closing bracket, the last character.
    let mut x = rect.left();
    let mut left_hit = None;
    while x < rect.right() && left_hit.is_none() {
        h.hover_at(egui::pos2(x, y));
        h.run();
        left_hit = h.state().hovered;
        x += 2.0;
    }
    assert_eq!(left_hit, Some(first.chars().count() - 1));
}

#[test]
fn scroll_to_brings_a_far_offset_into_view() {
    let text: String = (0..2000)
        .map(|i| format!("الفقرة رقم {i} من المقال الطويل جدا عن معرض الدوحة.\n\n"))
        .collect();
    let d = Document::from_plain_text(&text);
    let target = d.blocks()[1500];
    let mut h = probe_harness(d.clone());
    h.run();
    assert!(h.query_by_label(d.block_text(&target)).is_none());
    h.state_mut().view.scroll_to(target.range.start() + 3);
    h.run();
    h.get_by_label(d.block_text(&target));
    let visible = h.state().view.visible_range().expect("visible");
    assert!(visible.contains(target.range.start() + 3), "{visible}");
}

#[test]
fn a_larger_font_keeps_the_paragraph_at_the_top_in_place() {
    let text: String = (0..2000)
        .map(|i| {
            format!("الفقرة رقم {i} من المقال الطويل جدا عن معرض الدوحة الدولي للدفاع البحري.\n\n")
        })
        .collect();
    let d = Document::from_plain_text(&text);
    let mut h = probe_harness(d.clone());
    h.run();
    h.state_mut().view.scroll_to(d.blocks()[1500].range.start());
    h.run();
    let top_block = |h: &Harness<'static, Probe>| {
        let start = h.state().view.visible_range().expect("visible").start();
        d.block_at(start).expect("a block")
    };
    let before = top_block(&h);
    assert!(before > 1400, "scrolled to {before}");
    for _ in 0..3 {
        h.state_mut().view.font_size *= 1.1;
        h.run();
    }
    let after = top_block(&h);
    assert_eq!(after, before, "the block at the top moved");
}

#[test]
fn double_click_selects_a_word_and_triple_click_its_paragraph() {
    let d = doc();
    let first = d.block_text(&d.blocks()[0]).to_owned();
    let mut h = probe_harness(d);
    h.run();
    let rect = h.get_by_label(&first).rect();
    // The right end of the RTL line is the first word, «افتتاح».
    let y = rect.top() + 16.0;
    let mut x = rect.right();
    while x > rect.left() {
        h.hover_at(egui::pos2(x, y));
        h.run();
        if h.state().hovered.is_some() {
            break;
        }
        x -= 2.0;
    }
    let p = egui::pos2(x - 6.0, y);
    // The harness feeds the clicks in separate frames and advances its clock a lot per
    // frame; give the double click room.
    h.ctx
        .options_mut(|o| o.input_options.max_double_click_delay = 5.0);
    for pressed in [true, false, true, false] {
        h.event(egui::Event::PointerButton {
            pos: p,
            button: egui::PointerButton::Primary,
            pressed,
            modifiers: Modifiers::NONE,
        });
    }
    h.step();
    h.run();
    let sel = h.state().view.selection().expect("a word selected");
    assert_eq!((sel.start(), sel.end()), (0, "افتتاح".chars().count()));
    // A third click selects the paragraph.
    for pressed in [true, false] {
        h.event(egui::Event::PointerButton {
            pos: p,
            button: egui::PointerButton::Primary,
            pressed,
            modifiers: Modifiers::NONE,
        });
    }
    h.step();
    h.run();
    let sel = h.state().view.selection().expect("the paragraph selected");
    assert_eq!((sel.start(), sel.end()), (0, first.chars().count()));
}

#[test]
fn page_down_and_ctrl_home_scroll_the_article() {
    let text: String = (0..300)
        .map(|i| format!("الفقرة رقم {i} من المقال الطويل.\n\n"))
        .collect();
    let d = Document::from_plain_text(&text);
    let mut h = probe_harness(d);
    h.run();
    let start =
        |h: &Harness<'static, Probe>| h.state().view.visible_range().expect("visible").start();
    assert_eq!(start(&h), 0);
    h.key_press(egui::Key::PageDown);
    h.run();
    let after_page = start(&h);
    assert!(after_page > 0, "PageDown scrolled");
    h.key_press(egui::Key::ArrowDown);
    h.run();
    assert!(start(&h) >= after_page);
    h.key_press_modifiers(Modifiers::COMMAND, egui::Key::Home);
    h.run();
    assert_eq!(start(&h), 0, "Ctrl+Home back to the top");
}

#[test]
fn empty_and_odd_documents_show_without_panicking() {
    for text in [
        "",
        "\n\n\n",
        "\u{202b}\u{202c}\n\u{064e}",
        &"كلمة ".repeat(20_000),
    ] {
        let d = Document::from_plain_text(text);
        let mut h = probe_harness(d);
        h.run();
        h.key_press_modifiers(Modifiers::COMMAND, egui::Key::A);
        h.key_press(egui::Key::PageDown);
        h.run();
    }
}
