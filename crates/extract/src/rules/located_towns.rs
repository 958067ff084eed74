//! Towns named by a common word, found by where the news places them (a child of
//! `localities`): «مدينة [الأبيض] بولاية شمال كردفان», «مدينة [القائم] غربي الأنبار», «قرية
//! [الحصن] في محافظة عجلون». After a town's head a definite word is its genitive, so a name;
//! the province or the direction and place after it say the name is a town's, not what the
//! town has («مدينة الملاهي» is a fun fair, and names no province after it).

use super::*;

/// Heads of a town (folded stems), not of a province: a province is named by a region.
const TOWN_HEADS: &[&str] = &["مدينه", "بلده", "قريه"];

/// Heads of the province that places a town (folded, without a glued «ب»).
const PROVINCE_HEADS: &[&str] = &[
    "ولايه",
    "محافظه",
    "اقليم",
    "قضاء",
    "مديريه",
    "عماله",
    "اماره",
    "منطقه",
    "ريف",
];

/// Directions a town is placed by, noun or adjective («شمال», «غربي»).
const DIRECTIONS: &[&str] = &[
    "شمال",
    "جنوب",
    "شرق",
    "غرب",
    "شمالي",
    "جنوبي",
    "شرقي",
    "غربي",
    "قرب",
    "وسط",
];

/// After the town head at `j - 1`, one definite word the lists call common, placed by what
/// follows it: its end.
pub(super) fn located_town(ctx: &Ctx, j: usize) -> Option<usize> {
    let head = ctx.tok(j.checked_sub(1)?)?;
    if !TOWN_HEADS.contains(&head.stem.as_str()) || head.clitics.article {
        return None;
    }
    let t = ctx.tok(j)?;
    let name = t.kind == TokenKind::Word
        && t.clitics.article
        && ctx.crf[j].is_none()
        && ctx.trig(j).is_none()
        && !ctx.nisba(j)
        && !ctx.has_preposition(j)
        && !ctx.has_conjunction(j);
    (name && placed_at(ctx, j + 1)).then_some(j + 1)
}

/// True when a town's place follows at `k`: «بولاية …», «في محافظة …», or a direction and a
/// known place («غربي الأنبار», «شمال حلب»).
fn placed_at(ctx: &Ctx, k: usize) -> bool {
    let Some(t) = ctx
        .tok(k)
        .filter(|t| t.kind == TokenKind::Word && !t.line_start)
    else {
        return false;
    };
    let province = |w: &str| PROVINCE_HEADS.contains(&w);
    let glued = t.norm.strip_prefix('ب').is_some_and(province);
    let after_in = t.norm == "في"
        && ctx
            .tok(k + 1)
            .is_some_and(|h| province(h.stem.as_str()) && !h.clitics.article);
    let direction = DIRECTIONS.contains(&t.norm.as_str())
        && ctx.place_at(k + 1) > 0
        && !ctx.has_preposition(k + 1);
    glued || after_in || direction
}

#[cfg(test)]
mod tests {
    use crate::rules::pipeline_tests::texts_of;

    #[test]
    fn a_town_named_by_a_common_word_is_found_by_its_province() {
        for (text, town) in [
            (
                "ووصلت قافلة المساعدات إلى مدينة الأبيض بولاية شمال كردفان مساء السبت.",
                "الأبيض",
            ),
            (
                "وأعلنت القوات السيطرة على مدينة القائم غربي الأنبار بعد معارك عنيفة.",
                "القائم",
            ),
            (
                "وسقطت قذيفة على بلدة الخيام في قضاء مرجعيون دون إصابات.",
                "الخيام",
            ),
        ] {
            let found = texts_of(text, "LOCATION");
            assert!(found.iter().any(|p| p == town), "{town} in {found:?}");
        }
    }

    #[test]
    fn what_a_city_has_is_no_town() {
        for text in [
            "وافتتحت الشركة مدينة الملاهي في دبي أمس.",
            "وتضم مدينة الجديدة بولاية تكساس مصانع كثيرة.",
            "وزار الوزير مدينة الإنتاج الإعلامي بالقاهرة.",
        ] {
            let found = texts_of(text, "LOCATION");
            assert!(
                !found
                    .iter()
                    .any(|p| ["الملاهي", "الإنتاج"].contains(&p.as_str())),
                "{found:?}"
            );
        }
    }
}
