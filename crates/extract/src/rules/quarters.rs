//! Quarters and crossings named after their head (a child of `localities`): a
//! neighbourhood after «حي» («حي [الملز]»), quarters listed after «أحياء» or «مناطق»
//! («مناطق [القوز] و[البرشا]») and a border crossing's town before «الحدودي» («معبر [أدري]
//! الحدودي»).

use super::*;

/// «حي السلام», «حي النرجس»: after «حي» (at `j - 1`), a definite word that is no
/// adjective, trigger or function word is the neighbourhood's name: the end.
pub(super) fn neighbourhood(ctx: &Ctx, j: usize) -> Option<usize> {
    let head = ctx.tokens[j - 1].norm.trim_start_matches(['و', 'ف']);
    let t = &ctx.tokens[j];
    let neighbourhood = head == "حي" || head.strip_prefix(['ب', 'ل']) == Some("حي");
    // «حي يعقوب المنصور»: named after a person, the quarter is the place.
    let starts_here = ctx.crf_end[j - 1] != ctx.crf_end[j];
    if neighbourhood && ctx.crf[j] == Some(Label::Person) && starts_here {
        return Some(ctx.crf_end[j]);
    }
    // A rare word: «حي [المغاربة]» is a people's name, which would spread to them.
    let rare = ctx.gaz.word_freq_bucket(t).is_none_or(|b| b >= 10);
    let named = neighbourhood
        && rare
        && t.clitics.article
        && !ctx.nisba(j)
        && ctx.trig(j).is_none()
        && ctx.crf[j].is_none()
        && t.stem.chars().count() >= 3;
    named.then_some(j + 1)
}

/// «أحياء النرجس والملقا والياسمين», «مناطق البقاع وعرسال»: after «أحياء» or «مناطق», a
/// list of two or more rare words joined by «و» names the quarters or towns, each a place
/// («إحياء التراث والثقافة», which folds the same, and «مناطق نائية وفقيرة» name common
/// words).
pub(super) fn neighbourhoods(ctx: &Ctx, j: usize, out: &mut Vec<Cand>) {
    let name = |k: usize| {
        ctx.tok(k).is_some_and(|t| {
            t.kind == TokenKind::Word
                // «مناطق [جميرا] و[البرشا]», «[البقاع] و[عرسال]»: a rare word without
                // the article is a quarter's or a town's name too.
                && (t.clitics.article || bare_name(ctx, k))
                && !t.line_start
                && ctx.gaz.word_freq_bucket(t).is_none_or(|b| b >= 10)
                // «والمشاريع»: a common word is rare with its «و» glued on.
                && t
                    .norm
                    .strip_prefix(['و', 'ف'])
                    .filter(|_| ctx.has_conjunction(k))
                    .and_then(|w| ctx.gaz.word_freq.get(w))
                    .is_none_or(|&b| b >= 10)
        }) && !is_nationality(&ctx.tokens[k], ctx.gaz)
            && ctx.trig(k).is_none()
            && !ctx.has_preposition(k)
            && (k == j) != ctx.has_conjunction(k)
    };
    let n = (j..j + 6).take_while(|&k| name(k)).count();
    if n < 2 {
        return;
    }
    // «و[البرشا والقوز]»: the tagger's one place over the list's «و» is two.
    let run_over =
        (j + 1..j + n).any(|k| ctx.crf[k].is_some() && ctx.crf_end[k - 1] == ctx.crf_end[k]);
    let own = |k: &usize| ctx.crf[*k].is_none() || run_over && ctx.crf[*k] == Some(Label::Location);
    for k in (j..j + n).filter(own) {
        out.push(Cand::new(k, k + 1, Label::Location, PRIO_CRF + 1));
    }
}

/// A word without the article in a list of places that is a name: a place the lists or
/// the tagger know, or a rarer word that is not shaped as an adjective («عرسال», «جميرا»;
/// not «نائية», «فقيرة»).
fn bare_name(ctx: &Ctx, k: usize) -> bool {
    let t = &ctx.tokens[k];
    let word = t.norm.trim_start_matches(['و', 'ف']);
    let adjective = ctx.nisba(k) || word.ends_with('ي') || word.ends_with("يه");
    let rare = [t.norm.as_str(), word, &t.stem]
        .iter()
        .all(|w| ctx.gaz.word_freq.get(*w).is_none_or(|&b| b >= 11));
    let known = ctx.place_at(k) > 0 || ctx.crf[k] == Some(Label::Location);
    ctx.crf[k] != Some(Label::Person) && (known || rare && !adjective)
}

/// «معبر أدري الحدودي», «منفذ الوليد الحدودي»: after a crossing's head (at `j - 1`), one
/// or two words before «الحدودي» name the town, whatever else they mean: the end.
pub(super) fn crossing(ctx: &Ctx, j: usize) -> Option<usize> {
    if !["معبر", "منفذ"].contains(&ctx.tokens[j - 1].key.as_str()) {
        return None;
    }
    (j + 1..j + 3).find(|&e| {
        ctx.tok(e)
            .is_some_and(|b| b.clitics.article && b.stem == "حدودي" && !b.line_start)
            && (j..e).all(|k| {
                ctx.is_word(k)
                    && !lexicon::is_function_word(&ctx.tokens[k].norm)
                    && !ctx.has_preposition(k)
                    && (k == j || !ctx.has_conjunction(k))
            })
    })
}

#[cfg(test)]
mod tests {
    use crate::rules::pipeline_tests::mentions;

    #[test]
    fn quarters_listed_after_areas_are_places() {
        let text = "ويخدم الطريق مناطق الصفوح والقصيص والطوار والمشاريع السكنية.";
        let found = mentions(text);
        for quarter in ["الصفوح", "القصيص", "الطوار"] {
            assert!(
                found.contains(&("LOCATION", quarter.to_owned())),
                "{quarter} in {found:?}"
            );
        }
        assert!(
            !found.iter().any(|(_, t)| t.contains("المشاريع")),
            "{found:?}"
        );
        let formal = mentions("وبحث الجانبان العلاقات بين المملكة وجمهورية كوريا الجنوبية.");
        assert!(
            formal.contains(&("LOCATION", "جمهورية كوريا الجنوبية".to_owned())),
            "{formal:?}"
        );
        let common = mentions("وتشمل الخطة مناطق الشمال والجنوب والوسط.");
        assert!(common.iter().all(|(ty, _)| *ty != "LOCATION"), "{common:?}");
    }

    #[test]
    fn towns_and_quarters_listed_without_the_article_are_places() {
        for (text, places) in [
            (
                "ووزعت الجمعية المساعدات على الأسر في مناطق عكار وطرابلس وزغرتا.",
                &["عكار", "زغرتا"][..],
            ),
            (
                "وتشمل الأعمال مناطق المزة وكفرسوسة وقدسيا خلال الأسبوع.",
                &["المزة", "كفرسوسة", "قدسيا"][..],
            ),
            (
                "وتمتد الشبكة بين منطقتي الجهراء والصليبيخات شمال العاصمة.",
                &["الجهراء", "الصليبيخات"][..],
            ),
            (
                "ونشرت الدوريات في مناطق صويلح وناعور لتنظيم السير.",
                &["صويلح", "ناعور"][..],
            ),
        ] {
            let found = mentions(text);
            // A glued «و» may stay on a name the lists do not hold (the gold accepts it).
            let has = |p: &str| {
                found.contains(&("LOCATION", p.to_owned()))
                    || found.contains(&("LOCATION", format!("و{p}")))
            };
            for place in places {
                assert!(has(place), "{place} in {found:?}");
            }
        }
        let common = mentions("وتعاني مناطق نائية وفقيرة من نقص المياه.");
        assert!(common.iter().all(|(ty, _)| *ty != "LOCATION"), "{common:?}");
    }
}
