//! A person's title that runs over a named body or place, or over a courtesy word.
//!
//! The rules choose «مندوب | [ليبيا] | الدائم لدى | [الأمم المتحدة] | طاهر السني» as a
//! TITLE, a place, an organisation and a person, and «رئيس مجلس الوزراء | الدكتور
//! مصطفى مدبولي» as a TITLE and a person titled «الدكتور». Both offices name the
//! person after them: they are the person's title (GUIDELINES, titles next to names),
//! and the place and the body inside stay mentions of their own.

use sahifa_model::Label;

use super::appositives::{comma, honorific_only};
use super::titles::DEPUTIES;
use super::{Cand, Ctx, courtesy_only};
use crate::lexicon::{self, Trigger};
use crate::token::TokenKind;

/// Words that stand between an office and its holder besides names (folded):
/// «مندوب ليبيا الدائم لدى الأمم المتحدة», «المبعوثة الخاصة إلى ليبيا», «السفير
/// الأمريكي في بغداد».
pub(super) const LINKS: &[&str] = &["لدي", "في", "الي"];

/// Adjectives of an office that may follow the body it serves (folded):
/// «رئيس بلدية إسطنبول الكبرى المعزول», «مندوب ليبيا الدائم».
pub(super) const OFFICE_ADJECTIVES: &[&str] = &[
    "الدائم",
    "الدائمه",
    "الخاص",
    "الخاصه",
    "المعزول",
    "المعزوله",
    "السابق",
    "السابقه",
    "الاسبق",
    "المكلف",
    "المكلفه",
    "المنتخب",
    "المنتخبه",
    "المؤقت",
    "الجديد",
    "الجديده",
    "المساعد",
    "المساعده",
    // A remit's «وكيل الوزارة للصحة العامة», an ambassador's «… المعتمد لدى …».
    "العام",
    "العامه",
    "المعتمد",
    "المعتمده",
    // A king's or emir's epithets: «ملك البلاد المعظم القائد الأعلى».
    "المعظم",
    "المفدي",
];

/// A king's or emir's epithets (folded): they link his offices but end none
/// («[سمو الأمير] المفدى», «[أمير البلاد] المفدى،»: eval README).
pub(super) const EPITHETS: &[&str] = &["المعظم", "المفدي"];

/// The end of a title at `end`, less an epithet it ends with.
pub(super) fn without_epithet(ctx: &Ctx, start: usize, end: usize) -> usize {
    let last = end.checked_sub(1).filter(|&l| l > start);
    match last {
        Some(l) if EPITHETS.contains(&ctx.tokens[l].norm.as_str()) => l,
        _ => end,
    }
}

/// How many words and mentions the walk from a person back to an office may cross.
const MAX_STEPS: usize = 8;

/// Makes an office the title of the person it names across a named body or place, or
/// across the person's courtesy title. The office is a TITLE mention (merged into the
/// title), or a lone office word the rules left alone («مندوب \[ليبيا\] الدائم»).
/// `chosen` (non-overlapping) comes back sorted by start.
pub fn titles_across_names(ctx: &Ctx, chosen: &mut Vec<Cand>) {
    chosen.sort_by_key(|c| (c.start, c.end));
    join_served_offices(ctx, chosen);
    oglu_names(ctx, chosen);
    let mut merged = Vec::new();
    for p in 0..chosen.len() {
        if chosen[p].label != Some(Label::Person) {
            continue;
        }
        // The person's own title, unless it is courtesy words only: it stays the end of
        // his title («[رئيس المخابرات العامة] اللواء حسن رشاد»).
        let (from, kept) = match chosen[p].title {
            None => (chosen[p].start, None),
            Some((ts, te)) if courtesy_only(&ctx.tokens[ts..te]) => (ts, None),
            Some((ts, te)) => (ts, Some(te)),
        };
        let office_less = kept.is_none_or(|te| honorific_only(ctx, from, te));
        let mut start = from;
        if office_less && let Some(office) = office_before(ctx, chosen, p, from) {
            start = match office {
                Office::Mention(t) if chosen[t].title.is_none() => {
                    merged.push(t);
                    chosen[t].start
                }
                Office::Word(k) => k,
                Office::Mention(_) => from,
            };
        }
        if start < chosen[p].start {
            start = offices_in_a_row(ctx, chosen, start, &mut merged);
        }
        // «وزير الخارجية، أيمن الصفدي،» as «رئيس الجمهورية، السيد عبد المجيد تبون،»: an
        // office, a comma and the name closed by a comma; not «، ومحمد …» nor «،
        // وسعادة أحمد …», another man.
        let not_another = !ctx.has_conjunction(from) || ctx.own_first_letter(from);
        if start == from
            && kept.is_none()
            && not_another
            && let Some((offices, end)) = office_before_comma(ctx, chosen, p, from, &merged)
        {
            chosen[p].title = Some((chosen[offices[0]].start, end));
            merged.extend(offices);
            continue;
        }
        if start == from {
            continue;
        }
        // A courtesy word after the office is no part of it, as where the rules join an
        // office and its holder («وزير التعليم العالي | الدكتور أيمن عاشور»).
        let end = kept.unwrap_or_else(|| {
            let mut end = from;
            while end > start && courtesy_only(std::slice::from_ref(&ctx.tokens[end - 1])) {
                end -= 1;
            }
            end
        });
        chosen[p].title = Some((start, end));
    }
    super::appositives::appositive_titles(ctx, chosen, &mut merged);
    let mut k = 0;
    chosen.retain(|_| {
        k += 1;
        !merged.contains(&(k - 1))
    });
}

/// «[رئيس مجلس الوزراء] [وزير الخارجية القطري] الشيخ محمد», «[نائب رئيس الدولة]
/// [رئيس مجلس الوزراء] [حاكم] دبي …»: the offices without a holder right before a
/// person's title (at token `first`) are his too; a second office joined by «و» only
/// after a deputy's («نائب رئيس مجلس الوزراء ووزير الدولة …»). Not where both offices
/// name a different nation («[الرئيس المصري] [وزير الخارجية الأمريكي] أنتوني بلينكن»:
/// one received the other). Where the title now begins.
fn offices_in_a_row(
    ctx: &Ctx,
    chosen: &[Cand],
    mut first: usize,
    merged: &mut Vec<usize>,
) -> usize {
    // `chosen` is sorted and its mentions do not overlap, so their ends are sorted too:
    // the last mention ending by `first` is found by halving, not by a scan per person.
    while let Some(mut q) = chosen.partition_point(|c| c.end <= first).checked_sub(1) {
        // «[رئيس] [مجلس السيادة الانتقالي] | القائد العام …»: an office over the council
        // it heads; not the subject's before a verb of meeting's object («استقبل رئيس
        // مجلس النواب وزير الخارجية …»).
        let council = chosen[q].end == first
            && chosen[q].label == Some(Label::Org)
            && q.checked_sub(1).is_some_and(|o| {
                chosen[o].end == chosen[q].start
                    && chosen[o].label == Some(Label::Title)
                    && !super::appositives::meets_before(ctx, chosen[o].start)
            });
        if council {
            q -= 1;
        }
        let office = &chosen[q];
        let joined =
            !and_office(ctx, first) || ctx.tok(office.start).is_some_and(|t| t.stem == "نائب");
        // «استقبل ولي العهد | فخامة الرئيس …»: an honorific of address begins another
        // man's title.
        // So does one behind a preposition: «تحيات الملك | لسمو الأمير».
        let addressed = ctx.tok(first).is_some_and(|t| {
            let bare = t.norm.strip_prefix(['ب', 'ل']).unwrap_or(t.base());
            super::titles::ADDRESS.contains(&t.base()) || super::titles::ADDRESS.contains(&bare)
        });
        if office.end != first && !council
            || office.label != Some(Label::Title)
            || office.title.is_some()
            || merged.contains(&q)
            || !joined
            || addressed
            || nations_differ(ctx, office.start, first, first + 4)
        {
            break;
        }
        merged.push(q);
        first = office.start;
    }
    first
}

/// Whether the words `a..b` and `b..c` each hold a nationality adjective, and not the same.
fn nations_differ(ctx: &Ctx, a: usize, b: usize, c: usize) -> bool {
    let nation = |r: std::ops::Range<usize>| {
        r.filter(|&k| {
            ctx.tok(k)
                .is_some_and(|t| super::is_nationality(t, ctx.gaz))
        })
        .map(|k| ctx.tokens[k].stem.clone())
        .next()
    };
    match (nation(a..b), nation(b..c.min(ctx.tokens.len()))) {
        (Some(x), Some(y)) => x != y,
        _ => false,
    }
}

/// «[النائب الأول] [لرئيس المجلس]», «[المستشار الخاص] [لرئيس الوزراء]»: a deputy's or
/// adviser's office and the office it serves behind «ل», chosen as two offices, are one
/// (the «لل» form, «النائب التنفيذي للرئيس», the title scan reads whole).
fn join_served_offices(ctx: &Ctx, chosen: &mut Vec<Cand>) {
    let mut k = 1;
    while k < chosen.len() {
        let (deputy, served) = (&chosen[k - 1], &chosen[k]);
        let joins = deputy.label == Some(Label::Title)
            && served.label == Some(Label::Title)
            && deputy.end == served.start
            && deputy.title.is_none()
            && DEPUTIES.contains(&ctx.tokens[deputy.start].base())
            && super::served_bodies::behind_li(&ctx.tokens[served.start]);
        if joins {
            chosen[k - 1].end = chosen[k].end;
            chosen.remove(k);
        } else {
            k += 1;
        }
    }
}

/// A Turkish family name in «أوغلو» takes the word before it, even a title word the
/// rules gave the person as a title: «أكرم إمام أوغلو» (not the imam «إمام» and
/// «أوغلو»), «داود أوغلو», «جاويش أوغلو».
fn oglu_names(ctx: &Ctx, chosen: &mut [Cand]) {
    for k in 0..chosen.len() {
        let c = &chosen[k];
        let Some((ts, te)) = c.title else {
            continue;
        };
        let oglu = ctx.tok(c.start).is_some_and(|t| t.norm == "اوغلو");
        if c.label != Some(Label::Person) || !oglu || te != c.start || te <= ts {
            continue;
        }
        let mut start = te - 1;
        let mut title = (start > ts).then_some((ts, start));
        // The given name before, left outside any mention: «أكرم | إمام أوغلو».
        let free = k == 0 || chosen[k - 1].end < start;
        let given = start
            .checked_sub(1)
            .and_then(|g| ctx.tok(g))
            .is_some_and(|t| {
                t.kind == TokenKind::Word
                    && t.flags(ctx.gaz) & crate::gazetteer::flag::FIRST_NAME != 0
            });
        if title.is_none() && free && given {
            start -= 1;
        } else if let Some((a, b)) = title
            && b == start
            && given
            && b - a > 1
        {
            // «إمام» was the title's last word after a given name inside it: that name
            // leaves the title too.
            start -= 1;
            title = Some((a, b - 1));
        }
        chosen[k].start = start;
        chosen[k].title = title;
    }
}

/// Whether the office or head word at `k` has «و» glued to it («ووزير», «والوزير»,
/// «وشركة»; «وزير», «وزارة» begin with their own letter).
pub(super) fn and_office(ctx: &Ctx, k: usize) -> bool {
    // «والي ولاية وهران»: the governor's «و» is his office's own letter.
    let governor = ctx.tok(k).is_some_and(|t| t.norm == "والي")
        && ctx
            .tok(k + 1)
            .is_some_and(|n| matches!(n.norm.as_str(), "ولايه" | "جهه"));
    !governor
        && ctx.tok(k).is_some_and(|t| {
            t.norm.starts_with("وال")
                || t.norm.starts_with("وو")
                || lexicon::trigger(&t.norm).is_none()
        })
        && ctx.has_conjunction(k)
}

/// «أجرى رئيس الجمهورية، السيد عبد المجيد تبون، تعديلا»: the Maghreb agencies write the
/// office, a comma, then its holder after his courtesy word (at token `from`), closed by a
/// second comma. The office, a TITLE mention without a holder before the first comma,
/// across the places and bodies it serves (not one after «و», another man's), and the
/// offices right before it («الناطق باسم الحكومة وزير الثقافة، السيد …،»): their indices,
/// first first, and where the title ends.
fn office_before_comma(
    ctx: &Ctx,
    chosen: &[Cand],
    p: usize,
    from: usize,
    merged: &[usize],
) -> Option<(Vec<usize>, usize)> {
    // «مدرب المنتخب العراقي، الأسترالي غراهام أرنولد،»: the man's nationality after the
    // comma is his, no part of the office nor of the name.
    let nationality = from
        .checked_sub(1)
        .is_some_and(|k| ctx.definite(k) && super::is_nationality(&ctx.tokens[k], ctx.gaz));
    let first = from.checked_sub(1 + usize::from(nationality))?;
    if !comma(ctx, first) || !comma(ctx, chosen[p].end) {
        return None;
    }
    // Back over the places and bodies the office serves («والي ولاية [وهران]»), and a
    // link before them («المبعوث الشخصي للأمين العام [للأمم المتحدة] إلى [السودان]»).
    let (mut q, mut end) = (p.checked_sub(1)?, first);
    loop {
        let c = &chosen[q];
        let linked = c.end + 1 == end
            && end < first
            && ctx.is_word(c.end)
            && LINKS.contains(&ctx.tokens[c.end].norm.as_str());
        // «الرئيس المدير العام لمجمع [سوناطراك]»: the body's head, left out of its name.
        let head = c.end + 1 == end
            && c.label == Some(Label::Title)
            && ctx.tok(c.end).is_some_and(|t| {
                super::served_bodies::behind_li(t)
                    && (lexicon::trigger(&t.key) == Some(Trigger::OrgHead)
                        || super::is_body_head(&t.key))
            });
        // «مدير إدارة الإغاثة | والمشاريع الخارجية في الجمعية،»: the office's joined
        // portfolio and where it serves, which no mention covers.
        let tail = c.label == Some(Label::Title) && end == first && office_tail(ctx, c.end, end);
        if linked || head || tail {
            end = c.end;
        }
        if c.end != end {
            return None;
        }
        match c.label {
            Some(Label::Title) => break,
            Some(Label::Org | Label::Location) => {
                end = c.start;
                q = q.checked_sub(1)?;
            }
            _ => return None,
        }
    }
    let free = |q: usize| {
        let office = &chosen[q];
        office.label == Some(Label::Title)
            && office.title.is_none()
            && !merged.contains(&q)
            && !and_office(ctx, office.start)
    };
    if !free(q) {
        return None;
    }
    let mut offices = vec![q];
    while let Some(before) = q.checked_sub(1)
        && chosen[before].end == chosen[q].start
        && free(before)
    {
        offices.insert(0, before);
        q = before;
    }
    Some((offices, first))
}

/// How many words of an office's tail may stand between its TITLE mention and the comma.
const MAX_TAIL: usize = 5;

/// Tokens `from..to` continue an office up to its comma: definite words, which may be
/// joined by «و» («والمشاريع الخارجية»), and «في» before where it serves («في الجمعية»);
/// no preposition glued on, no verb, at most [`MAX_TAIL`] words.
fn office_tail(ctx: &Ctx, from: usize, to: usize) -> bool {
    (from < to && to - from <= MAX_TAIL)
        && (from..to).all(|k| {
            ctx.tok(k).is_some_and(|t| {
                t.kind == TokenKind::Word
                    && !ctx.has_preposition(k)
                    && (t.clitics.article || t.norm == "في")
            })
        })
        && ctx.tok(to - 1).is_some_and(|t| t.clitics.article)
}

/// Where the office before a person begins.
enum Office {
    /// A TITLE mention of `chosen`, by index.
    Mention(usize),
    /// A lone office word («مندوب»), by token.
    Word(usize),
}

/// Walks left from token `from` (the start of person `p` or of its courtesy title) over
/// organisation and place mentions, [`LINKS`], office adjectives, nationalities and
/// courtesy words to the office: a TITLE mention that ends there (after a crossed
/// organisation or place, or before a courtesy title), or an office word before a
/// crossed organisation or place.
fn office_before(ctx: &Ctx, chosen: &[Cand], p: usize, from: usize) -> Option<Office> {
    let courtesy = from < chosen[p].start;
    // «… ومعالي شكيب»: «و» begins another man; «فيليب لازاريني» begins with his own «ف».
    if ctx.has_conjunction(from) && !ctx.own_first_letter(from) {
        return None;
    }
    let (mut j, mut c, mut crossed) = (from, p, false);
    for _ in 0..MAX_STEPS {
        let before = j.checked_sub(1)?;
        if let Some(prev) = c.checked_sub(1)
            && chosen[prev].end > before
        {
            c = prev;
            match chosen[c].label {
                Some(Label::Title) if chosen[c].end == j && (crossed || courtesy) => {
                    return Some(Office::Mention(c));
                }
                Some(Label::Org | Label::Location) if chosen[c].end == j => {
                    crossed = true;
                    j = chosen[c].start;
                    continue;
                }
                _ => return None,
            }
        }
        let t = ctx.tok(before)?;
        if crossed && ctx.trig(before) == Some(Trigger::Office) {
            return Some(Office::Word(before));
        }
        // «و» begins another name («… ومعالي شكيب بن موسى»); punctuation ends the office.
        if t.kind != TokenKind::Word || ctx.has_conjunction(before) {
            return None;
        }
        // «[المفوض الأوروبي] للتجارة ماروش شيفتشوفيتش»: the office's remit after «لل».
        let remit = t.norm.starts_with("لل") && t.clitics.article;
        let linking = LINKS.contains(&t.norm.as_str())
            || OFFICE_ADJECTIVES.contains(&t.norm.as_str())
            || (t.clitics.article && ctx.adjective(before))
            || courtesy_only(std::slice::from_ref(t))
            || remit;
        if !linking {
            return None;
        }
        crossed |= remit;
        j = before;
    }
    None
}

#[cfg(test)]
#[path = "title_links_tests.rs"]
mod tests;
