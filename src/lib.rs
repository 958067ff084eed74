//! Sahifa (صحيفة): a desktop reader for Arabic news articles.
//!
//! The crate graph, bottom to top:
//!
//! ```text
//! sahifa-model  ←  sahifa-text, sahifa-load, sahifa-extract, sahifa-annotate  ←  sahifa (app, ui)
//! ```

pub use sahifa_annotate as annotate;
pub use sahifa_extract as extract;
pub use sahifa_load as load;
pub use sahifa_model as model;
pub use sahifa_text as text;

pub mod app;
pub mod cli;
pub mod l10n;
pub mod ui;

pub use app::{AppOptions, SahifaApp};
