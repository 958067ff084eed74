//! Hand-written trigger words, as folded stems (no article, no clitics).
//!
//! Used both as CRF features and by the rules. Lists are general Arabic news vocabulary.

use rustc_hash::FxHashMap as HashMap;
use std::sync::LazyLock;

/// What a trigger word announces.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Trigger {
    /// A military or police rank («لواء», «فريق», «عميد»).
    Rank,
    /// A rank modifier that follows a rank («ركن», «بحري», «طيار»).
    RankMod,
    /// An honorific or office held by a person («شيخ», «ملك», «دكتور», «وزير», «رئيس»).
    Honorific,
    /// The head of an office phrase that may stand alone as a TITLE («رئيس», «وزير»).
    Office,
    /// The head word of an organisation name («وزاره», «جامعه», «شركه»).
    OrgHead,
    /// The head word of an event name («معرض», «مؤتمر», «قمه»).
    EventHead,
    /// A word that introduces a place («مدينه», «عاصمه»).
    LocHead,
    /// A speech verb that usually follows or precedes a person («قال», «اكد»).
    Speech,
    /// A Gregorian or Levantine month name, unambiguous.
    Month,
    /// A Hijri month name or an ambiguous month word («صفر», «رمضان»).
    MonthAmbiguous,
    /// A weekday.
    Weekday,
    /// A word introducing a year («عام», «سنه»).
    YearWord,
}

const RANKS: &[&str] = &[
    "لواء",
    "فريق",
    "عميد",
    "عقيد",
    "مقدم",
    "رائد",
    "نقيب",
    "ملازم",
    "مشير",
    "عماد",
    "اميرال",
    "جنرال",
    "كولونيل",
    "ميجور",
    "رقيب",
    "عريف",
    "وكيل",
];
const RANK_MODS: &[&str] = &[
    "ركن",
    "بحري",
    "طيار",
    "جوي",
    "اول",
    "متقاعد",
    "مهندس",
    "مظلي",
    "حقوقي",
    "طبيب",
    "ثاني",
];
const HONORIFICS: &[&str] = &[
    "شيخ",
    "شيخه",
    "امير",
    "اميره",
    "ملك",
    "ملكه",
    "سلطان",
    "دكتور",
    "دكتوره",
    "مهندس",
    "سيد",
    "سيده",
    "استاذ",
    "استاذه",
    "امام",
    "بابا",
    "سمو",
    "معالي",
    "فخامه",
    "سعاده",
    "حضره",
    "جلاله",
    "قاضي",
    "محامي",
    "بروفيسور",
    "الحاج",
    "حاج",
    "مطران",
    "كاردينال",
    "اسقف",
    "حاخام",
];
const OFFICES: &[&str] = &[
    "رئيس",
    "رئيسه",
    "وزير",
    "وزيره",
    "نائب",
    "امين",
    "مدير",
    "مديره",
    "قائد",
    "امر",
    "سفير",
    "سفيره",
    "محافظ",
    "ملحق",
    "متحدث",
    "مستشار",
    "مستشاره",
    "مبعوث",
    "مندوب",
    "ممثل",
    "عمده",
    "زعيم",
    "رئيسا",
    "وزيرا",
    "قنصل",
    "حاكم",
    "مفتي",
    "مرشد",
    "عضو",
    "منسق",
    "مساعد",
    "كبير",
    "ولي",
    "نقيب",
    "مراسل",
    "محرر",
    "مفوض",
    "سكرتير",
    "رئاسه",
];
const ORG_HEADS: &[&str] = &[
    "وزاره",
    "جامعه",
    "شركه",
    "منظمه",
    "مجلس",
    "هيئه",
    "مؤسسه",
    "بنك",
    "مصرف",
    "حزب",
    "حركه",
    "اتحاد",
    "جمعيه",
    "لجنه",
    "وكاله",
    "محكمه",
    "نادي",
    "صحيفه",
    "مركز",
    "معهد",
    "قوات",
    "قوه",
    "جيش",
    "حرس",
    "مديريه",
    "دائره",
    "سلطه",
    "برلمان",
    "كليه",
    "اكاديميه",
    "مجموعه",
    "صندوق",
    "جبهه",
    "تحالف",
    "رابطه",
    "نقابه",
    "مكتب",
    "قياده",
    "اداره",
    "امانه",
    "بلديه",
    "مستشفي",
    "اذاعه",
    "قناه",
    "تلفزيون",
    "مجله",
    "جريده",
    "منتدي",
    "شرطه",
    "مفوضيه",
    "محافظه",
];
const EVENT_HEADS: &[&str] = &[
    "معرض",
    "مؤتمر",
    "قمه",
    "بطوله",
    "مهرجان",
    "ملتقي",
    "دوره",
    "كاس",
    "اولمبياد",
    "ماراثون",
    "منتدي",
    "ندوه",
    "مسابقه",
    "دوري",
    "جائزه",
    "اسبوع",
    "حرب",
    "معركه",
    "ثوره",
    "انتفاضه",
];
/// Heads of a country's formal name (folded, indefinite): «دولة الكويت», «جمهورية مصر
/// العربية», «مملكة البحرين», «سلطنة عمان», «إمارة دبي».
pub const STATE_HEADS: &[&str] = &["دوله", "جمهوريه", "مملكه", "سلطنه", "اماره"];

const LOC_HEADS: &[&str] = &[
    "مدينه",
    "عاصمه",
    "دوله",
    "جمهوريه",
    "مملكه",
    "اماره",
    "ولايه",
    "محافظه",
    "منطقه",
    "اقليم",
    "جزيره",
    "جزر",
    "بحر",
    "نهر",
    "جبل",
    "جبال",
    "خليج",
    "قريه",
    "بلده",
    "حي",
    "شارع",
    "ميناء",
    "مطار",
    "صحراء",
    "سلطنه",
    "مقاطعه",
    "قطاع",
    "ضاحيه",
    "بلاد",
];
const SPEECH: &[&str] = &[
    "قال",
    "اكد",
    "اعلن",
    "صرح",
    "اضاف",
    "اوضح",
    "ذكر",
    "اشار",
    "قالت",
    "اكدت",
    "اعلنت",
    "صرحت",
    "اضافت",
    "اوضحت",
    "ذكرت",
    "اشارت",
    "يقول",
    "تقول",
    "دعا",
    "دعت",
    "طالب",
    "طالبت",
    "التقي",
    "استقبل",
    "بحث",
    "ناقش",
    "زار",
    "وصل",
    "غادر",
];
const MONTHS: &[&str] = &[
    "يناير",
    "فبراير",
    "مارس",
    "ابريل",
    "مايو",
    "يونيو",
    "يونيه",
    "يوليو",
    "يوليه",
    "اغسطس",
    "سبتمبر",
    "اكتوبر",
    "نوفمبر",
    "ديسمبر",
    "كانون",
    "شباط",
    "اذار",
    "نيسان",
    "ايار",
    "حزيران",
    "تموز",
    "ايلول",
    "تشرين",
    "محرم",
];
const MONTHS_AMBIGUOUS: &[&str] = &[
    "صفر",
    "ربيع",
    "جمادي",
    "رجب",
    "شعبان",
    "رمضان",
    "شوال",
    "ذو",
    "ذي",
    "اب",
];
const WEEKDAYS: &[&str] = &["احد", "اثنين", "ثلاثاء", "اربعاء", "خميس", "جمعه", "سبت"];
const YEAR_WORDS: &[&str] = &["عام", "سنه", "العام", "السنه"];

static TRIGGERS: LazyLock<HashMap<&'static str, Trigger>> = LazyLock::new(|| {
    let mut m = HashMap::default();
    let lists: [(&[&str], Trigger); 12] = [
        (YEAR_WORDS, Trigger::YearWord),
        (WEEKDAYS, Trigger::Weekday),
        (MONTHS_AMBIGUOUS, Trigger::MonthAmbiguous),
        (MONTHS, Trigger::Month),
        (SPEECH, Trigger::Speech),
        (LOC_HEADS, Trigger::LocHead),
        (EVENT_HEADS, Trigger::EventHead),
        (ORG_HEADS, Trigger::OrgHead),
        (OFFICES, Trigger::Office),
        (HONORIFICS, Trigger::Honorific),
        (RANK_MODS, Trigger::RankMod),
        (RANKS, Trigger::Rank),
    ];
    // Later lists win: ranks over offices over organisation heads, and so on.
    for (list, t) in lists {
        for w in list {
            m.insert(*w, t);
        }
    }
    m
});

/// The trigger a stem is, if any.
pub fn trigger(stem: &str) -> Option<Trigger> {
    TRIGGERS.get(stem).copied()
}

/// Short feature name of a trigger.
pub fn trigger_name(t: Trigger) -> &'static str {
    match t {
        Trigger::Rank => "rank",
        Trigger::RankMod => "rmod",
        Trigger::Honorific => "hon",
        Trigger::Office => "off",
        Trigger::OrgHead => "org",
        Trigger::EventHead => "evt",
        Trigger::LocHead => "loc",
        Trigger::Speech => "say",
        Trigger::Month => "mon",
        Trigger::MonthAmbiguous => "mon2",
        Trigger::Weekday => "day",
        Trigger::YearWord => "year",
    }
}

/// Function words that never start or continue a name (folded, with clitics as written).
const FUNCTION_WORDS: &[&str] = &[
    "في",
    "من",
    "الي",
    "علي",
    "عن",
    "مع",
    "ان",
    "او",
    "ثم",
    "لا",
    "لم",
    "لن",
    "قد",
    "ما",
    "هذا",
    "هذه",
    "ذلك",
    "تلك",
    "التي",
    "الذي",
    "الذين",
    "كان",
    "كانت",
    "حيث",
    "بين",
    "بعد",
    "قبل",
    "عند",
    "لدي",
    "حول",
    "خلال",
    "منذ",
    "حتي",
    "كما",
    "لكن",
    "بل",
    "اي",
    "كل",
    "بعض",
    "غير",
    "هو",
    "هي",
    "هم",
    "انا",
    "نحن",
    "انت",
    "انتم",
    "هما",
    "هن",
    "نحو",
    "ضد",
    "عبر",
    "الا",
    "اذا",
    "لقد",
    "وقد",
    "وفي",
    "ومن",
    "وان",
    "فقد",
    "انه",
    "انها",
    "ايضا",
    "امس",
    "اليوم",
    "يوم",
    "فيه",
    "فيها",
    "منه",
    "منها",
    "له",
    "لها",
    "به",
    "بها",
    "عليه",
    "عليها",
    "الان",
    "جدا",
    "يكون",
    "تكون",
    "ليس",
    "هناك",
    "هنا",
];

static FUNCTION_SET: LazyLock<rustc_hash::FxHashSet<&'static str>> =
    LazyLock::new(|| FUNCTION_WORDS.iter().copied().collect());

/// True for a function word (folded form, clitics included).
pub fn is_function_word(norm: &str) -> bool {
    FUNCTION_SET.contains(norm)
}

/// Words that are never a name on their own, though they may be part of one («كأس العالم»):
/// number words, calendar and time words, and a few common nouns a long text repeats
/// («العالم»). Folded, stems (no clitics or article) and whole forms.
const NEVER_ALONE: &[&str] = &[
    // Numbers.
    "الف",
    "الفا",
    "الفان",
    "الفين",
    "الاف",
    "مليون",
    "مليونا",
    "ملايين",
    "مليار",
    "مليارا",
    "مليارات",
    "مئه",
    "مائه",
    "مئات",
    "عشرات",
    "واحد",
    "اثنان",
    "ثلاث",
    "ثلاثه",
    "اربع",
    "اربعه",
    "خمس",
    "خمسه",
    "ست",
    "سته",
    "سبع",
    "سبعه",
    "ثماني",
    "ثمانيه",
    "تسع",
    "تسعه",
    "عشر",
    "عشره",
    "عشرون",
    "عشرين",
    "نصف",
    "ربع",
    "ثلث",
    // Calendar and time.
    "ماضي",
    "الماضي",
    "ماضيه",
    "الماضيه",
    "مقبل",
    "المقبل",
    "مقبله",
    "المقبله",
    "قادم",
    "القادم",
    "قادمه",
    "القادمه",
    "حالي",
    "الحالي",
    "حاليه",
    "الحاليه",
    "جاري",
    "الجاري",
    "الجاريه",
    "منصرم",
    "المنصرم",
    "فائت",
    "الفائت",
    "سابق",
    "السابق",
    "عام",
    "العام",
    "شهر",
    "الشهر",
    "اسبوع",
    "الاسبوع",
    "يوم",
    "اليوم",
    "امس",
    "غدا",
    "ليله",
    "الليله",
    "مساء",
    // Common nouns.
    "عالم",
    "العالم",
    "سنه",
    "السنه",
    // Personal pronouns («أنا», «نحن»): a quoted speaker's «أنا» is no person.
    "انا",
    "نحن",
    "انت",
    "انتم",
    "انتما",
    "انتن",
    "هما",
    "هن",
];

static NEVER_ALONE_SET: LazyLock<rustc_hash::FxHashSet<&'static str>> =
    LazyLock::new(|| NEVER_ALONE.iter().copied().collect());

/// True for a word that is never a whole mention: a number word, a calendar word, or a
/// function word written with a hamza after a clitic («فإن», «لأن», «بأن» — «فان» without
/// one may be a name). `written` is the word as in the text, `norm` folded, `stem` the
/// same without clitics. Plain function words are not here: «علي» is also a name (but
/// «على», written with ى, is the preposition).
pub fn never_a_name_alone(written: &str, norm: &str, stem: &str) -> bool {
    let particle = written.contains(['أ', 'إ'])
        && norm
            .strip_prefix(['و', 'ف', 'ب', 'ل', 'ك'])
            .is_some_and(is_function_word);
    // «على» is the preposition; the name is written «علي» (folding joins the two).
    let ala = written.strip_prefix(['و', 'ف']).unwrap_or(written) == "على";
    particle || ala || NEVER_ALONE_SET.contains(norm) || NEVER_ALONE_SET.contains(stem)
}

/// True for a definite nisba adjective («الكويتي», «القطرية», «البحرية»): folded form with
/// the article, ending in ي or يه, at least 5 chars. The article may follow و.
pub fn is_nisba(norm: &str, with_article: usize, article: bool) -> bool {
    if !article {
        return false;
    }
    let stem_len = norm.chars().count().saturating_sub(with_article);
    stem_len >= 3 && (norm.ends_with('ي') || norm.ends_with("يه") || norm.ends_with("يين"))
}

/// Nationality and region adjectives stems are open-class; these participles also modify
/// organisation heads as fixed compounds («القوات المسلحة»).
pub const ORG_COMPOUND_MODIFIERS: &[&str] = &[
    "مسلحه",
    "بحريه",
    "جويه",
    "بريه",
    "عامه",
    "وطني",
    "خاصه",
    "مركزي",
    "متحده",
    "اعلي",
    "عليا",
    "تنفيذيه",
    "تشريعي",
    "امن",
    "دفاع",
    "داخليه",
    "خارجيه",
    "عدل",
    "ماليه",
    "صحه",
    "تعليم",
    "اعلام",
    "ثقافه",
    "اقتصاد",
    "تجاره",
    "صناعه",
    "زراعه",
    "نفط",
    "طاقه",
    "سياحه",
    "نقل",
    "اتصالات",
    "شؤون",
    "اوقاف",
    "عمل",
    "شباب",
    "رياضه",
    "اسكان",
    "بيئه",
    "تخطيط",
    "وزراء",
    "نواب",
    "شوري",
    "امه",
    "شعب",
    "تعاون",
    "قضاء",
    "عمليات",
    "اركان",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_preposition_ala_is_never_a_name_alone_but_the_name_ali_may_be() {
        // Folding makes «على» and «علي» one word; only the spelling tells them apart.
        assert!(never_a_name_alone("على", "علي", "علي"));
        assert!(never_a_name_alone("وعلى", "وعلي", "علي"));
        assert!(!never_a_name_alone("علي", "علي", "علي"));
    }

    #[test]
    fn a_pronoun_is_never_a_name_alone() {
        for w in ["انا", "نحن", "انتم"] {
            assert!(never_a_name_alone(w, w, w), "{w}");
        }
    }
}
