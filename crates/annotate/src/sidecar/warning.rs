//! What is worth telling about a sidecar load that succeeded: the mentions that could not
//! be placed ([`UnplacedMention`]) and the warnings ([`LoadWarning`]).

use std::fmt;

use super::SidecarMention;
#[cfg(doc)]
use super::{LoadedAnnotations, save_sidecar_keeping};

/// Why a saved mention is not among the loaded annotations.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum UnplacedReason {
    /// Its text no longer occurs in the article.
    QuoteNotFound,
    /// Its offsets lie past the end of the text and its text is not found either.
    OutOfRange {
        /// Length of the article in characters.
        len: usize,
    },
}

/// A saved mention that could not be placed in the article. The UI lists these; saving
/// with [`save_sidecar_keeping`] keeps them in the file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnplacedMention {
    /// The mention as saved (old offsets, quote, label, entity, status).
    pub mention: SidecarMention,
    /// Why it was not placed.
    pub reason: UnplacedReason,
}

impl UnplacedMention {
    /// The mention's text as saved.
    pub fn text(&self) -> &str {
        &self.mention.quote.exact
    }
}

/// Something the user should know about a load that otherwise succeeded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadWarning {
    /// The article's text changed since the save; mentions were re-anchored by their quotes.
    TextChanged {
        /// Mentions found at their old offsets.
        unchanged: usize,
        /// Mentions found elsewhere.
        moved: usize,
        /// Mentions not found (see [`LoadedAnnotations::unplaced`]).
        unplaced: usize,
    },
    /// The article is unchanged (same hash), but some saved mentions' offsets do not fit
    /// it — the file was edited by hand or damaged. They were placed by their text where
    /// it occurs; the rest are unplaced.
    OffsetsDoNotFit {
        /// Mentions whose offsets lie past the end of the text.
        out_of_range: usize,
        /// Mentions whose offsets are in range but not where their saved text is.
        mismatched: usize,
        /// Of those, how many were placed by their text.
        placed_by_text: usize,
    },
    /// The same mention (range and label) was saved more than once; the repeats were
    /// dropped.
    DuplicateMentions {
        /// How many repeats were dropped.
        count: usize,
    },
    /// A mention named an entity id the file does not define; it was kept without entity.
    UnknownEntity {
        /// The mention's saved start offset.
        start: usize,
        /// The missing id.
        entity: u32,
    },
}

impl fmt::Display for LoadWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadWarning::TextChanged {
                unchanged,
                moved,
                unplaced,
            } => write!(
                f,
                "the article changed since the annotations were saved: {unchanged} mentions unchanged, {moved} moved, {unplaced} could not be placed"
            ),
            LoadWarning::OffsetsDoNotFit {
                out_of_range,
                mismatched,
                placed_by_text,
            } => {
                let mut parts = Vec::new();
                if *out_of_range > 0 {
                    parts.push(format!("{out_of_range} with offsets out of range"));
                }
                if *mismatched > 0 {
                    parts.push(format!("{mismatched} with offsets not at their text"));
                }
                let lost = (out_of_range + mismatched).saturating_sub(*placed_by_text);
                write!(
                    f,
                    "the article's text is as saved, but some saved mentions do not fit it ({}): {placed_by_text} placed by their text, {lost} could not be placed",
                    parts.join(", ")
                )
            }
            LoadWarning::DuplicateMentions { count: 1 } => f.write_str(
                "a mention was saved twice (same text range and type); the repeat was dropped",
            ),
            LoadWarning::DuplicateMentions { count } => write!(
                f,
                "{count} repeated mentions (same text range and type as one kept) were dropped"
            ),
            LoadWarning::UnknownEntity { start, entity } => write!(
                f,
                "the mention at {start} refers to entity {entity}, which the file does not define; it was kept without entity"
            ),
        }
    }
}
