//! Arabic named-entity extraction for Sahifa.
//!
//! The pipeline ([`Extractor::extract`]): tokenise with char offsets ([`token`]), fold and
//! analyse clitics ([`arabic`]), tag with a CRF trained on ANERcorp ([`crf`], features in
//! [`features`] and [`sentence`]), add rule-based titles, events, works, dates and
//! organisations ([`rules`]) and
//! gazetteer places, resolve overlaps, spread names found once to their other occurrences,
//! and group mentions into entities ([`resolve`]). The command line lives in [`cli`].
//!
//! Offsets are chars (Unicode scalar values) into the text given, end exclusive.

pub mod arabic;
pub mod cli;
pub mod clusters;
pub mod conll;
pub mod crf;
pub mod eval;
pub mod features;
pub mod gazetteer;
pub mod lexicon;
mod pipeline;
pub mod resolve;
pub mod rules;
pub mod sentence;
pub mod token;
pub mod train;

use std::fmt;

use sahifa_model::Annotations;

pub use crate::pipeline::Span;

/// Why the extractor could not be built.
#[derive(Debug)]
pub enum ExtractError {
    /// The CRF model bytes could not be read.
    Model(String),
    /// A gazetteer could not be parsed.
    Gazetteer(String),
}

impl fmt::Display for ExtractError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ExtractError::Model(m) => write!(f, "cannot load the NER model: {m}"),
            ExtractError::Gazetteer(m) => write!(f, "cannot load a gazetteer: {m}"),
        }
    }
}

impl std::error::Error for ExtractError {}

/// The NER engine: CRF model, gazetteers and rules. Build once, share freely (`Sync`).
pub struct Extractor {
    crf: crf::CrfModel,
    gaz: gazetteer::Gazetteers,
    /// Which stages run (all by default; switched off only for diagnostics).
    pub stages: Stages,
    /// Word-feature scores kept across documents (see [`features::WordCache`]).
    cache: std::sync::Mutex<features::WordCache>,
}

/// The optional stages of the pipeline.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Stages {
    /// Rules and gazetteer places on top of the CRF.
    pub rules: bool,
    /// Document-level consistency: names found once are tagged everywhere.
    pub spread: bool,
}

impl Default for Stages {
    fn default() -> Self {
        Self {
            rules: true,
            spread: true,
        }
    }
}

impl Extractor {
    /// Loads the model and gazetteers bundled into the binary. Takes well under a second.
    pub fn shipped() -> Result<Extractor, ExtractError> {
        Ok(Extractor {
            crf: crf::CrfModel::shipped()?,
            gaz: gazetteer::Gazetteers::shipped()?,
            stages: Stages::default(),
            cache: Default::default(),
        })
    }

    /// Builds an extractor from a CRF model file's bytes and the bundled gazetteers.
    pub fn with_model(model: Vec<u8>) -> Result<Extractor, ExtractError> {
        Ok(Extractor {
            crf: crf::CrfModel::from_bytes(model)?,
            gaz: gazetteer::Gazetteers::shipped()?,
            stages: Stages::default(),
            cache: Default::default(),
        })
    }

    /// Entities and mentions of `text`; mention offsets are chars into `text`, mentions in
    /// text order, entities with canonical name and title.
    pub fn extract(&self, text: &str) -> Annotations {
        self.extract_with_progress(text, &|_| {})
    }

    /// [`Extractor::extract`] reporting progress in `0.0..=1.0` as it goes.
    pub fn extract_with_progress(&self, text: &str, progress: &dyn Fn(f32)) -> Annotations {
        let chars: Vec<char> = text.chars().collect();
        let spans = pipeline::find_spans(self, &chars, progress);
        let ann = resolve::resolve(&chars, &spans);
        progress(1.0);
        ann
    }

    /// The mentions of `text` before entity resolution (for CoNLL output and evaluation).
    pub fn spans(&self, chars: &[char]) -> Vec<Span> {
        pipeline::find_spans(self, chars, &|_| {})
    }
}
