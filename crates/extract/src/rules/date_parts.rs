//! Dates made of a part and the period it belongs to: an ordinal day of a month («الأول
//! من يناير 2026»), a quarter or half of a year («الربع الثالث من 2025»), a year of a kind
//! («العام الدراسي الماضي»).

use super::dates::{
    PERIODS, RELATIVE, TIMES_OF_DAY, core, day_month, day_number, relative_day, weekday_after,
    year_with_era,
};
use super::months::this_month;
use super::*;

/// Parts of a period before an ordinal and «من» («الربع الثالث من 2025»).
pub(super) const PARTS: &[&str] = &["ربع", "نصف", "ثلث", "اسبوع", "يوم", "سداسي", "ثلاثي"];

/// A definite ordinal at `j`: «الأول», «الثالث», «الأخير».
pub(super) fn ordinal(ctx: &Ctx, j: usize) -> bool {
    ctx.definite(j) && (ctx.stem_in(j, ORDINALS) || ctx.stem_in(j, &["اخير", "اولي"]))
}

/// A period with an adjective that says which, then a relative word: «العام الدراسي
/// الماضي», «العام المالي المقبل», «الموسم الرياضي الحالي»: the end.
pub(super) fn qualified_period(ctx: &Ctx, j: usize) -> Option<usize> {
    // Tested in turn, cheapest first: this runs at every word.
    let period = ctx.definite(j) && ctx.stem_in(j, PERIODS);
    let adjective = || ctx.definite(j + 1) && ctx.nisba(j + 1) && !ctx.has_conjunction(j + 1);
    let relative = || super::months::relative(ctx, j + 2);
    (period && adjective() && relative()).then_some(j + 3)
}

/// An ordinal day or a part of a year, «من» and the month or year it belongs to: «الأول
/// من يناير 2026», «الربع الثالث من 2025», «النصف الأول من العام الماضي»: the end.
pub(super) fn part_of_period(ctx: &Ctx, j: usize) -> Option<usize> {
    // «الأسبوع الثاني من الشهر الجاري»: a week or day of a period is a part of it too;
    // «السداسي الأول», «الثلاثي الثالث»: the Maghreb's half-year and quarter.
    let part = ctx.definite(j) && ctx.stem_in(j, PARTS);
    let mut k = if part { j + 1 } else { j };
    if !ordinal(ctx, k) {
        return None;
    }
    // «الخامس عشر من فبراير», «السابع والعشرين من رمضان».
    if ctx.tok(k + 1).is_some_and(|t| {
        matches!(
            t.norm.as_str(),
            "عشر" | "عشره" | "والعشرين" | "والعشرون" | "والثلاثين"
        )
    }) {
        k += 1;
    }
    // «أرباح الربع الثالث»: a quarter alone is the current year's where results are
    // reported («الربع الأخير من المباراة» is a game's; a half or a week alone is anyone's).
    let quarter = part && ctx.stem_in(j, &["ربع"]) && results_near(ctx, j);
    if ctx.tok(k + 1).is_none_or(|t| t.norm != "من") {
        // «الربع الثالث للعام الحالي», «الربع الأخير لسنة 2008».
        return quarter.then(|| core(ctx, k + 1).unwrap_or(k + 1));
    }
    if part {
        let rest = k + 2;
        // «الربع الأخير من العام»: the bare year is the current one.
        return year_with_era(ctx, rest)
            .or_else(|| core(ctx, rest))
            .or_else(|| super::dates::boundary_of_this(ctx, k + 1));
    }
    let month = ctx.month(k + 2) || ctx.ambiguous_month(k + 2) || ctx.stem_in(k + 2, &["شهر"]);
    month
        .then(|| day_month(ctx, k + 2))
        .flatten()
        .or_else(|| this_month(ctx, k + 2))
        // «ليلة السابع والعشرين من رمضان», «العاشر من جمادى الأولى»: a Hijri month.
        .or_else(|| hijri_month(ctx, k + 2))
}

/// A Hijri month at `j` without a day before it, of one word or two («رمضان», «ذي
/// القعدة»; «ذي» and «ربيع» alone are no month): the end.
fn hijri_month(ctx: &Ctx, j: usize) -> Option<usize> {
    ctx.ambiguous_month(j).then_some(())?;
    let e = super::months::second_month_word(ctx, j + 1);
    let needs_second = ctx.stem_in(j, &["ذي", "ذو", "جمادي", "ربيع"]);
    (e > j + 1 || !needs_second).then_some(e)
}

/// Words of a company's or an economy's results (stems), or a stem with «ربح» in it.
const RESULTS: &[&str] = &[
    "نتائج",
    "مبيعات",
    "ايرادات",
    "صافي",
    "خسائر",
    "ناتج",
    "عائدات",
    "نمو",
];

/// True when results are reported within eight words of `j` («تربح 98.6 مليار ريال في
/// الربع الثالث», «أرباح الربع الأول»).
fn results_near(ctx: &Ctx, j: usize) -> bool {
    (j.saturating_sub(8)..j + 8).any(|k| {
        ctx.tok(k).is_some_and(|t| {
            RESULTS.contains(&t.stem.as_str())
                || t.stem.contains("ربح")
                || t.stem.contains("رباح")
                // «أداؤنا في الربع الثالث»: performance, with its possessive.
                || ["اداء", "اداؤ", "ادائ"].iter().any(|p| t.stem.starts_with(p))
        })
    })
}

/// Counts of months before «أشهر»: «التسعة أشهر الأولى», «الأشهر الستة الأولى».
pub(super) const MONTH_COUNTS: &[&str] = &[
    "ثلاثه",
    "سته",
    "تسعه",
    "اربعه",
    "خمسه",
    "سبعه",
    "ثمانيه",
    "عشره",
];

/// Counts of years before «سنوات», and «a few» («السنوات الثلاث», «الأيام القليلة»).
pub(super) const YEAR_COUNTS: &[&str] = &[
    "ثلاث",
    "اربع",
    "خمس",
    "ست",
    "سبع",
    "ثماني",
    "تسع",
    "عشر",
    "قليله",
];

/// «الفصل الدراسي الأول», «للفصل الدراسي الثاني من العام الدراسي الحالي»: a school term
/// by its ordinal or a relative word, and the school year it belongs to: the end.
pub(super) fn school_term(ctx: &Ctx, j: usize) -> Option<usize> {
    let term = ctx.definite(j) && ctx.stem_in(j, &["فصل"]);
    let school = || ctx.definite(j + 1) && ctx.stem_in(j + 1, &["دراسي"]);
    let which = || ordinal(ctx, j + 2) || super::months::relative(ctx, j + 2);
    (term && school() && which()).then_some(())?;
    let of = ctx.tok(j + 3).is_some_and(|t| t.norm == "من");
    Some(
        of.then(|| qualified_period(ctx, j + 4))
            .flatten()
            .unwrap_or(j + 3),
    )
}

/// «التسعة أشهر الأولى من عام 2025», «الأشهر الستة الأولى من العام الجاري», «الأشهر
/// الثلاثة الأخيرة من 2024», «الأيام العشرة الأخيرة من الشهر الجاري»: the first or last
/// months, weeks or days of a period, or the last or next ones («الأسابيع الثلاثة
/// الماضية»): the end.
pub(super) fn months_of_year(ctx: &Ctx, j: usize) -> Option<usize> {
    let months = |k: usize| ctx.stem_in(k, &["اشهر", "شهور", "ايام", "اسابيع", "سنوات", "اعوام"]);
    // «السنوات الثلاث المقبلة», «الأشهر القليلة القادمة»: a count of years, or a few.
    let count =
        |k: usize| ctx.definite(k) && (ctx.stem_in(k, MONTH_COUNTS) || ctx.stem_in(k, YEAR_COUNTS));
    let k = if count(j) && months(j + 1) || months(j) && ctx.definite(j) && count(j + 1) {
        j + 2
    } else {
        return None;
    };
    let which = ctx.definite(k) && ctx.stem_in(k, &["اولي", "اخيره", "ماضيه"]);
    // «الأسابيع الثلاثة الماضية», «الأشهر الستة المقبلة»: the ones before or after now.
    let of = ctx.tok(k + 1).is_some_and(|t| t.norm == "من");
    if !of && ctx.definite(k) && ctx.stem_in(k, &["ماضيه", "اخيره", "مقبله", "قادمه"])
    {
        return Some(k + 1);
    }
    (which && of).then_some(())?;
    // «الأشهر العشرة الأولى من العام»: the bare year is the current one.
    year_with_era(ctx, k + 2)
        .or_else(|| core(ctx, k + 2))
        .or_else(|| super::dates::boundary_of_this(ctx, k + 1))
}

/// «العشر الأواخر من رمضان», «العشر الأوائل من ذي الحجة»: the last or first ten days
/// (nights) of a month: the end.
pub(super) fn ten_days_of(ctx: &Ctx, j: usize) -> Option<usize> {
    let ten = ctx.definite(j) && ctx.tok(j)?.stem == "عشر";
    let which = ctx.definite(j + 1) && ctx.stem_in(j + 1, &["اواخر", "اوائل"]);
    (ten && which && ctx.tok(j + 2)?.norm == "من").then_some(())?;
    core(ctx, j + 3).or_else(|| {
        (ctx.month(j + 3) || ctx.ambiguous_month(j + 3)).then(|| day_month(ctx, j + 3))?
    })
}

/// A date written in figures, day first or year first, with one separator: «12-3-2025»,
/// «2025/3/12», «12.03.2025» (one token): the end.
pub(super) fn numeric_date(ctx: &Ctx, j: usize) -> Option<usize> {
    let t = ctx.tok(j)?;
    if t.norm.len() > 4 {
        let parts: Vec<&str> = t.norm.split('.').collect();
        return numeric_parts(&parts).then_some(j + 1);
    }
    let sep = ctx.tok(j + 1).filter(|s| s.norm == "/" || s.norm == "-")?;
    let (second, third) = (ctx.tok(j + 2)?, ctx.tok(j + 4)?);
    (ctx.tok(j + 3)?.norm == sep.norm).then_some(())?;
    let parts = [t.norm.as_str(), second.norm.as_str(), third.norm.as_str()];
    let numbers = [t, second, third]
        .iter()
        .all(|t| t.kind == TokenKind::Number);
    (numbers && numeric_parts(&parts)).then_some(j + 5)
}

/// Day, month and a four-digit year, or the year first: whether they make a date.
fn numeric_parts(parts: &[&str]) -> bool {
    let n = |s: &str, lo: u32, hi: u32| {
        s.len() <= 2 && s.parse::<u32>().is_ok_and(|v| (lo..=hi).contains(&v))
    };
    let year = |s: &str| s.len() == 4 && s.parse::<u32>().is_ok_and(|y| (1800..=2100).contains(&y));
    match parts {
        [d, m, y] if year(y) => n(d, 1, 31) && n(m, 1, 12),
        [y, m, d] if year(y) => n(d, 1, 31) && n(m, 1, 12),
        _ => false,
    }
}

/// «فاتح أبريل», «فاتح يناير 2026»: the Maghreb's «فاتح» ("the first of") before a month
/// is its first day: the end.
pub(super) fn first_of_month(ctx: &Ctx, j: usize) -> Option<usize> {
    let first = ctx
        .tok(j)
        .is_some_and(|t| matches!(t.norm.as_str(), "فاتح" | "وفاتح"));
    (first && ctx.any_month(j + 1)).then_some(())?;
    // «فاتح ماي»: an ambiguous month is one after «فاتح».
    Some(day_month(ctx, j + 1).unwrap_or(j + 2))
}

/// Ordinals of centuries («القرن التاسع عشر», «القرن العشرين»).
pub(super) const ORDINALS: &[&str] = &[
    "اول",
    "ثاني",
    "ثالث",
    "رابع",
    "خامس",
    "سادس",
    "سابع",
    "ثامن",
    "تاسع",
    "عاشر",
    "حادي",
    "عشر",
    "عشرين",
    "واحد",
    "عشرون",
];
/// Decades («التسعينات», «الثمانينيات»), as stems.
pub(super) const DECADES: &[&str] = &[
    "عشرينات",
    "ثلاثينات",
    "اربعينات",
    "خمسينات",
    "ستينات",
    "سبعينات",
    "ثمانينات",
    "تسعينات",
    "عشرينيات",
    "ثلاثينيات",
    "اربعينيات",
    "خمسينيات",
    "ستينيات",
    "سبعينيات",
    "ثمانينيات",
    "تسعينيات",
];

/// «وقت سابق من هذا الشهر», «وقت لاحق من العام الجاري» ("earlier this month"): the end.
pub(super) fn earlier_or_later_in(ctx: &Ctx, j: usize) -> Option<usize> {
    let when = ctx.stem_in(j, &["وقت"]) && ctx.stem_in(j + 1, &["سابق", "لاحق"]);
    (when && ctx.tok(j + 2)?.norm == "من").then_some(())?;
    core(ctx, j + 3)
}

/// Periods that economy news compares with the same one of another year.
pub(super) const SAME_PERIODS: &[&str] =
    &["فتره", "مده", "ربع", "نصف", "شهر", "اسبوع", "موسم", "عام"];

/// «الفترة نفسها من العام الماضي», «الفترة ذاتها من 2024», «الربع المماثل من العام
/// السابق»: a definite period, «نفسه/ذاته» or «المماثل», «من» and a date: one DATE, the
/// end.
pub(super) fn same_period_of(ctx: &Ctx, j: usize) -> Option<usize> {
    if !(ctx.definite(j) && ctx.stem_in(j, SAME_PERIODS)) {
        return None;
    }
    let same = ctx.tok(j + 1)?;
    let word = same.norm.as_str();
    let same_word = ["نفسها", "نفسه", "ذاتها", "ذاته"].contains(&word)
        || (ctx.definite(j + 1) && ctx.stem_in(j + 1, &["مماثل", "مماثله"]));
    if !same_word || ctx.tok(j + 2)?.norm != "من" {
        return None;
    }
    year_with_era(ctx, j + 3).or_else(|| core(ctx, j + 3))
}

/// The relative adjectives of two periods or days («المقبلين», «الماضيتين»).
const RELATIVE_DUALS: &[&str] = &[
    "ماضيين",
    "ماضيتين",
    "مقبلين",
    "مقبلتين",
    "قادمين",
    "قادمتين",
    "اخيرين",
    "اخيرتين",
    "منصرمين",
    "منصرمتين",
    "فائتين",
];

/// Two periods in the dual (stems): «العامين», «الشهرين».
pub(super) const DUALS: &[&str] = &["عامين", "سنتين", "شهرين", "اسبوعين", "يومين", "عقدين"];

/// «العامين المقبلين», «الشهرين الماضيين»: two periods, the dual with its relative
/// adjective, as «العام المقبل» is one: the end.
pub(super) fn two_periods(ctx: &Ctx, j: usize) -> Option<usize> {
    (ctx.definite(j)
        && ctx.stem_in(j, DUALS)
        && ctx.definite(j + 1)
        && ctx.stem_in(j + 1, RELATIVE_DUALS))
    .then_some(j + 2)
}

/// «يومي الخميس والجمعة», «أيام 7 و8 و9 يوليو»: the days of one event listed after
/// «يومي/أيام» are one date: the end.
pub(super) fn listed_days(ctx: &Ctx, j: usize) -> Option<usize> {
    let head = ctx.tok(j)?;
    if head.clitics.article || !matches!(head.stem.as_str(), "يومي" | "ايام") {
        return None;
    }
    if ctx.weekday(j + 1) && ctx.definite(j + 1) {
        let mut k = j + 2;
        while ctx.weekday(k) && ctx.definite(k) && ctx.has_conjunction(k) {
            k += 1;
        }
        // «يومي السبت والأحد الماضيين».
        let relative =
            ctx.definite(k) && (ctx.stem_in(k, RELATIVE_DUALS) || ctx.stem_in(k, RELATIVE));
        return (k > j + 2).then_some(k + usize::from(relative));
    }
    let mut k = j + 1;
    ctx.tok(k).filter(|t| day_number(t))?;
    while ctx.tok(k + 1).is_some_and(|t| t.norm == "و") && ctx.tok(k + 2).is_some_and(day_number) {
        k += 2;
    }
    if k == j + 1 {
        return None;
    }
    day_month(ctx, k)
}

/// «في وقت سابق اليوم», «في وقت متأخر من ليل أمس»: earlier or later on a day, from
/// «وقت» at `j`: the end.
pub(super) fn later_on_a_day(ctx: &Ctx, j: usize) -> Option<usize> {
    let t = ctx.tok(j)?;
    if t.clitics.article || !ctx.stem_in(j + 1, &["سابق", "لاحق", "متاخر"]) {
        return None;
    }
    let of = usize::from(ctx.tok(j + 2).is_some_and(|t| t.norm == "من"));
    let k = j + 2 + of;
    let night = usize::from(ctx.stem_in(k, TIMES_OF_DAY) && !ctx.definite(k));
    relative_day(ctx, k + night).map(|e| weekday_after(ctx, e))
}
