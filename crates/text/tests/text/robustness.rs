//! No text makes the layer panic.

use egui::pos2;

use super::*;

fn exercise(ts: &mut TextSystem, text: &str) {
    for width in [None, Some(1.0), Some(120.0)] {
        let l = lay(ts, text, width);
        let n = text.chars().count();
        assert_eq!(l.char_len(), n);
        assert!(!l.lines().is_empty());
        for line in l.lines() {
            for g in &line.glyphs {
                assert!(g.end as usize <= n, "glyph past the end");
            }
        }
        let _ = l.char_at(pos2(10.0, 10.0));
        assert!(l.caret_at(pos2(-5.0, 1e6)) <= n);
        assert!(l.caret_at(pos2(1e6, -5.0)) <= n);
        let _ = l.range_rects(0..n + 5);
        let _ = l.caret_x(n + 3);
    }
    for lines in [1, 2] {
        let mut style = ParagraphStyle::new(20.0, Some(80.0));
        style.max_lines = Some(lines);
        let l = ts.layout(text, &style);
        assert!(l.lines().len() <= lines.max(1));
        let _ = l.range_rects(0..text.chars().count());
    }
}

#[test]
fn empty_text() {
    let mut ts = system();
    let l = lay(&mut ts, "", Some(100.0));
    assert_eq!(l.lines().len(), 1);
    assert!(
        l.height() > 0.0,
        "an empty paragraph still has a line's height"
    );
    assert_eq!(l.caret_at(pos2(50.0, 5.0)), 0);
    exercise(&mut ts, "");
}

#[test]
fn only_bidi_controls() {
    let mut ts = system();
    exercise(
        &mut ts,
        "\u{202b}\u{202a}\u{202e}\u{202d}\u{202c}\u{2066}\u{2067}\u{2068}\u{2069}\u{200e}\u{200f}\u{061c}",
    );
    exercise(&mut ts, &"\u{202b}".repeat(300));
    exercise(&mut ts, &"\u{2067}\u{202d}".repeat(200));
}

#[test]
fn combining_marks_without_a_base() {
    let mut ts = system();
    exercise(
        &mut ts,
        "\u{064e}\u{064f}\u{0650}\u{0651}\u{0652} \u{0301}\u{0301}x",
    );
}

#[test]
fn unassigned_private_and_odd_code_points() {
    let mut ts = system();
    exercise(
        &mut ts,
        "\u{0378}\u{e000}\u{10ffff}\u{fffe}\u{fffd}\u{0}\u{7}\u{1b}",
    );
}

#[test]
fn paragraph_separators_inside_a_paragraph() {
    let mut ts = system();
    let text = "سطر\nثان\r\nline\u{2029}ثالث\u{85}\u{1c}end\u{2028}";
    exercise(&mut ts, text);
    let l = lay(&mut ts, text, None);
    assert_eq!(l.lines().len(), 1, "separators are laid out as spaces");
}

#[test]
fn one_huge_paragraph() {
    let mut ts = system();
    let text = "كلمة عربية وword لاتينية 123 ".repeat(4000);
    let l = lay(&mut ts, &text, Some(700.0));
    assert!(l.lines().len() > 100);
    assert_eq!(
        l.lines().last().map(|l| l.chars.end),
        Some(text.chars().count())
    );
    // One word longer than the line is broken inside rather than overflowing.
    let long = "ا".repeat(5000);
    let l = lay(&mut ts, &long, Some(300.0));
    assert!(l.lines().len() > 1);
}

#[test]
fn silly_styles() {
    let mut ts = system();
    for (size, width, ppp) in [
        (0.0, Some(0.0), 0.0),
        (f32::NAN, Some(f32::INFINITY), f32::NAN),
        (1e9, Some(-5.0), 1e-9),
    ] {
        let style = ParagraphStyle {
            font_size: size,
            line_height: f32::NAN,
            bold: true,
            wrap_width: width,
            pixels_per_point: ppp,
            max_lines: None,
        };
        let l = ts.layout("نص text", &style);
        assert!(l.height().is_finite());
    }
}
