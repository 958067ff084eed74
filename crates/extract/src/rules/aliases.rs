//! Names an organisation goes by besides its own: a one-word name in guillemets after it
//! («هيئة الأشغال العامة «أشغال»»), and a name with its plus sign («أوبك+»).

use super::*;

/// «هيئة الأشغال العامة «أشغال»»: a short quoted name right after an organisation names
/// it too. The quoted name must be one of the organisation's own words or a rare word (not
/// «البرنامج»); a rare one is its alias, as an acronym in brackets is.
pub(super) fn quoted_aliases(ctx: &Ctx, out: &mut Vec<Cand>) {
    let mut extra = Vec::new();
    for (s, e) in org_spans(ctx, out) {
        // Guillemets only (a straight quote after a name may close its own quotation), and
        // one word: a longer quotation is a campaign's or a programme's name.
        let quoted = ctx.tok(e).is_some_and(|t| t.is_punct('«'))
            && ctx.tok(e + 2).is_some_and(|t| t.is_punct('»'));
        let word = ctx.tok(e + 1).is_some_and(|t| {
            t.kind == TokenKind::Word
                && t.norm.chars().count() >= 3
                && !lexicon::is_function_word(&t.norm)
        });
        if !(quoted && word) {
            continue;
        }
        let key = &ctx.tokens[e + 1].key;
        let own = ctx.tokens[s..e].iter().any(|t| t.key == *key);
        // A common word with no article is a company's name too: «شركة أبوظبي لطاقة
        // المستقبل «مصدر»» (while «البرنامج» is the programme).
        let name = !ctx.is_common(e + 1) || !ctx.tokens[e + 1].clitics.article;
        if own || name && ctx.crf[e + 1].is_none() {
            // An alias is found wherever its words are, names included: one of the
            // name's own words is a mention of its own instead, or it would cut the name
            // («هيئة [أشغال]» inside «هيئة الأشغال العامة»).
            extra.push(Cand {
                alias_of: (!own).then_some(s),
                ..Cand::new(e + 1, e + 2, Label::Org, PRIO_ORG)
            });
        }
    }
    out.extend(extra);
}

/// Heads before a name with its plus sign that stay out of it: «تحالف [أوبك+]».
const GROUP_HEADS: &[&str] = &["تحالف", "مجموعه"];

/// «أوبك+»: a name with a plus sign glued to it is another body than the name alone (the
/// OPEC+ group is not OPEC); the tagger's organisation takes the sign, and wins over an
/// acronym of the same words found elsewhere in the article.
pub(super) fn plus_names(ctx: &Ctx, out: &mut Vec<Cand>) {
    for (s, e) in org_spans(ctx, out) {
        let glued = ctx
            .tok(e)
            .is_some_and(|p| p.is_punct('+') && p.start == ctx.tokens[e - 1].end);
        // «تحالف أوبك+», «مجموعة أوبك+»: the head only says what the group is.
        let head = e - s >= 2 && ctx.stem_is(s, GROUP_HEADS) && !ctx.tokens[s].clitics.article;
        if glued {
            let s = if head { s + 1 } else { s };
            out.push(Cand::new(s, e + 1, Label::Org, PRIO_EVENT + 3));
        }
    }
}

/// The organisations proposed so far, by the rules in `out` and by the tagger.
fn org_spans(ctx: &Ctx, out: &[Cand]) -> Vec<(usize, usize)> {
    let mut orgs: Vec<(usize, usize)> = out
        .iter()
        .filter(|c| c.label == Some(Label::Org) && c.alias_of.is_none())
        .map(|c| (c.start, c.end))
        .collect();
    for s in 0..ctx.tokens.len() {
        let starts = s == 0 || ctx.crf_end[s - 1] != ctx.crf_end[s];
        if ctx.crf[s] == Some(Label::Org) && starts {
            orgs.push((s, ctx.crf_end[s]));
        }
    }
    orgs
}

#[cfg(test)]
mod tests {
    use crate::rules::pipeline_tests::mentions;

    #[test]
    fn a_group_head_before_a_name_with_its_plus_sign_stays_out() {
        for text in [
            "وقرر تحالف أوبك+ تمديد خفض الإنتاج حتى نهاية العام.",
            "وتجتمع مجموعة أوبك+ في فيينا الأسبوع المقبل.",
            "وأكد الوزير التزام بلاده بقرارات تحالف أوبك+ الأخيرة.",
        ] {
            let found = mentions(text);
            assert!(
                found.contains(&("ORG", "أوبك+".to_owned())),
                "{text}: {found:?}"
            );
            assert!(
                !found
                    .iter()
                    .any(|(_, t)| t.starts_with("تحالف") || t.starts_with("مجموعة")),
                "{text}: {found:?}"
            );
        }
    }
}
