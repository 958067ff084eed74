//! What a body's head needs after it to name an organisation (`Needs`), and the
//! complement that meets it: a place, a name, a trade, a nationality, «العامة», a ranking
//! adjective, a remit (`complement`). What a body is for after «لل» and a federation's
//! sport are in `body_purposes`.

use super::bodies::body_at;
use super::body_purposes::purpose_at;
use super::*;

/// What must follow a head for it to name an organisation.
#[derive(Clone, Copy)]
pub(super) enum Needs {
    /// A place or a word that may be a proper name («بورصة قطر», «مؤسسة قطر»).
    PlaceOrName,
    /// A place only, for heads that are common words («جهاز قطر للاستثمار», «غرفة قطر»,
    /// «فرقة قطر المسرحية», «متاحف قطر»).
    Place,
    /// What a chamber is of, then its place («غرفة تجارة وصناعة الكويت», «غرفة قطر»).
    TradeThenPlace,
    /// A utility's service, then its place («مؤسسة كهرباء لبنان», «هيئة كهرباء ومياه
    /// دبي»); never the place alone («مصلحة إسرائيل» is Israel's interest).
    ServiceThenPlace,
    /// A place, then «المالي» («سوق دبي المالي»).
    PlaceThenFinancial,
    /// One of these stems, definite («الخطوط الجوية», «الهلال الأحمر», «الديوان الأميري»).
    Word(&'static [&'static str]),
    /// A place, or a nationality adjective («منتخب قطر», «المنتخب القطري»).
    PlaceOrNationality,
    /// «العامة», then what the body is for after «لل», which it must have («الإدارة
    /// العامة للجمارك», «المؤسسة العامة القطرية للكهرباء والماء»; not «الإدارة العامة»).
    GeneralThenPurpose,
    /// A nationality or «الدولي»/«العالمي» («الاتحاد القطري لكرة القدم», «الاتحاد
    /// الدولي لكرة القدم»).
    NationalityOrWorld,
    /// A definite noun and its adjective («متحف الفن الإسلامي»).
    NounThenAdjective,
    /// A nationality, then what the company is for, which it must have («الشركة القطرية
    /// لإدارة الموانئ», «الشركة العربية للاستثمار»; not «الشركة القطرية» alone).
    NationalityThenPurpose,
    /// After a definite head, a ranking adjective and more: another adjective or what the
    /// body is for («المجلس الأعلى للقضاء», «المحكمة الإدارية العليا»; not «اللجنة
    /// الوطنية» alone): [`super::councils::ranked`].
    Ranked,
    /// [`Needs::Ranked`], then what the body is for, which it must have («السلطة الوطنية
    /// المستقلة للانتخابات»; not «السلطة الوطنية الفلسطينية», a government ANERcorp leaves
    /// untagged).
    RankedWithPurpose,
    /// What a department does («إدارة مكافحة الجرائم», «إدارة المرور»):
    /// [`super::councils::remit`].
    Remit,
    /// A name the tagger found or a place, not any rare word («مدرسة خالد بن الوليد»,
    /// «مدرسة القاهرة»; not «مدرسة عامة», «المدرسة طويلا»).
    Named,
    /// «المالية» and a nationality («السوق المالية السعودية»; not «السوق المالية»).
    FinancialThenNationality,
    /// A definite noun and «العالمي»/«الدولي» («برنامج الأغذية العالمي»).
    NounThenWorld,
    /// A name the tagger or the world list holds as an organisation («تنظيم داعش»,
    /// «تنظيم القاعدة»), or «الدولة الإسلامية».
    KnownName,
    /// A definite noun and an adjective that is no nationality («قوات الدعم السريع»,
    /// «قوات الحماية الشعبية»; not «قوات الاحتلال الإسرائيلي»).
    ForceName,
    /// After a definite «الفرقة», an ordinal and an arm («الفرقة السادسة مشاة»).
    Division,
    /// A city or region, and «الكبرى» («أمانة منطقة الرياض», «أمانة عمان الكبرى»):
    /// [`super::needs_more::municipality`].
    Municipality,
    /// A definite noun (or two joined by «و») and a nationality («بنك الطعام المصري»):
    /// [`super::needs_more::noun_then_nationality`].
    NounThenNationality,
    /// A remit and the wilaya served («مديرية التربية لولاية وهران»):
    /// [`super::needs_more::directorate`].
    Directorate,
    /// After a definite head, an adjective and a person («المستشفى الجامعي شارل نيكول»):
    /// [`super::needs_more::adjective_then_name`].
    AdjectiveThenName,
    /// A commune, province or city and its place («مجلس جماعة الرباط»):
    /// [`super::needs_more::council_of_place`].
    CouncilOfPlace,
    /// A name and «للنشر» («دار العين للنشر»): [`super::needs_more::publisher`].
    Publisher,
}

/// Nisba-looking adjectives that rank or place a thing and name no body («الرئيسي»).
const GENERIC_ADJECTIVES: &[&str] = &[
    "رئيسي",
    "رئيسيه",
    "اساسي",
    "اساسيه",
    "حالي",
    "حاليه",
    "اصلي",
    "اصليه",
    "جانبي",
    "جانبيه",
    "ثانوي",
    "ثانويه",
    "نهائي",
    "نهائيه",
];

/// Adjectives of a force's name that are no nisba.
const FORCE_ADJECTIVES: &[&str] = &["سريع", "خاصه", "خاص"];

/// Ordinals of a division (feminine, stems).
const DIVISION_ORDINALS: &[&str] = &[
    "اولي",
    "ثانيه",
    "ثالثه",
    "رابعه",
    "خامسه",
    "سادسه",
    "سابعه",
    "ثامنه",
    "تاسعه",
    "عاشره",
];

/// The arm of a division after its ordinal.
const ARMS: &[&str] = &["مشاه", "مدرعه", "مظليين", "مشاة"];

/// «العام», «العامة» after a body's name («مستشفى حمد العام»).
pub(super) const GENERAL: &[&str] = &["عام", "عامه"];

/// Adjectives of the world that name a federation as a nationality does.
const WORLD: &[&str] = &["دولي", "عالمي"];

/// What a chamber is of («غرفة تجارة وصناعة …»), or a utility's service («مؤسسة كهرباء
/// لبنان», «هيئة كهرباء ومياه دبي», «مؤسسة مياه بيروت»).
const TRADES: &[&str] = &[
    "تجاره",
    "صناعه",
    "زراعه",
    "كهرباء",
    "مياه",
    "نفط",
    "بترول",
    "غاز",
    "اتصالات",
    "موانئ",
    "بريد",
];

/// «تنظيم داعش», «تنظيم القاعدة», «تنظيم الدولة الإسلامية»: a name at `j` the tagger
/// or the world list holds as an organisation: its end.
fn known_name(ctx: &Ctx, j: usize) -> Option<usize> {
    let t = &ctx.tokens[j];
    // «إعادة تنظيم الأزهر» is reorganising it.
    if j >= 2 && ctx.tokens[j - 2].stem == "اعاده" {
        return None;
    }
    let starts_here = j == 0 || ctx.crf_end[j - 1] != ctx.crf_end[j];
    if ctx.crf[j] == Some(Label::Org) && starts_here {
        return Some(ctx.crf_end[j].min(j + 4));
    }
    if t.stem == "دوله" && ctx.tok(j + 1).is_some_and(|n| n.stem == "اسلاميه") {
        return Some(j + 2);
    }
    let world_org = ctx
        .gaz
        .world
        .map
        .get(&t.key)
        .is_some_and(|c| c.by_type[2] > 0 && c.by_type[2] >= c.by_type[1]);
    (world_org && !ctx.is_common(j)).then_some(j + 1)
}

/// The end of the complement `needs` at token `j`.
pub(super) fn complement(ctx: &Ctx, j: usize, needs: Needs) -> Option<usize> {
    let t = ctx
        .tok(j)
        .filter(|t| t.kind == TokenKind::Word && !t.line_start)?;
    // «أوركسترا فيينا»: a name the lists hold as written begins with its own «ف».
    let clitic = (ctx.has_preposition(j) || ctx.has_conjunction(j))
        && !ctx.gaz.single_names.contains(&t.norm);
    if clitic || lexicon::is_function_word(&t.norm) {
        return None;
    }
    // «سفارة دولة قطر»: «دولة» before a place belongs to it.
    let state =
        usize::from(t.stem == "دوله" && !t.clitics.article && ctx.country.get(j + 1) > Some(&0));
    let place = match ctx.place_at(j + state) {
        0 => 0,
        n => n + state,
    };
    match needs {
        Needs::PlaceOrName => {
            // «بلدية باب الزوار», «بلدية عين البنيان»: a place named by two words.
            if place == 0
                && let Some(e) = super::needs_more::compound_place(ctx, j)
            {
                return Some(e);
            }
            // «جمعية الهلال الأحمر القطري»: a body of its own after the head is its name.
            if let Some(e) = body_at(ctx, j) {
                return Some(e);
            }
            // «مجموعة بنك قطر الوطني»: the tagger's organisation after the head is whole.
            let starts_here = j == 0 || ctx.crf_end[j - 1] != ctx.crf_end[j];
            if ctx.crf[j] == Some(Label::Org) && starts_here {
                return Some(ctx.crf_end[j].min(j + 5));
            }
            // «مدرسة عمر بن الخطاب»: the tagger's person after the head is whole; after a
            // definite head he is someone else («الرئيس التنفيذي للمجموعة | خالد …»).
            let head_definite = j > 0 && ctx.tokens[j - 1].clitics.article;
            if ctx.crf[j] == Some(Label::Person) && starts_here && !head_definite {
                return Some(ctx.crf_end[j].min(j + 5));
            }
            // «مستشفى الملك حسين»: a royal or a sheikh and the person after the title.
            let titled = matches!(ctx.trig(j), Some(Trigger::Rank | Trigger::Honorific))
                && !ctx.has_conjunction(j + 1)
                && !ctx.has_preposition(j + 1);
            if titled && ctx.crf[j + 1..].first() == Some(&Some(Label::Person)) {
                return Some(ctx.crf_end[j + 1].min(j + 5));
            }
            // «مستشفى جامعيا»: an accusative adjective is no name. After a definite head an
            // untagged word is the sentence going on («المستشفى سيستقبل المرضى»), not a name.
            let tagged = ctx.crf[j].is_some_and(|l| l != Label::Person || !head_definite);
            let name = tagged || (ctx.proper_like(j) && !t.norm.ends_with("يا") && !head_definite);
            // «مؤسسة الأمل للخدمات الاجتماعية», «جمعية البر للأعمال الخيرية»: a definite
            // word names the body where what it is for follows.
            // Not «المجموعة الخامسة للتصفيات»: after a definite head it is an adjective.
            let named_for = t.clitics.article
                && j > 0
                && !ctx.tokens[j - 1].clitics.article
                && !ctx.nisba(j)
                && ctx.trig(j).is_none()
                && purpose_at(ctx, j + 1).is_some();
            if named_for && place == 0 {
                return Some(j + 1);
            }
            (place > 0 || name).then(|| j + place.max(1))
        }
        Needs::Place => (place > 0).then_some(j + place),
        Needs::TradeThenPlace | Needs::ServiceThenPlace => {
            let trade = |k: usize| {
                ctx.tok(k)
                    .is_some_and(|x| TRADES.contains(&x.stem.as_str()))
            };
            let mut k = j;
            while trade(k) && (k == j || ctx.has_conjunction(k)) && !ctx.tokens[k].clitics.article {
                k += 1;
            }
            // «مصلحة إسرائيل» is Israel's interest: a service names the body.
            if k == j && matches!(needs, Needs::ServiceThenPlace) {
                return None;
            }
            let place = if k == j { place } else { ctx.place_at(k) };
            // «لبنان» is a country as written, not «ل» + a word.
            let as_written = ctx.country[k] > 0 && !ctx.country_after_preposition[k];
            let glued = ctx.has_preposition(k) && !as_written;
            (place > 0 && !glued).then_some(k + place)
        }
        Needs::PlaceThenFinancial => {
            let e = j + place;
            let financial = ctx
                .tok(e)
                .is_some_and(|x| x.clitics.article && matches!(x.stem.as_str(), "مالي" | "ماليه"));
            // «سوق أبوظبي للأوراق المالية», «سوق مسقط للأوراق المالية».
            let securities = ctx.tok(e).is_some_and(|x| x.norm == "للاوراق")
                && ctx
                    .tok(e + 1)
                    .is_some_and(|x| x.stem == "ماليه" && !x.line_start);
            if place > 0 && securities {
                return Some(e + 2);
            }
            (place > 0 && financial).then_some(e + 1)
        }
        Needs::Word(w) => {
            // «مجلس نواب الشعب» (Tunisia's parliament): the people's deputies.
            let of_the_people = w.contains(&"نواب")
                && t.stem == "نواب"
                && !t.clitics.article
                && ctx
                    .tok(j + 1)
                    .is_some_and(|n| n.clitics.article && n.stem == "شعب" && !n.line_start);
            if of_the_people {
                return Some(j + 2);
            }
            (t.clitics.article && w.contains(&t.stem.as_str())).then_some(j + 1)
        }
        Needs::PlaceOrNationality => {
            let nationality = t.clitics.article && super::is_nationality(t, ctx.gaz);
            (place > 0 || nationality).then(|| j + place.max(1))
        }
        Needs::GeneralThenPurpose => {
            (t.clitics.article && GENERAL.contains(&t.stem.as_str())).then_some(j + 1)
        }
        Needs::NationalityThenPurpose => {
            (t.clitics.article && super::is_nationality(t, ctx.gaz)).then_some(j + 1)
        }
        Needs::NationalityOrWorld => {
            let world = WORLD.contains(&t.stem.as_str());
            let nationality = |x: &Token| x.clitics.article && super::is_nationality(x, ctx.gaz);
            // «الاتحاد العام التونسي للشغل»: «العام» before the nationality.
            let general = GENERAL.contains(&t.stem.as_str())
                && ctx
                    .tok(j + 1)
                    .is_some_and(|n| nationality(n) && !n.line_start)
                && !ctx.has_conjunction(j + 1);
            if general {
                return Some(j + 2);
            }
            (t.clitics.article && (world || nationality(t))).then_some(j + 1)
        }
        Needs::FinancialThenNationality => {
            let financial = t.clitics.article && matches!(t.stem.as_str(), "مالي" | "ماليه");
            let nationality = ctx.tok(j + 1).is_some_and(|n| {
                n.clitics.article && !n.line_start && super::is_nationality(n, ctx.gaz)
            }) && !ctx.has_conjunction(j + 1);
            (financial && nationality).then_some(j + 2)
        }
        Needs::NounThenWorld => {
            let world = ctx.tok(j + 1).is_some_and(|a| {
                a.clitics.article && !a.line_start && WORLD.contains(&a.stem.as_str())
            }) && !ctx.has_conjunction(j + 1);
            // After an indefinite head the definite noun is its genitive, never an
            // adjective, even in -ية («برنامج الأغذية العالمي»).
            let head_indefinite = j > 0 && !ctx.tokens[j - 1].clitics.article;
            let noun = t.clitics.article && (head_indefinite || !ctx.nisba(j));
            (noun && ctx.crf[j].is_none() && world).then_some(j + 2)
        }
        Needs::KnownName => known_name(ctx, j),
        Needs::Named => {
            let head_indefinite = j > 0 && !ctx.tokens[j - 1].clitics.article;
            let starts_here = j == 0 || ctx.crf_end[j - 1] != ctx.crf_end[j];
            let named = matches!(ctx.crf[j], Some(Label::Person | Label::Org)) && starts_here;
            // «ثانوية الأمير عبد القادر»: a royal or a sheikh and the person after the title.
            let titled = matches!(ctx.trig(j), Some(Trigger::Rank | Trigger::Honorific))
                && ctx.crf[j + 1] == Some(Label::Person)
                && !ctx.has_preposition(j + 1)
                && !ctx.has_conjunction(j + 1);
            if !head_indefinite {
                None
            } else if named {
                Some(ctx.crf_end[j].min(j + 5))
            } else if titled {
                Some(ctx.crf_end[j + 1].min(j + 5))
            } else {
                (place > 0).then_some(j + place)
            }
        }
        Needs::ForceName => {
            let head_indefinite = j > 0 && !ctx.tokens[j - 1].clitics.article;
            let adjective = ctx.tok(j + 1).is_some_and(|a| {
                a.clitics.article
                    && !a.line_start
                    && ((ctx.nisba(j + 1) && !super::is_nationality(a, ctx.gaz))
                        || FORCE_ADJECTIVES.contains(&a.stem.as_str()))
            }) && !ctx.has_conjunction(j + 1)
                && !ctx.has_preposition(j + 1);
            let noun = t.clitics.article && !ctx.nisba(j) && ctx.crf[j].is_none();
            (head_indefinite && noun && adjective).then_some(j + 2)
        }
        Needs::Division => {
            let head_definite = j > 0 && ctx.tokens[j - 1].clitics.article;
            let ordinal = t.clitics.article && DIVISION_ORDINALS.contains(&t.stem.as_str());
            let arm = ctx
                .tok(j + 1)
                .is_some_and(|a| !a.line_start && ARMS.contains(&a.stem.as_str()));
            (head_definite && ordinal && arm).then_some(j + 2)
        }
        Needs::Ranked | Needs::RankedWithPurpose => super::councils::ranked(ctx, j),
        Needs::Municipality => super::needs_more::municipality(ctx, j),
        Needs::NounThenNationality => super::needs_more::noun_then_nationality(ctx, j),
        Needs::Directorate => super::needs_more::directorate(ctx, j),
        Needs::AdjectiveThenName => super::needs_more::adjective_then_name(ctx, j),
        Needs::CouncilOfPlace => super::needs_more::council_of_place(ctx, j),
        Needs::Publisher => super::needs_more::publisher(ctx, j),
        Needs::Remit => super::councils::remit(ctx, j),
        Needs::NounThenAdjective => {
            // «مؤسسة الرعاية الصحية»: a noun in -ية looks like an adjective; before one it
            // is the noun.
            let noun_in_iya = t.norm.ends_with("يه") && !super::is_nationality(t, ctx.gaz);
            let noun = t.clitics.article && (!ctx.nisba(j) || noun_in_iya && ctx.nisba(j + 1));
            // «مجمع المطار الرئيسي» is the airport's main complex: a generic adjective
            // names nothing.
            let generic = ctx
                .tok(j + 1)
                .is_some_and(|a| GENERIC_ADJECTIVES.contains(&a.stem.as_str()));
            let adjective = ctx.nisba(j + 1) && !ctx.has_conjunction(j + 1) && !generic;
            (noun && adjective).then_some(j + 2)
        }
    }
}
