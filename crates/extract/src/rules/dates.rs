//! Dates (GUIDELINES.md, DATE): relative days with their weekday («أمس (الثلاثاء)»,
//! «غداً الاثنين», «أمس الأول»), weekdays, day-month-year with a second month name
//! («15 مارس (آذار) 2019», «21 فبراير / شباط عام 1999»), Hijri dates («15 رمضان 1424 هـ»),
//! months with a year or a relative word («يونيو الماضي»), years after a year word
//! («عام 2003», «سنة 200 م») or a preposition, ranges («1882 - 1963», «من 1990 إلى
//! 1995», «بين عامي 1990 و1995»), relative periods («العام الماضي», «الأسبوع المقبل»,
//! «هذا العام»), centuries and decades («القرن التاسع عشر», «التسعينات»), with a time of
//! day or a boundary word before them («مساء أمس», «أواخر العام الماضي»).
//! Not dates: durations («ثلاث سنوات»), ages, clock times alone, «حاليا».

pub(super) use super::date_days::{day_month, relative_day, weekday_after};
use super::date_parts::{
    DECADES, ORDINALS, earlier_or_later_in, first_of_month, later_on_a_day, listed_days,
    months_of_year, numeric_date, part_of_period, qualified_period, same_period_of, school_term,
    ten_days_of, two_periods,
};
use super::date_ranges::{between_dates, between_months, worded_range};
use super::months::{day_of_this_month, season};
use super::*;

/// Times of day that join the day after them («صباح اليوم», «مساء السبت»).
pub(super) const TIMES_OF_DAY: &[&str] = &[
    "صباح",
    "مساء",
    "ظهر",
    "عصر",
    "فجر",
    "ليله",
    "ليل",
    "ظهيره",
    "ضحي",
];
/// Boundary words before a period («أواخر», «مطلع», «منتصف»).
pub(super) const BOUNDARIES: &[&str] = &[
    "اواخر",
    "اوائل",
    "اواسط",
    "منتصف",
    "مطلع",
    "نهايه",
    "بدايه",
    "اول",
    "اخر",
    "مستهل",
    "متم",
];
/// Period words that make a date with a relative adjective («العام الماضي»).
pub(super) const PERIODS: &[&str] = &[
    "عام",
    "سنه",
    "شهر",
    "اسبوع",
    "موسم",
    "قرن",
    "عقد",
    "اعوام",
    "سنوات",
    "سنين",
    "اشهر",
    "شهور",
    "اسابيع",
    "عقود",
    "يوم",
    "ايام",
];
/// Relative adjectives after a period or a month («الماضي», «المقبل», «الجاري»).
pub(super) const RELATIVE: &[&str] = &[
    "ماضي",
    "ماضيه",
    "مقبل",
    "مقبله",
    "قادم",
    "قادمه",
    "جاري",
    "جاريه",
    "حالي",
    "حاليه",
    "منصرم",
    "منصرمه",
    "فائت",
    "فائته",
    // The Maghreb's «الفارط»: «السنة الفارطة», «الشهر الفارط».
    "فارط",
    "فارطه",
    "سابق",
    "سابقه",
    "تالي",
    "تاليه",
    "اخير",
    "اخيره",
    // The Maghreb's "next": «الأسبوع الموالي», «السنة الموالية».
    "موالي",
    "مواليه",
];
/// Words that make the month before them Ramadan's epithet («رمضان المبارك»).
pub(super) const MONTH_EPITHETS: &[&str] = &["مبارك", "كريم", "فضيل", "معظم"];
/// Words before a bare year that make it a year («في 1993», «منذ 2001»).
const YEAR_LEADS: &[&str] = &["في", "منذ", "حتي", "قبل", "بعد", "خلال", "عام", "سنه"];

pub(super) fn day_number(t: &Token) -> bool {
    t.kind == TokenKind::Number
        && t.norm.len() <= 2
        && t.norm.parse::<u32>().is_ok_and(|d| (1..=31).contains(&d))
}

fn year_number(t: &Token) -> bool {
    t.kind == TokenKind::Number
        && t.norm.len() == 4
        && t.norm
            .parse::<u32>()
            .is_ok_and(|y| (1000..=2100).contains(&y))
}

/// Any number of 1–4 digits (a year after a year word may be short: «سنة 200 م»).
fn short_year(t: &Token) -> bool {
    t.kind == TokenKind::Number && (1..=4).contains(&t.norm.len())
}

/// Era markers after a year: م, هـ, ميلادي, هجري, ق.م.
fn era(t: &Token) -> bool {
    matches!(
        t.stem.as_str(),
        "م" | "ه" | "ميلادي" | "ميلاديه" | "هجري" | "هجريه" | "للميلاد" | "للهجره"
    ) || matches!(t.norm.as_str(), "م" | "ه" | "للميلاد" | "للهجره")
}

impl Ctx<'_> {
    pub(super) fn stem_in(&self, j: usize, list: &[&str]) -> bool {
        self.tok(j)
            .is_some_and(|t| t.kind == TokenKind::Word && list.contains(&t.stem.as_str()))
    }

    pub(super) fn definite(&self, j: usize) -> bool {
        self.tok(j).is_some_and(|t| t.clitics.article)
    }

    pub(super) fn punct(&self, j: usize, c: &[char]) -> bool {
        self.tok(j)
            .is_some_and(|t| c.iter().any(|&c| t.is_punct(c)))
    }

    pub(super) fn weekday(&self, j: usize) -> bool {
        self.trig(j) == Some(Trigger::Weekday)
    }

    pub(super) fn year_follows(&self, j: usize) -> bool {
        self.tok(j).is_some_and(year_number) || self.tok(j + 1).is_some_and(year_number)
    }
}

/// Dates, longest first at each token.
pub(super) fn dates(ctx: &Ctx, out: &mut Vec<Cand>) {
    let n = ctx.tokens.len();
    let mut i = 0;
    while i < n {
        match date_at(ctx, i) {
            Some(e) if e > i => {
                out.push(Cand::new(i, e, Label::Date, PRIO_DATE));
                i = e;
            }
            _ => i += 1,
        }
    }
}

/// The end of a date starting at token `i`. Most tokens can start none: one look at a
/// table ([`super::date_starts`]), which every test run checks against the rules.
fn date_at(ctx: &Ctx, i: usize) -> Option<usize> {
    let can = ctx.may_start_date(i);
    #[cfg(test)]
    assert!(can || date_found_at(ctx, i).is_none(), "date at {i}");
    can.then(|| date_found_at(ctx, i)).flatten()
}

/// [`date_at`] at a token that can start a date.
fn date_found_at(ctx: &Ctx, i: usize) -> Option<usize> {
    if let Some(e) = worded_range(ctx, i)
        .or_else(|| between_dates(ctx, i, |j| date_at(ctx, j).filter(|&e| e > j + 1)))
        .or_else(|| between_months(ctx, i))
    {
        return Some(e);
    }
    // «منذ مطلع العام», «منذ بداية الشهر الجاري»: since a boundary of a period is one
    // DATE with «منذ» (GUIDELINES, world news dates); «منذ 2001» keeps it out.
    if ctx.tok(i).is_some_and(|t| t.norm == "منذ")
        && ctx.stem_in(i + 1, BOUNDARIES)
        && !ctx.definite(i + 1)
    {
        return date_at(ctx, i + 1);
    }
    // «بنهاية العام الجاري»: the analysis leaves «ب» on a word without the article.
    let glued = ctx.tok(i).is_some_and(|t| {
        t.norm
            .strip_prefix(['ب', 'ل'])
            .is_some_and(|rest| BOUNDARIES.contains(&rest))
    });
    // A boundary is in construct with its period: never definite («المشروع الأول | الشهر
    // المقبل» is no «أول الشهر المقبل»).
    let boundary = ctx.stem_in(i, BOUNDARIES) && !ctx.definite(i) || glued;
    // «بعد ظهر أمس الخميس»: «بعد الظهر» is the afternoon, one time of day.
    if ctx.tok(i).is_some_and(|t| t.norm == "بعد") && ctx.stem_in(i + 1, &["ظهر"]) {
        return core(ctx, i + 2);
    }
    // A time of day is in construct with its day: never definite («منتصف الليل | عام 2005»).
    let lead = usize::from(boundary || ctx.stem_in(i, TIMES_OF_DAY) && !ctx.definite(i));
    // «بنهاية العام الجاري»: a boundary behind «ب» or «ل» before a relative period.
    let relative_after = boundary && ctx.definite(i + 1) && ctx.stem_in(i + 2, RELATIVE);
    if lead == 1 && (ctx.has_preposition(i) || glued) && !relative_after {
        return None;
    }
    if boundary && let Some(e) = boundary_of_this(ctx, i) {
        return Some(e);
    }
    // «الأول من يناير»: «الأول» is the day here, not a boundary word.
    core(ctx, i + lead)
        .or_else(|| part_of_period(ctx, i))
        .or_else(|| same_period_of(ctx, i))
        .or_else(|| months_of_year(ctx, i))
        .or_else(|| earlier_or_later_in(ctx, i))
}

/// After a boundary word at `i`, a bare definite year, month or week, which is the
/// current one: «منذ مطلع العام», «حتى نهاية الشهر», «منتصف الأسبوع» (a relative word
/// after them is [`core`]'s): the end.
pub(super) fn boundary_of_this(ctx: &Ctx, i: usize) -> Option<usize> {
    let period = ctx.definite(i + 1) && ctx.stem_in(i + 1, &["عام", "سنه", "شهر", "اسبوع"]);
    let bare = || {
        !ctx.stem_in(i + 2, RELATIVE)
            && !ctx.nisba(i + 2)
            && !ctx.punct(i + 2, &['('])
            && ctx.tok(i + 2).is_none_or(|t| t.kind != TokenKind::Number)
    };
    (period && bare()).then_some(i + 2)
}

/// A four-digit year and its era marker: the end.
pub(super) fn year_with_era(ctx: &Ctx, j: usize) -> Option<usize> {
    ctx.tok(j).filter(|t| year_number(t))?;
    Some(if ctx.tok(j + 1).is_some_and(era) {
        j + 2
    } else {
        j + 1
    })
}

/// A year (from `j`, which holds a number) with its era and a range after it
/// («1882 - 1963», «2006 / 2005», «1990 و1995»).
pub(super) fn year_range(ctx: &Ctx, j: usize, any_length: bool) -> Option<usize> {
    let t = ctx.tok(j)?;
    if !(year_number(t) || any_length && short_year(t)) {
        return None;
    }
    let mut e = j + 1;
    if ctx.tok(e).is_some_and(era) {
        e += 1;
    }
    if ctx.punct(e, &['-', '/', '–', 'ـ']) && ctx.tok(e + 1).is_some_and(year_number) {
        e += 2;
        if ctx.tok(e).is_some_and(era) {
            e += 1;
        }
    }
    Some(e)
}

/// The date proper at `j` (after a time of day or a boundary word).
pub(super) fn core(ctx: &Ctx, j: usize) -> Option<usize> {
    let t = ctx.tok(j)?;
    if t.kind == TokenKind::Number {
        return numeric_date(ctx, j)
            .or_else(|| day_month(ctx, j))
            .or_else(|| day_of_this_month(ctx, j))
            .or_else(|| bare_year(ctx, j));
    }
    if t.kind != TokenKind::Word {
        return None;
    }
    let stem = t.stem.as_str();
    if let Some(e) = relative_day(ctx, j) {
        return Some(weekday_after(ctx, e));
    }
    if stem == "وقت" {
        return later_on_a_day(ctx, j);
    }
    if matches!(t.norm.as_str(), "هذا" | "هذه")
        && ctx.stem_in(j + 1, PERIODS)
        && ctx.definite(j + 1)
    {
        return Some(j + 2);
    }
    if ctx.definite(j) && ctx.stem_in(j, PERIODS) && ctx.stem_in(j + 1, RELATIVE) {
        return Some(j + 2);
    }
    if let Some(e) = two_periods(ctx, j).or_else(|| listed_days(ctx, j)) {
        return Some(e);
    }
    // «الشهر الفضيل», «الشهر الكريم»: Ramadan by its epithet.
    if ctx.definite(j) && stem == "شهر" && ctx.stem_in(j + 1, MONTH_EPITHETS) && ctx.definite(j + 1)
    {
        return Some(j + 2);
    }
    if let Some(e) = qualified_period(ctx, j)
        .or_else(|| school_term(ctx, j))
        .or_else(|| part_of_period(ctx, j))
        .or_else(|| season(ctx, j))
        .or_else(|| first_of_month(ctx, j))
        .or_else(|| ten_days_of(ctx, j))
    {
        return Some(e);
    }
    if stem == "قرن" {
        let mut e = j + 1;
        while ctx.stem_in(e, ORDINALS) && e - j <= 3 {
            e += 1;
        }
        if e > j + 1 && (ctx.tok(e).is_some_and(era) || ctx.stem_in(e, RELATIVE)) {
            e += 1;
        }
        return (e > j + 1).then_some(e);
    }
    if DECADES.contains(&stem) {
        // «ثمانينيات القرن الماضي»: a decade of the century named after it.
        if ctx.stem_in(j + 1, &["قرن"]) && ctx.definite(j + 1) {
            return core(ctx, j + 1);
        }
        return ctx.definite(j).then_some(j + 1);
    }
    if stem == "يوم" && !ctx.definite(j) {
        if ctx.weekday(j + 1) {
            return Some(weekday_after(ctx, j + 1));
        }
        // «يوم 19 من الشهر نفسه»: a day of this month too.
        return day_month(ctx, j + 1)
            .or_else(|| numeric_date(ctx, j + 1))
            .or_else(|| day_of_this_month(ctx, j + 1));
    }
    if ctx.weekday(j) && t.clitics.article && !ctx.has_preposition(j) {
        return Some(weekday_after(ctx, j));
    }
    // «موسم 2024-2025», «الموسم الرياضي 2025/2026»: a season named by its years.
    if stem == "موسم" || t.key == "موسم" {
        let adjective = usize::from(ctx.definite(j + 1) && ctx.nisba(j + 1));
        return year_range(ctx, j + 1 + adjective, false);
    }
    // «لسنة 2026», «لعام 2025»: the year word's stem keeps a glued «ل» its key drops.
    let glued_year_word = t.key != t.stem && matches!(t.key.as_str(), "عام" | "سنه");
    if ctx.trig(j) == Some(Trigger::YearWord) || stem == "عامي" || glued_year_word {
        return year_range(ctx, j + 1, true);
    }
    day_month(ctx, j)
}

/// A four-digit year with a preposition before it, an era marker or a range after it
/// («في 1993», «1368 - 1644م»).
fn bare_year(ctx: &Ctx, j: usize) -> Option<usize> {
    let lead = j > 0
        && ctx.tok(j - 1).is_some_and(|p| {
            YEAR_LEADS.contains(&p.stem.as_str()) || YEAR_LEADS.contains(&p.norm.as_str())
        });
    // «حتى منتصف 2027»: a boundary word before the year.
    let boundary = j > 0
        && ctx.stem_in(j - 1, BOUNDARIES)
        && !ctx.stem_in(j - 1, &["اول", "اخر"])
        && !ctx.has_preposition(j - 1);
    let e = year_range(ctx, j, false)?;
    // «في 1200 مسجد», «عن 1500 متسابق»: a round hundred before a counted noun is a count.
    let counted = e == j + 1
        && ctx
            .tok(j)
            .is_some_and(|t| t.norm.ends_with("00") && t.norm.as_str() < "1900")
        && ctx
            .tok(e)
            .is_some_and(|n| n.kind == TokenKind::Word && !n.clitics.article);
    ((lead || boundary) && !counted || e > j + 1).then_some(e)
}

#[cfg(test)]
#[path = "dates_tests.rs"]
mod tests;
