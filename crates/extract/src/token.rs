//! Tokenisation with char offsets into the original text.
//!
//! A token is a run of letters (with their marks and invisible format chars), a run of
//! digits (ASCII or Arabic-Indic, with inner `.`/`,`/`٫`/`٬` between digits), or a single
//! other non-space char. Whitespace separates tokens and is never part of one.

use crate::arabic::{self, Clitics, is_arabic_mark, is_invisible};
use crate::lexicon::{self, Trigger};

/// What a token is made of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters (Arabic or other scripts), possibly with marks.
    Word,
    /// Digits.
    Number,
    /// Any other single char (punctuation, symbol).
    Punct,
}

/// One token.
#[derive(Clone, Debug)]
pub struct Token {
    /// First char (inclusive) in the original text.
    pub start: usize,
    /// One past the last char in the original text. Invariant: `start < end`.
    pub end: usize,
    /// Kind of token.
    pub kind: TokenKind,
    /// Folded form (see [`arabic::fold`]); may be empty only for a token of marks alone.
    pub norm: String,
    /// Clitic analysis of `norm` (all zero for non-words).
    pub clitics: Clitics,
    /// `norm` without conjunction, preposition and article prefixes, as far as
    /// [`arabic::clitics`] is sure of them (words keep their own letters).
    pub stem: String,
    /// `norm` stripped aggressively ([`arabic::stem`]): the key for gazetteer phrases,
    /// clusters and affix features («بكابل» → «كابل»).
    pub key: String,
    /// True when the original text before this token, since the previous token, holds a
    /// line break.
    pub line_start: bool,
    /// The trigger lookups of `stem`, `norm` and `key`, made once when the token is made:
    /// every rule asks them, for every token. Invariant: they were made from this token's
    /// `stem`, `norm`, `key` and `clitics`, which nothing changes after tokenisation.
    looked: Looked,
}

/// A token's trigger lookups ([`Token::trigger`], [`Token::base`], [`Token::key_trigger`]).
#[derive(Clone, Copy, Debug)]
struct Looked {
    trigger: Option<Trigger>,
    base_is_norm: bool,
    key_trigger: Option<Trigger>,
}

impl Looked {
    fn of(norm: &str, clitics: &Clitics, stem: &str, key: &str) -> Self {
        let of_stem = lexicon::trigger(stem);
        let of_norm = (clitics.strippable > 0 && !clitics.article)
            .then(|| lexicon::trigger(norm))
            .flatten();
        let key_trigger = if key == stem {
            of_stem
        } else {
            lexicon::trigger(key)
        };
        Looked {
            trigger: of_stem.or(of_norm),
            base_is_norm: of_stem.is_none() && of_norm.is_some(),
            key_trigger,
        }
    }
}

impl Token {
    /// The word's trigger ([`crate::lexicon::trigger`]) from its stem, or from the whole
    /// word when the stem lost a letter of the word itself («وزير» is not و + «زير»).
    pub fn trigger(&self) -> Option<Trigger> {
        self.looked.trigger
    }

    /// The form to look up in word lists: the stem, or the whole word when only the whole
    /// word is a known trigger («وزاره», not «زاره»).
    pub fn base(&self) -> &str {
        if self.looked.base_is_norm {
            &self.norm
        } else {
            &self.stem
        }
    }

    /// The trigger of the aggressively stripped `key` («لوزارة» → «وزاره»), which
    /// [`Token::trigger`] does not look at.
    pub fn key_trigger(&self) -> Option<Trigger> {
        self.looked.key_trigger
    }

    /// Gazetteer flags of the stem, or of the whole word when the stem lost a letter of
    /// the word itself («وليد»).
    pub fn flags(&self, gaz: &crate::gazetteer::Gazetteers) -> u16 {
        let f = gaz.flags(&self.stem);
        if f == 0 && self.clitics.strippable > 0 && !self.clitics.article {
            gaz.flags(&self.norm)
        } else {
            f
        }
    }

    /// True when this is the single punctuation char `c`.
    pub fn is_punct(&self, c: char) -> bool {
        self.kind == TokenKind::Punct && self.norm.starts_with(c)
    }
}

const NO_CLITICS: Clitics = Clitics {
    strippable: 0,
    with_article: 0,
    article: false,
};

#[derive(Clone, Copy, PartialEq, Eq)]
enum Class {
    Letter,
    Digit,
    Space,
    Other,
}

fn class(c: char) -> Class {
    // Fast path: Arabic letters and marks, ASCII.
    if ('\u{0621}'..='\u{064A}').contains(&c) || ('\u{064B}'..='\u{065F}').contains(&c) {
        return Class::Letter;
    }
    if c.is_ascii() {
        return if c.is_ascii_whitespace() {
            Class::Space
        } else if c.is_ascii_digit() {
            Class::Digit
        } else if c.is_ascii_alphabetic() {
            Class::Letter
        } else {
            Class::Other
        };
    }
    if c.is_whitespace() {
        Class::Space
    } else if c.is_ascii_digit() || ('٠'..='٩').contains(&c) || ('۰'..='۹').contains(&c) {
        Class::Digit
    } else if c.is_alphabetic() || is_arabic_mark(c) || is_invisible(c) || c.is_alphanumeric() {
        Class::Letter
    } else {
        Class::Other
    }
}

/// Splits `text` into tokens (see the module documentation).
pub fn tokenize(text: &str) -> Vec<Token> {
    let chars: Vec<char> = text.chars().collect();
    tokenize_chars(&chars)
}

/// [`tokenize`] over a char slice; offsets are indices into it.
pub fn tokenize_chars(chars: &[char]) -> Vec<Token> {
    // A token for every 4.6 chars of news text, spaces included: sized so that the
    // vector is not copied again when it would fill up near the end.
    let mut out = Vec::with_capacity(chars.len() / 4 + 1);
    let mut folded = Vec::new();
    let mut newline = false;
    scan(chars, |at, line_break| {
        newline |= line_break;
        push_token(&mut out, &mut folded, chars, at, &mut newline);
    });
    out
}

/// The folded forms of the words and numbers of `text` (punctuation left out), as the
/// `norm` of its tokens ([`tokenize`]) without the rest of a token's analysis: a mention's
/// words («وزير الخارجية» → «وزير», «الخارجيه») are made for every mention found.
pub fn norms(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    scan(&chars, |(start, end, kind), _| {
        if kind == TokenKind::Punct {
            return;
        }
        // Sized as push_token sizes it: one allocation per word.
        let mut norm = String::with_capacity((end - start) * 2);
        norm.extend(
            chars[start..end]
                .iter()
                .filter_map(|&c| arabic::fold_char(c)),
        );
        // A word of marks alone makes no token.
        if !norm.is_empty() {
            out.push(norm);
        }
    });
    out
}

/// The char ranges tokens are made from, in order: `each((start, end, kind), line_break)`,
/// `line_break` true when a line break (or the text's start) comes before the range since
/// the previous one. A word range may hold marks alone, which makes no token.
fn scan(chars: &[char], mut each: impl FnMut((usize, usize, TokenKind), bool)) {
    let mut i = 0;
    let mut newline = true;
    while i < chars.len() {
        let c = chars[i];
        let start = i;
        let kind = match class(c) {
            Class::Space => {
                if c == '\n' || c == '\r' || c == '\u{2029}' {
                    newline = true;
                }
                i += 1;
                continue;
            }
            Class::Letter => {
                while i < chars.len() && class(chars[i]) == Class::Letter {
                    i += 1;
                }
                TokenKind::Word
            }
            Class::Digit => {
                i = number_end(chars, start);
                TokenKind::Number
            }
            Class::Other => {
                i += 1;
                TokenKind::Punct
            }
        };
        each((start, i, kind), newline);
        newline = false;
    }
}

/// Where the number starting at `start` ends: digits, with `.`/`,`/`٫`/`٬` between two.
fn number_end(chars: &[char], start: usize) -> usize {
    let mut i = start;
    while i < chars.len() {
        let cl = class(chars[i]);
        let inner_sep = matches!(chars[i], '.' | ',' | '٫' | '٬')
            && i + 1 < chars.len()
            && class(chars[i + 1]) == Class::Digit
            && i > start;
        if cl == Class::Digit || inner_sep {
            i += 1;
        } else {
            break;
        }
    }
    i
}

/// Makes the token of `chars[start..end]`, folding it into `folded` (a buffer the caller
/// keeps across tokens: this runs for every word of every text, «والرئيس» and all).
fn push_token(
    out: &mut Vec<Token>,
    folded: &mut Vec<char>,
    chars: &[char],
    (start, end, kind): (usize, usize, TokenKind),
    newline: &mut bool,
) {
    folded.clear();
    let mut norm = String::with_capacity((end - start) * 2);
    // One pass fills both forms.
    for f in chars[start..end]
        .iter()
        .filter_map(|&c| arabic::fold_char(c))
    {
        folded.push(f);
        norm.push(f);
    }
    if folded.is_empty() && kind == TokenKind::Word {
        // Marks or invisible chars alone: nothing to tag.
        return;
    }
    let (clitics, stem, key) = if kind == TokenKind::Word {
        // One allocation each: these run for every word of every text.
        let c = arabic::clitics(folded);
        // The text after the first `n` folded chars.
        let tail = |n: usize| {
            let byte = folded.get(..n).map_or(norm.len(), |f| {
                f.iter().map(|c| c.len_utf8()).sum::<usize>()
            });
            norm.get(byte..).unwrap_or_default()
        };
        let stem = tail(c.with_article).to_owned();
        let k = arabic::stem_start(folded);
        let key = if k == c.with_article {
            stem.clone()
        } else {
            tail(k).to_owned()
        };
        (c, stem, key)
    } else {
        (NO_CLITICS, norm.clone(), norm.clone())
    };
    let looked = Looked::of(&norm, &clitics, &stem, &key);
    out.push(Token {
        start,
        end,
        kind,
        norm,
        clitics,
        stem,
        key,
        line_start: *newline,
        looked,
    });
    *newline = false;
}

/// Original-text char offset of folded char `k` of `token` (clamped to the token end).
pub fn original_offset(chars: &[char], token: &Token, k: usize) -> usize {
    let mut seen = 0;
    for (i, &c) in chars[token.start..token.end].iter().enumerate() {
        if arabic::fold_char(c).is_some() {
            if seen == k {
                return token.start + i;
            }
            seen += 1;
        }
    }
    token.end
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_carry_char_offsets() {
        let toks = tokenize("في الدوحة، (ديمكس 2026) ٣٫٥");
        let norms: Vec<&str> = toks.iter().map(|t| t.norm.as_str()).collect();
        assert_eq!(
            norms,
            ["في", "الدوحه", "،", "(", "ديمكس", "2026", ")", "3٫5"]
        );
        assert_eq!((toks[1].start, toks[1].end), (3, 9));
        assert_eq!(toks[1].stem, "دوحه");
    }

    #[test]
    fn lone_marks_make_no_token() {
        assert!(tokenize("\u{064E} \u{200F}").is_empty());
    }
}
