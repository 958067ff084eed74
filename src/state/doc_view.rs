//! [`DocView`]: what the user is looking at in one document — the selected entity and
//! its current mention, the find bar, the text selection, scroll requests. View state,
//! kept apart from the annotations and their undo history.

use sahifa_model::TextRange;

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

/// A request to bring a range into view.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ScrollRequest {
    /// What to show.
    pub range: TextRange,
    /// Increases with every request of a document.
    pub generation: u64,
}

/// What the user is looking at in one document.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DocView {
    /// The selected entity, whose mentions are highlighted.
    pub selected: Option<sahifa_model::EntityId>,
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
    /// The article's text selection (document chars), as the article view last reported.
    pub text_selection: Option<TextRange>,
    /// Raised to ask the article view to clear its selection (once it has been marked);
    /// the view remembers the last value it served.
    pub clear_selection: u64,
    /// Whether the unplaced-mentions window is shown.
    pub unplaced_open: bool,
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

    /// The text selection was used up: the article view drops it on the next frame.
    pub fn consume_text_selection(&mut self) {
        self.text_selection = None;
        self.clear_selection += 1;
    }
}

/// The ranges of `ranges` (in text order by start) that start inside `window`, with the
/// index of the first one, found by binary search.
pub fn ranges_in(ranges: &[TextRange], window: TextRange) -> (usize, &[TextRange]) {
    let from = ranges.partition_point(|r| r.start() < window.start());
    let to = ranges.partition_point(|r| r.start() < window.end());
    (from, ranges.get(from..to).unwrap_or(&[]))
}

/// The index `delta` steps from `current` among `count` items, wrapping around; with
/// nothing current, forward starts at the first and backward at the last. `None` when
/// there are no items.
pub fn wrap_step(current: Option<usize>, delta: isize, count: usize) -> Option<usize> {
    if count == 0 {
        return None;
    }
    Some(match current {
        None if delta >= 0 => 0,
        None => count - 1,
        Some(i) => (i as isize + delta).rem_euclid(count as isize) as usize,
    })
}
