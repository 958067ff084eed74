//! Events: conferences, forums, exhibitions, tournaments and cups, elections, wars and
//! revolutions, with what names them.

use super::event_names::{
    ENGLISH, EVENT_ORDINALS, FOR_WHOM, TOWN_HEADS, brand_run, event_or_prize, head_in, office_cup,
    world_place,
};
use super::*;

#[path = "event_parts.rs"]
mod parts;
pub(super) use parts::paren_acronym;
use parts::*;

/// Event heads the trigger list lacks (a rule-side list: trigger words are CRF features).
pub(super) const EXTRA_HEADS: &[&str] =
    &["تصفيات", "انتخابات", "استفتاء", "رالي", "مونديال", "منتدي"];
/// Heads found also with a preposition the stem keeps («لانتخابات»).
const KEYED_HEADS: &[&str] = &["انتخابات", "استفتاء", "تصفيات", "مونديال"];
/// Heads whose definite genitive names the event («انتخابات الرئاسة»).
const GENITIVE_HEADS: &[&str] = &["انتخابات", "استفتاء", "تصفيات"];
/// Adjectives of a definite head that name an event («الحرب العالمية», «القمة العربية»),
/// besides nationalities («القمة المصرية»).
const NAMING_ADJECTIVES: &[&str] = &[
    "عالمي",
    "عالميه",
    "عربي",
    "عربيه",
    "اولمبي",
    "اولمبيه",
    "اسلامي",
    "اسلاميه",
    "رئاسي",
    "رئاسيه",
    "تشريعي",
    "تشريعيه",
    "برلماني",
    "برلمانيه",
    "بلدي",
    "بلديه",
];
/// Adjectives that name an election, besides [`NAMING_ADJECTIVES`]: «الانتخابات
/// النصفية», «الانتخابات النيابية», «الانتخابات العامة», «الانتخابات التمهيدية».
const ELECTION_ADJECTIVES: &[&str] = &[
    "نصفي",
    "نصفيه",
    "نيابي",
    "نيابيه",
    "عامه",
    "محليه",
    "تمهيديه",
];
/// Adjectives of an election held before its time.
const EARLY: &[&str] = &["مسبق", "مسبقه", "مبكر", "مبكره"];
/// Relative words that end an event («كأس العالم المقبلة»).
const EVENT_RELATIVE: &[&str] = &[
    "مقبل",
    "مقبله",
    "قادم",
    "قادمه",
    "ماضي",
    "ماضيه",
    "منصرم",
    "منصرمه",
];

impl Ctx<'_> {
    fn event_head(&self, i: usize) -> bool {
        self.trig(i) == Some(Trigger::EventHead)
            || self.tok(i).is_some_and(|t| {
                // The key drops a preposition the stem keeps («لانتخابات»).
                EXTRA_HEADS.contains(&t.stem.as_str()) || KEYED_HEADS.contains(&t.key.as_str())
            })
    }

    pub(super) fn stem_is(&self, i: usize, list: &[&str]) -> bool {
        self.tok(i)
            .is_some_and(|t| t.kind == TokenKind::Word && list.contains(&t.stem.as_str()))
    }

    /// An adjective that names the event of a definite head.
    fn naming_adjective(&self, j: usize) -> bool {
        let Some(t) = self.tok(j) else { return false };
        self.nisba(j)
            && (NAMING_ADJECTIVES.contains(&t.stem.as_str())
                || ENGLISH.contains(&t.stem.as_str())
                || (super::is_nationality(t, self.gaz) && !t.stem.starts_with("دول")))
    }
}

/// Events: «معرض ومؤتمر الدوحة الدولي للدفاع البحري (ديمكس 2026)», «كأس العالم 2022»,
/// «الحرب العالمية الثانية», «انتخابات الرئاسة», «لبطولة مجلس التعاون الخليجي الثانية
/// والعشرين لكرة القدم».
pub(super) fn events(ctx: &Ctx, out: &mut Vec<Cand>) {
    let n = ctx.tokens.len();
    let mut i = 0;
    while i < n {
        if !ctx.event_head(i) {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        // More heads joined by و: «معرض ومؤتمر».
        while j < n && ctx.event_head(j) && ctx.has_conjunction(j) {
            j += 1;
        }
        // «تصفيات كأس …»: a head in the genitive continues the name.
        if j == i + 1 && ctx.event_head(j) && !ctx.has_preposition(j) {
            j += 1;
        }
        if let Some(end) = named_by_date(ctx, i, j) {
            out.push(Cand::new(i, end, Label::Event, PRIO_EVENT));
            i = end;
            continue;
        }
        let (mut end, anchored) = event_body(ctx, i, j);
        // «مؤتمر الأطراف (كوب 30)»: a definite genitive and the acronym in brackets.
        if end == j && !ctx.tokens[i].clitics.article && plain_genitive(ctx, j) {
            end = paren_acronym(ctx, j + 1).map_or(end, |_| j + 1);
        }
        // An acronym in parentheses right after: «(ديمكس 2026)».
        let acro = paren_acronym(ctx, end);
        if end > j && (anchored || acro.is_some()) {
            out.push(Cand::new(i, end, event_or_prize(ctx, i, end), PRIO_EVENT));
            if let Some((s, e)) = acro {
                out.push(Cand {
                    alias_of: Some(i),
                    ..Cand::new(s, e, Label::Event, PRIO_EVENT)
                });
            }
            i = end;
        } else {
            i += 1;
        }
    }
    super::event_names::named_events(ctx, out);
}

/// The words after the heads `i..heads_end` of an event: its end, and whether something
/// names it (a place, an organisation, a year, a naming adjective, a genitive).
fn event_body(ctx: &Ctx, i: usize, heads_end: usize) -> (usize, bool) {
    let n = ctx.tokens.len();
    let definite_head = ctx.tokens[i].clitics.article;
    let mut j = heads_end;
    let mut anchored = false;
    let mut last_good = heads_end;
    let mut place_end = None;
    while j < n && j - i <= 12 && !ctx.tokens[j].line_start {
        let t = &ctx.tokens[j];
        if t.kind == TokenKind::Number {
            if t.norm.len() == 4 && t.norm.starts_with(['1', '2']) {
                j += 1;
                anchored = true;
                last_good = j;
                continue;
            }
            break;
        }
        // «القمة المصرية ـ البحرينية».
        if t.kind == TokenKind::Punct
            && matches!(t.norm.as_str(), "-" | "ـ" | "–")
            && last_good == j
            && ctx.nisba(j - 1)
            && ctx.naming_adjective(j + 1)
        {
            j += 2;
            last_good = j;
            continue;
        }
        if t.kind != TokenKind::Word || lexicon::is_function_word(&t.norm) {
            break;
        }
        if anchored && ctx.stem_is(j, EVENT_RELATIVE) && t.clitics.article {
            return (j + 1, true);
        }
        // «الانتخابات الرئاسية المسبقة», «الانتخابات التشريعية المبكرة».
        if anchored && ctx.stem_is(j, EARLY) && t.clitics.article && !ctx.has_conjunction(j) {
            j += 1;
            last_good = j;
            continue;
        }
        if anchored && ctx.stem_is(j, EVENT_ORDINALS) && !ctx.has_preposition(j) {
            j += 1;
            last_good = j;
            continue;
        }
        // «لكرة القدم», «لكرة اليد», «لألعاب القوى».
        if anchored
            && (t.stem == "كره" || matches!(t.norm.as_str(), "لكره" | "لالعاب"))
            && ctx.tok(j + 1).is_some_and(|x| x.clitics.article)
        {
            j += 2;
            last_good = j;
            continue;
        }
        // «معرض مسقط الدولي للكتاب», «مهرجان جرش»: a town the world lists know, right
        // after an indefinite head, though the tagger missed it.
        let town =
            j == heads_end && !definite_head && head_in(ctx, i, TOWN_HEADS) && world_place(ctx, j);
        let place = ctx.place_at(j).max(usize::from(town));
        // A tagger's place that runs over a second country ends before it, unless the
        // world lists know the whole name («كوبا أمريكا»).
        let place = (1..place)
            .find(|&k| ctx.country[j + k] > 0 && !ctx.known_non_person[j + k])
            .unwrap_or(place);
        // «بتصفيات أوروبا | فرنسا سجلت»: a second place right after one is not the name's.
        if place > 0 && place_end == Some(j) {
            break;
        }
        // «معرض ديمكس», «معرض جيتكس»: right after an indefinite head, one word the tagger
        // calls a person but no name list knows is the event's own name.
        let coined = j == heads_end
            && !definite_head
            && ctx.crf[j] == Some(Label::Person)
            && ctx.crf_end[j] == j + 1
            && ctx.flags(j) & (flag::FIRST_NAME | flag::LAST_NAME) == 0;
        if (place > 0 || coined || matches!(ctx.crf[j], Some(Label::Org | Label::Misc)))
            && !ctx.has_preposition(j)
        {
            j += place.max(1);
            place_end = (place > 0).then_some(j);
            anchored = true;
            last_good = j;
            continue;
        }
        // «المؤتمر الدولي للتعليم الطبي», «الملتقى الدولي للشعر»: a definite head,
        // «الدولي» and what the event is for.
        if j == heads_end
            && definite_head
            && ctx.stem_is(j, &["دولي", "دوليه"])
            && ctx
                .tok(j + 1)
                .is_some_and(|r| r.norm.starts_with("لل") && !r.line_start)
            && !ctx.stem_is(j + 1, NOT_A_REMIT)
        {
            j += 1;
            anchored = true;
            last_good = j;
            continue;
        }
        // «مهرجان الموسيقى العربية»: a noun in -ي is the genitive, read below.
        let festival = head_in(ctx, i, &["مهرجان"]);
        let genitive_noun = j == heads_end && !definite_head && named_genitive(ctx, j, festival);
        if ctx.nisba(j) && !ctx.has_conjunction(j) && !ctx.has_preposition(j) && !genitive_noun {
            // «البطولة القطري» describes another noun; «الحرب العالمية» agrees.
            let agrees = !ctx.tokens[i].norm.ends_with('ه') || t.norm.ends_with('ه');
            // «المنتدى الاقتصادي العالمي»: the naming adjective may follow another.
            // Not a nationality there: «الحرب الأهلية الأمريكية» is left to the tagger.
            // «القمة الحكومية الجزائرية الإيطالية»: a summit's nations name it there too.
            let summit = ctx.tokens[i].stem == "قمه" && ctx.naming_adjective(j);
            let later = j > heads_end
                && (heads_end..j).all(|k| ctx.nisba(k))
                && (ctx.stem_is(j, NAMING_ADJECTIVES) || summit);
            let election = head_key(ctx, i) == "انتخابات" && ctx.stem_is(j, ELECTION_ADJECTIVES);
            let naming = j == heads_end && (ctx.naming_adjective(j) || election) || later;
            anchored |= definite_head && agrees && naming;
            j += 1;
            last_good = j;
            continue;
        }
        // «كأس العرب», «كأس الخليج», «حرب الخليج»; not «معرض الخليج للتعليم», whose
        // region only says where it is held.
        let cup_or_war = head_in(ctx, i, &["كاس", "دوري", "بطوله", "حرب"]);
        if j == heads_end
            && t.clitics.article
            && (matches!(t.stem.as_str(), "عالم" | "امم" | "العاب" | "اولمبياد")
                || cup_or_war && matches!(t.stem.as_str(), "عرب" | "خليج" | "قارات" | "سوبر"))
        {
            j += 1;
            anchored = true;
            last_good = j;
            continue;
        }
        // «كأس ولي العهد», «كأس الأمير»: a cup named by the office that gives it.
        if j == heads_end
            && !definite_head
            && head_in(ctx, i, &["كاس"])
            && let Some(e) = office_cup(ctx, j)
        {
            j = e;
            anchored = true;
            last_good = j;
            continue;
        }
        // «منتدى الصحة العالمي», «معرض الكتاب الدولي», «مهرجان الأفلام العربية»: an
        // indefinite head in construct with a definite genitive and a naming adjective.
        if j == heads_end && !definite_head && named_genitive(ctx, j, festival) {
            j += 2;
            anchored = true;
            last_good = j;
            continue;
        }
        // «مهرجان الحمامات للفيلم القصير»: a definite genitive and what the event is for.
        if j == heads_end
            && !definite_head
            && let Some(e) = genitive_and_remit(ctx, j)
        {
            j = e;
            anchored = true;
            last_good = j;
            continue;
        }
        // «دوري نجوم قطر», «كأس أمير قطر»: an indefinite head in construct state takes an
        // indefinite genitive before the place or body that names it.
        if j == heads_end
            && !definite_head
            && !t.clitics.article
            && !ctx.has_preposition(j)
            && !ctx.has_conjunction(j)
            && ctx.place_at(j) == 0
            && j + 1 < n
            && !ctx.has_preposition(j + 1)
            && (ctx.place_at(j + 1) > 0 || ctx.crf[j + 1..].first() == Some(&Some(Label::Org)))
        {
            j += 1;
            last_good = j;
            continue;
        }
        // «انتخابات الرئاسة», «انتخابات رئاسة النادي».
        if j == heads_end && !definite_head && GENITIVE_HEADS.contains(&head_key(ctx, i)) {
            let chain = usize::from(!t.clitics.article && !ctx.has_preposition(j));
            let g = j + chain;
            // «انتخابات المجلس البلدي»: a common genitive with its adjective names it too.
            let named = !ctx.is_common(g) || ctx.nisba(g + 1) && !ctx.has_conjunction(g + 1);
            if ctx.tok(g).is_some_and(|x| x.clitics.article) && named {
                j += chain + 1;
                anchored = true;
                last_good = j;
                continue;
            }
        }
        // «بطولة قطر توتال إنرجيز المفتوحة للتنس», «معرض جيتكس جلوبال 2025»: a sponsor's
        // or brand's words before «المفتوحة» or the year.
        if anchored && let Some(k) = brand_run(ctx, j) {
            j = k;
            last_good = j;
            continue;
        }
        // «بطولة قطر المفتوحة للتنس», «الدوري المصري الممتاز».
        if anchored
            && t.clitics.article
            && ctx.stem_is(j, &["مفتوح", "مفتوحه", "ممتاز"])
            && !ctx.has_conjunction(j)
        {
            j += 1;
            last_good = j;
            continue;
        }
        // «للتنس», «للأندية»: what the event is for; not «للمرة الثانية», «للعام الثالث».
        let not_a_remit = ctx.stem_is(j, NOT_A_REMIT);
        // «كأس العالم للأندية», «بطولة أفريقيا للناشئين»: whom the event is for, common
        // words that name it there.
        let for_whom = ctx.stem_is(j, FOR_WHOM);
        if last_good > heads_end
            && t.norm.starts_with("لل")
            && (!ctx.is_common(j) || for_whom)
            && !not_a_remit
        {
            j += 1;
            last_good = j;
            continue;
        }
        // «مؤتمر الأمم المتحدة لتغير المناخ»: the climate conferences' remit.
        if last_good == j
            && last_good > heads_end
            && t.norm == "لتغير"
            && ctx.tok(j + 1).is_some_and(|m| m.norm == "المناخ")
        {
            j += 2;
            last_good = j;
            continue;
        }
        // «للتعليم والتدريب»: a remit joined to the one before it.
        if last_good == j && joined_remit(ctx, j) {
            j += 1;
            last_good = j;
            continue;
        }
        break;
    }
    (last_good, anchored)
}
