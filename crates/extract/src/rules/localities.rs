//! Places the tagger misses where the news says what they are: a town, province or
//! wilaya after its head («ولاية البليدة», «ولاية شمال دارفور», «محافظة شمال سيناء»), a
//! town the city list holds in a list of places («وهران وقسنطينة وتيزي وزو»), and
//! «السعودية» as the country where no noun before it can take it as an adjective
//! («بقيادة السعودية», «إلى السعودية»). As ANERcorp does, the head word stays out of the
//! place («مدينة \[الفاشر\]»).

use super::*;

#[path = "foreign_places.rs"]
mod foreign_places;
use foreign_places::{cairo_district, capital_named, foreign_name, named_as_person};

#[path = "located_towns.rs"]
mod located_towns;

#[path = "state_names.rs"]
pub(in crate::rules) mod state_names;

#[path = "waters.rs"]
mod waters;

#[path = "quarters.rs"]
mod quarters;
use quarters::{crossing, neighbourhood, neighbourhoods};

/// Words that name what kind of place the name after them is.
const LOCALITY_HEADS: &[&str] = &[
    "ولايه",
    "محافظه",
    "مدينه",
    "بلده",
    "قريه",
    "اقليم",
    "عماله",
    "مقاطعه",
    "ولايات",
    // Two or more of them: «لمحافظتي [صلاح الدين] و[ديالى]», «مدينتي [شحات] وسوسة».
    "محافظتي",
    "محافظات",
    "ولايتي",
    "مدينتي",
    "مخيم",
    "ضاحيه",
    "مديريه",
    "ريف",
    "قضاء",
    "محله",
    "حي",
    // Border crossings named by their town: «معبر [رفح]», «منفذ [طريبيل]».
    "معبر",
    "منفذ",
    // A port or airport named by its town leaves the town as the place: «ميناء
    // [الحديدة]», «مطار [دبي] الدولي».
    "ميناء",
    "مطار",
    // A power station by its town: «محطة [زابوريجيا] النووية», «محطة [بوشهر]».
    "محطه",
];

/// Heads of a natural place named by the word after them, which stays out as with
/// [`LOCALITY_HEADS`] («جزيرة [لوزون]», «بركان [إتنا]», «نهر [أومو]»), but which are no
/// locality alone: «بركان» is also the Moroccan town (Berkane), so no blocker.
const NATURE_HEADS: &[&str] = &["جزيره", "جزر", "بركان", "جبل", "جبال", "نهر", "بحيره"];

/// The word-frequency bucket from which a one-word town is rare enough to be read as the
/// town (Zipf 5 and rarer: «البليدة», «وهران», «سطيف»; not «مدينة», «الزيتون», and
/// «تونس» needs the tagger).
const RARE: u8 = 10;

/// Directions that are part of a province's name after its head («شمال دارفور»).
const DIRECTIONS: &[&str] = &["شمال", "جنوب", "شرق", "غرب"];

/// Places: see the module documentation.
pub(super) fn localities(ctx: &Ctx, out: &mut Vec<Cand>) {
    for i in 0..ctx.tokens.len() {
        let Some(t) = ctx.tok(i).filter(|t| t.kind == TokenKind::Word) else {
            continue;
        };
        // «بمحافظة»: the stem keeps a preposition the word may carry.
        let bare = t.norm.strip_prefix(['و', 'ف', 'ب', 'ل', 'ك']);
        let head = LOCALITY_HEADS.contains(&t.stem.as_str())
            || LOCALITY_HEADS.contains(&t.norm.as_str())
            || bare.is_some_and(|b| LOCALITY_HEADS.contains(&b));
        let nature = NATURE_HEADS.contains(&t.stem.as_str());
        // «[جبال الألب]»: where the tagger took the head in, the place stands.
        let head_tagged = ctx.crf[i] == Some(Label::Location);
        if !t.clitics.article && nature && !head && !ctx.has_preposition(i) && !head_tagged {
            // Not a listed place: «جبال [الألب]» is the tagger's or the phrase list's whole.
            let j = i + 1;
            let free = ctx.is_word(j)
                && ctx.tok(j).is_some_and(|n| !n.line_start)
                && !ctx.has_preposition(j)
                && !ctx.has_conjunction(j);
            let bare = free && ctx.crf[j].is_none() && !ctx.tokens[j].clitics.article;
            let named = bare
                .then(|| listed_town(ctx, j, true).map(|n| j + n))
                .flatten()
                .or_else(|| free.then(|| foreign_name(ctx, j)).flatten());
            // «جبال حمرين», «جبال زاغروس»: a range's name takes its head, as «جبال الألب»
            // does (not a country's mountains, «جبال لبنان»).
            let range = t.stem == "جبال" && ctx.country[j] == 0;
            let tagged =
                free && ctx.crf[j] == Some(Label::Location) && ctx.crf_end[i] != ctx.crf_end[j];
            if range && tagged {
                out.push(Cand::new(i, ctx.crf_end[j], Label::Location, PRIO_ORG));
            } else if let Some(e) = named.or_else(|| named_as_person(ctx, j)) {
                let s = if range { i } else { i + 1 };
                out.push(Cand::new(s, e, Label::Location, PRIO_ORG));
            }
        } else if !t.clitics.article && head {
            if let Some(e) = after_head(ctx, i + 1) {
                out.push(Cand::new(i + 1, e, Label::Location, PRIO_ORG));
            }
            // «ومدينة | تيزي وزو»: the head alone, before its place, is no place.
            let alone = ctx.crf[i] == Some(Label::Location) && ctx.crf_end[i] == i + 1;
            if alone && ctx.tok(i + 1).is_some_and(|n| !n.line_start) {
                out.push(Cand::blocker(i, i + 1, PRIO_CRF + 1));
            }
        } else if ctx.has_conjunction(i) && ends_place(ctx, i) {
            // Where the tagger found a name inside, it stands («وقطاع [غزة]»).
            let untagged = |n: &usize| (i..i + n).all(|k| ctx.crf[k].is_none());
            if let Some(n) = listed_town(ctx, i, false).filter(untagged) {
                out.push(Cand::new(i, i + n, Label::Location, PRIO_CRF + 1));
            }
        }
        // «أحياء النرجس والملقا», «مناطق القوز والبرشا والجداف», «بين منطقتي النهدة
        // والخان», «أقضية بنت جبيل ومرجعيون»: quarters and towns in a list.
        if matches!(
            t.key.as_str(),
            "احياء" | "مناطق" | "منطقتي" | "بلدات" | "قري" | "اقضيه"
        ) && !t.clitics.article
        {
            neighbourhoods(ctx, i + 1, out);
        }
        if let Some(e) = directed_region(ctx, i).or_else(|| waters::water(ctx, i)) {
            out.push(Cand::new(i, e, Label::Location, PRIO_ORG));
        }
        if let Some((s, e)) = capital_named(ctx, i).or_else(|| cairo_district(ctx, i)) {
            out.push(Cand::new(s, e, Label::Location, PRIO_ORG));
        }
        // «جنوب السودان»: a country of two words where the tagger found its last alone.
        let n = ctx.country[i];
        if n >= 2 && ctx.crf[i].is_none() && ctx.crf[i + 1] == Some(Label::Location) {
            out.push(Cand::new(i, i + n, Label::Location, PRIO_CRF + 1));
        }
        let formal = formal_country(ctx, i).or_else(|| state_names::state_name(ctx, i));
        if let Some(e) = formal.or_else(|| capital_city(ctx, i)) {
            out.push(Cand::new(i, e, Label::Location, PRIO_ORG));
        }
        if saudi_the_country(ctx, i) {
            out.push(Cand::new(i, i + 1, Label::Location, PRIO_COUNTRY));
        }
    }
}

/// The adjectives of a state's formal name after its country (folded stems): «جمهورية
/// ألمانيا الاتحادية», «جمهورية مصر العربية», «جمهورية الصين الشعبية».
const STATE_ADJECTIVES: &[&str] = &["اتحاديه", "عربيه", "شعبيه", "اسلاميه", "ديمقراطيه", "هاشميه"];

/// A country's formal name, head included: «دولة الإمارات», «دولة الكويت», «جمهورية
/// ألمانيا الاتحادية», «سلطنة عمان»: the end. Only a country right after the head («دولة
/// الاحتلال», «الدولة العثمانية» are none), and not after an office («رئيس جمهورية العراق»).
fn formal_country(ctx: &Ctx, i: usize) -> Option<usize> {
    let t = &ctx.tokens[i];
    let heads = lexicon::STATE_HEADS;
    let head = heads.contains(&t.stem.as_str()) || heads.contains(&t.norm.as_str());
    // «وجمهورية إندونيسيا»: a glued «و» is the list's, not the name's.
    if !head || t.clitics.article || ctx.tok(i + 1)?.line_start {
        return None;
    }
    // «رئيس جمهورية [العراق] جلال طالباني», «أمير دولة [الكويت]»: after an office or
    // a ruler's title the head is the office's.
    let office = |p: &Token| {
        let ruler = !p.clitics.article && p.trigger() == Some(Trigger::Honorific);
        ruler || [p.trigger(), p.key_trigger()].contains(&Some(Trigger::Office))
    };
    if i > 0 && office(&ctx.tokens[i - 1]) {
        return None;
    }
    // A country of the list or the tagger's place there («الإمارات»).
    let tagged = ctx.crf[i + 1] == Some(Label::Location) && ctx.crf_end[i] != ctx.crf_end[i + 1];
    let n = if tagged {
        ctx.crf_end[i + 1] - i - 1
    } else {
        ctx.country[i + 1]
    };
    if n == 0 || ctx.country_after_preposition[i + 1] || ctx.has_conjunction(i + 1) {
        return None;
    }
    let mut e = i + 1 + n;
    while ctx.definite(e) && ctx.stem_in(e, STATE_ADJECTIVES) && !ctx.has_conjunction(e) {
        e += 1;
    }
    Some(e)
}

/// «الجزائر العاصمة», «تونس العاصمة»: a capital named by its country and «العاصمة» to tell
/// it from the country is one place (the city): the end.
fn capital_city(ctx: &Ctx, i: usize) -> Option<usize> {
    let n = ctx.country[i];
    let j = i + n;
    let capital = n > 0
        && ctx
            .tok(j)
            .is_some_and(|c| c.norm == "العاصمه" && !c.line_start)
        && !ctx.has_preposition(j);
    // «الجزائر العاصمة الاقتصادية»: the capital's adjective says which, no city.
    let described = ctx
        .tok(j + 1)
        .is_some_and(|a| a.clitics.article && !a.line_start)
        && ctx.nisba(j + 1);
    (capital && !described).then_some(j + 1)
}

/// The place's name after a locality head, from `j`: a direction and the place it names
/// («شمال دارفور»), or a town the city list holds where the tagger found none: the end.
fn after_head(ctx: &Ctx, j: usize) -> Option<usize> {
    let t = ctx
        .tok(j)
        .filter(|t| t.kind == TokenKind::Word && !t.line_start)?;
    if ctx.has_preposition(j) || ctx.has_conjunction(j) {
        return None;
    }
    if !t.clitics.article && DIRECTIONS.contains(&t.stem.as_str()) {
        // «شمال دارفور» is a province; «شمال إيطاليا», «غرب مدينة نصر» say where.
        let n = ctx.place_at(j + 1);
        let free = !ctx.has_preposition(j + 1) && !ctx.has_conjunction(j + 1);
        let described = ctx.country[j + 1] > 0
            || ctx
                .tok(j + 1)
                .is_some_and(|p| LOCALITY_HEADS.contains(&p.stem.as_str()));
        return (n > 0 && free && !described).then_some(j + 1 + n);
    }
    // «محافظة صلاح الدين», «لمحافظتي صلاح الدين»: a province named after a person, whom
    // the tagger reads there (not «ولاية»: «ولاية أوباما» is his term).
    let province = ["محافظه", "محافظتي", "محافظات"].contains(&ctx.tokens[j - 1].key.as_str());
    // Two words at most: «محافظة صلاح الدين أحمد ناجي» is the province and its governor.
    let two = ctx.crf_end[j] <= j + 2;
    if province && two && ctx.crf[j] == Some(Label::Person) && ctx.crf_end[j - 1] != ctx.crf_end[j]
    {
        return Some(ctx.crf_end[j]);
    }
    // After the head a listed town is the town, whatever else the tagger read there
    // («بمحافظة شبوة»); a tagged place stands as it is.
    if ctx.crf[j] == Some(Label::Location) {
        return None;
    }
    listed_town(ctx, j, true)
        .map(|n| j + n)
        .or_else(|| neighbourhood(ctx, j))
        .or_else(|| crossing(ctx, j))
        .or_else(|| foreign_name(ctx, j))
        .or_else(|| located_towns::located_town(ctx, j))
}

/// Provinces named by a direction and a region (token keys): «شمال سيناء», «جنوب
/// دارفور», «شمال الباطنة»; a direction before a country only says where («شمال
/// إيطاليا»). Not a continent: ANERcorp tags «أفريقيا» alone in «شرق أفريقيا», and
/// reading it whole cost 0.3 points of news-scheme CV (33 mentions).
const REGIONS: &[&str] = &["سيناء", "دارفور", "كردفان", "باطنه"];

/// A direction at `i` and the region of [`REGIONS`] it names, with a second direction
/// between («جنوب شرق آسيا»): one place. The end.
fn directed_region(ctx: &Ctx, i: usize) -> Option<usize> {
    let t = &ctx.tokens[i];
    if t.clitics.article || !DIRECTIONS.contains(&t.key.as_str()) {
        return None;
    }
    let mut j = i + 1;
    if ctx
        .tok(j)
        .is_some_and(|d| !d.clitics.article && DIRECTIONS.contains(&d.stem.as_str()))
    {
        j += 1;
    }
    let region = ctx.tok(j).is_some_and(|r| {
        r.kind == TokenKind::Word && !r.line_start && REGIONS.contains(&r.key.as_str())
    });
    (region && !ctx.has_preposition(j) && !ctx.has_conjunction(j)).then_some(j + 1)
}

/// A town of one or two words the world list holds as a place, at `j`, and as nothing
/// else («البليدة», «تيزي وزو»): not a common word alone ([`rare_word`], looser
/// `after_head`). Its length.
fn listed_town(ctx: &Ctx, j: usize, after_head: bool) -> Option<usize> {
    let key = |n: usize| {
        let words: Option<Vec<&str>> = (j..j + n)
            .map(|k| {
                ctx.tok(k)
                    .filter(|t| t.kind == TokenKind::Word && (k == j || !t.line_start))
                    .map(|t| t.key.as_str())
            })
            .collect();
        words.map(|w| w.join(" "))
    };
    let place = |k: &str| {
        ctx.gaz
            .world
            .map
            .get(k)
            .is_some_and(|c| c.by_type[1] > 0 && c.by_type[1] == c.by_type.iter().sum::<u32>())
    };
    if key(2).is_some_and(|k| place(&k)) && rare_word(ctx, j, after_head) && !ctx.is_common(j) {
        return Some(2);
    }
    // A town named by a common word («مدينة», «النصر») is the word: a rare one only.
    let t = &ctx.tokens[j];
    // «بيحان»: where the stemmer took a first letter of the word for a clitic, the
    // list's key is no evidence (a suffix it took, as in «شبوة», is).
    if !t.stem.starts_with(t.key.as_str()) {
        return None;
    }
    let single = key(1).is_some_and(|k| place(&k))
        && rare_word(ctx, j, after_head)
        && !ctx.is_common(j)
        && ctx.trig(j).is_none()
        && !LOCALITY_HEADS.contains(&t.stem.as_str())
        && t.key.chars().count() >= 3;
    single.then_some(1)
}

/// True when the word at `j` is rare in Arabic at large in every form it may stand for:
/// as written, without a conjunction, as its stem and its key («وحارس» is «حارس», a
/// common word, though a town is called so).
/// After a locality head, a town the lists hold exactly as written («إدلب») may be one
/// bucket commoner than one they hold without its article or letters («الزيتون» is the
/// olives); in a list of places it may not («وحارس» is a guard).
fn rare_word(ctx: &Ctx, j: usize, after_head: bool) -> bool {
    let t = &ctx.tokens[j];
    let bare = t.norm.strip_prefix(['و', 'ف']).unwrap_or(&t.norm);
    let as_written = ctx.gaz.single_names.contains(&t.norm) || ctx.gaz.single_names.contains(bare);
    // «ينقل» is a verb before it is a town.
    let verb_like = t.key.starts_with(['ي', 'ت', 'ن']);
    let rare = if as_written && after_head && !verb_like {
        RARE - 1
    } else {
        RARE
    };
    [t.norm.as_str(), bare, &t.stem, &t.key]
        .iter()
        .all(|w| ctx.gaz.word_freq.get(*w).is_none_or(|&b| b >= rare))
}

/// True when token `i` (with its «و») follows a place: the previous word ends one.
fn ends_place(ctx: &Ctx, i: usize) -> bool {
    // A country name is at most three words (`Ctx::country`).
    i > 0
        && (ctx.crf[i - 1] == Some(Label::Location)
            || (i.saturating_sub(3)..i).any(|s| ctx.country[s] == i - s))
}

/// «بقيادة السعودية», «إلى السعودية»: «السعودية» after a function word or an indefinite
/// noun that is no name (which it would describe: «أرامكو السعودية»), not after a
/// definite noun («القوات السعودية») or in a tagged name.
fn saudi_the_country(ctx: &Ctx, i: usize) -> bool {
    let t = &ctx.tokens[i];
    if t.stem != "سعوديه" || !t.clitics.article || ctx.crf[i].is_some() || i == 0 {
        return false;
    }
    let p = &ctx.tokens[i - 1];
    if p.kind != TokenKind::Word {
        return false;
    }
    let function = lexicon::is_function_word(&p.norm);
    // An adjective agrees with its noun in definiteness: after an indefinite common noun
    // or head word («بقيادة»), the definite «السعودية» is the noun's genitive.
    let construct = !p.clitics.article
        && (ctx.is_common(i - 1) || ctx.trig(i - 1).is_some())
        && ctx.crf[i - 1].is_none()
        && ctx.country[i - 1] == 0;
    function || construct
}

#[cfg(test)]
mod tests {
    use crate::rules::pipeline_tests::mentions;

    #[test]
    fn a_capital_by_its_country_and_al_asima_is_one_place() {
        for (text, place) in [
            (
                "وافتتح المعرض أمس بالجزائر العاصمة، بحضور الوزير.",
                "الجزائر العاصمة",
            ),
            ("وتقام الندوة في تونس العاصمة يوم الخميس.", "تونس العاصمة"),
            (
                "وانتقل الفريق من الجزائر العاصمة إلى وهران صباح الأحد.",
                "الجزائر العاصمة",
            ),
        ] {
            let found = mentions(text);
            assert!(
                found.contains(&("LOCATION", place.to_owned())),
                "{place} in {found:?}"
            );
        }
    }
}
