//! The JSON of `extract --lines`: one object per input line, written by serde from
//! borrowed structs (building a `serde_json::Value` per mention cost 2% of a news run's
//! instructions).

use sahifa_model::Annotations;

use super::EntityIndex;

/// One line's mentions, as `--lines` writes them: the keys in the order a
/// `serde_json::Value` prints them (alphabetical), written without building one.
#[derive(serde::Serialize)]
pub(super) struct LineOut<'a> {
    pub(super) line: usize,
    pub(super) mentions: Vec<MentionOut<'a>>,
}

/// A mention of [`LineOut`]: `{"end", "entity", "start", "text", "title"?, "type"}`,
/// e.g. «وزير الخارجية» titling the entity «فيصل بن فرحان».
#[derive(serde::Serialize)]
pub(super) struct MentionOut<'a> {
    end: usize,
    entity: Option<&'a str>,
    start: usize,
    text: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    title: Option<&'a str>,
    #[serde(rename = "type")]
    kind: &'a str,
}

pub(super) fn line_mentions<'a>(chars: &[char], ann: &'a Annotations) -> Vec<MentionOut<'a>> {
    let names = EntityIndex::new(ann);
    ann.mentions
        .iter()
        .map(|m| {
            let r = m.range;
            let entity = names.get(m.entity);
            MentionOut {
                end: r.end(),
                entity: entity.map(|e| e.name.as_str()),
                start: r.start(),
                text: chars[r.start()..r.end()].iter().collect(),
                title: entity.and_then(|e| e.title.as_deref()),
                kind: m.label.as_str(),
            }
        })
        .collect()
}
