//! Organisations whose head word is too common to be a trigger on its own («سوق» a
//! market, «مؤسسة» an institution): stock markets, foundations and charities, airlines,
//! the Red Crescent and Red Cross. Each head needs its own kind of complement;
//! nationality adjectives after the name belong to it.
//!
//! National teams («منتخب قطر», «المنتخب القطري») are organisations by the guidelines;
//! ANERcorp leaves them untagged (or tags only the country), which cost about a point of
//! ORG F1 in 5-fold CV while one pipeline served both: since the schemes split
//! (`crate::scheme`) these rules run for the news only. Other councils than parliaments and
//! the cabinet stay out («مجلس الإدارة»): «مجلس» heads too many generic phrases.

use super::body_heads::HEADS;
use super::body_needs::{GENERAL, Needs, complement};
use super::body_purposes::{purpose_at, sport_at};
use super::*;

/// What a company or fund named by a place alone is for, after «لل» («قطر للطاقة»,
/// «قطر للبترول», «الريان للاستثمار»): stems without «لل».
const SECTORS: &[&str] = &[
    "بترول",
    "طاقه",
    "سياحه",
    "استثمار",
    "تامين",
    "اعلام",
    "مواصلات",
    "غاز",
    "بتروكيماويات",
    "صناعات",
    "تمويل",
    "طيران",
    "ملاحه",
    "اسمنت",
    "تعدين",
    "اتصالات",
];

/// True for a folded word (without clitics) that heads a body of `HEADS` («بورصه»,
/// «مؤسسه») or an event the trigger list lacks («انتخابات»): a glued «ل» or «و» before
/// it is a clitic («لبورصة قطر» → «بورصة قطر», «لانتخابات المجلس» → «انتخابات المجلس»).
pub fn is_body_head(word: &str) -> bool {
    HEAD_WORDS.contains(word)
        || super::events::EXTRA_HEADS.contains(&word)
        || super::parties::is_party_head(word)
}

/// Whether token `t` is a word one of [`HEADS`] heads a body with: its stem, its key or
/// (without the article) the word as written («فرقة», whose «ف» the stem takes for a
/// conjunction). Depends on the word alone: the tagger's word cache keeps it
/// ([`super::WordTables`]), so [`body_and_needs`] asks a table, not the list, at each token.
pub(super) fn heads_a_body(t: &Token) -> bool {
    let head = |w: &str| HEAD_WORDS.contains(w);
    t.kind == TokenKind::Word
        && (head(&t.stem) || head(&t.key) || !t.clitics.article && head(&t.norm))
}

/// The head words of [`HEADS`], for one look-up per form of each token (every token is
/// asked).
static HEAD_WORDS: std::sync::LazyLock<rustc_hash::FxHashSet<&'static str>> =
    std::sync::LazyLock::new(|| HEADS.iter().map(|&(h, _)| h).collect());

/// Organisations named by the heads of [`HEADS`], and by a place with what they are
/// for ([`place_named`]).
pub(super) fn bodies(ctx: &Ctx, out: &mut Vec<Cand>) {
    for i in 0..ctx.tokens.len() {
        if let Some((e, (s, a))) = mission_with_acronym(ctx, i) {
            out.push(Cand::new(i, e, Label::Org, PRIO_ORG));
            out.push(Cand {
                alias_of: Some(i),
                ..Cand::new(s, a, Label::Org, PRIO_ORG)
            });
            continue;
        }
        // «رئيس مجلس النواب»: the office's title takes the body it governs, and so does
        // a state minister's portfolio («وزير الدولة لشؤون مجلس الوزراء»).
        let office_before = i > 0
            && ([ctx.trig(i - 1), ctx.tokens[i - 1].key_trigger()]
                .contains(&Some(Trigger::Office))
                && !ctx.tokens[i - 1].clitics.article
                || ctx.tokens[i - 1].key == "شؤون")
            && !ctx.has_conjunction(i);
        if office_before && governed_body_at(ctx, i).is_some() {
            continue;
        }
        let end = body_at(ctx, i).or_else(|| place_named(ctx, i));
        // Inside the tagger's organisation, only a longer reading from its first word
        // counts («المؤسسة العامة القطرية للكهرباء | والماء»).
        let tagged = ctx.crf[i] == Some(Label::Org);
        let first_of_tagged = tagged && (i == 0 || ctx.crf_end[i - 1] != ctx.crf_end[i]);
        // «الاتحاد الروسي» is a country where the tagger says so; a tagged organisation
        // that runs on past the body is not cut («للاتحاد العالمي | لعلماء المسلمين»).
        let place = ctx.crf[i] == Some(Label::Location) && end == Some(ctx.crf_end[i]);
        let cuts = end
            .is_some_and(|j| j > 0 && ctx.crf[j - 1] == Some(Label::Org) && ctx.crf_end[j - 1] > j);
        match end {
            Some(j) if !place && !cuts && (!tagged || first_of_tagged && j > ctx.crf_end[i]) => {
                out.push(Cand::new(i, j, Label::Org, PRIO_ORG));
                // «الشركة القطرية لإدارة الموانئ (موانئ قطر)»: the acronym names it.
                if let Some((s, e)) = super::events::paren_acronym(ctx, j)
                    .filter(|&(s, e)| e - s <= 2 && alias_like(ctx, s))
                {
                    out.push(Cand {
                        alias_of: Some(i),
                        ..Cand::new(s, e, Label::Org, PRIO_ORG)
                    });
                }
            }
            _ => {}
        }
    }
}

/// The first word of a bracket that may be an alias: not what introduces a nickname or
/// a note («(الملقب اب)», «(المعروف بـ …)»).
fn alias_like(ctx: &Ctx, s: usize) -> bool {
    !["ملقب", "معروف", "مولود", "متوفي"].contains(&ctx.tokens[s].stem.as_str())
}

/// A force or mission of an organisation, named with its acronym in brackets: «قوة الأمم
/// المتحدة المؤقتة في لبنان (يونيفيل)», «بعثة الأمم المتحدة في العراق (يونامي)». The
/// acronym names the force, not the organisation inside it. Returns the force's end and the
/// acronym's tokens.
fn mission_with_acronym(ctx: &Ctx, i: usize) -> Option<(usize, (usize, usize))> {
    let t = ctx.tok(i).filter(|t| t.kind == TokenKind::Word)?;
    // The singular names one body; «قوات الأمم المتحدة» are the organisation's troops
    // (ANERcorp tags the organisation and the country inside).
    let head = ["قوه", "بعثه"].contains(&t.stem.as_str()) && !t.clitics.article;
    let j = i + 1;
    if !head || ctx.crf.get(j) != Some(&Some(Label::Org)) || ctx.has_preposition(j) {
        return None;
    }
    let mut e = ctx.crf_end[j];
    let adjective = |k: usize| {
        ctx.tok(k).is_some_and(|a| {
            a.clitics.article && (ctx.nisba(k) || ["مؤقته", "مشتركه"].contains(&a.stem.as_str()))
        }) && !ctx.has_conjunction(k)
    };
    if adjective(e) {
        e += 1;
    }
    // «في لبنان».
    if ctx.tok(e).is_some_and(|x| x.norm == "في") && ctx.place_at(e + 1) > 0 {
        e += 1 + ctx.place_at(e + 1);
    }
    let acronym = super::events::paren_acronym(ctx, e)?;
    Some((e, acronym))
}

/// The end of an organisation of [`HEADS`] starting at token `i`.
pub(super) fn body_at(ctx: &Ctx, i: usize) -> Option<usize> {
    body_and_needs(ctx, i).map(|(e, _)| e)
}

/// A council, committee, court or department an office governs, starting at `i`: its
/// end. After an office in construct it is the office's genitive, part of the TITLE
/// («رئيس مجلس النواب اللبناني», «مدير إدارة الإعلام والعلاقات العامة»), as ANERcorp and
/// the seven-type set read it.
pub(super) fn governed_body_at(ctx: &Ctx, i: usize) -> Option<usize> {
    // «رئيس الحكومة اللبنانية»: the government its head heads, like a council.
    let council = ctx
        .tok(i)
        .is_some_and(|t| t.stem == "مجلس" || t.stem == "حكومه");
    // A security service is a body of its own: «رئيس [جهاز مكافحة الإرهاب]».
    if ctx.tok(i).is_some_and(|t| t.key == "جهاز") {
        return None;
    }
    body_and_needs(ctx, i)
        .filter(|&(_, needs)| council || matches!(needs, Needs::Ranked | Needs::Remit))
        .map(|(e, _)| e)
}

/// [`body_at`] and what the head needed.
fn body_and_needs(ctx: &Ctx, i: usize) -> Option<(usize, Needs)> {
    let t = ctx.tok(i).filter(|t| t.kind == TokenKind::Word)?;
    if !ctx.body_head(i) {
        return None;
    }
    // «برئاسة الحكومة» is "chaired by", not the presidency; «تولى رئاسة الوزراء» is the
    // office taken.
    if t.key == "رئاسه"
        && (t.norm.trim_start_matches(['و', 'ف']).starts_with('ب') || office_taken(ctx, i))
    {
        return None;
    }
    // The key drops a preposition the stem keeps on short words («لمستشفى»).
    let (mut j, needs) = HEADS
        .iter()
        // The stem takes «ف» of «فرقة» for a conjunction: the word as written counts too.
        .filter(|(h, _)| *h == t.stem || *h == t.key || !t.clitics.article && *h == t.norm)
        .find_map(|&(_, needs)| Some((complement(ctx, i + 1, needs)?, needs)))?;
    let first = j;
    j = adjectives(ctx, i, j);
    let adjectives_end = j;
    let purpose = purpose_of(ctx, j, needs);
    let needs_purpose = matches!(
        needs,
        Needs::GeneralThenPurpose | Needs::NationalityThenPurpose | Needs::RankedWithPurpose
    );
    if needs_purpose && purpose.is_none() {
        return None;
    }
    // «الجامعة» by a nationality is a university or the Arab League, as the tagger reads
    // it; only with a sport is it a Maghreb federation («الجامعة التونسية لكرة القدم»).
    // By a name, only a person's: «جامعة محمد بن زايد للذكاء الاصطناعي» (the tagger stops
    // at the person; it has the universities named by a place or a word).
    let person = ctx.crf.get(i + 1) == Some(&Some(Label::Person))
        || matches!(ctx.trig(i + 1), Some(Trigger::Rank | Trigger::Honorific));
    let university = match needs {
        Needs::NationalityOrWorld => sport_at(ctx, j).is_some(),
        _ => person,
    };
    if t.stem == "جامعه" && !university {
        return None;
    }
    // A government by its nation and nothing after it: «الحكومة الفلسطينية», «الحكومة
    // العراقية | لتعزيز …» (the indefinite «حكومة قطر», «لحكومة دبي» is left to the tagger).
    if t.key == "حكومه" && matches!(needs, Needs::PlaceOrNationality) {
        return t.clitics.article.then_some((first, needs));
    }
    j = purpose.or_else(|| sport_at(ctx, j)).unwrap_or(j);
    // A federation's members after «ل»: «الاتحاد العالمي لعلماء المسلمين».
    if matches!(needs, Needs::NationalityOrWorld)
        && purpose.is_none()
        && ctx
            .tok(j)
            .is_some_and(|t| t.norm.starts_with('ل') && !t.norm.starts_with("لل") && !t.line_start)
        && ctx
            .tok(j + 1)
            .is_some_and(|t| t.clitics.article && !t.line_start)
    {
        j += 2;
    }
    // «القطرية», «الخيرية» after what it is for.
    let end = adjectives(ctx, i, j);
    // «قوى الأمن» alone are any country's security forces; Lebanon's have their adjective.
    if t.stem == "قوي" && end < i + 3 {
        return None;
    }
    if matches!(needs, Needs::Ranked | Needs::RankedWithPurpose) {
        let end = agreeing_end(ctx, i, [(first, adjectives_end), (j, end)]);
        if let Some(e) = super::councils::court_in_city(ctx, i, end) {
            return Some((e, needs));
        }
        let named = end > first || super::councils::named_court(ctx, i, end);
        let end = if purpose.is_some() && end > first {
            second_remit(ctx, end)
        } else {
            end
        };
        return named.then_some((end, needs));
    }
    Some((
        if purpose.is_some() {
            second_remit(ctx, end)
        } else {
            end
        },
        needs,
    ))
}

/// Verbal nouns that begin a body's second remit after «و» (rule-side: not the tagger's
/// triggers): «ومكافحة الإقصاء», «وحماية المستهلك», «وتنمية الصادرات».
const REMIT_NOUNS: &[&str] = &[
    "مكافحه",
    "حمايه",
    "تنميه",
    "تطوير",
    "رعايه",
    "تاهيل",
    "اغاثه",
    "تشغيل",
    "مراقبه",
    "ترشيد",
    "تحسين",
    "تعزيز",
    "مساعده",
    "ادماج",
];

/// A second remit joined by «و» after what a body is for: a verbal noun of
/// [`REMIT_NOUNS`] and its definite genitive («المندوبية العامة للتضامن الوطني ومكافحة
/// الإقصاء», «الهيئة الوطنية للنزاهة ومكافحة الفساد»): the end (`e` when there is none).
pub(super) fn second_remit(ctx: &Ctx, e: usize) -> usize {
    let noun = ctx.tok(e).is_some_and(|t| {
        t.kind == TokenKind::Word
            && !t.line_start
            && !t.clitics.article
            && t.norm.starts_with('و')
            && REMIT_NOUNS.contains(&t.norm.get(2..).unwrap_or_default())
    });
    let genitive = ctx
        .tok(e + 1)
        .is_some_and(|g| g.kind == TokenKind::Word && g.clitics.article && !g.line_start)
        && !ctx.has_conjunction(e + 1)
        && !ctx.has_preposition(e + 1)
        && matches!(ctx.crf[e + 1], None | Some(Label::Org));
    if !(noun && genitive) {
        return e;
    }
    // «ومكافحة الفساد المالي»: the genitive's own adjective.
    let adjective = ctx.nisba(e + 2)
        && !ctx.has_conjunction(e + 2)
        && !ctx.has_preposition(e + 2)
        && ctx
            .tok(e + 2)
            .is_some_and(|a| a.clitics.article && !a.line_start)
        && !is_nationality(&ctx.tokens[e + 2], ctx.gaz);
    e + 2 + usize::from(adjective)
}

/// Words before «رئاسة» that make it the office held, not the presidency's body: «تولى
/// رئاسة الوزراء», «منصب رئاسة الجمهورية», «وزير شؤون رئاسة الجمهورية» (stems).
const OFFICE_TAKEN: &[&str] = &[
    "تولي",
    "يتولي",
    "تسلم",
    "يتسلم",
    "منصب",
    "شؤون",
    "شئون",
    "مرشح",
    "ترشح",
    "انتخابات",
    "سباق",
    "شغل",
    "يشغل",
];

/// True when the word before `i` makes «رئاسة» the office ([`OFFICE_TAKEN`]), or it
/// follows «من» after a removal («عزل من رئاسة»).
fn office_taken(ctx: &Ctx, i: usize) -> bool {
    i > 0 && {
        let p = &ctx.tokens[i - 1];
        OFFICE_TAKEN.contains(&p.stem.as_str()) || OFFICE_TAKEN.contains(&p.key.as_str())
    }
}

/// What the body is for at `j`, after «لل»: «مجموعة الخليج للتأمين», «مؤسسة قطر للتربية»,
/// a body of its own («اللجنة الدولية للصليب الأحمر»), a ranked body's common remit
/// («اللجنة العليا للانتخابات»); a parliament has none («مجلس الأمن | لوقف التخصيب»).
fn purpose_of(ctx: &Ctx, j: usize, needs: Needs) -> Option<usize> {
    if matches!(needs, Needs::Word(w) if w.contains(&"شوري")) {
        return None;
    }
    let t = ctx.tok(j)?;
    let own_body = t.norm.starts_with("لل");
    // A body named by a fixed word has no «ل» + noun remit: «خفر السواحل | لجهود البحث»;
    // but «مجلس التعاون لدول الخليج العربية».
    if matches!(needs, Needs::Word(w) if !w.contains(&"تعاون")) && !own_body {
        return None;
    }
    own_body
        .then(|| body_at(ctx, j))
        .flatten()
        .or_else(|| purpose_at(ctx, j))
        .or_else(|| {
            let free = own_body && ctx.crf[j].is_none() && !t.line_start && t.clitics.article;
            (matches!(needs, Needs::Ranked | Needs::RankedWithPurpose) && free).then_some(j + 1)
        })
}

/// «أحال المجلس الأعلى للقضاء | القضية»: a ranked body's adjectives (in `runs`) agree
/// with its head at `i`; a noun in -ية that does not is the verb's object. The end.
fn agreeing_end(ctx: &Ctx, i: usize, runs: [(usize, usize); 2]) -> usize {
    let head = &ctx.tokens[i].stem;
    for (s, e) in runs {
        if let Some(k) = (s..e).find(|&k| !super::councils::agrees(head, &ctx.tokens[k].stem)) {
            return k;
        }
    }
    runs[1].1
}

/// «القطرية», «الخيرية», «العربية», «العام» from `j` on, and an adjective joined to the
/// one before it («الاقتصادية والإلكترونية»); not an ordinal («مجلس التعاون الخليجي |
/// الثانية والعشرين»): the end.
fn adjectives(ctx: &Ctx, i: usize, mut j: usize) -> usize {
    while (ctx.adjective(j)
        || super::councils::rank_adjective(ctx, j)
        || ctx
            .tok(j)
            .is_some_and(|t| t.clitics.article && GENERAL.contains(&t.stem.as_str())))
        && (!ctx.has_conjunction(j) || ctx.nisba(j) && j > 0 && ctx.nisba(j - 1))
        && !ctx.has_preposition(j)
        && j - i < 7
    {
        j += 1;
    }
    j
}

/// A company or charity named by a place and what it is for: «قطر الخيرية», «قطر
/// للطاقة», «لقطر الخيرية»: the end.
fn place_named(ctx: &Ctx, i: usize) -> Option<usize> {
    let place = ctx.country[i];
    if place == 0 || ctx.has_conjunction(i) && ctx.has_preposition(i) {
        return None;
    }
    let t = ctx.tok(i + place)?;
    if t.line_start || ctx.has_conjunction(i + place) {
        return None;
    }
    let charity = t.clitics.article && t.stem == "خيريه";
    let sector = t
        .norm
        .strip_prefix("لل")
        .is_some_and(|rest| SECTORS.contains(&rest));
    (charity || sector).then_some(i + place + 1)
}

#[cfg(test)]
mod tests {
    use crate::rules::pipeline_tests::orgs;

    #[test]
    fn a_second_remit_joined_by_and_belongs_to_the_body() {
        for (text, body) in [
            (
                "وأصدرت الهيئة العامة للغذاء ومراقبة الدواء تعميما للصيدليات.",
                "الهيئة العامة للغذاء ومراقبة الدواء",
            ),
            (
                "وأحالت الهيئة الوطنية للنزاهة ومكافحة الفساد الملف إلى النيابة.",
                "الهيئة الوطنية للنزاهة ومكافحة الفساد",
            ),
            (
                "وأطلقت الهيئة العامة للبيئة وحماية الحياة الفطرية برنامجا جديدا.",
                "الهيئة العامة للبيئة وحماية الحياة الفطرية",
            ),
        ] {
            let found = orgs(text);
            assert!(found.contains(&body.to_owned()), "{body} in {found:?}");
        }
    }
}
