//! Snapping a selection to whole words, and name normalisation for Arabic text.
//!
//! Used when the user selects text to mark (the selection snaps to whole words), when a new
//! mention decides which entity it joins, when the extractor's output is merged with saved
//! annotations, and when exports tokenise text. What a word is and which leading letters
//! are a clitic is the model's rule ([`sahifa_model::words`]), shared with the text view and
//! the extractor.

use sahifa_model::arabic::fold_char;
pub use sahifa_model::words::{CLITICS, is_word_char, leading_clitic};
use sahifa_model::{DocText, TextRange};

/// Snaps a selection to whole words, leaving out a leading clitic where
/// [`leading_clitic`] allows it (with no known names).
///
/// See [`snap_to_words_with`] for the exact rule.
pub fn snap_to_words(text: &DocText, range: TextRange) -> TextRange {
    snap_to_words_with(text, range, |_| false)
}

/// Snaps a selection to whole words.
///
/// 1. Spaces and punctuation at either edge of the selection are dropped («(ديمكس 2026)»
///    selected with its brackets gives «ديمكس 2026»).
/// 2. A word cut by either edge is completed; an empty selection (a caret) inside a word
///    selects that word.
/// 3. A leading clitic of the first word is left out when [`leading_clitic`] says so,
///    or when the selection itself left out exactly that clitic (and what remains is at
///    least [`sahifa_model::words::MIN_KNOWN_REMAINDER`] letters);
///    `is_known` is asked whether a remainder is a known name (normally: matches an existing
///    entity's name or mention, compared by [`normalise_name`]).
///
/// Returns an empty range when the selection holds no word character; ranges past the end
/// of the text are clamped first.
pub fn snap_to_words_with(
    text: &DocText,
    range: TextRange,
    is_known: impl Fn(&str) -> bool,
) -> TextRange {
    let len = text.char_len();
    let (start, end) = (range.start().min(len), range.end().min(len));
    let window = Window::around(text, start, end);
    let Some((chosen_start, chosen_end)) = window.trim_to_words(start, end) else {
        return TextRange::empty(start);
    };
    let (s, e) = window.complete_words(chosen_start, chosen_end);
    // A selection that leaves out exactly the clitic(s) of its first word is taken as the
    // user meant it («قطر» selected inside «وقطر»); a caret leaves nothing out.
    let first = window.first_word(s, e);
    let left_out = chosen_start - s;
    let user_skip = start < end
        && (1..=2).contains(&left_out)
        && leading_clitic(&first, |_| true) >= left_out
        && (s..chosen_start).all(|i| CLITICS.contains(&window.char_at(i)));
    let skip = if user_skip {
        left_out
    } else {
        leading_clitic(&first, &is_known)
    };
    TextRange::unbounded(s + skip, e).unwrap_or(TextRange::empty(s))
}

/// How far around a selection [`snap_to_words_with`] looks for word boundaries.
const WINDOW: usize = 256;

/// The chars around a selection: only a window is looked at, since no word is this long
/// and a multi-megabyte article is not copied on every key press. Offsets are the
/// document's.
struct Window {
    /// Document offset of `chars[0]`.
    base: usize,
    chars: Vec<char>,
}

impl Window {
    fn around(text: &DocText, start: usize, end: usize) -> Self {
        let base = start.saturating_sub(WINDOW);
        let range = TextRange::unbounded(base, (end + WINDOW).min(text.char_len()))
            .unwrap_or(TextRange::empty(0));
        Self {
            base: range.start(),
            chars: text.slice(range).chars().collect(),
        }
    }

    fn end(&self) -> usize {
        self.base + self.chars.len()
    }

    fn is_word(&self, i: usize) -> bool {
        i.checked_sub(self.base)
            .and_then(|i| self.chars.get(i))
            .copied()
            .is_some_and(is_word_char)
    }

    fn char_at(&self, i: usize) -> char {
        i.checked_sub(self.base)
            .and_then(|i| self.chars.get(i))
            .copied()
            .unwrap_or(' ')
    }

    /// The selection without spaces and punctuation at its edges; a caret stays a caret
    /// when it touches a word. `None` when no word character is left.
    fn trim_to_words(&self, start: usize, end: usize) -> Option<(usize, usize)> {
        let (mut s, mut e) = (start, end);
        if s == e {
            return (self.is_word(s) || s > 0 && self.is_word(s - 1)).then_some((s, e));
        }
        while s < e && !self.is_word(s) {
            s += 1;
        }
        while e > s && !self.is_word(e - 1) {
            e -= 1;
        }
        (s < e).then_some((s, e))
    }

    /// Extends both edges to the ends of the words they cut.
    fn complete_words(&self, mut s: usize, mut e: usize) -> (usize, usize) {
        while s > self.base && self.is_word(s - 1) {
            s -= 1;
        }
        while e < self.end() && self.is_word(e) {
            e += 1;
        }
        (s, e)
    }

    /// The first word of the (completed) selection `s..e`.
    fn first_word(&self, s: usize, e: usize) -> String {
        let first_end = (s..e).find(|&i| !self.is_word(i)).unwrap_or(e);
        (s..first_end).map(|i| self.char_at(i)).collect()
    }
}

/// Normalises a name for comparison: each char folded by
/// [`sahifa_model::arabic::fold_char`] (harakat and tatweel removed; «أ إ آ ٱ» → «ا»,
/// «ة» → «ه», «ى» → «ي»; Arabic-Indic digits → ASCII digits), letters lower-cased,
/// punctuation at the edges dropped and inner runs of spaces collapsed to one.
///
/// ```
/// use sahifa_annotate::normalise_name;
/// assert_eq!(normalise_name("  الدَّوْحـــة "), normalise_name("الدوحه"));
/// assert_eq!(normalise_name("إسرائيل"), normalise_name("اسرائيل"));
/// ```
pub fn normalise_name(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut pending_space = false;
    for c in name.chars() {
        if c.is_whitespace() {
            pending_space = !out.is_empty();
            continue;
        }
        let Some(folded) = fold_char(c) else { continue };
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        out.extend(folded.to_lowercase());
    }
    let trimmed = out.trim_matches(|c: char| !is_word_char(c));
    trimmed.to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn snap(text: &str, start: usize, end: usize) -> String {
        let t = DocText::new(text.to_owned());
        let r = snap_to_words(&t, TextRange::new(start, end, t.char_len()).unwrap());
        t.slice(r).to_owned()
    }

    #[test]
    fn partial_words_are_completed_and_punctuation_dropped() {
        let s = "افتتاح معرض (ديمكس 2026) في الدوحة";
        // «عرض (ديم» → «معرض (ديمكس»
        assert_eq!(snap(s, 8, 16), "معرض (ديمكس");
        // the brackets with their content
        assert_eq!(snap(s, 12, 24), "ديمكس 2026");
        // a caret inside a word selects the word
        assert_eq!(snap(s, 2, 2), "افتتاح");
        // only spaces
        assert_eq!(snap(s, 6, 7), "");
    }

    #[test]
    fn clitic_before_the_article_is_left_out() {
        assert_eq!(snap("في والدوحة اليوم", 3, 10), "الدوحة");
        assert_eq!(snap("في بالكويت", 3, 10), "الكويت");
        assert_eq!(snap("وبالدوحة", 0, 8), "الدوحة");
    }

    #[test]
    fn names_that_begin_with_a_clitic_letter_stay_whole() {
        for name in [
            "لبنان",
            "كندا",
            "فرنسا",
            "بغداد",
            "وزير",
            "واشنطن",
            "للجيش",
            "بال",
        ] {
            let n = name.chars().count();
            assert_eq!(snap(name, 0, n), name, "{name}");
        }
    }

    #[test]
    fn clitic_before_a_known_name_is_left_out() {
        let t = DocText::new("بين الكويت وقطر".to_owned());
        let r = TextRange::new(11, 15, t.char_len()).unwrap();
        let known = |s: &str| normalise_name(s) == normalise_name("قطر");
        assert_eq!(t.slice(snap_to_words_with(&t, r, known)), "قطر");
        assert_eq!(t.slice(snap_to_words(&t, r)), "وقطر");
        // Selecting «قطر» without the «و» is respected even when «قطر» is not known yet.
        let r = TextRange::new(12, 15, t.char_len()).unwrap();
        assert_eq!(t.slice(snap_to_words(&t, r)), "قطر");
        // … but cutting a real first letter is not: «نان» inside «لبنان» gives «لبنان».
        let t = DocText::new("زار لبنان".to_owned());
        let r = TextRange::new(6, 9, t.char_len()).unwrap();
        assert_eq!(t.slice(snap_to_words(&t, r)), "لبنان");
    }

    #[test]
    fn a_caret_selects_the_same_word_a_double_click_does() {
        let s = "قالت وكالة «قنا»\u{200F}: افتُتح معرض ديمكس\u{200B}2026 في الدوحة";
        let t = DocText::new(s.to_owned());
        for at in 0..t.char_len() {
            let Some(word) = sahifa_model::words::word_at(s, at) else {
                continue;
            };
            let snapped = snap_to_words(&t, TextRange::empty(at));
            assert_eq!(snapped.start()..snapped.end(), word, "at {at}");
        }
    }

    #[test]
    fn a_clitic_written_with_a_haraka_is_left_out_with_it() {
        assert_eq!(snap("في وَالدوحة", 3, 11), "الدوحة");
    }

    #[test]
    fn selections_far_into_a_long_text_snap_the_same() {
        let prefix = "كلمة ".repeat(2000);
        let t = DocText::new(format!("{prefix}في والدوحة اليوم"));
        let at = prefix.chars().count() + 5;
        let r = TextRange::new(at, at + 3, t.char_len()).unwrap();
        assert_eq!(t.slice(snap_to_words(&t, r)), "الدوحة");
    }

    #[test]
    fn normalisation_unifies_spelling_variants() {
        assert_eq!(normalise_name("القوة"), normalise_name("القوه"));
        assert_eq!(normalise_name("مصطفى"), normalise_name("مصطفي"));
        assert_eq!(normalise_name("آمر"), "امر");
        assert_eq!(normalise_name("ديمكس ٢٠٢٦"), "ديمكس 2026");
        assert_eq!(normalise_name("«الكويت»،"), "الكويت");
        assert_ne!(normalise_name("قطر"), normalise_name("مطر"));
    }
}
