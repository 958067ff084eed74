//! [`Effect`]: what the logic asks of the window it cannot do itself. The logic never
//! talks to egui; the shell ([`crate::shell`]) carries these out after each frame.

use std::time::Duration;

/// Something for the window to do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Effect {
    /// Close the window (Quit, or the last unsaved work was saved or discarded).
    CloseWindow,
    /// Keep the window open: its close button was pressed with unsaved work, and the user
    /// is asked first.
    CancelClose,
    /// Show this window title.
    SetTitle(String),
    /// Run a frame again after this long, though nothing happened (autosave is due).
    RepaintAfter(Duration),
}
