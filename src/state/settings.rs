//! [`Settings`]: what Sahifa remembers across restarts — only what a user chose, kept
//! apart from the runtime state. Plain data: reading and writing the file is
//! [`crate::logic::settings_file`]'s job.
//!
//! Every field has a default (`#[serde(default)]`), so an older or partial file still
//! loads.

use std::path::{Path, PathBuf};

use sahifa_model::Label;
use serde::{Deserialize, Serialize};

pub use crate::l10n::Language as UiLanguage;

/// How many files File → Open Recent remembers.
pub const MAX_RECENT: usize = 10;

/// Light or dark colours.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum ThemeChoice {
    /// Follow the system.
    #[default]
    System,
    /// Light background.
    Light,
    /// Dark background.
    Dark,
}

/// How the sidebar orders the entities of a type.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum EntitySort {
    /// Most mentioned first.
    #[default]
    Mentions,
    /// In order of first appearance in the article.
    FirstAppearance,
}

/// The persisted settings.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// Colours.
    pub theme: ThemeChoice,
    /// Font family of the article text.
    pub font_family: String,
    /// Article font size in points: the app's one zoom (Ctrl +/−/0 change it, and it is
    /// kept across restarts). Invariant: within [`Settings::FONT_SIZES`], kept by
    /// [`Settings::set_font_size`].
    pub font_size: f32,
    /// Line height as a multiple of the font size. Invariant: within
    /// [`Settings::LINE_SPACINGS`], kept by [`Settings::set_line_spacing`].
    pub line_spacing: f32,
    /// Interface language.
    pub language: UiLanguage,
    /// Width of the entity sidebar in points.
    pub sidebar_width: f32,
    /// Whether the sidebar is shown.
    pub show_sidebar: bool,
    /// Whether the mention list of the selected entity is shown.
    pub show_mention_list: bool,
    /// Sidebar order.
    pub sort: EntitySort,
    /// Colour every mention by its type (with a legend), not only the selected entity's.
    pub show_all: bool,
    /// Entity types whose mentions are not coloured.
    pub hidden_labels: Vec<Label>,
    /// Most recently opened first; at most [`MAX_RECENT`].
    pub recent_files: Vec<PathBuf>,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            theme: ThemeChoice::System,
            font_family: Self::DEFAULT_FONT_FAMILY.to_owned(),
            font_size: Self::DEFAULT_FONT_SIZE,
            line_spacing: 1.6,
            language: UiLanguage::English,
            sidebar_width: 300.0,
            show_sidebar: true,
            show_mention_list: true,
            sort: EntitySort::Mentions,
            show_all: false,
            hidden_labels: Vec::new(),
            recent_files: Vec::new(),
        }
    }
}

impl Settings {
    /// The bundled Arabic font.
    pub const DEFAULT_FONT_FAMILY: &'static str = "Noto Naskh Arabic";
    /// Article font size at zoom 100 %.
    pub const DEFAULT_FONT_SIZE: f32 = 20.0;
    /// How much one Zoom in / Zoom out changes the font size, in points.
    pub const ZOOM_STEP: f32 = 2.0;
    /// Smallest and largest article font size.
    pub const FONT_SIZES: std::ops::RangeInclusive<f32> = 10.0..=56.0;
    /// Smallest and largest line spacing (a multiple of the font size).
    pub const LINE_SPACINGS: std::ops::RangeInclusive<f32> = 1.0..=3.0;

    /// Brings values read from a file within their invariants.
    pub fn clamped(mut self) -> Self {
        self.set_font_size(self.font_size);
        self.set_line_spacing(self.line_spacing);
        self.recent_files.truncate(MAX_RECENT);
        self
    }

    /// Sets the font size, clamped to [`Settings::FONT_SIZES`].
    pub fn set_font_size(&mut self, size: f32) {
        let size = if size.is_finite() {
            size
        } else {
            Self::DEFAULT_FONT_SIZE
        };
        self.font_size = size.clamp(*Self::FONT_SIZES.start(), *Self::FONT_SIZES.end());
    }

    /// Sets the line spacing, clamped to [`Settings::LINE_SPACINGS`].
    pub fn set_line_spacing(&mut self, spacing: f32) {
        self.line_spacing = spacing.clamp(*Self::LINE_SPACINGS.start(), *Self::LINE_SPACINGS.end());
    }

    /// Puts `path` (absolute, as the loader resolved it) first in the recent-files list.
    pub fn remember_recent(&mut self, path: &Path) {
        let path = path.to_owned();
        self.recent_files.retain(|p| p != &path);
        self.recent_files.insert(0, path);
        self.recent_files.truncate(MAX_RECENT);
    }

    /// True when the label's mentions are shown (its per-type toggle is on).
    pub fn label_visible(&self, label: Label) -> bool {
        !self.hidden_labels.contains(&label)
    }

    /// Shows the label's mentions if hidden, hides them if shown.
    pub fn toggle_label(&mut self, label: Label) {
        if self.label_visible(label) {
            self.hidden_labels.push(label);
        } else {
            self.hidden_labels.retain(|l| *l != label);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn partial_file_keeps_defaults_for_missing_fields() {
        let s: Settings = serde_json::from_str(r#"{"font_size": 30.0}"#).unwrap();
        assert_eq!(s.font_size, 30.0);
        assert_eq!(s.line_spacing, Settings::default().line_spacing);
    }

    #[test]
    fn recent_files_are_unique_and_most_recent_first() {
        let mut s = Settings::default();
        for name in ["/a", "/b", "/a"] {
            s.remember_recent(Path::new(name));
        }
        assert_eq!(s.recent_files, [PathBuf::from("/a"), PathBuf::from("/b")]);
    }
}
