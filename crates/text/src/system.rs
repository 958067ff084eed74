//! [`TextSystem`]: the one per-app object holding fonts, the rasteriser, the glyph atlas and
//! the small-text layout cache, and how widgets reach it.
//!
//! # Sharing
//! The app creates one `TextSystem` and puts it into the egui [`Context`] with
//! [`TextSystem::install`]; every widget of this crate fetches it with
//! [`TextSystem::shared`] (which installs a default one — bundled and system fonts — if
//! none is there yet) and locks it only while laying out or painting. It lives behind
//! `Arc<Mutex<_>>` because egui's context data must be `Send + Sync` and widgets only get
//! `&mut Ui`. Tests and benchmarks can instead own a `TextSystem` outright.

use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::sync::{Arc, Mutex, MutexGuard};

use cosmic_text as ct;
use egui::{Context, Id};
use sahifa_model::arabic::is_invisible;

use crate::atlas::GlyphAtlas;
use crate::fonts::{self, FontSources};
use crate::layout::{ParagraphLayout, ParagraphStyle, layout_paragraph};

/// A [`TextSystem`] shared between widgets through the egui context.
pub type SharedTextSystem = Arc<Mutex<TextSystem>>;

/// Why a font family could not be chosen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FontError {
    /// No installed or bundled font has this family name.
    UnknownFamily(String),
}

impl std::fmt::Display for FontError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FontError::UnknownFamily(name) => {
                write!(f, "no font family named «{name}» is installed")
            }
        }
    }
}

impl std::error::Error for FontError {}

/// Fonts, rasteriser, glyph atlas and layout caches: one per app.
pub struct TextSystem {
    pub(crate) fonts: ct::FontSystem,
    pub(crate) swash: ct::SwashCache,
    pub(crate) atlas: GlyphAtlas,
    family: String,
    /// Bumped whenever something that changes every layout changes (the family), so the
    /// caches of widgets can tell their layouts are stale.
    generation: u64,
    labels: LabelCache,
    last_pass: u64,
}

impl TextSystem {
    /// Bundled fonts plus the system's fonts; the default family is Noto Naskh Arabic.
    pub fn new() -> Self {
        Self::with_sources(FontSources::BundledAndSystem)
    }

    /// Only the bundled fonts: identical layout on every machine (tests, benchmarks).
    pub fn bundled_only() -> Self {
        Self::with_sources(FontSources::BundledOnly)
    }

    /// A text system over the given fonts.
    pub fn with_sources(sources: FontSources) -> Self {
        Self {
            fonts: fonts::font_system(sources),
            swash: ct::SwashCache::new(),
            atlas: GlyphAtlas::new(),
            family: fonts::DEFAULT_FAMILY.to_owned(),
            generation: 1,
            labels: LabelCache::default(),
            last_pass: u64::MAX,
        }
    }

    /// Puts `system` into `ctx` for this crate's widgets to use; replaces any previous one.
    pub fn install(ctx: &Context, system: TextSystem) -> SharedTextSystem {
        let shared = Arc::new(Mutex::new(system));
        ctx.data_mut(|d| d.insert_temp(Self::id(), shared.clone()));
        shared
    }

    /// The text system stored in `ctx`, installing [`TextSystem::new`] on first use.
    pub fn shared(ctx: &Context) -> SharedTextSystem {
        if let Some(s) = ctx.data(|d| d.get_temp::<SharedTextSystem>(Self::id())) {
            return s;
        }
        Self::install(ctx, TextSystem::new())
    }

    /// Locks a shared text system, recovering it if a panicking thread poisoned the lock.
    pub fn lock(shared: &SharedTextSystem) -> MutexGuard<'_, TextSystem> {
        shared.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn id() -> Id {
        Id::unique("sahifa_text::TextSystem")
    }

    /// The family used for all text.
    pub fn family(&self) -> &str {
        &self.family
    }

    /// Chooses the family for all text (e.g. «Amiri», «Noto Kufi Arabic»). Characters the
    /// family lacks fall back to other fonts, the bundled ones last.
    pub fn set_family(&mut self, family: &str) -> Result<(), FontError> {
        if !fonts::has_family(&self.fonts, family) {
            return Err(FontError::UnknownFamily(family.to_owned()));
        }
        if self.family != family {
            self.family = family.to_owned();
            self.generation += 1;
            self.labels.entries.clear();
        }
        Ok(())
    }

    /// Every family name in the font database, sorted.
    pub fn families(&self) -> Vec<String> {
        fonts::family_names(&self.fonts)
    }

    /// The families that can show Arabic letters, sorted. Opens every font: call it when
    /// a font menu opens, not every frame.
    pub fn arabic_families(&mut self) -> Vec<String> {
        fonts::arabic_family_names(&mut self.fonts)
    }

    /// Changes whenever all layouts become stale (family changed).
    pub fn generation(&self) -> u64 {
        self.generation
    }

    /// Lays out a paragraph in the current family.
    ///
    /// Never panics on any text: should the shaper fail on some exotic input, the
    /// paragraph is laid out again with its control characters replaced.
    pub fn layout(&mut self, text: &str, style: &ParagraphStyle) -> ParagraphLayout {
        let family = self.family.clone();
        let fonts = &mut self.fonts;
        let first = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            layout_paragraph(fonts, &family, text, style)
        }));
        match first {
            Ok(layout) => layout,
            Err(_) => {
                let plain: String = text
                    .chars()
                    .map(|c| {
                        if c.is_control() || is_invisible(c) {
                            ' '
                        } else {
                            c
                        }
                    })
                    .collect();
                let fonts = &mut self.fonts;
                std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                    layout_paragraph(fonts, &family, &plain, style)
                }))
                .unwrap_or_else(|_| layout_paragraph(fonts, &family, "", style))
            }
        }
    }

    /// A cached layout of a short text (labels, names, snippets), shared between frames.
    /// Entries not used for a few frames are dropped.
    pub fn layout_cached(
        &mut self,
        ctx: &Context,
        text: &str,
        style: &ParagraphStyle,
    ) -> Arc<ParagraphLayout> {
        self.begin_pass(ctx);
        let key = LabelKey::new(text, style);
        let pass = self.last_pass;
        if let Some(entry) = self.labels.entries.get_mut(&key) {
            entry.1 = pass;
            return entry.0.clone();
        }
        let layout = Arc::new(self.layout(text, style));
        self.labels.entries.insert(key, (layout.clone(), pass));
        layout
    }

    /// Called by widgets once per frame: advances the atlas's frame counter and prunes the
    /// label cache.
    pub(crate) fn begin_pass(&mut self, ctx: &Context) {
        let pass = ctx.cumulative_pass_nr();
        if pass != self.last_pass {
            self.last_pass = pass;
            self.atlas.begin_frame();
            self.labels
                .entries
                .retain(|_, (_, used)| pass.saturating_sub(*used) <= 2);
        }
    }

    /// The glyph atlas (page count, upload counters).
    pub fn atlas(&self) -> &GlyphAtlas {
        &self.atlas
    }

    /// The cosmic-text font system, for callers that need it directly (an editor).
    pub fn font_system_mut(&mut self) -> &mut ct::FontSystem {
        &mut self.fonts
    }
}

impl Default for TextSystem {
    fn default() -> Self {
        Self::new()
    }
}

#[derive(Default)]
struct LabelCache {
    entries: HashMap<LabelKey, (Arc<ParagraphLayout>, u64)>,
}

#[derive(Clone, PartialEq, Eq, Hash)]
struct LabelKey {
    text_hash: u64,
    len: usize,
    style: [u32; 4],
    bold: bool,
    max_lines: Option<usize>,
}

impl LabelKey {
    fn new(text: &str, style: &ParagraphStyle) -> Self {
        let mut h = std::collections::hash_map::DefaultHasher::new();
        text.hash(&mut h);
        Self {
            text_hash: h.finish(),
            len: text.len(),
            style: [
                style.font_size.to_bits(),
                style.line_height.to_bits(),
                style.wrap_width.unwrap_or(-1.0).to_bits(),
                style.pixels_per_point.to_bits(),
            ],
            bold: style.bold,
            max_lines: style.max_lines,
        }
    }
}
