//! Bodies named by a definite head and a ranking adjective («المجلس الأعلى للقضاء»,
//! «اللجنة الوطنية لحقوق الإنسان», «المحكمة الإدارية العليا», «المجلس البلدي المركزي»),
//! and departments named by their remit («إدارة مكافحة الجرائم الاقتصادية
//! والإلكترونية», «إدارة الإعلام والعلاقات العامة»): complements of
//! [`super::bodies`]' heads. «إدارة» alone is too common a word to head a name ("the
//! administration", "management"); with one of [`REMITS`] after it, it is a department.

use super::*;

/// Adjectives that rank or place a body and are no nisba («العليا», «الأعلى»), or that
/// describe a road or department («السريعة»): taken after a body's head like a nisba.
const RANK_ADJECTIVES: &[&str] = &[
    "عليا",
    "اعلي",
    "دائمه",
    "دائم",
    "مستقله",
    "مستقل",
    "سريعه",
    "عام",
    "عامه",
];

/// True for a definite adjective of [`RANK_ADJECTIVES`] at `j`.
pub(super) fn rank_adjective(ctx: &Ctx, j: usize) -> bool {
    ctx.tok(j).is_some_and(|t| {
        t.kind == TokenKind::Word
            && t.clitics.article
            && !t.line_start
            && RANK_ADJECTIVES.contains(&t.stem.as_str())
    })
}

/// Whether an adjective (stem) agrees in gender with a body's head: «المجلس الأعلى»,
/// «اللجنة العليا», not «المجلس … القضية».
pub(super) fn agrees(head: &str, adjective: &str) -> bool {
    let feminine = |w: &str| w.ends_with('ه') || w == "عليا";
    feminine(head) == feminine(adjective)
}

/// The first adjective after a definite head that may name a body of its own («المجلس
/// \[الأعلى\]», «اللجنة \[الوطنية\]», «المحكمة \[الإدارية\]»): its end. The body still needs
/// more after it (`super::bodies::body_at`): «اللجنة الوطنية» alone is any national
/// committee.
pub(super) fn ranked(ctx: &Ctx, j: usize) -> Option<usize> {
    let head = ctx.tok(j.checked_sub(1)?)?;
    let t = ctx.tok(j)?;
    let adjective = (ctx.adjective(j) || rank_adjective(ctx, j)) && agrees(&head.stem, &t.stem);
    (head.clitics.article && t.clitics.article && adjective).then_some(j + 1)
}

/// A court, council or assembly that one adjective names in a country's news: «المحكمة
/// الدستورية», «المحكمة العليا», «المجلس الدستوري», «المجلس الرئاسي», «الجمعية الوطنية» (other ranked
/// bodies need more: «اللجنة الوطنية» alone is any committee, and ANERcorp leaves «المجلس
/// التشريعي» untagged).
pub(super) fn named_court(ctx: &Ctx, i: usize, e: usize) -> bool {
    let named = |one: &[&str]| {
        ctx.tok(i + 1)
            .is_some_and(|t| one.contains(&t.stem.as_str()))
    };
    e == i + 2
        && match ctx.tokens[i].stem.as_str() {
            "محكمه" => named(&["دستوريه", "عليا"]),
            "مجلس" => named(&["دستوري", "رئاسي", "بلدي"]),
            // A parliament: «الجمعية الوطنية» (Mauritania, France, Kuwait's of old).
            "جمعيه" => named(&["وطنيه"]),
            _ => false,
        }
}

/// «المحكمة الابتدائية بتونس», «المحكمة الإدارية بالرباط»: a court named by one
/// adjective and the city it sits in, after «ب»: the end with the city.
pub(super) fn court_in_city(ctx: &Ctx, i: usize, e: usize) -> Option<usize> {
    let court = ctx.tokens[i].stem == "محكمه" && e == i + 2;
    let t = ctx
        .tok(e)
        .filter(|t| !t.line_start && t.norm.starts_with('ب'))?;
    let city = ctx.crf[e] == Some(Label::Location) || ctx.country[e] > 0;
    let n = ctx.place_at(e).max(usize::from(city));
    (court && n > 0 && t.kind == TokenKind::Word).then_some(e + n)
}

/// What a department does, after «إدارة» (stems, definite): «إدارة المرور», «إدارة
/// الجوازات», «إدارة الإعلام», «إدارة الطرق السريعة», «إدارة البحث الجنائي».
const REMITS: &[&str] = &[
    "مرور",
    // The Levant's «إدارة السير» is the traffic department.
    "سير",
    "جوازات",
    "جمارك",
    "انتخابات",
    "اعلام",
    "علاقات",
    "طرق",
    "بحث",
    "تحقيقات",
    "مباحث",
    "دفاع",
    "امن",
    "هجره",
    "اتصال",
    "مخابرات",
    "استخبارات",
];

/// Indefinite remits in construct with what they act on: «مكافحة الجرائم», «مكافحة
/// المخدرات», «حماية المستهلك», «شؤون الإقامة», «دعم الاستقرار» (a support service).
const CONSTRUCT_REMITS: &[&str] = &["مكافحه", "حمايه", "شؤون", "تنظيم", "دعم"];

/// A department's remit at `j` after «إدارة», with a second remit joined by «و»
/// («الإعلام والعلاقات العامة»): its end.
pub(super) fn remit(ctx: &Ctx, j: usize) -> Option<usize> {
    if ctx.tokens[j.checked_sub(1)?].stem == "لجنه" {
        return committee(ctx, j);
    }
    let t = ctx.tok(j)?;
    // Not a name the tagger found: «إدارة شؤون [الجزيرة]» names no department of ours.
    let genitive = |k: usize| {
        ctx.tok(k)
            .is_some_and(|g| g.clitics.article && !g.line_start && g.kind == TokenKind::Word)
            && !ctx.has_conjunction(k)
            && !ctx.has_preposition(k)
            && ctx.crf[k].is_none()
    };
    let e = if !t.clitics.article && CONSTRUCT_REMITS.contains(&t.stem.as_str()) && genitive(j + 1)
    {
        j + 2
    } else if t.clitics.article && REMITS.contains(&t.stem.as_str()) {
        j + 1
    } else {
        return None;
    };
    let joined = ctx.has_conjunction(e)
        && !ctx.has_preposition(e)
        && ctx.tok(e).is_some_and(|x| {
            x.clitics.article
                && (REMITS.contains(&x.stem.as_str())
                    || super::orgs::PORTFOLIOS.contains(&x.stem.as_str()))
        });
    Some(e + usize::from(joined))
}

/// What a parliamentary committee deals with besides the ministries' portfolios
/// (`super::orgs::PORTFOLIOS`) and the departments' remits (stems): «لجنة المال
/// والموازنة», «لجنة الإدارة والعدل».
const COMMITTEE_REMITS: &[&str] = &["مال", "موازنه", "اداره", "تربيه", "حريات", "حقوق"];

/// A definite remit word at `k`, free of a preposition and of the tagger's names.
fn committee_remit(ctx: &Ctx, k: usize) -> bool {
    ctx.tok(k).is_some_and(|t| {
        let s = t.stem.as_str();
        t.kind == TokenKind::Word
            && t.clitics.article
            && !t.line_start
            && (super::orgs::PORTFOLIOS.contains(&s)
                || REMITS.contains(&s)
                || COMMITTEE_REMITS.contains(&s))
    }) && !ctx.has_preposition(k)
        && ctx.crf[k].is_none()
}

/// A committee named by what it deals with, after an indefinite «لجنة» at `j - 1`: two
/// remits joined by «و» («لجنة الإدارة والعدل», «لجنة المال والموازنة», «لجنة الدفاع
/// والأمن والإعلام»), or a remit and its adjective («لجنة الشؤون الاقتصادية», «لجنة
/// الصحة العامة»). One word alone is any committee's work («لجنة المال» may be a
/// fund's): the end.
fn committee(ctx: &Ctx, j: usize) -> Option<usize> {
    let definite_head = ctx.tokens[j - 1].clitics.article;
    if definite_head || ctx.has_conjunction(j) || !committee_remit(ctx, j) {
        return None;
    }
    let joined = |k: usize| ctx.has_conjunction(k) && committee_remit(ctx, k);
    if joined(j + 1) {
        return Some(j + 2 + usize::from(joined(j + 2)));
    }
    let adjective = ctx.nisba(j + 1)
        && !ctx.has_conjunction(j + 1)
        && !ctx.has_preposition(j + 1)
        && ctx
            .tok(j + 1)
            .is_some_and(|a| a.clitics.article && !a.line_start);
    adjective.then_some(j + 2)
}

#[cfg(test)]
mod tests {
    use crate::rules::pipeline_tests::mentions;

    #[test]
    fn a_support_service_is_named_by_what_it_supports() {
        for (text, body) in [
            (
                "وقال جهاز دعم التوظيف إن الطلبات ارتفعت.",
                "جهاز دعم التوظيف",
            ),
            (
                "وأعلنت إدارة دعم القرار في الوزارة نتائج الدراسة.",
                "إدارة دعم القرار",
            ),
        ] {
            let found = mentions(text);
            assert!(
                found.contains(&("ORG", body.to_owned())),
                "{body} in {found:?}"
            );
        }
        let found = mentions("وقدم الصندوق دعم الاستقرار المالي للبلاد.");
        assert!(found.iter().all(|(ty, _)| *ty != "ORG"), "{found:?}");
    }

    #[test]
    fn the_levant_s_traffic_department_is_a_body() {
        for (text, body) in [
            (
                "وأغلقت إدارة السير المركزية الطريق أمام المركبات.",
                "إدارة السير المركزية",
            ),
            (
                "ودعت إدارة السير السائقين إلى الالتزام بالسرعة المحددة.",
                "إدارة السير",
            ),
            (
                "وقال الناطق باسم إدارة السير إن الحوادث تراجعت.",
                "إدارة السير",
            ),
        ] {
            let found = mentions(text);
            assert!(
                found.contains(&("ORG", body.to_owned())),
                "{body} in {found:?}"
            );
        }
    }

    #[test]
    fn a_committee_is_named_by_two_remits_or_a_remit_and_its_adjective() {
        for (text, body) in [
            (
                "وناقشت لجنة الدفاع والأمن في البرلمان ميزانية الجيش.",
                "لجنة الدفاع والأمن",
            ),
            (
                "أحال المكتب المشروع إلى لجنة الشؤون القانونية لدراسته.",
                "لجنة الشؤون القانونية",
            ),
            (
                "واستمعت لجنة التربية والتعليم إلى الوزيرة أمس.",
                "لجنة التربية والتعليم",
            ),
        ] {
            let found = mentions(text);
            assert!(
                found.contains(&("ORG", body.to_owned())),
                "{body} in {found:?}"
            );
        }
        // One remit alone is any committee's work.
        for text in [
            "وقررت الإدارة تشكيل لجنة التعليم في المدرسة.",
            "وشكلت البلدية لجنة الإسكان أمس.",
        ] {
            let found = mentions(text);
            assert!(found.iter().all(|(ty, _)| *ty != "ORG"), "{found:?}");
        }
    }

    #[test]
    fn a_government_by_its_nation_is_a_body() {
        for (text, body) in [
            (
                "وقالت الحكومة العراقية إنها ستعيد النظر في الاتفاق.",
                "الحكومة العراقية",
            ),
            (
                "ودعت الحكومة البريطانية رعاياها إلى المغادرة فورا.",
                "الحكومة البريطانية",
            ),
            (
                "وطالب المتظاهرون الحكومة التركية بالتراجع عن القرار.",
                "الحكومة التركية",
            ),
        ] {
            let found = mentions(text);
            assert!(
                found.contains(&("ORG", body.to_owned())),
                "{body} in {found:?}"
            );
        }
        // The government its head heads stays in his title.
        let found = mentions("وأعلن رئيس الحكومة اللبنانية نواف سلام استقالته.");
        assert!(found.iter().all(|(ty, _)| *ty != "ORG"), "{found:?}");
    }

    #[test]
    fn the_national_assembly_is_a_parliament() {
        for text in [
            "وصادقت الجمعية الوطنية على مشروع القانون بالأغلبية.",
            "ودعا النواب في الجمعية الوطنية إلى جلسة طارئة.",
            "وأحالت الحكومة النص إلى الجمعية الوطنية الأسبوع الماضي.",
        ] {
            let found = mentions(text);
            assert!(
                found.contains(&("ORG", "الجمعية الوطنية".to_owned())),
                "{text}: {found:?}"
            );
        }
        let found = mentions("وأصدرت الجمعية الوطنية لحقوق الإنسان تقريرها السنوي.");
        assert!(
            found.contains(&("ORG", "الجمعية الوطنية لحقوق الإنسان".to_owned())),
            "{found:?}"
        );
    }
}
