//! Words of courtesy that read as names: «التوفيق» ("success") in a wish («متمنيا له
//! التوفيق», «وتمنياته بالتوفيق والسداد») is a given name to the tagger, and «العامر»
//! ("the flourishing") after a palace («قصر البركة العامر») a family name. Neither is a
//! mention there: blockers over the tagger's reading.

use super::*;

/// Words of wishing before «التوفيق» (folded, without «و»): «تمنياته», «متمنيا», «يتمنى».
const WISHES: &[&str] = &[
    "تمنيات",
    "تمنياته",
    "تمنياتهم",
    "تمنياتي",
    "تمنياتنا",
    "متمنيا",
    "متمنين",
    "يتمني",
    "تمني",
    "نتمني",
    "اتمني",
    "داعيا",
    "دعا",
];

/// A blocker over each «التوفيق» of a wish and each palace's «العامر».
pub(super) fn courtesies(ctx: &Ctx, out: &mut Vec<Cand>) {
    for (i, t) in ctx.tokens.iter().enumerate() {
        let success = t.kind == TokenKind::Word && t.stem == "توفيق" && wish_before(ctx, i);
        let flourishing = t.norm == "العامر" && palace_before(ctx, i);
        if success || flourishing {
            out.push(Cand::blocker(i, i + 1, PRIO_CRF + 1));
        }
    }
}

/// A wish within the three words before `i` («متمنيا لهم دوام | التوفيق»).
fn wish_before(ctx: &Ctx, i: usize) -> bool {
    (1..=3).any(|d| {
        i.checked_sub(d).is_some_and(|k| {
            let w = ctx.tokens[k].norm.trim_start_matches(['و', 'ف']);
            WISHES.contains(&w)
        })
    })
}

/// «قصر» two words before `i`, its name between: «قصر البركة | العامر».
fn palace_before(ctx: &Ctx, i: usize) -> bool {
    i.checked_sub(2)
        .is_some_and(|k| ctx.tokens[k].stem == "قصر")
        && ctx.is_word(i - 1)
}

#[cfg(test)]
mod tests {
    use super::super::pipeline_tests::texts_of;

    #[test]
    fn success_in_a_wish_and_a_palaces_epithet_are_no_people() {
        for text in [
            "ونقل تحيات الرئيس وتمنياته بالتوفيق والسداد.",
            "وهنأ الوزير الفائزين متمنيا لهم التوفيق في مسيرتهم.",
            "استقبل السلطان هيثم بن طارق في قصر البركة العامر اليوم معالي عباس عراقجي.",
        ] {
            let people = texts_of(text, "PERSON");
            assert!(
                !people
                    .iter()
                    .any(|p| p.contains("التوفيق") || p == "العامر"),
                "{text}: {people:?}"
            );
        }
        // A man named Tawfiq stays one.
        let text = "وقال توفيق الحكيم إن المسرح حي.";
        assert_eq!(texts_of(text, "PERSON"), ["توفيق الحكيم"]);
    }
}
