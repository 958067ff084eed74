//! Palaces by their name: «قصر بعبدا», «قصر بيان», «قصر عابدين», «قصر فيرساي». Where the
//! news meets, decrees are issued or a visitor goes, the palace is a LOCATION, head
//! included (GUIDELINES.md, twelfth session); a seat of government the world list holds
//! as the government stays one («قصر الإليزيه», `world.rs`). «قصر» is also "shortness"
//! («قصر النظر», «قصر المدة») and a verb («قصر الدعم على»): a definite common word after
//! it names no palace unless it is one of [`PALACES`].

use super::*;

/// Palaces of the region's heads of state whose names are common words (folded stems):
/// «قصر بيان», «قصر السيف», «قصر الشعب», «قصر الاتحادية», «قصر الوطن» (Abu Dhabi), «قصر
/// الصخير», «قصر القضيبية» (Bahrain), «قصر المرادية» (Algiers), «قصر العلم» (Muscat).
const PALACES: &[&str] = &[
    "بيان",
    "سيف",
    "دسمان",
    "شعب",
    "سلام",
    "اتحاديه",
    "قبه",
    "يمامه",
    "رغدان",
    "حسينيه",
    "عابدين",
    "بعبدا",
    "وطن",
    "صخير",
    "قضيبيه",
    "مراديه",
    "علم",
];

/// The end of a palace's name after «قصر» at `j - 1`: a listed palace, or the tagger's or
/// the lists' place, person or thing there («قصر فيرساي»; «قصر السيف» read as a work). Not
/// after a standalone article («ال قصر» of split text) or in quotation marks (a novel:
/// «"قصر الشوق"»), and not a body («قصر رئاسة الجمهورية»); an adjective is no name
/// («قصر جديد»).
pub(super) fn palace_name(ctx: &Ctx, j: usize) -> Option<usize> {
    let before = j.checked_sub(2).map(|k| ctx.tokens[k].norm.as_str());
    if matches!(before, Some("ال" | "\"" | "«")) {
        return None;
    }
    let n = ctx.tok(j)?;
    if PALACES.contains(&n.stem.as_str()) || PALACES.contains(&n.key.as_str()) {
        return Some(j + 1);
    }
    // «قصر الإليزيه», a seat of government: `world.rs`.
    if n.key == "اليزيه" {
        return None;
    }
    match ctx.crf[j] {
        Some(Label::Location | Label::Person | Label::Misc) => Some(ctx.crf_end[j].min(j + 3)),
        None if ctx.place_at(j) > 0 => Some(j + ctx.place_at(j).min(3)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::pipeline_tests::mentions;

    #[test]
    fn a_palace_by_its_name_is_a_place_head_included() {
        for (text, palace) in [
            (
                "عقدت الحكومة اجتماعها في قصر بعبدا صباح الثلاثاء.",
                "قصر بعبدا",
            ),
            ("وصدر المرسوم في قصر بيان بتاريخ أمس.", "قصر بيان"),
            ("واستقبل الرئيس ضيفه في قصر عابدين بالقاهرة.", "قصر عابدين"),
            ("وزار الوفد قصر فيرساي قرب باريس.", "قصر فيرساي"),
            ("وأقيمت مراسم الاستقبال في قصر الوطن بأبوظبي.", "قصر الوطن"),
            ("واستقبل العاهل ضيفه في قصر الصخير أمس.", "قصر الصخير"),
            ("وعقد الاجتماع في قصر المرادية بالعاصمة.", "قصر المرادية"),
        ] {
            let found = mentions(text);
            assert!(
                found.contains(&("LOCATION", palace.to_owned())),
                "{palace} in {found:?}"
            );
        }
    }

    #[test]
    fn shortness_and_a_verb_are_no_palace() {
        for text in [
            "يعاني الطفل من قصر النظر منذ سنوات.",
            "واشتكى الموظفون من قصر المدة المتاحة.",
            "وقرر المجلس قصر الدعم على الأسر المحتاجة.",
        ] {
            let found = mentions(text);
            assert!(
                !found.iter().any(|(_, t)| t.starts_with("قصر")),
                "{found:?}"
            );
        }
    }
}
