//! An organisation's last adjective where the rules or the tagger stopped before it: «الهيئة
//! العامة للطرق والنقل [البري]», «الهيئة العامة للاستثمار والمناطق [الحرة]», «هيئة تنظيم
//! الأعمال [الخيرية]», «كلية العلوم [الطبية المساعدة]», «اللجنة الكويتية العمانية
//! [المشتركة]», «مستشفى مبارك [الكبير]», «مستشفى الجهراء [الجديد]». A definite adjective
//! glued to the name's last noun belongs to it (GUIDELINES.md, ORG: a name is whole where the
//! tagger stops short). Not a nationality (a newspaper's describes it: «لوموند الفرنسية»,
//! and the rules that want one take it), an ordinal, «الرسمية», nor a masculine adjective
//! after a feminine or plural word («الأمم المتحدة | الإنساني»: the aid's, not the UN's).

use super::*;

/// Adjectives that are no nisba but end bodies' names: «المشتركة», «المناطق الحرة»,
/// «العلوم الطبية المساعدة», «الأمم المتحدة», «القيادة الموحدة» (stems).
const NAME_ADJECTIVES: &[&str] = &[
    "مشترك",
    "مشتركه",
    "حر",
    "حره",
    "مساعد",
    "مساعده",
    "متحده",
    "موحد",
    "موحده",
];

/// Nisba adjectives that describe the news, not the body: «تقرير البنك الدولي [السنوي]»,
/// «المقر الرئيسي», «الأزمة المالية الحالية» (stems).
const NEWS_ADJECTIVES: &[&str] = &[
    "سنوي",
    "سنويه",
    "شهري",
    "شهريه",
    "اسبوعي",
    "اسبوعيه",
    "يومي",
    "يوميه",
    "دوري",
    "دوريه",
    "فصلي",
    "فصليه",
    "ربعي",
    "ربعيه",
    "نصفي",
    "رئيسي",
    "رئيسيه",
    "حالي",
    "حاليه",
    "تالي",
    "تاليه",
    "ختامي",
    "ختاميه",
    "افتتاحي",
    "افتتاحيه",
    "استثنائي",
    "استثنائيه",
    "طارئ",
    "طارئه",
    "محلي",
    "محليه",
    "حكومي",
    "حكوميه",
    "عسكري",
    "عسكريه",
];

/// Hospitals take their size or age in their name: «مستشفى مبارك الكبير», «مستشفى الجهراء
/// الجديد» (after another head «الجديد» is the news: «الحكومة الجديدة»).
const HOSPITAL_ADJECTIVES: &[&str] = &["كبير", "جديد"];

/// For each organisation among `out` and the tagger's, a longer copy with the adjectives
/// after it, one priority higher, so the longer reading wins; first the hospitals and
/// clinics named by a definite word ([`hospital_name`], [`health_centre`]).
pub(super) fn org_adjectives(ctx: &Ctx, out: &mut Vec<Cand>) {
    for i in 0..ctx.tokens.len() {
        if let Some(e) = hospital_name(ctx, i)
            .or_else(|| health_centre(ctx, i))
            .or_else(|| centre_of_place(ctx, i))
            .or_else(|| general_union(ctx, i))
        {
            out.push(Cand::new(i, e, Label::Org, PRIO_CRF + 2));
        }
    }
    let mut spans: Vec<(usize, usize, u8)> = out
        .iter()
        .filter(|c| c.label == Some(Label::Org) && c.title.is_none() && c.alias_of.is_none())
        .map(|c| (c.start, c.end, c.prio))
        .collect();
    let mut i = 0;
    while i < ctx.tokens.len() {
        if ctx.crf[i] == Some(Label::Org) && ctx.crf_end[i] > i {
            spans.push((i, ctx.crf_end[i], PRIO_CRF));
            i = ctx.crf_end[i];
        } else {
            i += 1;
        }
    }
    for &(s, e, prio) in &spans {
        // «حركة [الجهاد الإسلامي]»: a name read from inside this one over the adjective
        // is the better reading.
        let read_inside = |k: usize| spans.iter().any(|&(a, b, _)| a > s && a < k && b > k);
        // Two words before the «ل» word at least: «[ليفربول] المستمرة», «نادي [ليون]
        // التعاقد» begin with «ل» of their own.
        let open = e >= s + 3 && construct_open(ctx, e) && !read_inside(e);
        let mut end = e + usize::from(open);
        while end < e + 3 && adjective_of(ctx, s, end) && !read_inside(end) {
            end += 1;
        }
        if end > e {
            out.push(Cand::new(s, end, Label::Org, prio.saturating_add(1)));
        }
    }
}

/// True for an indefinite head with the key `key` at `i` («مستشفى», «لمستشفى»).
fn indefinite_head(ctx: &Ctx, i: usize, key: &str) -> bool {
    ctx.tok(i)
        .is_some_and(|t| t.kind == TokenKind::Word && !t.clitics.article && t.key == key)
}

/// True for a definite word at `j` with no preposition glued to it, on the head's line.
fn free_definite(ctx: &Ctx, j: usize) -> bool {
    ctx.tok(j).is_some_and(|t| {
        t.kind == TokenKind::Word
            && t.clitics.article
            && t.clitics.strippable == 0
            && !t.line_start
            && !lexicon::is_function_word(&t.norm)
    })
}

/// «مستشفى الجهراء», «مستشفى العدان», «مستشفى الأميري»: an indefinite «مستشفى» before a
/// definite word names the hospital, a rare word or a nisba (which could not describe an
/// indefinite head); a common word says what it treats («مستشفى الأطفال», «مستشفى
/// الولادة»): its end.
fn hospital_name(ctx: &Ctx, i: usize) -> Option<usize> {
    let j = i + 1;
    let named = indefinite_head(ctx, i, "مستشفي")
        && free_definite(ctx, j)
        && ctx.trig(j).is_none()
        && ctx.crf[j].is_none_or(|l| l != Label::Person)
        && (ctx.nisba(j) || !ctx.is_common(j));
    named.then_some(j + 1)
}

/// «مركز الوعب الصحي», «مركز ضاحية عبدالله السالم الصحي»: a health centre named by up to
/// four words and closed by «الصحي» or «الطبي» (a clinic, an ORG as hospitals are), or a
/// Saudi health cluster by its region («تجمع جازان الصحي», «تجمع الرياض الصحي»): its end.
fn health_centre(ctx: &Ctx, i: usize) -> Option<usize> {
    if !indefinite_head(ctx, i, "مركز") && !indefinite_head(ctx, i, "تجمع") {
        return None;
    }
    let closing = |k: usize| {
        ctx.tok(k)
            .is_some_and(|t| t.clitics.article && matches!(t.stem.as_str(), "صحي" | "طبي"))
    };
    let plain = |k: usize| {
        ctx.tok(k).is_some_and(|t| {
            t.kind == TokenKind::Word
                && !t.line_start
                && !ctx.has_preposition(k)
                && !ctx.has_conjunction(k)
                && !lexicon::is_function_word(&t.norm)
        })
    };
    let mut k = i + 1;
    while k < i + 5 && plain(k) && !closing(k) {
        k += 1;
    }
    (k > i + 1 && closing(k) && plain(k)).then_some(k + 1)
}

/// True when the name before `e` ends on «ل» and a noun in construct whose genitive is the
/// definite word at `e`: «معهد قطر لبحوث [الطب] الحيوي», «الاتحاد العام لنقابات [العمال]».
fn construct_open(ctx: &Ctx, e: usize) -> bool {
    let Some(last) = e.checked_sub(1).and_then(|k| ctx.tok(k)) else {
        return false;
    };
    let open = last.kind == TokenKind::Word
        && last.norm.starts_with('ل')
        && !last.norm.starts_with("لل")
        && !last.clitics.article
        && last.norm.chars().count() >= 4
        && !lexicon::is_function_word(&last.norm);
    open && free_definite(ctx, e) && ctx.crf[e].is_none_or(|l| l == Label::Org) && !ctx.nisba(e)
}

/// Venues named as centres by a city and what they host (a LOCATION, GUIDELINES.md).
const VENUE_PURPOSES: &[&str] = &["للمعارض", "للمؤتمرات", "للتسوق", "للمعارض والمؤتمرات"];

/// «مركز أبوظبي للغة العربية», «مركز الخليج للأبحاث», «معهد الدوحة للدراسات العليا»: a
/// centre or institute named by a place and what it is for is a body (not a venue for
/// fairs: «مركز الدوحة للمعارض»): its end.
fn centre_of_place(ctx: &Ctx, i: usize) -> Option<usize> {
    let t = ctx.tok(i)?;
    let head = t.kind == TokenKind::Word
        && !t.clitics.article
        && (t.key == "مركز" || t.key == "معهد" || t.stem == "معهد");
    if !head {
        return None;
    }
    let place = ctx.place_at(i + 1);
    if place == 0 || place > 2 || ctx.has_preposition(i + 1) || ctx.has_conjunction(i + 1) {
        return None;
    }
    let j = i + 1 + place;
    let venue = ctx
        .tok(j)
        .is_some_and(|p| VENUE_PURPOSES.contains(&p.norm.as_str()));
    if venue || ctx.tok(j).is_some_and(|p| p.line_start) {
        return None;
    }
    super::body_purposes::purpose_at(ctx, j)
}

/// «الاتحاد العام لنقابات العمال», «الاتحاد الوطني لطلبة الجامعات», «الجهاز المركزي
/// للتعبئة العامة والإحصاء»: a general, national or central union or agency with what it
/// is for: its end.
fn general_union(ctx: &Ctx, i: usize) -> Option<usize> {
    let union = ctx
        .tok(i)
        .is_some_and(|t| t.clitics.article && matches!(t.stem.as_str(), "اتحاد" | "جهاز"));
    let general = ctx.tok(i + 1).is_some_and(|t| {
        t.clitics.article && !t.line_start && matches!(t.stem.as_str(), "عام" | "وطني" | "مركزي")
    });
    // The tagger's reading of a union stays («الاتحاد الوطني للجان السياحية …»).
    if !(union && general) || ctx.crf[i] == Some(Label::Org) {
        return None;
    }
    super::body_purposes::purpose_at(ctx, i + 2)
}

/// True when token `k` is a definite adjective that may end the organisation `s..k`.
fn adjective_of(ctx: &Ctx, s: usize, k: usize) -> bool {
    let Some(t) = ctx.tok(k) else { return false };
    if k < s + 2
        || t.kind != TokenKind::Word
        || !t.clitics.article
        || t.clitics.strippable > 0
        || t.line_start
        || matches!(ctx.crf[k], Some(Label::Person | Label::Location))
    {
        return false;
    }
    let stem = t.stem.as_str();
    let hospital = ctx.tokens[s].key == "مستشفي" && HOSPITAL_ADJECTIVES.contains(&stem);
    // After a name of no article the adjective describes the body («لاي دبي | الاقتصادية»,
    // «حزب الله | العسكرية»), except a hospital's size («مستشفى مبارك الكبير»).
    let last = &ctx.tokens[k - 1];
    // «للغة»: a short word keeps its «لل» out of the clitic analysis.
    let remit = last.norm.starts_with("لل");
    let definite_last = (last.clitics.article || remit) && last.stem != "له" && last.norm != "الله";
    // «للغة العربية»: after a remit the nationality is the remit's.
    let adjective = (ctx.adjective(k)
        && definite_last
        && (remit || !is_nationality(t, ctx.gaz) && !place_adjective(ctx, t))
        && !NEWS_ADJECTIVES.contains(&stem))
        || (NAME_ADJECTIVES.contains(&stem) && definite_last);
    // A hospital's «الكبير» agrees with «مستشفى», whatever the name before it.
    (adjective && agrees_with(last, stem)) || hospital
}

/// A nisba of a place the lists hold, in a spelling [`is_nationality`] does not know:
/// «الأميركية» (أميركا), «النيوزلندي», «البيروتية», «القاهرية», «الإنكليزي».
fn place_adjective(ctx: &Ctx, t: &Token) -> bool {
    let Some(base) = ["يين", "يون", "يه", "ي"]
        .iter()
        .find_map(|suffix| t.stem.strip_suffix(suffix))
    else {
        return false;
    };
    let place = |key: String| {
        ctx.gaz
            .phrases
            .map
            .get(&key)
            .and_then(|c| c.best())
            .is_some_and(|(ty, _)| ty == 1)
            || ctx.gaz.countries.contains(&key)
    };
    base.chars().count() >= 3
        && (["انكليز", "انجليز", "اميرك"].contains(&base)
            || place(base.to_owned())
            || place(format!("{base}ا"))
            || place(format!("{base}ه"))
            || place(format!("{base}يا")))
}

/// A masculine adjective needs a masculine singular word before it («النقل البري»); a
/// feminine one a feminine word or a plural («المناطق الحرة», «الأعمال الخيرية», «العلوم
/// الطبية»), not a masculine singular («المجلس الأعلى للقضاء | القضية»: the case).
fn agrees_with(before: &Token, adjective: &str) -> bool {
    let w = before.stem.as_str();
    let feminine_or_plural = w.ends_with('ه') || plural_like(w);
    if adjective.ends_with('ه') {
        feminine_or_plural
    } else {
        !feminine_or_plural && !w.ends_with("ون") && !w.ends_with("ين")
    }
}

/// A plural by its shape (folded stem): «-ات», أفعال («اعمال»), مفاعل and مفاعيل
/// («مناطق», «مشاريع»), فعول («علوم», «فنون», «بحوث»).
fn plural_like(w: &str) -> bool {
    let c: Vec<char> = w.chars().collect();
    let at = |k: usize, x: char| c.get(k) == Some(&x);
    w.ends_with("ات")
        || (c.len() == 5 && at(0, 'ا') && at(3, 'ا'))
        || (c.len() >= 5 && at(0, 'م') && at(2, 'ا'))
        || (c.len() == 4 && at(2, 'و'))
}

#[cfg(test)]
mod tests {
    use crate::rules::pipeline_tests::{mentions, orgs};

    #[test]
    fn the_last_adjective_is_the_names() {
        for (text, org) in [
            (
                "وافتتح الوزير المبنى الجديد لكلية العلوم الطبية المساعدة في الجامعة.",
                "كلية العلوم الطبية المساعدة",
            ),
            (
                "ونقل المصاب إلى مستشفى العدان الكبير لتلقي العلاج.",
                "مستشفى العدان الكبير",
            ),
            (
                "وأعلنت الهيئة العامة للموانئ والمناطق الحرة ارتفاع الإيرادات.",
                "الهيئة العامة للموانئ والمناطق الحرة",
            ),
            (
                "وقالت هيئة تنظيم الاتصالات اللاسلكية إن الشبكة جاهزة.",
                "هيئة تنظيم الاتصالات اللاسلكية",
            ),
            (
                "وعقدت اللجنة السعودية الإماراتية المشتركة اجتماعها الأول.",
                "اللجنة السعودية الإماراتية المشتركة",
            ),
        ] {
            assert!(
                orgs(text).contains(&org.to_owned()),
                "{org}: {:?}",
                mentions(text)
            );
        }
    }

    #[test]
    fn hospitals_and_clinics_by_a_definite_name() {
        for (text, org) in [
            (
                "وتوفي المريض في مستشفى الفروانية صباح الأحد.",
                "مستشفى الفروانية",
            ),
            (
                "وافتتح الوزير مستشفى الصباح الجديد في المنطقة.",
                "مستشفى الصباح الجديد",
            ),
            (
                "وتلقى الأطفال اللقاح في مركز الروضة الصحي أمس.",
                "مركز الروضة الصحي",
            ),
            (
                "وبدأ مركز ضاحية صباح السالم الصحي استقبال المراجعين.",
                "مركز ضاحية صباح السالم الصحي",
            ),
        ] {
            assert!(
                orgs(text).contains(&org.to_owned()),
                "{org}: {:?}",
                mentions(text)
            );
        }
        let found = orgs("ونقل الطفل إلى مستشفى الأطفال في المدينة.");
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_remit_in_construct_and_a_centre_by_its_place() {
        for (text, org) in [
            (
                "وأجرى مركز الكويت لأبحاث الطب الحيوي دراسة جديدة.",
                "مركز الكويت لأبحاث الطب الحيوي",
            ),
            (
                "وقال الاتحاد العام لنقابات العمال إن الأجور منخفضة.",
                "الاتحاد العام لنقابات العمال",
            ),
            (
                "وافتتح مركز الشارقة للغة العربية فرعا جديدا.",
                "مركز الشارقة للغة العربية",
            ),
            (
                "وقال مركز الخليج للأبحاث إن النمو سيتباطأ.",
                "مركز الخليج للأبحاث",
            ),
            (
                "وأصدر الجهاز المركزي للمحاسبات تقريره السنوي.",
                "الجهاز المركزي للمحاسبات",
            ),
        ] {
            assert!(
                orgs(text).contains(&org.to_owned()),
                "{org}: {:?}",
                mentions(text)
            );
        }
        for text in [
            "ورغم محاولات ليفربول المستمرة لم يسجل.",
            "وقرر نادي ليون التعاقد مع المهاجم.",
        ] {
            let found = orgs(text);
            assert!(found.iter().all(|o| !o.contains("ال")), "{found:?}");
        }
        let venue = mentions("وأقيم المعرض في مركز الدوحة للمعارض والمؤتمرات.");
        assert!(venue.iter().all(|(ty, _)| *ty != "ORG"), "{venue:?}");
    }

    #[test]
    fn news_and_describing_words_stay_out() {
        for (text, org) in [
            (
                "وقالت الحكومة الجديدة إن الأمم المتحدة الإنساني دعمها.",
                "الإنساني",
            ),
            ("وذكرت صحيفة لوموند الفرنسية أن الاتفاق قريب.", "الفرنسية"),
            ("وقالت وزارة الصحة الجديدة في بيان.", "الجديدة"),
            ("وأظهر تقرير البنك الدولي السنوي تراجع النمو.", "السنوي"),
            ("وأحال المجلس الأعلى للقضاء القضية إلى المحكمة.", "القضية"),
            ("وأعلن بنك قطر الوطني المالية نتائجه.", "المالية"),
            ("وقال مكتب التحقيقات الفدرالي الأميركي إنه يحقق.", "الأميركي"),
            ("ونشرت دار النهار البيروتية الكتاب.", "البيروتية"),
            ("وأعلنت شركة فلاي ناس الاقتصادية عن رحلات جديدة.", "الاقتصادية"),
        ] {
            assert!(
                orgs(text).iter().all(|o| !o.contains(org)),
                "{org}: {:?}",
                mentions(text)
            );
        }
    }
}
