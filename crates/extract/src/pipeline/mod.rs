//! The extraction pipeline up to mentions: CRF, rules, gazetteers, overlap resolution,
//! document-level consistency, clitic trimming.

mod acronyms;
mod char_spans;
mod spread;

use sahifa_model::Label;

use crate::Extractor;
use crate::features;
use crate::gazetteer::{Gazetteers, type_index};
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

/// Longest CRF sequence; longer runs without a sentence end are cut ([`comma_before`]).
/// Chosen by 5-fold CV (micro, ANERcorp / news schemes): 50 → 76.90 / 73.05, 80 → 76.99 /
/// 73.14, 120 → 77.02 / 73.15, 250 → the same as 120.
const MAX_SENTENCE: usize = 120;

/// Token ranges of sentences: split at . ! ? ؟ ؛ and line starts.
fn sentences(tokens: &[Token]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, t) in tokens.iter().enumerate() {
        if i > start && t.line_start {
            out.push((start, i));
            start = i;
        } else if i - start >= MAX_SENTENCE {
            let cut = comma_before(tokens, start, i).unwrap_or(i);
            out.push((start, cut));
            start = cut;
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

/// Whether the sentence ending before token `e` ends where a line or the text does (not
/// where [`MAX_SENTENCE`] cut it).
fn ends_a_line(tokens: &[Token], e: usize) -> bool {
    tokens.get(e).is_none_or(|t| t.line_start)
}

/// The tokens to tag for `sentence`: itself, or, when it ends a line with a word or a
/// number (a headline, a caption, a list item), itself and `full_stop` (the tokens of «.»,
/// made once per text) after it, copied into `buf`. The tagger learnt from newswire whose sentences end in a full stop; without
/// one it takes a headline's last words for an organisation («يخفض توقعاته لنمو الاقتصاد
/// الأردني»). On WikiFANE with each sentence's final stop removed, ORG precision fell
/// from 50.3 to 30.1 without the added stop. Its tag is dropped.
fn with_full_stop<'t>(
    sentence: &'t [Token],
    ends_line: bool,
    full_stop: &[Token],
    buf: &'t mut Vec<Token>,
) -> &'t [Token] {
    let unstopped = sentence
        .last()
        .is_some_and(|t| matches!(t.kind, TokenKind::Word | TokenKind::Number));
    if !(ends_line && unstopped) {
        return sentence;
    }
    buf.clear();
    buf.extend_from_slice(sentence);
    buf.extend_from_slice(full_stop);
    buf
}

/// Where to cut a sentence that reached [`MAX_SENTENCE`] at token `i`: after its last
/// comma in the second half, so that a long sentence of clauses joined by «،» is cut
/// between clauses rather than inside a name.
fn comma_before(tokens: &[Token], start: usize, i: usize) -> Option<usize> {
    let half = start + MAX_SENTENCE / 2;
    (half..i)
        .rev()
        .find(|&k| {
            tokens[k].kind == TokenKind::Punct && matches!(tokens[k].norm.as_str(), "،" | ",")
        })
        .map(|k| k + 1)
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
    let mut stopped: Vec<Token> = Vec::new();
    let full_stop = token::tokenize(".");
    let mut word_ids = Vec::with_capacity(tokens.len());
    let mut word_tables = Vec::with_capacity(tokens.len());
    ex.cache.with(|cache| {
        let mut scorer = features::Scorer::new(&ex.crf, &ex.gaz, cache);
        for (k, &(s, e)) in sents.iter().enumerate() {
            let sentence = with_full_stop(
                &tokens[s..e],
                ends_a_line(&tokens, e),
                &full_stop,
                &mut stopped,
            );
            scorer.sentence_scores(sentence, &mut scores);
            word_ids.extend(scorer.word_ids().take(e - s));
            word_tables.extend(scorer.word_tables().take(e - s));
            let path = ex.crf.viterbi(&scores);
            for &l in &path[..e - s] {
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
    if ex.stages.rules {
        complete_from_world_list(&tokens, &ex.gaz, &mut crf_spans);
    }

    // 2. Rules and gazetteers, then 3. overlap resolution by priority.
    let ctx = rules::Ctx::with_word_tables(&tokens, &ex.gaz, &crf_spans, word_ids, word_tables);
    let mut cands: Vec<Cand> = if ex.stages.rules {
        rules::all(&ctx, ex.scheme)
    } else {
        Vec::new()
    };
    acronyms::acronyms_everywhere(&tokens, &mut cands);
    for &(s, e, label) in &crf_spans {
        cands.push(Cand::new(s, e, label, rules::PRIO_CRF));
    }
    within_lines(&tokens, &mut cands);
    let mut chosen = choose(cands, tokens.len());
    rules::split_joined_places(&ctx, &mut chosen);
    rules::split_joined_orgs(&ctx, &mut chosen);
    acronyms::link_paren_acronyms(&tokens, &mut chosen);
    if ex.stages.rules {
        rules::holders_after_bodies(&ctx, &mut chosen);
        rules::titles_across_names(&ctx, &mut chosen);
    }

    // 4. Document consistency: a name found once is found everywhere in its article.
    if ex.stages.spread {
        let extra = spread::spread_by_article(chars, &tokens, &ex.gaz, &mut chosen);
        chosen.extend(extra);
    }

    // 5. Token spans to char spans.
    chosen.sort_by_key(|c| (c.start, c.end));
    let spans = char_spans::to_char_spans(chars, &tokens, &ex.gaz, &chosen, ex.scheme);
    // 6. The user's knowledge: taught names win, rejected strings go.
    crate::knowledge::apply(ex, chars, &tokens, spans)
}

/// An organisation the tagger cut short that the world list holds whole as one runs to
/// the list's end: «منظمة الصحة | العالمية بالقرار» → «منظمة الصحة العالمية». Only a name
/// the tagger started: the list alone proposes nothing (as candidates of their own, its
/// names cost cross-validated F1). Chosen by 5-fold CV on ANERcorp train: ORG 59.99 →
/// 60.78, micro 76.81 → 76.93 (news scheme 72.83 → 72.94); completing people and places
/// too lowered both (76.76, 72.75). On the seven-type develop half it costs two mentions
/// whose gold stops at «الجزيرة» in «الجزيرة الرياضية» and «الجزيرة نت», the names of
/// the sports channel and the news site.
fn complete_from_world_list(
    tokens: &[Token],
    gaz: &Gazetteers,
    spans: &mut [(usize, usize, Label)],
) {
    let next_starts: Vec<usize> = spans.iter().map(|&(s, _, _)| s).skip(1).collect();
    for (k, (s, e, label)) in spans.iter_mut().enumerate() {
        if *label != Label::Org {
            continue;
        }
        // No list name is longer than MAX_PHRASE words, nor runs into the next span.
        let next_start = next_starts.get(k).copied().unwrap_or(tokens.len());
        let stop = next_start.min(*s + crate::gazetteer::MAX_PHRASE);
        let stems = crate::gazetteer::phrase_stems(&tokens[*s..stop]);
        let Some((n, counts)) = gaz.world.longest_at(&stems, 0) else {
            continue;
        };
        let same_type = counts
            .best()
            .is_some_and(|(ty, _)| ty == type_index(Label::Org));
        let whole = tokens[*s + 1..*s + n].iter().all(|t| !t.line_start);
        // The list tells clubs apart by their country («النصر العماني»); in the text a
        // nationality after a club describes it, and is no part of its name.
        let nationality_only = tokens[(*e).min(*s + n)..*s + n]
            .iter()
            .all(|t| rules::is_nationality(t, gaz));
        if *s + n > *e && same_type && whole && !nationality_only {
            *e = *s + n;
        }
    }
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
        if person && tags[i + 1] == "O" && royal_family_name(tokens, i) {
            tags[i + 1] = "I-PERS";
        }
    }
}

/// «إبراهيم بن محمد السلطان»: after a father's name (token `i`, behind «بن/بنت») a
/// definite royal word is the family's name where no name follows it
/// ([`rules::family_after_father`]).
fn royal_family_name(tokens: &[Token], i: usize) -> bool {
    const ROYAL: [&str; 4] = ["السلطان", "الامير", "الملك", "الشيخ"];
    let royal = tokens
        .get(i + 1)
        .is_some_and(|t| ROYAL.contains(&t.norm.as_str()) && !t.line_start);
    royal && rules::family_after_father(tokens, i + 1)
}

/// A mention never crosses a line break: a headline's last words and the dateline's place
/// after it are two («لبلدية دبي | دبي - البيان»), whatever rule ran a name on. Each
/// candidate ends before the first token after it that begins a line.
fn within_lines(tokens: &[Token], cands: &mut [Cand]) {
    for c in cands.iter_mut() {
        if let Some(k) = (c.start + 1..c.end).find(|&k| tokens.get(k).is_some_and(|t| t.line_start))
        {
            c.end = k;
        }
    }
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

/// A token as written in the text.
pub(super) fn written(chars: &[char], t: &Token) -> String {
    chars
        .get(t.start..t.end)
        .unwrap_or_default()
        .iter()
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_mention_never_runs_from_a_headline_into_the_dateline() {
        for text in [
            "مشاريع جديدة لبلدية دبي\n\nدبي - البيان: اعتمد المجلس المشاريع.",
            "حمدان بن محمد يعتمد مشاريع بلدية دبي\n\nدبي - وام: اعتمد سموه المشاريع.",
            "افتتاح مستشفى الملك فهد\nالرياض - واس: افتتح الوزير المستشفى.",
        ] {
            let ann = crate::Extractor::shipped().unwrap().extract(text);
            for m in &ann.mentions {
                let written: String = text
                    .chars()
                    .skip(m.range.start())
                    .take(m.range.len())
                    .collect();
                assert!(!written.contains('\n'), "{text}: «{written}»");
            }
        }
    }

    #[test]
    fn a_long_sentence_is_cut_after_a_comma_not_inside_the_name_at_its_limit() {
        // Words, a comma, then a three-word name across the token limit.
        let before = MAX_SENTENCE - 10;
        let text = format!(
            "{}، {} محمد بن سلمان وصل.",
            "ذهب ".repeat(before),
            "جاء ".repeat(7)
        );
        let tokens = token::tokenize(&text);
        let sents = sentences(&tokens);
        assert_eq!(sents[0], (0, before + 1), "cut after the comma");
        let name = tokens.iter().position(|t| t.norm == "محمد").unwrap();
        assert!(sents.iter().any(|&(s, e)| s <= name && name + 3 <= e));
    }

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
