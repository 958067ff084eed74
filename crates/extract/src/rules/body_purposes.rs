//! What a body is for after its name: a remit after «لل» or a construct «ل» (`purpose_at`:
//! «هيئة قطر للأسواق المالية», «مجلس التعاون لدول الخليج العربية») and a federation's sport
//! («الاتحاد القطري لكرة القدم», `sport_at`).

use super::*;

/// Verbal nouns that after «ل» begin what a body is doing, not what it is named for: «جامعة
/// قطر | لتعزيز التعاون», «الهيئة الوطنية | لتقديم المساعدات», «شركة … | لتوفير الوقود».
/// Names' own remits of this form stay («لتحرير», «لتطوير», «لتنظيم»). Folded forms.
const PURPOSE_CLAUSES: &[&str] = &[
    "تقديم",
    "توفير",
    "تحقيق",
    "تسهيل",
    "تشكيل",
    "تاسيس",
    "تنفيذ",
    "تلبيه",
    "تسليم",
    "توقيع",
    "تعزيز",
    "تفضيل",
    "تبادل",
    "تقييم",
    "توسيع",
];

/// What a body is for at `j`: a word with «لل» and up to two words joined to it by «و»
/// («للكهرباء والماء», «للتربية والعلوم»): the end.
pub(super) fn purpose_at(ctx: &Ctx, j: usize) -> Option<usize> {
    let t = ctx.tok(j)?;
    // A tagged name starting here is another entity; one running on from before is ours.
    let own_name = |k: usize| ctx.crf[k].is_none() || k > 0 && ctx.crf_end[k - 1] == ctx.crf_end[k];
    if t.line_start || !own_name(j) {
        return None;
    }
    // «لإدارة الموانئ», «لدول الخليج»: «ل» with a noun in construct and its genitive; not
    // a purpose clause after a whole name («مستشفى صحة الافتراضي | لتقديم الاستشارات»).
    let construct = t.norm.starts_with('ل')
        && !t.norm.starts_with("لل")
        && !t
            .norm
            .strip_prefix('ل')
            .is_some_and(|n| PURPOSE_CLAUSES.contains(&n))
        && !lexicon::is_function_word(&t.norm)
        && t.norm.chars().count() >= 4
        && !t.clitics.article
        && ctx
            .tok(j + 1)
            .is_some_and(|g| g.kind == TokenKind::Word && g.clitics.article && !g.line_start)
        && !ctx.has_conjunction(j + 1)
        && !ctx.has_preposition(j + 1)
        && matches!(ctx.crf[j + 1], None | Some(Label::Location));
    if construct {
        return Some(j + 2);
    }
    if !t.norm.starts_with("لل") {
        return None;
    }
    // «للأعمال الخيرية», «للخدمات المالية»: a common remit with its adjective.
    let described = ctx
        .tok(j + 1)
        .is_some_and(|a| a.clitics.article && !a.line_start)
        && ctx.adjective(j + 1)
        && !ctx.has_conjunction(j + 1)
        && !is_nationality(&ctx.tokens[j + 1], ctx.gaz);
    // «للنقل واللوجستيك»: a common remit joined to another.
    let joined = ctx.has_conjunction(j + 1)
        && ctx
            .tok(j + 1)
            .is_some_and(|x| x.clitics.article && !x.line_start)
        && !ctx.nisba(j + 1);
    if ctx.is_common(j) && !joined {
        return described.then_some(j + 2);
    }
    let mut e = j + 1;
    while e < j + 3
        && ctx.has_conjunction(e)
        && ctx.tokens[e].clitics.article
        && !ctx.has_preposition(e)
        && !ctx.nisba(e)
        && !ctx.tokens[e].line_start
        && ctx.trig(e).is_none()
        && own_name(e)
    {
        e += 1;
    }
    // Only a remit that needs an object: «للكهرباء والغاز | عن انقطاع التيار».
    let defends = t.norm == "للدفاع";
    Some(if defends { defended(ctx, e) } else { e })
}

/// «للدفاع عن حقوق الإنسان»: what defending is about, after «عن»: an
/// indefinite noun and its definite genitive, or one definite noun: the end.
fn defended(ctx: &Ctx, e: usize) -> usize {
    let word = |k: usize, definite: bool| {
        ctx.tok(k).is_some_and(|t| {
            t.kind == TokenKind::Word && !t.line_start && t.clitics.article == definite
        }) && !ctx.has_conjunction(k)
            && !ctx.has_preposition(k)
            && ctx.crf[k].is_none()
    };
    if !ctx.tok(e).is_some_and(|t| t.norm == "عن" && !t.line_start) {
        return e;
    }
    if word(e + 1, false) && word(e + 2, true) {
        e + 3
    } else if word(e + 1, true) && !ctx.nisba(e + 1) {
        e + 2
    } else {
        e
    }
}

/// A sport after a federation or team: «لكرة القدم», «لألعاب القوى»: the end.
pub(super) fn sport_at(ctx: &Ctx, j: usize) -> Option<usize> {
    let t = ctx.tok(j)?;
    let definite = ctx.tok(j + 1).is_some_and(|t| t.clitics.article);
    (matches!(t.norm.as_str(), "لكره" | "لالعاب") && definite).then_some(j + 2)
}

#[cfg(test)]
mod tests {
    use crate::rules::pipeline_tests::texts_of;

    #[test]
    fn a_purpose_clause_after_a_whole_name_is_none_of_it() {
        for (text, org) in [
            (
                "وربطت الوزارة المراكز الصحية بمستشفى سلامة الافتراضي لتقديم الاستشارات عن بعد.",
                "مستشفى سلامة الافتراضي",
            ),
            (
                "ووقعت البلدية اتفاقية مع هيئة الإسكان الوطنية لتوفير المساكن للأسر المتضررة.",
                "هيئة الإسكان الوطنية",
            ),
            (
                "وتعاونت الشركة مع جامعة الكويت لتعزيز البحث العلمي في مجال الطاقة.",
                "جامعة الكويت",
            ),
        ] {
            let found = texts_of(text, "ORG");
            assert!(found.iter().any(|o| o == org), "{org} in {found:?}");
        }
        // A name's own remit of the same form stays.
        let text = "وقال مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية إن القوافل وصلت.";
        let found = texts_of(text, "ORG");
        assert!(
            found.contains(&"مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية".to_owned()),
            "{found:?}"
        );
    }
}
