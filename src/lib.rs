//! Sahifa (صحيفة): a desktop reader for Arabic news articles.
//!
//! The crate graph, bottom to top:
//!
//! ```text
//! sahifa-model  ←  sahifa-text, sahifa-load, sahifa-extract, sahifa-annotate  ←  sahifa (the app)
//! ```
//!
//! The app's layers, bottom to top; a module imports only from its own layer or those
//! below it, never in a circle (checked by `tests/layers.rs`; see `ARCHITECTURE.md`):
//!
//! ```text
//! l10n  ←  state  ←  logic  ←  ui  ←  shell  ←  main
//! ```
//!
//! - [`l10n`]: the interface language and every user-visible string in it (Fluent).
//! - [`state`]: what the window shows, as plain data.
//! - [`logic`]: actions applied to the state, background tasks, saving, files.
//! - [`ui`]: draws from the state, pushes actions.
//! - [`shell`]: the `eframe::App` that runs a frame.

pub use sahifa_annotate as annotate;
pub use sahifa_extract as extract;
pub use sahifa_library as library;
pub use sahifa_load as load;
pub use sahifa_model as model;
pub use sahifa_text as text;

pub mod cli;
pub mod l10n;
pub mod logic;
pub mod shell;
pub mod state;
pub mod ui;

pub use logic::AppOptions;
pub use shell::SahifaApp;
