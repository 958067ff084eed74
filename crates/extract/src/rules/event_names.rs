//! Events named by a fixed shape the event heads do not cover: feasts and national days
//! («عيد الأضحى», «عيد الجمهورية», «العيد الوطني»), seasons of worship («موسم الحج»),
//! summits of a group of states («قمة مجموعة العشرين»), a civil war («الحرب الأهلية»),
//! festivals of days («أيام قرطاج السينمائية»), the Maghreb's professional league
//! («الرابطة المحترفة الأولى»), and prizes, which are MISC (`prizes.rs`); and the parts
//! of a name `events.rs` reads after its head: ordinals, a sponsor's or brand's words, the
//! office a cup is named by («كأس ولي العهد»), a town the tagger missed, whom it is for.

use super::*;

#[path = "prizes.rs"]
mod prizes;

/// Seasons of worship that are one event each year.
const WORSHIP: &[&str] = &["حج", "عمره"];

/// Feasts and days by name, for «بعيد» (see [`feast`]).
const FEASTS: &[&str] = &[
    "اضحي",
    "فطر",
    "ميلاد",
    "فصح",
    "استقلال",
    "جمهوريه",
    "عرش",
    "شهداء",
    "عمال",
    "ام",
    "حب",
    "مولد",
    "غطاس",
    "جلاء",
    "تحرير",
    "ثوره",
    "شباب",
    "شجره",
    "علم",
];

/// Groups of states named by their number («مجموعة العشرين», «مجموعة السبع»).
const GROUP_NUMBERS: &[&str] = &["عشرين", "سبع", "ثماني", "ثمانيه", "سبعه", "عشرون"];

/// Events of a fixed shape, pushed to `out` (see the module's doc).
pub(super) fn named_events(ctx: &Ctx, out: &mut Vec<Cand>) {
    for i in 0..ctx.tokens.len() {
        // Most tokens start none (event_starts.rs, a table): under test, one found at a
        // token the table refuses fails the test that finds it.
        if !ctx.may_start_event(i) {
            #[cfg(test)]
            assert_eq!(event_at(ctx, i), None, "an event starts at token {i}");
            continue;
        }
        if let Some(cand) = event_at(ctx, i) {
            out.push(cand);
        }
    }
}

/// The event or prize starting at token `i`.
fn event_at(ctx: &Ctx, i: usize) -> Option<Cand> {
    let end = feast(ctx, i)
        .or_else(|| worship_season(ctx, i))
        .or_else(|| group_summit(ctx, i))
        .or_else(|| civil_war(ctx, i))
        .or_else(|| attacks_by_date(ctx, i))
        .or_else(|| festival_days(ctx, i))
        .or_else(|| professional_league(ctx, i))
        .or_else(|| named_disaster(ctx, i))
        .or_else(|| future_forum(ctx, i))
        .or_else(|| climate_cop(ctx, i));
    if let Some(e) = end {
        return Some(Cand::new(i, e, Label::Event, PRIO_EVENT));
    }
    prizes::prize(ctx, i).map(|e| Cand::new(i, e, Label::Misc, PRIO_EVENT))
}

/// The token's stem, or its key where a short word kept a glued preposition on the stem.
pub(super) fn base_of(t: &Token) -> &str {
    if t.key != t.stem && t.stem.starts_with(['ب', 'ل', 'ك']) {
        &t.key
    } else {
        &t.stem
    }
}

/// «عيد الأضحى», «عيد الفطر», «عيد الجمهورية», «عيد العرش», «بعيد الاستقلال»: a feast in
/// construct with a definite name; «العيد الوطني»: a definite feast with its adjective.
fn feast(ctx: &Ctx, i: usize) -> Option<usize> {
    let t = ctx.tok(i)?;
    if t.kind != TokenKind::Word || base_of(t) != "عيد" {
        return None;
    }
    let next = ctx
        .tok(i + 1)
        .filter(|n| n.kind == TokenKind::Word && !n.line_start)?;
    let free = !ctx.has_conjunction(i + 1) && !ctx.has_preposition(i + 1);
    let named = if t.clitics.article {
        ctx.nisba(i + 1) && !super::is_nationality(next, ctx.gaz)
    } else {
        next.clitics.article
            && !lexicon::is_function_word(&next.norm)
            && !matches!(
                ctx.trig(i + 1),
                Some(Trigger::Month | Trigger::Weekday | Trigger::YearWord | Trigger::Speech)
            )
            && !super::is_nationality(next, ctx.gaz)
            // «بعيد» is also "far" («بعيد المدى») and "shortly after" («بعيد الحرب»):
            // there only a feast's name makes it one.
            && (t.norm != "بعيد" || FEASTS.contains(&next.stem.as_str()))
    };
    // «حمد عيد الرميحي»: a given name after a given name or before a family name.
    let after_name = i > 0 && ctx.flags(i - 1) & flag::FIRST_NAME != 0;
    let family = next.norm.ends_with('ي') && !FEASTS.contains(&next.stem.as_str());
    let given_name = t.norm == "عيد" && (after_name || family);
    (named && free && !given_name).then_some(())?;
    // «عيد الفطر المبارك», «العيد الوطني السعيد».
    let epithet = ctx.definite(i + 2) && ctx.stem_in(i + 2, &["مبارك", "سعيد"]);
    Some(i + 2 + usize::from(epithet))
}

/// «موسم الحج», «موسم العمرة»; a relative word after it belongs to it, as to any event
/// («موسم الحج الماضي», «موسم العمرة المقبل»).
fn worship_season(ctx: &Ctx, i: usize) -> Option<usize> {
    let season = ctx
        .tok(i)
        .is_some_and(|t| base_of(t) == "موسم" && !t.clitics.article);
    let relative = super::months::relative(ctx, i + 2);
    (season && ctx.definite(i + 1) && ctx.stem_in(i + 1, WORSHIP))
        .then_some(i + 2 + usize::from(relative))
}

/// «قمة مجموعة العشرين», «قمة مجموعة السبع»: a summit of a group of states.
fn group_summit(ctx: &Ctx, i: usize) -> Option<usize> {
    let summit = ctx
        .tok(i)
        .is_some_and(|t| base_of(t) == "قمه" && !t.clitics.article);
    let group = ctx.stem_in(i + 1, &["مجموعه"]) && !ctx.definite(i + 1);
    (summit && group && ctx.definite(i + 2) && ctx.stem_in(i + 2, GROUP_NUMBERS)).then_some(i + 3)
}

/// «الحرب الأهلية», «الحرب الأهلية اللبنانية»: a country's civil war, which the news
/// names so.
fn civil_war(ctx: &Ctx, i: usize) -> Option<usize> {
    let war = ctx
        .tok(i)
        .is_some_and(|t| t.stem == "حرب" && t.clitics.article);
    if !(war && ctx.definite(i + 1) && ctx.stem_in(i + 1, &["اهليه"])) {
        return None;
    }
    let nation = ctx
        .tok(i + 2)
        .is_some_and(|n| n.clitics.article && super::is_nationality(n, ctx.gaz))
        && !ctx.has_conjunction(i + 2);
    Some(i + 2 + usize::from(nation))
}

/// Disasters that the news names by their place (storms, named by their own name, are
/// `world.rs`'s; a volcano is a place there).
pub(super) const DISASTERS: &[&str] = &["زلزال", "فيضانات", "فيضان", "تسونامي"];

/// «زلزال تركيا وسوريا», «زلزال أغادير 1960», «فيضانات باكستان»: a disaster named by
/// its place (two joined by «و») and its year; «زلزال بقوة 6 درجات», «زلزال سياسي» name
/// none.
fn named_disaster(ctx: &Ctx, i: usize) -> Option<usize> {
    // The heads are five to seven letters (10 to 18 bytes with a clitic): a cheap test.
    let t = ctx.tok(i).filter(|t| (10..=18).contains(&t.norm.len()))?;
    // «فيضانات» as written: the clitic reading takes «ف» off it.
    let head = DISASTERS.contains(&base_of(t)) || DISASTERS.contains(&t.norm.as_str());
    if t.kind != TokenKind::Word || t.clitics.article || !head {
        return None;
    }
    let j = i + 1;
    let free = ctx.is_word(j) && !ctx.has_preposition(j) && !ctx.has_conjunction(j);
    let place = ctx.place_at(j);
    (free && place > 0 && !ctx.tokens[j].line_start).then_some(())?;
    let mut e = j + place;
    if ctx.has_conjunction(e) && ctx.place_at(e) > 0 {
        e += ctx.place_at(e);
    }
    let year = ctx.tok(e).is_some_and(|y| {
        y.kind == TokenKind::Number && y.norm.len() == 4 && y.norm.starts_with(['1', '2'])
    });
    Some(e + usize::from(year))
}

/// «منتدى مستقبل الطاقة», «قمة مستقبل الطيران», «مبادرة مستقبل الاستثمار»: a forum
/// named by the future of what it is about.
fn future_forum(ctx: &Ctx, i: usize) -> Option<usize> {
    // The rare word first: most tokens are followed by another.
    let future = ctx.tok(i + 1).is_some_and(|f| f.norm == "مستقبل");
    let t = ctx.tok(i).filter(|_| future)?;
    let head = t.kind == TokenKind::Word
        && !t.clitics.article
        && (TOWN_HEADS.contains(&base_of(t)) || matches!(base_of(t), "قمه" | "مبادره"));
    let subject = ctx.definite(i + 2) && ctx.is_word(i + 2) && !ctx.has_conjunction(i + 2);
    (head && subject).then_some(())?;
    let adjective = ctx.definite(i + 3) && ctx.nisba(i + 3) && !ctx.has_conjunction(i + 3);
    Some(i + 3 + usize::from(adjective))
}

/// «كوب 30», «كوب29» written apart: the climate conference by its number.
fn climate_cop(ctx: &Ctx, i: usize) -> Option<usize> {
    let t = ctx.tok(i)?;
    (t.norm == "كوب" || t.norm == "وكوب").then_some(())?;
    let number = ctx.tok(i + 1).is_some_and(|n| {
        n.kind == TokenKind::Number && n.norm.parse::<u32>().is_ok_and(|v| (1..=60).contains(&v))
    });
    number.then_some(i + 2)
}

/// What a festival of days is about («أيام قرطاج السينمائية», «أيام الشارقة المسرحية»).
const DAYS_OF: &[&str] = &[
    "سينمائيه",
    "مسرحيه",
    "موسيقيه",
    "شعريه",
    "ثقافيه",
    "تشكيليه",
    "تجاريه",
    "ادبيه",
    "فنيه",
    "كوريغرافيه",
];

/// «أيام قرطاج السينمائية», «أيام الشارقة المسرحية»: a festival named «days» of a town
/// and its art.
fn festival_days(ctx: &Ctx, i: usize) -> Option<usize> {
    let t = ctx.tok(i)?;
    if t.kind != TokenKind::Word || base_of(t) != "ايام" || t.clitics.article {
        return None;
    }
    let town = ctx
        .place_at(i + 1)
        .max(usize::from(world_place(ctx, i + 1)));
    let art = i + 1 + town;
    let named = town > 0
        && ctx.definite(art)
        && ctx.stem_in(art, DAYS_OF)
        && !ctx.has_conjunction(art)
        && ctx.tok(art).is_some_and(|a| !a.line_start);
    named.then_some(art + 1)
}

/// «الرابطة المحترفة الأولى», «الرابطة المحترفة الثانية»: Algeria's and Tunisia's
/// football leagues, as competitions (the league's body, «الرابطة الوطنية لكرة القدم
/// المحترفة», is an organisation).
fn professional_league(ctx: &Ctx, i: usize) -> Option<usize> {
    let t = ctx.tok(i)?;
    if t.kind != TokenKind::Word || t.stem != "رابطه" || !t.clitics.article {
        return None;
    }
    let pro = ctx.definite(i + 1) && ctx.stem_in(i + 1, &["محترفه"]);
    let grade = ctx.definite(i + 2) && ctx.stem_in(i + 2, &["اولي", "ثانيه"]);
    (pro && grade).then_some(i + 3)
}

/// Ordinals after an event («الحرب العالمية الثانية», «الثانية والعشرين»).
pub(super) const EVENT_ORDINALS: &[&str] = &[
    "اول",
    "اولي",
    "ثاني",
    "ثانيه",
    "ثالث",
    "ثالثه",
    "رابع",
    "رابعه",
    "خامس",
    "خامسه",
    "سادس",
    "سادسه",
    "سابع",
    "سابعه",
    "ثامن",
    "ثامنه",
    "تاسع",
    "تاسعه",
    "عاشر",
    "عاشره",
    "حادي",
    "عشر",
    "عشره",
    "عشرين",
    "ثلاثين",
    "اربعين",
    "خمسين",
    "ستين",
    "سبعين",
    "ثمانين",
    "تسعين",
];

/// One or two rare words the tagger left out, then «المفتوحة» or a year: a sponsor's or
/// brand's name inside an event's («توتال إنرجيز», «جيتكس جلوبال»): the end of the words.
pub(super) fn brand_run(ctx: &Ctx, j: usize) -> Option<usize> {
    let mut k = j;
    while k < j + 2
        && ctx.is_word(k)
        && !ctx.tokens[k].line_start
        && (ctx.proper_like(k) || ctx.crf[k].is_some() && ctx.crf[k] != Some(Label::Person))
        && !ctx.has_conjunction(k)
        && !ctx.has_preposition(k)
    {
        k += 1;
    }
    let then = ctx.tok(k).is_some_and(|t| {
        (t.kind == TokenKind::Number && t.norm.len() == 4)
            || t.clitics.article && matches!(t.stem.as_str(), "مفتوح" | "مفتوحه")
    });
    (k > j && then).then_some(k)
}

/// Attacks or events named by their date: «اعتداءات الحادي عشر من سبتمبر 2001»,
/// «هجمات 11 سبتمبر», «أحداث سبتمبر»: the date is part of the name.
fn attacks_by_date(ctx: &Ctx, i: usize) -> Option<usize> {
    let t = ctx.tok(i)?;
    let head =
        ["اعتداءات", "هجمات", "احداث", "تفجيرات"].contains(&base_of(t)) && !t.clitics.article;
    if !head {
        return None;
    }
    let j = i + 1;
    let day = usize::from(ctx.tok(j).is_some_and(|d| d.kind == TokenKind::Number));
    if ctx.month(j + day) {
        return super::dates::day_month(ctx, j);
    }
    super::date_parts::part_of_period(ctx, j)
}

/// Offices a cup is named by, as stems: «كأس ولي العهد», «كأس الأمير», «كأس الملك»,
/// «كأس رئيس الدولة», «كأس خادم الحرمين الشريفين», «كأس السلطان».
const CUP_OFFICES: &[&[&str]] = &[
    &["ولي", "عهد"],
    &["امير"],
    &["ملك"],
    &["سلطان"],
    &["رئيس", "دوله"],
    &["رئيس", "جمهوريه"],
    &["خادم", "حرمين", "شريفين"],
];

/// The end of the office a cup is named by, starting at `j` right after «كأس»: the
/// office's words in a row, its last definite («العهد», «الأمير»), none after «و» or a
/// preposition.
pub(super) fn office_cup(ctx: &Ctx, j: usize) -> Option<usize> {
    CUP_OFFICES.iter().find_map(|office| {
        let fits = office.iter().enumerate().all(|(k, stem)| {
            ctx.tok(j + k).is_some_and(|t| {
                t.stem == *stem
                    && !t.line_start
                    && !ctx.has_conjunction(j + k)
                    && !ctx.has_preposition(j + k)
            })
        });
        let end = j + office.len();
        let definite = ctx.tok(end - 1).is_some_and(|t| t.clitics.article);
        (fits && definite).then_some(end)
    })
}

/// «الدوري الإنجليزي»: England's adjective, which the nationality list lacks.
pub(super) const ENGLISH: &[&str] = &["انجليزي", "انجليزيه", "انكليزي", "انكليزيه"];

/// A prize is MISC, not an EVENT («جائزة التانيت الذهبي»), but a race named «جائزة …
/// الكبرى» is a Grand Prix, an event («جائزة إيطاليا الكبرى»): the label of `i..end`.
pub(super) fn event_or_prize(ctx: &Ctx, i: usize, end: usize) -> Label {
    let grand_prix = (i + 1..end).any(|k| ctx.stem_is(k, &["كبري"]));
    if head_in(ctx, i, &["جائزه"]) && !grand_prix {
        Label::Misc
    } else {
        Label::Event
    }
}

/// Heads of events named by their town alone («مهرجان جرش», «معرض مسقط الدولي»).
pub(super) const TOWN_HEADS: &[&str] = &["معرض", "مهرجان", "ملتقي", "منتدي", "مؤتمر", "ماراثون"];

/// Whom an event is for, after «لل»: common words that name it there («للأندية»).
pub(super) const FOR_WHOM: &[&str] = &[
    "انديه",
    "ناشئين",
    "ناشئات",
    "شباب",
    "سيدات",
    "رجال",
    "محترفين",
    "هواه",
    "جامعات",
    "مدارس",
    "منتخبات",
    "محليين",
    "كتاب",
];

/// The head at `i` is one of `heads`, by its stem or, where a preposition stayed glued to
/// a short word («بكأس»), its key.
pub(super) fn head_in(ctx: &Ctx, i: usize, heads: &[&str]) -> bool {
    ctx.tok(i).is_some_and(|t| {
        t.kind == TokenKind::Word
            && (heads.contains(&t.stem.as_str())
                || t.key != t.stem
                    && t.stem.starts_with(['ب', 'ل', 'ك'])
                    && heads.contains(&t.key.as_str()))
    })
}

/// An indefinite word at `j` the world lists or the harvested names hold mostly as a
/// place («مسقط», «جرش»): a town the tagger missed.
pub(super) fn world_place(ctx: &Ctx, j: usize) -> bool {
    let Some(t) = ctx.tok(j) else { return false };
    let is_place = |c: &crate::gazetteer::PhraseCounts| c.best().is_some_and(|(ty, _)| ty == 1);
    t.kind == TokenKind::Word
        && !t.clitics.article
        && !t.line_start
        && !ctx.has_conjunction(j)
        && !ctx.has_preposition(j)
        && ctx.proper_like(j)
        && ctx.crf[j].is_none()
        && ctx.flags(j) & flag::FIRST_NAME == 0
        && (ctx.gaz.world.map.get(&t.key).is_some_and(is_place)
            || ctx.gaz.phrases.map.get(&t.key).is_some_and(is_place))
}

#[cfg(test)]
mod tests {
    use crate::rules::pipeline_tests::texts_of;

    #[test]
    fn a_season_of_worship_keeps_its_relative_word() {
        for (text, season) in [
            (
                "وبلغ عدد الحجاج في موسم الحج الماضي مليوني حاج.",
                "موسم الحج الماضي",
            ),
            (
                "وتستعد الشركات لموسم العمرة المقبل بعقود جديدة.",
                "موسم العمرة المقبل",
            ),
            ("وانتهى موسم الحج بنجاح كبير.", "موسم الحج"),
        ] {
            let found = texts_of(text, "EVENT");
            assert!(found.contains(&season.to_owned()), "{season} in {found:?}");
        }
    }
}
