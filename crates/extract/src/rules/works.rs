//! Products and works named in quotation marks (MISC), and exercises and operations
//! named so (EVENT).

use super::*;

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
    // A market index: «مؤشرها الرئيسي "مازي"», «مؤشر "إيجي إكس 30"».
    "مؤشر",
];

/// Heads of a project, initiative, platform or app named by the quotation right after
/// them: «مشروع «تصريف»», «مبادرة «مليون مبرمج»», «منصة «أبشر»», «تطبيق «سهل»» (MISC, as a
/// programme is; the head outside, as for works).
const PROJECT_HEADS: &[&str] = &["مشروع", "مبادره", "منصه", "تطبيق"];

/// Heads of a military exercise or operation, a campaign, or a fair, festival, forum or
/// conference named in quotes: the name is an EVENT («حملة «دفء الشتاء»», GUIDELINES.md
/// thirteenth session; «معرض «جيتكس جلوبال 2026»», «مهرجان «ليالي الطرب»», fourteenth).
const OPERATION_HEADS: &[&str] = &[
    "تمرين",
    "تمارين",
    "مناورات",
    "مناوره",
    "عمليه",
    "حمله",
    "معرض",
    "مهرجان",
    "منتدي",
    "مؤتمر",
];

/// Products and works named in a short quotation after a head word («طراز « أورفان »») or
/// after their maker («نيسان « أورفان »»): MISC. A maker the CRF or the world gazetteer
/// knows as an organisation at the start of the quotation stays an organisation.
pub(super) fn works(ctx: &Ctx, out: &mut Vec<Cand>) {
    let quoted = crate::sentence::quoted(ctx.tokens);
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
        // Right before the quotation: in «عملية السلام والإجراءات "أحادية التصرف"» the
        // quotation describes the measures.
        // «حملتها السنوية «دفء الشتاء»»: a campaign with its possessive and an adjective.
        let campaign = open > 1 && ctx.campaign_head(open - 2) && ctx.nisba(open - 1);
        let operation = open > 0 && ctx.operation_head(open - 1) || campaign;
        // «مشروع "جيف راسكين"» is the man's project, the name still his.
        let person = ctx.crf[start] == Some(Label::Person) && ctx.crf_end[start] >= end;
        let project = open > 0
            && ctx.stem_is(open - 1, PROJECT_HEADS)
            && !ctx.tokens[open - 1].clitics.article
            && !person;
        let head = operation
            || project
            || before.clone().any(|k| {
                let t = &ctx.tokens[k];
                WORK_HEADS
                    .iter()
                    .any(|h| t.stem.starts_with(h) || t.norm.starts_with(h))
            });
        let maker = open > 0 && ctx.crf[open - 1] == Some(Label::Org);
        if !head && !maker {
            continue;
        }
        // A maker at the start stays an organisation («نيسان « أورفان »»), unless a head
        // word says the whole quotation is the work («مسرحية « أم الزين »»).
        let mut s = start;
        while s < end && ctx.crf[s] == Some(Label::Org) {
            s += 1;
        }
        if head && s == end {
            s = start;
        }
        if s < end
            && ctx.tokens[s..end]
                .iter()
                .all(|t| t.kind != TokenKind::Punct)
        {
            // «تمرين «درع الخليج 2»», «عملية «عاصفة الحزم»»: a named exercise or
            // operation is an event.
            let label = if operation { Label::Event } else { Label::Misc };
            out.push(Cand::new(s, end, label, PRIO_CRF + 1));
        }
    }
}

impl Ctx<'_> {
    /// «حملة», «حملتها», «الحملة»: a campaign's head, with its pronoun or article.
    fn campaign_head(&self, k: usize) -> bool {
        self.tok(k)
            .is_some_and(|t| t.stem == "حمله" || t.norm.starts_with("حملت"))
    }

    /// «تمرين», «عملية» in construct before a quoted name (not «العملية "المناهضة
    /// للإرهاب"», where the quotation is an adjective).
    fn operation_head(&self, k: usize) -> bool {
        self.stem_is(k, OPERATION_HEADS) && self.tok(k).is_some_and(|t| !t.clitics.article)
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::pipeline_tests::mentions;

    #[test]
    fn a_campaign_named_in_quotes_is_an_event() {
        for (text, name) in [
            ("وأطلقت الجمعية حملة «كسوة العيد» لدعم الأسر.", "كسوة العيد"),
            (
                "وواصلت المؤسسة حملتها السنوية «سقيا الماء» في القرى.",
                "سقيا الماء",
            ),
            ("وشاركت المدارس في حملة \"وطن نظيف\" أمس.", "وطن نظيف"),
            (
                "وتشارك الشركة في معرض «أديبك 2026» الشهر المقبل.",
                "أديبك 2026",
            ),
            ("وانطلق مهرجان «ليالي الطرب» مساء أمس.", "ليالي الطرب"),
            (
                "واختتم منتدى «مستقبل الطاقة» أعماله في الرياض.",
                "مستقبل الطاقة",
            ),
        ] {
            let found = mentions(text);
            assert!(
                found.contains(&("EVENT", name.to_owned())),
                "{name} in {found:?}"
            );
        }
    }

    #[test]
    fn a_project_or_platform_named_in_quotes_right_after_its_head_is_misc() {
        for (text, name) in [
            (
                "وأنجزت البلدية المرحلة الأولى من مشروع «سيل» لتصريف المياه.",
                "سيل",
            ),
            (
                "وأطلقت الوزارة مبادرة «مليون مبرمج» للشباب العرب.",
                "مليون مبرمج",
            ),
            ("ويمكن تجديد الرخصة عبر منصة «أبشر» الإلكترونية.", "أبشر"),
            ("وأتاحت الهيئة الخدمة عبر تطبيق \"درب\" للهواتف.", "درب"),
        ] {
            let found = mentions(text);
            assert!(
                found.contains(&("MISC", name.to_owned())),
                "{name} in {found:?}"
            );
        }
        // A head with its article, or far before the quotation, names no project.
        let speech = mentions("وقال مدير المشروع إن العمل «يسير وفق الخطة» تماما.");
        assert!(speech.iter().all(|(ty, _)| *ty != "MISC"), "{speech:?}");
    }
}
