//! Parties, movements and armed groups named the way the news of the Maghreb, the Levant,
//! Sudan and Yemen names them: a definite head and a political adjective («التجمع الوطني
//! للأحرار», «الحزب الدستوري الحر», «الجبهة الشعبية»), an indefinite head and the nouns
//! parties are named by («حزب الأصالة والمعاصرة», «حركة النهضة», «حركة مجتمع السلم»), a
//! group and the family or name it goes by («جماعة الحوثي (أنصار الله)»). «حركة» and
//! «جماعة» alone are any movement or group («حركة المرور», «جماعة مسلحة»): the name needs
//! one of [`PARTY_WORDS`] or a name the tagger found.

use super::events::paren_acronym;
use super::*;

/// Definite heads that a political adjective turns into a party's name.
const DEFINITE_HEADS: &[&str] = &[
    "حزب",
    "تجمع",
    "حركه",
    "جبهه",
    "تيار",
    "ائتلاف",
    "كونفدراليه",
    "فيدراليه",
];

/// Indefinite heads before a party's name.
const HEADS: &[&str] = &[
    "حزب",
    "حركه",
    "جبهه",
    "تيار",
    "ائتلاف",
    "جماعه",
    "تجمع",
    "فيدراليه",
];

/// Indefinite heads that stay out of the name after them.
const OUTSIDE: &[&str] = &["حركه", "جماعه"];

/// Definite heads that need more than one political adjective: «الحركة الوطنية» alone is
/// any national movement, «الحركة الشعبية لتحرير السودان» a party.
const DEFINITE_NEED_MORE: &[&str] = &["حركه", "جبهه", "تيار"];

/// Nouns in construct that name a group with any definite word after them («أنصار الله»,
/// «أنصار الشريعة», «جند الشام», «كتائب القسام»).
const CONSTRUCT_NAMES: &[&str] = &["انصار", "جند", "كتائب", "سرايا", "الويه"];

/// Adjectives that name a party after a definite head («الوطني», «الدستوري»): stems.
const POLITICAL: &[&str] = &[
    "وطني",
    "ديمقراطي",
    "جمهوري",
    "اشتراكي",
    "شيوعي",
    "دستوري",
    "ليبرالي",
    "اسلامي",
    "شعبي",
    "تقدمي",
    "قومي",
    "اتحادي",
    "عمالي",
    "مسيحي",
    "وحدوي",
    "صدري",
    "ثوري",
    "اجتماعي",
];

/// Nouns parties and movements are named by (stems): «العدالة والتنمية», «الأصالة
/// والمعاصرة», «التقدم والاشتراكية», «النهضة», «العدل والإحسان», «الإخوان».
const PARTY_WORDS: &[&str] = &[
    "عداله",
    "تنميه",
    "اصاله",
    "معاصره",
    "تقدم",
    "اشتراكيه",
    "حريه",
    "عدل",
    "احسان",
    "مساواه",
    "توحيد",
    "اصلاح",
    "بناء",
    "وفاق",
    "نهضه",
    "تغيير",
    "كرامه",
    "تجديد",
    "استقلال",
    "تحرير",
    "سلم",
    "نور",
    "وفد",
    "امل",
    "مستقبل",
    "فضيله",
    "اخوان",
    "جهاد",
    "مقاومه",
    "بعث",
    "كتائب",
    "احرار",
    "عمال",
    "محافظين",
    "خضر",
    "شباب",
    "دعوه",
    "رفاه",
    "نصره",
    "يسار",
    "نهج",
];

/// Adjectives of a name after a party's words («الإسلامي», «الحر», «المسلمين»).
const AFTER: &[&str] = &["حر", "حره", "جديد", "جديده", "موحد", "مسلمين"];

/// True for a folded word (without clitics) that heads a party here («فيدرالية»): a glued
/// «و» before it is a clitic.
pub(super) fn is_party_head(word: &str) -> bool {
    HEADS.contains(&word) || DEFINITE_HEADS.contains(&word)
}

/// Parties and movements: see the module documentation.
pub(super) fn parties(ctx: &Ctx, out: &mut Vec<Cand>) {
    for i in 0..ctx.tokens.len() {
        let Some(t) = ctx.tok(i).filter(|t| t.kind == TokenKind::Word) else {
            continue;
        };
        let head = head_base(t);
        let end = if t.clitics.article && DEFINITE_HEADS.contains(&t.stem.as_str()) {
            definite_party(ctx, i)
        } else if !t.clitics.article && HEADS.contains(&head) {
            named_party(ctx, i, head)
        } else {
            None
        };
        let Some(e) = end else { continue };
        // The tagger's longer organisation from the same word stands.
        if ctx.crf[i] == Some(Label::Org) && ctx.crf_end[i] > e {
            continue;
        }
        // «حركة» and «جماعة» say what the name after them is, as «صحيفة» does
        // (`super::orgs`, ANERcorp: «حركة [الجهاد الإسلامي]»); «حزب» is part of it.
        let outside = !t.clitics.article && OUTSIDE.contains(&head);
        let s = if outside { i + 1 } else { i };
        out.push(Cand::new(s, e, Label::Org, PRIO_ORG));
        if let Some((s, a)) = paren_acronym(ctx, e) {
            out.push(Cand {
                alias_of: Some(i),
                ..Cand::new(s, a, Label::Org, PRIO_ORG)
            });
        }
    }
}

/// A definite word at `k` with nothing glued before its article but the article.
fn free_definite(ctx: &Ctx, k: usize) -> bool {
    ctx.tok(k)
        .is_some_and(|t| t.kind == TokenKind::Word && t.clitics.article && !t.line_start)
        && !ctx.has_conjunction(k)
        && !ctx.has_preposition(k)
}

/// «التجمع الوطني للأحرار», «الحزب الدستوري الحر», «الجبهة الشعبية»: the definite head
/// at `i`, a political adjective that agrees with it, more adjectives, what it is for.
fn definite_party(ctx: &Ctx, i: usize) -> Option<usize> {
    let head = &ctx.tokens[i].stem;
    let j = i + 1;
    let adjective = |k: usize| {
        ctx.tok(k)
            .is_some_and(|a| super::councils::agrees(head, &a.stem))
    };
    let political = ctx.tok(j).is_some_and(|a| {
        POLITICAL.contains(&a.stem.as_str()) || POLITICAL.contains(&a.stem.trim_end_matches('ه'))
    });
    if !(political && free_definite(ctx, j) && adjective(j)) {
        return None;
    }
    let mut e = j + 1;
    // «الحزب الجمهوري | الرئيسية»: an adjective that does not agree describes another noun.
    while e < j + 4
        && free_definite(ctx, e)
        && (ctx.nisba(e) || AFTER.contains(&ctx.tokens[e].stem.as_str()))
        && adjective(e)
    {
        e += 1;
    }
    let e = remit(ctx, e);
    (e > j + 1 || !DEFINITE_NEED_MORE.contains(&head.as_str())).then_some(e)
}

/// What a party is for after its name: «للأحرار», «لتحرير السودان»: the end.
fn remit(ctx: &Ctx, e: usize) -> usize {
    let Some(t) = ctx
        .tok(e)
        .filter(|t| t.kind == TokenKind::Word && !t.line_start)
    else {
        return e;
    };
    if t.norm.starts_with("لل") && ctx.crf[e].is_none() && !ctx.is_common(e) {
        return e + 1;
    }
    let construct = t.norm.starts_with('ل')
        && !t.norm.starts_with("لل")
        && !t.clitics.article
        && PARTY_WORDS.contains(&t.key.as_str())
        && ctx.place_at(e + 1) > 0;
    if construct {
        return e + 1 + ctx.place_at(e + 1);
    }
    e
}

/// «حزب جبهة التحرير الوطني»: a party named by a front or a movement (another head of
/// [`HEADS`] and its name) or by a body the tagger found; «حزب» is part of the name: the
/// end of the name after «حزب» at `i`.
fn front_in_party(ctx: &Ctx, i: usize) -> Option<usize> {
    let j = i + 1;
    let t = ctx.tok(j)?;
    let inner = head_base(t);
    if !t.clitics.article && inner != "حزب" && HEADS.contains(&inner) {
        return named_party(ctx, j, inner);
    }
    let tagged = ctx.crf[j] == Some(Label::Org) && ctx.crf_end[i] != ctx.crf_end[j];
    tagged.then(|| ctx.crf_end[j].min(j + 5))
}

/// «حزب الأصالة والمعاصرة», «حركة النهضة», «حركة مجتمع السلم», «جماعة الحوثي»: the
/// indefinite head at `i` and a name of [`PARTY_WORDS`] (or, after «جماعة», a name the
/// tagger found or a family name).
fn named_party(ctx: &Ctx, i: usize, head: &str) -> Option<usize> {
    let j = i + 1;
    let t = ctx
        .tok(j)
        .filter(|t| t.kind == TokenKind::Word && !t.line_start)?;
    if ctx.has_conjunction(j) || ctx.has_preposition(j) {
        return None;
    }
    let word = |k: usize| {
        ctx.tok(k)
            .is_some_and(|w| PARTY_WORDS.contains(&w.stem.as_str()))
    };
    let construct_name = !t.clitics.article
        && CONSTRUCT_NAMES.contains(&t.stem.as_str())
        && free_definite(ctx, j + 1);
    let mut e = if t.clitics.article && word(j) {
        j + 1
    } else if construct_name {
        j + 2
    } else if !t.clitics.article
        && ctx.trig(j).is_none()
        && word(j + 1)
        && free_definite(ctx, j + 1)
    {
        // «حركة مجتمع السلم», «جماعة أنصار الشريعة».
        j + 2
    } else if head == "جماعه" && t.clitics.article {
        // «جماعة الحوثي», «جماعة الإخوان»: a name the tagger or the family names know.
        // «جماعة الحوثيين»: the plural of a family name is the group's followers.
        let followers = t
            .stem
            .strip_suffix("ين")
            .or_else(|| t.stem.strip_suffix("ون"))
            .is_some_and(|one| one.ends_with('ي') && ctx.gaz.flags(one) & flag::LAST_NAME != 0);
        let named = matches!(ctx.crf[j], Some(Label::Person | Label::Org))
            || (ctx.flags(j) & flag::LAST_NAME != 0 || followers) && !ctx.is_common(j);
        if !named {
            return None;
        }
        j + 1
    } else {
        // «حزب جبهة التحرير الوطني»: or a party named by a front.
        (head == "حزب").then(|| front_in_party(ctx, i)).flatten()?
    };
    // «والمعاصرة», «والإحسان»: a second name joined by «و».
    let joined = ctx.has_conjunction(e)
        && !ctx.has_preposition(e)
        && ctx
            .tok(e)
            .is_some_and(|x| x.clitics.article && !x.line_start)
        && (word(e) || word(e - 1))
        && (word(e) || !ctx.nisba(e))
        && ctx.trig(e).is_none();
    if joined {
        e += 1;
    }
    while e < j + 5
        && free_definite(ctx, e)
        && (ctx.nisba(e) || AFTER.contains(&ctx.tokens[e].stem.as_str()))
        && ctx.crf[e] != Some(Label::Person)
    {
        e += 1;
    }
    Some(remit(ctx, e))
}

#[cfg(test)]
mod tests {
    use crate::rules::pipeline_tests::mentions;

    #[test]
    fn a_party_named_by_a_front_keeps_its_head() {
        let text = "وفاز حزب جبهة التحرير الوطني بأغلبية المقاعد في المجلس.";
        let found = mentions(text);
        assert!(
            found.contains(&("ORG", "حزب جبهة التحرير الوطني".to_owned())),
            "{found:?}"
        );
    }
}
