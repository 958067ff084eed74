//! Integration tests of the Sahifa app: the real `eframe::App` driven headless through
//! egui_kittest, found through its accessibility tree like a screen reader would.
//!
//! Run with `cargo test -p sahifa --test it`. Snapshot images need a Vulkan adapter
//! (Mesa lavapipe: `mesa-vulkan-drivers`); without one those tests print SKIPPED and pass.
//! Bless changed images with `UPDATE_SNAPSHOTS=1`.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "test helpers: a failed unwrap is a failed test"
)]

mod annotations;
mod bidi_ui;
mod documents;
mod foundation;
mod hostile;
mod hostile_files;
mod learning;
mod library_cli;
mod library_view;
mod logic;
mod reader;
mod support;
