//! sahifa-text (being written).
