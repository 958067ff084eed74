//! Arabic normalisation for matching, with a map back to the original text.
//!
//! Folding (what [`fold`] does): alef forms أ إ آ ٱ → ا, ى → ي, ة → ه, Persian ک ی → ك ي,
//! Arabic-Indic and extended digits → ASCII digits, Latin → lowercase; harakat, the
//! superscript alef, tatweel and invisible format characters (bidi controls, ZWJ/ZWNJ) are
//! removed. Folding never reorders, so every folded char maps to exactly one original char.
//!
//! [`find_loose`] is the UI's loose search built on it; [`Clitics`] the clitic analysis used
//! by the tagger, the rules and entity resolution.

use sahifa_model::TextRange;

pub use sahifa_model::arabic::{fold_char, is_arabic_mark, is_invisible};

/// The folded form of `s` (see the module documentation).
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    fold_into(s, &mut out);
    out
}

/// Appends the folded form of `s` to `out`.
#[inline]
pub fn fold_into(s: &str, out: &mut String) {
    out.extend(s.chars().filter_map(fold_char));
}

/// A folded text with, for each folded char, the index of the original char it came from.
#[derive(Clone, Debug, Default)]
pub struct FoldedText {
    /// The folded chars.
    pub chars: Vec<char>,
    /// Invariant: `origin.len() == chars.len()`, strictly increasing, each `< orig_len`.
    pub origin: Vec<usize>,
    /// Number of chars in the original text.
    pub orig_len: usize,
}

impl FoldedText {
    /// Folds `s`, remembering where each folded char came from.
    pub fn new(s: &str) -> Self {
        let mut chars = Vec::with_capacity(s.len() / 2);
        let mut origin = Vec::with_capacity(s.len() / 2);
        let mut orig_len = 0;
        for (i, c) in s.chars().enumerate() {
            if let Some(f) = fold_char(c) {
                chars.push(f);
                origin.push(i);
            }
            orig_len = i + 1;
        }
        Self {
            chars,
            origin,
            orig_len,
        }
    }

    /// The original char range covering folded chars `start..end` (`start < end`),
    /// extended over marks and invisible chars that follow the last one.
    fn original_range(&self, start: usize, end: usize, original: &[char]) -> Option<TextRange> {
        let s = *self.origin.get(start)?;
        let mut e = *self.origin.get(end.checked_sub(1)?)? + 1;
        while e < original.len() && fold_char(original[e]).is_none() {
            e += 1;
        }
        TextRange::new(s, e, self.orig_len).ok()
    }
}

/// True for chars that belong to a word: the model's one rule (on folded text it is the
/// extractor's old rule, since folding already drops U+200B).
pub use sahifa_model::words::is_word_char;

/// True when `p` (folded) is a clitic prefix: [و ف]? [ب ك ل]? (ال)?, not empty — the
/// prefixes [`find_loose`] lets a hit start after. The library's full-text index strips
/// the same ones, so its candidates are what `find_loose` finds.
pub fn is_clitic_prefix(p: &[char]) -> bool {
    let mut k = 0;
    if p.get(k).is_some_and(|c| matches!(c, 'و' | 'ف')) {
        k += 1;
    }
    if p.get(k).is_some_and(|c| matches!(c, 'ب' | 'ك' | 'ل')) {
        k += 1;
    }
    if p.len() >= k + 2 && p[k] == 'ا' && p[k + 1] == 'ل' {
        k += 2;
    }
    !p.is_empty() && k == p.len()
}

/// Finds `needle` in `haystack` loosely: harakat, tatweel, alef forms, ة/ه, ى/ي and digit
/// forms are ignored, and a hit may start at a word start or right after a leading clitic
/// (و ف ب ك ل, with or without ال), so «قطر» finds «وقطر» and «بقطر», and «الدوحة» finds
/// «بالدوحة». A hit may end inside a word (prefix search). Ranges are chars into
/// `haystack`, cover the matched original text (with trailing marks), in text order and
/// non-overlapping. An empty (after folding) needle finds nothing.
pub fn find_loose(haystack: &str, needle: &str) -> Vec<TextRange> {
    let needle: Vec<char> = needle.trim().chars().filter_map(fold_char).collect();
    if needle.is_empty() {
        return Vec::new();
    }
    let original: Vec<char> = haystack.chars().collect();
    let folded = FoldedText::new(haystack);
    let hay = &folded.chars;
    let has_al = needle.starts_with(&['ا', 'ل']) && needle.len() > 2;
    let n = needle.len();
    let mut out = Vec::new();
    let mut i = 0;
    while i < hay.len() {
        let hit = if i + n <= hay.len() && hay[i..i + n] == needle[..] && hit_start_ok(hay, i) {
            Some(n)
        } else if has_al && elided_article_at(hay, i) && hay[i + 1..].starts_with(&needle[2..]) {
            // «للجيش» = ل + (ا)لجيش: the hit covers «لجيش».
            Some(n - 1)
        } else {
            None
        };
        match hit {
            Some(len) => {
                if let Some(r) = folded.original_range(i, i + len, &original) {
                    out.push(r);
                }
                i += len;
            }
            None => i += 1,
        }
    }
    out
}

fn is_word_start(hay: &[char], k: usize) -> bool {
    k == 0 || !is_word_char(hay[k - 1])
}

/// True when folded position `i` is a word start, or follows a clitic prefix that starts a
/// word.
fn hit_start_ok(hay: &[char], i: usize) -> bool {
    if is_word_start(hay, i) {
        return true;
    }
    if !hay[i].is_alphabetic() {
        return false;
    }
    let mut ws = i;
    while ws > 0 && is_word_char(hay[ws - 1]) {
        ws -= 1;
    }
    i - ws <= 4 && is_clitic_prefix(&hay[ws..i])
}

/// True when position `i` is the second ل of a word-initial «لل» (optionally after و/ف):
/// the preposition ل followed by the article with its alef elided.
fn elided_article_at(hay: &[char], i: usize) -> bool {
    if i == 0 || hay[i] != 'ل' || hay[i - 1] != 'ل' {
        return false;
    }
    let s = i - 1;
    is_word_start(hay, s)
        || (s >= 1 && matches!(hay[s - 1], 'و' | 'ف') && is_word_start(hay, s - 1))
}

/// The clitic analysis of one folded word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Clitics {
    /// Chars of conjunction/preposition prefix (و ف ب ك ل, or «لل» counted as 1: the ل) that
    /// a mention may leave out.
    pub strippable: usize,
    /// Chars of the whole prefix including the article ال (or the ل of «لل»).
    pub with_article: usize,
    /// True when the word carries the article (ال, or «لل» = ل + ال).
    pub article: bool,
}

/// Analyses the prefixes of a folded word following the aggressive scheme of the baseline:
/// strip و|ف when longer than 3 chars, then لل when longer than 4, else ب|ل|ك when followed
/// by ال, then ال when longer than 3.
pub fn clitics(folded: &[char]) -> Clitics {
    let mut p = 0;
    let n = folded.len();
    if n > 3 && matches!(folded[0], 'و' | 'ف') {
        p = 1;
    }
    let mut article = false;
    let mut strippable = p;
    let rest = &folded[p..];
    if rest.len() > 4 && rest[0] == 'ل' && rest[1] == 'ل' {
        // «للجيش»: ل + ال with the alef elided.
        strippable = p + 1;
        article = true;
        p += 2;
    } else if rest.len() > 4
        && matches!(rest[0], 'ب' | 'ل' | 'ك')
        && rest[1] == 'ا'
        && rest[2] == 'ل'
    {
        strippable = p + 1;
        article = true;
        p += 3;
    } else if rest.len() > 3 && rest[0] == 'ا' && rest[1] == 'ل' {
        article = true;
        p += 2;
    }
    Clitics {
        strippable,
        with_article: p,
        article,
    }
}

/// The stem of a folded word for matching and features: prefixes stripped aggressively
/// (و|ف when longer than 3 chars; then لل when longer than 4, else ب|ل|ك when longer
/// than 3; then ال when longer than 3), so «بكابل» → «كابل», «للجيش» → «جيش». Unlike
/// [`clitics`] this may cut a letter of the word itself («لبنان» → «بنان»); it is used
/// the same way on training and input text, never to cut a mention.
pub fn stem(folded: &str) -> String {
    let chars: Vec<char> = folded.chars().collect();
    chars[stem_start(&chars)..].iter().collect()
}

/// Where [`stem`] starts, in chars.
pub fn stem_start(chars: &[char]) -> usize {
    let mut p = 0;
    if chars.len() > 3 && matches!(chars[0], 'و' | 'ف') {
        p = 1;
    }
    let rest = &chars[p..];
    if rest.len() > 4 && rest[0] == 'ل' && rest[1] == 'ل' {
        return p + 2;
    }
    if rest.len() > 3 && matches!(rest[0], 'ب' | 'ل' | 'ك') {
        p += 1;
    }
    let rest = &chars[p..];
    if rest.len() > 3 && rest[0] == 'ا' && rest[1] == 'ل' {
        p += 2;
    }
    p
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fold_removes_harakat_and_unifies_letters() {
        assert_eq!(fold("عُقِدَ"), "عقد");
        assert_eq!(fold("أحمد إلى آخر"), "احمد الي اخر");
        assert_eq!(fold("القطرية"), "القطريه");
        assert_eq!(fold("ديمكس ٢٠٢٦"), "ديمكس 2026");
        assert_eq!(fold("قـــطر\u{200F}"), "قطر");
    }

    #[test]
    fn loose_search_finds_clitic_forms_and_maps_back() {
        let hay = "بين الكويت وقطر، وفي قَطَر";
        let hits = find_loose(hay, "قطر");
        let texts: Vec<String> = hits
            .iter()
            .map(|r| hay.chars().skip(r.start()).take(r.len()).collect())
            .collect();
        assert_eq!(texts, ["قطر", "قَطَر"]);
        assert_eq!(hits[0].start(), 12);
    }

    #[test]
    fn loose_search_handles_the_article_after_prepositions() {
        let hay = "في الدوحة وبالدوحة للجيش";
        assert_eq!(find_loose(hay, "الدوحة").len(), 2);
        assert_eq!(find_loose(hay, "الجيش").len(), 1);
        assert!(find_loose(hay, "وحة").is_empty(), "no hit inside a word");
        assert!(find_loose(hay, "  ").is_empty());
    }

    #[test]
    fn clitic_analysis() {
        let a = |s: &str| clitics(&s.chars().collect::<Vec<_>>());
        assert_eq!(a("وقطر").strippable, 1);
        assert_eq!(a("بالدوحه").strippable, 1);
        assert_eq!(a("بالدوحه").with_article, 3);
        assert_eq!(a("للجيش").with_article, 2);
        assert_eq!(a("قطر").with_article, 0);
        assert_eq!(stem("وبالدوحه"), "دوحه");
        assert_eq!(stem("بكابل"), "كابل");
        assert_eq!(stem("بدر"), "بدر");
    }
}
