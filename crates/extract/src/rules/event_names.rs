//! Events named by a fixed shape the event heads do not cover: feasts and national days
//! («عيد الأضحى», «عيد الجمهورية», «العيد الوطني»), seasons of worship («موسم الحج»),
//! summits of a group of states («قمة مجموعة العشرين»), a civil war («الحرب الأهلية»);
//! and the parts of a name `events.rs` reads after its head: ordinals and a sponsor's or
//! brand's words, and the office a cup is named by («كأس ولي العهد»).

use super::*;

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
        let end = feast(ctx, i)
            .or_else(|| worship_season(ctx, i))
            .or_else(|| group_summit(ctx, i))
            .or_else(|| civil_war(ctx, i))
            .or_else(|| attacks_by_date(ctx, i));
        if let Some(e) = end {
            out.push(Cand::new(i, e, Label::Event, PRIO_EVENT));
        }
    }
}

/// The token's stem, or its key where a short word kept a glued preposition on the stem.
fn base_of(t: &Token) -> &str {
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
    (named && free).then_some(())?;
    // «عيد الفطر المبارك», «العيد الوطني السعيد».
    let epithet = ctx.definite(i + 2) && ctx.stem_in(i + 2, &["مبارك", "سعيد"]);
    Some(i + 2 + usize::from(epithet))
}

/// «موسم الحج», «موسم العمرة».
fn worship_season(ctx: &Ctx, i: usize) -> Option<usize> {
    let season = ctx
        .tok(i)
        .is_some_and(|t| base_of(t) == "موسم" && !t.clitics.article);
    (season && ctx.definite(i + 1) && ctx.stem_in(i + 1, WORSHIP)).then_some(i + 2)
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
