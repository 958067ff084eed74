//! Re-anchoring: the article changed after the sidecar was saved.

use sahifa_annotate::{LoadWarning, load_sidecar, save_sidecar};
use sahifa_model::{Annotations, Document, Mention, TextRange};

use crate::common::{gold, seed_doc};

/// Replaces characters `start..end` of the seed with `insert`, reopens the gold sidecar on
/// the changed text, and checks: mentions before the change keep their offsets, mentions
/// after it move by the change in length, mentions that overlap it are reported unplaced —
/// none is dropped and none lands on a wrong place.
fn edit_and_reopen(start: usize, end: usize, insert: &str) -> (Annotations, Vec<String>) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.sahifa.json");
    let doc = seed_doc();
    let ann = gold();
    save_sidecar(&path, &doc, &ann).unwrap();

    let chars: Vec<char> = doc.text.as_str().chars().collect();
    let new_text: String = chars[..start]
        .iter()
        .chain(insert.chars().collect::<Vec<_>>().iter())
        .chain(chars[end..].iter())
        .collect();
    let changed = Document::from_plain_text(&new_text);
    let loaded = load_sidecar(&path, &changed).unwrap();

    let delta = insert.chars().count() as isize - (end - start) as isize;
    let mut expected = Vec::new();
    let mut lost = Vec::new();
    for m in &ann.mentions {
        let r = m.range;
        if r.end() <= start {
            expected.push(m.clone());
        } else if r.start() >= end {
            let s = (r.start() as isize + delta) as usize;
            let e = (r.end() as isize + delta) as usize;
            expected.push(Mention {
                range: TextRange::new(s, e, changed.text.char_len()).unwrap(),
                ..m.clone()
            });
        } else {
            lost.push(doc.text.slice(r).to_owned());
        }
    }
    assert_eq!(loaded.annotations.mentions, expected);
    assert_eq!(loaded.annotations.entities, ann.entities);
    let unplaced: Vec<String> = loaded
        .unplaced
        .iter()
        .map(|u| u.text().to_owned())
        .collect();
    assert_eq!(unplaced, lost, "unplaced mentions");
    assert!(matches!(
        loaded.warnings[0],
        LoadWarning::TextChanged { .. }
    ));
    (loaded.annotations, unplaced)
}

fn offset_of(needle: &str, nth: usize) -> usize {
    let doc = seed_doc();
    let (b, _) = doc.text.as_str().match_indices(needle).nth(nth).unwrap();
    doc.text.char_of_byte(b)
}

#[test]
fn inserting_text_at_the_start_moves_every_mention() {
    let (ann, unplaced) = edit_and_reopen(0, 0, "عاجل: ");
    assert!(unplaced.is_empty());
    assert_eq!(ann.mentions[0].range.start(), 4 + 6);
}

#[test]
fn inserting_text_right_before_and_right_after_a_mention() {
    // «في الدوحة» (325..331): a word inserted just before the mention …
    edit_and_reopen(325, 325, "مدينة ");
    // … and just after it.
    edit_and_reopen(331, 331, " القطرية");
}

#[test]
fn deleting_text_before_and_after_mentions() {
    // A sentence without mentions, between «… الكويتي.» and the next paragraph.
    let s = offset_of("ويهدف هذا اللقاء", 0);
    let e = offset_of("الاجتماع، الذي", 0);
    edit_and_reopen(s, e, "");
    // The end of the article, after the last mention.
    let len = seed_doc().text.char_len();
    edit_and_reopen(3500, len, "");
}

#[test]
fn editing_inside_a_mention_reports_it_unplaced() {
    // «سيف الهملان» (123..134) becomes «سيف بن الهملان».
    let (_, unplaced) = edit_and_reopen(126, 127, " بن ");
    assert_eq!(unplaced, ["سيف الهملان"]);
}

#[test]
fn deleting_a_repeated_name_does_not_move_its_mention_onto_another_occurrence() {
    // The first «الكويت وقطر» (731..742) goes; the other occurrences are taken by their own
    // mentions, so these two are reported instead of doubling up elsewhere.
    let (_, unplaced) = edit_and_reopen(727, 743, "");
    assert_eq!(unplaced, ["الكويت", "قطر"]);
}

#[test]
fn a_moved_paragraph_takes_its_mentions_along() {
    let doc = seed_doc();
    let ann = gold();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.sahifa.json");
    save_sidecar(&path, &doc, &ann).unwrap();
    // The headline moves from the top to the bottom of the article.
    let (headline, rest) = doc.text.as_str().split_once("\n\n").unwrap();
    let swapped = format!("{rest}\n\n{headline}");
    let changed = Document::from_plain_text(&swapped);
    let loaded = load_sidecar(&path, &changed).unwrap();
    assert!(loaded.unplaced.is_empty());
    assert_eq!(loaded.annotations.mentions.len(), ann.mentions.len());
    for m in &loaded.annotations.mentions {
        let old = ann
            .mentions
            .iter()
            .find(|o| o.label == m.label && doc.text.slice(o.range) == changed.text.slice(m.range));
        assert!(
            old.is_some(),
            "{} placed on wrong text",
            changed.text.slice(m.range)
        );
    }
    // The headline's «القوة البحرية» went with it (and not onto the «القوة البحرية» that
    // starts «القوة البحرية الكويتية» near the new top).
    let navy = loaded
        .annotations
        .mentions
        .iter()
        .find(|m| changed.text.slice(m.range) == "القوة البحرية")
        .unwrap();
    assert_eq!(navy.range.start(), rest.chars().count() + 2 + 4);
}
