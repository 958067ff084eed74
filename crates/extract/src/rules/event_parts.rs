//! The parts an event's name is read from, for `events.rs`: a named genitive and its
//! adjective, a remit after «لل», a date that names the event, the head's key, an acronym
//! in brackets after a name.

use super::*;

/// Words after «لل» that say no remit («للمرة الثانية», «للعام الثالث»).
pub(super) const NOT_A_REMIT: &[&str] = &["مره", "مرات", "عام", "سنه", "يوم", "فتره", "مده"];

/// A definite genitive at `j` and a naming adjective after it («الصحة العالمي», «الكتاب
/// الدولي»), neither after «و» or a preposition; after a festival any adjective of the
/// art names it (`any_adjective`: «مهرجان الموسيقى الروحية», «مهرجان المسرح التجريبي»).
pub(super) fn named_genitive(ctx: &Ctx, j: usize, any_adjective: bool) -> bool {
    let free = |k: usize| !ctx.has_conjunction(k) && !ctx.has_preposition(k);
    let genitive = ctx.tok(j).is_some_and(|t| {
        t.kind == TokenKind::Word && t.clitics.article && !lexicon::is_function_word(&t.norm)
    });
    let naming = ctx.nisba(j + 1)
        && (any_adjective && ctx.definite(j + 1)
            || ctx.naming_adjective(j + 1)
            || ctx.stem_is(j + 1, &["دولي", "دوليه"]));
    // «مهرجان الموسيقى العربية»: a word in -ي before a feminine adjective is a noun
    // («الموسيقى» folded), not an adjective of the head.
    let noun = !ctx.nisba(j)
        || ctx.tok(j).is_some_and(|t| t.norm.ends_with('ي'))
            && ctx.tok(j + 1).is_some_and(|t| t.norm.ends_with('ه'));
    genitive && free(j) && free(j + 1) && noun && naming
}

/// A definite genitive at `j` that is no common word, then «لل» + what the event is for
/// and an adjective of it: «الحمامات للفيلم القصير», «الرياض للكتاب»: the end.
pub(super) fn genitive_and_remit(ctx: &Ctx, j: usize) -> Option<usize> {
    let free = |k: usize| !ctx.has_conjunction(k) && ctx.is_word(k);
    let genitive = ctx.definite(j) && free(j) && !ctx.has_preposition(j) && !ctx.is_common(j);
    let remit = ctx.tok(j + 1).is_some_and(|t| t.norm.starts_with("لل")) && free(j + 1);
    // «معرض الخليج للتعليم»: a region there only says where the event is held.
    let unnamed = !ctx.nisba(j) && ctx.crf[j].is_none() && ctx.place_at(j) == 0;
    (genitive && remit && unnamed).then_some(())?;
    let adjective = ctx.definite(j + 2)
        && free(j + 2)
        && (ctx.nisba(j + 2) || ctx.stem_is(j + 2, &["قصير", "طويل"]));
    let e = j + 2 + usize::from(adjective);
    Some(e + usize::from(joined_remit(ctx, e)))
}

/// «والتدريب» after «للتعليم»: a definite noun joined by «و» to the remit before it.
pub(super) fn joined_remit(ctx: &Ctx, j: usize) -> bool {
    let remit = |k: usize| ctx.tokens[k].norm.starts_with("لل");
    // «للموسيقى الأندلسية والتراث»: the remit may have its adjective.
    let after_remit = j > 0 && remit(j - 1) || j > 1 && remit(j - 2) && ctx.nisba(j - 1);
    after_remit
        && ctx.has_conjunction(j)
        && ctx.tok(j).is_some_and(|t| t.norm.starts_with("وال"))
        && ctx.crf[j].is_none()
}

/// A revolution, war or uprising named by its date right after the head («ثورة يوليو /
/// تموز 1952», «ثورة 25 يناير», «حرب أكتوبر 1973»): the end of the date, which is part of
/// the event's name, not a DATE of its own.
pub(super) fn named_by_date(ctx: &Ctx, i: usize, heads_end: usize) -> Option<usize> {
    let t = &ctx.tokens[i];
    let head = ["ثوره", "حرب", "انتفاضه"].contains(&t.stem.as_str()) && !t.clitics.article;
    if !head || heads_end != i + 1 {
        return None;
    }
    // «ثورة أول نوفمبر 1954»: «أول» is the first day.
    let first = ctx.tok(heads_end).is_some_and(|d| d.norm == "اول");
    let day = usize::from(
        first
            || ctx
                .tok(heads_end)
                .is_some_and(|d| d.kind == TokenKind::Number),
    );
    if !ctx.month(heads_end + day) {
        return None;
    }
    super::dates::day_month(ctx, heads_end + usize::from(first))
}

/// The head's form in the event lists: its stem, or its key where a glued preposition
/// stayed on the stem («لانتخابات»).
pub(super) fn head_key<'c>(ctx: &'c Ctx, i: usize) -> &'c str {
    let t = &ctx.tokens[i];
    if GENITIVE_HEADS.contains(&t.stem.as_str()) {
        &t.stem
    } else {
        &t.key
    }
}

/// A definite word at `j`, not after «و» or a preposition: a genitive of the head.
pub(super) fn plain_genitive(ctx: &Ctx, j: usize) -> bool {
    ctx.definite(j)
        && ctx.is_word(j)
        && !ctx.has_conjunction(j)
        && !ctx.has_preposition(j)
        && ctx.tok(j).is_some_and(|t| !t.line_start)
}

/// `( word [word] [year] )` at token `i`: the inner token range.
pub(in crate::rules) fn paren_acronym(ctx: &Ctx, i: usize) -> Option<(usize, usize)> {
    if !ctx.tok(i)?.is_punct('(') {
        return None;
    }
    let s = i + 1;
    let mut e = s;
    while e < ctx.tokens.len() && e - s < 4 {
        let t = &ctx.tokens[e];
        if t.is_punct(')') {
            break;
        }
        if t.kind == TokenKind::Punct || lexicon::is_function_word(&t.norm) {
            return None;
        }
        e += 1;
    }
    let first_is_word = ctx.is_word(s);
    (e > s && first_is_word && ctx.tok(e)?.is_punct(')')).then_some((s, e))
}
