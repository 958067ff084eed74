//! [`ArticleView`]: the scrollable article — lazy layout, selection, copy,
//! highlights, scroll-to-offset and accessibility.

use egui::{Id, Rect, Response, Role, ScrollArea, Sense, Ui, WidgetInfo, vec2};
use sahifa_model::{Document, TextRange};

use crate::blocks::BlockCache;

mod highlight;
mod paint;
mod placed;
mod placing;
mod pointer;
mod scrolling;

pub use highlight::Highlight;

use crate::system::TextSystem;
use placed::{Placed, char_at};

/// What happened in the article view this frame.
pub struct ArticleResponse {
    /// The response of the whole visible area.
    pub response: Response,
    /// Document char offset under the pointer, if it is over a character.
    pub hovered: Option<usize>,
    /// Document char offset that was clicked (a click, not the end of a drag).
    pub clicked: Option<usize>,
    /// The current selection (document char offsets, logical order), if not empty.
    pub selection: Option<TextRange>,
    /// True when the selection changed this frame.
    pub selection_changed: bool,
}

/// The article view's state; keep one per open document tab and call [`ArticleView::show`]
/// every frame.
pub struct ArticleView {
    id: Id,
    /// Body font size in points: the one zoom of whoever shows the view (the app keeps
    /// it in its settings; the view itself has no zoom of its own).
    pub font_size: f32,
    /// Widest text column in points (a comfortable measure); the column is narrower when
    /// the window is.
    pub max_column_width: f32,
    /// Line height as a multiple of the font size; Arabic with harakat wants about 1.6.
    /// Clamped to 1.0..=3.0 when laid out.
    pub line_height: f32,
    /// Selection as (anchor, focus) document offsets; the anchor is where the drag began.
    selection: Option<(usize, usize)>,
    current: Option<TextRange>,
    scroll_request: Option<usize>,
    cache: BlockCache,
    doc_key: Option<(String, usize, usize)>,
    /// Document range of the blocks painted in the last frame.
    visible: Option<TextRange>,
    /// The block at the top of the viewport in the last frame and how far into it (as a
    /// fraction of its height) the viewport began: kept in place when a resize or a new
    /// font size moves every block.
    anchor: Option<(usize, f32)>,
    /// Frames left to hold the anchor in place while the scroll area catches up with the
    /// scroll request made after a relayout (other blocks must not be laid out meanwhile,
    /// or their new heights would move the anchor).
    pinned_frames: u8,
}

impl Default for ArticleView {
    fn default() -> Self {
        Self::new()
    }
}

impl ArticleView {
    /// A view with body text at 20 points.
    pub fn new() -> Self {
        Self {
            id: Id::unique("sahifa_article_view"),
            font_size: 20.0,
            max_column_width: 840.0,
            line_height: 1.6,
            selection: None,
            current: None,
            scroll_request: None,
            cache: BlockCache::new(),
            doc_key: None,
            visible: None,
            anchor: None,
            pinned_frames: 0,
        }
    }

    /// Uses `id_salt` to tell several views apart (scroll position, accessibility ids).
    pub fn with_id(mut self, id_salt: impl std::hash::Hash + std::fmt::Debug) -> Self {
        self.id = Id::unique(id_salt);
        self
    }

    /// The selection in document char offsets, if not empty.
    pub fn selection(&self) -> Option<TextRange> {
        let (a, b) = self.selection?;
        (a != b)
            .then(|| TextRange::unbounded(a.min(b), a.max(b)).ok())
            .flatten()
    }

    /// Selects `range` (document char offsets), or clears the selection with `None`.
    pub fn set_selection(&mut self, range: Option<TextRange>) {
        self.selection = range.map(|r| (r.start(), r.end()));
    }

    /// Emphasises `range` as the current one (e.g. the mention reached with "next"); drawn
    /// with a strong outline over any highlight.
    pub fn set_current(&mut self, range: Option<TextRange>) {
        self.current = range;
    }

    /// Scrolls so that document offset `offset` is visible (centred) on the next frame.
    pub fn scroll_to(&mut self, offset: usize) {
        self.scroll_request = Some(offset);
    }

    /// The document characters of the blocks shown in the last frame (whole blocks, so
    /// slightly more than what is on screen); `None` before the first frame.
    pub fn visible_range(&self) -> Option<TextRange> {
        self.visible
    }

    /// Shows `doc` with `highlights` (any order; later ones paint over earlier ones).
    pub fn show(
        &mut self,
        ui: &mut Ui,
        doc: &Document,
        highlights: &[Highlight],
    ) -> ArticleResponse {
        let key = (
            doc.source.content_hash.clone(),
            doc.text.char_len(),
            doc.blocks().len(),
        );
        if self.doc_key.as_ref() != Some(&key) {
            if self.doc_key.is_some() {
                // Another document: offsets of the old one mean nothing here.
                self.selection = None;
                self.current = None;
            }
            self.doc_key = Some(key);
            self.cache.reset();
        }
        let id = self.id;
        ScrollArea::vertical()
            .id_salt(id)
            .auto_shrink([false, false])
            .show_viewport(ui, |ui, viewport| {
                self.contents(ui, viewport, doc, highlights)
            })
            .inner
    }

    /// One frame of the view inside the scroll area: lay out and place what is visible,
    /// follow the pointer and keys, paint, and expose the blocks to screen readers.
    fn contents(
        &mut self,
        ui: &mut Ui,
        viewport: Rect,
        doc: &Document,
        highlights: &[Highlight],
    ) -> ArticleResponse {
        let ctx = ui.ctx().clone();
        let shared = TextSystem::shared(&ctx);
        let mut ts = TextSystem::lock(&shared);
        ts.begin_pass(&ctx);

        let column = self.column(ui);
        let relaid = self.prepare_layouts(&ts, doc, &column, ctx.pixels_per_point());
        self.serve_scroll_request(ui, &mut ts, doc, &column);
        let placed = self.place_visible_blocks(ui, &mut ts, doc, viewport, &column, relaid);
        self.remember_placement(&placed, viewport, &column);
        let total = self.cache.total_height().max(viewport.max.y.min(0.0));
        ui.set_min_size(vec2(column.avail, total));

        let view_rect =
            Rect::from_min_size(column.origin + viewport.min.to_vec2(), viewport.size());
        let response = ui.interact(view_rect, self.id.with("area"), Sense::click_and_drag());
        if response.hovered() {
            ctx.set_cursor_icon(egui::CursorIcon::Text);
        }
        let hovered = response.hover_pos().and_then(|p| char_at(&placed, p));
        let before = self.selection;
        let clicked = self.follow_pointer(ui, &response, &placed, doc, view_rect);
        self.follow_keys(ui, &response, doc, viewport, column.font_size);

        self.paint_blocks(&mut ts, ui, &placed, highlights, column.font_size);
        drop(ts);
        self.expose_to_screen_readers(ui, &placed, doc);

        ArticleResponse {
            response,
            hovered,
            clicked,
            selection: self.selection(),
            selection_changed: before != self.selection,
        }
    }

    /// Each visible block is a label node with its text.
    fn expose_to_screen_readers(&self, ui: &Ui, placed: &[Placed], doc: &Document) {
        for p in placed {
            let r = ui.interact(p.rect, self.id.with(("block", p.block)), Sense::hover());
            let text = doc.text.slice(p.piece.range).to_owned();
            r.widget_info(|| WidgetInfo::labeled(Role::Label, true, &text));
        }
    }
}
