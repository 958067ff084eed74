//! Issue 4: the reader — sidebar, highlights, next/previous, mention list, filter, find.

use egui::{Key, Modifiers};
use egui_kittest::kittest::{NodeT, Queryable};
use sahifa::logic::Action;
use sahifa::state::settings::UiLanguage;

use crate::support::{seed_path, seed_with_gold, settle, type_into};

const HAMLAN: &str = "سيف الهملان";

/// The ranges the article highlights for the selected entity.
fn selected_ranges(
    harness: &egui_kittest::Harness<'static, sahifa::SahifaApp>,
) -> Vec<sahifa::model::TextRange> {
    harness
        .state()
        .active_document()
        .unwrap()
        .selected_mentions()
        .to_vec()
}

#[test]
fn clicking_an_entity_highlights_exactly_its_mentions_and_scrolls_to_the_first() {
    let (mut harness, gold) = seed_with_gold();
    harness.get_by_label(HAMLAN).click();
    settle(&mut harness);

    let expected = gold.ranges_of("saif-alhamlan");
    assert_eq!(expected.len(), 5);
    assert_eq!(selected_ranges(&harness), expected);
    let app = harness.state();
    let doc = app.active_document().unwrap();
    assert_eq!(doc.view.selected, Some(gold.id("saif-alhamlan")));
    assert_eq!(doc.view.current_mention, Some(0));
    assert_eq!(doc.view.scroll_request.map(|r| r.range), Some(expected[0]));

    // The article paints exactly those ranges in the entity's colour.
    let highlighted: Vec<_> =
        sahifa::ui::highlights::highlights(app, doc, doc.doc.text.full_range())
            .into_iter()
            .map(|h| h.range)
            .collect();
    assert_eq!(highlighted, expected);
}

#[test]
fn next_and_previous_cycle_through_every_mention() {
    let (mut harness, gold) = seed_with_gold();
    let expected = gold.ranges_of("saif-alhamlan");
    harness.get_by_label(HAMLAN).click();
    settle(&mut harness);
    let current = |h: &egui_kittest::Harness<'static, sahifa::SahifaApp>| {
        let doc = h.state().active_document().unwrap();
        (
            doc.view.current_mention,
            doc.view.scroll_request.map(|r| r.range),
        )
    };
    for (i, range) in expected.iter().enumerate().skip(1) {
        harness.key_press(Key::F3);
        settle(&mut harness);
        assert_eq!(current(&harness), (Some(i), Some(*range)));
    }
    // The article has scrolled to the last mention: its paragraph is on screen, the
    // opening paragraph is not.
    let last = *expected.last().unwrap();
    let text = {
        let doc = &harness.state().active_document().unwrap().doc;
        let block = doc.blocks()[doc.block_at(last.start()).unwrap()];
        doc.block_text(&block).to_owned()
    };
    harness.get_by_label(&text);
    assert!(
        harness
            .query_by_label_contains("ناقش آمر القوة البحرية")
            .is_none()
    );
    harness.key_press(Key::F3); // wraps around
    settle(&mut harness);
    assert_eq!(current(&harness), (Some(0), Some(expected[0])));
    harness.key_press_modifiers(Modifiers::SHIFT, Key::F3);
    settle(&mut harness);
    assert_eq!(current(&harness).0, Some(expected.len() - 1));
    // The buttons of the mention list do the same.
    harness.get_by_label("Next").click();
    settle(&mut harness);
    assert_eq!(current(&harness).0, Some(0));

    // Escape clears the selection and its highlights.
    harness.key_press(Key::Escape);
    settle(&mut harness);
    assert!(selected_ranges(&harness).is_empty());
}

#[test]
fn the_mention_list_shows_every_mention_in_context_and_jumps() {
    let (mut harness, gold) = seed_with_gold();
    let expected = gold.ranges_of("saif-alhamlan");
    harness.get_by_label(HAMLAN).click();
    settle(&mut harness);
    for i in 1..=expected.len() {
        harness.get_by_label_contains(&format!("{i}: "));
    }
    assert!(
        harness
            .query_by_label_contains(&format!("{}: ", expected.len() + 1))
            .is_none()
    );
    // The third row's context is the text around the third mention.
    harness.get_by_label_contains("3: ").scroll_to_me();
    settle(&mut harness);
    let third = harness.get_by_label_contains("3: ");
    let label = third.accesskit_node().label().unwrap_or_default();
    assert!(label.contains("الهملان"), "{label}");
    third.click();
    settle(&mut harness);
    let doc = harness.state().active_document().unwrap();
    assert_eq!(doc.view.current_mention, Some(2));
    assert_eq!(doc.view.scroll_request.map(|r| r.range), Some(expected[2]));
}

#[test]
fn the_filter_matches_arabic_loosely() {
    for filter in ["الهملان", "الهمـلان"] {
        let (mut harness, _) = seed_with_gold();
        type_into(&mut harness, "Filter", filter);
        harness.get_by_label(HAMLAN);
        for other in ["جاسم المناعي", "بدر الرسمان", "الكويت", "الجيش الكويتي"]
        {
            assert!(
                harness.query_by_label(other).is_none(),
                "{other} should be filtered out by {filter}"
            );
        }
    }
}

#[test]
fn find_counts_every_occurrence_including_attached_clitics() {
    let (mut harness, _) = seed_with_gold();
    let text = std::fs::read_to_string(seed_path()).unwrap();
    // Every occurrence in the seed stands at a word start after optional clitics and
    // article: 8 × «وقطر», 1 × «قطر», and «القطري(ة)» ×4.
    let expected = text.matches("قطر").count();
    assert_eq!(expected, 13);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::F);
    settle(&mut harness);
    type_into(&mut harness, sahifa::ui::find_bar::FIND_BOX, "قطر");
    let doc = harness.state().active_document().unwrap();
    assert_eq!(doc.view.find.hits.len(), expected);
    let waqatar = text
        .find("وقطر")
        .map(|b| text[..b].chars().count() + 1)
        .unwrap();
    assert!(doc.view.find.hits.iter().any(|r| r.start() == waqatar));
    harness.get_by_label(&format!("1 / {expected}"));
    // Enter goes to the next hit, Shift+Enter back.
    harness.key_press(Key::Enter);
    settle(&mut harness);
    harness.get_by_label(&format!("2 / {expected}"));
    harness.key_press_modifiers(Modifiers::SHIFT, Key::Enter);
    settle(&mut harness);
    harness.get_by_label(&format!("1 / {expected}"));
}

#[test]
fn arabic_interface_mirrors_the_layout() {
    let (mut harness, _) = seed_with_gold();
    let left_before = harness.get_by_label(HAMLAN).rect().center().x;
    assert!(left_before < 600.0, "sidebar starts on the left in English");
    harness
        .state_mut()
        .run(Action::SetLanguage(UiLanguage::Arabic));
    settle(&mut harness);
    let right_after = harness.get_by_label(HAMLAN).rect().center().x;
    assert!(right_after > 600.0, "sidebar moves to the right in Arabic");
    harness.get_by_label("ملف"); // the File menu, translated
}

#[test]
fn clicking_a_mention_in_the_article_selects_its_entity() {
    let (mut harness, gold) = seed_with_gold();
    let second = gold.ranges_of("saif-alhamlan")[1];
    // What the article view reports for a click inside the second «الهملان».
    harness
        .state_mut()
        .run(Action::ClickedText(second.start() + 2));
    settle(&mut harness);
    let doc = harness.state().active_document().unwrap();
    assert_eq!(doc.view.selected, Some(gold.id("saif-alhamlan")));
    assert_eq!(doc.view.current_mention, Some(1));
    // A click on plain text selects nothing new and keeps the selection.
    harness.state_mut().run(Action::ClickedText(0));
    let doc = harness.state().active_document().unwrap();
    assert_eq!(doc.view.selected, Some(gold.id("saif-alhamlan")));
}

#[test]
fn colour_all_shows_every_mention_by_type_and_types_can_be_hidden() {
    let (mut harness, gold) = seed_with_gold();
    let all = gold.annotations.mentions.len();
    let persons = gold
        .annotations
        .mentions
        .iter()
        .filter(|m| m.label == sahifa::model::Label::Person)
        .count();
    let count = |h: &egui_kittest::Harness<'static, sahifa::SahifaApp>| {
        let app = h.state();
        let doc = app.active_document().unwrap();
        sahifa::ui::highlights::highlights(app, doc, doc.doc.text.full_range()).len()
    };
    assert_eq!(count(&harness), 0);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::E);
    settle(&mut harness);
    assert_eq!(count(&harness), all);
    // The legend's PERSON toggle hides the people.
    harness.get_by_label("PERSON").click();
    settle(&mut harness);
    assert_eq!(count(&harness), all - persons);
}

#[test]
fn extraction_runs_in_the_background_and_fills_the_sidebar() {
    let mut harness = crate::support::start(sahifa::AppOptions {
        extract: true,
        ..crate::support::options(vec![seed_path()])
    });
    crate::support::wait_idle(&mut harness);
    let doc = harness.state().active_document().unwrap();
    assert_eq!(doc.extraction, sahifa::state::document::Extraction::Done);
    // The extractor's mentions of «سيف الهملان» are the gold ones, give or take a
    // leading clitic.
    harness.get_by_label(HAMLAN).click();
    settle(&mut harness);
    let gold = crate::support::gold().ranges_of("saif-alhamlan");
    let found = selected_ranges(&harness);
    assert_eq!(found.len(), gold.len(), "{found:?}");
    for (f, g) in found.iter().zip(&gold) {
        assert!(f.overlaps(*g), "{f} does not match gold {g}");
    }
}

#[test]
fn ctrl_plus_minus_and_zero_zoom_the_article() {
    let (mut harness, _) = seed_with_gold();
    let size =
        |h: &egui_kittest::Harness<'static, sahifa::SahifaApp>| h.state().settings().font_size;
    let default = size(&harness);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Plus);
    settle(&mut harness);
    assert!(size(&harness) > default);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Minus);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Minus);
    settle(&mut harness);
    assert!(size(&harness) < default);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Num0);
    settle(&mut harness);
    assert_eq!(size(&harness), default);
}

#[test]
fn a_pointer_click_on_a_mention_in_the_article_selects_its_entity() {
    let (mut harness, gold) = seed_with_gold();
    let hamlan = gold.id("saif-alhamlan");
    // The first body paragraph names «سيف الهملان» on its first line; click along that
    // line, right to left as the text runs, until a click lands on his name.
    let paragraph = harness
        .get_by_label_contains("ناقش آمر القوة البحرية")
        .rect();
    let y = paragraph.top() + 16.0;
    let mut x = paragraph.right() - 4.0;
    let mut selected = None;
    while x > paragraph.left() && selected != Some(hamlan) {
        let pos = egui::pos2(x, y);
        harness.hover_at(pos);
        harness.step();
        harness.drag_at(pos); // press
        harness.drop_at(pos); // release: a click
        harness.step();
        selected = harness.state().active_document().unwrap().view.selected;
        x -= 6.0;
    }
    assert_eq!(
        selected,
        Some(hamlan),
        "no click on the first line selected him"
    );
    let doc = harness.state().active_document().unwrap();
    assert_eq!(doc.view.current_mention, Some(0));

    // Resting the pointer there shows his type and title in a tooltip.
    let last_hit = egui::pos2(x + 6.0, y);
    harness.hover_at(last_hit);
    settle(&mut harness);
    harness.get_by_label("PERSON");
    let titles = harness.query_all_by_label("اللواء الركن بحري").count();
    assert_eq!(
        titles, 2,
        "the title shows in the sidebar and in the tooltip"
    );
}

/// A title longer than the sidebar has room for is cut to one line, not wrapped into a
/// narrow column beside the name: every row keeps one height (the list is drawn by rows of
/// one height), and the whole title is still in the row's accessible name.
#[test]
fn a_long_title_stays_on_one_line_of_its_sidebar_row() {
    const LONG: &str =
        "اللواء الركن بحري آمر القوة البحرية الكويتية ونائب رئيس الأركان العامة للجيش";
    let (mut harness, gold) = seed_with_gold();
    let mut annotations = gold.annotations.clone();
    let hamlan = gold.id("saif-alhamlan");
    let entity = annotations
        .entities
        .iter_mut()
        .find(|e| e.id == hamlan)
        .unwrap();
    entity.title = Some(LONG.to_owned());
    harness.state_mut().set_annotations(0, annotations);
    settle(&mut harness);
    let row = harness
        .get_by_label_contains(&format!("{HAMLAN}, {LONG}"))
        .rect();
    let other = harness.get_by_label_contains("جاسم المناعي, ").rect();
    assert!(
        row.height() <= other.height() + 0.5,
        "the long-titled row is {} high, a plain row {}",
        row.height(),
        other.height()
    );
    let title = harness.get_by_label(LONG).rect();
    assert!(title.height() < 2.0 * 13.0, "the title wraps: {title:?}");
    assert!(title.left() >= row.left() && title.right() <= row.right());
}

#[test]
fn the_sidebar_sorts_by_mentions_or_by_first_appearance() {
    let (mut harness, gold) = seed_with_gold();
    let places: Vec<_> = gold
        .annotations
        .entities
        .iter()
        .filter(|e| e.label == sahifa::model::Label::Location)
        .map(|e| {
            let mut mentions = gold.annotations.mentions_of(e.id);
            let first = mentions.next().unwrap().range.start();
            (e.name.clone(), 1 + mentions.count(), first)
        })
        .collect();
    let on_screen = |h: &egui_kittest::Harness<'static, sahifa::SahifaApp>| {
        let mut names: Vec<(f32, String)> = places
            .iter()
            .map(|(name, _, _)| (h.get_by_label(name).rect().top(), name.clone()))
            .collect();
        names.sort_by(|a, b| a.0.total_cmp(&b.0));
        names.into_iter().map(|(_, n)| n).collect::<Vec<_>>()
    };
    let mut by_count = places.clone();
    by_count.sort_by(|a, b| b.1.cmp(&a.1).then(a.2.cmp(&b.2)));
    let by_count: Vec<String> = by_count.into_iter().map(|p| p.0).collect();
    assert_eq!(on_screen(&harness), by_count);

    harness.get_by_label("By first appearance").click();
    settle(&mut harness);
    let mut by_first = places.clone();
    by_first.sort_by_key(|p| p.2);
    let by_first: Vec<String> = by_first.into_iter().map(|p| p.0).collect();
    assert_ne!(
        by_first, by_count,
        "the seed should tell the two orders apart"
    );
    assert_eq!(on_screen(&harness), by_first);
}

#[test]
fn find_in_a_long_article_runs_in_the_background_and_counts_every_hit() {
    let dir = tempfile::tempdir().unwrap();
    let long = dir.path().join("long.txt");
    let seed = std::fs::read_to_string(seed_path()).unwrap();
    let copies = sahifa::logic::find::SEARCH_IN_BACKGROUND_ABOVE / seed.chars().count() + 1;
    std::fs::write(&long, seed.repeat(copies)).unwrap();
    let mut harness = crate::support::start(crate::support::options(vec![long]));
    crate::support::wait_idle(&mut harness);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::F);
    settle(&mut harness);
    type_into(&mut harness, sahifa::ui::find_bar::FIND_BOX, "قطر");
    crate::support::wait_idle(&mut harness);
    let expected = seed.matches("قطر").count() * copies;
    let doc = harness.state().active_document().unwrap();
    assert_eq!(doc.view.find.hits.len(), expected);
    harness.get_by_label(&format!("1 / {expected}"));
}

#[test]
fn arrow_keys_in_the_sidebar_move_the_entity_selection() {
    let (mut harness, gold) = seed_with_gold();
    harness.get_by_label("سيف الهملان").click();
    settle(&mut harness);
    let selected = |h: &egui_kittest::Harness<'static, sahifa::SahifaApp>| {
        h.state().active_document().unwrap().view.selected
    };
    assert_eq!(selected(&harness), Some(gold.id("saif-alhamlan")));
    // People by mention count: الهملان (5), المناعي (3), الرسمان (1).
    harness.key_press(egui::Key::ArrowDown);
    settle(&mut harness);
    assert_eq!(selected(&harness), Some(gold.id("jassim-almannai")));
    harness.key_press(egui::Key::ArrowDown);
    settle(&mut harness);
    assert_eq!(selected(&harness), Some(gold.id("badr-alrasman")));
    harness.key_press(egui::Key::ArrowUp);
    settle(&mut harness);
    assert_eq!(selected(&harness), Some(gold.id("jassim-almannai")));
}
