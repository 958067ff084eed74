//! Dates: weekdays, day-month-year, Hijri and Levantine months, years.

use super::*;

fn day_number(t: &Token) -> bool {
    t.kind == TokenKind::Number
        && t.norm.len() <= 2
        && t.norm.parse::<u32>().is_ok_and(|d| (1..=31).contains(&d))
}

fn year_number(t: &Token) -> bool {
    t.kind == TokenKind::Number
        && t.norm.len() == 4
        && t.norm
            .parse::<u32>()
            .is_ok_and(|y| (1300..=2100).contains(&y))
}

/// Era markers after a year: م, هـ, ميلادي, هجري, ق.م.
fn era(t: &Token) -> bool {
    matches!(
        t.stem.as_str(),
        "م" | "ه" | "ميلادي" | "ميلاديه" | "هجري" | "هجريه" | "للميلاد" | "للهجره"
    ) || matches!(t.norm.as_str(), "م" | "ه" | "للميلاد" | "للهجره")
}

/// Dates: weekdays, day-month-year, month-year, «عام 2026», numeric dates.
pub(super) fn dates(ctx: &Ctx, out: &mut Vec<Cand>) {
    let n = ctx.tokens.len();
    let mut i = 0;
    while i < n {
        let start = i;
        let mut j = i;
        let mut ok = false;
        // Weekday: «يوم الأحد», «الخميس».
        if ctx.tok(j).is_some_and(|t| t.stem == "يوم") && ctx.trig(j + 1) == Some(Trigger::Weekday)
        {
            j += 2;
            ok = true;
        } else if ctx.trig(j) == Some(Trigger::Weekday)
            && ctx.tokens[j].clitics.article
            && !ctx.has_preposition(j)
        {
            j += 1;
            ok = true;
        }
        if ok
            && ctx
                .tok(j)
                .is_some_and(|t| t.is_punct('،') || t.is_punct(','))
            && ctx.tok(j + 1).is_some_and(day_number)
        {
            j += 1;
        }
        // Day number, month, year.
        let had_day = ctx.tok(j).is_some_and(day_number);
        let k = if had_day { j + 1 } else { j };
        let mut month_end = 0;
        if ctx.tok(k).is_some_and(|t| t.stem == "شهر") {
            if matches!(
                ctx.trig(k + 1),
                Some(Trigger::Month | Trigger::MonthAmbiguous)
            ) {
                month_end = k + 2;
            }
        } else {
            match ctx.trig(k) {
                Some(Trigger::Month) => month_end = k + 1,
                Some(Trigger::MonthAmbiguous) => {
                    let year_follows = ctx.tok(k + 1).is_some_and(year_number)
                        || ctx.tok(k + 2).is_some_and(year_number);
                    if had_day || year_follows {
                        month_end = k + 1;
                    }
                }
                _ => {}
            }
        }
        if month_end > 0 {
            j = month_end;
            // Two-word months: «كانون الثاني», «ربيع الأول», «ذو الحجة».
            if let Some(t) = ctx.tok(j)
                && t.clitics.article
                && matches!(
                    t.stem.as_str(),
                    "اول" | "ثاني" | "اخر" | "اخره" | "اولي" | "قعده" | "حجه" | "اخير"
                )
            {
                j += 1;
            }
            if ctx.tok(j).is_some_and(year_number) {
                j += 1;
            } else if ctx
                .tok(j)
                .is_some_and(|t| t.is_punct('،') || t.is_punct(','))
                && ctx.tok(j + 1).is_some_and(year_number)
            {
                j += 2;
            }
            ok = true;
        } else if !ok {
            // «عام 2026», «العام 1445 هـ».
            if ctx.trig(j) == Some(Trigger::YearWord) && ctx.tok(j + 1).is_some_and(year_number) {
                j += 2;
                ok = true;
            } else if let (Some(a), Some(s1), Some(b), Some(s2), Some(c)) = (
                ctx.tok(j),
                ctx.tok(j + 1),
                ctx.tok(j + 2),
                ctx.tok(j + 3),
                ctx.tok(j + 4),
            ) && day_number(a)
                && s1.is_punct('/')
                && b.kind == TokenKind::Number
                && s2.is_punct('/')
                && year_number(c)
            {
                j += 5;
                ok = true;
            }
        }
        if ok {
            if ctx.tok(j).is_some_and(era) {
                j += 1;
            }
            if j > start {
                out.push(Cand::new(start, j, Label::Date, PRIO_DATE));
                i = j;
                continue;
            }
        }
        i += 1;
    }
}
