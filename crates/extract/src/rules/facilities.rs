//! Places named after a person or by a name of their own: stadiums, airports, streets,
//! bridges, squares, halls and mosques («استاد جاسم بن حمد», «مطار الملك خالد الدولي»,
//! «شارع الملك فيصل», «ميناء حمد», «مطار هيثرو»). The name inside is part of the place's name
//! (GUIDELINES.md, LOCATION), not a PERSON or MISC mention.

use super::*;

#[path = "palaces.rs"]
mod palaces;

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
    "مجمع",
];

/// Heads of a place named by a city or country and what it is («مركز الدوحة للمعارض»,
/// «مسرح قطر الوطني»): only with that complement, never alone. «مركز» names a venue only
/// with [`VENUE_PURPOSES`]; with others it is often a body («مركز الخليج للأبحاث»).
const PLACE_NAMED_HEADS: &[&str] = &["مركز", "مسرح", "حديقه", "متنزه"];

/// What a «مركز» is for when it is a venue («للمعارض», «للمؤتمرات»): folded, with «لل».
const VENUE_PURPOSES: &[&str] = &["للمعارض", "للمؤتمرات", "للفعاليات"];

/// Heads of a street or square, which take a definite name («شارع الكورنيش», «ميدان
/// التحرير», «ساحة القصبة»). Not «طريق», mostly "way" («بطريق الخطأ»); «ساحة» not
/// before [`NOT_SQUARES`] («ساحة المعركة»).
const STREET_HEADS: &[&str] = &["شارع", "ميدان", "ساحه"];

/// What «ساحة» is the field or the yard of, not a square's name (stems): «ساحة المعركة»,
/// «ساحة المسجد».
const NOT_SQUARES: &[&str] = &[
    "معركه",
    "قتال",
    "حرب",
    "صراع",
    "مواجهه",
    "لعب",
    "ملعب",
    "مدرسه",
    "مسجد",
    "منزل",
    "بيت",
    "دار",
    "قصر",
    "مستشفي",
    "جامعه",
    "سجن",
    "معتقل",
    "مطار",
    "ميناء",
    "عمل",
    "نزال",
    "شرف",
    "اعدام",
    "معرض",
    "مبني",
    "مجمع",
    "فندق",
    "كليه",
    "معهد",
    "ملعب",
    "حرم",
    "مقر",
    "منافسه",
    "انتخابات",
    "تحرك",
    "اعتصام",
];

/// Places of [`HEADS`] in construct state before a person's name (with an optional title
/// before it) or a name of their own, and a nisba after it («الدولي»).
pub(super) fn facilities(ctx: &Ctx, out: &mut Vec<Cand>) {
    for i in 0..ctx.tokens.len() {
        let t = &ctx.tokens[i];
        if t.kind != TokenKind::Word || t.clitics.article {
            continue;
        }
        if let Some((s, e)) = named_by_a_date(ctx, i) {
            out.push(Cand::new(s, e, Label::Location, PRIO_ORG));
            continue;
        }
        if let Some(end) = named_by_place_or_street(ctx, i)
            .or_else(|| road_or_field(ctx, i))
            .or_else(|| hotel_or_palace(ctx, i))
        {
            out.push(Cand::new(i, end, Label::Location, PRIO_ORG));
            continue;
        }
        // «بشارع»: the stem keeps a preposition the key drops.
        if !HEADS.contains(&t.stem.as_str()) && !HEADS.contains(&t.key.as_str()) {
            continue;
        }
        // «الملك», «الأمير», «الشيخ», «الإمام», «الشهيد» before the name.
        let mut j = i + 1;
        while ctx
            .tok(j)
            .is_some_and(|w| w.stem == "شهيد" && w.clitics.article)
            || matches!(ctx.trig(j), Some(Trigger::Rank | Trigger::Honorific))
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
                // «مجمع سونلغاز» is a group of companies, not a place; «مجمع حمد» is.
                // «لمجمع سوناطراك»: the key drops the glued «ل» the stem keeps.
                && !((t.stem == "مجمع" || t.key == "مجمع")
                    && ctx.crf[j] == Some(Label::Org)
                    && ctx.flags(j) & flag::FIRST_NAME == 0)
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
        end = sport_after(ctx, end);
        out.push(Cand::new(i, end, Label::Location, PRIO_ORG));
    }
}

/// Heads of a hotel or resort, which is a place with the name after it («فندق شيراتون
/// الدوحة», «منتجع الريتز كارلتون»).
/// Not «منتجع»: ANERcorp names the place inside («منتجع \[بغنداران\] السياحي»).
const HOTEL_HEADS: &[&str] = &["فندق"];

/// What a palace of the Maghreb's and the Levant's venues is of («قصر المؤتمرات», «قصر
/// الثقافة»), folded stems.
const PALACE_OF: &[&str] = &["مؤتمرات", "ثقافه", "معارض", "رياضات", "عداله", "فنون"];

/// A hotel or resort and its name, with the city after it («فندق شيراتون الدوحة»), or a
/// palace of congresses, culture or justice («قصر المؤتمرات»): one place, head included,
/// whatever the tagger made of the name inside (a hotel chain is an ORG alone, not in a
/// hotel's name). The end.
fn hotel_or_palace(ctx: &Ctx, i: usize) -> Option<usize> {
    let t = &ctx.tokens[i];
    // The stem or the word as written: «فندق» is no «ف» + «ندق».
    let is = |w: &str| t.stem == w || t.norm == w;
    let hotel = HOTEL_HEADS.iter().any(|h| is(h));
    let palace = is("قصر");
    if is("دار") {
        return opera_house(ctx, i);
    }
    let j = i + 1;
    let n = ctx
        .tok(j)
        .filter(|n| (hotel || palace) && n.kind == TokenKind::Word && !n.line_start)?;
    // «قصر فيرساي»: a name the tagger read whole has no conjunction.
    let conjunction = ctx.has_conjunction(j) && !(palace && ctx.crf[j].is_some());
    if ctx.has_preposition(j) || conjunction || lexicon::is_function_word(&n.norm) {
        return None;
    }
    let starts_here = j == 0 || ctx.crf_end[j - 1] != ctx.crf_end[j];
    // «فندق الملك داود»: a title and the person after it name the hotel; a title alone
    // does not.
    if matches!(ctx.trig(j), Some(Trigger::Rank | Trigger::Honorific)) {
        let person = (ctx.crf.get(j + 1) == Some(&Some(Label::Person)))
            .then(|| ctx.crf_end[j + 1])
            .or_else(|| (ctx.flags(j + 1) & flag::FIRST_NAME != 0).then_some(j + 2));
        return person.filter(|_| hotel && !ctx.has_preposition(j + 1));
    }
    if ctx.trig(j).is_some() {
        return None;
    }
    let mut e = if palace {
        (n.clitics.article && PALACE_OF.contains(&n.stem.as_str()))
            .then_some(j + 1)
            .or_else(|| palaces::palace_name(ctx, j))?
    } else if ctx.crf[j].is_some() && starts_here {
        ctx.crf_end[j].min(j + 4)
    } else if ctx.proper_like(j) || n.clitics.article && !ctx.is_common(j) && !ctx.nisba(j) {
        j + 1
    } else {
        return None;
    };
    // «شيراتون الدوحة»: the city the tagger took for a place of its own is the hotel's.
    if ctx.crf[e - 1] == Some(Label::Location) && e > j + 1 {
        return Some(e);
    }
    let city = ctx.place_at(e);
    if hotel && city > 0 && !ctx.has_preposition(e) && !ctx.has_conjunction(e) {
        e += city;
    }
    Some(e)
}

/// Places named by a date (keys): a stadium, street, square or bridge with its head
/// («ملعب 5 جويلية», «شارع 26 يوليو», «جسر 6 أكتوبر»); a neighbourhood or city without
/// («حي [5 جويلية]», «مدينة [6 أكتوبر]»), as after other locality heads.
const DATED_HEADS: &[(&str, bool)] = &[
    ("ملعب", true),
    ("استاد", true),
    ("شارع", true),
    ("ميدان", true),
    ("ساحه", true),
    ("جسر", true),
    ("حي", false),
    ("مدينه", false),
];

/// A place named by a day and a month (and a year) after a head of [`DATED_HEADS`] at
/// `i`: its span, which the date inside does not break.
fn named_by_a_date(ctx: &Ctx, i: usize) -> Option<(usize, usize)> {
    // Every word is asked: the day after the head first.
    let day = ctx.tok(i + 1)?;
    if day.kind != TokenKind::Number || day.line_start || day.norm.chars().count() > 2 {
        return None;
    }
    let t = &ctx.tokens[i];
    let &(_, with_head) = DATED_HEADS.iter().find(|(h, _)| *h == t.key)?;
    if !ctx.any_month(i + 2) || ctx.tok(i + 2).is_none_or(|m| m.line_start) {
        return None;
    }
    let year = ctx.tok(i + 3).is_some_and(|y| {
        y.kind == TokenKind::Number && !y.line_start && y.norm.chars().count() == 4
    });
    let s = if with_head { i } else { i + 1 };
    Some((s, i + 3 + usize::from(year)))
}

/// «دار الأوبرا المصرية», «دار الأوبرا السلطانية مسقط»: the opera house at `i` with its
/// adjective and its city. The end.
fn opera_house(ctx: &Ctx, i: usize) -> Option<usize> {
    let opera = ctx
        .tok(i + 1)
        .is_some_and(|t| t.clitics.article && t.key == "اوبرا" && !t.line_start);
    if !opera || ctx.has_preposition(i + 1) || ctx.has_conjunction(i + 1) {
        return None;
    }
    let mut e = i + 2;
    if ctx.nisba(e) && ctx.definite_word(e) && !ctx.has_conjunction(e) {
        e += 1;
    }
    if !ctx.has_preposition(e)
        && !ctx.has_conjunction(e)
        && ctx.tok(e).is_some_and(|t| !t.line_start)
    {
        e += ctx.place_at(e);
    }
    Some(e)
}

/// What a sports venue is for, after its name: «مجمع خليفة الدولي للتنس والاسكواش»,
/// «استاد حمد للرياضات المائية»: «لل» and a rare word, and one more joined by «و».
fn sport_after(ctx: &Ctx, e: usize) -> usize {
    let sport = |k: usize| {
        ctx.tok(k)
            .is_some_and(|t| t.kind == TokenKind::Word && !t.line_start)
            && ctx.crf[k].is_none()
            && !ctx.is_common(k)
    };
    if !(ctx.tok(e).is_some_and(|t| t.norm.starts_with("لل")) && sport(e)) {
        return e;
    }
    let joined = ctx.has_conjunction(e + 1)
        && ctx.tok(e + 1).is_some_and(|t| t.clitics.article)
        && !ctx.has_preposition(e + 1)
        && sport(e + 1);
    e + 1 + usize::from(joined)
}

/// Roads and oil or gas fields named by a direction or a place: «طريق الشمال», «طريق
/// سلوى», «حقل الشمال الشرقي». Not «بطريق الخطأ» (by mistake): the name must be one of
/// [`DIRECTIONS`] or a place; nor «عن طريق سوريا» (by way of). Returns the end, with adjectives after the name.
fn road_or_field(ctx: &Ctx, i: usize) -> Option<usize> {
    let t = &ctx.tokens[i];
    // «عن طريق سوريا» is "by way of Syria".
    let by_way_of = i > 0 && ctx.tokens[i - 1].norm == "عن";
    if !["طريق", "حقل", "حقول"].contains(&t.stem.as_str()) || ctx.has_preposition(i) || by_way_of
    {
        return None;
    }
    let j = i + 1;
    let n = ctx
        .tok(j)
        .filter(|n| n.kind == TokenKind::Word && !n.line_start)?;
    if ctx.has_preposition(j) || ctx.has_conjunction(j) {
        return None;
    }
    let direction = n.clitics.article && DIRECTIONS.contains(&n.stem.as_str());
    // «طريق سلوى»: a road may be named after a town or a person the tagger found; «طريق
    // اليمن» is the way to a country, and the country stays the place.
    let road_name = t.stem == "طريق" && ctx.crf[j] == Some(Label::Person);
    let place = if ctx.country[j] > 0 {
        0
    } else if road_name {
        1
    } else {
        ctx.place_at(j)
    };
    let mut e = if direction {
        j + 1
    } else if place > 0 {
        j + place
    } else {
        field_name(ctx, i)?
    };
    while e < j + 3 && ctx.nisba(e) && ctx.definite_word(e) && !ctx.has_conjunction(e) {
        e += 1;
    }
    Some(e)
}

/// «حقل حاسي الرمل», «حقل الرميلة»: after «حقل» (at `i`), one or two words rare in
/// Arabic at large name the field («حقل النفط», «حقل ألغام» do not): the end.
fn field_name(ctx: &Ctx, i: usize) -> Option<usize> {
    if !["حقل", "حقول"].contains(&ctx.tokens[i].stem.as_str()) {
        return None;
    }
    // «حاسي الرمل», «حاسي مسعود»: a two-word town.
    if let Some(e) = super::needs_more::compound_place(ctx, i + 1) {
        return Some(e);
    }
    // Not «حقل مغناطيسي», «حقل نفطي», «حقول لزرع»: an adjective or a glued preposition.
    let rare = |k: usize| {
        ctx.tok(k).is_some_and(|t| {
            t.kind == TokenKind::Word
                && !t.line_start
                && !t.norm.ends_with('ي')
                && !t.norm.starts_with(['ل', 'ب'])
                && ctx.gaz.word_freq_bucket(t).is_none_or(|b| b >= 10)
        }) && !ctx.is_common(k)
            && !ctx.nisba(k)
            && !ctx.has_preposition(k)
            && !ctx.has_conjunction(k)
    };
    let n = (i + 1..i + 3).take_while(|&k| rare(k)).count();
    (n > 0).then_some(i + 1 + n)
}

/// Directions that name a road or field («طريق الشمال», «حقل الشمال»).
const DIRECTIONS: &[&str] = &["شمال", "جنوب", "شرق", "غرب"];

impl Ctx<'_> {
    fn definite_word(&self, k: usize) -> bool {
        self.tok(k)
            .is_some_and(|t| t.kind == TokenKind::Word && t.clitics.article && !t.line_start)
    }
}

/// A place of [`HEADS`] or [`PLACE_NAMED_HEADS`] named by a city or country with an
/// adjective or what it is for after it («مسرح قطر الوطني», «مركز الدوحة للمعارض
/// والمؤتمرات», «مطار دبي الدولي»), one named by a definite noun and its adjective
/// («استاد المدينة التعليمية»), or a street of [`STREET_HEADS`] with a definite name
/// («شارع الكورنيش»): the end.
fn named_by_place_or_street(ctx: &Ctx, i: usize) -> Option<usize> {
    // The key drops a preposition the stem keeps on short words («لشارع»).
    let (stem, key) = (ctx.tokens[i].stem.as_str(), ctx.tokens[i].key.as_str());
    let any = |list: &[&str]| list.contains(&stem) || list.contains(&key);
    // A stadium or airport named by a city keeps the city as the place («مطار دبي
    // الدولي»: «دبي»), as ANERcorp does; a theatre or venue does not.
    // «مجمع» is named after a person only: «مجمع البحوث الإسلامية» is an academy.
    let (named, head) = (any(PLACE_NAMED_HEADS), any(HEADS) && !any(&["مجمع"]));
    let street = any(STREET_HEADS);
    let j = i + 1;
    let t = ctx
        .tok(j)
        .filter(|t| t.kind == TokenKind::Word && !t.line_start)?;
    if !(named || head || street) || ctx.has_preposition(j) || ctx.has_conjunction(j) {
        return None;
    }
    if lexicon::is_function_word(&t.norm) {
        return None;
    }
    let free = |k: usize| !ctx.has_conjunction(k) && !ctx.has_preposition(k);
    let place = ctx.country[j].max(usize::from(ctx.crf[j] == Some(Label::Location)));
    if named && place > 0 {
        let centre = any(&["مركز"]);
        // «مركز قطر الوطني للمؤتمرات»: an adjective may come before what it is for.
        let adjective = usize::from(centre && ctx.nisba(j + place) && free(j + place));
        let e = j + place + adjective;
        let for_what = ctx.tok(e).is_some_and(|x| {
            x.norm.starts_with("لل")
                && !ctx.is_common(e)
                && (!centre || VENUE_PURPOSES.contains(&x.norm.as_str()))
        });
        if for_what {
            // «للمعارض والمؤتمرات».
            let joined = ctx.has_conjunction(e + 1)
                && ctx.tok(e + 1).is_some_and(|x| x.clitics.article)
                && !ctx.has_preposition(e + 1);
            let e = e + 1 + usize::from(joined);
            // «مركز مصر للمعارض الدولية».
            return Some(e + usize::from(ctx.nisba(e) && free(e) && ctx.definite_word(e)));
        }
        if ctx.nisba(e) && free(e) && !centre {
            return Some(e + 1);
        }
    }
    // «شارع زعبيل», «شارع حيفا»: a street named by a place is the street, head included
    // (not a country's arena: «ساحة لبنان السياسية»).
    let town = ctx.crf[j] == Some(Label::Location) && ctx.country[j] == 0;
    if street && !t.clitics.article && town {
        return Some(ctx.crf_end[j].min(j + 3));
    }
    // «ساحة باب الماكينة», «شارع باب البحر»: a square or street named by a two-word place.
    if street && let Some(e) = super::needs_more::compound_place(ctx, j) {
        return Some(e);
    }
    // «شارع الملك فيصل» is named after a person: that is the rule below.
    let definite_noun = t.clitics.article
        && !ctx.nisba(j)
        && ctx.crf[j] != Some(Label::Person)
        && t.stem != "شهيد"
        && !matches!(ctx.trig(j), Some(Trigger::Rank | Trigger::Honorific));
    // «استاد المدينة التعليمية»; not «ملعب العاصمة الألمانية», where the nationality
    // describes the noun before it, nor «مركز التجارة العالمي», a building ANERcorp leaves
    // untagged.
    let own_adjective = ctx.nisba(j + 1)
        && free(j + 1)
        && !ctx
            .tok(j + 1)
            .is_some_and(|a| super::is_nationality(a, ctx.gaz));
    if head && definite_noun && own_adjective {
        return Some(j + 2);
    }
    let name = ctx.crf[j] == Some(Label::Location) || !ctx.is_common(j);
    let yard = any(&["ساحه"]) && NOT_SQUARES.contains(&t.stem.as_str());
    (street && definite_noun && name && !yard).then(|| {
        let adjective = ctx.nisba(j + 1) && free(j + 1);
        j + 1 + usize::from(adjective)
    })
}

#[cfg(test)]
#[path = "facilities_tests.rs"]
mod tests;
