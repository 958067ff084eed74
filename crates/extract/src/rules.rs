//! Rules for what the training data does not label, or labels poorly: people introduced by
//! a title or rank, standalone titles and offices, organisation heads with their
//! modifiers, events, dates, and country names from the gazetteer.
//!
//! Rules work on tokens and see the CRF's spans. Each proposes candidates with a priority;
//! the pipeline keeps the best non-overlapping set.

use std::collections::HashSet;

use sahifa_model::Label;

use crate::gazetteer::{Gazetteers, flag};
use crate::lexicon::{self, Trigger};
use crate::token::{Token, TokenKind};

/// Priorities (higher wins an overlap).
pub const PRIO_EVENT: u8 = 100;
/// A strong organisation rule.
pub const PRIO_ORG: u8 = 90;
/// A person introduced by a title or rank.
pub const PRIO_PERSON_TITLE: u8 = 85;
/// Dates.
pub const PRIO_DATE: u8 = 80;
/// The CRF.
pub const PRIO_CRF: u8 = 70;
/// Countries from the gazetteer.
pub const PRIO_COUNTRY: u8 = 65;
/// Standalone titles and offices.
pub const PRIO_TITLE: u8 = 60;
/// Reliable phrases of the harvested gazetteer the CRF left out.
pub const PRIO_GAZETTEER: u8 = 50;
/// Document-level spreading of names found elsewhere.
pub const PRIO_SPREAD: u8 = 10;

/// A candidate mention over tokens `start..end`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cand {
    /// First token.
    pub start: usize,
    /// One past the last token.
    pub end: usize,
    /// Its type; `None` for a blocker (tokens that must not become a mention).
    pub label: Option<Label>,
    /// Priority.
    pub prio: u8,
    /// Title tokens of a PERSON.
    pub title: Option<(usize, usize)>,
    /// For an acronym in parentheses: the first token of the candidate it abbreviates.
    pub alias_of: Option<usize>,
}

impl Cand {
    /// A plain candidate.
    pub fn new(start: usize, end: usize, label: Label, prio: u8) -> Self {
        Self {
            start,
            end,
            label: Some(label),
            prio,
            title: None,
            alias_of: None,
        }
    }
}

/// What the rules see.
pub struct Ctx<'a> {
    /// The tokens.
    pub tokens: &'a [Token],
    /// Gazetteers.
    pub gaz: &'a Gazetteers,
    /// CRF label of each token, if inside a CRF span.
    pub crf: Vec<Option<Label>>,
    /// True when the token starts a country name; value: its length in tokens.
    pub country: Vec<usize>,
    /// True when that country name follows a preposition glued to it («بأفغانستان»).
    pub country_after_preposition: Vec<bool>,
    /// True inside a name of two or more words the world gazetteer knows, and not as a
    /// person («جنرال موتورز»): a title word there does not introduce a name.
    pub known_non_person: Vec<bool>,
}

impl<'a> Ctx<'a> {
    /// Builds the context.
    pub fn new(tokens: &'a [Token], gaz: &'a Gazetteers, crf: &[(usize, usize, Label)]) -> Self {
        let mut labels = vec![None; tokens.len()];
        for &(s, e, l) in crf {
            for x in &mut labels[s..e] {
                *x = Some(l);
            }
        }
        let mut country = vec![0; tokens.len()];
        let mut country_after_preposition = vec![false; tokens.len()];
        for (i, slot) in country.iter_mut().enumerate() {
            let first = &tokens[i];
            if first.kind != TokenKind::Word {
                continue;
            }
            // The first word as written, or without its conjunction/preposition
            // («وقطر», «بالهند»).
            let skip = first
                .norm
                .char_indices()
                .nth(first.clitics.strippable)
                .map_or(first.norm.len(), |(b, _)| b);
            let bare_article = first.clitics.article && !first.norm[skip..].starts_with("ال");
            let mut forms = vec![first.norm.clone()];
            if skip > 0 {
                forms.push(if bare_article {
                    // «للهند» = ل + (ا)لهند.
                    format!("ا{}", &first.norm[skip..])
                } else {
                    first.norm[skip..].to_owned()
                });
            }
            let glued = !first.clitics.article && first.norm.starts_with(['و', 'ف', 'ب', 'ل', 'ك']);
            if glued {
                forms.push(first.norm.chars().skip(1).collect());
            }
            for (f, form) in forms.into_iter().enumerate() {
                if !gaz.country_first.contains(&form) {
                    continue;
                }
                let preposition = |k: usize| {
                    first
                        .norm
                        .chars()
                        .nth(k)
                        .is_some_and(|c| matches!(c, 'ب' | 'ل' | 'ك'))
                };
                let conj = usize::from(first.norm.starts_with(['و', 'ف']));
                if f > 0 && (preposition(0) || (conj == 1 && preposition(1))) {
                    country_after_preposition[i] = true;
                }
                let mut key = form;
                for n in 1..=3.min(tokens.len() - i) {
                    let t = &tokens[i + n - 1];
                    if t.kind != TokenKind::Word {
                        break;
                    }
                    if n > 1 {
                        key.push(' ');
                        key.push_str(&t.norm);
                    }
                    if gaz.countries.contains(&key) {
                        *slot = (*slot).max(n);
                    }
                }
            }
        }
        let mut known_non_person = vec![false; tokens.len()];
        let stems = crate::gazetteer::phrase_stems(tokens);
        let mut i = 0;
        while i < tokens.len() {
            match gaz.world.longest_at(&stems, i) {
                Some((n, c)) if n >= 2 && c.by_type[0] == 0 => {
                    known_non_person[i..i + n].fill(true);
                    i += n;
                }
                _ => i += 1,
            }
        }
        Self {
            tokens,
            gaz,
            crf: labels,
            country,
            country_after_preposition,
            known_non_person,
        }
    }

    fn tok(&self, i: usize) -> Option<&Token> {
        self.tokens.get(i)
    }

    fn trig(&self, i: usize) -> Option<Trigger> {
        let t = self.tok(i)?;
        if t.kind != TokenKind::Word {
            return None;
        }
        t.trigger()
    }

    fn is_word(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| t.kind == TokenKind::Word)
    }

    fn flags(&self, i: usize) -> u16 {
        self.tok(i).map_or(0, |t| t.flags(self.gaz))
    }

    fn is_common(&self, i: usize) -> bool {
        self.flags(i) & flag::COMMON != 0
            || self
                .tok(i)
                .is_some_and(|t| lexicon::is_function_word(&t.norm))
    }

    fn nisba(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| {
            t.kind == TokenKind::Word
                && lexicon::is_nisba(&t.norm, t.clitics.with_article, t.clitics.article)
        })
    }

    /// A place by the gazetteers or the CRF: returns its length in tokens.
    fn place_at(&self, i: usize) -> usize {
        if self.country[i] > 0 {
            return self.country[i];
        }
        if self.crf[i] == Some(Label::Location) {
            let mut e = i;
            while e < self.tokens.len() && self.crf[e] == Some(Label::Location) {
                e += 1;
            }
            return e - i;
        }
        let t = &self.tokens[i];
        if t.kind == TokenKind::Word
            && let Some(c) = self.gaz.phrases.map.get(&t.key)
            && let Some((ty, share)) = c.best()
            && ty == 1
            && share >= 0.5
        {
            return 1;
        }
        0
    }

    /// True when token `i` carries a preposition (ب ل ك, not just و/ف or the article).
    fn has_preposition(&self, i: usize) -> bool {
        if self.country_after_preposition.get(i) == Some(&true) {
            return true;
        }
        self.tok(i).is_some_and(|t| {
            let c = t.clitics;
            let conj = usize::from(t.norm.starts_with(['و', 'ف']) && t.norm.chars().count() > 3);
            c.strippable > conj
        })
    }

    /// True when token `i` starts with the conjunction و/ف (before any article).
    fn has_conjunction(&self, i: usize) -> bool {
        self.tok(i)
            .is_some_and(|t| t.clitics.strippable > 0 && t.norm.starts_with(['و', 'ف']))
    }
}

/// All rule candidates.
pub fn all(ctx: &Ctx) -> Vec<Cand> {
    let mut out = Vec::new();
    events(ctx, &mut out);
    orgs(ctx, &mut out);
    people_and_titles(ctx, &mut out);
    dates(ctx, &mut out);
    works(ctx, &mut out);
    gazetteer_phrases(ctx, &mut out);
    for i in 0..ctx.tokens.len() {
        if ctx.country[i] > 0 {
            out.push(Cand::new(
                i,
                i + ctx.country[i],
                Label::Location,
                PRIO_COUNTRY,
            ));
        }
    }
    out
}

/// Phrases the harvested gazetteer knows as one type nearly always (at least 3 times,
/// 80% of their occurrences; a single word 90% and not a common word).
fn gazetteer_phrases(ctx: &Ctx, out: &mut Vec<Cand>) {
    let keys: Vec<&str> = ctx
        .tokens
        .iter()
        .map(|t| {
            if t.kind == TokenKind::Word {
                t.key.as_str()
            } else {
                ""
            }
        })
        .collect();
    let mut i = 0;
    while i < keys.len() {
        let Some((n, counts)) = ctx.gaz.phrases.longest_at(&keys, i) else {
            i += 1;
            continue;
        };
        let entity: u32 = counts.by_type.iter().sum();
        let single = n == 1;
        let ok = counts
            .best()
            .is_some_and(|(_, share)| share >= if single { 0.9 } else { 0.8 })
            && entity >= 3
            && !(single && (ctx.is_common(i) || ctx.tokens[i].key.chars().count() < 3));
        if ok && let Some((ty, _)) = counts.best() {
            let label = match ty {
                0 => Label::Person,
                1 => Label::Location,
                2 => Label::Org,
                _ => Label::Misc,
            };
            out.push(Cand::new(i, i + n, label, PRIO_GAZETTEER));
        }
        i += n;
    }
}

/// Words that introduce a product or a work by its quoted name: «سيارة « شيري كيوكيو »»,
/// «برنامج « حوار من القلب »», «بعنوان « خارج نطاق الخدمة »» (matched as stem prefixes).
const WORK_HEADS: &[&str] = &[
    "سياره",
    "سيارات",
    "طراز",
    "مركبه",
    "برنامج",
    "برامج",
    "فيلم",
    "افلام",
    "مسلسل",
    "كتاب",
    "روايه",
    "اغنيه",
    "البوم",
    "مسرحيه",
    "بعنوان",
    "عنوان",
    "لعبه",
];

/// Products and works named in a short quotation after a head word («طراز « أورفان »») or
/// after their maker («نيسان « أورفان »»): MISC. A maker the CRF or the world gazetteer
/// knows as an organisation at the start of the quotation stays an organisation.
fn works(ctx: &Ctx, out: &mut Vec<Cand>) {
    let quoted = crate::features::quoted(ctx.tokens);
    let n = ctx.tokens.len();
    let mut i = 0;
    while i < n {
        if !quoted[i] {
            i += 1;
            continue;
        }
        let start = i;
        let mut end = i;
        while end < n && quoted[end] {
            end += 1;
        }
        i = end;
        // `start - 1` is the opening mark; look at up to four words before it.
        let open = start.saturating_sub(1);
        let before = open.saturating_sub(4)..open;
        let head = before.clone().any(|k| {
            let t = &ctx.tokens[k];
            WORK_HEADS
                .iter()
                .any(|h| t.stem.starts_with(h) || t.norm.starts_with(h))
        });
        let maker = open > 0 && ctx.crf[open - 1] == Some(Label::Org);
        if !head && !maker {
            continue;
        }
        let mut s = start;
        while s < end && ctx.crf[s] == Some(Label::Org) {
            s += 1;
        }
        if s < end
            && ctx.tokens[s..end]
                .iter()
                .all(|t| t.kind != TokenKind::Punct)
        {
            out.push(Cand::new(s, end, Label::Misc, PRIO_CRF + 1));
        }
    }
}

/// Name connectors inside a person's name.
fn is_connector(stem: &str, norm: &str) -> bool {
    matches!(
        norm,
        "بن" | "ابن" | "بنت" | "ابو" | "ابي" | "عبد" | "ال" | "ولد" | "اب" | "ام"
    ) || matches!(stem, "بن")
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

/// How much a title vouches for the words after it being a name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Strength {
    /// An unambiguous rank or honorific, or a rank with its modifier («الفريق الركن»).
    Strong,
    /// An office or an ambiguous title: the name needs support (CRF, name lists, a family
    /// name already known in the document).
    Weak,
}

/// A person's name after a title, from `i`: returns its end (exclusive), or `i` when none.
fn name_after(
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
        let connector = is_connector(&t.stem, &t.norm);
        if connector && j > i {
            j += 1;
            prev_connector = true;
            continue;
        }
        let f = ctx.flags(j);
        let crf_person = ctx.crf[j] == Some(Label::Person);
        let supported = crf_person
            || f & (flag::FIRST_NAME | flag::LAST_NAME) != 0
            || family.contains(&t.stem)
            || (j == i && ctx.has_family_form(j));
        if lexicon::is_function_word(&t.norm) || ctx.has_preposition(j) || time_of_day(ctx, j) {
            break;
        }
        // A title word ends the name even when it is also a given name («… آل ثاني أمير
        // قطر»), unless the CRF calls it part of a person.
        if ctx.trig(j).is_some() && !crf_person && (j > i || !supported) {
            break;
        }
        if !supported && (ctx.has_conjunction(j) || ctx.is_common(j) || ctx.place_at(j) > 0) {
            break;
        }
        // A known club, company … is not a name («فريق ريال مدريد»).
        if !crf_person && ctx.known_non_person[j] {
            break;
        }
        // A place is not a name unless the CRF says so («رئيس كوريا الجنوبية»); a word with
        // «و» after a name starts another person («محمد خميس وعباس»).
        if !crf_person && ctx.place_at(j) > 0 || (j > i && ctx.has_conjunction(j)) {
            break;
        }
        // «المتحدث باسم الجيش»: «باسم» before a definite noun is «in the name of».
        if t.norm == "باسم" && ctx.tok(j + 1).is_some_and(|n| n.clitics.article) {
            break;
        }
        let accept = if j == i {
            match strength {
                Strength::Strong => supported || !ctx.nisba(j) || rank,
                Strength::Weak => supported,
            }
        } else {
            supported
                || prev_connector
                || (strength == Strength::Strong && t.clitics.article && !ctx.nisba(j))
                || (strength == Strength::Strong && rank && t.clitics.article)
        };
        if !accept {
            break;
        }
        j += 1;
        prev_connector = false;
        // A definite family name ends the name unless a connector follows.
        if t.clitics.article {
            let more = ctx
                .tok(j)
                .is_some_and(|n| n.kind == TokenKind::Word && is_connector(&n.stem, &n.norm));
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

/// People introduced by a title («اللواء الركن بحري سيف الهملان»), and standalone titles
/// and offices («رئيس الأركان القطري»). Two passes: family names of people found in the
/// first support names after ambiguous titles in the second («والفريق المناعي»).
fn people_and_titles(ctx: &Ctx, out: &mut Vec<Cand>) {
    let first = people_pass(ctx, &HashSet::new());
    let mut family = HashSet::new();
    for c in &first {
        if c.label == Some(Label::Person) && c.end - c.start >= 2 {
            family.insert(ctx.tokens[c.end - 1].stem.clone());
        }
    }
    if family.is_empty() {
        out.extend(first);
    } else {
        out.extend(people_pass(ctx, &family));
    }
}

fn people_pass(ctx: &Ctx, family: &HashSet<String>) -> Vec<Cand> {
    let mut out = Vec::new();
    let n = ctx.tokens.len();
    let mut i = 0;
    while i < n {
        let Some(first) = ctx.trig(i) else {
            i += 1;
            continue;
        };
        if !matches!(first, Trigger::Rank | Trigger::Honorific | Trigger::Office)
            || ctx.has_preposition(i)
            || ctx.known_non_person[i]
        {
            i += 1;
            continue;
        }
        let ambiguous = |k: usize| AMBIGUOUS_TITLES.contains(&ctx.tokens[k].base());
        let mut strong = matches!(first, Trigger::Rank | Trigger::Honorific) && !ambiguous(i);
        let mut rank = first == Trigger::Rank;
        // Extend the title: rank modifiers, more ranks/honorifics, office complements.
        let mut j = i + 1;
        let mut office_words = usize::from(first == Trigger::Office);
        while j < n && ctx.is_word(j) && !ctx.tokens[j].line_start {
            let t = &ctx.tokens[j];
            if ctx.has_preposition(j) || lexicon::is_function_word(&t.norm) {
                break;
            }
            match ctx.trig(j) {
                // «الركن», «ركن», «بحري», «أول» (not «الأول»: «الفريق الأول» is a team).
                Some(Trigger::RankMod) if rank && (!t.clitics.article || t.stem == "ركن") => {
                    strong = true;
                    j += 1;
                    continue;
                }
                Some(tr @ (Trigger::Rank | Trigger::Honorific)) if !ctx.has_conjunction(j) => {
                    strong |= !ambiguous(j);
                    rank |= tr == Trigger::Rank;
                    j += 1;
                    continue;
                }
                _ => {}
            }
            // Compound titles: «ولي العهد», «أمين السر», «الأمين العام».
            let prev = ctx.tokens[j - 1].base();
            if matches!(
                (prev, t.norm.as_str()),
                ("ولي", "العهد") | ("امين", "السر" | "العام" | "عام")
            ) {
                j += 1;
                continue;
            }
            // A nationality after a rank or honorific describes it: «الجنرال الفرنسي آلان
            // بيللغريني», «المدرب الفرنسي».
            if office_words == 0
                && t.clitics.article
                && ctx.nisba(j)
                && ctx.crf[j] != Some(Label::Person)
                && !ctx.has_conjunction(j)
            {
                j += 1;
                continue;
            }
            if office_words > 0 && ctx.place_at(j) == 0 && ctx.crf[j].is_none() {
                let complement = lexicon::ORG_COMPOUND_MODIFIERS.contains(&t.base())
                    || ctx.nisba(j)
                    || (office_words == 1 && t.clitics.article && !ctx.is_common(j));
                if complement && !ctx.has_conjunction(j) {
                    office_words += 1;
                    j += 1;
                    continue;
                }
            }
            break;
        }
        // «صاحب السمو الشيخ»: the honorific phrase starts at «صاحب».
        let title_start = if i > 0 && ctx.tokens[i - 1].stem == "صاحب" {
            i - 1
        } else {
            i
        };
        let strength = if strong {
            Strength::Strong
        } else {
            Strength::Weak
        };
        let name_end = name_after(ctx, j, strength, rank, family);
        if name_end > j {
            out.push(Cand {
                start: j,
                end: name_end,
                label: Some(Label::Person),
                prio: PRIO_PERSON_TITLE,
                title: Some((title_start, j)),
                alias_of: None,
            });
            i = name_end;
        } else if first == Trigger::Office && j - i >= 2 {
            out.push(Cand::new(i, j, Label::Title, PRIO_TITLE));
            i = j;
        } else {
            i = j.max(i + 1);
        }
    }
    out
}

/// Organisation heads that name an organisation with a genitive noun («وزارة الخارجية»).
const STRONG_ORG_HEADS: &[&str] = &[
    "وزاره",
    "جامعه",
    "منظمه",
    "هيئه",
    "وكاله",
    "حزب",
    "بنك",
    "مصرف",
    "اتحاد",
    "محكمه",
    "معهد",
    "جيش",
    "قوات",
    "حرس",
    "برلمان",
    "كليه",
    "اكاديميه",
    "صندوق",
    "جبهه",
    "تحالف",
    "رابطه",
    "نقابه",
    "شرطه",
    "حركه",
];

/// Definite heads that name an organisation with an adjective («الجيش الكويتي»,
/// «القوات المسلحة», «البنك التجاري», «المصرف المركزي»): armed and security forces, banks.
const DEFINITE_HEADS: &[&str] = &["جيش", "قوات", "قوه", "حرس", "شرطه", "بنك", "مصرف"];

/// Descriptors whose organisation is the proper name after them («صحيفة هآرتس» → «هآرتس»).
const DESCRIPTOR_HEADS: &[&str] = &["صحيفه", "جريده", "مجله", "قناه", "شركه", "نادي", "حركه"];

/// Whether an adjective's gender can agree with a definite organisation head: masculine
/// heads («جيش», «بنك», «مصرف», «حرس») take adjectives without ة, the others with it.
fn agrees(head: &str, adjective: &str) -> bool {
    let feminine = adjective.ends_with('ه');
    match head {
        "جيش" | "بنك" | "مصرف" | "حرس" => !feminine,
        _ => feminine,
    }
}

/// Ordinals look like nisba adjectives but are not names («المركز الثاني»).
const ORDINALS: &[&str] = &[
    "اول",
    "اولي",
    "ثاني",
    "ثانيه",
    "ثالث",
    "ثالثه",
    "رابع",
    "رابعه",
    "خامس",
    "خامسه",
    "اخير",
    "اخيره",
    "تالي",
    "تاليه",
    "حالي",
    "حاليه",
    "ماضي",
    "ماضيه",
];

impl Ctx<'_> {
    /// A nisba adjective that is not an ordinal.
    fn adjective(&self, i: usize) -> bool {
        self.nisba(i) && !ORDINALS.contains(&self.tokens[i].stem.as_str())
    }

    /// An indefinite word that may be a proper name: not common, not a trigger, not an
    /// adjective-looking word («صينية», «دولية»).
    fn proper_like(&self, i: usize) -> bool {
        let t = &self.tokens[i];
        t.kind == TokenKind::Word
            && !t.clitics.article
            && !self.is_common(i)
            && self.trig(i).is_none()
            && !t.norm.ends_with('ي')
            && !t.norm.ends_with("يه")
            && t.norm.chars().count() >= 3
    }
}

/// Organisations from their head word: «القوات المسلحة القطرية», «وزارة الخارجية»,
/// «للجيش الكويتي», «جامعة الدول العربية»; a descriptor names the organisation after it
/// («صحيفة هآرتس»).
fn orgs(ctx: &Ctx, out: &mut Vec<Cand>) {
    let n = ctx.tokens.len();
    for i in 0..n {
        if ctx.trig(i) != Some(Trigger::OrgHead) || ctx.crf[i] == Some(Label::Org) {
            continue;
        }
        let head = &ctx.tokens[i];
        let stem = head.base();
        if DESCRIPTOR_HEADS.contains(&stem) && !head.clitics.article {
            // The proper name after the descriptor: a CRF span or unknown words.
            // A CRF span, or else unknown words; not a CRF span followed by more words
            // («حركة حماس | تستعد»).
            let mut j = i + 1;
            let mut crf_name = false;
            while j < n && j - i <= 3 && !ctx.tokens[j].line_start {
                let in_crf = matches!(ctx.crf[j], Some(Label::Org | Label::Person | Label::Misc));
                if in_crf && (j == i + 1 || crf_name) {
                    crf_name = true;
                    j += 1;
                } else if !crf_name && ctx.proper_like(j) && !ctx.has_conjunction(j) {
                    j += 1;
                } else {
                    break;
                }
            }
            if j > i + 1 {
                out.push(Cand::new(i + 1, j, Label::Org, PRIO_ORG));
            }
            continue;
        }
        let strong = STRONG_ORG_HEADS.contains(&stem);
        let definite_head = head.clitics.article;
        if definite_head && !DEFINITE_HEADS.contains(&stem) {
            continue;
        }
        if !definite_head && !strong {
            continue;
        }
        let mut j = i + 1;
        let mut anchored = false;
        let mut modifiers = 0;
        while j < n && j - i <= 6 && ctx.is_word(j) && !ctx.tokens[j].line_start {
            let t = &ctx.tokens[j];
            if lexicon::is_function_word(&t.norm)
                || ctx.has_preposition(j) && !t.norm.starts_with("لل")
            {
                break;
            }
            // A separate organisation begins: «قوات الاتحاد الأفريقي».
            if ctx.crf[j] == Some(Label::Org) && modifiers == 0 {
                break;
            }
            let place = ctx.place_at(j);
            if place > 0 && !ctx.has_preposition(j) && !ctx.has_conjunction(j) {
                j += place;
                anchored = true;
                modifiers += 1;
                continue;
            }
            if ctx.adjective(j) && !ctx.has_preposition(j) {
                if ctx.has_conjunction(j) && modifiers == 0 {
                    break;
                }
                // A definite head's first adjective agrees with it: «البنك التجاري», not
                // «(إدارة) البنك الرأسمالية», which describes another noun.
                if definite_head && modifiers == 0 && !agrees(stem, &t.norm) {
                    break;
                }
                j += 1;
                anchored = true;
                modifiers += 1;
                continue;
            }
            let compound = lexicon::ORG_COMPOUND_MODIFIERS.contains(&t.base());
            if compound && !ctx.has_preposition(j) && !ctx.has_conjunction(j) {
                j += 1;
                modifiers += 1;
                anchored |= !definite_head || modifiers >= 2 || t.clitics.article;
                continue;
            }
            // Genitive complement of an indefinite head: «وزارة الخارجية», «حركة حماس».
            if !definite_head
                && modifiers == 0
                && !ctx.has_preposition(j)
                && !ctx.has_conjunction(j)
            {
                let proper = ctx.crf[j].is_some() || ctx.proper_like(j);
                if (t.clitics.article && !ctx.is_common(j) && !ctx.nisba(j)) || proper {
                    j += 1;
                    modifiers += 1;
                    anchored = true;
                    continue;
                }
            }
            // «للاجئين» after a modifier: «المفوضية العليا للاجئين».
            if modifiers > 0 && strong && t.norm.starts_with("لل") && !ctx.is_common(j) {
                j += 1;
                modifiers += 1;
                continue;
            }
            break;
        }
        if modifiers > 0 && anchored {
            out.push(Cand::new(i, j, Label::Org, PRIO_ORG));
            // «وكالة الأنباء القطرية (قنا)»: the acronym names the same organisation.
            if let Some((s, e)) = paren_acronym(ctx, j) {
                out.push(Cand {
                    alias_of: Some(i),
                    ..Cand::new(s, e, Label::Org, PRIO_ORG)
                });
            }
        }
    }
}

/// Events: «معرض ومؤتمر الدوحة الدولي للدفاع البحري (ديمكس 2026)», «كأس العالم 2022».
fn events(ctx: &Ctx, out: &mut Vec<Cand>) {
    let n = ctx.tokens.len();
    let mut i = 0;
    while i < n {
        if ctx.trig(i) != Some(Trigger::EventHead) || ctx.has_preposition(i) {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        // More heads joined by و: «معرض ومؤتمر».
        while j < n && ctx.trig(j) == Some(Trigger::EventHead) && ctx.has_conjunction(j) {
            j += 1;
        }
        let heads_end = j;
        let mut anchored = false;
        let mut last_good = heads_end;
        while j < n && j - i <= 10 && !ctx.tokens[j].line_start {
            let t = &ctx.tokens[j];
            if t.kind == TokenKind::Number {
                let year = t.norm.len() == 4 && t.norm.starts_with(['1', '2']);
                if year {
                    j += 1;
                    anchored = true;
                    last_good = j;
                    continue;
                }
                break;
            }
            if t.kind != TokenKind::Word || lexicon::is_function_word(&t.norm) {
                break;
            }
            let place = ctx.place_at(j);
            if (place > 0 || matches!(ctx.crf[j], Some(Label::Org | Label::Misc)))
                && !ctx.has_preposition(j)
            {
                let len = place.max(1);
                j += len;
                anchored = true;
                last_good = j;
                continue;
            }
            if ctx.nisba(j) && !ctx.has_conjunction(j) && !ctx.has_preposition(j) {
                j += 1;
                last_good = j;
                continue;
            }
            if j == heads_end
                && t.clitics.article
                && matches!(t.stem.as_str(), "عالم" | "امم" | "العاب" | "اولمبياد")
            {
                j += 1;
                anchored = true;
                last_good = j;
                continue;
            }
            if last_good > heads_end && t.norm.starts_with("لل") && !ctx.is_common(j) {
                j += 1;
                last_good = j;
                continue;
            }
            break;
        }
        let end = last_good;
        // An acronym in parentheses right after: «(ديمكس 2026)».
        let acro = paren_acronym(ctx, end);
        if end > heads_end && (anchored || acro.is_some()) {
            out.push(Cand::new(i, end, Label::Event, PRIO_EVENT));
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
}

/// `( word [word] [year] )` at token `i`: the inner token range.
fn paren_acronym(ctx: &Ctx, i: usize) -> Option<(usize, usize)> {
    if !ctx.tok(i)?.is_punct('(') {
        return None;
    }
    let s = i + 1;
    let mut e = s;
    while e < ctx.tokens.len() && e - s < 4 {
        let t = &ctx.tokens[e];
        if t.is_punct(')') {
            break;
        }
        if t.kind == TokenKind::Punct || lexicon::is_function_word(&t.norm) {
            return None;
        }
        e += 1;
    }
    let first_is_word = ctx.is_word(s);
    (e > s && first_is_word && ctx.tok(e)?.is_punct(')')).then_some((s, e))
}

fn day_number(t: &Token) -> bool {
    t.kind == TokenKind::Number
        && t.norm.len() <= 2
        && t.norm.parse::<u32>().is_ok_and(|d| (1..=31).contains(&d))
}

fn year_number(t: &Token) -> bool {
    t.kind == TokenKind::Number
        && t.norm.len() == 4
        && t.norm
            .parse::<u32>()
            .is_ok_and(|y| (1300..=2100).contains(&y))
}

/// Era markers after a year: م, هـ, ميلادي, هجري, ق.م.
fn era(t: &Token) -> bool {
    matches!(
        t.stem.as_str(),
        "م" | "ه" | "ميلادي" | "ميلاديه" | "هجري" | "هجريه" | "للميلاد" | "للهجره"
    ) || matches!(t.norm.as_str(), "م" | "ه" | "للميلاد" | "للهجره")
}

/// Dates: weekdays, day-month-year, month-year, «عام 2026», numeric dates.
fn dates(ctx: &Ctx, out: &mut Vec<Cand>) {
    let n = ctx.tokens.len();
    let mut i = 0;
    while i < n {
        let start = i;
        let mut j = i;
        let mut ok = false;
        // Weekday: «يوم الأحد», «الخميس».
        if ctx.tok(j).is_some_and(|t| t.stem == "يوم") && ctx.trig(j + 1) == Some(Trigger::Weekday)
        {
            j += 2;
            ok = true;
        } else if ctx.trig(j) == Some(Trigger::Weekday)
            && ctx.tokens[j].clitics.article
            && !ctx.has_preposition(j)
        {
            j += 1;
            ok = true;
        }
        if ok
            && ctx
                .tok(j)
                .is_some_and(|t| t.is_punct('،') || t.is_punct(','))
            && ctx.tok(j + 1).is_some_and(day_number)
        {
            j += 1;
        }
        // Day number, month, year.
        let had_day = ctx.tok(j).is_some_and(day_number);
        let k = if had_day { j + 1 } else { j };
        let mut month_end = 0;
        if ctx.tok(k).is_some_and(|t| t.stem == "شهر") {
            if matches!(
                ctx.trig(k + 1),
                Some(Trigger::Month | Trigger::MonthAmbiguous)
            ) {
                month_end = k + 2;
            }
        } else {
            match ctx.trig(k) {
                Some(Trigger::Month) => month_end = k + 1,
                Some(Trigger::MonthAmbiguous) => {
                    let year_follows = ctx.tok(k + 1).is_some_and(year_number)
                        || ctx.tok(k + 2).is_some_and(year_number);
                    if had_day || year_follows {
                        month_end = k + 1;
                    }
                }
                _ => {}
            }
        }
        if month_end > 0 {
            j = month_end;
            // Two-word months: «كانون الثاني», «ربيع الأول», «ذو الحجة».
            if let Some(t) = ctx.tok(j)
                && t.clitics.article
                && matches!(
                    t.stem.as_str(),
                    "اول" | "ثاني" | "اخر" | "اخره" | "اولي" | "قعده" | "حجه" | "اخير"
                )
            {
                j += 1;
            }
            if ctx.tok(j).is_some_and(year_number) {
                j += 1;
            } else if ctx
                .tok(j)
                .is_some_and(|t| t.is_punct('،') || t.is_punct(','))
                && ctx.tok(j + 1).is_some_and(year_number)
            {
                j += 2;
            }
            ok = true;
        } else if !ok {
            // «عام 2026», «العام 1445 هـ».
            if ctx.trig(j) == Some(Trigger::YearWord) && ctx.tok(j + 1).is_some_and(year_number) {
                j += 2;
                ok = true;
            } else if let (Some(a), Some(s1), Some(b), Some(s2), Some(c)) = (
                ctx.tok(j),
                ctx.tok(j + 1),
                ctx.tok(j + 2),
                ctx.tok(j + 3),
                ctx.tok(j + 4),
            ) && day_number(a)
                && s1.is_punct('/')
                && b.kind == TokenKind::Number
                && s2.is_punct('/')
                && year_number(c)
            {
                j += 5;
                ok = true;
            }
        }
        if ok {
            if ctx.tok(j).is_some_and(era) {
                j += 1;
            }
            if j > start {
                out.push(Cand::new(start, j, Label::Date, PRIO_DATE));
                i = j;
                continue;
            }
        }
        i += 1;
    }
}
