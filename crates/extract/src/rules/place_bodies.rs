//! Bodies named by a place between a plural or a district's head and what they are, which
//! the tagger reads as the place alone: companies by their sector and country («صناعات
//! قطر», «موانئ دبي العالمية», «طيران الإمارات») and Kuwait's education districts
//! («منطقة الأحمدي التعليمية»), and hospitals by their place and kind («مستشفى منى
//! الطوارئ», «مستشفى دبي التخصصي»). Each is one ORG, the place inside.

use super::*;

/// Sectors a company is named by before its place (keys of indefinite plurals).
const SECTORS: &[&str] = &["صناعات", "موانئ", "مطارات", "اتصالات", "مواصلات", "طيران"];

/// Sectors that name a company with the place alone, no adjective after it: «صناعات
/// قطر», «طيران الإمارات» (while «موانئ دبي» are often the city's ports).
const SECTORS_ALONE: &[&str] = &["صناعات", "طيران"];

/// Adjectives that end a company's name after its place (stems): «العالمية», «الوطنية»,
/// «القابضة», «الدولية».
const COMPANY_ADJECTIVES: &[&str] = &["عالميه", "وطنيه", "قابضه", "دوليه"];

/// Companies and districts named by a place: see the module documentation.
pub(super) fn place_bodies(ctx: &Ctx, out: &mut Vec<Cand>) {
    for i in 0..ctx.tokens.len() {
        if let Some(e) = sector_company(ctx, i)
            .or_else(|| education_district(ctx, i))
            .or_else(|| hospital_of_place(ctx, i))
        {
            out.push(Cand::new(i, e, Label::Org, PRIO_ORG));
        } else if let Some(e) = company_for(ctx, i) {
            out.push(Cand::new(i + 1, e, Label::Org, PRIO_ORG));
        }
    }
}

/// The place after the head at `i`, on its line and with no clitic: its length.
fn place_after(ctx: &Ctx, i: usize) -> usize {
    let j = i + 1;
    let free = ctx.tok(j).is_some_and(|t| !t.line_start)
        && !ctx.has_preposition(j)
        && !ctx.has_conjunction(j);
    if free { ctx.place_at(j).min(2) } else { 0 }
}

/// An adjective of `list` at `k`, definite and free.
fn adjective_at(ctx: &Ctx, k: usize, list: &[&str]) -> bool {
    ctx.tok(k).is_some_and(|a| {
        a.kind == TokenKind::Word
            && a.clitics.article
            && !a.line_start
            && list.contains(&a.stem.as_str())
    }) && !ctx.has_conjunction(k)
        && !ctx.has_preposition(k)
}

/// «موانئ دبي العالمية», «صناعات قطر», «لطيران الإمارات»: an indefinite sector plural at
/// `i`, a place, and an adjective of [`COMPANY_ADJECTIVES`] (which [`SECTORS_ALONE`] do not
/// need): the end.
fn sector_company(ctx: &Ctx, i: usize) -> Option<usize> {
    let t = ctx.tok(i)?;
    if t.kind != TokenKind::Word || t.clitics.article || !SECTORS.contains(&t.key.as_str()) {
        return None;
    }
    let place = place_after(ctx, i);
    if place == 0 {
        return None;
    }
    let e = i + 1 + place;
    if adjective_at(ctx, e, COMPANY_ADJECTIVES) {
        Some(e + 1)
    } else {
        let alone = SECTORS_ALONE.contains(&t.key.as_str()) && ctx.country[i + 1] > 0;
        (alone || speaking_company(ctx, i, place)).then_some(e)
    }
}

/// «منطقة الأحمدي التعليمية», «منطقة الجهراء التعليمية»: an education district (an
/// administration that issues circulars and runs schools), head and place inside: the end.
fn education_district(ctx: &Ctx, i: usize) -> Option<usize> {
    let t = ctx.tok(i)?;
    if t.kind != TokenKind::Word || t.clitics.article || t.key != "منطقه" {
        return None;
    }
    let place = place_after(ctx, i);
    let e = i + 1 + place;
    (place > 0 && adjective_at(ctx, e, &["تعليميه"])).then_some(e + 1)
}

/// «شركة أبوظبي لطاقة المستقبل», «شركة دبي لإدارة المشاريع»: after an indefinite «شركة»
/// at `i`, a place and what the company does, «ل» with a noun in construct and its
/// genitive, name it («شركة» outside, as in «شركة [نفط البصرة]»): the end.
fn company_for(ctx: &Ctx, i: usize) -> Option<usize> {
    let t = ctx.tok(i)?;
    if t.kind != TokenKind::Word || t.clitics.article || t.key != "شركه" {
        return None;
    }
    let place = place_after(ctx, i);
    let k = i + 1 + place;
    let noun = ctx.tok(k).is_some_and(|w| {
        w.kind == TokenKind::Word
            && !w.line_start
            && !w.clitics.article
            && w.norm.starts_with('ل')
            && !w.norm.starts_with("لل")
            && w.norm.chars().count() >= 4
            && !lexicon::is_function_word(&w.norm)
    });
    let genitive = ctx
        .tok(k + 1)
        .is_some_and(|g| g.kind == TokenKind::Word && g.clitics.article && !g.line_start)
        && !ctx.has_conjunction(k + 1)
        && !ctx.has_preposition(k + 1)
        && ctx.crf[k + 1].is_none();
    (place > 0 && noun && genitive).then_some(k + 2)
}

/// What a hospital named by its place is after it (stems): «الطوارئ» and the kinds of
/// hospital.
const HOSPITAL_KINDS: &[&str] = &[
    "طوارئ",
    "عام",
    "تخصصي",
    "جامعي",
    "ميداني",
    "مركزي",
    "تعليمي",
];

/// «مستشفى منى الطوارئ», «مستشفى الكويت العام»: an indefinite «مستشفى» at `i`, a place or
/// a Hajj site, and the hospital's kind: the end. With no kind after it the place may be
/// where the hospital is, and is left to the other rules.
fn hospital_of_place(ctx: &Ctx, i: usize) -> Option<usize> {
    let t = ctx.tok(i)?;
    if t.kind != TokenKind::Word || t.clitics.article || t.key != "مستشفي" {
        return None;
    }
    let site = super::hajj::is_site(ctx, i + 1)
        && !ctx.has_conjunction(i + 1)
        && ctx.tok(i + 1).is_some_and(|s| s.norm == s.key);
    let place = if site {
        1
    } else {
        match place_after(ctx, i) {
            0 => two_word_town(ctx, i + 1),
            n => n,
        }
    };
    let e = i + 1 + place;
    (place > 0 && adjective_at(ctx, e, HOSPITAL_KINDS)).then_some(e + 1)
}

/// «أبو عريش», «أم درمان», «كفر الشيخ»: a town of two words at `j`, its first a name link
/// or a town's first word, its second a free word; 2, or 0. Only before a hospital's kind
/// ([`hospital_of_place`]), where a man's name would be no hospital's place.
fn two_word_town(ctx: &Ctx, j: usize) -> usize {
    let link = ctx.tok(j).is_some_and(|t| {
        t.kind == TokenKind::Word && !t.clitics.article && matches!(t.key.as_str(), "ابو" | "ام")
    }) && !ctx.has_conjunction(j)
        && !ctx.has_preposition(j);
    let second = ctx.tok(j + 1).is_some_and(|n| {
        n.kind == TokenKind::Word && !n.line_start && !lexicon::is_function_word(&n.norm)
    }) && !ctx.has_conjunction(j + 1)
        && !ctx.has_preposition(j + 1);
    let prefixed = !ctx.has_conjunction(j)
        && !ctx.has_preposition(j)
        && super::needs_more::compound_place(ctx, j).is_some();
    if (link && second) || prefixed { 2 } else { 0 }
}

/// A company's verbs of announcing before a sector and its place («أعلنت مطارات دبي»),
/// stems: the airports do not speak, their operator does.
const ANNOUNCING: &[&str] = &[
    "اعلنت",
    "قالت",
    "كشفت",
    "اكدت",
    "وقعت",
    "اطلقت",
    "سجلت",
    "ذكرت",
];

/// «أعلنت مطارات دبي», «الرئيس التنفيذي لمطارات دبي», a headline's «مطارات دبي: 72 مليون
/// مسافر»: a sector plural at `i` that speaks or has an executive is the company, though no
/// adjective follows its place (of length `place`).
fn speaking_company(ctx: &Ctx, i: usize, place: usize) -> bool {
    let headline =
        ctx.tokens[i].line_start && ctx.tok(i + 1 + place).is_some_and(|c| c.is_punct(':'));
    let Some(b) = i.checked_sub(1).and_then(|k| ctx.tok(k)) else {
        return headline;
    };
    let verb = b.kind == TokenKind::Word && ANNOUNCING.contains(&b.stem.as_str());
    let executive =
        ctx.tokens[i].norm.starts_with('ل') && matches!(b.stem.as_str(), "تنفيذي" | "تنفيذيه");
    headline || verb || executive
}

#[cfg(test)]
mod tests {
    use crate::rules::pipeline_tests::orgs;

    #[test]
    fn a_company_by_its_sector_and_place_is_one_body() {
        for (text, company) in [
            (
                "وارتفع سهم صناعات قطر بنسبة 2 في المئة في ختام التعاملات.",
                "صناعات قطر",
            ),
            (
                "ووقعت موانئ دبي العالمية اتفاقية لتطوير ميناء جديد في أفريقيا.",
                "موانئ دبي العالمية",
            ),
            (
                "وأعلنت مطارات أبوظبي الدولية زيادة عدد المسافرين هذا العام.",
                "مطارات أبوظبي الدولية",
            ),
        ] {
            let found = orgs(text);
            assert!(
                found.contains(&company.to_owned()),
                "{company} in {found:?}"
            );
        }
        // A city's ports with no company's adjective are no company.
        assert!(!orgs("وتستقبل موانئ دبي آلاف الحاويات يوميا.").contains(&"موانئ دبي".to_owned()));
    }

    #[test]
    fn a_hospital_by_its_place_and_kind_is_one_body() {
        for (text, hospital) in [
            (
                "ونقل المصابون إلى مستشفى منى الطوارئ لتلقي العلاج.",
                "مستشفى منى الطوارئ",
            ),
            (
                "وافتتح الوزير جناحا جديدا في مستشفى الكويت العام أمس.",
                "مستشفى الكويت العام",
            ),
            (
                "وأجرى فريق مستشفى دبي التخصصي عملية نادرة.",
                "مستشفى دبي التخصصي",
            ),
        ] {
            let found = orgs(text);
            assert!(
                found.contains(&hospital.to_owned()),
                "{hospital} in {found:?}"
            );
        }
    }

    #[test]
    fn a_hospital_in_a_town_of_two_words_a_health_cluster_and_an_airports_operator() {
        for (text, body) in [
            (
                "ونقل الجرحى إلى مستشفى أبو كبير المركزي في الشرقية.",
                "مستشفى أبو كبير المركزي",
            ),
            (
                "وأجرى أطباء مستشفى أم درمان التعليمي عملية معقدة.",
                "مستشفى أم درمان التعليمي",
            ),
            (
                "وأطلق تجمع الرياض الصحي عيادات افتراضية جديدة.",
                "تجمع الرياض الصحي",
            ),
            (
                "وأعلنت مطارات أبوظبي ارتفاع عدد المسافرين في الربع الثالث.",
                "مطارات أبوظبي",
            ),
            (
                "وقالت الرئيسة التنفيذية لموانئ دبي إن الحاويات زادت.",
                "موانئ دبي",
            ),
        ] {
            let found = orgs(text);
            assert!(found.contains(&body.to_owned()), "{body} in {found:?}");
        }
    }

    #[test]
    fn a_company_by_its_place_and_trade_leaves_its_head_out() {
        for (text, company) in [
            (
                "ووقعت شركة أبوظبي لطاقة المستقبل «مصدر» ثلاث اتفاقيات.",
                "أبوظبي لطاقة المستقبل",
            ),
            (
                "وفازت شركة دبي لإدارة المشاريع بعقد الطريق الجديد.",
                "دبي لإدارة المشاريع",
            ),
            (
                "وأعلنت شركة قطر لصناعة الألمنيوم زيادة إنتاجها.",
                "قطر لصناعة الألمنيوم",
            ),
        ] {
            let found = orgs(text);
            assert!(
                found.contains(&company.to_owned()),
                "{company} in {found:?}"
            );
        }
        let found = orgs("ووقعت شركة أبوظبي لطاقة المستقبل «مصدر» ثلاث اتفاقيات.");
        assert!(found.contains(&"مصدر".to_owned()), "{found:?}");
    }

    #[test]
    fn a_fund_by_its_noun_and_nationality_is_a_body() {
        for (text, fund) in [
            (
                "ووقع جهاز قطر للاستثمار مذكرة تفاهم مع صندوق الثروة التركي أمس.",
                "صندوق الثروة التركي",
            ),
            (
                "ومول صندوق التنمية السعودي مشروع الطريق الدائري.",
                "صندوق التنمية السعودي",
            ),
            ("وقدم صندوق النقد العربي قرضا للمغرب.", "صندوق النقد العربي"),
        ] {
            let found = orgs(text);
            assert!(found.contains(&fund.to_owned()), "{fund} in {found:?}");
        }
    }

    #[test]
    fn an_education_district_is_a_body() {
        let found = orgs("وأصدرت منطقة الأحمدي التعليمية تعميما إلى المدارس التابعة لها.");
        assert!(
            found.contains(&"منطقة الأحمدي التعليمية".to_owned()),
            "{found:?}"
        );
        let found = orgs("وزار الوكيل مدارس منطقة الجهراء التعليمية أمس.");
        assert!(
            found.contains(&"منطقة الجهراء التعليمية".to_owned()),
            "{found:?}"
        );
    }
}
