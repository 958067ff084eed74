//! Reading CoNLL files (`token TAG` per line, blank line between sentences).
