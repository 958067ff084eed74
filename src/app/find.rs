//! Loose Arabic matching for find-in-article and the sidebar filter.
//!
//! Both use `sahifa_extract::arabic::find_loose`, so find and the extractor agree on what
//! "the same word" is: diacritics, tatweel, alef forms, ة/ه and ى/ي are ignored, and a hit
//! starts at a word start or right after a leading clitic (و ف ب ك ل), so «قطر» finds
//! «وقطر».

use std::sync::Arc;

use sahifa_model::{Document, TextRange};

use crate::app::SahifaApp;
use crate::app::document::DocId;
use crate::app::tasks::Task;

/// Articles longer than this (in characters) are searched on a worker thread, so typing
/// in the find box never waits for a search; shorter ones are searched at once.
pub const SEARCH_IN_BACKGROUND_ABOVE: usize = 500_000;

/// A search of one document running in the background.
pub struct FindJob {
    doc: DocId,
    query: String,
    /// Public for the status bar.
    pub task: Task<Vec<TextRange>>,
}

impl SahifaApp {
    /// Sets the find query of the shown document: searched at once when short, else on a
    /// worker thread (the hits of the previous query stay until the new ones arrive).
    pub(crate) fn find(&mut self, query: String) {
        let ctx = self.ctx.clone();
        let Some(doc) = self.active_document_mut() else {
            return;
        };
        if doc.doc.text.char_len() <= SEARCH_IN_BACKGROUND_ABOVE {
            doc.set_find_query(query);
            return;
        }
        doc.view.find.query = query.clone();
        let id = doc.id;
        let article: Arc<Document> = doc.doc.clone();
        let needle = query.clone();
        let task = Task::spawn(format!("Finding «{query}»"), ctx.as_ref(), move |_| {
            find_loose(article.text.as_str(), &needle)
        });
        self.finds.retain(|j| j.doc != id);
        self.finds.push(FindJob {
            doc: id,
            query,
            task,
        });
    }

    /// Takes the hits of finished background searches whose query is still the one typed.
    pub(crate) fn poll_finds(&mut self) {
        for (FindJob { doc: id, query, .. }, result) in
            crate::app::tasks::take_finished(&mut self.finds, |j| &j.task)
        {
            let Some(doc) = self.docs.iter_mut().find(|d| d.id == id) else {
                continue;
            };
            match result {
                Ok(hits) if doc.view.find.query == query => doc.set_find_hits(query, hits),
                Ok(_) => {}
                Err(e) => eprintln!("sahifa: {e}"),
            }
        }
    }
}

/// Every place `needle` occurs loosely in `haystack`, as char ranges into `haystack`, in
/// text order, not overlapping. An empty (or all-diacritic) needle finds nothing.
pub fn find_loose(haystack: &str, needle: &str) -> Vec<TextRange> {
    sahifa_extract::arabic::find_loose(haystack, needle)
}

/// True when `needle` occurs loosely in `haystack`; an empty needle matches everything.
pub fn contains_loose(haystack: &str, needle: &str) -> bool {
    let needle = needle.trim();
    needle
        .chars()
        .all(|c| sahifa_extract::arabic::fold_char(c).is_none())
        || !find_loose(haystack, needle).is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_clitic_before_the_word_still_matches() {
        let text = "زار قطر ثم عاد وقطر";
        let hits = find_loose(text, "قطر");
        assert_eq!(hits.len(), 2);
        assert_eq!(hits[1], TextRange::new(16, 19, 19).unwrap());
    }

    #[test]
    fn filter_ignores_tatweel_and_empty_filters_match_all() {
        assert!(contains_loose("سيف الهملان", "الهمـلان"));
        assert!(!contains_loose("جاسم المناعي", "الهملان"));
        assert!(contains_loose("anything", "  "));
    }
}
