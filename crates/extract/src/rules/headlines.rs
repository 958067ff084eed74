//! A body a headline names by its short form in guillemets or straight quotes, as the Gulf,
//! Levant, Iraqi and Egyptian papers do: «"الصحة" تطلق حملة التطعيم» for «وزارة الصحة», «"المال والموازنة" تبدأ درس
//! الموازنة» for «لجنة المال والموازنة», «"المركزي" يثبت الفائدة» for «البنك المركزي».
//! The short form is an ORG where the article below names the body with those words
//! after its head, and a LOCATION where it names a street or road so («تقاطعات "الاتحاد"»
//! for «شارع الاتحاد»); a quoted slogan or statement names none, and no body named below,
//! none.

use super::*;

/// Most words in a headline (as `chunk::articles` reads one).
const HEADLINE_WORDS: usize = 16;

/// Most words of a short form in guillemets.
const SHORT_WORDS: usize = 3;

/// How far below the headline the body's full name is looked for, in tokens: the lead and
/// the first paragraphs, not the next article of a long file.
const BODY_REACH: usize = 600;

/// Short forms of bodies in guillemets in a headline: see the module documentation.
pub(super) fn headline_short_forms(ctx: &Ctx, out: &mut Vec<Cand>) {
    let n = ctx.tokens.len();
    let mut line = 0;
    while line < n {
        let next = (line + 1..n)
            .find(|&k| ctx.tokens[k].line_start)
            .unwrap_or(n);
        if is_headline(ctx, line, next) {
            for q in line..next {
                if let Some(e) = short_form(ctx, q, line, next)
                    && let Some(label) = named_below(ctx, q + 1, e, next)
                {
                    out.push(Cand::new(q + 1, e, label, PRIO_ORG));
                    unnamed_repeats(ctx, q + 1, e, next, out);
                }
            }
        }
        line = next;
    }
}

/// The line `a..b` reads as a headline: at most [`HEADLINE_WORDS`] words, no full stop at
/// its end, and body text below it.
fn is_headline(ctx: &Ctx, a: usize, b: usize) -> bool {
    let words = ctx.tokens[a..b]
        .iter()
        .filter(|t| t.kind == TokenKind::Word)
        .count();
    let stop = ctx.tokens[b - 1].is_punct('.');
    (1..=HEADLINE_WORDS).contains(&words) && !stop && b < ctx.tokens.len()
}

/// A short form in guillemets or straight quotes opening at token `q` («"الصحة"», «"المال
/// والموازنة"», `"الداخلية" تفكك خلية`): the end of its words (the closing mark's token).
/// Words only, the first definite; no head but a single word («"بلدية الشارقة"», a body
/// named in full, is the other rules'). A straight quote opens only after an even number of
/// them on the line (`"الزراعة": … و"التموين"`: the mark after «الزراعة» closes).
fn short_form(ctx: &Ctx, q: usize, line_start: usize, line_end: usize) -> Option<usize> {
    let closer = if ctx.tokens[q].is_punct('«') {
        '»'
    } else if ctx.tokens[q].is_punct('"')
        && ctx.tokens[line_start..q]
            .iter()
            .filter(|t| t.is_punct('"'))
            .count()
            % 2
            == 0
    {
        '"'
    } else {
        return None;
    };
    let close =
        (q + 1..line_end.min(q + 2 + SHORT_WORDS)).find(|&k| ctx.tokens[k].is_punct(closer))?;
    let words = q + 1..close;
    let fine = !words.is_empty()
        && words.clone().all(|k| {
            ctx.is_word(k)
                && !(close > q + 2
                    && matches!(ctx.trig(k), Some(Trigger::OrgHead | Trigger::Office)))
                && !lexicon::is_function_word(&ctx.tokens[k].norm)
        })
        && ctx.tokens[q + 1].clitics.article;
    fine.then_some(close)
}

/// The words `s..e` follow a body's head below the headline (which ends at `from`): «وزارة
/// الصحة», «وزيرة التخطيط», «لجنة المال والموازنة», «المؤسسة العامة للضمان», «البنك
/// المركزي» (an ORG); or a street's («شارع الاتحاد»: a LOCATION). A single head word names
/// a street, or the body it heads with a place («"الأمانة"»: «أمانة عمان»); «رئيس
/// "المجلس"» is anaphoric.
fn named_below(ctx: &Ctx, s: usize, e: usize, from: usize) -> Option<Label> {
    let len = e - s;
    let keys: Vec<&str> = ctx.tokens[s..e].iter().map(|t| t.key.as_str()).collect();
    let last = ctx.tokens.len().min(from + BODY_REACH);
    let head_word = ctx.trig(s).is_some();
    (from..last.saturating_sub(len - 1)).find_map(|j| {
        let same = ctx.tokens[j..j + len]
            .iter()
            .zip(&keys)
            .all(|(t, k)| t.kind == TokenKind::Word && same_key(t, k));
        if !same {
            None
        } else if after_street(ctx, j) {
            Some(Label::Location)
        } else if len == 1 && in_construct_with_place(ctx, j) {
            Some(Label::Org)
        } else {
            (!head_word && after_head(ctx, j)).then_some(Label::Org)
        }
    })
}

/// The short form's words `s..e` again below the headline with no head before them
/// («قطاع الاقتصاد الرقمي» under «"الاقتصاد الرقمي"», the sector, not the ministry): a
/// blocker each, so that the headline's name does not spread there. One word is never
/// spread (a trigger or common word), so two words at least.
fn unnamed_repeats(ctx: &Ctx, s: usize, e: usize, from: usize, out: &mut Vec<Cand>) {
    let len = e - s;
    if len < 2 {
        return;
    }
    let last = ctx.tokens.len().min(from + BODY_REACH);
    for j in from..last.saturating_sub(len - 1) {
        let same = (0..len).all(|k| {
            let t = &ctx.tokens[j + k];
            t.kind == TokenKind::Word && same_key(t, &ctx.tokens[s + k].key)
        });
        if same && !after_head(ctx, j) && !after_street(ctx, j) {
            out.push(Cand::blocker(j, j + len, PRIO_SPREAD + 1));
        }
    }
}

/// The token's key is `k`, perhaps with a preposition the key keeps on a word without
/// the article («لبورصة» for «البورصة»).
fn same_key(t: &Token, k: &str) -> bool {
    t.key == k
        || t.key
            .strip_prefix(['ل', 'ب', 'و'])
            .is_some_and(|rest| rest == k && !t.clitics.article)
}

/// «"الأمانة"» for «أمانة عمان الكبرى», «"البورصة"» for «لبورصة قطر»: the word at `j`
/// without its article, in construct with a place.
fn in_construct_with_place(ctx: &Ctx, j: usize) -> bool {
    // Or the tagger's organisation from the word on («[بورصة مسقط]»).
    let tagged = ctx.crf[j] == Some(Label::Org) && ctx.crf_end[j] > j + 1;
    !ctx.tokens[j].clitics.article
        && ctx.tok(j + 1).is_some_and(|p| !p.line_start)
        && !ctx.has_conjunction(j + 1)
        && !ctx.has_preposition(j + 1)
        && (ctx.place_at(j + 1) > 0 || tagged)
}

/// A street's or road's head right before token `j` («شارع الاتحاد», «وشارع الوحدة»).
fn after_street(ctx: &Ctx, j: usize) -> bool {
    j >= 1
        && ctx.tok(j - 1).is_some_and(|h| {
            h.kind == TokenKind::Word
                && !h.clitics.article
                && matches!(h.key.as_str(), "شارع" | "طريق")
        })
}

/// A body's head or an office stands before token `j`, perhaps with its ranking adjective
/// between («المؤسسة العامة | للضمان»).
fn after_head(ctx: &Ctx, j: usize) -> bool {
    let head = |k: usize| {
        matches!(ctx.trig(k), Some(Trigger::OrgHead | Trigger::Office)) && !ctx.tokens[k].line_start
    };
    let rank = |k: usize| {
        ctx.is_word(k)
            && ctx.tokens[k].clitics.article
            && !ctx.has_conjunction(k)
            && !ctx.has_preposition(k)
            && matches!(
                ctx.tokens[k].stem.as_str(),
                "عامه" | "عام" | "عليا" | "وطنيه"
            )
    };
    j >= 1 && head(j - 1) || j >= 2 && rank(j - 1) && head(j - 2)
}

#[cfg(test)]
mod tests {
    use crate::rules::pipeline_tests::orgs;

    /// The organisations of the headline, the first line of `text`.
    fn in_headline(text: &str) -> Vec<String> {
        let first = text.lines().next().unwrap_or_default();
        orgs(text)
            .into_iter()
            .filter(|o| first.contains(o.as_str()))
            .collect()
    }

    #[test]
    fn a_short_form_in_a_headline_names_the_body_of_the_article() {
        assert_eq!(
            in_headline(
                "«التعليم» تعلن مواعيد الاختبارات\n\nأعلنت وزارة التعليم أمس جدول الاختبارات."
            ),
            ["التعليم"]
        );
        assert_eq!(
            in_headline(
                "«الزراعة» و«البيئة» تطلقان مبادرة للتشجير\n\nأطلقت وزارة الزراعة والهيئة العامة للبيئة مبادرة لزراعة مليون شجرة."
            ),
            ["الزراعة", "البيئة"]
        );
        assert_eq!(
            in_headline(
                "«الشؤون الخارجية» تناقش الاتفاق\n\nناقشت لجنة الشؤون الخارجية في البرلمان مشروع الاتفاق."
            ),
            ["الشؤون الخارجية"]
        );
        assert_eq!(
            in_headline(
                "ارتفاع الأسهم يقود «البورصة» إلى مكاسب أسبوعية\n\nأغلق المؤشر العام لبورصة البحرين مرتفعا في ختام تعاملات الأسبوع."
            ),
            ["البورصة"]
        );
    }

    #[test]
    fn a_short_form_in_straight_quotes_names_the_body_too() {
        assert_eq!(
            in_headline(
                "\"العدل\" تطلق خدمة التوثيق عن بعد\n\nأطلقت وزارة العدل اليوم خدمة توثيق العقود عن بعد."
            ),
            ["العدل"]
        );
        assert_eq!(
            in_headline(
                "\"النقل\": تشغيل 20 قطارا إضافيا و\"الإسكان\" تطرح أراضي جديدة\n\nقالت وزارة النقل إن القطارات تعمل من الغد، فيما أعلنت وزارة الإسكان طرح ألف قطعة."
            ),
            ["النقل", "الإسكان"]
        );
        assert_eq!(
            in_headline(
                "\"التربية\" تمدد عطلة الربيع أسبوعا\n\nقررت وزارة التربية تمديد العطلة بسبب الأحوال الجوية."
            ),
            ["التربية"]
        );
        // The sector below is not the ministry: «قطاع التعليم العالي».
        let text = "\"التعليم العالي\" تعلن نتائج القبول\n\nأعلنت وزارة التعليم العالي نتائج القبول الموحد.\nويضم قطاع التعليم العالي 30 جامعة.";
        assert_eq!(orgs(text), ["التعليم العالي", "وزارة التعليم العالي"]);
        // A quoted statement, not a body: «"لن نتراجع"».
        assert!(
            in_headline("الوزير: \"لن نتراجع\" عن القرار\n\nقال الوزير إن الحكومة لن تتراجع.")
                .is_empty()
        );
    }

    #[test]
    fn a_street_in_a_headline_is_a_place() {
        let text = "«البلدية» تغلق «الكورنيش» و«التحلية» للصيانة\n\nأغلقت البلدية شارع الكورنيش وشارع التحلية أمام حركة السير اليوم.";
        let first = text.lines().next().unwrap_or_default();
        let places: Vec<String> = crate::rules::pipeline_tests::texts_of(text, "LOCATION")
            .into_iter()
            .filter(|o| first.contains(o.as_str()))
            .collect();
        assert!(places.contains(&"الكورنيش".to_owned()), "{places:?}");
        assert!(places.contains(&"التحلية".to_owned()), "{places:?}");
    }

    #[test]
    fn a_quotation_or_a_body_not_named_below_is_no_short_form() {
        // A statement in quotes, and a word no body below is named by.
        assert!(
            in_headline("الوزير: «النمو مستمر»\n\nقال الوزير إن النمو مستمر في كل القطاعات.")
                .is_empty()
        );
        assert!(
            in_headline("«الصحة» تطلق حملة\n\nأطلقت الجهات المختصة حملة الصحة في المدارس.")
                .is_empty()
        );
        // Not a headline: a line of body text with its full stop.
        let body = "أطلقت «الصحة» حملة واسعة للتطعيم في المدارس والجامعات والمراكز الصحية في كل أنحاء البلاد منذ مطلع الشهر الماضي.\nوقالت وزارة الصحة إن الحملة تستمر.";
        assert!(!orgs(body).contains(&"الصحة".to_string()));
    }
}
