//! Prizes and awards by name (GUIDELINES.md, MISC): «جائزة الشيخ زايد للكتاب», «جائزة نجيب
//! محفوظ للأدب», «جائزة نوبل للسلام», «جائزة التانيت الذهبي», «جائزة الملك فيصل
//! العالمية». A prize is MISC, not an EVENT; a race named «جائزة … الكبرى» is a Grand Prix,
//! an event (`events.rs`).

use super::*;

/// Titles before the person a prize is named after («جائزة الشيخ زايد»).
const PATRONS: &[&str] = &["شيخ", "ملك", "امير", "سلطان", "امام", "شيخه", "اميره"];

/// Adjectives that name a prize after its subject («جائزة الرواية العربية»).
const PRIZE_ADJECTIVES: &[&str] = &["عربيه", "عالميه", "دوليه", "وطنيه", "تقديريه", "تشجيعيه"];

/// The end of a prize named at token `i` («جائزة» or «بجائزة»), if one is.
pub(super) fn prize(ctx: &Ctx, i: usize) -> Option<usize> {
    let t = ctx.tok(i)?;
    // Runs for every token: the cheapest test first. The stem and the key both end the
    // word, so a word whose base is «جائزه» ends with it («وبجائزه»): one comparison of
    // its last bytes rather than a substring search.
    if t.kind != TokenKind::Word || !t.norm.ends_with("جائزه") || t.clitics.article {
        return None;
    }
    let glued = t.key != t.stem && t.stem.starts_with(['ب', 'ل', 'ك']);
    let base = if glued { &t.key } else { &t.stem };
    if base != "جائزه" || ctx.place_at(i + 1) > 0 {
        return None;
    }
    let mut j = named_by_person(ctx, i + 1).or_else(|| named_by_word(ctx, i + 1))?;
    // «جائزة إيطاليا الكبرى» is a race.
    if ctx.stem_in(j, &["كبري"]) {
        return None;
    }
    // «للكتاب», «للرواية العربية», «للسلام»: what the prize is for; not «للعام 1997».
    if ctx
        .tok(j)
        .is_some_and(|r| r.norm.starts_with("لل") && !r.line_start)
        && ctx.is_word(j)
        && !ctx.stem_in(j, &["عام", "سنه", "موسم", "مره", "دوره"])
    {
        j += 1;
        if ctx.definite(j) && ctx.nisba(j) && !ctx.has_conjunction(j) {
            j += 1;
        }
    }
    // «العالمية», «الدولية», «التقديرية».
    if ctx.definite(j) && ctx.stem_in(j, &["عالميه", "دوليه", "تقديريه", "كبري"])
    {
        j += 1;
    }
    Some(j)
}

/// A person a prize is named after, from `j`, with a definite title before it: the end.
fn named_by_person(ctx: &Ctx, j: usize) -> Option<usize> {
    let titled = usize::from(ctx.definite(j) && ctx.stem_in(j, PATRONS));
    let k = j + titled;
    // «فيصل» reads as «ف» + a word: only a second word with «و» starts something else.
    let name_word = |x: usize| {
        ctx.is_word(x)
            && !ctx.tokens[x].line_start
            && (!ctx.has_preposition(x) || ctx.crf[x] == Some(Label::Person))
            && (x == k || !ctx.has_conjunction(x))
            && (ctx.crf[x] == Some(Label::Person)
                || ctx.flags(x) & (flag::FIRST_NAME | flag::LAST_NAME) != 0
                || crate::rules::people::is_connector(&ctx.tokens[x].stem, &ctx.tokens[x].norm))
    };
    let mut e = k;
    while e < k + 4 && name_word(e) {
        e += 1;
    }
    // A name alone needs the tagger or a title («جائزة الشيخ زايد»; «جائزة كبيرة» is none).
    // «جائزة زيدان» is more often Zidane's own award than a prize named after him.
    let person = e > k && (titled == 1 || ctx.crf[k] == Some(Label::Person) && e >= k + 2);
    person.then_some(e)
}

/// A prize named by a word of its own, from `j`: «نوبل», «بوكر», «التانيت الذهبي»,
/// «البوكر العربية»: the end.
fn named_by_word(ctx: &Ctx, j: usize) -> Option<usize> {
    let t = ctx
        .tok(j)
        .filter(|t| t.kind == TokenKind::Word && !t.line_start)?;
    let adjective = ctx.definite(j + 1) && ctx.nisba(j + 1) && !ctx.has_conjunction(j + 1);
    // «جائزة الرواية العربية», «جائزة الدولة التقديرية»: a common subject with the
    // adjective that names the prize.
    let subject = t.clitics.article && ctx.stem_in(j + 1, PRIZE_ADJECTIVES) && adjective;
    if ctx.has_conjunction(j) || ctx.has_preposition(j) || ctx.trig(j).is_some() && !subject {
        return None;
    }
    let name = if t.clitics.article {
        !ctx.is_common(j) && !ctx.nisba(j) && t.stem.chars().count() >= 3 || subject
    } else {
        ctx.proper_like(j)
    };
    if !name {
        return None;
    }
    Some(j + 1 + usize::from(adjective))
}
