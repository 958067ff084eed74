//! Where a taught name lies inside a longer mention of the pipeline: does the longer
//! mention stand as a name of its own («مصرف قطر المركزي», «ريال مدريد», «سيف الهملان»),
//! or did the tagger run past the user's name («ليون صفر», «بورتو البرتغالي», «المنظمة
//! الدولية أي», «مانشستر يونايتد وليون»)?

use sahifa_model::Label;

use super::index::Hit;
use crate::Span;
use crate::gazetteer::{self, Gazetteers, flag};
use crate::lexicon::{self, Trigger};
use crate::token::{Token, TokenKind};

/// What becomes of a longer mention holding taught names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Outcome {
    /// The mention stands; the taught names inside it are part of it.
    Mention,
    /// The taught names win; the mention goes, or is cut to end at this char when it
    /// joined another name before them with «و» («مانشستر يونايتد | وليون»).
    Taught { cut: Option<usize> },
}

/// Decides between `s` and the taught `hits` lying inside it (none the same extent).
pub(super) fn settle(tokens: &[Token], gaz: &Gazetteers, s: &Span, hits: &[Hit]) -> Outcome {
    let lo = tokens.partition_point(|t| t.end <= s.start);
    let hi = tokens.partition_point(|t| t.start < s.end);
    let inner = &tokens[lo..hi.max(lo)];
    let covered = |t: &Token| hits.iter().any(|h| h.start < t.end && t.start < h.end);
    let extra: Vec<&Token> = inner.iter().filter(|t| !covered(t)).collect();
    let same_label = hits.iter().all(|h| h.label == s.label);
    let cut = cut_before_conjunction(inner, s, hits);
    // Dates, titles and events come from rules that know their words.
    let ruled = matches!(s.label, Label::Date | Label::Title | Label::Event);
    // Organisations, events and works are often named after places and people
    // («مصرف قطر المركزي», «هيئة الولايات المتحدة للمسح الجيولوجي», «فلاي دبي»).
    let named_after = matches!(s.label, Label::Org | Label::Misc)
        && hits
            .iter()
            .all(|h| matches!(h.label, Label::Location | Label::Person));
    let stands = ruled
        || named_after
        || extra.iter().any(|t| is_head(t))
        || (s.label == Label::Person && extra.iter().any(|t| is_name_word(t, gaz)))
        || is_listed(inner, gaz)
        || (same_label && cut.is_none() && !extra.iter().any(|t| overruns(t)));
    if stands {
        Outcome::Mention
    } else {
        Outcome::Taught { cut }
    }
}

/// The head of a longer name: an organisation, event or place head, an office or rank.
fn is_head(t: &Token) -> bool {
    t.kind == TokenKind::Word
        && matches!(
            t.trigger(),
            Some(
                Trigger::OrgHead
                    | Trigger::EventHead
                    | Trigger::LocHead
                    | Trigger::Office
                    | Trigger::Rank
                    | Trigger::Honorific
            )
        )
}

/// A given or family name from the lists.
fn is_name_word(t: &Token, gaz: &Gazetteers) -> bool {
    t.kind == TokenKind::Word && t.flags(gaz) & (flag::FIRST_NAME | flag::LAST_NAME) != 0
}

/// The whole mention is a phrase the gazetteers know («ريال مدريد»).
fn is_listed(inner: &[Token], gaz: &Gazetteers) -> bool {
    let stems = gazetteer::phrase_stems(inner);
    if stems.is_empty() || stems.iter().any(|s| s.is_empty()) {
        return false;
    }
    let key = stems.join(" ");
    gaz.world.map.contains_key(&key) || gaz.phrases.map.contains_key(&key)
}

/// A word no name is extended with: punctuation, a number, a function word, a calendar
/// word or a speech verb.
fn overruns(t: &Token) -> bool {
    t.kind != TokenKind::Word
        || lexicon::is_function_word(&t.norm)
        || matches!(
            t.trigger(),
            Some(
                Trigger::Month
                    | Trigger::MonthAmbiguous
                    | Trigger::Weekday
                    | Trigger::YearWord
                    | Trigger::Speech
            )
        )
}

/// Where to cut `s` when its first taught name comes after a glued «و» and other words
/// precede it: the end of the word before.
fn cut_before_conjunction(inner: &[Token], s: &Span, hits: &[Hit]) -> Option<usize> {
    let first = hits.iter().map(|h| h.start).min()?;
    let at = inner
        .iter()
        .position(|t| t.start <= first && first < t.end)?;
    let t = &inner[at];
    let after_wa = first > t.start && t.norm.starts_with('و');
    let before = &inner[..at];
    (after_wa && before.iter().any(|t| t.kind == TokenKind::Word))
        .then(|| before.last().map(|b| b.end))
        .flatten()
        .filter(|&end| end > s.start)
}
