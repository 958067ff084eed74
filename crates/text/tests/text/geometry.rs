//! Hit-testing and range geometry on right-to-left text.

use egui::{Rect, pos2};

use super::*;

const TEXT: &str = "زار اللواء سيف الهملان معرض الدوحة اليوم";

#[test]
fn a_point_on_a_word_returns_that_words_characters() {
    let mut ts = system();
    let l = lay(&mut ts, TEXT, None);
    for word in ["زار", "سيف", "الهملان", "اليوم"] {
        let range = char_range(TEXT, word);
        let rects = l.range_rects(range.clone());
        assert_eq!(rects.len(), 1, "{word} is one box");
        let hit = l.char_at(rects[0].center());
        assert!(
            hit.is_some_and(|h| range.contains(&h)),
            "{word}: hit {hit:?} not in {range:?}"
        );
    }
    // Every single character's box hits back to that character.
    for c in 0..TEXT.chars().count() {
        for r in l.range_rects(c..c + 1) {
            assert_eq!(l.char_at(r.center()), Some(c), "char {c}");
        }
    }
}

#[test]
fn clicking_the_right_edge_of_rtl_text_gives_its_start() {
    let mut ts = system();
    let l = lay(&mut ts, TEXT, Some(600.0));
    let line = &l.lines()[0];
    let (left, right) = line.x_extent().expect("glyphs");
    let mid_y = (line.top + line.height / 2.0) / l.pixels_per_point();
    assert_eq!(
        l.caret_at(pos2(right + 20.0, mid_y)),
        0,
        "right of an RTL line: its start"
    );
    assert_eq!(l.caret_at(pos2(left - 20.0, mid_y)), TEXT.chars().count());
    // Between two words: the caret falls on the boundary.
    let r = l.range_rects(char_range(TEXT, "سيف"))[0];
    let c = l.caret_at(pos2(r.right() - 0.5, r.center().y));
    assert_eq!(c, char_offset(TEXT, "سيف"));
    assert_eq!(
        l.char_at(pos2(left - 20.0, mid_y)),
        None,
        "margin is not a character"
    );
}

#[test]
fn range_rects_cover_exactly_the_glyphs_of_the_range() {
    let mut ts = system();
    let text = "افتتاح معرض DIMDEX 2026 في الدوحة (قطر)";
    let l = lay(&mut ts, text, None);
    for needle in ["الدوحة", "DIMDEX", "2026", "معرض DIMDEX", "(قطر)"] {
        let range = char_range(text, needle);
        let rects = l.range_rects(range.clone());
        assert!(!rects.is_empty());
        for line in l.lines() {
            let mid_y = (line.top + line.height / 2.0) / l.pixels_per_point();
            for g in line.glyphs.iter().filter(|g| g.w > 0.0) {
                let centre = pos2((g.x + g.w / 2.0) / l.pixels_per_point(), mid_y);
                let inside = rects.iter().any(|r| r.contains(centre));
                let belongs = range.contains(&(g.start as usize));
                assert_eq!(inside, belongs, "{needle}: glyph of chars {:?}", g.chars());
            }
        }
    }
}

#[test]
fn a_range_split_by_bidi_gets_two_boxes() {
    let mut ts = system();
    let text = "قال ABC DEF اليوم";
    let l = lay(&mut ts, text, None);
    // Visually: اليوم | ABC DEF | قال — «DEF اليوم» is two pieces with ABC between.
    let rects = l.range_rects(char_range(text, "DEF اليوم"));
    assert_eq!(rects.len(), 2, "{rects:?}");
    let abc = l.range_rects(char_range(text, "ABC"))[0];
    for r in &rects {
        assert!(r.intersect(abc).width() <= 0.5, "ABC must not be covered");
    }
}

#[test]
fn a_range_across_a_wrap_gets_a_box_per_line() {
    let mut ts = system();
    let text = "ناقش آمر القوة البحرية مع رئيس الأركان سبل تعزيز التعاون العسكري بين البلدين";
    let l = lay(&mut ts, text, Some(200.0));
    assert!(l.lines().len() >= 2);
    let boundary = l.lines()[1].chars.start;
    let rects = l.range_rects(boundary - 3..boundary + 3);
    assert_eq!(rects.len(), 2, "{rects:?}");
    assert!(rects[0].center().y < rects[1].center().y);
    // On the first line the range's end is the line's visual left end (RTL).
    let (left0, _) = l.lines()[0].x_extent().expect("glyphs");
    assert!((rects[0].left() - left0).abs() < 1.0 || rects[0].left() < 200.0);
    let everything: Rect = rects.iter().fold(Rect::NOTHING, |a, r| a.union(*r));
    assert!(everything.height() > 40.0);
}

#[test]
fn geometry_is_in_points_at_any_pixel_density() {
    let mut ts = system();
    let mut style = ParagraphStyle::new(20.0, Some(300.0));
    let a = ts.layout(TEXT, &style);
    style.pixels_per_point = 2.0;
    let b = ts.layout(TEXT, &style);
    assert_eq!(a.lines().len(), b.lines().len());
    assert!((a.height() - b.height()).abs() <= 1.0);
    let ra = a.range_rects(char_range(TEXT, "سيف"))[0];
    let rb = b.range_rects(char_range(TEXT, "سيف"))[0];
    assert!(
        (ra.center().x - rb.center().x).abs() < 2.0,
        "{ra:?} vs {rb:?}"
    );
    assert_eq!(b.char_at(rb.center()), a.char_at(ra.center()));
}
