//! The CRF's settings ([`Hyper`]) and the trainer they drive ([`Sink`]), which hashes all
//! it is given so that a trained model can be cached under its exact input.

use std::path::Path;

use super::TrainError;

/// Hyper-parameters of the CRF and of what it learns from.
#[derive(Clone, Debug, PartialEq)]
pub struct Hyper {
    /// L1 regularisation.
    pub c1: f64,
    /// L2 regularisation.
    pub c2: f64,
    /// L-BFGS iterations.
    pub iterations: usize,
    /// Word clusters (0: none).
    pub clusters: usize,
    /// Weight of WikiFANE training sentences (0: none).
    pub wiki_weight: f64,
    /// At most this many WikiFANE training sentences.
    pub wiki_max: usize,
    /// Which of the larger lists feed the features.
    pub lists: crate::gazetteer::Lists,
}

impl Hyper {
    /// The settings of the shipped model.
    pub fn shipped() -> Hyper {
        Hyper {
            c1: 0.2,
            c2: 0.05,
            iterations: 300,
            clusters: 256,
            wiki_weight: 0.0,
            wiki_max: 3000,
            lists: crate::gazetteer::SHIPPED_LISTS,
        }
    }
}

/// A CRF trainer that also hashes everything appended to it, so a trained model can be
/// cached under the hash of its exact input.
pub struct Sink {
    trainer: crfs::Trainer<crfs::train::Lbfgs>,
    hash: std::collections::hash_map::DefaultHasher,
    /// Sentences appended.
    pub sentences: usize,
}

impl Sink {
    /// An L-BFGS trainer with these settings.
    pub fn new(h: &Hyper) -> Result<Sink, TrainError> {
        use std::hash::Hasher;
        let mut trainer = crfs::Trainer::lbfgs();
        trainer.verbose(false);
        let p = trainer.params_mut();
        p.set_c1(h.c1).map_err(|e| TrainError(e.to_string()))?;
        p.set_c2(h.c2).map_err(|e| TrainError(e.to_string()))?;
        p.set_max_iterations(h.iterations)
            .map_err(|e| TrainError(e.to_string()))?;
        let mut hash = std::collections::hash_map::DefaultHasher::new();
        for x in [h.c1.to_bits(), h.c2.to_bits(), h.iterations as u64] {
            hash.write_u64(x);
        }
        Ok(Sink {
            trainer,
            hash,
            sentences: 0,
        })
    }

    /// Appends one sentence's features and tags with a weight.
    pub fn add(
        &mut self,
        x: &[Vec<crfs::Attribute>],
        tags: &[String],
        weight: f64,
    ) -> Result<(), TrainError> {
        use std::hash::Hasher;
        for (attrs, tag) in x.iter().zip(tags) {
            for a in attrs {
                self.hash.write(a.name.as_bytes());
                self.hash.write_u8(0);
            }
            self.hash.write(tag.as_bytes());
            self.hash.write_u8(1);
        }
        self.hash.write_u64(weight.to_bits());
        self.sentences += 1;
        self.trainer
            .append_with_weight(x, tags, weight)
            .map_err(|e| TrainError(e.to_string()))
    }

    /// Hash of the settings and of everything appended so far (hex).
    pub fn key(&self) -> String {
        use std::hash::Hasher;
        format!("{:016x}", self.hash.finish())
    }

    /// Trains and writes the model to `path` (through a temporary file, so a killed
    /// training leaves no half-written model behind).
    pub fn train(mut self, path: &Path) -> Result<(), TrainError> {
        // One temporary name per training: two CV runs (or two threads of one process) may
        // train the same fold at once.
        static TRAINING: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
        let n = TRAINING.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let tmp = path.with_extension(format!("tmp{}-{n}", std::process::id()));
        self.trainer
            .train(&tmp)
            .map_err(|e| TrainError(format!("training: {e}")))?;
        std::fs::rename(&tmp, path).map_err(|e| TrainError(format!("{}: {e}", path.display())))
    }
}
