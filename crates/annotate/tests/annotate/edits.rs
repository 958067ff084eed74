//! Every edit does what the user asked, and its inverse restores the exact previous state.

use sahifa_annotate::{Edit, EditError, JoinEntity, Target, add_mention};
use sahifa_model::{Annotations, Label, MentionStatus, TextRange};

use crate::common::{entity_named, gold, gold_with_decisions, mention_named, seed_doc};

/// Mentions in text order, every entity link resolves, entity ids unique.
fn assert_invariants(ann: &Annotations) {
    for w in ann.mentions.windows(2) {
        assert!(
            (w[0].range.start(), w[0].range.end()) <= (w[1].range.start(), w[1].range.end()),
            "mentions out of order"
        );
    }
    for m in &ann.mentions {
        if let Some(id) = m.entity {
            assert!(ann.entity(id).is_some(), "dangling entity {id:?}");
        }
    }
    let mut ids: Vec<_> = ann.entities.iter().map(|e| e.id).collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), ann.entities.len(), "duplicate entity ids");
}

/// Applies `edit`, undoes it, redoes it; returns the state after the edit.
fn apply_undo_redo(before: &Annotations, edit: Edit) -> Annotations {
    let mut ann = before.clone();
    let inverse = edit.apply(&mut ann).expect("edit applies");
    assert_invariants(&ann);
    let after = ann.clone();
    assert_ne!(&after, before, "the edit changed nothing");
    let redo = inverse.apply(&mut ann).expect("undo applies");
    assert_eq!(
        &ann, before,
        "undo did not restore the previous annotations"
    );
    let again = redo.apply(&mut ann).expect("redo applies");
    assert_eq!(ann, after, "redo did not restore the edited annotations");
    again.apply(&mut ann).expect("second undo applies");
    assert_eq!(&ann, before);
    after
}

#[test]
fn adding_a_mention_joins_the_entity_with_the_same_normalised_name() {
    let doc = seed_doc();
    let mut ann = gold();
    // Unmark the gold «الدوحة» at 505..511; the one at 325 keeps the entity alive.
    let i = ann
        .mentions
        .iter()
        .position(|m| m.range.start() == 505)
        .unwrap();
    ann.mentions.remove(i);
    let start = 505;
    // Select it with the preceding space and a cut last letter: snapping repairs both.
    let selection = doc.text.range(start - 1, start + 5).unwrap();
    let edit = add_mention(&doc.text, &ann, selection, Label::Location).unwrap();
    let after = apply_undo_redo(&ann, edit);
    let m = after
        .mentions
        .iter()
        .find(|m| m.range.start() == start)
        .unwrap();
    assert_eq!(doc.text.slice(m.range), "الدوحة");
    assert_eq!(m.status, MentionStatus::Manual);
    assert_eq!(m.entity, Some(entity_named(&ann, "الدوحة")));
    assert_eq!(after.entities, ann.entities, "no new entity");
}

#[test]
fn adding_a_mention_with_a_clitic_before_a_known_name_leaves_the_clitic_out() {
    let doc = seed_doc();
    let mut ann = gold();
    // Remove the gold «قطر» of «وقطر» at 739..742, then mark «وقطر» whole.
    let i = ann
        .mentions
        .iter()
        .position(|m| m.range.start() == 739)
        .unwrap();
    ann.mentions.remove(i);
    let edit = add_mention(
        &doc.text,
        &ann,
        doc.text.range(738, 742).unwrap(),
        Label::Location,
    )
    .unwrap();
    let after = apply_undo_redo(&ann, edit);
    let m = after
        .mentions
        .iter()
        .find(|m| m.range.start() == 739)
        .unwrap();
    assert_eq!(doc.text.slice(m.range), "قطر");
    assert_eq!(m.entity, Some(entity_named(&ann, "قطر")));
}

#[test]
fn adding_an_unknown_name_starts_a_new_entity() {
    let doc = seed_doc();
    let ann = gold();
    let start = doc.text.as_str()[..doc.text.as_str().find("العاصمة القطرية").unwrap()]
        .chars()
        .count();
    let edit = add_mention(
        &doc.text,
        &ann,
        doc.text.range(start, start + 15).unwrap(),
        Label::Misc,
    )
    .unwrap();
    let after = apply_undo_redo(&ann, edit);
    let e = after.entities.last().unwrap();
    assert_eq!(e.name, "العاصمة القطرية");
    assert_eq!(e.label, Label::Misc);
    assert_eq!(after.entities.len(), ann.entities.len() + 1);
}

#[test]
fn marking_the_same_text_twice_is_refused_and_changes_nothing() {
    let mut ann = gold();
    let before = ann.clone();
    let m = &ann.mentions[0];
    let err = Edit::AddMention {
        range: m.range,
        label: m.label,
        entity: JoinEntity::None,
    }
    .apply(&mut ann)
    .unwrap_err();
    assert_eq!(err, EditError::Duplicate(0));
    assert_eq!(ann, before);
}

#[test]
fn attaching_a_mention_to_another_entity() {
    let doc = seed_doc();
    let ann = gold();
    let i = mention_named(&doc, &ann, "ديمكس 2026");
    let doha = entity_named(&ann, "الدوحة");
    let after = apply_undo_redo(
        &ann,
        Edit::AttachMention {
            mention: i,
            entity: Some(doha),
        },
    );
    assert_eq!(after.mentions[i].entity, Some(doha));
    assert_eq!(after.mentions[i].status, MentionStatus::Confirmed);
}

#[test]
fn confirming_a_mention_and_a_whole_entity() {
    let doc = seed_doc();
    let ann = gold();
    let i = mention_named(&doc, &ann, "قطر");
    let after = apply_undo_redo(
        &ann,
        Edit::Confirm {
            target: Target::Mention(i),
        },
    );
    assert_eq!(after.mentions[i].status, MentionStatus::Confirmed);
    let kuwait = entity_named(&ann, "الكويت");
    let after = apply_undo_redo(
        &ann,
        Edit::Confirm {
            target: Target::Entity(kuwait),
        },
    );
    assert!(
        after
            .mentions_of(kuwait)
            .all(|m| m.status == MentionStatus::Confirmed)
    );
    assert!(
        after
            .mentions
            .iter()
            .any(|m| m.status == MentionStatus::Auto)
    );
}

#[test]
fn changing_the_type_of_a_mention_and_of_an_entity() {
    let doc = seed_doc();
    let ann = gold();
    let gulf = entity_named(&ann, "الخليج");
    let i = mention_named(&doc, &ann, "الخليج");
    let after = apply_undo_redo(
        &ann,
        Edit::SetLabel {
            target: Target::Mention(i),
            label: Label::Misc,
        },
    );
    assert_eq!(after.mentions[i].label, Label::Misc);
    assert_eq!(after.mentions[i].status, MentionStatus::Confirmed);
    // Its entity's only mention: the entity follows.
    assert_eq!(after.entity(gulf).unwrap().label, Label::Misc);

    let dimdex = entity_named(&ann, "معرض ومؤتمر الدوحة الدولي للدفاع البحري (ديمكس 2026)");
    let after = apply_undo_redo(
        &ann,
        Edit::SetLabel {
            target: Target::Entity(dimdex),
            label: Label::Misc,
        },
    );
    assert_eq!(after.entity(dimdex).unwrap().label, Label::Misc);
    assert_eq!(after.mentions_of(dimdex).count(), 5);
    assert!(after.mentions_of(dimdex).all(|m| m.label == Label::Misc));
}

#[test]
fn deleting_an_automatic_mention_remembers_it_as_rejected() {
    let doc = seed_doc();
    let ann = gold();
    let i = mention_named(&doc, &ann, "ديمكس 2026");
    let after = apply_undo_redo(
        &ann,
        Edit::Delete {
            target: Target::Mention(i),
        },
    );
    assert_eq!(after.mentions.len(), ann.mentions.len());
    assert_eq!(after.mentions[i].status, MentionStatus::Rejected);
}

#[test]
fn deleting_a_manual_mention_removes_it() {
    let ann = gold_with_decisions();
    assert_eq!(ann.mentions[1].status, MentionStatus::Manual);
    let after = apply_undo_redo(
        &ann,
        Edit::Delete {
            target: Target::Mention(1),
        },
    );
    assert_eq!(after.mentions.len(), ann.mentions.len() - 1);
}

#[test]
fn deleting_the_last_mention_of_an_entity_removes_the_entity() {
    let doc = seed_doc();
    let ann = gold();
    let gulf = entity_named(&ann, "الخليج");
    let i = mention_named(&doc, &ann, "الخليج");
    let after = apply_undo_redo(&ann, Edit::Reject { mention: i });
    assert!(after.entity(gulf).is_none());
    assert_eq!(after.mentions[i].status, MentionStatus::Rejected);
    assert_eq!(after.mentions[i].entity, None);
}

#[test]
fn deleting_an_entity_rejects_its_automatic_mentions_and_removes_manual_ones() {
    let doc = seed_doc();
    let mut ann = gold();
    let kuwait = entity_named(&ann, "الكويت");
    let first = mention_named(&doc, &ann, "الكويت");
    ann.mentions[first].status = MentionStatus::Manual;
    let n = ann.mentions_of(kuwait).count();
    let after = apply_undo_redo(
        &ann,
        Edit::Delete {
            target: Target::Entity(kuwait),
        },
    );
    assert!(after.entity(kuwait).is_none());
    assert_eq!(after.mentions.len(), ann.mentions.len() - 1);
    let rejected = after
        .mentions
        .iter()
        .filter(|m| m.status == MentionStatus::Rejected)
        .count();
    assert_eq!(rejected, n - 1);
}

#[test]
fn merging_two_entities() {
    let ann = gold_with_decisions();
    let keep = entity_named(&ann, "سيف الهملان");
    let absorb = entity_named(&ann, "جاسم المناعي");
    let n = ann.mentions_of(keep).count() + ann.mentions_of(absorb).count();
    let after = apply_undo_redo(&ann, Edit::MergeEntities { keep, absorb });
    assert!(after.entity(absorb).is_none());
    assert_eq!(after.mentions_of(keep).count(), n);
    assert_eq!(
        Edit::MergeEntities { keep, absorb: keep }.apply(&mut ann.clone()),
        Err(EditError::SameEntity(keep))
    );
}

#[test]
fn splitting_a_mention_into_its_own_entity() {
    let doc = seed_doc();
    let ann = gold();
    let saif = entity_named(&ann, "سيف الهملان");
    let i = mention_named(&doc, &ann, "الهملان");
    let after = apply_undo_redo(
        &ann,
        Edit::SplitMention {
            mention: i,
            name: "الهملان".to_owned(),
        },
    );
    let new = after.mentions[i].entity.unwrap();
    assert_ne!(new, saif);
    assert_eq!(after.entity(new).unwrap().name, "الهملان");
    assert_eq!(after.entity(new).unwrap().label, Label::Person);
    assert_eq!(
        after.mentions_of(saif).count(),
        ann.mentions_of(saif).count() - 1
    );
}

#[test]
fn renaming_titling_and_noting_an_entity() {
    let ann = gold();
    let id = entity_named(&ann, "بدر الرسمان");
    let after = apply_undo_redo(
        &ann,
        Edit::Rename {
            entity: id,
            name: "  بدر الرسمان الكويتي ".to_owned(),
        },
    );
    assert_eq!(after.entity(id).unwrap().name, "بدر الرسمان الكويتي");
    let after = apply_undo_redo(
        &ann,
        Edit::SetTitle {
            entity: id,
            title: Some("الملحق العسكري".to_owned()),
        },
    );
    assert_eq!(
        after.entity(id).unwrap().title.as_deref(),
        Some("الملحق العسكري")
    );
    let after = apply_undo_redo(
        &ann,
        Edit::SetNote {
            entity: id,
            note: Some("تحقق من الرتبة".to_owned()),
        },
    );
    assert_eq!(
        after.entity(id).unwrap().note.as_deref(),
        Some("تحقق من الرتبة")
    );
    assert_eq!(
        Edit::Rename {
            entity: id,
            name: "  ".to_owned()
        }
        .apply(&mut ann.clone()),
        Err(EditError::BlankName)
    );
}

#[test]
fn a_long_undo_history_unwinds_to_the_start() {
    let doc = seed_doc();
    let start = gold();
    let mut ann = start.clone();
    let saif = entity_named(&ann, "سيف الهملان");
    let jassim = entity_named(&ann, "جاسم المناعي");
    let edits = vec![
        Edit::Confirm {
            target: Target::Entity(saif),
        },
        Edit::Rename {
            entity: saif,
            name: "سيف".to_owned(),
        },
        Edit::MergeEntities {
            keep: saif,
            absorb: jassim,
        },
        Edit::Delete {
            target: Target::Mention(3),
        },
        Edit::SplitMention {
            mention: 5,
            name: "جاسم".to_owned(),
        },
        Edit::SetNote {
            entity: saif,
            note: Some("ن".to_owned()),
        },
    ];
    let mut undo = Vec::new();
    let mut states = vec![ann.clone()];
    for e in edits {
        undo.push(e.apply(&mut ann).unwrap());
        states.push(ann.clone());
    }
    let added = add_mention(
        &doc.text,
        &ann,
        TextRange::new(0, 3, doc.text.char_len()).unwrap(),
        Label::Title,
    )
    .unwrap();
    undo.push(added.apply(&mut ann).unwrap());
    while let Some(inv) = undo.pop() {
        inv.apply(&mut ann).unwrap();
        if !undo.is_empty() {
            assert_eq!(ann, states[undo.len()]);
        }
    }
    assert_eq!(ann, start);
}

#[test]
fn an_undo_step_that_no_longer_fits_is_refused_without_change() {
    let ann0 = gold();
    let mut ann = ann0.clone();
    let inverse = Edit::Delete {
        target: Target::Mention(0),
    }
    .apply(&mut ann)
    .unwrap();
    // The annotations change some other way (e.g. a reload).
    let mut other = ann0.clone();
    other.mentions.remove(0);
    let before = other.clone();
    assert_eq!(inverse.apply(&mut other), Err(EditError::Stale));
    assert_eq!(other, before);
}
