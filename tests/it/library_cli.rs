//! The `sahifa library` command line, run as a user would (filled in by its owner).
