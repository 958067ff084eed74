//! The name after a title: how far it runs, word by word, and what vouches for each word
//! being part of it (`people.rs` finds the titles).

use super::*;

/// How much a title vouches for the words after it being a name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Strength {
    /// An unambiguous rank or honorific, or a rank with its modifier («الفريق الركن»).
    Strong,
    /// An office or an ambiguous title: the name needs support (CRF, name lists, a family
    /// name already known in the document).
    Weak,
    /// An office with its nation or kind («المدير الفني الدنماركي»): as [`Strength::Weak`], and a
    /// name of two words no dictionary list knows after it is a foreign name («ييس توروب»).
    Nation,
}

/// A person's name after a title, from `i`: returns its end (exclusive), or `i` when none.
pub(super) fn name_after(
    ctx: &Ctx,
    i: usize,
    strength: Strength,
    rank: bool,
    family: &HashSet<String>,
) -> usize {
    let mut j = i;
    let mut prev_connector = false;
    while j < ctx.tokens.len() && j - i < 7 {
        let t = &ctx.tokens[j];
        if t.kind != TokenKind::Word || (j > i && t.line_start) {
            break;
        }
        // «… الوزير الأول ومعالي محمد»: a second title starts a second person.
        if j == i && ctx.has_conjunction(j) && ctx.trig(j).is_some() {
            break;
        }
        // «الوزير | معالي الوزير البحريني»: an honorific of address before an office
        // begins another man's title.
        if ADDRESS.contains(&t.base()) && ctx.trig(j + 1) == Some(Trigger::Office) {
            break;
        }
        if is_connector(&t.stem, &t.norm) && j > i {
            j += 1;
            prev_connector = true;
            continue;
        }
        // «الملك عبدالله الثاني ابن الحسين», «البابا ليو الرابع عشر»: a regnal number is
        // part of the name, and a name link after it carries the name on.
        if j > i
            && !prev_connector
            && let Some(e) = super::regnal(ctx, j)
        {
            j = e;
            let link = ctx.tok(j).is_some_and(|n| {
                n.kind == TokenKind::Word && is_connector(&n.stem, &n.norm) && n.norm != "ال"
            });
            if link {
                continue;
            }
            break;
        }
        let word = NameWord::at(ctx, j, family, j == i);
        if word.ends_name(ctx, j) || !word.accepted(ctx, j, j == i, strength, rank, prev_connector)
        {
            break;
        }
        j += 1;
        prev_connector = false;
        // «… بن عبدالله آل ثاني | الوفد»: the family after «آل» ends the name.
        if j >= i + 2 && ctx.tokens[j - 2].norm == "ال" {
            break;
        }
        // A definite family name ends the name unless a connector follows.
        if t.clitics.article {
            // «عبد الله | الثاني»: a regnal number goes on too.
            let more = ctx
                .tok(j)
                .is_some_and(|n| n.kind == TokenKind::Word && is_connector(&n.stem, &n.norm))
                || super::regnal(ctx, j).is_some();
            if !more {
                break;
            }
        }
    }
    // Do not end on a connector.
    while j > i && is_connector(&ctx.tokens[j - 1].stem, &ctx.tokens[j - 1].norm) {
        j -= 1;
    }
    j
}

/// How many Wikidata people's names must hold a common word for it to be a given name
/// before a listed name («فائق», 5; «سلوى», 10).
const GIVEN_NAME_COUNT: u32 = 5;

/// «القاضي فائق | زيدان»: a common word (the adjective «فائق») that people's names on
/// Wikidata hold, indefinite and before a name a list or the tagger knows, is a given name;
/// its first letter its own, not «و» or «ف» («فائق» is no «ف» + «ائق»; «وعادل» is «و» + «عادل»).
fn given_before_name(ctx: &Ctx, j: usize) -> bool {
    let t = &ctx.tokens[j];
    // The name after it: a list's, the tagger's, or an uncommon word of people's names.
    let listed = |k: usize| {
        ctx.flags(k) & (flag::FIRST_NAME | flag::LAST_NAME) != 0
            || ctx.crf.get(k) == Some(&Some(Label::Person))
            || !ctx.is_common(k)
                && (ctx.tok(k)).is_some_and(|n| {
                    ctx.gaz
                        .person_word_count(n)
                        .is_some_and(|c| c >= GIVEN_NAME_COUNT)
                })
    };
    // Not where the tagger reads another kind of name («فريق [فاسكو دي غاما]»).
    ctx.crf[j].is_none_or(|l| l == Label::Person)
        && !t.clitics.article
        && (!ctx.has_conjunction(j) || ctx.own_first_letter(j))
        && ctx.trig(j).is_none()
        && !lexicon::is_function_word(&t.norm)
        && !lexicon::is_function_word(&t.stem)
        && ctx
            .gaz
            .person_word_count(t)
            .is_some_and(|n| n >= GIVEN_NAME_COUNT)
        && ctx.is_word(j + 1)
        && listed(j + 1)
}

/// What vouches for a word after a title being part of a name.
struct NameWord {
    /// The CRF tagged it as part of a person.
    crf_person: bool,
    /// The first word after the title.
    first: bool,
    /// The CRF, the name lists or a family name of the document support it.
    supported: bool,
}

impl NameWord {
    fn at(ctx: &Ctx, j: usize, family: &HashSet<String>, first: bool) -> Self {
        let t = &ctx.tokens[j];
        let crf_person = ctx.crf[j] == Some(Label::Person);
        let supported = crf_person
            || ctx.flags(j) & (flag::FIRST_NAME | flag::LAST_NAME) != 0
            || family.contains(&t.stem)
            || (first && (ctx.has_family_form(j) || given_before_name(ctx, j)));
        Self {
            crf_person,
            first,
            supported,
        }
    }

    /// True when the word at `j` cannot be part of the name, however it is supported.
    fn ends_name(&self, ctx: &Ctx, j: usize) -> bool {
        let t = &ctx.tokens[j];
        // «العميد علي حسن»: folding made the name «علي» the preposition «على»; the tagger's
        // person or a name link after it tells the name.
        let name_ali = t.norm == "علي"
            && self.first
            && (self.crf_person
                || ctx.crf.get(j + 1) == Some(&Some(Label::Person))
                || ctx
                    .tok(j + 1)
                    .is_some_and(|n| is_connector(&n.stem, &n.norm) && n.norm != "ال"));
        // «قائد المنطقة البحرية | الرابعة عشر»: a definite ordinal is no name.
        if lexicon::is_function_word(&t.norm) && !name_ali
            || ctx.has_preposition(j)
            || time_of_day(ctx, j)
            || super::date_parts::ordinal(ctx, j)
        {
            return true;
        }
        // «سمو الأمير وفخامة الرئيس التركي | يعقدان جلسة»: a dual or plural verb; «سمو
        // الأمير الوالد» is Qatar's Father Emir, no man named «الوالد».
        if plural_verb(ctx, j) || t.clitics.article && matches!(t.stem.as_str(), "والد" | "والده")
        {
            return true;
        }
        // «الأمير محمد بن عبدالعزيز بن محمد | أمير منطقة جازان»: a royal title before
        // its realm, after the name, begins his office (the given name «أمير» does not).
        if !self.first && office_before_realm(ctx, j) {
            return true;
        }
        // A known club, company … is not a name («فريق ريال مدريد»); a place is not a name
        // unless the CRF says so («رئيس كوريا الجنوبية»).
        if !self.crf_person && (ctx.known_non_person[j] || ctx.place_at(j) > 0) {
            return true;
        }
        if !self.supported && (ctx.has_conjunction(j) && !own_letter(ctx, j) || ctx.is_common(j)) {
            return true;
        }
        // «وفخامة الرئيس الإندونيسي | جلسة مباحثات», «السلطان | الحصار»: a first word common
        // in Arabic at large (zipf 4.5 and up) that no name list holds is no name alone,
        // whatever the tagger says (with a name after it, «سي عطية», «فتح الله», it is).
        let listed = |k: usize| ctx.flags(k) & (flag::FIRST_NAME | flag::LAST_NAME) != 0;
        let name_follows = listed(j + 1) || ctx.crf.get(j + 1) == Some(&Some(Label::Person));
        if self.first
            && !listed(j)
            && !name_follows
            && ctx.gaz.word_freq_bucket(t).is_some_and(|b| b <= 8)
        {
            return true;
        }
        // «وكيل | الأمين العام»: an office word with «العام» is the office, not the given
        // name «الأمين».
        if ctx.trig(j) == Some(Trigger::Office) && general_office(ctx, j) {
            return true;
        }
        // «المتحدث باسم الجيش»: «باسم» before a definite noun is «in the name of».
        t.norm == "باسم" && ctx.tok(j + 1).is_some_and(|n| n.clitics.article)
    }

    /// True when the word at `j` (`first` after the title) is taken into the name.
    fn accepted(
        &self,
        ctx: &Ctx,
        j: usize,
        first: bool,
        strength: Strength,
        rank: bool,
        prev_connector: bool,
    ) -> bool {
        let t = &ctx.tokens[j];
        // A title word ends the name even when it is also a given name («… آل ثاني أمير
        // قطر»), unless the CRF calls it part of a person.
        if ctx.trig(j).is_some() && !self.crf_person && (!first || !self.supported) {
            return false;
        }
        // A word with «و» after a name starts another person («محمد خميس وعباس»).
        if !first && ctx.has_conjunction(j) && !own_letter(ctx, j) {
            return false;
        }
        if first {
            return match strength {
                // An unknown first word after an honorific is a name unless it is a
                // common word («الشيخ المتهم», «الأمير البيت»).
                // «أمر السلطان | بقتل الأسرى»: nor one whose stem keeps a glued «ب», «ل»
                // or «ك» («بقتل» = «ب» + «قتل»).
                Strength::Strong => {
                    let glued = t.key != t.stem && t.stem.starts_with(['ب', 'ل', 'ك']);
                    self.supported || rank || !(ctx.nisba(j) || ctx.is_common(j) || glued)
                }
                Strength::Weak => self.supported,
                // Two such words: «ييس توروب», not «كيوتل "» or «تدرسان المسألة».
                Strength::Nation => self.supported || foreign(ctx, j) && foreign(ctx, j + 1),
            };
        }
        let strong = strength == Strength::Strong;
        // «المهندس ناصر الجيدة»: a definite family name after a known first name.
        let family_after_first = t.clitics.article
            && !NOT_FAMILY.contains(&t.stem.as_str())
            && ctx.flags(j - 1) & flag::FIRST_NAME != 0
            && !ctx.definite(j - 1)
            && !ctx.nisba(j)
            && !ctx.is_common(j)
            && ctx.trig(j).is_none();
        // «اللواء حسن رشاد | التقى الوفد»: a common word right after the tagger's
        // person is no family name of it.
        let after_tagged = j > 0
            && ctx.crf[j - 1] == Some(Label::Person)
            && ctx.crf_end[j - 1] == j
            && ctx.is_common(j);
        self.supported
            || prev_connector
            || family_after_first
            || (strong && t.clitics.article && !ctx.nisba(j) && !after_tagged)
            || (strong && rank && t.clitics.article && !after_tagged)
            || last_name_before_clause(ctx, j)
            || (strength == Strength::Nation
                && foreign(ctx, j)
                && foreign(ctx, j - 1)
                && !foreign(ctx, j.saturating_sub(2)))
    }
}

/// The definite word at `j`, after a name, is a word common in Arabic at large (zipf 4
/// and up: «الوفد», «المسؤول») that no name list holds, the tagger does not read as part
/// of a person («ناصر الشاعر», «فؤاد الأول») and is no nisba: no family name
/// («الأمير فيصل بن بندر | الوفد»; «الشيخ محمد الصباح», «علي المصري» and «حسن نصر الله»
/// keep theirs).
pub(super) fn common_word_after_name(ctx: &Ctx, j: usize) -> bool {
    let t = &ctx.tokens[j];
    t.clitics.article
        && ctx.crf[j] != Some(Label::Person)
        && t.norm != "الله"
        && ctx.flags(j) & (flag::FIRST_NAME | flag::LAST_NAME) == 0
        && !ctx.nisba(j)
        && ctx.gaz.word_freq_bucket(t).is_some_and(|b| b <= 9)
}

/// «يعقدان», «يبحثان», «يؤكدون»: an imperfect verb of two or more doers at `j` (a headline's
/// verb after its subjects), which no name list holds.
fn plural_verb(ctx: &Ctx, j: usize) -> bool {
    let t = &ctx.tokens[j];
    !t.clitics.article
        && t.norm.chars().count() >= 5
        && t.norm.starts_with(['ي', 'ت'])
        && (t.norm.ends_with("ان") || t.norm.ends_with("ون"))
        && ctx.flags(j) & (flag::FIRST_NAME | flag::LAST_NAME) == 0
}

/// «أمير منطقة جازان», «حاكم رأس الخيمة»: an indefinite royal title before its realm
/// at `j`, which after a name begins his office.
pub(super) fn office_before_realm(ctx: &Ctx, j: usize) -> bool {
    let t = &ctx.tokens[j];
    !t.clitics.article
        && matches!(t.base(), "امير" | "سلطان" | "ملك" | "حاكم")
        && (super::super::title_starts::realm_after(ctx, j) || ctx.stem_in(j + 1, &["منطقه"]))
}

/// «نادية فتاح», «رنا فياض»: a name word whose «ف» or «و» is its own letter — the lists
/// hold the whole word as a name more often than what is left without the letter.
fn own_letter(ctx: &Ctx, j: usize) -> bool {
    let t = &ctx.tokens[j];
    let names = &ctx.gaz.person_words;
    let without = names.get(&t.stem).copied().unwrap_or(0);
    names.get(&t.norm).is_some_and(|&n| n > without)
}

/// «وزيرة الاقتصاد نادية فتاح | حول …», «المبعوثة هانا تيتيه | إن …»: an indefinite word
/// right after a title's given name, which the lists hold as a name word or do not know
/// at all (a foreign name), and after which the clause goes on (a function word,
/// punctuation, the end): the family name.
fn last_name_before_clause(ctx: &Ctx, j: usize) -> bool {
    let t = &ctx.tokens[j];
    let unknown = ctx.gaz.word_freq_bucket(t).is_none();
    let named = ctx.gaz.person_word_count(t).is_some() || unknown;
    let clause = ctx.tok(j + 1).is_none_or(|n| {
        n.kind != TokenKind::Word || n.line_start || lexicon::is_function_word(&n.norm)
    });
    !t.clitics.article
        && ctx.flags(j - 1) & flag::FIRST_NAME != 0
        && ctx.trig(j).is_none()
        && !ctx.is_common(j)
        && (!ctx.nisba(j) || unknown)
        && named
        && clause
}

/// A word no list of the language knows (no word frequency, no trigger, not a place or a
/// known body): after an office and its nation, a foreign name.
fn foreign(ctx: &Ctx, j: usize) -> bool {
    let t = &ctx.tokens[j];
    t.kind == TokenKind::Word
        && !t.clitics.article
        && t.clitics.strippable == 0
        && ctx.gaz.word_freq_bucket(t).is_none()
        && ctx.trig(j).is_none()
        && !ctx.known_non_person[j]
}

/// Definite words after a name that introduce another («الملقب ب», «المعروف ب»).
const NOT_FAMILY: &[&str] = &["ملقب", "ملقبه", "معروف", "معروفه", "مدعو", "مدعوه", "مكني"];

/// «صباح اليوم», «مساء أمس», «ظهر الخميس»: a time of day followed by a day is an adverbial
/// after a title («افتتح وزير الثقافة صباح اليوم …»), not a name, although «صباح» is one.
fn time_of_day(ctx: &Ctx, j: usize) -> bool {
    const TIMES: [&str; 6] = ["صباح", "مساء", "ظهر", "عصر", "فجر", "ليله"];
    const DAYS: [&str; 11] = [
        "اليوم",
        "امس",
        "الغد",
        "غد",
        "الاحد",
        "الاثنين",
        "الثلاثاء",
        "الاربعاء",
        "الخميس",
        "الجمعه",
        "السبت",
    ];
    ctx.tok(j).is_some_and(|t| TIMES.contains(&t.norm.as_str()))
        && ctx
            .tok(j + 1)
            .is_some_and(|n| DAYS.contains(&n.norm.as_str()))
}

impl Ctx<'_> {
    /// The first letter «و» or «ف» of the word at `j` is its own, not a conjunction: Arabic
    /// at large knows the word whole («فائق», «فيليب», «وائل») and not what is left
    /// without the letter, or knows the whole about as often as the rest («فيصل» and «يصل»,
    /// not «ومحمد» and «محمد»: wordfreq buckets, lower is commoner).
    pub(in crate::rules) fn own_first_letter(&self, j: usize) -> bool {
        let Some(t) = self.tok(j) else { return false };
        let freq = &self.gaz.word_freq;
        match (freq.get(&t.norm), freq.get(&t.stem)) {
            (Some(_), None) => true,
            (Some(&whole), Some(&rest)) => whole <= rest.saturating_add(1),
            _ => false,
        }
    }

    /// A word the harvested gazetteer calls a person more often than not.
    fn has_family_form(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| {
            self.gaz
                .phrases
                .map
                .get(&t.key)
                .and_then(|c| c.best())
                .is_some_and(|(ty, s)| ty == 0 && s >= 0.5)
        })
    }
}
