//! Arabic character folding shared by every crate that compares Arabic text: the extractor's
//! features and loose search, the annotation crate's name matching, the app's filter.
//!
//! Folding maps one char to at most one char and never reorders, so a folded text keeps a
//! one-to-one map back to the original chars: alef forms أ إ آ ٱ → ا, ى ی → ي, ة → ه,
//! Persian ک → ك, Arabic-Indic and extended digits → ASCII digits, A–Z → a–z; harakat, the
//! superscript alef, Quranic and small marks, tatweel and invisible format characters
//! (bidi controls, joiners, BOM, soft hyphen) are dropped.

/// What one char becomes after folding: `None` when it is dropped.
///
/// Every char of every text is folded («الدَّوْحـــة» → «الدوحه»), so the Arabic block
/// (U+0600–06FF) is read from a table made from [`fold_by_rules`] when compiling, and
/// ASCII only lowers its capitals; other chars go through the rules.
#[inline]
pub fn fold_char(c: char) -> Option<char> {
    let u = c as u32;
    if let Some(&f) = ARABIC_BLOCK.get(u.wrapping_sub(0x0600) as usize) {
        return (f != '\0').then_some(f);
    }
    if c.is_ascii() {
        return Some(c.to_ascii_lowercase());
    }
    fold_by_rules(c)
}

/// [`fold_char`] of each char of U+0600–06FF; `'\0'` for a dropped one (no char of the
/// block folds to NUL).
const ARABIC_BLOCK: [char; 256] = {
    let mut table = ['\0'; 256];
    let mut i = 0;
    while i < 256 {
        if let Some(c) = char::from_u32(0x0600 + i as u32)
            && let Some(f) = fold_by_rules(c)
        {
            table[i] = f;
        }
        i += 1;
    }
    table
};

/// The folding rules themselves (see the module documentation), char by char.
const fn fold_by_rules(c: char) -> Option<char> {
    Some(match c {
        'أ' | 'إ' | 'آ' | 'ٱ' | 'ٲ' | 'ٳ' => 'ا',
        'ى' | 'ی' | 'ې' => 'ي',
        'ة' => 'ه',
        'ک' => 'ك',
        '٠'..='٩' => (b'0' + (c as u32 - '٠' as u32) as u8) as char,
        '۰'..='۹' => (b'0' + (c as u32 - '۰' as u32) as u8) as char,
        'A'..='Z' => c.to_ascii_lowercase(),
        _ if is_arabic_mark(c) || is_invisible(c) => return None,
        _ => c,
    })
}

/// Format characters that carry no letter: bidi controls, joiners, BOM, soft hyphen.
#[inline]
pub const fn is_invisible(c: char) -> bool {
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
pub const fn is_arabic_mark(c: char) -> bool {
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

    #[test]
    fn the_table_folds_every_char_as_the_rules_do() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(fold_char(c), fold_by_rules(c), "{:04X}", c as u32);
        }
    }
}
