//! The words after an organisation head, taken one step at a time (`OrgScan`): places,
//! adjectives, a genitive or a construct chain, joined portfolios, what the body is for.

use super::orgs::{DEFINITE_HEADS, PORTFOLIOS, STRONG_ORG_HEADS, agrees};
use super::*;

/// The words after an organisation head, taken one step at a time.
pub(super) struct OrgScan<'s> {
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
    pub(super) fn new(ctx: &Ctx, i: usize, stem: &'s str) -> Option<Self> {
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
    pub(super) fn run(mut self, ctx: &Ctx) -> Option<usize> {
        while self.end < ctx.tokens.len()
            && self.end - self.start <= self.reach()
            && ctx.is_word(self.end)
            && !ctx.tokens[self.end].line_start
            && !self.ends_here(ctx)
            && (self.modifier(ctx) || self.complement(ctx))
        {}
        (self.modifiers > 0 && self.anchored).then_some(self.end)
    }

    /// How many words after the head a name may run to: a Maghreb ministry's joined
    /// portfolios run longer («وزارة الشؤون الخارجية والجالية الوطنية بالخارج والشؤون
    /// الإفريقية»).
    fn reach(&self) -> usize {
        if self.stem == "وزاره" { 9 } else { 6 }
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
    /// and that starts none is the head's genitive («هيئة \[الأشغال\] العامة»).
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
            || ctx.has_preposition(j) && !t.norm.starts_with("لل") && !self.abroad(ctx, j)
            || ctx.crf[j] == Some(Label::Org) && self.modifiers == 0 && !genitive_word && !same
    }

    /// «وزارة الشؤون الخارجية والجالية الوطنية بالخارج», «وزارة الخارجية والهجرة وشؤون
    /// المصريين بالخارج»: a ministry's portfolio abroad, after its portfolios.
    fn abroad(&self, ctx: &Ctx, j: usize) -> bool {
        self.stem == "وزاره"
            && self.modifiers > 0
            && ctx.tok(j).is_some_and(|t| t.norm == "بالخارج")
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
            // «هيئة الخدمات المالية», «هيئة الطرق والمواصلات»: a common noun names the
            // body with its adjective or a joined portfolio after it.
            let described = ctx.adjective(j + 1)
                && ctx
                    .tok(j + 1)
                    .is_some_and(|a| a.clitics.article && !a.line_start)
                && !ctx.has_conjunction(j + 1)
                && !ctx.has_preposition(j + 1)
                && !is_nationality(&ctx.tokens[j + 1], ctx.gaz);
            let joined = ctx.has_conjunction(j + 1)
                && ctx
                    .tok(j + 1)
                    .is_some_and(|p| p.clitics.article && PORTFOLIOS.contains(&p.stem.as_str()));
            if t.clitics.article && !ctx.nisba(j) && ctx.crf[j].is_none() && (described || joined) {
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
            && !ctx.has_preposition(j - 1)
            && ctx.crf[j - 1].is_none()
            && ctx.place_at(j - 1) == 0
            && self.definite_genitive(ctx, j);
        if construct {
            return self.take(1, true);
        }
        // «وكالة غوث وتشغيل اللاجئين», «هيئة رعاية وتأهيل المعاقين»: two nouns in construct
        // joined by «و» share the definite genitive after them.
        let shared = self.modifiers == 1
            && !self.definite_head
            && !prev.clitics.article
            && !ctx.has_preposition(j - 1)
            && ctx.place_at(j - 1) == 0
            && ctx.has_conjunction(j)
            && !ctx.has_preposition(j)
            && !t.clitics.article
            && t.norm.chars().count() >= 4
            && ctx.trig(j).is_none()
            && ctx.crf[j].is_none()
            && self.definite_genitive(ctx, j + 1);
        if shared {
            self.end += 1;
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
        if self.abroad(ctx, j) {
            return self.take(1, false);
        }
        // «كلية الهندسة والبترول», «كلية الشريعة والقانون»: a faculty's second discipline.
        let discipline = self.stem == "كليه"
            && self.modifiers > 0
            && ctx.has_conjunction(j)
            && !ctx.has_preposition(j)
            && t.clitics.article
            && !ctx.nisba(j)
            && ctx.crf[j].is_none()
            && ctx.trig(j).is_none();
        if discipline {
            return self.take(1, false);
        }
        // A ministry's joined portfolios: «وزارة البلدية والبيئة», «وزارة التربية
        // والتعليم العالي» (not «وزارة الخارجية والسفارة»).
        let portfolio = matches!(self.stem, "وزاره" | "هيئه")
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

#[cfg(test)]
mod tests {
    use crate::rules::pipeline_tests::orgs;

    fn has(text: &str, body: &str) {
        let found = orgs(text);
        assert!(found.contains(&body.to_owned()), "{body} in {found:?}");
    }

    #[test]
    fn two_nouns_in_construct_share_their_genitive() {
        has(
            "وحذرت وكالة غوث وتشغيل اللاجئين الفلسطينيين من نقص التمويل.",
            "وكالة غوث وتشغيل اللاجئين الفلسطينيين",
        );
        has(
            "وقالت وكالة غوث وتشغيل اللاجئين إن مدارسها ستبقى مغلقة.",
            "وكالة غوث وتشغيل اللاجئين",
        );
        has(
            "وقدمت مفوضية العون الإنساني قوافل إغاثة إلى الولاية.",
            "مفوضية العون الإنساني",
        );
    }

    #[test]
    fn a_ministry_abroad_and_a_faculty_s_second_discipline() {
        has(
            "وأعلنت وزارة الشؤون الخارجية والجالية الوطنية بالخارج والشؤون الإفريقية عن الزيارة.",
            "وزارة الشؤون الخارجية والجالية الوطنية بالخارج والشؤون الإفريقية",
        );
        has(
            "وقبلت كلية الهندسة والبترول 400 طالب هذا العام.",
            "كلية الهندسة والبترول",
        );
        has(
            "وتخرج في كلية الشريعة والقانون مئات الطلاب.",
            "كلية الشريعة والقانون",
        );
    }
}
