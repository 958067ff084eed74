//! Rules for what the training data does not label, or labels poorly: people introduced by
//! a title or rank, standalone titles and offices, organisation heads with their
//! modifiers, events, dates, and country names from the gazetteer.
//!
//! Rules work on tokens and see the CRF's spans. Each proposes candidates with a priority;
//! the pipeline keeps the best non-overlapping set.

use std::collections::HashSet;

use sahifa_model::Label;

use crate::gazetteer::{Gazetteers, PhraseCounts, flag};
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
mod body_purposes;
mod clubs;
mod councils;
mod courtesies;
mod crudes;
mod ctx;
mod date_days;
mod date_parts;
mod date_ranges;
mod date_starts;
mod datelines;
mod dates;
mod described_orgs;
mod diwans;
mod event_names;
mod event_starts;
mod events;
mod facilities;
mod forces;
mod glued_verbs;
mod groups;
mod hajj;
mod headlines;
mod holders;
mod joined_orgs;
mod laws;
mod localities;
mod main_adjective;
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
mod playoffs;
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
pub use ctx::{Ctx, WordTables};
use dates::dates;
use events::events;
pub use holders::holders_after_bodies;
pub use joined_orgs::split_joined_orgs;
pub use orgs::is_descriptor;
use orgs::orgs;
pub use people::courtesy_only;
use people::people_and_titles;
pub use title_links::titles_across_names;
pub(crate) use title_starts::family_after_father;
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
    /// A blocker: tokens `start..end` that must not become (part of) a mention of lower
    /// priority than `prio`.
    pub fn blocker(start: usize, end: usize, prio: u8) -> Self {
        Self {
            label: None,
            ..Self::new(start, end, Label::Misc, prio)
        }
    }

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
        described_orgs::described_orgs(ctx, &mut out);
        glued_verbs::glued_verbs(ctx, &mut out);
        headlines::headline_short_forms(ctx, &mut out);
        hajj::hajj_sites(ctx, &mut out);
        forces::defence_forces(ctx, &mut out);
        forces::rapid_support(ctx, &mut out);
        forces::intelligence(ctx, &mut out);
        venues::venues(ctx, &mut out);
        playoffs::playoffs(ctx, &mut out);
        courtesies::courtesies(ctx, &mut out);
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
