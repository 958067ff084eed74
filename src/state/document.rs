//! [`OpenDocument`]: one opened article with its annotations, the sidebar rows derived
//! from them, its view state, its undo history and its annotations file.

use std::collections::HashMap;
use std::sync::Arc;

use sahifa_model::{Annotations, Document, EntityId, Label, Mention, MentionStatus, TextRange};

use crate::state::doc_view::{DocView, wrap_step};
use crate::state::entity_rows::{EntityRow, OrderedRows, rows_of, sorted_indices};
use crate::state::loose_match::find_loose;
use crate::state::settings::EntitySort;
use crate::state::sidecar::SidecarState;
use crate::state::undo::UndoHistory;

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

/// One opened article.
pub struct OpenDocument {
    /// Process-unique id.
    pub id: DocId,
    /// The article.
    pub doc: Arc<Document>,
    /// Word and character counts.
    pub stats: DocStats,
    /// Entities and mentions. Invariant: `entity_rows`, `mention_ranges` and
    /// `ordered_rows` are derived from it; change it only through
    /// [`OpenDocument::set_annotations`].
    annotations: Annotations,
    /// The sidebar's rows, one per entity.
    entity_rows: Vec<EntityRow>,
    /// Each entity's visible mentions, in text order: drawing asks for the selected
    /// entity's every frame.
    mention_ranges: HashMap<EntityId, Vec<TextRange>>,
    /// The sidebar's order (derived from `entity_rows`, the sort and the filter).
    ordered_rows: OrderedRows,
    /// How far extraction has got.
    pub extraction: Extraction,
    /// True when the annotations came from the article's sidecar file (the user's saved
    /// work), so a re-extraction is merged into them instead of replacing them.
    pub from_sidecar: bool,
    /// Selection, find, scroll requests, text selection.
    pub view: DocView,
    /// Undo/redo of annotation edits and where the saved state is.
    pub history: UndoHistory,
    /// The annotations file: its path, problems, unplaced mentions, saves.
    pub sidecar: SidecarState,
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
            history: UndoHistory::default(),
            sidecar: SidecarState::default(),
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
        (self.entity_rows, self.mention_ranges) = rows_of(&annotations);
        self.annotations = annotations;
        self.view.selected = None;
        self.view.current_mention = None;
        self.order_rows(self.ordered_rows.sort());
        dropped
    }

    /// The sidebar rows of one type that pass the filter, in the chosen order: the list
    /// made by [`Self::order_rows`] when it was made for this order and filter (the
    /// sidebar asks every frame), else sorted now.
    pub fn rows_of(&self, label: Label, sort: EntitySort, filter: &str) -> Vec<&EntityRow> {
        if self.ordered_rows.is_for(sort, filter) {
            return self.ordered_rows.of(&self.entity_rows, label);
        }
        sorted_indices(&self.entity_rows, label, sort, filter)
            .into_iter()
            .filter_map(|i| self.entity_rows.get(i))
            .collect()
    }

    /// True when the sidebar's order was made for `sort` and the current filter.
    pub fn rows_ordered_for(&self, sort: EntitySort) -> bool {
        self.ordered_rows.is_for(sort, &self.view.filter)
    }

    /// Number of entities of `label` before the filter (0 until the rows are ordered).
    pub fn label_total(&self, label: Label) -> usize {
        self.ordered_rows.total(label)
    }

    /// Sorts and filters the sidebar rows once for `sort` and the current filter; call it
    /// when either changes ([`Self::set_annotations`] keeps the last order).
    pub fn order_rows(&mut self, sort: EntitySort) {
        let filter = self.view.filter.clone();
        self.ordered_rows = OrderedRows::build(&self.entity_rows, sort, filter);
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

    /// Selects the entity of the mention at `offset` (a click in the text), making that
    /// mention current.
    pub fn select_at(&mut self, offset: usize) {
        if let Some(id) = self.entity_at(offset) {
            self.view.selected = Some(id);
            let index = self
                .selected_mentions()
                .iter()
                .position(|r| r.contains(offset));
            self.view.current_mention = index;
        }
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
        let hits = find_loose(self.doc.text.as_str(), &query);
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

    /// True when the annotations changed since they were last saved.
    pub fn is_dirty(&self) -> bool {
        self.history.is_dirty()
    }
}
