//! Find in article: short articles are searched at once, long ones on a background task
//! in pieces, cancelled when a newer query replaces theirs. The matching itself is
//! [`crate::state::loose_match`]'s.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use sahifa_model::{Document, TextRange};

use crate::l10n::tr_args;
use crate::logic::App;
use crate::logic::background::FindJob;
use crate::logic::tasks::{Progress, Task, take_finished};
use crate::state::document::DocId;
use crate::state::loose_match::find_loose;

/// Articles up to this many characters are searched at once (well under a millisecond);
/// longer ones on a worker thread, so typing in the find box never waits for a search.
pub const SEARCH_IN_BACKGROUND_ABOVE: usize = 50_000;

/// A background search reads the article in pieces of about this many bytes, and stops
/// between two pieces once a newer query has cancelled it.
const SEARCH_PIECE_BYTES: usize = 1 << 20;

impl App {
    /// Sets the find query of the shown document: searched at once when short, else on a
    /// worker thread (the hits of the previous query stay until the new ones arrive, and
    /// the previous query's search is cancelled).
    pub(crate) fn find(&mut self, query: String) {
        let waker = self.waker.clone();
        let lang = self.state.settings.language;
        let Some(doc) = self.state.active_document_mut() else {
            return;
        };
        let id = doc.id;
        if doc.doc.text.char_len() <= SEARCH_IN_BACKGROUND_ABOVE || query.trim().is_empty() {
            doc.set_find_query(query);
            self.cancel_finds(id);
            return;
        }
        doc.view.find.query = query.clone();
        let article: Arc<Document> = doc.doc.clone();
        let needle = query.clone();
        let cancel = Arc::new(AtomicBool::new(false));
        let stop = cancel.clone();
        let task = Task::spawn(
            tr_args(lang, "task-finding", &[("query", query.as_str().into())]),
            waker.as_ref(),
            move |progress| find_loose_cancellable(article.text.as_str(), &needle, &stop, progress),
        );
        self.cancel_finds(id);
        self.tasks.finds.push(FindJob {
            doc: id,
            query,
            cancel,
            task,
        });
    }

    /// Stops the background searches of document `id` (their results are not wanted).
    fn cancel_finds(&mut self, id: DocId) {
        for job in self.tasks.finds.iter().filter(|j| j.doc == id) {
            job.cancel.store(true, Ordering::Relaxed);
        }
        self.tasks.finds.retain(|j| j.doc != id);
    }

    /// Takes the hits of finished background searches whose query is still the one typed.
    pub(crate) fn poll_finds(&mut self) {
        for (FindJob { doc: id, query, .. }, result) in
            take_finished(&mut self.tasks.finds, |j| &j.task)
        {
            let Some(index) = self.state.doc_index(id) else {
                continue;
            };
            match result {
                Ok(Some(hits)) => {
                    if let Some(doc) = self.state.document_mut(index)
                        && doc.view.find.query == query
                    {
                        doc.set_find_hits(query, hits);
                    }
                }
                Ok(None) => {}
                Err(panicked) => self.report(panicked),
            }
        }
    }
}

/// [`find_loose`] over a long text, a piece at a time: `None` as soon as `cancel` is set.
/// Pieces end after white space, and each is searched with a margin of the next one, so
/// a match across a cut is found once, as in a search of the whole text.
pub fn find_loose_cancellable(
    haystack: &str,
    needle: &str,
    cancel: &AtomicBool,
    progress: &Progress,
) -> Option<Vec<TextRange>> {
    let margin = needle.len().saturating_mul(4).saturating_add(64);
    let mut hits: Vec<TextRange> = Vec::new();
    let (mut start_byte, mut start_char) = (0usize, 0usize);
    while start_byte < haystack.len() {
        if cancel.load(Ordering::Relaxed) {
            return None;
        }
        let end_byte = cut_after_space(haystack, start_byte + SEARCH_PIECE_BYTES);
        let piece_chars = haystack.get(start_byte..end_byte)?.chars().count();
        let searched = haystack.get(start_byte..ceil_char(haystack, end_byte + margin))?;
        for hit in find_loose(searched, needle) {
            let (s, e) = (hit.start() + start_char, hit.end() + start_char);
            let after_last = hits.last().is_none_or(|last| s >= last.end());
            if hit.start() < piece_chars && after_last {
                hits.extend(TextRange::unbounded(s, e).ok());
            }
        }
        start_byte = end_byte;
        start_char += piece_chars;
        progress.set(start_byte as f32 / haystack.len().max(1) as f32);
    }
    Some(hits)
}

/// The byte offset of the first character boundary at or after `at` that follows white
/// space (or the end of `text`).
fn cut_after_space(text: &str, at: usize) -> usize {
    let at = ceil_char(text, at);
    text.get(at..)
        .and_then(|rest| rest.find(char::is_whitespace))
        .map_or(text.len(), |i| {
            let space = at + i;
            space + text[space..].chars().next().map_or(1, char::len_utf8)
        })
}

/// The first character boundary of `text` at or after byte `at` (at most its length).
fn ceil_char(text: &str, at: usize) -> usize {
    (at.min(text.len())..=text.len())
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(text.len())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::loose_match::find_loose;

    #[test]
    fn a_search_in_pieces_finds_what_a_whole_search_finds() {
        let text = "زار الوزير قطر ثم عاد إلى الدوحة وقطر. ".repeat(60_000);
        let whole = find_loose(&text, "قطر");
        let pieces =
            find_loose_cancellable(&text, "قطر", &AtomicBool::new(false), &Progress::default());
        assert_eq!(pieces.as_ref().map(Vec::len), Some(120_000));
        assert_eq!(pieces, Some(whole));
        let phrase = find_loose_cancellable(
            &text,
            "الدوحة وقطر",
            &AtomicBool::new(false),
            &Progress::default(),
        );
        assert_eq!(phrase, Some(find_loose(&text, "الدوحة وقطر")));
    }

    #[test]
    fn a_cancelled_search_stops_without_hits() {
        let text = "قطر ".repeat(1_000_000);
        let cancel = AtomicBool::new(true);
        assert_eq!(
            find_loose_cancellable(&text, "قطر", &cancel, &Progress::default()),
            None
        );
    }
}
