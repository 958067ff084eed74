//! Organisations from their head word.

use super::events::paren_acronym;
use super::*;

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

/// Heads of parties and movements, which have no remit after «لل».
const PARTY_HEADS: &[&str] = &["حزب", "حركه", "جبهه", "تحالف"];

/// Definite heads that name an organisation with an adjective («الجيش الكويتي»,
/// «القوات المسلحة», «البنك التجاري», «المصرف المركزي»): armed and security forces, banks.
const DEFINITE_HEADS: &[&str] = &["جيش", "قوات", "قوه", "حرس", "شرطه", "بنك", "مصرف"];

/// Descriptors: folded words saying what kind of body the name after them is. With
/// `true`, the organisation is that name alone («صحيفة هآرتس» → «هآرتس», «شركة أبل» →
/// «أبل»); with `false` the descriptor belongs to the name («بنك قطر الوطني», «منظمة
/// التحرير»). Either way the name after it, met alone later in the article, is the same
/// body (`crate::resolve`: «أبل» → «شركة أبل» where the tagger took the descriptor in).
const DESCRIPTORS: &[(&str, bool)] = &[
    ("صحيفه", true),
    ("جريده", true),
    ("مجله", true),
    ("قناه", true),
    ("شركه", true),
    ("نادي", true),
    ("حركه", true),
    ("مجموعه", false),
    ("وكاله", false),
    ("منظمه", false),
    ("جمعيه", false),
    ("بنك", false),
    ("مصرف", false),
];

/// True for a descriptor of [`DESCRIPTORS`] (folded, without clitics).
pub fn is_descriptor(word: &str) -> bool {
    DESCRIPTORS.iter().any(|&(d, _)| d == word)
}

/// True for a descriptor whose organisation is the name after it alone.
fn descriptor_outside(word: &str) -> bool {
    DESCRIPTORS.iter().any(|&(d, outside)| outside && d == word)
}

/// What a ministry may hold besides its first portfolio (stems): «والبيئة», «والتعليم».
pub(super) const PORTFOLIOS: &[&str] = &[
    "تعليم",
    "بيئه",
    "شؤون",
    "عمل",
    "تخطيط",
    "اسكان",
    "اعلام",
    "ثقافه",
    "رياضه",
    "شباب",
    "سياحه",
    "تجاره",
    "صناعه",
    "زراعه",
    "مياه",
    "كهرباء",
    "طاقه",
    "نقل",
    "مواصلات",
    "اتصالات",
    "تنميه",
    "اقتصاد",
    "ماليه",
    "عدل",
    "اوقاف",
    "صحه",
    "بحث",
    "ابتكار",
    "تكنولوجيا",
    "تقنيه",
    "معلومات",
    "اتصال",
    "تراث",
    "فنون",
    "سكان",
    "مرافق",
    "بلديات",
    "اشغال",
    "تموين",
    "تجاره",
    "استثمار",
    "رقابه",
    "مواطنين",
];

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
    /// True when an organisation the rules name starts at token `i`: a strong head
    /// («وزارة», «لجنة» is not one) that is indefinite or one of [`DEFINITE_HEADS`] («الجيش»;
    /// «الهيئة», «الجامعة» alone are the office's genitive: «رئيس الجامعة»), or a head of
    /// [`super::bodies`] with its complement.
    pub(super) fn starts_org(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| {
            let base = head_base(t);
            t.kind == TokenKind::Word
                && STRONG_ORG_HEADS.contains(&base)
                && (!t.clitics.article || DEFINITE_HEADS.contains(&base))
        }) || super::bodies::body_at(self, i).is_some()
    }

    /// A definite word that may name a newspaper or channel: not an adjective, a number,
    /// calendar or function word, a trigger, or a word that is never a name alone.
    fn media_name(&self, i: usize) -> bool {
        let Some(t) = self.tok(i) else { return false };
        t.kind == TokenKind::Word
            && t.clitics.article
            && !t.line_start
            && !self.nisba(i)
            && self.trig(i).is_none()
            && !lexicon::is_function_word(&t.norm)
            && !lexicon::never_a_name_alone(&t.norm, &t.norm, &t.stem)
            && t.stem.chars().count() >= 3
    }

    /// A two-letter word the harvested names hold mostly as an organisation («شركة شل»),
    /// too short for [`Ctx::proper_like`].
    fn short_org_name(&self, i: usize) -> bool {
        let t = &self.tokens[i];
        t.kind == TokenKind::Word
            && !t.clitics.article
            && t.norm.chars().count() == 2
            && !lexicon::is_function_word(&t.norm)
            && self
                .gaz
                .phrases
                .map
                .get(&t.key)
                .and_then(|c| c.best())
                .is_some_and(|(ty, _)| ty == 2)
    }

    /// A nisba adjective that is not an ordinal.
    pub(super) fn adjective(&self, i: usize) -> bool {
        self.nisba(i) && !ORDINALS.contains(&self.tokens[i].stem.as_str())
    }

    /// An indefinite word that may be a proper name: not common, not a trigger, not an
    /// adjective-looking word («صينية», «دولية»).
    pub(super) fn proper_like(&self, i: usize) -> bool {
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
pub(super) fn orgs(ctx: &Ctx, out: &mut Vec<Cand>) {
    for i in 0..ctx.tokens.len() {
        if ctx.trig(i) != Some(Trigger::OrgHead) {
            continue;
        }
        let head = &ctx.tokens[i];
        let stem = head_base(head);
        let tagged = ctx.crf[i] == Some(Label::Org);
        // «60 شركة ناشئة»: after a number the descriptor is counted, not a name's.
        let counted = i > 0 && ctx.tokens[i - 1].kind == TokenKind::Number;
        if descriptor_outside(stem) && !head.clitics.article && counted {
            continue;
        }
        if descriptor_outside(stem) && !head.clitics.article {
            // Where the tagger took the descriptor in, only a longer name counts («شركة
            // أرامكو | السعودية»).
            let first_of_tagged = tagged && (i == 0 || ctx.crf_end[i - 1] != ctx.crf_end[i]);
            match name_after_descriptor(ctx, i, stem) {
                Some(j) if !tagged || first_of_tagged && j > ctx.crf_end[i] => {
                    out.push(Cand::new(i + 1, j, Label::Org, PRIO_ORG));
                }
                _ => {}
            }
            continue;
        }
        // Inside the tagger's organisation, only what the body is for, after it, makes a
        // longer reading («[هيئة قطر] للأسواق المالية», «[البنك الأفريقي] للتنمية»); an
        // adjective there is ANERcorp's and the tagger's call («[حزب الله] اللبناني»), and
        // a party has no remit («حزب الله | للجنديين»).
        let first_of_tagged = tagged && (i == 0 || ctx.crf_end[i - 1] != ctx.crf_end[i]);
        let remit_after = |j: usize| {
            let e = ctx.crf_end[i];
            j > e && ctx.tokens[e].norm.starts_with("لل") && !PARTY_HEADS.contains(&stem)
        };
        let Some(j) = OrgScan::new(ctx, i, stem)
            .and_then(|scan| scan.run(ctx))
            .filter(|&j| !tagged || first_of_tagged && remit_after(j))
            .or_else(|| remit_before_acronym(ctx, i).filter(|_| first_of_tagged))
        else {
            continue;
        };
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

/// «[منظمة الدول المصدرة] للبترول (أوبك)»: where the tagger's organisation from `i` is
/// followed by what it is for and then its acronym in brackets, the remit belongs to the
/// name the acronym stands for: the end.
fn remit_before_acronym(ctx: &Ctx, i: usize) -> Option<usize> {
    let e = ctx.crf_end[i];
    let t = ctx.tok(e)?;
    if !t.norm.starts_with("لل") || ctx.crf[e].is_some() || t.line_start {
        return None;
    }
    paren_acronym(ctx, e + 1).map(|_| e + 1)
}

/// The end of the proper name after the descriptor at `i` («صحيفة هآرتس»): the tagger's
/// span there (at most three words, and only that span: «لشركة غوغل | ساندر بيتشاي»), or
/// else unknown words, not a CRF span followed by more words («حركة حماس | تستعد»);
/// `None` when there is none.
fn name_after_descriptor(ctx: &Ctx, i: usize, stem: &str) -> Option<usize> {
    let n = ctx.tokens.len();
    let mut j = i + 1;
    if j < n && matches!(ctx.crf[j], Some(Label::Org | Label::Person | Label::Misc)) {
        j = ctx.crf_end[j].min(i + 4);
    } else {
        while j < n
            && j - i <= 3
            && !ctx.tokens[j].line_start
            && ctx.crf[j].is_none()
            && (ctx.proper_like(j) || j == i + 1 && ctx.short_org_name(j))
            && !ctx.has_conjunction(j)
        {
            j += 1;
            if ctx.short_org_name(j - 1) {
                break;
            }
        }
    }
    // A newspaper or channel is often named by one definite word («صحيفة الشرق»,
    // «جريدة الأهرام»); an adjective there describes it («صحيفة المحلية»).
    if j == i + 1 && super::alone::MEDIA_DESCRIPTORS.contains(&stem) && ctx.media_name(j) {
        j += 1;
    }
    // «شركة أرامكو السعودية»: a nationality after the name is part of it where the world
    // gazetteer knows the two together; elsewhere it only describes the company
    // («شركة توتال الفرنسية», «لنادي السد الإسباني فيليكس سانشيز»).
    let nationality = |k: usize| {
        ctx.tok(k).is_some_and(|t| {
            t.clitics.article && !t.line_start && super::is_nationality(t, ctx.gaz)
        }) && !ctx.has_conjunction(k)
            && !ctx.has_preposition(k)
    };
    let known = |k: usize| {
        let words: Vec<&str> = ctx.tokens[i + 1..=k]
            .iter()
            .map(|t| t.key.as_str())
            .collect();
        ctx.gaz
            .world
            .map
            .get(&words.join(" "))
            .is_some_and(|c| c.by_type[2] > 0)
    };
    // Only a company: the world list's «النصر العماني» is a title that tells two clubs
    // apart, not the club's name in the news.
    if j > i + 1 && stem == "شركه" && nationality(j) && known(j) {
        j += 1;
    }
    (j > i + 1).then_some(j)
}

/// The words after an organisation head, taken one step at a time.
struct OrgScan<'s> {
    /// The head's token.
    start: usize,
    /// The head's form in the lists.
    stem: &'s str,
    /// «الجيش», «البنك»: a definite head takes adjectives, never a genitive.
    definite_head: bool,
    /// A head of [`STRONG_ORG_HEADS`].
    strong: bool,
    /// One past the last word taken.
    end: usize,
    /// Words taken after the head.
    modifiers: usize,
    /// Something names the organisation (a place, an adjective, a genitive).
    anchored: bool,
}

impl<'s> OrgScan<'s> {
    /// A scan from the head at `i`, when that head can start an organisation: a strong
    /// head, or a definite head of [`DEFINITE_HEADS`].
    fn new(ctx: &Ctx, i: usize, stem: &'s str) -> Option<Self> {
        let strong = STRONG_ORG_HEADS.contains(&stem);
        let definite_head = ctx.tokens[i].clitics.article;
        let ok = if definite_head {
            DEFINITE_HEADS.contains(&stem)
        } else {
            strong
        };
        ok.then_some(OrgScan {
            start: i,
            stem,
            definite_head,
            strong,
            end: i + 1,
            modifiers: 0,
            anchored: false,
        })
    }

    /// Takes words while one names or completes the organisation; its end when it is
    /// anchored.
    fn run(mut self, ctx: &Ctx) -> Option<usize> {
        while self.end < ctx.tokens.len()
            && self.end - self.start <= 6
            && ctx.is_word(self.end)
            && !ctx.tokens[self.end].line_start
            && !self.ends_here(ctx)
            && (self.modifier(ctx) || self.complement(ctx))
        {}
        (self.modifiers > 0 && self.anchored).then_some(self.end)
    }

    /// Takes `n` words; `anchored` when they name the organisation.
    fn take(&mut self, n: usize, anchored: bool) -> bool {
        self.end += n;
        self.modifiers += 1;
        self.anchored |= anchored;
        true
    }

    /// True when the word at the end cannot continue the name: a function word, a
    /// preposition other than «لل», or a separate organisation right after the head
    /// («قوات الاتحاد الأفريقي»). One word the tagger took for an organisation on its own
    /// and that starts none is the head's genitive («هيئة [الأشغال] العامة»).
    fn ends_here(&self, ctx: &Ctx) -> bool {
        let j = self.end;
        let t = &ctx.tokens[j];
        let genitive_word = !self.definite_head
            && ctx.crf_end[j] == j + 1
            && (j == 0 || ctx.crf_end[j - 1] != ctx.crf_end[j])
            && ctx.trig(j).is_none()
            && !ctx.starts_org(j);
        // The tagger's organisation that holds the head is this one, not another.
        let same =
            ctx.crf[self.start] == Some(Label::Org) && ctx.crf_end[j] == ctx.crf_end[self.start];
        lexicon::is_function_word(&t.norm)
            || ctx.has_preposition(j) && !t.norm.starts_with("لل")
            || ctx.crf[j] == Some(Label::Org) && self.modifiers == 0 && !genitive_word && !same
    }

    /// A place, an adjective or a compound modifier at the end.
    fn modifier(&mut self, ctx: &Ctx) -> bool {
        let j = self.end;
        let t = &ctx.tokens[j];
        let place = ctx.place_at(j);
        if place > 0 && !ctx.has_preposition(j) && !ctx.has_conjunction(j) {
            return self.take(place, true);
        }
        if ctx.adjective(j) && !ctx.has_preposition(j) {
            // A definite head's first adjective agrees with it: «البنك التجاري», not
            // «(إدارة) البنك الرأسمالية», which describes another noun.
            let first = self.modifiers == 0;
            let refused =
                ctx.has_conjunction(j) || (self.definite_head && !agrees(self.stem, &t.norm));
            return !(first && refused) && self.take(1, true);
        }
        let compound = lexicon::ORG_COMPOUND_MODIFIERS.contains(&t.base());
        if compound && !ctx.has_preposition(j) && !ctx.has_conjunction(j) {
            let anchored = !self.definite_head || self.modifiers >= 1 || t.clitics.article;
            return self.take(1, anchored);
        }
        false
    }

    /// A definite noun at `j` that may be a genitive of the name: rare, no adjective,
    /// not the tagger's, no clitic but the article.
    fn definite_genitive(&self, ctx: &Ctx, j: usize) -> bool {
        ctx.tok(j)
            .is_some_and(|t| t.kind == TokenKind::Word && t.clitics.article && !t.line_start)
            && !ctx.has_preposition(j)
            && !ctx.has_conjunction(j)
            && !ctx.is_common(j)
            && !ctx.nisba(j)
            && ctx.crf[j].is_none()
    }

    /// A genitive, a joined portfolio or what the body is for, at the end.
    fn complement(&mut self, ctx: &Ctx) -> bool {
        let j = self.end;
        let t = &ctx.tokens[j];
        // Genitive complement of an indefinite head: «وزارة الخارجية», «حركة حماس».
        if !self.definite_head
            && self.modifiers == 0
            && !ctx.has_preposition(j)
            && !ctx.has_conjunction(j)
        {
            let proper = ctx.crf[j].is_some() || ctx.proper_like(j);
            if (t.clitics.article && !ctx.is_common(j) && !ctx.nisba(j)) || proper {
                return self.take(1, true);
            }
            // «رابطة محترفي التنس», «اتحاد منتجي النفط»: a plural in construct, then its
            // genitive.
            if !t.clitics.article
                && ctx.crf[j].is_none()
                && !ctx.is_common(j)
                && ctx.trig(j).is_none()
                && t.norm.ends_with('ي')
                && self.definite_genitive(ctx, j + 1)
            {
                self.end += 1;
                return self.take(1, true);
            }
        }
        // «رابطة محترفات التنس», «هيئة تنظيم الاتصالات»: an indefinite genitive is in
        // construct with a definite one.
        let prev = &ctx.tokens[j - 1];
        let construct = self.modifiers == 1
            && !self.definite_head
            && !prev.clitics.article
            && ctx.crf[j - 1].is_none()
            && ctx.place_at(j - 1) == 0
            && self.definite_genitive(ctx, j);
        if construct {
            return self.take(1, true);
        }
        // «وزارة الاتصالات وتكنولوجيا المعلومات»: an indefinite portfolio in construct.
        let construct_portfolio = matches!(self.stem, "وزاره" | "هيئه")
            && self.modifiers > 0
            && ctx.has_conjunction(j)
            && !t.clitics.article
            && PORTFOLIOS.contains(&t.stem.as_str())
            && ctx
                .tok(j + 1)
                .is_some_and(|g| g.clitics.article && !g.line_start)
            && !ctx.has_conjunction(j + 1)
            && !ctx.has_preposition(j + 1);
        if construct_portfolio {
            self.end += 1;
            return self.take(1, false);
        }
        // A ministry's joined portfolios: «وزارة البلدية والبيئة», «وزارة التربية
        // والتعليم العالي» (not «وزارة الخارجية والسفارة»).
        let portfolio = self.stem == "وزاره"
            && ctx.has_conjunction(j)
            && t.clitics.article
            && PORTFOLIOS.contains(&t.stem.as_str());
        // «للاجئين» after a modifier: «المفوضية العليا للاجئين»; a common word when its
        // adjective follows («هيئة قطر للأسواق المالية»).
        let purpose = self.strong
            && t.norm.starts_with("لل")
            && (!ctx.is_common(j) || ctx.adjective(j + 1) && !ctx.has_conjunction(j + 1));
        self.modifiers > 0 && (portfolio || purpose) && self.take(1, false)
    }
}

/// «هيئة الأشغال العامة «أشغال»»: a short quoted name right after an organisation names
/// it too. The quoted name must be one of the organisation's own words or a rare word (not
/// «البرنامج»); a rare one is its alias, as an acronym in brackets is.
pub(super) fn quoted_aliases(ctx: &Ctx, out: &mut Vec<Cand>) {
    let mut extra = Vec::new();
    for (s, e) in org_spans(ctx, out) {
        // Guillemets only (a straight quote after a name may close its own quotation), and
        // one word: a longer quotation is a campaign's or a programme's name.
        let quoted = ctx.tok(e).is_some_and(|t| t.is_punct('«'))
            && ctx.tok(e + 2).is_some_and(|t| t.is_punct('»'));
        let word = ctx.tok(e + 1).is_some_and(|t| {
            t.kind == TokenKind::Word
                && t.norm.chars().count() >= 3
                && !lexicon::is_function_word(&t.norm)
        });
        if !(quoted && word) {
            continue;
        }
        let key = &ctx.tokens[e + 1].key;
        let own = ctx.tokens[s..e].iter().any(|t| t.key == *key);
        if own || !ctx.is_common(e + 1) && ctx.crf[e + 1].is_none() {
            // An alias is found wherever its words are, names included: one of the
            // name's own words is a mention of its own instead, or it would cut the name
            // («هيئة [أشغال]» inside «هيئة الأشغال العامة»).
            extra.push(Cand {
                alias_of: (!own).then_some(s),
                ..Cand::new(e + 1, e + 2, Label::Org, PRIO_ORG)
            });
        }
    }
    out.extend(extra);
}

/// «أوبك+»: a name with a plus sign glued to it is another body than the name alone (the
/// OPEC+ group is not OPEC); the tagger's organisation takes the sign, and wins over an
/// acronym of the same words found elsewhere in the article.
pub(super) fn plus_names(ctx: &Ctx, out: &mut Vec<Cand>) {
    for (s, e) in org_spans(ctx, out) {
        let glued = ctx
            .tok(e)
            .is_some_and(|p| p.is_punct('+') && p.start == ctx.tokens[e - 1].end);
        if glued {
            out.push(Cand::new(s, e + 1, Label::Org, PRIO_EVENT + 3));
        }
    }
}

/// The organisations proposed so far, by the rules in `out` and by the tagger.
fn org_spans(ctx: &Ctx, out: &[Cand]) -> Vec<(usize, usize)> {
    let mut orgs: Vec<(usize, usize)> = out
        .iter()
        .filter(|c| c.label == Some(Label::Org) && c.alias_of.is_none())
        .map(|c| (c.start, c.end))
        .collect();
    for s in 0..ctx.tokens.len() {
        let starts = s == 0 || ctx.crf_end[s - 1] != ctx.crf_end[s];
        if ctx.crf[s] == Some(Label::Org) && starts {
            orgs.push((s, ctx.crf_end[s]));
        }
    }
    orgs
}
