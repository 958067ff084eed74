//! The single-line text input: typing and deleting Arabic, visual arrow keys, selection.

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use sahifa_text::TextInput;

use super::*;

fn input_harness(initial: &str) -> Harness<'static, String> {
    let mut h = Harness::builder()
        .with_size(egui::vec2(400.0, 80.0))
        .build_ui_state(
            |ui, text: &mut String| {
                if ui.ctx().cumulative_pass_nr() == 0 {
                    TextSystem::install(ui.ctx(), system());
                }
                ui.add(TextInput::new(text).hint("ابحث"));
            },
            initial.to_owned(),
        );
    h.run();
    h.get_by_role(egui::accesskit::Role::TextInput).click();
    h.run();
    h
}

fn press(h: &mut Harness<'static, String>, key: Key) {
    h.key_press(key);
    h.run();
}

#[test]
fn typing_arabic_then_deleting_with_visual_arrows() {
    let mut h = input_harness("");
    h.event(egui::Event::Text("مرحبا".to_owned()));
    h.run();
    assert_eq!(h.state(), "مرحبا");
    // The caret is at the logical end, the visual LEFT end of RTL text. The right arrow
    // moves it visually right, i.e. one letter back towards the start.
    press(&mut h, Key::ArrowRight);
    press(&mut h, Key::Backspace);
    assert_eq!(h.state(), "مرحا", "backspace after → deletes «ب»");
    // Home goes to the logical start (visual right end); typing there prepends.
    press(&mut h, Key::Home);
    h.event(egui::Event::Text("ال".to_owned()));
    h.run();
    assert_eq!(h.state(), "المرحا");
    // The caret now follows «ال». Left arrow in RTL moves forward logically, past «م»;
    // Delete then removes the letter after it, «ر».
    press(&mut h, Key::ArrowLeft);
    press(&mut h, Key::Delete);
    assert_eq!(h.state(), "المحا");
}

#[test]
fn ltr_text_moves_the_other_way() {
    let mut h = input_harness("abc");
    press(&mut h, Key::ArrowLeft);
    press(&mut h, Key::Backspace);
    assert_eq!(h.state(), "ac");
}

#[test]
fn select_all_copy_and_replace() {
    let mut h = input_harness("الدوحة DIMDEX 2026");
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.run();
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
    assert_eq!(copied.as_deref(), Some("الدوحة DIMDEX 2026"));
    h.event(egui::Event::Text("قطر".to_owned()));
    h.run();
    assert_eq!(h.state(), "قطر", "typing replaces the selection");
}

#[test]
fn pasted_newlines_become_spaces() {
    let mut h = input_harness("");
    h.event(egui::Event::Paste("سطر\nثان".to_owned()));
    h.run();
    assert_eq!(h.state(), "سطر ثان");
}

#[test]
fn input_method_commits_are_typed() {
    let mut h = input_harness("");
    h.event(egui::Event::Ime(egui::ImeEvent::Commit("قطر".to_owned())));
    h.run();
    assert_eq!(h.state(), "قطر");
    assert!(
        h.output().platform_output.ime.is_some(),
        "the field asks for input methods"
    );
}
