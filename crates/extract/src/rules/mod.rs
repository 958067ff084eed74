//! Rules for what the training data does not label, or labels poorly: people introduced by
//! a title or rank, standalone titles and offices, organisation heads with their
//! modifiers, events, dates, and country names from the gazetteer.
//!
//! Rules work on tokens and see the CRF's spans. Each proposes candidates with a priority;
//! the pipeline keeps the best non-overlapping set.

use std::borrow::Cow;
use std::collections::HashSet;

use sahifa_model::Label;

use crate::gazetteer::{Gazetteers, PhraseCounts, WordIds, flag};
use crate::lexicon::{self, Trigger};
use crate::token::{Token, TokenKind};

mod agencies;
mod aliases;
mod alone;
mod appositives;
mod blocs;
mod bodies;
mod body_heads;
mod body_needs;
mod clubs;
mod councils;
mod crudes;
mod date_parts;
mod date_ranges;
mod datelines;
mod dates;
mod diwans;
mod event_names;
mod events;
mod facilities;
mod forces;
mod glued_verbs;
mod groups;
mod hajj;
mod headlines;
mod joined_orgs;
mod laws;
mod localities;
mod months;
mod needs_more;
mod org_adjectives;
mod org_scan;
mod orgs;
mod parties;
mod people;
#[cfg(test)]
mod pipeline_tests;
mod place_bodies;
mod place_lists;
mod portfolios;
mod press;
mod served_bodies;
mod title_links;
mod title_starts;
mod titles;
mod venues;
mod works;
mod world;

/// What candidate `c` covers of `text` (tokenised as `toks`), as written: for the rules'
/// unit tests.
#[cfg(test)]
fn written(text: &str, toks: &[Token], c: &Cand) -> String {
    let (start, end) = (toks[c.start].start, toks[c.end - 1].end);
    text.chars().skip(start).take(end - start).collect()
}

pub use bodies::is_body_head;
use dates::dates;
use events::events;
pub use joined_orgs::split_joined_orgs;
pub use orgs::is_descriptor;
use orgs::orgs;
pub use people::courtesy_only;
use people::people_and_titles;
pub use title_links::titles_across_names;
use works::works;

pub use alone::{
    drop_alone, is_currency, is_name_link, is_nationality, not_an_entity_alone, only_currencies,
};

/// Priorities (higher wins an overlap).
pub const PRIO_EVENT: u8 = 100;
/// A strong organisation rule.
pub const PRIO_ORG: u8 = 90;
/// A person introduced by a title or rank.
pub const PRIO_PERSON_TITLE: u8 = 85;
/// Dates.
pub const PRIO_DATE: u8 = 80;
/// The CRF.
pub const PRIO_CRF: u8 = 70;
/// Countries from the gazetteer.
pub const PRIO_COUNTRY: u8 = 65;
/// Standalone titles and offices.
pub const PRIO_TITLE: u8 = 60;
/// Reliable phrases of the harvested gazetteer the CRF left out.
pub const PRIO_GAZETTEER: u8 = 50;
/// Document-level spreading of names found elsewhere.
pub const PRIO_SPREAD: u8 = 10;

/// A candidate mention over tokens `start..end`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cand {
    /// First token.
    pub start: usize,
    /// One past the last token.
    pub end: usize,
    /// Its type; `None` for a blocker (tokens that must not become a mention).
    pub label: Option<Label>,
    /// Priority.
    pub prio: u8,
    /// Title tokens of a PERSON.
    pub title: Option<(usize, usize)>,
    /// For an acronym in parentheses: the first token of the candidate it abbreviates.
    pub alias_of: Option<usize>,
}

impl Cand {
    /// A plain candidate.
    pub fn new(start: usize, end: usize, label: Label, prio: u8) -> Self {
        Self {
            start,
            end,
            label: Some(label),
            prio,
            title: None,
            alias_of: None,
        }
    }
}

/// How far past the last token the per-token tables of [`Ctx`] run, with neutral values
/// (no CRF label, no country, no trigger): rules read a few words past a name, and a name
/// may end the text, where reading past it must mean "nothing there", not a panic.
const PAST_END: usize = 16;

/// What the rules see. Invariant: `crf`, `crf_end`, `country`,
/// `country_after_preposition`, `known_non_person` and `triggers` hold one entry per token
/// and `PAST_END` neutral ones after the last.
pub struct Ctx<'a> {
    /// The tokens.
    pub tokens: &'a [Token],
    /// Gazetteers.
    pub gaz: &'a Gazetteers,
    /// CRF label of each token, if inside a CRF span.
    pub crf: Vec<Option<Label>>,
    /// For a token inside a CRF span: that span's end (exclusive); 0 elsewhere.
    pub crf_end: Vec<usize>,
    /// True when the token starts a country name; value: its length in tokens.
    pub country: Vec<usize>,
    /// True when that country name follows a preposition glued to it («بأفغانستان»).
    pub country_after_preposition: Vec<bool>,
    /// True inside a name of two or more words the world gazetteer knows, and not as a
    /// person («جنرال موتورز»): a title word there does not introduce a name.
    pub known_non_person: Vec<bool>,
    /// Each token's trigger for the rules ([`Ctx::trig`]), looked up once: every rule asks.
    triggers: Vec<Option<Trigger>>,
    /// Each token's Maghreb month reading ([`months::maghreb_month`]: whether an ambiguous
    /// one), looked up once: the date rules ask several times per token.
    maghreb_months: Vec<Option<bool>>,
    /// Each token's gazetteer word ids: the lists are matched on them, no word looked up.
    word_ids: Vec<WordIds>,
}

impl<'a> Ctx<'a> {
    /// Builds the context.
    pub fn new(tokens: &'a [Token], gaz: &'a Gazetteers, crf: &[(usize, usize, Label)]) -> Self {
        Self::with_word_ids(tokens, gaz, crf, gaz.word_ids(tokens))
    }

    /// [`Ctx::new`] with the tokens' gazetteer word ids the tagger found (looked up again
    /// if they are not one per token).
    pub fn with_word_ids(
        tokens: &'a [Token],
        gaz: &'a Gazetteers,
        crf: &[(usize, usize, Label)],
        word_ids: Vec<WordIds>,
    ) -> Self {
        let word_ids = if word_ids.len() == tokens.len() {
            word_ids
        } else {
            gaz.word_ids(tokens)
        };
        let mut labels = vec![None; tokens.len()];
        let mut crf_end = vec![0; tokens.len()];
        for &(s, e, l) in crf {
            for x in &mut labels[s..e] {
                *x = Some(l);
            }
            crf_end[s..e].fill(e);
        }
        let mut country = vec![0; tokens.len()];
        let mut country_after_preposition = vec![false; tokens.len()];
        for (i, slot) in country.iter_mut().enumerate() {
            let first = &tokens[i];
            if first.kind != TokenKind::Word {
                continue;
            }
            // The first word as written, or without its conjunction/preposition
            // («وقطر», «بالهند»).
            let skip = first
                .norm
                .char_indices()
                .nth(first.clitics.strippable)
                .map_or(first.norm.len(), |(b, _)| b);
            let bare_article = first.clitics.article && !first.norm[skip..].starts_with("ال");
            // Borrowed forms: this runs for every word, and a country is rare.
            let unglued = (skip > 0).then(|| {
                if bare_article {
                    // «للهند» = ل + (ا)لهند.
                    Cow::Owned(format!("ا{}", &first.norm[skip..]))
                } else {
                    Cow::Borrowed(&first.norm[skip..])
                }
            });
            let glued = !first.clitics.article && first.norm.starts_with(['و', 'ف', 'ب', 'ل', 'ك']);
            // The five letters are two bytes each.
            let glued = glued.then(|| Cow::Borrowed(first.norm.get(2..).unwrap_or_default()));
            let forms = [Some(Cow::Borrowed(first.norm.as_str())), unglued, glued];
            for (f, form) in forms.into_iter().flatten().enumerate() {
                if !gaz.country_first.contains(form.as_ref()) {
                    continue;
                }
                let preposition = |k: usize| {
                    first
                        .norm
                        .chars()
                        .nth(k)
                        .is_some_and(|c| matches!(c, 'ب' | 'ل' | 'ك'))
                };
                let conj = usize::from(first.norm.starts_with(['و', 'ف']));
                if f > 0 && (preposition(0) || (conj == 1 && preposition(1))) {
                    country_after_preposition[i] = true;
                }
                let mut key = form.into_owned();
                for n in 1..=3.min(tokens.len() - i) {
                    let t = &tokens[i + n - 1];
                    if t.kind != TokenKind::Word {
                        break;
                    }
                    if n > 1 {
                        key.push(' ');
                        key.push_str(&t.norm);
                    }
                    if gaz.countries.contains(&key) {
                        *slot = (*slot).max(n);
                    }
                }
            }
        }
        let mut known_non_person = vec![false; tokens.len()];
        let world_ids: Vec<Option<u32>> = word_ids.iter().map(|w| w[1]).collect();
        let world = gaz.world.longest_at_each_of_ids(&world_ids);
        let mut i = 0;
        while i < tokens.len() {
            match world[i] {
                Some((n, c)) if n >= 2 && c.by_type[0] == 0 => {
                    known_non_person[i..i + n].fill(true);
                    i += n;
                }
                _ => i += 1,
            }
        }
        let padded = tokens.len() + PAST_END;
        labels.resize(padded, None);
        crf_end.resize(padded, 0);
        country.resize(padded, 0);
        country_after_preposition.resize(padded, false);
        known_non_person.resize(padded, false);
        let mut triggers: Vec<Option<Trigger>> = tokens.iter().map(rule_trigger).collect();
        triggers.resize(padded, None);
        let mut maghreb_months: Vec<Option<bool>> =
            tokens.iter().map(months::maghreb_month).collect();
        maghreb_months.resize(padded, None);
        Self {
            tokens,
            gaz,
            crf: labels,
            crf_end,
            country,
            country_after_preposition,
            known_non_person,
            triggers,
            maghreb_months,
            word_ids,
        }
    }

    fn tok(&self, i: usize) -> Option<&Token> {
        self.tokens.get(i)
    }

    fn trig(&self, i: usize) -> Option<Trigger> {
        self.triggers.get(i).copied().flatten()
    }

    fn is_word(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| t.kind == TokenKind::Word)
    }

    fn flags(&self, i: usize) -> u16 {
        self.tok(i).map_or(0, |t| t.flags(self.gaz))
    }

    fn is_common(&self, i: usize) -> bool {
        self.flags(i) & flag::COMMON != 0
            || self
                .tok(i)
                .is_some_and(|t| lexicon::is_function_word(&t.norm))
    }

    fn nisba(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| {
            t.kind == TokenKind::Word
                && lexicon::is_nisba(&t.norm, t.clitics.with_article, t.clitics.article)
        })
    }

    /// A place by the gazetteers or the CRF: returns its length in tokens (0 past the
    /// end: rules ask after a name that may end the text).
    fn place_at(&self, i: usize) -> usize {
        let Some(t) = self.tokens.get(i) else {
            return 0;
        };
        if self.country[i] > 0 {
            return self.country[i];
        }
        if self.crf[i] == Some(Label::Location) {
            let mut e = i;
            while e < self.tokens.len() && self.crf[e] == Some(Label::Location) {
                e += 1;
            }
            return e - i;
        }
        if t.kind == TokenKind::Word
            && let Some(c) = (self.word_ids.get(i)).and_then(|w| self.gaz.phrases.word_counts(w[0]))
            && let Some((ty, share)) = c.best()
            && ty == 1
            && share >= 0.5
        {
            return 1;
        }
        0
    }

    /// True when token `i` carries a preposition (ب ل ك, not just و/ف or the article).
    fn has_preposition(&self, i: usize) -> bool {
        if self.country_after_preposition.get(i) == Some(&true) {
            return true;
        }
        self.tok(i).is_some_and(|t| {
            let c = t.clitics;
            let conj = usize::from(t.norm.starts_with(['و', 'ف']) && t.norm.chars().count() > 3);
            c.strippable > conj
        })
    }

    /// True when token `i` starts with the conjunction و/ف (before any article).
    fn has_conjunction(&self, i: usize) -> bool {
        self.tok(i)
            .is_some_and(|t| t.clitics.strippable > 0 && t.norm.starts_with(['و', 'ف']))
    }

    /// The longest name of the world list that starts at token `a` and ends by `end`
    /// (looked up by the tokens' keys): its length in tokens and its counts by type.
    fn world_name(&self, a: usize, end: usize) -> Option<(usize, PhraseCounts)> {
        let keys: Vec<&str> = self
            .tokens
            .get(a..end)?
            .iter()
            .map(|t| t.key.as_str())
            .collect();
        self.gaz.world.longest_at(&keys, 0)
    }
}

/// All rule candidates; the news-only rules run under [`crate::Scheme::News`] only.
pub fn all(ctx: &Ctx, scheme: crate::Scheme) -> Vec<Cand> {
    let mut out = Vec::new();
    if scheme.news_rules() {
        events(ctx, &mut out);
        orgs(ctx, &mut out);
        bodies::bodies(ctx, &mut out);
        parties::parties(ctx, &mut out);
        blocs::blocs(ctx, &mut out);
        groups::named_groups(ctx, &mut out);
        crudes::crudes(ctx, &mut out);
        agencies::agencies(ctx, &mut out);
        facilities::facilities(ctx, &mut out);
        clubs::clubs(ctx, &mut out);
        served_bodies::served_bodies(ctx, &mut out);
        localities::localities(ctx, &mut out);
        place_bodies::place_bodies(ctx, &mut out);
        place_lists::listed_places(ctx, &mut out);
        people_and_titles(ctx, &mut out);
        aliases::quoted_aliases(ctx, &mut out);
        aliases::plus_names(ctx, &mut out);
        world::world(ctx, &mut out);
        datelines::datelines(ctx, &mut out);
        laws::laws(ctx, &mut out);
        org_adjectives::org_adjectives(ctx, &mut out);
        diwans::diwans(ctx, &mut out);
        press::press(ctx, &mut out);
        glued_verbs::glued_verbs(ctx, &mut out);
        headlines::headline_short_forms(ctx, &mut out);
        hajj::hajj_sites(ctx, &mut out);
        forces::defence_forces(ctx, &mut out);
        forces::rapid_support(ctx, &mut out);
        venues::venues(ctx, &mut out);
    }
    dates(ctx, &mut out);
    works(ctx, &mut out);
    alone::disease_blockers(ctx, &mut out);
    gazetteer_phrases(ctx, &mut out);
    for i in 0..ctx.tokens.len() {
        if ctx.country[i] > 0 {
            out.push(Cand::new(
                i,
                i + ctx.country[i],
                Label::Location,
                PRIO_COUNTRY,
            ));
        }
    }
    out
}

/// Phrases the harvested gazetteer knows as one type nearly always (at least 3 times,
/// 80% of their occurrences; a single word 90% and not a common word).
fn gazetteer_phrases(ctx: &Ctx, out: &mut Vec<Cand>) {
    let ids: Vec<Option<u32>> = (ctx.tokens.iter().zip(&ctx.word_ids))
        .map(|(t, w)| w[0].filter(|_| t.kind == TokenKind::Word))
        .collect();
    for (i, n, counts) in ctx.gaz.phrases.longest_matches_of_ids(&ids) {
        let entity: u32 = counts.by_type.iter().sum();
        let single = n == 1;
        let ok = counts
            .best()
            .is_some_and(|(_, share)| share >= if single { 0.9 } else { 0.8 })
            && entity >= 3
            && !(single && (ctx.is_common(i) || ctx.tokens[i].key.chars().count() < 3));
        if ok && let Some((ty, _)) = counts.best() {
            let label = match ty {
                0 => Label::Person,
                1 => Label::Location,
                2 => Label::Org,
                _ => Label::Misc,
            };
            out.push(Cand::new(i, i + n, label, PRIO_GAZETTEER));
        }
    }
}

/// Splits a place that runs over «و» into a second country («مصر العربية | والولايات
/// المتحدة»): two places joined by «and» are two mentions. When it splits one,
/// `chosen` comes back sorted by start (the order later steps sort to anyway).
pub fn split_joined_places(ctx: &Ctx, chosen: &mut Vec<Cand>) {
    let mut extra = Vec::new();
    for c in chosen.iter_mut() {
        if c.label != Some(Label::Location) || c.end - c.start < 2 {
            continue;
        }
        let cut = (c.start + 1..c.end).find(|&k| ctx.has_conjunction(k) && ctx.country[k] > 0);
        if let Some(k) = cut {
            extra.push(Cand::new(k, c.end, Label::Location, c.prio));
            c.end = k;
        }
    }
    if !extra.is_empty() {
        chosen.extend(extra);
        chosen.sort_by_key(|c| (c.start, c.end));
    }
}

/// A token's trigger as the rules read it: the tagger's ([`Token::trigger`]), or a head
/// with a glued preposition ([`glued_head`]); none for what is not a word.
fn rule_trigger(t: &Token) -> Option<Trigger> {
    if t.kind != TokenKind::Word {
        return None;
    }
    t.trigger()
        .or_else(|| glued_head(t))
        .or_else(|| rule_office(t).then_some(Trigger::Office))
}

/// Positions the rules read as offices though the tagger's trigger features do not list
/// them: a team's coach («مدرب المنتخب القطري», «مدرب الفريق أليكس فيرغسون»), a
/// spokesman by his other name and a spokeswoman («الناطق باسم», «متحدثة باسم»), two
/// ministers («وزيري الدفاع والداخلية»).
/// [`RULE_OFFICES`] by the word's base, or by the whole word where a leading «و» is
/// its own letter («وزيري»).
fn rule_office(t: &Token) -> bool {
    RULE_OFFICES.contains(&t.base()) || RULE_OFFICES.contains(&t.norm.as_str())
}

const RULE_OFFICES: &[&str] = &[
    "مدرب",
    "مدربه",
    "ناطق",
    "ناطقه",
    "متحدثه",
    "وزيري",
    "مبعوثه",
    "مندوبه",
    "نائبه",
    "منسقه",
    "مفوضه",
];

/// An organisation or event head with a preposition glued to it that the stem keeps on
/// short words («لوزارة», «لمؤتمر», «لصحيفة»): found by the token's key. Rules only; the
/// tagger's trigger features stay as trained.
fn glued_head(t: &Token) -> Option<Trigger> {
    if t.key == t.stem {
        return None;
    }
    t.key_trigger()
        .filter(|tr| matches!(tr, Trigger::OrgHead | Trigger::EventHead))
}

/// The form of token `t` to look up in the rules' head lists: its key when only the key
/// is a head ([`glued_head`]), else [`Token::base`].
pub(crate) fn head_base(t: &Token) -> &str {
    if t.trigger().is_none() && glued_head(t).is_some() {
        &t.key
    } else {
        t.base()
    }
}
