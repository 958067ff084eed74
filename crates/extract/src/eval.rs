//! Entity-level evaluation with conlleval semantics.
