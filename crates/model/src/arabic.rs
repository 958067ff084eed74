//! Arabic character folding shared by every crate that compares Arabic text: the extractor's
//! features and loose search, the annotation crate's name matching, the app's filter.
//!
//! Folding maps one char to at most one char and never reorders, so a folded text keeps a
//! one-to-one map back to the original chars: alef forms أ إ آ ٱ → ا, ى ی → ي, ة → ه,
//! Persian ک → ك, Arabic-Indic and extended digits → ASCII digits, A–Z → a–z; harakat, the
//! superscript alef, Quranic and small marks, tatweel and invisible format characters
//! (bidi controls, joiners, BOM, soft hyphen) are dropped.

/// What one char becomes after folding: `None` when it is dropped.
#[inline]
pub fn fold_char(c: char) -> Option<char> {
    Some(match c {
        'أ' | 'إ' | 'آ' | 'ٱ' | 'ٲ' | 'ٳ' => 'ا',
        'ى' | 'ی' | 'ې' => 'ي',
        'ة' => 'ه',
        'ک' => 'ك',
        '٠'..='٩' => char::from(b'0' + (c as u32 - '٠' as u32) as u8),
        '۰'..='۹' => char::from(b'0' + (c as u32 - '۰' as u32) as u8),
        'A'..='Z' => c.to_ascii_lowercase(),
        _ if is_arabic_mark(c) || is_invisible(c) => return None,
        _ => c,
    })
}

/// Format characters that carry no letter: bidi controls, joiners, BOM, soft hyphen.
#[inline]
pub fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}'
            | '\u{061C}'
            | '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{2069}'
            | '\u{FEFF}'
    )
}

/// Arabic combining marks and tatweel, which [`fold_char`] drops: small high marks
/// (U+0610–061A), harakat (U+064B–065F), the superscript alef (U+0670), Quranic marks
/// (U+06D6–06ED) and tatweel (U+0640).
#[inline]
pub fn is_arabic_mark(c: char) -> bool {
    matches!(
        c,
        '\u{0610}'..='\u{061A}'
            | '\u{064B}'..='\u{065F}'
            | '\u{0670}'
            | '\u{06D6}'..='\u{06ED}'
            | '\u{0640}'
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fold(s: &str) -> String {
        s.chars().filter_map(fold_char).collect()
    }

    #[test]
    fn spelling_variants_fold_together() {
        assert_eq!(fold("الدَّوْحـــة"), fold("الدوحه"));
        assert_eq!(fold("إسرائيل"), "اسرائيل");
        assert_eq!(fold("مصطفى"), "مصطفي");
        assert_eq!(fold("ديمكس ٢٠٢٦"), "ديمكس 2026");
        assert_eq!(fold("\u{200F}DIMDEX\u{2069}"), "dimdex");
        assert_ne!(fold("قطر"), fold("مطر"));
    }
}
