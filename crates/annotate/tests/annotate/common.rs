//! Fixtures: the seed article and its gold annotations (copied into tests/fixtures).

use std::path::PathBuf;

use sahifa_model::{Annotations, Document, Entity, EntityId, Label, Mention, MentionStatus};

pub fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

pub fn seed_text() -> String {
    std::fs::read_to_string(fixture("seed-000.txt")).unwrap()
}

pub fn seed_doc() -> Document {
    Document::from_plain_text(&seed_text())
}

/// The gold annotations of the seed: entities numbered in the order of their keys (sorted),
/// every mention automatic.
pub fn gold() -> Annotations {
    let doc = seed_doc();
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(fixture("seed-000.json")).unwrap()).unwrap();
    let entities = json["entities"].as_object().unwrap();
    let mut keys: Vec<&String> = entities.keys().collect();
    keys.sort();
    let id_of = |key: &str| EntityId(keys.iter().position(|k| *k == key).unwrap() as u32);
    let entities = keys
        .iter()
        .map(|k| {
            let e = &entities[k.as_str()];
            Entity {
                id: id_of(k),
                label: Label::parse(e["type"].as_str().unwrap()).unwrap(),
                name: e["name"].as_str().unwrap().to_owned(),
                title: e.get("title").and_then(|t| t.as_str()).map(str::to_owned),
                note: None,
            }
        })
        .collect();
    let mentions = json["mentions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| {
            let (start, end) = (
                m["start"].as_u64().unwrap() as usize,
                m["end"].as_u64().unwrap() as usize,
            );
            let range = doc.text.range(start, end).unwrap();
            assert_eq!(doc.text.slice(range), m["text"].as_str().unwrap());
            Mention {
                range,
                label: Label::parse(m["type"].as_str().unwrap()).unwrap(),
                entity: m["entity"].as_str().map(id_of),
                status: MentionStatus::Auto,
            }
        })
        .collect();
    let mut ann = Annotations { entities, mentions };
    ann.sort_mentions();
    ann
}

/// Gold with every kind of user decision in it: statuses of all four kinds, a note, a
/// renamed entity.
pub fn gold_with_decisions() -> Annotations {
    let mut ann = gold();
    ann.mentions[0].status = MentionStatus::Confirmed;
    ann.mentions[1].status = MentionStatus::Manual;
    ann.mentions[4].status = MentionStatus::Rejected;
    ann.entities[0].note = Some("ملاحظة:\tسطر أول\nسطر ثانٍ \\ مع شرطة".to_owned());
    ann.entities[1].name = "الاسم المعدّل".to_owned();
    ann
}

/// The index of the first mention whose text is `text`.
pub fn mention_named(doc: &Document, ann: &Annotations, text: &str) -> usize {
    ann.mentions
        .iter()
        .position(|m| doc.text.slice(m.range) == text)
        .unwrap_or_else(|| panic!("no mention {text}"))
}

pub fn entity_named(ann: &Annotations, name: &str) -> EntityId {
    ann.entities.iter().find(|e| e.name == name).unwrap().id
}
