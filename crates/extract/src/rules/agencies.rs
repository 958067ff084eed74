//! Bodies of an organisation, named with it: the United Nations' agencies, programmes and
//! missions («وكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين الفلسطينيين (الأونروا)»,
//! «برنامج الأمم المتحدة الإنمائي», «بعثة الأمم المتحدة للدعم في ليبيا»), and a ranked
//! body of an organisation named after «لل» («المفوضية السامية للأمم المتحدة لشؤون
//! اللاجئين», «القيادة العامة للجيش الوطني الليبي»). The whole is one ORG; the
//! organisation inside is no mention of its own, and an acronym in brackets after the
//! whole is its alias.

use super::events::paren_acronym;
use super::*;

/// Indefinite heads of a body named with its organisation right after them.
const HEADS: &[&str] = &[
    "وكاله",
    "مفوضيه",
    "منظمه",
    "برنامج",
    "صندوق",
    "بعثه",
    "مكتب",
    "هيئه",
    "مركز",
    "جامعه",
];

/// Definite heads of a ranked body of an organisation named after «لل».
/// Not «الأمانة العامة للأمم المتحدة»: ANERcorp and the news name the organisation there.
const RANKED_HEADS: &[&str] = &["مفوضيه", "قياده", "منسقيه", "مندوبيه"];

/// Organisations that have such bodies, as keys of their words.
const PARENTS: &[&[&str]] = &[
    &["امم", "متحده"],
    &["اتحاد", "اوروبي"],
    &["اتحاد", "افريقي"],
];

/// Adjectives of a ranked body or an agency that are no nisba.
const RANKS: &[&str] = &[
    "ساميه",
    "سامي",
    "عامه",
    "عام",
    "مؤقته",
    "خاصه",
    "خاص",
    "عليا",
];

/// Bodies of an organisation: see the module documentation.
pub(super) fn agencies(ctx: &Ctx, out: &mut Vec<Cand>) {
    without_borders(ctx, out);
    crescent_societies(ctx, out);
    for i in 0..ctx.tokens.len() {
        let Some(t) = ctx.tok(i).filter(|t| t.kind == TokenKind::Word) else {
            continue;
        };
        let end = if !t.clitics.article && HEADS.contains(&head_base(t)) {
            agency(ctx, i)
        } else if t.clitics.article && RANKED_HEADS.contains(&t.stem.as_str()) {
            ranked_of(ctx, i).or_else(|| regional_commission(ctx, i))
        } else {
            None
        };
        let Some(e) = end else { continue };
        out.push(Cand::new(i, e, Label::Org, PRIO_ORG + 1));
        if let Some((s, a)) = paren_acronym(ctx, e) {
            out.push(Cand {
                alias_of: Some(i),
                ..Cand::new(s, a, Label::Org, PRIO_ORG + 1)
            });
        }
    }
}

/// «المفوضية الأوروبية», «المفوضية الأفريقية»: the European Union's and the African
/// Union's commissions by their region alone (the tagger knows the Union, not its
/// commission): the end.
fn regional_commission(ctx: &Ctx, i: usize) -> Option<usize> {
    let head = ctx.tokens[i].stem == "مفوضيه";
    let region = ctx.tok(i + 1).is_some_and(|t| {
        t.clitics.article && !t.line_start && matches!(t.stem.as_str(), "اوروبيه" | "افريقيه")
    });
    (head && region).then_some(i + 2)
}

/// Professions of the «… بلا حدود» organisations, stems.
const WITHOUT_BORDERS: &[&str] = &[
    "اطباء",
    "مراسلون",
    "مراسلين",
    "صحفيون",
    "صحفيين",
    "مهندسون",
    "مهندسين",
    "محامون",
    "محامين",
];

/// «أطباء بلا حدود», «منظمة مراسلون بلا حدود»: a profession «بلا حدود» is an
/// organisation, with «منظمة» before it.
fn without_borders(ctx: &Ctx, out: &mut Vec<Cand>) {
    for k in 1..ctx.tokens.len().saturating_sub(1) {
        let bla = ctx.tokens[k].norm == "بلا" && ctx.tokens[k + 1].stem == "حدود";
        if !bla || ctx.tokens[k + 1].line_start || ctx.tokens[k].line_start {
            continue;
        }
        let p = &ctx.tokens[k - 1];
        if !(WITHOUT_BORDERS.contains(&p.stem.as_str())
            || WITHOUT_BORDERS.contains(&p.key.as_str()))
        {
            continue;
        }
        let s = if k >= 2 && head_base(&ctx.tokens[k - 2]) == "منظمه" {
            k - 2
        } else {
            k - 1
        };
        out.push(Cand::new(s, k + 2, Label::Org, PRIO_ORG + 1));
    }
}

/// «هيئة الهلال الأحمر السعودي», «جمعية الهلال الأحمر القطري», «جمعية الصليب الأحمر»: the
/// Red Crescent's or Red Cross's national society or authority is one ORG with its head
/// (the tagger names the movement from «الهلال» on).
fn crescent_societies(ctx: &Ctx, out: &mut Vec<Cand>) {
    for i in 0..ctx.tokens.len().saturating_sub(2) {
        let head = ctx.tokens[i].kind == TokenKind::Word
            && !ctx.tokens[i].clitics.article
            && matches!(ctx.tokens[i].key.as_str(), "هيئه" | "جمعيه");
        let word = |k: usize, stems: &[&str]| {
            let t = &ctx.tokens[k];
            t.clitics.article
                && !t.line_start
                && stems.contains(&t.stem.as_str())
                && !ctx.has_conjunction(k)
                && !ctx.has_preposition(k)
        };
        if !(head && word(i + 1, &["هلال", "صليب"]) && word(i + 2, &["احمر"])) {
            continue;
        }
        let nation = ctx
            .tok(i + 3)
            .is_some_and(|t| t.clitics.article && !t.line_start && is_nationality(t, ctx.gaz))
            && !ctx.has_conjunction(i + 3);
        out.push(Cand::new(
            i,
            i + 3 + usize::from(nation),
            Label::Org,
            PRIO_ORG + 1,
        ));
    }
}

/// The end of one of [`PARENTS`] at `j` (its first word may carry «لل»).
fn parent_at(ctx: &Ctx, j: usize) -> Option<usize> {
    PARENTS.iter().find_map(|words| {
        let all = words.iter().enumerate().all(|(n, w)| {
            ctx.tok(j + n).is_some_and(|t| {
                t.kind == TokenKind::Word && t.key == *w && (n == 0 || !t.line_start)
            })
        });
        all.then_some(j + words.len())
    })
}

/// «برنامج الأمم المتحدة الإنمائي», «بعثة الأمم المتحدة للدعم في ليبيا»: the head at `i`,
/// the organisation right after it, then adjectives, what it is for and where.
fn agency(ctx: &Ctx, i: usize) -> Option<usize> {
    let j = i + 1;
    if ctx.has_preposition(j) || ctx.has_conjunction(j) {
        return None;
    }
    let parent = parent_at(ctx, j)?;
    let e = adjectives(ctx, parent);
    let e = purpose(ctx, e);
    // «بعثة … في ليبيا»: a mission is named by where it is.
    let mission = ctx.tokens[i].stem == "بعثه" || head_base(&ctx.tokens[i]) == "بعثه";
    let e = if mission { in_place(ctx, e) } else { e };
    // «بعثة [الأمم المتحدة]» alone is the organisation's mission, not a name of its own
    // (ANERcorp tags the organisation); an acronym in brackets names it.
    (e > parent || paren_acronym(ctx, e).is_some()).then_some(e)
}

/// «المفوضية السامية للأمم المتحدة لشؤون اللاجئين», «القيادة العامة للجيش الوطني
/// الليبي»: the definite head at `i`, its adjectives, «لل» + the organisation it belongs to
/// (one of [`PARENTS`] or the tagger's), then what it is for.
fn ranked_of(ctx: &Ctx, i: usize) -> Option<usize> {
    let j = adjectives(ctx, i + 1);
    if j == i + 1 {
        return None;
    }
    let t = ctx.tok(j).filter(|t| !t.line_start)?;
    if !t.norm.starts_with('ل') || lexicon::is_function_word(&t.norm) {
        return None;
    }
    let tagged = ctx.crf[j] == Some(Label::Org) && (ctx.crf_end[j - 1] != ctx.crf_end[j]);
    let e = parent_at(ctx, j).or_else(|| tagged.then(|| ctx.crf_end[j]));
    // «المندوبية العامة [للتضامن الوطني] ومكافحة الإقصاء»: the tagger's body, then a
    // second remit joined by «و».
    e.map(|e| super::bodies::second_remit(ctx, purpose(ctx, e)))
        .or_else(|| command_of(ctx, i, j))
}

/// Forces a general command heads, keys: «لشرطة», «للقوات», «للجيش», «للدفاع», «للحرس».
const COMMANDED: &[&str] = &["شرطه", "قوات", "جيش", "دفاع", "حرس"];

/// «القيادة العامة لشرطة الشارقة», «القيادة العامة للدفاع المدني», «القيادة العامة للقوات
/// المسلحة»: a command (at `i`) of a force after «ل» at `j`, named by the place it serves
/// or by its adjective. The command is the body the news names, the force inside it: the
/// end.
fn command_of(ctx: &Ctx, i: usize, j: usize) -> Option<usize> {
    let t = ctx.tok(j)?;
    let force = t.norm.starts_with('ل') && COMMANDED.contains(&t.key.as_str());
    if ctx.tokens[i].stem != "قياده" || !force {
        return None;
    }
    let free = !ctx.has_conjunction(j + 1) && !ctx.has_preposition(j + 1);
    if t.norm.starts_with("لل") {
        let definite = free
            && ctx
                .tok(j + 1)
                .is_some_and(|a| a.clitics.article && !a.line_start)
            && ctx.crf[j + 1] != Some(Label::Person);
        return definite.then(|| adjectives(ctx, j + 2));
    }
    let n = ctx.place_at(j + 1);
    (free && n > 0).then_some(j + 1 + n)
}

/// Adjectives from `k` on: nisba adjectives and [`RANKS`], definite, not joined: the end.
fn adjectives(ctx: &Ctx, mut k: usize) -> usize {
    let start = k;
    while k < start + 3
        && ctx.tok(k).is_some_and(|t| {
            t.kind == TokenKind::Word
                && t.clitics.article
                && !t.line_start
                && (ctx.nisba(k) || RANKS.contains(&t.stem.as_str()))
        })
        && !ctx.has_conjunction(k)
        && !ctx.has_preposition(k)
        && ctx.crf[k] != Some(Label::Person)
    {
        k += 1;
    }
    k
}

/// What the body is for, from `k`: «للطفولة», «للتربية والعلم والثقافة», «لشؤون
/// اللاجئين», «لإغاثة وتشغيل اللاجئين الفلسطينيين»: the end (`k` when there is none).
fn purpose(ctx: &Ctx, k: usize) -> usize {
    let Some(t) = ctx
        .tok(k)
        .filter(|t| t.kind == TokenKind::Word && !t.line_start)
    else {
        return k;
    };
    let joined = |e: usize, definite: bool| {
        ctx.has_conjunction(e)
            && !ctx.has_preposition(e)
            && ctx
                .tok(e)
                .is_some_and(|x| x.clitics.article == definite && !x.line_start)
            && ctx.trig(e).is_none()
    };
    if t.norm.starts_with("لل") {
        let mut e = k + 1;
        while e < k + 3 && joined(e, true) {
            e += 1;
        }
        // «للتضامن الوطني ومكافحة الإقصاء»: a second remit joined by «و».
        return super::bodies::second_remit(ctx, adjectives(ctx, e));
    }
    // Not a verb after «ل» («لتكون», «ليصبح»): a verbal noun of the form «تفعيل» is
    // longer than an imperfect.
    let verb = t.norm.starts_with("لي")
        || t.norm.starts_with("لن")
        || t.norm.starts_with("لت") && t.norm.chars().count() < 6;
    let construct = t.norm.starts_with('ل')
        && !t.clitics.article
        && !verb
        && t.norm.chars().count() >= 4
        && !lexicon::is_function_word(&t.norm);
    if !construct {
        return k;
    }
    let mut e = k + 1;
    while e < k + 3 && joined(e, false) {
        e += 1;
    }
    let genitive = ctx
        .tok(e)
        .is_some_and(|g| g.kind == TokenKind::Word && g.clitics.article && !g.line_start)
        && !ctx.has_conjunction(e)
        && !ctx.has_preposition(e);
    if genitive {
        super::bodies::second_remit(ctx, adjectives(ctx, e + 1))
    } else {
        k
    }
}

/// «في ليبيا» after a mission: the end with the place.
fn in_place(ctx: &Ctx, e: usize) -> usize {
    if ctx.tok(e).is_some_and(|t| t.norm == "في") && ctx.tok(e + 1).is_some() {
        let n = ctx.place_at(e + 1);
        if n > 0 {
            return e + 1 + n;
        }
    }
    e
}

#[cfg(test)]
mod tests {
    use crate::rules::pipeline_tests::mentions;

    #[test]
    fn a_general_command_takes_its_force() {
        for (text, body) in [
            (
                "وأعلنت القيادة العامة لشرطة دبي ضبط العصابة.",
                "القيادة العامة لشرطة دبي",
            ),
            (
                "وحذرت القيادة العامة للدفاع المدني من الأمطار.",
                "القيادة العامة للدفاع المدني",
            ),
            (
                "وأكدت القيادة العامة لشرطة أبوظبي أن الحادث وقع فجرا.",
                "القيادة العامة لشرطة أبوظبي",
            ),
        ] {
            let found = mentions(text);
            assert!(
                found.contains(&("ORG", body.to_owned())),
                "{body} in {found:?}"
            );
        }
    }

    #[test]
    fn a_crescent_society_keeps_its_head() {
        for (text, body) in [
            (
                "وقالت هيئة الهلال الأحمر السعودي إن فرقها باشرت 300 حالة.",
                "هيئة الهلال الأحمر السعودي",
            ),
            (
                "ووزعت جمعية الهلال الأحمر القطري سلالا غذائية على الأسر.",
                "جمعية الهلال الأحمر القطري",
            ),
            (
                "وأرسلت جمعية الصليب الأحمر فريقا طبيا إلى المنطقة.",
                "جمعية الصليب الأحمر",
            ),
        ] {
            let found = mentions(text);
            assert!(
                found.contains(&("ORG", body.to_owned())),
                "{body} in {found:?}"
            );
        }
    }

    #[test]
    fn the_unions_commissions_by_their_region() {
        for (text, body) in [
            (
                "وقالت المفوضية الأوروبية في بيان إنها تتابع الوضع.",
                "المفوضية الأوروبية",
            ),
            (
                "ورحبت المفوضية الأفريقية بالاتفاق بين الطرفين.",
                "المفوضية الأفريقية",
            ),
            (
                "وانتقد متحدث باسم المفوضية الأوروبية القرار.",
                "المفوضية الأوروبية",
            ),
        ] {
            let found = mentions(text);
            assert!(
                found.contains(&("ORG", body.to_owned())),
                "{body} in {found:?}"
            );
        }
    }
}
