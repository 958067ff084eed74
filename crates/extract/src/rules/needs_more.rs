//! Complements of the soft sections' bodies (`super::body_needs::Needs`): a municipality
//! by its city or region («أمانة منطقة الرياض», «أمانة عمان الكبرى»), a body named by a
//! noun and its nationality («بنك الطعام المصري», «بيت الزكاة والصدقات المصري»), a
//! directorate by its remit and wilaya («مديرية التربية لولاية وهران»), and a hospital by
//! an adjective and a person («المستشفى الجامعي شارل نيكول»).

use super::*;

/// Words between a municipality's head and its city («أمانة [منطقة] الرياض»).
const REGION_WORDS: &[&str] = &["منطقه", "محافظه", "مدينه"];

/// «أمانة عمان الكبرى», «أمانة منطقة الرياض», «أمانة محافظة جدة»: a place, after a
/// region word or not, and «الكبرى»: the end.
pub(super) fn municipality(ctx: &Ctx, j: usize) -> Option<usize> {
    let t = ctx.tok(j)?;
    let k = j + usize::from(!t.clitics.article && REGION_WORDS.contains(&t.stem.as_str()));
    if ctx.has_preposition(k) || ctx.has_conjunction(k) {
        return None;
    }
    let e = k + ctx.place_at(k);
    if e == k {
        return None;
    }
    let greater = ctx
        .tok(e)
        .is_some_and(|g| g.clitics.article && g.stem == "كبري" && !g.line_start);
    Some(e + usize::from(greater))
}

/// A definite noun at `k` that may name a body: no adjective, not the tagger's person or
/// place, nothing glued before its article.
fn definite_noun(ctx: &Ctx, k: usize) -> bool {
    ctx.tok(k)
        .is_some_and(|t| t.kind == TokenKind::Word && t.clitics.article && !t.line_start)
        && !ctx.nisba(k)
        && !ctx.has_preposition(k)
        && ctx.trig(k).is_none()
        && matches!(ctx.crf[k], None | Some(Label::Org | Label::Misc))
}

/// «بنك الطعام المصري», «بيت الزكاة والصدقات المصري», «مجموعة الاتصالات السعودية»: a
/// definite noun, perhaps a second joined by «و», and a nationality, which it must have:
/// the end.
pub(super) fn noun_then_nationality(ctx: &Ctx, j: usize) -> Option<usize> {
    // «البيت الأبيض الأمريكي»: after a definite head the noun is its adjective.
    let head_indefinite = j > 0 && !ctx.tokens[j - 1].clitics.article;
    if !head_indefinite || !definite_noun(ctx, j) || ctx.has_conjunction(j) {
        return None;
    }
    let mut e = j + 1;
    if ctx.has_conjunction(e) && definite_noun(ctx, e) {
        e += 1;
    }
    let nationality = ctx
        .tok(e)
        .is_some_and(|n| n.clitics.article && !n.line_start && is_nationality(n, ctx.gaz))
        && !ctx.has_conjunction(e)
        && !ctx.has_preposition(e);
    nationality.then_some(e + 1)
}

/// What a directorate does (stems, definite): «مديرية التربية», «مديرية الصحة والسكان»,
/// «مديرية الشؤون الدينية», «مديرية الحماية المدنية».
const DIRECTORATE_REMITS: &[&str] = &[
    "تربيه",
    "صحه",
    "امن",
    "ثقافه",
    "شؤون",
    "فلاحه",
    "زراعه",
    "تجاره",
    "سياحه",
    "نقل",
    "اشغال",
    "سكن",
    "بيئه",
    "شباب",
    "رياضه",
    "حمايه",
    "ضرائب",
    "جمارك",
    "تعليم",
    "عمل",
    "مياه",
    "طاقه",
    "صناعه",
    "اوقاف",
    "تشغيل",
    "تكوين",
    "مرور",
    "اعلام",
];

/// Heads of the place a directorate serves, after «ل» or «ب» («لولاية وهران», «بمحافظة
/// إربد»).
const SERVED: &[&str] = &["لولايه", "بولايه", "لمحافظه", "بمحافظه", "لاقليم", "باقليم"];

/// «مديرية التربية لولاية وهران», «مديرية الصحة بالبليدة»: a remit of
/// [`DIRECTORATE_REMITS`], its adjective or a second remit, and the place it serves: the
/// end.
pub(super) fn directorate(ctx: &Ctx, j: usize) -> Option<usize> {
    let t = ctx.tok(j)?;
    if !t.clitics.article || !DIRECTORATE_REMITS.contains(&t.stem.as_str()) {
        return None;
    }
    let mut e = j + 1;
    // «الشؤون الدينية», «الصحة والسكان».
    let more = |k: usize| {
        ctx.tok(k).is_some_and(|x| {
            x.clitics.article
                && !x.line_start
                && (ctx.nisba(k) && !is_nationality(x, ctx.gaz)
                    || super::orgs::PORTFOLIOS.contains(&x.stem.as_str()))
        }) && !ctx.has_preposition(k)
    };
    if more(e) {
        e += 1;
    }
    let Some(s) = ctx.tok(e).filter(|s| !s.line_start) else {
        return Some(e);
    };
    if SERVED.contains(&s.norm.as_str()) && ctx.place_at(e + 1) > 0 {
        return Some(e + 1 + ctx.place_at(e + 1));
    }
    let at_place = s.norm.starts_with(['ل', 'ب']) && ctx.crf[e] == Some(Label::Location);
    Some(if at_place { ctx.crf_end[e] } else { e })
}

/// «المستشفى الجامعي شارل نيكول», «المستشفى العسكري الملك فهد»: after a definite head,
/// an adjective and the person it is named after (a title before the name too): the
/// end.
pub(super) fn adjective_then_name(ctx: &Ctx, j: usize) -> Option<usize> {
    let head_definite = j > 0 && ctx.tokens[j - 1].clitics.article;
    let t = ctx.tok(j)?;
    if !head_definite || !t.clitics.article || !ctx.adjective(j) || ctx.has_preposition(j) {
        return None;
    }
    let mut k = j + 1;
    while ctx.tok(k).is_some_and(|x| !x.line_start)
        && matches!(ctx.trig(k), Some(Trigger::Rank | Trigger::Honorific))
        && k < j + 3
    {
        k += 1;
    }
    let starts_here = ctx.crf_end[k - 1] != ctx.crf_end[k] || ctx.crf[k - 1].is_none();
    let named = ctx.crf[k] == Some(Label::Person) && starts_here && !ctx.has_preposition(k);
    named.then(|| ctx.crf_end[k].min(k + 4))
}

/// First words of places named by two words in the Maghreb and the Levant («باب
/// الزوار», «عين البنيان», «سيدي بلعباس», «بني ملال», «كفر الشيخ», «دير الزور»): keys.
const PLACE_PREFIXES: &[&str] = &[
    "باب",
    "عين",
    "سيدي",
    "بني",
    "بئر",
    "برج",
    "راس",
    "اولاد",
    "كفر",
    "دير",
    "تل",
    "جبل",
    "حاسي",
    "خميس",
    "بو",
];

/// A place named by a word of [`PLACE_PREFIXES`] and the word after it, at `j`: the end.
pub(super) fn compound_place(ctx: &Ctx, j: usize) -> Option<usize> {
    let t = ctx.tok(j)?;
    let n = ctx.tok(j + 1)?;
    let two = !t.clitics.article
        && PLACE_PREFIXES.contains(&t.key.as_str())
        && n.kind == TokenKind::Word
        && !n.line_start
        && !ctx.has_conjunction(j + 1)
        && !ctx.has_preposition(j + 1)
        && !lexicon::is_function_word(&n.norm)
        && !ctx.nisba(j + 1)
        && ctx.trig(j + 1).is_none()
        && !super::is_name_link(n);
    two.then_some(j + 2)
}

/// What a local council is of (stems, indefinite): a commune, region, province or city.
const COUNCIL_OF: &[&str] = &[
    "جماعه",
    "جهه",
    "عماله",
    "مدينه",
    "محافظه",
    "اقليم",
    "ولايه",
    "بلديه",
];

/// «مجلس جماعة الرباط», «مجلس محافظة بغداد», «مجلس مدينة طرابلس»: a word of
/// [`COUNCIL_OF`] and its place: the end.
pub(super) fn council_of_place(ctx: &Ctx, j: usize) -> Option<usize> {
    let t = ctx.tok(j)?;
    if t.clitics.article || !COUNCIL_OF.contains(&t.stem.as_str()) {
        return None;
    }
    let k = j + 1;
    if ctx.has_preposition(k) || ctx.has_conjunction(k) || ctx.tok(k).is_none_or(|p| p.line_start) {
        return None;
    }
    let place = ctx.place_at(k);
    let e = if place > 0 {
        k + place
    } else {
        compound_place(ctx, k)?
    };
    Some(e)
}

/// What a publishing house does, after «لل» (folded, as written).
const PUBLISHING: &[&str] = &["للنشر", "للطباعه", "للكتاب"];

/// «دار العين للنشر», «دار أدب للنشر والتوزيع»: a publisher's name (one word) and
/// what it does, with a second trade joined by «و»: the end.
pub(super) fn publisher(ctx: &Ctx, j: usize) -> Option<usize> {
    let t = ctx.tok(j)?;
    if t.kind != TokenKind::Word || ctx.has_preposition(j) || ctx.has_conjunction(j) {
        return None;
    }
    let p = ctx.tok(j + 1)?;
    if p.line_start || !PUBLISHING.contains(&p.norm.as_str()) {
        return None;
    }
    let joined = ctx.has_conjunction(j + 2)
        && ctx
            .tok(j + 2)
            .is_some_and(|x| x.clitics.article && !x.line_start);
    Some(j + 2 + usize::from(joined))
}

/// Trades that end a company's name after «لل» (folded, without «لل»): «أوكيو للاستكشاف
/// والإنتاج», «إعمار للتطوير العقاري»; not a purpose clause («للحصول على»).
const TRADES: &[&str] = &[
    "استكشاف",
    "انتاج",
    "بترول",
    "طاقه",
    "استثمار",
    "تامين",
    "اتصالات",
    "تطوير",
    "عقارات",
    "مقاولات",
    "انشاءات",
    "صناعات",
    "تجاره",
    "نقل",
    "طيران",
    "ملاحه",
    "اسمنت",
    "تعدين",
    "خدمات",
    "تكنولوجيا",
    "بتروكيماويات",
    "اغذيه",
    "ادويه",
    "سياحه",
    "تمويل",
    "اعلام",
];

/// A company's trade at `j`, after «لل», with a second one joined by «و» or its adjective
/// («للتطوير العقاري»): the end (`j` when there is none).
pub(super) fn company_trade(ctx: &Ctx, j: usize) -> usize {
    let trade = ctx.tok(j).is_some_and(|t| {
        !t.line_start
            && t.norm
                .strip_prefix("لل")
                .is_some_and(|w| TRADES.contains(&w))
    });
    if !trade {
        return j;
    }
    let more = ctx
        .tok(j + 1)
        .is_some_and(|t| t.clitics.article && !t.line_start)
        && !ctx.has_preposition(j + 1)
        && (ctx.has_conjunction(j + 1) && TRADES.contains(&ctx.tokens[j + 1].stem.as_str())
            || !ctx.has_conjunction(j + 1) && ctx.adjective(j + 1));
    j + 1 + usize::from(more)
}
