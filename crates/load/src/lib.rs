//! sahifa-load (being written).
