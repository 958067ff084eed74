//! Dates made of a part and the period it belongs to: an ordinal day of a month («الأول
//! من يناير 2026»), a quarter or half of a year («الربع الثالث من 2025»), a year of a kind
//! («العام الدراسي الماضي»).

use super::dates::{ORDINALS, PERIODS, RELATIVE, core, day_month, year_with_era};
use super::*;

/// A definite ordinal at `j`: «الأول», «الثالث», «الأخير».
pub(super) fn ordinal(ctx: &Ctx, j: usize) -> bool {
    ctx.definite(j) && (ctx.stem_in(j, ORDINALS) || ctx.stem_in(j, &["اخير", "اولي"]))
}

/// A period with an adjective that says which, then a relative word: «العام الدراسي
/// الماضي», «العام المالي المقبل», «الموسم الرياضي الحالي»: the end.
pub(super) fn qualified_period(ctx: &Ctx, j: usize) -> Option<usize> {
    let period = ctx.definite(j) && ctx.stem_in(j, PERIODS);
    let adjective = ctx.definite(j + 1) && ctx.nisba(j + 1) && !ctx.has_conjunction(j + 1);
    let relative = ctx.definite(j + 2) && ctx.stem_in(j + 2, RELATIVE);
    (period && adjective && relative).then_some(j + 3)
}

/// An ordinal day or a part of a year, «من» and the month or year it belongs to: «الأول
/// من يناير 2026», «الربع الثالث من 2025», «النصف الأول من العام الماضي»: the end.
pub(super) fn part_of_period(ctx: &Ctx, j: usize) -> Option<usize> {
    let part = ctx.definite(j) && ctx.stem_in(j, &["ربع", "نصف", "ثلث"]);
    let mut k = if part { j + 1 } else { j };
    if !ordinal(ctx, k) {
        return None;
    }
    // «الخامس عشر من فبراير».
    if ctx
        .tok(k + 1)
        .is_some_and(|t| matches!(t.norm.as_str(), "عشر" | "عشره"))
    {
        k += 1;
    }
    if ctx.tok(k + 1)?.norm != "من" {
        return None;
    }
    if part {
        let rest = k + 2;
        return year_with_era(ctx, rest).or_else(|| core(ctx, rest));
    }
    let month = ctx.month(k + 2) || ctx.stem_in(k + 2, &["شهر"]);
    month.then(|| day_month(ctx, k + 2)).flatten()
}
