//! State audit and civil-service bodies named «ديوان» with their remit: «ديوان المحاسبة»,
//! «ديوان الخدمة المدنية», «ديوان المظالم», «ديوان الرقابة المالية والإدارية», «ديوان
//! التشريع والرأي», «ديوان الموظفين العام»; government departments named «دائرة» with
//! theirs: «دائرة الإحصاءات العامة», «دائرة الثقافة والسياحة», «دائرة الأراضي والأملاك»,
//! «دائرة المخابرات العامة» (ORG, GUIDELINES.md thirteenth session). «ديوان» is also a
//! poet's collection («ديوان المتنبي») and «دائرة» a circle («دائرة الضوء», «دائرة العنف»):
//! only a remit of [`REMITS`] or [`DEPARTMENTS`] names a body; the royal and emiri courts
//! are `bodies.rs`'s.

use super::*;

/// What a «ديوان» body does (folded stems, definite).
const REMITS: &[&str] = &[
    "محاسبه",
    "خدمه",
    "مظالم",
    "رقابه",
    "مراقبه",
    "تشريع",
    "موظفين",
    "تفتيش",
    "وقف",
    "اوقاف",
];

/// What a government «دائرة» does (folded stems, definite).
const DEPARTMENTS: &[&str] = &[
    "احصاءات",
    "ثقافه",
    "سياحه",
    "اراضي",
    "تنميه",
    "بلديات",
    "صحه",
    "تعليم",
    "قضاء",
    "مخابرات",
    "جمارك",
    "ماليه",
    "اقتصاد",
    "جوازات",
    "احوال",
    "مساحه",
    "اسكان",
    "تخطيط",
    "ضريبه",
    "موارد",
];

/// «ديوان» bodies (news scheme): the head, its remit, the remit's adjectives and a second
/// remit joined by «و» («الرقابة المالية والإدارية», «التشريع والرأي»), «العام» after them.
pub(super) fn diwans(ctx: &Ctx, out: &mut Vec<Cand>) {
    for i in 0..ctx.tokens.len() {
        let t = &ctx.tokens[i];
        let remits = match t.key.as_str() {
            "ديوان" => REMITS,
            "دائره" => DEPARTMENTS,
            _ => continue,
        };
        let head = t.kind == TokenKind::Word && !t.clitics.article;
        let remit = ctx.tok(i + 1).is_some_and(|r| {
            r.clitics.article
                && r.clitics.strippable == 0
                && !r.line_start
                && remits.contains(&r.stem.as_str())
        });
        if !(head && remit) {
            continue;
        }
        let mut e = i + 2;
        let more = |k: usize| {
            ctx.tok(k).is_some_and(|w| {
                w.kind == TokenKind::Word
                    && w.clitics.article
                    && !w.line_start
                    && !ctx.has_preposition(k)
                    && (ctx.nisba(k)
                        || ctx.has_conjunction(k)
                        || matches!(w.stem.as_str(), "عام" | "عامه"))
            })
        };
        while e < i + 5 && more(e) {
            e += 1;
        }
        out.push(Cand::new(i, e, Label::Org, PRIO_ORG));
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::pipeline_tests::{mentions, orgs};

    #[test]
    fn a_diwan_with_its_remit_is_a_body() {
        for (text, body) in [
            (
                "وكشف تقرير ديوان المحاسبة عن مخالفات في العقود.",
                "ديوان المحاسبة",
            ),
            (
                "وأعلن ديوان الخدمة المدنية أسماء المقبولين في الوظائف.",
                "ديوان الخدمة المدنية",
            ),
            (
                "ورفع المواطن دعواه أمام ديوان المظالم في الرياض.",
                "ديوان المظالم",
            ),
            (
                "وأصدر ديوان الرقابة المالية والإدارية تقريره السنوي.",
                "ديوان الرقابة المالية والإدارية",
            ),
        ] {
            assert!(
                orgs(text).contains(&body.to_owned()),
                "{body}: {:?}",
                mentions(text)
            );
        }
    }

    #[test]
    fn a_department_with_its_remit_is_a_body() {
        for (text, body) in [
            (
                "وأعلنت دائرة الإحصاءات العامة ارتفاع معدل التضخم.",
                "دائرة الإحصاءات العامة",
            ),
            (
                "ونظمت دائرة الثقافة والسياحة مهرجانا في الشارقة.",
                "دائرة الثقافة والسياحة",
            ),
            (
                "وأصدرت دائرة الأراضي والأملاك تقريرها الشهري.",
                "دائرة الأراضي والأملاك",
            ),
        ] {
            assert!(
                orgs(text).contains(&body.to_owned()),
                "{body}: {:?}",
                mentions(text)
            );
        }
        let found = orgs("ودخل المسؤول دائرة الضوء بعد دائرة العنف المفرغة.");
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_poets_diwan_is_no_body() {
        for text in [
            "وقرأ الطالب قصائد من ديوان المتنبي.",
            "وصدر ديوان الشعر الجديد للشاعر.",
        ] {
            let found = orgs(text);
            assert!(found.iter().all(|o| !o.contains("ديوان")), "{found:?}");
        }
    }
}
