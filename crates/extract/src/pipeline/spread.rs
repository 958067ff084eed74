//! Document consistency: a name found once is tagged at its other occurrences in the same
//! article, on confident evidence only, never for a common word alone.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use sahifa_model::Label;

use super::written;
use crate::gazetteer::{Gazetteers, flag};
use crate::lexicon;
use crate::rules::{self, Cand};
use crate::token::{Token, TokenKind};

fn key_of(tokens: &[Token], s: usize, e: usize) -> String {
    let mut k = String::new();
    for (i, t) in tokens[s..e].iter().enumerate() {
        if i > 0 {
            k.push(' ');
        }
        k.push_str(&t.stem);
    }
    k
}

/// Token ranges of the articles of a piece ([`crate::chunk::articles`]).
fn article_ranges(chars: &[char], tokens: &[Token]) -> Vec<(usize, usize)> {
    let starts = crate::chunk::articles::article_starts_chars(chars);
    let mut firsts: Vec<usize> = starts
        .iter()
        .map(|&c| tokens.partition_point(|t| t.start < c))
        .collect();
    firsts.dedup();
    let mut out = Vec::with_capacity(firsts.len());
    for (k, &s) in firsts.iter().enumerate() {
        let e = firsts.get(k + 1).copied().unwrap_or(tokens.len());
        if s < e {
            out.push((s, e));
        }
    }
    out
}

/// [`spread`] within each article of the piece; `chosen` comes back sorted by start.
pub(super) fn spread_by_article(
    chars: &[char],
    tokens: &[Token],
    gaz: &Gazetteers,
    chosen: &mut [Cand],
) -> Vec<Cand> {
    chosen.sort_by_key(|c| (c.start, c.end));
    let mut extra = Vec::new();
    for (lo, hi) in article_ranges(chars, tokens) {
        let a = chosen.partition_point(|c| c.start < lo);
        let b = chosen.partition_point(|c| c.start < hi);
        family_names_win(chars, tokens, gaz, &mut chosen[a..b]);
        extra.extend(spread(chars, tokens, gaz, &chosen[a..b], (lo, hi)));
        extra.extend(common_family_after_speech(
            tokens,
            gaz,
            &chosen[a..b],
            (lo, hi),
        ));
    }
    extra
}

/// The family name of a person a title introduced (a CRF name ending in an adjective such
/// as «الفرنسي» has none), not the last link of a patronymic chain («… بن علي»: «علي» is a
/// father's name, not a family name).
fn titled_family<'a>(c: &Cand, tokens: &'a [Token]) -> Option<&'a Token> {
    let titled = c.label == Some(Label::Person) && c.title.is_some() && c.end - c.start >= 2;
    (titled && !rules::is_name_link(&tokens[c.end - 2])).then(|| &tokens[c.end - 1])
}

/// «… معالي وزير الصحة فهد بن عبدالرحمن الجلاجل … وأكد [الجلاجل] أن»: where the tagger
/// or a list reads the family name of a person a title introduced, alone in the same
/// article, as a place or body («الجلاجل» is also a town), it is that person.
fn family_names_win(chars: &[char], tokens: &[Token], gaz: &Gazetteers, chosen: &mut [Cand]) {
    let families: HashSet<&str> = chosen
        .iter()
        .filter_map(|c| titled_family(c, tokens))
        .filter(|t| !weak_single(chars, t, gaz) && t.flags(gaz) & flag::COUNTRY == 0)
        .map(|t| t.stem.as_str())
        .collect();
    if families.is_empty() {
        return;
    }
    for c in chosen.iter_mut() {
        let lone = c.end - c.start == 1 && c.prio <= rules::PRIO_CRF;
        if lone
            && !after_preposition(tokens, c.start)
            && matches!(c.label, Some(Label::Location | Label::Org))
            && families.contains(tokens[c.start].stem.as_str())
        {
            c.label = Some(Label::Person);
        }
    }
}

/// «… برئاسة النائب جورج عدوان … وقال [عدوان] في تصريح»: the family name of a person a
/// title introduced that is a common word («عدوان», "aggression") is not spread
/// everywhere, but right after a verb of speech it is the man speaking.
fn common_family_after_speech(
    tokens: &[Token],
    gaz: &Gazetteers,
    chosen: &[Cand],
    (lo, hi): (usize, usize),
) -> Vec<Cand> {
    let common = |t: &Token| {
        t.kind == TokenKind::Word
            && !t.clitics.article
            && t.stem.chars().count() >= 3
            && gaz.flags(&t.stem) & flag::COMMON != 0
            && !lexicon::is_function_word(&t.norm)
            && t.trigger().is_none()
    };
    let families: HashSet<&str> = chosen
        .iter()
        .filter_map(|c| titled_family(c, tokens))
        .filter(|t| common(t))
        .map(|t| t.stem.as_str())
        .collect();
    let mut out = Vec::new();
    if families.is_empty() {
        return out;
    }
    let taken = |i: usize| chosen.iter().any(|c| c.start <= i && i < c.end);
    for i in lo.max(1)..hi {
        let t = &tokens[i];
        if families.contains(t.stem.as_str())
            && common(t)
            && tokens[i - 1].trigger() == Some(lexicon::Trigger::Speech)
            && !taken(i)
        {
            out.push(Cand::new(i, i + 1, Label::Person, rules::PRIO_SPREAD));
        }
    }
    out
}

/// «في الجوف», «بالجوف», «منطقة الجوف»: the word at `i` is where something is.
fn after_preposition(tokens: &[Token], i: usize) -> bool {
    const BEFORE: &[&str] = &["في", "الي", "من", "عن", "منطقه", "محافظه", "مدينه"];
    let t = &tokens[i];
    let own = t.clitics.strippable > 0 && t.norm.starts_with(['ب', 'ل', 'ك']);
    own || i
        .checked_sub(1)
        .is_some_and(|p| BEFORE.contains(&tokens[p].norm.trim_start_matches(['و', 'ف'])))
}

/// True when a one-word name must not be tagged again at its other occurrences: short,
/// common (the common-word list, which holds the words the training data mostly leaves
/// untagged), a function word, a particle, number or calendar word, a currency, a
/// nationality adjective, a trigger word, or not a word.
fn weak_single(chars: &[char], t: &Token, gaz: &Gazetteers) -> bool {
    t.stem.chars().count() < 3
        || gaz.flags(&t.stem) & flag::COMMON != 0
        || lexicon::is_function_word(&t.norm)
        || lexicon::never_a_name_alone(&written(chars, t), &t.norm, &t.stem)
        || rules::not_an_entity_alone(t)
        || t.trigger().is_some()
        || t.kind != TokenKind::Word
}

/// True when a name list or the harvested gazetteer knows the word as `label`.
fn listed_as(t: &Token, label: Label, gaz: &Gazetteers) -> bool {
    let f = t.flags(gaz);
    let by_list = match label {
        Label::Person => f & (flag::FIRST_NAME | flag::LAST_NAME) != 0,
        Label::Location => f & flag::COUNTRY != 0,
        _ => false,
    };
    let ty = crate::gazetteer::type_index(label);
    let harvested = gaz
        .phrases
        .map
        .get(&t.key)
        .and_then(|c| c.best())
        .is_some_and(|(best, share)| best == ty && share >= 0.5);
    by_list || harvested
}

/// Tags further occurrences, within tokens `lo..hi`, of the names chosen there (and of the
/// family name of people a title introduced). Returns the new candidates.
fn spread(
    chars: &[char],
    tokens: &[Token],
    gaz: &Gazetteers,
    chosen: &[Cand],
    (lo, hi): (usize, usize),
) -> Vec<Cand> {
    // How often the CRF found each one-word name in the article.
    let mut found_alone: HashMap<&str, usize> = HashMap::default();
    for c in chosen.iter().filter(|c| c.end - c.start == 1) {
        *found_alone
            .entry(tokens[c.start].stem.as_str())
            .or_default() += 1;
    }
    let mut keys: HashMap<String, (Label, usize)> = HashMap::default();
    // The first stems of the keys: a word that begins none is passed over at once.
    let mut firsts: HashSet<&str> = HashSet::default();
    for c in chosen {
        let Some(label) = c.label else { continue };
        if matches!(label, Label::Date | Label::Title) {
            continue;
        }
        let mut add = |s: usize, e: usize, confident: bool| {
            if e - s == 1 && (!confident || weak_single(chars, &tokens[s], gaz)) {
                return;
            }
            keys.entry(key_of(tokens, s, e)).or_insert((label, e - s));
            firsts.insert(tokens[s].stem.as_str());
        };
        // A one-word name spreads on confident evidence only: a rule found it, the CRF
        // found it twice, or a list knows it as this type.
        let t = &tokens[c.start];
        let confident = c.prio > rules::PRIO_CRF
            || found_alone.get(t.stem.as_str()).is_some_and(|&n| n >= 2)
            || listed_as(t, label, gaz);
        add(c.start, c.end, confident);
        // Acronym without its year: «ديمكس 2026» → «ديمكس».
        if c.end - c.start >= 2 && tokens[c.end - 1].kind == TokenKind::Number {
            add(c.start, c.end - 1, true);
        }
        if titled_family(c, tokens).is_some() {
            add(c.end - 1, c.end, true);
        }
    }
    let mut out = Vec::new();
    if keys.is_empty() {
        return out;
    }
    let max_len = keys.values().map(|v| v.1).max().unwrap_or(1);
    let mut taken = vec![false; hi - lo];
    for c in chosen {
        let mut mark = |s: usize, e: usize| {
            for t in &mut taken[s.clamp(lo, hi) - lo..e.clamp(lo, hi) - lo] {
                *t = true;
            }
        };
        mark(c.start, c.end);
        if let Some((ts, te)) = c.title {
            mark(ts, te);
        }
    }
    // A key's first stem is its text up to the first space only if no stem holds one.
    let spaced = |stem: &str| stem.contains(' ');
    let by_first = !firsts.iter().any(|f| spaced(f));
    let mut i = lo;
    while i < hi {
        let stem = tokens[i].stem.as_str();
        if by_first && !spaced(stem) && !firsts.contains(stem) {
            // No key starts here: «قال» before «الرئيس عون» builds no string.
            i += 1;
            continue;
        }
        let mut found = None;
        let mut key = String::new();
        for n in 1..=max_len.min(hi - i) {
            let t = &tokens[i + n - 1];
            if taken[i + n - 1 - lo] {
                break;
            }
            if n > 1 {
                key.push(' ');
            }
            key.push_str(&t.stem);
            if let Some(&(label, len)) = keys.get(&key)
                && len == n
            {
                found = Some((n, label));
            }
        }
        match found {
            Some((n, label)) => {
                out.push(Cand::new(i, i + n, label, rules::PRIO_SPREAD));
                for t in &mut taken[i - lo..i + n - lo] {
                    *t = true;
                }
                i += n;
            }
            None => i += 1,
        }
    }
    out
}
