//! Visual order and line breaking.

use super::*;

const MIXED: &str = "افتتاح معرض DIMDEX 2026 في الدوحة (قطر)";

#[test]
fn mixed_line_reads_right_to_left_with_ltr_runs_inside() {
    let mut ts = system();
    let l = lay(&mut ts, MIXED, None);
    assert!(l.is_rtl(), "first strong character is Arabic");
    assert_eq!(l.lines().len(), 1);
    let x = |needle: &str| glyph_x(&l, char_offset(MIXED, needle)).1;
    // Words in logical order stand right to left.
    // «DIMDEX 2026» is one left-to-right run (UAX #9 W7: digits after a Latin letter are
    // left-to-right), so inside it DIMDEX stands left of 2026, as in pango.
    let words = ["افتتاح", "معرض", "2026", "DIMDEX", "في", "الدوحة", "قطر"];
    for pair in words.windows(2) {
        assert!(
            x(pair[0]) > x(pair[1]),
            "{} should be right of {}",
            pair[0],
            pair[1]
        );
    }
    // Inside the Latin word and the number, left to right: D-I-M..., 2-0-2-6.
    let dimdex = char_offset(MIXED, "DIMDEX");
    let year = char_offset(MIXED, "2026");
    for k in 0..5 {
        assert!(glyph_x(&l, dimdex + k).1 < glyph_x(&l, dimdex + k + 1).1);
    }
    for k in 0..3 {
        assert!(
            glyph_x(&l, year + k).1 < glyph_x(&l, year + k + 1).1,
            "2026 must read left to right"
        );
    }
    assert!(x("DIMDEX") < x("2026"));
    // Brackets: «(» opens on the right of قطر, «)» closes at the far left of the line.
    let open = char_offset(MIXED, "(");
    let close = char_offset(MIXED, ")");
    assert!(glyph_x(&l, open).1 > x("قطر"));
    let leftmost = l.lines()[0].glyphs.first().map(|g| g.start as usize);
    assert_eq!(
        leftmost,
        Some(close),
        "the closing bracket is the leftmost glyph"
    );
}

#[test]
fn rtl_paragraph_is_right_aligned_and_wraps_in_logical_order() {
    let mut ts = system();
    let text = "ناقش آمر القوة البحرية مع رئيس الأركان سبل تعزيز التعاون العسكري بين البلدين في مجالات التدريب والتمارين المشتركة";
    let l = lay(&mut ts, text, Some(300.0));
    assert!(
        l.lines().len() >= 3,
        "a 300 px column wraps this into several lines"
    );
    // Lines follow each other in logical order without gaps.
    let mut expected_start = 0;
    for line in l.lines() {
        assert_eq!(line.chars.start, expected_start);
        expected_start = line.chars.end;
        // Right-aligned: the line's ink ends at the right edge.
        let (_, right) = line.x_extent().expect("glyphs");
        assert!(
            (right - 300.0).abs() <= 1.0,
            "line ends at {right}, not at the right edge"
        );
    }
    assert_eq!(expected_start, text.chars().count());
    // The first word is on the first line, at its right end.
    let first = l.lines()[0]
        .glyphs
        .iter()
        .max_by(|a, b| a.x.total_cmp(&b.x))
        .expect("glyph");
    assert_eq!(first.start, 0);
    // The last word is on the last line.
    let last_word = char_offset(text, "المشتركة");
    assert_eq!(glyph_x(&l, last_word).0, l.lines().len() - 1);
    // No line is wider than the column.
    for line in l.lines() {
        let (left, _) = line.x_extent().expect("glyphs");
        assert!(left >= -0.5);
    }
}

#[test]
fn english_paragraph_is_ltr_and_left_aligned() {
    let mut ts = system();
    let text =
        "The exhibition opened in Doha on Monday with delegations from forty countries (الدوحة).";
    let l = lay(&mut ts, text, Some(250.0));
    assert!(!l.is_rtl());
    assert!(l.lines().len() >= 2);
    for line in l.lines() {
        let (left, _) = line.x_extent().expect("glyphs");
        assert!(
            left.abs() <= 0.5,
            "LTR lines start at the left edge, not at {left}"
        );
    }
    assert_eq!(
        l.lines()[0].glyphs[0].start,
        0,
        "«The» starts the first line on the left"
    );
    let x = |w: &str| glyph_x(&l, char_offset(text, w)).1;
    assert!(x("The") < x("exhibition"));
}

#[test]
fn a_neutral_start_takes_direction_from_the_first_strong_character() {
    let mut ts = system();
    assert!(lay(&mut ts, "2026 – افتتاح المعرض", None).is_rtl());
    assert!(!lay(&mut ts, "«2026» DIMDEX في الدوحة", None).is_rtl());
    assert!(
        !lay(&mut ts, "12345 ...", None).is_rtl(),
        "no strong character: LTR"
    );
}

#[test]
fn latin_and_brackets_use_the_fallback_font_not_tofu() {
    let mut ts = system();
    let l = lay(&mut ts, MIXED, None);
    let tofu: Vec<_> = l.lines()[0]
        .glyphs
        .iter()
        .filter(|g| g.is_missing())
        .collect();
    assert!(tofu.is_empty(), "tofu for {tofu:?}");
}

#[test]
fn latin_letters_have_distinct_widths() {
    let mut ts = system();
    let l = lay(&mut ts, "IIII MMMM", None);
    let w: Vec<f32> = l.lines()[0].glyphs.iter().map(|g| g.w).collect();
    assert!(
        w[0] * 1.5 < w[5],
        "«I» ({}) narrower than «M» ({}): real glyphs, not boxes",
        w[0],
        w[5]
    );
}

#[test]
fn wrapping_breaks_only_between_words() {
    let mut ts = system();
    let text = "في الدوحة افتتح معرض الدفاع البحري الدولي بمشاركة واسعة من الشركات";
    let l = lay(&mut ts, text, Some(180.0));
    let chars: Vec<char> = text.chars().collect();
    for line in &l.lines()[1..] {
        let s = line.chars.start;
        assert!(s == 0 || chars[s - 1] == ' ', "line starts mid-word at {s}");
    }
}

#[test]
fn choosing_a_family_without_arabic_still_shows_arabic() {
    let mut ts = system();
    assert!(ts.set_family("No Such Font Family").is_err());
    assert_eq!(
        ts.family(),
        "Noto Naskh Arabic",
        "a failed choice changes nothing"
    );
    ts.set_family("Noto Sans").expect("bundled");
    let l = lay(&mut ts, MIXED, None);
    assert!(
        l.lines()[0].glyphs.iter().all(|g| !g.is_missing()),
        "Arabic falls back to Naskh"
    );
    assert!(ts.families().iter().any(|f| f == "Noto Naskh Arabic"));
    assert!(
        ts.arabic_families()
            .iter()
            .any(|f| f == "Noto Naskh Arabic")
    );
    assert!(!ts.arabic_families().iter().any(|f| f == "Noto Sans"));
}

#[test]
fn max_lines_cuts_with_an_ellipsis_inside_the_width() {
    let mut ts = system();
    let text = "ناقش آمر القوة البحرية الكويتية، اللواء الركن بحري سيف الهملان، مع رئيس أركان القوات المسلحة القطرية";
    let mut style = ParagraphStyle::new(20.0, Some(200.0));
    style.max_lines = Some(2);
    let l = ts.layout(text, &style);
    assert_eq!(l.lines().len(), 2);
    for line in l.lines() {
        let (left, right) = line.x_extent().expect("glyphs");
        assert!(
            left >= -0.5 && right <= 200.5,
            "line {left}..{right} outside the width"
        );
    }
    // The first word is shown, the last is cut.
    assert_eq!(glyph_x(&l, 0).0, 0);
    let last = char_offset(text, "القطرية");
    let shown = l
        .lines()
        .iter()
        .flat_map(|li| &li.glyphs)
        .any(|g| g.chars().contains(&last));
    assert!(!shown, "the last word is cut");
    // Geometry still works on the cut text.
    assert_eq!(l.char_at(l.range_rects(0..1)[0].center()), Some(0));
}

#[test]
fn a_one_line_label_that_begins_with_digits_keeps_them() {
    let mut ts = system();
    for text in ["17 نوفمبر", "ديسمبر 2023"] {
        let mut style = ParagraphStyle::new(16.0, Some(200.0));
        style.max_lines = Some(1);
        let l = ts.layout(text, &style);
        let shown: Vec<usize> = l
            .lines()
            .iter()
            .flat_map(|li| &li.glyphs)
            .flat_map(|g| g.chars())
            .collect();
        let digit = text
            .chars()
            .position(|c| c.is_ascii_digit())
            .expect("digit");
        assert!(shown.contains(&digit), "{text}: {shown:?}");
    }
}
