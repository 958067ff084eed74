//! Places listed after a plural head: «محافظات القاهرة والجيزة والقليوبية», «ولايات الخرطوم
//! وكسلا وسنار», «لمحافظتي صلاح الدين وديالى», «مدن البيضاء وشحات والمرج». Each item is a
//! LOCATION (the head outside), where the tagger often reads the first and leaves the rest
//! as words joined by «و», or reads a province named like a man («وصلاح الدين») as him.

use super::*;

/// Plural and dual heads of provinces and towns (keys).
const PLURAL_HEADS: &[&str] = &[
    "محافظات",
    "ولايات",
    "محافظتي",
    "ولايتي",
    "مدينتي",
    "بلدات",
    "مدن",
    // The Maghreb's provinces: «بأقاليم الحوز وشيشاوة وتارودانت».
    "اقاليم",
    "اقليمي",
];

/// Most items of one list.
const MOST: usize = 8;

/// Listed places: see the module documentation.
pub(super) fn listed_places(ctx: &Ctx, out: &mut Vec<Cand>) {
    for h in 0..ctx.tokens.len() {
        let head = ctx
            .tok(h)
            .is_some_and(|t| t.kind == TokenKind::Word && PLURAL_HEADS.contains(&t.key.as_str()));
        if !head {
            continue;
        }
        // The first item: the tagger's place, or one word.
        let first = h + 1;
        let Some(mut k) = item_end(ctx, first, false) else {
            continue;
        };
        // «محافظات الشرقية والبحيرة والدقهلية»: a first item in -ية is a province only
        // in a list of three («المحافظات الشرقية والغربية» would be a direction).
        let nisba_first = ctx.nisba(first) && ctx.crf[first].is_none();
        let mut items = vec![(first, k)];
        while items.len() < MOST {
            match item_end(ctx, k, true) {
                Some(e) => {
                    items.push((k, e));
                    k = e;
                }
                None => break,
            }
        }
        // A list: two items at least (three after a first in -ية); after «مدن», a
        // common word for a town, most items known places («مدن العالم والمنطقة» none).
        let towns = ctx.tokens[h].key == "مدن";
        let known = items.iter().filter(|&&(s, _)| ctx.place_at(s) > 0).count();
        if items.len() >= 2 + usize::from(nisba_first) && (!towns || 2 * known >= items.len()) {
            for (s, e) in items {
                out.push(Cand::new(s, e, Label::Location, PRIO_CRF + 1));
            }
        }
    }
}

/// An item of the list at `s` (joined by «و» when `joined`): the tagger's place, or one word
/// that is no function word, trigger or (first) nisba, definite or rare, on the head's line: its
/// end.
fn item_end(ctx: &Ctx, s: usize, joined: bool) -> Option<usize> {
    let t = ctx
        .tok(s)
        .filter(|t| t.kind == TokenKind::Word && !t.line_start)?;
    if ctx.has_conjunction(s) != joined || ctx.has_preposition(s) {
        return None;
    }
    let starts_here = s == 0 || ctx.crf_end[s - 1] != ctx.crf_end[s];
    if ctx.crf[s] == Some(Label::Location) && starts_here {
        return Some(ctx.crf_end[s].min(s + 3));
    }
    // «وصلاح الدين», «وعبد الله»: a province named like a man, two words, after «و».
    let man = joined && ctx.crf[s] == Some(Label::Person) && starts_here && ctx.crf_end[s] <= s + 2;
    if man {
        return Some(ctx.crf_end[s]);
    }
    // «[دواوير بأقاليم الحوز] وشيشاوة»: the tagger's name that begins before the head (no
    // article: not «[الولايات المتحدة]») and ends with the first item is no name of its own.
    let head_inside =
        !joined && s >= 2 && ctx.crf_end[s - 2] == s + 1 && !ctx.tokens[s - 1].clitics.article;
    let plain = (ctx.crf[s].is_none() || head_inside)
        && !lexicon::is_function_word(&t.norm)
        // «مدن جنوب فرنسا»: a direction before a place is no town.
        && !matches!(t.key.as_str(), "جنوب" | "شمال" | "شرق" | "غرب" | "وسط")
        && ctx.trig(s).is_none()
        // «والقليوبية»: a province in -ية after «و» is no adjective of the one before (the
        // first in a list of three: see [`listed_places`]).
        && (!ctx.nisba(s) || joined || (s > 0 && ctx.tokens[s - 1].key.starts_with("محافظ")))
        // A verb going on after the list has no article: «… وسنار وأعلنت».
        && (t.clitics.article || !ctx.is_common(s));
    plain.then_some(s + 1)
}

#[cfg(test)]
mod tests {
    use crate::rules::pipeline_tests::texts_of;

    fn has(text: &str, places: &[&str]) {
        let found = texts_of(text, "LOCATION");
        for p in places {
            assert!(found.contains(&(*p).to_owned()), "{p} in {found:?}");
        }
    }

    #[test]
    fn places_listed_after_a_plural_head_are_each_a_place() {
        has(
            "واستقطب ضحاياه من محافظات القاهرة والجيزة والقليوبية بوعود كاذبة.",
            &["القاهرة", "الجيزة", "القليوبية"],
        );
        has(
            "وتضررت مزارع في ولايات الخرطوم وكسلا وسنار من الفيضان.",
            &["الخرطوم", "كسلا", "سنار"],
        );
        has(
            "وهطلت أمطار غزيرة على محافظتي إربد وجرش مساء أمس.",
            &["إربد", "جرش"],
        );
    }

    #[test]
    fn a_province_in_ya_a_town_and_a_province_named_like_a_man_are_listed_places() {
        has(
            "وشملت الحملة محافظات الغربية والمنوفية وكفر الشيخ خلال الأسبوع.",
            &["الغربية", "المنوفية"],
        );
        has(
            "وانقطعت الكهرباء عن مدن طبرق ودرنة والبيضاء مساء السبت.",
            &["طبرق", "درنة", "البيضاء"],
        );
        has(
            "ونفذت القوات عمليات تفتيش في محافظات نينوى وصلاح الدين والأنبار.",
            &["نينوى", "صلاح الدين", "الأنبار"],
        );
        has(
            "وشمل البرنامج دواوير بأقاليم الحوز وشيشاوة وتارودانت.",
            &["الحوز", "شيشاوة", "تارودانت"],
        );
        has(
            "وتساقطت الثلوج على مرتفعات إقليمي إفران وخنيفرة.",
            &["إفران", "خنيفرة"],
        );
        // Two items after a first in -ية, and «مدن» before common words: none.
        let found = texts_of("وزار الوفد المحافظات الشرقية والغربية أمس.", "LOCATION");
        assert!(found.is_empty(), "{found:?}");
        let found = texts_of(
            "وتتنافس مدن العالم والمنطقة على استضافة المعرض.",
            "LOCATION",
        );
        assert!(found.is_empty(), "{found:?}");
    }
}
