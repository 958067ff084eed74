//! The CRF sequence tagger: a CRFsuite model read and applied by the `crfs` crate.
//!
//! The shipped model (`assets/models/ner.crfsuite`, written by `sahifa-ner train`) is
//! compiled into the binary, so a clean clone needs no data at run or test time. Labels
//! are BIO tags over `PERS`, `LOC`, `ORG` and `MISC` (ANERcorp's types).

use crfs::{Attribute, Model};

use crate::ExtractError;

const SHIPPED_MODEL: &[u8] = include_bytes!("../../../assets/models/ner.crfsuite");
const SHIPPED_CLUSTERS: &str = include_str!("../../../assets/models/clusters.tsv");

/// A loaded CRF model with its word clusters.
pub struct CrfModel {
    model: Model<'static>,
    /// Word clusters used by the features.
    pub clusters: crate::features::Clusters,
}

impl CrfModel {
    /// The model compiled into the binary.
    pub fn shipped() -> Result<Self, ExtractError> {
        let mut m = Self::from_static(SHIPPED_MODEL)?;
        m.clusters = parse_clusters(SHIPPED_CLUSTERS);
        Ok(m)
    }

    /// A model from a file's bytes (kept for the life of the program), with the shipped
    /// clusters.
    pub fn from_bytes(bytes: Vec<u8>) -> Result<Self, ExtractError> {
        let mut m = Self::from_static(Box::leak(bytes.into_boxed_slice()))?;
        m.clusters = parse_clusters(SHIPPED_CLUSTERS);
        Ok(m)
    }

    fn from_static(bytes: &'static [u8]) -> Result<Self, ExtractError> {
        // crfs slices the header without checking its length: check it first.
        if bytes.len() < 64 || &bytes[..4] != b"lCRF" {
            return Err(ExtractError::Model(format!(
                "not a CRFsuite model ({} bytes); run `sahifa-ner train` to build it",
                bytes.len()
            )));
        }
        let model = Model::new(bytes).map_err(|e| ExtractError::Model(e.to_string()))?;
        Ok(Self {
            model,
            clusters: Default::default(),
        })
    }

    /// Tags one sequence; returns one label per item (`O`, `B-PERS`, …). On a model error
    /// every item is `O`.
    pub fn tag(&self, xseq: &[Vec<Attribute>]) -> Vec<String> {
        let tagged = self.model.tagger().and_then(|t| {
            t.tag(xseq)
                .map(|v| v.into_iter().map(str::to_owned).collect())
        });
        tagged.unwrap_or_else(|_| vec!["O".to_owned(); xseq.len()])
    }
}

/// Parses `stem \t bits` lines.
pub fn parse_clusters(text: &str) -> crate::features::Clusters {
    text.lines()
        .filter_map(|l| l.split_once('\t'))
        .map(|(w, c)| (w.to_owned(), c.to_owned()))
        .collect()
}
