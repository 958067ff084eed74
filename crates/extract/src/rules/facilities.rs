//! Places named after a person or by a name of their own: stadiums, airports, streets,
//! bridges, squares, halls and mosques («استاد جاسم بن حمد», «مطار الملك خالد الدولي»,
//! «شارع الملك فيصل», «ميناء حمد», «مطار هيثرو»). The name inside is part of the place's name
//! (GUIDELINES.md, LOCATION), not a PERSON or MISC mention.

use super::*;

/// Heads (stems) of a place that may be named after a person.
const HEADS: &[&str] = &[
    "استاد",
    "ملعب",
    "مطار",
    "شارع",
    "جسر",
    "ميدان",
    "ساحه",
    "ميناء",
    "قاعه",
    "مسجد",
    "جامع",
];

/// Places of [`HEADS`] in construct state before a person's name (with an optional title
/// before it) or a name of their own, and a nisba after it («الدولي»).
pub(super) fn facilities(ctx: &Ctx, out: &mut Vec<Cand>) {
    for i in 0..ctx.tokens.len() {
        let t = &ctx.tokens[i];
        if t.kind != TokenKind::Word || t.clitics.article || !HEADS.contains(&t.stem.as_str()) {
            continue;
        }
        // «الملك», «الأمير», «الشيخ», «الإمام» before the name.
        let mut j = i + 1;
        while ctx.tok(j).is_some()
            && matches!(ctx.trig(j), Some(Trigger::Rank | Trigger::Honorific))
            && ctx.crf[j] != Some(Label::Person)
        {
            j += 1;
        }
        if ctx.tok(j).is_none() || ctx.has_preposition(j) {
            continue;
        }
        // The tagger's person, or after a title a listed given name («شارع الملك فيصل»),
        // or right after the head a name the tagger took for a thing or a body («مطار
        // هيثرو»: MISC); a city stays a city («مطار دبي»).
        let mut end = if ctx.crf[j] == Some(Label::Person)
            || (j == i + 1 && matches!(ctx.crf[j], Some(Label::Misc | Label::Org)))
        {
            ctx.crf_end[j]
        } else if ctx.flags(j) & flag::FIRST_NAME != 0 && !ctx.is_common(j) {
            j + 1
        } else {
            continue;
        };
        if ctx.tok(end).is_some_and(|a| a.clitics.article) && ctx.nisba(end) {
            end += 1;
        }
        out.push(Cand::new(i, end, Label::Location, PRIO_ORG));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::token::tokenize;

    fn places(text: &str, person: (usize, usize)) -> Vec<(usize, usize)> {
        let toks = tokenize(text);
        let g = crate::gazetteer::Gazetteers::shipped().unwrap();
        let ctx = Ctx::new(&toks, &g, &[(person.0, person.1, Label::Person)]);
        let mut out = Vec::new();
        facilities(&ctx, &mut out);
        out.iter().map(|c| (c.start, c.end)).collect()
    }

    #[test]
    fn a_stadium_or_airport_named_after_a_person_is_one_place() {
        // على استاد جاسم بن حمد
        assert_eq!(places("على استاد جاسم بن حمد اليوم", (2, 5)), [(1, 5)]);
        // وصل إلى مطار الملك خالد الدولي
        assert_eq!(places("وصل إلى مطار الملك خالد الدولي", (4, 5)), [(2, 6)]);
        // A name the tagger took for a thing: the airport is the place.
        let toks = tokenize("إلى مطار هيثرو في");
        let g = crate::gazetteer::Gazetteers::shipped().unwrap();
        let ctx = Ctx::new(&toks, &g, &[(2, 3, Label::Misc)]);
        let mut out = Vec::new();
        facilities(&ctx, &mut out);
        assert_eq!(
            out.iter().map(|c| (c.start, c.end)).collect::<Vec<_>>(),
            [(1, 3)]
        );
        // The tagger saw no person: a listed given name after a title will do.
        assert_eq!(places("في شارع الملك فيصل وسط", (0, 1)), [(1, 4)]);
    }

    #[test]
    fn a_definite_head_or_no_person_after_it_is_no_place() {
        assert!(places("قال الملعب جاسم", (2, 3)).is_empty());
        assert!(places("في ملعب كبير جدا", (3, 4)).is_empty());
        // A listed given name right after the head names the place («ميناء حمد»).
        assert_eq!(places("في ميناء حمد أمس", (0, 1)), [(1, 3)]);
    }
}
