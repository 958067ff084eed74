//! Organisations whose head word is too common to be a trigger on its own («سوق» a
//! market, «مؤسسة» an institution): stock markets, foundations and charities, airlines,
//! the Red Crescent and Red Cross. Each head needs its own kind of complement;
//! nationality adjectives after the name belong to it.
//!
//! National teams («منتخب قطر», «المنتخب القطري») are organisations by the guidelines;
//! ANERcorp leaves them untagged (or tags only the country), which cost about a point of
//! ORG F1 in 5-fold CV while one pipeline served both: since the schemes split
//! (`crate::scheme`) these rules run for the news only. Councils («مجلس الوزراء») stay
//! out: «مجلس» heads too many generic phrases.

use super::*;

/// What must follow a head for it to name an organisation.
#[derive(Clone, Copy)]
enum Needs {
    /// A place or a word that may be a proper name («بورصة قطر», «مؤسسة قطر»).
    PlaceOrName,
    /// A place, then «المالي» («سوق دبي المالي»).
    PlaceThenFinancial,
    /// One of these stems, definite («الخطوط الجوية», «الهلال الأحمر», «الديوان الأميري»).
    Word(&'static [&'static str]),
    /// A place, or a nationality adjective («منتخب قطر», «المنتخب القطري»).
    PlaceOrNationality,
}

/// «العام», «العامة» after a body's name («مستشفى حمد العام»).
const GENERAL: &[&str] = &["عام", "عامه"];

/// Heads (stems) and what they need.
const HEADS: &[(&str, Needs)] = &[
    ("بورصه", Needs::PlaceOrName),
    ("مؤسسه", Needs::PlaceOrName),
    ("جمعيه", Needs::PlaceOrName),
    ("سوق", Needs::PlaceThenFinancial),
    ("خطوط", Needs::Word(&["جويه"])),
    ("هلال", Needs::Word(&["احمر"])),
    ("صليب", Needs::Word(&["احمر"])),
    ("منتخب", Needs::PlaceOrNationality),
    ("مكتبه", Needs::PlaceOrName),
    ("مجموعه", Needs::PlaceOrName),
    ("مستشفي", Needs::PlaceOrName),
    ("ديوان", Needs::Word(&["اميري", "ملكي"])),
    ("بلديه", Needs::PlaceOrName),
];

/// Organisations named by the heads of [`HEADS`].
pub(super) fn bodies(ctx: &Ctx, out: &mut Vec<Cand>) {
    for i in 0..ctx.tokens.len() {
        if ctx.crf[i] == Some(Label::Org) {
            continue;
        }
        if let Some(j) = body_at(ctx, i) {
            out.push(Cand::new(i, j, Label::Org, PRIO_ORG));
        }
    }
}

/// The end of an organisation of [`HEADS`] starting at token `i`.
pub(super) fn body_at(ctx: &Ctx, i: usize) -> Option<usize> {
    let t = ctx.tok(i).filter(|t| t.kind == TokenKind::Word)?;
    // The key drops a preposition the stem keeps on short words («لمستشفى»).
    let &(_, needs) = HEADS.iter().find(|(h, _)| *h == t.stem || *h == t.key)?;
    let mut j = complement(ctx, i + 1, needs)?;
    // What the body is for, after «لل»: «مجموعة الخليج للتأمين», «مؤسسة قطر للتربية».
    if ctx
        .tok(j)
        .is_some_and(|t| t.norm.starts_with("لل") && !t.line_start)
        && !ctx.is_common(j)
        && ctx.crf[j].is_none()
    {
        j += 1;
    }
    // «القطرية», «الخيرية», «العربية», «العام» after the name.
    while (ctx.nisba(j)
        || ctx
            .tok(j)
            .is_some_and(|t| t.clitics.article && GENERAL.contains(&t.stem.as_str())))
        && !ctx.has_conjunction(j)
        && !ctx.has_preposition(j)
        && j - i < 7
    {
        j += 1;
    }
    Some(j)
}

/// The end of the complement `needs` at token `j`.
fn complement(ctx: &Ctx, j: usize, needs: Needs) -> Option<usize> {
    let t = ctx
        .tok(j)
        .filter(|t| t.kind == TokenKind::Word && !t.line_start)?;
    if ctx.has_preposition(j) || ctx.has_conjunction(j) || lexicon::is_function_word(&t.norm) {
        return None;
    }
    let place = ctx.place_at(j);
    match needs {
        Needs::PlaceOrName => {
            // «مستشفى جامعيا»: an accusative adjective is no name.
            let name = ctx.crf[j].is_some() || (ctx.proper_like(j) && !t.norm.ends_with("يا"));
            (place > 0 || name).then(|| j + place.max(1))
        }
        Needs::PlaceThenFinancial => {
            let e = j + place;
            let financial = ctx
                .tok(e)
                .is_some_and(|x| x.clitics.article && matches!(x.stem.as_str(), "مالي" | "ماليه"));
            (place > 0 && financial).then_some(e + 1)
        }
        Needs::Word(w) => (t.clitics.article && w.contains(&t.stem.as_str())).then_some(j + 1),
        Needs::PlaceOrNationality => {
            let nationality = t.clitics.article && super::is_nationality(t, ctx.gaz);
            (place > 0 || nationality).then(|| j + place.max(1))
        }
    }
}
