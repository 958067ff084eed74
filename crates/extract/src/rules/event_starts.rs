//! The words a named event or a prize can start with ([`super::event_names`]): that rule
//! looks at every token, and most («قال», «الرئيس», «،») start none. Whether a word can is
//! known from the word alone, so the tagger's word cache keeps it ([`super::WordTables`]).
//!
//! Each head of `event_names` is listed here: a feast («عيد الأضحى»), a season of worship
//! («موسم الحج»), a summit («قمة مجموعة العشرين»), a war («الحرب الأهلية»), attacks by
//! their date («هجمات 11 سبتمبر»), festival days («أيام الشارقة المسرحية»), a league
//! («الرابطة المحترفة الأولى»), a disaster («زلزال تركيا»), a forum («منتدى مستقبل …»),
//! a climate conference («كوب 28») and a prize («جائزة نوبل»). A new head goes here too:
//! under test, an event found at a token this refuses fails the test that found it.

use super::event_names::{DISASTERS, TOWN_HEADS, base_of};
use super::*;

/// Heads by their base ([`base_of`]): «عيد», «موسم», «قمة», «اعتداءات» …, «جائزة».
const BASES: &[&str] = &[
    "عيد",
    "موسم",
    "قمه",
    "اعتداءات",
    "هجمات",
    "احداث",
    "تفجيرات",
    "ايام",
    "مبادره",
    "جائزه",
];

/// Whether a named event or a prize can start at a token of word `t`.
pub(super) fn may_start_event(t: &Token) -> bool {
    let base = base_of(t);
    [BASES, TOWN_HEADS, DISASTERS]
        .iter()
        .any(|list| list.contains(&base))
        || DISASTERS.contains(&t.norm.as_str())
        || matches!(t.stem.as_str(), "حرب" | "رابطه")
        || matches!(t.norm.as_str(), "كوب" | "وكوب")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::token::tokenize;

    #[test]
    fn only_event_heads_start_an_event() {
        let starts: Vec<bool> = tokenize("قال الرئيس إن عيد الأضحى وجائزة نوبل ، الحرب")
            .iter()
            .map(may_start_event)
            .collect();
        assert_eq!(
            starts,
            [false, false, false, true, false, true, false, false, true]
        );
    }
}
