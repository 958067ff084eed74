//! The holder named after the body his office serves, where the rules (not the tagger)
//! named the body: «الرئيسة التنفيذية [للهيئة الملكية لمحافظة العلا] عبير العقل», «الرئيس
//! التنفيذي [لشركة البحر الأحمر الدولية] جون باغانو».
//!
//! The people rules find a holder after a body the tagger read («الأمين العام [لأوبك] هيثم
//! الغيص»), but the bodies the organisation rules name are only known once candidates are
//! chosen. Here the name after such a body becomes a person; [`super::titles_across_names`]
//! then makes the office over the body his title.

use super::*;

/// Adds a PERSON for the name after each untitled office whose served body, behind «ل»,
/// follows it. `chosen` is non-overlapping and comes back sorted by start.
pub fn holders_after_bodies(ctx: &Ctx, chosen: &mut Vec<Cand>) {
    chosen.sort_by_key(|c| (c.start, c.end));
    let mut found = Vec::new();
    for w in chosen.windows(2) {
        let (office, body) = (&w[0], &w[1]);
        let serves = office.label == Some(Label::Title)
            && office.title.is_none()
            && body.start == office.end
            && matches!(body.label, Some(Label::Org | Label::Location))
            && super::served_bodies::behind_li(&ctx.tokens[body.start]);
        if serves && let Some(end) = people::holder_after_body(ctx, body.end) {
            found.push((body.end, end));
        }
    }
    for (start, end) in found {
        // The name stops where the next chosen mention begins …
        let Some(next) = chosen.iter().position(|c| c.end > start) else {
            chosen.push(Cand::new(start, end, Label::Person, PRIO_PERSON_TITLE));
            continue;
        };
        let stop = chosen[next].start.min(end);
        // … unless that is the rest of his name, which a given name that is also a title
        // had introduced («… [لهيئة المسرح] سلطان | [البازعي]»).
        let rest = &mut chosen[next];
        if rest.start == stop && stop > start && rest.label == Some(Label::Person) {
            rest.start = start;
            rest.title = None;
        } else if stop > start {
            chosen.push(Cand::new(start, stop, Label::Person, PRIO_PERSON_TITLE));
        }
    }
    chosen.sort_by_key(|c| (c.start, c.end));
}

#[cfg(test)]
mod tests {
    use super::super::pipeline_tests::extract;
    use sahifa_model::Label;

    #[test]
    fn the_name_after_a_body_the_rules_named_is_the_offices_holder() {
        for (text, name, title) in [
            (
                "وقال الرئيس التنفيذي لشركة البحر الأحمر الدولية جون باغانو إن الوجهة جاهزة.",
                "جون باغانو",
                "الرئيس التنفيذي لشركة البحر الأحمر الدولية",
            ),
            (
                "وأوضحت الرئيسة التنفيذية للهيئة الملكية لمحافظة العلا عبير العقل أن الموسم ناجح.",
                "عبير العقل",
                "الرئيسة التنفيذية للهيئة الملكية لمحافظة العلا",
            ),
            (
                "وقال المدير التنفيذي لهيئة المسرح والفنون الأدائية سلطان البازعي إن الموسم بدأ.",
                "سلطان البازعي",
                "المدير التنفيذي لهيئة المسرح والفنون الأدائية",
            ),
        ] {
            let ann = extract(text);
            let person = ann
                .entities
                .iter()
                .find(|e| e.label == Label::Person && e.name == name);
            assert_eq!(
                person.and_then(|p| p.title.as_deref()),
                Some(title),
                "{text}: {:?}",
                ann.entities
            );
        }
    }

    #[test]
    fn a_word_after_a_served_body_that_is_no_name_stays_out() {
        let ann = extract("وقال المدير العام لشركة المياه الوطنية الجديد إن المشروع اكتمل.");
        assert!(
            ann.entities.iter().all(|e| e.label != Label::Person),
            "{:?}",
            ann.entities
        );
    }
}
