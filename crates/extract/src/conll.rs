//! Reading CoNLL files: one `token TAG` per line (the tag is the last whitespace-separated
//! field), a blank line between sentences, BIO tags.

use crate::token::{self, Token};

/// One sentence of a CoNLL file.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Sentence {
    /// The tokens as written.
    pub words: Vec<String>,
    /// One BIO tag per token (`O`, `B-PERS`, …).
    pub tags: Vec<String>,
}

/// Parses a CoNLL text. Lines without a tag get `O`.
pub fn parse(text: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut cur = Sentence::default();
    for line in text.lines() {
        let line = line.trim();
        if line.is_empty() {
            if !cur.words.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            continue;
        }
        let (word, tag) = match line.rsplit_once(char::is_whitespace) {
            Some((w, t)) if t == "O" || t.starts_with("B-") || t.starts_with("I-") => (w.trim(), t),
            _ => (line, "O"),
        };
        cur.words.push(word.to_owned());
        cur.tags.push(tag.to_owned());
    }
    if !cur.words.is_empty() {
        out.push(cur);
    }
    out
}

/// A sentence as the extractor sees it: the words joined with spaces, re-tokenised, each
/// of our tokens carrying the tag of the CoNLL word it lies in (a word split into several
/// tokens keeps B on the first and I on the rest).
pub struct Aligned {
    /// The joined text.
    pub text: String,
    /// Our tokens of `text`.
    pub tokens: Vec<Token>,
    /// One tag per token.
    pub tags: Vec<String>,
    /// For each token, the index of the CoNLL word it lies in.
    pub word_of: Vec<usize>,
    /// Char range of each CoNLL word in `text`.
    pub word_spans: Vec<(usize, usize)>,
}

/// Appends `words` to `text` joined by single spaces and returns each word's char span;
/// `pos` is the char length of `text` before and after.
pub fn push_words(words: &[String], text: &mut String, pos: &mut usize) -> Vec<(usize, usize)> {
    let mut spans = Vec::with_capacity(words.len());
    for (i, w) in words.iter().enumerate() {
        if i > 0 {
            text.push(' ');
            *pos += 1;
        }
        let n = w.chars().count();
        text.push_str(w);
        spans.push((*pos, *pos + n));
        *pos += n;
    }
    spans
}

/// Aligns a sentence (see [`Aligned`]).
pub fn align(s: &Sentence) -> Aligned {
    let mut text = String::new();
    let mut pos = 0;
    let word_spans = push_words(&s.words, &mut text, &mut pos);
    let tokens = token::tokenize(&text);
    let mut tags = Vec::with_capacity(tokens.len());
    let mut word_of = Vec::with_capacity(tokens.len());
    let mut w = 0;
    let mut tagged_word = usize::MAX;
    for t in &tokens {
        while w + 1 < word_spans.len() && word_spans[w].1 <= t.start {
            w += 1;
        }
        let tag = s.tags.get(w).map_or("O", String::as_str);
        let word_len = word_spans[w].1 - word_spans[w].0;
        let tag = if tag == "O" || (t.kind == token::TokenKind::Punct && word_len > 1) {
            // Punctuation glued to a tagged word is not part of the entity.
            "O".to_owned()
        } else if tagged_word == w {
            format!("I-{}", &tag[2..])
        } else {
            tagged_word = w;
            tag.to_owned()
        };
        tags.push(tag);
        word_of.push(w);
    }
    Aligned {
        text,
        tokens,
        tags,
        word_of,
        word_spans,
    }
}

/// Entity spans `(first, last_exclusive, type)` of a BIO tag sequence (conlleval rules: an
/// I- after O or after another type starts a new entity).
pub fn spans(tags: &[impl AsRef<str>]) -> Vec<(usize, usize, String)> {
    let mut out = Vec::new();
    let mut cur: Option<(usize, String)> = None;
    for (i, t) in tags.iter().enumerate() {
        let t = t.as_ref();
        // Most tags are «O»: no search for a dash in them (this runs for every token).
        let split = if t == "O" { None } else { t.split_once('-') };
        let (bio, ty) = match split {
            Some((b, ty)) => (b, ty),
            None => ("O", ""),
        };
        let continues = bio == "I" && cur.as_ref().is_some_and(|(_, c)| c == ty);
        if !continues {
            if let Some((s, c)) = cur.take() {
                out.push((s, i, c));
            }
            if bio == "B" || bio == "I" {
                cur = Some((i, ty.to_owned()));
            }
        }
    }
    if let Some((s, c)) = cur {
        out.push((s, tags.len(), c));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_and_align_split_words() {
        let s = parse("وقال O\nبرند B-PERS\nجوتشولك. I-PERS\n\nx O\n");
        assert_eq!(s.len(), 2);
        let a = align(&s[0]);
        assert_eq!(a.tags, ["O", "B-PERS", "I-PERS", "O"]);
        assert_eq!(spans(&a.tags), [(1, 3, "PERS".to_owned())]);
    }

    #[test]
    fn conlleval_starts_an_entity_at_a_stray_i() {
        let tags = ["O", "I-LOC", "I-LOC", "B-ORG", "I-PERS"];
        assert_eq!(
            spans(&tags),
            [
                (1, 3, "LOC".to_owned()),
                (3, 4, "ORG".to_owned()),
                (4, 5, "PERS".to_owned())
            ]
        );
    }
}
