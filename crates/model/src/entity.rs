//! Entities, mentions and the annotation set that holds them.
//!
//! Following spaCy's naming: a [`Mention`] is a span of the text with a `label`; an
//! [`Entity`] is the thing several mentions refer to («اللواء الهملان» and «الهملان» are
//! one person). Mentions reference the text by [`TextRange`] and never copy it.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::range::TextRange;

/// The type of an entity or mention.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum Label {
    /// A person.
    Person,
    /// An organisation.
    Org,
    /// A place: country, city, region.
    Location,
    /// A named event: exhibition, summit, championship.
    Event,
    /// A date or time expression.
    Date,
    /// A title or office («رئيس الأركان»).
    Title,
    /// Anything else worth naming.
    Misc,
}

impl Label {
    /// All labels, in the order of their number keys (1–7).
    pub const ALL: [Label; 7] = [
        Label::Person,
        Label::Org,
        Label::Location,
        Label::Event,
        Label::Date,
        Label::Title,
        Label::Misc,
    ];

    /// The label as written in files: `PERSON`, `ORG`, `LOCATION`, `EVENT`, `DATE`,
    /// `TITLE`, `MISC`.
    pub fn as_str(self) -> &'static str {
        match self {
            Label::Person => "PERSON",
            Label::Org => "ORG",
            Label::Location => "LOCATION",
            Label::Event => "EVENT",
            Label::Date => "DATE",
            Label::Title => "TITLE",
            Label::Misc => "MISC",
        }
    }

    /// Parses a label as written in files; also accepts the CoNLL short forms `PERS`,
    /// `PER`, `LOC` and `GPE`. Case-insensitive.
    pub fn parse(s: &str) -> Option<Label> {
        Some(match s.to_ascii_uppercase().as_str() {
            "PERSON" | "PERS" | "PER" => Label::Person,
            "ORG" | "ORGANIZATION" | "ORGANISATION" => Label::Org,
            "LOCATION" | "LOC" | "GPE" => Label::Location,
            "EVENT" => Label::Event,
            "DATE" => Label::Date,
            "TITLE" => Label::Title,
            "MISC" => Label::Misc,
            _ => return None,
        })
    }

    /// The number key (1–7) that assigns this label.
    pub fn key(self) -> u8 {
        match self {
            Label::Person => 1,
            Label::Org => 2,
            Label::Location => 3,
            Label::Event => 4,
            Label::Date => 5,
            Label::Title => 6,
            Label::Misc => 7,
        }
    }
}

impl fmt::Display for Label {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Identifies an entity within one [`Annotations`] set.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct EntityId(pub u32);

/// Something several mentions refer to.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entity {
    /// Unique within its [`Annotations`].
    pub id: EntityId,
    /// Its type.
    pub label: Label,
    /// Canonical name: the fullest form found, without title («سيف الهملان»).
    pub name: String,
    /// The title or rank that introduced a person («اللواء الركن بحري»), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// A free-text note by the user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// Where a mention came from and what the user decided about it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum MentionStatus {
    /// Found by the extractor, not yet reviewed.
    #[default]
    Auto,
    /// Found by the extractor and confirmed by the user.
    Confirmed,
    /// Added by the user.
    Manual,
    /// Found by the extractor and rejected by the user; kept so re-extraction does not
    /// bring it back. Not shown as a mention.
    Rejected,
}

/// A span of the text that names an entity.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mention {
    /// The characters of the mention in the document text.
    pub range: TextRange,
    /// Its type. Usually the entity's label; TITLE mentions may have no entity.
    pub label: Label,
    /// The entity it refers to, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entity: Option<EntityId>,
    /// Automatic, confirmed, manual or rejected.
    #[serde(default)]
    pub status: MentionStatus,
}

/// The entities and mentions of one document.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Annotations {
    /// Entities; ids are unique.
    pub entities: Vec<Entity>,
    /// Mentions in text order (by `range.start`, then `range.end`).
    pub mentions: Vec<Mention>,
}

impl Annotations {
    /// The entity with this id.
    pub fn entity(&self, id: EntityId) -> Option<&Entity> {
        self.entities.iter().find(|e| e.id == id)
    }

    /// The visible (not rejected) mentions of an entity, in text order.
    pub fn mentions_of(&self, id: EntityId) -> impl Iterator<Item = &Mention> {
        self.mentions
            .iter()
            .filter(move |m| m.entity == Some(id) && m.status != MentionStatus::Rejected)
    }

    /// An id not used by any entity yet: one past the largest, or — when the largest is
    /// `u32::MAX` (a hand-edited or hostile file) — the smallest unused one. `None` only
    /// when every one of the 2³² ids is taken. Never an id already in use.
    pub fn next_entity_id(&self) -> Option<EntityId> {
        let Some(max) = self.entities.iter().map(|e| e.id.0).max() else {
            return Some(EntityId(0));
        };
        if let Some(next) = max.checked_add(1) {
            return Some(EntityId(next));
        }
        let mut used: Vec<u32> = self.entities.iter().map(|e| e.id.0).collect();
        used.sort_unstable();
        used.dedup();
        // The first gap in 0, 1, 2, …: where the i-th smallest id is not i.
        let gap = used
            .iter()
            .zip(0u32..)
            .find(|&(&id, i)| id != i)
            .map(|(_, i)| i);
        gap.map(EntityId)
    }

    /// Sorts mentions into text order.
    pub fn sort_mentions(&mut self) {
        self.mentions
            .sort_by_key(|m| (m.range.start(), m.range.end()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_round_trip_through_their_names() {
        for label in Label::ALL {
            assert_eq!(Label::parse(label.as_str()), Some(label));
            let json = serde_json::to_string(&label).unwrap();
            assert_eq!(json, format!("\"{}\"", label.as_str()));
        }
        assert_eq!(Label::parse("PERS"), Some(Label::Person));
        assert_eq!(Label::parse("nonsense"), None);
    }

    fn with_ids(ids: &[u32]) -> Annotations {
        Annotations {
            entities: ids
                .iter()
                .map(|&id| Entity {
                    id: EntityId(id),
                    label: Label::Misc,
                    name: id.to_string(),
                    title: None,
                    note: None,
                })
                .collect(),
            mentions: vec![],
        }
    }

    #[test]
    fn a_new_entity_id_never_repeats_one_in_use_even_past_u32_max() {
        assert_eq!(with_ids(&[]).next_entity_id(), Some(EntityId(0)));
        assert_eq!(with_ids(&[3, 7]).next_entity_id(), Some(EntityId(8)));
        // The largest id is u32::MAX: adding one would wrap to 0 (taken here), so the
        // smallest free id is used instead.
        assert_eq!(
            with_ids(&[0, 1, u32::MAX, 2]).next_entity_id(),
            Some(EntityId(3))
        );
        assert_eq!(with_ids(&[u32::MAX]).next_entity_id(), Some(EntityId(0)));
    }
}
