//! Days and days of months ([`super::dates`]): a relative day with its weekday («أمس
//! الثلاثاء», «أمس (الثلاثاء)»), a day and month with its second name and year («15 مارس
//! (آذار) 2019», «21 فبراير / شباط عام 1999», «يونيو الماضي»).

use super::date_parts::ordinal;
use super::dates::{MONTH_EPITHETS, RELATIVE, day_number, year_range};
use super::months::{MonthKind, levantine, relative, second_month_word};
use super::*;

/// «أمس», «أمس الأول», «غداً», «الغد», «اليوم» (today): the end.
pub(super) fn relative_day(ctx: &Ctx, j: usize) -> Option<usize> {
    let t = ctx.tok(j)?;
    match t.stem.as_str() {
        "امس" => Some(if ctx.stem_in(j + 1, &["اول"]) && ctx.definite(j + 1) {
            j + 2
        } else {
            j + 1
        }),
        "غدا" => Some(j + 1),
        "غد" if t.clitics.article => Some(j + 1),
        // «اليوم» is today unless an adjective makes it a named day («اليوم الوطني») or an
        // ordinal one of a series («في اليوم الأول»).
        "يوم" if t.clitics.article && !ctx.nisba(j + 1) && !ordinal(ctx, j + 1) => Some(j + 1),
        _ => None,
    }
}

/// A weekday after a relative day, bare or in brackets («أمس الثلاثاء», «أمس
/// (الثلاثاء)»), and a day-month after a weekday («الأحد 3 سبتمبر»): the new end.
pub(super) fn weekday_after(ctx: &Ctx, e: usize) -> usize {
    let mut e = e;
    if ctx.weekday(e) && ctx.definite(e) {
        e += 1;
        // «يوم الأحد الماضي», «الخميس المقبل».
        if ctx.stem_in(e, RELATIVE) && ctx.definite(e) {
            e += 1;
        }
    } else if ctx.punct(e, &['(']) && ctx.weekday(e + 1) && ctx.punct(e + 2, &[')']) {
        e += 3;
    }
    let comma = usize::from(ctx.punct(e, &['،', ',']));
    if ctx.tok(e + comma).is_some_and(day_number)
        && let Some(m) = day_month(ctx, e + comma)
    {
        return m;
    }
    e
}

/// Day, month (a second name after «/» or in brackets), year: «15 مارس (آذار) 2019»,
/// «21 فبراير / شباط عام 1999», «شهر رمضان المبارك», «يونيو الماضي».
pub(super) fn day_month(ctx: &Ctx, j: usize) -> Option<usize> {
    let had_day = ctx.tok(j).is_some_and(day_number);
    let k = j + usize::from(had_day);
    let mut e = if ctx.tok(k).is_some_and(|t| t.stem == "شهر") {
        ctx.any_month(k + 1).then_some(k + 2)?
    } else {
        // One look at the month word: most tokens are none.
        match ctx.month_kind(k)? {
            MonthKind::Plain => k + 1,
            MonthKind::Ambiguous if had_day || ctx.year_follows(k + 1) || relative(ctx, k + 1) => {
                k + 1
            }
            MonthKind::Ambiguous => return None,
        }
    };
    let first = e - 1;
    e = second_month_word(ctx, e);
    // Reuters' doublet without a slash: «مايو أيار 2025», «أكتوبر تشرين الأول 2025».
    // Not «الذي» after a Levantine month («[8 آذار] الذي»): «ذي» is a Hijri month word.
    let second = levantine(ctx, e) || ctx.month(e);
    if second && levantine(ctx, e) != levantine(ctx, first) {
        e = second_month_word(ctx, e + 1);
    }
    // A second name: «أغسطس / آب», «مارس (آذار)».
    if ctx.punct(e, &['/']) && ctx.any_month(e + 1) {
        e = second_month_word(ctx, e + 2);
    } else if ctx.punct(e, &['(']) && ctx.any_month(e + 1) {
        let close = second_month_word(ctx, e + 2);
        if ctx.punct(close, &[')']) {
            e = close + 1;
        }
    }
    if ctx.stem_in(e, MONTH_EPITHETS) && ctx.definite(e) {
        e += 1;
    }
    if ctx.stem_in(e, RELATIVE) && ctx.definite(e) {
        return Some(e + 1);
    }
    let comma = usize::from(ctx.punct(e, &['،', ',']));
    let year_word = usize::from(ctx.trig(e + comma) == Some(Trigger::YearWord));
    if let Some(y) = year_range(ctx, e + comma + year_word, false) {
        return Some(y);
    }
    Some(e)
}
