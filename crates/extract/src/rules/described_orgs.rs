//! Companies and agencies the news introduces by what they are, the name alone being the
//! body: a company after a definite head and its nationality («الشركة الإيطالية [إيني]»,
//! «المجموعة الصينية [هواوي]»), and an agency by its one-word name («وكالة [الأناضول]»,
//! «وكالة [بلومبرغ]»), as «صحيفة [هآرتس]» (GUIDELINES.md, ORG: media).

use super::*;

/// Definite heads that say what kind of company the name after its nationality is.
const COMPANY_HEADS: &[&str] = &["شركه", "مجموعه", "عملاق"];

/// Companies and agencies named after their descriptor (news scheme).
pub(super) fn described_orgs(ctx: &Ctx, out: &mut Vec<Cand>) {
    for i in 0..ctx.tokens.len() {
        if let Some((s, e)) = company_of_nation(ctx, i).or_else(|| agency_name(ctx, i)) {
            out.push(Cand::new(s, e, Label::Org, PRIO_EVENT + 1));
        }
    }
}

/// True when token `k` goes on the same phrase: same line, no «و» or preposition glued.
fn free(ctx: &Ctx, k: usize) -> bool {
    ctx.tok(k)
        .is_some_and(|t| t.kind == TokenKind::Word && !t.line_start)
        && !ctx.has_preposition(k)
        && !ctx.has_conjunction(k)
}

/// «الشركة الإيطالية إيني», «العملاق الأمريكي أبل»: the name after a definite company head
/// and a nationality, where the tagger found one there (with the nationality or without):
/// its start and end.
fn company_of_nation(ctx: &Ctx, i: usize) -> Option<(usize, usize)> {
    let t = ctx.tok(i)?;
    let head = t.kind == TokenKind::Word && t.clitics.article && ctx.stem_is(i, COMPANY_HEADS);
    // The head first: it is rare, and the nationality is looked up in the country lists.
    if !head {
        return None;
    }
    let nation = free(ctx, i + 1)
        && ctx.tokens[i + 1].clitics.article
        && is_nationality(&ctx.tokens[i + 1], ctx.gaz);
    let j = i + 2;
    if !nation || !free(ctx, j) {
        return None;
    }
    let named = matches!(ctx.crf[j], Some(Label::Org | Label::Misc | Label::Person))
        && !ctx.tokens[j].clitics.article
        && !ctx.is_common(j);
    named.then(|| (j, ctx.crf_end[j].min(j + 3)))
}

/// «وكالة الأناضول», «وكالة بلومبرغ»: an agency by one word that is a name, nothing of its
/// name after it (not «وكالة الأنباء …», «وكالة الفضاء الأوروبية», «وكالة [الأمم المتحدة]
/// لـ…»): the name alone.
fn agency_name(ctx: &Ctx, i: usize) -> Option<(usize, usize)> {
    let t = ctx.tok(i)?;
    // «وكالة»: the base keeps the «و» the stem would take for a conjunction.
    if t.kind != TokenKind::Word || t.clitics.article || head_base(t) != "وكاله" {
        return None;
    }
    // «4700 وكالة»: counted agencies name none.
    let counted = i > 0 && ctx.tokens[i - 1].kind == TokenKind::Number;
    let j = i + 1;
    let name = !counted
        && free(ctx, j)
        && ctx.tokens[j].norm.chars().count() >= 3
        && !lexicon::is_function_word(&ctx.tokens[j].norm)
        && ctx.tokens[j].stem != "انباء"
        && !ctx.is_common(j)
        && !ctx.nisba(j)
        && ctx.trig(j).is_none()
        && ctx.country[j] == 0
        && matches!(ctx.crf[j], None | Some(Label::Org | Label::Location))
        && ctx.crf_end[j] <= j + 1;
    // Nothing after it that continues a name: a definite word, «لل» or a name, with no
    // «و» («وكالة أنباء أنتارا»), nor a dot of initials («وكالة بي. تي. إيه»).
    let goes_on = free(ctx, j + 1)
        && (ctx.tokens[j + 1].clitics.article
            || ctx.tokens[j + 1].norm.starts_with('ل')
            || ctx.crf[j + 1].is_some());
    let initials = ctx.tok(j + 1).is_some_and(|p| p.is_punct('.'));
    // «وكالة غوث وتشغيل اللاجئين»: a second remit joined by «و» (not another body's head,
    // «وكالة رويترز وقناة الجزيرة»).
    let joined = ctx.has_conjunction(j + 1)
        && ctx
            .tok(j + 1)
            .is_some_and(|x| !x.clitics.article && !x.line_start)
        && ctx.trig(j + 1).is_none();
    (name && !goes_on && !initials && !joined).then_some((j, j + 1))
}

#[cfg(test)]
mod tests {
    use crate::rules::pipeline_tests::mentions;

    #[test]
    fn a_company_after_its_head_and_nationality_is_the_name_alone() {
        for (text, name) in [
            (
                "ووقعت الشركة الفرنسية توتال اتفاقا مع الحكومة أمس.",
                "توتال",
            ),
            ("وأعلنت المجموعة الصينية هواوي عن هاتف جديد.", "هواوي"),
            ("ووقعت سوناطراك والشركة الإيطالية إيني عقدا جديدا.", "إيني"),
        ] {
            let found = mentions(text);
            assert!(
                found.contains(&("ORG", name.to_owned())),
                "{name} in {found:?}"
            );
        }
    }

    #[test]
    fn an_agency_by_its_one_name_is_the_name_alone() {
        for (text, name) in [
            (
                "ونقلت وكالة الأناضول عن مصادر تركية قولها إن الاجتماع انتهى.",
                "الأناضول",
            ),
            ("وذكرت وكالة بلومبرغ أن الصفقة تأجلت.", "بلومبرغ"),
            ("وقالت وكالة موديز إن آفاق الاقتصاد مستقرة.", "موديز"),
        ] {
            let found = mentions(text);
            assert!(
                found.contains(&("ORG", name.to_owned())),
                "{name} in {found:?}"
            );
        }
        let joined = mentions("وحذرت وكالة غوث وتشغيل اللاجئين من نقص التمويل.");
        assert!(!joined.contains(&("ORG", "غوث".to_owned())), "{joined:?}");
        let whole = mentions("وقالت وكالة الأنباء السعودية إن الملك استقبل الوفد.");
        assert!(
            whole.contains(&("ORG", "وكالة الأنباء السعودية".to_owned())),
            "{whole:?}"
        );
    }
}
