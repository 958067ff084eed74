//! Integration tests of the extractor (one binary).
