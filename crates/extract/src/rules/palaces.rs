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
        None => rare_name(ctx, j).then_some(j + 1),
        _ => None,
    }
}

/// «قصر لوسيل», «قصر تشيراغان»: one indefinite word Arabic at large hardly knows (Zipf
/// bucket 10 and rarer, as a town after its head) and no list holds names the palace;
/// shortness is said of common words («قصر النظر», «قصر مدته»). Not a word of Arabic shape
/// the lists know: a participle or adjective («قصر متهدم», «قصر مذهل», «قصر صحراوي»), a
/// plural («قصر كليات») or a pronoun's ending («قصر سموه»).
fn rare_name(ctx: &Ctx, j: usize) -> bool {
    let t = &ctx.tokens[j];
    let rare = [t.norm.as_str(), &t.stem]
        .iter()
        .all(|w| ctx.gaz.word_freq.get(*w).is_none_or(|&b| b >= 10));
    let known = ctx.gaz.word_freq_bucket(t).is_some();
    // A participle in «م» even where the lists miss it («متهدم»).
    let arabic_form = t.norm.starts_with('م')
        || known && (t.norm.ends_with(['ي', 'ا', 'ه']) || t.norm.ends_with("ات"));
    rare && !arabic_form
        && t.kind == TokenKind::Word
        && !t.clitics.article
        && !t.line_start
        && !ctx.is_common(j)
        && !ctx.nisba(j)
        && ctx.trig(j).is_none()
        && t.stem.chars().count() >= 3
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
            ("وأقيمت مأدبة عشاء في قصر لوسيل مساء الاثنين.", "قصر لوسيل"),
            (
                "ونزل الوفد في قصر تشيراغان المطل على البوسفور.",
                "قصر تشيراغان",
            ),
            ("واستقبل الرئيس نظيره في قصر قرطاج أمس.", "قصر قرطاج"),
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
            "وتبقى من المبنى بقايا قصر متهدم على التل.",
            "واستقبل الأمير ضيفه في قصر سموه بالعاصمة.",
        ] {
            let found = mentions(text);
            assert!(
                !found.iter().any(|(_, t)| t.starts_with("قصر")),
                "{found:?}"
            );
        }
    }
}
