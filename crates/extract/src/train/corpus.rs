//! The training corpora of a data folder: ANERcorp train, and WikiFANE Gold recast in
//! ANERcorp's tokens and types («و قطر» → «وقطر», GPE → LOC).

use std::path::Path;

use super::{TrainError, read};
use crate::conll::{self, Aligned};

/// WikiFANE splits clitics off («و قطر», «عاصمة ها»); ANERcorp keeps them on. Re-attaches
/// them and keeps only the types ANERcorp shares (PER → PERS, ORG, GPE/LOC → LOC); the
/// rest (FAC, VEH, WEA, PRO) become O because ANERcorp's MISC is something else.
pub fn wiki_as_anercorp(s: &conll::Sentence) -> conll::Sentence {
    const PREFIXES: [&str; 5] = ["و", "ف", "ب", "ل", "ك"];
    const SUFFIXES: [&str; 9] = ["ه", "ها", "هم", "هما", "هن", "كم", "نا", "ي", "ك"];
    let mut out = conll::Sentence::default();
    let mut pending = String::new();
    for (w, t) in s.words.iter().zip(&s.tags) {
        let tag = match t.split_once('-') {
            Some((bio, ty)) => match ty {
                "PER" => format!("{bio}-PERS"),
                "ORG" => format!("{bio}-ORG"),
                "GPE" | "LOC" => format!("{bio}-LOC"),
                _ => "O".to_owned(),
            },
            None => "O".to_owned(),
        };
        if PREFIXES.contains(&w.as_str()) && tag == "O" {
            pending.push_str(w);
            continue;
        }
        if SUFFIXES.contains(&w.as_str())
            && tag == "O"
            && pending.is_empty()
            && let Some(last) = out.words.last_mut()
        {
            last.push_str(w);
            continue;
        }
        let word = if pending.ends_with('ل') && w.starts_with("ال") {
            format!("{pending}{}", &w["ا".len()..])
        } else {
            format!("{pending}{w}")
        };
        pending.clear();
        out.words.push(word);
        out.tags.push(tag);
    }
    out
}

/// The corpora of a data folder, read and aligned.
pub struct Corpus {
    /// ANERcorp train as read.
    pub aner_raw: Vec<conll::Sentence>,
    /// ANERcorp train aligned to our tokens.
    pub aner: Vec<Aligned>,
    /// WikiFANE Gold as read (empty when the file is absent).
    pub wiki_raw: Vec<conll::Sentence>,
    /// WikiFANE Gold aligned to our tokens.
    pub wiki: Vec<Aligned>,
}

impl Corpus {
    /// Reads `anercorp-train.conll` and, if present, `wikifane-gold.coarse.conll`.
    pub fn read(data: &Path) -> Result<Corpus, TrainError> {
        let aner_raw = conll::parse(&read(&data.join("anercorp-train.conll"))?);
        let wiki_path = data.join("wikifane-gold.coarse.conll");
        let wiki_raw = if wiki_path.exists() {
            conll::parse(&read(&wiki_path)?)
        } else {
            Vec::new()
        };
        Ok(Corpus {
            aner: aner_raw.iter().map(conll::align).collect(),
            wiki: wiki_raw.iter().map(conll::align).collect(),
            aner_raw,
            wiki_raw,
        })
    }

    /// Block of ANERcorp sentence `i` when the file is cut into `k` contiguous blocks.
    pub fn block_of(&self, i: usize, k: usize) -> usize {
        i * k / self.aner.len().max(1)
    }
}
