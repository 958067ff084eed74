//! [`Highlight`]: a coloured range of the article — the one highlight type of the project
//! (the app's mention colours, find hits, status marks and the current mention all are one).

use egui::Color32;
use sahifa_model::TextRange;

use crate::paint::HighlightStyle;

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

    /// The current mention or find hit: filled, and outlined strongly over everything
    /// (as [`crate::ArticleView::set_current`]'s range; a range is outlined once).
    pub fn current(range: TextRange, color: Color32) -> Self {
        Self {
            range,
            color,
            style: HighlightStyle::Current,
        }
    }

    /// A line under the range (e.g. a confirmed mention).
    pub fn underline(range: TextRange, color: Color32) -> Self {
        Self {
            range,
            color,
            style: HighlightStyle::Underline,
        }
    }

    /// A thin outline around the range (e.g. a manual mention).
    pub fn outline(range: TextRange, color: Color32) -> Self {
        Self {
            range,
            color,
            style: HighlightStyle::Outline,
        }
    }

    /// True for [`HighlightStyle::Current`].
    pub fn is_current(&self) -> bool {
        self.style == HighlightStyle::Current
    }

    /// True when drawn under the glyphs (a fill, current or not); lines and outlines go over.
    pub fn is_under_text(&self) -> bool {
        matches!(self.style, HighlightStyle::Fill | HighlightStyle::Current)
    }
}
