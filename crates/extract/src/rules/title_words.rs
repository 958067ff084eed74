//! The words of titles the trigger lists lack, and what they mean where they stand: a
//! spokesman's «باسم», the body an office serves after «لل» («الأمين العام للجامعة»), a
//! government an office heads, a coach before a club, an office that is also a given name
//! («أمين»), offices in the accusative («عُيّن مديرا فنيا») and whether someone holds them;
//! and when title words that introduce no name are a TITLE on their own.

use super::*;

/// Words after an office that make it acting («بالإنابة», «بالوكالة», «بالنيابة»).
pub(in crate::rules) const ACTING: &[&str] = &["بالانابه", "بالوكاله", "بالنيابه"];

/// Royal titles that take a genitive in construct state («أمير البلاد»).
pub(in crate::rules) const ROYAL: &[&str] = &["امير", "ملك", "سلطان", "شيخ"];

/// Offices that serve another office named after them («نائب رئيس», «مساعد وزير»).
pub(in crate::rules) const DEPUTIES: &[&str] = &["نائب", "مساعد", "مستشار", "معاون"];

/// Offices that are also common words («أمر» a matter, «عضو», «كبير»): their construct
/// state does not carry a title on («أمر مفروض»).
pub(in crate::rules) const AMBIGUOUS_OFFICES: &[&str] =
    &["امر", "عضو", "كبير", "مساعد", "ممثل", "ولي", "امين"];

/// Honorifics of address (folded): «سمو», «معالي», «فخامة», «سعادة», «حضرة», «صاحب».
pub(in crate::rules) const ADDRESS: &[&str] = &["سمو", "معالي", "فخامه", "سعاده", "حضره", "صاحب"];

/// Groups named by the word after them («جماعة الحوثيين», «حركة حماس»).
pub(in crate::rules) const GROUPS: &[&str] = &["جماعه", "حركه", "تنظيم", "جبهه"];

/// Bodies a spokesman speaks for that are named by a definite head and their nation
/// («باسم الخارجية الإيرانية», «باسم الحكومة العراقية», «باسم الشرطة البريطانية»)
/// besides the organisations' heads and [`GROUPS`] (stems).
const SPOKEN_FOR: &[&str] = &["خارجيه", "داخليه", "حكومه", "شرطه", "رئاسه", "جيش", "دفاع"];

/// «المتحدث باسم | الخارجية الإيرانية»: the body a spokesman speaks for at `j`, a definite
/// head with its nationality adjectives, which the title does not take (GUIDELINES): its
/// end. A definite head alone («باسم الجيش») stays in the title.
pub(in crate::rules) fn spoken_for_body(ctx: &Ctx, j: usize) -> Option<usize> {
    let t = ctx.tok(j)?;
    let head = ctx.trig(j) == Some(Trigger::OrgHead)
        || GROUPS.contains(&t.base())
        || SPOKEN_FOR.contains(&t.stem.as_str());
    let mut e = j + 1;
    while e < j + 3 && ctx.definite(e) && ctx.nisba(e) && !ctx.has_conjunction(e) {
        e += 1;
    }
    (head && t.clitics.article && !ctx.has_conjunction(j) && e > j + 1).then_some(e)
}

/// «المتحدث باسم | الجيش», «الناطق باسم | الحكومة»: a body a spokesman speaks for by its
/// definite head alone at `j` (no definite word after it but his rank: «باسم [القوات
/// المسلحة السودانية]» is named), which stays in his title
/// (GUIDELINES) though the tagger may read it as a name.
pub(in crate::rules) fn bare_spoken_for(ctx: &Ctx, j: usize) -> bool {
    ctx.tok(j).is_some_and(|t| {
        t.clitics.article
            && !ctx.has_conjunction(j)
            && (ctx.trig(j) == Some(Trigger::OrgHead) || SPOKEN_FOR.contains(&t.stem.as_str()))
            && ctx.crf_end[j] <= j + 1
    }) && (!ctx.definite(j + 1)
        || matches!(ctx.trig(j + 1), Some(Trigger::Rank | Trigger::Honorific)))
}

/// A spokesman's words: «باسم» after them is "on behalf of".
pub(in crate::rules) const SPOKESMEN: &[&str] = &["متحدث", "متحدثه", "ناطق", "ناطقه"];

/// Heads of a body an office serves, named by the head alone after «لل» («الأمين العام
/// للجامعة», «المدير الفني للمهرجان», «رئيس مجلس الإدارة للشركة»), as keys.
pub(in crate::rules) const SERVED_BODIES: &[&str] = &[
    "جامعه",
    "نادي",
    "فريق",
    "منتخب",
    "اتحاد",
    "مهرجان",
    "معرض",
    "شركه",
    "مجموعه",
    "بنك",
    "مصرف",
    "هيئه",
    "مؤسسه",
    "جمعيه",
    "رابطه",
    "صندوق",
    "بورصه",
    "صحيفه",
    "جريده",
    "مجله",
    "قناه",
    "كليه",
    "مستشفي",
    "بلديه",
    "منظمه",
];

/// «للجامعة», «للنادي» at `j`: a served body's head with «لل» and nothing after it that
/// names it («للجامعة الأردنية» is an organisation of its own).
pub(in crate::rules) fn anaphoric_body(ctx: &Ctx, j: usize) -> bool {
    let Some(t) = ctx.tok(j) else { return false };
    // «للمجموعة | خالد …»: the tagger's organisation that runs on into a given name is
    // no organisation's name.
    let onto_name = ctx.crf[j] == Some(Label::Org)
        && ctx.crf_end[j] > j + 1
        && ctx.flags(j + 1) & flag::FIRST_NAME != 0
        && !ctx.definite(j + 1);
    let head = t.kind == TokenKind::Word
        && t.norm.starts_with("لل")
        && SERVED_BODIES.contains(&t.key.as_str())
        && (ctx.crf[j].is_none() || onto_name);
    let named_after = !onto_name
        && ctx.tok(j + 1).is_some_and(|n| {
            n.kind == TokenKind::Word
                && !n.line_start
                && (n.clitics.article && !ctx.has_conjunction(j + 1)
                    || matches!(ctx.crf[j + 1], Some(Label::Org | Label::Misc))
                    || ctx.place_at(j + 1) > 0)
        });
    head && !named_after
}

/// «حكومة الوحدة الوطنية», «حكومة الوفاق الوطني»: a government named by what it is,
/// which the office heading it takes in as a council («رئيس حكومة الوحدة الوطنية»): its
/// end.
pub(in crate::rules) fn government_at(ctx: &Ctx, j: usize) -> Option<usize> {
    let head = ctx.tok(j)?;
    (head.stem == "حكومه" && !head.clitics.article).then_some(())?;
    super::bodies::body_at(ctx, j)
}

/// «هيئة الأركان المشتركة», «هيئة الأركان العامة», «الأركان العامة»: the general staff
/// that its chief's office takes in as a council: its end.
pub(in crate::rules) fn joint_staff_at(ctx: &Ctx, j: usize) -> Option<usize> {
    let head = ctx.tok(j)?;
    let staff = if head.stem == "هيئه" && !head.clitics.article && !ctx.has_conjunction(j) {
        j + 1
    } else {
        j
    };
    (ctx.definite(staff) && ctx.stem_is(staff, &["اركان"])).then_some(())?;
    let adjective = ctx.definite(staff + 1)
        && ctx.stem_is(staff + 1, &["مشترك", "مشتركه", "عام", "عامه"])
        && !ctx.has_conjunction(staff + 1);
    Some(staff + 1 + usize::from(adjective))
}

/// «المهندس أمين الناصر»: an office that is also a given name («أمين», «ولي»), after a
/// courtesy word and without what makes it an office («أمين عام», «ولي العهد»).
pub(in crate::rules) fn given_name_office(ctx: &Ctx, j: usize) -> bool {
    let Some(t) = ctx.tok(j) else { return false };
    let office_follows = ctx.tok(j + 1).is_some_and(|n| {
        matches!(
            n.norm.as_str(),
            "العام" | "عام" | "السر" | "سر" | "العهد" | "الصندوق"
        )
    });
    !t.clitics.article
        && AMBIGUOUS_OFFICES.contains(&t.base())
        && ctx.flags(j) & flag::FIRST_NAME != 0
        && !office_follows
}

/// A coach's word before `j` and there a word the world lists hold as an organisation
/// («مدرب [السد]», «مدرب [الأهلي]»): a club. Coaches only: «رئيس الاتحاد», «شيخ الأزهر»
/// and «مراسل الجزيرة» keep their genitive.
pub(in crate::rules) fn coach_of_club(ctx: &Ctx, j: usize) -> bool {
    let coach = j > 0 && ctx.tokens[j - 1].base() == "مدرب";
    // «مدرب [مولودية الجزائر]»: a club of two words the world lists know.
    let listed = ctx.known_non_person.get(j).copied().unwrap_or(false)
        && ctx.known_non_person.get(j + 1).copied().unwrap_or(false);
    coach
        && (listed
            || ctx.tok(j).is_some_and(|t| {
                t.clitics.article
                    && ctx
                        .gaz
                        .world
                        .map
                        .get(&t.key)
                        .is_some_and(|c| c.by_type[2] > 0)
            }))
}

/// Offices in the accusative, which the trigger lists lack: «عُيّن مديرا فنيا»,
/// «مدربا للمنتخب», «سفيرا لدى …» (as written; «رئيسا», «وزيرا» are triggers).
pub(in crate::rules) const ACCUSATIVE_OFFICES: &[&str] = &[
    "مديرا",
    "مدربا",
    "سفيرا",
    "محافظا",
    "مستشارا",
    "قائدا",
    "امينا",
    "ناخبا",
];

/// Offices in the accusative that are also common words («محافظا على» keeping,
/// «قائدا» a leader, «أمينا» honest): a title only with what makes them an office after
/// them («قائدا عاما», «محافظا لنينوى», «أمينا للصندوق»).
pub(in crate::rules) const AMBIGUOUS_ACCUSATIVES: &[&str] = &["محافظا", "قائدا", "امينا"];

/// The accusative office at `i` (title words `i..j`) is a TITLE: «مديرا فنيا»,
/// «سفيرا»; an ambiguous one with its adjective or a remit after «ل».
pub(in crate::rules) fn accusative_title(ctx: &Ctx, i: usize, j: usize) -> bool {
    let head = ctx.tokens[i].norm.as_str();
    if !ACCUSATIVE_OFFICES.contains(&head) {
        return false;
    }
    let remit = ctx.has_preposition(j) && ctx.tok(j).is_some_and(|t| t.norm.starts_with('ل'));
    !AMBIGUOUS_ACCUSATIVES.contains(&head) || j > i + 1 || remit
}

/// Verbs and nouns that put someone in an office named in the accusative after them
/// («عُيّن مديرا», «انتخابه رئيسا», «يعمل مستشارا»), as written without «و».
pub(in crate::rules) const APPOINTED: &[&str] = &[
    "عين",
    "عينت",
    "عينه",
    "يعين",
    "سيعين",
    "تعين",
    "ستعين",
    "تعيين",
    "تعيينه",
    "اختير",
    "اختيار",
    "اختياره",
    "انتخب",
    "انتخاب",
    "انتخابه",
    "عمل",
    "يعمل",
    "اصبح",
    "اصبحت",
    "سمي",
    "بصفته",
    "بصفتها",
    "كان",
    "ظل",
    "بقي",
];

/// An accusative office at `i` with a holder: a person the tagger named in the four
/// words before it, or a verb that appoints to it right before; a generic one («عندما
/// تستبدل مديرا فنيا») is no title.
pub(in crate::rules) fn held(ctx: &Ctx, i: usize) -> bool {
    let person = (i.saturating_sub(4)..i).any(|k| ctx.crf[k] == Some(Label::Person));
    let appointed = i > 0 && {
        let p = &ctx.tokens[i - 1];
        APPOINTED.contains(&p.norm.trim_start_matches(['و', 'ف']))
            || APPOINTED.contains(&p.stem.as_str())
    };
    person || appointed
}

/// «الكادر المؤهل والمدرب»: a definite «المدرب» after a definite word agrees with it,
/// "trained", no coach.
pub(in crate::rules) fn adjective_coach(ctx: &Ctx, i: usize) -> bool {
    ctx.tokens[i].stem == "مدرب" && i > 0 && ctx.tokens[i - 1].clitics.article
}

/// Adjectives of an office in the accusative, as written («مديرا فنيا», «أمينا عاما»,
/// «رئيسا تنفيذيا», «متحدثا رسميا»).
pub(in crate::rules) const ACCUSATIVE_ADJECTIVES: &[&str] = &[
    "فنيا",
    "عاما",
    "تنفيذيا",
    "مساعدا",
    "جديدا",
    "مؤقتا",
    "اداريا",
    "فخريا",
    "رسميا",
    "وطنيا",
];

/// Offices and royal titles that are a TITLE on their own when definite, accusative or
/// before the entity they are the office of («الرئيس», «رئيسا», «أمير \[قطر\]»).
pub(in crate::rules) const STANDALONE: &[&str] = &[
    "رئيس",
    "رئيسه",
    "رئيسا",
    "مدير",
    "مديره",
    "وزير",
    "وزيره",
    "وزيرا",
    "سفير",
    "سفيره",
    "محافظ",
    "قنصل",
    "حاكم",
    "زعيم",
    "متحدث",
    "قائد",
    "مدرب",
    "عمده",
    "مستشار",
    "مفتي",
    "والي",
    "ملك",
    "ملكه",
    "امير",
    "اميره",
    "سلطان",
    "بابا",
];

/// Whether the title words `i..j` that introduce no name are a TITLE mention: an office
/// with a complement («وزير الخارجية»), an honorific with an office («معالي الوزير»), or
/// one office or royal title of [`STANDALONE`] that is definite, accusative or followed by
/// an entity («الرئيس», «أمير قطر»).
pub(in crate::rules) fn standalone_title(
    ctx: &Ctx,
    i: usize,
    j: usize,
    office_words: usize,
) -> bool {
    if office_words >= 2 || (office_words == 1 && j - i >= 2) {
        return true;
    }
    // «مدير [معرض تونس الدولي للكتاب]»: an event's head counts as its name; «مدرب
    // [السد]»: so does a club the world lists know.
    let before_entity = ctx.crf.get(j).is_some_and(Option::is_some)
        || coach_of_club(ctx, j)
        || ctx.country.get(j).is_some_and(|&c| c > 0)
        || ctx.starts_org(j)
        || ctx.trig(j) == Some(Trigger::EventHead) && !ctx.definite(j)
        || super::localities::state_names::state_name(ctx, j).is_some();
    // «عميد [كلية التربية]», «وكيل [وزارة الخارجية]»: a dean or under-secretary of a body.
    let head = &ctx.tokens[i];
    let of_body = j == i + 1
        && !head.clitics.article
        && OFFICE_RANKS.contains(&head.base())
        && (ctx.starts_org(j) || ctx.crf.get(j) == Some(&Some(Label::Org)));
    of_body
        || ctx.tokens[i..j].iter().any(|t| {
            let accusative = t.norm.ends_with('ا') && t.stem != "بابا";
            accusative_title(ctx, i, j)
                || STANDALONE.contains(&t.base())
                    && (t.clitics.article && !adjective_coach(ctx, i)
                        || accusative
                        || before_entity)
        })
}

/// Ranks that are also offices in construct before the body they serve («عميد كلية
/// الهندسة» a dean, «وكيل وزارة الخارجية» an under-secretary).
pub(in crate::rules) const OFFICE_RANKS: &[&str] = &["عميد", "عميده", "وكيل"];

/// The office's own words of a title `start..end` that runs on over a genitive (its head
/// and the adjectives right after it), as a TITLE of lower priority: where an organisation
/// or place rule takes the genitive, and the whole title with it, the office stays
/// («رئيسة | [دار الأوبرا]», «الرئيس التنفيذي | [للمجموعة …]»).
pub(in crate::rules) fn office_alone(
    ctx: &Ctx,
    scan: &TitleScan,
    start: usize,
    end: usize,
    out: &mut Vec<Cand>,
) {
    let i = scan.start;
    if scan.first != Trigger::Office || start != i || end <= i + 1 {
        return;
    }
    let mut k = i + 1;
    while k < end
        && ctx.tok(k).is_some_and(|t| {
            t.clitics.article && TITLE_ADJECTIVES.contains(&t.stem.as_str())
                || matches!(t.norm.as_str(), "العام" | "عام")
        })
    {
        k += 1;
    }
    let head = &ctx.tokens[i];
    if k < end && (k > i + 1 || STANDALONE.contains(&head.base())) {
        out.push(Cand::new(i, k, Label::Title, PRIO_TITLE - 1));
    }
}
