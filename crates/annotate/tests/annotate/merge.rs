//! Re-extraction never overrides the user's decisions.

use sahifa_annotate::{Edit, Target, merge_extraction};
use sahifa_model::{Annotations, Entity, EntityId, Label, Mention, MentionStatus};

use crate::common::{entity_named, gold, mention_named, seed_doc};

/// What a fresh extraction of the seed returns: the gold, plus one new mention, with its
/// own entity numbering.
fn fresh() -> Annotations {
    let mut f = gold();
    // Renumber entities so ids do not line up with the saved ones.
    for e in &mut f.entities {
        e.id = EntityId(e.id.0 + 100);
    }
    for m in &mut f.mentions {
        m.entity = m.entity.map(|id| EntityId(id.0 + 100));
    }
    // A new find: «العاصمة القطرية» (LOCATION) with a new entity.
    let doc = seed_doc();
    let start = doc
        .text
        .char_of_byte(doc.text.as_str().find("العاصمة القطرية").unwrap());
    f.entities.push(Entity {
        id: EntityId(500),
        label: Label::Location,
        name: "العاصمة القطرية".to_owned(),
        title: None,
        note: None,
    });
    f.mentions.push(Mention {
        range: doc.text.range(start, start + 15).unwrap(),
        label: Label::Location,
        entity: Some(EntityId(500)),
        status: MentionStatus::Auto,
    });
    f.sort_mentions();
    f
}

#[test]
fn user_decisions_survive_re_extraction() {
    let doc = seed_doc();
    let mut saved = gold();
    let dimdex_2026 = mention_named(&doc, &saved, "ديمكس 2026");
    let gulf = mention_named(&doc, &saved, "الخليج");
    let saif = entity_named(&saved, "سيف الهملان");
    for edit in [
        Edit::Delete {
            target: Target::Mention(dimdex_2026),
        },
        Edit::SetLabel {
            target: Target::Mention(gulf),
            label: Label::Misc,
        },
        Edit::Rename {
            entity: saif,
            name: "سيف الهملان (آمر القوة البحرية)".to_owned(),
        },
        Edit::SetNote {
            entity: saif,
            note: Some("تحقق".to_owned()),
        },
        Edit::Confirm {
            target: Target::Mention(0),
        },
    ] {
        edit.apply(&mut saved).unwrap();
    }
    let merged = merge_extraction(&saved, &fresh());

    // Everything saved is still there, unchanged and in order.
    let kept: Vec<&Mention> = merged
        .mentions
        .iter()
        .filter(|m| saved.mentions.contains(m))
        .collect();
    assert_eq!(kept.len(), saved.mentions.len());
    for e in &saved.entities {
        assert_eq!(merged.entity(e.id), Some(e));
    }
    // The rejected mention stays rejected and is not brought back.
    let at = saved.mentions[dimdex_2026].range;
    let there: Vec<&Mention> = merged
        .mentions
        .iter()
        .filter(|m| m.range.overlaps(at))
        .collect();
    assert_eq!(there.len(), 1);
    assert_eq!(there[0].status, MentionStatus::Rejected);
    // The relabelled mention keeps its label.
    let g = merged
        .mentions
        .iter()
        .find(|m| m.range == saved.mentions[gulf].range)
        .unwrap();
    assert_eq!(g.label, Label::Misc);
    // Only the new find is added, once, with a new entity.
    assert_eq!(merged.mentions.len(), saved.mentions.len() + 1);
    let new = merged
        .mentions
        .iter()
        .find(|m| doc.text.slice(m.range) == "العاصمة القطرية")
        .unwrap();
    assert_eq!(new.status, MentionStatus::Auto);
    let e = merged.entity(new.entity.unwrap()).unwrap();
    assert_eq!(e.name, "العاصمة القطرية");
    assert!(!saved.entities.iter().any(|s| s.id == e.id));
    // Merging again changes nothing more.
    assert_eq!(merge_extraction(&merged, &fresh()), merged);
}

#[test]
fn a_new_mention_joins_the_users_entity_even_after_a_rename() {
    let doc = seed_doc();
    let mut saved = gold();
    let saif = entity_named(&saved, "سيف الهملان");
    Edit::Rename {
        entity: saif,
        name: "سيف".to_owned(),
    }
    .apply(&mut saved)
    .unwrap();
    // The user never had the mention at 349 («الهملان»); the extractor finds it again.
    let i = mention_named(&doc, &saved, "الهملان");
    saved.mentions.remove(i);
    let merged = merge_extraction(&saved, &fresh());
    let back = merged
        .mentions
        .iter()
        .find(|m| m.range.start() == 349)
        .unwrap();
    assert_eq!(back.entity, Some(saif));
    assert_eq!(merged.entities.len(), saved.entities.len() + 1);
}

#[test]
fn a_fresh_mention_overlapping_a_saved_one_is_not_added() {
    let doc = seed_doc();
    let saved = gold();
    // The extractor now includes the clitic: «وقطر» 738..742 over the saved «قطر».
    let mut f = Annotations::default();
    f.mentions.push(Mention {
        range: doc.text.range(738, 742).unwrap(),
        label: Label::Location,
        entity: None,
        status: MentionStatus::Auto,
    });
    assert_eq!(merge_extraction(&saved, &f), saved);
}

#[test]
fn a_new_find_follows_the_entity_most_of_its_group_is_in_after_a_split() {
    let doc = seed_doc();
    let mut saved = gold();
    // The user splits the first mention, «سيف الهملان» (123), off into its own entity …
    let i = mention_named(&doc, &saved, "سيف الهملان");
    Edit::SplitMention {
        mention: i,
        name: "سيف الهملان (2)".to_owned(),
    }
    .apply(&mut saved)
    .unwrap();
    // … and never had the last one (3324); the extractor finds it again.
    let last = saved
        .mentions
        .iter()
        .position(|m| m.range.start() == 3324)
        .unwrap();
    saved.mentions.remove(last);
    let merged = merge_extraction(&saved, &fresh());
    let back = merged
        .mentions
        .iter()
        .find(|m| m.range.start() == 3324)
        .unwrap();
    assert_eq!(back.entity, Some(entity_named(&saved, "سيف الهملان")));
}
