//! A verb read as the last word of a name: «[الاتحاد] ويعزز صدارته», «واشنطن و[بكين]
//! تمددان الهدنة», «[مستشفى جابر الأحمد] سيستقبل المرضى». The tagger and the head rules
//! run a name over the next word where they know no better; an imperfect verb («يـ», «تـ»,
//! «نـ», with «سـ» of the future or a glued «و»/«ف») that no name list holds is the sentence
//! going on, never a name's end (GUIDELINES.md, ORG: after a head an untagged word is the
//! sentence going on).

use super::*;

/// For each organisation or place of two words or more, among `out` and the tagger's, whose
/// last word is a verb: the name without it and a blocker on the verb, one priority higher.
pub(super) fn glued_verbs(ctx: &Ctx, out: &mut Vec<Cand>) {
    let named = |l: Option<Label>| matches!(l, Some(Label::Org | Label::Location));
    let mut spans: Vec<(usize, usize, u8)> = out
        .iter()
        .filter(|c| named(c.label) && c.title.is_none() && c.alias_of.is_none())
        .map(|c| (c.start, c.end, c.prio))
        .collect();
    let mut i = 0;
    while i < ctx.tokens.len() {
        if named(ctx.crf[i]) && ctx.crf_end[i] > i {
            spans.push((i, ctx.crf_end[i], PRIO_CRF));
            i = ctx.crf_end[i];
        } else {
            i += 1;
        }
    }
    for (s, e, prio) in spans {
        if e >= s + 2 && imperfect_verb(ctx, e - 1) && known_before(ctx, s, e - 1) {
            let label = out
                .iter()
                .find(|c| c.start == s && c.end == e && named(c.label))
                .and_then(|c| c.label)
                .or(ctx.crf[s]);
            if let Some(label) = label {
                let p = prio.saturating_add(1);
                out.push(Cand::new(s, e - 1, label, p));
                out.push(Cand::blocker(e - 1, e, p));
            }
        }
    }
}

/// True when `s..e` is a name by itself: the world list's or the harvested names' whole
/// («[الاتحاد] ويعزز», «[بكين] ستوقعان»), a country, or a head and the name after it
/// («[مستشفى جابر الأحمد] سيستقبل»). Foreign names no list knows may begin like verbs
/// («[لاس] فيغاس», «[ادوبي] سيستمز»): there the tagger's longer reading stays.
fn known_before(ctx: &Ctx, s: usize, e: usize) -> bool {
    let keys: Vec<&str> = ctx.tokens[s..e].iter().map(|t| t.key.as_str()).collect();
    let whole = |m: Option<(usize, PhraseCounts)>| m.is_some_and(|(n, _)| n == e - s);
    let headed = e >= s + 2
        && ctx.trig(s) == Some(Trigger::OrgHead)
        && ctx.crf[s + 1..e].iter().all(|l| l.is_some());
    whole(ctx.gaz.world.longest_at(&keys, 0))
        || whole(ctx.gaz.phrases.longest_at(&keys, 0))
        || ctx.country[s] == e - s
        || headed
}

/// True for an imperfect verb at `k`: «ويعزز», «سيستقبل», «فستواصل», «وتؤكد» — a glued
/// conjunction or the future's «سـ», a prefix of person, three letters of stem at least
/// (not «ا» or «ي» first: «ويارد» is no verb), no article, and no list that holds the word
/// as a name («وتونس», «ويليامز»).
fn imperfect_verb(ctx: &Ctx, k: usize) -> bool {
    let Some(t) = ctx.tok(k) else { return false };
    if t.kind != TokenKind::Word || t.clitics.article || t.line_start {
        return false;
    }
    let norm = t.norm.as_str();
    let conjunction = norm.strip_prefix(['و', 'ف']);
    let w = conjunction.unwrap_or(norm);
    let future = w.strip_prefix('س');
    let w = future.unwrap_or(w);
    // A bare «تـ», «يـ», «نـ» also begins foreign names no list holds («تاون», «تيليكوم»,
    // «نيوز», «تسمان»): only a glued conjunction or the future's «سـ» says verb, or the
    // dual's «ان» after a definite word («الوكالة الذرية تستأنفان», «الهيئة العامة
    // تبحثان»), which a foreign name's last word does not have.
    let dual =
        w.ends_with("ان") && w.chars().count() >= 6 && k > 0 && ctx.tokens[k - 1].clitics.article;
    if conjunction.is_none() && future.is_none() && !dual {
        return false;
    }
    let Some(stem) = w.strip_prefix(['ي', 'ت', 'ن']) else {
        return false;
    };
    if stem.starts_with(['ا', 'ي']) {
        return false;
    }
    // An Arabic stem has one long vowel at most once the dual or plural ending is off
    // («تعزز», «توقعان»); a transliterated name has more («سيتريوري», «فيسينتي», «سترايك»).
    let core = ["ان", "ون", "ين", "وا"]
        .iter()
        .find_map(|end| stem.strip_suffix(end))
        .unwrap_or(stem);
    if core
        .chars()
        .filter(|c| matches!(c, 'ا' | 'و' | 'ي'))
        .count()
        > 1
    {
        return false;
    }
    let known = ctx.flags(k) & (flag::FIRST_NAME | flag::LAST_NAME | flag::COUNTRY) != 0
        || ctx.gaz.phrases.map.contains_key(&t.key)
        || ctx.gaz.world.map.contains_key(&t.key)
        || ctx.gaz.single_names.contains(&t.norm);
    stem.chars().count() >= 3 && !known && ctx.country[k] == 0
}

#[cfg(test)]
mod tests {
    use crate::rules::pipeline_tests::mentions;

    #[test]
    fn a_verb_after_a_name_is_no_part_of_it() {
        for (text, name, verb) in [
            ("وفاز الهلال على ضيفه ويعزز صدارته للدوري.", "الهلال", "ويعزز"),
            (
                "وأعلنت وزارة الصحة أن مستشفى العدان سيستقبل المرضى اعتبارا من الأحد.",
                "مستشفى العدان",
                "سيستقبل",
            ),
            (
                "وقالت المصادر إن موسكو وبكين ستوقعان اتفاق التعاون الدفاعي.",
                "بكين",
                "ستوقعان",
            ),
            (
                "وقالت المصادر إن القاهرة والمنظمة الدولية تبحثان خطة الإغاثة.",
                "المنظمة الدولية",
                "تبحثان",
            ),
            (
                "إن الرياض والوكالة الدولية للطاقة الذرية تتفقان على جولة جديدة.",
                "الوكالة الدولية للطاقة الذرية",
                "تتفقان",
            ),
        ] {
            let found = mentions(text);
            assert!(
                found.iter().all(|(_, m)| !m.contains(verb)),
                "{verb} in {found:?}"
            );
            assert!(found.iter().any(|(_, m)| m == name), "{name} in {found:?}");
        }
    }

    #[test]
    fn names_that_begin_like_verbs_stay_whole() {
        for (text, name) in [
            ("وتعاقد نادي مانشستر يونايتد مع المدافع.", "مانشستر يونايتد"),
            ("ووصل الوفد إلى العاصمة تونس أمس.", "تونس"),
            ("ووصلت السفينة إلى ميناء كيب تاون صباحا.", "كيب تاون"),
            ("ووقعت الشركة عقدا مع فرانس تيليكوم أمس.", "فرانس تيليكوم"),
        ] {
            let found = mentions(text);
            assert!(found.iter().any(|(_, m)| m == name), "{name} in {found:?}");
        }
    }
}
