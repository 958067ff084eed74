//! Parliamentary blocs, as the Levant's, Iraq's and Kuwait's papers name them: «كتلة
//! التنمية والتحرير», «كتلة الوفاء للمقاومة», «تكتل لبنان القوي», «كتلة اللقاء
//! الديمقراطي», «كتلة المستقبل». A bloc is a named group of members of parliament; «كتلة»
//! and «تكتل» are part of its name, as «حزب» is. Elsewhere «كتلة» is a mass («كتلة
//! الجسم», «كتلة الأجور», «الكتلة الحرجة») and «تكتل» an economic group, so a bloc needs
//! parliament nearby: members, seats, the chamber or its consultations.

use super::*;

/// The heads of a bloc (stems, no article): «كتلة», «تكتل».
const HEADS: &[&str] = &["كتله", "تكتل"];

/// Words of parliament (stems) one of which stands near a bloc: «النائب», «نواب»,
/// «النيابية», «البرلمان», «مقاعد», «الانتخابات», «الاستشارات», «الكتل».
const PARLIAMENT: &[&str] = &[
    "نائب",
    "نواب",
    "نيابي",
    "نيابيه",
    "برلمان",
    "برلماني",
    "برلمانيه",
    "مقاعد",
    "مقعدا",
    "انتخابات",
    "استشارات",
    "كتل",
];

/// How far (tokens) from the head a word of parliament is looked for.
const REACH: usize = 40;

/// Most words of a bloc's name after its head.
const MOST: usize = 4;

/// Parliamentary blocs: see the module documentation.
pub(super) fn blocs(ctx: &Ctx, out: &mut Vec<Cand>) {
    for i in 0..ctx.tokens.len() {
        let head = ctx.tok(i).is_some_and(|t| {
            t.kind == TokenKind::Word && !t.clitics.article && HEADS.contains(&t.stem.as_str())
        });
        if !head || !near_parliament(ctx, i) {
            continue;
        }
        if let Some(e) = name_end(ctx, i + 1) {
            out.push(Cand::new(i, e, Label::Org, PRIO_ORG));
        }
    }
}

/// A word of [`PARLIAMENT`] within [`REACH`] tokens of `i`.
fn near_parliament(ctx: &Ctx, i: usize) -> bool {
    let lo = i.saturating_sub(REACH);
    let hi = ctx.tokens.len().min(i + REACH);
    (lo..hi).any(|k| k != i && parliament_word(&ctx.tokens[k].stem))
}

/// A word of [`PARLIAMENT`], the members perhaps with a pronoun after them («نوابها»; not
/// «كتلة» itself, «كتل» + «ه»).
fn parliament_word(stem: &str) -> bool {
    PARLIAMENT.contains(&stem)
        || stem
            .strip_prefix("نواب")
            .is_some_and(|rest| matches!(rest, "ه" | "ها" | "هم"))
}

/// A free word at `k` on the head's line: no preposition glued to it.
fn free(ctx: &Ctx, k: usize) -> bool {
    ctx.tok(k)
        .is_some_and(|t| t.kind == TokenKind::Word && !t.line_start)
        && !ctx.has_preposition(k)
}

/// The name after the head, from `j`: a definite word, a place or the tagger's name
/// («التنمية», «لبنان», «المستقبل»), then a second word joined by «و» («والتحرير»), its
/// adjectives («الديمقراطي», «القوي») and what it is for («للمقاومة»): its end.
fn name_end(ctx: &Ctx, j: usize) -> Option<usize> {
    if !free(ctx, j) || ctx.has_conjunction(j) {
        return None;
    }
    let t = &ctx.tokens[j];
    let place = ctx.place_at(j);
    let tagged = matches!(ctx.crf[j], Some(Label::Org | Label::Person));
    let mut e = if place > 0 && !t.clitics.article {
        j + place
    } else if tagged && ctx.crf_end[j] > j {
        ctx.crf_end[j].min(j + MOST)
    } else if t.clitics.article
        && !lexicon::is_function_word(&t.norm)
        // «تكتل الجمهورية القوية»: a head word names a bloc with its adjective.
        && (ctx.trig(j).is_none() || ctx.adjective(j + 1))
    {
        j + 1
    } else {
        return None;
    };
    // «والتحرير», «والتنمية»: a second definite word joined by «و», no head of a body.
    if e == j + 1
        && free(ctx, e)
        && ctx.has_conjunction(e)
        && ctx.tokens[e].clitics.article
        && ctx.trig(e).is_none()
    {
        e += 1;
    }
    let adjective = |k: usize| {
        ctx.adjective(k)
            || ctx.tokens[k].clitics.article
                && matches!(ctx.tokens[k].stem.as_str(), "موحد" | "حر" | "حره" | "جديد")
    };
    while e < j + MOST && free(ctx, e) && !ctx.has_conjunction(e) && adjective(e) {
        e += 1;
    }
    // «للمقاومة»: what the bloc stands for.
    let remit = ctx
        .tok(e)
        .is_some_and(|r| r.kind == TokenKind::Word && !r.line_start && r.norm.starts_with("لل"))
        && ctx.crf[e].is_none();
    Some(if remit { e + 1 } else { e })
}

#[cfg(test)]
mod tests {
    use crate::rules::pipeline_tests::orgs;

    #[test]
    fn a_parliamentary_bloc_keeps_its_head() {
        for (text, name) in [
            (
                "وأعلنت كتلة الإصلاح والتنمية أن نوابها سيصوتون ضد الموازنة.",
                "كتلة الإصلاح والتنمية",
            ),
            (
                "وقال النائب إن تكتل بغداد الموحد سيقاطع جلسة البرلمان.",
                "تكتل بغداد الموحد",
            ),
            (
                "وحصلت كتلة العدالة للتغيير على 12 مقعدا في المجلس.",
                "كتلة العدالة للتغيير",
            ),
            (
                "والتقى الرئيس المكلف كتلة الاعتدال الوطني ضمن الاستشارات النيابية.",
                "كتلة الاعتدال الوطني",
            ),
        ] {
            let found = orgs(text);
            assert!(found.contains(&name.to_owned()), "{text}: {found:?}");
        }
    }

    #[test]
    fn a_mass_or_an_economic_group_is_no_bloc() {
        for text in [
            "وارتفعت كتلة الأجور في القطاع العام بنسبة 5 في المئة.",
            "ويقيس مؤشر كتلة الجسم نسبة الوزن إلى الطول.",
            "وتسعى الدول إلى بناء تكتل اقتصادي قوي في المنطقة.",
        ] {
            let found = orgs(text);
            assert!(
                found.iter().all(|o| !o.contains("كتل")),
                "{text}: {found:?}"
            );
        }
    }
}
