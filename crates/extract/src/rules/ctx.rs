//! [`Ctx`]: what the rules see of a sentence, with the per-token tables every rule asks
//! (CRF labels, countries, triggers) looked up once.

use std::borrow::Cow;

use sahifa_model::Label;

use super::{months, rule_trigger};
use crate::gazetteer::flag;
use crate::gazetteer::{Gazetteers, PhraseCounts, WordIds};
use crate::lexicon::{self, Trigger};
use crate::token::{Token, TokenKind};

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
    pub(super) triggers: Vec<Option<Trigger>>,
    /// Each token's Maghreb month reading ([`months::maghreb_month`]: whether an ambiguous
    /// one), looked up once: the date rules ask several times per token.
    pub(super) maghreb_months: Vec<Option<bool>>,
    /// Each token's gazetteer word ids: the lists are matched on them, no word looked up.
    pub(super) word_ids: Vec<WordIds>,
    /// Whether each token heads a body ([`super::bodies::heads_a_body`]), looked up once.
    body_heads: Vec<bool>,
    /// Whether a date can start at each token ([`super::date_starts`]), looked up once.
    date_starts: Vec<bool>,
    /// Whether a named event can start at each token ([`super::event_starts`]).
    event_starts: Vec<bool>,
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
        let tables = tokens.iter().map(|t| WordTables::of(t, gaz)).collect();
        Self::with_word_tables(tokens, gaz, crf, word_ids, tables)
    }

    /// [`Ctx::with_word_ids`] with each token's [`WordTables`] too, which the tagger's
    /// word cache holds (made again if they are not one per token).
    pub fn with_word_tables(
        tokens: &'a [Token],
        gaz: &'a Gazetteers,
        crf: &[(usize, usize, Label)],
        word_ids: Vec<WordIds>,
        tables: Vec<WordTables>,
    ) -> Self {
        let word_ids = if word_ids.len() == tokens.len() {
            word_ids
        } else {
            gaz.word_ids(tokens)
        };
        let tables = if tables.len() == tokens.len() {
            tables
        } else {
            tokens.iter().map(|t| WordTables::of(t, gaz)).collect()
        };
        let mut labels = vec![None; tokens.len()];
        let mut crf_end = vec![0; tokens.len()];
        for &(s, e, l) in crf {
            for x in &mut labels[s..e] {
                *x = Some(l);
            }
            crf_end[s..e].fill(e);
        }
        let (mut country, mut country_after_preposition) = countries(tokens, gaz, &tables);
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
        let mut triggers: Vec<Option<Trigger>> = tables.iter().map(|w| w.trigger).collect();
        triggers.resize(padded, None);
        let mut maghreb_months: Vec<Option<bool>> = tables.iter().map(|w| w.maghreb).collect();
        maghreb_months.resize(padded, None);
        let mut body_heads: Vec<bool> = tables.iter().map(|w| w.body_head).collect();
        body_heads.resize(padded, false);
        let mut date_starts: Vec<bool> = tables.iter().map(|w| w.date_start).collect();
        date_starts.resize(padded, false);
        let mut event_starts: Vec<bool> = tables.iter().map(|w| w.event_start).collect();
        event_starts.resize(padded, false);
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
            body_heads,
            date_starts,
            event_starts,
        }
    }

    pub(super) fn tok(&self, i: usize) -> Option<&Token> {
        self.tokens.get(i)
    }

    pub(super) fn trig(&self, i: usize) -> Option<Trigger> {
        self.triggers.get(i).copied().flatten()
    }

    /// Whether token `i` heads a body ([`super::bodies::heads_a_body`]); false past the end.
    pub(super) fn body_head(&self, i: usize) -> bool {
        self.body_heads.get(i).copied().unwrap_or(false)
    }

    /// Whether a date can start at token `i` ([`super::date_starts`]); false past the end.
    pub(super) fn may_start_date(&self, i: usize) -> bool {
        self.date_starts.get(i).copied().unwrap_or(false)
    }

    /// Whether a named event can start at token `i` ([`super::event_starts`]).
    pub(super) fn may_start_event(&self, i: usize) -> bool {
        self.event_starts.get(i).copied().unwrap_or(false)
    }

    pub(super) fn is_word(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| t.kind == TokenKind::Word)
    }

    pub(super) fn flags(&self, i: usize) -> u16 {
        self.tok(i).map_or(0, |t| t.flags(self.gaz))
    }

    pub(super) fn is_common(&self, i: usize) -> bool {
        self.flags(i) & flag::COMMON != 0
            || self
                .tok(i)
                .is_some_and(|t| lexicon::is_function_word(&t.norm))
    }

    pub(super) fn nisba(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| {
            t.kind == TokenKind::Word
                && lexicon::is_nisba(&t.norm, t.clitics.with_article, t.clitics.article)
        })
    }

    /// A place by the gazetteers or the CRF: returns its length in tokens (0 past the
    /// end: rules ask after a name that may end the text).
    pub(super) fn place_at(&self, i: usize) -> usize {
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
    pub(super) fn has_preposition(&self, i: usize) -> bool {
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
    pub(super) fn has_conjunction(&self, i: usize) -> bool {
        self.tok(i)
            .is_some_and(|t| t.clitics.strippable > 0 && t.norm.starts_with(['و', 'ف']))
    }

    /// The longest name of the world list that starts at token `a` and ends by `end`
    /// (looked up by the tokens' keys): its length in tokens and its counts by type.
    pub(super) fn world_name(&self, a: usize, end: usize) -> Option<(usize, PhraseCounts)> {
        let keys: Vec<&str> = self
            .tokens
            .get(a..end)?
            .iter()
            .map(|t| t.key.as_str())
            .collect();
        self.gaz.world.longest_at(&keys, 0)
    }
}

/// What the per-token tables of [`Ctx`] hold for a word, which depends on the word alone:
/// the tagger's word cache keeps them with each word («الرئيس» is looked up once, not at
/// each of its thousand occurrences).
#[derive(Clone, Copy, Debug)]
pub struct WordTables {
    /// [`rule_trigger`].
    trigger: Option<Trigger>,
    /// [`months::maghreb_month`].
    maghreb: Option<bool>,
    /// Bit `f`: form `f` of the word ([`country_forms`]) starts a country's name.
    country_forms: u8,
    /// [`super::bodies::heads_a_body`].
    body_head: bool,
    /// [`super::date_starts::may_start_date`].
    date_start: bool,
    /// [`super::event_starts::may_start_event`].
    event_start: bool,
}

impl WordTables {
    /// The tables of token `t`.
    pub fn of(t: &Token, gaz: &Gazetteers) -> Self {
        let mut bits = 0;
        if t.kind == TokenKind::Word {
            for (f, form) in country_forms(t).into_iter().flatten().enumerate() {
                if gaz.country_first.contains(form.as_ref()) {
                    bits |= 1 << f;
                }
            }
        }
        let (trigger, maghreb) = (rule_trigger(t), months::maghreb_month(t));
        Self {
            trigger,
            maghreb,
            country_forms: bits,
            body_head: super::bodies::heads_a_body(t),
            date_start: super::date_starts::may_start_date(t, trigger, maghreb),
            event_start: super::event_starts::may_start_event(t),
        }
    }
}

/// The forms of a word a country's name may start with: as written, without its
/// conjunction or preposition («وقطر», «بالهند»; «للهند» = ل + (ا)لهند), and without a
/// glued letter when it has no article.
fn country_forms(first: &Token) -> [Option<Cow<'_, str>>; 3] {
    let skip = first
        .norm
        .char_indices()
        .nth(first.clitics.strippable)
        .map_or(first.norm.len(), |(b, _)| b);
    let bare_article = first.clitics.article && !first.norm[skip..].starts_with("ال");
    // Borrowed forms: this runs for every word, and a country is rare.
    let unglued = (skip > 0).then(|| {
        if bare_article {
            Cow::Owned(format!("ا{}", &first.norm[skip..]))
        } else {
            Cow::Borrowed(&first.norm[skip..])
        }
    });
    let glued = !first.clitics.article && first.norm.starts_with(['و', 'ف', 'ب', 'ل', 'ك']);
    // The five letters are two bytes each.
    let glued = glued.then(|| Cow::Borrowed(first.norm.get(2..).unwrap_or_default()));
    [Some(Cow::Borrowed(first.norm.as_str())), unglued, glued]
}

/// Where a country name starts, its length in tokens (0 elsewhere), and whether it follows
/// a preposition glued to it («بأفغانستان»): one pass over the sentence, as `Ctx` needs.
/// `tables` says which words start one ([`WordTables::country_forms`]).
fn countries(tokens: &[Token], gaz: &Gazetteers, tables: &[WordTables]) -> (Vec<usize>, Vec<bool>) {
    let mut country = vec![0; tokens.len()];
    let mut country_after_preposition = vec![false; tokens.len()];
    for (i, slot) in country.iter_mut().enumerate() {
        let first = &tokens[i];
        if first.kind != TokenKind::Word || tables[i].country_forms == 0 {
            continue;
        }
        let forms = country_forms(first);
        for (f, form) in forms.into_iter().flatten().enumerate() {
            if tables[i].country_forms & (1 << f) == 0 {
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
    (country, country_after_preposition)
}
