//! Reading and writing [`Settings`] as JSON in the user's configuration directory
//! (`$XDG_CONFIG_HOME/sahifa/settings.json` on Linux).
//!
//! A missing file gives defaults silently; a file that cannot be read or parsed gives
//! defaults and a [`SettingsError`] the user is shown, and the file is not overwritten
//! until the user changes a setting. Writes happen on a background thread, numbered so
//! the newest settings are what stays on disk.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Mutex, OnceLock};

use crate::state::settings::Settings;

/// Why the settings file could not be read or written.
#[derive(Debug, thiserror::Error)]
pub enum SettingsError {
    /// The file exists but is not valid settings JSON.
    #[error("Settings file {} is damaged ({source}); using defaults", .path.display())]
    Damaged {
        /// The settings file.
        path: PathBuf,
        /// What the parser said.
        source: serde_json::Error,
    },
    /// The file exists but could not be read.
    #[error("Cannot read settings {}: {source}", .path.display())]
    Read {
        /// The settings file.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
    /// The settings could not be turned into JSON (never expected).
    #[error("Cannot write settings: {0}")]
    Encode(#[from] serde_json::Error),
    /// The file or its folder could not be written.
    #[error("Cannot write {}: {source}", .path.display())]
    Write {
        /// The file or folder that could not be written.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
}

impl Settings {
    /// Where the settings live by default; `None` when the system has no config
    /// directory. (Defined here, with the file's other concerns, not in the state layer.)
    pub fn default_path() -> Option<PathBuf> {
        dirs::config_dir().map(|d| d.join("sahifa").join("settings.json"))
    }
}

/// Reads settings from `path`. A missing file gives defaults silently; an unreadable
/// or malformed one gives defaults and says what went wrong.
pub fn load(path: &Path) -> (Settings, Option<SettingsError>) {
    match std::fs::read_to_string(path) {
        Ok(json) => match serde_json::from_str::<Settings>(&json) {
            Ok(s) => (s.clamped(), None),
            Err(source) => (
                Settings::default(),
                Some(SettingsError::Damaged {
                    path: path.to_owned(),
                    source,
                }),
            ),
        },
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => (Settings::default(), None),
        Err(source) => (
            Settings::default(),
            Some(SettingsError::Read {
                path: path.to_owned(),
                source,
            }),
        ),
    }
}

/// Writes the settings to `path` atomically (a temporary file renamed over the old one),
/// creating the directory if needed.
pub fn save(settings: &Settings, path: &Path) -> Result<(), SettingsError> {
    let json = serde_json::to_string_pretty(settings)?;
    let write_error = |path: &Path| {
        let path = path.to_owned();
        move |source| SettingsError::Write { path, source }
    };
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(write_error(dir))?;
    }
    let tmp = path.with_extension("json.tmp");
    std::fs::write(&tmp, json).map_err(write_error(&tmp))?;
    std::fs::rename(&tmp, path).map_err(write_error(path))
}

/// Numbers settings writes in the order they were asked for.
fn next_generation() -> u64 {
    static NEXT: AtomicU64 = AtomicU64::new(1);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

/// Writes the settings to `path` on a background thread. Writes are numbered when asked
/// for and serialised per file; one older than a write already done is dropped, so the
/// newest settings are what stays on disk however the threads are scheduled.
pub fn save_in_background(settings: Settings, path: PathBuf) {
    let generation = next_generation();
    let spawned = std::thread::Builder::new()
        .name("save settings".into())
        .spawn(move || save_numbered(&settings, &path, generation));
    if let Err(e) = spawned {
        // Logged, not shown: the next change of a setting tries again.
        eprintln!("sahifa: cannot save settings: {e}");
    }
}

/// Writes the settings now, after any background write in progress (on exit).
pub fn save_before_exit(settings: &Settings, path: &Path) {
    save_numbered(settings, path, next_generation());
}

fn save_numbered(settings: &Settings, path: &Path, generation: u64) {
    /// The number of the last write done, per file.
    static WRITTEN: OnceLock<Mutex<HashMap<PathBuf, u64>>> = OnceLock::new();
    let written = WRITTEN.get_or_init(Default::default);
    let mut written = written.lock().unwrap_or_else(|e| e.into_inner());
    if written.get(path).is_some_and(|&done| done > generation) {
        return;
    }
    match save(settings, path) {
        Ok(()) => {
            written.insert(path.to_owned(), generation);
        }
        // Logged, not shown: a write in the background (or on exit) has no window to
        // show it in by the time it fails.
        Err(e) => eprintln!("sahifa: {e}"),
    }
}
