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

/// A court or council that one adjective names in a country's news: «المحكمة
/// الدستورية», «المحكمة العليا», «المجلس الدستوري», «المجلس الرئاسي» (other ranked
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
}
