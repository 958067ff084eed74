//! Long texts: extraction in pieces, its offsets, and what repeating an article must not
//! turn into entities. Time and memory targets are benchmarks (`sahifa-ner bench
//! --scaling`), not tests.

use std::sync::LazyLock;

use proptest::prelude::*;
use sahifa_extract::Extractor;
use sahifa_extract::chunk::{self, Chunk};
use sahifa_model::{Annotations, Label};

use super::{EX, arbitrary_text, check_offsets, seed_text, slice};

/// Pieces of 16 chars: every arbitrary text below is cut several times.
static TINY_PIECES: LazyLock<Extractor> = LazyLock::new(|| with_pieces_of(16));

/// An extractor whose pipeline sees at most `chars` chars at a time.
fn with_pieces_of(chars: usize) -> Extractor {
    let mut ex = Extractor::shipped().unwrap();
    ex.chunk_chars = chars;
    ex
}

/// (start, end, label) of every mention.
fn spans(ann: &Annotations) -> Vec<(usize, usize, Label)> {
    ann.mentions
        .iter()
        .map(|m| (m.range.start(), m.range.end(), m.label))
        .collect()
}

/// Every mention of `ann` lies inside one piece, and the piece extracted alone finds the
/// same mentions at the same offsets (shifted by where the piece starts).
fn assert_pieces_agree(ex: &Extractor, text: &str, ann: &Annotations) {
    let pieces: Vec<Chunk> = chunk::chunks(text, ex.chunk_chars).collect();
    assert!(pieces.len() > 1, "the text must be cut");
    let mut expected = Vec::new();
    for p in &pieces {
        for (s, e, label) in spans(&ex.extract(p.text)) {
            expected.push((s + p.char_offset, e + p.char_offset, label));
        }
    }
    for (s, e, _) in spans(ann) {
        let inside = pieces
            .iter()
            .any(|p| p.char_offset <= s && e <= p.char_offset + p.char_len);
        assert!(inside, "mention {s}..{e} straddles a cut");
    }
    assert_eq!(spans(ann), expected);
}

#[test]
fn copies_of_an_article_cut_one_per_piece_get_the_same_mentions_at_shifted_offsets() {
    let mut article = seed_text();
    if !article.ends_with('\n') {
        article.push('\n');
    }
    let len = article.chars().count();
    let ex = with_pieces_of(len);
    let text = article.repeat(4);
    let ann = ex.extract(&text);
    check_offsets(&text, &ann);
    let one = spans(&ex.extract(&article));
    assert!(!one.is_empty());
    for k in 0..4 {
        let copy: Vec<_> = spans(&ann)
            .into_iter()
            .filter(|&(s, _, _)| s >= k * len && s < (k + 1) * len)
            .map(|(s, e, l)| (s - k * len, e - k * len, l))
            .collect();
        assert_eq!(copy, one, "copy {k}");
    }
    // Entities are resolved over the whole text: each name once, not once per copy; a
    // date or a title once per article (the copies are separate articles).
    let names = |a: &Annotations| {
        let per_article = |e: &&sahifa_model::Entity| matches!(e.label, Label::Date | Label::Title);
        let n = a.entities.iter().filter(per_article).count();
        (a.entities.len() - n, n)
    };
    let (names_one, dates_one) = names(&ex.extract(&article));
    assert_eq!(names(&ann), (names_one, 4 * dates_one));
}

#[test]
fn a_mention_never_straddles_a_cut_and_offsets_after_a_cut_are_right() {
    let ex = with_pieces_of(1500);
    let text = seed_text().repeat(2);
    let ann = ex.extract(&text);
    check_offsets(&text, &ann);
    assert_pieces_agree(&ex, &text, &ann);
}

#[test]
fn a_long_single_line_is_cut_at_whitespace_and_extracted_safely() {
    let ex = with_pieces_of(1000);
    let text = seed_text().replace('\n', " ").repeat(2);
    for p in chunk::chunks(&text, 1000) {
        let whole = p.char_offset + p.char_len == text.chars().count();
        assert!(
            whole || p.text.ends_with(char::is_whitespace),
            "cut in a word"
        );
    }
    let ann = ex.extract(&text);
    check_offsets(&text, &ann);
    assert_pieces_agree(&ex, &text, &ann);
    assert!(
        ann.mentions
            .iter()
            .any(|m| slice(&text, m.range) == "الهملان")
    );
}

#[test]
fn many_copies_of_an_article_make_no_particle_number_or_calendar_word_an_entity() {
    let article = format!(
        "{}\nوقال المتحدث فإن العالم يواجه أزمة لم يشهدها منذ العام الماضي، \
         إذ بلغت الخسائر ألف مليون دولار في الشهر الماضي.\n\
         وأضاف أن الاجتماع المقبل سيعقد في الدوحة يوم الاثنين لأن العالم ينتظر نتائجه.\n",
        seed_text().trim_end()
    );
    let text = article.repeat(30);
    let ann = EX.extract(&text);
    check_offsets(&text, &ann);
    let never = [
        "الماضي",
        "فإن",
        "العالم",
        "ألف",
        "مليون",
        "المقبل",
        "لأن",
        "العام",
    ];
    for m in &ann.mentions {
        let found = slice(&text, m.range);
        assert!(!never.contains(&found.as_str()), "{} «{found}»", m.label);
    }
    for e in &ann.entities {
        assert!(!never.contains(&e.name.as_str()), "entity «{}»", e.name);
    }
    // A weekday is still a date («الاثنين» is also «two» in the genitive).
    let mondays = ann
        .mentions
        .iter()
        .filter(|m| m.label == Label::Date && slice(&text, m.range).contains("الاثنين"))
        .count();
    assert_eq!(mondays, 30);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(100))]

    #[test]
    fn any_text_cut_into_tiny_pieces_gives_valid_offsets(text in arbitrary_text()) {
        let ann = TINY_PIECES.extract(&text);
        check_offsets(&text, &ann);
        let pieces: Vec<Chunk> = chunk::chunks(&text, 16).collect();
        prop_assert_eq!(pieces.iter().map(|p| p.text).collect::<String>(), text.clone());
        for m in &ann.mentions {
            let (s, e) = (m.range.start(), m.range.end());
            prop_assert!(pieces.iter().any(|p| p.char_offset <= s && e <= p.char_offset + p.char_len));
        }
    }
}
