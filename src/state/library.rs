//! What the window shows of the library (many articles, one index of who appears where):
//! whether it is open, its articles and entities as last queried, the entity picked with
//! its articles, snippets and neighbours, the full-text search, a running add. Plain
//! data: every query runs in the background ([`crate::logic`]) and lands here.

use std::path::PathBuf;
use std::sync::Arc;

use sahifa_library::{
    ArticleHit, ArticleRow, EntityRow, LibEntityId, Neighbour, SearchHit, Snippet,
};
use sahifa_model::{Label, TextRange};

use crate::state::loose_match::contains_loose;

/// Where the library is in its life.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum LibraryStatus {
    /// No library file was given (tests that do not use it).
    #[default]
    None,
    /// Being opened in the background.
    Opening,
    /// Open: queries work, and adds unless it is read-only
    /// ([`LibraryState::read_only`]). Also while no library file exists yet: the view is
    /// that of an empty library, and the first add creates the file.
    Ready,
    /// The file was refused (newer or damaged) and kept as it is: the message, and the
    /// user may start a new library (the old file is moved aside).
    Refused(String),
    /// Another failure (busy, unreadable folder): the message.
    Failed(String),
}

/// The part of the library view shown.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum LibraryPage {
    /// Entities by type, the picked one's articles and neighbours.
    #[default]
    Entities,
    /// Every article.
    Articles,
    /// Full-text search.
    Search,
}

/// An article the picked entity appears in, with its keyword-in-context snippets.
#[derive(Clone, Debug, PartialEq)]
pub struct HitWithSnippets {
    /// The article and how often the entity appears in it.
    pub hit: ArticleHit,
    /// The first few mentions in context.
    pub snippets: Vec<Snippet>,
}

/// The picked entity, as last queried.
#[derive(Clone, Debug, PartialEq)]
pub struct PickedEntity {
    /// The entity (name, type, aliases, counts).
    pub entity: EntityRow,
    /// The articles it appears in, most mentions first.
    pub hits: Vec<HitWithSnippets>,
    /// The entities it appears with most, by shared articles.
    pub neighbours: Vec<Neighbour>,
}

/// An add running in the background, as the view shows it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Adding {
    /// Files found so far.
    pub found: usize,
    /// Files finished.
    pub done: usize,
}

/// A place to show once its article is open: the entity whose mention covers `range`
/// is selected and the mention scrolled into view.
#[derive(Clone, Debug, PartialEq)]
pub struct Reveal {
    /// The article.
    pub path: PathBuf,
    /// The mention or hit in it.
    pub range: TextRange,
}

/// Everything the library view shows.
#[derive(Clone, Debug, Default)]
pub struct LibraryState {
    /// The library view is shown instead of the document.
    pub shown: bool,
    /// Open, opening, refused…
    pub status: LibraryStatus,
    /// The library file, when it was opened only to read because it (or its folder) may
    /// not be written: browsing and search work; adding, merging and splitting are off.
    pub read_only: Option<PathBuf>,
    /// The page shown.
    pub page: LibraryPage,
    /// Every article, by path.
    pub articles: Vec<ArticleRow>,
    /// The entities of the type filter, most articles first (shared with the background
    /// task that filters them).
    pub entities: Arc<Vec<EntityRow>>,
    /// Indices into `entities` that pass the text filter `visible_for` (computed in the
    /// background: filtering thousands of names is not the UI thread's work).
    visible: Vec<usize>,
    /// The filter `visible` was computed for; while it differs from `filter`, a newer
    /// filtering is on its way.
    visible_for: String,
    /// Only entities of this type (`None`: every type).
    pub label: Option<Label>,
    /// The loose Arabic text filter of the entity names.
    filter: String,
    /// The picked entity, once its articles have come back.
    pub picked: Option<PickedEntity>,
    /// The entity asked for (its details may still be on their way).
    pub picking: Option<LibEntityId>,
    /// «Merge with…» is on: a click in the list merges that entity into the picked one.
    pub merging: bool,
    /// The full-text query.
    pub query: String,
    /// Its hits.
    pub search_hits: Vec<SearchHit>,
    /// A running add.
    pub adding: Option<Adding>,
    /// The files the last adds could not read, with the reason.
    pub failures: Vec<(PathBuf, String)>,
    /// The list of failures is shown.
    pub failures_open: bool,
    /// A path typed where no folder dialog exists: `Some((folder, text))`.
    pub path_prompt: Option<(bool, String)>,
    /// Select the mention at this place once the article is open.
    pub reveal: Option<Reveal>,
}

impl LibraryState {
    /// A library being opened.
    pub fn opening() -> Self {
        Self {
            status: LibraryStatus::Opening,
            ..Self::default()
        }
    }

    /// True when the library is open.
    pub fn is_ready(&self) -> bool {
        self.status == LibraryStatus::Ready
    }

    /// The text filter.
    pub fn filter(&self) -> &str {
        &self.filter
    }

    /// Replaces the entities (of the type filter) with the rows that pass `filter`
    /// ([`filter_entities`]).
    pub fn set_entities(
        &mut self,
        entities: Arc<Vec<EntityRow>>,
        filter: String,
        visible: Vec<usize>,
    ) {
        self.entities = entities;
        self.visible = visible;
        self.visible_for = filter;
    }

    /// The rows of the current entities that pass `filter`, when they are still current.
    pub fn set_visible(
        &mut self,
        entities: &Arc<Vec<EntityRow>>,
        filter: String,
        visible: Vec<usize>,
    ) {
        if Arc::ptr_eq(entities, &self.entities) {
            self.visible = visible;
            self.visible_for = filter;
        }
    }

    /// Replaces the text filter; the rows that pass it are computed in the background.
    pub fn set_filter(&mut self, filter: String) {
        self.filter = filter;
    }

    /// True when the rows shown were filtered with another text than the current one.
    pub fn filter_pending(&self) -> bool {
        self.visible_for != self.filter
    }

    /// The entities that pass the filters, in order.
    pub fn visible_entities(&self) -> impl Iterator<Item = &EntityRow> {
        self.visible.iter().filter_map(|&i| self.entities.get(i))
    }

    /// The `n`th entity that passes the filters.
    pub fn visible_entity(&self, n: usize) -> Option<&EntityRow> {
        self.visible.get(n).and_then(|&i| self.entities.get(i))
    }

    /// How many entities pass the filters.
    pub fn visible_count(&self) -> usize {
        self.visible.len()
    }

    /// The entity with this id among those listed.
    pub fn entity(&self, id: LibEntityId) -> Option<&EntityRow> {
        self.entities.iter().find(|e| e.id == id)
    }
}

/// The indices of the entities whose name or an alias contains `filter` loosely (all of
/// them for an empty filter). O(entities): run in the background.
pub fn filter_entities(entities: &[EntityRow], filter: &str) -> Vec<usize> {
    let filter = filter.trim();
    entities
        .iter()
        .enumerate()
        .filter(|(_, e)| {
            filter.is_empty()
                || contains_loose(&e.canonical, filter)
                || e.aliases.iter().any(|a| contains_loose(a, filter))
        })
        .map(|(i, _)| i)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(id: i64, name: &str, aliases: &[&str]) -> EntityRow {
        EntityRow {
            id: LibEntityId(id),
            canonical: name.to_owned(),
            label: Label::Person,
            aliases: aliases.iter().map(|a| (*a).to_owned()).collect(),
            articles: 1,
            mentions: 1,
        }
    }

    #[test]
    fn the_filter_matches_names_and_aliases_loosely() {
        let rows = vec![
            row(1, "سيف الهملان", &["الهملان"]),
            row(2, "جاسم المناعي", &[]),
            row(3, "المناعي", &["الهملان"]),
        ];
        assert_eq!(filter_entities(&rows, " "), vec![0, 1, 2]);
        assert_eq!(filter_entities(&rows, "الهمـلان"), vec![0, 2]);
        assert_eq!(filter_entities(&rows, "المناعى"), vec![1, 2]);
    }

    #[test]
    fn rows_filtered_for_older_entities_are_not_shown() {
        let mut state = LibraryState::default();
        let old = Arc::new(vec![row(1, "سيف الهملان", &[])]);
        state.set_entities(Arc::clone(&old), String::new(), vec![0]);
        state.set_filter("سيف".into());
        assert!(state.filter_pending());
        let new = Arc::new(vec![row(2, "جاسم", &[]), row(1, "سيف الهملان", &[])]);
        state.set_entities(Arc::clone(&new), String::new(), vec![0, 1]);
        state.set_visible(&old, "سيف".into(), vec![0]);
        assert!(
            state.filter_pending(),
            "filtered for entities no longer shown"
        );
        state.set_visible(&new, "سيف".into(), vec![1]);
        assert!(!state.filter_pending());
        let shown: Vec<_> = state.visible_entities().map(|e| e.id).collect();
        assert_eq!(shown, vec![LibEntityId(1)]);
    }
}
