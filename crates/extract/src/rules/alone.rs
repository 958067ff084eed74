//! Words that are never a mention on their own, whoever proposed them: a currency
//! («دولار», «يورو», «ريال»), a nationality adjective as an organisation («الفرنسية»), a
//! function word as a person («عن»). They may still be part of a longer name («ريال
//! مدريد», «وكالة الصحافة الفرنسية»).

use super::*;

/// Currency words (folded stems, with their plural and accusative forms).
const CURRENCIES: &[&str] = &[
    "دولار",
    "دولارا",
    "دولارات",
    "دولاران",
    "دولارين",
    "يورو",
    "يوروهات",
    "ريال",
    "ريالا",
    "ريالات",
    "دينار",
    "دينارا",
    "دنانير",
    "درهم",
    "درهما",
    "دراهم",
    "جنيه",
    "جنيها",
    "جنيهات",
    "ليره",
    "ليرات",
    "روبيه",
    "روبيات",
    "يوان",
    "روبل",
    "فرنك",
    "فرنكا",
    "شيكل",
    "شيقل",
    "شيكلا",
    "استرليني",
    "استرلينيه",
    "ين",
    "قرش",
    "فلس",
    "سنت",
    "سنتات",
];

/// Peoples and regions whose adjective is a nationality though they are not a country
/// in the list («العربية», «الكردية», «الأوروبية»): bases without the nisba ending.
const PEOPLES: &[&str] = &[
    "عرب",
    "كرد",
    "اوروب",
    "افريق",
    "اسيو",
    "غرب",
    "خليج",
    "امريك",
    "اجنب",
    "دول",
    // Countries the list names only in full («المملكة العربية السعودية»).
    "سعود",
    "امارات",
    "فلسطين",
    "بريطان",
    "كور",
    "عمان",
    // «الإنجليزي»: England is no country of the list.
    "انجليز",
];

/// Nationality adjectives that are also the short name of a country the list names only
/// in full («السعودية»: «المملكة العربية السعودية»).
const SHORT_COUNTRY_NAMES: &[&str] = &["سعوديه"];

/// Words before a one-word name that make it a medium, not an adjective («قناة العربية»).
pub(super) const MEDIA_DESCRIPTORS: &[&str] = &["قناه", "صحيفه", "جريده", "مجله", "وكاله", "اذاعه"];

/// True for a currency word, with or without clitics and article.
pub fn is_currency(t: &Token) -> bool {
    t.kind == TokenKind::Word && CURRENCIES.contains(&t.stem.as_str())
}

/// True for words that are currencies and conjunctions only («الريال والدينار»).
pub fn only_currencies(tokens: &[Token]) -> bool {
    let mut words = tokens.iter().filter(|t| t.kind == TokenKind::Word);
    let mut any = false;
    let all = words.all(|t| {
        any |= is_currency(t);
        is_currency(t) || t.norm == "و"
    });
    all && any
}

/// Diseases and epidemics (folded stems): never an entity, in the news a common noun
/// («الإنفلونزا الموسمية», «وباء الكوليرا»), however the tagger reads a foreign-looking word.
const DISEASES: &[&str] = &[
    "انفلونزا",
    "انفلونزه",
    "كوليرا",
    "كورونا",
    "ايبولا",
    "ايدز",
    "ملاريا",
    "حصبه",
    "جدري",
    "كوفيد",
    "زيكا",
    "تيفوئيد",
    "تيفويد",
    "دفتيريا",
    "سل",
    "طاعون",
    "سرطان",
    "زهايمر",
    "باركنسون",
    "سكري",
    "ضنك",
    "شيكونغونيا",
];

/// True for a disease or epidemic word ([`DISEASES`]), with or without clitics.
pub fn is_disease(t: &Token) -> bool {
    t.kind == TokenKind::Word && DISEASES.contains(&t.stem.as_str())
}

/// Blocks a disease word and the adjectives after it («الإنفلونزا الموسمية», «وباء
/// الكوليرا»): no mention of any type, whatever the tagger reads there; a name of which
/// it is a part (a hospital's, a programme's) is the rules' and wins.
pub(super) fn disease_blockers(ctx: &Ctx, out: &mut Vec<Cand>) {
    for i in 0..ctx.tokens.len() {
        if !is_disease(&ctx.tokens[i]) {
            continue;
        }
        let mut e = i + 1;
        while e < i + 3
            && ctx.nisba(e)
            && ctx.tok(e).is_some_and(|t| !t.line_start)
            && !ctx.has_conjunction(e)
        {
            e += 1;
        }
        out.push(Cand::blocker(i, e, PRIO_CRF + 1));
    }
}

/// True for a word that is never a whole mention of any type: a currency, a disease.
pub fn not_an_entity_alone(t: &Token) -> bool {
    is_currency(t) || is_disease(t)
}

/// True for a nationality or people adjective («الفرنسية», «القطري», «الأمريكيين»):
/// its stem without the nisba ending (ي, ية, يين, يون) is a country («فرنسا», «قطر»,
/// «السعودية», «سوريا») or a people or region of `PEOPLES`.
pub fn is_nationality(t: &Token, gaz: &Gazetteers) -> bool {
    if t.kind != TokenKind::Word {
        return false;
    }
    let stem = t.stem.as_str();
    let Some(base) = ["يين", "يون", "يه", "ي"]
        .iter()
        .find_map(|suffix| stem.strip_suffix(suffix))
    else {
        return false;
    };
    if base.chars().count() < 2 {
        return false;
    }
    // The country's forms in one buffer: this runs at many tokens, and a nation is rare.
    let mut form = String::with_capacity(base.len() + 6);
    let mut country = |before: &str, after: &str| {
        form.clear();
        form.push_str(before);
        form.push_str(base);
        form.push_str(after);
        gaz.countries.contains(form.as_str())
    };
    PEOPLES.contains(&base)
        || gaz.countries.contains(base)
        || country("", "ا")
        || country("", "يا")
        || country("ال", "")
        || country("ال", "يه")
}

/// True for a name link inside a person's name («بن», «عبد», «أبو»): the word after it is
/// a father's or a compound name, not a family name.
pub fn is_name_link(t: &Token) -> bool {
    t.kind == TokenKind::Word && people::is_connector(&t.stem, &t.norm)
}

/// True when the one-token mention `i` of type `label` must be dropped: a currency
/// (except «الريال» as the club), a nationality adjective as an organisation (except
/// after a media descriptor: «قناة العربية»), a function word (as a person, except
/// «علي», which is also a name).
pub fn drop_alone(tokens: &[Token], i: usize, label: Label, gaz: &Gazetteers) -> bool {
    let Some(t) = tokens.get(i) else {
        return false;
    };
    if is_currency(t) {
        return !(label == Label::Org && t.clitics.article && t.stem == "ريال");
    }
    if is_disease(t) {
        return true;
    }
    // «إن», «من», «في» alone are never a name of any kind.
    if label != Label::Person && lexicon::is_function_word(&t.norm) {
        return true;
    }
    match label {
        Label::Org => {
            let after_medium = i > 0 && MEDIA_DESCRIPTORS.contains(&tokens[i - 1].base());
            // «السعودية» is also the country: a wrong type, not a non-entity.
            let country = gaz.countries.contains(&t.stem)
                || gaz.countries.contains(&format!("ال{}", t.stem))
                || SHORT_COUNTRY_NAMES.contains(&t.stem.as_str());
            // «وأعلن نادي | الزمالك»: a descriptor alone names no body.
            let descriptor = !t.clitics.article && super::orgs::is_descriptor(t.base());
            // «مسقط في 7 ديسمبر /العمانية/»: Oman's agency names itself by its nationality,
            // in a dateline's slashes or brackets.
            let mark =
                |k: usize, m: &[&str]| tokens.get(k).is_some_and(|x| m.contains(&x.norm.as_str()));
            let agency = t.norm == "العمانيه"
                && i > 0
                && mark(i - 1, &["/", "("])
                && mark(i + 1, &["/", ")"]);
            descriptor || !after_medium && !country && !agency && is_nationality(t, gaz)
        }
        Label::Person => {
            (lexicon::is_function_word(&t.norm) && t.norm != "علي") || t.norm.chars().count() < 2
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::token::tokenize;

    fn gaz() -> Gazetteers {
        Gazetteers::static_lists()
    }

    #[test]
    fn currency_words_are_never_entities_but_real_madrid_is_a_club() {
        let toks = tokenize("دولار بالدولار اليورو ريالات الريال مدريد");
        let g = gaz();
        for i in 0..4 {
            assert!(drop_alone(&toks, i, Label::Misc, &g), "{}", toks[i].norm);
        }
        assert!(!drop_alone(&toks, 4, Label::Org, &g));
        assert!(!drop_alone(&toks, 5, Label::Location, &g));
    }

    #[test]
    fn a_nationality_adjective_alone_is_never_an_organisation() {
        let g = gaz();
        let toks = tokenize("الفرنسية القطري الأمريكيين الأوروبية الأهلي الوطنية السعودية");
        for i in 0..4 {
            assert!(drop_alone(&toks, i, Label::Org, &g), "{}", toks[i].norm);
        }
        // A club, an adjective that is no nationality, a country name stay.
        for i in 4..7 {
            assert!(!drop_alone(&toks, i, Label::Org, &g), "{}", toks[i].norm);
        }
        // «قناة الجزائرية» is a channel.
        let toks = tokenize("قناة الجزائرية");
        assert!(!drop_alone(&toks, 1, Label::Org, &g));
    }

    #[test]
    fn a_short_function_word_is_never_a_person_but_ali_is() {
        let g = gaz();
        let toks = tokenize("عن من علي");
        assert!(drop_alone(&toks, 0, Label::Person, &g));
        assert!(drop_alone(&toks, 1, Label::Person, &g));
        assert!(!drop_alone(&toks, 2, Label::Person, &g));
    }

    #[test]
    fn a_function_word_alone_is_no_organisation_or_place_either() {
        let g = gaz();
        let toks = tokenize("إن في");
        assert!(drop_alone(&toks, 0, Label::Org, &g));
        assert!(drop_alone(&toks, 1, Label::Location, &g));
    }
}
