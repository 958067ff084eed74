//! sahifa-annotate (being written).
