//! Organisations from their head word.

use super::events::paren_acronym;
use super::org_scan::OrgScan;
use super::*;

/// Organisation heads that name an organisation with a genitive noun («وزارة الخارجية»).
pub(super) const STRONG_ORG_HEADS: &[&str] = &[
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
    "مفوضيه",
];

/// Heads of parties and movements, which have no remit after «لل».
const PARTY_HEADS: &[&str] = &["حزب", "حركه", "جبهه", "تحالف"];

/// Definite heads that name an organisation with an adjective («الجيش الكويتي»,
/// «القوات المسلحة», «البنك التجاري», «المصرف المركزي»): armed and security forces, banks.
pub(super) const DEFINITE_HEADS: &[&str] = &["جيش", "قوات", "قوه", "حرس", "شرطه", "بنك", "مصرف"];

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

/// True for a descriptor of `DESCRIPTORS` (folded, without clitics).
pub fn is_descriptor(word: &str) -> bool {
    DESCRIPTORS.iter().any(|&(d, _)| d == word)
}

/// True for a descriptor whose organisation is the name after it alone.
fn descriptor_outside(word: &str) -> bool {
    DESCRIPTORS.iter().any(|&(d, outside)| outside && d == word)
}

/// Indefinite adjectives and nouns after «شركة» that describe the company instead of
/// naming it («شركة جديدة», «شركة ناشئة», «شركة قابضة»): stems.
const NOT_NAMES: &[&str] = &[
    "جديده",
    "كبري",
    "كبيره",
    "صغيره",
    "ناشئه",
    "قابضه",
    "تابعه",
    "مشتركه",
    "رائده",
    "متخصصه",
    "مساهمه",
    "عملاقه",
    "خاصه",
    "عامه",
    "ناجحه",
    "وطنيه",
    "اخري",
    "واحده",
];

pub(super) use super::portfolios::PORTFOLIOS;

/// Whether an adjective's gender can agree with a definite organisation head: masculine
/// heads («جيش», «بنك», «مصرف», «حرس») take adjectives without ة, the others with it.
pub(super) fn agrees(head: &str, adjective: &str) -> bool {
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

    /// A nisba adjective that is not an ordinal, nor «الرسمية», which says what a body is
    /// («وكالة إرنا | الرسمية»), never part of its name.
    pub(super) fn adjective(&self, i: usize) -> bool {
        // Rules ask past the last word: `tok`, never an index.
        self.nisba(i)
            && self.tok(i).is_some_and(|t| {
                !ORDINALS.contains(&t.stem.as_str()) && !matches!(t.stem.as_str(), "رسمي" | "رسميه")
            })
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
        // Not after a name the world list holds whole: «منظمة الصحة العالمية | للنصف
        // الشمالي» (the hemisphere it advises).
        let remit_after = |j: usize| {
            let e = ctx.crf_end[i];
            let whole = ctx
                .world_name(i, e)
                .is_some_and(|(n, c)| n == e - i && c.best().is_some_and(|(ty, _)| ty == 2));
            j > e && ctx.tokens[e].norm.starts_with("لل") && !PARTY_HEADS.contains(&stem) && !whole
        };
        // «[القوة الجوية] العراقية»: a force's nationality is its name's (GUIDELINES).
        let force_nationality = |j: usize| {
            let e = ctx.crf_end[i];
            // It agrees with the head: «قائد [القوة الجوية] الإسرائيلي» is the commander's.
            let feminine = match stem {
                "قوات" | "قوه" | "شرطه" => true,
                "جيش" | "حرس" => false,
                _ => return false,
            };
            // «[القوة الجوية الملكية] البحرينية», «[القوة الجوية] الملكية البحرينية».
            let royal = ctx.crf[e].is_none()
                && ctx
                    .tok(e)
                    .is_some_and(|t| matches!(t.stem.as_str(), "ملكيه" | "اميريه"));
            let n = e + usize::from(royal);
            j == n + 1
                && ctx.crf[n].is_none()
                && ctx.tok(n).is_some_and(|t| {
                    super::is_nationality(t, ctx.gaz) && t.norm.ends_with("يه") == feminine
                })
        };
        let Some(j) = OrgScan::new(ctx, i, stem)
            .and_then(|scan| scan.run(ctx))
            .filter(|&j| !tagged || first_of_tagged && (remit_after(j) || force_nationality(j)))
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
    // «صحيفة عمان», «جريدة الرياض»: a paper named by a place is the paper.
    let paper = matches!(stem, "صحيفه" | "جريده" | "مجله");
    let free = |k: usize| {
        ctx.tok(k).is_some_and(|t| !t.line_start)
            && !ctx.has_preposition(k)
            && !ctx.has_conjunction(k)
    };
    // Not «صحيفة [نيويورك تايمز]», which the tagger found whole.
    let place_only = matches!(ctx.crf[j], None | Some(Label::Location));
    if paper && place_only && free(j) && ctx.place_at(j) > 0 {
        return Some(j + ctx.place_at(j));
    }
    if j < n && matches!(ctx.crf[j], Some(Label::Org | Label::Person | Label::Misc)) {
        j = ctx.crf_end[j].min(i + 4);
    } else {
        while j < n
            && j - i <= 3
            && !ctx.tokens[j].line_start
            && ctx.crf[j].is_none()
            && (ctx.proper_like(j) || j == i + 1 && ctx.short_org_name(j))
            && !NOT_NAMES.contains(&ctx.tokens[j].stem.as_str())
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
    // «شركة [إيني الإيطالية]»: the tagger's nationality at the end only describes it.
    if j > i + 2 && stem == "شركه" && nationality(j - 1) && !known(j - 1) {
        j -= 1;
    }
    // «شركة الاتصالات السعودية»: a definite noun and its nationality name the company.
    if j == i + 1 && stem == "شركه" {
        j = super::needs_more::noun_then_nationality(ctx, j).unwrap_or(j);
    }
    // «شركة نفط البصرة», «قناة إم بي سي مصر»: the place right after the name is its own,
    // where the name is no place itself («قناة السويس»).
    let own_place = j > i + 1
        && matches!(stem, "شركه" | "قناه")
        && ctx.place_at(i + 1) == 0
        && ctx.tok(j).is_some_and(|t| !t.line_start)
        && !ctx.has_preposition(j)
        && !ctx.has_conjunction(j);
    if own_place {
        j += ctx.place_at(j);
    }
    // «شركة أوكيو للاستكشاف والإنتاج»: the trade after a company's name is its name's.
    if j > i + 1 && stem == "شركه" {
        j = super::needs_more::company_trade(ctx, j);
    }
    (j > i + 1).then_some(j)
}
