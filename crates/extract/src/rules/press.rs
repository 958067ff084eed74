//! The press as organisations (GUIDELINES.md, ORG: media and publishers): a paper named in
//! quotation marks after its head, whatever the tagger read inside («الجريدة الرسمية
//! «الكويت اليوم»», «جريدة «الرياض»», «صحيفة «الأهرام»»), and a publisher by its one-word
//! name where the news is about publishing («صدرت عن دار الساقي», «دار الشروق ودار
//! التنوير», «بلغ عدد الناشرين 1450 دار نشر، بينها دار الشروق»): the tagger reads «دار»
//! and a definite word as a place.

use super::*;

/// Heads of a newspaper or magazine (stems and keys: «وصحيفة», «لجريدة»).
const PAPER_HEADS: &[&str] = &["صحيفه", "جريده", "مجله"];

/// Words that say the sentence is about publishing (stems).
const PUBLISHING: &[&str] = &["نشر", "ناشر", "ناشرين", "ناشرون", "ناشرو"];

/// Papers in quotation marks and publishers (news scheme).
pub(super) fn press(ctx: &Ctx, out: &mut Vec<Cand>) {
    for i in 0..ctx.tokens.len() {
        if let Some((s, e)) = quoted_paper(ctx, i).or_else(|| told_paper(ctx, i)) {
            out.push(Cand::new(s, e, Label::Org, PRIO_ORG));
        }
        if publisher(ctx, i) {
            // «دار رياض الريس», «دار Albin Michel»: the name the tagger read whole.
            let tagged = ctx.crf[i + 1].is_some() && ctx.crf_end[i] != ctx.crf_end[i + 1];
            let e = if tagged {
                ctx.crf_end[i + 1].min(i + 4)
            } else {
                i + 2
            };
            out.push(Cand::new(i, e, Label::Org, PRIO_CRF + 2));
        }
    }
}

/// True for a paper's head at `i`: «صحيفة», «جريدة», «مجلة», or the official gazette
/// «الجريدة الرسمية» (at its adjective).
fn paper_head(ctx: &Ctx, i: usize) -> bool {
    ctx.tok(i).is_some_and(|t| {
        let head = |t: &Token| {
            PAPER_HEADS.contains(&t.stem.as_str()) || PAPER_HEADS.contains(&t.key.as_str())
        };
        t.kind == TokenKind::Word
            && (head(t)
                || t.stem == "رسميه"
                    && i > 0
                    && ctx.tokens[i - 1].clitics.article
                    && head(&ctx.tokens[i - 1]))
    })
}

/// «وقال المدير لـ«الرأي» إن …», «وأضاف ل«القبس»»: a name in quotation marks after «لـ»
/// in a statement is the paper it was made to (the papers' own style): the name's tokens.
/// One or two words, and a verb of speech a few words before.
fn told_paper(ctx: &Ctx, q: usize) -> Option<(usize, usize)> {
    if q == 0 || !ctx.tokens[q].is_punct('«') || ctx.tokens[q - 1].norm != "ل" {
        return None;
    }
    let close = (q + 2..ctx.tokens.len().min(q + 4)).find(|&k| ctx.tokens[k].is_punct('»'))?;
    let words = (q + 1..close).all(|k| ctx.is_word(k) && !ctx.tokens[k].line_start);
    // Back to the start of the sentence, ten words at most.
    let mut speech = false;
    for k in (q.saturating_sub(10)..q - 1).rev() {
        if ctx.tokens[k].is_punct('.') {
            break;
        }
        speech |= ctx.trig(k) == Some(Trigger::Speech);
        if ctx.tokens[k].line_start {
            break;
        }
    }
    (words && speech).then_some((q + 1, close))
}

/// A paper's name of one to three words in quotation marks right after its head: the
/// name's tokens (the marks outside).
fn quoted_paper(ctx: &Ctx, i: usize) -> Option<(usize, usize)> {
    if !paper_head(ctx, i) {
        return None;
    }
    let open = ctx.tok(i + 1)?;
    if !(open.is_punct('«') || open.is_punct('"')) {
        return None;
    }
    let close = if open.is_punct('«') { '»' } else { '"' };
    let s = i + 2;
    let e = (s..s + 4).find(|&k| ctx.tok(k).is_some_and(|t| t.is_punct(close)))?;
    let words = ctx.tokens[s..e]
        .iter()
        .all(|t| t.kind != TokenKind::Punct && !t.line_start);
    (e > s && words).then_some((s, e))
}

/// True for a publisher «دار» and its one-word name at `i`: after «عن» («صدر عن دار
/// الساقي»), in a list of houses («دار الشروق ودار التنوير»), or where publishing was
/// named a few words before. Not the opera house (`facilities.rs`).
fn publisher(ctx: &Ctx, i: usize) -> bool {
    let house = |k: usize| {
        ctx.tok(k)
            .is_some_and(|t| t.kind == TokenKind::Word && !t.clitics.article && t.key == "دار")
    };
    let Some(n) = ctx.tok(i + 1) else {
        return false;
    };
    let named = house(i)
        && n.kind == TokenKind::Word
        && !n.line_start
        && (n.clitics.article || ctx.crf[i + 1].is_some())
        && n.clitics.strippable == 0
        && n.key != "اوبرا"
        && ctx.trig(i + 1).is_none()
        && !lexicon::is_function_word(&n.norm)
        && !ctx.nisba(i + 1);
    if !named {
        return false;
    }
    let after_from = i > 0 && matches!(ctx.tokens[i - 1].norm.as_str(), "عن" | "لدي" | "لدى");
    let listed = (house(i + 2) && ctx.has_conjunction(i + 2))
        || (i >= 2 && house(i - 2) && ctx.has_conjunction(i));
    let publishing = (i.saturating_sub(12)..i).any(|k| {
        let t = &ctx.tokens[k];
        PUBLISHING.contains(&t.stem.as_str()) || PUBLISHING.contains(&t.key.as_str())
    });
    after_from || listed || publishing
}

#[cfg(test)]
mod tests {
    use crate::rules::pipeline_tests::{mentions, orgs};

    #[test]
    fn a_paper_in_quotation_marks_after_its_head() {
        for (text, paper) in [
            (
                "ونشر المرسوم في الجريدة الرسمية «البحرين اليوم» أمس.",
                "البحرين اليوم",
            ),
            ("ونشرت جريدة «الرياض» تقريرا مطولا عن الموسم.", "الرياض"),
            (
                "ونقلت صحيفة \"القدس العربي\" عن مصادر قولها.",
                "القدس العربي",
            ),
        ] {
            assert!(
                orgs(text).contains(&paper.to_owned()),
                "{paper}: {:?}",
                mentions(text)
            );
        }
    }

    #[test]
    fn a_paper_told_in_quotation_marks_is_an_organisation() {
        for (text, paper) in [
            ("وقال المدير لـ«الرأي» إن الأعمال ستستمر.", "الرأي"),
            ("وأضاف في تصريح ل«الوطن» أن الخطة جاهزة.", "الوطن"),
            ("وأكد الوزير لـ«الشرق» أن الحكومة ماضية في خطتها.", "الشرق"),
        ] {
            assert!(
                orgs(text).contains(&paper.to_owned()),
                "{paper}: {:?}",
                mentions(text)
            );
        }
        // No statement: a quoted word after «لـ» is a slogan.
        assert!(!orgs("وانضم المتطوعون لـ«التسامح» في الحي.").contains(&"التسامح".to_owned()));
    }

    #[test]
    fn a_publisher_where_the_news_is_publishing() {
        for (text, house) in [
            ("وصدر الكتاب عن دار التنوير في بيروت.", "دار التنوير"),
            (
                "وصدرت الرواية عن دار رياض الريس في بيروت.",
                "دار رياض الريس",
            ),
            ("وشاركت دار المدى ودار الجمل في المعرض.", "دار الجمل"),
            (
                "وبلغ عدد الناشرين المشاركين 900 ناشر، بينهم دار المعارف.",
                "دار المعارف",
            ),
        ] {
            assert!(
                orgs(text).contains(&house.to_owned()),
                "{house}: {:?}",
                mentions(text)
            );
        }
    }

    #[test]
    fn other_houses_are_no_publishers() {
        for text in [
            "وأقيم الحفل في دار الأوبرا المصرية.",
            "وزار الوفد دار المسنين في المدينة.",
        ] {
            let found = orgs(text);
            assert!(found.iter().all(|o| !o.starts_with("دار")), "{found:?}");
        }
    }
}
