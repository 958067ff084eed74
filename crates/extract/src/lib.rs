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
pub mod chunk;
pub mod cli;
pub mod clusters;
pub mod conll;
pub mod crf;
pub mod cv;
pub mod eval;
pub mod features;
pub mod gazetteer;
pub mod input;
pub mod knowledge;
pub mod lexicon;
mod pipeline;
pub mod resolve;
pub mod retrain;
pub mod rules;
pub mod scheme;
pub mod sentence;
pub mod token;
pub mod train;

use std::fmt;

use sahifa_model::Annotations;

pub use crate::pipeline::Span;
pub use crate::scheme::Scheme;

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

/// What [`Extractor::for_each_chunk`] calls for each piece: the piece, its chars and its
/// mentions (offsets into the piece).
pub type OnPiece<'a> = dyn FnMut(&chunk::Chunk<'_>, &[char], Vec<Span>) + 'a;

/// The NER engine: CRF model, gazetteers and rules. Build once, share freely (`Sync`).
pub struct Extractor {
    crf: crf::CrfModel,
    gaz: gazetteer::Gazetteers,
    /// Which stages run (all by default; switched off only for diagnostics).
    pub stages: Stages,
    /// Whose conventions the output follows ([`Scheme::News`] unless a tool scoring
    /// against ANERcorp asks for [`Scheme::Anercorp`]).
    pub scheme: Scheme,
    /// Word-feature scores kept across documents (see [`features::WordCache`]), one
    /// cache per thread extracting at once.
    cache: features::SharedCache,
    /// Most chars the pipeline sees at once ([`chunk::CHUNK_CHARS`]); a longer text is
    /// cut into pieces ([`chunk::chunks`]) and its mentions resolved together.
    pub chunk_chars: usize,
    /// The user's knowledge ([`Extractor::set_knowledge`]), applied to every piece.
    knowledge: knowledge::Slot,
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
        // The model and the lists are independent: read them side by side.
        let (crf, gaz) = std::thread::scope(|s| {
            let crf = s.spawn(crf::CrfModel::shipped);
            let gaz = gazetteer::Gazetteers::shipped();
            (gazetteer::joined(crf), gaz)
        });
        Ok(Self::from_parts(crf?, gaz?))
    }

    /// Builds an extractor from a CRF model file's bytes and the bundled gazetteers.
    pub fn with_model(model: Vec<u8>) -> Result<Extractor, ExtractError> {
        Ok(Self::from_parts(
            crf::CrfModel::from_bytes(model)?,
            gazetteer::Gazetteers::shipped()?,
        ))
    }

    /// Loads a user model folder ([`retrain::write_model_dir`]): its CRF, clusters,
    /// harvested phrases and common words with the bundled lists.
    pub fn from_dir(dir: &std::path::Path) -> Result<Extractor, ExtractError> {
        retrain::load_model_dir(dir)
    }

    /// An extractor from a loaded model (with its clusters) and gazetteers: every other
    /// constructor comes through here.
    pub fn from_parts(crf: crf::CrfModel, gaz: gazetteer::Gazetteers) -> Extractor {
        Extractor {
            crf,
            gaz,
            stages: Stages::default(),
            scheme: Scheme::default(),
            cache: Default::default(),
            chunk_chars: chunk::CHUNK_CHARS,
            knowledge: Default::default(),
        }
    }

    /// Entities and mentions of `text`; mention offsets are chars into `text`, mentions in
    /// text order, entities with canonical name and title.
    pub fn extract(&self, text: &str) -> Annotations {
        self.extract_with_progress(text, &|_| {})
    }

    /// [`Extractor::extract`] reporting progress in `0.0..=1.0` as it goes.
    ///
    /// Time and memory grow linearly with the text: the pipeline runs on pieces of at most
    /// [`Extractor::chunk_chars`] chars cut at line ends ([`chunk::chunks`]), so a name
    /// found once is tagged again only within its piece; entities are then resolved over
    /// all mentions at once. A text shorter than a piece is extracted as one document.
    pub fn extract_with_progress(&self, text: &str, progress: &dyn Fn(f32)) -> Annotations {
        let mut spans: Vec<Span> = Vec::new();
        self.for_each_chunk(text, progress, &mut |chunk, _, found| {
            let base = spans.len();
            spans.extend(
                found
                    .into_iter()
                    .map(|s| s.shifted(chunk.char_offset, base)),
            );
        });
        let ann = resolve::resolve_in(&chunk::CharIndex::new(text), &spans);
        progress(1.0);
        ann
    }

    /// Runs the pipeline up to mentions on each piece of `text` in order, handing `each`
    /// the piece, its chars and its mentions (offsets into the piece). Progress goes up
    /// to 0.95.
    pub fn for_each_chunk(&self, text: &str, progress: &dyn Fn(f32), each: &mut OnPiece<'_>) {
        let total = text.len().max(1) as f32;
        let mut done = 0;
        for piece in chunk::chunks(text, self.chunk_chars) {
            let chars: Vec<char> = piece.text.chars().collect();
            let (base, share) = (done as f32 / total, piece.text.len() as f32 / total);
            let spans = pipeline::find_spans(self, &chars, &|p| {
                progress(0.95 * (base + share * p / 0.9).min(1.0));
            });
            done += piece.text.len();
            each(&piece, &chars, spans);
        }
    }

    /// The mentions of `text` before entity resolution (for CoNLL output and evaluation).
    pub fn spans(&self, chars: &[char]) -> Vec<Span> {
        pipeline::find_spans(self, chars, &|_| {})
    }
}
