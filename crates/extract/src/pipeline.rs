//! The extraction pipeline up to mentions: CRF, rules, gazetteers, overlap resolution,
//! document-level consistency, clitic trimming.

use rustc_hash::{FxHashMap as HashMap, FxHashSet};

use sahifa_model::Label;

use crate::Extractor;
use crate::features;
use crate::gazetteer::{Gazetteers, flag};
use crate::lexicon;
use crate::rules::{self, Cand};
use crate::token::{self, Token, TokenKind};

/// A mention found in the text, before grouping into entities.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Span {
    /// First char (inclusive).
    pub start: usize,
    /// One past the last char. Invariant: `start < end`.
    pub end: usize,
    /// Its type.
    pub label: Label,
    /// For a PERSON introduced by a title or rank: that title's char range.
    pub title: Option<(usize, usize)>,
    /// For an acronym in parentheses: the index (in the span list) of the mention it
    /// abbreviates.
    pub alias_of: Option<usize>,
}

impl Span {
    /// This span in a text where its piece starts at char `offset`, its piece's spans
    /// starting at index `base` of the list.
    pub fn shifted(mut self, offset: usize, base: usize) -> Span {
        self.start += offset;
        self.end += offset;
        self.title = self.title.map(|(s, e)| (s + offset, e + offset));
        self.alias_of = self.alias_of.map(|a| a + base);
        self
    }
}

/// Longest CRF sequence; longer runs without a sentence end are cut.
const MAX_SENTENCE: usize = 80;

/// Token ranges of sentences: split at . ! ? ؟ ؛ and line starts.
fn sentences(tokens: &[Token]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, t) in tokens.iter().enumerate() {
        if i > start && (t.line_start || i - start >= MAX_SENTENCE) {
            out.push((start, i));
            start = i;
        }
        if t.kind == TokenKind::Punct && matches!(t.norm.as_str(), "." | "!" | "?" | "؟" | "؛") {
            out.push((start, i + 1));
            start = i + 1;
        }
    }
    if start < tokens.len() {
        out.push((start, tokens.len()));
    }
    out
}

/// CRF label of a BIO tag.
fn crf_label(ty: &str) -> Label {
    match ty {
        "PERS" => Label::Person,
        "LOC" => Label::Location,
        "ORG" => Label::Org,
        _ => Label::Misc,
    }
}

pub(crate) fn find_spans(ex: &Extractor, chars: &[char], progress: &dyn Fn(f32)) -> Vec<Span> {
    let tokens = token::tokenize_chars(chars);
    if tokens.is_empty() {
        return Vec::new();
    }
    // 1. CRF, sentence by sentence.
    let mut tags: Vec<&str> = Vec::with_capacity(tokens.len());
    let sents = sentences(&tokens);
    let n_sents = sents.len().max(1);
    let mut scores: Vec<f32> = Vec::new();
    ex.cache.with(|cache| {
        let mut scorer = features::Scorer::new(&ex.crf, &ex.gaz, cache);
        for (k, &(s, e)) in sents.iter().enumerate() {
            scorer.sentence_scores(&tokens[s..e], &mut scores);
            for l in ex.crf.viterbi(&scores) {
                tags.push(ex.crf.labels()[l].as_str());
            }
            if k % 64 == 0 {
                progress(0.9 * k as f32 / n_sents as f32);
            }
        }
    });
    complete_name_links(&tokens, &mut tags);
    let mut crf_spans = Vec::new();
    for &(s, e) in &sents {
        for (a, b, ty) in crate::conll::spans(&tags[s..e]) {
            crf_spans.push((s + a, s + b, crf_label(&ty)));
        }
    }

    // 2. Rules and gazetteers, then 3. overlap resolution by priority.
    let ctx = rules::Ctx::new(&tokens, &ex.gaz, &crf_spans);
    let mut cands: Vec<Cand> = if ex.stages.rules {
        rules::all(&ctx, ex.scheme)
    } else {
        Vec::new()
    };
    acronyms_everywhere(&tokens, &mut cands);
    for &(s, e, label) in &crf_spans {
        cands.push(Cand::new(s, e, label, rules::PRIO_CRF));
    }
    let mut chosen = choose(cands, tokens.len());
    rules::split_joined_places(&ctx, &mut chosen);
    link_paren_acronyms(&tokens, &mut chosen);

    // 4. Document consistency: a name found once is found everywhere in its article.
    if ex.stages.spread {
        let extra = spread_by_article(chars, &tokens, &ex.gaz, &mut chosen);
        chosen.extend(extra);
    }

    // 5. Token spans to char spans.
    chosen.sort_by_key(|c| (c.start, c.end));
    let spans = to_char_spans(chars, &tokens, &ex.gaz, &chosen, ex.scheme);
    // 6. The user's knowledge: taught names win, rejected strings go.
    crate::knowledge::apply(ex, chars, &tokens, spans)
}

/// A person's name never ends on a linking word: «عبد», «أبو», «بن» … take the next word
/// with them («أشرف عبد | الباقي» → «أشرف عبد الباقي»).
fn complete_name_links(tokens: &[Token], tags: &mut [&str]) {
    const LINKS: [&str; 8] = ["عبد", "ابو", "ابي", "ابا", "بن", "ابن", "بنت", "ذو"];
    for i in 0..tokens.len().saturating_sub(1) {
        let person = matches!(tags[i], "B-PERS" | "I-PERS");
        if person
            && tags[i + 1] == "O"
            && tokens[i + 1].kind == TokenKind::Word
            && !tokens[i + 1].line_start
            && LINKS.contains(&tokens[i].stem.as_str())
        {
            tags[i + 1] = "I-PERS";
        }
        // «… بن حمد آل ثاني»: «آل» and the family after it end the name.
        let family_link = |k: usize| {
            tokens
                .get(k)
                .is_some_and(|t| t.norm == "ال" && !t.line_start)
                && tokens
                    .get(k + 1)
                    .is_some_and(|t| t.kind == TokenKind::Word && !t.line_start)
        };
        if person && tags[i + 1] == "O" && family_link(i + 1) && tags[i + 2] == "O" {
            tags[i + 1] = "I-PERS";
            tags[i + 2] = "I-PERS";
        }
    }
}

/// An acronym's words (stems), its label, and the token where its full name starts.
type AcronymKey<'t> = (Vec<&'t str>, Label, usize);

/// An acronym introduced in parentheses («(ديمكس 2026)») names its entity wherever it
/// occurs, even inside a longer phrase a rule proposed («معرض ديمكس الدولي»).
fn acronyms_everywhere(tokens: &[Token], cands: &mut Vec<Cand>) {
    // Each acronym once (the first place it was introduced is its target), indexed by its
    // first word, so the scan is one pass over the tokens however many times the article
    // repeats «(ديمكس 2026)».
    let mut by_first: HashMap<&str, Vec<AcronymKey>> = HashMap::default();
    let mut seen: FxHashSet<(Vec<&str>, Label)> = FxHashSet::default();
    for c in cands.iter_mut() {
        if c.alias_of.is_some() {
            // The acronym where it was introduced keeps its year: «(ديمكس 2026)».
            c.prio = rules::PRIO_EVENT + 2;
        }
    }
    for c in cands.iter() {
        let (Some(target), Some(label)) = (c.alias_of, c.label) else {
            continue;
        };
        let mut end = c.end;
        if end - c.start > 1 && tokens[end - 1].kind == TokenKind::Number {
            end -= 1;
        }
        let key: Vec<&str> = tokens[c.start..end]
            .iter()
            .map(|t| t.stem.as_str())
            .collect();
        let Some(&first) = key.first() else { continue };
        if seen.insert((key.clone(), label)) {
            by_first
                .entry(first)
                .or_default()
                .push((key, label, target));
        }
    }
    let mut extra = Vec::new();
    for i in 0..tokens.len() {
        let Some(keys) = by_first.get(tokens[i].stem.as_str()) else {
            continue;
        };
        for (key, label, target) in keys {
            let Some(window) = tokens.get(i..i + key.len()) else {
                continue;
            };
            if window.iter().zip(key).all(|(t, k)| t.stem == *k) {
                let mut c = Cand::new(i, i + key.len(), *label, rules::PRIO_EVENT + 1);
                c.alias_of = Some(*target);
                extra.push(c);
            }
        }
    }
    cands.extend(extra);
}

/// «وكالة الأنباء القطرية (قنا)»: a short parenthesised name right after an
/// organisation or event names the same thing, whoever found the two.
fn link_paren_acronyms(tokens: &[Token], chosen: &mut Vec<Cand>) {
    let mut by_start: HashMap<usize, usize> = HashMap::default();
    for (k, c) in chosen.iter().enumerate() {
        by_start.insert(c.start, k);
    }
    let mut taken = vec![false; tokens.len()];
    for c in chosen.iter() {
        for t in &mut taken[c.start..c.end] {
            *t = true;
        }
    }
    let mut extra = Vec::new();
    for k in 0..chosen.len() {
        let c = &chosen[k];
        let Some(label) = c.label else { continue };
        if !matches!(label, Label::Org | Label::Event) || c.alias_of.is_some() {
            continue;
        }
        let open = c.end;
        if !tokens.get(open).is_some_and(|t| t.is_punct('(')) || names_a_part_of_it(tokens, c.start)
        {
            continue;
        }
        let Some(close) = (open + 1..tokens.len().min(open + 5)).find(|&j| tokens[j].is_punct(')'))
        else {
            continue;
        };
        let (s, e) = (open + 1, close);
        if s == e || tokens[s].kind != TokenKind::Word {
            continue;
        }
        let target = c.start;
        match by_start.get(&s) {
            Some(&a) if chosen[a].end == e => extra.push((Some(a), s, e, label, target)),
            None if !taken[s..e].iter().any(|&t| t) => extra.push((None, s, e, label, target)),
            _ => {}
        }
    }
    for (existing, s, e, label, target) in extra {
        match existing {
            Some(a) => {
                chosen[a].label = Some(label);
                chosen[a].alias_of = Some(target);
            }
            None => {
                let mut c = Cand::new(s, e, label, rules::PRIO_SPREAD);
                c.alias_of = Some(target);
                chosen.push(c);
            }
        }
    }
}

/// True when the organisation starting at `start` follows «قوة/قوات/بعثة» or «التابع(ة)»:
/// a bracketed name after it names the force, mission or body that belongs to it («قوات الأمم
/// المتحدة (يونيفيل)», «لجنة حقوق الإنسان التابعة للأمم المتحدة (UNHRC)»), not the
/// organisation.
fn names_a_part_of_it(tokens: &[Token], start: usize) -> bool {
    start
        .checked_sub(1)
        .and_then(|i| tokens.get(i))
        .is_some_and(|t| ["قوه", "قوات", "بعثه", "تابع", "تابعه"].contains(&t.stem.as_str()))
}

/// Greedy choice of non-overlapping candidates: highest priority first, longer first.
/// Blockers (no label) take their tokens without producing a mention.
fn choose(mut cands: Vec<Cand>, n_tokens: usize) -> Vec<Cand> {
    cands.sort_by(|a, b| {
        b.prio
            .cmp(&a.prio)
            .then((b.end - b.start).cmp(&(a.end - a.start)))
            .then(a.start.cmp(&b.start))
    });
    let mut taken = vec![false; n_tokens];
    let mut out = Vec::new();
    for c in cands {
        if c.start >= c.end || c.end > n_tokens || taken[c.start..c.end].iter().any(|&t| t) {
            continue;
        }
        if let Some((ts, te)) = c.title
            && taken[ts..te].iter().any(|&t| t)
        {
            continue;
        }
        for t in &mut taken[c.start..c.end] {
            *t = true;
        }
        if let Some((ts, te)) = c.title {
            for t in &mut taken[ts..te] {
                *t = true;
            }
        }
        out.push(c);
    }
    out
}

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

/// A token as written in the text.
fn written(chars: &[char], t: &Token) -> String {
    chars
        .get(t.start..t.end)
        .unwrap_or_default()
        .iter()
        .collect()
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
fn spread_by_article(
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
        extra.extend(spread(chars, tokens, gaz, &chosen[a..b], (lo, hi)));
    }
    extra
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
    let ty = match label {
        Label::Person => 0,
        Label::Location => 1,
        Label::Org => 2,
        _ => 3,
    };
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
        // The family name alone, only for people a title introduced (a CRF name ending in
        // an adjective such as «الفرنسي» must not spread), and not the last link of a
        // patronymic chain («… بن علي»: «علي» is a father's name, not a family name).
        if label == Label::Person
            && c.end - c.start >= 2
            && c.title.is_some()
            && !rules::is_name_link(&tokens[c.end - 2])
        {
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
    let mut i = lo;
    while i < hi {
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
    let listed = |s: &str| person_or_country(gaz, s) || clitic_before_name(t, s, gaz);
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
    person_or_country(gaz, rest) || (gaz.single_names.contains(rest) && commoner)
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
/// «ألف», «الماضي» alone, a word [`rules::drop_alone`] drops, currencies only — except a
/// currency proposed as MISC under ANERcorp's conventions.
fn never_a_mention(
    chars: &[char],
    tokens: &[Token],
    gaz: &crate::gazetteer::Gazetteers,
    c: &Cand,
    label: Label,
    scheme: crate::Scheme,
) -> bool {
    let first = &tokens[c.start];
    let currency_ok = label == Label::Misc && scheme.currency_is_misc();
    if c.end - c.start == 1 {
        label != Label::Date
            && (lexicon::never_a_name_alone(&written(chars, first), &first.norm, &first.stem)
                || (rules::drop_alone(tokens, c.start, label, gaz)
                    && !(currency_ok && rules::is_currency(first))))
    } else {
        !currency_ok && rules::only_currencies(&tokens[c.start..c.end])
    }
}

fn to_char_spans(
    chars: &[char],
    tokens: &[Token],
    gaz: &crate::gazetteer::Gazetteers,
    chosen: &[Cand],
    scheme: crate::Scheme,
) -> Vec<Span> {
    let doc_words: FxHashSet<&str> = tokens
        .iter()
        .filter(|t| t.kind == TokenKind::Word)
        .map(|t| t.norm.as_str())
        .collect();
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
    fn a_name_cut_after_abd_takes_the_next_word() {
        let toks = token::tokenize("وقال أشرف عبد الباقي أمس");
        let mut tags = vec!["O", "B-PERS", "I-PERS", "O", "O"];
        complete_name_links(&toks, &mut tags);
        assert_eq!(tags, ["O", "B-PERS", "I-PERS", "I-PERS", "O"]);
    }

    #[test]
    fn a_name_cut_before_al_takes_the_family_after_it() {
        let toks = token::tokenize("الشيخ عبدالرحمن بن حمد آل ثاني المعرض");
        let mut tags = vec!["O", "B-PERS", "I-PERS", "I-PERS", "O", "O", "O"];
        complete_name_links(&toks, &mut tags);
        assert_eq!(
            tags,
            ["O", "B-PERS", "I-PERS", "I-PERS", "I-PERS", "I-PERS", "O"]
        );
        // «آل» last in the text: nothing to take, nothing out of bounds.
        let toks = token::tokenize("حمد آل");
        let mut tags = vec!["B-PERS", "O"];
        complete_name_links(&toks, &mut tags);
        assert_eq!(tags, ["B-PERS", "O"]);
    }

    #[test]
    fn a_linking_word_outside_a_name_changes_nothing() {
        let toks = token::tokenize("ابن المدينة عاد");
        let mut tags = vec!["O", "O", "O"];
        complete_name_links(&toks, &mut tags);
        assert_eq!(tags, ["O", "O", "O"]);
    }
}
