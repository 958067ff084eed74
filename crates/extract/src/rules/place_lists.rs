//! Places listed after a plural head: «محافظات القاهرة والجيزة والقليوبية», «ولايات الخرطوم
//! وكسلا وسنار», «لمحافظتي صلاح الدين وديالى». Each item is a LOCATION (the head outside),
//! where the tagger often reads the first and leaves the rest as words joined by «و».

use super::*;

/// Plural and dual heads of provinces and towns (keys).
const PLURAL_HEADS: &[&str] = &["محافظات", "ولايات", "محافظتي", "ولايتي", "مدينتي", "بلدات"];

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
        // A list: two items at least.
        if items.len() >= 2 {
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
    let plain = ctx.crf[s].is_none()
        && !lexicon::is_function_word(&t.norm)
        && ctx.trig(s).is_none()
        // «والقليوبية»: a province in -ية after «و» is no adjective of the one before.
        && (!ctx.nisba(s) || joined)
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
}
