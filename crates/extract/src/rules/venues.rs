//! Venues the place rules of `facilities.rs` do not name: an arena by its sponsor or
//! place («ملعب المملكة أرينا», «كوكاكولا أرينا»), and a «مدينة» that is a campus or a
//! complex, not a town: «مدينة صباح السالم الجامعية», «مدينة الملك عبدالله الرياضية»,
//! «مدينة الثقافة الشاذلي القليبي»; a roundabout by its name («دوار الداخلية», «دوار
//! المدينة الرياضية»), and a canal by its name («قناة السويس», which «قناة» before a
//! channel's name would make an ORG «السويس»). Each is one LOCATION, head and name inside.

use super::*;

/// Heads of a venue before an arena's name (keys).
const VENUE_HEADS: &[&str] = &["ملعب", "استاد", "صاله", "قاعه"];

/// What a «مدينة» named after a person is (stems): a campus, a sports or medical complex.
const COMPLEX_KINDS: &[&str] = &["جامعيه", "رياضيه", "طبيه", "تعليميه", "اعلاميه"];

/// What a «مدينة» of the arts is of (stems): Tunis's «مدينة الثقافة».
const ARTS: &[&str] = &["ثقافه", "فنون"];

/// What «دوار» before a definite word is the sickness of, not a roundabout (stems):
/// «دوار البحر», «دوار الحركة».
const SICKNESS_OF: &[&str] = &["بحر", "حركه", "مرتفعات", "سفر", "راس"];

/// Canals by name after «قناة» (keys).
const CANALS: &[&str] = &["سويس", "بنما"];

/// Arenas, complexes, roundabouts and canals: see the module documentation.
pub(super) fn venues(ctx: &Ctx, out: &mut Vec<Cand>) {
    for i in 0..ctx.tokens.len() {
        if let Some(e) = canal(ctx, i) {
            // Over the channel's name that «قناة» would make of it.
            out.push(Cand::new(i, e, Label::Location, PRIO_ORG + 1));
            continue;
        }
        if let Some(s) = arena_start(ctx, i) {
            out.push(Cand::new(s, i + 1, Label::Location, PRIO_ORG));
        } else if let Some(e) = complex_city(ctx, i).or_else(|| roundabout(ctx, i)) {
            out.push(Cand::new(i, e, Label::Location, PRIO_ORG));
        }
    }
}

/// «أرينا» at `i` after one or two words of its name: the first token of the venue, its
/// head included («[ملعب المملكة أرينا]»).
fn arena_start(ctx: &Ctx, i: usize) -> Option<usize> {
    let t = ctx.tok(i)?;
    if t.kind != TokenKind::Word || t.norm != "ارينا" || ctx.has_conjunction(i) {
        return None;
    }
    let name = |k: usize| {
        ctx.tok(k).is_some_and(|w| {
            w.kind == TokenKind::Word
                && w.norm.chars().count() > 1
                && !lexicon::is_function_word(&w.norm)
                && !VENUE_HEADS.contains(&w.key.as_str())
                && !matches!(ctx.trig(k), Some(Trigger::Office | Trigger::Speech))
        }) && !ctx.tokens[k + 1].line_start
    };
    let mut s = i;
    while s > i.saturating_sub(2) && s > 0 && name(s - 1) {
        s -= 1;
        // A glued preposition or conjunction opens the name: «بالمملكة أرينا».
        if ctx.has_preposition(s) || ctx.has_conjunction(s) {
            break;
        }
    }
    if s == i {
        return None;
    }
    let head = s > 0
        && !ctx.has_preposition(s)
        && !ctx.has_conjunction(s)
        && ctx.tok(s - 1).is_some_and(|h| {
            h.kind == TokenKind::Word && !h.clitics.article && VENUE_HEADS.contains(&h.key.as_str())
        });
    Some(if head { s - 1 } else { s })
}

/// An indefinite «مدينة» at `i` named after a person, with what kind of complex it is
/// («مدينة صباح السالم الجامعية»), or of the arts, with the person it honours after it
/// («مدينة الثقافة الشاذلي القليبي»): the end.
fn complex_city(ctx: &Ctx, i: usize) -> Option<usize> {
    let t = ctx.tok(i)?;
    if t.kind != TokenKind::Word || t.clitics.article || t.key != "مدينه" {
        return None;
    }
    let j = i + 1;
    let n = ctx
        .tok(j)
        .filter(|n| !n.line_start && n.kind == TokenKind::Word)?;
    if ctx.has_preposition(j) || ctx.has_conjunction(j) {
        return None;
    }
    if n.clitics.article && ARTS.contains(&n.stem.as_str()) {
        let person = ctx.crf[j + 1] == Some(Label::Person) && !ctx.has_preposition(j + 1);
        return Some(if person { ctx.crf_end[j + 1] } else { j + 1 });
    }
    // A title before the person: «مدينة الملك عبدالله الرياضية».
    let mut p = j;
    while p < j + 2 && matches!(ctx.trig(p), Some(Trigger::Rank | Trigger::Honorific)) {
        p += 1;
    }
    // The tagger may read a district named after him («صباح السالم») as a place.
    let named = matches!(ctx.crf[p], Some(Label::Person | Label::Location)) && ctx.country[p] == 0;
    if !(named || p > j && ctx.flags(p) & flag::FIRST_NAME != 0) {
        return None;
    }
    let e = if named { ctx.crf_end[p] } else { p + 1 };
    let kind = ctx.tok(e).is_some_and(|k| {
        k.clitics.article && !k.line_start && COMPLEX_KINDS.contains(&k.stem.as_str())
    }) && !ctx.has_conjunction(e)
        && !ctx.has_preposition(e);
    kind.then_some(e + 1)
}

/// «قناة السويس», «لقناة بنما»: the canal, unless a body is named by it («هيئة قناة
/// السويس»): the end.
fn canal(ctx: &Ctx, i: usize) -> Option<usize> {
    let t = ctx.tok(i)?;
    let head = t.kind == TokenKind::Word && !t.clitics.article && t.key == "قناه";
    let name = ctx.tok(i + 1).is_some_and(|n| {
        n.kind == TokenKind::Word
            && !n.line_start
            && (CANALS.contains(&n.key.as_str()) || CANALS.contains(&n.norm.as_str()))
    }) && !ctx.has_conjunction(i + 1)
        && !ctx.has_preposition(i + 1);
    let body = i > 0 && ctx.trig(i - 1) == Some(Trigger::OrgHead) && !ctx.has_conjunction(i);
    (head && name && !body).then_some(i + 2)
}

/// An indefinite «دوار» at `i` and a definite name, with its adjective: «دوار الداخلية»,
/// «دوار المدينة الرياضية», «بدوار الساعة» (not «دوار البحر»): the end.
fn roundabout(ctx: &Ctx, i: usize) -> Option<usize> {
    let t = ctx.tok(i)?;
    if t.kind != TokenKind::Word || t.clitics.article || t.key != "دوار" {
        return None;
    }
    let j = i + 1;
    let n = ctx.tok(j)?;
    let named = n.kind == TokenKind::Word
        && n.clitics.article
        && !n.line_start
        && !ctx.has_preposition(j)
        && !ctx.has_conjunction(j)
        && !lexicon::is_function_word(&n.norm)
        && !SICKNESS_OF.contains(&n.stem.as_str());
    if !named {
        return None;
    }
    let adjective = ctx.nisba(j + 1)
        && !ctx.has_conjunction(j + 1)
        && !ctx.has_preposition(j + 1)
        && ctx
            .tok(j + 1)
            .is_some_and(|a| a.clitics.article && !a.line_start);
    Some(j + 1 + usize::from(adjective))
}

#[cfg(test)]
mod tests {
    use crate::rules::pipeline_tests::texts_of;

    fn places(text: &str) -> Vec<String> {
        texts_of(text, "LOCATION")
    }

    #[test]
    fn an_arena_is_one_place_with_its_name() {
        assert!(
            places("وتقام المباراة على ملعب المملكة أرينا مساء الجمعة.")
                .contains(&"ملعب المملكة أرينا".to_owned())
        );
        assert!(
            places("وأحيت الفرقة حفلها في كوكاكولا أرينا بدبي.")
                .contains(&"كوكاكولا أرينا".to_owned())
        );
        assert!(
            places("واستضافت صالة لوسيل أرينا نهائي البطولة.")
                .contains(&"صالة لوسيل أرينا".to_owned())
        );
    }

    #[test]
    fn a_campus_or_complex_named_after_a_person_is_a_place() {
        assert!(
            places("وانتقلت الكليات إلى مدينة صباح السالم الجامعية في الشدادية.")
                .contains(&"مدينة صباح السالم الجامعية".to_owned())
        );
        assert!(
            places("وتجري المباراة النهائية في مدينة الملك عبدالله الرياضية بجدة.")
                .contains(&"مدينة الملك عبدالله الرياضية".to_owned())
        );
        assert!(
            places("وأقيم الحفل في مدينة الثقافة بالعاصمة.").contains(&"مدينة الثقافة".to_owned())
        );
        assert!(
            places("وتشهد المنطقة المحيطة بدوار الداخلية ازدحاما يوميا.")
                .contains(&"دوار الداخلية".to_owned())
        );
        assert!(
            places("وأغلقت الشرطة دوار المدينة الرياضية أمام المركبات.")
                .contains(&"دوار المدينة الرياضية".to_owned())
        );
        assert!(places("وأصيب عدد من الركاب بدوار البحر خلال الرحلة.").is_empty());
        for text in [
            "وعبرت السفينة قناة السويس صباح اليوم.",
            "وارتفعت إيرادات قناة السويس خلال العام.",
            "وتمر 5 في المئة من التجارة العالمية عبر قناة بنما.",
        ] {
            let found = places(text);
            assert!(found.iter().any(|p| p.starts_with("قناة")), "{found:?}");
        }
        // A town after «مدينة» keeps its head outside.
        assert!(
            !places("ووصل الوفد إلى مدينة الخبر صباحا.")
                .iter()
                .any(|p| p.starts_with("مدينة"))
        );
    }
}
