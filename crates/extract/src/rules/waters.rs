//! Seas, gulfs, straits and deltas named by a place (a child of `localities`): «مضيق هرمز»,
//! «بحر عمان», «خليج عدن», «دلتا النيل». The water is another place than the one it is
//! named by (the Sea of Oman is not Oman), so the head belongs to it, unlike a town after
//! its head («مدينة [الفاشر]»).

use super::*;

/// Heads of a water or delta named by the place after them (folded stems).
const HEADS: &[&str] = &["مضيق", "بحر", "خليج", "دلتا"];

/// An indefinite water head at `i` and the place right after it: the end. «في بحر
/// الأسبوع» ("within the week") names no place after the head.
pub(super) fn water(ctx: &Ctx, i: usize) -> Option<usize> {
    let t = ctx.tok(i)?;
    if t.kind != TokenKind::Word || t.clitics.article || !HEADS.contains(&t.stem.as_str()) {
        return None;
    }
    // «بحر الصين الجنوبي»: where the tagger took the head in with a name, its reading
    // stands (the head alone, «[دلتا] [النيل]», is no place).
    if ctx.crf[i] == Some(Label::Location) && ctx.crf_end[i] > i + 1 {
        return None;
    }
    let j = i + 1;
    let free = ctx
        .tok(j)
        .is_some_and(|n| n.kind == TokenKind::Word && !n.line_start)
        && !ctx.has_preposition(j)
        && !ctx.has_conjunction(j);
    // The tagger's one place, not two it found side by side.
    let n = match ctx.crf[j] {
        Some(Label::Location) => ctx.crf_end[j] - j,
        _ => ctx.place_at(j),
    };
    (free && n > 0).then_some(j + n)
}

#[cfg(test)]
mod tests {
    use crate::rules::pipeline_tests::texts_of;

    #[test]
    fn a_water_named_by_a_place_takes_its_head() {
        for (text, water) in [
            (
                "وبحث الجانبان أمن الملاحة في مضيق هرمز والتطورات الإقليمية.",
                "مضيق هرمز",
            ),
            (
                "ونفذت القطع البحرية دوريات في بحر عمان وخليج عدن.",
                "بحر عمان",
            ),
            (
                "ونفذت القطع البحرية دوريات في بحر عمان وخليج عدن.",
                "خليج عدن",
            ),
            (
                "وتعاني الأراضي الزراعية في دلتا النيل من ملوحة التربة.",
                "دلتا النيل",
            ),
        ] {
            let found = texts_of(text, "LOCATION");
            assert!(found.iter().any(|p| p == water), "{water} in {found:?}");
        }
        let found = texts_of("وسيصدر القرار في بحر الأسبوع المقبل.", "LOCATION");
        assert!(found.is_empty(), "{found:?}");
    }
}
