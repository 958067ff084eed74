//! The JSON of one whole article (`--format json` / `jsonl` without `--lines`): its
//! entities with their visible mention counts, and its mentions, streamed as they are
//! serialised.

use std::io::Write;

use rustc_hash::FxHashMap as HashMap;
use sahifa_model::{Annotations, Document, Entity, EntityId, MentionStatus};
use serde::ser::{SerializeMap, Serializer};
use serde_json::json;

/// Entities by id, and how many visible mentions each has, in one pass over each list.
pub(super) struct EntityIndex<'a> {
    by_id: HashMap<EntityId, (&'a Entity, usize)>,
}

impl<'a> EntityIndex<'a> {
    pub(super) fn new(ann: &'a Annotations) -> Self {
        let mut by_id: HashMap<EntityId, (&Entity, usize)> =
            ann.entities.iter().map(|e| (e.id, (e, 0))).collect();
        for m in &ann.mentions {
            if m.status != MentionStatus::Rejected
                && let Some((_, n)) = m.entity.and_then(|id| by_id.get_mut(&id))
            {
                *n += 1;
            }
        }
        Self { by_id }
    }

    pub(super) fn get(&self, id: Option<EntityId>) -> Option<&'a Entity> {
        id.and_then(|id| self.by_id.get(&id)).map(|(e, _)| *e)
    }

    pub(super) fn count(&self, id: EntityId) -> usize {
        self.by_id.get(&id).map_or(0, |(_, n)| *n)
    }
}

/// Streams `{"entities": […], "file": …, "mentions": […]}` (keys in the order a
/// `serde_json::Value` prints them), one small value per entity and per mention.
pub(super) fn serialize_document<W: Write, F: serde_json::ser::Formatter>(
    ser: &mut serde_json::Serializer<W, F>,
    name: &str,
    doc: &Document,
    ann: &Annotations,
) -> std::io::Result<()> {
    let index = EntityIndex::new(ann);
    let entities = serde_iter(ann.entities.iter().map(|e| {
        let mut v = json!({
            "id": e.id.0,
            "type": e.label.as_str(),
            "name": e.name,
            "mentions": index.count(e.id),
        });
        if let Some(t) = &e.title {
            v["title"] = json!(t);
        }
        v
    }));
    let mentions = serde_iter(ann.mentions.iter().map(|m| {
        let r = m.range;
        let entity = index.get(m.entity);
        let mut v = json!({
            "start": r.start(),
            "end": r.end(),
            "type": m.label.as_str(),
            "text": doc.text.slice(r),
            "entity": entity.map(|e| e.name.as_str()),
        });
        if let Some(e) = entity {
            v["entity_id"] = json!(e.id.0);
        }
        v
    }));
    let mut map = ser.serialize_map(Some(3))?;
    map.serialize_entry("entities", &entities)?;
    map.serialize_entry("file", name)?;
    map.serialize_entry("mentions", &mentions)?;
    map.end()?;
    Ok(())
}

/// Serialises an iterator's items as a JSON array without collecting them.
fn serde_iter<I>(items: I) -> SerdeIter<I> {
    SerdeIter(std::cell::Cell::new(Some(items)))
}

/// See [`serde_iter`]; serialisable once.
struct SerdeIter<I>(std::cell::Cell<Option<I>>);

impl<I> serde::Serialize for SerdeIter<I>
where
    I: Iterator,
    I::Item: serde::Serialize,
{
    fn serialize<S: Serializer>(&self, ser: S) -> Result<S::Ok, S::Error> {
        ser.collect_seq(self.0.take().into_iter().flatten())
    }
}
