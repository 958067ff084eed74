//! The sidebar's rows: [`EntityRow`] (one per entity, derived from the annotations) and
//! [`OrderedRows`] (those rows sorted and filtered once, not every frame).

use std::collections::HashMap;

use sahifa_model::{Annotations, EntityId, Label, MentionStatus, TextRange};

use crate::state::loose_match::contains_loose;
use crate::state::settings::EntitySort;

/// One entity as the sidebar lists it.
#[derive(Clone, Debug, PartialEq)]
pub struct EntityRow {
    /// The entity.
    pub id: EntityId,
    /// Its type.
    pub label: Label,
    /// Canonical name.
    pub name: String,
    /// Title or rank, if any.
    pub title: Option<String>,
    /// The user's note, if any (the row's hover text).
    pub note: Option<String>,
    /// Number of visible mentions.
    pub mentions: usize,
    /// Char offset of its first visible mention (`usize::MAX` when it has none).
    pub first: usize,
}

/// The rows of `annotations` (mentions in text order) and each entity's visible mention
/// ranges, in one pass over the mentions: asking each entity for its mentions would scan
/// them all per entity.
pub fn rows_of(annotations: &Annotations) -> (Vec<EntityRow>, HashMap<EntityId, Vec<TextRange>>) {
    let mut counts: HashMap<EntityId, (usize, usize)> = HashMap::new();
    let mut ranges: HashMap<EntityId, Vec<TextRange>> = HashMap::new();
    for m in &annotations.mentions {
        if let Some(id) = m.entity
            && m.status != MentionStatus::Rejected
        {
            counts.entry(id).or_insert((0, m.range.start())).0 += 1;
            ranges.entry(id).or_default().push(m.range);
        }
    }
    let rows = annotations
        .entities
        .iter()
        .map(|e| {
            let (mentions, first) = counts.get(&e.id).copied().unwrap_or((0, usize::MAX));
            EntityRow {
                id: e.id,
                label: e.label,
                name: e.name.clone(),
                title: e.title.clone(),
                note: e.note.clone(),
                mentions,
                first,
            }
        })
        .collect();
    (rows, ranges)
}

/// Indices into `rows` of the rows of `label` passing `filter`, in `sort` order.
pub fn sorted_indices(
    rows: &[EntityRow],
    label: Label,
    sort: EntitySort,
    filter: &str,
) -> Vec<usize> {
    let mut indices: Vec<usize> = (0..rows.len())
        .filter(|&i| rows[i].label == label)
        .filter(|&i| {
            let r = &rows[i];
            contains_loose(&r.name, filter)
                || r.title
                    .as_deref()
                    .is_some_and(|t| contains_loose(t, filter))
        })
        .collect();
    match sort {
        EntitySort::Mentions => indices.sort_by(|&a, &b| {
            (rows[b].mentions.cmp(&rows[a].mentions)).then(rows[a].first.cmp(&rows[b].first))
        }),
        EntitySort::FirstAppearance => indices.sort_by_key(|&i| rows[i].first),
    }
    indices
}

/// The sidebar's rows sorted and filtered once (see [`OrderedRows::build`]).
#[derive(Clone, Debug, Default)]
pub struct OrderedRows {
    /// The order the rows were sorted in.
    sort: EntitySort,
    /// The filter they were filtered with.
    filter: String,
    /// Per label of [`Label::ALL`], indices into the rows (empty when never ordered).
    rows: Vec<Vec<usize>>,
    /// Per label of [`Label::ALL`], how many entities it has before filtering.
    totals: Vec<usize>,
}

impl OrderedRows {
    /// Sorts and filters `rows` for `sort` and `filter`.
    pub fn build(rows: &[EntityRow], sort: EntitySort, filter: String) -> Self {
        let ordered = Label::ALL
            .iter()
            .map(|&label| sorted_indices(rows, label, sort, &filter))
            .collect();
        let totals = Label::ALL
            .iter()
            .map(|&label| rows.iter().filter(|r| r.label == label).count())
            .collect();
        Self {
            sort,
            filter,
            rows: ordered,
            totals,
        }
    }

    /// True when the rows were ordered for `sort` and `filter` (and ordered at all).
    pub fn is_for(&self, sort: EntitySort, filter: &str) -> bool {
        self.rows.len() == Label::ALL.len() && self.sort == sort && self.filter == filter
    }

    /// The order the rows were last sorted in.
    pub fn sort(&self) -> EntitySort {
        self.sort
    }

    /// The rows of `label` out of `rows` (the rows this order was built from).
    pub fn of<'a>(&self, rows: &'a [EntityRow], label: Label) -> Vec<&'a EntityRow> {
        let group = Label::ALL.iter().position(|&l| l == label);
        group
            .and_then(|g| self.rows.get(g))
            .map(|indices| indices.iter().filter_map(|&i| rows.get(i)).collect())
            .unwrap_or_default()
    }

    /// Number of entities of `label` before the filter (0 until the rows are ordered).
    pub fn total(&self, label: Label) -> usize {
        let group = Label::ALL.iter().position(|&l| l == label);
        group.and_then(|g| self.totals.get(g)).copied().unwrap_or(0)
    }
}
