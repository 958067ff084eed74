//! Where a title begins ([`title_at`]): the tagger's ranks, honorifics and offices, and
//! the offices the rules read that its trigger lists lack or hide: an office with a
//! preposition glued to it («لوزير الخارجية»), an office named by two words whose first
//! is a common word alone («عامل إقليم», «والي ولاية», «قاضي التحقيق», «الناخب
//! الوطني», «المرجع الشيعي»), a cleric's «آية الله», honorifics of clerics («فضيلة»,
//! «سماحة»). A rule-side list: trigger words are CRF features.

use super::titles::{STANDALONE, TitleScan};
use super::*;

/// Offices of two words whose first alone is a common word or a name: (first word, the
/// second words that make it an office). A definite first word takes the second word
/// with or without its article («عامل الإقليم», «الوالي»: see [`context_office`]).
const TWO_WORD_OFFICES: &[(&str, &[&str])] = &[
    // Morocco's governor of a province or prefecture.
    ("عامل", &["اقليم", "عماله"]),
    // Algeria's governor of a province.
    ("والي", &["ولايه", "جهه"]),
    // The national team's coach in the Maghreb.
    ("ناخب", &["وطني"]),
    ("قاضي", &["تحقيق", "تنفيذ", "احداث", "امور"]),
    // A Shiite cleric of the highest rank.
    ("مرجع", &["شيعي", "ديني", "اعلي"]),
    // A team's captain («عميد المنتخب», «عميد الفريق»); «العميد» alone is a rank.
    ("عميد", &["منتخب", "فريق"]),
    // The mayor of a Saudi region or city («أمين منطقة الرياض», «أمين العاصمة»).
    ("امين", &["منطقه", "محافظه", "عاصمه", "مدينه"]),
];

/// Offices of two words whose first word fails [`context_office`]'s cheap test: the
/// European Union's foreign-policy chief («مسؤولة السياسة الخارجية»), a party's candidate
/// («المرشح الجمهوري», «المرشحة الديمقراطية»).
const OFFICIAL_OR_CANDIDATE: &[(&str, &[&str])] = &[
    ("مسؤول", &["سياسه"]),
    ("مسؤوله", &["سياسه"]),
    ("مرشح", &["جمهوري", "ديمقراطي", "رئاسي"]),
    ("مرشحه", &["جمهوريه", "ديمقراطيه", "رئاسيه"]),
];

/// Honorifics of clerics and dignitaries the trigger lists lack: «فضيلة الشيخ», «سماحة
/// السيد», as written (the clitic reading takes «ف» off «فضيلة»).
const RULE_HONORIFICS: &[&str] = &["فضيله", "سماحه"];

/// Clerics' titles the trigger lists lack, definite before a name («البطريرك يوحنا
/// العاشر», «الأنبا إرميا», «القمص …»).
const CLERICS: &[&str] = &["بطريرك", "انبا", "قمص"];

/// The title that begins at token `i`, before it is run on ([`TitleScan::run`]).
pub(super) fn title_at(ctx: &Ctx, i: usize) -> Option<TitleScan> {
    let scan = title_here(ctx, i)?;
    // «عبدالعزيز بن سلطان», «آل الشيخ», «ولد الوالي»: after a name link a title word is a
    // name. Asked last: few tokens start a title, every token is asked.
    let prev = i.checked_sub(1).map(|p| &ctx.tokens[p]);
    let after_link = prev.is_some_and(|p| super::people::is_connector(&p.stem, &p.norm));
    (!after_link && !royal_family_name(ctx, i) && !super::main_adjective::main_adjective(ctx, i))
        .then_some(scan)
}

/// «معالي عمر سلطان العلماء»: an indefinite royal title right after a given name, or any
/// after a father's name («إبراهيم بن محمد السلطان»), is the family name, unless a realm
/// follows it («عبدالله الثاني ملك الأردن», «ملك البلاد»).
fn royal_family_name(ctx: &Ctx, i: usize) -> bool {
    let t = &ctx.tokens[i];
    let given = i.checked_sub(1).is_some_and(|p| {
        ctx.is_word(p) && ctx.flags(p) & flag::FIRST_NAME != 0 && ctx.trig(p).is_none()
    });
    // «إبراهيم بن محمد السلطان»: after a father's name the royal word, definite too, is
    // the family's.
    let fathers = family_after_father(ctx.tokens, i) && ctx.trig(i - 1).is_none();
    // The realm is looked up last: most titles are no indefinite royal title.
    (!t.clitics.article && given || fathers)
        && super::titles::ROYAL.contains(&t.base())
        && !ctx.has_conjunction(i)
        && !realm_after(ctx, i)
}

/// «إبراهيم بن محمد | السلطان إن»: the word at `r` follows a father's name («بن», «ابن»
/// or «بنت» two words before, a word between) and no name follows it (a particle,
/// punctuation, a line break or the end): where a royal word is the family's name. Not
/// before a name: «محمد بن سلمان | الأمير فيصل» is another man's title. The tagger's
/// names are completed by it too (`pipeline`).
pub(crate) fn family_after_father(tokens: &[Token], r: usize) -> bool {
    let father = r.checked_sub(2).is_some_and(|l| {
        matches!(tokens[l].norm.as_str(), "بن" | "ابن" | "بنت")
            && tokens[l + 1].kind == TokenKind::Word
    });
    let no_name = tokens.get(r + 1).is_none_or(|n| {
        n.line_start || n.kind == TokenKind::Punct || lexicon::is_function_word(&n.norm)
    });
    father && no_name
}

/// A royal title's realm at `i + 1`: a place, a country or a state's head word
/// («ملك الأردن», «أمير البلاد», «سلطان عمان»).
pub(super) fn realm_after(ctx: &Ctx, i: usize) -> bool {
    ctx.place_at(i + 1) > 0
        || ctx.country.get(i + 1).is_some_and(|&n| n > 0)
        || ctx.stem_in(i + 1, &["بلاد", "دوله", "مملكه", "سلطنه", "اماره"])
}

/// «الدكتور سلطان الجابر», «صاحب السمو الأمير سلطان بن سلمان»: an indefinite royal title
/// that is also a given name, with a name and no realm after it, is the given name, which
/// begins the name («سلطان عمان», «أمير البلاد», «أمير منطقة الرياض» stay titles).
pub(super) fn royal_given_name(ctx: &Ctx, i: usize) -> bool {
    let t = &ctx.tokens[i];
    let named = || {
        ctx.stem_in(i + 1, &["بن", "ابن", "بنت"])
            || ctx.is_word(i + 1)
                && ctx.trig(i + 1).is_none()
                && ctx.flags(i + 1) & (flag::FIRST_NAME | flag::LAST_NAME) != 0
                && ctx.flags(i + 1) & flag::COMMON == 0
                && !realm_after(ctx, i)
    };
    !t.clitics.article
        && matches!(t.base(), "سلطان" | "امير")
        && !ctx.has_conjunction(i)
        && ctx.flags(i) & flag::FIRST_NAME != 0
        && named()
}

/// «عميد كلية الطب», «عميد القبول والتسجيل», «عميد شؤون الطلبة»: the rank «عميد» without
/// its article before a faculty or a university's department is a dean's office in
/// construct («العميد الركن», «عميد ركن» stay ranks; «عميد الأدب العربي» is a byname).
fn dean(ctx: &Ctx, i: usize) -> bool {
    const DEANSHIPS: &[&str] = &["قبول", "شؤون", "طلبه", "دراسات", "بحث", "كليه", "معهد"];
    let t = &ctx.tokens[i];
    t.base() == "عميد"
        && !t.clitics.article
        && (ctx.trig(i + 1) == Some(Trigger::OrgHead) || ctx.stem_in(i + 1, DEANSHIPS))
        && ctx.crf.get(i + 1) != Some(&Some(Label::Person))
}

/// The title that would begin at `i` by its own words ([`title_at`]).
fn title_here(ctx: &Ctx, i: usize) -> Option<TitleScan> {
    let t = &ctx.tokens[i];
    if t.kind != TokenKind::Word {
        return None;
    }
    let trig = rank_or_trigger(ctx, i);
    if trig.is_none() {
        return untriggered_title(ctx, i);
    }
    if trig == Some(Trigger::Honorific) && royal_given_name(ctx, i) {
        return None;
    }
    // «وأمر | الملك فيصل», «الكبير | الدكتور مصطفى»: an office that is also a common
    // word is none before a rank or honorific, which starts the title.
    let common_office = trig == Some(Trigger::Office)
        && super::titles::AMBIGUOUS_OFFICES.contains(&t.base())
        && matches!(ctx.trig(i + 1), Some(Trigger::Rank | Trigger::Honorific));
    // «المهندس أمين الناصر»: an office that is also a given name, where the tagger reads
    // a person.
    if common_office
        || an_order(ctx, i)
        || ctx.crf[i] == Some(Label::Person) && super::titles::given_name_office(ctx, i)
    {
        return None;
    }
    if let Some(n) = context_office(ctx, i) {
        return Some(TitleScan::taken(ctx, i, Trigger::Office, n));
    }
    let first = trig
        .filter(|f| matches!(f, Trigger::Rank | Trigger::Honorific | Trigger::Office))
        .or_else(|| possessive_office(ctx, i).then_some(Trigger::Office))?;
    let first = if dean(ctx, i) { Trigger::Office } else { first };
    // An office after a preposition is still one («للرئيس العراقي», «للوزير الفرنسي»);
    // a rank or honorific there is too often a common word.
    let allowed = (first == Trigger::Office || !ctx.has_preposition(i)) && !ctx.known_non_person[i];
    allowed.then(|| TitleScan::new(ctx, i, first))
}

/// «الأمر الأميري», «أمر ملكي», «الأمر السامي»: «أمر» before the adjective of who
/// issued it is an order, not a commander («آمر»).
fn an_order(ctx: &Ctx, i: usize) -> bool {
    const ISSUERS: &[&str] = &["اميري", "ملكي", "سامي", "رئاسي", "تنفيذي", "وزاري", "قضائي"];
    ctx.tokens[i].base() == "امر" && ctx.stem_in(i + 1, ISSUERS)
}

/// A title at `i`, a word the trigger lists do not hold: «آية الله», a two-word office
/// («عامل إقليم»), a cleric's honorific («سماحة»), «أمينه العام», an office after «ل».
fn untriggered_title(ctx: &Ctx, i: usize) -> Option<TitleScan> {
    let t = &ctx.tokens[i];
    if ayatollah(ctx, i) {
        return Some(TitleScan::taken(ctx, i, Trigger::Honorific, 2));
    }
    if let Some(n) = context_office(ctx, i) {
        return Some(TitleScan::taken(ctx, i, Trigger::Office, n));
    }
    // «رحب بفخامة الرئيس», «لسمو الأمير»: an honorific of address before an office or
    // honorific, behind a preposition the analysis leaves on it (not «بسعادة», "happily").
    let addressed = t
        .norm
        .strip_prefix(['ب', 'ل'])
        .is_some_and(|w| super::titles::ADDRESS.contains(&w) && w != "سعاده" && w != "صاحب");
    if addressed && matches!(ctx.trig(i + 1), Some(Trigger::Office | Trigger::Honorific)) {
        return Some(TitleScan::taken(ctx, i, Trigger::Honorific, 1));
    }
    // «سماحة المفتي»; not the family name in «كارول سماحة».
    if RULE_HONORIFICS.contains(&t.norm.as_str())
        && ctx.definite(i + 1)
        && ctx.crf[i] != Some(Label::Person)
    {
        return Some(TitleScan::new(ctx, i, Trigger::Honorific));
    }
    // Definite only: «بطريرك [الروم الأرثوذكس]» is in construct with his church.
    if t.clitics.article && CLERICS.contains(&t.stem.as_str()) && ctx.crf[i] != Some(Label::Person)
    {
        return Some(TitleScan::new(ctx, i, Trigger::Honorific));
    }
    // «عميدة [كلية الطب]»: a dean of a body, as «عميد» is.
    let dean = t.base() == "عميده" && (ctx.starts_org(i + 1) || ctx.crf[i + 1] == Some(Label::Org));
    if dean {
        return Some(TitleScan::new(ctx, i, Trigger::Rank));
    }
    let office = (possessive_office(ctx, i)
        || glued_office(t)
        || super::titles::ACCUSATIVE_OFFICES.contains(&t.norm.as_str())
            && super::titles::held(ctx, i))
        && !ctx.known_non_person[i];
    office.then(|| TitleScan::new(ctx, i, Trigger::Office))
}

/// «آية الله» at `i` (not «أية» "any" before another word).
pub(super) fn ayatollah(ctx: &Ctx, i: usize) -> bool {
    let is = |k: usize, w: &str| ctx.tok(k).is_some_and(|t| t.norm == w);
    (is(i, "ايه") || is(i, "وايه")) && is(i + 1, "الله")
}

/// An office with «ل» glued to it that the stem keeps on short words («لوزير», «لسفير»):
/// its key is an office that may stand alone. Not after «ب» or «ك»: «كزعيم سياسي» ("as a
/// political leader") describes.
fn glued_office(t: &Token) -> bool {
    t.key != t.stem
        && t.stem.starts_with('ل')
        && STANDALONE.contains(&t.key.as_str())
        && lexicon::trigger(&t.key) == Some(Trigger::Office)
}

/// An office of two words at `i` ([`TWO_WORD_OFFICES`]): how many words it takes (2, or
/// 1 for a definite «الوالي» alone).
fn context_office(ctx: &Ctx, i: usize) -> Option<usize> {
    // Runs for every token: no allocation.
    fn bare(f: &str) -> &str {
        f.strip_prefix("ال").unwrap_or(f)
    }
    let t = ctx.tok(i)?;
    // The first words of [`TWO_WORD_OFFICES`] are four letters (8 bytes), 10 to 14 with
    // «و» or the article, but for a candidate and an official: a cheap test first.
    let long =
        t.stem.starts_with('م') && (t.stem.starts_with("مرشح") || t.stem.starts_with("مسؤول"));
    if !long
        && (!(8..=14).contains(&t.norm.len()) || !t.norm.ends_with(['ل', 'ي', 'ب', 'ع', 'د', 'ن']))
    {
        return None;
    }
    // «وكيل الوزارة لشؤون …»: the under-secretary of the ministry just named («وكيل
    // [وزارة الخارجية]» leaves the ministry, an organisation, out).
    if [t.norm.as_str(), t.stem.as_str()]
        .iter()
        .any(|f| bare(f) == "وكيل")
    {
        let ministry = ctx
            .tok(i + 1)
            .is_some_and(|n| n.norm == "الوزاره" && !n.line_start);
        return ministry.then_some(2);
    }
    let forms = [t.norm.as_str(), t.stem.as_str(), t.key.as_str()];
    let table = if long {
        OFFICIAL_OR_CANDIDATE
    } else {
        TWO_WORD_OFFICES
    };
    let (_, seconds) = table
        .iter()
        .find(|(w, _)| forms.iter().any(|f| bare(f) == *w))?;
    let next = ctx
        .tok(i + 1)
        .filter(|n| n.kind == TokenKind::Word && !n.line_start);
    let second = next.is_some_and(|n| {
        [n.norm.as_str(), n.stem.as_str(), n.key.as_str()]
            .iter()
            .any(|f| seconds.contains(&bare(f)))
    });
    if second {
        return Some(2);
    }
    (t.norm == "الوالي").then_some(1)
}

/// Adjectives that belong to an office («الرئيس السابق», «رئيس الحكومة الأسبق»).
pub(super) const TITLE_ADJECTIVES: &[&str] = &[
    "منظمه",
    "تنفيذي",
    "تنفيذيه",
    "خاص",
    "دائم",
    "دائمه",
    "سابق",
    "سابقه",
    "اسبق",
    "جديد",
    "جديده",
    "منتخب",
    "منتخبه",
    "مستقيل",
    "مستقيله",
    "راحل",
    "راحله",
    "مخلوع",
    "مؤقت",
    "مؤقته",
    "مكلف",
    "مكلفه",
    "اعلي",
];

/// Courtesy words that are not an office («السيد», «الدكتور», «المهندس»): a title made of
/// them alone is kept as a person's title but is no TITLE mention.
const COURTESY: &[&str] = &[
    "سيد",
    "سيده",
    "دكتور",
    "دكتوره",
    "مهندس",
    "استاذ",
    "استاذه",
    "حاج",
    "الحاج",
    "سعاده",
    "حضره",
    "صاحب",
    "معالي",
    "فخامه",
    "سمو",
    "فضيله",
    "سماحه",
    "بروفيسور",
    "محامي",
    "انسه",
    "ممثل",
    "مراسل",
    "محرر",
];

/// True when the title words are courtesy words only (see `COURTESY`).
pub fn courtesy_only(title: &[Token]) -> bool {
    title
        .iter()
        .filter(|t| t.kind == TokenKind::Word)
        .all(|t| COURTESY.contains(&t.base()) || COURTESY.contains(&t.stem.as_str()))
}

/// Ranks and honorifics that are also common words («الفريق» the team, «أمام» in front of,
/// «العميد» the dean): they introduce a name only when the name is supported.
const AMBIGUOUS_TITLES: &[&str] = &[
    "فريق",
    "عميد",
    "رائد",
    "نقيب",
    "وكيل",
    "مقدم",
    "عماد",
    "امام",
    "سيد",
    "سيده",
    "حاج",
    "قاضي",
    "محامي",
    "مهندس",
    "استاذ",
    "استاذه",
    "ملازم",
];

/// True for a rank or honorific that is also a common word (see [`AMBIGUOUS_TITLES`]).
pub(super) fn ambiguous(ctx: &Ctx, k: usize) -> bool {
    AMBIGUOUS_TITLES.contains(&ctx.tokens[k].base())
}

/// Foreign ranks the trigger lists lack («الأدميرال»; they hold «أميرال»), read as
/// ranks by the title rules only: trigger words are CRF features. A US senator is one too
/// («السناتور الجمهوري تيد كروز»).
pub(super) const RULE_RANKS: &[&str] = &["ادميرال", "مارشال", "ماريشال", "سناتور", "سيناتور"];

/// Women's offices the trigger lists lack, read as offices by the title rules only (as
/// [`RULE_RANKS`]): «المبعوثة الأممية هانا تيتيه», «المتحدثة باسم الوزارة» (not «ممثلة», as
/// often an actress as a representative).
const RULE_OFFICES: &[&str] = &["مبعوثه", "مندوبه", "متحدثه"];

/// The rank or office at `k` the trigger lists, [`RULE_RANKS`] or [`RULE_OFFICES`] know,
/// else the token's trigger.
pub(super) fn rank_or_trigger(ctx: &Ctx, k: usize) -> Option<Trigger> {
    ctx.trig(k).or_else(|| {
        let t = ctx.tok(k).filter(|t| t.kind == TokenKind::Word)?;
        let stem = t.stem.as_str();
        if RULE_RANKS.contains(&stem) {
            Some(Trigger::Rank)
        } else {
            RULE_OFFICES.contains(&stem).then_some(Trigger::Office)
        }
    })
}

/// «أمينه العام» ("its secretary-general"): an office with a possessive pronoun, which the
/// trigger lists do not hold (as a word alone «أمينة» is also a given name).
pub(super) fn possessive_office(ctx: &Ctx, i: usize) -> bool {
    let general = |k: usize| {
        ctx.tok(k)
            .is_some_and(|t| matches!(t.norm.as_str(), "العام" | "عام"))
    };
    // «رئيسها التنفيذي», «مديرها العام», «مدربه الفني»: its chief with his adjective.
    let adjective = |k: usize| {
        general(k)
            || ctx.tok(k).is_some_and(|t| {
                t.clitics.article && matches!(t.stem.as_str(), "تنفيذي" | "فني" | "رياضي")
            })
    };
    let chief = ctx.tok(i).is_some_and(|t| {
        matches!(
            t.norm.trim_start_matches('و'),
            "رئيسها" | "مديرها" | "مديره" | "مدربها" | "مدربه"
        )
    });
    ctx.tok(i)
        .is_some_and(|t| matches!(t.norm.as_str(), "امينه" | "امينها" | "وامينه" | "وامينها"))
        && general(i + 1)
        || chief && adjective(i + 1)
}
