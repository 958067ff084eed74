//! [`Settings`]: what Sahifa remembers across restarts, stored as JSON in the user's
//! configuration directory (`$XDG_CONFIG_HOME/sahifa/settings.json` on Linux).
//!
//! Kept apart from the runtime state: only what a user chose belongs here. Every field
//! has a default (`#[serde(default)]`), so an older or partial file still loads; a file
//! that cannot be parsed is reported and replaced by defaults without being overwritten
//! until the user changes a setting.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Mutex, OnceLock};

use sahifa_model::Label;
use serde::{Deserialize, Serialize};

use crate::app::command::EntitySort;

/// Numbers settings writes in the order they were asked for.
fn next_generation() -> u64 {
    static NEXT: AtomicU64 = AtomicU64::new(1);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

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

/// The language of the interface (not of the article).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum UiLanguage {
    /// English, left to right.
    #[default]
    English,
    /// Arabic: the layout is mirrored (sidebar and menus on the right).
    Arabic,
}

/// The persisted settings.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// Colours.
    pub theme: ThemeChoice,
    /// Font family of the article text.
    pub font_family: String,
    /// Article font size in points. Invariant: within [`Settings::FONT_SIZES`], kept by
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
    /// Smallest and largest article font size.
    pub const FONT_SIZES: std::ops::RangeInclusive<f32> = 10.0..=56.0;
    /// Smallest and largest line spacing (a multiple of the font size).
    pub const LINE_SPACINGS: std::ops::RangeInclusive<f32> = 1.0..=3.0;

    /// Where the settings live by default; `None` when the system has no config directory.
    pub fn default_path() -> Option<PathBuf> {
        dirs::config_dir().map(|d| d.join("sahifa").join("settings.json"))
    }

    /// Reads settings from `path`. A missing file gives defaults silently; an unreadable
    /// or malformed one gives defaults and a message saying what went wrong.
    pub fn load(path: &Path) -> (Settings, Option<String>) {
        match std::fs::read_to_string(path) {
            Ok(json) => match serde_json::from_str::<Settings>(&json) {
                Ok(mut s) => {
                    s.set_font_size(s.font_size);
                    s.set_line_spacing(s.line_spacing);
                    s.recent_files.truncate(MAX_RECENT);
                    (s, None)
                }
                Err(e) => (
                    Settings::default(),
                    Some(format!(
                        "Settings file {} is damaged ({e}); using defaults",
                        path.display()
                    )),
                ),
            },
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => (Settings::default(), None),
            Err(e) => (
                Settings::default(),
                Some(format!("Cannot read settings {}: {e}", path.display())),
            ),
        }
    }

    /// Writes the settings to `path` atomically (a temporary file renamed over the old
    /// one), creating the directory if needed.
    pub fn save(&self, path: &Path) -> Result<(), String> {
        let json = serde_json::to_string_pretty(self).map_err(|e| e.to_string())?;
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)
                .map_err(|e| format!("Cannot create {}: {e}", dir.display()))?;
        }
        let tmp = path.with_extension("json.tmp");
        std::fs::write(&tmp, json).map_err(|e| format!("Cannot write {}: {e}", tmp.display()))?;
        std::fs::rename(&tmp, path).map_err(|e| format!("Cannot replace {}: {e}", path.display()))
    }

    /// Writes the settings to `path` on a background thread. Writes are numbered when
    /// asked for and serialised per file; one older than a write already done is dropped,
    /// so the newest settings are what stays on disk however the threads are scheduled.
    pub fn save_in_background(self, path: PathBuf) {
        let generation = next_generation();
        let spawned = std::thread::Builder::new()
            .name("save settings".into())
            .spawn(move || self.save_numbered(&path, generation));
        if let Err(e) = spawned {
            eprintln!("sahifa: cannot save settings: {e}");
        }
    }

    /// Writes the settings now, after any background write in progress (on exit).
    pub fn save_before_exit(&self, path: &Path) {
        self.save_numbered(path, next_generation());
    }

    fn save_numbered(&self, path: &Path, generation: u64) {
        /// The number of the last write done, per file.
        static WRITTEN: OnceLock<Mutex<HashMap<PathBuf, u64>>> = OnceLock::new();
        let written = WRITTEN.get_or_init(Default::default);
        let mut written = written.lock().unwrap_or_else(|e| e.into_inner());
        if written.get(path).is_some_and(|&done| done > generation) {
            return;
        }
        match self.save(path) {
            Ok(()) => {
                written.insert(path.to_owned(), generation);
            }
            Err(e) => eprintln!("sahifa: {e}"),
        }
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
