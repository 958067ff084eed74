//! Titles read from their first word on (`TitleScan`): ranks and their modifiers,
//! honorifics, an office and its complements; and when an office that introduces no name
//! is a TITLE mention on its own.

#[path = "title_remits.rs"]
mod remits;
#[path = "title_words.rs"]
mod words;
use words::{
    ACCUSATIVE_ADJECTIVES, ACTING, GROUPS, SPOKESMEN, anaphoric_body, bare_spoken_for,
    government_at, joint_staff_at,
};
pub(super) use words::{
    ACCUSATIVE_OFFICES, ADDRESS, AMBIGUOUS_OFFICES, DEPUTIES, ROYAL, STANDALONE, coach_of_club,
    given_name_office, held, office_alone, spoken_for_body, standalone_title,
};

use super::portfolios::{PORTFOLIO_ADJECTIVES, TITLE_PORTFOLIOS};
use super::title_starts::{TITLE_ADJECTIVES, ambiguous, rank_or_trigger, royal_given_name};
use super::*;

/// A title read from its first word on: rank modifiers, more ranks and honorifics, an
/// office and its complements.
pub(super) struct TitleScan {
    /// The first title word.
    pub(super) start: usize,
    /// What the first word is.
    pub(super) first: Trigger,
    /// One past the last title word.
    pub(super) end: usize,
    /// An unambiguous rank or honorific, or a rank with its modifier: vouches for a name.
    pub(super) strong: bool,
    /// A military or police rank is part of the title.
    pub(super) rank: bool,
    /// Office words and their complements taken.
    pub(super) office_words: usize,
    /// The last office word is indefinite, in construct state: the next noun is its
    /// genitive («رئيس مجلس النواب», «قائد وحدة مكافحة الإرهاب»).
    pub(super) open: bool,
    /// The office took the council or department it governs («مدير إدارة الأمن
    /// الوقائي»): the title outranks the tagger's piece of it.
    pub(super) governed: bool,
    /// The governed body is a government («رئيس حكومة الوحدة الوطنية») or the general
    /// staff («رئيس هيئة الأركان العامة»), which the organisation rules name on their
    /// own: the title outranks them.
    pub(super) government: bool,
}

/// «الأمين العام», «المدير العام» at `j`: an office word with «العام», never a name.
pub(super) fn general_office(ctx: &Ctx, j: usize) -> bool {
    ctx.tok(j + 1)
        .is_some_and(|n| matches!(n.norm.as_str(), "العام" | "عام"))
}

impl TitleScan {
    pub(super) fn new(ctx: &Ctx, i: usize, first: Trigger) -> Self {
        let head = &ctx.tokens[i];
        // A royal title in construct state takes a genitive as an office does: «أمير
        // البلاد», «أمير المؤمنين» (a realm that is a place still ends it: «أمير قطر»),
        // and, like an office, vouches for no name after it («أمير البلاد | الوفد»).
        let royal_construct =
            first == Trigger::Honorific && !head.clitics.article && ROYAL.contains(&head.base());
        let office_words = usize::from(first == Trigger::Office || royal_construct);
        TitleScan {
            start: i,
            first,
            end: i + 1,
            strong: matches!(first, Trigger::Rank | Trigger::Honorific)
                && !ambiguous(ctx, i)
                && !royal_construct,
            rank: first == Trigger::Rank,
            office_words,
            // An office in the accusative («مديرا») has its tanween: no construct.
            open: office_words > 0
                && !head.clitics.article
                && !ACCUSATIVE_OFFICES.contains(&head.norm.as_str()),
            governed: false,
            government: false,
        }
    }

    /// A title whose first `n` words the caller has read ([`super::title_starts`]).
    pub(super) fn taken(ctx: &Ctx, i: usize, first: Trigger, n: usize) -> Self {
        let mut scan = Self::new(ctx, i, first);
        scan.end = i + n;
        if first == Trigger::Office {
            scan.office_words = n;
            scan.open = !ctx.tokens[i + n - 1].clitics.article;
        } else {
            scan.strong = true;
        }
        scan
    }

    pub(super) fn run(&mut self, ctx: &Ctx) {
        while self.end < ctx.tokens.len()
            && !ctx.tokens[self.end].line_start
            && (ctx.is_word(self.end) && self.step(ctx) || self.bracketed_modifier(ctx))
        {}
        // «سمو الأمير | المفدى»: an epithet ends no title.
        self.end = super::title_links::without_epithet(ctx, self.start, self.end);
    }

    /// A rank's modifier in brackets: «اللواء الركن (طيار)», «الفريق الركن (طيار)».
    fn bracketed_modifier(&mut self, ctx: &Ctx) -> bool {
        let j = self.end;
        let modifier = ctx.trig(j + 1) == Some(Trigger::RankMod)
            && ctx.tok(j + 1).is_some_and(|t| !t.clitics.article);
        let bracketed = ctx.tok(j).is_some_and(|t| t.is_punct('('))
            && ctx.tok(j + 2).is_some_and(|t| t.is_punct(')'));
        if self.rank && self.office_words == 0 && modifier && bracketed {
            self.strong = true;
            self.end += 3;
        }
        self.end > j
    }

    /// Takes the word at the end as an office word or complement.
    fn office_word(&mut self, t: &Token, open: bool) -> bool {
        self.office_words += 1;
        self.open = open && !t.clitics.article;
        self.end += 1;
        true
    }

    /// Takes the word at the end when it belongs to the title.
    fn step(&mut self, ctx: &Ctx) -> bool {
        let j = self.end;
        let t = &ctx.tokens[j];
        // «المتحدث باسم [وزارة الصحة]», «الناطق باسم [أمانة بغداد]», «باسم جماعة
        // [الحوثيين]»: a body spoken for that is named is no part of the title («المتحدث
        // باسم الجيش», a body by its definite head alone, is).
        // Not a definite head alone the tagger read as a name («باسم الجيش»).
        let bare_head = ctx.crf_end[j] == j + 1 && t.clitics.article;
        let named_body = ctx.crf[j].is_some() && !bare_head
            || !t.clitics.article
                && (ctx.trig(j) == Some(Trigger::OrgHead) || GROUPS.contains(&t.base()))
            || spoken_for_body(ctx, j).is_some();
        if ctx.tokens[j - 1].norm == "باسم" && j - 1 > self.start && named_body {
            return false;
        }
        if self.remit(ctx) {
            return true;
        }
        // «المرجع الشيعي الأعلى آية الله»: a cleric's rank after his office.
        if super::title_starts::ayatollah(ctx, j) && !ctx.has_conjunction(j) {
            self.end += 2;
            self.strong = true;
            return true;
        }
        if ctx.has_preposition(j) || lexicon::is_function_word(&t.norm) {
            return false;
        }
        // «الإمام الأكبر», «الحاخام الأكبر»: the senior cleric.
        if t.clitics.article
            && t.stem == "اكبر"
            && ctx.trig(j - 1) == Some(Trigger::Honorific)
            && ctx.definite(j - 1)
        {
            self.end += 1;
            return true;
        }
        // «نائب رئيس الوزراء», «مساعد وزير الخارجية», «مستشار الرئيس»: a deputy's,
        // assistant's or adviser's office in construct takes the office it serves.
        if self.office_words == 1
            && self.open
            && DEPUTIES.contains(&ctx.tokens[j - 1].base())
            && ctx.trig(j) == Some(Trigger::Office)
            // «وزير» reads as «و» + a word too.
            && (!ctx.has_conjunction(j) || lexicon::trigger(&t.norm) == Some(Trigger::Office))
        {
            // The office served then reads as if it began the title: «نائب رئيس الدولة»
            // takes «الدولة» as «رئيس الدولة» does.
            self.office_word(t, true);
            self.office_words = 1;
            return true;
        }
        // «حضرة صاحب السمو», «صاحب الجلالة»: the honorific phrase of «صاحب».
        if self.office_words == 0
            && t.base() == "صاحب"
            && ctx.definite(j + 1)
            && ctx.stem_in(j + 1, &["سمو", "جلاله", "معالي", "فخامه", "سعاده"])
        {
            self.end += 2;
            return true;
        }
        self.rank_or_honorific(ctx) || self.compound_or_nationality(ctx) || self.complement(ctx)
    }

    /// An office after an honorific («معالي الوزير»), a rank modifier, another rank or
    /// honorific.
    fn rank_or_honorific(&mut self, ctx: &Ctx) -> bool {
        let j = self.end;
        let t = &ctx.tokens[j];
        let conjunction = ctx.has_conjunction(j);
        // «قائد القيادة المركزية الأمريكية الأدميرال»: a rank after the office.
        match rank_or_trigger(ctx, j) {
            // Not after an ambiguous honorific without its article: «أمام رئيس اللجنة» is
            // "before the committee's chairman".
            // «وزير» reads as «و» + a word too.
            // «وكيل الأمين العام»: the under-secretary's rank word serves an office too.
            Some(Trigger::Office)
                if self.office_words == 0
                    && (self.first == Trigger::Honorific
                        || ctx.tokens[self.start].base() == "وكيل"
                            && self.end == self.start + 1)
                    && (!conjunction || lexicon::trigger(&t.norm) == Some(Trigger::Office))
                    && (!given_name_office(ctx, j) || general_office(ctx, j))
                    && (!ambiguous(ctx, self.start)
                        || ctx.tokens[self.start].clitics.article
                        || ctx.tokens[self.start].base() == "وكيل" && general_office(ctx, j))
                    && !self.definite_royal(ctx) =>
            {
                self.office_word(t, true)
            }
            // «الركن», «ركن», «بحري», «أول» (not «الأول»: «الفريق الأول» is a team),
            // «المتقاعد».
            Some(Trigger::RankMod)
                if self.rank
                    && (!t.clitics.article || matches!(t.stem.as_str(), "ركن" | "متقاعد")) =>
            {
                self.strong = true;
                self.end += 1;
                true
            }
            // «سعادة المهندس سعد …», «وزير الاستثمار المهندس خالد الفالح»: after an
            // honorific or an office «المهندس» is a courtesy word, not a rank's modifier,
            // and no name (the person's title leaves it out).
            Some(Trigger::RankMod) if !self.rank && t.stem == "مهندس" && !conjunction => {
                self.end += 1;
                true
            }
            // «مدرب حراس المرمى | أمير عبد الحميد»: after a whole office an indefinite
            // royal title that is also a given name begins the name.
            Some(Trigger::Honorific)
                if self.office_words > 0
                    && !self.open
                    && !t.clitics.article
                    && ROYAL.contains(&t.base())
                    && ctx.flags(j) & flag::FIRST_NAME != 0 =>
            {
                false
            }
            // «الشيخ | سلطان بن محمد القاسمي»: after courtesy words a royal title that is
            // a given name, with a name after it, begins the name.
            Some(Trigger::Honorific) if self.office_words == 0 && royal_given_name(ctx, j) => false,
            // «المستشار الألماني | سمو وزير الخارجية»: an honorific of address before an
            // office after a whole office begins another man's title.
            Some(Trigger::Honorific)
                if self.office_words > 0
                    && ADDRESS.contains(&t.base())
                    && ctx.trig(j + 1) == Some(Trigger::Office) =>
            {
                false
            }
            // «سمو أمير البلاد الشيخ …»: a royal title in construct after an honorific
            // takes its realm, as one that begins the title does.
            Some(Trigger::Honorific)
                if self.office_words == 0
                    && !conjunction
                    && !t.clitics.article
                    && ROYAL.contains(&t.base())
                    && ADDRESS.contains(&ctx.tokens[j - 1].base()) =>
            {
                self.office_word(t, true)
            }
            // «السيد سيد أحمد ولد أبوه»: the same courtesy word without its article right
            // after it is a given name, which begins the name (not «الأمير أميرها»).
            Some(Trigger::Rank | Trigger::Honorific)
                if !t.clitics.article
                    && ctx.tokens[j - 1].clitics.article
                    && ctx.tokens[j - 1].base() == t.base()
                    && courtesy_only(std::slice::from_ref(t)) =>
            {
                false
            }
            Some(tr @ (Trigger::Rank | Trigger::Honorific)) if !conjunction => {
                // «مدير الفريق | ليخبره»: a rank after an office ends its construct.
                self.open &= self.office_words == 0;
                self.strong |= !ambiguous(ctx, j);
                self.rank |= tr == Trigger::Rank;
                self.end += 1;
                true
            }
            _ => false,
        }
    }

    /// The title is a definite royal title alone («الأمير», «الملك»): an office after it
    /// is another title («الأمير | مستشار الرئيس»), as an honorific's («معالي الوزير») is
    /// not.
    fn definite_royal(&self, ctx: &Ctx) -> bool {
        let head = &ctx.tokens[self.start];
        self.end == self.start + 1 && head.clitics.article && ROYAL.contains(&head.base())
    }

    /// Two offices at once («وزيري الدفاع والداخلية», «وزيرا الخارجية والدفاع»): each
    /// portfolio joined by «و» belongs to the title.
    fn dual(&self, ctx: &Ctx) -> bool {
        let head = &ctx.tokens[self.start];
        matches!(head.norm.as_str(), "وزيري" | "وزيرا")
    }

    /// An office's complement: a genitive of an office in construct state, an adjective,
    /// a compound modifier; never a place, a name the tagger found or an organisation.
    fn complement(&mut self, ctx: &Ctx) -> bool {
        let j = self.end;
        let t = &ctx.tokens[j];
        // «المتحدث باسم [المجلس الأعلى الإسلامي]»: the body spoken for is no part of it.
        if self.open
            && self.office_words <= 2
            && ctx.crf[j].is_none()
            && !ctx.has_conjunction(j)
            && ctx.tokens[j - 1].norm != "باسم"
            && let Some((e, government)) = super::bodies::governed_body_at(ctx, j)
                .map(|e| (e, false))
                .or_else(|| government_at(ctx, j).map(|e| (e, true)))
        {
            self.office_words += 1;
            self.open = false;
            self.end = e;
            self.governed = true;
            self.government = government;
            return true;
        }
        // «رئيس هيئة الأركان المشتركة»: the staff its chief heads, however tagged.
        if self.open
            && self.office_words == 1
            && let Some(e) = joint_staff_at(ctx, j)
        {
            self.office_words += 1;
            self.open = false;
            self.end = e;
            self.governed = true;
            self.government = true;
            return true;
        }
        // «قائد الأسطول الخامس», «قائد المنطقة العسكرية الرابعة»: the ordinal of the
        // body the office heads.
        if self.office_words >= 2
            && !self.open
            && ctx.definite(j)
            && ctx.tok(j).is_some_and(|o| {
                let masculine = o.stem.strip_suffix('ه').unwrap_or(&o.stem);
                super::date_parts::ORDINALS.contains(&masculine)
            })
            && !ctx.has_conjunction(j)
        {
            let teen = ctx
                .tok(j + 1)
                .is_some_and(|n| matches!(n.norm.as_str(), "عشر" | "عشره"));
            self.office_words += 1;
            self.end += 1 + usize::from(teen);
            return true;
        }
        if ctx.tokens[j - 1].norm == "باسم" && bare_spoken_for(ctx, j) {
            return self.office_word(t, false);
        }
        // «رئيس [الجمهورية اللبنانية]»: a formal state name is a place of its own.
        if super::localities::state_names::state_name(ctx, j).is_some() {
            return false;
        }
        // «رئيس جمهورية [العراق]», «أمير دولة [الكويت]»: a state's head after the office
        // is its genitive, where the tagger reads the head as part of the place.
        if self.office_words == 1 && j == self.start + 1 && state_head(t) {
            return self.office_word(t, true);
        }
        if self.office_words == 0
            || ctx.place_at(j) > 0
            || ctx.crf[j].is_some()
            || ctx.starts_org(j)
        {
            return false;
        }
        // «مديرا فنيا», «أمينا عاما»: an office in the accusative takes its adjective in
        // the accusative, and nothing else.
        if ACCUSATIVE_OFFICES.contains(&ctx.tokens[self.start].norm.as_str()) {
            let adjective = j == self.start + 1 && ACCUSATIVE_ADJECTIVES.contains(&t.norm.as_str());
            return adjective && self.office_word(t, false);
        }
        // «محافظ سابق», «رئيس وزراء مؤقت»: an indefinite adjective ends the construct.
        if self.open
            && !t.clitics.article
            && TITLE_ADJECTIVES.contains(&t.stem.as_str())
            && !AMBIGUOUS_OFFICES.contains(&ctx.tokens[j - 1].base())
        {
            return self.office_word(t, false);
        }
        // «مدرب [السد]»: a club the world lists know ends a coach's office.
        if self.office_words == 1 && coach_of_club(ctx, j) {
            return false;
        }
        // «رئيس مجلس الوزراء», «رئيس لجنة التحقيق»: a head that starts no organisation of
        // its own is the office's genitive.
        // «محافظ العاصمة», «أمير المنطقة», «حاكم الولاية»: a definite place head right
        // after the office is its domain.
        // «نائب رئيس مجلس الدولة الصيني»: «الدولة» is the council's too.
        let state_council = ctx.trig(j - 1) == Some(Trigger::OrgHead) && t.stem == "دوله";
        let domain = (self.office_words == 1 || state_council)
            && t.clitics.article
            && ctx.trig(j) == Some(Trigger::LocHead);
        // «مدير المهرجان», «أمين عام الجائزة»: the event just named.
        let event = t.clitics.article && ctx.trig(j) == Some(Trigger::EventHead);
        // «رئيس ديوان الرئاسة», «وزير شؤون الرئاسة»: the presidency an office serves.
        let presidency = j > self.start + 1 && t.clitics.article && t.stem == "رئاسه";
        let genitive = self.open
            && self.office_words <= 4
            && (matches!(ctx.trig(j), None | Some(Trigger::OrgHead))
                || domain
                || event
                || presidency)
            && !AMBIGUOUS_OFFICES.contains(&ctx.tokens[j - 1].base());
        // «مدير إدارة الثقافة والفنون», «وزير التربية والتعليم»: a portfolio joined to the
        // genitive before it.
        let joined_portfolio = self.office_words >= 2
            && ctx.has_conjunction(j)
            && t.clitics.article
            && ctx.tokens[j - 1].clitics.article
            // «والبحث العلمي»: a portfolio that is also a verb of speech («بحث»).
            && matches!(ctx.trig(j), None | Some(Trigger::Speech))
            && (super::orgs::PORTFOLIOS.contains(&t.stem.as_str())
                || TITLE_PORTFOLIOS.contains(&t.stem.as_str())
                || self.dual(ctx));
        if joined_portfolio {
            return self.office_word(t, false);
        }
        let complement = lexicon::ORG_COMPOUND_MODIFIERS.contains(&t.base())
            || ctx.nisba(j)
            || (t.clitics.article && TITLE_ADJECTIVES.contains(&t.stem.as_str()))
            || (self.office_words >= 2
                && t.clitics.article
                && PORTFOLIO_ADJECTIVES.contains(&t.stem.as_str()))
            || (self.office_words == 1 && t.clitics.article && !ctx.is_common(j))
            || genitive;
        // «لجنة الشؤون التشريعية والقانونية»: an adjective joined to the one before it.
        let joined_adjective = ctx.nisba(j) && self.office_words >= 2 && ctx.nisba(j - 1);
        // A construct noun is followed by its genitive, never by «و»: a word that looks
        // like «و» + word there is one word («قائد وحدة»).
        complement
            && (genitive || joined_adjective || !ctx.has_conjunction(j))
            && self.office_word(t, genitive)
    }
}

/// An indefinite head of a state's formal name: «جمهورية», «دولة», «مملكة», «سلطنة»,
/// «إمارة».
fn state_head(t: &Token) -> bool {
    !t.clitics.article && lexicon::STATE_HEADS.contains(&t.stem.as_str())
}
