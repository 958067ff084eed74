//! Events, and products and works named in quotation marks.

use super::*;

/// Words that introduce a product or a work by its quoted name: «سيارة « شيري كيوكيو »»,
/// «برنامج « حوار من القلب »», «بعنوان « خارج نطاق الخدمة »» (matched as stem prefixes).
const WORK_HEADS: &[&str] = &[
    "سياره",
    "سيارات",
    "طراز",
    "مركبه",
    "برنامج",
    "برامج",
    "فيلم",
    "افلام",
    "مسلسل",
    "كتاب",
    "روايه",
    "اغنيه",
    "البوم",
    "مسرحيه",
    "بعنوان",
    "عنوان",
    "لعبه",
];

/// Products and works named in a short quotation after a head word («طراز « أورفان »») or
/// after their maker («نيسان « أورفان »»): MISC. A maker the CRF or the world gazetteer
/// knows as an organisation at the start of the quotation stays an organisation.
pub(super) fn works(ctx: &Ctx, out: &mut Vec<Cand>) {
    let quoted = crate::sentence::quoted(ctx.tokens);
    let n = ctx.tokens.len();
    let mut i = 0;
    while i < n {
        if !quoted[i] {
            i += 1;
            continue;
        }
        let start = i;
        let mut end = i;
        while end < n && quoted[end] {
            end += 1;
        }
        i = end;
        // `start - 1` is the opening mark; look at up to four words before it.
        let open = start.saturating_sub(1);
        let before = open.saturating_sub(4)..open;
        let head = before.clone().any(|k| {
            let t = &ctx.tokens[k];
            WORK_HEADS
                .iter()
                .any(|h| t.stem.starts_with(h) || t.norm.starts_with(h))
        });
        let maker = open > 0 && ctx.crf[open - 1] == Some(Label::Org);
        if !head && !maker {
            continue;
        }
        let mut s = start;
        while s < end && ctx.crf[s] == Some(Label::Org) {
            s += 1;
        }
        if s < end
            && ctx.tokens[s..end]
                .iter()
                .all(|t| t.kind != TokenKind::Punct)
        {
            out.push(Cand::new(s, end, Label::Misc, PRIO_CRF + 1));
        }
    }
}

/// Events: «معرض ومؤتمر الدوحة الدولي للدفاع البحري (ديمكس 2026)», «كأس العالم 2022».
pub(super) fn events(ctx: &Ctx, out: &mut Vec<Cand>) {
    let n = ctx.tokens.len();
    let mut i = 0;
    while i < n {
        if ctx.trig(i) != Some(Trigger::EventHead) || ctx.has_preposition(i) {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        // More heads joined by و: «معرض ومؤتمر».
        while j < n && ctx.trig(j) == Some(Trigger::EventHead) && ctx.has_conjunction(j) {
            j += 1;
        }
        let heads_end = j;
        let mut anchored = false;
        let mut last_good = heads_end;
        while j < n && j - i <= 10 && !ctx.tokens[j].line_start {
            let t = &ctx.tokens[j];
            if t.kind == TokenKind::Number {
                let year = t.norm.len() == 4 && t.norm.starts_with(['1', '2']);
                if year {
                    j += 1;
                    anchored = true;
                    last_good = j;
                    continue;
                }
                break;
            }
            if t.kind != TokenKind::Word || lexicon::is_function_word(&t.norm) {
                break;
            }
            let place = ctx.place_at(j);
            if (place > 0 || matches!(ctx.crf[j], Some(Label::Org | Label::Misc)))
                && !ctx.has_preposition(j)
            {
                let len = place.max(1);
                j += len;
                anchored = true;
                last_good = j;
                continue;
            }
            if ctx.nisba(j) && !ctx.has_conjunction(j) && !ctx.has_preposition(j) {
                j += 1;
                last_good = j;
                continue;
            }
            if j == heads_end
                && t.clitics.article
                && matches!(t.stem.as_str(), "عالم" | "امم" | "العاب" | "اولمبياد")
            {
                j += 1;
                anchored = true;
                last_good = j;
                continue;
            }
            if last_good > heads_end && t.norm.starts_with("لل") && !ctx.is_common(j) {
                j += 1;
                last_good = j;
                continue;
            }
            break;
        }
        let end = last_good;
        // An acronym in parentheses right after: «(ديمكس 2026)».
        let acro = paren_acronym(ctx, end);
        if end > heads_end && (anchored || acro.is_some()) {
            out.push(Cand::new(i, end, Label::Event, PRIO_EVENT));
            if let Some((s, e)) = acro {
                out.push(Cand {
                    alias_of: Some(i),
                    ..Cand::new(s, e, Label::Event, PRIO_EVENT)
                });
            }
            i = end;
        } else {
            i += 1;
        }
    }
}

/// `( word [word] [year] )` at token `i`: the inner token range.
pub(super) fn paren_acronym(ctx: &Ctx, i: usize) -> Option<(usize, usize)> {
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
