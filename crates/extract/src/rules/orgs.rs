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

/// Definite heads that name an organisation with an adjective («الجيش الكويتي»,
/// «القوات المسلحة», «البنك التجاري», «المصرف المركزي»): armed and security forces, banks.
const DEFINITE_HEADS: &[&str] = &["جيش", "قوات", "قوه", "حرس", "شرطه", "بنك", "مصرف"];

/// Descriptors whose organisation is the proper name after them («صحيفة هآرتس» → «هآرتس»).
const DESCRIPTOR_HEADS: &[&str] = &["صحيفه", "جريده", "مجله", "قناه", "شركه", "نادي", "حركه"];

/// What a ministry may hold besides its first portfolio (stems): «والبيئة», «والتعليم».
const PORTFOLIOS: &[&str] = &[
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

/// Descriptors of newspapers, magazines and channels, named by one definite word.
const MEDIA_DESCRIPTORS: &[&str] = &["صحيفه", "جريده", "مجله", "قناه"];

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
    /// («وزارة», «لجنة» is not one) or a head of [`super::bodies`] with its complement.
    pub(super) fn starts_org(&self, i: usize) -> bool {
        self.tok(i)
            .is_some_and(|t| t.kind == TokenKind::Word && STRONG_ORG_HEADS.contains(&head_base(t)))
            || super::bodies::body_at(self, i).is_some()
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

    /// A nisba adjective that is not an ordinal.
    fn adjective(&self, i: usize) -> bool {
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
    let n = ctx.tokens.len();
    for i in 0..n {
        if ctx.trig(i) != Some(Trigger::OrgHead) || ctx.crf[i] == Some(Label::Org) {
            continue;
        }
        let head = &ctx.tokens[i];
        let stem = head_base(head);
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
            // A newspaper or channel is often named by one definite word («صحيفة الشرق»,
            // «جريدة الأهرام»); an adjective there describes it («صحيفة المحلية»).
            if j == i + 1 && MEDIA_DESCRIPTORS.contains(&stem) && ctx.media_name(j) {
                j += 1;
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
            // A ministry's joined portfolios: «وزارة البلدية والبيئة», «وزارة التربية
            // والتعليم العالي» (not «وزارة الخارجية والسفارة»).
            if stem == "وزاره"
                && modifiers > 0
                && ctx.has_conjunction(j)
                && t.clitics.article
                && PORTFOLIOS.contains(&t.stem.as_str())
            {
                j += 1;
                modifiers += 1;
                continue;
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
