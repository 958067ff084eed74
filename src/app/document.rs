//! [`OpenDocument`]: one opened article with its annotations and its view state
//! (selection, current mention, find hits). Selection lives here, not in widgets.

use std::collections::HashMap;
use std::sync::Arc;

use sahifa_model::{Annotations, Document, EntityId, Label, Mention, MentionStatus, TextRange};

use crate::app::command::EntitySort;
use crate::app::find;

/// Identifies an open document for the life of the process.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct DocId(pub u64);

/// Counts shown in the status bar.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct DocStats {
    /// Whitespace-separated words.
    pub words: usize,
    /// Characters (Unicode scalar values), line breaks included.
    pub chars: usize,
}

impl DocStats {
    /// Counts the words and characters of a document.
    pub fn of(doc: &Document) -> Self {
        Self {
            words: doc.text.as_str().split_whitespace().count(),
            chars: doc.text.char_len(),
        }
    }
}

/// Where the document's entities come from and how far that has got.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Extraction {
    /// Not asked for (tests, or extraction switched off).
    #[default]
    NotStarted,
    /// A background task is running.
    Running,
    /// Entities are available.
    Done,
    /// Extraction failed with this message.
    Failed(String),
}

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

/// The find bar's state.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FindState {
    /// Whether the find bar is shown.
    pub open: bool,
    /// The query as typed.
    pub query: String,
    /// Every loose match of `query`, in text order.
    pub hits: Vec<TextRange>,
    /// Index into `hits` of the current match.
    pub current: Option<usize>,
    /// Set when the find box should take keyboard focus next frame.
    pub focus_requested: bool,
}

/// What the user is looking at in one document.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DocView {
    /// The selected entity, whose mentions are highlighted.
    pub selected: Option<EntityId>,
    /// Index into the selected entity's mentions of the current one.
    pub current_mention: Option<usize>,
    /// Find in article.
    pub find: FindState,
    /// The range the article should bring into view. The article view remembers the
    /// last generation it honoured, so a request is served once without the view
    /// writing back into this state.
    pub scroll_request: Option<ScrollRequest>,
    /// Counter behind [`ScrollRequest::generation`].
    scroll_generation: u64,
    /// Sidebar filter text.
    pub filter: String,
}

/// A request to bring a range into view.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ScrollRequest {
    /// What to show.
    pub range: TextRange,
    /// Increases with every request of a document.
    pub generation: u64,
}

impl DocView {
    /// Asks the article to scroll `range` into view.
    pub fn request_scroll(&mut self, range: TextRange) {
        self.scroll_generation += 1;
        self.scroll_request = Some(ScrollRequest {
            range,
            generation: self.scroll_generation,
        });
    }
}

/// The sidebar's rows sorted and filtered once (see [`OpenDocument::order_rows`]).
#[derive(Clone, Debug, Default)]
struct OrderedRows {
    /// The order the rows were sorted in.
    sort: EntitySort,
    /// The filter they were filtered with.
    filter: String,
    /// Per label of [`Label::ALL`], indices into `entity_rows` (empty when never ordered).
    rows: Vec<Vec<usize>>,
    /// Per label of [`Label::ALL`], how many entities it has before filtering.
    totals: Vec<usize>,
}

impl OrderedRows {
    /// True when the rows were ordered for `sort` and `filter` (and ordered at all).
    fn is_for(&self, sort: EntitySort, filter: &str) -> bool {
        self.rows.len() == Label::ALL.len() && self.sort == sort && self.filter == filter
    }
}

/// The ranges of `ranges` (in text order by start) that start inside `window`, with the
/// index of the first one, found by binary search.
pub fn ranges_in(ranges: &[TextRange], window: TextRange) -> (usize, &[TextRange]) {
    let from = ranges.partition_point(|r| r.start() < window.start());
    let to = ranges.partition_point(|r| r.start() < window.end());
    (from, ranges.get(from..to).unwrap_or(&[]))
}

/// One opened article.
pub struct OpenDocument {
    /// Process-unique id.
    pub id: DocId,
    /// The article.
    pub doc: Arc<Document>,
    /// Word and character counts.
    pub stats: DocStats,
    /// Entities and mentions. Invariant: `entity_rows` is derived from it; change it only
    /// through [`OpenDocument::set_annotations`].
    annotations: Annotations,
    /// The sidebar's rows, one per entity.
    entity_rows: Vec<EntityRow>,
    /// Each entity's visible mentions, in text order (derived from `annotations` like
    /// `entity_rows`): drawing asks for the selected entity's every frame.
    mention_ranges: HashMap<EntityId, Vec<TextRange>>,
    /// The sidebar's order (derived from `entity_rows`, the sort and the filter).
    ordered_rows: OrderedRows,
    /// How far extraction has got.
    pub extraction: Extraction,
    /// True when the annotations came from the article's sidecar file (the user's saved
    /// work), so a re-extraction is merged into them instead of replacing them.
    pub from_sidecar: bool,
    /// Selection, find and scroll requests.
    pub view: DocView,
    /// Undo/redo history, unsaved changes, unplaced mentions (see
    /// [`crate::app::annotations`]).
    pub edits: crate::app::annotations::EditState,
}

impl OpenDocument {
    /// Wraps a freshly loaded document whose counts were taken with [`DocStats::of`].
    pub fn new(id: DocId, doc: Document, stats: DocStats) -> Self {
        Self {
            id,
            doc: Arc::new(doc),
            stats,
            annotations: Annotations::default(),
            entity_rows: Vec::new(),
            mention_ranges: HashMap::new(),
            ordered_rows: OrderedRows::default(),
            extraction: Extraction::NotStarted,
            from_sidecar: false,
            view: DocView::default(),
            edits: Default::default(),
        }
    }

    /// The document's entities and mentions.
    pub fn annotations(&self) -> &Annotations {
        &self.annotations
    }

    /// The sidebar rows, unsorted.
    pub fn entity_rows(&self) -> &[EntityRow] {
        &self.entity_rows
    }

    /// Replaces the annotations. Mentions whose range does not fit the text are dropped
    /// and counted in the returned number, so the caller can say so.
    pub fn set_annotations(&mut self, mut annotations: Annotations) -> usize {
        let len = self.doc.text.char_len();
        let before = annotations.mentions.len();
        annotations.mentions.retain(|m| m.range.check(len).is_ok());
        let dropped = before - annotations.mentions.len();
        annotations.sort_mentions();
        // One pass over the mentions (in text order) for every entity's count and first
        // offset; asking each entity for its mentions would scan them all per entity.
        let mut counts: HashMap<EntityId, (usize, usize)> = HashMap::new();
        self.mention_ranges.clear();
        for m in &annotations.mentions {
            if let Some(id) = m.entity
                && m.status != MentionStatus::Rejected
            {
                counts.entry(id).or_insert((0, m.range.start())).0 += 1;
                self.mention_ranges.entry(id).or_default().push(m.range);
            }
        }
        self.entity_rows = annotations
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
        self.annotations = annotations;
        self.view.selected = None;
        self.view.current_mention = None;
        self.order_rows(self.ordered_rows.sort);
        dropped
    }

    /// The sidebar rows of one type that pass the filter, in the chosen order: the list
    /// made by [`Self::order_rows`] when it was made for this order and filter (the
    /// sidebar asks every frame), else sorted now.
    pub fn rows_of(&self, label: Label, sort: EntitySort, filter: &str) -> Vec<&EntityRow> {
        let ordered = &self.ordered_rows;
        if ordered.is_for(sort, filter) {
            let group = Label::ALL.iter().position(|&l| l == label);
            return group
                .and_then(|g| ordered.rows.get(g))
                .map(|rows| {
                    rows.iter()
                        .filter_map(|&i| self.entity_rows.get(i))
                        .collect()
                })
                .unwrap_or_default();
        }
        self.sorted_rows(label, sort, filter)
    }

    /// True when the sidebar's order was made for `sort` and the current filter.
    pub fn rows_ordered_for(&self, sort: EntitySort) -> bool {
        self.ordered_rows.is_for(sort, &self.view.filter)
    }

    /// Number of entities of `label` before the filter (0 until the rows are ordered).
    pub fn label_total(&self, label: Label) -> usize {
        let group = Label::ALL.iter().position(|&l| l == label);
        group
            .and_then(|g| self.ordered_rows.totals.get(g))
            .copied()
            .unwrap_or(0)
    }

    /// Sorts and filters the sidebar rows once for `sort` and the current filter; call it
    /// when either changes ([`Self::set_annotations`] keeps the last order).
    pub fn order_rows(&mut self, sort: EntitySort) {
        let filter = self.view.filter.clone();
        let rows = Label::ALL
            .iter()
            .map(|&label| self.sorted_indices(label, sort, &filter))
            .collect();
        let totals = Label::ALL
            .iter()
            .map(|&label| self.entity_rows.iter().filter(|r| r.label == label).count())
            .collect();
        self.ordered_rows = OrderedRows {
            sort,
            filter,
            rows,
            totals,
        };
    }

    fn sorted_rows(&self, label: Label, sort: EntitySort, filter: &str) -> Vec<&EntityRow> {
        self.sorted_indices(label, sort, filter)
            .into_iter()
            .filter_map(|i| self.entity_rows.get(i))
            .collect()
    }

    /// Indices into `entity_rows` of the rows of `label` passing `filter`, in `sort` order.
    fn sorted_indices(&self, label: Label, sort: EntitySort, filter: &str) -> Vec<usize> {
        let rows = &self.entity_rows;
        let mut indices: Vec<usize> = (0..rows.len())
            .filter(|&i| rows[i].label == label)
            .filter(|&i| {
                let r = &rows[i];
                find::contains_loose(&r.name, filter)
                    || r.title
                        .as_deref()
                        .is_some_and(|t| find::contains_loose(t, filter))
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

    /// The ranges of the selected entity's visible mentions, in text order.
    pub fn selected_mentions(&self) -> &[TextRange] {
        self.view
            .selected
            .and_then(|id| self.mention_ranges.get(&id))
            .map_or(&[], Vec::as_slice)
    }

    /// The mentions (any status) that start inside `window`, in text order: a binary
    /// search, so drawing costs what is on screen, not what is in the article.
    pub fn mentions_in(&self, window: TextRange) -> &[Mention] {
        let mentions = &self.annotations.mentions;
        let from = mentions.partition_point(|m| m.range.start() < window.start());
        let to = mentions.partition_point(|m| m.range.start() < window.end());
        mentions.get(from..to).unwrap_or(&[])
    }

    /// The first visible (not rejected) mention covering character `offset`.
    pub fn mention_at(&self, offset: usize) -> Option<&Mention> {
        self.annotations
            .mentions
            .iter()
            .find(|m| m.status != MentionStatus::Rejected && m.range.contains(offset))
    }

    /// The entity of [`Self::mention_at`], if it has one.
    pub fn entity_at(&self, offset: usize) -> Option<EntityId> {
        self.mention_at(offset).and_then(|m| m.entity)
    }

    /// Selects an entity and makes its first mention current, scrolling to it.
    pub fn select_entity(&mut self, id: EntityId) {
        self.view.selected = Some(id);
        self.view.current_mention = None;
        self.step_mention(1);
    }

    /// Makes mention `index` of the selected entity current and scrolls to it.
    pub fn jump_to_mention(&mut self, index: usize) {
        if let Some(range) = self.selected_mentions().get(index).copied() {
            self.view.current_mention = Some(index);
            self.view.request_scroll(range);
        }
    }

    /// Moves the current mention forward (`+1`) or back (`-1`), wrapping around.
    pub fn step_mention(&mut self, delta: isize) {
        let count = self.selected_mentions().len();
        match wrap_step(self.view.current_mention, delta, count) {
            Some(next) => self.jump_to_mention(next),
            None => self.view.current_mention = None,
        }
    }

    /// Clears the entity selection.
    pub fn clear_selection(&mut self) {
        self.view.selected = None;
        self.view.current_mention = None;
    }

    /// Sets the find query and recomputes the hits; the first hit becomes current.
    pub fn set_find_query(&mut self, query: String) {
        let hits = find::find_loose(self.doc.text.as_str(), &query);
        self.set_find_hits(query, hits);
    }

    /// Sets the find query with hits computed elsewhere (a background search of a long
    /// article); the first hit becomes current.
    pub fn set_find_hits(&mut self, query: String, hits: Vec<TextRange>) {
        self.view.find.hits = hits;
        self.view.find.query = query;
        self.view.find.current = None;
        self.step_find(1);
    }

    /// Moves to the next (`+1`) or previous (`-1`) find hit, wrapping around.
    pub fn step_find(&mut self, delta: isize) {
        let count = self.view.find.hits.len();
        let Some(next) = wrap_step(self.view.find.current, delta, count) else {
            self.view.find.current = None;
            return;
        };
        self.view.find.current = Some(next);
        let hit = self.view.find.hits[next];
        self.view.request_scroll(hit);
    }

    /// A line of context around `range`: up to `width` characters each side, cut at
    /// line breaks, as (before, match, after).
    pub fn context(&self, range: TextRange, width: usize) -> (String, String, String) {
        let text = &self.doc.text;
        let len = text.char_len();
        let start = range.start().saturating_sub(width);
        let end = (range.end() + width).min(len);
        let slice = |s: usize, e: usize| {
            TextRange::unbounded(s, e)
                .map(|r| text.slice(r).to_owned())
                .unwrap_or_default()
        };
        let before = slice(start, range.start());
        let before = before.rsplit('\n').next().unwrap_or_default().to_owned();
        let after = slice(range.end(), end);
        let after = after.split('\n').next().unwrap_or_default().to_owned();
        (before, slice(range.start(), range.end()), after)
    }
}

/// The index `delta` steps from `current` among `count` items, wrapping around; with
/// nothing current, forward starts at the first and backward at the last. `None` when
/// there are no items.
fn wrap_step(current: Option<usize>, delta: isize, count: usize) -> Option<usize> {
    if count == 0 {
        return None;
    }
    Some(match current {
        None if delta >= 0 => 0,
        None => count - 1,
        Some(i) => (i as isize + delta).rem_euclid(count as isize) as usize,
    })
}
