//! What one line looks like on its own: a sentence's end, a list item («١- البند»), or a
//! sub-heading rather than a dateline («الدوحة - كونا»), byline or date.

use super::{BYLINE_WORDS, HEADING_MAX_CHARS, HEADING_MAX_WORDS};

pub(super) fn looks_like_heading(line: &str) -> bool {
    let chars = line.chars().count();
    let words = line.split_whitespace().count();
    let ends_ok = line
        .chars()
        .next_back()
        .is_some_and(|c| c.is_alphanumeric() || matches!(c, ')' | '?' | '؟'));
    let dateline = [" - ", " – ", " — "].iter().any(|d| line.contains(d)) || line.contains(':');
    let byline = line
        .split_whitespace()
        .next()
        .is_some_and(|w| BYLINE_WORDS.contains(&w));
    let digits = line.chars().filter(|c| is_digit(*c)).count();
    let non_space = line.chars().filter(|c| !c.is_whitespace()).count();
    let date = digits * 4 > non_space;
    chars <= HEADING_MAX_CHARS
        && words <= HEADING_MAX_WORDS
        && ends_ok
        && !dateline
        && !byline
        && !date
}

/// Ends with sentence-final or clause punctuation (Latin or Arabic), possibly followed by
/// a closing quote or bracket.
pub(super) fn ends_sentence(line: &str) -> bool {
    let trimmed = line.trim_end_matches(['»', '"', '”', '\'', ')', ']']);
    trimmed
        .chars()
        .next_back()
        .is_some_and(|c| matches!(c, '.' | '!' | '?' | '؟' | ':' | '؛' | ';' | '…' | '،' | ','))
}

pub(super) fn is_list_item(line: &str) -> bool {
    let mut chars = line.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    if matches!(first, '-' | '–' | '—' | '•' | '*' | '·' | '▪') {
        return chars.next().is_some_and(char::is_whitespace);
    }
    let digits = line.chars().take_while(|c| is_digit(*c)).count();
    if digits == 0 || digits > 3 {
        return false;
    }
    let mut rest = line.chars().skip(digits);
    rest.next()
        .is_some_and(|c| matches!(c, '.' | '-' | ')' | '/'))
        && rest.next().is_some_and(char::is_whitespace)
}

fn is_digit(c: char) -> bool {
    c.is_ascii_digit()
        || ('\u{0660}'..='\u{0669}').contains(&c)
        || ('\u{06F0}'..='\u{06F9}').contains(&c)
}
