//! Laws, agreements and programmes by name (MISC, GUIDELINES.md: "laws and agreements by
//! name"; programmes, thirteenth session): «قانون الخدمة المدنية», «قانون الضريبة على
//! الدخل», «اتفاقية الشراكة الاقتصادية الشاملة», «برنامج الدعم المباشر للسكن», «مشروع
//! المساعدة الطارئة للبنان». A law is named by what it rules on, one definite word being
//! enough («قانون العقوبات»); an agreement needs two («اتفاقية السلام» is any peace deal);
//! a programme or project needs two and what it is for after «ل» («مشروع الباص السريع»,
//! «خطة تطوير القطاع الصحي» describe works, no programme's title). A budget law is named
//! too («قانون المالية», «قانون الموازنة العامة الاتحادية», the year after it a DATE); a
//! law by its number («القانون رقم 50.23») and a plan or vision by its place and year
//! («رؤية عمان 2040», «خطة دبي الحضرية 2040») are MISC. A definite head («القانون
//! الدولي») and a name that starts with a body or a person the tagger found («قانون الاتحاد
//! الأوروبي», «برنامج الأمم المتحدة للبيئة») are not these.

use super::*;

/// Heads of a law or agreement (keys: «بقانون», «لاتفاقية» included).
const LAW_HEADS: &[&str] = &["قانون", "اتفاقيه", "معاهده"];

/// Heads of a programme, project or plan, named only with a remit after «ل».
const PROGRAMME_HEADS: &[&str] = &["برنامج", "مشروع", "مبادره", "خطه", "استراتيجيه"];

/// Words after a head that make the phrase no name (stems): drafts of a text («مشروع
/// القانون»), and words that describe or date the law («قانون العمل الجديد», «… الشهر
/// الماضي»).
const NOT_NAMING: &[&str] = &[
    "قانون",
    "قرار",
    "مرسوم",
    "دستور",
    "جديد",
    "جديده",
    "حالي",
    "حاليه",
    "مقترح",
    "مقترحه",
    "معدل",
    "معدله",
    "سابق",
    "سابقه",
    "قديم",
    "قديمه",
    "مذكور",
    "مذكوره",
    "نافذ",
    "ساري",
    "اول",
    "اولي",
    "ثاني",
    "ثانيه",
    "اخير",
    "اخيره",
    "عام",
    "سنه",
    "شهر",
    "اسبوع",
    "يوم",
    "ماضي",
    "مقبل",
    "جاري",
    "حكومه",
    "وزاره",
    // Participles that say what was done with the text: «اتفاقية القرض الموقعة».
    "موقع",
    "موقعه",
    "صادر",
    "صادره",
    "مبرم",
    "مبرمه",
    "معمول",
    "مشار",
];

/// Verbal nouns a law is named by before what it rules on (stems): «قانون منع الإرهاب»,
/// «قانون حماية المستهلك», «قانون مكافحة الفساد», «قانون تنظيم الصحافة».
const LAW_SUBJECTS: &[&str] = &[
    "منع",
    "مكافحه",
    "حمايه",
    "تنظيم",
    "تشجيع",
    "حظر",
    "مزاوله",
    "حريه",
    "حق",
    "ضمان",
    "تجريم",
    "مناهضه",
    "تحفيز",
];

/// Words after which «على» and a definite word stay in a law's name: «قانون الضريبة على
/// الدخل», «قانون الرسوم على الواردات».
const LEVIES: &[&str] = &["ضريبه", "ضرائب", "رسوم"];

/// Named laws, agreements and programmes (news scheme).
pub(super) fn laws(ctx: &Ctx, out: &mut Vec<Cand>) {
    for i in 0..ctx.tokens.len() {
        let t = &ctx.tokens[i];
        if t.kind != TokenKind::Word || t.clitics.article {
            continue;
        }
        // The stem, or the key where a preposition is glued («بقانون»; the key of
        // «برنامج» loses its first letter).
        let is =
            |heads: &[&str]| heads.contains(&t.stem.as_str()) || heads.contains(&t.key.as_str());
        let (law, programme) = (is(LAW_HEADS), is(PROGRAMME_HEADS));
        if !law && !programme {
            continue;
        }
        let subject = law.then(|| subject_body(ctx, i + 1)).flatten();
        let body = subject.unwrap_or_else(|| named_body(ctx, i + 1));
        let words = body - (i + 1);
        let end = if law {
            let enough = if is(&["قانون"]) { 1 } else { 2 };
            (words >= enough).then_some(body)
        } else if words >= 2 {
            remit_end(ctx, body)
        } else {
            None
        };
        if let Some(e) = end {
            out.push(Cand::new(i, e, Label::Misc, PRIO_CRF + 1));
        }
    }
    for i in 0..ctx.tokens.len() {
        if let Some(e) = law_by_number(ctx, i).or_else(|| vision_of_place(ctx, i)) {
            out.push(Cand::new(i, e, Label::Misc, PRIO_CRF + 1));
        }
    }
}

/// «منع الإرهاب» in «قانون منع الإرهاب»: a verbal noun of [`LAW_SUBJECTS`] at `j` and the
/// definite words after it: their end.
fn subject_body(ctx: &Ctx, j: usize) -> Option<usize> {
    let t = ctx.tok(j)?;
    let subject = t.kind == TokenKind::Word
        && !t.clitics.article
        && !t.line_start
        && !ctx.has_preposition(j)
        && !ctx.has_conjunction(j)
        && ctx.crf[j].is_none()
        && LAW_SUBJECTS.contains(&t.stem.as_str());
    let body = named_body(ctx, j + 1);
    (subject && body > j + 1).then_some(body)
}

/// «القانون رقم 50.23», «بالقانون رقم 12»: a law by its number (not a decree's «بقانون
/// رقم 118», `مرسوم بقانون`, which is the decree's form): its end.
fn law_by_number(ctx: &Ctx, i: usize) -> Option<usize> {
    let t = ctx.tok(i)?;
    let law = t.kind == TokenKind::Word && t.clitics.article && t.stem == "قانون";
    let number = ctx
        .tok(i + 1)
        .is_some_and(|r| r.norm == "رقم" && !r.line_start)
        && ctx.tok(i + 2).is_some_and(|n| n.kind == TokenKind::Number);
    (law && number).then_some(i + 3)
}

/// «رؤية عمان 2040», «خطة دبي الحضرية 2040», «استراتيجية قطر الوطنية 2030»: a vision,
/// plan or strategy named by a place, an adjective or none, and the year it aims at: its
/// end.
fn vision_of_place(ctx: &Ctx, i: usize) -> Option<usize> {
    let t = ctx.tok(i)?;
    let head = t.kind == TokenKind::Word
        && !t.clitics.article
        && ["رؤيه", "خطه", "استراتيجيه"].contains(&t.stem.as_str());
    if !head {
        return None;
    }
    // «رؤية المملكة 2030»: the kingdom the news is about.
    let kingdom = ctx
        .tok(i + 1)
        .is_some_and(|k| k.clitics.article && k.stem == "مملكه");
    let place = if kingdom { 1 } else { ctx.place_at(i + 1) };
    if place == 0 || place > 2 || ctx.has_preposition(i + 1) {
        return None;
    }
    let mut k = i + 1 + place;
    if ctx.nisba(k) && ctx.tok(k).is_some_and(|a| a.clitics.article) {
        k += 1;
    }
    let year = ctx.tok(k).is_some_and(|y| {
        y.kind == TokenKind::Number
            && y.norm.len() == 4
            && (y.norm.starts_with("20") || y.norm.starts_with("٢٠"))
    });
    year.then_some(k + 1)
}

/// True for a word that may go on a law's name at `k`: a definite word on the same line,
/// no preposition glued to it, not a date or a word of [`NOT_NAMING`], not a name the
/// tagger gave a body, person or place.
fn naming_word(ctx: &Ctx, k: usize) -> bool {
    ctx.tok(k).is_some_and(|t| {
        t.kind == TokenKind::Word
            && t.clitics.article
            && !t.line_start
            && !ctx.has_preposition(k)
            && !NOT_NAMING.contains(&t.stem.as_str())
            && !lexicon::is_function_word(&t.norm)
            && !matches!(
                ctx.crf[k],
                Some(Label::Org | Label::Person | Label::Location)
            )
            && ctx.trig(k).is_none_or(|tr| tr == Trigger::OrgHead)
    })
}

/// The end of the words that name a law from `j`: definite words, one joined by «و»
/// («قانون الاستثمار والمناطق الحرة»), «على» and a definite word after a levy; at most
/// five words. `j` itself when the first word names nothing.
fn named_body(ctx: &Ctx, j: usize) -> usize {
    let mut k = j;
    let mut joined = false;
    while k < j + 5 && naming_word(ctx, k) {
        if ctx.has_conjunction(k) {
            if k == j || joined {
                break;
            }
            joined = true;
        }
        k += 1;
    }
    if k == j {
        return j;
    }
    let levy = ctx.stem_is(k - 1, LEVIES)
        && ctx
            .tok(k)
            .is_some_and(|t| matches!(t.norm.as_str(), "علي" | "على"));
    if levy && naming_word(ctx, k + 1) {
        k += 2;
    }
    k
}

/// A programme's remit at `k`: «للسكن», «للبنان», «للتنمية الريفية» (an adjective after it
/// included): its end. Not a date («للعام المقبل») nor a body («للأمم المتحدة»).
fn remit_end(ctx: &Ctx, k: usize) -> Option<usize> {
    let t = ctx.tok(k)?;
    if t.kind != TokenKind::Word || t.line_start || !t.norm.starts_with('ل') {
        return None;
    }
    // «للبنان», «لليمن»: a country after the glued «ل» («لولاية السيب» is a project's
    // site: «مشروع الواجهة البحرية لولاية السيب» describes works).
    let place = ctx.place_at(k);
    let country = ctx.country[k] > 0
        || ctx
            .tok(k)
            .is_some_and(|t| ctx.gaz.countries.contains(&t.key));
    if place > 0 && country {
        return Some(k + place);
    }
    let remit = t.norm.starts_with("لل")
        && t.clitics.article
        && ctx.crf[k].is_none()
        && ctx.trig(k).is_none()
        && !NOT_NAMING.contains(&t.stem.as_str());
    if !remit {
        return None;
    }
    let adjective = ctx.nisba(k + 1) && naming_word(ctx, k + 1);
    Some(k + 1 + usize::from(adjective))
}

#[cfg(test)]
mod tests {
    use crate::rules::pipeline_tests::{mentions, texts_of};

    fn misc(text: &str) -> Vec<String> {
        texts_of(text, "MISC")
    }

    #[test]
    fn a_law_is_named_by_what_it_rules_on() {
        for (text, law) in [
            (
                "وأحالت الحكومة إلى البرلمان تعديلات على قانون الأحوال الشخصية أمس.",
                "قانون الأحوال الشخصية",
            ),
            (
                "وقال المحامي إن المتهم يحاكم بموجب قانون العقوبات.",
                "قانون العقوبات",
            ),
            (
                "وأقر المجلس مشروع قانون الضريبة على الدخل بعد مناقشة طويلة.",
                "قانون الضريبة على الدخل",
            ),
            (
                "ووقع البلدان اتفاقية التجارة الحرة في العاصمة الأردنية.",
                "اتفاقية التجارة الحرة",
            ),
        ] {
            assert!(
                misc(text).contains(&law.to_owned()),
                "{law}: {:?}",
                mentions(text)
            );
        }
    }

    #[test]
    fn a_programme_has_a_remit() {
        for (text, name) in [
            (
                "وأعلنت الوزارة تمديد برنامج الدعم المالي للمزارعين حتى نهاية العام.",
                "برنامج الدعم المالي للمزارعين",
            ),
            (
                "ويمول البنك الدولي مشروع الاستجابة الطارئة لليمن بمبلغ كبير.",
                "مشروع الاستجابة الطارئة لليمن",
            ),
        ] {
            assert!(
                misc(text).contains(&name.to_owned()),
                "{name}: {:?}",
                mentions(text)
            );
        }
    }

    #[test]
    fn budget_laws_laws_by_number_and_visions_by_place_and_year() {
        for (text, name) in [
            (
                "وناقش البرلمان قانون المالية لسنة 2026 في جلسة مسائية.",
                "قانون المالية",
            ),
            (
                "وأنشئت الهيئة بموجب القانون رقم 12.19 الصادر العام الماضي.",
                "القانون رقم 12.19",
            ),
            (
                "وتأتي المبادرة في إطار رؤية البحرين 2030 للتنمية.",
                "رؤية البحرين 2030",
            ),
        ] {
            assert!(
                misc(text).contains(&name.to_owned()),
                "{name}: {:?}",
                mentions(text)
            );
        }
    }

    #[test]
    fn descriptions_drafts_and_bodies_are_no_names() {
        for text in [
            "ويستمر العمل في مشروع الباص السريع الذي يربط المدينتين.",
            "ووقع الطرفان اتفاقية السلام في جوبا.",
            "وقال إن قانون العمل الجديد يحمي حقوق العمال.",
            "وانتقد القانون الدولي الإنساني في كلمته.",
            "ضمن خطة تطوير القطاع الصحي التي تنفذها الحكومة.",
            "ووافق المجلس على اتفاقية القرض الموقعة مع البنك الدولي.",
            "وبدأ العمل في مشروع الواجهة البحرية لولاية صحار.",
            "وذلك بموجب اتفاقية السلالات التي عقدت بين العائلتين.",
        ] {
            let found = misc(text);
            assert!(
                found.iter().all(|m| m == "قانون العمل"),
                "{text}: {found:?}"
            );
        }
    }

    #[test]
    fn a_law_is_named_by_a_verbal_noun_and_what_it_rules_on() {
        for (text, law) in [
            (
                "وأحيل المتهمون إلى القضاء بموجب قانون مكافحة الفساد الصادر حديثا.",
                "قانون مكافحة الفساد",
            ),
            (
                "وطالبت الجمعية بتعديل قانون حماية المستهلك قبل نهاية الدورة.",
                "قانون حماية المستهلك",
            ),
            (
                "ويحظر قانون منع الاتجار بالبشر تشغيل القاصرين.",
                "قانون منع الاتجار",
            ),
            (
                "وتمضي الحكومة في رؤية المملكة 2030 لتنويع الاقتصاد.",
                "رؤية المملكة 2030",
            ),
        ] {
            assert!(
                misc(text).contains(&law.to_owned()),
                "{law}: {:?}",
                mentions(text)
            );
        }
        // A verb after «قانون», or a verbal noun with nothing definite after it, names none.
        for text in [
            "وأقر المجلس قانونا يمنع التدخين في الأماكن العامة.",
            "ويحتاج القطاع إلى قانون حماية شاملة للعمال.",
        ] {
            assert!(misc(text).is_empty(), "{:?}", mentions(text));
        }
    }
}
