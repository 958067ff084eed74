//! A state by its formal name with the article (a child of `localities`): «الجمهورية
//! الإسلامية الإيرانية», «الجمهورية التركية», «المملكة الأردنية الهاشمية», «الجمهورية
//! الجزائرية الديمقراطية الشعبية»: one LOCATION, as «جمهورية مصر العربية» is.

use super::*;

/// Definite heads of a state's formal name (folded stems).
const HEADS: &[&str] = &["جمهوريه", "مملكه", "سلطنه"];

/// A definite state head at `i`, the state adjectives and one nationality that agrees with
/// it: the end. Not without a nationality («الجمهورية الإسلامية» is a regime, «المملكة»
/// the news's own kingdom), nor a nationality that does not agree («الجمهورية العربي»).
pub(in crate::rules) fn state_name(ctx: &Ctx, i: usize) -> Option<usize> {
    let t = ctx.tok(i)?;
    if t.kind != TokenKind::Word || !t.clitics.article || !HEADS.contains(&t.stem.as_str()) {
        return None;
    }
    let word = |k: usize| {
        ctx.tok(k).filter(|w| {
            w.kind == TokenKind::Word
                && w.clitics.article
                && !w.line_start
                && w.norm.ends_with('ه')
                && !ctx.has_conjunction(k)
                && !ctx.has_preposition(k)
        })
    };
    let state = |k: usize| ctx.definite(k) && ctx.stem_in(k, STATE_ADJECTIVES);
    let mut k = i + 1;
    while k < i + 3 && word(k).is_some() && state(k) {
        k += 1;
    }
    let national = word(k).is_some_and(|w| is_nationality(w, ctx.gaz));
    if !national {
        return None;
    }
    k += 1;
    while k < i + 6 && word(k).is_some() && state(k) {
        k += 1;
    }
    Some(k)
}

#[cfg(test)]
mod tests {
    use crate::rules::pipeline_tests::texts_of;

    #[test]
    fn a_state_by_its_formal_name_is_one_place() {
        for (text, state) in [
            (
                "وأكدت الجمهورية الإسلامية الإيرانية التزامها بالاتفاق.",
                "الجمهورية الإسلامية الإيرانية",
            ),
            (
                "ووقعت الجمهورية التركية مذكرة تفاهم مع الجانب القطري.",
                "الجمهورية التركية",
            ),
            (
                "وشاركت الجمهورية الجزائرية الديمقراطية الشعبية في الاجتماع.",
                "الجمهورية الجزائرية الديمقراطية الشعبية",
            ),
            (
                "وتتمتع المملكة الأردنية الهاشمية بموقع فريد.",
                "المملكة الأردنية الهاشمية",
            ),
        ] {
            let found = texts_of(text, "LOCATION");
            assert!(found.iter().any(|p| p == state), "{state} in {found:?}");
        }
        for text in [
            "وقال إن الجمهورية الإسلامية لن تتراجع عن مواقفها.",
            "وأكد أن المملكة ماضية في خططها التنموية.",
        ] {
            let found = texts_of(text, "LOCATION");
            assert!(!found.iter().any(|p| p.starts_with("ال")), "{found:?}");
        }
    }
}
