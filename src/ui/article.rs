//! The article in the middle of the window — the one call site of the text layer's
//! article view — and its per-document widget caches (ui-only state).

use std::collections::HashMap;

use egui::Ui;
use sahifa_model::TextRange;
use sahifa_text::{ArticleView, Highlight};

use crate::state::document::{DocId, OpenDocument};
use crate::ui::shortcuts::ARTICLE_FOCUS_KEY;

/// Characters either side of the visible text whose highlights are still handed to the
/// view, so a short scroll never shows a paragraph without its colours.
const VISIBLE_MARGIN: usize = 20_000;

/// What the article view is asked to show.
pub struct ArticleParams<'a> {
    /// Fills in any order, later ones over earlier ones; the current mention or find hit
    /// is a [`Highlight::current`], outlined.
    pub highlights: &'a [Highlight],
    /// Font size in points.
    pub font_size: f32,
    /// Line height as a multiple of the font size.
    pub line_spacing: f32,
    /// Drawn over the highlights as they are: the underlines and outlines that tell
    /// confirmed and manual mentions from automatic ones.
    pub marks: &'a [Highlight],
}

/// What happened in the article this frame.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ArticleOutput {
    /// Character offset the user clicked.
    pub clicked: Option<usize>,
    /// Character offset under the pointer.
    pub hovered: Option<usize>,
    /// The text selection (document chars), if not empty.
    pub selection: Option<TextRange>,
    /// True when the selection changed this frame.
    pub selection_changed: bool,
    /// The id of the article's interaction area (for its context menu).
    pub area: Option<egui::Id>,
}

/// Per-document widget state of the article view (layout caches, selection, scroll).
/// Not application state: dropping it loses nothing but layout work.
#[derive(Default)]
pub struct Cache {
    docs: HashMap<DocId, DocCache>,
}

struct DocCache {
    view: ArticleView,
    /// The last scroll request served.
    served_scroll: u64,
    /// The last selection-clearing request served (see `DocView::clear_selection`).
    served_clear: u64,
}

impl Cache {
    /// Drops the state of the documents that are no longer open.
    pub fn retain_open(&mut self, is_open: impl Fn(DocId) -> bool) {
        self.docs.retain(|&id, _| is_open(id));
    }
}

/// The part of `doc` whose highlights are worth building this frame: what the view showed
/// last frame and `VISIBLE_MARGIN` characters either side (or the start of the article
/// before its first frame, or after a jump, which is served next frame).
pub fn highlight_window(cache: &Cache, doc: &OpenDocument) -> TextRange {
    let len = doc.doc.text.char_len();
    let shown = cache
        .docs
        .get(&doc.id)
        .and_then(|state| state.view.visible_range());
    let (start, end) = match (shown, doc.view.scroll_request) {
        (Some(r), _) => (r.start(), r.end()),
        (None, Some(request)) => (request.range.start(), request.range.end()),
        (None, None) => (0, 0),
    };
    let start = start.saturating_sub(VISIBLE_MARGIN);
    let end = end.saturating_add(VISIBLE_MARGIN).min(len);
    TextRange::unbounded(start.min(end), end).unwrap_or(doc.doc.text.full_range())
}

/// Shows the article of `doc` through the text layer's [`ArticleView`].
pub fn show(
    ui: &mut Ui,
    cache: &mut Cache,
    doc: &OpenDocument,
    params: &ArticleParams<'_>,
) -> ArticleOutput {
    let state = cache.docs.entry(doc.id).or_insert_with(|| DocCache {
        view: ArticleView::new().with_id(("sahifa article", doc.id.0)),
        served_scroll: 0,
        served_clear: 0,
    });
    state.serve_requests(doc);
    // The one zoom is the font size of the settings.
    state.view.font_size = params.font_size;
    state.view.line_height = params.line_spacing;
    let highlights = visible_highlights(&state.view, params, ui.visuals().dark_mode);
    let response = state.view.show(ui, &doc.doc, &highlights);
    let area = response.response.id;
    ui.ctx().data_mut(|d| {
        d.insert_temp(egui::Id::unique(ARTICLE_FOCUS_KEY), area);
    });
    ArticleOutput {
        clicked: response.clicked,
        hovered: response.hovered,
        selection: response.selection,
        selection_changed: response.selection_changed,
        area: Some(area),
    }
}

impl DocCache {
    /// Serves the document's new requests once: clear the selection, scroll to a range.
    fn serve_requests(&mut self, doc: &OpenDocument) {
        if doc.view.clear_selection > self.served_clear {
            self.served_clear = doc.view.clear_selection;
            self.view.set_selection(None);
        }
        if let Some(request) = doc.view.scroll_request
            && request.generation > self.served_scroll
        {
            self.served_scroll = request.generation;
            self.view.scroll_to(request.range.start());
        }
    }
}

/// The highlights and marks near what `view` shows: colour-all on a long article has
/// tens of thousands of mentions, and the view would test each against every visible
/// paragraph. Fills are lighter in the dark theme, where full-strength fills under light
/// text are hard to read.
fn visible_highlights(
    view: &ArticleView,
    params: &ArticleParams<'_>,
    dark_mode: bool,
) -> Vec<Highlight> {
    let window = view.visible_range().and_then(|r| {
        TextRange::unbounded(
            r.start().saturating_sub(VISIBLE_MARGIN),
            r.end() + VISIBLE_MARGIN,
        )
        .ok()
    });
    let near = |h: &&Highlight| window.is_none_or(|w| w.overlaps(h.range));
    let fill_strength = if dark_mode { 0.6 } else { 1.0 };
    let fills = params.highlights.iter().filter(near).map(|h| Highlight {
        color: h.color.gamma_multiply(fill_strength),
        ..*h
    });
    fills
        .chain(params.marks.iter().filter(near).copied())
        .collect()
}
