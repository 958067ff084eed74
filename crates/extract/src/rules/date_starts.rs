//! The words a date can start with: [`super::dates`] looks for a date at every token, and
//! most tokens («قال», «الرئيس», «،») start none. Whether a word can is known from the
//! word alone, so the tagger's word cache keeps it ([`super::WordTables`]) and the date
//! rules are asked only at the tokens that can.
//!
//! Every way a date starts is listed here: a number («15 مارس», «2025/3/12»), a word
//! that joins one («من», «بين», «منذ», «بعد ظهر»), a boundary or time of day («أواخر»,
//! «مساء»), a period, part, ordinal, count, season or decade («العام الماضي», «الربع
//! الثالث», «الأشهر الستة», «صيف 2020», «التسعينات»), a relative day («أمس»), a month,
//! weekday or year word. A new way for a date to start goes here too: under test, a date
//! found at a token this refuses fails the test that found it.

use super::date_parts::{DECADES, DUALS, MONTH_COUNTS, ORDINALS, PARTS, SAME_PERIODS, YEAR_COUNTS};
use super::dates::{BOUNDARIES, PERIODS, TIMES_OF_DAY};
use super::months::SEASONS;
use super::*;

/// Words as written that start a date or join two («من 1990 إلى 1995», «بين عامي»,
/// «ما بين», «منذ مطلع العام», «بعد ظهر أمس», «هذا العام», «فاتح أبريل»).
const JOINING: &[&str] = &[
    "من",
    "بين",
    "يومي",
    "مابين",
    "ما",
    "منذ",
    "بعد",
    "هذا",
    "هذه",
    "فاتح",
    "وفاتح",
];

/// Stems that start a date and are in no list of [`super::dates`] («أمس», «غداً», «القرن»,
/// «عامي», «الفصل الدراسي», «العشر الأواخر», «وقت سابق»).
const STEMS: &[&str] = &[
    "امس", "غدا", "غد", "يوم", "شهر", "قرن", "عامي", "موسم", "فصل", "عشر", "وقت", "اخير", "اولي",
];

/// Whether a date can start at a token of word `t`, whose rule trigger is `trigger` and
/// Maghreb month reading `maghreb` ([`super::WordTables`]).
pub(super) fn may_start_date(t: &Token, trigger: Option<Trigger>, maghreb: Option<bool>) -> bool {
    if t.kind == TokenKind::Number {
        return true;
    }
    if JOINING.contains(&t.norm.as_str()) {
        return true;
    }
    // «بنهاية العام الجاري»: a boundary behind a glued «ب» or «ل», whatever the word.
    if t.norm
        .strip_prefix(['ب', 'ل'])
        .is_some_and(|rest| BOUNDARIES.contains(&rest))
    {
        return true;
    }
    if t.kind != TokenKind::Word {
        return false;
    }
    let named = matches!(
        trigger,
        Some(Trigger::Month | Trigger::MonthAmbiguous | Trigger::Weekday | Trigger::YearWord)
    ) || maghreb.is_some();
    let stem = t.stem.as_str();
    let listed = [
        BOUNDARIES,
        TIMES_OF_DAY,
        PERIODS,
        PARTS,
        ORDINALS,
        SEASONS,
        DECADES,
        SAME_PERIODS,
        MONTH_COUNTS,
        YEAR_COUNTS,
        DUALS,
        STEMS,
    ]
    .iter()
    .any(|list| list.contains(&stem));
    // «لعام 2025», «لسنة 2026», «الموسم»: a year word or a season whose key drops a glued «ل».
    let key = matches!(t.key.as_str(), "عام" | "سنه" | "موسم");
    named || listed || key
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::token::tokenize;

    fn starts(text: &str) -> Vec<bool> {
        tokenize(text)
            .iter()
            .map(|t| may_start_date(t, rule_trigger(t), months::maghreb_month(t)))
            .collect()
    }

    #[test]
    fn common_words_start_no_date_and_date_words_do() {
        assert_eq!(
            starts("قال الرئيس ، في بيان"),
            [false, false, false, false, false]
        );
        assert_eq!(starts("أمس 15 مارس"), [true, true, true]);
        assert_eq!(starts("أواخر العام الماضي"), [true, true, false]);
        assert_eq!(starts("منذ بنهاية التسعينات"), [true, true, true]);
    }
}
