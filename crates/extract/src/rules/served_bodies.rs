//! The body an office serves, named in full after «ل»: «الأمين العام [لحلف شمال
//! الأطلسي]», «المدير العام [لمنظمة الصحة العالمية]», «المبعوث الخاص [للأمم المتحدة]».
//!
//! After an office the tagger often leaves such a name out: it reads the words as the
//! office's genitive. A name the world list holds as an organisation, of two words or
//! more, is an ORG there (GUIDELINES, TITLE: a body named in full after «لل» is an
//! organisation of its own). The list alone proposes nothing elsewhere: as candidates of
//! their own its names cost cross-validated F1 (see `complete_from_world_list`).

use super::*;

/// How many definite words (the office's adjectives: «العام», «التنفيذي», «الخاص») may
/// stand between the office and «ل».
const MAX_ADJECTIVES: usize = 2;

/// ORG candidates for world-listed bodies after an office and «ل».
pub(super) fn served_bodies(ctx: &Ctx, out: &mut Vec<Cand>) {
    for i in 1..ctx.tokens.len() {
        let t = &ctx.tokens[i];
        if t.kind != TokenKind::Word || !behind_li(t) {
            continue;
        }
        if !after_office(ctx, i) {
            continue;
        }
        let end = (i + crate::gazetteer::MAX_PHRASE).min(ctx.tokens.len());
        let Some((n, counts)) = ctx.world_name(i, end) else {
            continue;
        };
        let org = counts.best().is_some_and(|(ty, _)| ty == 2);
        let whole = ctx.tokens[i + 1..i + n].iter().all(|t| !t.line_start);
        if n >= 2 && org && whole {
            out.push(Cand::new(i, i + n, Label::Org, PRIO_ORG));
        }
    }
}

/// «لحلف», «لأوبك»: the word carries the preposition «ل», which the clitic analysis may
/// leave on a short word (its key drops it).
pub(super) fn behind_li(t: &Token) -> bool {
    t.norm.starts_with('ل') && !t.key.starts_with('ل')
}

/// Whether an office word stands right before `i`, or before its definite adjectives.
fn after_office(ctx: &Ctx, i: usize) -> bool {
    let mut k = i;
    for _ in 0..=MAX_ADJECTIVES {
        let Some(p) = k.checked_sub(1) else {
            return false;
        };
        if ctx.trig(p) == Some(Trigger::Office) {
            return true;
        }
        let adjective = ctx
            .tok(p)
            .is_some_and(|t| t.kind == TokenKind::Word && t.clitics.article);
        if !adjective {
            return false;
        }
        k = p;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::super::pipeline_tests::mentions;

    #[test]
    fn a_world_listed_body_after_an_office_and_its_preposition_is_an_org() {
        for (text, body) in [
            (
                "وقال الأمين العام لحلف شمال الأطلسي مارك روته إن الحلف موحد.",
                "حلف شمال الأطلسي",
            ),
            (
                "وحذر المدير العام لمنظمة الصحة العالمية من موجة جديدة.",
                "منظمة الصحة العالمية",
            ),
            (
                "والتقى الوزير نائب الأمين العام لجامعة الدول العربية في القاهرة.",
                "جامعة الدول العربية",
            ),
        ] {
            let found = mentions(text);
            assert!(
                found.iter().any(|(l, t)| *l == "ORG" && t == body),
                "{text}: {found:?}"
            );
        }
    }
}
