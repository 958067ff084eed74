//! [`ArticleView`]: the scrollable article — lazy layout, selection, copy, zoom,
//! highlights, scroll-to-offset and accessibility.

use egui::{
    Align, Color32, Event, Id, Key, Modifiers, Rect, Response, Role, ScrollArea, Sense, Ui,
    WidgetInfo, pos2, vec2,
};
use sahifa_model::{Document, TextRange};

use crate::blocks::{BlockCache, CacheKey};
use crate::pieces::piece_at;

mod paint;
mod placed;
mod scrolling;

use crate::paint::HighlightStyle;
use crate::system::TextSystem;
use placed::{Placed, caret_at, char_at, word_at};
use scrolling::auto_scroll;

/// A range of the document to mark, e.g. every mention of the selected entity.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Highlight {
    /// Document char offsets.
    pub range: TextRange,
    /// Fill, line or outline colour.
    pub color: Color32,
    /// How it is drawn.
    pub style: HighlightStyle,
}

impl Highlight {
    /// A filled highlight.
    pub fn fill(range: TextRange, color: Color32) -> Self {
        Self {
            range,
            color,
            style: HighlightStyle::Fill,
        }
    }
}

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
    /// Body font size in points at zoom 1.
    pub font_size: f32,
    /// Widest text column in points at zoom 1 (a comfortable measure); the column is
    /// narrower when the window is.
    pub max_column_width: f32,
    /// Line height as a multiple of the font size; Arabic with harakat wants about 1.6.
    /// Clamped to 1.0..=3.0 when laid out.
    pub line_height: f32,
    zoom: f32,
    /// Selection as (anchor, focus) document offsets; the anchor is where the drag began.
    selection: Option<(usize, usize)>,
    current: Option<TextRange>,
    scroll_request: Option<usize>,
    cache: BlockCache,
    doc_key: Option<(String, usize, usize)>,
    /// Document range of the blocks painted in the last frame.
    visible: Option<TextRange>,
    /// The block at the top of the viewport in the last frame and how far into it (as a
    /// fraction of its height) the viewport began: kept in place when a resize or zoom
    /// moves every block.
    anchor: Option<(usize, f32)>,
    /// Frames left to hold the anchor in place while the scroll area catches up with the
    /// scroll request made after a relayout (other blocks must not be laid out meanwhile,
    /// or their new heights would move the anchor).
    pinned_frames: u8,
}

/// Smallest and largest zoom factors.
pub const ZOOM_RANGE: (f32, f32) = (0.5, 3.0);

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
            zoom: 1.0,
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

    /// Current zoom factor (1 = 100 %).
    pub fn zoom(&self) -> f32 {
        self.zoom
    }

    /// Sets the zoom factor, clamped to [`ZOOM_RANGE`].
    pub fn set_zoom(&mut self, zoom: f32) {
        if zoom.is_finite() {
            self.zoom = zoom.clamp(ZOOM_RANGE.0, ZOOM_RANGE.1);
        }
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
        self.handle_zoom_keys(ui);
        let id = self.id;
        ScrollArea::vertical()
            .id_salt(id)
            .auto_shrink([false, false])
            .show_viewport(ui, |ui, viewport| {
                self.contents(ui, viewport, doc, highlights)
            })
            .inner
    }

    fn handle_zoom_keys(&mut self, ui: &Ui) {
        let (plus, minus, reset) = ui.input_mut(|i| {
            (
                i.consume_key(Modifiers::COMMAND, Key::Plus)
                    || i.consume_key(Modifiers::COMMAND, Key::Equals)
                    || i.consume_key(Modifiers::COMMAND | Modifiers::SHIFT, Key::Equals),
                i.consume_key(Modifiers::COMMAND, Key::Minus),
                i.consume_key(Modifiers::COMMAND, Key::Num0),
            )
        });
        if plus {
            self.set_zoom(self.zoom * 1.1);
        }
        if minus {
            self.set_zoom(self.zoom / 1.1);
        }
        if reset {
            self.zoom = 1.0;
        }
    }

    fn contents(
        &mut self,
        ui: &mut Ui,
        viewport: Rect,
        doc: &Document,
        highlights: &[Highlight],
    ) -> ArticleResponse {
        let ctx = ui.ctx().clone();
        let ppp = ctx.pixels_per_point();
        let shared = TextSystem::shared(&ctx);
        let mut ts = TextSystem::lock(&shared);
        ts.begin_pass(&ctx);

        let font_size = self.font_size * self.zoom;
        let avail = ui.available_width();
        let margin = (font_size * 0.8).max(8.0);
        let column_width = (avail - 2.0 * margin)
            .min(self.max_column_width * self.zoom)
            .max(font_size * 4.0);
        let content_origin = ui.max_rect().min;
        let column_left =
            content_origin.x + ((avail - column_width) / 2.0).max(margin.min(avail / 2.0));
        let mut relaid = self.cache.prepare(
            doc,
            CacheKey {
                column_width,
                font_size,
                line_height: if self.line_height.is_finite() {
                    self.line_height.clamp(1.0, 3.0)
                } else {
                    1.6
                },
                ppp,
                generation: ts.generation(),
            },
        );

        // Scroll requests: place the target block where the layout puts it.
        if let Some(offset) = self.scroll_request.take()
            && let Some(bi) = piece_at(self.cache.pieces(), offset).or_else(|| {
                let pieces = self.cache.pieces();
                pieces.iter().position(|p| p.range.start() >= offset)
            })
        {
            let piece = self.cache.pieces()[bi];
            let top = self.cache.top(bi);
            let mut rect = Rect::from_min_size(
                pos2(column_left, content_origin.y + top),
                vec2(column_width, font_size * 1.6),
            );
            if let Some((layout, _)) = self.cache.layout(&mut ts, doc, bi) {
                let look = piece.look();
                let local = offset.saturating_sub(piece.range.start());
                let (line, _) = layout.caret_x(local);
                if let Some(l) = layout.lines().get(line) {
                    let y = top + look.before * font_size + l.top / layout.pixels_per_point();
                    rect = Rect::from_min_size(
                        pos2(column_left, content_origin.y + y),
                        vec2(column_width, l.height / layout.pixels_per_point()),
                    );
                }
            }
            ui.scroll_to_rect(rect, Some(Align::Center));
        }

        // Lay out the visible blocks, starting from the first one at the top of the viewport
        // (its position is what the user sees, so blocks above it never move it).
        let mut placed: Vec<Placed> = Vec::new();
        let n = self.cache.pieces().len();
        if n > 0 {
            if relaid {
                self.pinned_frames = 8;
            }
            relaid |= self.pinned_frames > 0;
            self.pinned_frames = self.pinned_frames.saturating_sub(1);
            let (first, mut y) = match self.anchor.filter(|&(b, _)| relaid && b < n) {
                // Everything moved (resize, zoom): keep the block that was at the top
                // there, and scroll so the next frames agree.
                Some((block, fraction)) => {
                    let height = self
                        .cache
                        .layout(&mut ts, doc, block)
                        .map_or(0.0, |(_, h)| h);
                    let top = self.cache.top(block);
                    let y = viewport.min.y - fraction * height;
                    // egui puts an Align::Min target one item spacing below the top.
                    let target = top + fraction * height;
                    if (viewport.min.y - target).abs() < 0.5 {
                        self.pinned_frames = 0;
                    }
                    let target = target + ui.spacing().item_spacing.y;
                    ui.scroll_to_rect(
                        Rect::from_min_size(
                            pos2(column_left, content_origin.y + target),
                            vec2(1.0, viewport.height()),
                        ),
                        Some(Align::Min),
                    );
                    (block, y)
                }
                None => {
                    let first = self.cache.block_at_y(viewport.min.y);
                    (first, self.cache.top(first))
                }
            };
            let mut i = first;
            while i < n && y < viewport.max.y + font_size {
                let Some((layout, height)) = self.cache.layout(&mut ts, doc, i) else {
                    break;
                };
                let piece = self.cache.pieces()[i];
                let look = piece.look();
                let inset = look.inset * font_size;
                let origin = pos2(
                    column_left + inset,
                    content_origin.y + y + look.before * font_size,
                );
                let rect = Rect::from_min_size(
                    pos2(column_left, content_origin.y + y),
                    vec2(column_width, height),
                );
                placed.push(Placed {
                    block: i,
                    piece,
                    origin,
                    rect,
                    doc_start: piece.range.start(),
                    layout,
                });
                y += height;
                i += 1;
            }
        }
        self.anchor = placed
            .iter()
            .find(|p| p.rect.bottom() > content_origin.y + viewport.min.y)
            .map(|p| {
                let into = content_origin.y + viewport.min.y - p.rect.top();
                (p.block, (into / p.rect.height().max(1.0)).clamp(0.0, 1.0))
            });
        self.visible = match (placed.first(), placed.last()) {
            (Some(a), Some(b)) => TextRange::unbounded(a.doc_start, b.piece.range.end()).ok(),
            _ => None,
        };
        let total = self.cache.total_height().max(viewport.max.y.min(0.0));
        ui.set_min_size(vec2(avail, total));

        let view_rect =
            Rect::from_min_size(content_origin + viewport.min.to_vec2(), viewport.size());
        let response = ui.interact(view_rect, self.id.with("area"), Sense::click_and_drag());
        if response.hovered() {
            ctx.set_cursor_icon(egui::CursorIcon::Text);
        }

        // Pointer → offsets.
        let hover_pos = response.hover_pos();
        let hovered = hover_pos.and_then(|p| char_at(&placed, p));
        let mut clicked = None;
        let before = self.selection;
        if response.drag_started()
            && let Some(p) = ctx.input(|i| i.pointer.press_origin())
        {
            let c = caret_at(&placed, p);
            self.selection = c.map(|c| (c, c));
            response.request_focus();
        }
        if response.dragged()
            && let (Some(p), Some(sel)) = (response.interact_pointer_pos(), self.selection.as_mut())
            && let Some(c) = caret_at(&placed, p)
        {
            sel.1 = c;
            auto_scroll(ui, &response, p, view_rect);
        }
        if response.clicked() {
            response.request_focus();
            clicked = response
                .interact_pointer_pos()
                .and_then(|p| char_at(&placed, p));
            if !ctx.input(|i| i.modifiers.shift) {
                self.selection = None;
            } else if let (Some(p), Some(sel)) =
                (response.interact_pointer_pos(), self.selection.as_mut())
                && let Some(c) = caret_at(&placed, p)
            {
                sel.1 = c;
            }
        }
        if response.double_clicked()
            && let Some(c) = response
                .interact_pointer_pos()
                .and_then(|p| char_at(&placed, p))
        {
            self.selection = Some(word_at(doc, self.cache.pieces(), c));
        }
        if response.triple_clicked()
            && let Some(block) = response
                .interact_pointer_pos()
                .and_then(|p| char_at(&placed, p))
                .and_then(|c| doc.block_at(c))
        {
            let r = doc.blocks()[block].range;
            self.selection = Some((r.start(), r.end()));
        }
        let focused = response.has_focus() || ctx.memory(|m| m.focused().is_none());
        if focused {
            self.keyboard_scroll(ui, viewport, font_size);
        }
        if focused && ui.input_mut(|i| i.consume_key(Modifiers::COMMAND, Key::A)) {
            self.selection = Some((0, doc.text.char_len()));
        }
        if focused
            && let Some(sel) = self.selection()
            && ctx.input(|i| i.events.iter().any(|e| matches!(e, Event::Copy)))
        {
            ctx.copy_text(doc.text.slice(sel).to_owned());
        }

        self.paint_blocks(&mut ts, ui, &placed, highlights, font_size);
        drop(ts);

        // Accessibility: each visible block is a label node with its text.
        for p in &placed {
            let r = ui.interact(p.rect, self.id.with(("block", p.block)), Sense::hover());
            let text = doc.text.slice(p.piece.range).to_owned();
            r.widget_info(|| WidgetInfo::labeled(Role::Label, true, &text));
        }

        ArticleResponse {
            response,
            hovered,
            clicked,
            selection: self.selection(),
            selection_changed: before != self.selection,
        }
    }
}
