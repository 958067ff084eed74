//! What the window shows of the library (many articles, one index of who appears where):
//! whether it is open, its articles and entities as last queried, the entity picked with
//! its articles, snippets and neighbours, the full-text search, a running add. Plain
//! data: every query runs in the background ([`crate::logic`]) and lands here.

use std::path::PathBuf;

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
    /// Open: queries and adds work.
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
    /// The page shown.
    pub page: LibraryPage,
    /// Every article, by path.
    pub articles: Vec<ArticleRow>,
    /// The entities of the type filter, most articles first.
    pub entities: Vec<EntityRow>,
    /// Indices into `entities` that pass the text filter (kept with `filter`).
    visible: Vec<usize>,
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

    /// Replaces the entities (of the type filter) and keeps the text filter's rows.
    pub fn set_entities(&mut self, entities: Vec<EntityRow>) {
        self.entities = entities;
        self.refilter();
    }

    /// Replaces the text filter.
    pub fn set_filter(&mut self, filter: String) {
        self.filter = filter;
        self.refilter();
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

    fn refilter(&mut self) {
        let filter = self.filter.trim();
        self.visible = self
            .entities
            .iter()
            .enumerate()
            .filter(|(_, e)| {
                filter.is_empty()
                    || contains_loose(&e.canonical, filter)
                    || e.aliases.iter().any(|a| contains_loose(a, filter))
            })
            .map(|(i, _)| i)
            .collect();
    }
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
        let mut state = LibraryState::default();
        state.set_entities(vec![
            row(1, "سيف الهملان", &["الهملان"]),
            row(2, "جاسم المناعي", &[]),
        ]);
        assert_eq!(state.visible_count(), 2);
        state.set_filter("الهمـلان".into());
        let names: Vec<_> = state.visible_entities().map(|e| e.id).collect();
        assert_eq!(names, vec![LibEntityId(1)]);
        state.set_entities(vec![row(3, "المناعي", &[])]);
        assert_eq!(
            state.visible_count(),
            0,
            "the filter holds across refreshes"
        );
    }
}
