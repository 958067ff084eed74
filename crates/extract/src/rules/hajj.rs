//! The Hajj sites: «عرفات», «مزدلفة», «منى» are places in a story on the pilgrimage («توافد
//! الحجاج إلى مشعر [منى]», «الوقوف ب[عرفات]», «النفرة إلى [مزدلفة]»). Elsewhere «عرفات» is
//! mostly Yasser Arafat and «منى» a woman's name or «مني» ("from me"), so a site is read
//! only where the article speaks of the Hajj and the word stands where a place does: after
//! a preposition or a site's head, or beside another site.

use super::*;

/// The sites (keys): Arafat, Muzdalifah, Mina («منى» folds to «مني»).
const SITES: &[&str] = &["عرفات", "مزدلفه", "مني"];

/// Words of a story on the pilgrimage (keys).
const HAJJ_WORDS: &[&str] = &["حج", "حجاج", "حجيج", "حاج", "مشاعر", "ترويه", "نفره"];

/// Free words before a site that make it the place («في منى», «مشعر منى», «صعيد عرفات»).
const BEFORE: &[&str] = &["في", "الي", "إلى", "من", "مشعر", "صعيد", "بين", "نحو"];

/// How far around a site the pilgrimage must be spoken of, in tokens.
const REACH: usize = 300;

/// Hajj sites in a story on the pilgrimage: see the module documentation.
pub(super) fn hajj_sites(ctx: &Ctx, out: &mut Vec<Cand>) {
    let n = ctx.tokens.len();
    let hajj: Vec<usize> = (0..n)
        .filter(|&k| ctx.is_word(k) && HAJJ_WORDS.contains(&ctx.tokens[k].key.as_str()))
        .collect();
    if hajj.is_empty() {
        return;
    }
    for i in 0..n {
        if !is_site(ctx, i) || !hajj.iter().any(|&k| k.abs_diff(i) <= REACH) {
            continue;
        }
        // «منى الحربي»: a woman named by the tagger, or a name after the word.
        let named = ctx.crf[i] == Some(Label::Person) && ctx.crf_end[i] > i + 1
            || ctx.crf[i + 1] == Some(Label::Person);
        // «عرفات ومزدلفة ومنى»: a site in a list of sites.
        let listed = ctx.has_conjunction(i) && i > 0 && is_site(ctx, i - 1)
            || ctx.has_conjunction(i + 1) && is_site(ctx, i + 1);
        let placed = after_place_word(ctx, i) || listed;
        if placed && !named {
            out.push(Cand::new(i, i + 1, Label::Location, PRIO_CRF + 1));
        }
    }
}

/// A word of [`SITES`] at `i`, as written or after a glued preposition («بعرفات»,
/// «ومزدلفة»).
pub(super) fn is_site(ctx: &Ctx, i: usize) -> bool {
    ctx.tok(i).is_some_and(|t| {
        t.kind == TokenKind::Word && !t.clitics.article && SITES.contains(&t.key.as_str())
    })
}

/// A preposition glued to the site at `i` («بعرفات», «لمنى») or a free one or a site's
/// head before it («في منى», «مشعر منى»).
fn after_place_word(ctx: &Ctx, i: usize) -> bool {
    // The clitic analysis keeps «ب» on a word without the article: the key drops it.
    let t = &ctx.tokens[i];
    let bare = t.norm.trim_start_matches(['و', 'ف']);
    let glued = bare != t.key && bare.starts_with(['ب', 'ل', 'ك']);
    let before = i > 0
        && !ctx.tokens[i].line_start
        && ctx.tok(i - 1).is_some_and(|p| {
            BEFORE.contains(&p.stem.as_str()) || BEFORE.contains(&p.norm.as_str())
        });
    glued || before
}

#[cfg(test)]
mod tests {
    use crate::rules::pipeline_tests::texts_of;

    #[test]
    fn the_sites_are_places_in_a_story_on_the_hajj() {
        assert_eq!(
            texts_of(
                "وبدأ الحجاج التوافد إلى مشعر منى صباح اليوم استعدادا للوقوف بعرفات غدا.",
                "LOCATION"
            ),
            ["منى", "عرفات"]
        );
        assert_eq!(
            texts_of(
                "وأكملت الجهات خططها لتفويج ضيوف الرحمن بين عرفات ومزدلفة ومنى خلال موسم الحج.",
                "LOCATION"
            ),
            ["عرفات", "مزدلفة", "منى"]
        );
        assert!(
            texts_of("ونقل الحاج المصاب من مزدلفة إلى مستشفى قريب.", "LOCATION")
                .contains(&"مزدلفة".to_owned())
        );
    }

    #[test]
    fn arafat_and_mona_elsewhere_are_no_sites() {
        // No pilgrimage spoken of: the late president.
        assert!(
            !texts_of(
                "وزار الوفد ضريح الرئيس الراحل في رام الله ووضع إكليلا باسم عرفات.",
                "LOCATION"
            )
            .contains(&"عرفات".to_owned())
        );
        // A woman named Mona in a story on the Hajj.
        assert!(
            !texts_of("وقالت منى الحربي إن الحجاج بخير في المشاعر.", "LOCATION")
                .contains(&"منى".to_owned())
        );
    }
}
