//! The glyph atlas: glyphs rasterised once by swash into egui texture pages.
//!
//! Pages are shelf-packed. When every page is full, the least recently used page that no
//! glyph of the current frame uses is wiped and refilled, so memory stays bounded (at most
//! [`MAX_PAGES`] pages, plus one transient page if a single frame needs more glyphs than
//! that — an absurd case).

use std::collections::HashMap;

use cosmic_text as ct;
use egui::{Color32, ColorImage, TextureHandle, TextureId, TextureOptions};

/// Side of one atlas page in texels.
pub const PAGE_SIZE: usize = 1024;
/// Pages kept before the least recently used one is recycled.
pub const MAX_PAGES: usize = 4;
/// Gutter between glyphs, texels.
const GUTTER: usize = 1;

/// Where a glyph's bitmap lives and how to place it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct AtlasGlyph {
    /// Index of the page in the atlas.
    pub page: usize,
    /// Top-left texel in the page.
    pub pos: [usize; 2],
    /// Bitmap size in texels (= physical pixels).
    pub size: [usize; 2],
    /// Bitmap offset from the glyph origin: left, and top above the baseline.
    pub left: i32,
    /// See `left`.
    pub top: i32,
    /// True for colour bitmaps (emoji), which are drawn untinted.
    pub is_color: bool,
}

struct Page {
    texture: TextureHandle,
    /// Shelf packing state: next free x on the current shelf, its top and height.
    cursor: [usize; 2],
    shelf_height: usize,
    /// Frame number of the last frame that drew from this page.
    last_used: u64,
}

impl Page {
    fn new(ctx: &egui::Context, index: usize) -> Self {
        let texture = ctx.load_texture(
            format!("sahifa-glyphs-{index}"),
            ColorImage::filled([PAGE_SIZE, PAGE_SIZE], Color32::TRANSPARENT),
            TextureOptions::NEAREST,
        );
        Self {
            texture,
            cursor: [0, 0],
            shelf_height: 0,
            last_used: 0,
        }
    }

    /// Finds room for a `w`×`h` bitmap, or `None` when the page is full.
    fn alloc(&mut self, w: usize, h: usize) -> Option<[usize; 2]> {
        if self.cursor[0] + w > PAGE_SIZE {
            self.cursor = [0, self.cursor[1] + self.shelf_height + GUTTER];
            self.shelf_height = 0;
        }
        if self.cursor[1] + h > PAGE_SIZE || w > PAGE_SIZE {
            return None;
        }
        let pos = self.cursor;
        self.cursor[0] += w + GUTTER;
        self.shelf_height = self.shelf_height.max(h);
        Some(pos)
    }

    fn clear(&mut self) {
        self.cursor = [0, 0];
        self.shelf_height = 0;
    }
}

/// Glyph bitmaps in egui textures, keyed by cosmic-text's [`ct::CacheKey`] (font, glyph,
/// size, sub-pixel bin).
pub struct GlyphAtlas {
    pages: Vec<Page>,
    /// Invariant: every `Some` entry points into an existing page at a spot written since
    /// that page was last cleared. `None` records glyphs with no pixels (spaces).
    map: HashMap<ct::CacheKey, Option<AtlasGlyph>>,
    /// Page new glyphs go to.
    current: usize,
    frame: u64,
    /// Number of glyph bitmaps uploaded so far (for tests and the benchmark).
    pub uploads: usize,
    /// Number of pages recycled so far.
    pub recycled: usize,
}

impl Default for GlyphAtlas {
    fn default() -> Self {
        Self::new()
    }
}

impl GlyphAtlas {
    /// An empty atlas; pages are created on first use.
    pub fn new() -> Self {
        Self {
            pages: Vec::new(),
            map: HashMap::new(),
            current: 0,
            frame: 1,
            uploads: 0,
            recycled: 0,
        }
    }

    /// Marks the start of a new frame: pages used before now may be recycled.
    pub fn begin_frame(&mut self) {
        self.frame += 1;
    }

    /// Number of pages allocated.
    pub fn page_count(&self) -> usize {
        self.pages.len()
    }

    /// Number of glyphs stored.
    pub fn glyph_count(&self) -> usize {
        self.map.len()
    }

    /// Texture of page `page`.
    pub fn texture_id(&self, page: usize) -> Option<TextureId> {
        self.pages.get(page).map(|p| p.texture.id())
    }

    /// Size of a page in texels (for UV computation).
    pub fn page_size(&self) -> f32 {
        PAGE_SIZE as f32
    }

    /// The atlas entry for `key`, rasterising and uploading it on first use. `None` for
    /// glyphs without pixels or that the font cannot render.
    pub fn glyph(
        &mut self,
        ctx: &egui::Context,
        fonts: &mut ct::FontSystem,
        swash: &mut ct::SwashCache,
        key: ct::CacheKey,
    ) -> Option<AtlasGlyph> {
        if let Some(entry) = self.map.get(&key) {
            if let Some(e) = entry
                && let Some(page) = self.pages.get_mut(e.page)
            {
                page.last_used = self.frame;
            }
            return *entry;
        }
        let entry = self.rasterise(ctx, fonts, swash, key);
        self.map.insert(key, entry);
        entry
    }

    fn rasterise(
        &mut self,
        ctx: &egui::Context,
        fonts: &mut ct::FontSystem,
        swash: &mut ct::SwashCache,
        key: ct::CacheKey,
    ) -> Option<AtlasGlyph> {
        let image = swash.get_image_uncached(fonts, key)?;
        let w = image.placement.width as usize;
        let h = image.placement.height as usize;
        if w == 0 || h == 0 || w > PAGE_SIZE || h > PAGE_SIZE {
            return None;
        }
        let (pixels, is_color) = pixels_of(image.content, &image.data);
        if pixels.len() != w * h {
            return None;
        }
        let (page, pos) = self.allocate(ctx, w, h)?;
        let p = &mut self.pages[page];
        p.texture.set_partial(
            pos,
            ColorImage::new([w, h], pixels),
            TextureOptions::NEAREST,
        );
        p.last_used = self.frame;
        self.uploads += 1;
        Some(AtlasGlyph {
            page,
            pos,
            size: [w, h],
            left: image.placement.left,
            top: image.placement.top,
            is_color,
        })
    }

    /// Room for a bitmap: in the current page, a new page, or a recycled one.
    fn allocate(&mut self, ctx: &egui::Context, w: usize, h: usize) -> Option<(usize, [usize; 2])> {
        if let Some(pos) = self.pages.get_mut(self.current).and_then(|p| p.alloc(w, h)) {
            return Some((self.current, pos));
        }
        let recyclable = (self.pages.len() >= MAX_PAGES)
            .then(|| {
                self.pages
                    .iter()
                    .enumerate()
                    .filter(|(_, p)| p.last_used < self.frame)
                    .min_by_key(|(_, p)| p.last_used)
                    .map(|(i, _)| i)
            })
            .flatten();
        let index = match recyclable {
            Some(i) => {
                self.map.retain(|_, e| e.is_none_or(|g| g.page != i));
                self.pages[i].clear();
                self.recycled += 1;
                i
            }
            None => {
                self.pages.push(Page::new(ctx, self.pages.len()));
                self.pages.len() - 1
            }
        };
        self.current = index;
        let pos = self.pages[index].alloc(w, h)?;
        Some((index, pos))
    }
}

/// A glyph bitmap as egui pixels, and whether it has colours of its own (an emoji):
/// coverage masks become white with that alpha (of a subpixel mask, the green channel).
fn pixels_of(content: ct::SwashContent, data: &[u8]) -> (Vec<Color32>, bool) {
    match content {
        ct::SwashContent::Mask => (
            data.iter().map(|&a| Color32::from_white_alpha(a)).collect(),
            false,
        ),
        ct::SwashContent::Color => (
            data.chunks_exact(4)
                .map(|p| Color32::from_rgba_unmultiplied(p[0], p[1], p[2], p[3]))
                .collect(),
            true,
        ),
        ct::SwashContent::SubpixelMask => (
            data.chunks_exact(4)
                .map(|p| Color32::from_white_alpha(p[1]))
                .collect(),
            false,
        ),
    }
}

#[cfg(test)]
mod tests {
    use egui::{Color32, Rect, pos2};

    use crate::{ParagraphStyle, TextSystem};

    const LETTERS: &str = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي ABCDEFGHIJKLMNOPQRSTUVWXYZ 0123456789";

    #[test]
    fn atlas_recycles_pages_instead_of_growing() {
        let ctx = egui::Context::default();
        let mut ts = TextSystem::bundled_only();
        let clip = Rect::from_min_max(pos2(-1e6, -1e6), pos2(1e6, 1e6));
        // Every frame shows the alphabet at a new size: far more glyphs than fit in
        // MAX_PAGES pages over the whole run, but each frame fits in one page.
        for size in 40..160 {
            ts.atlas.begin_frame();
            let layout = ts.layout(LETTERS, &ParagraphStyle::new(size as f32, None));
            let shapes = ts.paragraph_shapes(&ctx, &layout, pos2(0.0, 0.0), Color32::BLACK, clip);
            assert!(!shapes.is_empty(), "size {size} painted nothing");
            assert!(
                ts.atlas.page_count() <= super::MAX_PAGES,
                "{} pages",
                ts.atlas.page_count()
            );
        }
        assert!(
            ts.atlas.recycled > 0,
            "the run should have needed recycling"
        );
        // Entries never point at a recycled spot: repainting an old size re-uploads it.
        let before = ts.atlas.uploads;
        ts.atlas.begin_frame();
        let layout = ts.layout(LETTERS, &ParagraphStyle::new(40.0, None));
        ts.paragraph_shapes(&ctx, &layout, pos2(0.0, 0.0), Color32::BLACK, clip);
        assert!(ts.atlas.uploads > before);
    }

    #[test]
    fn glyphs_are_rasterised_once() {
        let ctx = egui::Context::default();
        let mut ts = TextSystem::bundled_only();
        let clip = Rect::from_min_max(pos2(-1e6, -1e6), pos2(1e6, 1e6));
        let layout = ts.layout("الدوحة الدوحة الدوحة", &ParagraphStyle::new(20.0, None));
        ts.paragraph_shapes(&ctx, &layout, pos2(0.0, 0.0), Color32::BLACK, clip);
        let uploads = ts.atlas.uploads;
        assert!(uploads > 0);
        ts.paragraph_shapes(&ctx, &layout, pos2(0.0, 0.0), Color32::BLACK, clip);
        assert_eq!(ts.atlas.uploads, uploads, "second paint uploads nothing");
    }
}
