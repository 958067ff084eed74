//! [`Notice`]: a message shown at the top of the window until dismissed.

/// A message shown at the top of the window until dismissed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    /// What happened, in a sentence.
    pub message: String,
    /// True for failures (shown in red).
    pub is_error: bool,
}
