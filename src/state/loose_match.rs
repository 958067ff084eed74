//! Loose Arabic matching for find-in-article and the sidebar filter.
//!
//! Both use `sahifa_extract::arabic::find_loose`, so find and the extractor agree on what
//! "the same word" is: diacritics, tatweel, alef forms, ة/ه and ى/ي are ignored, and a hit
//! starts at a word start or right after a leading clitic (و ف ب ك ل), so «قطر» finds
//! «وقطر».

use sahifa_model::TextRange;

/// Every place `needle` occurs loosely in `haystack`, as char ranges into `haystack`, in
/// text order, not overlapping. An empty (or all-diacritic) needle finds nothing.
pub fn find_loose(haystack: &str, needle: &str) -> Vec<TextRange> {
    sahifa_extract::arabic::find_loose(haystack, needle)
}

/// True when `needle` occurs loosely in `haystack`; an empty needle matches everything.
pub fn contains_loose(haystack: &str, needle: &str) -> bool {
    let needle = needle.trim();
    needle
        .chars()
        .all(|c| sahifa_extract::arabic::fold_char(c).is_none())
        || !find_loose(haystack, needle).is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_clitic_before_the_word_still_matches() {
        let text = "زار قطر ثم عاد وقطر";
        let hits = find_loose(text, "قطر");
        assert_eq!(hits.len(), 2);
        assert_eq!(hits[1], TextRange::new(16, 19, 19).unwrap());
    }

    #[test]
    fn filter_ignores_tatweel_and_empty_filters_match_all() {
        assert!(contains_loose("سيف الهملان", "الهمـلان"));
        assert!(!contains_loose("جاسم المناعي", "الهملان"));
        assert!(contains_loose("anything", "  "));
    }
}
