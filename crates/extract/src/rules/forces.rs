//! Armed forces named by what they do and their country, which the tagger reads as the
//! country alone: «قوة دفاع البحرين» (Bahrain's army), «لقوة دفاع البحرين»; and Sudan's
//! Rapid Support Forces by their short name in a story on Sudan («سيطرة [الدعم السريع]»,
//! «ميليشيا [الدعم السريع]»), which elsewhere is "rapid support" («تقديم الدعم السريع
//! للمتضررين»).

use super::*;

/// «قوة دفاع البحرين»: an indefinite «قوة» or «قوات», «دفاع» and a country or place: one
/// ORG, the place inside it (not a LOCATION of its own).
pub(super) fn defence_forces(ctx: &Ctx, out: &mut Vec<Cand>) {
    for i in 0..ctx.tokens.len() {
        let head = ctx.tok(i).is_some_and(|t| {
            t.kind == TokenKind::Word
                && !t.clitics.article
                && matches!(t.key.as_str(), "قوه" | "قوات")
        });
        let defence = ctx
            .tok(i + 1)
            .is_some_and(|t| t.kind == TokenKind::Word && !t.line_start && t.norm == "دفاع");
        if !(head && defence) {
            continue;
        }
        let p = i + 2;
        let place = ctx.place_at(p);
        let free = !ctx.has_preposition(p)
            && !ctx.has_conjunction(p)
            && ctx.tok(p).is_some_and(|t| !t.line_start);
        if place > 0 && free {
            out.push(Cand::new(i, p + place, Label::Org, PRIO_ORG));
        }
    }
}

/// What kind of intelligence service a qualifier after «المخابرات» says (folded norms).
const INTELLIGENCE_KINDS: &[&str] = &["العامه", "المركزيه", "الحربيه", "العسكريه", "الجويه"];

/// A country's intelligence service by its kind and nationality: «المخابرات العامة
/// المصرية», «المخابرات المركزية الأمريكية», «الاستخبارات العسكرية الإسرائيلية»,
/// «المخابرات المصرية»: one ORG. Not after an office or a head, which takes it («رئيس
/// المخابرات العامة المصرية» is one title), not the agencies of a country together («أجهزة
/// الاستخبارات الأمريكية», as ANERcorp leaves them), nor a kind with no country («ضابط
/// المخابرات العسكرية»), nor a nationality that does not agree («رجل المخابرات
/// الإسرائيلي»).
pub(super) fn intelligence(ctx: &Ctx, out: &mut Vec<Cand>) {
    for i in 0..ctx.tokens.len() {
        let Some(t) = ctx.tok(i).filter(|t| t.kind == TokenKind::Word) else {
            continue;
        };
        let service = t.clitics.article && matches!(t.key.as_str(), "مخابرات" | "استخبارات");
        let agencies = i > 0 && matches!(ctx.tokens[i - 1].key.as_str(), "اجهزه" | "جهازي");
        // «رئيس المخابرات العامة المصرية», «شعبة الاستخبارات العسكرية»: an office's title
        // or a body's head takes the service it governs or belongs to.
        let governed = i > 0
            && (matches!(ctx.trig(i - 1), Some(Trigger::Office | Trigger::OrgHead))
                || is_body_head(&ctx.tokens[i - 1].key)
                || matches!(ctx.tokens[i - 1].key.as_str(), "شعبه" | "دائره" | "جهاز"));
        if !service || agencies || governed {
            continue;
        }
        let word = |k: usize| {
            ctx.tok(k).filter(|w| {
                w.kind == TokenKind::Word
                    && !w.line_start
                    && !ctx.has_conjunction(k)
                    && !ctx.has_preposition(k)
            })
        };
        let mut j = i + 1;
        if word(j).is_some_and(|w| INTELLIGENCE_KINDS.contains(&w.norm.as_str())) {
            j += 1;
        }
        let national = word(j).is_some_and(|w| {
            w.clitics.article && w.norm.ends_with('ه') && is_nationality(w, ctx.gaz)
        });
        if national {
            out.push(Cand::new(i, j + 1, Label::Org, PRIO_ORG));
        }
    }
}

/// Words of a story on Sudan (keys).
const SUDAN: &[&str] = &[
    "سودان",
    "سوداني",
    "سودانيه",
    "خرطوم",
    "دارفور",
    "كردفان",
    "فاشر",
];

/// «الدعم السريع» without «قوات» in a story on Sudan: the RSF, an ORG (with «قوات» the
/// tagger and the other rules read the whole name).
pub(super) fn rapid_support(ctx: &Ctx, out: &mut Vec<Cand>) {
    let n = ctx.tokens.len();
    let short = |i: usize| {
        let (a, b) = (&ctx.tokens[i], &ctx.tokens[i + 1]);
        a.kind == TokenKind::Word
            && a.key == "دعم"
            && a.norm.ends_with("الدعم")
            && b.norm == "السريع"
            && !b.line_start
    };
    let found: Vec<usize> = (0..n.saturating_sub(1)).filter(|&i| short(i)).collect();
    let sudan = ctx
        .tokens
        .iter()
        .any(|t| t.kind == TokenKind::Word && SUDAN.contains(&t.key.as_str()));
    if found.is_empty() || !sudan {
        return;
    }
    for i in found {
        let forces = i > 0 && ctx.tokens[i - 1].key == "قوات";
        if !forces {
            out.push(Cand::new(i, i + 2, Label::Org, PRIO_ORG));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::pipeline_tests::orgs;

    #[test]
    fn the_rapid_support_forces_by_their_short_name_in_a_story_on_sudan() {
        let text = "وأعلن الجيش السوداني صد هجوم لقوات الدعم السريع، مؤكدا مقتل عشرات من عناصر الدعم السريع قرب الفاشر.";
        assert!(
            orgs(text).contains(&"الدعم السريع".to_owned()),
            "{:?}",
            orgs(text)
        );
        let text = "وتتواصل المعارك في دارفور بعد سيطرة الدعم السريع على المدينة.";
        assert!(
            orgs(text).contains(&"الدعم السريع".to_owned()),
            "{:?}",
            orgs(text)
        );
        // Rapid support elsewhere.
        let text = "وتعهدت الجمعية بتقديم الدعم السريع للأسر المتضررة من السيول.";
        assert!(!orgs(text).contains(&"الدعم السريع".to_owned()));
    }

    #[test]
    fn an_intelligence_service_by_its_country_is_one_body() {
        for (text, service) in [
            (
                "وأعلنت المخابرات العامة الأردنية إحباط مخطط لتهريب الأسلحة.",
                "المخابرات العامة الأردنية",
            ),
            (
                "وكشفت وثائق رفعت عنها المخابرات المركزية الأمريكية السرية تفاصيل العملية.",
                "المخابرات المركزية الأمريكية",
            ),
            (
                "وأفادت تقارير بأن الاستخبارات العسكرية الإسرائيلية رصدت التحركات.",
                "الاستخبارات العسكرية الإسرائيلية",
            ),
            (
                "ورعت المخابرات المصرية جولة جديدة من المحادثات.",
                "المخابرات المصرية",
            ),
        ] {
            let found = orgs(text);
            assert!(
                found.contains(&service.to_owned()),
                "{service} in {found:?}"
            );
        }
        for text in [
            "وتراجعت قدرات أجهزة الاستخبارات الأمريكية خلال العقد الماضي.",
            "وقال ضابط المخابرات العسكرية السابق إنه غادر البلاد.",
        ] {
            let found = orgs(text);
            assert!(
                !found
                    .iter()
                    .any(|o| o.contains("الاستخبارات") || o.contains("المخابرات")),
                "{found:?}"
            );
        }
    }

    #[test]
    fn a_defence_force_by_its_country_is_one_body() {
        for (text, force) in [
            (
                "وشاركت قوة دفاع البحرين في التمرين المشترك مع الدول الشقيقة.",
                "قوة دفاع البحرين",
            ),
            (
                "وأشاد القائد بجاهزية وحدات قوة دفاع البحرين خلال المناورات.",
                "قوة دفاع البحرين",
            ),
            (
                "وزار وفد من قوة دفاع البحرين معرض الدفاع الدولي في الدوحة.",
                "قوة دفاع البحرين",
            ),
        ] {
            let found = orgs(text);
            assert!(found.contains(&force.to_owned()), "{force} in {found:?}");
        }
        // A defence minister's office names no force.
        assert!(
            !orgs("والتقى وزير الدفاع البحريني نظيره الأمريكي.")
                .iter()
                .any(|o| o.starts_with("قوة"))
        );
    }
}
