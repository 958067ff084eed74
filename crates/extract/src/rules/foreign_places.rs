//! Places of world news after a head the lists do not hold (a child of `localities`): a
//! foreign name in Arabic spelling («مقاطعة [كورسك]», «بركان [فويغو]»), a capital after its
//! nationality («العاصمة العمانية [مسقط]») and Cairo's districts («التجمع الخامس»).

use super::*;

/// After a head, a word Arabic at large hardly knows and no list holds, untagged: a
/// foreign place in Arabic spelling («مقاطعة كورسك», «جزيرة لوزون», «بركان إتنا»). Not
/// a definite word, an adjective or a common word («مدينة جديدة», «قرية نائية»). The end.
pub(super) fn foreign_name(ctx: &Ctx, j: usize) -> Option<usize> {
    let t = &ctx.tokens[j];
    let rare = [t.norm.as_str(), &t.stem]
        .iter()
        .all(|w| ctx.gaz.word_freq.get(*w).is_none_or(|&b| b >= 12));
    let name = rare
        && !t.clitics.article
        && ctx.crf[j].is_none()
        && !ctx.is_common(j)
        && !ctx.nisba(j)
        && ctx.trig(j).is_none()
        && !t.norm.ends_with("يه")
        && t.stem.chars().count() >= 3;
    // «موسمي», «تنساب»: an adjective in -ي or a verb Arabic knows, however rarely.
    let known = ctx.gaz.word_freq_bucket(t).is_some();
    // «مدينة اكتظاظا», «ميناء شهيرا», «مدينة مهيمنة»: an accusative or a feminine
    // adjective.
    let arabic_form =
        known && (t.norm.ends_with(['ي', 'ا', 'ه']) || t.norm.starts_with(['ي', 'ت', 'ن']));
    // «اكتظاظا»: the accusative of a word Arabic knows without its «ا».
    let accusative = (t.norm.strip_suffix('ا')).is_some_and(|w| ctx.gaz.word_freq.contains_key(w));
    (name && !arabic_form && !accusative).then_some(j + 1)
}

/// «بركان فويغو»: after a natural place's head, one rare word the tagger took for a
/// person is the place's name (a person has no volcano or island named so in the news).
pub(super) fn named_as_person(ctx: &Ctx, j: usize) -> Option<usize> {
    let one = ctx.crf[j] == Some(Label::Person) && ctx.crf_end[j] == j + 1;
    let t = ctx.tok(j)?;
    let unknown = |w: &str| !ctx.gaz.word_freq.contains_key(w);
    // «فويغو»: an «ف» the stemmer took for «and» in a word Arabic does not know is its own.
    let free = !ctx.has_preposition(j)
        && (!ctx.has_conjunction(j) || unknown(&t.norm) && unknown(&t.stem));
    let rare = !t.line_start && ctx.gaz.word_freq_bucket(t).is_none_or(|b| b >= 11);
    (one && free && rare && ctx.flags(j) & flag::FIRST_NAME == 0).then_some(j + 1)
}

/// «العاصمة العمانية مسقط», «العاصمة الأوكرانية كييف»: after a definite «العاصمة» and a
/// nationality, the capital's name where the tagger found none. The span.
pub(super) fn capital_named(ctx: &Ctx, i: usize) -> Option<(usize, usize)> {
    let t = &ctx.tokens[i];
    if t.stem != "عاصمه" || !t.clitics.article {
        return None;
    }
    let n = ctx.tok(i + 1)?;
    let nationality = n.clitics.article
        && !n.line_start
        && !ctx.has_conjunction(i + 1)
        && is_nationality(n, ctx.gaz);
    let j = i + 1 + usize::from(nationality);
    let free = ctx
        .tok(j)
        .is_some_and(|x| x.kind == TokenKind::Word && !x.line_start)
        && !ctx.has_preposition(j)
        && !ctx.has_conjunction(j);
    if !nationality || !free || ctx.crf[j].is_some() {
        return None;
    }
    let e = listed_town(ctx, j, true)
        .map(|n| j + n)
        .or_else(|| foreign_name(ctx, j))?;
    Some((j, e))
}

/// Cairo's new districts by an ordinal: «التجمع الخامس», «التجمع الأول» (not «التجمع
/// الوطني للأحرار», a party). The span.
pub(super) fn cairo_district(ctx: &Ctx, i: usize) -> Option<(usize, usize)> {
    let t = &ctx.tokens[i];
    if !t.clitics.article || t.key != "تجمع" {
        return None;
    }
    let o = ctx.tok(i + 1)?;
    let ordinal = o.clitics.article
        && !o.line_start
        && !ctx.has_conjunction(i + 1)
        && ["اول", "ثالث", "خامس"].contains(&o.key.as_str());
    ordinal.then_some((i, i + 2))
}
