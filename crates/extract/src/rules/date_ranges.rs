//! Date ranges: two years, days or dates joined by «إلى», «حتى», «و» or a dash after «من»
//! or «بين» («من 1990 إلى 1995», «من 10 إلى 15 يناير», «بين أبريل وأكتوبر 2026»). Parts
//! of [`super::dates`].

use super::dates::{day_month, day_number, year_with_era};
use super::*;

/// «من 1990 إلى 1995», «بين عامي 1990 و1995», and ranges of days
/// ([`day_range`]): «من 10 إلى 15 يناير».
pub(super) fn worded_range(ctx: &Ctx, i: usize) -> Option<usize> {
    let t = ctx.tok(i)?;
    if let Some(e) = day_range(ctx, i) {
        return Some(e);
    }
    match t.norm.as_str() {
        "من" => {
            let y = if ctx.trig(i + 1) == Some(Trigger::YearWord) {
                i + 2
            } else {
                i + 1
            };
            let e = year_with_era(ctx, y)?;
            let to = ctx.tok(e)?;
            (matches!(to.norm.as_str(), "الي" | "حتي")).then_some(())?;
            year_with_era(ctx, e + 1)
        }
        "بين" => {
            let y = if ctx.stem_in(i + 1, &["عامي", "سنتي", "عام"]) {
                i + 2
            } else {
                i + 1
            };
            let e = year_with_era(ctx, y)?;
            (ctx.tok(e)?.norm == "و").then_some(())?;
            year_with_era(ctx, e + 1)
        }
        _ => None,
    }
}

/// A range of days that ends in a month: «من 10 إلى 15 يناير», «بين 3 و5 مارس 2024»,
/// «يومي 5 و6 ديسمبر»,
/// «من 28 فبراير حتى 2 مارس», «10 - 15 يناير». The first day may go without its month,
/// the last never does («من 10 إلى 15 في المئة» is no date).
fn day_range(ctx: &Ctx, i: usize) -> Option<usize> {
    let t = ctx.tok(i)?;
    let (first, joins): (usize, &[&str]) = match t.norm.as_str() {
        "من" => (i + 1, &["الي", "حتي"]),
        // «يومي 5 و6 ديسمبر».
        "بين" | "يومي" => (i + 1, &["و"]),
        _ if day_number(t) => (i, &["-", "–"]),
        _ => return None,
    };
    ctx.tok(first).filter(|t| day_number(t))?;
    let e = day_month(ctx, first).unwrap_or(first + 1);
    // «و5» is split into «و» and «5» by the tokeniser.
    joins.contains(&ctx.tok(e)?.norm.as_str()).then_some(())?;
    let second = e + 1;
    ctx.tok(second).filter(|t| day_number(t))?;
    let last = day_month(ctx, second).filter(|&m| m > second + 1)?;
    Some(last)
}

/// Two dates joined by «و» after «بين» or «ما بين»: «ما بين أواخر القرن التاسع عشر
/// وأوائل القرن العشرين» is one DATE (a range), found by `date` from a token: the end.
pub(super) fn between_dates(
    ctx: &Ctx,
    i: usize,
    date: impl Fn(usize) -> Option<usize>,
) -> Option<usize> {
    let t = ctx.tok(i)?;
    let first = match t.norm.as_str() {
        "بين" | "مابين" => i + 1,
        "ما" if ctx.tok(i + 1)?.norm == "بين" => i + 2,
        _ => return None,
    };
    let e = date(first)?;
    // «و» alone (as ANERcorp writes it) or glued to the second date.
    if ctx.tok(e)?.norm == "و" {
        date(e + 1)
    } else if ctx.has_conjunction(e) {
        date(e)
    } else {
        None
    }
}

/// «بين أبريل وأكتوبر 2026»: two months after «بين», the second with its year: the end.
pub(super) fn between_months(ctx: &Ctx, i: usize) -> Option<usize> {
    (ctx.tok(i)?.norm == "بين" && ctx.month(i + 1)).then_some(())?;
    let second = if ctx.tok(i + 2)?.norm == "و" {
        i + 3
    } else if ctx.has_conjunction(i + 2) {
        i + 2
    } else {
        return None;
    };
    ctx.month(second).then_some(())?;
    day_month(ctx, second).filter(|&e| e > second + 1)
}
