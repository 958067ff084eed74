//! Month names the tagger's trigger lists lack and the dates made of them: the Maghreb's
//! months («جانفي», «فيفري», «أفريل», «جوان», «جويلية», «أوت»; Morocco's «يوليوز»,
//! «غشت», «شتنبر», «نونبر», «دجنبر»), a day of the month just named («26 من الشهر
//! نفسه»), seasons with their year («صائفة 2020», «صيف العام الماضي»), and the second
//! word of a two-word month («كانون الثاني»). A rule-side list: trigger words are CRF
//! features.

use std::sync::LazyLock;

use rustc_hash::FxHashMap;

use super::dates::{PERIODS, RELATIVE, year_with_era};
use super::*;

/// Maghreb month names that are no other word, folded.
const MAGHREB_MONTHS: &[&str] = &[
    "جانفي",
    "فيفري",
    "جويليه",
    "يوليوز",
    "غشت",
    "شتنبر",
    "نونبر",
    "دجنبر",
];

/// Maghreb month names that are also words or names («ماي», «أوت», «جوان» Joan,
/// «أفريل» Avril): a month only with a day number before or a year after.
const MAGHREB_AMBIGUOUS: &[&str] = &["ماي", "اوت", "جوان", "افريل"];

/// Seasons that date a year («صيف 2020», «صائفة 2020», «الشتاء الماضي»); «ربيع» is a
/// Hijri month word and dated as one.
pub(super) const SEASONS: &[&str] = &["صيف", "صائفه", "شتاء", "خريف"];

/// Every Maghreb month form, and whether it is ambiguous: looked up for most tokens, so
/// hashed once.
static MAGHREB: LazyLock<FxHashMap<&'static str, bool>> = LazyLock::new(|| {
    let plain = MAGHREB_MONTHS.iter().map(|m| (*m, false));
    plain
        .chain(MAGHREB_AMBIGUOUS.iter().map(|m| (*m, true)))
        .collect()
});

/// Whether a form of `t` (as written, its stem or its key) is a Maghreb month, and if so
/// whether an ambiguous one: «فيفري» loses its «ف» to the clitic reading, «بجانفي» keeps
/// its «ب» on the stem.
pub(super) fn maghreb_month(t: &Token) -> Option<bool> {
    // Every month form here is 3 to 6 letters long (6 to 12 bytes): a cheap test first.
    if t.kind != TokenKind::Word || !(6..=14).contains(&t.norm.len()) {
        return None;
    }
    let look = |f: &str| MAGHREB.get(f).copied();
    // Each distinct form once: most words are their own stem and key.
    look(&t.stem)
        .or_else(|| (t.key != t.stem).then(|| look(&t.key)).flatten())
        .or_else(|| {
            (t.norm != t.stem && t.norm != t.key)
                .then(|| look(&t.norm))
                .flatten()
        })
}

/// What kind of month name a word is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum MonthKind {
    /// A month name and no other word.
    Plain,
    /// A month name that is also another word or a name («رمضان», «ماي»).
    Ambiguous,
}

impl Ctx<'_> {
    /// The Maghreb month at `j`, from [`Ctx`]'s table; `None` past the end.
    fn maghreb(&self, j: usize) -> Option<bool> {
        self.maghreb_months.get(j).copied().flatten()
    }

    /// The month name at `j`, if any, with one look at the lists.
    pub(super) fn month_kind(&self, j: usize) -> Option<MonthKind> {
        match self.trig(j) {
            Some(Trigger::Month) => Some(MonthKind::Plain),
            Some(Trigger::MonthAmbiguous) => Some(MonthKind::Ambiguous),
            Some(_) => None,
            None => self.maghreb(j).map(|ambiguous| {
                if ambiguous {
                    MonthKind::Ambiguous
                } else {
                    MonthKind::Plain
                }
            }),
        }
    }

    /// An unambiguous month name at `j`.
    pub(super) fn month(&self, j: usize) -> bool {
        self.trig(j) == Some(Trigger::Month) || self.maghreb(j) == Some(false)
    }

    /// A month name that is also another word at `j` («رمضان», «صفر», «ماي»).
    pub(super) fn ambiguous_month(&self, j: usize) -> bool {
        self.trig(j) == Some(Trigger::MonthAmbiguous) || self.maghreb(j) == Some(true)
    }

    /// Any month name at `j`.
    pub(super) fn any_month(&self, j: usize) -> bool {
        self.month(j) || self.ambiguous_month(j)
    }
}

/// «الشهر نفسه», «الشهر ذاته», «الشهر الجاري» at `j`: the end.
pub(super) fn this_month(ctx: &Ctx, j: usize) -> Option<usize> {
    let month = ctx.definite(j) && ctx.stem_in(j, &["شهر"]);
    let which = ctx
        .tok(j + 1)
        .is_some_and(|t| matches!(t.norm.as_str(), "نفسه" | "ذاته"))
        || ctx.definite(j + 1) && ctx.stem_in(j + 1, RELATIVE);
    (month && which).then_some(j + 2)
}

/// A day of a month named by a relative phrase: «26 من الشهر نفسه», «3 من الشهر
/// المقبل»: the end.
pub(super) fn day_of_this_month(ctx: &Ctx, j: usize) -> Option<usize> {
    let day = ctx.tok(j)?;
    let number = day.kind == TokenKind::Number
        && day.norm.len() <= 2
        && day.norm.parse::<u32>().is_ok_and(|d| (1..=31).contains(&d));
    (number && ctx.tok(j + 1)?.norm == "من").then_some(())?;
    this_month(ctx, j + 2)
}

/// A season with its year or a relative word: «صائفة 2020», «صيف العام الماضي», «الشتاء
/// المقبل»: the end.
pub(super) fn season(ctx: &Ctx, j: usize) -> Option<usize> {
    let t = ctx.tok(j)?;
    if !SEASONS.contains(&t.stem.as_str()) {
        return None;
    }
    if t.clitics.article {
        return (ctx.definite(j + 1) && ctx.stem_in(j + 1, RELATIVE)).then_some(j + 2);
    }
    let relative_year = ctx.definite(j + 1)
        && ctx.stem_in(j + 1, PERIODS)
        && ctx.definite(j + 2)
        && ctx.stem_in(j + 2, RELATIVE);
    year_with_era(ctx, j + 1).or(relative_year.then_some(j + 3))
}

/// Two-word months: «كانون الثاني», «ربيع الأول», «ذو الحجة».
pub(super) fn second_month_word(ctx: &Ctx, e: usize) -> usize {
    let second = ctx.tok(e).is_some_and(|t| {
        t.clitics.article
            && matches!(
                t.stem.as_str(),
                "اول" | "ثاني" | "اخر" | "اخره" | "اولي" | "قعده" | "حجه" | "اخير"
            )
    });
    e + usize::from(second)
}

/// «المقبل», «الماضي» at `j`: a month word before it is the month («أفريل المقبل»).
pub(super) fn relative(ctx: &Ctx, j: usize) -> bool {
    ctx.definite(j) && ctx.stem_in(j, RELATIVE)
}

/// The Levant's month names (folded stems): «شباط», «أيار», «تشرين».
const LEVANTINE: &[&str] = &[
    "كانون",
    "شباط",
    "اذار",
    "نيسان",
    "ايار",
    "حزيران",
    "تموز",
    "اب",
    "ايلول",
    "تشرين",
];

/// Whether the month name at `j` is the Levant's («أيار»), not the Gregorian one's
/// transcription («مايو»): a doublet names the month twice, once in each.
pub(super) fn levantine(ctx: &Ctx, j: usize) -> bool {
    ctx.tok(j).is_some_and(|t| {
        LEVANTINE.contains(&t.stem.as_str()) || LEVANTINE.contains(&t.norm.as_str())
    })
}
