//! What a title takes after its office words: the remit («لشؤون اللاجئين», «للطاقة»,
//! «بالخارج», «والعلاقات مع البرلمان»), the body it serves named by its head alone, an
//! acting office, the office a deputy serves after «لل»; compound titles and a
//! nationality after a rank. Parts of [`TitleScan::step`].

use super::*;

/// Envoys and representatives, who serve an office named after them after «لل».
const ENVOYS: &[&str] = &["مبعوث", "مبعوثه", "ممثل", "منسق", "مندوب", "مندوبه"];

/// Portfolios in construct that follow another after «و» (stems): «واستصلاح الأراضي»,
/// «وتكنولوجيا المعلومات», «وريادة الأعمال», «وتنمية المجتمع».
const CONSTRUCT_PORTFOLIOS: &[&str] = &[
    "استصلاح",
    "تكنولوجيا",
    "رياده",
    "تنميه",
    "تطوير",
    "تخطيط",
    "حمايه",
    "تحديث",
];

impl TitleScan {
    /// Takes the remit at the end ([module documentation](self)): true when it took one.
    pub(super) fn remit(&mut self, ctx: &Ctx) -> bool {
        let j = self.end;
        let t = &ctx.tokens[j];
        // «وزير الدولة للشؤون الخارجية», «المفوض السامي لشؤون اللاجئين»: the office's
        // remit after «ل» belongs to it; so does «باسم» ("on behalf of") after
        // «المتحدث», never a name there (after another office it is the name Bassem:
        // «وكيل الوزارة لشؤون الاستخراج باسم محمد»).
        let on_behalf = t.norm == "باسم" && self.spokesman(ctx);
        if self.office_words > 0
            && (t.stem == "شؤون" || t.key == "شؤون" || on_behalf)
            && !ctx.has_conjunction(j)
        {
            return self.office_word(t, true);
        }
        // «وزير الخارجية وشؤون المغتربين»: a remit joined to the portfolio before it.
        if self.office_words >= 2
            && !self.open
            && t.norm == "وشؤون"
            && ctx.definite(j + 1)
            && ctx.crf[j + 1].is_none()
        {
            self.office_words += 2;
            self.end += 2;
            return true;
        }
        // «الأمين العام للجامعة», «المدير الفني للمهرجان»: the body the office serves,
        // named by its head alone after «لل».
        if self.office_words > 0 && anaphoric_body(ctx, j) {
            self.office_words += 1;
            self.open = false;
            self.end += 1;
            return true;
        }
        // «المبعوثة الأممية بالإنابة», «وزير الداخلية بالوكالة»: an acting office.
        if self.office_words > 0 && ACTING.contains(&t.norm.as_str()) {
            return self.office_word(t, false);
        }
        // «النائب التنفيذي للرئيس», «المستشار الخاص للأمين العام»: the office a deputy or
        // adviser serves, after «لل».
        // So does an envoy or representative: «المبعوث الشخصي للأمين العام», «الممثل
        // الخاص للرئيس».
        let serves = DEPUTIES.contains(&ctx.tokens[self.start].base())
            || ENVOYS.contains(&ctx.tokens[self.start].base());
        if (1..=2).contains(&self.office_words)
            && serves
            && t.norm.starts_with("لل")
            && ctx.trig(j) == Some(Trigger::Office)
            && !ctx.has_conjunction(j)
        {
            return self.office_word(t, true);
        }
        // «عُيّن وزيرا للطاقة والمناجم», «وزيرة للتكوين والتعليم المهنيين»: an indefinite
        // office (in the accusative, what one is made) takes its remit after «لل».
        let head = &ctx.tokens[self.start];
        if self.office_words == 1
            && j == self.start + 1
            && !head.clitics.article
            && ctx.trig(self.start) == Some(Trigger::Office)
            && !AMBIGUOUS_OFFICES.contains(&head.base())
            && head.base() != "ملحق"
            && t.norm.starts_with("لل")
            && !ctx.has_conjunction(j)
        {
            self.office_words += 1;
            self.open = false;
            self.end += 1;
            return true;
        }
        // «الوزير المنتدب المكلف بالمؤسسات المصغرة», «الوزير المكلف بالعلاقات مع
        // البرلمان»: what a minister is charged with, after «ب».
        if self.office_words > 0
            && ctx.tokens[j - 1].clitics.article
            && matches!(ctx.tokens[j - 1].stem.as_str(), "مكلف" | "مكلفه")
            && t.norm.starts_with("بال")
            && t.clitics.article
            && ctx.crf[j].is_none()
        {
            return self.office_word(t, false);
        }
        // «الرئيس المكلف تشكيل الحكومة», «رئيس الوزراء المكلف بتأليف الحكومة»: the
        // Levant's prime minister-designate, charged with forming the government.
        if self.office_words > 0
            && ctx.tokens[j - 1].clitics.article
            && matches!(ctx.tokens[j - 1].stem.as_str(), "مكلف" | "مكلفه")
            && matches!(t.norm.as_str(), "تشكيل" | "تاليف" | "بتشكيل" | "بتاليف")
            && ctx.stem_is(j + 1, &["حكومه"])
            && ctx.definite(j + 1)
        {
            self.office_words += 2;
            self.end += 2;
            return true;
        }
        // «وزير الخارجية والهجرة وشؤون المصريين بالخارج»: "abroad" completes a remit.
        if self.office_words >= 2 && t.norm == "بالخارج" {
            return self.office_word(t, false);
        }
        // «وزير الثقافة والاتصال والعلاقات مع البرلمان»: the Maghreb's portfolio of
        // relations with parliament.
        if self.office_words >= 2
            && t.norm == "مع"
            && ctx.tokens[j - 1].stem == "علاقات"
            && ctx.stem_is(j + 1, &["برلمان"])
            && ctx.definite(j + 1)
        {
            self.office_words += 2;
            self.end += 2;
            return true;
        }
        // «وزير الزراعة واستصلاح الأراضي», «وزير الاتصالات وتكنولوجيا المعلومات»: a
        // portfolio in construct joined to the one before it, with its genitive (not a
        // place or name the tagger read there).
        let construct_portfolio = self.office_words >= 2
            && ctx.has_conjunction(j)
            && !t.clitics.article
            && ctx.tokens[j - 1].clitics.article
            && CONSTRUCT_PORTFOLIOS.contains(&t.stem.as_str())
            && ctx.definite(j + 1)
            && !ctx.has_conjunction(j + 1)
            && ctx.place_at(j + 1) == 0
            && ctx.crf[j + 1].is_none();
        if construct_portfolio {
            self.office_words += 2;
            self.end += 2;
            return true;
        }
        false
    }

    /// The title holds a spokesman's word («المتحدث», «الناطق», «متحدثة»).
    pub(super) fn spokesman(&self, ctx: &Ctx) -> bool {
        ctx.tokens[self.start..self.end]
            .iter()
            .any(|t| SPOKESMEN.contains(&t.base()))
    }

    /// Compound titles («ولي العهد», «ولي عهد [دبي]», «أمين السر», «الأمين العام»), and a nationality after
    /// a rank or honorific, which describes it («الجنرال الفرنسي آلان بيللغريني»).
    pub(super) fn compound_or_nationality(&mut self, ctx: &Ctx) -> bool {
        let j = self.end;
        let t = &ctx.tokens[j];
        // «النائب العام», «المدير العام», «مدير عام», «القائد العام», «المدعي العام»,
        // «المفوض العام لوكالة الأونروا».
        let general = matches!(
            ctx.tokens[j - 1].base(),
            "نائب"
                | "مدير"
                | "قائد"
                | "مراقب"
                | "مدعي"
                | "منسق"
                | "مفتش"
                | "مفتي"
                | "مفوض"
        ) && matches!(t.norm.as_str(), "العام" | "عام");
        let compound = general
            || matches!(
                (ctx.tokens[j - 1].base(), t.norm.as_str()),
                ("ولي", "العهد" | "عهد") | ("امين" | "امينه" | "امينها", "السر" | "العام" | "عام")
            );
        let nationality = self.office_words == 0
            && t.clitics.article
            && ctx.nisba(j)
            && ctx.crf[j] != Some(Label::Person)
            && !ctx.has_conjunction(j);
        if compound || nationality {
            self.end += 1;
        }
        // «ولي العهد | يستقبل», «الأمين العام | يزور»: a definite compound is whole; a
        // genitive goes no further (an indefinite one takes it: «مدير عام الشركة»).
        if compound && t.clitics.article {
            self.open = false;
        }
        compound || nationality
    }
}
