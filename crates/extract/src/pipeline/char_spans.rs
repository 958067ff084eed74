//! From chosen token candidates to the mentions a user sees: what is never a mention,
//! which leading clitic a mention leaves out, where it ends.

use rustc_hash::{FxHashMap as HashMap, FxHashSet};

use sahifa_model::Label;

use super::{Span, written};
use crate::gazetteer::{Gazetteers, flag};
use crate::lexicon;
use crate::rules::{self, Cand};
use crate::token::{self, Token, TokenKind};

/// How many leading chars of a token's folded form are a clitic a mention leaves out.
/// Without the article, a leading و/ف/ب/ك/ل goes only when the rest is a known name or
/// place, or stands alone elsewhere in the document («وقطر» with «قطر»); «وكالة»,
/// «باريس», «فايننشال» keep their first letter.
fn leading_clitic(t: &Token, gaz: &Gazetteers, doc_words: &FxHashSet<&str>) -> usize {
    if t.kind != TokenKind::Word {
        return 0;
    }
    // «فالنسيا», «فلوريدا»: a one-word name the lists know as written has no clitic,
    // unless the word after its first letter is the better-known name («وأنان» is «و» +
    // «أنان», though a town is called «وانان»).
    if gaz.single_names.contains(&t.norm) && !name_after_first_letter(t, gaz) {
        return 0;
    }
    // «وكاليفورنيا»: «و» before a listed name, not «وك» before «اليفورنيا» (the model's
    // rule takes the longest clitic that leaves an article).
    if let Some(rest) = t.norm.strip_prefix(['و', 'ف'])
        && clitic_before_name(t, rest, gaz)
    {
        return 1;
    }
    let listed = |s: &str| name_after_clitic(gaz, &t.norm, s) || clitic_before_name(t, s, gaz);
    if !t.clitics.article && (listed(&t.norm) || lexicon::trigger(&t.norm).is_some()) {
        return 0;
    }
    // «وشركة», «لبورصة»: a conjunction or preposition glued to an organisation's head
    // word goes. The rule itself is the model's, shared with selection snapping and
    // double-click.
    let head_or_listed = |s: &str| {
        lexicon::trigger(s).is_some()
            || rules::is_body_head(s)
            || listed(s)
            || doc_words.contains(s)
            || far_commoner(gaz, &t.norm, s)
    };
    sahifa_model::words::leading_clitic(&t.norm, head_or_listed)
}

/// True when `t` without its first letter (a clitic letter) is a person's name or a
/// country, or a listed one-word name commoner than `t` itself.
fn name_after_first_letter(t: &Token, gaz: &Gazetteers) -> bool {
    let Some(rest) = t.norm.strip_prefix(['و', 'ف', 'ب', 'ل', 'ك']) else {
        return false;
    };
    let commoner = match (gaz.word_freq.get(rest), gaz.word_freq.get(&t.norm)) {
        (Some(r), Some(w)) => r < w,
        (Some(_), None) => true,
        _ => false,
    };
    name_after_clitic(gaz, &t.norm, rest) || (gaz.single_names.contains(rest) && commoner)
}

/// Whether `rest`, a word without the clitic letters `whole` begins with, is so much the
/// commoner word in Arabic at large ([`Gazetteers::word_freq`], a lower bucket is
/// commoner) that the letters are a clitic: «لموسم» is «ل» + «موسم», «بشمال» is «ب» +
/// «شمال», but «لجنة», «وكالة», «بورصة» are words of their own.
/// - Never for a word of people's names («ليلى», «كوفي», «لاري»), nor a preposition
///   before «و» or «ل» («بوتنام»; «للنوبة» is ل + النوبة), nor «ك» (rarely a clitic
///   before a name, often a name's first letter: «كرموز», «كريو»).
/// - A whole word rarer than the frequency list knows gives way after «و» to any word it
///   knows («وتيزي»), after «ف», «ب» or «ل» only to a common one (zipf 4: «فستا» is
///   Vesta, «بريشا» Brescia).
/// - After «و» or «ف» and a preposition, the word after the conjunction is judged so.
fn far_commoner(gaz: &Gazetteers, whole: &str, rest: &str) -> bool {
    // Two letters («ول» in «وليلى»): the word after the conjunction is judged as a word
    // of its own («ليلى» is a name, so its «ل» stays).
    if let Some(after_conjunction) = whole.strip_prefix(['و', 'ف'])
        && after_conjunction.len() > rest.len()
    {
        return far_commoner(gaz, after_conjunction, rest);
    }
    let Some(&r) = gaz.word_freq.get(rest) else {
        return false;
    };
    // Each clitic letter is two bytes: `whole` is one letter longer.
    let one_letter = rest.len() + 2 == whole.len();
    let preposition = one_letter && whole.starts_with(['ب', 'ل']);
    if whole.starts_with('ك')
        || (preposition && rest.starts_with(['و', 'ل']))
        || gaz.person_words.contains_key(whole)
    {
        return false;
    }
    match gaz.word_freq.get(whole) {
        Some(&w) => w >= r.saturating_add(CLITIC_MARGIN),
        None => (one_letter && whole.starts_with('و')) || r <= COMMON_BUCKET,
    }
}

/// How many [`Gazetteers::word_freq`] buckets (half a zipf each) rarer than the word
/// without them a form with clitic letters must be for the letters to go: «لموسم» is two
/// rarer than «موسم», «بمراكش» than «مراكش»; «لجنة» is commoner than «جنة».
const CLITIC_MARGIN: u8 = 2;

/// [`Gazetteers::word_freq`]'s bucket of a word of zipf 4 (one in 100,000 words).
const COMMON_BUCKET: u8 = 10;

/// Whether `rest`, `whole` without leading letters (or `whole` itself), is a given or
/// family name or a country. The name lists are keyed by stem too, so a stem such as
/// «يليم» (of «ويليم», William) reads as a name. After a preposition (rarer before a
/// name than «و»/«ف»), when `whole` is a word the lists or wordfreq know as written, the
/// rest must be a word wordfreq knows: «بيليم» (Belém) is no «ب» + «يليم».
fn name_after_clitic(gaz: &Gazetteers, whole: &str, rest: &str) -> bool {
    // The letters before `rest` hold a preposition («ب» of «بكين», «وب» of «وبكين»).
    let cut = whole.chars().count().saturating_sub(rest.chars().count());
    let preposition = whole
        .chars()
        .take(cut)
        .any(|c| matches!(c, 'ب' | 'ل' | 'ك'));
    // «بكين» (Beijing) is commoner in Arabic at large than «كين», «بيني» than «يني»:
    // the letter is the word's own, whatever the name lists say of the rest.
    if preposition
        && let (Some(w), Some(r)) = (gaz.word_freq.get(whole), gaz.word_freq.get(rest))
        && w <= r
    {
        return false;
    }
    // The word as written after a conjunction: «بيليم» of «وبيليم».
    let written = whole
        .strip_prefix(['و', 'ف'])
        .filter(|w| w.chars().count() > rest.chars().count())
        .unwrap_or(whole);
    let known_as_written = || {
        gaz.person_words.contains_key(written)
            || gaz.single_names.contains(written)
            || gaz.word_freq.contains_key(written)
    };
    person_or_country(gaz, rest)
        && (!preposition || gaz.word_freq.contains_key(rest) || !known_as_written())
}

/// A word the name lists give as a given or family name or a country.
fn person_or_country(gaz: &Gazetteers, word: &str) -> bool {
    gaz.flags(word) & (flag::FIRST_NAME | flag::LAST_NAME | flag::COUNTRY) != 0
}

/// Whether the first letter of `t` is a clitic before the listed one-word name `rest`
/// ([`Gazetteers::single_names`]), judged by how common each reading is in Arabic at
/// large ([`Gazetteers::word_freq`], a lower bucket is commoner): after «و» or «ف» the
/// name wins unless the whole word is the commoner («ولندن» → «لندن», but «فرقة» is a
/// troupe, not «ف» + «رقة»); after «ب», «ل» or «ك» only a whole word far rarer than the
/// name gives way («بدمشق» → «دمشق», but «بليدا», «بلاي ستيشن» stay). One letter only.
fn clitic_before_name(t: &Token, rest: &str, gaz: &Gazetteers) -> bool {
    if !gaz.single_names.contains(rest) || t.norm.chars().count() != rest.chars().count() + 1 {
        return false;
    }
    let (whole, name) = (gaz.word_freq.get(&t.norm), gaz.word_freq.get(rest));
    match (t.norm.starts_with(['و', 'ف']), whole, name) {
        (true, None, _) => true,
        (true, Some(w), Some(r)) => w > r,
        (false, Some(&w), Some(&r)) => w >= r.saturating_add(3),
        _ => false,
    }
}

/// True when the candidate `c` (of `label`) is no mention whoever proposed it: «فإن»,
/// «ألف», «الماضي» alone, a word [`rules::drop_alone`] drops, currencies only, «الله» as
/// MISC — except a currency or «الله» proposed as MISC under ANERcorp's conventions.
fn never_a_mention(
    chars: &[char],
    tokens: &[Token],
    gaz: &Gazetteers,
    c: &Cand,
    label: Label,
    scheme: crate::Scheme,
) -> bool {
    let first = &tokens[c.start];
    let currency_ok = label == Label::Misc && scheme.currency_is_misc();
    if c.end - c.start == 1 {
        const GOD: &[&str] = &["الله", "والله", "بالله", "لله", "فالله"];
        let god = label == Label::Misc && GOD.contains(&first.norm.as_str());
        label != Label::Date
            && (god && !scheme.god_is_misc()
                || lexicon::never_a_name_alone(&written(chars, first), &first.norm, &first.stem)
                || (rules::drop_alone(tokens, c.start, label, gaz)
                    && !(currency_ok && rules::is_currency(first))))
    } else {
        !currency_ok && rules::only_currencies(&tokens[c.start..c.end])
    }
}

pub(super) fn to_char_spans(
    chars: &[char],
    tokens: &[Token],
    gaz: &Gazetteers,
    chosen: &[Cand],
    scheme: crate::Scheme,
) -> Vec<Span> {
    // Sized for every token at once: a set grown insert by insert rehashes its words
    // again at each doubling, for every document.
    let mut doc_words: FxHashSet<&str> =
        FxHashSet::with_capacity_and_hasher(tokens.len(), Default::default());
    doc_words.extend(
        tokens
            .iter()
            .filter(|t| t.kind == TokenKind::Word)
            .map(|t| t.norm.as_str()),
    );
    let mut out: Vec<Span> = Vec::with_capacity(chosen.len());
    let mut index_of_cand: HashMap<usize, usize> = HashMap::default();
    for c in chosen {
        let Some(label) = c.label else { continue };
        let first = &tokens[c.start];
        if never_a_mention(chars, tokens, gaz, c, label, scheme) {
            continue;
        }
        let skip = leading_clitic(first, gaz, &doc_words);
        let start = if skip > 0 {
            token::original_offset(chars, first, skip)
        } else {
            first.start
        };
        // A mention never ends on a colon, comma or dash («محمد :»); a closing bracket or
        // quotation mark stays («أمس (الثلاثاء)»), and so does a «+» glued to the name
        // («أوبك+»).
        let mut last = c.end;
        while last > c.start + 1
            && tokens[last - 1].kind == TokenKind::Punct
            && !matches!(tokens[last - 1].norm.as_str(), ")" | "»" | "\"" | "]")
            && !(tokens[last - 1].norm == "+" && tokens[last - 1].start == tokens[last - 2].end)
        {
            last -= 1;
        }
        let end = tokens[last - 1].end;
        if start >= end {
            continue;
        }
        let title = c.title.map(|(ts, te)| {
            let t0 = &tokens[ts];
            let sk = leading_clitic(t0, gaz, &doc_words);
            let s = if sk > 0 {
                token::original_offset(chars, t0, sk)
            } else {
                t0.start
            };
            (s, tokens[te - 1].end)
        });
        index_of_cand.insert(c.start, out.len());
        out.push(Span {
            start,
            end,
            label,
            title,
            alias_of: c.alias_of,
        });
    }
    // Aliases point at token starts: translate to span indices.
    for s in &mut out {
        s.alias_of = s.alias_of.and_then(|tok| index_of_cand.get(&tok).copied());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_stem_of_the_name_lists_after_a_preposition_is_no_name() {
        let gaz = Gazetteers::static_lists();
        // «يليم» is a key of the lists only as the stem of «ويليم»: «بيليم» and
        // «وبيليم» (Belém, and Belém) keep their «ب».
        assert!(!name_after_clitic(&gaz, "بيليم", "يليم"));
        assert!(!name_after_clitic(&gaz, "وبيليم", "يليم"));
        // A real clitic before a listed name still goes: «ولندن», «بمصر».
        assert!(name_after_clitic(&gaz, "بمصر", "مصر"));
    }
}
