//! The integration tests of sahifa-annotate (one binary; modules in `tests/annotate/`).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "test helpers outside #[test] functions: a failed unwrap is a failed test"
)]

#[path = "annotate/common.rs"]
mod common;

#[path = "annotate/anchor.rs"]
mod anchor;
#[path = "annotate/cli.rs"]
mod cli;
#[path = "annotate/edits.rs"]
mod edits;
#[path = "annotate/exports.rs"]
mod exports;
#[path = "annotate/hostile/mod.rs"]
mod hostile;
#[path = "annotate/merge.rs"]
mod merge;
#[path = "annotate/sidecar.rs"]
mod sidecar;
