//! CoNLL BIO export: one token a line, `TOKEN TAG`, a blank line between sentences.
//!
//! Tokens: runs of word characters ([`is_word_char`]); every other character that is not
//! white space is a token of its own (punctuation: «،», «(», «.»). A token is also cut where
//! a mention starts or ends, so a mention that leaves out a clitic («و» + «قطر») gets tokens
//! of its own. Sentences end after «.», «!», «?», «؟» and at line breaks.
//!
//! Tags: `B-LABEL` on a mention's first token, `I-LABEL` on the rest, `O` elsewhere. Only
//! visible mentions count; where mentions overlap, the one starting first (the longer one
//! at equal starts) wins and the other is left out.

use sahifa_model::{Annotations, Document, Mention, MentionStatus, TextRange};

use crate::words::is_word_char;

/// One token: its characters and where a sentence ends after it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    /// The token's characters.
    pub range: TextRange,
    /// True when a sentence ends after this token.
    pub ends_sentence: bool,
}

/// Splits text into tokens as described in the module docs; `cuts` are extra offsets where
/// tokens must end (mention boundaries).
pub fn tokenise(text: &str, cuts: &[usize]) -> Vec<Token> {
    let chars: Vec<char> = text.chars().collect();
    let mut cut_at = vec![false; chars.len() + 1];
    for &c in cuts {
        if c < cut_at.len() {
            cut_at[c] = true;
        }
    }
    let mut tokens: Vec<Token> = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_whitespace() {
            if c == '\n'
                && let Some(last) = tokens.last_mut()
            {
                last.ends_sentence = true;
            }
            i += 1;
            continue;
        }
        let start = i;
        if is_word_char(c) {
            i += 1;
            while i < chars.len() && is_word_char(chars[i]) && !cut_at[i] {
                i += 1;
            }
        } else {
            i += 1;
        }
        if let Ok(range) = TextRange::unbounded(start, i) {
            tokens.push(Token {
                range,
                ends_sentence: matches!(c, '.' | '!' | '?' | '؟'),
            });
        }
    }
    if let Some(last) = tokens.last_mut() {
        last.ends_sentence = true;
    }
    tokens
}

/// The visible mentions that get tags: no two overlap.
pub(crate) fn tagged_mentions(ann: &Annotations) -> Vec<&Mention> {
    let mut visible: Vec<&Mention> = ann
        .mentions
        .iter()
        .filter(|m| m.status != MentionStatus::Rejected && !m.range.is_empty())
        .collect();
    visible.sort_by_key(|m| (m.range.start(), std::cmp::Reverse(m.range.end())));
    let mut chosen: Vec<&Mention> = Vec::new();
    for m in visible {
        if chosen
            .last()
            .is_none_or(|c| c.range.end() <= m.range.start())
        {
            chosen.push(m);
        }
    }
    chosen
}

/// The document as CoNLL BIO text (ends with a newline).
pub fn to_conll(doc: &Document, ann: &Annotations) -> String {
    let text = doc.text.as_str();
    let mentions = tagged_mentions(ann);
    let cuts: Vec<usize> = mentions
        .iter()
        .flat_map(|m| [m.range.start(), m.range.end()])
        .collect();
    let mut out = String::new();
    let mut mi = 0;
    for token in tokenise(text, &cuts) {
        while mi < mentions.len() && mentions[mi].range.end() <= token.range.start() {
            mi += 1;
        }
        let tag = match mentions.get(mi) {
            Some(m) if m.range.covers(token.range) => {
                let prefix = if m.range.start() == token.range.start() {
                    "B"
                } else {
                    "I"
                };
                format!("{prefix}-{}", m.label)
            }
            _ => "O".to_owned(),
        };
        out.push_str(doc.text.slice(token.range));
        out.push(' ');
        out.push_str(&tag);
        out.push('\n');
        if token.ends_sentence {
            out.push('\n');
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use sahifa_model::Label;

    #[test]
    fn clitic_and_punctuation_become_tokens_of_their_own() {
        let doc = Document::from_plain_text("بين الكويت وقطر، اليوم.");
        let r = |s, e| TextRange::new(s, e, doc.text.char_len()).unwrap();
        let m = |range, label| Mention {
            range,
            label,
            entity: None,
            status: MentionStatus::Auto,
        };
        let ann = Annotations {
            entities: vec![],
            mentions: vec![m(r(4, 10), Label::Location), m(r(12, 15), Label::Location)],
        };
        assert_eq!(
            to_conll(&doc, &ann),
            "بين O\nالكويت B-LOCATION\nو O\nقطر B-LOCATION\n، O\nاليوم O\n. O\n\n"
        );
    }
}
