//! Sahifa's text layer: every piece of Arabic the app shows goes through here.
//!
//! cosmic-text does bidi (UAX #9), line breaking (UAX #14), shaping and font fallback;
//! swash rasterises glyphs into egui texture pages ([`GlyphAtlas`]); glyphs are painted as
//! egui meshes, pixel-snapped, at any `pixels_per_point` and zoom. Geometry speaks logical
//! **character** offsets (Unicode scalar values), never bytes, like [`sahifa_model`].
//!
//! # Pieces
//! - [`TextSystem`]: fonts + rasteriser + atlas + label cache, one per app, shared through
//!   the egui context (see [`TextSystem::install`] / [`TextSystem::shared`]).
//! - [`ParagraphLayout`] from [`TextSystem::layout`]: lines and glyphs with char offsets;
//!   [`ParagraphLayout::char_at`], [`ParagraphLayout::caret_at`],
//!   [`ParagraphLayout::range_rects`] for hit-testing and highlight geometry.
//! - [`ArticleView`]: the scrollable article widget over a [`sahifa_model::Document`] with
//!   lazy per-block layout, drag selection, copy, [`Highlight`]s, scroll-to-offset
//!   and AccessKit labels.
//! - [`TextLabel`]: a widget for short strings (names, snippets, tooltips) with an
//!   optional highlighted sub-range.
//! - [`TextInput`]: a single-line field on cosmic-text's editor: visual (bidi) arrow keys,
//!   selection, copy/cut/paste, typing and deleting Arabic.
//!
//! # Shared state
//! One [`TextSystem`] per app lives in the egui context behind `Arc<Mutex<_>>`
//! ([`SharedTextSystem`]): widgets only get `&mut Ui`, and egui's context data must be
//! `Send + Sync`. Widgets lock it for the duration of their own layout and painting only.
//! The app may install one at start-up ([`TextSystem::install`]) to choose the font family
//! ([`TextSystem::set_family`], [`TextSystem::arabic_families`]); otherwise the first widget
//! installs [`TextSystem::new`] (bundled fonts + the system's).
//!
//! # Using it from the app
//! ```no_run
//! # fn f(ctx: &egui::Context, ui: &mut egui::Ui, doc: &sahifa_model::Document,
//! #      view: &mut sahifa_text::ArticleView, ranges: &[sahifa_model::TextRange]) {
//! use sahifa_text::{ArticleView, Highlight, TextLabel, TextSystem};
//! // Once, at start-up (optional: a default one is installed on first use):
//! TextSystem::install(ctx, TextSystem::new());
//! // Every frame:
//! let hl: Vec<Highlight> = ranges
//!     .iter()
//!     .map(|&r| Highlight::fill(r, egui::Color32::from_rgb(255, 210, 90)))
//!     .collect();
//! let out = view.show(ui, doc, &hl);
//! if let Some(offset) = out.clicked { /* find the mention at `offset` */ }
//! ui.add(TextLabel::new("سيف الهملان"));
//! # }
//! ```

mod article_view;
mod atlas;
mod blocks;
pub mod fonts;
mod geometry;
mod label;
mod layout;
mod paint;
mod pieces;
mod system;
mod text_input;

pub use article_view::{ArticleResponse, ArticleView, Highlight};
pub use atlas::{AtlasGlyph, GlyphAtlas, MAX_PAGES, PAGE_SIZE};
pub use fonts::FontSources;
pub use label::TextLabel;
pub use layout::{Glyph, Line, ParagraphLayout, ParagraphStyle, layout_paragraph};
pub use paint::{HighlightStyle, highlight_shapes, snap};
pub use system::{FontError, SharedTextSystem, TextSystem};
pub use text_input::{TextInput, text_input_focused};
