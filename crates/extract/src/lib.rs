//! sahifa-extract (being written).
